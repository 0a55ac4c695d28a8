"""The rule catalogue: every code once, its examples run through the real check, and nothing uncatalogued."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from cdo_hub import catalogue
from cdo_hub.catalogue import UnknownCode
from cdo_hub.check.all_rules import all_rules
from cdo_hub.content import ContentPaths, load_hub
from cdo_hub.diagnostics import Position, Report, Severity
from conftest import FIXED_NOW
from minimal_hub import apply_example, write_minimal_hub

PACKAGE = Path(catalogue.__file__).parent
RULES = all_rules()
CODE_SHAPE = re.compile(r"^[a-z]+(-[a-z]+)+$")


def _codes(root: Path) -> list[str]:
    # Checked as before publishing, so that the launch guard's rule is exercised too.
    _, report = load_hub(ContentPaths.at(root), FIXED_NOW, launch=True)
    return [d.code for d in report.sorted()]


def test_the_minimal_hub_is_valid(tmp_path: Path) -> None:
    assert _codes(write_minimal_hub(tmp_path)) == []


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_the_wrong_example_yields_exactly_its_code(tmp_path: Path, rule: catalogue.Rule) -> None:
    root = write_minimal_hub(tmp_path)
    apply_example(root, rule.wrong)
    assert set(_codes(root)) == {rule.code}


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_the_right_example_yields_nothing(tmp_path: Path, rule: catalogue.Rule) -> None:
    root = write_minimal_hub(tmp_path)
    apply_example(root, rule.right)
    assert _codes(root) == []


def test_every_entry_is_complete_and_german() -> None:
    for rule in RULES:
        assert rule.title and rule.explanation.endswith("."), rule.code
        assert rule.wrong.file == rule.right.file or rule.right.text is not None, rule.code


def test_a_report_refuses_an_uncatalogued_code() -> None:
    with pytest.raises(UnknownCode):
        Report().error(Position("events.yaml", 1, 1), "Etwas stimmt nicht.", "gibt-es-nicht")


def test_a_report_refuses_a_code_with_another_severity() -> None:
    error_rule = next(r for r in RULES if r.severity is Severity.ERROR)
    with pytest.raises(UnknownCode):
        Report().warning(Position("events.yaml", 1, 1), "Etwas stimmt nicht.", error_rule.code)


def _literal_codes() -> dict[str, list[str]]:
    """Codes written as literals in the package: arguments of report.error/warning/notice and the
    (column, message, code, hint) tuples of the text checks."""
    found: dict[str, list[str]] = {}
    for source in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            code = None
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("error", "warning", "notice"):
                if len(node.args) >= 3 and isinstance(node.args[2], ast.Constant):
                    code = node.args[2].value
            elif isinstance(node, ast.Tuple) and len(node.elts) == 4 and isinstance(node.elts[2], ast.Constant) and isinstance(node.elts[2].value, str):
                code = node.elts[2].value
            if isinstance(code, str) and CODE_SHAPE.match(code):
                found.setdefault(code, []).append(f"{source.relative_to(PACKAGE).as_posix()}:{node.lineno}")
    return found


def test_every_code_written_in_the_package_is_catalogued() -> None:
    literal = _literal_codes()
    assert len(literal) > 40  # the scan finds the call sites at all
    unknown = {code: where for code, where in literal.items() if code not in catalogue.RULES}
    assert unknown == {}


def _schema_codes() -> dict[str, dict]:
    """Rules the JSON Schemas state themselves (if/then, dependentSchemas): each names its code with x-code."""
    import json

    found: dict[str, dict] = {}

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if "x-code" in node:
                found[node["x-code"]] = node
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for schema in sorted((PACKAGE.parents[1] / "schemas").glob("*.schema.json")):
        walk(json.loads(schema.read_text(encoding="utf-8")))
    return found


def test_every_rule_a_schema_states_is_catalogued_as_an_error_with_its_words() -> None:
    stated = _schema_codes()
    assert {"einwilligung-fehlt", "kontakt-ohne-einwilligung", "foto-ohne-einwilligung"} <= set(stated)
    for code, node in stated.items():
        assert code in catalogue.RULES and catalogue.RULES[code].severity is Severity.ERROR, code
        assert node.get("x-message") and node.get("x-hint"), code  # the schema check reports them as written
