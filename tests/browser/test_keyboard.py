"""Everything important works with the keyboard alone: skip link, search, directory filters.

Material takes search results out of the Tab order on purpose: the arrow keys move through them.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser

MAX_TABS = 150  # more Tab presses than any page needs to reach its content


def focused(page) -> dict:  # noqa: ANN001
    return page.evaluate(
        """() => {
            const el = document.activeElement;
            return {tag: el.tagName, id: el.id, cls: el.className, text: (el.textContent || '').trim().slice(0, 60),
                    href: el.getAttribute('href'), inContent: !!el.closest('.md-content')};
        }"""
    )


def tab_until(page, predicate, what: str) -> dict:  # noqa: ANN001
    seen = []
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        element = focused(page)
        if predicate(element):
            return element
        seen.append(element["id"] or element["text"] or element["tag"])
    pytest.fail(f"{what} ist mit Tab nicht erreichbar; fokussiert wurden: {seen[:40]}")


@pytest.mark.parametrize("path", ["", "veranstaltungen/", "mitglieder/malte-hinrichsen/"])
def test_skip_link_is_first_and_jumps_to_content(visit, page, path: str) -> None:
    visit(path)
    page.keyboard.press("Tab")
    first = focused(page)
    assert "md-skip" in first["cls"], f"Erster Tab-Halt ist nicht der Sprunglink, sondern {first}"
    assert first["text"].startswith("Zum Inhalt"), first  # German Material: „Zum Inhalt“
    assert page.locator(".md-skip").is_visible(), "Der Sprunglink bleibt mit Fokus unsichtbar."
    target = first["href"].lstrip("#")
    assert page.locator(f"[id='{target}']").count() == 1, f"Der Sprunglink zeigt auf #{target}, das es auf der Seite nicht gibt."
    page.keyboard.press("Enter")
    # Playwright learns of the in-page jump a moment after the key press: wait for it, do not read page.url at once.
    page.wait_for_url(lambda url: urlsplit(url).fragment == target)
    page.keyboard.press("Tab")
    after = focused(page)
    assert after["inContent"], f"Nach dem Sprunglink landet der nächste Tab nicht im Inhalt, sondern auf {after}"


def test_search_works_with_the_keyboard(visit, page) -> None:
    visit("")
    page.keyboard.press("/")
    assert "md-search__input" in focused(page)["cls"], "„/“ öffnet die Suche nicht."
    page.keyboard.type("Werkstatttag")
    page.wait_for_selector(".md-search-result__item")
    page.keyboard.press("ArrowDown")
    result = focused(page)
    assert result["tag"] == "A" and "md-search-result__link" in result["cls"], f"Pfeil nach unten erreicht kein Ergebnis: {result}"
    target = urlsplit(page.evaluate("document.activeElement.href")).path
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: urlsplit(url).path == target)
    assert urlsplit(page.url).path == "/veranstaltungen/werkstatttag-prozessmanagement-2027/"


def visible_members(page) -> list[dict]:  # noqa: ANN001
    return page.eval_on_selector_all(
        ".hub-member",
        "items => items.filter(i => i.offsetParent !== null).map(i => ({land: i.dataset.land, art: i.dataset.art, themen: i.dataset.themen}))",
    )


def test_directory_filters_work_with_the_keyboard(visit, page) -> None:
    visit("mitglieder/")
    everyone = visible_members(page)
    assert len(everyone) > 1
    tab_until(page, lambda el: el["id"] == "filter-land", "Der Filter „Bundesland“")
    page.keyboard.press("ArrowDown")
    land = page.eval_on_selector("#filter-land", "select => select.value")
    assert land, "Pfeil nach unten wählt kein Bundesland."
    by_land = visible_members(page)
    assert 0 < len(by_land) < len(everyone), f"Die Liste wird nicht kürzer ({len(by_land)} von {len(everyone)})."
    assert {m["land"] for m in by_land} == {land}
    count = page.inner_text(".hub-filter__count")
    assert str(len(by_land)) in count, f"Die Anzahl „{count}“ passt nicht zu {len(by_land)} Einträgen."

    page.keyboard.press("Home")  # back to "Alle Bundesländer"
    tab_until(page, lambda el: el["id"] == "filter-thema", "Der Filter „Thema“")
    page.keyboard.press("ArrowDown")
    topic = page.eval_on_selector("#filter-thema", "select => select.value")
    by_topic = visible_members(page)
    assert 0 < len(by_topic) < len(everyone)
    assert all(topic in m["themen"].split() for m in by_topic)


def test_the_publications_filter_by_kind_hides_the_other_kinds_sections(visit, page) -> None:
    visit("handreichungen/")
    everything = page.eval_on_selector_all(".hub-guide", "items => items.filter(i => i.offsetParent !== null).length")
    tab_until(page, lambda el: el["id"] == "filter-art", "Der Filter „Art“")
    page.keyboard.press("ArrowDown")
    kind = page.eval_on_selector("#filter-art", "select => select.value")
    assert kind, "Pfeil nach unten wählt keine Art."
    shown = page.eval_on_selector_all(".hub-guide", "items => items.filter(i => i.offsetParent !== null).map(i => i.dataset.art)")
    assert 0 < len(shown) < everything and set(shown) == {kind}
    # A section of another kind disappears with its heading, not only its entries.
    headings = page.eval_on_selector_all(".hub-group h2", "hs => hs.filter(h => h.offsetParent !== null).map(h => h.id)")
    assert headings == [kind]
