"""The calendar at two different moments: upcoming and past, series across the change to summer time, German dates, zones."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from content_helpers import MONTHS, ends_at, german_clock, german_day, german_when, is_all_day, local_end, local_start, occurrence_starts, read_content
from html_helpers import Page, load_page
from conftest import FIXED_NOW, NEW_YORK_EVENT, copy_repo, run_build

BERLIN = ZoneInfo("Europe/Berlin")
SPRING_NOW = datetime(2027, 3, 1, 12, 0, tzinfo=BERLIN)  # a Monday, four weeks before summer time begins
HORIZON = timedelta(days=365)
SERIES = "sprechertreffen"  # members only, every two weeks on Thursday at 08:30
CANCELLED = "brown-bag-2027-01-barrierefreiheit"
ADDED_EVENTS = NEW_YORK_EVENT + """
- id: grenzfall-endet-jetzt
  title: "Grenzfall: endet genau zum Stand der Seite"
  type: webinar
  start: "2027-03-01 10:00"
  end: "12:00"
  format: online
  topics: [daten]

- id: grenzfall-laeuft-noch
  title: "Grenzfall: läuft zum Stand der Seite noch"
  type: webinar
  start: "2027-03-01 11:00"
  end: "12:01"
  format: online
  topics: [daten]
"""


@pytest.fixture(scope="module")
def spring_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy with an event in New York and two around „now“, built on 1 March 2027."""
    root = copy_repo(tmp_path_factory.mktemp("spring"))
    events = root / "events.yaml"
    events.write_text(events.read_text(encoding="utf-8") + ADDED_EVENTS, encoding="utf-8")
    result = run_build(root, epoch=str(int(SPRING_NOW.timestamp())))
    assert result.returncode == 0, result.output
    return result.site


@pytest.fixture(scope="module", params=["winter", "spring"])
def moment(request: pytest.FixtureRequest) -> dict:
    """The shipped site on 27 November 2026 and the extended copy on 1 March 2027."""
    if request.param == "winter":
        site, now = request.getfixturevalue("built_site"), FIXED_NOW
    else:
        site, now = request.getfixturevalue("spring_site"), SPRING_NOW
    content = read_content(site.parent)
    return {"site": site, "now": now, "content": content, "calendar": load_page(site, "veranstaltungen/"), "data": _open_data(site)}


# --- upcoming and past -------------------------------------------------------------------------


def test_single_events_are_upcoming_until_they_end_then_archived(moment):
    now, calendar = moment["now"], moment["calendar"]
    single = [e for e in moment["content"].events if "recurrence" not in e]
    series = {e["id"] for e in moment["content"].events if "recurrence" in e}
    upcoming, archived = _cards(calendar, "kommende-termine"), _cards(calendar, "archiv")
    assert {i for i, _ in upcoming if i not in series} == {e["id"] for e in single if ends_at(e) > now}
    assert {i for i, _ in archived if i not in series} == {e["id"] for e in single if ends_at(e) <= now}
    for event in single:
        card = dict(upcoming + archived)[event["id"]]
        assert datetime.fromisoformat(card.attrs["data-ende"]) == ends_at(event), event["id"]


def test_an_event_ending_exactly_now_is_past_and_one_ending_a_minute_later_is_not(spring_site):
    calendar = load_page(spring_site, "veranstaltungen/")
    upcoming, archived = dict(_cards(calendar, "kommende-termine")), dict(_cards(calendar, "archiv"))
    assert "grenzfall-endet-jetzt" in archived and "grenzfall-endet-jetzt" not in upcoming
    assert "grenzfall-laeuft-noch" in upcoming and "grenzfall-laeuft-noch" not in archived
    assert datetime.fromisoformat(archived["grenzfall-endet-jetzt"].attrs["data-ende"]) == SPRING_NOW


def test_upcoming_dates_are_in_order_and_grouped_by_german_month(moment):
    months = [h.text for h in moment["calendar"].article.find("div", id="kommende-termine").find_all("h3")]
    starts = [datetime.fromisoformat(card.find("time").attrs["datetime"]) for _, card in _cards(moment["calendar"], "kommende-termine")]
    assert starts == sorted(starts)
    assert months == list(dict.fromkeys(f"{MONTHS[s.month - 1]} {s.year}" for s in starts))


def test_series_shows_its_next_three_dates_and_its_latest_past_date(moment):
    event = moment["content"].event(SERIES)
    coming, gone = _series_dates(event, moment["now"])
    upcoming = [datetime.fromisoformat(card.find("time").attrs["datetime"]) for i, card in _cards(moment["calendar"], "kommende-termine") if i == SERIES]
    archived = [datetime.fromisoformat(card.find("time").attrs["datetime"]) for i, card in _cards(moment["calendar"], "archiv") if i == SERIES]
    assert upcoming == coming[:3]
    assert archived == gone[-1:]


# --- the fortnightly series --------------------------------------------------------------------


def test_series_page_lists_coming_dates_without_exceptions_at_830_across_the_change_of_time(moment):
    event = moment["content"].event(SERIES)
    page = load_page(moment["site"], f"veranstaltungen/{SERIES}/")
    items = page.article.find("ul", cls="hub-occurrences").find_all("li")
    listed = [datetime.fromisoformat(li.find("time").attrs["datetime"]) for li in items]
    coming, _ = _series_dates(event, moment["now"])
    assert listed == coming and listed, "the page lists exactly the coming dates"
    assert [li.attrs["id"] for li in items] == [f"termin-{d.date().isoformat()}" for d in coming]
    skipped = {date.fromisoformat(d) for d in event["recurrence"]["except"]}
    assert not {d.date() for d in listed} & skipped
    assert {(d.hour, d.minute) for d in listed} == {(8, 30)}
    for start in listed:
        # Summer time in the EU begins on the last Sunday of March: 28 March 2027.
        expected_offset = "+02:00" if start.date() >= date(2027, 3, 28) else "+01:00"
        assert start.isoformat().endswith(expected_offset), start
    assert {d.isoformat()[-6:] for d in listed} == {"+01:00", "+02:00"}, "the dates cross the change to summer time"
    assert [li.find("time").text for li in items] == [german_when(s.replace(tzinfo=None), s.replace(tzinfo=None) + timedelta(minutes=45)) for s in listed]


def test_winter_series_page_leaves_out_christmas_eve(built_site):
    ids = {li.attrs["id"] for li in load_page(built_site, f"veranstaltungen/{SERIES}/").article.find_all("li")}
    assert {"termin-2026-12-10", "termin-2027-01-07"} <= ids
    assert "termin-2026-12-24" not in ids and "termin-2027-06-10" not in ids


# --- status ------------------------------------------------------------------------------------


def test_cancelled_event_stays_visible_and_is_marked(moment):
    event = moment["content"].event(CANCELLED)
    section = "kommende-termine" if ends_at(event) > moment["now"] else "archiv"
    card = dict(_cards(moment["calendar"], section))[CANCELLED]
    assert "hub-event--abgesagt" in card.classes
    assert card.find("strong", cls="hub-badge--abgesagt").text == "Abgesagt"
    page = load_page(moment["site"], f"veranstaltungen/{CANCELLED}/")
    titles = [a.find("p", cls="admonition-title").text for a in page.article.find_all("div", cls="admonition")]
    assert "Abgesagt" in titles
    assert event["status_note"] in page.article.text
    assert event["url"] not in [a.attrs.get("href") for a in page.article.find_all("a")], "no registration for a cancelled event"
    assert _event_record(moment["data"], CANCELLED)["status"] == "abgesagt"


# --- German dates and time zones ---------------------------------------------------------------


def test_dates_are_written_in_german(moment):
    calendar, now = moment["calendar"], moment["now"]
    assert f"Stand der Seite: {german_day(now)}, {german_clock(now)} Uhr." in calendar.article.text
    cards = dict(_cards(calendar, "kommende-termine") + _cards(calendar, "archiv"))
    for event in moment["content"].events:
        if "recurrence" in event:
            continue
        expected = german_when(local_start(event), local_end(event))
        facts = load_page(moment["site"], f"veranstaltungen/{event['id']}/").article.find("div", cls="hub-facts").find("time")
        # The event page names the zone of timed events („(MEZ)“); a whole day needs none.
        assert facts.text == expected if is_all_day(event) else facts.text.startswith(expected + " "), (event["id"], facts.text, expected)
        listed = cards[event["id"]].find("time").text
        assert listed == expected if event.get("timezone", "Europe/Berlin") == "Europe/Berlin" else listed.startswith(expected + " "), event["id"]
        assert ("Uhr" in expected) != is_all_day(event)


def test_all_day_events_over_several_days_say_until_and_all_day(moment):
    several_days = [e for e in moment["content"].events if is_all_day(e) and e.get("end", e["start"]) != e["start"]]
    assert several_days
    for event in several_days:
        text = load_page(moment["site"], f"veranstaltungen/{event['id']}/").article.find("div", cls="hub-facts").find("time").text
        start, end = local_start(event), local_end(event)
        assert text == f"{german_day(start)} bis {german_day(end)} (ganztägig)"


def test_event_in_another_time_zone_shows_its_zone(spring_site):
    event_id, start = "austausch-new-york-2027", "2027-03-03T10:00:00-05:00"
    facts = load_page(spring_site, f"veranstaltungen/{event_id}/").article.find("div", cls="hub-facts").find("time")
    assert facts.attrs["datetime"] == start
    # Readers are in Germany: the local time comes with the same span in German time.
    expected = "Mittwoch, 3. März 2027, 10:00–\u206011:00 Uhr Ortszeit New York (in Deutschland 16:00–\u206017:00 Uhr MEZ)"
    assert facts.text == expected
    card = dict(_cards(load_page(spring_site, "veranstaltungen/"), "kommende-termine"))[event_id].find("time")
    assert card.attrs["datetime"] == start and card.text == expected
    record = _event_record(_open_data(spring_site), event_id)
    assert record["timezone"] == "America/New_York"
    assert [datetime.fromisoformat(o["start"]) for o in record["upcoming"]] == [datetime.fromisoformat(start)]


# --- open data agrees with the pages -----------------------------------------------------------


def test_open_data_lists_the_same_upcoming_dates_as_the_pages(moment):
    site, now = moment["site"], moment["now"]
    upcoming_cards = _cards(moment["calendar"], "kommende-termine")
    for event in moment["content"].events:
        record = _event_record(moment["data"], event["id"])
        starts = [datetime.fromisoformat(o["start"]) for o in record["upcoming"]]
        ends = [datetime.fromisoformat(o["end"]) for o in record["upcoming"]]
        in_calendar = [datetime.fromisoformat(card.find("time").attrs["datetime"]) for i, card in upcoming_cards if i == event["id"]]
        if "recurrence" in event:
            page = load_page(site, f"veranstaltungen/{event['id']}/")
            listed = [datetime.fromisoformat(t.attrs["datetime"]) for t in page.article.find("ul", cls="hub-occurrences").find_all("time")] if starts else []
            assert starts == listed, event["id"]
            assert in_calendar == starts[:3], event["id"]
        else:
            expected = [_aware_start(event)] if ends_at(event) > now else []
            assert starts == in_calendar == expected, event["id"]
        assert all(e > now for e in ends), event["id"]


# --- helpers -----------------------------------------------------------------------------------


def _cards(calendar: Page, section_id: str) -> list[tuple[str, object]]:
    """(event id, card) for each event card in the upcoming or archive part of the calendar."""
    section = calendar.article.find("div", id=section_id)
    result = []
    for card in section.find_all("div", cls="hub-event"):
        link = calendar.links(card.find("h4"))[0]
        result.append((link.removeprefix("veranstaltungen/").strip("/"), card))
    return result


def _series_dates(event: dict, now: datetime) -> tuple[list[datetime], list[datetime]]:
    """Aware starts of a timed series within a year from now: those not yet over, and those over."""
    zone = ZoneInfo(event.get("timezone", "Europe/Berlin"))
    starts = [s.replace(tzinfo=zone) for s in occurrence_starts(event, (now + HORIZON).date()) if s.replace(tzinfo=zone) < now + HORIZON]
    coming = [s for s in starts if ends_at(event, s.replace(tzinfo=None)) > now]
    gone = [s for s in starts if ends_at(event, s.replace(tzinfo=None)) <= now]
    return coming, gone


def _aware_start(event: dict) -> datetime:
    start = local_start(event)
    start = start if isinstance(start, datetime) else datetime.combine(start, datetime.min.time())
    return start.replace(tzinfo=ZoneInfo(event.get("timezone", "Europe/Berlin")))


def _open_data(site: Path) -> dict:
    return json.loads((site / "daten" / "veranstaltungen.json").read_text(encoding="utf-8"))


def _event_record(data: dict, event_id: str) -> dict:
    return next(e for e in data["events"] if e["id"] == event_id)
