"""Where each page of the hub lives (source paths as MkDocs sees them): the URL scheme in one place."""

from __future__ import annotations

from collections.abc import Iterable

START = "index.md"
GUIDES = "handreichungen/index.md"
CALENDAR = "veranstaltungen/index.md"
MEMBERS = "mitglieder/index.md"
TOPICS = "themen/index.md"
TOOLS = "werkzeuge/index.md"
OPEN_DATA = "daten/index.md"
MAP = "karte/index.md"
MEMBERS_A_Z = "mitglieder/a-z.md"
JOIN = "mitmachen-im-zirkel.md"
LEGAL = ("impressum.md", "datenschutz.md", "barrierefreiheit.md")
# Reference pages for contributors, generated from the rule catalogue and the schemas.
RULES = "mitmachen/meldungen.md"
FIELDS = "mitmachen/felder.md"
NO_SALES = "kein-vertrieb.md"  # the rules for industry dialogue, linked from its events and publications
ALL_EVENTS_FEED = "veranstaltungen/kalender.ics"
OPEN_DATA_FILES = {"events": "daten/veranstaltungen.json", "members": "daten/mitglieder.json", "guides": "daten/handreichungen.json", "kreise": "daten/kreise.json"}
# The published JSON Schema of each file in OPEN_DATA_FILES, by the same key.
OPEN_DATA_SCHEMAS = {key: f"daten/schemas/{path.removeprefix('daten/').removesuffix('.json')}.schema.json" for key, path in OPEN_DATA_FILES.items()}
# Atom feeds: new and updated publications, newly announced events.
NEWS_FEEDS = {"guides": "handreichungen/feed.xml", "events": "veranstaltungen/feed.xml"}


# The calendar's filter pages, veranstaltungen/<facet>/<value>/: by event type, format and Land of the venue.
CALENDAR_FACETS = ("art", "format", "land")
# Ids that would take the address of an overview page, of a filter folder or of the calendar feed.
RESERVED = {"guide": {"index"}, "event": {"index", "kalender", *CALENDAR_FACETS}, "member": {"index", "a-z"}, "topic": {"index"}}


def guide(slug: str) -> str:
    return f"handreichungen/{slug}.md"


def guide_file(relative: str) -> str:
    """An image or PDF from handreichungen/, published at the same path, e.g. handreichungen/bilder/a.png."""
    return f"handreichungen/{relative}"


def event(event_id: str) -> str:
    return f"veranstaltungen/{event_id}.md"


def member(member_id: str) -> str:
    return f"mitglieder/{member_id}.md"


def topic(topic_id: str) -> str:
    return f"themen/{topic_id}.md"


def calendar_filter(facet: str, value: str) -> str:
    """A calendar filtered without script: facet is one of CALENDAR_FACETS."""
    return f"veranstaltungen/{facet}/{value}.md"


def state_feed(state_id: str) -> str:
    return f"veranstaltungen/land/{state_id}/kalender.ics"


def event_feed(event_id: str) -> str:
    return f"veranstaltungen/{event_id}.ics"


def topic_feed(topic_id: str) -> str:
    return f"themen/{topic_id}/kalender.ics"


def folder(page: str) -> str:
    """The top folder of a page, e.g. mitglieder for mitglieder/index.md."""
    return page.split("/", 1)[0]


def url(page: str) -> str:
    """The published path of a page's source, e.g. mitglieder/a.md -> mitglieder/a/ (directory URLs)."""
    path = page.removesuffix(".md")
    if path == "index" or path.endswith("/index"):
        return path.removesuffix("index")
    return path + "/"


def all_pages(guide_slugs: Iterable[str], event_ids: Iterable[str], member_ids: Iterable[str], topic_ids: Iterable[str], hand_written: Iterable[str], filters: Iterable[tuple[str, str]] = ()) -> set[str]:
    """Every page a build will have: generated ones and the Markdown files written by hand in docs/."""
    return generated_pages(guide_slugs, event_ids, member_ids, topic_ids, filters) | set(hand_written)


def generated_pages(guide_slugs: Iterable[str], event_ids: Iterable[str], member_ids: Iterable[str], topic_ids: Iterable[str], filters: Iterable[tuple[str, str]] = ()) -> set[str]:
    """filters: the calendar's filter pages as (facet, value), e.g. ("land", "by")."""
    pages = {START, GUIDES, CALENDAR, MEMBERS, MEMBERS_A_Z, TOPICS, TOOLS, OPEN_DATA, RULES, FIELDS, NO_SALES, MAP, JOIN, *LEGAL}
    pages |= {guide(s) for s in guide_slugs} | {event(e) for e in event_ids}
    pages |= {member(m) for m in member_ids} | {topic(t) for t in topic_ids}
    return pages | {calendar_filter(facet, value) for facet, value in filters}


def generated_files(guide_slugs: Iterable[str], event_ids: Iterable[str], member_ids: Iterable[str], topic_ids: Iterable[str], filters: Iterable[tuple[str, str]] = ()) -> set[str]:
    """Every page and file the build generates: pages, calendar feeds (one per Land among the filters), open data."""
    event_ids, topic_ids, filters = list(event_ids), list(topic_ids), list(filters)
    files = generated_pages(guide_slugs, event_ids, member_ids, topic_ids, filters) | {ALL_EVENTS_FEED, *OPEN_DATA_FILES.values()}
    files |= {state_feed(value) for facet, value in filters if facet == "land"}
    return files | {event_feed(e) for e in event_ids} | {topic_feed(t) for t in topic_ids}


def overview_of(page_url: str, overview_urls: Iterable[str]) -> str | None:
    """The overview a detail page belongs to, by its address: mitglieder/anna/ -> mitglieder/; the start page owns none."""
    owners = [url for url in overview_urls if url and page_url != url and page_url.startswith(url)]
    return max(owners, key=len, default=None)
