"""Files copied to the site unchanged (guide images and PDFs, members' photos): not too large, and
SVGs without scripts or anything loaded from elsewhere."""

from __future__ import annotations

from pathlib import Path

from .diagnostics import Position, Report
from .svg_check import svg_problems
from .yaml_source import too_large

# Larger files slow every reader on a phone; figures and photos stay far below this.
MAX_FILE_BYTES = 10_000_000


def check_published_file(path: Path, display: str, report: Report) -> bool:
    """Report what makes the file unfit to publish; True when it is fine."""
    if too_large(path, display, MAX_FILE_BYTES, "Verkleinern Sie das Bild (z. B. auf 1600 Pixel Breite) oder das PDF.", report):
        return False
    if path.suffix.lower() != ".svg":
        return True
    # An SVG opened on its own runs its scripts under the hub's address.
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        report.error(Position(display, 1, 1), "Die SVG-Datei ist nicht in UTF-8 gespeichert.", "datei-kodierung", "Speichern Sie die Grafik erneut als SVG (UTF-8).")
        return False
    problems = svg_problems(text)
    for line, column, message in problems:
        report.error(
            Position(display, line, column),
            message,
            "unsichere-grafik",
            "Exportieren Sie die Grafik ohne Skripte, Animationen von Links und eingebundene Fremdinhalte (z. B. als „einfaches SVG“) oder als PNG.",
        )
    return not problems
