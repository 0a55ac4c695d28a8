"""Atom feeds (RFC 4287): new and updated publications, and newly announced events.

Built with the standard library's ElementTree. Every date comes from the content (published,
reviewed, announced), never from the clock, except the `updated` of an empty feed, which is the
build's `now` (SOURCE_DATE_EPOCH): the same content gives the same bytes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from xml.etree import ElementTree as ET

from ..model import addresses
from . import dates_de
from ..clock import SITE_ZONE
from ..model.hub import Event, Guide
from .site import GeneratedFile, SiteSettings
from .view import HubView

ATOM = "http://www.w3.org/2005/Atom"
# The year in every entry id (RFC 4151 tag URI): the hub has had its domain since then. Never change
# it, or every reader shows every entry again as new.
TAG_YEAR = "2026"
# Newly announced events: the most recent ones are news, the rest is in the calendar.
EVENT_ENTRIES = 50


@dataclass(frozen=True)
class _Entry:
    key: str  # the part of the id after the authority, e.g. handreichungen/low-code-einsetzen
    title: str
    page: str
    published: date
    updated: date
    summary: str
    category: tuple[str, str]  # term and label
    authors: tuple[str, ...] = ()
    rights: str = ""


def feed_files(view: HubView, settings: SiteSettings) -> list[GeneratedFile]:
    guides = [_guide_entry(view, g, settings) for g in view.guides if not g.draft]
    events = [_event_entry(view, e, settings) for e in view.hub.events.values() if e.announced is not None]
    events = sorted(events, key=lambda e: (e.updated, e.key), reverse=True)[:EVENT_ENTRIES]
    return [
        _feed(addresses.NEWS_FEEDS["guides"], addresses.GUIDES, f"{settings.site_name} – Veröffentlichungen",
              "Neue und überarbeitete Handreichungen, Positionspapiere, Kurzstudien, Umfrageergebnisse und Praxisberichte.",
              sorted(guides, key=lambda e: (e.updated, e.key), reverse=True), view, settings),
        _feed(addresses.NEWS_FEEDS["events"], addresses.CALENDAR, f"{settings.site_name} – Neue Veranstaltungen",
              "Neu angekündigte Veranstaltungen, datiert auf den Tag der Ankündigung, nicht auf den Termin.",
              events, view, settings),
    ]


def _guide_entry(view: HubView, guide: Guide, settings: SiteSettings) -> _Entry:
    kind = view.kind_of(guide)
    published = guide.published or view.now.date()
    return _Entry(
        key=f"handreichungen/{guide.slug}",
        title=f"{kind.title}: {guide.title}",
        page=settings.absolute(addresses.url(addresses.guide(guide.slug))),
        published=published,
        updated=max(published, guide.reviewed or published),
        summary=guide.description,
        category=(kind.id, kind.title),
        authors=tuple(view.hub.members[a].name for a in guide.authors if a in view.hub.members),
        rights=guide.license,
    )


def _event_entry(view: HubView, event: Event, settings: SiteSettings) -> _Entry:
    kind = view.vocabulary.event_types[event.type]
    occurrences = view.upcoming_of(event) or view.occurrences[event.id][-1:]
    parts = [dates_de.when(occurrences[0], True) if occurrences else ""]
    if event.cancelled:
        parts.insert(0, "Abgesagt.")
    if event.members_only:
        parts.append("Interner Termin für Mitglieder.")
    # A members-only event arrives with its public part only: no place, so nothing to hold back here.
    if event.location is not None:
        parts.append(f"{event.location.name}, {event.location.city}.")
    if kind.industry:
        parts.append("Dialog mit der Wirtschaft; es gelten die Regeln „Kein Vertrieb“: " + settings.absolute(addresses.url(addresses.NO_SALES)))
    return _Entry(
        key=f"veranstaltungen/{event.id}",
        title=f"{kind.title}: {event.title}",
        page=settings.absolute(addresses.url(addresses.event(event.id))),
        published=event.announced,
        updated=event.announced,
        summary=" ".join(p for p in parts if p),
        category=(kind.id, kind.title),
    )


def _feed(uri: str, page: str, title: str, subtitle: str, entries: list[_Entry], view: HubView, settings: SiteSettings) -> GeneratedFile:
    feed = ET.Element("feed", {"xmlns": ATOM, "xml:lang": "de"})
    _text(feed, "id", _tag(settings, uri.removesuffix(".xml")))
    _text(feed, "title", title)
    _text(feed, "subtitle", subtitle)
    ET.SubElement(feed, "link", {"rel": "self", "type": "application/atom+xml", "href": settings.absolute(uri)})
    ET.SubElement(feed, "link", {"rel": "alternate", "type": "text/html", "href": settings.absolute(addresses.url(page))})
    _text(feed, "updated", _rfc3339(max((e.updated for e in entries), default=None)) if entries else view.now.isoformat(timespec="seconds"))
    _text(ET.SubElement(feed, "author"), "name", settings.site_name)
    for entry in entries:
        feed.append(_entry(entry, settings))
    ET.indent(feed)
    return GeneratedFile(uri, ET.tostring(feed, encoding="utf-8", xml_declaration=True) + b"\n")


def _entry(entry: _Entry, settings: SiteSettings) -> ET.Element:
    element = ET.Element("entry")
    _text(element, "id", _tag(settings, entry.key))
    _text(element, "title", entry.title)
    ET.SubElement(element, "link", {"rel": "alternate", "type": "text/html", "href": entry.page})
    _text(element, "published", _rfc3339(entry.published))
    _text(element, "updated", _rfc3339(entry.updated))
    for name in entry.authors:
        _text(ET.SubElement(element, "author"), "name", name)
    ET.SubElement(element, "category", {"term": entry.category[0], "label": entry.category[1]})
    _text(element, "summary", entry.summary)
    if entry.rights:
        _text(element, "rights", entry.rights)
    return element


def _text(parent: ET.Element, tag: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, tag)
    element.text = text
    return element


def _tag(settings: SiteSettings, key: str) -> str:
    """A stable entry id: it names the publication or event, never a date or a title that may change."""
    return f"tag:{settings.domain},{TAG_YEAR}:{key}"


def _rfc3339(day: date) -> str:
    """A day as the moment it began in Germany, e.g. 2026-09-24T00:00:00+02:00."""
    return datetime.combine(day, time(), SITE_ZONE).isoformat(timespec="seconds")
