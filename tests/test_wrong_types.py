"""Every field of an event, a member and a guide, given a value of the wrong kind, gives a German message
on its line and never a traceback: a text where a list belongs, a list where a text belongs, a section
where a date belongs, or nothing at all."""

from __future__ import annotations

import pytest

from validation_support import problems, validate

WRONG = {"text": "Irgendein Text", "list": "[eins, zwei]", "section": "{a: 1}", "empty": "", "number": "42"}
# Free-text fields, where a text or a number (read as text, as `title: 2030`) is a fine value.
TEXT_FIELDS = {"title", "name", "role", "organisation", "description", "bio", "license", "disclosure"}


def _fields(text: str, first_line: str) -> list[tuple[int, str]]:
    """(line index, field) of the top-level fields of the entry that starts at `first_line`."""
    lines = text.split("\n")
    start = lines.index(first_line)
    fields = []
    for n in range(start, len(lines)):
        line = lines[n]
        if n > start and (line.startswith("- ") or not line.strip()):
            break
        stripped = line[2:] if n == start else line
        if stripped.startswith("  ") and not stripped.startswith("   ") and ":" in stripped:
            fields.append((n, stripped.strip().split(":", 1)[0]))
        elif n == start:
            fields.append((n, stripped.split(":", 1)[0]))
    return fields


def _replace_value(lines: list[str], n: int, value: str) -> list[str]:
    """The field on line n gets `value`; its continuation lines (deeper indentation) go."""
    key, _ = lines[n].split(":", 1)
    indent = len(lines[n]) - len(lines[n].lstrip(" -"))
    end = n + 1
    while end < len(lines) and lines[end].strip() and len(lines[end]) - len(lines[end].lstrip(" ")) > indent and not lines[end].lstrip().startswith("- id:"):
        end += 1
    return lines[:n] + [f"{key}: {value}".rstrip()] + lines[end:]


CASES = [
    ("events.yaml", "- id: zirkeltreffen-2025-06-rendsburg"),
    ("events.yaml", "- id: sprechstunde-low-code"),
    ("members.yaml", "- id: malte-hinrichsen"),
]


@pytest.mark.parametrize(("file", "entry"), CASES, ids=["veranstaltung", "serie", "mitglied"])
@pytest.mark.parametrize("kind", list(WRONG))
def test_wrong_kind_of_value_in_every_field(repo_copy, file, entry, kind):
    path = repo_copy / file
    original = path.read_text(encoding="utf-8")
    for n, field in _fields(original, entry):
        if field == "id":
            continue
        changed = _replace_value(original.split("\n"), n, WRONG[kind])
        path.write_text("\n".join(changed), encoding="utf-8")
        _, report = validate(repo_copy)  # must not raise
        found = [d for d in problems(report) if d.position.file == file]
        if kind in ("text", "number") and field in TEXT_FIELDS:
            continue
        assert found, f"{field}: {WRONG[kind]!r} bleibt ohne Meldung"
        assert all(d.message and d.code for d in found)
    path.write_text(original, encoding="utf-8")


@pytest.mark.parametrize("kind", list(WRONG))
def test_wrong_kind_of_value_in_every_front_matter_field(repo_copy, kind):
    path = repo_copy / "handreichungen" / "low-code-einsetzen.md"
    original = path.read_text(encoding="utf-8")
    head, body = original.split("\n---\n", 1)
    lines = head.split("\n")
    for n in range(1, len(lines)):
        field = lines[n].split(":", 1)[0]
        changed = lines[:n] + [f"{field}: {WRONG[kind]}".rstrip()] + lines[n + 1:]
        path.write_text("\n".join(changed) + "\n---\n" + body, encoding="utf-8")
        _, report = validate(repo_copy)  # must not raise
        if kind in ("text", "number") and field in TEXT_FIELDS:
            continue
        assert [d for d in problems(report) if d.position.file.endswith("low-code-einsetzen.md")], f"{field}: {WRONG[kind]!r} bleibt ohne Meldung"
    path.write_text(original, encoding="utf-8")
