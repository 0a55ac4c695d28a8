"""Safe YAML: every value stays as written, traps of YAML 1.1 are caught, and problems name their line.

Each test writes the whole entry (or file) with the trap itself, so that every line and column it checks
is its own; the rest of the fixture hub stays valid around it."""

from __future__ import annotations

from datetime import datetime

import pytest

from cdo_hub.diagnostics import Report
from cdo_hub.source import yaml_source
from cdo_hub.source.yaml_source import parse_yaml
from fixture_edits import NEW_GUIDE, NEW_GUIDE_BODY, append_text, dump
from validation_support import column_of, only_problem, problems, validate, where

# A whole on-site event as a contributor writes it; tests put their trap into a copy of these lines.
EVENT = [
    "- id: probe-treffen",
    '  title: "Probetreffen: YAML im Alltag"',
    "  type: zirkeltreffen",
    '  start: "2027-05-06 10:00"',
    '  end: "16:00"',
    "  format: praesenz",
    "  location:",
    "    name: Kreishaus Probe",
    "    city: Rendsburg",
    "  topics: [prozessmanagement, interkommunale-zusammenarbeit]",
]
# A whole fortnightly series, the same way.
SERIES = [
    "- id: probe-serie",
    "  title: Probeserie",
    "  type: webinar",
    '  start: "2027-01-07 08:30"',
    '  end: "09:15"',
    "  format: online",
    "  recurrence:",
    "    frequency: weekly",
    "    interval: 2",
    '    until: "2027-07-01"',
    '    except: ["2027-02-18", "2027-04-01"]',
]
# A whole member.
MEMBER = [
    "- id: probe-mitglied",
    "  name: Paula Probe",
    "  role: Chief Digital Officer",
    "  organisation: Kreis Probe",
    "  organisation_type: landkreis",
    '  ags: "01058"',
    "  negz_member: true",
    "  consent:",
    '    date: "2026-02-12"',
    "    scope: [profil]",
]


def _append(root, name: str, lines: list[str], changes: dict[int, str | None] | None = None, extra: dict[int, list[str]] | None = None) -> int:
    """Append the whole entry `lines` to `name`, with line i replaced (or dropped for None) and lines
    added after line i; return the number of the file line on which the entry starts."""
    written = []
    for index, line in enumerate(lines):
        replaced = (changes or {}).get(index, line)
        if replaced is not None:
            written.append(replaced)
        written.extend((extra or {}).get(index, []))
    return append_text(root / name, "\n".join(written) + "\n")


# --- Duplicate keys, anchors, aliases, tags -------------------------------------------------


def test_duplicate_key_is_reported_at_the_second_and_names_the_first(repo_copy):
    first = _append(repo_copy, "events.yaml", EVENT, extra={5: ['  end: "17:00"']})  # after format
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", first + 6, 3, "fehler", "yaml-doppelter-schluessel")]
    assert f"Das Feld „end“ steht doppelt in diesem Eintrag (zuerst in Zeile {first + 4})" in only_problem(report).message


def test_duplicate_key_inside_a_section(repo_copy):
    first = _append(repo_copy, "events.yaml", EVENT, extra={8: ["    city: Kiel"]})
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", first + 9, 5, "fehler", "yaml-doppelter-schluessel")]
    assert f"„city“ steht doppelt in diesem Eintrag (zuerst in Zeile {first + 8})" in only_problem(report).message


def test_anchor_is_refused(repo_copy):
    first = _append(repo_copy, "events.yaml", EVENT, {9: "  topics: &themen [prozessmanagement, interkommunale-zusammenarbeit]"})
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", first + 9, 11, "fehler", "yaml-anker")]
    assert "Anker „&themen“ sind nicht erlaubt" in only_problem(report).message


def test_alias_is_refused_without_follow_up_errors(repo_copy):
    anchor = _append(repo_copy, "events.yaml", EVENT, {9: "  topics: &themen [prozessmanagement, interkommunale-zusammenarbeit]"}) + 9
    alias = _append(repo_copy, "events.yaml", EVENT, {0: "- id: probe-treffen-2", 1: "  title: Probetreffen mit Verweis", 9: "  topics: *themen"}) + 9
    _, report = validate(repo_copy)
    # The alias is not expanded, and the value it stands for is not reported a second time as missing.
    assert where(report) == [("events.yaml", anchor, 11, "fehler", "yaml-anker"), ("events.yaml", alias, 11, "fehler", "yaml-anker")]
    assert "Verweise mit „*themen“ (YAML-Aliase) sind nicht erlaubt" in problems(report)[1].message


def test_alias_bomb_is_refused_without_expanding_it(repo_copy):
    # "Billion laughs": nine aliases per level would expand to 9**6 values if anything walked them.
    lines = ["- &a0 [x, x, x, x, x, x, x, x, x]"] + [f"- &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, 7)]
    text = "\n".join(lines) + "\n"
    (repo_copy / "events.yaml").write_text(text, encoding="utf-8")
    _, report = validate(repo_copy)
    codes = [d.code for d in problems(report)]
    assert codes.count("yaml-anker") == 7 + 6 * 9
    # Besides: the entries are lists, not events.
    assert set(codes) == {"yaml-anker", "falscher-typ"}
    # What the reader hands on holds no more values than were written: no alias was expanded.
    document = parse_yaml(text, "events.yaml", Report())
    assert document is not None and _values_in(document.data) <= 9 + 6 * 9


def _values_in(data: object) -> int:
    if isinstance(data, dict):
        return sum(_values_in(v) for v in data.values())
    if isinstance(data, list):
        return sum(_values_in(v) for v in data)
    return 1


@pytest.mark.parametrize("tag", ["!!int", "!!str", "!python/object", "!<tag:yaml.org,2002:int>"])
def test_explicit_type_tag_is_refused_and_the_value_read_as_written(repo_copy, tag):
    first = _append(repo_copy, "events.yaml", SERIES, {8: f"    interval: {tag} 2"})
    hub, report = validate(repo_copy)
    # The value itself (2) is fine: the tag is the only problem.
    assert where(report) == [("events.yaml", first + 8, 15, "fehler", "yaml-typangabe")]
    shown = "!!int" if tag == "!<tag:yaml.org,2002:int>" else tag
    assert f"Typangaben wie „{shown}“ sind nicht erlaubt" in only_problem(report).message
    assert hub is None


def test_python_object_tag_is_refused_and_never_executed(repo_copy, tmp_path):
    marker = tmp_path / "ausgefuehrt"
    first = _append(repo_copy, "events.yaml", EVENT, extra={9: [f'  description: !!python/object/apply:os.system ["touch {marker}"]']})
    _, report = validate(repo_copy)
    assert not marker.exists()
    assert ("events.yaml", first + 10, 16, "fehler", "yaml-typangabe") in where(report)
    tag = next(d for d in problems(report) if d.code == "yaml-typangabe")
    assert "„!!python/object/apply:os.system“" in tag.message
    # The list that stood behind the tag is no text: reported too, on the same line.
    assert [d.code for d in problems(report) if d.code != "yaml-typangabe"] == ["falscher-typ"]


# --- Encoding and whitespace ----------------------------------------------------------------


def test_tab_indentation(repo_copy):
    first = _append(repo_copy, "events.yaml", EVENT, {7: "  \tname: Kreishaus Probe"})
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", first + 7, 3, "fehler", "yaml-tab")]
    assert "mit einem Tabulator eingerückt" in only_problem(report).message


def test_latin1_byte_in_a_utf8_file_is_located_in_characters(repo_copy):
    events = repo_copy / "events.yaml"
    text = events.read_text(encoding="utf-8")
    line = text.count("\n") + 1 + 8  # the city of the entry appended below
    written = "    city: Am Schölerberg, Osnabr"
    # "ö" is two bytes in UTF-8; the column counts characters, as an editor does.
    column = len(written) + 1
    before, after = "\n".join(EVENT[:8]) + "\n" + written, "\n" + "\n".join(EVENT[9:]) + "\n"
    events.write_bytes((text + before).encode("utf-8") + b"\xfcck" + after.encode("utf-8"))  # "ü" in Latin-1
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
    members.write_bytes(text.encode("cp1252", errors="replace"))  # characters like "ı" have no byte there
    _, report = validate(repo_copy)
    assert where(report) == [("members.yaml", line, column, "fehler", "datei-kodierung")]


def test_byte_order_mark_is_reported_and_the_rest_still_checked(repo_copy):
    events = repo_copy / "events.yaml"
    first = _append(repo_copy, "events.yaml", EVENT, {4: '  end: "09:00"'})
    events.write_bytes(b"\xef\xbb\xbf" + events.read_bytes())
    _, report = validate(repo_copy)
    assert where(report) == [
        ("events.yaml", 1, 1, "fehler", "datei-bom"),
        ("events.yaml", first + 4, 8, "fehler", "ende-vor-beginn"),
    ]
    assert "Byte-Order-Mark (BOM)" in problems(report)[0].message


def test_control_character_is_reported_with_its_position(repo_copy):
    first = _append(repo_copy, "events.yaml", EVENT, {7: "    name: Historisches Rathaus\x07Münster"})
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", first + 7, 31, "fehler", "datei-steuerzeichen")]
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
    # The empty file itself is accepted; only the guides' and pages' links to events that are now gone are reported.
    found = problems(report)
    assert found and {d.code for d in found} == {"link-ins-leere"}
    assert {d.position.file for d in found} <= {f"handreichungen/{p.name}" for p in (repo_copy / "handreichungen").glob("*.md")} | {"docs/mitmachen.md"}
    assert all("veranstaltungen/" in d.message for d in found)
    assert hub is None


# --- Syntax errors ----------------------------------------------------------------------------


def test_unclosed_quote_is_reported_where_it_opens(repo_copy):
    first = _append(repo_copy, "events.yaml", EVENT, {4: '  end: "16:00'})
    second = _append(repo_copy, "events.yaml", EVENT, {0: "- id: probe-treffen-2"})
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", first + 4, 8, "fehler", "yaml-syntax")]
    assert f"Das Anführungszeichen wird nicht in dieser Zeile geschlossen, sondern erst in Zeile {second + 1}" in only_problem(report).message


def _guide_text(front_lines: list[str]) -> str:
    return "---\n" + "\n".join(front_lines) + "\n---\n\n" + NEW_GUIDE_BODY


GUIDE_FRONT = dump(NEW_GUIDE).splitlines()


def test_quote_never_closed(repo_copy):
    guide = repo_copy / "handreichungen" / "probe.md"
    index = next(i for i, line in enumerate(GUIDE_FRONT) if line.startswith("license:"))
    guide.write_text(_guide_text(GUIDE_FRONT[:index] + ["license: 'CC BY 4.0"] + GUIDE_FRONT[index + 1 :]), encoding="utf-8")
    _, report = validate(repo_copy)
    assert where(report) == [("handreichungen/probe.md", index + 2, 10, "fehler", "yaml-syntax")]
    assert "Das Anführungszeichen wird nirgends geschlossen" in only_problem(report).message


def test_bad_indentation(repo_copy):
    first = _append(repo_copy, "events.yaml", EVENT, {4: '   end: "16:00"'})
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", first + 4, 4, "fehler", "yaml-syntax")]
    assert "Einrückung" in only_problem(report).message


def test_colon_in_an_unquoted_title(repo_copy):
    first = _append(repo_copy, "events.yaml", EVENT, {1: "  title: Workshop: Low Code"})
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", first + 1, 18, "fehler", "yaml-syntax")]
    assert "Doppelpunkt" in only_problem(report).message
    assert 'title: "Workshop: Low Code"' in only_problem(report).hint


def test_unclosed_bracket_is_reported_where_it_opens(repo_copy):
    first = _append(repo_copy, "events.yaml", EVENT, {9: "  topics: [prozessmanagement, interkommunale-zusammenarbeit"})
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", first + 9, 11, "fehler", "yaml-syntax")]
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


def test_oversized_file_is_refused_without_parsing(repo_copy, monkeypatch):
    events = repo_copy / "events.yaml"
    events.write_text(events.read_text(encoding="utf-8") + "#" * 5_000_000 + "\n", encoding="utf-8")
    parsed = []
    real_parse = yaml_source.parse_yaml
    monkeypatch.setattr(yaml_source, "parse_yaml", lambda text, display, *rest, **named: parsed.append(display) or real_parse(text, display, *rest, **named))
    _, report = validate(repo_copy)
    assert "events.yaml" not in parsed and parsed, parsed
    assert where(report) == [("events.yaml", 1, 1, "fehler", "datei-zu-gross")]
    assert "höchstens 2 MB" in only_problem(report).message


# --- The traps of YAML 1.1: values stay what the contributor wrote --------------------------


def test_unquoted_times_stay_times(repo_copy):
    # PyYAML's safe_load reads 17:30 as the number 1050 (base 60).
    _append(repo_copy, "events.yaml", EVENT, {3: "  start: 2027-05-06 09:30", 4: "  end: 17:30"})
    hub, report = validate(repo_copy)
    assert problems(report) == []
    event = hub.events["probe-treffen"]
    assert (event.start, event.end) == (datetime(2027, 5, 6, 9, 30), datetime(2027, 5, 6, 17, 30))


def test_unquoted_ags_keeps_its_leading_zero(repo_copy):
    # safe_load reads 01001 as the octal number 513.
    _append(repo_copy, "members.yaml", MEMBER, {5: "  ags: 01001"})
    hub, report = validate(repo_copy)
    assert problems(report) == []
    member = hub.members["probe-mitglied"]
    assert (member.ags, member.state) == ("01001", "schleswig-holstein")


def test_number_as_title_stays_text(repo_copy):
    _append(repo_copy, "events.yaml", EVENT, {1: "  title: 2030"})
    hub, report = validate(repo_copy)
    assert problems(report) == []
    assert hub.events["probe-treffen"].title == "2030"


def test_yes_as_name_stays_text(repo_copy):
    _append(repo_copy, "members.yaml", MEMBER, {1: "  name: Yes"})
    hub, report = validate(repo_copy)
    assert problems(report) == []
    assert hub.members["probe-mitglied"].name == "Yes"


def test_unquoted_dates_stay_text(repo_copy):
    _append(repo_copy, "events.yaml", SERIES, {10: "    except: [2027-02-18, 2027-04-01]"})
    hub, report = validate(repo_copy)
    assert problems(report) == []
    assert [d.isoformat() for d in hub.events["probe-serie"].recurrence.exceptions] == ["2027-02-18", "2027-04-01"]


def test_yes_is_no_boolean(repo_copy):
    members = repo_copy / "members.yaml"
    line = _append(repo_copy, "members.yaml", MEMBER, {6: "  negz_member: yes"}) + 6
    _, report = validate(repo_copy)
    assert where(report) == [("members.yaml", line, column_of(members, line, "yes"), "fehler", "falscher-typ")]
    assert "„negz_member“ muss true oder false sein, nicht „yes“" in only_problem(report).message


def test_true_and_false_are_booleans(repo_copy):
    _append(repo_copy, "members.yaml", MEMBER, {6: "  negz_member: false"})
    _append(repo_copy, "members.yaml", MEMBER, {0: "- id: probe-mitglied-2", 1: "  name: Peter Probe", 3: "  organisation: Stadt Probe"})
    hub, report = validate(repo_copy)
    assert problems(report) == []
    assert hub.members["probe-mitglied"].negz_member is False
    assert hub.members["probe-mitglied-2"].negz_member is True


def test_interval_in_words_is_an_error(repo_copy):
    first = _append(repo_copy, "events.yaml", SERIES, {8: "    interval: zwei"})
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", first + 8, 15, "fehler", "falscher-typ")]
    assert "„recurrence.interval“ muss eine ganze Zahl sein, nicht „zwei“" in only_problem(report).message


def test_interval_in_superscript_digits_is_an_error(repo_copy):
    # str.isdigit() accepts "²"; int() does not.
    first = _append(repo_copy, "events.yaml", SERIES, {8: "    interval: ²"})
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", first + 8, 15, "fehler", "falscher-typ")]


def test_interval_becomes_a_number(repo_copy):
    _append(repo_copy, "events.yaml", SERIES)
    hub, report = validate(repo_copy)
    assert problems(report) == []
    assert hub.events["probe-serie"].recurrence.interval == 2


# --- Slips that YAML would silently turn into something else --------------------------------


@pytest.mark.parametrize("written", ["", " ~", " null"], ids=["leer", "tilde", "null"])
def test_field_without_value_is_named_as_empty(repo_copy, written):
    first = _append(repo_copy, "events.yaml", EVENT, {4: f"  end:{written}"})
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", first + 4, 7 if not written else 8, "fehler", "wert-fehlt")]
    assert only_problem(report).message == "Bei „end“ fehlt der Wert (Eintrag „probe-treffen“)."


def test_hash_in_an_unquoted_title_would_cut_it_off(repo_copy):
    events = repo_copy / "events.yaml"
    line = _append(repo_copy, "events.yaml", EVENT, {1: "  title: Zirkeltreffen #3 in Rendsburg"}) + 1
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", line, column_of(events, line, "#3"), "warnung", "kommentar-im-text")]
    assert only_problem(report).message == "Der Text ab „#“ gilt in YAML als Kommentar und fehlt in „title“: „#3 in Rendsburg“."
    assert only_problem(report).hint == 'Setzen Sie den ganzen Text in Anführungszeichen, z. B. title: "Zirkeltreffen #3 in Rendsburg".'


def test_comment_after_a_number_or_an_id_is_fine(repo_copy):
    # ids and numbers have no text to lose.
    _append(repo_copy, "events.yaml", SERIES, {0: "- id: probe-serie  # Reihe 2027", 8: "    interval: 2        # alle zwei Wochen"})
    _, report = validate(repo_copy)
    assert problems(report) == []


def test_typographic_quotes_are_named(repo_copy):
    first = _append(repo_copy, "events.yaml", EVENT, {3: "  start: “2027-05-06 10:00”"})
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", first + 3, 10, "fehler", "falsches-format")]
    assert only_problem(report).hint.startswith("Meinten Sie „2027-05-06 10:00“? Typografische Anführungszeichen („ “) gelten in YAML nicht")


def test_entry_without_its_dash_is_one_message(repo_copy):
    _append(repo_copy, "events.yaml", EVENT)
    first = _append(repo_copy, "events.yaml", EVENT, {0: "  id: probe-treffen-2", 1: "  title: Zweites Probetreffen"})
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", first, 3, "fehler", "yaml-eintrag-ohne-strich")]
    assert only_problem(report).hint == "Schreiben Sie „- id: probe-treffen-2“, eingerückt wie die anderen Einträge."


@pytest.mark.parametrize(("written", "meant"), [("tags", "topics"), ("autoren", "authors"), ("Titel", "title")])
def test_field_names_from_habit_suggest_the_field(repo_copy, written, meant):
    index = next(i for i, line in enumerate(GUIDE_FRONT) if line.startswith(f"{meant}:"))
    front = GUIDE_FRONT[:index] + [written + GUIDE_FRONT[index][len(meant) :]] + GUIDE_FRONT[index + 1 :]
    (repo_copy / "handreichungen" / "probe.md").write_text(_guide_text(front), encoding="utf-8")
    _, report = validate(repo_copy)
    unknown = [d for d in problems(report) if d.code == "unbekanntes-feld"]
    assert [(d.position.line, d.hint) for d in unknown] == [(index + 2, f"Meinten Sie „{meant}“?")]


def test_link_with_text_after_it_suggests_the_address(repo_copy):
    first = _append(repo_copy, "events.yaml", EVENT, {5: "  format: online", 6: "  url: https://www.negz.org/veranstaltungen/brown-bag (Anmeldung)", 7: None, 8: None})
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", first + 6, 8, "fehler", "unsicherer-link")]
    assert only_problem(report).hint.startswith("Meinten Sie „https://www.negz.org/veranstaltungen/brown-bag“?")
