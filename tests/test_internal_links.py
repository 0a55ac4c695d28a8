"""Relative links in guides, event descriptions and member bios must lead to a page or file of the build."""

from __future__ import annotations

import pytest

from conftest import run_build
from fixture_edits import body_line, edit_entry, guide_body, position, write_new_guide
from validation_support import column_of, only_problem, validate, where

GUIDE = "handreichungen/probe.md"  # a whole guide each test writes, next to the fixture's guides
SECTION = "## Zuerst klären: Wofür soll Low Code da sein?"


def _guide_with(repo_copy, before_section: str) -> None:
    write_new_guide(repo_copy / GUIDE, body=guide_body(before_section=before_section, heading=SECTION))


def _link_in_guide(repo_copy, *targets: str) -> tuple[int, int]:
    """The test's guide with a line linking to each target before its first section; (line, column) of the first."""
    lines = [f"Siehe [dort]({target})." for target in targets]
    _guide_with(repo_copy, "\n\n".join(lines))
    line = body_line(repo_copy / GUIDE, lines[0])
    return line, column_of(repo_copy / GUIDE, line, targets[0])


def test_the_shipped_links_between_pages_are_accepted(repo_copy):
    _, report = validate(repo_copy)
    assert not [d for d in report.sorted() if d.code == "link-ins-leere"]


def test_link_to_a_guide_that_does_not_exist(repo_copy):
    line, column = _link_in_guide(repo_copy, "prozessmanagment-methoden-und-werkzeuge.md")
    _, report = validate(repo_copy)
    assert where(report) == [(GUIDE, line, column, "fehler", "link-ins-leere")]
    problem = only_problem(report)
    assert "zeigt auf keine Seite des Hubs" in problem.message
    assert problem.hint == "Meinten Sie „prozessmanagement-methoden-und-werkzeuge.md“?"


def test_link_to_a_member_profile_from_a_guide(repo_copy):
    _link_in_guide(repo_copy, "../mitglieder/katrin-weisshaupt.md")
    _, report = validate(repo_copy)
    assert not [d for d in report.sorted() if d.code == "link-ins-leere"]


def test_link_to_a_draft_is_an_error(repo_copy):
    line, column = _link_in_guide(repo_copy, "werte-und-digitalisierung.md")
    _, report = validate(repo_copy)
    assert where(report) == [(GUIDE, line, column, "fehler", "link-ins-leere")]
    assert "Entwurf" in only_problem(report).message


@pytest.mark.parametrize(
    ("target", "message", "hint"),
    [
        ("../mitglieder/", "zeigt auf eine Adresse statt auf eine Datei", "„../mitglieder/index.md“"),
        ("/veranstaltungen/", "beginnt mit „/“", "relativ"),
        ("../assets/fehlt.png", "gibt es nicht (gesucht: docs/assets/fehlt.png)", "Dateinamen"),
    ],
)
def test_addresses_absolute_links_and_missing_files(repo_copy, target, message, hint):
    line, column = _link_in_guide(repo_copy, target)
    _, report = validate(repo_copy)
    assert where(report) == [(GUIDE, line, column, "fehler", "link-ins-leere")]
    assert message in only_problem(report).message
    assert hint in only_problem(report).hint


def test_links_inside_code_are_examples(repo_copy):
    _guide_with(repo_copy, "`[x](gibt-es-nicht.md)`\n\n```\n[y](auch-nicht.md)\n```")
    _, report = validate(repo_copy)
    assert not [d for d in report.sorted() if d.code == "link-ins-leere"]


def test_broken_link_in_an_event_description_is_found_on_its_line(repo_copy):
    events = repo_copy / "events.yaml"
    edit_entry(events, "sprechstunde-low-code", description="Siehe [Handreichung](../handreichungen/low-code.md). Jeden dritten Dienstag beantworten Mitglieder Fragen.")
    line, _ = position(events, "sprechstunde-low-code", "description")
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", line, column_of(events, line, "../handreichungen/low-code.md"), "fehler", "link-ins-leere")]
    assert only_problem(report).hint == "Meinten Sie „../handreichungen/low-code-einsetzen.md“?"


def test_the_build_stops_with_the_german_message_and_line(repo_copy):
    line, column = _link_in_guide(repo_copy, "gibt-es-nicht.md")
    result = run_build(repo_copy)
    assert result.returncode == 1
    assert f"{GUIDE}:{line}:{column}: fehler: Der Link „gibt-es-nicht.md“ zeigt auf keine Seite des Hubs. [link-ins-leere]" in result.output
    assert "Traceback" not in result.output


# --- Sections (#anker) -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("target", "message", "hint"),
    [
        ("#zuerst-klaeren", "Den Abschnitt „#zuerst-klaeren“ gibt es auf dieser Seite nicht.", "Ein Abschnitt heißt wie seine Überschrift"),
        ("#zuerst-klaeren-wofuer-soll-low-code-da-sein", "Den Abschnitt „#zuerst-klaeren-wofuer-soll-low-code-da-sein“ gibt es auf dieser Seite nicht.", "Meinten Sie „#zuerst-klaren-wofur-soll-low-code-da-sein“?"),
        ("../mitmachen.md#handreichung-schreiben", "Den Abschnitt „#handreichung-schreiben“ gibt es in „../mitmachen.md“ nicht.", "Meinten Sie „#handreichungen-schreiben“?"),
        ("ki-in-der-verwaltung.md#gibt-es-nicht", "Den Abschnitt „#gibt-es-nicht“ gibt es in „ki-in-der-verwaltung.md“ nicht.", "Ein Abschnitt heißt wie seine Überschrift"),
    ],
    ids=["same-page", "umlauts-spelled-out", "docs-page", "other-guide"],
)
def test_link_to_a_missing_section(repo_copy, target, message, hint):
    line, column = _link_in_guide(repo_copy, target)
    _, report = validate(repo_copy)
    assert where(report) == [(GUIDE, line, column, "fehler", "link-ins-leere")]
    assert only_problem(report).message == message
    assert only_problem(report).hint.startswith(hint)


def test_links_to_existing_sections_build_without_warnings(repo_copy):
    _link_in_guide(repo_copy, "#zuerst-klaren-wofur-soll-low-code-da-sein", "../mitmachen.md#handreichungen-schreiben", "low-code-einsetzen.md#zuerst-klaren-wofur-soll-low-code-da-sein")
    _, report = validate(repo_copy)
    assert not [d for d in report.sorted() if d.code == "link-ins-leere"]
    result = run_build(repo_copy)  # MkDocs checks anchors too (validation.links.anchors: warn, --strict)
    assert result.returncode == 0, result.output


def test_predicted_sections_are_those_of_the_built_pages(built_site, fixture_root):
    """The ids the check expects are exactly the heading ids MkDocs gives the guides and hand-written pages."""
    from html_helpers import load_page

    from cdo_hub.content import _guide_markdown
    from cdo_hub.source.guide_source import load_guide
    from cdo_hub.diagnostics import Report
    from cdo_hub.source.sections import section_ids

    sources = {f"handreichungen/{p.stem}/": _guide_markdown(load_guide(p, p.name, Report())) for p in (fixture_root / "handreichungen").glob("*.md") if p.name != "README.md"}
    sources |= {f"{p.relative_to(fixture_root / 'docs').with_suffix('').as_posix()}/": p.read_text(encoding="utf-8") for p in (fixture_root / "docs").glob("*.md")}
    checked = 0
    for path, markdown_text in sources.items():
        if not (built_site / path / "index.html").is_file():
            continue  # a draft
        article = load_page(built_site, path).article
        built = {h.attrs["id"] for level in ("h1", "h2", "h3", "h4", "h5", "h6") for h in article.find_all(level) if "id" in h.attrs}
        assert built and built <= section_ids(markdown_text), (path, sorted(built - section_ids(markdown_text)))
        checked += 1
    assert checked >= 6


def test_footnotes_and_abbreviations_are_no_links(repo_copy):
    _guide_with(repo_copy, "Text mit Fußnote.[^quelle] und OZG.\n\n[^quelle]: Die Quelle steht hier.\n\n*[OZG]: Onlinezugangsgesetz")
    _, report = validate(repo_copy)
    assert not [d for d in report.sorted() if d.code in ("link-ins-leere", "unsicherer-link")]


def test_pages_written_into_docs_follow_the_rules_of_guides(repo_copy):
    page = repo_copy / "docs" / "mitmachen.md"
    lines = ["# Mitmachen", "", "![](https://cdn.example.org/team.jpg)", "", "Siehe [Handreichung](handreichungen/gibt-es-nicht.md).", "", "## Handreichungen schreiben", "", "Text.", ""]
    page.write_text("\n".join(lines), encoding="utf-8")  # the whole page, written by the test
    _, report = validate(repo_copy)
    assert where(report) == [
        ("docs/mitmachen.md", 3, 1, "fehler", "bild-ohne-alternativtext"),
        ("docs/mitmachen.md", 3, 5, "fehler", "fremder-inhalt"),
        ("docs/mitmachen.md", 5, 22, "fehler", "link-ins-leere"),
    ]
