"""Atom feeds of new and updated publications and of newly announced events: read by an independent
parser (feedparser), held to the rules feed validators check, reproducible, found from every page."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from xml.etree import ElementTree as ET

import feedparser
import pytest
from conftest import FIXED_EPOCH, FIXED_NOW, copy_repo, run_build
from html_helpers import html_pages, load_page
from publishing_content import ANNOUNCED, DIALOGUE, KINDS, KIND_TITLES, UNANNOUNCED, add_publishing_content

SITE_URL = "https://cdo-zirkel.example/"
FEEDS = {"handreichungen/feed.xml": "Veröffentlichungen", "veranstaltungen/feed.xml": "Neue Veranstaltungen"}
ATOM = "{http://www.w3.org/2005/Atom}"
# RFC 3339 date-time as Atom requires it (RFC 4287, 3.3): seconds and an offset or Z.
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
TAG_ID = re.compile(r"^tag:cdo-zirkel\.example,2026:[a-z0-9/-]+$")


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return add_publishing_content(copy_repo(tmp_path_factory.mktemp("feeds")))


@pytest.fixture(scope="module")
def site(root: Path) -> Path:
    result = run_build(root)
    assert result.returncode == 0, result.output
    return result.site


@pytest.fixture(scope="module")
def parsed(site: Path) -> dict:
    return {uri: feedparser.parse((site / uri).read_bytes()) for uri in FEEDS}


# --- an independent parser reads them -------------------------------------------------------------


@pytest.mark.parametrize("uri", FEEDS)
def test_feedparser_reads_a_german_atom_feed_with_a_self_link(parsed, uri):
    feed = parsed[uri]
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.feed.language == "de"
    assert FEEDS[uri] in feed.feed.title
    assert [link.href for link in feed.feed.links if link.rel == "self"] == [SITE_URL + uri]
    assert feed.entries, "the test content gives each feed entries"


def test_the_publications_feed_lists_every_published_publication_labelled_with_its_kind(parsed):
    entries = {e.link: e for e in parsed["handreichungen/feed.xml"].entries}
    for slug, kind in KINDS.items():
        entry = entries[f"{SITE_URL}handreichungen/{slug}/"]
        assert entry.title.startswith(f"{KIND_TITLES[kind]}: "), entry.title
        assert [t.term for t in entry.tags] == [kind]
        assert entry.id == f"tag:cdo-zirkel.example,2026:handreichungen/{slug}"
    assert f"{SITE_URL}handreichungen/pruef-entwurf/" not in entries, "drafts stay out"


def test_an_updated_publication_is_dated_by_its_review(parsed):
    entry = next(e for e in parsed["handreichungen/feed.xml"].entries if e.link.endswith("/pruef-handreichung-mit-anbieter/"))
    assert entry.published.startswith("2026-03-01T00:00:00")
    assert entry.updated.startswith("2026-11-10T00:00:00")
    updated = [e.updated_parsed for e in parsed["handreichungen/feed.xml"].entries]
    assert updated == sorted(updated, reverse=True), "newest first"


def test_the_events_feed_dates_an_event_by_its_announcement_not_its_date(parsed):
    entries = {e.link: e for e in parsed["veranstaltungen/feed.xml"].entries}
    entry = entries[f"{SITE_URL}veranstaltungen/{DIALOGUE}/"]
    assert entry.published.startswith(f"{ANNOUNCED}T00:00:00") and entry.updated == entry.published
    assert entry.title == "Branchendialog: Branchendialog: Schnittstellen von Fachverfahren"
    # Dates keep their parts together with no-break spaces; split() reads them as spaces.
    assert "Kein Vertrieb" in entry.summary and "10. Februar 2027" in " ".join(entry.summary.split())
    assert f"{SITE_URL}veranstaltungen/{UNANNOUNCED}/" not in entries, "an event without announcement date is not news"


# --- the rules feed validators check --------------------------------------------------------------


@pytest.mark.parametrize("uri", FEEDS)
def test_the_feed_meets_the_rules_of_feed_validators(site, uri):
    feed = ET.fromstring((site / uri).read_bytes())
    assert feed.tag == f"{ATOM}feed"
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "de"
    assert TAG_ID.match(feed.findtext(f"{ATOM}id"))
    assert feed.find(f"{ATOM}author/{ATOM}name").text, "a feed-level author covers every entry"
    self_links = [link for link in feed.findall(f"{ATOM}link") if link.get("rel") == "self"]
    assert len(self_links) == 1 and self_links[0].get("type") == "application/atom+xml"
    ids = [entry.findtext(f"{ATOM}id") for entry in feed.findall(f"{ATOM}entry")]
    assert len(ids) == len(set(ids)), "ids are unique"
    for element in [feed, *feed.findall(f"{ATOM}entry")]:
        for name in ("updated", "published"):
            value = element.findtext(f"{ATOM}{name}")
            if value is None:
                continue
            assert RFC3339.match(value), (name, value)
            assert datetime.fromisoformat(value) <= FIXED_NOW, f"{value} lies after the build: readers flag it"
    for entry in feed.findall(f"{ATOM}entry"):
        assert TAG_ID.match(entry.findtext(f"{ATOM}id"))
        assert entry.findtext(f"{ATOM}title") and entry.findtext(f"{ATOM}updated")
        href = entry.find(f"{ATOM}link").get("href")
        assert href.startswith(SITE_URL) and (site / href.removeprefix(SITE_URL) / "index.html").is_file(), href


# --- reproducible and stable ----------------------------------------------------------------------


def test_two_builds_at_the_same_time_give_the_same_bytes_and_a_later_one_the_same_ids(root, site, tmp_path):
    again = run_build(root, site=tmp_path / "again", epoch=FIXED_EPOCH)
    later = run_build(root, site=tmp_path / "later", epoch=str(int(FIXED_EPOCH) + 86400))
    assert again.returncode == 0 and later.returncode == 0, again.output + later.output
    for uri in FEEDS:
        assert (again.site / uri).read_bytes() == (site / uri).read_bytes(), uri
        assert _ids(later.site / uri) == _ids(site / uri), uri


def _ids(path: Path) -> list[str]:
    return [entry.id for entry in feedparser.parse(path.read_bytes()).entries]


# --- found from every page ------------------------------------------------------------------------


def test_every_page_announces_both_feeds_in_its_head(site):
    pages = html_pages(site)
    assert len(pages) > 20
    for path in pages:
        page = load_page(site, path)
        head = page.root.find("head")
        alternates = {page.resolve(link.attrs["href"]) for link in head.find_all("link") if link.attrs.get("type") == "application/atom+xml" and link.attrs.get("rel") == "alternate"}
        assert alternates == set(FEEDS), path


def test_the_overview_links_its_feed(site):
    assert "handreichungen/feed.xml" in load_page(site, "handreichungen/").links()
