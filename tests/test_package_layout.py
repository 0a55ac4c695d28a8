"""The package's layout shows the data path: no module imports one that imports it back, none imports MkDocs."""

from __future__ import annotations

import ast
from pathlib import Path

import cdo_hub

PACKAGE = Path(cdo_hub.__file__).parent


def _module_name(source: Path) -> str:
    """`check.event_rules` for hooks/cdo_hub/check/event_rules.py; a package by its folder."""
    parts = list(source.relative_to(PACKAGE).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _imports() -> dict[str, set[str]]:
    """Modules of the package each module imports, at the top or inside a function, by their dotted name."""
    names = {_module_name(source) for source in _sources()}
    graph: dict[str, set[str]] = {}
    for source in _sources():
        name = _module_name(source)
        package = name.split(".") if source.stem == "__init__" else name.split(".")[:-1]
        targets: set[str] = set()
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level:
                base = package[: len(package) - (node.level - 1)]
                stem = base + (node.module.split(".") if node.module else [])
                for alias in node.names:
                    candidate = ".".join(stem + [alias.name])
                    targets.add(candidate if candidate in names else ".".join(stem))
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("cdo_hub."):
                targets.add(node.module.removeprefix("cdo_hub."))
        graph[name] = {target for target in targets if target in names} - {name, ""}
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
    assert len(graph) > 40 and {"check.event_rules", "model.hub"} <= graph["content"]  # the scan sees the sub-packages
    circles = {module: cycle for module in graph if (cycle := _cycle_from(module, graph))}
    assert circles == {}


# What a stage may not import: the path runs source -> check -> model -> publish; the stages know
# neither the orchestration above them (content, cli) nor the repository's workflow tools (ci).
FORBIDDEN = {
    "source": {"check", "model", "publish", "ci", "content", "cli"},
    "check": {"publish", "ci", "content", "cli"},
    "model": {"publish", "ci", "content", "cli"},
    "publish": {"ci", "content", "cli"},
}


def test_each_stage_imports_only_its_own_and_earlier_stages() -> None:
    graph = _imports()
    assert {"source.yaml_source", "check.schema_check", "model.values", "publish.pages"} <= set(graph)
    wrong = {
        module: sorted(t for t in targets if t.split(".")[0] in FORBIDDEN[module.split(".")[0]])
        for module, targets in graph.items()
        if module.split(".")[0] in FORBIDDEN
    }
    assert {module: targets for module, targets in wrong.items() if targets} == {}


def _registers_rules(source: Path) -> bool:
    """Whether the module calls catalogue.rule(...) at its top level."""
    for node in ast.parse(source.read_text(encoding="utf-8")).body:
        call = node.value if isinstance(node, (ast.Expr, ast.Assign)) else None
        if isinstance(call, ast.Call) and getattr(call.func, "id", None) == "rule":
            return True
    return False


def test_the_catalogue_imports_no_rule_and_every_rule_module_is_collected() -> None:
    graph = _imports()
    registering = {_module_name(source) for source in _sources() if _registers_rules(source)}
    assert {"check.event_rules", "source.yaml_source"} <= registering  # the scan finds the rule modules
    assert graph["catalogue"] == set()
    assert registering == graph["check.all_rules"] - {"catalogue"}


def test_the_package_does_not_import_mkdocs() -> None:
    for source in _sources():
        tree = ast.parse(source.read_text(encoding="utf-8"))
        names = [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
        names += [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
        assert not [n for n in names if n.split(".")[0] == "mkdocs"], source.name


def _calls(name: str) -> dict[str, int]:
    """How often each module calls `name(...)`."""
    found: dict[str, int] = {}
    for source in _sources():
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) == name:
                found[_module_name(source)] = found.get(_module_name(source), 0) + 1
    return found


def test_a_zone_name_becomes_a_zoneinfo_in_one_place() -> None:
    assert _calls("ZoneInfo") == {"model.values": 1}


def test_the_model_and_the_outputs_take_the_zone_the_rules_read() -> None:
    """The rules turn an event's `timezone` into a zone once (document.typed); the model's Event carries
    that zone. Neither the model nor an output turns a name into a zone again: no call of `zone(...)`
    or `ZoneInfo(...)` outside model.values, which defines them (and the site's zone)."""
    calls = {name: _calls(name) for name in ("zone", "ZoneInfo")}
    assert calls["zone"].get("check.event_rules") and calls["ZoneInfo"].get("model.values")  # the scan finds the calls at all
    # `zone` imported under another name (`zone as zone_of`) counts as well.
    imported = {_module_name(source) for source in _sources() for node in ast.walk(ast.parse(source.read_text(encoding="utf-8")))
                if isinstance(node, ast.ImportFrom) and (node.module or "").endswith("values") and any(a.name == "zone" for a in node.names)}
    assert "check.event_rules" in imported
    again = sorted({module for module in [*calls["zone"], *calls["ZoneInfo"], *imported]
                    if module.split(".")[0] in ("model", "publish") and module != "model.values"})
    assert again == []


# What turns a contributor's text into a date, a time or a moment.
DATE_PARSERS = {"parse_date", "parse_moment", "parse_end", "parse_time", "strptime", "fromisoformat", "isoparse"}


def _parses_text(source: Path) -> list[str]:
    """Where the module parses date text: a call of a parser, or dateutil's parser imported."""
    found = []
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) in DATE_PARSERS:
            found.append(f"{_module_name(source)}:{node.lineno}")
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("dateutil.parser"):
            found.append(f"{_module_name(source)}:{node.lineno}")
    return found


def test_dates_are_parsed_by_the_check_stage_and_only_read_after_it() -> None:
    """The rules parse each date once and keep it in document.typed; the model, the outputs and the
    orchestration read those values and never parse a date again."""
    parsing = {_module_name(source): found for source in _sources() if (found := _parses_text(source))}
    assert any(module.startswith("check.") for module in parsing)  # the scan finds the parsers at all
    # ci.* parses its own command line (a form's date), which is no content.
    elsewhere = {module: found for module, found in parsing.items() if module != "model.values" and module.split(".")[0] not in ("check", "ci")}
    assert elsewhere == {}


def test_a_recurrence_becomes_a_series_in_one_function() -> None:
    """dateutil's rrule is built only by occurrences.series_rule, which the rules and the model share."""
    built = [_module_name(source) for source in _sources() for node in ast.walk(ast.parse(source.read_text(encoding="utf-8")))
             if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) in ("rrule", "rruleset", "rrulestr")]
    assert built and set(built) == {"model.occurrences"}


def _literal(node: ast.expr) -> object:
    """The value a default expression writes; a name or call (e.g. a constant of the model) by its source."""
    try:
        return ast.literal_eval(node)
    except ValueError:
        return ast.unparse(node)


def test_no_default_of_the_schemas_is_restated_in_the_model() -> None:
    """A field's default lives in its schema; the model's dataclasses do not write the same value again."""
    import json

    defaults: dict[str, list] = {}
    for schema in (PACKAGE.parents[1] / "schemas").glob("*.schema.json"):
        def walk(node: object) -> None:
            if isinstance(node, dict):
                for name, sub in node.get("properties", {}).items():
                    if isinstance(sub, dict) and "default" in sub:
                        defaults.setdefault(name, []).append(sub["default"])
                for value in node.values():
                    walk(value)
            elif isinstance(node, list):
                for value in node:
                    walk(value)
        walk(json.loads(schema.read_text(encoding="utf-8")))
    assert {"interval", "kind", "publication_types", "timezone"} <= set(defaults)  # the scan reads the schemas
    tree = ast.parse((PACKAGE / "model" / "hub.py").read_text(encoding="utf-8"))
    restated = [node.target.id for node in ast.walk(tree)
                if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None
                and node.target.id in defaults and _literal(node.value) in defaults[node.target.id]]
    assert restated == []


def test_a_vocabulary_value_is_checked_in_one_place() -> None:
    """check_vocabulary walks the fields the schemas mark with x-vocabulary; no rule hands a
    vocabulary list to check_reference itself, nor words its own „vokabular.yaml unter …“ hint."""
    handed: list[str] = []
    worded: list[str] = []
    for source in _sources():
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("check_reference", "check_references"):
                for arg in node.args:
                    if isinstance(arg, ast.Attribute) and "vocabulary" in ast.unparse(arg.value):
                        handed.append(f"{_module_name(source)}:{node.lineno}")
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and "vokabular.yaml unter" in node.value:
                worded.append(_module_name(source))
    assert handed == [] and worded == ["check.references"]
