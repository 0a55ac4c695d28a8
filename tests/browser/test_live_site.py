"""Browser gates over the repository's own content, built at the real time: every page (but the calendar's
filter pages) passes axe-core and loads nothing from elsewhere; search finds every published member by surname and every
guide by a word of its title. Properties only: pages, members and guides are enumerated, never counted."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from cdo_hub.clock import build_now
from cdo_hub.content import ContentPaths, load_hub
from cdo_hub.model import addresses
from html_helpers import html_pages

from .conftest import serve_empty_search_index
from .test_accessibility import format_violations, preload_axe, run_axe

pytestmark = [pytest.mark.browser, pytest.mark.live]

# Every page in the light scheme with every rule, split in parts so that both test processes share the
# work. The dark scheme changes colours only (Material swaps its palette's custom properties): what a page's
# content can bring into it is elements, and every element a contributor may write is checked in both
# schemes on the rich guide of test_rich_content (which fails when the allowlist grows without it); every
# kind of page is checked in both schemes by test_accessibility.
# The calendar's filter pages (by kind, format and Land) show upcoming events with the same template as the
# calendar, which lists every event: they add no content of their own and are checked per kind on the
# fixture site. Every other page of the live site is checked here.
FILTER_FOLDERS = tuple(addresses.calendar_filter(facet, "").removesuffix(".md") for facet in addresses.CALENDAR_FACETS)
PARTS = 3
LOCAL_SCHEMES = ("data:", "blob:")
WORD = re.compile(r"[^\W\d_]{4,}")


@pytest.fixture(scope="module")
def live_hub(live_repo: Path):
    hub, report = load_hub(ContentPaths.at(live_repo), build_now())
    assert hub is not None, report.summary()
    return hub


@pytest.mark.parametrize("part", range(PARTS))
def test_live_pages_pass_axe_and_load_only_their_own_files(live_site, live_site_url, live_visit, live_page, request_log, part: int) -> None:
    serve_empty_search_index(live_page.context, live_site_url, live_site)
    preload_axe(live_page.context)
    pages = [path for path in html_pages(live_site) if not path.startswith(FILTER_FOLDERS)][part::PARTS]
    assert pages, "keine Seiten gebaut"
    failures = []
    for path in pages:
        live_visit(path)
        violations = run_axe(live_page)
        if violations:
            failures.append(f"/{path}:\n" + format_violations(violations))
    foreign = sorted({url for url in request_log.urls if not url.startswith((live_site_url, *LOCAL_SCHEMES))})
    assert not failures, "axe-core meldet Verstöße:\n" + "\n".join(failures)
    assert not foreign, "Anfragen an fremde Server:\n" + "\n".join(foreign)
    assert not request_log.page_errors, "Skriptfehler:\n" + "\n".join(request_log.page_errors)


def test_search_finds_every_published_member_by_surname(live_visit, live_page, live_hub) -> None:
    searches = [(member.name.split()[-1], f"mitglieder/{member.id}/") for member in live_hub.members.values()]
    assert searches
    _assert_search_finds(live_visit, live_page, searches)


def test_search_finds_every_published_guide_by_a_word_of_its_title(live_visit, live_page, live_hub) -> None:
    searches = [(max(WORD.findall(guide.title), key=len), f"handreichungen/{guide.slug}/") for guide in live_hub.guides.values() if not guide.draft]
    assert searches
    _assert_search_finds(live_visit, live_page, searches)


def _assert_search_finds(live_visit, page, searches: list[tuple[str, str]]) -> None:  # noqa: ANN001
    live_visit("")
    search = page.locator(".md-search__input")
    search.click()
    missing = []
    for word, expected in searches:
        # Clear first and wait until the old results are gone, so a result always belongs to this word.
        search.press("Control+A")
        search.press("Backspace")
        page.wait_for_function("() => document.querySelectorAll('.md-search-result__item').length === 0")
        search.press_sequentially(word)  # Material searches on keyup; fill() would not trigger it
        try:
            page.wait_for_function(
                "path => [...document.querySelectorAll('.md-search-result__item a[href]')].some(a => new URL(a.href).pathname === path)",
                arg="/" + expected,
            )
        except PlaywrightTimeoutError:
            missing.append(f"„{word}“ findet /{expected} nicht")
    assert not missing, "\n".join(missing)
