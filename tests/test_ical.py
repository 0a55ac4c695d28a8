"""iCalendar feeds that real calendar clients accept: parsed by two libraries, expanded, and compared with the pages."""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from html.parser import HTMLParser
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events
import vobject

from cdo_hub.content import ContentPaths, load_hub
from cdo_hub.publish.ical import MEMBERS_ONLY_NOTE, _plain_text, calendar_files
from cdo_hub.model.hub import Recurrence
from cdo_hub.publish.site import SiteSettings
from cdo_hub.publish.templating import make_environment
from cdo_hub.publish.view import HubView
from conftest import FIXED_NOW, NEW_YORK_EVENT, REPO, copy_repo, run_build
from fixture_edits import append_text, edit_entry, entry

SETTINGS = SiteSettings(site_url="https://cdo-zirkel.example/", site_name="CDO-Zirkel", templates_dir=REPO / "overrides" / "hub")
BERLIN = ZoneInfo("Europe/Berlin")
YEAR = timedelta(days=365)
MAIN = "veranstaltungen/kalender.ics"
MOVED = "brown-bag-2027-02-prozesswerkzeuge"  # moved by a week in `changed_site`
WHOLE_DAY_EVENT = """
- id: klausur-ganztags-2027
  title: Klausur über zwei ganze Tage
  type: zirkeltreffen
  start: "2027-05-12"
  end: "2027-05-13"
  format: praesenz
  topics: [low-code]
  description: Zwei Tage Arbeit an der Strategie.
  location:
    name: Tagungshaus
    address: Hauptstraße 1
    city: Kassel
"""
SERIES = "sprechertreffen"  # members only, every two weeks at 08:30, across the change to winter time on 2026-10-25


def _feeds(root: Path, hub_changes=None) -> tuple[HubView, dict[str, bytes]]:  # noqa: ANN001
    hub, report = load_hub(ContentPaths.at(root), FIXED_NOW)
    assert hub is not None, report.summary()
    if hub_changes:
        hub_changes(hub)
    view = HubView(hub)
    return view, {f.uri: f.content for f in calendar_files(view, SETTINGS)}


@pytest.fixture(scope="module")
def shipped(fixture_root: Path) -> tuple[HubView, dict[str, bytes]]:
    return _feeds(fixture_root)


@pytest.fixture(scope="module")
def changed_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One build of a copy in which an event moved by a week and an event in New York was added."""
    root = copy_repo(tmp_path_factory.mktemp("changed"))
    events = root / "events.yaml"
    assert entry(events, MOVED)["start"] == "2027-02-18 12:00"
    edit_entry(events, MOVED, start="2027-02-25 12:00")
    append_text(events, NEW_YORK_EVENT.lstrip("\n"))
    result = run_build(root)
    assert result.returncode == 0, result.output
    return result.site


def _calendar(raw: bytes) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(raw)


def _vevent(raw: bytes, event_id: str) -> icalendar.Event:
    matches = [e for e in _calendar(raw).walk("VEVENT") if e["UID"] == f"{event_id}@cdo-zirkel.example"]
    assert len(matches) == 1
    return matches[0]


def _local_starts(raw: bytes, event_id: str, start: datetime, end: datetime, zone: ZoneInfo = BERLIN) -> list[datetime]:
    found = [o for o in recurring_ical_events.of(_calendar(raw)).between(start, end) if o["UID"] == f"{event_id}@cdo-zirkel.example"]
    return sorted(o["DTSTART"].dt.astimezone(zone).replace(tzinfo=None) for o in found)


def _site_feeds(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*.ics"))}


# --- files and parsing ------------------------------------------------------------------------


def test_one_feed_for_all_events_one_per_event_one_per_topic_and_one_per_land(shipped):
    view, feeds = shipped
    expected = {MAIN} | {f"veranstaltungen/{e}.ics" for e in view.hub.events} | {f"themen/{t}/kalender.ics" for t in view.vocabulary.topics}
    expected |= {f"veranstaltungen/land/{s}/kalender.ics" for s in view.vocabulary.states}
    assert set(feeds) == expected
    assert len(_calendar(feeds[MAIN]).walk("VEVENT")) == len(view.hub.events)


def test_every_feed_parses_with_icalendar_and_with_vobject(shipped):
    _, feeds = shipped
    for uri, raw in feeds.items():
        by_icalendar = sorted(str(e["UID"]) for e in _calendar(raw).walk("VEVENT"))
        parsed = vobject.readOne(raw.decode("utf-8"))
        by_vobject = sorted(e.uid.value for e in parsed.contents.get("vevent", []))
        assert by_icalendar == by_vobject, uri
        assert parsed.version.value == "2.0", uri


def test_topic_without_events_gets_an_empty_but_valid_calendar(shipped, fixture_root):
    view, _ = shipped
    vocabulary = replace(view.vocabulary, topics={**view.vocabulary.topics, "quantencomputing": replace(view.vocabulary.topics["cloud"], id="quantencomputing", title="Quantencomputing")})
    _, feeds = _feeds(fixture_root, hub_changes=lambda hub: setattr(hub, "vocabulary", vocabulary))
    raw = feeds["themen/quantencomputing/kalender.ics"]
    calendar = _calendar(raw)
    assert calendar.walk("VEVENT") == []
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Berlin"]  # RFC 5545 wants one component
    assert str(vobject.readOne(raw.decode("utf-8")).contents["x-wr-calname"][0].value) == "CDO-Zirkel – Thema: Quantencomputing"


def test_feeds_spliced_from_serialised_events_are_what_icalendar_writes_for_the_whole_calendar(shipped, changed_site):
    """Each event is serialised once and spliced into every feed that holds it; the bytes must be exactly
    those icalendar writes when it serialises the parsed calendar as one piece."""
    _, feeds = shipped
    for uri, raw in [*feeds.items(), *_site_feeds(changed_site).items()]:
        assert _calendar(raw).to_ical() == raw, uri


def test_calendar_properties_name_the_feed_in_german(shipped):
    _, feeds = shipped
    for uri, name in [(MAIN, "CDO-Zirkel – Veranstaltungen"), ("themen/low-code/kalender.ics", "CDO-Zirkel – Thema: Low Code")]:
        raw = feeds[uri]
        calendar = vobject.readOne(raw.decode("utf-8"))
        values = {key: calendar.contents[key][0].value for key in ("version", "prodid", "calscale", "method", "name", "x-wr-calname", "x-wr-timezone", "x-published-ttl", "url", "description")}
        assert values["version"] == "2.0" and values["prodid"].startswith("-//CDO-Zirkel//")
        assert (values["calscale"], values["method"]) == ("GREGORIAN", "PUBLISH")
        assert values["name"] == values["x-wr-calname"] == name
        assert (values["x-wr-timezone"], values["x-published-ttl"]) == ("Europe/Berlin", "PT12H")
        assert values["url"] == "https://cdo-zirkel.example/" + ("veranstaltungen/" if uri == MAIN else "themen/low-code/")
        assert values["description"]
        assert b"\r\nREFRESH-INTERVAL;VALUE=DURATION:PT12H\r\n" in raw


def test_names_with_commas_are_escaped_text(shipped):
    _, feeds = shipped
    raw = feeds["veranstaltungen/zirkeltreffen-2026-04-muenster.ics"]
    assert "X-WR-CALNAME:CDO-Zirkel – Zirkeltreffen Frühjahr 2026: Daten nutzen\\, Fachbereiche".encode() in raw.replace(b"\r\n ", b"")
    parsed = vobject.readOne(raw.decode("utf-8"))
    assert parsed.contents["x-wr-calname"][0].value.endswith("Daten nutzen, Fachbereiche befähigen")


# --- identity and reproducibility -------------------------------------------------------------


def test_uid_derives_from_event_id_and_domain_and_series_share_one(shipped):
    view, feeds = shipped
    uids = [str(e["UID"]) for e in _calendar(feeds[MAIN]).walk("VEVENT")]
    assert sorted(uids) == sorted(f"{e}@cdo-zirkel.example" for e in view.hub.events)
    assert all(o["UID"] == f"{SERIES}@cdo-zirkel.example" for o in recurring_ical_events.of(_calendar(feeds[MAIN])).between(FIXED_NOW, FIXED_NOW + YEAR) if "Sprechertreffen" in o["SUMMARY"])


def test_dtstamp_is_the_build_time_and_nothing_depends_on_the_wall_clock(shipped):
    _, feeds = shipped
    stamps = {e["DTSTAMP"].dt for e in _calendar(feeds[MAIN]).walk("VEVENT")}
    assert stamps == {FIXED_NOW.astimezone(ZoneInfo("UTC"))}
    assert b"CREATED" not in feeds[MAIN] and b"LAST-MODIFIED" not in feeds[MAIN]
    assert all(e["SEQUENCE"] == 0 for e in _calendar(feeds[MAIN]).walk("VEVENT"))


def test_two_builds_give_byte_identical_feeds(built_site, tmp_path, shipped):
    second = run_build(copy_repo(tmp_path / "again"), extra_env={"PYTHONHASHSEED": "12345"})
    assert second.returncode == 0, second.output
    first_feeds, second_feeds = _site_feeds(built_site), _site_feeds(second.site)
    assert first_feeds == second_feeds
    assert first_feeds == shipped[1]  # the built site serves exactly what calendar_files returns


def test_moved_event_keeps_its_uid(built_site, changed_site):
    before = _vevent((built_site / MAIN).read_bytes(), "brown-bag-2027-02-prozesswerkzeuge")
    after = _vevent((changed_site / MAIN).read_bytes(), "brown-bag-2027-02-prozesswerkzeuge")
    assert before["UID"] == after["UID"]
    assert (before["DTSTART"].dt.date(), after["DTSTART"].dt.date()) == (date(2027, 2, 18), date(2027, 2, 25))
    assert after["UID"] == _vevent((changed_site / "veranstaltungen/brown-bag-2027-02-prozesswerkzeuge.ics").read_bytes(), "brown-bag-2027-02-prozesswerkzeuge")["UID"]


# --- times, series and time zones -------------------------------------------------------------


def test_recurring_events_expand_to_exactly_the_upcoming_dates_of_the_view(shipped):
    view, feeds = shipped
    series = [e for e in view.hub.events.values() if e.recurrence]
    assert len(series) >= 2
    for event in series:
        expected = [o.start for o in view.upcoming_of(event)]
        for raw in (feeds[MAIN], feeds[f"veranstaltungen/{event.id}.ics"]):
            assert _local_starts(raw, event.id, FIXED_NOW, FIXED_NOW + YEAR) == expected, event.id


def test_event_pages_list_exactly_the_dates_the_feed_expands_to(built_site, shipped):
    view, _ = shipped
    for event in (e for e in view.hub.events.values() if e.recurrence):
        page = (built_site / "veranstaltungen" / event.id / "index.html").read_text(encoding="utf-8")
        listed = [datetime.fromisoformat(d) for d in _occurrence_times(page)]
        raw = (built_site / f"veranstaltungen/{event.id}.ics").read_bytes()
        expanded = [o["DTSTART"].dt for o in recurring_ical_events.of(_calendar(raw)).between(FIXED_NOW, FIXED_NOW + YEAR)]
        assert listed and listed == sorted(expanded), event.id
        assert [d.utcoffset() for d in listed] == [d.utcoffset() for d in sorted(expanded)]


def test_fortnightly_meeting_keeps_its_wall_clock_time_across_the_change_to_winter_time(shipped):
    _, feeds = shipped
    raw = feeds[MAIN]
    starts = [o["DTSTART"].dt for o in recurring_ical_events.of(_calendar(raw)).between(datetime(2026, 9, 1, tzinfo=BERLIN), datetime(2026, 12, 1, tzinfo=BERLIN)) if o["UID"] == f"{SERIES}@cdo-zirkel.example"]
    starts.sort()
    assert [s.date() for s in starts] == [date(2026, 9, 3), date(2026, 10, 1), date(2026, 10, 15), date(2026, 10, 29), date(2026, 11, 12), date(2026, 11, 26)]
    assert {s.astimezone(BERLIN).strftime("%H:%M") for s in starts} == {"08:30"}
    assert [s.utcoffset() for s in starts] == [timedelta(hours=2)] * 3 + [timedelta(hours=1)] * 3
    # vobject computes offsets from the VTIMEZONE in the file itself, not from its own zone database.
    vevent = next(e for e in vobject.readOne(raw.decode("utf-8")).vevent_list if e.uid.value.startswith(SERIES))
    by_vtimezone = [d for d in vevent.getrruleset() if d.date() < date(2026, 12, 1)]
    assert [(d.strftime("%H:%M"), d.utcoffset()) for d in by_vtimezone] == [("08:30", s.utcoffset()) for s in starts]


def test_series_end_uses_utc_until_and_excluded_dates_use_the_local_start(shipped):
    view, feeds = shipped
    event = _vevent(feeds[MAIN], SERIES)
    assert b"RRULE:FREQ=WEEKLY;UNTIL=20270701T215959Z;INTERVAL=2\r\n" in feeds[MAIN]
    assert b"EXDATE;TZID=Europe/Berlin:20260917T083000,20261224T083000,20270610T083000\r\n" in feeds[MAIN]
    assert event["RRULE"]["UNTIL"][0].tzinfo is not None
    # The monthly series ends on an occurrence day: that last date is still in the calendar.
    monthly = _local_starts(feeds[MAIN], "sprechstunde-low-code", FIXED_NOW, FIXED_NOW + YEAR)
    assert monthly[-1] == datetime(2027, 6, 15, 16, 0) == view.upcoming_of(view.hub.events["sprechstunde-low-code"])[-1].start
    assert datetime(2026, 12, 24, 8, 30) not in _local_starts(feeds[MAIN], SERIES, FIXED_NOW, FIXED_NOW + YEAR)


def test_all_day_events_end_the_day_after_their_last_day(shipped):
    _, feeds = shipped
    for event_id, first, after_last in [
        ("werkstatttag-prozessmanagement-2027", date(2027, 3, 11), date(2027, 3, 12)),  # no end given
        ("klausur-sprecherteam-2027", date(2027, 4, 22), date(2027, 4, 24)),
        ("jahrestreffen-2027", date(2027, 6, 10), date(2027, 6, 12)),
    ]:
        vevent = _vevent(feeds[MAIN], event_id)
        assert (vevent["DTSTART"].dt, vevent["DTEND"].dt) == (first, after_last)
        assert vevent["DTSTART"].params["VALUE"] == vevent["DTEND"].params["VALUE"] == "DATE"


def test_all_day_series_use_dates_and_a_timed_event_without_end_has_no_dtend(fixture_root):
    def change(hub):  # noqa: ANN001, ANN202
        workshop = hub.events["werkstatttag-prozessmanagement-2027"]
        series = Recurrence("weekly", 1, until=date(2027, 4, 1), exceptions=(date(2027, 3, 18),))
        hub.events[workshop.id] = replace(workshop, recurrence=series)
        hub.events["herbsttagung-2026"] = replace(hub.events["herbsttagung-2026"], end=None)

    view, feeds = _feeds(fixture_root, hub_changes=change)
    raw = feeds["veranstaltungen/werkstatttag-prozessmanagement-2027.ics"]
    assert b"RRULE:FREQ=WEEKLY;UNTIL=20270401;INTERVAL=1\r\n" in raw and b"EXDATE;VALUE=DATE:20270318\r\n" in raw
    expanded = sorted(o["DTSTART"].dt for o in recurring_ical_events.of(_calendar(raw)).between(FIXED_NOW, FIXED_NOW + YEAR))
    assert expanded == [o.start for o in view.upcoming_of(view.hub.events["werkstatttag-prozessmanagement-2027"])]
    assert expanded == [date(2027, 3, 11), date(2027, 3, 25), date(2027, 4, 1)]
    assert "DTEND" not in _vevent(feeds[MAIN], "herbsttagung-2026")


def test_timed_events_carry_their_zone_and_every_feed_defines_exactly_the_zones_it_uses(shipped, changed_site):
    _, feeds = shipped
    for uri, raw in [*feeds.items(), *_site_feeds(changed_site).items()]:
        calendar = _calendar(raw)
        defined = [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")]
        assert len(defined) == len(set(defined)), uri
        # Only a calendar without any event keeps the site's zone: RFC 5545 wants one component.
        expected = calendar.get_used_tzids() or (set() if calendar.walk("VEVENT") else {"Europe/Berlin"})
        assert set(defined) == expected, uri
    assert b"DTSTART;TZID=Europe/Berlin:20261015T120000\r\n" in feeds[MAIN]


def test_a_feed_of_whole_day_events_has_no_vtimezone(tmp_path):
    root = copy_repo(tmp_path / "repo")
    with open(root / "events.yaml", "a", encoding="utf-8") as events:
        events.write(WHOLE_DAY_EVENT)
    _, feeds = _feeds(root)
    raw = feeds["veranstaltungen/klausur-ganztags-2027.ics"]
    assert b"DTSTART;VALUE=DATE:20270512\r\n" in raw
    assert b"BEGIN:VTIMEZONE" not in raw and b"TZID" not in raw
    assert _calendar(raw).walk("VEVENT")


def test_vtimezone_definitions_agree_with_the_zone_database(shipped, changed_site):
    """Clients that do not know a TZID (or that trust the file, like Outlook) compute offsets from VTIMEZONE."""
    bodies = {}
    for raw in [*shipped[1].values(), *_site_feeds(changed_site).values()]:
        for tz in _calendar(raw).walk("VTIMEZONE"):
            bodies.setdefault(tz.to_ical(), tz)
    assert {str(tz["TZID"]) for tz in bodies.values()} == {"Europe/Berlin", "Europe/Lisbon", "America/New_York"}
    for tz in bodies.values():
        from_file, reference = tz.to_tz(lookup_tzid=False), ZoneInfo(str(tz["TZID"]))
        # Offsets before the first onset are undefined; noon is never inside a change.
        day = datetime.combine(min(o["DTSTART"].dt for o in tz.subcomponents).date() + timedelta(days=1), time(12))
        while day < datetime(2030, 1, 1):
            assert day.replace(tzinfo=from_file).utcoffset() == day.replace(tzinfo=reference).utcoffset(), (tz["TZID"], day)
            day += timedelta(days=1)
        # Outlook for Windows ignores RDATE: the zone is described by yearly rules.
        assert b"RDATE" not in tz.to_ical() and tz.to_ical().count(b"RRULE:FREQ=YEARLY") == 2


def test_event_in_another_time_zone_gets_its_own_vtimezone(changed_site):
    raw = (changed_site / "veranstaltungen/austausch-new-york-2027.ics").read_bytes()
    calendar = _calendar(raw)
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["America/New_York"]
    assert b"DTSTART;TZID=America/New_York:20270303T100000\r\n" in raw
    assert _vevent(raw, "austausch-new-york-2027")["DTSTART"].dt.astimezone(ZoneInfo("UTC")).hour == 15
    for uri in (MAIN, "themen/it-architektur/kalender.ics"):
        assert sorted(str(tz["TZID"]) for tz in _calendar((changed_site / uri).read_bytes()).walk("VTIMEZONE")) == ["America/New_York", "Europe/Berlin", "Europe/Lisbon"]
    assert vobject.readOne(raw.decode("utf-8")).vevent.dtstart.value.utcoffset() == timedelta(hours=-5)


# --- status, privacy and text -----------------------------------------------------------------


def test_status_maps_to_rfc_values_and_cancelled_events_stay_in_the_feeds(shipped):
    _, feeds = shipped
    cancelled = _vevent(feeds[MAIN], "brown-bag-2027-01-barrierefreiheit")
    assert (cancelled["STATUS"], cancelled["SUMMARY"]) == ("CANCELLED", "Abgesagt: Brown Bag: Barrierefreie Fachanwendungen mit Low Code")
    assert _vevent(feeds["themen/low-code/kalender.ics"], "brown-bag-2027-01-barrierefreiheit")["STATUS"] == "CANCELLED"
    postponed = _vevent(feeds[MAIN], "zirkeltreffen-2027-01-werte")
    assert postponed["STATUS"] == "TENTATIVE"
    assert str(postponed["SUMMARY"]).startswith("Verschoben: ")
    assert _vevent(feeds[MAIN], "herbsttagung-2026")["STATUS"] == "CONFIRMED"


def test_members_only_events_show_title_and_time_only(shipped):
    _, feeds = shipped
    for event_id in (SERIES, "zirkeltreffen-2026-12", "klausur-sprecherteam-2027"):
        for raw in (feeds[MAIN], feeds[f"veranstaltungen/{event_id}.ics"]):
            vevent = _vevent(raw, event_id)
            assert "LOCATION" not in vevent
            assert str(vevent["DESCRIPTION"]).startswith(MEMBERS_ONLY_NOTE)
            assert "Mitwirkende" not in vevent["DESCRIPTION"] and "Weitere Informationen" not in vevent["DESCRIPTION"]
            assert vevent["URL"] == f"https://cdo-zirkel.example/veranstaltungen/{event_id}/"
    assert b"Hindenburgstra" not in feeds[MAIN] and b"Landratsamt Ludwigsburg" not in feeds[MAIN]


def test_public_events_have_location_url_categories_and_plain_text_description(shipped):
    _, feeds = shipped
    vevent = _vevent(feeds[MAIN], "herbsttagung-2026")
    assert vevent["LOCATION"] == "dbb forum berlin, Friedrichstraße 169, 10117 Berlin"
    assert vevent["URL"] == "https://cdo-zirkel.example/veranstaltungen/herbsttagung-2026/"
    assert [str(c) for c in vevent["CATEGORIES"].cats] == ["Tagung", "Werte und Kultur", "Digitale Führung", "Veränderungsmanagement"]
    description = str(vevent["DESCRIPTION"])
    assert "„Was zum Teufel haben Werte mit Digitalisierung zu tun?“." in description and "*" not in description
    assert "Weitere Informationen: https://www.negz.org/veranstaltungen/herbsttagung" in description


def test_markdown_becomes_readable_plain_text():
    markdown = "Siehe [die **Handreichung**](https://example.org/a) und <https://example.org/b>.\n*Wichtig:* `code`, snake_case_name, _kursiv_.\n\n- eins\n- zwei"
    assert _plain_text(markdown) == "Siehe die Handreichung (https://example.org/a) und https://example.org/b. Wichtig: code, snake_case_name, kursiv.\n\n- eins\n- zwei"


# --- the bytes on the wire --------------------------------------------------------------------


def test_lines_end_in_crlf_and_fold_at_75_octets_without_splitting_characters(shipped):
    _, feeds = shipped
    for uri, raw in feeds.items():
        assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b""), uri
        for line in raw[:-2].split(b"\r\n"):
            assert len(line) <= 75, (uri, line)
            line.decode("utf-8")  # a split multi-byte character would fail here


def test_long_lines_full_of_umlauts_fold_between_characters(shipped, fixture_root):
    title = "Übergänge für Ämter, Behörden und Bürgerbüros – " * 4
    description = "Äußerst ölige Übungsgrößen für Öffentlichkeit " * 20

    def umlauts(hub):  # noqa: ANN001, ANN202
        hub.events["herbsttagung-2026"] = replace(hub.events["herbsttagung-2026"], title=title.strip(), description=description.strip())

    _, feeds = _feeds(fixture_root, hub_changes=umlauts)
    raw = feeds["veranstaltungen/herbsttagung-2026.ics"]
    lines = raw[:-2].split(b"\r\n")
    folded = [line for line in lines if line.startswith(b" ")]
    assert len(folded) > 10
    for line in lines:
        assert len(line) <= 75
        line.decode("utf-8")
    vevent = _vevent(raw, "herbsttagung-2026")
    assert vevent["SUMMARY"] == title.strip()
    assert str(vevent["DESCRIPTION"]).startswith(description.strip())
    assert vobject.readOne(raw.decode("utf-8")).vevent.summary.value == title.strip()


# --- packaging and the subscription instructions ----------------------------------------------


def test_feed_module_works_without_mkdocs(fixture_root):
    script = (
        "import sys; sys.modules['mkdocs'] = None\n"
        "from datetime import datetime, timezone\n"
        "from pathlib import Path\n"
        "from cdo_hub.content import ContentPaths, load_hub\n"
        "from cdo_hub.publish.ical import calendar_files\n"
        "from cdo_hub.publish.site import SiteSettings\n"
        "from cdo_hub.publish.view import HubView\n"
        f"hub, _ = load_hub(ContentPaths.at(Path({str(fixture_root)!r})), datetime(2026, 11, 27, 11, tzinfo=timezone.utc))\n"
        "print(len(calendar_files(HubView(hub), SiteSettings('https://x.example/', 'CDO-Zirkel', Path('.')))))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) > 1
    assert "mkdocs" not in (REPO / "hooks/cdo_hub/publish/ical.py").read_text(encoding="utf-8")


def test_subscription_partial_explains_each_client_in_markdown():
    env = make_environment(REPO / "overrides" / "hub")
    text = env.get_template("_abonnieren.md.j2").render(feed_url="https://cdo-zirkel.example/veranstaltungen/kalender.ics", feed_link="kalender.ics")
    assert "https://cdo-zirkel.example/veranstaltungen/kalender.ics" in text and "](kalender.ics)" in text
    for step in ("Kalender hinzufügen", "Aus dem Internet abonnieren", "Weitere Kalender", "Per URL", "Ablage", "Neues Kalenderabonnement", "Thunderbird", "8 bis 24 Stunden"):
        assert step in text, step
    headings = re.findall(r"^(#+) ", text, re.MULTILINE)
    assert headings and set(headings) == {"###"}
    assert set(re.findall(r"^!!! (\w+)", text, re.MULTILINE)) == {"info"}
    assert "<script" not in text.lower()


def test_calendar_page_includes_the_subscription_instructions(built_site):
    page = (built_site / "veranstaltungen" / "index.html").read_text(encoding="utf-8")
    assert "https://cdo-zirkel.example/veranstaltungen/kalender.ics" in page
    assert "Aus dem Internet abonnieren" in page and 'href="kalender.ics"' in page


class _OccurrenceTimes(HTMLParser):
    """`datetime` attributes of the <time> elements in the event page's list of coming dates."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):  # noqa: ANN001, ANN201
        attributes = dict(attrs)
        if tag == "ul" and "hub-occurrences" in (attributes.get("class") or "").split():
            self.depth = 1
        elif tag == "ul" and self.depth:
            self.depth += 1
        elif tag == "time" and self.depth:
            self.found.append(attributes["datetime"])

    def handle_endtag(self, tag):  # noqa: ANN001, ANN201
        if tag == "ul" and self.depth:
            self.depth -= 1


def _occurrence_times(page: str) -> list[str]:
    parser = _OccurrenceTimes()
    parser.feed(page)
    return parser.found
