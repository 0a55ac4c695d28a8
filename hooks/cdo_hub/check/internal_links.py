"""Relative links in contributors' Markdown must lead to a page or file that the build will have.

MkDocs would notice a broken one too, but only in English, without a line, and after rendering.
"""

from __future__ import annotations

import difflib
import posixpath
import re
from collections.abc import Iterator
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

from ..model import addresses
from ..catalogue import ERROR, GUIDE, NOTICE, Example, guide, rule
from ..diagnostics import Position, Report
from ..source.sections import section_ids
from ..source.text_safety import SCHEME_RE, link_targets, markdown_prose, strip_code
from ..source.yaml_source import SourceDocument



@dataclass(frozen=True)
class SiteMap:
    """What a link may point to: the pages of the build, the drafts it leaves out, the files in docs/."""

    pages: frozenset[str]
    drafts: frozenset[str]
    docs_dir: Path
    # Files published from outside docs/, e.g. handreichungen/bilder/ablauf.png.
    files: frozenset[str] = frozenset()
    # The Markdown of the pages whose sections are known: guides and the pages in docs/. Links to a
    # section of a generated page (a profile, an event) are left to MkDocs.
    sources: Mapping[str, str] = field(default_factory=dict)
    # Folders whose pages are unknown because their source file could not be read (already reported).
    unknown_folders: frozenset[str] = frozenset()
    # Guides whose own file has errors: a link to one is not judged, its file's errors come first.
    unknown_pages: frozenset[str] = frozenset()
    # Titles of guides and events (and their short forms), folded, with the page each names.
    titles: Mapping[str, str] = field(default_factory=dict)

    def sections(self, page: str) -> frozenset[str] | None:
        source = self.sources.get(page)
        return None if source is None else section_ids(source)


def check_markdown_body(text: str, first_line: int, file: str, base_uri: str, site: SiteMap, report: Report) -> None:
    """Check the links of a Markdown text whose first line is `first_line` of `file`; code is skipped."""
    for offset, line in markdown_prose(text):
        for column, message, hint in link_problems(line, base_uri, site):
            report.error(Position(file, first_line + offset, column), message, "link-ins-leere", hint)
        for column, message, hint in unlinked_titles(line, base_uri, site):
            report.notice(Position(file, first_line + offset, column), message, "titel-ohne-link", hint)


# Text in German quotation marks: where a contributor names a guide or an event.
_QUOTED = re.compile(r"„([^„“]{4,200})“")


def title_forms(title: str) -> set[str]:
    """„Brown Bag: KI-Assistenz einführen – mit Schulung“ → the whole, „KI-Assistenz einführen – mit Schulung“, „KI-Assistenz einführen“."""
    whole = fold_title(title)
    after_colon = whole.split(": ", 1)[-1]
    forms = {whole, after_colon, re.split(r"\s+[–—-]\s+", after_colon)[0], re.split(r"\s+[–—-]\s+", whole)[0]}
    return {form for form in forms if len(form) >= 12}


def fold_title(text: str) -> str:
    return " ".join(text.split()).casefold()


def unlinked_titles(line: str, base_uri: str, site: SiteMap) -> Iterator[tuple[int, str, str]]:
    """Yield (column, message, hint) for each guide or event named in „quotes“ but not linked, on another page."""
    for match in _QUOTED.finditer(line):
        page = site.titles.get(fold_title(match.group(1)))
        linked = line[max(match.start() - 1, 0):match.start()] == "[" and line[match.end():match.end() + 2] == "]("
        if page is None or linked or page == base_uri:
            continue
        target = posixpath.relpath(page, posixpath.dirname(base_uri))
        yield (
            match.start() + 1,
            f"„{match.group(1)}“ nennt eine Seite des Hubs, ohne sie zu verlinken.",
            f"Schreiben Sie einen Link, den der Bau prüft: [„{match.group(1)}“]({target}).",
        )


def check_markdown_field(document: SourceDocument, path: tuple, base_uri: str, site: SiteMap, report: Report) -> None:
    """Check the links of a Markdown value in a YAML file, at their lines as written."""
    for line, start, written in document.source_pieces(path):
        for column, message, hint in link_problems(strip_code(written), base_uri, site):
            report.error(Position(document.file, line, start + column), message, "link-ins-leere", hint)
        for column, message, hint in unlinked_titles(strip_code(written), base_uri, site):
            report.notice(Position(document.file, line, start + column), message, "titel-ohne-link", hint)


def link_problems(line: str, base_uri: str, site: SiteMap) -> Iterator[tuple[int, str, str]]:
    """Yield (column, message, hint) for every relative link in `line` that leads nowhere."""
    for column, target in link_targets(line):
        problem = _problem(target, base_uri, site)
        if problem:
            yield (column, *problem)


def _problem(target: str, base_uri: str, site: SiteMap) -> tuple[str, str] | None:
    if SCHEME_RE.match(target):
        return None  # external links are checked by text_safety
    if target.startswith("#"):
        return _section_problem(target, base_uri, base_uri, site)
    if target.startswith("/"):
        return (
            f"Der Link „{target}“ beginnt mit „/“ und funktioniert so nicht in jeder Kopie der Website.",
            "Verlinken Sie relativ zur Datei, z. B. ../mitglieder/vorname-nachname.md.",
        )
    path = unquote(target.split("#", 1)[0].split("?", 1)[0])
    if not path:
        return None
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(base_uri), path))
    if resolved.split("/", 1)[0] in site.unknown_folders or resolved in site.unknown_pages:
        return None
    if path.endswith(".md"):
        if resolved in site.pages:
            return _section_problem(target, resolved, base_uri, site) if "#" in target else None
        if resolved in site.drafts:
            return (f"Der Link „{target}“ zeigt auf einen Entwurf; Entwürfe werden nicht veröffentlicht.", "Verlinken Sie die Handreichung erst, wenn sie veröffentlicht ist.")
        return (f"Der Link „{target}“ zeigt auf keine Seite des Hubs.", _suggestion(resolved, base_uri, site))
    if path.endswith("/") or "." not in posixpath.basename(path):
        as_page = resolved + ".md" if (resolved + ".md") in site.pages else posixpath.join(resolved, "index.md")
        return (
            f"Der Link „{target}“ zeigt auf eine Adresse statt auf eine Datei.",
            f"Verlinken Sie die Markdown-Datei: „{posixpath.relpath(as_page, posixpath.dirname(base_uri))}“.",
        )
    if resolved in site.files or (site.docs_dir / resolved).is_file():
        return None
    if resolved.startswith(addresses.folder(addresses.GUIDES) + "/"):
        return (
            f"Die Datei „{target}“ gibt es nicht (gesucht: {resolved} oder docs/{resolved}).",
            "Prüfen Sie den Dateinamen (auch Groß- und Kleinschreibung); Bilder zu Handreichungen liegen z. B. in handreichungen/bilder/.",
        )
    return (f"Die Datei „{target}“ gibt es nicht (gesucht: docs/{resolved}).", "Prüfen Sie den Dateinamen (auch Groß- und Kleinschreibung) und den Ordner.")


def _section_problem(target: str, page: str, base_uri: str, site: SiteMap) -> tuple[str, str] | None:
    fragment = unquote(target.split("#", 1)[1])
    known = site.sections(page)
    if not fragment or known is None or fragment in known:
        return None
    where = "auf dieser Seite" if page == base_uri else f"in „{posixpath.relpath(page, posixpath.dirname(base_uri))}“"
    close = difflib.get_close_matches(fragment, sorted(known), n=1, cutoff=0.6)
    if close:
        hint = f"Meinten Sie „#{close[0]}“?"
    else:
        hint = "Ein Abschnitt heißt wie seine Überschrift: klein geschrieben, Umlaute ohne Pünktchen (ä → a), Leerzeichen als Bindestrich (## Zuerst klären → #zuerst-klaren)."
    return (f"Den Abschnitt „#{fragment}“ gibt es {where} nicht.", hint)


def _suggestion(resolved: str, base_uri: str, site: SiteMap) -> str:
    close = difflib.get_close_matches(resolved, sorted(site.pages), n=1, cutoff=0.6)
    if close:
        return f"Meinten Sie „{posixpath.relpath(close[0], posixpath.dirname(base_uri))}“?"
    return "Links auf Seiten des Hubs zeigen auf deren Markdown-Datei, z. B. ../mitglieder/vorname-nachname.md."


# The rule of this module, as contributors read it on /mitmachen/meldungen/.
rule("link-ins-leere", ERROR, "Link führt ins Leere",
     "Ein relativer Link zeigt auf die Markdown-Datei einer Seite des Hubs (z. B. ../mitglieder/anna-petersen.md) oder auf eine Datei; "
     "bei Handreichungen und Seiten aus docs/ auch auf einen vorhandenen Abschnitt. Entwürfe werden nicht verlinkt.",
     guide(GUIDE + "\nMehr bei [Anna Petersen](../mitglieder/anna-peterson.md).\n"),
     guide(GUIDE + "\nMehr bei [Anna Petersen](../mitglieder/anna-petersen.md).\n"))

rule("titel-ohne-link", NOTICE, "Titel ohne Link",
     "Nennt ein Text den Titel einer Handreichung oder Veranstaltung in „Anführungszeichen“, ohne sie zu verlinken, "
     "schlägt die Prüfung den Link vor: ein Link führt Leserinnen und Leser hin, und der Bau prüft, dass er nicht ins Leere geht.",
     Example("docs/mitmachen.md", "# Mitmachen\n\nLesen Sie zuerst „Low Code einführen“.\n", also=(guide(GUIDE),)),
     Example("docs/mitmachen.md", "# Mitmachen\n\nLesen Sie zuerst [„Low Code einführen“](handreichungen/low-code-einfuehren.md).\n", also=(guide(GUIDE),)))
