"""The policy is the second line of defence: even if an inline handler or script reached a page,
the browser would not run it; the theme's own inline scripts, the search, the palette and the
calendar's script keep working under the same policy."""

from __future__ import annotations

import shutil

import pytest

from .conftest import RECORD_CSP_VIOLATIONS, served

pytestmark = pytest.mark.browser

PLANTED = (
    '<img id="planted-image" alt="x" src="data:," onerror="window.__ran = (window.__ran || []).concat(\'onerror\')">'
    '<button id="planted-button" onclick="window.__ran = (window.__ran || []).concat(\'onclick\')">Klick</button>'
    "<script>window.__ran = (window.__ran || []).concat('script')</script>"
)


@pytest.fixture(scope="module")
def planted_url(built_site, tmp_path_factory):
    """A copy of the built site whose guide page carries a planted handler and inline script."""
    site = tmp_path_factory.mktemp("planted") / "site"
    shutil.copytree(built_site, site)
    page = site / "handreichungen" / "low-code-einsetzen" / "index.html"
    html = page.read_text(encoding="utf-8")
    marker = '<article class="md-content__inner md-typeset">'
    assert marker in html
    page.write_text(html.replace(marker, marker + PLANTED, 1), encoding="utf-8")
    with served(site) as url:
        yield url


def test_a_planted_inline_handler_and_script_do_not_run(browser, planted_url) -> None:
    context = browser.new_context(locale="de-DE")
    context.route(lambda url: not url.startswith(planted_url), lambda route: route.abort())
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.add_init_script(RECORD_CSP_VIOLATIONS)
    page.emulate_media(color_scheme="dark")
    page.goto(planted_url + "handreichungen/low-code-einsetzen/", wait_until="load")
    page.click("#planted-button")
    # Each blocked handler and script raises a violation; wait for all three before looking.
    page.wait_for_function("window.__cspViolations.filter(d => d.startsWith('script-src')).length >= 3")
    assert page.evaluate("window.__ran || []") == []
    # The theme's own inline scripts still ran: only they switch the page to the dark palette.
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"
    context.close()


def test_search_and_palette_raise_no_violation(visit, page) -> None:
    # Every kind of page loads without a violation (test_privacy); here the search and the palette run too.
    page.add_init_script(RECORD_CSP_VIOLATIONS)
    # The calendar's own script is tested in test_calendar_script.py under this very policy.
    visit("veranstaltungen/")
    page.keyboard.press("/")
    page.keyboard.type("Low Code")
    page.wait_for_selector(".md-search-result__item")
    page.keyboard.press("Escape")
    page.locator("form[data-md-component=palette] label:not([hidden])").click()
    page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'slate'")
    assert page.evaluate("window.__cspViolations") == []
