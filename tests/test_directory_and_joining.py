"""The directory lists compactly, marks the circle's roles and says nothing its Land heading says; the way into the circle."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import copy_repo, run_build
from html_helpers import load_page

SPEAKER = """
- id: verzeichnistest-sprecherin
  name: Vera Verzeichnistest
  salutation: frau
  role: Chief Digital Officer
  organisation: Landkreis Vorpommern-Rügen
  organisation_type: landkreis
  ags: "13073"
  circle_roles: [sprecher]
  contact:
    email: vera@vorpommern-ruegen.example
  consent:
    date: "2026-01-01"
    scope: [profil, kontakt]
"""
MEMBER = """
- id: verzeichnistest-mitglied
  name: Max Musterverzeichnis
  role: Leiter Digitalisierung
  organisation: Stadt Stralsund
  organisation_type: gemeinde
  ags: "13073088"
  consent:
    date: "2026-01-01"
    scope: [profil]
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = copy_repo(tmp_path_factory.mktemp("verzeichnis"))
    with open(root / "members.yaml", "a", encoding="utf-8") as out:
        out.write(SPEAKER + MEMBER)
    result = run_build(root)
    assert result.returncode == 0, result.output
    return result.site


def _entry(page, member_id: str):  # noqa: ANN001
    return next(li for li in page.article.find_all("li", cls="hub-member") if f"mitglieder/{member_id}/" in page.links(li))


def test_an_entry_in_a_land_section_does_not_repeat_the_land(site):
    directory = load_page(site, "mitglieder/")
    group = next(g for g in directory.article.find_all("div", cls="hub-group") if g.find("h2", id="land-mecklenburg-vorpommern"))
    entries = group.find_all("li", cls="hub-member")
    assert {"mitglieder/verzeichnistest-sprecherin/", "mitglieder/verzeichnistest-mitglied/"} <= {directory.links(li)[0] for li in entries}
    assert not [li.text for li in entries if "Mecklenburg-Vorpommern" in li.text]
    # The Kreis of a town is the place; the Kreis's own organisation does not name it twice.
    assert "Landkreis Vorpommern-Rügen" in _entry(directory, "verzeichnistest-mitglied").text
    assert _entry(directory, "verzeichnistest-sprecherin").text.count("Vorpommern-Rügen") == 1


def test_the_a_to_z_list_names_the_land_that_no_heading_says(site):
    a_to_z = load_page(site, "mitglieder/a-z/")
    assert "Mecklenburg-Vorpommern" in _entry(a_to_z, "verzeichnistest-mitglied").text
    under_m = [link for element in a_to_z.sections("h2")["M"] for link in a_to_z.links(element)]
    assert "mitglieder/verzeichnistest-mitglied/" in under_m


def test_speakers_are_marked_in_the_directory(site):
    directory = load_page(site, "mitglieder/")
    badges = [b.text for b in _entry(directory, "verzeichnistest-sprecherin").find_all("strong", cls="hub-badge--rolle")]
    assert badges == ["Sprecherin des Zirkels"]
    assert not _entry(directory, "verzeichnistest-mitglied").find_all("strong", cls="hub-badge--rolle")


def test_the_directory_offers_search_by_land_and_by_name_without_script(site):
    directory = load_page(site, "mitglieder/")
    nav = directory.article.find("nav", aria_label="Verzeichnis nach Bundesland und Namen")
    links = directory.links(nav)
    assert "mitglieder/a-z/" in links
    anchors = [a.attrs["href"] for a in nav.find_all("a") if a.attrs["href"].startswith("#land-")]
    assert "#land-mecklenburg-vorpommern" in anchors
    assert directory.article.find("h2", id="land-mecklenburg-vorpommern") is not None
    # The instant search is hidden until the script shows it: without script no field that does nothing.
    assert "hidden" in directory.article.find("div", cls="hub-filter").attrs
    assert directory.article.find("input", id="filter-suche") is not None


def test_the_way_in_is_linked_from_start_page_and_directory(site):
    for path in ("", "mitglieder/", "karte/"):
        assert "mitmachen-im-zirkel/" in load_page(site, path).links(), path


def test_the_way_in_says_who_may_join_how_and_how_the_profile_works(site):
    page = load_page(site, "mitmachen-im-zirkel/")
    text = page.article.text
    assert "nicht Mitglied im NEGZ" in text
    assert "Einwilligung" in text and "Widerruf" in text
    sections = page.sections("h2")
    assert {"Wer kann mitmachen?", "Was Mitglieder bekommen", "So kommen Sie dazu", "Ihr öffentliches Profil"} <= set(sections)
    speaker = next(li for li in page.article.find_all("li") if "Vera Verzeichnistest" in li.text)
    assert "mailto:vera@vorpommern-ruegen.example" in [a.attrs.get("href") for a in speaker.find_all("a")]
    # The profile form of the repository is one way to ask for a profile.
    assert any(a.attrs.get("href", "").endswith("/issues/new?template=3-profil.yml") for a in page.article.find_all("a"))
