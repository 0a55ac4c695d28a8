"""Safe YAML: every value stays as written, traps of YAML 1.1 are caught, and problems name their line."""

from __future__ import annotations

import time
from datetime import datetime

import pytest

from validation_support import column_of, line_of, only_problem, problems, replace_once, validate, where

# --- Duplicate keys, anchors, aliases, tags -------------------------------------------------


def test_duplicate_key_is_reported_at_the_second_and_names_the_first(repo_copy):
    events = repo_copy / "events.yaml"
    first = replace_once(events, '  end: "16:00"\n  format: praesenz\n  location:\n    name: Kreishaus Rendsburg', '  end: "16:00"\n  format: praesenz\n  end: "17:00"\n  location:\n    name: Kreishaus Rendsburg')
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", first + 2, 3, "fehler", "yaml-doppelter-schluessel")]
    assert f"Das Feld „end“ steht doppelt in diesem Eintrag (zuerst in Zeile {first})" in only_problem(report).message


def test_duplicate_key_inside_a_section(repo_copy):
    events = repo_copy / "events.yaml"
    first = replace_once(events, "    city: Münster\n", "    city: Münster\n    city: Kiel\n")
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", first + 1, 5, "fehler", "yaml-doppelter-schluessel")]
    assert f"„city“ steht doppelt in diesem Eintrag (zuerst in Zeile {first})" in only_problem(report).message


def test_anchor_is_refused(repo_copy):
    events = repo_copy / "events.yaml"
    line = replace_once(events, "  topics: [prozessmanagement, interkommunale-zusammenarbeit]", "  topics: &themen [prozessmanagement, interkommunale-zusammenarbeit]")
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", line, 11, "fehler", "yaml-anker")]
    assert "Anker „&themen“ sind nicht erlaubt" in only_problem(report).message


def test_alias_is_refused_without_follow_up_errors(repo_copy):
    events = repo_copy / "events.yaml"
    anchor = replace_once(events, "  topics: [prozessmanagement, interkommunale-zusammenarbeit]", "  topics: &themen [prozessmanagement, interkommunale-zusammenarbeit]")
    alias = replace_once(events, "  topics: [ozg, interkommunale-zusammenarbeit]", "  topics: *themen")
    _, report = validate(repo_copy)
    # The alias is not expanded, and the value it stands for is not reported a second time as missing.
    assert where(report) == [("events.yaml", anchor, 11, "fehler", "yaml-anker"), ("events.yaml", alias, 11, "fehler", "yaml-anker")]
    assert "Verweise mit „*themen“ (YAML-Aliase) sind nicht erlaubt" in problems(report)[1].message


def test_alias_bomb_is_refused_quickly(repo_copy):
    # "Billion laughs": nine aliases per level would expand to 9**6 values if anything walked them.
    lines = ["- &a0 [x, x, x, x, x, x, x, x, x]"] + [f"- &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, 7)]
    (repo_copy / "events.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    started = time.perf_counter()
    _, report = validate(repo_copy)
    assert time.perf_counter() - started < 5
    codes = [d.code for d in problems(report)]
    assert codes.count("yaml-anker") == 7 + 6 * 9
    # Besides: the entries are lists, not events.
    assert set(codes) == {"yaml-anker", "falscher-typ"}


@pytest.mark.parametrize("tag", ["!!int", "!!str", "!python/object", "!<tag:yaml.org,2002:int>"])
def test_explicit_type_tag_is_refused_and_the_value_read_as_written(repo_copy, tag):
    events = repo_copy / "events.yaml"
    line = replace_once(events, "    interval: 2\n", f"    interval: {tag} 2\n")
    hub, report = validate(repo_copy)
    # The value itself (2) is fine: the tag is the only problem.
    assert where(report) == [("events.yaml", line, 15, "fehler", "yaml-typangabe")]
    assert f"Typangaben wie „{tag.replace('!<tag:yaml.org,2002:', '!!').rstrip('>')}“ sind nicht erlaubt" in only_problem(report).message
    assert hub is None


def test_python_object_tag_is_refused_and_never_executed(repo_copy, tmp_path):
    marker = tmp_path / "ausgefuehrt"
    events = repo_copy / "events.yaml"
    line = replace_once(events, "  description: >-\n    Zwei Kreise berichten", f'  description: !!python/object/apply:os.system ["touch {marker}"]\n  status_note: >-\n    Zwei Kreise berichten')
    _, report = validate(repo_copy)
    assert not marker.exists()
    assert ("events.yaml", line, 16, "fehler", "yaml-typangabe") in where(report)
    tag = next(d for d in problems(report) if d.code == "yaml-typangabe")
    assert "„!!python/object/apply:os.system“" in tag.message
    # The list that stood behind the tag is no text: reported too, on the same line.
    assert [d.code for d in problems(report) if d.code != "yaml-typangabe"] == ["falscher-typ"]


# --- Encoding and whitespace ----------------------------------------------------------------


def test_tab_indentation(repo_copy):
    events = repo_copy / "events.yaml"
    line = replace_once(events, '  end: "16:00"\n  format: praesenz\n  location:\n    name: Kreishaus Rendsburg', '  end: "16:00"\n  format: praesenz\n  location:\n  \tname: Kreishaus Rendsburg')
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", line + 3, 3, "fehler", "yaml-tab")]
    assert "mit einem Tabulator eingerückt" in only_problem(report).message


def test_latin1_byte_in_a_utf8_file_is_located_in_characters(repo_copy):
    events = repo_copy / "events.yaml"
    text = events.read_text(encoding="utf-8")
    broken = "    address: Am Schölerberg 1, 49082 Osnabrück"
    assert text.count(broken) == 1
    line = text[: text.index(broken)].count("\n") + 1
    # "ö" is two bytes in UTF-8; the column counts characters, as an editor does.
    column = broken.index("ück") + 1
    latin1_line = broken.replace("Osnabrück", "Osnabr").encode("utf-8") + b"\xfcck"  # "ü" in Latin-1
    events.write_bytes(text.encode("utf-8").replace(broken.encode("utf-8"), latin1_line))
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", line, column, "fehler", "datei-kodierung")]
    assert "nicht in UTF-8 kodiert (unlesbares Byte 0xfc)" in only_problem(report).message
    assert "UTF-8" in only_problem(report).hint


def test_file_saved_as_windows_1252_is_reported_at_its_first_umlaut(repo_copy):
    members = repo_copy / "members.yaml"
    text = members.read_text(encoding="utf-8")
    first = next(i for i, char in enumerate(text) if ord(char) > 127)
    line = text[:first].count("\n") + 1
    column = first - (text.rfind("\n", 0, first) + 1) + 1
    members.write_bytes(text.encode("cp1252", errors="replace"))  # "ı" in Yılmaz has no byte there
    _, report = validate(repo_copy)
    assert where(report) == [("members.yaml", line, column, "fehler", "datei-kodierung")]


def test_byte_order_mark_is_reported_and_the_rest_still_checked(repo_copy):
    events = repo_copy / "events.yaml"
    text = events.read_text(encoding="utf-8")
    events.write_bytes(b"\xef\xbb\xbf" + text.replace('  end: "16:00"', '  end: "09:00"', 1).encode("utf-8"))
    _, report = validate(repo_copy)
    assert where(report) == [
        ("events.yaml", 1, 1, "fehler", "datei-bom"),
        ("events.yaml", line_of(events, '  start: "2025-06-26 10:00"') + 1, 8, "fehler", "ende-vor-beginn"),
    ]
    assert "Byte-Order-Mark (BOM)" in problems(report)[0].message


def test_control_character_is_reported_with_its_position(repo_copy):
    events = repo_copy / "events.yaml"
    line = replace_once(events, "    name: Historisches Rathaus Münster", "    name: Historisches Rathaus\x07Münster")
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", line, 31, "fehler", "datei-steuerzeichen")]
    assert "Steuerzeichen (U+0007)" in only_problem(report).message


def test_empty_file(repo_copy):
    (repo_copy / "events.yaml").write_text("", encoding="utf-8")
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", 1, 1, "fehler", "datei-leer")]
    assert "Die Datei ist leer" in only_problem(report).message
    assert "[]" in only_problem(report).hint


def test_file_with_only_comments_is_empty(repo_copy):
    (repo_copy / "members.yaml").write_text("# Mitglieder folgen.\n", encoding="utf-8")
    _, report = validate(repo_copy)
    assert where(report) == [("members.yaml", 1, 1, "fehler", "datei-leer")]


def test_empty_list_is_fine(repo_copy):
    (repo_copy / "events.yaml").write_text("# Noch keine Termine.\n[]\n", encoding="utf-8")
    hub, report = validate(repo_copy)
    # The empty file itself is accepted; only the guides' links to events that are now gone are reported.
    found = problems(report)
    assert found and {(d.position.file.split("/")[0], d.code) for d in found} == {("handreichungen", "link-ins-leere")}
    assert all("veranstaltungen/" in d.message for d in found)
    assert hub is None


# --- Syntax errors ----------------------------------------------------------------------------


def test_unclosed_quote_is_reported_where_it_opens(repo_copy):
    events = repo_copy / "events.yaml"
    line = replace_once(events, '  end: "16:00"\n  format: praesenz\n  location:\n    name: Kreishaus Rendsburg', '  end: "16:00\n  format: praesenz\n  location:\n    name: Kreishaus Rendsburg')
    closing = line_of(events, '  title: "Brown Bag: Nachnutzen')
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", line, 8, "fehler", "yaml-syntax")]
    assert f"Das Anführungszeichen wird nicht in dieser Zeile geschlossen, sondern erst in Zeile {closing}" in only_problem(report).message


def test_quote_never_closed(repo_copy):
    guide = repo_copy / "handreichungen" / "low-code-einsetzen.md"
    line = replace_once(guide, "license: CC BY 4.0\n", "license: 'CC BY 4.0\n")
    _, report = validate(repo_copy)
    assert where(report) == [("handreichungen/low-code-einsetzen.md", line, 10, "fehler", "yaml-syntax")]
    assert "Das Anführungszeichen wird nirgends geschlossen" in only_problem(report).message


def test_bad_indentation(repo_copy):
    events = repo_copy / "events.yaml"
    line = replace_once(events, '  end: "16:00"\n  format: praesenz\n  location:\n    name: Kreishaus Rendsburg', '   end: "16:00"\n  format: praesenz\n  location:\n    name: Kreishaus Rendsburg')
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", line, 4, "fehler", "yaml-syntax")]
    assert "Einrückung" in only_problem(report).message


def test_colon_in_an_unquoted_title(repo_copy):
    events = repo_copy / "events.yaml"
    line = replace_once(events, '  title: "Zirkeltreffen Sommer 2025: Prozessmanagement in der Praxis"', "  title: Workshop: Low Code")
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", line, 18, "fehler", "yaml-syntax")]
    assert "Doppelpunkt" in only_problem(report).message
    assert 'title: "Workshop: Low Code"' in only_problem(report).hint


def test_unclosed_bracket_is_reported_where_it_opens(repo_copy):
    events = repo_copy / "events.yaml"
    line = replace_once(events, "  topics: [prozessmanagement, interkommunale-zusammenarbeit]", "  topics: [prozessmanagement, interkommunale-zusammenarbeit")
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", line, 11, "fehler", "yaml-syntax")]
    assert "eckigen Klammern" in only_problem(report).message


def test_second_document_is_refused(repo_copy):
    events = repo_copy / "events.yaml"
    text = events.read_text(encoding="utf-8").rstrip("\n")
    events.write_text(text + "\n---\n- id: noch-ein-dokument\n", encoding="utf-8")
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", text.count("\n") + 2, 1, "fehler", "yaml-syntax")]
    assert "mehr als ein YAML-Dokument" in only_problem(report).message


def test_leading_document_marker_is_fine(repo_copy):
    events = repo_copy / "events.yaml"
    events.write_text("---\n" + events.read_text(encoding="utf-8"), encoding="utf-8")
    hub, report = validate(repo_copy)
    assert problems(report) == []
    assert hub is not None


def test_too_deep_nesting_is_refused(repo_copy):
    (repo_copy / "events.yaml").write_text("- " + "[" * 3000 + "]" * 3000 + "\n", encoding="utf-8")
    _, report = validate(repo_copy)
    assert [(d.position.file, d.code) for d in problems(report)] == [("events.yaml", "yaml-verschachtelung")]


def test_oversized_file_is_refused_without_parsing(repo_copy):
    events = repo_copy / "events.yaml"
    events.write_text(events.read_text(encoding="utf-8") + "#" * 5_000_000 + "\n", encoding="utf-8")
    started = time.perf_counter()
    _, report = validate(repo_copy)
    assert time.perf_counter() - started < 5
    assert where(report) == [("events.yaml", 1, 1, "fehler", "datei-zu-gross")]
    assert "höchstens 2 MB" in only_problem(report).message


# --- The traps of YAML 1.1: values stay what the contributor wrote --------------------------


def test_unquoted_times_stay_times(repo_copy):
    # PyYAML's safe_load reads 17:30 as the number 1050 (base 60).
    events = repo_copy / "events.yaml"
    replace_once(events, '  start: "2026-09-17 09:30"\n  end: "17:30"', "  start: 2026-09-17 09:30\n  end: 17:30")
    hub, report = validate(repo_copy)
    assert problems(report) == []
    event = hub.events["herbsttagung-2026"]
    assert (event.start, event.end) == (datetime(2026, 9, 17, 9, 30), datetime(2026, 9, 17, 17, 30))


def test_unquoted_ags_keeps_its_leading_zero(repo_copy):
    # safe_load reads 01001 as the octal number 513.
    members = repo_copy / "members.yaml"
    replace_once(members, '  ags: "01058"', "  ags: 01001")
    hub, report = validate(repo_copy)
    assert problems(report) == []
    member = hub.members["malte-hinrichsen"]
    assert (member.ags, member.state) == ("01001", "schleswig-holstein")


def test_number_as_title_stays_text(repo_copy):
    events = repo_copy / "events.yaml"
    replace_once(events, '  title: "Zirkeltreffen Sommer 2025: Prozessmanagement in der Praxis"', "  title: 2030")
    hub, report = validate(repo_copy)
    assert problems(report) == []
    assert hub.events["zirkeltreffen-2025-06-rendsburg"].title == "2030"


def test_yes_as_name_stays_text(repo_copy):
    members = repo_copy / "members.yaml"
    replace_once(members, "  name: Malte Hinrichsen", "  name: Yes")
    hub, report = validate(repo_copy)
    assert problems(report) == []
    assert hub.members["malte-hinrichsen"].name == "Yes"


def test_unquoted_dates_stay_text(repo_copy):
    events = repo_copy / "events.yaml"
    replace_once(events, '    except: ["2026-09-17", "2026-12-24", "2027-06-10"]', "    except: [2026-09-17, 2026-12-24, 2027-06-10]")
    hub, report = validate(repo_copy)
    assert problems(report) == []
    assert [d.isoformat() for d in hub.events["sprechertreffen"].recurrence.exceptions] == ["2026-09-17", "2026-12-24", "2027-06-10"]


def test_yes_is_no_boolean(repo_copy):
    members = repo_copy / "members.yaml"
    line = replace_once(members, "  circle_roles: [sprecher]\n  negz_member: true", "  circle_roles: [sprecher]\n  negz_member: yes") + 1
    _, report = validate(repo_copy)
    assert where(report) == [("members.yaml", line, column_of(members, line, "yes"), "fehler", "falscher-typ")]
    assert "„negz_member“ muss true oder false sein, nicht „yes“" in only_problem(report).message


def test_true_and_false_are_booleans(repo_copy):
    members = repo_copy / "members.yaml"
    replace_once(members, "  circle_roles: [sprecher]\n  negz_member: true", "  circle_roles: [sprecher]\n  negz_member: false")
    hub, report = validate(repo_copy)
    assert problems(report) == []
    assert hub.members["malte-hinrichsen"].negz_member is False
    assert hub.members["katrin-weisshaupt"].negz_member is True


def test_interval_in_words_is_an_error(repo_copy):
    events = repo_copy / "events.yaml"
    line = replace_once(events, "    interval: 2\n", "    interval: zwei\n")
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", line, 15, "fehler", "falscher-typ")]
    assert "„recurrence.interval“ muss eine ganze Zahl sein, nicht „zwei“" in only_problem(report).message


def test_interval_in_superscript_digits_is_an_error(repo_copy):
    # str.isdigit() accepts "²"; int() does not.
    events = repo_copy / "events.yaml"
    line = replace_once(events, "    interval: 2\n", "    interval: ²\n")
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", line, 15, "fehler", "falscher-typ")]


def test_interval_becomes_a_number(repo_copy):
    hub, report = validate(repo_copy)
    assert problems(report) == []
    assert hub.events["sprechertreffen"].recurrence.interval == 2


# --- Slips that YAML would silently turn into something else --------------------------------


@pytest.mark.parametrize("written", ["", " ~", " null"], ids=["leer", "tilde", "null"])
def test_field_without_value_is_named_as_empty(repo_copy, written):
    events = repo_copy / "events.yaml"
    line = replace_once(events, '  start: "2025-06-26 10:00"\n  end: "16:00"', f'  start: "2025-06-26 10:00"\n  end:{written}') + 1
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", line, 7 if not written else 8, "fehler", "wert-fehlt")]
    assert only_problem(report).message == "Bei „end“ fehlt der Wert (Eintrag „zirkeltreffen-2025-06-rendsburg“)."


def test_hash_in_an_unquoted_title_would_cut_it_off(repo_copy):
    events = repo_copy / "events.yaml"
    line = replace_once(events, '  title: "Zirkeltreffen Sommer 2025: Prozessmanagement in der Praxis"', "  title: Zirkeltreffen #3 in Rendsburg")
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", line, column_of(events, line, "#3"), "warnung", "kommentar-im-text")]
    assert only_problem(report).message == "Der Text ab „#“ gilt in YAML als Kommentar und fehlt in „title“: „#3 in Rendsburg“."
    assert only_problem(report).hint == 'Setzen Sie den ganzen Text in Anführungszeichen, z. B. title: "Zirkeltreffen #3 in Rendsburg".'


def test_comment_after_a_number_or_an_id_is_fine(repo_copy):
    # The shipped events.yaml comments its week_of_month; ids and numbers have no text to lose.
    replace_once(repo_copy / "events.yaml", "- id: brown-bag-2025-11-ozg-nachnutzung\n", "- id: brown-bag-2025-11-ozg-nachnutzung  # Reihe 2025\n")
    _, report = validate(repo_copy)
    assert problems(report) == []


def test_typographic_quotes_are_named(repo_copy):
    events = repo_copy / "events.yaml"
    line = replace_once(events, '  start: "2025-06-26 10:00"\n  end: "16:00"', '  start: “2025-06-26 10:00”\n  end: "16:00"')
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", line, 10, "fehler", "falsches-format")]
    assert only_problem(report).hint.startswith("Meinten Sie „2025-06-26 10:00“? Typografische Anführungszeichen („ “) gelten in YAML nicht")


def test_entry_without_its_dash_is_one_message(repo_copy):
    events = repo_copy / "events.yaml"
    line = replace_once(events, "- id: brown-bag-2025-11-ozg-nachnutzung", "  id: brown-bag-2025-11-ozg-nachnutzung")
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", line, 3, "fehler", "yaml-eintrag-ohne-strich")]
    assert only_problem(report).hint == "Schreiben Sie „- id: brown-bag-2025-11-ozg-nachnutzung“, eingerückt wie die anderen Einträge."


@pytest.mark.parametrize(("written", "meant"), [("tags", "topics"), ("autoren", "authors"), ("Titel", "title")])
def test_field_names_from_habit_suggest_the_field(repo_copy, written, meant):
    guide = repo_copy / "handreichungen" / "low-code-einsetzen.md"
    old = {"topics": "topics: [low-code", "authors": "authors: [lars-moebius", "title": 'title: "Was brauche ich'}[meant]
    line = replace_once(guide, old, old.replace(meant, written, 1))
    _, report = validate(repo_copy)
    unknown = [d for d in problems(report) if d.code == "unbekanntes-feld"]
    assert [(d.position.line, d.hint) for d in unknown] == [(line, f"Meinten Sie „{meant}“?")]


def test_link_with_text_after_it_suggests_the_address(repo_copy):
    events = repo_copy / "events.yaml"
    old = "  format: online\n  url: https://www.negz.org/veranstaltungen/brown-bag\n  speakers: [henrik-oltmanns]"
    line = replace_once(events, old, old.replace("brown-bag\n", "brown-bag (Anmeldung)\n")) + 1
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", line, 8, "fehler", "unsicherer-link")]
    assert only_problem(report).hint.startswith("Meinten Sie „https://www.negz.org/veranstaltungen/brown-bag“?")
