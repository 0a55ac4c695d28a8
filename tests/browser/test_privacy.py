"""The pages load everything from their own server, under a policy they never run into, and keep nothing in the browser but the colour scheme."""

from __future__ import annotations

import pytest

from .conftest import RECORD_CSP_VIOLATIONS
from .site_pages import PAGES

pytestmark = pytest.mark.browser

LOCAL_SCHEMES = ("data:", "blob:")


def test_every_page_loads_only_its_own_files_within_its_policy(visit, page, site_url, request_log) -> None:
    # One visit per kind of page for three promises: nothing from elsewhere; a policy that allows only the
    # hub's own files and no inline script but by hash; and pages that never run into that policy.
    page.add_init_script(RECORD_CSP_VIOLATIONS)
    for _, path in PAGES:
        visit(path)
        policy = page.locator('meta[http-equiv="Content-Security-Policy"]').get_attribute("content")
        assert policy and "default-src 'self'" in policy, f"/{path}: keine Content Security Policy"
        script_src = next(d for d in policy.split(";") if d.split()[0] == "script-src")
        assert "'unsafe-inline'" not in script_src, f"/{path}: {script_src}"
        assert page.evaluate("window.__cspViolations") == [], f"/{path}: {page.evaluate('window.__cspViolations')}"
    page.keyboard.press("/")
    page.keyboard.type("Prozessmanagement")
    page.wait_for_selector(".md-search-result__item")
    page.wait_for_load_state("networkidle")
    assert page.evaluate("window.__cspViolations") == [], f"Suche: {page.evaluate('window.__cspViolations')}"
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


def test_the_policy_itself_stops_a_third_party_image(visit, page, context) -> None:
    # Even if some content carried an outside address, the browser would not contact it. The request is
    # refused by the policy before it would reach the test's own network block.
    page.add_init_script(RECORD_CSP_VIOLATIONS)
    visit("handreichungen/low-code-einsetzen/")
    page.evaluate("""() => new Promise(resolve => {
        const img = document.createElement('img');
        img.alt = 'Test'; img.onerror = resolve; img.onload = resolve;
        img.src = 'https://tracker.example/pixel.png';
        document.querySelector('article').append(img);
    })""")
    # The violation event is queued separately from the image's error event: wait for it.
    page.wait_for_function("window.__cspViolations.length > 0")
    assert page.evaluate("window.__cspViolations") == ["img-src https://tracker.example/pixel.png"]
