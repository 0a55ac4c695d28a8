"""Relative links in guides, event descriptions and member bios must lead to a page or file of the build."""

from __future__ import annotations

import pytest

from conftest import run_build
from validation_support import column_of, only_problem, replace_once, validate, where

GUIDE = "handreichungen/low-code-einsetzen.md"
SECTION = "## Zuerst klären: Wofür soll Low Code da sein?"


def _link_in_guide(repo_copy, target: str) -> tuple[int, int]:
    guide = repo_copy / GUIDE
    line = replace_once(guide, SECTION, f"Siehe [dort]({target}).\n\n{SECTION}")
    return line, column_of(guide, line, target)


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
    replace_once(repo_copy / GUIDE, SECTION, f"`[x](gibt-es-nicht.md)`\n\n```\n[y](auch-nicht.md)\n```\n\n{SECTION}")
    _, report = validate(repo_copy)
    assert not [d for d in report.sorted() if d.code == "link-ins-leere"]


def test_broken_link_in_an_event_description_is_found_on_its_line(repo_copy):
    events = repo_copy / "events.yaml"
    line = replace_once(events, "    Jeden dritten Dienstag im Monat beantworten", "    Siehe [Handreichung](../handreichungen/low-code.md). Jeden dritten Dienstag im Monat beantworten")
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", line, column_of(events, line, "../handreichungen/low-code.md"), "fehler", "link-ins-leere")]
    assert only_problem(report).hint == "Meinten Sie „../handreichungen/low-code-einsetzen.md“?"


def test_the_build_stops_with_the_german_message_and_line(repo_copy):
    line, column = _link_in_guide(repo_copy, "gibt-es-nicht.md")
    result = run_build(repo_copy)
    assert result.returncode == 1
    assert f"{GUIDE}:{line}:{column}: fehler: Der Link „gibt-es-nicht.md“ zeigt auf keine Seite des Hubs. [link-ins-leere]" in result.output
    assert "Traceback" not in result.output
