"""Every piece of content gets its page, reachable from its index, with German title and description of its own."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from content_helpers import ends_at, occurrence_starts, read_content
from html_helpers import files_containing, html_pages, load_page, search_docs, site_texts
from conftest import FIXED_NOW, REPO, copy_repo, run_build

SITE_NAME = "CDO-Zirkel"
INDEX_TITLES = {
    "": "Start",
    "handreichungen/": "Veröffentlichungen",
    "veranstaltungen/": "Veranstaltungen",
    "mitglieder/": "Mitglieder",
    "themen/": "Themen",
    "werkzeuge/": "Werkzeuge",
    "daten/": "Offene Daten",
}
OVERDUE_GUIDE = "new-work-in-der-verwaltung"
REVIEW_MONTHS = 18


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """One strict build of the shipped content, with the files of docs/ listed before and after."""
    root = copy_repo(tmp_path_factory.mktemp("pages"))
    before = _file_list(root / "docs")
    result = run_build(root)
    assert result.returncode == 0, result.output
    return {"root": root, "site": result.site, "docs_before": before, "docs_after": _file_list(root / "docs")}


@pytest.fixture(scope="module")
def site(build: dict) -> Path:
    return build["site"]


@pytest.fixture(scope="module")
def content(build: dict):
    return read_content(build["root"])


# --- every record has its page, linked from its index ------------------------------------------


@pytest.mark.parametrize(
    ("section", "records"),
    [
        ("veranstaltungen", lambda c: [e["id"] for e in c.events]),
        ("mitglieder", lambda c: [m["id"] for m in c.members]),
        ("handreichungen", lambda c: list(c.published_guides)),
        ("themen", lambda c: [t["id"] for t in c.vocabulary["topics"]]),
    ],
)
def test_every_record_has_a_page_linked_from_its_index(site, content, section, records):
    index_links = set(load_page(site, f"{section}/").links())
    for record_id in records(content):
        assert (site / section / record_id / "index.html").is_file(), f"{section}/{record_id}/ fehlt"
        assert f"{section}/{record_id}/" in index_links, f"{section}/ verlinkt {record_id} nicht"


def test_drafts_have_no_page_and_appear_nowhere(site, content):
    assert content.draft_guides, "the shipped content has a draft to test with"
    texts = site_texts(site)
    for slug, meta in content.draft_guides.items():
        assert not (site / "handreichungen" / slug).exists()
        for value in (meta["title"], meta["description"], f"handreichungen/{slug}"):
            assert files_containing(texts, value) == [], f"Entwurf „{value}“ steht in der Website"
        assert not [d for d in search_docs(site) if d["location"].startswith(f"handreichungen/{slug}")]
        assert f"handreichungen/{slug}" not in (site / "sitemap.xml").read_text(encoding="utf-8")


def test_published_guides_are_in_the_sitemap(site, content):
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    for slug in content.published_guides:
        assert f"/handreichungen/{slug}/</loc>" in sitemap


# --- titles, descriptions, language ------------------------------------------------------------


def test_every_page_is_german(site):
    for path in html_pages(site):
        assert load_page(site, path).lang == "de", path


def test_generated_pages_have_their_german_title(site, content):
    expected = {**INDEX_TITLES}
    expected |= {f"veranstaltungen/{e['id']}/": e["title"] for e in content.events}
    expected |= {f"mitglieder/{m['id']}/": m["name"] for m in content.members}
    expected |= {f"handreichungen/{slug}/": meta["title"] for slug, meta in content.published_guides.items()}
    expected |= {f"themen/{t['id']}/": f"Thema: {t['title']}" for t in content.vocabulary["topics"]}
    for path, title in expected.items():
        assert load_page(site, path).title == f"{title} - {SITE_NAME}", path


def test_every_page_has_a_description_of_its_own(site):
    site_default = _site_description()
    seen: dict[str, str] = {}
    for path in html_pages(site):
        if path == "404.html":
            continue  # Material's error page keeps the site's description
        description = load_page(site, path).description
        assert description and description.strip(), f"{path}: keine Beschreibung"
        assert description != site_default, f"{path}: Beschreibung der ganzen Website statt einer eigenen"
        assert description not in seen, f"{path} und {seen.get(description)} haben dieselbe Beschreibung"
        seen[description] = path


def test_the_error_page_is_german_and_leads_back_into_the_site(site):
    page = load_page(site, "404.html")
    assert page.title == f"Seite nicht gefunden - {SITE_NAME}"
    assert page.article.find("h1").text == "Seite nicht gefunden"
    # Served at any wrong address, so its links are absolute paths from the site root.
    links = [a.attrs["href"] for a in page.article.find_all("a")]
    assert links == ["/", "/handreichungen/", "/veranstaltungen/", "/mitglieder/", "/themen/"]
    for link in links:
        assert (site / link.lstrip("/") / "index.html").is_file(), link


def test_every_image_is_described_or_decorative_inside_a_named_link(site):
    for path in html_pages(site):
        root = load_page(site, path).root
        named_links = [a for a in root.find_all("a") if a.attrs.get("aria-label")]
        decorative_ok = {id(img) for a in named_links for img in a.find_all("img")}
        for img in root.find_all("img"):
            alt = img.attrs.get("alt")
            assert alt is not None, f"{path}: Bild ohne alt: {img.attrs}"
            assert alt.lower() not in ("logo", "image", "bild", "foto"), f"{path}: nichtssagender Alternativtext „{alt}“"
            assert alt.strip() or id(img) in decorative_ok, f"{path}: leerer Alternativtext außerhalb eines benannten Links: {img.attrs}"


def test_guide_pages_are_described_by_their_guide(site, content):
    for slug, meta in content.published_guides.items():
        assert load_page(site, f"handreichungen/{slug}/").description == meta["description"]


def test_fact_lists_give_every_term_its_own_value(site, content):
    pages = [f"veranstaltungen/{e['id']}/" for e in content.events] + [f"mitglieder/{m['id']}/" for m in content.members]
    pages += [f"handreichungen/{slug}/" for slug in content.published_guides]
    for path in pages:
        facts = load_page(site, path).article.find("div", cls="hub-facts")
        lists = facts.find_all("dl")
        assert len(lists) == 1, f"{path}: verschachtelte Definitionsliste"
        tags = [child.tag for child in lists[0].children if not isinstance(child, str)]
        assert tags == ["dt", "dd"] * (len(tags) // 2), f"{path}: {tags}"


# --- guides ------------------------------------------------------------------------------------


def test_only_the_overdue_guide_says_its_review_is_due(site, content):
    overdue = {slug for slug, meta in content.published_guides.items() if _months_before(FIXED_NOW.date(), REVIEW_MONTHS) > date.fromisoformat(meta.get("reviewed", meta["published"]))}
    assert overdue == {OVERDUE_GUIDE}
    for slug in content.published_guides:
        page = load_page(site, f"handreichungen/{slug}/")
        notes = [a.find("p", cls="admonition-title").text for a in page.article.find_all("div", cls="admonition")]
        assert ("Überprüfung fällig" in notes) == (slug in overdue), slug
    index = load_page(site, "handreichungen/")
    marked = {_card_target(index, card) for card in index.article.find_all("div", cls="hub-guide") if "Überprüfung fällig" in card.text}
    assert marked == {f"handreichungen/{s}/" for s in overdue}


def test_guide_authors_link_to_their_profiles(site, content):
    for slug, meta in content.published_guides.items():
        page = load_page(site, f"handreichungen/{slug}/")
        facts = [e for e in page.article.find("div", cls="hub-facts").find("dl").children if not isinstance(e, str)]
        by = next(facts[i + 1] for i, e in enumerate(facts) if e.tag == "dt" and e.text == "Von")
        authors = [link for link in page.links(by) if link.startswith("mitglieder/")]
        assert authors == [f"mitglieder/{a}/" for a in meta["authors"]], slug
        for author in meta["authors"]:
            profile = load_page(site, f"mitglieder/{author}/")
            assert f"handreichungen/{slug}/" in profile.links(), f"{author} verlinkt {slug} nicht"


# --- members -----------------------------------------------------------------------------------


def test_members_from_industry_are_labelled_in_directory_and_profile(site, content):
    industry_types = {t["id"]: t["title"] for t in content.vocabulary["organisation_types"] if t.get("industry")}
    assert industry_types == {"wirtschaft": "Wirtschaft"}
    directory = load_page(site, "mitglieder/")
    cards = {directory.links(entry.find("span", cls="hub-verzeichnis__name"))[0]: entry for entry in directory.article.find_all("li", cls="hub-member")}
    assert set(cards) == {f"mitglieder/{m['id']}/" for m in content.members}
    for member in content.members:
        from_industry = member["organisation_type"] in industry_types
        badge = cards[f"mitglieder/{member['id']}/"].find("strong", cls="hub-badge--wirtschaft")
        assert (badge is not None and badge.text == "Wirtschaft") == from_industry, member["id"]
        profile = load_page(site, f"mitglieder/{member['id']}/").article
        assert ("Mitglied aus der Wirtschaft" in profile.text) == from_industry, member["id"]
        assert (f"{member['organisation']} (Wirtschaft)" in profile.text) == from_industry, member["id"]
    assert any(m["organisation_type"] == "wirtschaft" for m in content.members)


def test_tool_landscape_orders_by_count_then_name_and_names_members(site, content):
    uses: dict[tuple[str, str], dict] = {}
    for member in content.members:
        for tool in member.get("tools", []):
            entry = uses.setdefault((tool["category"], tool["name"].casefold()), {"name": tool["name"], "orgs": set(), "members": []})
            entry["orgs"].add(member["organisation"])
            entry["members"].append(f"mitglieder/{member['id']}/")
    page = load_page(site, "werkzeuge/")
    for category in content.vocabulary["tool_categories"]:
        tools = sorted((u for (c, _), u in uses.items() if c == category["id"]), key=lambda u: (-len(u["orgs"]), u["name"].casefold()))
        heading = page.article.find("h2", id=category["id"])
        if not tools:
            assert heading is None, category["id"]
            continue
        assert heading is not None and heading.text == category["title"]
        table = page.sections()[category["title"]][0]
        rows = [r.find_all("td") for r in table.find("tbody").find_all("tr")]
        assert [r[0].text for r in rows] == [t["name"] for t in tools], category["id"]
        assert [int(r[1].text) for r in rows] == [len(t["orgs"]) for t in tools], category["id"]
        for row, tool in zip(rows, tools):
            assert sorted(page.links(row[2])) == sorted(tool["members"]), tool["name"]


# --- topics ------------------------------------------------------------------------------------


def test_topic_pages_gather_guides_upcoming_events_and_members(site, content):
    upcoming = _upcoming_event_ids(content)
    for topic in content.vocabulary["topics"]:
        page = load_page(site, f"themen/{topic['id']}/")
        sections = page.sections()
        guides = _section_links(page, sections["Veröffentlichungen"], "hub-guide")
        events = _section_links(page, sections["Kommende Termine"], "hub-event")
        members = _section_links(page, sections["Wer kennt sich aus?"], "hub-member")
        assert guides == {f"handreichungen/{s}/" for s, g in content.published_guides.items() if topic["id"] in g["topics"]}, topic["id"]
        assert events == {f"veranstaltungen/{e['id']}/" for e in content.events if e["id"] in upcoming and topic["id"] in e.get("topics", [])}, topic["id"]
        assert members == {f"mitglieder/{m['id']}/" for m in content.members if topic["id"] in m.get("topics", [])}, topic["id"]


# --- the build and the search index ------------------------------------------------------------


def test_the_build_writes_nothing_into_docs(build):
    assert build["docs_after"] == build["docs_before"]


def test_search_finds_members_guides_and_events_in_generated_pages(site, content):
    docs = search_docs(site)
    by_location = {d["location"]: d for d in docs}

    def indexed_under(prefix: str) -> str:
        return " ".join(d["title"] + " " + d["text"] for d in docs if d["location"] == prefix or d["location"].startswith(prefix + "#"))

    directory, guides, calendar = indexed_under("mitglieder/"), indexed_under("handreichungen/"), indexed_under("veranstaltungen/")
    for member in content.members:
        profile = by_location[f"mitglieder/{member['id']}/"]
        assert profile["title"] == member["name"]
        assert member["organisation"] in profile["text"]
        assert member["name"] in directory
    for slug, meta in content.published_guides.items():
        assert by_location[f"handreichungen/{slug}/"]["title"] == meta["title"]
        assert meta["title"] in guides
    for event in content.events:
        assert by_location[f"veranstaltungen/{event['id']}/"]["title"] == event["title"]
        assert event["title"] in calendar


def test_search_does_not_claim_there_are_no_upcoming_dates(site):
    texts = " ".join(d["text"] for d in search_docs(site) if d["location"].startswith("veranstaltungen/"))
    assert "Derzeit sind keine Termine geplant" not in texts


# --- helpers -----------------------------------------------------------------------------------


def _file_list(folder: Path) -> list[tuple[str, int, int]]:
    """Each file and folder under `folder` with its size and modification time: a rewritten file shows too."""
    entries = [(p.relative_to(folder).as_posix(), p.stat().st_size if p.is_file() else 0, p.stat().st_mtime_ns) for p in folder.rglob("*")]
    return sorted(e for e in entries if "__pycache__" not in e[0])


def _site_description() -> str:
    for line in (REPO / "mkdocs.yml").read_text(encoding="utf-8").splitlines():
        if line.startswith("site_description:"):
            return line.split(":", 1)[1].strip()
    raise AssertionError("mkdocs.yml hat keine site_description")


def _months_before(day: date, months: int) -> date:
    month_index = day.year * 12 + day.month - 1 - months
    return date(month_index // 12, month_index % 12 + 1, min(day.day, 28))


def _card_target(page, card) -> str:
    """The page a card (event, guide or member in a list) is about: the link in its heading."""
    heading = next(e for e in card.iter() if e.tag in {"h2", "h3", "h4"})
    return page.links(heading)[0]


def _section_links(page, elements, card_class: str) -> set[str]:
    return {_card_target(page, card) for element in elements for card in element.find_all("div", cls=card_class)}


def _upcoming_event_ids(content) -> set[str]:
    """Events with a date that is not over at FIXED_NOW, within the calendar's year ahead."""
    horizon = (FIXED_NOW + timedelta(days=365)).date()
    return {e["id"] for e in content.events if any(ends_at(e, s) > FIXED_NOW for s in occurrence_starts(e, horizon))}
