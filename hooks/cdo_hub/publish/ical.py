"""iCalendar feeds for calendar subscriptions: all events, one file per event, one feed per topic.

Built with the icalendar library; the output depends only on the content and the build's `now`
(SOURCE_DATE_EPOCH), so two builds of the same content give the same bytes.
A timed event without an end gets no DTEND: RFC 5545 then lets it end at its start.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event as VEvent, vText

from ..model import addresses
from ..clock import SITE_ZONE
from ..model.hub import Event, Term
from ..model.occurrences import HORIZON
from .site import GeneratedFile, SiteSettings
from .view import HubView
from .vtimezone import vtimezone

ICAL_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
# Subscribers see the status in the title, not only in STATUS, which some clients hide.
SUMMARY_PREFIX = {"abgesagt": "Abgesagt: ", "verschoben": "Verschoben: "}


@dataclass(frozen=True)
class _Feed:
    uri: str
    name: str
    description: str
    page: str  # the site page the feed belongs to
    events: list[Event]


def calendar_files(view: HubView, settings: SiteSettings) -> list[GeneratedFile]:
    """All feeds, as files ready for MkDocs."""
    events = sorted(view.hub.events.values(), key=lambda e: (_aware(e.start, e.zone), e.id))
    feeds = [_main_feed(events, settings)]
    feeds += [_event_feed(e, settings) for e in events]
    feeds += [_topic_feed(t, events, settings) for t in sorted(view.vocabulary.topics.values(), key=lambda t: t.id)]
    feeds += [_state_feed(s, events, settings) for s in sorted(view.vocabulary.states.values(), key=lambda s: s.id)]
    # Each event appears in several feeds (all events, its own, each of its topics): it is serialised
    # once, and every feed splices in those bytes; so is each zone's VTIMEZONE for the years a feed needs.
    serialised = {e.id: _vevent(e, view, settings).to_ical() for e in events}
    zones: dict[tuple[ZoneInfo, int, int], bytes] = {}
    return [GeneratedFile(f.uri, _feed_bytes(f, serialised, zones, view, settings)) for f in feeds]


def _feed_bytes(feed: _Feed, serialised: dict[str, bytes], zones: dict, view: HubView, settings: SiteSettings) -> bytes:
    """The bytes icalendar would write for the whole calendar: its properties, then its components."""
    head = _calendar(feed, settings).to_ical()
    parts = [head.removesuffix(_END)]
    for key in _timezones(feed.events, view.now):
        if key not in zones:
            zones[key] = vtimezone(*key).to_ical()
        parts.append(zones[key])
    parts += [serialised[e.id] for e in feed.events]
    parts.append(_END)
    return b"".join(parts)


def _main_feed(events: list[Event], settings: SiteSettings) -> _Feed:
    return _Feed(
        addresses.ALL_EVENTS_FEED,
        f"{settings.site_name} – Veranstaltungen",
        f"Alle Veranstaltungen des {settings.site_name}s: Zirkeltreffen, Brown Bags, Workshops und Tagungen.",
        addresses.url(addresses.CALENDAR),
        events,
    )


def _event_feed(event: Event, settings: SiteSettings) -> _Feed:
    return _Feed(
        addresses.event_feed(event.id),
        f"{settings.site_name} – {event.title}",
        f"Die Veranstaltung „{event.title}“ aus dem Kalender des {settings.site_name}s.",
        addresses.url(addresses.event(event.id)),
        [event],
    )


def _topic_feed(topic: Term, events: list[Event], settings: SiteSettings) -> _Feed:
    return _Feed(
        addresses.topic_feed(topic.id),
        f"{settings.site_name} – Thema: {topic.title}",
        f"Veranstaltungen des {settings.site_name}s zum Thema {topic.title}.",
        addresses.url(addresses.topic(topic.id)),
        [e for e in events if topic.id in e.topics],
    )


def _state_feed(state: Term, events: list[Event], settings: SiteSettings) -> _Feed:
    return _Feed(
        addresses.state_feed(state.id),
        f"{settings.site_name} – {state.title}",
        f"Veranstaltungen des {settings.site_name}s mit Ort in {state.title}.",
        addresses.url(addresses.calendar_filter("land", state.id)),
        [e for e in events if e.location is not None and e.location.state == state.id],
    )


def _calendar(feed: _Feed, settings: SiteSettings) -> Calendar:
    """The calendar's own properties; its components are added as bytes by _feed_bytes."""
    calendar = Calendar()
    calendar.add("prodid", f"-//{settings.site_name}//Wissensplattform {settings.domain}//DE")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    # NAME and X-WR-* are TEXT: vText escapes commas and semicolons, which a plain add() would not.
    for key in ("name", "x-wr-calname"):
        calendar.add(key, vText(feed.name))
    for key in ("description", "x-wr-caldesc"):
        calendar.add(key, vText(feed.description))
    calendar.add("url", settings.absolute(feed.page))
    calendar.add("source", settings.absolute(feed.uri))
    calendar.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", vText("PT12H"))
    calendar.add("x-wr-timezone", vText(SITE_ZONE.key))
    return calendar


def _timezones(events: list[Event], now: datetime) -> list[tuple[ZoneInfo, int, int]]:
    """(zone, first year, last year) of each VTIMEZONE: one per zone that a timed event uses (whole days
    are dates without a zone); a feed without events keeps the site's zone, as a calendar needs a component."""
    timed = [e for e in events if not e.all_day]
    if events and not timed:
        return []
    zones = sorted({e.zone for e in timed}, key=lambda z: z.key) or [SITE_ZONE]
    years = [_day(e.start).year for e in timed] or [now.year]
    last_days = [(e.recurrence and e.recurrence.until) or _day(e.end or e.start) for e in timed]
    # A year before the first event, so that the first event comes after the first observance starts.
    first_year = min(years) - 1
    last_year = max([d.year for d in last_days] + [(now + HORIZON).year])
    return [(zone, first_year, last_year) for zone in zones]


def _vevent(event: Event, view: HubView, settings: SiteSettings) -> VEvent:
    page = settings.absolute(addresses.url(addresses.event(event.id)))
    vevent = VEvent()
    # The UID names the event, never its date: a moved event stays one entry in every client.
    vevent.add("uid", f"{event.id}@{settings.domain}")
    vevent.add("dtstamp", view.now.astimezone(timezone.utc))
    vevent.add("sequence", 0)
    vevent.add("summary", SUMMARY_PREFIX.get(event.status, "") + event.title)
    _add_times(vevent, event)
    if event.recurrence is not None:
        _add_recurrence(vevent, event)
    vevent.add("status", STATUS[event.status])
    vevent.add("transp", "TRANSPARENT" if event.cancelled else "OPAQUE")
    vevent.add("url", page)
    # A members-only event arrives with its public part only; the same code path serves it.
    vevent.add("description", _description(event, view, page, settings))
    if event.location is not None:
        vevent.add("location", _location_text(event))
    vevent.add("categories", _categories(event, view))
    return vevent


def _add_times(vevent: VEvent, event: Event) -> None:
    if event.all_day:
        vevent.add("dtstart", event.start)
        vevent.add("dtend", (event.end or event.start) + timedelta(days=1))  # DTEND of a DATE is exclusive
        return
    tz = event.zone
    vevent.add("dtstart", event.start.replace(tzinfo=tz))
    if event.end is not None:
        vevent.add("dtend", event.end.replace(tzinfo=tz))


def _add_recurrence(vevent: VEvent, event: Event) -> None:
    recurrence = event.recurrence
    rule: dict = {"freq": FREQUENCIES[recurrence.frequency], "interval": recurrence.interval}
    if recurrence.week_of_month is not None:
        rule["byday"] = f"{recurrence.week_of_month}{ICAL_WEEKDAYS[event.start.weekday()]}"
    if recurrence.until is not None:
        rule["until"] = recurrence.until if event.all_day else _last_moment_utc(recurrence.until, event.zone)
    vevent.add("rrule", rule)
    if recurrence.exceptions:
        if event.all_day:
            vevent.add("exdate", list(recurrence.exceptions))
        else:
            tz = event.zone
            vevent.add("exdate", [datetime.combine(d, event.start.time(), tz) for d in recurrence.exceptions])


def _last_moment_utc(day: date, zone: ZoneInfo) -> datetime:
    """RFC 5545: with a TZID on DTSTART, UNTIL is UTC; the series ends with the local day."""
    return datetime.combine(day, time(23, 59, 59), zone).astimezone(timezone.utc)


def _description(event: Event, view: HubView, page: str, settings: SiteSettings) -> str:
    names = [view.hub.members[s].name for s in event.speakers if s in view.hub.members]
    hosts = [view.hub.members[h].name for h in event.hosts if h in view.hub.members]
    industry = view.vocabulary.event_types[event.type].industry if event.type in view.vocabulary.event_types else False
    parts = [
        _status_line(event),
        MEMBERS_ONLY_NOTE if event.members_only else "",
        INDUSTRY_LINE + settings.absolute(addresses.url(addresses.NO_SALES)) if industry else "",
        _plain_text(event.description),
        f"Format: {view.vocabulary.formats[event.format].title}",
        "Gastgeber aus dem Zirkel: " + ", ".join(hosts) if hosts else "",
        "Mitwirkende: " + ", ".join(names + list(event.guests)) if names or event.guests else "",
        "Offenlegung: " + " ".join(f"{_person_name(d.person, view)}: {d.text}" for d in event.disclosures) if event.disclosures else "",
        f"Weitere Informationen: {event.url}" if event.url else "",
        f"Veranstaltungsseite: {page}",
    ]
    return "\n\n".join(p for p in parts if p)


def _person_name(person: str, view: HubView) -> str:
    """A disclosure names a speaker by member id or a guest by name."""
    return view.hub.members[person].name if person in view.hub.members else person


def _status_line(event: Event) -> str:
    if event.status == "geplant":
        return ""
    return event.status_note.strip() or STATUS_LINES[event.status]


def _location_text(event: Event) -> str:
    location = event.location
    parts = [location.name, location.address]
    if location.city not in location.address:
        parts.append(location.city)
    return ", ".join(p for p in parts if p)


def _categories(event: Event, view: HubView) -> list[str]:
    terms = [view.vocabulary.event_types.get(event.type)] + [view.vocabulary.topics.get(t) for t in event.topics]
    return [t.title for t in terms if t is not None]


def _plain_text(markdown: str) -> str:
    """Markdown as a calendar shows it: link texts with their address, no emphasis marks or HTML."""
    text = markdown.strip()
    for pattern, replacement in MARKDOWN_TO_TEXT:
        text = pattern.sub(replacement, text)
    return text.strip()


def _day(moment: datetime | date) -> date:
    return moment.date() if isinstance(moment, datetime) else moment


def _aware(moment: datetime | date, zone: ZoneInfo) -> datetime:
    if not isinstance(moment, datetime):
        moment = datetime.combine(moment, time())
    return moment.replace(tzinfo=zone)


_END = b"END:VCALENDAR\r\n"
REFRESH = timedelta(hours=12)
STATUS = {"geplant": "CONFIRMED", "abgesagt": "CANCELLED", "verschoben": "TENTATIVE"}
STATUS_LINES = {"abgesagt": "Diese Veranstaltung ist abgesagt.", "verschoben": "Diese Veranstaltung wird verschoben."}
FREQUENCIES = {"weekly": "WEEKLY", "monthly": "MONTHLY"}
INDUSTRY_LINE = "Dialog mit der Wirtschaft: ausgerichtet von Mitgliedern des Zirkels, Vortragende aus der Wirtschaft legen ihre Interessen offen, keine Produktvorstellungen. Regeln „Kein Vertrieb“: "
MEMBERS_ONLY_NOTE = "Interner Termin für Mitglieder des CDO-Zirkels. Einzelheiten stehen auf der Mitgliederplattform."
MARKDOWN_TO_TEXT = [
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # images: the alt text
    (re.compile(r"\[([^\]]+)\]\(\s*<?([^)\s>]+)>?[^)]*\)"), r"\1 (\2)"),  # links: text (address)
    (re.compile(r"<((?:https?|mailto):[^>\s]+)>"), r"\1"),  # autolinks
    (re.compile(r"<[^>]+>"), ""),  # inline HTML
    (re.compile(r"`([^`]*)`"), r"\1"),  # code
    (re.compile(r"(\*{1,3})(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # emphasis with asterisks
    (re.compile(r"(?<!\w)(_{1,3})(?=\S)(.+?)(?<=\S)\1(?!\w)"), r"\2"),  # with underscores, never inside a word
    (re.compile(r"^\s{0,3}#{1,6}\s+", re.MULTILINE), ""),  # headings
    (re.compile(r"^\s{0,3}>\s?", re.MULTILINE), ""),  # block quotes
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|~<>])"), r"\1"),  # backslash escapes
    (re.compile(r"[ \t]*\n(?!\n|\s*(?:[-*+]|\d+\.)\s)[ \t]*"), " "),  # soft line breaks; list items keep theirs
]
