"""A value in the wrong form gives one message, on its line, with the spelling it probably meant.

Contributors write dates the German way, names where ids belong and umlauts in ids; the schema
reports the form once, and the rules leave the value alone instead of adding a second message.
"""

from __future__ import annotations

import pytest

from validation_support import column_of, only_problem, problems, replace_once, validate, where

MALTE_CONSENT = '    date: "2026-02-12"\n    scope: [profil, kontakt, foto]'


@pytest.mark.parametrize(
    ("file", "old", "new", "written", "meant"),
    [
        ("members.yaml", MALTE_CONSENT, "    date: 12.02.2026\n    scope: [profil, kontakt, foto]", "12.02.2026", "2026-02-12"),
        ("events.yaml", '  start: "2025-06-26 10:00"\n  end: "16:00"', '  start: "26.6.2025, 10:00 Uhr"\n  end: "16:00"', "26.6.2025, 10:00 Uhr", "2025-06-26 10:00"),
        ("events.yaml", '  start: "2025-06-26 10:00"\n  end: "16:00"', '  start: "2025-06-26 10:00"\n  end: 16 Uhr', "16 Uhr", "16:00"),
        ("events.yaml", '  start: "2025-06-26 10:00"\n  end: "16:00"', '  start: "2025-6-26 10.00"\n  end: "16:00"', "2025-6-26 10.00", "2025-06-26 10:00"),
        ("events.yaml", "  speakers: [malte-hinrichsen, christina-lammers]", "  speakers: [Malte Hinrichsen, christina-lammers]", "Malte Hinrichsen", "malte-hinrichsen"),
        ("members.yaml", '  organisation_type: landkreis\n  ags: "01058"', "  organisation_type: landkreis\n  state: Schleswig-Holstein", "Schleswig-Holstein", "schleswig-holstein"),
        ("handreichungen/low-code-einsetzen.md", "topics: [low-code, it-architektur, change-management]", "topics: [Low Code, it-architektur, change-management]", "Low Code", "low-code"),
    ],
    ids=["german-date", "german-date-time", "hour-in-words", "loose-iso", "name-as-speaker", "state-name", "topic-title"],
)
def test_wrong_form_gives_one_message_with_the_meant_spelling(repo_copy, file, old, new, written, meant):
    path = repo_copy / file
    line = replace_once(path, old, new)
    line += next(n for n, text in enumerate(new.split("\n")) if written in text)
    _, report = validate(repo_copy)
    column = column_of(path, line, written)
    if path.read_text(encoding="utf-8").split("\n")[line - 1][column - 2] == '"':
        column -= 1  # a quoted value is placed at its opening quote
    # A vocabulary entry written by its title is no form error: the id is what is missing.
    code = "kennung-erwartet" if written in ("Schleswig-Holstein", "Low Code") else "falsches-format"
    assert where(report) == [(file, line, column, "fehler", code)]
    assert only_problem(report).hint.startswith(f"Meinten Sie „{meant}“?"), only_problem(report).hint


def test_umlaut_in_an_id_is_spelled_out(repo_copy):
    events = repo_copy / "events.yaml"
    line = replace_once(events, "- id: brown-bag-2025-11-ozg-nachnutzung", "- id: brown-bag-2025-11-ozg-nachnutzung-für-kreise")
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", line, 7, "fehler", "falsches-format")]
    assert only_problem(report).hint.startswith("Meinten Sie „brown-bag-2025-11-ozg-nachnutzung-fuer-kreise“?")


def test_key_of_the_wrong_length_is_not_also_judged_by_its_state_digits(repo_copy):
    # "9999" could be read as state 99; the only mistake is its length.
    line = replace_once(repo_copy / "members.yaml", '  ags: "01058"', '  ags: "9999"')
    _, report = validate(repo_copy)
    assert where(report) == [("members.yaml", line, 8, "fehler", "falsches-format")]
    assert "5-stelliger Kreisschlüssel oder 8-stelliger Gemeindeschlüssel" in only_problem(report).hint


def test_photo_from_a_web_address_is_refused_once_with_the_reason(repo_copy):
    line = replace_once(repo_copy / "members.yaml", "    src: mitglieder/fotos/malte-hinrichsen.svg", "    src: https://example.org/malte.jpg")
    _, report = validate(repo_copy)
    assert where(report) == [("members.yaml", line, 10, "fehler", "falsches-format")]
    assert "nicht von fremden Servern geladen (Datenschutz)" in only_problem(report).hint


def test_wrong_form_without_a_likely_meaning_explains_the_form(repo_copy):
    line = replace_once(repo_copy / "events.yaml", '  start: "2025-06-26 10:00"\n  end: "16:00"', '  start: "Ende Juni"\n  end: "16:00"')
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", line, 10, "fehler", "falsches-format")]
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
    line = replace_once(repo_copy / "events.yaml", '  start: "2025-06-26 10:00"\n  end: "16:00"', f'  start: "{written}"\n  end: "16:00"')
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", line, 10, "fehler", "falsches-format")]
    assert only_problem(report).hint.startswith(f"Meinten Sie „{meant}“?")
    assert note in only_problem(report).hint


def test_decomposed_umlaut_in_an_id_is_spelled_out(repo_copy):
    line = replace_once(repo_copy / "events.yaml", "  speakers: [malte-hinrichsen, christina-lammers]", "  speakers: [malte-hinrichsen, Lars Mo\u0308bius]")
    _, report = validate(repo_copy)
    assert [d.code for d in problems(report)] == ["falsches-format"]
    assert only_problem(report).position.line == line
    assert only_problem(report).hint.startswith("Meinten Sie „lars-moebius“?")


def test_impossible_date_in_german_form_gets_no_suggestion_but_says_so(repo_copy):
    line = replace_once(repo_copy / "events.yaml", '  start: "2025-06-26 10:00"\n  end: "16:00"', '  start: "31.06.2025 10:00"\n  end: "16:00"')
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", line, 10, "fehler", "falsches-format")]
    assert "Meinten Sie" not in only_problem(report).hint
    assert only_problem(report).hint.startswith("Den Tag „31.06.2025 10:00“ gibt es im Kalender nicht.")
