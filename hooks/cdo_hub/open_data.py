"""Open data: the published fields of events, members and guides as JSON under /daten/."""

from __future__ import annotations

import json
from datetime import date, datetime

from . import addresses
from .occurrences import Occurrence
from .site import GeneratedFile, SiteSettings
from .view import HubView

FORMAT_VERSION = 1


def open_data_files(view: HubView, settings: SiteSettings) -> list[GeneratedFile]:
    header = {"format_version": FORMAT_VERSION, "generated": view.now.isoformat(timespec="seconds"), "source": settings.site_url}
    files = {
        addresses.OPEN_DATA_FILES["events"]: {**header, "events": [_event(view, e, settings) for e in view.hub.events.values()]},
        addresses.OPEN_DATA_FILES["members"]: {**header, "members": [_member(view, m, settings) for m in view.members]},
        addresses.OPEN_DATA_FILES["guides"]: {**header, "guides": [_guide(g, settings) for g in view.guides if not g.draft]},
    }
    return [GeneratedFile(uri, json.dumps(data, ensure_ascii=False, indent=2) + "\n") for uri, data in files.items()]


def _moment(value: date | datetime | None) -> str | None:
    if value is None:
        return None
    return value.isoformat(timespec="minutes") if isinstance(value, datetime) else value.isoformat()


def _occurrence(occurrence: Occurrence) -> dict:
    return {"start": occurrence.starts_at.isoformat(timespec="minutes"), "end": occurrence.ends_at.isoformat(timespec="minutes")}


def _event(view: HubView, event, settings: SiteSettings) -> dict:  # noqa: ANN001
    data = {
        "id": event.id,
        "title": event.title,
        "type": event.type,
        "start": _moment(event.start),
        "end": _moment(event.end),
        "all_day": event.all_day,
        "timezone": event.timezone,
        "format": event.format,
        "status": event.status,
        "visibility": event.visibility,
        "topics": list(event.topics),
        "page": settings.absolute(addresses.url(addresses.event(event.id))),
        "ical": settings.absolute(addresses.event_feed(event.id)),
        "upcoming": [_occurrence(o) for o in view.upcoming_of(event)],
    }
    if event.recurrence:
        r = event.recurrence
        data["recurrence"] = {"frequency": r.frequency, "interval": r.interval, "week_of_month": r.week_of_month, "until": _moment(r.until), "except": [d.isoformat() for d in r.exceptions]}
    if event.status_note:
        data["status_note"] = event.status_note
    # A members-only event reaches this point with its public part only (see content.MEMBERS_ONLY_PUBLIC).
    data["speakers"] = list(event.speakers)
    data["guests"] = list(event.guests)
    data["description"] = event.description
    data["url"] = event.url or None
    data["location"] = None if event.location is None else {"name": event.location.name, "address": event.location.address, "city": event.location.city}
    return data


def _member(view: HubView, member, settings: SiteSettings) -> dict:  # noqa: ANN001
    data = {
        "id": member.id,
        "name": member.name,
        "role": member.role,
        "organisation": member.organisation,
        "organisation_type": member.organisation_type,
        "industry": member.industry,
        "ags": member.ags or None,
        "state": member.state,
        "bio": member.bio,
        "topics": list(member.topics),
        "tools": [{"category": t.category, "name": t.name} for t in member.tools],
        "circle_roles": list(member.circle_roles),
        "negz_member": member.negz_member,
        "page": settings.absolute(addresses.url(addresses.member(member.id))),
    }
    # The model holds contact and photo only when consented; they appear here only then.
    if member.contact is not None:
        data["contact"] = {k: v for k, v in vars(member.contact).items() if v}
    if member.photo is not None:
        data["photo"] = {"url": settings.absolute(member.photo.src), "credit": member.photo.credit}
    return data


def _guide(guide, settings: SiteSettings) -> dict:  # noqa: ANN001
    return {
        "slug": guide.slug,
        "title": guide.title,
        "description": guide.description,
        "authors": list(guide.authors),
        "topics": list(guide.topics),
        "published": _moment(guide.published),
        "reviewed": _moment(guide.reviewed),
        "review_overdue": guide.review_overdue,
        "license": guide.license,
        "disclosure": guide.disclosure or None,
        "page": settings.absolute(addresses.url(addresses.guide(guide.slug))),
    }
