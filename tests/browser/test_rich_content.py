"""Content beyond the shipped examples: a guide that uses every means a contributor has (boxes of every
type, code, a wide table, lists, checklists, definitions, footnotes, an image) and an event in another
time zone. It must stay accessible in both schemes and on a phone, and load nothing from elsewhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from cdo_hub.check.markup import ALLOWED_ELEMENTS

from conftest import REPO, copy_repo, run_build
from html_helpers import load_page

from .conftest import served
from .site_pages import PHONE
from .test_accessibility import format_violations, run_axe

pytestmark = pytest.mark.browser

GUIDE = REPO / "tests" / "data" / "alle-gestaltungsmittel.md"
FIGURE = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="480" height="120" viewBox="0 0 480 120" role="img">'
    '<title>Antrag, Prüfung, Bescheid</title><rect width="480" height="120" fill="#dfeef3"/>'
    '<text x="20" y="66" font-size="22" fill="#0b3b4f">Antrag → Prüfung → Bescheid</text></svg>\n'
)
EVENT = """
- id: austausch-boston-2027
  title: "Austausch mit Boston: Digitale Verwaltung in den USA"
  type: webinar
  start: "2027-03-11 16:00"
  end: "17:30"
  timezone: America/New_York
  format: online
  url: https://www.negz.org/veranstaltungen
  topics: [prozessmanagement]
  description: >-
    Ein Gespräch über **Registermodernisierung** mit einer Liste:

    - erstens
    - zweitens
"""
PATHS = ["handreichungen/alle-gestaltungsmittel/", "veranstaltungen/austausch-boston-2027/", "veranstaltungen/"]
VIEWS = [("light", {"width": 1280, "height": 900}), ("dark", {"width": 1280, "height": 900}), ("light", PHONE)]


@pytest.fixture(scope="module")
def rich_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = copy_repo(tmp_path_factory.mktemp("rich"))
    (root / "handreichungen" / GUIDE.name).write_text(GUIDE.read_text(encoding="utf-8"), encoding="utf-8")
    (root / "handreichungen" / "bilder").mkdir(exist_ok=True)
    (root / "handreichungen" / "bilder" / "ablauf.svg").write_text(FIGURE, encoding="utf-8")
    events = root / "events.yaml"
    events.write_text(events.read_text(encoding="utf-8") + EVENT, encoding="utf-8")
    result = run_build(root)
    assert result.returncode == 0, result.output
    return result.site


@pytest.fixture(scope="module")
def rich_url(rich_site: Path):
    with served(rich_site) as url:
        yield url


def test_the_rich_guide_shows_every_element_the_markup_check_allows(rich_site: Path) -> None:
    # The gates below are the colour and structure check of whatever a contributor may write: the live
    # site's gate relies on them for the dark scheme. An element added to the allowlist must appear here.
    article = load_page(rich_site, "handreichungen/alle-gestaltungsmittel/").article
    missing = sorted(ALLOWED_ELEMENTS - {element.tag for element in article.iter()})
    assert not missing, "In tests/data/alle-gestaltungsmittel.md fehlen erlaubte Elemente: " + ", ".join(missing)


@pytest.mark.parametrize(("scheme", "viewport"), VIEWS, ids=["hell", "dunkel", "telefon"])
@pytest.mark.parametrize("path", PATHS)
def test_rich_content_is_accessible_and_loads_nothing_from_elsewhere(browser, rich_url, path: str, scheme: str, viewport: dict) -> None:
    context = browser.new_context(locale="de-DE", timezone_id="Europe/Berlin", viewport=viewport, color_scheme=scheme)
    requested: list[str] = []
    context.on("request", lambda request: requested.append(request.url))
    context.route(lambda url: not url.startswith(rich_url), lambda route: route.abort())
    try:
        page = context.new_page()
        response = page.goto(rich_url + path, wait_until="networkidle")
        assert response is not None and response.status == 200
        assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == {"light": "default", "dark": "slate"}[scheme]
        violations = run_axe(page)
        if violations:
            pytest.fail(f"axe-core: {len(violations)} Regeln verletzt auf /{path} ({scheme}, {viewport['width']} px):\n" + format_violations(violations), pytrace=False)
        elsewhere = [url for url in requested if not url.startswith(rich_url)]
        assert elsewhere == [], f"/{path} lädt von anderen Servern: {elsewhere}"
        # Nothing wider than the screen except what scrolls inside its own box (code, tables).
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"/{path} ist bei {viewport['width']} px um {overflow} px breiter als der Bildschirm."
    finally:
        context.close()


def test_rich_guide_shows_its_image_and_german_box_titles(browser, rich_url) -> None:
    context = browser.new_context(locale="de-DE")
    try:
        page = context.new_page()
        page.goto(rich_url + "handreichungen/alle-gestaltungsmittel/", wait_until="load")
        image = page.locator("article img[alt^='Ablauf in drei Schritten']")
        assert image.count() == 1
        assert image.evaluate("img => img.complete && img.naturalWidth > 0"), "Das Bild der Handreichung wird nicht geladen."
        titles = page.locator("article .admonition-title, article details > summary").all_inner_texts()
        assert titles[:3] == ["Hinweis", "Aus der Praxis", "Warnung"]
        assert not {"Note", "Tip", "Warning", "Danger", "Example", "Quote", "Question", "Info"} & {t.strip() for t in titles}
    finally:
        context.close()
