"""Open data: the published fields of events, members and publications as JSON under /daten/,
each with its JSON Schema beside it (/daten/schemas/), which the tests hold every file to."""

from __future__ import annotations

import json
from datetime import date, datetime

from ..model import addresses, kreise
from ..model.occurrences import Occurrence
from ..check.schema_check import SCHEMA_DIR
from .site import GeneratedFile, SiteSettings
from .view import HubView

FORMAT_VERSION = 1
# The licence of the data in every file; a publication's own text keeps its licence (field `license`).
DATA_LICENSE = {"name": "Datenlizenz Deutschland – Namensnennung – Version 2.0", "id": "dl-de/by-2-0", "url": "https://www.govdata.de/dl-de/by-2-0"}


def open_data_files(view: HubView, settings: SiteSettings) -> list[GeneratedFile]:
    header = {"format_version": FORMAT_VERSION, "generated": view.now.isoformat(timespec="seconds"), "source": settings.site_url, "license": DATA_LICENSE}
    files = {
        addresses.OPEN_DATA_FILES["events"]: {**header, "events": [_event(view, e, settings) for e in view.hub.events.values()]},
        addresses.OPEN_DATA_FILES["members"]: {**header, "members": [_member(view, m, settings) for m in view.members]},
        addresses.OPEN_DATA_FILES["guides"]: {**header, "guides": [_guide(g, settings) for g in view.guides if not g.draft]},
        addresses.OPEN_DATA_FILES["kreise"]: {**header, "credit": kreise.SOURCE_CREDIT, "territorial_state": "2021-07-01", "kreise": _kreise(view)},
    }
    return [GeneratedFile(uri, _dump(data)) for uri, data in files.items()] + _schema_files(settings)


# The schemas of the published files (not of the YAML input), kept in the repository beside the input's.
PUBLISHED_SCHEMA_DIR = SCHEMA_DIR / "daten"


def _schema_files(settings: SiteSettings) -> list[GeneratedFile]:
    """Each schema with its own published address as $id, so that tools can refer to it."""
    files = []
    for uri in addresses.OPEN_DATA_SCHEMAS.values():
        schema = json.loads((PUBLISHED_SCHEMA_DIR / uri.rsplit("/", 1)[1]).read_text(encoding="utf-8"))
        files.append(GeneratedFile(uri, _dump({"$schema": schema.pop("$schema"), "$id": settings.absolute(uri), **schema})))
    return files


def published_kind_fields() -> dict[str, list[str]]:
    """Per kind of publication the extra fields in handreichungen.json, read from its published schema."""
    schema = json.loads((PUBLISHED_SCHEMA_DIR / "handreichungen.schema.json").read_text(encoding="utf-8"))
    rules = schema["$defs"]["item"].get("allOf", [])
    return {r["if"]["properties"]["kind"]["const"]: r["then"]["required"] for r in rules}


def _dump(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


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
        "industry_dialogue": view.vocabulary.event_types[event.type].industry,
        "start": _moment(event.start),
        "end": _moment(event.end),
        "all_day": event.all_day,
        "timezone": event.zone.key,
        "format": event.format,
        "status": event.status,
        "visibility": event.visibility,
        "topics": list(event.topics),
        "announced": _moment(event.announced),
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
    data["hosts"] = list(event.hosts)
    data["disclosures"] = [{"person": d.person, "text": d.text} for d in event.disclosures]
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


def _kreise(view: HubView) -> list[dict]:
    rows = [
        {"ags": k.kreis.ags, "name": k.kreis.name, "kind": k.kreis.kind, "designation": k.kreis.designation, "state": s.state.id, "members": len(k.members)}
        for s in view.coverage
        for k in s.kreise
    ]
    return sorted(rows, key=lambda row: row["ags"])


def _guide(guide, settings: SiteSettings) -> dict:  # noqa: ANN001
    data = {
        "slug": guide.slug,
        "title": guide.title,
        "description": guide.description,
        "kind": guide.kind,
        "authors": list(guide.authors),
        "topics": list(guide.topics),
        "published": _moment(guide.published),
        "reviewed": _moment(guide.reviewed),
        "review_overdue": guide.review_overdue,
        "license": guide.license,
        "disclosure": guide.disclosure or None,
        "page": settings.absolute(addresses.url(addresses.guide(guide.slug))),
    }
    return data | _kind_fields(guide)


def _kind_fields(guide) -> dict:  # noqa: ANN001
    """The fields only some kinds have (a survey's results, a paper's signatories), where given."""
    data = {
        "adopted": _moment(guide.adopted),
        "signatories": list(guide.signatories),
        "question": guide.question,
        "method": guide.method,
        "sample": guide.sample,
        "period": {"start": _moment(guide.period.start), "end": _moment(guide.period.end)} if guide.period else None,
        "responses": guide.responses,
        "multiple_choice": guide.multiple_choice if guide.results else None,
        "results": [{"answer": r.answer, "count": r.count} for r in guide.results],
        "organisation": guide.organisation,
    }
    return {key: value for key, value in data.items() if value not in (None, "", [])}
