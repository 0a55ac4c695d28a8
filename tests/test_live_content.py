"""Gates over the repository's own content, checked like a contribution: `make check`, the strict build at
the real current time, every page reachable, nothing embedded from elsewhere, every link whole.

These tests assert properties only, never counts or texts of today's content: any valid contribution
keeps them green. The facts the hub's behaviour is tested on live in the fixture hub (tests/fixtures/hub)."""

from __future__ import annotations

from collections import deque
from pathlib import Path

import pytest

from conftest import REPO, run_check
from html_helpers import html_pages, load_page
from test_links import find_broken_links, find_foreign_resources
from validation_support import parse_text_output

pytestmark = pytest.mark.live

# The parts of a page that lead readers on: the tabs and the side navigation, the article (overviews list
# their detail pages), the footer (legal pages).
LEADING_PARTS = ("nav", "article", "footer")


def test_live_content_passes_make_check_at_the_real_time():
    done = run_check(REPO, "--strict", epoch=None)
    found = parse_text_output(done.stdout)
    assert done.returncode == 0, done.stdout + done.stderr
    assert [d for d in found if d["severity"] != "hinweis"] == [], done.stdout
    assert done.stderr == ""


def test_live_content_builds_strictly_at_the_real_time(live_site: Path):
    # The fixture `live_site` runs `mkdocs build --strict` without SOURCE_DATE_EPOCH and fails on any warning.
    assert (live_site / "index.html").is_file()
    assert (live_site / "veranstaltungen" / "kalender.ics").is_file()
    assert (live_site / "search" / "search_index.json").is_file()


def test_every_live_page_is_reachable_from_the_navigation_or_an_overview(live_site: Path):
    pages = {path for path in html_pages(live_site) if path != "404.html"}
    reached = _reachable_from_start(live_site, pages)
    assert pages - reached == set(), "Seiten, zu denen weder Navigation noch Übersicht führt:\n" + "\n".join(sorted(pages - reached))


def test_no_live_page_embeds_anything_from_another_server(live_site: Path):
    found = find_foreign_resources(live_site)
    assert not found, "Fremde Ressourcen:\n" + "\n".join(found)


def test_every_internal_link_of_the_live_site_resolves(live_site: Path):
    problems = find_broken_links(live_site)
    assert not problems, f"{len(problems)} kaputte Links:\n" + "\n".join(problems)


def test_reachability_check_finds_an_orphan(tmp_path: Path):
    """The gate itself can fail: a page that nothing leads to is named."""
    (tmp_path / "a").mkdir()
    (tmp_path / "waise").mkdir()
    (tmp_path / "index.html").write_text('<nav><a href="a/">A</a></nav><header><a href="waise/">nur im Kopf</a></header>', encoding="utf-8")
    (tmp_path / "a" / "index.html").write_text('<article><a href="../">Start</a></article>', encoding="utf-8")
    (tmp_path / "waise" / "index.html").write_text("<article>allein</article>", encoding="utf-8")
    assert _reachable_from_start(tmp_path, {"", "a/", "waise/"}) == {"", "a/"}


def _reachable_from_start(site: Path, pages: set[str]) -> set[str]:
    """Every page reached from the start page through links in the navigation, the article or the footer."""
    reached, queue = {""}, deque([""])
    while queue:
        page = load_page(site, queue.popleft())
        for part in (element for tag in LEADING_PARTS for element in page.root.find_all(tag)):
            for target in page.links(part):
                if target in pages and target not in reached:
                    reached.add(target)
                    queue.append(target)
    return reached
