"""Structural edits of a copy of the fixture hub: whole entries and fields, never find-and-replace on text.

A data file is loaded, an entry or a field is changed, added or removed, and the whole file is written
back; `position` then says where a value ended up, read from the YAML nodes the file consists of. The
tests never depend on how a value happens to be spelt in the fixture.

    edit_entry(root / "events.yaml", "sprechertreffen", recurrence={"frequency": "weekly", "interval": 0})
    line, column = position(root / "events.yaml", "sprechertreffen", "recurrence", "interval")

`Raw("2025-02-30")` writes a value exactly as given, unquoted, the way a contributor might type it;
`Quoted(...)` always in double quotes. Text whose layout matters (a folded description) is written by the
test itself as a whole entry with `append_text`.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

# Strings that YAML would read as something else when unquoted are written in double quotes, as the content does.
_NEEDS_QUOTES = re.compile(r"^[\d+\-.:]|: |^(yes|no|on|off|true|false|null|~)$", re.IGNORECASE)


class Raw(str):
    """A scalar written as given, without quotes (the resolver decides what YAML reads)."""


class Quoted(str):
    """A scalar always written in double quotes."""


class _Dumper(yaml.SafeDumper):
    pass


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = '"' if _NEEDS_QUOTES.search(value) or "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _represent_raw(dumper: yaml.SafeDumper, value: Raw) -> yaml.ScalarNode:
    tag = dumper.resolve(yaml.ScalarNode, str(value), (True, False))
    return dumper.represent_scalar(tag, str(value), style="")


def _represent_dict(dumper: yaml.SafeDumper, value: dict) -> yaml.MappingNode:
    return dumper.represent_mapping("tag:yaml.org,2002:map", value, flow_style=False)


def _represent_list(dumper: yaml.SafeDumper, value: list) -> yaml.SequenceNode:
    inline = all(not isinstance(item, (dict, list)) for item in value)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=inline)


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(dict, _represent_dict)
_Dumper.add_representer(list, _represent_list)
_Dumper.add_representer(Raw, _represent_raw)
_Dumper.add_representer(Quoted, lambda dumper, value: dumper.represent_scalar("tag:yaml.org,2002:str", str(value), style='"'))


# --- whole files -------------------------------------------------------------------------------


def load(path: Path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def dump(data: object) -> str:
    """YAML as the content is written: block mappings, short lists inline, strings quoted where needed."""
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10_000)


def write(path: Path, data: object) -> None:
    """Write `data` as the whole file, after the file's leading comment lines (the schema line first)."""
    path.write_text(_header(path) + _spaced(dump(data)), encoding="utf-8")


def _header(path: Path) -> str:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True) if path.exists() else []
    header = []
    for line in lines:
        if not line.startswith("#"):
            break
        header.append(line)
    return "".join(header) + ("\n" if header else "")


def _spaced(text: str) -> str:
    """A blank line between the entries of a top-level list, as in the content files."""
    return re.sub(r"\n(?=- )", "\n\n", text)


# --- entries of events.yaml and members.yaml (and topics of vokabular.yaml) --------------------


def entries(path: Path, section: str | None = None) -> list[dict]:
    data = load(path)
    return data[section] if section else data


def entry(path: Path, entry_id: str, section: str | None = None) -> dict:
    return next(e for e in entries(path, section) if e["id"] == entry_id)


def edit_entry(path: Path, entry_id: str, section: str | None = None, **changes: object) -> dict:
    """Set fields of the entry `entry_id` (a value of None removes the field); return the entry as written."""
    data = load(path)
    found = next(e for e in (data[section] if section else data) if e["id"] == entry_id)
    for key, value in changes.items():
        if value is None:
            found.pop(key, None)
        else:
            found[key] = value
    write(path, data)
    return found


def rename_field(path: Path, entry_id: str, old: str, new: str) -> None:
    """Rename a field of an entry in place, keeping its value and the order of the fields."""
    data = load(path)
    index = next(i for i, e in enumerate(data) if e["id"] == entry_id)
    data[index] = {(new if key == old else key): value for key, value in data[index].items()}
    write(path, data)


def add_entry(path: Path, new: dict, section: str | None = None) -> dict:
    """Append a whole entry to the list (of `section`); return it."""
    data = load(path)
    (data[section] if section else data).append(new)
    write(path, data)
    return new


def remove_entry(path: Path, entry_id: str, section: str | None = None) -> dict:
    data = load(path)
    items = data[section] if section else data
    removed = next(e for e in items if e["id"] == entry_id)
    items.remove(removed)
    write(path, data)
    return removed


def append_text(path: Path, text: str) -> int:
    """Append a whole entry written by the test itself as YAML text; return the line it starts on."""
    old = path.read_text(encoding="utf-8")
    separator = "" if old.endswith("\n\n") else ("\n" if old.endswith("\n") else "\n\n")
    path.write_text(old + separator + text, encoding="utf-8")
    return (old + separator).count("\n") + 1


# --- where a value is --------------------------------------------------------------------------


def position(path: Path, *keys: str | int) -> tuple[int, int]:
    """1-based (line, column) of the value at `keys`: an id string picks the list entry with that id,
    an int a list item, any other string a mapping key. Read from the YAML nodes, not from the text."""
    node = _node(path, keys)
    return node.start_mark.line + 1, node.start_mark.column + 1


def key_position(path: Path, *keys: str | int) -> tuple[int, int]:
    """1-based (line, column) of the last key of `keys` itself (where a field name is written)."""
    parent = _node(path, keys[:-1])
    key = next(k for k, _ in parent.value if k.value == keys[-1])
    return key.start_mark.line + 1, key.start_mark.column + 1


def _node(path: Path, keys: tuple) -> yaml.Node:
    node = yaml.compose(path.read_text(encoding="utf-8"))
    for key in keys:
        if isinstance(node, yaml.SequenceNode):
            node = node.value[key] if isinstance(key, int) else next(item for item in node.value if _id_of(item) == key)
        else:
            node = next(value for k, value in node.value if k.value == key)
    return node


def _id_of(node: yaml.Node) -> str | None:
    if isinstance(node, yaml.MappingNode):
        return next((value.value for key, value in node.value if key.value == "id"), None)
    return None


# --- guides: front matter and body -------------------------------------------------------------


def read_guide(path: Path) -> tuple[dict, str]:
    """(front matter, body) of a guide."""
    _, front, body = path.read_text(encoding="utf-8").split("---\n", 2)
    return yaml.safe_load(front), body


def write_guide(path: Path, front: dict, body: str) -> None:
    path.write_text("---\n" + dump(front) + "---\n" + body, encoding="utf-8")


def edit_guide(path: Path, body: str | None = None, **changes: object) -> None:
    """Set front-matter fields of a guide (None removes one) and, if given, replace its whole body."""
    front, old_body = read_guide(path)
    for key, value in changes.items():
        if value is None:
            front.pop(key, None)
        else:
            front[key] = value
    write_guide(path, front, old_body if body is None else body)


def guide_line(path: Path, key: str) -> int:
    """The line of a front-matter field of a guide (the file's first line is `---`)."""
    _, front, _ = path.read_text(encoding="utf-8").split("---\n", 2)
    mapping = yaml.compose(front)
    found = next(k for k, _ in mapping.value if k.value == key)
    return found.start_mark.line + 2


def body_start(path: Path) -> int:
    """The line on which the body of a guide starts."""
    _, front, _ = path.read_text(encoding="utf-8").split("---\n", 2)
    return front.count("\n") + 3


def guide_position(path: Path, *keys: str | int) -> tuple[int, int]:
    """1-based (line, column) of a front-matter value of a guide, like `position` for data files."""
    _, front, _ = path.read_text(encoding="utf-8").split("---\n", 2)
    node = yaml.compose(front)
    for key in keys:
        node = node.value[key] if isinstance(key, int) else next(value for k, value in node.value if k.value == key)
    return node.start_mark.line + 2, node.start_mark.column + 1


# A complete published guide that tests write whole, with a body of their own.
NEW_GUIDE = {
    "title": "Probehandreichung für die Tests",
    "description": "Eine vollständige Handreichung, deren Text der Test selbst schreibt.",
    "authors": ["lars-moebius", "katrin-weisshaupt"],
    "topics": ["low-code"],
    "status": "veroeffentlicht",
    "published": "2026-03-02",
    "reviewed": "2026-09-14",
    "license": "CC BY 4.0",
}


def guide_body(before_section: str = "", heading: str = "## Erster Abschnitt", after_heading: str = "") -> str:
    """The body of the tests' guide: an introduction, `before_section`, the first section's `heading`,
    `after_heading`, its text, and a second section."""
    parts = ["Eine kurze Einleitung.", before_section, heading, after_heading, "Text des ersten Abschnitts.", "## Zweiter Abschnitt", "Text des zweiten Abschnitts."]
    return "\n\n".join(part for part in parts if part) + "\n"


NEW_GUIDE_BODY = guide_body()


def write_new_guide(path: Path, body: str = NEW_GUIDE_BODY, **changes: object) -> None:
    """Write a whole guide: NEW_GUIDE's front matter with `changes` (None removes a field) and `body`."""
    front = {key: value for key, value in (NEW_GUIDE | changes).items() if value is not None}
    write_guide(path, front, "\n" + body)


def body_line(path: Path, text: str) -> int:
    """The line of the body on which `text` (a whole line the test wrote) stands."""
    lines = path.read_text(encoding="utf-8").split("\n")
    start = body_start(path)
    return start + lines[start - 1 :].index(text)
