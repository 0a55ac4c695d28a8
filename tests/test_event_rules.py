"""Rules for events.yaml: references, dates and times, safe links, places and series."""

from __future__ import annotations

import re

import pytest

from conftest import run_check
from validation_support import column_of, line_of, only_problem, problems, replace_once, validate, where

FIRST_EVENT_END = '  start: "2025-06-26 10:00"\n  end: "16:00"'


def _events(repo_copy):
    return repo_copy / "events.yaml"


# --- References to the vocabulary and to members ------------------------------------------


def test_unknown_type_suggests_the_known_one(repo_copy):
    line = replace_once(_events(repo_copy), '  type: zirkeltreffen\n  start: "2025-06-26 10:00"', '  type: zirkeltrefen\n  start: "2025-06-26 10:00"')
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", line, 9, "fehler", "unbekannte-kennung")]
    assert "Die Veranstaltungsart „zirkeltrefen“ gibt es nicht" in only_problem(report).message
    assert only_problem(report).hint == "Meinten Sie „zirkeltreffen“?"


def test_unknown_topic_suggests_the_known_one(repo_copy):
    line = replace_once(_events(repo_copy), "  topics: [prozessmanagement, interkommunale-zusammenarbeit]", "  topics: [prozessmanagement, interkommunale-zusammenarbiet]")
    _, report = validate(repo_copy)
    column = column_of(_events(repo_copy), line, "interkommunale-zusammenarbiet")
    assert where(report) == [("events.yaml", line, column, "fehler", "unbekannte-kennung")]
    assert "Das Thema „interkommunale-zusammenarbiet“ gibt es nicht" in only_problem(report).message
    assert only_problem(report).hint == "Meinten Sie „interkommunale-zusammenarbeit“?"


def test_unknown_speaker_suggests_the_member(repo_copy):
    line = replace_once(_events(repo_copy), "  speakers: [malte-hinrichsen, christina-lammers]", "  speakers: [malte-hinrichsen, christina-lamers]")
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", line, 32, "fehler", "unbekannte-kennung")]
    assert "Das Mitglied „christina-lamers“ gibt es nicht" in only_problem(report).message
    assert only_problem(report).hint == "Meinten Sie „christina-lammers“?"


def test_unknown_speaker_without_a_near_match_points_to_members_yaml(repo_copy):
    replace_once(_events(repo_copy), "  speakers: [henrik-oltmanns]", "  speakers: [gast-vom-ministerium]")
    _, report = validate(repo_copy)
    assert only_problem(report).code == "unbekannte-kennung"
    assert "members.yaml" in only_problem(report).hint


def test_duplicate_id_is_reported_at_the_second(repo_copy):
    first = line_of(_events(repo_copy), "- id: zirkeltreffen-2025-06-rendsburg")
    line = replace_once(_events(repo_copy), "- id: brown-bag-2025-11-ozg-nachnutzung", "- id: zirkeltreffen-2025-06-rendsburg")
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", line, 7, "fehler", "doppelte-kennung")]
    assert f"Die Kennung „zirkeltreffen-2025-06-rendsburg“ ist schon vergeben (Veranstaltung in Zeile {first})" in only_problem(report).message


# --- Dates and times ------------------------------------------------------------------------


def test_end_before_start(repo_copy):
    line = replace_once(_events(repo_copy), FIRST_EVENT_END, '  start: "2025-06-26 10:00"\n  end: "09:00"') + 1
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", line, 8, "fehler", "ende-vor-beginn")]
    assert "Das Ende (09:00) liegt vor dem Beginn (2025-06-26 10:00)" in only_problem(report).message


def test_end_equal_to_start(repo_copy):
    line = replace_once(_events(repo_copy), FIRST_EVENT_END, '  start: "2025-06-26 10:00"\n  end: "10:00"') + 1
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", line, 8, "fehler", "ende-vor-beginn")]
    assert "Das Ende (10:00) ist gleich dem Beginn" in only_problem(report).message


def test_multi_day_end_before_start(repo_copy):
    line = replace_once(_events(repo_copy), '  end: "2026-06-19 14:00"', '  end: "2026-06-17 14:00"')
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", line, 8, "fehler", "ende-vor-beginn")]


@pytest.mark.parametrize("written", ['"2025-02-30"', "2025-02-30"], ids=["quoted", "unquoted"])
def test_impossible_date_is_reported_on_its_own_line(repo_copy, written):
    line = replace_once(_events(repo_copy), '  start: "2027-03-11"', f"  start: {written}")
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", line, 10, "fehler", "ungueltiges-datum")]
    assert "„2025-02-30“ ist kein gültiges Kalenderdatum" in only_problem(report).message


def test_impossible_date_in_the_exceptions_of_a_series(repo_copy):
    line = replace_once(_events(repo_copy), '    except: ["2026-09-17", "2026-12-24", "2027-06-10"]', '    except: ["2026-09-17", "2026-02-30", "2027-06-10"]')
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", line, 28, "fehler", "ungueltiges-datum")]


def test_hour_25_in_start(repo_copy):
    line = replace_once(_events(repo_copy), '  start: "2025-06-26 10:00"', '  start: "2025-06-26 25:00"')
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", line, 10, "fehler", "ungueltiges-datum")]
    assert "„2025-06-26 25:00“ enthält keine gültige Uhrzeit (00:00 bis 23:59)" in only_problem(report).message


def test_hour_25_in_end(repo_copy):
    line = replace_once(_events(repo_copy), FIRST_EVENT_END, '  start: "2025-06-26 10:00"\n  end: "25:00"') + 1
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", line, 8, "fehler", "ungueltiges-datum")]
    assert "„25:00“ enthält keine gültige Uhrzeit" in only_problem(report).message


def test_year_far_off_is_refused(repo_copy):
    # Near year 9999 calendar arithmetic overflows; such a year is always a typo.
    line = replace_once(_events(repo_copy), '  start: "2027-03-11"', '  start: "9999-12-31"')
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", line, 10, "fehler", "ungueltiges-datum")]
    assert "nicht zwischen den Jahren 2000 und 2099" in only_problem(report).message


def test_unknown_time_zone_suggests_the_known_one(repo_copy):
    line = replace_once(_events(repo_copy), FIRST_EVENT_END, FIRST_EVENT_END + "\n  timezone: Europe/Berln") + 2
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", line, 13, "fehler", "unbekannte-zeitzone")]
    assert "„Europe/Berln“ ist keine bekannte Zeitzone" in only_problem(report).message
    assert only_problem(report).hint.startswith("Meinten Sie „Europe/Berlin“?")


def test_all_day_start_with_a_time_as_end(repo_copy):
    line = replace_once(_events(repo_copy), '  start: "2027-04-22"\n  end: "2027-04-23"', '  start: "2027-04-22"\n  end: "16:00"') + 1
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", line, 8, "fehler", "ende-passt-nicht")]
    assert "Eine ganztägige Veranstaltung (start ohne Uhrzeit) kann nicht mit einer Uhrzeit enden" in only_problem(report).message


def test_all_day_start_with_a_date_and_time_as_end(repo_copy):
    line = replace_once(_events(repo_copy), '  start: "2027-04-22"\n  end: "2027-04-23"', '  start: "2027-04-22"\n  end: "2027-04-23 16:00"') + 1
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", line, 8, "fehler", "ende-passt-nicht")]
    assert "eines hat eine Uhrzeit, das andere nicht" in only_problem(report).message


# --- Links --------------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["http://www.negz.org/veranstaltungen/brown-bag", "javascript:alert(1)", '"data:text/html;base64,PHNjcmlwdD4="'], ids=["http", "javascript", "data"])
def test_unsafe_url(repo_copy, url):
    line = replace_once(_events(repo_copy), '  format: online\n  url: https://www.negz.org/veranstaltungen/brown-bag\n  speakers: [henrik-oltmanns]', f"  format: online\n  url: {url}\n  speakers: [henrik-oltmanns]") + 1
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", line, 8, "fehler", "unsicherer-link")]
    assert f"„url“ muss ein vollständiger https-Link sein, nicht „{url.strip(chr(34))}“" in only_problem(report).message


def test_unsafe_links_in_a_folded_description_are_found_on_their_line(repo_copy):
    events = _events(repo_copy)
    line = replace_once(events, "    Fragen aus dem Publikum.", "    Fragen aus dem [Publikum](javascript:alert(1)), [Archiv](http://example.org) und [Bild](data:text/html,abc).")
    _, report = validate(repo_copy)
    assert where(report) == [
        ("events.yaml", line, column_of(events, line, "javascript:"), "fehler", "unsicherer-link"),
        ("events.yaml", line, column_of(events, line, "http://"), "fehler", "unsicherer-link"),
        ("events.yaml", line, column_of(events, line, "data:"), "fehler", "unsicherer-link"),
    ]
    javascript, http, data = problems(report)
    assert "„javascript:“ ist nicht erlaubt" in javascript.message
    assert "Der Link „http://example.org“ ist nicht erlaubt" in http.message
    assert http.hint == "Schreiben Sie „https://example.org“."
    assert "Der Link „data:text/html,abc“ ist nicht erlaubt" in data.message


def test_unsafe_link_in_a_quoted_text_has_its_exact_column(repo_copy):
    events = _events(repo_copy)
    line = replace_once(events, "  speakers: [henrik-oltmanns]\n", '  speakers: [henrik-oltmanns]\n  status_note: "Neue Adresse: [Anmeldung](http://example.org)"\n') + 1
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", line, column_of(events, line, "http://"), "fehler", "unsicherer-link")]


def test_https_links_in_descriptions_are_fine(repo_copy):
    replace_once(_events(repo_copy), "    Fragen aus dem Publikum.", "    Fragen aus dem Publikum ([Folien](https://www.negz.org/folien), <mailto:zirkel@negz.example>).")
    _, report = validate(repo_copy)
    assert problems(report) == []


# --- Places -------------------------------------------------------------------------------


def test_praesenz_without_location(repo_copy):
    events = _events(repo_copy)
    replace_once(events, "  format: praesenz\n  location:\n    name: Kreishaus Rendsburg\n    address: Kaiserstraße 8, 24768 Rendsburg\n    city: Rendsburg\n  speakers: [malte-hinrichsen, christina-lammers]", "  format: praesenz\n  speakers: [malte-hinrichsen, christina-lammers]")
    _, report = validate(repo_copy)
    format_line = line_of(events, "- id: zirkeltreffen-2025-06-rendsburg") + 5
    assert where(report) == [("events.yaml", format_line, 11, "fehler", "pflichtfeld-fehlt")]
    assert "Bei format: praesenz ist „location“ Pflicht und fehlt" in only_problem(report).message
    assert "Ergänzen Sie location mit name, address und city" in only_problem(report).hint


def test_hybrid_without_location(repo_copy):
    events = _events(repo_copy)
    replace_once(events, "  format: online\n  url: https://www.negz.org/veranstaltungen/brown-bag\n  speakers: [henrik-oltmanns]", "  format: hybrid\n  url: https://www.negz.org/veranstaltungen/brown-bag\n  speakers: [henrik-oltmanns]")
    _, report = validate(repo_copy)
    format_line = line_of(events, "- id: brown-bag-2025-11-ozg-nachnutzung") + 5
    assert where(report) == [("events.yaml", format_line, 11, "fehler", "pflichtfeld-fehlt")]
    assert "Bei format: hybrid ist „location“ Pflicht und fehlt" in only_problem(report).message


# --- Series -------------------------------------------------------------------------------


def test_series_ending_before_it_starts(repo_copy):
    line = replace_once(_events(repo_copy), '    until: "2027-07-01"', '    until: "2026-08-01"')
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", line, 12, "fehler", "wiederholung-endet-vor-beginn")]
    assert "Die Serie endet (2026-08-01) vor ihrem ersten Termin (2026-09-03)" in only_problem(report).message


def test_exception_not_on_the_series_is_a_warning(repo_copy):
    # The series runs every other Thursday from 3 September 2026; the 25th of December is a Friday.
    line = replace_once(_events(repo_copy), '    except: ["2026-09-17", "2026-12-24", "2027-06-10"]', '    except: ["2026-09-17", "2026-12-25", "2027-06-10"]')
    hub, report = validate(repo_copy)
    assert where(report) == [("events.yaml", line, 28, "warnung", "ausnahme-ohne-termin")]
    assert "Am 2026-12-25 findet kein Termin der Serie statt" in only_problem(report).message
    assert hub is not None  # a warning alone does not stop the site


@pytest.mark.parametrize("interval", ["0", "-3", "99999999999999999999"])
def test_interval_out_of_range_is_one_error(repo_copy, interval):
    # rrule cannot expand such a series; the check must still end with a message, not a traceback.
    line = replace_once(_events(repo_copy), "    interval: 2\n", f"    interval: {interval}\n")
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", line, 15, "fehler", "falscher-wert")]


# --- Schema: required and unknown fields --------------------------------------------------


def test_missing_required_fields(repo_copy):
    events = _events(repo_copy)
    replace_once(events, '  type: zirkeltreffen\n  start: "2025-06-26 10:00"\n  end: "16:00"\n', "")
    _, report = validate(repo_copy)
    entry = line_of(events, "- id: zirkeltreffen-2025-06-rendsburg")
    assert where(report) == [("events.yaml", entry, 3, "fehler", "pflichtfeld-fehlt")] * 2
    start, kind = problems(report)
    assert "Das Pflichtfeld „start“ fehlt (Eintrag „zirkeltreffen-2025-06-rendsburg“)" in start.message
    assert "Das Pflichtfeld „type“ fehlt (Eintrag „zirkeltreffen-2025-06-rendsburg“)" in kind.message
    assert 'start: "2026-09-17 09:30"' in start.hint


def test_misspelt_field_suggests_the_right_name(repo_copy):
    events = _events(repo_copy)
    line = replace_once(events, '  title: "Zirkeltreffen Sommer 2025', '  titel: "Zirkeltreffen Sommer 2025')
    _, report = validate(repo_copy)
    assert ("events.yaml", line, 3, "fehler", "unbekanntes-feld") in where(report)
    unknown = next(d for d in problems(report) if d.code == "unbekanntes-feld")
    assert "Unbekanntes Feld „titel“ (Eintrag „zirkeltreffen-2025-06-rendsburg“)" in unknown.message
    assert unknown.hint == "Meinten Sie „title“?"
    # The title itself is missing now, too.
    assert [d.code for d in problems(report)] == ["pflichtfeld-fehlt", "unbekanntes-feld"]


def test_unknown_format_lists_the_allowed(repo_copy):
    line = replace_once(_events(repo_copy), "  format: online\n  url: https://www.negz.org/veranstaltungen/brown-bag\n  speakers: [henrik-oltmanns]", "  format: onlien\n  url: https://www.negz.org/veranstaltungen/brown-bag\n  speakers: [henrik-oltmanns]")
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", line, 11, "fehler", "unbekannter-wert")]
    assert "„format“ hat den unbekannten Wert „onlien“" in only_problem(report).message
    assert only_problem(report).hint == "Meinten Sie „online“? Erlaubt sind: praesenz, online, hybrid."


def test_a_time_skipped_by_the_change_to_summer_time_is_an_error(repo_copy):
    events = repo_copy / "events.yaml"
    text = events.read_text(encoding="utf-8")
    text += (
        '\n- id: nachtschicht\n  title: Nachtschicht am Umstellungstag\n  type: webinar\n'
        '  start: "2027-03-28 02:30"\n  end: "03:30"\n  format: online\n'
    )
    events.write_text(text, encoding="utf-8")
    line = text[: text.index('start: "2027-03-28 02:30"')].count("\n") + 1
    result = run_check(repo_copy)
    assert result.returncode == 1
    assert f"events.yaml:{line}:10: fehler: Die Uhrzeit 02:30 gibt es am 28.03.2027 in Europe/Berlin nicht" in result.stdout
    assert "[uhrzeit-gibt-es-nicht]" in result.stdout


def _with_series(repo_copy, recurrence: str, start: str = "2026-10-20 16:00") -> tuple:
    events = repo_copy / "events.yaml"
    text = events.read_text(encoding="utf-8") + (
        "\n- id: dienstagsrunde\n  title: Dienstagsrunde\n  type: webinar\n"
        f'  start: "{start}"\n  end: "17:00"\n  format: online\n  recurrence:\n{recurrence}'
    )
    events.write_text(text, encoding="utf-8")
    return text, run_check(repo_copy)


def test_week_of_month_only_for_monthly_series(repo_copy):
    text, result = _with_series(repo_copy, "    frequency: weekly\n    week_of_month: 3\n")
    line = text.rindex("week_of_month: 3")
    line = text[:line].count("\n") + 1
    assert result.returncode == 1
    assert f"events.yaml:{line}:20: fehler: week_of_month gilt nur für monatliche Serien" in result.stdout
    assert "[wiederholung-passt-nicht]" in result.stdout


def test_week_of_month_must_match_the_start(repo_copy):
    # 2026-10-20 is the third Tuesday of October 2026, not the second.
    text, result = _with_series(repo_copy, "    frequency: monthly\n    week_of_month: 2\n")
    assert result.returncode == 1
    assert "start (2026-10-20) ist der 3. Dienstag im Monat, week_of_month verlangt den 2. Dienstag." in result.stdout
    assert "Tipp: Setzen Sie week_of_month: 3" in result.stdout


def test_last_weekday_of_the_month_is_accepted(repo_copy):
    # 2026-10-27 is the last Tuesday of October 2026.
    _, result = _with_series(repo_copy, "    frequency: monthly\n    week_of_month: -1\n", start="2026-10-27 16:00")
    assert result.returncode == 0, result.stdout


# --- Contributors' usual slips --------------------------------------------------------------


def test_time_only_end_before_the_start_suggests_the_next_day(repo_copy):
    line = replace_once(_events(repo_copy), FIRST_EVENT_END, '  start: "2025-06-26 19:00"\n  end: "01:30"') + 1
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", line, 8, "fehler", "ende-vor-beginn")]
    assert only_problem(report).hint == (
        'Eine Uhrzeit allein gilt für den Tag des Beginns. Endet die Veranstaltung erst am Folgetag, schreiben Sie end: "2025-06-27 01:30".'
    )


def test_details_of_a_members_only_event_are_named_as_readable_in_the_repository(repo_copy):
    events = _events(repo_copy)
    replace_once(events, "  title: Sprechertreffen des CDO-Zirkels\n", "  title: Sprechertreffen des CDO-Zirkels\n  url: https://mitglieder.example/einwahl-4711\n  guests: [Gast Beispiel]\n")
    _, report = validate(repo_copy)
    assert where(report) == [
        ("events.yaml", line_of(events, "  url: https://mitglieder.example/einwahl-4711"), 3, "warnung", "interne-angabe"),
        ("events.yaml", line_of(events, "  guests: [Gast Beispiel]"), 3, "warnung", "interne-angabe"),
    ]
    assert "zeigt die Website den Link (url) nicht; im öffentlichen Repository wäre die Angabe trotzdem lesbar" in problems(report)[0].message


def test_markup_in_a_plain_text_title_is_a_warning_at_the_markup(repo_copy):
    events = _events(repo_copy)
    line = replace_once(events, '  title: "Zirkeltreffen Sommer 2025: Prozessmanagement in der Praxis"', '  title: "Zirkeltreffen Sommer 2025: **Prozessmanagement** in der Praxis"')
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", line, column_of(events, line, "**"), "warnung", "auszeichnung-in-text")]
    assert only_problem(report).message == "„title“ ist reiner Text: „**Prozessmanagement**“ erschiene so auf der Seite."
    assert only_problem(report).hint == "Entfernen Sie die Auszeichnung; Hervorhebungen und Links sind nur in description möglich."


def test_markup_in_a_description_is_fine(repo_copy):
    replace_once(_events(repo_copy), "    mit Prozessverantwortlichen in den Fachämtern,", "    mit **Prozessverantwortlichen** in den <em>Fachämtern</em>,")
    _, report = validate(repo_copy)
    assert where(report) == []


def test_bare_http_address_in_a_quoted_description_is_reported_once_without_the_quote(repo_copy):
    events = _events(repo_copy)
    text = events.read_text(encoding="utf-8")
    quoted = '  description: "Unterlagen unter http://kreis.example/unterlagen."\n'
    events.write_text(re.sub(r"  description: >-\n(    .*\n)+", quoted, text, count=1), encoding="utf-8")
    line = line_of(events, quoted.strip())
    _, report = validate(repo_copy)
    found = [d for d in problems(report) if d.code == "unsicherer-link"]
    assert [(d.position.line, d.position.column) for d in found] == [(line, column_of(events, line, "http://"))]
    assert found[0].message == "Der Link „http://kreis.example/unterlagen“ ist nicht erlaubt: nur https-Links (oder mailto:) und Verweise innerhalb des Hubs."


def test_monthly_series_on_the_31st_warns_that_it_skips_months(repo_copy):
    events = _events(repo_copy)
    text = events.read_text(encoding="utf-8")
    events.write_text(
        text + '\n- id: monatsabschluss\n  title: Monatsabschluss\n  type: webinar\n  start: "2027-01-31 10:00"\n  end: "10:30"\n'
        '  format: online\n  recurrence:\n    frequency: monthly\n    until: "2027-12-31"\n',
        encoding="utf-8",
    )
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", line_of(events, '  start: "2027-01-31 10:00"'), 10, "warnung", "serie-mit-luecken")]
    assert only_problem(report).message == "Eine monatliche Serie am 31. fällt in jedem Monat ohne 31. Tag aus."


def test_copied_event_with_a_new_id_only_is_a_warning(repo_copy):
    events = _events(repo_copy)
    text = events.read_text(encoding="utf-8")
    first = text[text.index("- id: zirkeltreffen-2025-06-rendsburg"): text.index("- id: brown-bag-2025-11-ozg-nachnutzung")]
    events.write_text(text + "\n" + first.replace("zirkeltreffen-2025-06-rendsburg", "zirkeltreffen-2026-06-rendsburg"), encoding="utf-8")
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", line_of(events, "- id: zirkeltreffen-2026-06-rendsburg"), 3, "warnung", "doppelter-eintrag")]


@pytest.mark.parametrize(
    ("file", "old", "new"),
    [
        ("events.yaml", "- id: brown-bag-2025-11-ozg-nachnutzung", "- id: kalender"),
        ("events.yaml", "- id: brown-bag-2025-11-ozg-nachnutzung", "- id: index"),
        ("members.yaml", "- id: malte-hinrichsen\n", "- id: index\n"),
        ("vokabular.yaml", "topics:\n  - id: low-code\n", "topics:\n  - id: index\n"),
    ],
    ids=["termin-kalender", "termin-index", "mitglied-index", "thema-index"],
)
def test_ids_that_would_take_an_overview_or_the_feed_are_refused(repo_copy, file, old, new):
    line = replace_once(repo_copy / file, old, new) + old.rstrip("\n").count("\n")  # the line of the id
    _, report = validate(repo_copy)
    reserved = [d for d in problems(report) if d.code == "kennung-reserviert"]
    assert [(d.position.file, d.position.line) for d in reserved] == [(file, line)]
    assert "unter dieser Adresse steht schon eine Übersicht oder der Kalender" in reserved[0].message


def test_guide_named_index_is_refused(repo_copy):
    guides = repo_copy / "handreichungen"
    (guides / "index.md").write_text((guides / "low-code-einsetzen.md").read_text(encoding="utf-8").replace("Was brauche ich, um Low Code", "Übersicht: Low Code"), encoding="utf-8")
    _, report = validate(repo_copy)
    assert ("handreichungen/index.md", 1, 1, "fehler", "dateiname-vergeben") in where(report)
