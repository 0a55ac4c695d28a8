"""Reading a guide: the YAML front matter between `---` lines, then the Markdown body."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..catalogue import ERROR, GUIDE, guide, rule
from ..diagnostics import Position, Report
from .yaml_source import SourceDocument, parse_yaml, read_text


@dataclass
class GuideSource:
    path: Path
    display: str
    front_matter: SourceDocument
    body: str
    body_line: int

    @property
    def slug(self) -> str:
        return self.path.stem


def load_guide(path: Path, display: str, report: Report) -> GuideSource | None:
    text = read_text(path, display, report)
    if text is None:
        return None
    if not text.strip():
        report.error(Position(display, 1, 1), "Die Handreichung ist leer.", "datei-leer", _FRONT_MATTER_HINT)
        return None
    lines = text.split("\n")
    if lines[0].rstrip() != "---":
        report.error(Position(display, 1, 1), "Die Kopfdaten fehlen: die Datei muss mit einer Zeile „---“ beginnen.", "kopfdaten-fehlen", _FRONT_MATTER_HINT)
        return None
    closing = next((n for n in range(1, len(lines)) if lines[n].rstrip() in ("---", "...")), None)
    if closing is None:
        report.error(Position(display, 1, 1), "Die Kopfdaten werden nicht mit einer Zeile „---“ abgeschlossen.", "kopfdaten-fehlen", _FRONT_MATTER_HINT)
        return None
    front_matter = parse_yaml("\n".join(lines[1:closing]), display, report, line_offset=1)
    if front_matter is None:
        return None
    if front_matter.data is None:
        front_matter.data = {}
        front_matter.values[()] = Position(display, 1, 1)
    return GuideSource(path, display, front_matter, "\n".join(lines[closing + 1:]), closing + 2)


_FRONT_MATTER_HINT = (
    "Eine Handreichung beginnt so:\n"
    "    ---\n    title: Titel\n    description: Ein Satz, worum es geht.\n    authors: [vorname-nachname]\n"
    "    topics: [low-code]\n    status: entwurf\n    ---"
)


# The rule of this module, as contributors read it on /mitmachen/meldungen/.
rule("kopfdaten-fehlen", ERROR, "Kopfdaten fehlen",
     "Eine Handreichung beginnt mit ihren Kopfdaten zwischen zwei Zeilen „---“: Titel, Beschreibung, Autorinnen und Autoren, Themen, Status.",
     guide(GUIDE.split("---\n", 2)[2]), guide(GUIDE))
