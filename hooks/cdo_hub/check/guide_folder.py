"""What lies in handreichungen/: the guides, the images and PDFs they show, and nothing that vanishes unseen.

A guide is a Markdown file directly in the folder. Its images and PDFs may sit beside it or in
subfolders (e.g. handreichungen/bilder/) and are published at the same path below /handreichungen/.
Any other file is reported: a contributor must never wonder why something did not appear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..model import addresses
from ..catalogue import ERROR, GUIDE, WARNING, Example, guide, rule
from ..diagnostics import Position, Report
from .file_safety import check_published_file
from .suggestions import plain_file_name

# Files a guide may link to or show; they are copied to the site unchanged.
ASSET_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".pdf")
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")


@dataclass
class GuideFolder:
    guides: list[Path] = field(default_factory=list)
    # Published files by their path in the site, e.g. "handreichungen/bilder/ablauf.png".
    assets: dict[str, Path] = field(default_factory=dict)


def scan_guide_folder(folder: Path, root: Path, report: Report) -> GuideFolder:
    found = GuideFolder()
    if not folder.is_dir():
        return found
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if not path.is_file() or any(part.startswith(".") for part in relative.parts):
            continue  # .gitkeep, editor and system files
        display = path.relative_to(root).as_posix()
        suffix = path.suffix.lower()
        top_level = len(relative.parts) == 1
        if path.name.lower() == "readme.md":
            continue  # notes for contributors browsing the folder on GitHub
        if suffix == ".md" and top_level:
            found.guides.append(path)
        elif suffix in MARKDOWN_SUFFIXES and top_level:
            report.error(
                Position(display, 1, 1),
                f"Die Datei „{path.name}“ wird nicht gelesen: Handreichungen enden auf „.md“.",
                "handreichung-dateiendung",
                f"Benennen Sie die Datei um in „{path.stem}.md“.",
            )
        elif suffix in MARKDOWN_SUFFIXES:
            report.error(
                Position(display, 1, 1),
                "Handreichungen liegen direkt im Ordner handreichungen/; diese Datei in einem Unterordner wird nicht gelesen.",
                "handreichung-im-unterordner",
                f"Verschieben Sie sie nach handreichungen/{path.stem}.md. In Unterordnern liegen nur Bilder und PDFs.",
            )
        elif suffix in ASSET_SUFFIXES:
            _check_file_name(relative, display, report)
            if check_published_file(path, display, report):
                found.assets[addresses.guide_file(relative.as_posix())] = path
        else:
            report.warning(
                Position(display, 1, 1),
                f"Die Datei „{path.name}“ wird nicht veröffentlicht.",
                "datei-nicht-veroeffentlicht",
                "Im Ordner handreichungen/ stehen Handreichungen (.md) und ihre Bilder und PDFs ("
                + ", ".join(s.lstrip(".") for s in ASSET_SUFFIXES)
                + "). Entfernen Sie die Datei oder wandeln Sie sie um.",
            )
    return found


# Names that survive every link and every server: lower case, digits, dot, hyphen, underscore.
_PLAIN_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


def _check_file_name(relative: Path, display: str, report: Report) -> None:
    """A camera name like „IMG 1234 (2).JPG“ breaks Markdown links at the space and differs by case."""
    bad = [part for part in relative.parts if not _PLAIN_NAME.match(part)]
    if not bad:
        return
    plain = "/".join(plain_file_name(part) for part in relative.parts)
    report.warning(
        Position(display, 1, 1),
        f"Der Name „{bad[0]}“ enthält Großbuchstaben, Leerzeichen oder Sonderzeichen; Links darauf brechen leicht.",
        "dateiname-sonderzeichen",
        f"Benennen Sie die Datei um, z. B. in handreichungen/{plain}.",
    )


# The rules of this module, as contributors read them on /mitmachen/meldungen/.
rule("handreichung-dateiendung", ERROR, "Handreichung mit falscher Endung",
     "Handreichungen enden auf „.md“; eine Datei mit „.markdown“ oder „.mkd“ wird nicht gelesen.",
     guide(GUIDE, name="low-code-einfuehren.markdown"), guide(GUIDE))
rule("handreichung-im-unterordner", ERROR, "Handreichung im Unterordner",
     "Handreichungen liegen direkt im Ordner handreichungen/; in Unterordnern liegen nur Bilder und PDFs.",
     guide(GUIDE, name="entwuerfe/low-code-einfuehren.md"), guide(GUIDE))
rule("datei-nicht-veroeffentlicht", WARNING, "Datei wird nicht veröffentlicht",
     "Im Ordner handreichungen/ stehen Handreichungen und ihre Bilder und PDFs; ein Word-Dokument oder eine Tabelle erschiene nirgends.",
     Example("handreichungen/low-code-einfuehren.docx", "Word", note="ein Word-Dokument"),
     Example("handreichungen/low-code-einfuehren.pdf", "PDF", note="dasselbe als PDF"))
rule("dateiname-sonderzeichen", WARNING, "Dateiname mit Großbuchstaben oder Leerzeichen",
     "Links auf Dateien wie „IMG 1234 (2).JPG“ brechen am Leerzeichen, und manche Server unterscheiden Groß- und Kleinschreibung.",
     Example("handreichungen/bilder/Ablauf Antrag.PNG", "PNG", note="eine Bilddatei"),
     Example("handreichungen/bilder/ablauf-antrag.png", "PNG", note="eine Bilddatei"))
