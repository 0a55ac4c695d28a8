"""Files copied to the site unchanged (guide images and PDFs, members' photos): not too large, and
SVGs without scripts or anything loaded from elsewhere."""

from __future__ import annotations

import re
from pathlib import Path

from .catalogue import ERROR, Example, rule
from .diagnostics import Position, Report
from .text_safety import EVENT_ATTRIBUTE_RE, SCRIPT_URL_RE
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
    clean = True
    for number, line in enumerate(text.split("\n"), start=1):
        for column, message in svg_problems(line):
            report.error(
                Position(display, number, column),
                message,
                "unsichere-grafik",
                "Exportieren Sie die Grafik ohne Skripte und eingebundene Fremdinhalte (z. B. als „einfaches SVG“) oder als PNG.",
            )
            clean = False
    return clean


# Elements that run code or embed another document. (<foreignObject>, which draw.io uses for text
# labels, is harmless in itself; a script inside it is caught as a script.)
_SVG_ELEMENT_RE = re.compile(r"<\s*(script|iframe|object|embed)\b", re.IGNORECASE)
# href/src that load something: anything but an in-file reference (#id) or an embedded raster image.
# Elements that make the browser fetch what their href/src names, unless it is a reference within the
# file (#id) or an embedded raster image. A plain link (<a href>) loads nothing until it is followed.
_SVG_LOAD_RE = re.compile(
    r"<\s*(?:image|use|feImage|audio|video|source|track)\b[^>]*?\b(?:xlink:)?(?:href|src)\s*=\s*[\"']\s*(?!#|data:image/(?:png|jpeg|gif|webp);)([^\"']+)",
    re.IGNORECASE,
)
_CSS_IMPORT_RE = re.compile(r"@import|url\(\s*[\"']?\s*(?!#|data:image/)[a-z]+:", re.IGNORECASE)


def svg_problems(line: str) -> list[tuple[int, str]]:
    """(column, message) for what makes an SVG run code or load from elsewhere."""
    found = [(m.start() + 1, f"Die Grafik enthält das Element „<{m.group(1)}>“.") for m in _SVG_ELEMENT_RE.finditer(line)]
    found += [(m.start(1) + 1, f"Die Grafik enthält das Attribut „{m.group(1)}=“, das Code ausführt.") for m in EVENT_ATTRIBUTE_RE.finditer(line)]
    found += [(m.start(1) + 1, f"Die Grafik lädt „{m.group(1)}“ von einer anderen Adresse.") for m in _SVG_LOAD_RE.finditer(line)]
    if (css := _CSS_IMPORT_RE.search(line)) is not None:
        found.append((css.start() + 1, "Die Grafik lädt Stile oder Bilder von einer anderen Adresse."))
    found += [(m.start() + 1, f"Die Grafik enthält „{m.group(1)}:“.") for m in SCRIPT_URL_RE.finditer(line)]
    # One message per spot: a javascript: link is both a load and a script address.
    return sorted({column: message for column, message in reversed(found)}.items())


# The rule of this module, as contributors read it on /mitmachen/meldungen/.
rule("unsichere-grafik", ERROR, "SVG-Grafik mit Skript oder fremden Inhalten",
     "Eine SVG-Grafik, die für sich geöffnet wird, führt ihre Skripte unter der Adresse der Website aus. Grafiken enthalten "
     "keine Skripte und laden nichts nach.",
     Example("handreichungen/bilder/ablauf.svg", '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>\n'),
     Example("handreichungen/bilder/ablauf.svg", '<svg xmlns="http://www.w3.org/2000/svg"><rect width="10" height="10"/></svg>\n'))
