"""The preview of a pull request: which checks a change needs, and the job summary a reviewer reads.

GitHub shows at most 10 annotations per type; the summary lists every content message, the result of
the browser gates (axe-core and the others, from pytest's JUnit XML), links inside the built site that
lead nowhere, and the pages the change adds, alters or removes (the built site against a build of the
base branch).
"""

from __future__ import annotations

import argparse
import re
import sys
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlsplit

# A change to these is content: the content checks, the strict build and the browser gates on the site
# built from it suffice. docs/assets/ holds the site's CSS and script: code.
CONTENT_FILES = ("events.yaml", "members.yaml", "vokabular.yaml")
CONTENT_FOLDERS = ("handreichungen/", "docs/")
CODE_IN_CONTENT_FOLDERS = ("docs/assets/",)

_ARTICLE = re.compile(r"<article\b.*?</article>", re.DOTALL)
_LINK = re.compile(r"""\b(?:href|src)\s*=\s*["']([^"']+)["']""", re.IGNORECASE)


def is_content(path: str) -> bool:
    if path.startswith(CODE_IN_CONTENT_FOLDERS):
        return False
    return path in CONTENT_FILES or path.startswith(CONTENT_FOLDERS)


def content_only(paths: list[str]) -> bool:
    """True when every changed file is content; an empty change is treated as content too."""
    return all(is_content(p) for p in paths if p.strip())


# --- pages the change adds, alters or removes ------------------------------------------------------


@dataclass(frozen=True)
class PageChanges:
    added: list[str]
    changed: list[str]
    removed: list[str]


def page_changes(site: Path, base_site: Path) -> PageChanges:
    """Compare the main content (<article>) of every page; navigation and footer change with any page."""
    new, old = _pages(site), _pages(base_site)
    return PageChanges(
        added=sorted(set(new) - set(old)),
        changed=sorted(p for p in set(new) & set(old) if new[p] != old[p]),
        removed=sorted(set(old) - set(new)),
    )


def _pages(site: Path) -> dict[str, str]:
    pages = {}
    for path in site.rglob("*.html"):
        address = "/" + path.relative_to(site).as_posix().removesuffix("index.html")
        match = _ARTICLE.search(path.read_text(encoding="utf-8", errors="replace"))
        pages[address] = match.group(0) if match else ""
    return pages


# --- links inside the built site that lead nowhere --------------------------------------------------


def broken_links(site: Path) -> list[tuple[str, str]]:
    """(page, target) for every relative href/src of a page whose file is not in the built site."""
    broken = []
    for path in sorted(site.rglob("*.html")):
        page = "/" + path.relative_to(site).as_posix()
        for target in sorted(set(_LINK.findall(path.read_text(encoding="utf-8", errors="replace")))):
            if not _resolves(site, path, target):
                broken.append((page, target))
    return broken


def _resolves(site: Path, page: Path, target: str) -> bool:
    url, _ = urldefrag(target)
    parts = urlsplit(url)
    if not url or parts.scheme or parts.netloc or url.startswith(("/", "data:")):
        return True  # only relative links within the site are judged here; MkDocs checks the rest
    resolved = (page.parent / unquote(parts.path)).resolve()
    if site.resolve() not in (resolved, *resolved.parents):
        return False
    return resolved.is_file() or (resolved / "index.html").is_file()


# --- results of the browser gates --------------------------------------------------------------------


@dataclass(frozen=True)
class GateResult:
    name: str
    passed: bool
    detail: str = ""


def gate_results(junit_xml: Path) -> list[GateResult]:
    """Each test of the browser gates with its outcome and, if it failed, the first lines of the reason."""
    root = ElementTree.parse(junit_xml).getroot()
    results = []
    for case in root.iter("testcase"):
        problem = case.find("failure") if case.find("failure") is not None else case.find("error")
        if case.find("skipped") is not None:
            continue
        detail = "" if problem is None else (problem.get("message") or problem.text or "").strip()
        results.append(GateResult(f"{case.get('classname', '')}::{case.get('name', '')}", problem is None, "\n".join(detail.splitlines()[:12])))
    return results


# --- the summary -------------------------------------------------------------------------------------


def summary(check_output: str, gates: list[GateResult] | None, broken: list[tuple[str, str]], changes: PageChanges | None) -> str:
    lines = ["# Vorschau dieses Pull Requests", ""]
    lines += ["Die gebaute Website liegt als Artefakt „website-vorschau“ bei diesem Lauf (herunterladen, entpacken, `index.html` öffnen).", ""]
    lines += _section_messages(check_output) + _section_gates(gates) + _section_links(broken) + _section_pages(changes)
    return "\n".join(lines) + "\n"


def _section_messages(check_output: str) -> list[str]:
    messages = [line for line in check_output.strip().splitlines() if line.strip()]
    lines = ["## Meldungen der Inhaltsprüfung", ""]
    if not messages:
        return lines + ["Die Prüfung hat nichts ausgegeben.", ""]
    return lines + ["```text", *messages, "```", ""]


def _section_gates(gates: list[GateResult] | None) -> list[str]:
    lines = ["## Barrierefreiheit (axe-core) und weitere Browserprüfungen", ""]
    if gates is None:
        return lines + ["Die Browserprüfungen sind nicht gelaufen (siehe Protokoll des Schritts).", ""]
    if not gates:
        return lines + ["Es gibt noch keine Browserprüfungen für die gebaute Website.", ""]
    failed = [g for g in gates if not g.passed]
    lines.append(f"{len(gates) - len(failed)} von {len(gates)} Prüfungen bestanden.")
    for gate in failed:
        lines += ["", f"**Nicht bestanden:** `{gate.name}`", "", "```text", gate.detail or "(ohne Begründung)", "```"]
    return lines + [""]


def _section_links(broken: list[tuple[str, str]]) -> list[str]:
    lines = ["## Links ins Leere", ""]
    if not broken:
        return lines + ["Alle Links innerhalb der Website führen zu einer Seite oder Datei.", ""]
    return lines + ["| Seite | Ziel |", "|---|---|", *(f"| `{page}` | `{target}` |" for page, target in broken), ""]


def _section_pages(changes: PageChanges | None) -> list[str]:
    lines = ["## Neue und geänderte Seiten", ""]
    if changes is None:
        return lines + ["Kein Vergleich: Dieser Lauf gehört zu keinem Pull Request, oder der Basiszweig ließ sich nicht bauen.", ""]
    if not (changes.added or changes.changed or changes.removed):
        return lines + ["Keine Seite ändert sich.", ""]
    for title, pages in (("Neu", changes.added), ("Geändert", changes.changed), ("Entfernt", changes.removed)):
        if pages:
            lines += [f"**{title}** ({len(pages)}):", "", *(f"- `{page}`" for page in pages), ""]
    return lines


# --- command line, for the workflows --------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cdo_hub.ci.preview", description="Vorschau eines Pull Requests.")
    commands = parser.add_subparsers(dest="command", required=True)
    kind = commands.add_parser("art", help="gibt „inhalte“ oder „alles“ aus: welche Prüfungen eine Änderung braucht")
    kind.add_argument("--files", type=Path, required=True, help="geänderte Dateien, eine je Zeile")
    report = commands.add_parser("zusammenfassung", help="schreibt die Zusammenfassung als Markdown")
    report.add_argument("--site", type=Path, required=True)
    report.add_argument("--base-site", type=Path)
    report.add_argument("--check-output", type=Path, required=True)
    report.add_argument("--junit", type=Path)
    args = parser.parse_args(argv)
    if args.command == "art":
        print("inhalte" if content_only(args.files.read_text(encoding="utf-8").splitlines()) else "alles")
        return 0
    base_built = args.base_site is not None and (args.base_site / "index.html").is_file()
    gates = gate_results(args.junit) if args.junit and args.junit.is_file() else None
    text = summary(
        args.check_output.read_text(encoding="utf-8") if args.check_output.is_file() else "",
        gates,
        broken_links(args.site),
        page_changes(args.site, args.base_site) if base_built else None,
    )
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
