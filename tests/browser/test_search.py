"""Material's search finds guides, members and events by words from the shipped content."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

pytestmark = pytest.mark.browser

SEARCHES = [
    # (test id, typed word, page that must be among the results)
    ("handreichung", "Anwendungslandschaft", "handreichungen/softwarevielfalt-beherrschen/"),
    ("mitglied", "Hinrichsen", "mitglieder/malte-hinrichsen/"),
    ("veranstaltung", "Werkstatttag", "veranstaltungen/werkstatttag-prozessmanagement-2027/"),
]


@pytest.mark.parametrize(("word", "expected"), [s[1:] for s in SEARCHES], ids=[s[0] for s in SEARCHES])
def test_search_lists_the_page(visit, page, word: str, expected: str) -> None:
    visit("")
    search = page.locator(".md-search__input")
    search.click()
    search.press_sequentially(word)  # Material searches on keyup; fill() would not trigger it
    page.wait_for_selector(".md-search-result__item")
    # Material fills the result list in steps after the first hit appears: give the page time to list it.
    try:
        page.wait_for_function(
            "path => [...document.querySelectorAll('.md-search-result__item a[href]')].some(a => new URL(a.href).pathname === path)",
            arg="/" + expected,
        )
    except PlaywrightTimeoutError:
        found = result_paths(page)
        pytest.fail(f"„{word}“ findet /{expected} nicht, sondern: {sorted(found)}", pytrace=False)


def result_paths(page) -> set[str]:  # noqa: ANN001
    hrefs = page.eval_on_selector_all(".md-search-result__item a[href]", "links => links.map(a => a.href)")
    return {urlsplit(href).path for href in hrefs}
