"""The JSON files under /daten/: documented fields, exactly the published records, drafts left out."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from content_helpers import read_content
from conftest import FIXED_NOW

SITE_URL = "https://cdo-zirkel.example/"
FILES = {"veranstaltungen.json": "events", "mitglieder.json": "members", "handreichungen.json": "guides"}
# The fields documented on /daten/ (overrides/hub/data.md.j2).
EVENT_FIELDS = {"id", "title", "type", "industry_dialogue", "format", "status", "visibility", "topics", "start", "end", "all_day", "timezone", "announced", "upcoming", "page", "ical"}
EVENT_SERIES_FIELDS = {"recurrence"}
EVENT_STATUS_FIELDS = {"status_note"}
EVENT_PUBLIC_FIELDS = {"speakers", "guests", "description", "url", "location", "hosts", "disclosures"}
MEMBER_FIELDS = {"id", "name", "role", "organisation", "organisation_type", "industry", "ags", "state", "bio", "topics", "tools", "circle_roles", "negz_member", "page"}
GUIDE_FIELDS = {"slug", "title", "description", "kind", "authors", "topics", "published", "reviewed", "review_overdue", "license", "disclosure", "page"}
# Fields of some kinds of publication only, by the field in the front matter that holds them.
GUIDE_KIND_FIELDS = {"adopted", "signatories", "question", "method", "sample", "period", "responses", "multiple_choice", "results", "organisation"}


@pytest.fixture(scope="module")
def data(built_site: Path) -> dict[str, dict]:
    return {name: json.loads((built_site / "daten" / name).read_text(encoding="utf-8")) for name in FILES}


@pytest.fixture(scope="module")
def content(built_site: Path):
    return read_content(built_site.parent)


@pytest.mark.parametrize("name", FILES)
def test_each_file_has_the_common_header(data, name):
    document = data[name]
    assert set(document) == {"format_version", "generated", "source", "license", FILES[name]}
    assert document["license"]["id"] == "dl-de/by-2-0"
    assert document["format_version"] == 1
    assert datetime.fromisoformat(document["generated"]) == FIXED_NOW
    assert document["source"] == SITE_URL
    assert isinstance(document[FILES[name]], list)


def test_the_data_page_documents_every_field(built_site):
    page = (built_site / "daten" / "index.html").read_text(encoding="utf-8")
    for field in EVENT_FIELDS | EVENT_SERIES_FIELDS | EVENT_STATUS_FIELDS | EVENT_PUBLIC_FIELDS | MEMBER_FIELDS | GUIDE_FIELDS | GUIDE_KIND_FIELDS | {"contact", "photo", "license"}:
        assert f"<code>{field}</code>" in page, f"{field} ist auf /daten/ nicht beschrieben"


def test_events_are_exactly_those_of_events_yaml_with_the_documented_fields(data, content):
    records = {e["id"]: e for e in data["veranstaltungen.json"]["events"]}
    assert len(records) == len(data["veranstaltungen.json"]["events"]), "each event once"
    assert set(records) == {e["id"] for e in content.events}
    for raw in content.events:
        record = records[raw["id"]]
        members_only = raw.get("visibility") == "mitglieder"
        expected = EVENT_FIELDS | EVENT_PUBLIC_FIELDS | (EVENT_SERIES_FIELDS if "recurrence" in raw else set())
        expected |= EVENT_STATUS_FIELDS if "status_note" in raw and not members_only else set()
        assert set(record) == expected, raw["id"]
        if members_only:
            # Only the public part of a members-only event is published.
            assert (record["speakers"], record["guests"], record["description"], record["url"], record["location"]) == ([], [], "", None, None)
            continue
        for key in ("title", "type", "format"):
            assert record[key] == raw[key], (raw["id"], key)
        assert record["status"] == raw.get("status", "geplant")
        assert record["visibility"] == raw.get("visibility", "oeffentlich")
        assert record["timezone"] == raw.get("timezone", "Europe/Berlin")
        assert record["topics"] == raw.get("topics", [])
        assert record["all_day"] == (":" not in raw["start"])
        assert record["start"] == raw["start"].replace(" ", "T")
        assert record["page"] == f"{SITE_URL}veranstaltungen/{raw['id']}/"
        assert record["ical"] == f"{SITE_URL}veranstaltungen/{raw['id']}.ics"
        if "recurrence" in raw:
            r = raw["recurrence"]
            assert record["recurrence"] == {"frequency": r["frequency"], "interval": r.get("interval", 1), "week_of_month": r.get("week_of_month"), "until": r.get("until"), "except": r.get("except", [])}
        if "location" in record:
            assert record["location"] == (None if "location" not in raw else {"name": raw["location"]["name"], "address": raw["location"].get("address", ""), "city": raw["location"]["city"]})
            assert record["url"] == raw.get("url")
            assert record["speakers"] == raw.get("speakers", []) and record["guests"] == raw.get("guests", [])


def test_event_end_is_local_and_all_day_end_is_the_last_day(data, content):
    records = {e["id"]: e for e in data["veranstaltungen.json"]["events"]}
    for raw in content.events:
        end = records[raw["id"]]["end"]
        if "end" not in raw:
            assert end is None
        elif ":" not in raw["start"]:
            assert end == raw["end"]
        elif ":" in raw["end"] and "-" not in raw["end"]:
            assert end == f"{raw['start'][:10]}T{raw['end']}"
        else:
            assert end == raw["end"].replace(" ", "T")


def test_members_are_exactly_those_of_members_yaml_with_the_documented_fields(data, content):
    records = {m["id"]: m for m in data["mitglieder.json"]["members"]}
    assert len(records) == len(data["mitglieder.json"]["members"]), "each member once"
    assert set(records) == {m["id"] for m in content.members}
    industry = {t["id"] for t in content.vocabulary["organisation_types"] if t.get("industry")}
    for raw in content.members:
        record, scope = records[raw["id"]], raw["consent"]["scope"]
        expected = MEMBER_FIELDS | ({"contact"} if "kontakt" in scope and "contact" in raw else set()) | ({"photo"} if "foto" in scope and "photo" in raw else set())
        assert set(record) == expected, raw["id"]
        for key in ("name", "role", "organisation", "organisation_type"):
            assert record[key] == raw[key], (raw["id"], key)
        assert record["industry"] == (raw["organisation_type"] in industry)
        assert record["ags"] == raw.get("ags")
        assert record["topics"] == raw.get("topics", [])
        assert record["tools"] == [{"category": t["category"], "name": t["name"]} for t in raw.get("tools", [])]
        assert record["page"] == f"{SITE_URL}mitglieder/{raw['id']}/"
        assert "consent" not in record
        if "contact" in record:
            assert record["contact"] == raw["contact"]
        if "photo" in record:
            assert record["photo"] == {"url": SITE_URL + raw["photo"]["src"], "credit": raw["photo"]["credit"]}


def test_guides_are_exactly_the_published_ones_with_the_documented_fields(data, content):
    records = {g["slug"]: g for g in data["handreichungen.json"]["guides"]}
    assert set(records) == set(content.published_guides)
    assert not set(records) & set(content.draft_guides)
    for slug, meta in content.published_guides.items():
        record = records[slug]
        assert set(record) == GUIDE_FIELDS | (GUIDE_KIND_FIELDS & set(meta)) | ({"multiple_choice"} if "results" in meta else set()), slug
        assert record["kind"] == meta.get("kind", "handreichung")
        for key in ("title", "description", "authors", "topics", "published"):
            assert record[key] == meta[key], (slug, key)
        assert record["reviewed"] == meta.get("reviewed")
        assert record["license"] == meta.get("license", "CC BY 4.0")
        assert record["disclosure"] == meta.get("disclosure")
        assert record["review_overdue"] == (slug == "new-work-in-der-verwaltung")
        assert record["page"] == f"{SITE_URL}handreichungen/{slug}/"


def test_records_link_to_pages_that_exist(built_site, data):
    for name, key in FILES.items():
        for record in data[name][key]:
            path = record["page"].removeprefix(SITE_URL)
            assert (built_site / path / "index.html").is_file(), record["page"]
            if "ical" in record:
                assert (built_site / record["ical"].removeprefix(SITE_URL)).is_file(), record["ical"]
            if "photo" in record:
                assert (built_site / record["photo"]["url"].removeprefix(SITE_URL)).is_file(), record["photo"]["url"]
