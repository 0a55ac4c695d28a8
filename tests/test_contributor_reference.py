"""The reference pages for contributors: every rule on /mitmachen/meldungen/, every field on /mitmachen/felder/,
and the complete entries shown on Mitmachen pass the check."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

from cdo_hub.check.all_rules import all_rules
from cdo_hub.content import ContentPaths, load_hub
from cdo_hub.check.schema_check import load_schema, resolve
from conftest import FIXED_NOW, REPO
from minimal_hub import write_minimal_hub

SCHEMAS = {"events": "events.schema.json", "members": "members.schema.json", "handreichung": "handreichung.schema.json", "vokabular": "vokabular.schema.json"}


def _property_anchors(schema: dict, root: dict, prefix: tuple[str, ...]) -> set[str]:
    anchors = set()
    for name, raw in schema.get("properties", {}).items():
        field = resolve(raw, root)
        path = prefix + (name,)
        anchors.add("-".join(path).replace("_", "-"))
        nested = resolve(field.get("items", {}), root) if field.get("type") == "array" else field
        anchors |= _property_anchors(nested, root, path)
    return anchors


def test_every_property_of_every_schema_is_on_the_fields_page(built_site: Path) -> None:
    html = (built_site / "mitmachen" / "felder" / "index.html").read_text(encoding="utf-8")
    ids = set(re.findall(r'\bid="([^"]+)"', html))
    missing = {}
    for prefix, name in SCHEMAS.items():
        root = load_schema(name)
        entry = resolve(root.get("items", root), root) if root.get("type") == "array" else root
        anchors = _property_anchors(entry, root, (prefix,))
        assert len(anchors) > 4, name
        missing[name] = sorted(anchors - ids)
    assert missing == {name: [] for name in SCHEMAS.values()}


def test_the_fields_page_shows_requirement_allowed_values_and_example(built_site: Path) -> None:
    text = unescape(re.sub(r"<[^>]+>", "", (built_site / "mitmachen" / "felder" / "index.html").read_text(encoding="utf-8")))
    location = text[text.index("location¶") :][:400]
    assert "ja, bei format: praesenz oder hybrid" in location
    scope = text[text.index("consent.scope¶") :][:800]
    assert "Erlaubte Werte" in scope and all(value in scope for value in ("profil", "kontakt", "foto"))
    topics = text[text.index("events.yaml") :]
    topics = topics[topics.index("topics¶") :][:600]
    assert "Erlaubte Werte" in topics and re.search(r"[a-z0-9-]+ \([^)]+\)", topics)
    frequency = text[text.index("recurrence.frequency¶") :][:500]
    assert "weekly" in frequency and "monthly" in frequency
    timezone = text[text.index("timezone¶") :][:500]
    assert "Ohne Angabe" in timezone and "Europe/Berlin" in timezone


def test_every_rule_is_on_the_rules_page_with_its_examples(built_site: Path) -> None:
    html = (built_site / "mitmachen" / "meldungen" / "index.html").read_text(encoding="utf-8")
    ids = set(re.findall(r'\bid="([^"]+)"', html))
    text = unescape(re.sub(r"<[^>]+>", "", html))
    rules = all_rules()
    assert [r.code for r in rules if r.code not in ids] == []
    assert [r.code for r in rules if " ".join(r.explanation.split()) not in " ".join(text.split())] == []
    assert text.count("Falsch in ") >= len(rules) and text.count("Richtig in ") >= len(rules)


def _yaml_blocks(markdown: str) -> list[str]:
    return re.findall(r"```yaml\n(.*?)```", markdown, re.DOTALL)


def test_the_complete_entries_on_the_contributing_page_pass_the_check(tmp_path: Path) -> None:
    blocks = _yaml_blocks((REPO / "docs" / "mitmachen.md").read_text(encoding="utf-8"))
    members = [b for b in blocks if b.startswith("- id:") and "consent:" in b]
    events = [b for b in blocks if b.startswith("- id:") and "format:" in b]
    assert len(members) == 1 and len(events) >= 1
    root = write_minimal_hub(tmp_path)
    (root / "members.yaml").write_text(members[0], encoding="utf-8")
    (root / "events.yaml").write_text("".join(events), encoding="utf-8")
    photo = re.search(r"src: (\S+)", members[0]).group(1)
    (root / "docs" / photo).parent.mkdir(parents=True)
    (root / "docs" / photo).write_bytes(b"JPEG")
    hub, report = load_hub(ContentPaths.at(root), FIXED_NOW)
    assert [d.as_text() for d in report.sorted()] == []
    member = next(iter(hub.members.values()))
    assert member.contact is not None and member.photo is not None and member.tools and member.circle_roles
    assert any(e.recurrence is not None for e in hub.events.values()) and any(e.location is not None for e in hub.events.values())


def test_the_contributing_page_links_both_reference_pages() -> None:
    text = (REPO / "docs" / "mitmachen.md").read_text(encoding="utf-8")
    assert "(mitmachen/felder.md)" in text and "(mitmachen/meldungen.md)" in text
