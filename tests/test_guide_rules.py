"""Rules for the guides in handreichungen/: front matter, authors, dates, file names, a safe body."""

from __future__ import annotations

from conftest import run_build, run_check
from validation_support import column_of, line_of, only_problem, parse_text_output, problems, replace_once, validate, where

GUIDE = "handreichungen/low-code-einsetzen.md"
SECTION = "## Zuerst klären: Wofür soll Low Code da sein?"


def _guide(repo_copy):
    return repo_copy / GUIDE


# --- Front matter -------------------------------------------------------------------------


def test_missing_front_matter(repo_copy):
    guide = _guide(repo_copy)
    guide.write_text(guide.read_text(encoding="utf-8").split("---\n", 2)[2].lstrip("\n"), encoding="utf-8")
    _, report = validate(repo_copy)
    assert where(report) == [(GUIDE, 1, 1, "fehler", "kopfdaten-fehlen")]
    assert "Die Kopfdaten fehlen: die Datei muss mit einer Zeile „---“ beginnen" in only_problem(report).message
    assert "title:" in only_problem(report).hint


def test_unclosed_front_matter(repo_copy):
    replace_once(_guide(repo_copy), "license: CC BY 4.0\n---\n", "license: CC BY 4.0\n")
    _, report = validate(repo_copy)
    assert where(report) == [(GUIDE, 1, 1, "fehler", "kopfdaten-fehlen")]
    assert "Die Kopfdaten werden nicht mit einer Zeile „---“ abgeschlossen" in only_problem(report).message


def test_empty_guide(repo_copy):
    _guide(repo_copy).write_text("\n", encoding="utf-8")
    _, report = validate(repo_copy)
    assert where(report) == [(GUIDE, 1, 1, "fehler", "datei-leer")]


def test_guide_without_body(repo_copy):
    guide = _guide(repo_copy)
    text = guide.read_text(encoding="utf-8")
    guide.write_text(text[: text.index("---\n", 4) + 4], encoding="utf-8")
    _, report = validate(repo_copy)
    assert where(report) == [(GUIDE, 11, 1, "fehler", "text-fehlt")]


def test_unknown_author(repo_copy):
    line = replace_once(_guide(repo_copy), "authors: [lars-moebius, katrin-weisshaupt]", "authors: [lars-mobius, katrin-weisshaupt]")
    _, report = validate(repo_copy)
    assert where(report) == [(GUIDE, line, 11, "fehler", "unbekannte-kennung")]
    assert "Das Mitglied „lars-mobius“ gibt es nicht" in only_problem(report).message
    assert only_problem(report).hint == "Meinten Sie „lars-moebius“?"


def test_industry_author_without_disclosure(repo_copy):
    guide = _guide(repo_copy)
    line = replace_once(guide, "authors: [lars-moebius, katrin-weisshaupt]", "authors: [lars-moebius, sabine-kortmann]")
    _, report = validate(repo_copy)
    assert where(report) == [(GUIDE, line, column_of(guide, line, "sabine-kortmann"), "fehler", "offenlegung-fehlt")]
    assert "„sabine-kortmann“ kommt aus der Wirtschaft (Amtsbrücke Verwaltungsberatung GmbH); dann braucht die Handreichung eine Offenlegung (disclosure)" in only_problem(report).message


def test_industry_author_with_disclosure_is_fine(repo_copy):
    replace_once(_guide(repo_copy), "authors: [lars-moebius, katrin-weisshaupt]", "authors: [lars-moebius, sabine-kortmann]")
    replace_once(_guide(repo_copy), "license: CC BY 4.0\n", "license: CC BY 4.0\ndisclosure: Sabine Kortmann berät Kommunen; Produkte werden nicht empfohlen.\n")
    _, report = validate(repo_copy)
    assert problems(report) == []


def test_published_guide_needs_a_publication_date(repo_copy):
    guide = _guide(repo_copy)
    replace_once(guide, 'published: "2026-03-02"\nreviewed: "2026-09-14"\n', "")
    _, report = validate(repo_copy)
    line = line_of(guide, "status: veroeffentlicht")
    assert where(report) == [(GUIDE, line, 9, "fehler", "pflichtfeld-fehlt")]
    assert "Bei status: veroeffentlicht ist „published“ Pflicht und fehlt" in only_problem(report).message
    assert "braucht ein Veröffentlichungsdatum" in only_problem(report).hint


def test_draft_needs_no_publication_date(repo_copy):
    replace_once(_guide(repo_copy), 'status: veroeffentlicht\npublished: "2026-03-02"\nreviewed: "2026-09-14"\n', "status: entwurf\n")
    _, report = validate(repo_copy)
    assert [d for d in problems(report) if d.position.file == GUIDE] == []
    # Other guides' links to it are reported where they stand: a link never leads to a draft.
    assert all(d.code == "link-ins-leere" and "Entwurf" in d.message for d in problems(report))


def test_reviewed_before_published(repo_copy):
    line = replace_once(_guide(repo_copy), 'reviewed: "2026-09-14"', 'reviewed: "2026-01-14"')
    _, report = validate(repo_copy)
    assert where(report) == [(GUIDE, line, 11, "fehler", "pruefung-vor-veroeffentlichung")]
    assert "Die letzte Prüfung (reviewed) liegt vor der Veröffentlichung (published)" in only_problem(report).message


def test_publication_date_in_the_future(repo_copy):
    line = replace_once(_guide(repo_copy), 'published: "2026-03-02"\nreviewed: "2026-09-14"\n', 'published: "2026-12-01"\n')
    _, report = validate(repo_copy)
    assert where(report) == [(GUIDE, line, 12, "fehler", "datum-in-zukunft")]
    assert "Das Datum 2026-12-01 liegt in der Zukunft" in only_problem(report).message


def test_file_name_that_is_no_slug(repo_copy):
    guide = _guide(repo_copy)
    guide.rename(guide.with_name("Low_Code einsetzen.md"))
    _, report = validate(repo_copy)
    # Links of other guides to the old name now lead nowhere; they are reported where they stand.
    own = [d for d in report.sorted() if d.position.file == "handreichungen/Low_Code einsetzen.md"]
    assert [(d.position.line, d.position.column, d.severity.value, d.code) for d in own] == [(1, 1, "fehler", "dateiname-ungueltig")]
    assert "Der Dateiname „Low_Code einsetzen.md“ taugt nicht als Adresse" in own[0].message
    assert all(d.code == "link-ins-leere" and "low-code-einsetzen.md" in d.message for d in problems(report) if d not in own)


def test_folder_named_like_a_guide_is_ignored(repo_copy):
    (repo_copy / "handreichungen" / "entwuerfe.md").mkdir()
    _, report = validate(repo_copy)
    assert problems(report) == []


# --- The body -----------------------------------------------------------------------------


def test_script_in_the_body(repo_copy):
    guide = _guide(repo_copy)
    line = replace_once(guide, SECTION, f"Mehr dazu: <script>alert(1)</script>\n\n{SECTION}")
    _, report = validate(repo_copy)
    assert where(report) == [
        (GUIDE, line, column_of(guide, line, "<script>"), "fehler", "unsicheres-html"),
    ]  # one message per element: the closing tag is not reported again
    assert "HTML-Element „<script>“ ist nicht erlaubt" in problems(report)[0].message


def test_script_inside_code_is_an_example_not_a_problem(repo_copy):
    example = (
        "So bettet man kein Skript ein: `<script src=\"x.js\"></script>`.\n\n"
        "```html\n<script>alert(1)</script>\n<iframe src=\"https://x.example\"></iframe>\n<a href=\"javascript:alert(1)\">x</a>\n```\n\n"
        "~~~\n<script>\n~~~\n\n"
    )
    replace_once(_guide(repo_copy), SECTION, example + SECTION)
    _, report = validate(repo_copy)
    assert problems(report) == []


def test_script_after_a_closed_fence_is_found(repo_copy):
    guide = _guide(repo_copy)
    replace_once(guide, SECTION, f"```\ncode\n```\n<script>alert(1)</script>\n\n{SECTION}")
    _, report = validate(repo_copy)
    line = line_of(guide, "<script>alert(1)</script>")
    assert (GUIDE, line, 1, "fehler", "unsicheres-html") in where(report)


def test_unsafe_links_in_the_body(repo_copy):
    guide = _guide(repo_copy)
    line = replace_once(guide, SECTION, f"Siehe [Demo](javascript:alert(1)) und [Archiv](http://example.org/low-code).\n\n{SECTION}")
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
    line = replace_once(guide, SECTION, SECTION.replace("## ", "# ", 1))
    hub, report = validate(repo_copy)
    assert where(report) == [(GUIDE, line, 1, "warnung", "doppelter-titel")]
    assert "Überschrift der ersten Ebene im Text" in only_problem(report).message
    assert hub is not None  # a warning alone does not stop the site


def test_comment_in_a_shell_example_is_no_heading(repo_copy):
    replace_once(_guide(repo_copy), SECTION, f"```bash\n# Plattform sichern\nmake backup\n```\n\n{SECTION}")
    _, report = validate(repo_copy)
    assert problems(report) == []


# --- Review due: a notice, never a failure ------------------------------------------------


def test_overdue_review_is_a_notice_that_fails_neither_check_nor_strict_build(repo_copy):
    guide = _guide(repo_copy)
    replace_once(guide, 'published: "2026-03-02"\nreviewed: "2026-09-14"', 'published: "2024-01-15"\nreviewed: "2025-04-01"')
    line = line_of(guide, 'reviewed: "2025-04-01"')
    _, report = validate(repo_copy)
    assert where(report) == [(GUIDE, line, 11, "hinweis", "pruefung-faellig")]
    assert "Die Handreichung wurde seit 2025-04-01 nicht mehr geprüft (länger als 18 Monate)" in only_problem(report).message

    check = run_check(repo_copy, "--strict")
    assert check.returncode == 0, check.stdout + check.stderr
    assert {"file": GUIDE, "line": str(line), "column": "11", "severity": "hinweis", "message": only_problem(report).message, "code": "pruefung-faellig"} in parse_text_output(check.stdout)

    build = run_build(repo_copy, strict=True)
    assert build.returncode == 0, build.output
    assert f"{GUIDE}:{line}:11: hinweis:" in build.output
    assert (build.site / "handreichungen" / "low-code-einsetzen" / "index.html").is_file()


def test_two_guides_with_one_title_are_a_warning(repo_copy):
    copy = repo_copy / "handreichungen" / "low-code-einfuehren.md"
    copy.write_text(_guide(repo_copy).read_text(encoding="utf-8"), encoding="utf-8")
    _, report = validate(repo_copy)
    assert where(report) == [("handreichungen/low-code-einsetzen.md", 2, 8, "warnung", "gleicher-titel")]
    assert only_problem(report).message == "Denselben Titel hat schon handreichungen/low-code-einfuehren.md."


def test_heading_that_skips_a_level_is_a_warning(repo_copy):
    guide = _guide(repo_copy)
    line = replace_once(guide, SECTION + "\n", SECTION + "\n\n#### Zu tief\n\nText.\n\n### Richtig eingeordnet\n")
    _, report = validate(repo_copy)
    assert where(report) == [(GUIDE, line + 2, 1, "warnung", "ueberschrift-springt")]
    assert only_problem(report).message == "Die Überschrift der Ebene 4 folgt auf Ebene 2; dazwischen fehlt eine Ebene."
    assert only_problem(report).hint.startswith("Beginnen Sie sie mit „### “")


def test_first_section_of_a_guide_may_not_start_below_level_two(repo_copy):
    guide = _guide(repo_copy)
    line = replace_once(guide, SECTION, SECTION.replace("## ", "### ", 1))
    _, report = validate(repo_copy)
    assert where(report) == [(GUIDE, line, 1, "warnung", "ueberschrift-springt")]
