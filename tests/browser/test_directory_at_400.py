"""The directory with 400 members, one in every Kreis: measured, and searchable by name with and without JavaScript."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from cdo_hub.model.kreise import all_kreise
from conftest import copy_repo, run_build

from .conftest import served

pytestmark = pytest.mark.browser
# The entries a reader sees: rendered, not only marked hidden.
SHOWN = "[...document.querySelectorAll('.hub-member')].filter(e => e.offsetParent !== null)"

FIRST = ["Anna", "Bernd", "Carla", "Deniz", "Eva", "Fritz", "Gül", "Hannes", "Ines", "Jonas", "Katrin", "Lars", "Mia", "Nils", "Olga", "Paul"]
FAMILY = ["Albers", "Böttcher", "Claußen", "Dreher", "Engel", "Fuchs", "Gärtner", "Hoffmann", "Ilić", "Jansen", "Kühn", "Lorenz",
          "Maurer", "Nowak", "Özdemir", "Petersen", "Quast", "Richter", "Schäfer", "Thiel", "Ulrich", "Vogt", "Wagner", "Yıldız", "Zimmermann"]  # fmt: skip


def _generated_members() -> list[dict]:
    """400 members: one per Kreis, names spread over the alphabet, a few speakers."""
    members = []
    for i, kreis in enumerate(sorted(all_kreise().values(), key=lambda k: k.ags)):
        name = f"{FIRST[i % len(FIRST)]} {FAMILY[(i * 7) % len(FAMILY)]}-{i}"
        organisation = f"{kreis.designation} {kreis.name}" if kreis.kind == "kreis" else f"Stadt {kreis.name}"
        members.append({"id": f"verzeichnis-{i}", "name": name, "organisation": organisation, "ags": kreis.ags, "kreis": kreis})
    return members


def _yaml(member: dict, i: int) -> str:
    roles = "  circle_roles: [sprecher]\n" if i % 100 == 0 else ""
    return (
        f"\n- id: {member['id']}\n  name: {member['name']}\n  role: Chief Digital Officer\n  organisation: {member['organisation']}\n"
        f"  organisation_type: landkreis\n  ags: \"{member['ags']}\"\n{roles}  topics: [low-code, prozessmanagement]\n"
        f"  consent:\n    date: \"2026-01-01\"\n    scope: [profil]\n"
    )


@pytest.fixture(scope="module")
def big_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = copy_repo(tmp_path_factory.mktemp("verzeichnis-400"))
    with open(root / "members.yaml", "a", encoding="utf-8") as out:
        out.write("".join(_yaml(m, i) for i, m in enumerate(_generated_members())))
    result = run_build(root)
    assert result.returncode == 0, result.output
    return result.site


@pytest.fixture(scope="module")
def big_site_url(big_site: Path):
    with served(big_site) as url:
        yield url


def test_directory_page_weight_at_400_members(big_site):
    html = (big_site / "mitglieder" / "index.html").read_text(encoding="utf-8")
    entries = html.count('<li class="hub-member"')
    size = len(html.encode("utf-8"))
    print(f"\n/mitglieder/ mit {entries} Einträgen: {size / 1024:.0f} KiB HTML, {size / entries:.0f} Byte je Eintrag")
    print(f"/mitglieder/a-z/: {(big_site / 'mitglieder' / 'a-z' / 'index.html').stat().st_size / 1024:.0f} KiB HTML")
    print(f"/karte/: {(big_site / 'karte' / 'index.html').stat().st_size / 1024:.0f} KiB HTML")
    assert entries >= 400
    # A compact line, not a card: the whole entry with its data for the search stays under a kilobyte.
    assert size / entries < 1024, f"{size / entries:.0f} Byte je Eintrag"


def test_name_search_is_instant_with_javascript(browser: Browser, big_site_url: str):
    wanted = _generated_members()[123]
    context = browser.new_context(locale="de-DE", viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        page.goto(big_site_url + "mitglieder/")
        search = page.get_by_label("Name, Organisation oder Ort")
        # Typed without the umlaut or the case, as people do.
        family = wanted["name"].split()[1]
        search.fill(_plain(family))
        page.wait_for_function(f"() => {SHOWN}.length === 1")
        visible = page.locator(".hub-member:visible")
        assert visible.count() == 1 and wanted["name"] in visible.inner_text()
        assert page.inner_text(".hub-filter__count") == "1 Eintrag"
        # By place: the Kreis's name finds the member there.
        search.fill(wanted["kreis"].name)
        page.wait_for_function(f"name => {SHOWN}.some(e => e.textContent.includes(name))", arg=wanted["name"])
        shown = page.locator(".hub-member:visible").all_inner_texts()
        assert 0 < len(shown) < 20
        visible.filter(has_text=wanted["name"]).get_by_role("link", name=wanted["name"]).click()
        page.wait_for_url(re.compile(f"/mitglieder/{wanted['id']}/$"))
    finally:
        context.close()


def test_name_search_works_without_javascript(browser: Browser, big_site_url: str):
    wanted = _generated_members()[321]
    family = wanted["name"].split()[1]
    letter = {"Ä": "A", "Ö": "O", "Ü": "U"}.get(family[0], family[0])
    context = browser.new_context(locale="de-DE", java_script_enabled=False, viewport={"width": 375, "height": 800})
    try:
        page = context.new_page()
        page.goto(big_site_url + "mitglieder/")
        assert not page.locator("#filter-suche").is_visible(), "Ohne JavaScript gibt es kein Suchfeld, das nichts tut."
        page.get_by_role("navigation", name="Verzeichnis nach Bundesland und Namen").get_by_role("link", name=letter, exact=True).click()
        page.wait_for_url(re.compile(f"/mitglieder/a-z/#buchstabe-{letter.lower()}$"))
        section = page.locator(f"h2#buchstabe-{letter.lower()} + ul")
        section.get_by_role("link", name=wanted["name"]).click()
        page.wait_for_url(re.compile(f"/mitglieder/{wanted['id']}/$"))
        # And by Land: its section on the directory lists the member.
        page.goto(big_site_url + "mitglieder/")
        state = page.locator(f"#land-{_state_id(page, wanted)} ~ ul").first
        assert wanted["name"] in state.inner_text()
    finally:
        context.close()


def _plain(text: str) -> str:
    return text.lower().translate(str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss", "ı": "i", "ć": "c"}))


def _state_id(page, member: dict) -> str:  # noqa: ANN001
    codes = {"01": "schleswig-holstein", "02": "hamburg", "03": "niedersachsen", "04": "bremen", "05": "nordrhein-westfalen", "06": "hessen",
             "07": "rheinland-pfalz", "08": "baden-wuerttemberg", "09": "bayern", "10": "saarland", "11": "berlin", "12": "brandenburg",
             "13": "mecklenburg-vorpommern", "14": "sachsen", "15": "sachsen-anhalt", "16": "thueringen"}  # fmt: skip
    return codes[member["ags"][:2]]
