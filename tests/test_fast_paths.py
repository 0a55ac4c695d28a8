"""The shortcuts that make loading and validation cheap give the same results as the long way round.

- A plain YAML file is read in one pass over the parser's events; the node tree the composer builds gives
  the same data, positions, spans and dropped comments.
- Validity is first asked of the schema with its references written out; it accepts exactly what the
  schema as written accepts.
"""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator

from cdo_hub.check import schema_check
from cdo_hub.source import yaml_source
from cdo_hub.diagnostics import Report
from cdo_hub.check.schema_check import SCHEMA_DIR, load_schema

FIXTURE = Path(__file__).parent / "fixtures" / "hub"

HAND_MADE = """\
- id: eins
  title: "In Anführungszeichen: mit # Raute"
  note: 'einfach'   # ein Kommentar
  empty:
  tilde: ~
  folded: >
    Zeile eins
    Zeile zwei
  literal: |
    erste
      eingerückt
  list: [a, "b", c]
  map: {x: 1, y: [2, 3]}
  nested:
    - - tief
      - tiefer
    - {}
    - []
- plain text # dropped
- 17:30
"""


def _composed(text: str) -> yaml_source.SourceDocument:
    """The document as the composer's node tree gives it (the way every file was read before)."""
    document = yaml_source.SourceDocument("datei.yaml", None, lines=text.split("\n"))
    root = yaml.compose(text, Loader=yaml_source._LOADER)
    if root is not None:
        document.data = yaml_source._to_data(root, (), document, Report(), 0, set())
    return document


def _texts() -> list[tuple[str, str]]:
    texts = [("von Hand", HAND_MADE)]
    texts += [(name, (FIXTURE / name).read_text(encoding="utf-8")) for name in ("events.yaml", "members.yaml", "vokabular.yaml")]
    for guide in sorted((FIXTURE / "handreichungen").glob("*.md")):
        text = guide.read_text(encoding="utf-8")
        if text.startswith("---\n"):
            texts.append((guide.name, text.split("\n---", 1)[0].removeprefix("---\n")))
    return texts


@pytest.mark.parametrize(("name", "text"), _texts(), ids=[name for name, _ in _texts()])
def test_one_pass_reads_what_the_composer_reads(name, text):
    report = Report()
    read = yaml_source.parse_yaml(text, "datei.yaml", report)
    composed = _composed(text)
    assert not report.diagnostics
    assert read.data == composed.data
    assert read.values == composed.values
    assert read.keys == composed.keys
    assert read.spans == composed.spans
    assert read.trailing_comments == composed.trailing_comments


def test_hand_made_text_has_what_the_comparison_is_about():
    # Guards the test above: the text does contain comments, nulls, quoted and block scalars.
    document = yaml_source.parse_yaml(HAND_MADE, "datei.yaml", Report())
    assert document.data[0]["empty"] is None and document.data[0]["tilde"] is None
    assert document.data[0]["folded"] == "Zeile eins Zeile zwei\n"
    assert (1,) in document.trailing_comments
    assert document.data[2] == "17:30"


def test_a_repeated_field_is_still_reported_once_with_both_lines():
    report = Report()
    document = yaml_source.parse_yaml("- id: a\n  title: Eins\n  title: Zwei\n", "events.yaml", report)
    assert [d.code for d in report.diagnostics] == ["yaml-doppelter-schluessel"]
    assert document.data == [{"id": "a", "title": "Eins"}]


def _variants(entry: dict) -> list[dict]:
    """The entry with each field in turn given values of the wrong kind, emptied or removed, and an unknown field added."""
    variants = [entry, {**entry, "unbekannt": "x"}]
    for key, value in entry.items():
        for wrong in (None, 17, True, "", "Nicht Gültig!", "2026-13-45", ["liste"], {"a": "b"}, "https://beispiel.de"):
            variants.append({**entry, key: wrong})
        variants.append({k: v for k, v in entry.items() if k != key})
        if isinstance(value, dict):
            for inner in value:
                variants.append({**entry, key: {**value, inner: 17}})
                variants.append({**entry, key: {k: v for k, v in value.items() if k != inner}})
        if isinstance(value, list) and value:
            variants.append({**entry, key: [*value, 17]})
    return variants


@pytest.mark.parametrize(("data_file", "schema_name"), [("events.yaml", "events.schema.json"), ("members.yaml", "members.schema.json")])
def test_written_out_references_accept_exactly_what_the_schema_accepts(data_file, schema_name):
    schema = load_schema(schema_name, SCHEMA_DIR)
    document = yaml_source.load_yaml_file(FIXTURE / data_file, data_file, Report())
    entries = schema_check._coerce(document.data, schema, schema, (), document, Report())
    quick, full = schema_check._quick_validator(schema), Draft202012Validator(schema)
    verdicts = []
    for entry in entries:
        for variant in _variants(copy.deepcopy(entry)):
            verdicts.append(full.is_valid([variant]))
            assert quick.is_valid([variant]) == verdicts[-1], variant
    assert True in verdicts and False in verdicts  # both answers were asked for


@pytest.mark.parametrize("schema_name", sorted(p.name for p in SCHEMA_DIR.glob("*.schema.json")))
def test_every_schema_is_written_out_without_references(schema_name):
    schema = load_schema(schema_name, SCHEMA_DIR)
    assert "$ref" not in repr(schema_check._quick_validator(schema).schema)
