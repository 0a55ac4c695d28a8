"""The package's layout shows the data path: no module imports one that imports it back, none imports MkDocs."""

from __future__ import annotations

import ast
from pathlib import Path

import cdo_hub

PACKAGE = Path(cdo_hub.__file__).parent


def _imports() -> dict[str, set[str]]:
    """Modules of the package each module imports, at the top or inside a function."""
    graph: dict[str, set[str]] = {}
    for source in sorted(PACKAGE.glob("*.py")):
        targets: set[str] = set()
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                if node.module:
                    targets.add(node.module.split(".")[0])
                else:
                    targets |= {alias.name for alias in node.names}
        graph[source.stem] = targets - {source.stem}
    return graph


def _cycle_from(start: str, graph: dict[str, set[str]]) -> list[str] | None:
    stack = [(start, [start])]
    while stack:
        node, path = stack.pop()
        for target in graph.get(node, ()):
            if target == start:
                return path + [start]
            if target not in path:
                stack.append((target, path + [target]))
    return None


def test_no_module_is_part_of_an_import_circle() -> None:
    graph = _imports()
    assert len(graph) > 20 and graph["content"]  # the scan sees the package
    circles = {module: cycle for module in graph if (cycle := _cycle_from(module, graph))}
    # The catalogue imports the check path lazily to collect every rule; it is the one allowed way back.
    circles = {m: c for m, c in circles.items() if "catalogue" not in c}
    assert circles == {}


def test_the_package_does_not_import_mkdocs() -> None:
    for source in PACKAGE.glob("*.py"):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        names = [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
        names += [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
        assert not [n for n in names if n.split(".")[0] == "mkdocs"], source.name


def _calls(name: str) -> dict[str, int]:
    """How often each module calls `name(...)`."""
    found: dict[str, int] = {}
    for source in PACKAGE.glob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) == name:
                found[source.stem] = found.get(source.stem, 0) + 1
    return found


def test_a_zone_name_becomes_a_zoneinfo_in_one_place() -> None:
    assert _calls("ZoneInfo") == {"values": 1}


def test_dates_are_parsed_by_the_rules_and_only_read_by_the_model() -> None:
    parsers = {name: _calls(name) for name in ("parse_date", "parse_moment", "parse_end", "parse_time")}
    callers = {module for found in parsers.values() for module in found}
    assert "content" not in callers and "model" not in callers
    assert callers <= {"values", "event_rules", "guide_rules", "member_rules", "industry_dialogue", "legal_settings"}, parsers
