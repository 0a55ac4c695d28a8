"""The hub's YAML files (events.yaml, members.yaml, vokabular.yaml): present, not empty, and loaded
with the position of every value."""

from __future__ import annotations

from pathlib import Path

from ..catalogue import ERROR, Example, events, rule
from ..diagnostics import Position, Report
from ..timing import phase
from .yaml_source import SourceDocument, load_yaml_file

# The rules of this module, as contributors read them on /mitmachen/meldungen/.
rule("datei-fehlt", ERROR, "Datei fehlt",
     "events.yaml, members.yaml und vokabular.yaml gehören zu jedem Hub; eine leere Liste schreiben Sie als [].",
     Example("events.yaml", None, note="events.yaml gelöscht"), events("[]\n"))
rule("datei-leer", ERROR, "Datei leer",
     "Eine leere Datei ist meist ein Versehen. Eine leere Liste schreiben Sie als [], eine Handreichung hat Kopfdaten und Text.",
     events(""), events("[]\n"))


def load_content_file(path: Path, display: str, report: Report) -> SourceDocument | None:
    """The file as a SourceDocument, or None (reported) when it is missing, unreadable or empty."""
    if not path.is_file():
        report.error(Position(display, 1, 1), f"Die Datei {display} fehlt.", "datei-fehlt", "Legen Sie die Datei an; eine leere Liste schreiben Sie als [].")
        return None
    with phase("load"):
        document = load_yaml_file(path, display, report)
    if document is None:
        return None
    if document.data is None:
        report.error(Position(display, 1, 1), "Die Datei ist leer.", "datei-leer", "Eine leere Liste schreiben Sie als [].")
        return None
    return document
