"""Files copied to the site unchanged (guide images and PDFs, members' photos): not too large, and
SVGs without scripts or anything loaded from elsewhere."""

from __future__ import annotations

from pathlib import Path

from ..catalogue import ERROR, Example, rule
from ..diagnostics import Position, Report
from .svg_check import svg_problems
from ..source.yaml_source import too_large

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


# The rule of this module, as contributors read it on /mitmachen/meldungen/.
rule("unsichere-grafik", ERROR, "SVG-Grafik mit Skript oder fremden Inhalten",
     "Eine SVG-Grafik, die für sich geöffnet wird, führt ihre Skripte unter der Adresse der Website aus. Grafiken enthalten "
     "keine Skripte und laden nichts nach.",
     Example("handreichungen/bilder/ablauf.svg", '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>\n'),
     Example("handreichungen/bilder/ablauf.svg", '<svg xmlns="http://www.w3.org/2000/svg"><rect width="10" height="10"/></svg>\n'))
