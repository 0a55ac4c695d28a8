"""Every field of an event, a member and a guide, given a value of the wrong kind, gives a German message
on its line and never a traceback: a text where a list belongs, a list where a text belongs, a section
where a date belongs, or nothing at all.

Each field is broken in its own copy of the entry (or of the guide), all copies in one hub: one check
answers for every field at once, and each message must stand on the line of the field broken there (its name or its value)."""

from __future__ import annotations

import shutil

import pytest

from fixture_edits import add_entry, entry, guide_line, guide_position, key_position, position, read_guide, write_guide
from validation_support import problems, validate

# What YAML reads from `Irgendein Text`, `[eins, zwei]`, `{a: 1}`, an empty value and `42`.
WRONG = {"text": "Irgendein Text", "list": ["eins", "zwei"], "section": {"a": 1}, "empty": None, "number": 42}
# Free-text fields, where a text or a number (read as text, as `title: 2030`) is a fine value.
TEXT_FIELDS = {"title", "name", "role", "organisation", "description", "bio", "license", "disclosure"}

CASES = [
    ("events.yaml", "zirkeltreffen-2025-06-rendsburg"),
    ("events.yaml", "sprechstunde-low-code"),
    ("members.yaml", "malte-hinrichsen"),
]
GUIDE = "low-code-einsetzen"


def _expects_message(field: str, kind: str) -> bool:
    return not (kind in ("text", "number") and field in TEXT_FIELDS)


@pytest.mark.parametrize(("file", "entry_id"), CASES, ids=["veranstaltung", "serie", "mitglied"])
@pytest.mark.parametrize("kind", list(WRONG))
def test_wrong_kind_of_value_in_every_field(repo_copy, file, entry_id, kind):
    path = repo_copy / file
    original = entry(path, entry_id)
    fields = [field for field in original if field != "id"]
    assert len(fields) >= 4, "der Eintrag der Fixture hat kaum Felder"
    copies = {}
    for field in fields:
        copy_id = f"{entry_id}-falsch-{field.replace('_', '-')}"
        add_entry(path, {**original, "id": copy_id, field: WRONG[kind]})
        copies[field] = copy_id
    _, report = validate(repo_copy)  # must not raise
    found = [d for d in problems(report) if d.position.file == file]
    assert all(d.message and d.code for d in found)
    lines = {d.position.line for d in found}
    silent = [f"{field}: {WRONG[kind]!r}" for field, copy_id in copies.items()
              if _expects_message(field, kind) and not {key_position(path, copy_id, field)[0], position(path, copy_id, field)[0]} & lines]
    assert not silent, "ohne Meldung auf der Zeile des Feldes:\n" + "\n".join(silent)


@pytest.mark.parametrize("kind", list(WRONG))
def test_wrong_kind_of_value_in_every_front_matter_field(repo_copy, kind):
    folder = repo_copy / "handreichungen"
    front, body = read_guide(folder / f"{GUIDE}.md")
    assert len(front) >= 4, "die Handreichung der Fixture hat kaum Felder"
    copies = {}
    for field in front:
        copy = folder / f"{GUIDE}-falsch-{field.replace('_', '-')}.md"
        write_guide(copy, {**front, field: WRONG[kind]}, body)
        for asset in folder.glob(f"{GUIDE}/*"):  # images beside the guide belong to each copy
            (folder / copy.stem).mkdir(exist_ok=True)
            shutil.copy(asset, folder / copy.stem / asset.name)
        copies[field] = copy
    _, report = validate(repo_copy)  # must not raise
    found = {(d.position.file, d.position.line) for d in problems(report)}
    assert all(d.message and d.code for d in problems(report))
    silent = [f"{field}: {WRONG[kind]!r}" for field, copy in copies.items()
              if _expects_message(field, kind) and not {(f"handreichungen/{copy.name}", line) for line in (guide_line(copy, field), guide_position(copy, field)[0])} & found]
    assert not silent, "ohne Meldung auf der Zeile des Feldes:\n" + "\n".join(silent)
