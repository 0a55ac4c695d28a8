"""Rules for the guides in handreichungen/: front matter, authors, dates, file names, a safe body."""

from __future__ import annotations

from conftest import run_build, run_check
from fixture_edits import NEW_GUIDE, NEW_GUIDE_BODY, body_line, guide_body, dump, entries, guide_position, load, read_guide, write_guide, write_new_guide
from validation_support import column_of, only_problem, parse_text_output, problems, validate, where

GUIDE = "handreichungen/probe.md"  # a whole guide each test writes itself
FIXTURE_GUIDE = "handreichungen/low-code-einsetzen.md"


def _guide(repo_copy):
    return repo_copy / GUIDE


def _write(repo_copy, **changes) -> None:
    write_new_guide(_guide(repo_copy), **changes)


def _with_before_section(repo_copy, markdown: str) -> None:
    """The test's guide with `markdown` before its first section."""
    _write(repo_copy, body=guide_body(before_section=markdown))


# --- Front matter -------------------------------------------------------------------------


def test_the_guide_the_tests_write_is_valid(repo_copy):
    _write(repo_copy)
    _, report = validate(repo_copy)
    assert problems(report) == []


def test_missing_front_matter(repo_copy):
    _guide(repo_copy).write_text(NEW_GUIDE_BODY, encoding="utf-8")
    _, report = validate(repo_copy)
    assert where(report) == [(GUIDE, 1, 1, "fehler", "kopfdaten-fehlen")]
    assert "Die Kopfdaten fehlen: die Datei muss mit einer Zeile „---“ beginnen" in only_problem(report).message
    assert "title:" in only_problem(report).hint


def test_unclosed_front_matter(repo_copy):
    _guide(repo_copy).write_text("---\n" + dump(NEW_GUIDE) + "\n" + NEW_GUIDE_BODY, encoding="utf-8")
    _, report = validate(repo_copy)
    assert where(report) == [(GUIDE, 1, 1, "fehler", "kopfdaten-fehlen")]
    assert "Die Kopfdaten werden nicht mit einer Zeile „---“ abgeschlossen" in only_problem(report).message


def test_empty_guide(repo_copy):
    _guide(repo_copy).write_text("\n", encoding="utf-8")
    _, report = validate(repo_copy)
    assert where(report) == [(GUIDE, 1, 1, "fehler", "datei-leer")]


def test_guide_without_body(repo_copy):
    _guide(repo_copy).write_text("---\n" + dump(NEW_GUIDE) + "---\n", encoding="utf-8")
    _, report = validate(repo_copy)
    assert where(report) == [(GUIDE, len(NEW_GUIDE) + 3, 1, "fehler", "text-fehlt")]


def test_unknown_author(repo_copy):
    _write(repo_copy, authors=["lars-mobius", "katrin-weisshaupt"])
    _, report = validate(repo_copy)
    assert where(report) == [(GUIDE, *guide_position(_guide(repo_copy), "authors", 0), "fehler", "unbekannte-kennung")]
    assert "Das Mitglied „lars-mobius“ gibt es nicht" in only_problem(report).message
    assert only_problem(report).hint == "Meinten Sie „lars-moebius“?"


def _industry_member(repo_copy) -> dict:
    """A member from industry in the fixture (organisation type with `industry: true` in the vocabulary)."""
    vocabulary = load(repo_copy / "vokabular.yaml")
    industry = {term["id"] for term in vocabulary["organisation_types"] if term.get("industry")}
    return next(m for m in entries(repo_copy / "members.yaml") if m["organisation_type"] in industry)


def test_industry_author_without_disclosure(repo_copy):
    member = _industry_member(repo_copy)
    _write(repo_copy, authors=["lars-moebius", member["id"]])
    _, report = validate(repo_copy)
    assert where(report) == [(GUIDE, *guide_position(_guide(repo_copy), "authors", 1), "fehler", "offenlegung-fehlt")]
    assert f"„{member['id']}“ kommt aus der Wirtschaft ({member['organisation']}); dann braucht die Handreichung eine Offenlegung (disclosure)" in only_problem(report).message


def test_industry_author_with_disclosure_is_fine(repo_copy):
    _write(repo_copy, authors=["lars-moebius", _industry_member(repo_copy)["id"]], disclosure="Die Autorin berät Kommunen; Produkte werden nicht empfohlen.")
    _, report = validate(repo_copy)
    assert problems(report) == []


def test_published_guide_needs_a_publication_date(repo_copy):
    _write(repo_copy, published=None, reviewed=None)
    _, report = validate(repo_copy)
    assert where(report) == [(GUIDE, *guide_position(_guide(repo_copy), "status"), "fehler", "pflichtfeld-fehlt")]
    assert "Bei status: veroeffentlicht ist „published“ Pflicht und fehlt" in only_problem(report).message
    assert "braucht ein Veröffentlichungsdatum" in only_problem(report).hint


def test_draft_needs_no_publication_date(repo_copy):
    _write(repo_copy, status="entwurf", published=None, reviewed=None)
    hub, report = validate(repo_copy)
    assert problems(report) == []
    assert hub.guides["probe"].draft


def test_reviewed_before_published(repo_copy):
    _write(repo_copy, published="2026-03-02", reviewed="2026-01-14")
    _, report = validate(repo_copy)
    assert where(report) == [(GUIDE, *guide_position(_guide(repo_copy), "reviewed"), "fehler", "pruefung-vor-veroeffentlichung")]
    assert "Die letzte Prüfung (reviewed) liegt vor der Veröffentlichung (published)" in only_problem(report).message


def test_publication_date_in_the_future(repo_copy):
    # FIXED_NOW is 27 November 2026.
    _write(repo_copy, published="2026-12-01", reviewed=None)
    _, report = validate(repo_copy)
    assert where(report) == [(GUIDE, *guide_position(_guide(repo_copy), "published"), "fehler", "datum-in-zukunft")]
    assert "Das Datum 2026-12-01 liegt in der Zukunft" in only_problem(report).message


def test_guide_published_today_is_fine(repo_copy):
    _write(repo_copy, published="2026-11-27", reviewed=None)
    _, report = validate(repo_copy)
    assert problems(report) == []


def test_file_name_that_is_no_slug(repo_copy):
    # The test's own guide, which nothing links to: only the name itself is wrong.
    write_new_guide(repo_copy / "handreichungen" / "Low_Code einsetzen.md")
    _, report = validate(repo_copy)
    assert where(report) == [("handreichungen/Low_Code einsetzen.md", 1, 1, "fehler", "dateiname-ungueltig")]
    assert "Der Dateiname „Low_Code einsetzen.md“ taugt nicht als Adresse" in only_problem(report).message


def test_folder_named_like_a_guide_is_ignored(repo_copy):
    (repo_copy / "handreichungen" / "entwuerfe.md").mkdir()
    _, report = validate(repo_copy)
    assert problems(report) == []


# --- The body -----------------------------------------------------------------------------


def test_script_in_the_body(repo_copy):
    guide = _guide(repo_copy)
    _with_before_section(repo_copy, "Mehr dazu: <script>alert(1)</script>")
    line = body_line(guide, "Mehr dazu: <script>alert(1)</script>")
    _, report = validate(repo_copy)
    assert where(report) == [
        (GUIDE, line, column_of(guide, line, "<script>"), "fehler", "unsicheres-html"),
    ]  # one message per element: the closing tag is not reported again
    assert "HTML-Element „<script>“ ist nicht erlaubt" in problems(report)[0].message


def test_script_inside_code_is_an_example_not_a_problem(repo_copy):
    example = (
        "So bettet man kein Skript ein: `<script src=\"x.js\"></script>`.\n\n"
        "```html\n<script>alert(1)</script>\n<iframe src=\"https://x.example\"></iframe>\n<a href=\"javascript:alert(1)\">x</a>\n```\n\n"
        "~~~\n<script>\n~~~"
    )
    _with_before_section(repo_copy, example)
    _, report = validate(repo_copy)
    assert problems(report) == []


def test_script_after_a_closed_fence_is_found(repo_copy):
    guide = _guide(repo_copy)
    _with_before_section(repo_copy, "```\ncode\n```\n<script>alert(1)</script>")
    _, report = validate(repo_copy)
    assert (GUIDE, body_line(guide, "<script>alert(1)</script>"), 1, "fehler", "unsicheres-html") in where(report)


def test_unsafe_links_in_the_body(repo_copy):
    guide = _guide(repo_copy)
    text = "Siehe [Demo](javascript:alert(1)) und [Archiv](http://example.org/low-code)."
    _with_before_section(repo_copy, text)
    line = body_line(guide, text)
    _, report = validate(repo_copy)
    assert where(report) == [
        (GUIDE, line, column_of(guide, line, "javascript:"), "fehler", "unsicherer-link"),
        (GUIDE, line, column_of(guide, line, "http://"), "fehler", "unsicherer-link"),
    ]
    javascript, http = problems(report)
    assert "„javascript:“ ist nicht erlaubt" in javascript.message
    assert "Der Link „http://example.org/low-code“ ist nicht erlaubt" in http.message
    assert http.hint == "Schreiben Sie „https://example.org/low-code“."


def test_first_level_heading_in_the_body_is_a_warning(repo_copy):
    guide = _guide(repo_copy)
    _write(repo_copy, body=guide_body(heading="# Erster Abschnitt"))
    hub, report = validate(repo_copy)
    assert where(report) == [(GUIDE, body_line(guide, "# Erster Abschnitt"), 1, "warnung", "doppelter-titel")]
    assert "Überschrift der ersten Ebene im Text" in only_problem(report).message
    assert hub is not None  # a warning alone does not stop the site


def test_comment_in_a_shell_example_is_no_heading(repo_copy):
    _with_before_section(repo_copy, "```bash\n# Plattform sichern\nmake backup\n```")
    _, report = validate(repo_copy)
    assert problems(report) == []


# --- Review due: a notice, never a failure ------------------------------------------------


def test_overdue_review_is_a_notice_that_fails_neither_check_nor_strict_build(repo_copy):
    guide = _guide(repo_copy)
    _write(repo_copy, published="2024-01-15", reviewed="2025-04-01")
    line, column = guide_position(guide, "reviewed")
    _, report = validate(repo_copy)
    assert where(report) == [(GUIDE, line, column, "hinweis", "pruefung-faellig")]
    assert "Die Handreichung wurde seit 2025-04-01 nicht mehr geprüft (länger als 18 Monate)" in only_problem(report).message

    check = run_check(repo_copy, "--strict")
    assert check.returncode == 0, check.stdout + check.stderr
    assert {"file": GUIDE, "line": str(line), "column": str(column), "severity": "hinweis", "message": only_problem(report).message, "code": "pruefung-faellig"} in parse_text_output(check.stdout)

    build = run_build(repo_copy, strict=True)
    assert build.returncode == 0, build.output
    assert f"{GUIDE}:{line}:{column}: hinweis:" in build.output
    assert (build.site / "handreichungen" / "probe" / "index.html").is_file()


def test_two_guides_with_one_title_are_a_warning(repo_copy):
    first = repo_copy / FIXTURE_GUIDE
    front, body = read_guide(first)
    write_guide(repo_copy / "handreichungen" / "low-code-einfuehren.md", front, body)
    _, report = validate(repo_copy)
    assert where(report) == [(FIXTURE_GUIDE, *guide_position(first, "title"), "warnung", "gleicher-titel")]
    assert only_problem(report).message == "Denselben Titel hat schon handreichungen/low-code-einfuehren.md."


def test_heading_that_skips_a_level_is_a_warning(repo_copy):
    guide = _guide(repo_copy)
    _write(repo_copy, body=guide_body(after_heading="#### Zu tief\n\nText.\n\n### Richtig eingeordnet"))
    _, report = validate(repo_copy)
    assert where(report) == [(GUIDE, body_line(guide, "#### Zu tief"), 1, "warnung", "ueberschrift-springt")]
    assert only_problem(report).message == "Die Überschrift der Ebene 4 folgt auf Ebene 2; dazwischen fehlt eine Ebene."
    assert only_problem(report).hint.startswith("Beginnen Sie sie mit „### “")


def test_first_section_of_a_guide_may_not_start_below_level_two(repo_copy):
    guide = _guide(repo_copy)
    _write(repo_copy, body=guide_body(heading="### Erster Abschnitt"))
    _, report = validate(repo_copy)
    assert where(report) == [(GUIDE, body_line(guide, "### Erster Abschnitt"), 1, "warnung", "ueberschrift-springt")]
