"""The 400 Kreise and kreisfreie Städte: the data of today, members' keys resolved to them, the map and its open data."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree
from collections import Counter
from pathlib import Path

import pytest

from cdo_hub.model.kreise import DATA_DIR, all_kreise, kreis_map
from conftest import copy_repo, run_build
from html_helpers import load_page
from validation_support import column_of, line_of, problems, validate

SVG = "{http://www.w3.org/2000/svg}"


def _member(member_id: str, organisation: str, ags: str, name: str | None = None) -> str:
    """A whole entry for members.yaml, consented to a profile."""
    return (
        f"\n- id: {member_id}\n  name: {name or member_id.replace('-', ' ').title()}\n  role: Chief Digital Officer\n"
        f"  organisation: {organisation}\n  organisation_type: landkreis\n  ags: \"{ags}\"\n"
        f"  consent:\n    date: \"2026-01-01\"\n    scope: [profil]\n"
    )


def _add_members(root: Path, *entries: str) -> Path:
    members = root / "members.yaml"
    with open(members, "a", encoding="utf-8") as out:
        out.write("".join(entries))
    return members


# --- the data -----------------------------------------------------------------------------


def test_kreis_data_has_the_400_of_today():
    kreise = all_kreise()
    kinds = Counter(k.kind for k in kreise.values())
    assert len(kreise) == 400
    assert (kinds["kreis"], kinds["kreisfreie-stadt"]) == (294, 106)
    assert len({k.state_code for k in kreise.values()}) == 16
    assert all(len(ags) == 5 and ags.isdigit() and ags.startswith(k.state_code) for ags, k in kreise.items())


def test_kreis_data_is_merged_to_the_state_since_july_2021():
    kreise = all_kreise()
    # Göttingen and Osterode am Harz became 03159 (2016); Eisenach joined the Wartburgkreis (2021).
    assert {"03152", "03156", "16056"}.isdisjoint(kreise)
    assert (kreise["03159"].name, kreise["03159"].kind) == ("Göttingen", "kreis")
    assert (kreise["16063"].name, kreise["16063"].kind) == ("Wartburgkreis", "kreis")
    # A Stadtkreis is a kreisfreie Stadt; Region Hannover, Städteregion Aachen, Regionalverband Saarbrücken are Kreise.
    assert (kreise["08111"].designation, kreise["08111"].kind) == ("Stadtkreis", "kreisfreie-stadt")
    assert {kreise[a].kind for a in ("03241", "05334", "10041")} == {"kreis"}
    assert {kreise[a].kind for a in ("11000", "02000")} == {"kreisfreie-stadt"}


def test_the_map_has_one_outline_per_kreis_and_per_land():
    shapes = kreis_map()
    assert set(shapes.kreise) == set(all_kreise())
    assert set(shapes.states) == {k.state_code for k in all_kreise().values()}
    width, height = (float(v) for v in shapes.view_box.split()[2:])
    assert 1.2 < height / width < 1.5, "Deutschland ist höher als breit, etwa 1,35 : 1 in UTM."
    root = ElementTree.parse(DATA_DIR / "kreise-karte.svg").getroot()
    assert not [e.tag for e in root.iter() if e.tag.removeprefix(SVG) not in {"svg", "g", "path"}], "Die Karte enthält nur Pfade."


def test_the_source_and_licence_are_named_beside_the_data():
    readme = (DATA_DIR / "README.md").read_text(encoding="utf-8")
    assert "© GeoBasis-DE / BKG" in readme and "dl-de/by-2-0" in readme and "scripts/kreise_erzeugen.py" in readme


# --- members' keys ------------------------------------------------------------------------


def test_a_kreis_or_gemeinde_key_resolves_to_its_kreis(repo_copy):
    _add_members(repo_copy, _member("kreis-person", "Landkreis Göttingen", "03159"), _member("gemeinde-person", "Stadt Eisenach", "16063014"))
    hub, report = validate(repo_copy)
    assert hub is not None, report.summary()
    assert hub.members["kreis-person"].kreis_ags == "03159"
    assert hub.members["gemeinde-person"].kreis_ags == "16063"
    assert hub.members["gemeinde-person"].state == "thueringen"


def test_a_key_that_names_no_kreis_is_an_error_at_its_line_with_the_closest_kreise(repo_copy):
    members = _add_members(repo_copy, _member("alte-stadt", "Stadt Eisenach", "16056"), _member("vertippt", "Kreis Rendsburg-Eckernförde", "01099"))
    _, report = validate(repo_copy)
    found = [d for d in problems(report) if d.code == "kreis-unbekannt"]
    assert [(d.position.file, d.position.line, d.position.column) for d in found] == [
        ("members.yaml", line_of(members, '"16056"'), column_of(members, line_of(members, '"16056"'), '"16056"')),
        ("members.yaml", line_of(members, '"01099"'), column_of(members, line_of(members, '"01099"'), '"01099"')),
    ]
    assert "„01058“ (Kreis Rendsburg-Eckernförde)" in found[1].hint
    assert found[0].hint.startswith("„16056“ gehört heute zu „16063“ (Landkreis Wartburgkreis)")


def test_a_key_outside_any_land_is_reported_once(repo_copy):
    members = _add_members(repo_copy, _member("niemandsland", "Kreis Irgendwo", "17001"))
    _, report = validate(repo_copy)
    assert [(d.position.line, d.code) for d in problems(report)] == [(line_of(members, '"17001"'), "ags-ungueltig")]


# --- the map page and the open data -------------------------------------------------------


@pytest.fixture(scope="module")
def site_with_new_members(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = copy_repo(tmp_path_factory.mktemp("kreise"))
    _add_members(
        root,
        _member("karte-kreis", "Landkreis Vorpommern-Greifswald", "13075", "Karla Kreis"),
        _member("karte-gemeinde", "Gemeinde Zingst", "13073107", "Gero Gemeinde"),
        _member("karte-zweite", "Landkreis Vorpommern-Greifswald", "13075", "Zora Zweite"),
    )
    result = run_build(root)
    assert result.returncode == 0, result.output
    return result.site


def test_open_data_lists_the_400_with_their_members(site_with_new_members):
    data = json.loads((site_with_new_members / "daten" / "kreise.json").read_text(encoding="utf-8"))
    rows = {row["ags"]: row for row in data["kreise"]}
    assert len(rows) == 400 and set(rows) == set(all_kreise())
    assert rows["13075"]["members"] >= 2 and rows["13073"]["members"] >= 1
    assert rows["13075"] == {**rows["13075"], "name": "Vorpommern-Greifswald", "kind": "kreis", "state": "mecklenburg-vorpommern"}
    assert data["credit"] == "© GeoBasis-DE / BKG 2016"


def test_map_page_marks_represented_kreise_by_pattern_and_says_how_many(site_with_new_members):
    data = json.loads((site_with_new_members / "daten" / "kreise.json").read_text(encoding="utf-8"))
    represented = sum(1 for row in data["kreise"] if row["members"])
    page = load_page(site_with_new_members, "karte/")
    svg = page.article.find("svg", role="img")
    assert svg is not None
    labels = svg.attrs["aria-labelledby"].split()
    assert [svg.find(id=label).tag for label in labels] == ["title", "desc"]
    assert f"{represented} von 400 Kreisen vertreten" in svg.find("desc").text
    paths = svg.find("g", cls="hub-karte__kreise").find_all("path")
    assert len(paths) == 400
    assert len([p for p in paths if "hub-karte__vertreten" in p.classes]) == represented
    assert svg.find("pattern", id="karte-schraffur") is not None, "Vertretene Kreise sind schraffiert, nicht nur anders gefärbt."
    assert not [e for e in svg.iter() if e.tag == "a" or "tabindex" in e.attrs], "Die Karte hat keinen Tabstopp je Kreis."
    assert "© GeoBasis-DE / BKG" in page.article.find("figcaption").text


def test_map_page_table_names_every_kreis_and_links_the_members_there(site_with_new_members):
    page = load_page(site_with_new_members, "karte/")
    rows = [r for table in page.article.find_all("table")[1:] for r in table.find_all("tr") if r.find("td")]
    assert len(rows) == 400
    row = next(r for r in rows if r.find("td").text == "13075")
    cells = [c.text for c in row.find_all("td")]
    assert cells[1:4] == ["Vorpommern-Greifswald", "Landkreis", "ja"]
    assert {"mitglieder/karte-kreis/", "mitglieder/karte-zweite/"} <= set(page.links(row))
    summary = page.article.find_all("table")[0]
    assert "294" in summary.text and "106" in summary.text


def test_map_is_linked_from_the_start_page_and_the_directory(site_with_new_members):
    for path in ("", "mitglieder/"):
        assert "karte/" in load_page(site_with_new_members, path).links(), path
