"""A value in the wrong form gives one message, on its line, with the spelling it probably meant.

Contributors write dates the German way, names where ids belong and umlauts in ids; the schema
reports the form once, and the rules leave the value alone instead of adding a second message.
"""

from __future__ import annotations

import pytest

from fixture_edits import Raw, edit_entry, edit_guide, entry, guide_position, position
from validation_support import only_problem, problems, validate, where

MALTE, RENDSBURG, BROWN_BAG = "malte-hinrichsen", "zirkeltreffen-2025-06-rendsburg", "brown-bag-2025-11-ozg-nachnutzung"
MALTE_SCOPE = ["profil", "kontakt", "foto"]


@pytest.mark.parametrize(
    ("file", "entry_id", "changes", "keys", "meant"),
    [
        ("members.yaml", MALTE, {"consent": {"date": Raw("12.02.2026"), "scope": MALTE_SCOPE}}, ("consent", "date"), "2026-02-12"),
        ("events.yaml", RENDSBURG, {"start": "26.6.2025, 10:00 Uhr", "end": "16:00"}, ("start",), "2025-06-26 10:00"),
        ("events.yaml", RENDSBURG, {"start": "2025-06-26 10:00", "end": Raw("16 Uhr")}, ("end",), "16:00"),
        ("events.yaml", RENDSBURG, {"start": "2025-6-26 10.00", "end": "16:00"}, ("start",), "2025-06-26 10:00"),
        ("events.yaml", RENDSBURG, {"speakers": ["Malte Hinrichsen", "christina-lammers"]}, ("speakers", 0), "malte-hinrichsen"),
        ("members.yaml", MALTE, {"ags": None, "state": "Schleswig-Holstein"}, ("state",), "schleswig-holstein"),
    ],
    ids=["german-date", "german-date-time", "hour-in-words", "loose-iso", "name-as-speaker", "state-name"],
)
def test_wrong_form_gives_one_message_with_the_meant_spelling(repo_copy, file, entry_id, changes, keys, meant):
    path = repo_copy / file
    edit_entry(path, entry_id, **changes)
    _, report = validate(repo_copy)
    # A quoted value is placed at its opening quote, as the YAML node starts there.
    # A vocabulary entry written by its title is no form error: the id is what is missing.
    code = "kennung-erwartet" if keys == ("state",) else "falsches-format"
    assert where(report) == [(file, *position(path, entry_id, *keys), "fehler", code)]
    assert only_problem(report).hint.startswith(f"Meinten Sie „{meant}“?"), only_problem(report).hint


def test_topic_title_in_a_guide_gives_one_message_with_the_id(repo_copy):
    guide = repo_copy / "handreichungen" / "low-code-einsetzen.md"
    edit_guide(guide, topics=["Low Code", "it-architektur", "change-management"])
    _, report = validate(repo_copy)
    assert where(report) == [("handreichungen/low-code-einsetzen.md", *guide_position(guide, "topics", 0), "fehler", "kennung-erwartet")]
    assert only_problem(report).hint.startswith("Meinten Sie „low-code“?"), only_problem(report).hint


def test_umlaut_in_an_id_is_spelled_out(repo_copy):
    events = repo_copy / "events.yaml"
    edit_entry(events, BROWN_BAG, id="brown-bag-2025-11-ozg-nachnutzung-für-kreise")
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", *position(events, "brown-bag-2025-11-ozg-nachnutzung-für-kreise", "id"), "fehler", "falsches-format")]
    assert only_problem(report).hint.startswith("Meinten Sie „brown-bag-2025-11-ozg-nachnutzung-fuer-kreise“?")


def test_key_of_the_wrong_length_is_not_also_judged_by_its_state_digits(repo_copy):
    # "9999" could be read as state 99; the only mistake is its length.
    edit_entry(repo_copy / "members.yaml", MALTE, ags="9999", state=None)
    _, report = validate(repo_copy)
    assert where(report) == [("members.yaml", *position(repo_copy / "members.yaml", MALTE, "ags"), "fehler", "falsches-format")]
    assert "5-stelliger Kreisschlüssel oder 8-stelliger Gemeindeschlüssel" in only_problem(report).hint


def test_photo_from_a_web_address_is_refused_once_with_the_reason(repo_copy):
    members = repo_copy / "members.yaml"
    edit_entry(members, MALTE, photo=entry(members, MALTE)["photo"] | {"src": "https://example.org/malte.jpg"})
    _, report = validate(repo_copy)
    assert where(report) == [("members.yaml", *position(members, MALTE, "photo", "src"), "fehler", "falsches-format")]
    assert "nicht von fremden Servern geladen (Datenschutz)" in only_problem(report).hint


def _start(repo_copy, written: str) -> tuple[int, int]:
    edit_entry(repo_copy / "events.yaml", RENDSBURG, start=written, end="16:00")
    return position(repo_copy / "events.yaml", RENDSBURG, "start")


def test_wrong_form_without_a_likely_meaning_explains_the_form(repo_copy):
    at = _start(repo_copy, "Ende Juni")
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", *at, "fehler", "falsches-format")]
    assert "Meinten Sie" not in only_problem(report).hint
    assert "„JJJJ-MM-TT HH:MM“ in Ortszeit" in only_problem(report).hint


@pytest.mark.parametrize(
    ("written", "meant", "note"),
    [
        ("2025-06-26\u00a010:00", "2025-06-26 10:00", "geschütztes oder unsichtbares Leerzeichen"),
        ("2025-06-26 10:00\u200b", "2025-06-26 10:00", "geschütztes oder unsichtbares Leerzeichen"),
    ],
    ids=["protected-space", "zero-width-space"],
)
def test_invisible_characters_copied_from_word_are_named(repo_copy, written, meant, note):
    at = _start(repo_copy, written)
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", *at, "fehler", "falsches-format")]
    assert only_problem(report).hint.startswith(f"Meinten Sie „{meant}“?")
    assert note in only_problem(report).hint


def test_decomposed_umlaut_in_an_id_is_spelled_out(repo_copy):
    edit_entry(repo_copy / "events.yaml", RENDSBURG, speakers=["malte-hinrichsen", "Lars Mo\u0308bius"])
    _, report = validate(repo_copy)
    assert [d.code for d in problems(report)] == ["falsches-format"]
    assert only_problem(report).position.line == position(repo_copy / "events.yaml", RENDSBURG, "speakers", 1)[0]
    assert only_problem(report).hint.startswith("Meinten Sie „lars-moebius“?")


def test_impossible_date_in_german_form_gets_no_suggestion_but_says_so(repo_copy):
    at = _start(repo_copy, "31.06.2025 10:00")
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", *at, "fehler", "falsches-format")]
    assert "Meinten Sie" not in only_problem(report).hint
    assert only_problem(report).hint.startswith("Den Tag „31.06.2025 10:00“ gibt es im Kalender nicht.")
