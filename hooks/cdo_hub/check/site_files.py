"""Files written by hand into docs/ among the generated ones: each reachable, none hiding another.

MkDocs would notice a page missing from the navigation only in English, and a clash with a generated
page not at all (the later file silently wins); checked here, `make check` reports both too.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pathspec
import yaml

from ..catalogue import CONFIG, ERROR, MEMBER, NOTICE, WARNING, Example, page, rule
from ..diagnostics import Position, Report

# Members' photos live here; a file in it is published only while a consented member shows it.
PHOTO_DIR = "mitglieder/fotos/"


def check_navigation(config_text: str | None, hand_written: Iterable[str], report: Report) -> None:
    """Warn about a page in docs/ that is neither in `nav` nor in `not_in_nav` of mkdocs.yml."""
    config = _read_config(config_text)
    if not isinstance(config.get("nav"), list):
        return  # without nav MkDocs lists every page itself
    in_nav = set(_nav_paths(config["nav"]))
    not_in_nav = pathspec.GitIgnoreSpec.from_lines(str(config.get("not_in_nav") or "").splitlines())
    for uri in sorted(hand_written):
        if uri not in in_nav and not not_in_nav.match_file(uri) and not _excluded(uri):
            report.warning(
                Position(f"docs/{uri}", 1, 1),
                "Die Seite steht nicht in der Navigation (nav in mkdocs.yml) und ist so schwer zu finden.",
                "nicht-in-navigation",
                "Nehmen Sie sie unter nav auf, oder tragen Sie sie unter not_in_nav ein, wenn sie nur verlinkt werden soll.",
            )


def check_clashes(docs_files: Iterable[str], generated: set[str], guide_files: Iterable[str], report: Report) -> None:
    """A file in docs/ must not take the address of a generated page or of a file beside the guides."""
    guide_files = set(guide_files)
    for uri in sorted(docs_files):
        if uri in generated:
            report.error(
                Position(f"docs/{uri}", 1, 1),
                f"Unter der Adresse von docs/{uri} erzeugt der Hub selbst eine Seite oder Datei.",
                "datei-ueberschneidung",
                "Benennen Sie die Datei um; die erzeugten Seiten entstehen aus events.yaml, members.yaml, vokabular.yaml und handreichungen/.",
            )
        elif uri in guide_files:
            report.error(
                Position(f"docs/{uri}", 1, 1),
                f"docs/{uri} gibt es auch als {uri}.",
                "datei-doppelt",
                "Behalten Sie nur eine der beiden Dateien; Bilder zu Handreichungen liegen in handreichungen/.",
            )


def check_unused_photos(docs_files: Iterable[str], named: set[str], report: Report) -> None:
    """A photo no member names is left out of the site: say so, so nobody wonders."""
    for uri in sorted(docs_files):
        if uri.startswith(PHOTO_DIR) and uri not in named:
            report.notice(
                Position(f"docs/{uri}", 1, 1),
                "Das Foto wird nicht veröffentlicht: kein Mitglied zeigt es.",
                "foto-nicht-veroeffentlicht",
                "Löschen Sie die Datei, wenn das Mitglied seine Einwilligung zurückgezogen hat; sonst ergänzen Sie photo und foto in consent.scope.",
            )


def _excluded(uri: str) -> bool:
    """Files MkDocs leaves out by default: hidden ones and the templates folder."""
    return any(part.startswith(".") for part in uri.split("/")) or uri.startswith("templates/")


def _nav_paths(node: Any) -> Iterable[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _nav_paths(value)
    elif isinstance(node, list):
        for value in node:
            yield from _nav_paths(value)


class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml for its nav; tags such as !!python/name stay unresolved."""


_ConfigLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def _read_config(text: str | None) -> dict:
    try:
        data = yaml.load(text or "", Loader=_ConfigLoader)  # noqa: S506 - a SafeLoader that ignores tags
    except yaml.YAMLError:
        return {}  # MkDocs itself reports a broken configuration
    return data if isinstance(data, dict) else {}


# The rules of this module, as contributors read them on /mitmachen/meldungen/.
_FAQ = "# Häufige Fragen\n\nWer darf mitmachen?\n"
rule("nicht-in-navigation", WARNING, "Seite nicht in der Navigation",
     "Eine Seite in docs/ gehört unter nav in mkdocs.yml; soll sie nur verlinkt werden, unter not_in_nav. Sonst findet sie niemand.",
     page(_FAQ, name="faq.md"),
     Example("mkdocs.yml", CONFIG.replace("  - Mitmachen: mitmachen.md\n", "  - Mitmachen: mitmachen.md\n  - Häufige Fragen: faq.md\n"),
             also=(page(_FAQ, name="faq.md"),)))
rule("datei-ueberschneidung", ERROR, "Datei an der Adresse einer erzeugten Seite",
     "Übersichten, Veranstaltungs-, Mitglieder- und Themenseiten, Kalender-Abos und offene Daten erzeugt der Hub selbst; "
     "eine Datei in docs/ an derselben Adresse würde eine davon verdecken.",
     page("# Willkommen\n", name="index.md"), page("# Willkommen\n\nSo tragen Sie bei.\n", name="mitmachen.md"))
rule("datei-doppelt", ERROR, "Datei doppelt in docs/ und handreichungen/",
     "Bilder und PDFs neben den Handreichungen erscheinen unter derselben Adresse wie eine Datei in docs/handreichungen/; nur eine darf bleiben.",
     Example("handreichungen/bilder/ablauf.png", "PNG", note="eine Bilddatei", also=(Example("docs/handreichungen/bilder/ablauf.png", "PNG", note="dieselbe Bilddatei"),)),
     Example("handreichungen/bilder/ablauf.png", "PNG", note="eine Bilddatei"))
rule("foto-nicht-veroeffentlicht", NOTICE, "Foto wird nicht veröffentlicht",
     "Ein Foto in docs/mitglieder/fotos/ erscheint nur, solange ein Mitglied mit Einwilligung foto es zeigt. Ein Hinweis lässt den Bau nie scheitern.",
     Example("docs/mitglieder/fotos/anna-petersen.png", "PNG", note="eine Bilddatei; anna-petersen ohne photo"),
     Example("members.yaml", MEMBER.replace("scope: [profil]", "scope: [profil, foto]")
             + "  photo:\n    src: mitglieder/fotos/anna-petersen.png\n    credit: \"Foto: Kreis Rendsburg-Eckernförde\"\n",
             also=(Example("docs/mitglieder/fotos/anna-petersen.png", "PNG", note="eine Bilddatei"),)))
