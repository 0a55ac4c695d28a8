"""Helpers for the validation tests: validate a copy of the fixture hub, read the result."""

from __future__ import annotations

import re
from pathlib import Path

from cdo_hub.content import ContentPaths, load_hub
from cdo_hub.diagnostics import Diagnostic, Report
from cdo_hub.model.hub import Hub
from conftest import FIXED_NOW

# The fixture hub carries one notice on purpose: a guide whose review is overdue.
SHIPPED_NOTICE = ("handreichungen/new-work-in-der-verwaltung.md", "pruefung-faellig")
# One line of `python -m cdo_hub` output: FILE:LINE:COLUMN: severity: message [code]
TEXT_LINE = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+):(?P<column>\d+): (?P<severity>fehler|warnung|hinweis): (?P<message>.*) \[(?P<code>[a-z0-9-]+)\]$")


def replace_once(path: Path, old: str, new: str) -> int:
    """Replace the single occurrence of `old` in mkdocs.yml (the site's code, which keeps Python tags a YAML
    round trip would lose); return the line where it started. Content is edited with `fixture_edits`."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} steht {text.count(old)}-mal in {path.name}"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def line_of(path: Path, needle: str) -> int:
    """The number of the one line that contains `needle`."""
    numbers = [n for n, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1) if needle in line]
    assert len(numbers) == 1, f"{needle!r} steht in den Zeilen {numbers} von {path.name}"
    return numbers[0]


def column_of(path: Path, line: int, needle: str) -> int:
    """The 1-based column of `needle` in line `line`, as an editor shows it."""
    return path.read_text(encoding="utf-8").split("\n")[line - 1].index(needle) + 1


def validate(root: Path) -> tuple[Hub | None, Report]:
    return load_hub(ContentPaths.at(root), FIXED_NOW)


def problems(report: Report) -> list[Diagnostic]:
    """All diagnostics except the notice the shipped content has on purpose."""
    return [d for d in report.sorted() if (d.position.file, d.code) != SHIPPED_NOTICE]


def where(report: Report) -> list[tuple[str, int, int, str, str]]:
    """(file, line, column, severity, code) of every problem: compact to compare, readable when it fails."""
    return [(d.position.file, d.position.line, d.position.column, d.severity.value, d.code) for d in problems(report)]


def only_problem(report: Report) -> Diagnostic:
    found = problems(report)
    assert len(found) == 1, "\n".join(d.as_text() for d in found)
    return found[0]


def parse_text_output(output: str) -> list[dict]:
    return [m.groupdict() for m in map(TEXT_LINE.match, output.splitlines()) if m]
