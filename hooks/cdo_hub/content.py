"""Load and validate all content, then build the model: the one entry point for hooks, CLI and tests."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from .model import addresses
from .diagnostics import Report, Severity
from .check.internal_links import SiteMap, check_markdown_body, check_markdown_field, title_forms
from .check.event_rules import check_events
from .check.industry_dialogue import check_industry_rules
from .check.guide_rules import check_guide, check_repeated_titles, check_text_body, review_due
from .check.file_safety import check_published_file
from .check.guide_folder import GuideFolder, scan_guide_folder
from .source.content_files import load_content_file
from .source.guide_source import GuideSource, load_guide
from .check.launch import check_launch
from .check.legal_settings import check_legal_settings
from .check.member_rules import check_members
from .model.hub import Contact, Disclosure, Event, Guide, Hub, Location, Member, Period, Photo, Recurrence, SurveyAnswer, Term, Tool, Vocabulary
from .check.references import check_texts, check_unique_ids, check_vocabulary
from .source.rendering import MarkdownRenderer
from .check.schema_check import SCHEMA_DIR, Schemas, check_against_schema, markdown_field_names, schema_default, with_defaults
from .check.site_files import check_clashes, check_navigation, check_unused_photos
from .timing import phase, without_cycle_collection
from .source.yaml_source import SourceDocument, read_text


@dataclass(frozen=True)
class ContentPaths:
    """Where the content of a hub lives; all relative to the repository root."""

    root: Path
    docs_dir: Path
    vocabulary: Path
    members: Path
    events: Path
    guides_dir: Path
    config: Path
    schemas: Path

    @classmethod
    def at(cls, root: Path, docs_dir: Path | None = None, config: Path | None = None) -> "ContentPaths":
        root = root.resolve()
        return cls(
            root=root,
            docs_dir=(docs_dir or root / "docs").resolve(),
            vocabulary=root / "vokabular.yaml",
            members=root / "members.yaml",
            events=root / "events.yaml",
            guides_dir=root / "handreichungen",
            config=(config or root / "mkdocs.yml").resolve(),
            # A hub without its own schemas/ is checked against those this package came with.
            schemas=root / "schemas" if (root / "schemas").is_dir() else SCHEMA_DIR,
        )

    def display(self, path: Path) -> str:
        try:
            return path.resolve().relative_to(self.root).as_posix()
        except ValueError:
            return path.as_posix()


def load_hub(paths: ContentPaths, now: datetime, launch: bool = False) -> tuple[Hub | None, Report]:
    """Validate everything; return the Hub only when there is no error.

    With `launch`, placeholders in mkdocs.yml that must not go public are errors too."""
    with phase("validate"), without_cycle_collection():
        return _load_hub(paths, now, launch)


def _load_hub(paths: ContentPaths, now: datetime, launch: bool) -> tuple[Hub | None, Report]:
    report = Report()
    today = now.date()
    # Read afresh on every run: under `mkdocs serve` an edited schema counts from the next rebuild.
    schemas = Schemas(paths.schemas)
    renderer = MarkdownRenderer.from_config(paths.config)
    vocabulary_doc = _load(paths, paths.vocabulary, schemas["vokabular.schema.json"], report)
    vocabulary = _build_vocabulary(vocabulary_doc, schemas["vokabular.schema.json"], report) if vocabulary_doc else None
    members_doc = _load(paths, paths.members, schemas["members.schema.json"], report)
    events_doc = _load(paths, paths.events, schemas["events.schema.json"], report)
    member_entries = _entries_by_id(members_doc)
    if members_doc:
        check_members(members_doc, vocabulary, paths.docs_dir, today, report)
        check_vocabulary(members_doc, schemas["members.schema.json"], vocabulary, report)
        check_texts(members_doc, schemas["members.schema.json"], report, renderer)
    if events_doc:
        check_events(events_doc, schemas["events.schema.json"], None if member_entries is None else set(member_entries), report)
        check_industry_rules(events_doc, vocabulary, member_entries, today, report)
        check_vocabulary(events_doc, schemas["events.schema.json"], vocabulary, report)
        check_texts(events_doc, schemas["events.schema.json"], report, renderer)
    if paths.config.is_file():
        check_legal_settings(paths.config, paths.display(paths.config), schemas["legal.schema.json"], report)
        if launch:
            check_launch(paths.config, paths.display(paths.config), report)
    guide_folder = scan_guide_folder(paths.guides_dir, paths.root, report)
    # Every SVG in docs/ is published as it is (logo, favicon, figures, photos).
    for svg in sorted(paths.docs_dir.rglob("*.svg")) if paths.docs_dir.is_dir() else []:
        check_published_file(svg, paths.display(svg), report)
    guides = _load_guides(paths, guide_folder, schemas["handreichung.schema.json"], report)
    for guide in guides:
        check_guide(guide, schemas["handreichung.schema.json"], vocabulary, member_entries, today, report, renderer)
    check_repeated_titles(guides, report)
    hand_written = _read_pages_in_docs(paths, report)
    _check_internal_links(paths, schemas, renderer, vocabulary, members_doc, events_doc, guides, guide_folder, hand_written, report)
    _check_site_files(paths, vocabulary, members_doc, events_doc, guides, guide_folder, hand_written, report)
    if report.has_errors or vocabulary is None:
        return None, report
    with phase("model"):
        hub = Hub(vocabulary=vocabulary, today=today, now=now, guide_files=dict(guide_folder.assets))
        hub.members = {m.id: m for m in (_build_member(e, vocabulary, members_doc.position((i,)).line) for i, e in enumerate(members_doc.data or []))}
        hub.events = {e.id: e for e in (_build_event(events_doc, i, e, schemas["events.schema.json"]) for i, e in enumerate(events_doc.data or []))}
        hub.guides = {g.slug: g for g in (_build_guide(g, today, schemas["handreichung.schema.json"]) for g in sorted(guides, key=lambda g: g.slug))}
    return hub, report


def _check_site_files(paths, vocabulary, members_doc, events_doc, guides, guide_folder, hand_written, report: Report) -> None:  # noqa: ANN001
    """Pages in docs/ reachable through the navigation, no file in docs/ hiding a generated one, unused photos named."""
    config_text = read_text(paths.config, paths.display(paths.config), Report()) if paths.config.is_file() else None
    check_navigation(config_text, hand_written, report)
    docs_files = [p.relative_to(paths.docs_dir).as_posix() for p in sorted(paths.docs_dir.rglob("*")) if p.is_file()] if paths.docs_dir.is_dir() else []
    events, members = _entries_by_id(events_doc) or {}, _entries_by_id(members_doc) or {}
    generated = addresses.generated_files({g.slug for g in guides}, events, members, vocabulary.topics if vocabulary else (), _calendar_filters(vocabulary))
    check_clashes(docs_files, generated, guide_folder.assets, report)
    # A photo named without consent is reported as such; the notice is for photos nobody names, and only
    # once members.yaml is free of errors (a mistyped photo path is one mistake, not two).
    broken = {d.position.file for d in report.diagnostics if d.severity is Severity.ERROR}
    if members_doc is not None and paths.display(paths.members) not in broken:
        named = {m["photo"]["src"] for m in members.values() if isinstance(m.get("photo"), dict) and isinstance(m["photo"].get("src"), str)}
        check_unused_photos(docs_files, named, report)


def _check_internal_links(paths, schemas, renderer, vocabulary, members_doc, events_doc, guides, guide_folder, hand_written, report: Report) -> None:  # noqa: ANN001
    """Relative links in guides, event descriptions and member bios must lead somewhere."""
    members = _entries_by_id(members_doc)
    events = _entries_by_id(events_doc)
    # Links into a folder whose source file has errors are not judged: the file's own errors come first.
    broken = {d.position.file for d in report.diagnostics if d.severity is Severity.ERROR}
    unreadable = {
        addresses.folder(addresses.MEMBERS): members is None or paths.display(paths.members) in broken,
        addresses.folder(addresses.CALENDAR): events is None or paths.display(paths.events) in broken,
        addresses.folder(addresses.TOPICS): vocabulary is None or paths.display(paths.vocabulary) in broken,
    }
    drafts = {g.slug for g in guides if isinstance(g.front_matter.data, dict) and g.front_matter.data.get("status") == "entwurf"}
    site = SiteMap(
        pages=frozenset(addresses.all_pages({g.slug for g in guides} - drafts, events or (), members or (), vocabulary.topics if vocabulary else (), hand_written, _calendar_filters(vocabulary))),
        drafts=frozenset(addresses.guide(slug) for slug in drafts),
        docs_dir=paths.docs_dir,
        files=frozenset(guide_folder.assets),
        sources={page.uri: page.body for page in hand_written.values()} | {addresses.guide(g.slug): _guide_markdown(g) for g in guides},
        unknown_folders=frozenset(folder for folder, unknown in unreadable.items() if unknown),
        unknown_pages=frozenset(addresses.guide(path.stem) for path in guide_folder.guides if paths.display(path) in broken),
        titles=_titles(guides, drafts, events),
    )
    for guide in guides:
        check_markdown_body(guide.body, guide.body_line, guide.display, addresses.guide(guide.slug), site, report)
    # A page written by hand into docs/ follows the rules of a guide's text.
    for page in hand_written.values():
        check_text_body(page.body, page.body_line, page.display, 0, report, renderer)
        check_markdown_body(page.body, page.body_line, page.display, page.uri, site, report)
    for document, schema, address in ((events_doc, "events.schema.json", addresses.event), (members_doc, "members.schema.json", addresses.member)):
        fields = markdown_field_names(schemas[schema])
        for i, entry in enumerate(document.data if document and isinstance(document.data, list) else []):
            for field in fields:
                if isinstance(entry, dict) and isinstance(entry.get(field), str) and isinstance(entry.get("id"), str):
                    check_markdown_field(document, (i, field), address(entry["id"]), site, report)


def _titles(guides: list[GuideSource], drafts: set[str], events: dict | None) -> dict[str, str]:
    """Each short form of a published guide's or an event's title, with its page; a form two pages share names neither."""
    named: dict[str, set[str]] = {}
    pages = [(g.front_matter.data.get("title"), addresses.guide(g.slug)) for g in guides if isinstance(g.front_matter.data, dict) and g.slug not in drafts]
    pages += [(e.get("title"), addresses.event(i)) for i, e in (events or {}).items() if isinstance(e, dict)]
    for title, page in pages:
        for form in title_forms(title) if isinstance(title, str) else ():
            named.setdefault(form, set()).add(page)
    return {form: next(iter(found)) for form, found in named.items() if len(found) == 1}


@dataclass(frozen=True)
class PageInDocs:
    """A Markdown page written by hand into docs/, read once: its address, its text after the front matter."""

    uri: str
    display: str
    body: str
    body_line: int


# The YAML front matter of a page in docs/, if it has one.
_FRONT_MATTER = re.compile(r"\A---\s*\n.*?\n(?:---|\.\.\.)\s*\n", re.DOTALL)


def _read_pages_in_docs(paths: ContentPaths, report: Report) -> dict[str, PageInDocs]:
    pages = {}
    for source in sorted(paths.docs_dir.rglob("*.md")) if paths.docs_dir.is_dir() else []:
        uri = source.relative_to(paths.docs_dir).as_posix()
        display = paths.display(source)
        text = read_text(source, display, report)
        if text is None:
            pages[uri] = PageInDocs(uri, display, "", 1)  # unreadable (reported), but still a page
            continue
        front_matter = _FRONT_MATTER.match(text)
        skipped = front_matter.group(0) if front_matter else ""
        pages[uri] = PageInDocs(uri, display, text[len(skipped):], 1 + skipped.count("\n"))
    return pages


def _guide_markdown(guide: GuideSource) -> str:
    """The guide's Markdown as its page has it: the title as first heading, a survey's results
    (overrides/hub/_survey.md.j2), then the body."""
    meta = guide.front_matter.data if isinstance(guide.front_matter.data, dict) else {}
    title = meta.get("title")
    results = "## Ergebnisse\n\n" if isinstance(meta.get("results"), list) and meta["results"] else ""
    return (f"# {title}\n\n" if isinstance(title, str) else "") + results + guide.body


def _load(paths: ContentPaths, path: Path, schema: dict, report: Report) -> SourceDocument | None:
    document = load_content_file(path, paths.display(path), report)
    if document is None:
        return None
    # Rules run even when the schema is not met, on what is readable: one round shows every problem.
    check_against_schema(document, schema, report)
    return document


def _calendar_filters(vocabulary: Vocabulary | None) -> list[tuple[str, str]]:
    """The calendar's filter pages as (facet, value): every event type, format and Land of the vocabulary."""
    if vocabulary is None:
        return []
    terms_by_facet = dict(zip(addresses.CALENDAR_FACETS, (vocabulary.event_types, vocabulary.formats, vocabulary.states), strict=True))
    return [(facet, key) for facet, terms in terms_by_facet.items() for key in terms]


def _entries_by_id(document: SourceDocument | None) -> dict[str, dict] | None:
    if document is None or not isinstance(document.data, list):
        return None
    return {e["id"]: e for e in document.data if isinstance(e, dict) and isinstance(e.get("id"), str)}


def _load_guides(paths: ContentPaths, folder: GuideFolder, schema: dict, report: Report) -> list[GuideSource]:
    guides = []
    for path in folder.guides:
        with phase("load"):
            guide = load_guide(path, paths.display(path), report)
        if guide is not None:
            check_against_schema(guide.front_matter, schema, report)
            guides.append(guide)
    return guides


def _build_vocabulary(document: SourceDocument, schema: dict, report: Report) -> Vocabulary | None:
    if not isinstance(document.data, dict):
        return None
    lists = {}
    for name in ("topics", "event_types", "organisation_types", "tool_categories", "states", "formats", "statuses", "publication_types"):
        entries = document.data.get(name)
        if entries is None:
            entries = schema_default(schema, (name,))  # optional lists: the schema says what holds without them
        elif isinstance(entries, list):
            sub = SourceDocument(document.file, entries, {k[1:]: v for k, v in document.values.items() if k[:1] == (name,)})
            check_unique_ids(sub, report, "Begriff", addresses.RESERVED["topic"] if name == "topics" else set())
        if not isinstance(entries, list):
            return None
        lists[name] = {
            e["id"]: Term(
                e["id"], e.get("title", e["id"]), e.get("description", ""), e.get("code", ""), e.get("industry") is True, e.get("plural", ""),
                tuple(e.get("abbreviations", ())),
            )
            for e in entries
            if isinstance(e, dict) and isinstance(e.get("id"), str)
        }
    return Vocabulary(**lists)


def _build_member(entry: dict, vocabulary: Vocabulary, line: int) -> Member:
    scope = tuple(entry["consent"]["scope"])
    ags = entry.get("ags", "")
    state = entry.get("state") or vocabulary.state_for_code(ags[:2]).id
    contact = entry.get("contact") if "kontakt" in scope else None
    photo = entry.get("photo") if "foto" in scope else None
    return Member(
        id=entry["id"],
        name=entry["name"].strip(),
        role=entry["role"].strip(),
        organisation=entry["organisation"].strip(),
        organisation_type=entry["organisation_type"],
        state=state,
        ags=ags,
        bio=entry.get("bio", ""),
        topics=tuple(entry.get("topics", ())),
        tools=tuple(Tool(t["category"], t["name"].strip()) for t in entry.get("tools", ())),
        circle_roles=tuple(entry.get("circle_roles", ())),
        salutation=entry.get("salutation", ""),
        negz_member=entry.get("negz_member"),
        contact=Contact(**contact) if contact else None,
        photo=Photo(**photo) if photo else None,
        consent_scope=scope,
        industry=vocabulary.organisation_types[entry["organisation_type"]].industry,
        source_line=line,
    )


# What an event only for members (visibility: mitglieder) publishes, in every output alike: its page,
# the calendar, the feeds, the open data, the search index and the sitemap. Everything else (place,
# link, description, speakers, guests, status note, hosts, disclosures) is dropped here, as consent drops a member's fields.
MEMBERS_ONLY_PUBLIC = ("id", "title", "type", "format", "start", "end", "timezone", "recurrence", "status", "topics", "visibility", "announced")


def _public_part(entry: dict) -> dict:
    if entry.get("visibility") != "mitglieder":
        return entry
    return {name: value for name, value in entry.items() if name in MEMBERS_ONLY_PUBLIC}


def _build_event(document: SourceDocument, i: int, entry: dict, schema: dict) -> Event:
    """The event from its public part, with the dates the rules parsed and the schema's defaults."""
    typed = document.typed
    entry = with_defaults(_public_part(entry), schema, (i,))
    start = typed[(i, "start")]
    location = Location(**entry["location"]) if "location" in entry else None
    recurrence = None
    if "recurrence" in entry:
        r = entry["recurrence"]
        recurrence = Recurrence(
            frequency=r["frequency"],
            interval=r["interval"],
            week_of_month=r.get("week_of_month"),
            until=typed.get((i, "recurrence", "until")),
            exceptions=tuple(sorted(typed[(i, "recurrence", "except", k)] for k in range(len(r.get("except", ()))))),
        )
    return Event(
        id=entry["id"],
        title=entry["title"].strip(),
        type=entry["type"],
        all_day=not isinstance(start, datetime),
        start=start,
        end=typed.get((i, "end")),
        zone=typed[(i, "timezone")],
        format=entry["format"],
        location=location,
        url=entry.get("url", ""),
        description=entry.get("description", ""),
        speakers=tuple(entry.get("speakers", ())),
        guests=tuple(entry.get("guests", ())),
        topics=tuple(entry.get("topics", ())),
        recurrence=recurrence,
        status=entry["status"],
        status_note=entry.get("status_note", ""),
        visibility=entry["visibility"],
        source_line=document.position((i,)).line,
        announced=typed.get((i, "announced")),
        hosts=tuple(entry.get("hosts", ())),
        disclosures=tuple(Disclosure(d["person"].strip(), d["text"].strip()) for d in entry.get("disclosures", ())),
    )


def _build_guide(source: GuideSource, today: date, schema: dict) -> Guide:
    meta = with_defaults(source.front_matter.data, schema)
    published = source.front_matter.typed.get(("published",))
    reviewed = source.front_matter.typed.get(("reviewed",))
    last_review = reviewed or published
    return Guide(
        slug=source.slug,
        source=source.path,
        title=meta["title"].strip(),
        description=meta["description"].strip(),
        authors=tuple(meta["authors"]),
        topics=tuple(meta["topics"]),
        status=meta["status"],
        body=source.body,
        body_line=source.body_line,
        published=published,
        reviewed=reviewed,
        license=meta["license"],
        disclosure=meta.get("disclosure", ""),
        review_overdue=meta["status"] == "veroeffentlicht" and last_review is not None and review_due(last_review) < today,
        kind=meta["kind"],
        adopted=source.front_matter.typed.get(("adopted",)),
        signatories=tuple(meta.get("signatories", ())),
        question=meta.get("question", "").strip(),
        method=meta.get("method", "").strip(),
        sample=meta.get("sample", "").strip(),
        period=Period(source.front_matter.typed[("period", "start")], source.front_matter.typed[("period", "end")]) if "period" in meta else None,
        responses=meta.get("responses"),
        results=tuple(SurveyAnswer(r["answer"].strip(), r["count"]) for r in meta.get("results", ())),
        multiple_choice=meta["multiple_choice"],
        organisation=meta.get("organisation", "").strip(),
    )

