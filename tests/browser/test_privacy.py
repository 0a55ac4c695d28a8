"""The pages load everything from their own server and keep nothing in the browser but the colour scheme."""

from __future__ import annotations

import pytest

from .site_pages import PAGES

pytestmark = pytest.mark.browser

LOCAL_SCHEMES = ("data:", "blob:")


def test_every_request_goes_to_the_local_server(visit, page, site_url, request_log) -> None:
    for _, path in PAGES:
        visit(path)
    page.keyboard.press("/")
    page.keyboard.type("Prozessmanagement")
    page.wait_for_selector(".md-search-result__item")
    page.wait_for_load_state("networkidle")
    foreign = sorted({url for url in request_log.urls if not url.startswith((site_url, *LOCAL_SCHEMES))})
    assert not foreign, "Anfragen an fremde Server:\n" + "\n".join(foreign)
    assert any(url.endswith("search/search_index.json") for url in request_log.urls), "Der Suchindex wurde nicht geladen."
    assert not request_log.page_errors, "Skriptfehler:\n" + "\n".join(request_log.page_errors)


def test_browser_keeps_only_the_colour_scheme(visit, page, context, site_url) -> None:
    # What the privacy statement promises: no cookies, no session storage, only `__palette` in localStorage.
    visit("mitglieder/")
    page.keyboard.press("/")
    page.keyboard.type("Low Code")
    page.wait_for_selector(".md-search-result__item")
    page.keyboard.press("Escape")
    page.locator("form[data-md-component=palette] label:not([hidden])").click()
    page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'slate'")
    page.goto(site_url + "datenschutz/")
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate", "Die Wahl des Farbschemas gilt nicht auf der nächsten Seite."
    assert context.cookies() == []
    assert page.evaluate("Object.keys(sessionStorage)") == []
    keys = page.evaluate("Object.keys(localStorage)")
    assert [key.rsplit(".", 1)[-1] for key in keys] == ["__palette"], keys
