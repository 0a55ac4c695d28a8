"""The legal details of the site in mkdocs.yml (`extra.legal`): read with their lines and checked
against schemas/legal.schema.json, so that a missing or misspelt entry is a German message on its
line, not a template error in the middle of the build."""

from __future__ import annotations

import re
from pathlib import Path

from ..catalogue import CONFIG, ERROR, Example, rule
from ..diagnostics import Position, Report
from .schema_check import check_against_schema
from ..model.values import ValueProblem, parse_date
from ..source.yaml_source import parse_yaml, read_text

DATE_FIELDS = ("privacy_statement_date", "accessibility_statement_date")
_EXTRA = re.compile(r"^extra:\s*(#.*)?$")
_LEGAL = re.compile(r"^(\s+)legal:\s*(#.*)?$")


def check_legal_settings(config: Path, display: str, schema: dict, report: Report) -> None:
    """Report every problem of `extra.legal` in the MkDocs configuration `config`."""
    text = read_text(config, display, report)
    if text is None:
        return
    block = legal_block(text.split("\n"))
    if block is None:
        report.error(
            Position(display, 1, 1),
            "In mkdocs.yml fehlt der Abschnitt extra.legal mit den Angaben für Impressum, Datenschutz und Barrierefreiheit.",
            "rechtliches-fehlt",
            "Die Felder beschreibt schemas/legal.schema.json; unbekannte Angaben schreiben Sie als Platzhalter in [eckigen Klammern].",
        )
        return
    first_line, lines = block
    document = parse_yaml("\n".join(lines), display, report, line_offset=first_line)
    if document is None or not check_against_schema(document, schema, report):
        return
    for name in DATE_FIELDS:
        value = document.data["legal"].get(name)
        if isinstance(value, str):
            try:
                parse_date(value)
            except ValueProblem as problem:
                report.error(document.position(("legal", name)), str(problem), "ungueltiges-datum", "Beispiel: \"2026-11-27\"")


def legal_block(lines: list[str]) -> tuple[int, list[str]] | None:
    """The `legal:` mapping under the top-level `extra:`: its first line (0-based) and its lines."""
    in_extra = False
    for number, line in enumerate(lines):
        if _EXTRA.match(line):
            in_extra = True
            continue
        if in_extra and line and not line[0].isspace() and not line.startswith("#"):
            return None  # the next top-level key: extra has no legal
        match = _LEGAL.match(line) if in_extra else None
        if match:
            indent = len(match.group(1))
            end = number + 1
            while end < len(lines) and (not lines[end].strip() or lines[end].lstrip().startswith("#") or len(lines[end]) - len(lines[end].lstrip()) > indent):
                end += 1
            return number, lines[number:end]
    return None


# The rule of this module, as contributors read it on /mitmachen/meldungen/.
rule("rechtliches-fehlt", ERROR, "Rechtliche Angaben fehlen",
     "Impressum, Datenschutzerklärung und Erklärung zur Barrierefreiheit entstehen aus extra.legal in mkdocs.yml; "
     "unbekannte Angaben stehen dort als Platzhalter in [eckigen Klammern].",
     Example("mkdocs.yml", CONFIG.split("extra:")[0]), Example("mkdocs.yml", CONFIG))
