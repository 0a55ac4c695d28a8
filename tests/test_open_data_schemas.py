"""Every JSON file under /daten/ has its JSON Schema under /daten/schemas/, linked from the format page,
and validates against it; the schemas are strict enough to notice a field that drifts."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from conftest import copy_repo, run_build
from html_helpers import load_page
from publishing_content import add_publishing_content

SITE_URL = "https://cdo-zirkel.example/"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # The test's own content adds every kind of publication and an industry dialogue to what is published.
    root = add_publishing_content(copy_repo(tmp_path_factory.mktemp("schemas")))
    result = run_build(root)
    assert result.returncode == 0, result.output
    return result.site


def _data_files(site: Path) -> list[Path]:
    files = sorted((site / "daten").glob("*.json"))
    assert len(files) >= 3
    return files


def _schema_of(site: Path, data_file: Path) -> dict:
    return json.loads((site / "daten" / "schemas" / f"{data_file.stem}.schema.json").read_text(encoding="utf-8"))


def test_every_published_json_file_validates_against_its_published_schema(site):
    for data_file in _data_files(site):
        schema = _schema_of(site, data_file)
        Draft202012Validator.check_schema(schema)
        assert schema["$id"] == f"{SITE_URL}daten/schemas/{data_file.stem}.schema.json"
        validator = Draft202012Validator(schema, format_checker=FormatChecker())
        errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(json.loads(data_file.read_text(encoding="utf-8")))]
        assert errors == [], data_file.name


def test_no_schema_without_its_file(site):
    schemas = {p.name.removesuffix(".schema.json") for p in (site / "daten" / "schemas").glob("*.schema.json")}
    assert schemas == {p.stem for p in _data_files(site)}


def test_the_schemas_describe_every_field(site):
    def undescribed(node: object, path: str) -> list[str]:
        found = []
        if isinstance(node, dict):
            for name, field in node.get("properties", {}).items():
                if isinstance(field, dict) and "description" not in field:
                    found.append(f"{path}.{name}")
            # Conditions (if/then/else) only restate fields already described.
            for key, value in ((k, v) for k, v in node.items() if k not in ("allOf", "if", "then", "else", "not")):
                found += undescribed(value, f"{path}.{key}" if key not in ("properties", "$defs", "items") else path)
        elif isinstance(node, list):
            for value in node:
                found += undescribed(value, path)
        return found

    for data_file in _data_files(site):
        assert undescribed(_schema_of(site, data_file), data_file.stem) == []


def test_the_format_page_links_each_schema_and_states_the_licence(site):
    page = load_page(site, "daten/")
    links = page.links()
    for data_file in _data_files(site):
        assert f"daten/schemas/{data_file.stem}.schema.json" in links, data_file.name
    text = page.article.text
    assert "Datenlizenz Deutschland – Namensnennung – Version 2.0" in text
    assert "https://www.govdata.de/dl-de/by-2-0" in [a.attrs.get("href") for a in page.article.find_all("a")]


@pytest.mark.parametrize(
    ("file", "change"),
    [
        ("veranstaltungen", lambda d: d["events"][0].update(unbekannt=1)),
        ("veranstaltungen", lambda d: d["events"][0].pop("industry_dialogue")),
        ("veranstaltungen", lambda d: next(e for e in d["events"] if e["visibility"] == "mitglieder").update(description="Ort und Zugang")),
        ("mitglieder", lambda d: d["members"][0].update(industry="ja")),
        ("handreichungen", lambda d: next(g for g in d["guides"] if g["kind"] == "umfrageergebnis").pop("results")),
        ("handreichungen", lambda d: d.update(format_version=2)),
    ],
)
def test_the_schemas_notice_a_drifting_field(site, file, change):
    data_file = site / "daten" / f"{file}.json"
    data = copy.deepcopy(json.loads(data_file.read_text(encoding="utf-8")))
    change(data)
    assert list(Draft202012Validator(_schema_of(site, data_file), format_checker=FormatChecker()).iter_errors(data)), "the change went unnoticed"
