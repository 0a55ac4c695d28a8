"""Rules for events.yaml: references, dates and times, safe links, places and series."""

from __future__ import annotations

import pytest
import yaml

from conftest import run_check
from fixture_edits import Raw, add_entry, append_text, edit_entry, entry, key_position, position, read_guide, rename_field, write_guide
from validation_support import column_of, only_problem, problems, validate, where

RENDSBURG = "zirkeltreffen-2025-06-rendsburg"   # on site, 2025-06-26 10:00–16:00, two speakers, two topics
BROWN_BAG = "brown-bag-2025-11-ozg-nachnutzung"  # online with a link, one speaker
MULTI_DAY = "jahrestreffen-2026"                 # 2026-06-18 10:00 to 2026-06-19 14:00
ALL_DAY = "werkstatttag-prozessmanagement-2027"  # all-day
KLAUSUR = "klausur-sprecherteam-2027"            # all-day over two days
SERIES = "sprechertreffen"                       # members only, every other Thursday from 2026-09-03


def _events(repo_copy):
    return repo_copy / "events.yaml"


def _series(repo_copy) -> dict:
    return entry(_events(repo_copy), SERIES)["recurrence"]


# --- References to the vocabulary and to members ------------------------------------------


def test_unknown_type_suggests_the_known_one(repo_copy):
    edit_entry(_events(repo_copy), RENDSBURG, type="zirkeltrefen")
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", *position(_events(repo_copy), RENDSBURG, "type"), "fehler", "unbekannte-kennung")]
    assert "Die Veranstaltungsart „zirkeltrefen“ gibt es nicht" in only_problem(report).message
    assert only_problem(report).hint == "Meinten Sie „zirkeltreffen“?"


def test_unknown_topic_suggests_the_known_one(repo_copy):
    edit_entry(_events(repo_copy), RENDSBURG, topics=["prozessmanagement", "interkommunale-zusammenarbiet"])
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", *position(_events(repo_copy), RENDSBURG, "topics", 1), "fehler", "unbekannte-kennung")]
    assert "Das Thema „interkommunale-zusammenarbiet“ gibt es nicht" in only_problem(report).message
    assert only_problem(report).hint == "Meinten Sie „interkommunale-zusammenarbeit“?"


def test_unknown_speaker_suggests_the_member(repo_copy):
    edit_entry(_events(repo_copy), RENDSBURG, speakers=["malte-hinrichsen", "christina-lamers"])
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", *position(_events(repo_copy), RENDSBURG, "speakers", 1), "fehler", "unbekannte-kennung")]
    assert "Das Mitglied „christina-lamers“ gibt es nicht" in only_problem(report).message
    assert only_problem(report).hint == "Meinten Sie „christina-lammers“?"


def test_unknown_speaker_without_a_near_match_points_to_members_yaml(repo_copy):
    edit_entry(_events(repo_copy), BROWN_BAG, speakers=["gast-vom-ministerium"])
    _, report = validate(repo_copy)
    assert only_problem(report).code == "unbekannte-kennung"
    assert "members.yaml" in only_problem(report).hint


def test_duplicate_id_is_reported_at_the_second(repo_copy):
    events = _events(repo_copy)
    edit_entry(events, BROWN_BAG, id=RENDSBURG)
    first, second = [e for e in yaml.compose(events.read_text(encoding="utf-8")).value if _id(e) == RENDSBURG]
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", second.value[0][1].start_mark.line + 1, 7, "fehler", "doppelte-kennung")]
    assert f"Die Kennung „{RENDSBURG}“ ist schon vergeben (Veranstaltung in Zeile {first.start_mark.line + 1})" in only_problem(report).message


def _id(node) -> str:
    return next(value.value for key, value in node.value if key.value == "id")


# --- Dates and times ------------------------------------------------------------------------


def _end_error(repo_copy, event_id: str, **changes) -> tuple:
    edit_entry(_events(repo_copy), event_id, **changes)
    _, report = validate(repo_copy)
    return report, position(_events(repo_copy), event_id, "end")


def test_end_before_start(repo_copy):
    report, (line, column) = _end_error(repo_copy, RENDSBURG, start="2025-06-26 10:00", end="09:00")
    assert where(report) == [("events.yaml", line, column, "fehler", "ende-vor-beginn")] and column == 8
    assert "Das Ende (09:00) liegt vor dem Beginn (2025-06-26 10:00)" in only_problem(report).message


def test_end_equal_to_start(repo_copy):
    report, (line, column) = _end_error(repo_copy, RENDSBURG, start="2025-06-26 10:00", end="10:00")
    assert where(report) == [("events.yaml", line, column, "fehler", "ende-vor-beginn")]
    assert "Das Ende (10:00) ist gleich dem Beginn" in only_problem(report).message


def test_multi_day_end_before_start(repo_copy):
    report, (line, column) = _end_error(repo_copy, MULTI_DAY, start="2026-06-18 10:00", end="2026-06-17 14:00")
    assert where(report) == [("events.yaml", line, column, "fehler", "ende-vor-beginn")]


@pytest.mark.parametrize("written", ["2025-02-30", Raw("2025-02-30")], ids=["quoted", "unquoted"])
def test_impossible_date_is_reported_on_its_own_line(repo_copy, written):
    edit_entry(_events(repo_copy), ALL_DAY, start=written, end=None)
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", *position(_events(repo_copy), ALL_DAY, "start"), "fehler", "ungueltiges-datum")]
    assert "„2025-02-30“ ist kein gültiges Kalenderdatum" in only_problem(report).message


def test_impossible_date_in_the_exceptions_of_a_series(repo_copy):
    recurrence = _series(repo_copy) | {"except": ["2026-09-17", "2026-02-30", "2027-06-10"]}
    edit_entry(_events(repo_copy), SERIES, recurrence=recurrence)
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", *position(_events(repo_copy), SERIES, "recurrence", "except", 1), "fehler", "ungueltiges-datum")]


def test_hour_25_in_start(repo_copy):
    edit_entry(_events(repo_copy), RENDSBURG, start="2025-06-26 25:00")
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", *position(_events(repo_copy), RENDSBURG, "start"), "fehler", "ungueltiges-datum")]
    assert "„2025-06-26 25:00“ enthält keine gültige Uhrzeit (00:00 bis 23:59)" in only_problem(report).message


def test_hour_25_in_end(repo_copy):
    report, (line, column) = _end_error(repo_copy, RENDSBURG, end="25:00")
    assert where(report) == [("events.yaml", line, column, "fehler", "ungueltiges-datum")]
    assert "„25:00“ enthält keine gültige Uhrzeit" in only_problem(report).message


def test_year_far_off_is_refused(repo_copy):
    # Near year 9999 calendar arithmetic overflows; such a year is always a typo.
    edit_entry(_events(repo_copy), ALL_DAY, start="9999-12-31", end=None)
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", *position(_events(repo_copy), ALL_DAY, "start"), "fehler", "ungueltiges-datum")]
    assert "nicht zwischen den Jahren 2000 und 2099" in only_problem(report).message


def test_unknown_time_zone_suggests_the_known_one(repo_copy):
    edit_entry(_events(repo_copy), RENDSBURG, timezone="Europe/Berln")
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", *position(_events(repo_copy), RENDSBURG, "timezone"), "fehler", "unbekannte-zeitzone")]
    assert "„Europe/Berln“ ist keine bekannte Zeitzone" in only_problem(report).message
    assert only_problem(report).hint.startswith("Meinten Sie „Europe/Berlin“?")


def test_all_day_start_with_a_time_as_end(repo_copy):
    report, position_of_end = _end_error(repo_copy, KLAUSUR, start="2027-04-22", end="16:00")
    assert where(report) == [("events.yaml", *position_of_end, "fehler", "ende-passt-nicht")]
    assert "Eine ganztägige Veranstaltung (start ohne Uhrzeit) kann nicht mit einer Uhrzeit enden" in only_problem(report).message


def test_all_day_start_with_a_date_and_time_as_end(repo_copy):
    report, position_of_end = _end_error(repo_copy, KLAUSUR, start="2027-04-22", end="2027-04-23 16:00")
    assert where(report) == [("events.yaml", *position_of_end, "fehler", "ende-passt-nicht")]
    assert "eines hat eine Uhrzeit, das andere nicht" in only_problem(report).message


# --- Links --------------------------------------------------------------------------------

# A whole online event whose description is folded over lines, written by the test so that columns are its own.
FOLDED = """- id: impuls-mit-links
  title: Impuls mit Links
  type: webinar
  start: "2027-05-06 12:00"
  end: "12:45"
  format: online
  description: >-
    Ein kurzer Impuls und danach
    Fragen aus dem {links}.
"""


@pytest.mark.parametrize("url", ["http://www.negz.org/veranstaltungen/brown-bag", Raw("javascript:alert(1)"), "data:text/html;base64,PHNjcmlwdD4="], ids=["http", "javascript", "data"])
def test_unsafe_url(repo_copy, url):
    edit_entry(_events(repo_copy), BROWN_BAG, url=url)
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", *position(_events(repo_copy), BROWN_BAG, "url"), "fehler", "unsicherer-link")]
    assert f"„url“ muss ein vollständiger https-Link sein, nicht „{url}“" in only_problem(report).message


def test_unsafe_links_in_a_folded_description_are_found_on_their_line(repo_copy):
    events = _events(repo_copy)
    first = append_text(events, FOLDED.format(links="[Publikum](javascript:alert(1)), [Archiv](http://example.org) und [Bild](data:text/html,abc)"))
    line = first + FOLDED.count("\n") - 1  # the last line of the entry
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
    assert "„data:“ ist nicht erlaubt (in „data:text/html,abc“)" in data.message


def test_unsafe_link_in_a_quoted_text_has_its_exact_column(repo_copy):
    events = _events(repo_copy)
    edit_entry(events, BROWN_BAG, status_note="Neue Adresse: [Anmeldung](http://example.org)")
    line, _ = position(events, BROWN_BAG, "status_note")
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", line, column_of(events, line, "http://"), "fehler", "unsicherer-link")]


def test_https_links_in_descriptions_are_fine(repo_copy):
    append_text(_events(repo_copy), FOLDED.format(links="Publikum ([Folien](https://www.negz.org/folien), <mailto:zirkel@negz.example>)"))
    _, report = validate(repo_copy)
    assert problems(report) == []


# --- Places -------------------------------------------------------------------------------


def test_praesenz_without_location(repo_copy):
    edit_entry(_events(repo_copy), RENDSBURG, format="praesenz", location=None)
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", *position(_events(repo_copy), RENDSBURG, "format"), "fehler", "pflichtfeld-fehlt")]
    assert "Bei format: praesenz ist „location“ Pflicht und fehlt" in only_problem(report).message
    assert "Ergänzen Sie location mit name, address und city" in only_problem(report).hint


def test_hybrid_without_location(repo_copy):
    edit_entry(_events(repo_copy), BROWN_BAG, format="hybrid")
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", *position(_events(repo_copy), BROWN_BAG, "format"), "fehler", "pflichtfeld-fehlt")]
    assert "Bei format: hybrid ist „location“ Pflicht und fehlt" in only_problem(report).message


# --- Series -------------------------------------------------------------------------------


def test_series_ending_before_it_starts(repo_copy):
    edit_entry(_events(repo_copy), SERIES, start="2026-09-03 08:30", recurrence=_series(repo_copy) | {"until": "2026-08-01"})
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", *position(_events(repo_copy), SERIES, "recurrence", "until"), "fehler", "wiederholung-endet-vor-beginn")]
    assert "Die Serie endet (2026-08-01) vor ihrem ersten Termin (2026-09-03)" in only_problem(report).message


def test_exception_not_on_the_series_is_a_warning(repo_copy):
    # The series runs every other Thursday from 3 September 2026; the 25th of December is a Friday.
    recurrence = {"frequency": "weekly", "interval": 2, "until": "2027-07-01", "except": ["2026-09-17", "2026-12-25", "2027-06-10"]}
    edit_entry(_events(repo_copy), SERIES, start="2026-09-03 08:30", recurrence=recurrence)
    hub, report = validate(repo_copy)
    assert where(report) == [("events.yaml", *position(_events(repo_copy), SERIES, "recurrence", "except", 1), "warnung", "ausnahme-ohne-termin")]
    assert "Am 2026-12-25 findet kein Termin der Serie statt" in only_problem(report).message
    assert hub is not None  # a warning alone does not stop the site


@pytest.mark.parametrize("interval", ["0", "-3", "99999999999999999999"])
def test_interval_out_of_range_is_one_error(repo_copy, interval):
    # rrule cannot expand such a series; the check must still end with a message, not a traceback.
    edit_entry(_events(repo_copy), SERIES, recurrence=_series(repo_copy) | {"interval": Raw(interval)})
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", *position(_events(repo_copy), SERIES, "recurrence", "interval"), "fehler", "falscher-wert")]


# --- Schema: required and unknown fields --------------------------------------------------


def test_missing_required_fields(repo_copy):
    events = _events(repo_copy)
    edit_entry(events, RENDSBURG, type=None, start=None, end=None)
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", *position(events, RENDSBURG), "fehler", "pflichtfeld-fehlt")] * 2
    start, kind = problems(report)
    assert f"Das Pflichtfeld „start“ fehlt (Eintrag „{RENDSBURG}“)" in start.message
    assert f"Das Pflichtfeld „type“ fehlt (Eintrag „{RENDSBURG}“)" in kind.message
    assert 'start: "2026-09-17 09:30"' in start.hint


def test_misspelt_field_suggests_the_right_name(repo_copy):
    events = _events(repo_copy)
    rename_field(events, RENDSBURG, "title", "titel")
    _, report = validate(repo_copy)
    assert ("events.yaml", *key_position(events, RENDSBURG, "titel"), "fehler", "unbekanntes-feld") in where(report)
    unknown = next(d for d in problems(report) if d.code == "unbekanntes-feld")
    assert f"Unbekanntes Feld „titel“ (Eintrag „{RENDSBURG}“)" in unknown.message
    assert unknown.hint == "Meinten Sie „title“?"
    # The title itself is missing now, too.
    assert [d.code for d in problems(report)] == ["pflichtfeld-fehlt", "unbekanntes-feld"]


def test_unknown_format_lists_the_allowed(repo_copy):
    edit_entry(_events(repo_copy), BROWN_BAG, format="onlien")
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", *position(_events(repo_copy), BROWN_BAG, "format"), "fehler", "unbekannter-wert")]
    assert "„format“ hat den unbekannten Wert „onlien“" in only_problem(report).message
    assert only_problem(report).hint == "Meinten Sie „online“? Erlaubt sind: praesenz, online, hybrid."


def test_a_time_skipped_by_the_change_to_summer_time_is_an_error(repo_copy):
    events = repo_copy / "events.yaml"
    add_entry(events, {"id": "nachtschicht", "title": "Nachtschicht am Umstellungstag", "type": "webinar", "start": "2027-03-28 02:30", "end": "03:30", "format": "online"})
    line, column = position(events, "nachtschicht", "start")
    result = run_check(repo_copy)
    assert result.returncode == 1
    assert f"events.yaml:{line}:{column}: fehler: Die Uhrzeit 02:30 gibt es am 28.03.2027 in Europe/Berlin nicht" in result.stdout
    assert "[uhrzeit-gibt-es-nicht]" in result.stdout


def _with_series(repo_copy, recurrence: dict, start: str = "2026-10-20 16:00"):
    add_entry(repo_copy / "events.yaml", {"id": "dienstagsrunde", "title": "Dienstagsrunde", "type": "webinar", "start": start, "end": "17:00", "format": "online", "recurrence": recurrence})
    return run_check(repo_copy)


def test_week_of_month_only_for_monthly_series(repo_copy):
    result = _with_series(repo_copy, {"frequency": "weekly", "week_of_month": 3})
    line, column = position(repo_copy / "events.yaml", "dienstagsrunde", "recurrence", "week_of_month")
    assert result.returncode == 1
    assert f"events.yaml:{line}:{column}: fehler: week_of_month gilt nur für monatliche Serien" in result.stdout
    assert "[wiederholung-passt-nicht]" in result.stdout


def test_week_of_month_must_match_the_start(repo_copy):
    # 2026-10-20 is the third Tuesday of October 2026, not the second.
    result = _with_series(repo_copy, {"frequency": "monthly", "week_of_month": 2})
    assert result.returncode == 1
    assert "start (2026-10-20) ist der 3. Dienstag im Monat, week_of_month verlangt den 2. Dienstag." in result.stdout
    assert "Tipp: Setzen Sie week_of_month: 3" in result.stdout


def test_last_weekday_of_the_month_is_accepted(repo_copy):
    # 2026-10-27 is the last Tuesday of October 2026.
    result = _with_series(repo_copy, {"frequency": "monthly", "week_of_month": -1}, start="2026-10-27 16:00")
    assert result.returncode == 0, result.stdout


# --- Contributors' usual slips --------------------------------------------------------------


def test_time_only_end_before_the_start_suggests_the_next_day(repo_copy):
    report, position_of_end = _end_error(repo_copy, RENDSBURG, start="2025-06-26 19:00", end="01:30")
    assert where(report) == [("events.yaml", *position_of_end, "fehler", "ende-vor-beginn")]
    assert only_problem(report).hint == (
        'Eine Uhrzeit allein gilt für den Tag des Beginns. Endet die Veranstaltung erst am Folgetag, schreiben Sie end: "2025-06-27 01:30".'
    )


def test_details_of_a_members_only_event_are_named_as_readable_in_the_repository(repo_copy):
    events = _events(repo_copy)
    assert entry(events, SERIES)["visibility"] == "mitglieder"
    edit_entry(events, SERIES, url="https://mitglieder.example/einwahl-4711", guests=["Gast Beispiel"])
    _, report = validate(repo_copy)
    assert where(report) == [
        ("events.yaml", *key_position(events, SERIES, "url"), "warnung", "interne-angabe"),
        ("events.yaml", *key_position(events, SERIES, "guests"), "warnung", "interne-angabe"),
    ]
    assert "zeigt die Website den Link (url) nicht; im öffentlichen Repository wäre die Angabe trotzdem lesbar" in problems(report)[0].message


def test_markup_in_a_plain_text_title_is_a_warning_at_the_markup(repo_copy):
    events = _events(repo_copy)
    edit_entry(events, RENDSBURG, title="Zirkeltreffen Sommer 2025: **Prozessmanagement** in der Praxis")
    line, _ = position(events, RENDSBURG, "title")
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", line, column_of(events, line, "**"), "warnung", "auszeichnung-in-text")]
    assert only_problem(report).message == "„title“ ist reiner Text: „**Prozessmanagement**“ erschiene so auf der Seite."
    assert only_problem(report).hint == "Entfernen Sie die Auszeichnung; Hervorhebungen und Links sind nur in description möglich."


def test_markup_in_a_description_is_fine(repo_copy):
    append_text(_events(repo_copy), FOLDED.format(links="**Publikum** in der <em>Runde</em>"))
    _, report = validate(repo_copy)
    assert where(report) == []


def test_bare_http_address_in_a_quoted_description_is_reported_once_without_the_quote(repo_copy):
    events = _events(repo_copy)
    edit_entry(events, RENDSBURG, description="Unterlagen unter http://kreis.example/unterlagen.")
    line, _ = position(events, RENDSBURG, "description")
    _, report = validate(repo_copy)
    found = [d for d in problems(report) if d.code == "unsicherer-link"]
    assert [(d.position.line, d.position.column) for d in found] == [(line, column_of(events, line, "http://"))]
    assert found[0].message == "Der Link „http://kreis.example/unterlagen“ ist nicht erlaubt: nur https-Links (oder mailto:) und Verweise innerhalb des Hubs."


def test_monthly_series_on_the_31st_warns_that_it_skips_months(repo_copy):
    events = _events(repo_copy)
    add_entry(events, {"id": "monatsabschluss", "title": "Monatsabschluss", "type": "webinar", "start": "2027-01-31 10:00", "end": "10:30", "format": "online", "recurrence": {"frequency": "monthly", "until": "2027-12-31"}})
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", *position(events, "monatsabschluss", "start"), "warnung", "serie-mit-luecken")]
    assert only_problem(report).message == "Eine monatliche Serie am 31. fällt in jedem Monat ohne 31. Tag aus."


def test_copied_event_with_a_new_id_only_is_a_warning(repo_copy):
    events = _events(repo_copy)
    add_entry(events, entry(events, RENDSBURG) | {"id": "zirkeltreffen-2026-06-rendsburg"})
    _, report = validate(repo_copy)
    assert where(report) == [("events.yaml", *position(events, "zirkeltreffen-2026-06-rendsburg"), "warnung", "doppelter-eintrag")]


@pytest.mark.parametrize(
    ("file", "section", "old", "new"),
    [
        ("events.yaml", None, BROWN_BAG, "kalender"),
        ("events.yaml", None, BROWN_BAG, "index"),
        ("members.yaml", None, "malte-hinrichsen", "index"),
        ("vokabular.yaml", "topics", "low-code", "index"),
    ],
    ids=["termin-kalender", "termin-index", "mitglied-index", "thema-index"],
)
def test_ids_that_would_take_an_overview_or_the_feed_are_refused(repo_copy, file, section, old, new):
    edit_entry(repo_copy / file, old, section, id=new)
    line, _ = position(repo_copy / file, *((section,) if section else ()), new, "id")
    _, report = validate(repo_copy)
    reserved = [d for d in problems(report) if d.code == "kennung-reserviert"]
    assert [(d.position.file, d.position.line) for d in reserved] == [(file, line)]
    assert "unter dieser Adresse steht schon eine Übersicht oder der Kalender" in reserved[0].message


def test_guide_named_index_is_refused(repo_copy):
    guides = repo_copy / "handreichungen"
    front, body = read_guide(guides / "low-code-einsetzen.md")
    write_guide(guides / "index.md", front | {"title": "Übersicht: Low Code"}, body)
    _, report = validate(repo_copy)
    assert ("handreichungen/index.md", 1, 1, "fehler", "dateiname-vergeben") in where(report)


ALL_EXCEPTED = """
- id: ausfallende-reihe-2027
  title: Reihe, die ganz ausfällt
  type: zirkeltreffen
  start: "2027-01-07 10:00"
  format: online
  recurrence:
    frequency: weekly
    until: "2027-01-21"
    except: ["2027-01-07", "2027-01-14", "2027-01-21"]
"""


def test_series_whose_every_date_is_excepted_is_refused_at_its_exceptions(repo_copy):
    with _events(repo_copy).open("a", encoding="utf-8") as events:
        events.write(ALL_EXCEPTED)
    hub, report = validate(repo_copy)
    assert where(report) == [("events.yaml", *position(_events(repo_copy), "ausfallende-reihe-2027", "recurrence", "except"), "fehler", "serie-ohne-termin")]
    assert only_problem(report).message == "Die Serie hat keinen Termin: jeder Termin bis 2027-01-21 (until) ist als Ausnahme eingetragen."
    assert hub is None
