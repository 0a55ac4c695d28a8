"""Two builds in one process, as `mkdocs serve` runs them: the second sees the schemas, the vocabulary
and the page templates as they are then, not as the first build read them."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
import yaml
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

from conftest import FIXED_EPOCH

EVENT = """
- id: zustand-pruefen-2027
  title: Zustand prüfen
  type: workshop
  start: "2027-02-03 10:00"
  format: online
"""


def _build_in_process(root: Path) -> None:
    config = load_config(str(root / "mkdocs.yml"), site_dir=str(root / "site"), strict=True)
    build(config)


@pytest.fixture
def in_process(monkeypatch, repo_copy):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", FIXED_EPOCH)
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    monkeypatch.chdir(repo_copy)
    with (repo_copy / "events.yaml").open("a", encoding="utf-8") as events:
        events.write(EVENT)
    return repo_copy


def test_an_edited_schema_counts_in_the_next_build_of_the_same_process(in_process, caplog):
    _build_in_process(in_process)
    page = in_process / "site" / "veranstaltungen" / "zustand-pruefen-2027" / "index.html"
    assert page.is_file()

    schema_file = in_process / "schemas" / "events.schema.json"
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    schema["$defs"]["event"]["properties"]["title"]["maxLength"] = 12
    schema_file.write_text(json.dumps(schema, ensure_ascii=False), encoding="utf-8")

    caplog.set_level(logging.INFO)
    with pytest.raises(Abort):
        _build_in_process(in_process)
    assert any("„title“ muss höchstens 12 Zeichen lang sein" in r.getMessage() for r in caplog.records), caplog.text


def test_an_edited_template_and_vocabulary_count_in_the_next_build_of_the_same_process(in_process):
    _build_in_process(in_process)
    page = in_process / "site" / "veranstaltungen" / "zustand-pruefen-2027" / "index.html"
    assert "Geändertes Etikett" not in page.read_text(encoding="utf-8")

    template = in_process / "overrides" / "hub" / "event.md.j2"
    template.write_text(template.read_text(encoding="utf-8") + "\nGeändertes Etikett\n", encoding="utf-8")
    vocabulary_file = in_process / "vokabular.yaml"
    vocabulary = yaml.safe_load(vocabulary_file.read_text(encoding="utf-8"))
    vocabulary["event_types"].append({"id": "werkstatt", "title": "Werkstatt der Zustände"})
    vocabulary_file.write_text(yaml.safe_dump(vocabulary, allow_unicode=True), encoding="utf-8")
    events = in_process / "events.yaml"
    events.write_text(events.read_text(encoding="utf-8").removesuffix(EVENT) + EVENT.replace("type: workshop", "type: werkstatt"), encoding="utf-8")
    _build_in_process(in_process)
    html = page.read_text(encoding="utf-8")
    assert "Geändertes Etikett" in html
    assert "Werkstatt der Zustände" in html
