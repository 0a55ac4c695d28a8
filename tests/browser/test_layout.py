"""Every kind of page reads at 1280 px and on a 375 px phone: no table hides a column on the desktop, and on
the phone nothing is cut off at the edge without a sign that it scrolls (a shadow at the edge that hides
more) and a way for the keyboard to scroll it. Detail pages mark the tab of their overview."""

from __future__ import annotations

import pytest

from .site_pages import PAGES, PHONE

pytestmark = pytest.mark.browser

DESKTOP = {"width": 1280, "height": 900}

# Tables whose wrapper scrolls sideways, i.e. hides part of a row.
HIDDEN_COLUMNS = """() => [...document.querySelectorAll('article table')].map((table, i) => {
  const scroller = table.closest('.md-typeset__scrollwrap') || table;
  return {i, header: table.querySelector('th') ? table.querySelector('th').textContent.trim() : '',
          scrollWidth: scroller.scrollWidth, clientWidth: scroller.clientWidth};
}).filter(t => t.scrollWidth > t.clientWidth + 1)"""

# Areas that scroll sideways, and whether a reader can tell and a keyboard can scroll them.
SCROLLING_AREAS = """() => [...document.querySelectorAll('article *')].filter(el => {
  const overflow = getComputedStyle(el).overflowX;
  return (overflow === 'auto' || overflow === 'scroll') && el.scrollWidth > el.clientWidth + 1;
}).map(el => ({
  what: el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ').join('.') : ''),
  cue: getComputedStyle(el).backgroundImage.includes('gradient'),
  keyboard: el.tabIndex >= 0,
  named: el.tagName === 'CODE' || !!el.getAttribute('aria-label'),
}))"""

# Content that sticks out past the right edge of the screen outside a scrolling area: cut off.
CUT_OFF = """() => {
  const inScroller = el => { for (let p = el.parentElement; p; p = p.parentElement) {
    const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll') return true; } return false; };
  return [...document.querySelectorAll('article *')]
    .filter(el => el.getClientRects().length && el.getBoundingClientRect().right > window.innerWidth + 1 && !inScroller(el))
    .slice(0, 5).map(el => el.tagName.toLowerCase() + ': ' + (el.textContent || '').trim().slice(0, 40));
}"""


# Every kind of page in one browser context per check: a context per page cost as much as the check.
@pytest.mark.usefixtures("without_search_index")
def test_no_table_hides_a_column_at_1280_px(visit, page) -> None:
    page.set_viewport_size(DESKTOP)
    failures = []
    for _, path in PAGES:
        visit(path)
        hidden = page.evaluate(HIDDEN_COLUMNS)
        if hidden:
            failures.append(f"/{path}: Tabellen verbergen Spalten hinter einem Bildlauf: {hidden}")
    assert not failures, "\n".join(failures)


@pytest.mark.usefixtures("without_search_index")
def test_nothing_is_cut_off_on_a_phone_without_a_scroll_cue(visit, page) -> None:
    page.set_viewport_size(PHONE)
    failures = []
    for _, path in PAGES:
        visit(path)
        page.wait_for_function("() => document.readyState === 'complete'")
        if page.evaluate("document.documentElement.scrollWidth") > PHONE["width"]:
            failures.append(f"/{path}: die ganze Seite lässt sich seitlich verschieben")
        cut = page.evaluate(CUT_OFF)
        if cut:
            failures.append(f"/{path}: abgeschnitten ohne Bildlauf: {cut}")
        unmarked = [area for area in page.evaluate(SCROLLING_AREAS) if not (area["cue"] and area["keyboard"] and area["named"])]
        if unmarked:
            failures.append(f"/{path}: seitlich verschiebbar ohne Hinweis, Tastaturzugang oder Namen: {unmarked}")
    assert not failures, "\n".join(failures)


def test_a_detail_page_marks_the_tab_of_its_overview(visit, page) -> None:
    visit("mitglieder/")
    profile = page.locator("article .hub-member a[href]:not(.headerlink)").first.get_attribute("href")
    visit("mitglieder/" + profile.removeprefix("./"))
    assert page.locator(".md-tabs__item--active").inner_text().strip() == "Mitglieder"
    assert page.locator(".md-sidebar--primary").is_hidden(), "die leere linke Spalte ist noch da"


def test_on_a_phone_no_tooltip_covers_the_search_result_count(visit, page) -> None:
    page.set_viewport_size(PHONE)
    visit("")
    page.locator("label.md-header__button[for=__search]").click()
    search = page.locator(".md-search__input")
    search.press_sequentially("Zirkel")  # Material searches on keyup
    page.wait_for_selector(".md-search-result__item")
    page.locator(".md-search__options button[type=reset]").hover()
    covering = page.evaluate("""() => {
      const meta = document.querySelector('.md-search-result__meta').getBoundingClientRect();
      return [...document.querySelectorAll('.md-tooltip')].filter(tip => {
        const r = tip.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(tip).visibility !== 'hidden' && getComputedStyle(tip).opacity !== '0'
          && r.left < meta.right && r.right > meta.left && r.top < meta.bottom && r.bottom > meta.top;
      }).map(tip => tip.textContent.trim());
    }""")
    assert not covering, f"Tooltips über der Trefferzahl: {covering}"
