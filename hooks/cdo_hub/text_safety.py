"""Checks on free text: no active HTML, only safe link targets."""

from __future__ import annotations

import re
from collections.abc import Iterator

# Elements that run code, embed third-party content or submit data.
FORBIDDEN_ELEMENTS = ("script", "iframe", "object", "embed", "form", "style", "link", "meta", "base", "frame", "frameset", "applet")
ELEMENT_RE = re.compile(r"<\s*(" + "|".join(FORBIDDEN_ELEMENTS) + r")\b", re.IGNORECASE)
EVENT_ATTRIBUTE_RE = re.compile(r"<[^>]*?\s(on[a-z]+)\s*=", re.IGNORECASE)
SCRIPT_URL_RE = re.compile(r"\b(javascript|vbscript)\s*:", re.IGNORECASE)
MARKDOWN_LINK_RE = re.compile(r"\]\(\s*<?([^)\s>]+)")
AUTOLINK_RE = re.compile(r"<([a-zA-Z][a-zA-Z0-9+.-]*:[^>\s]*)>")
REFERENCE_DEF_RE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(\s|$)")
HTML_URL_ATTR_RE = re.compile(r"\b(?:href|src)\s*=\s*[\"']?([^\"'\s>]+)", re.IGNORECASE)
BARE_HTTP_RE = re.compile(r"(?<![\w/])(http://[^\s)<>\]]+)", re.IGNORECASE)
SCHEME_RE = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
SAFE_SCHEMES = {"https", "mailto"}
FENCE_RE = re.compile(r"^\s{0,3}(```|~~~)")


def text_problems(line: str) -> Iterator[tuple[int, str, str, str]]:
    """Yield (column, message, code, hint) for every problem in one line of text."""
    for match in ELEMENT_RE.finditer(line):
        yield (
            match.start() + 1,
            f"HTML-Element „<{match.group(1).lower()}>“ ist nicht erlaubt.",
            "unsicheres-html",
            "Schreiben Sie reinen Text oder Markdown; Skripte, eingebettete Fremdinhalte und Formulare sind ausgeschlossen.",
        )
    for match in EVENT_ATTRIBUTE_RE.finditer(line):
        yield (
            match.start(1) + 1,
            f"HTML-Attribut „{match.group(1)}=“ ist nicht erlaubt.",
            "unsicheres-html",
            "Entfernen Sie das Attribut; Inhalte dürfen keinen Code ausführen.",
        )
    for match in SCRIPT_URL_RE.finditer(line):
        yield (
            match.start() + 1,
            f"„{match.group(1)}:“ ist nicht erlaubt.",
            "unsicherer-link",
            "Links müssen mit https:// beginnen oder auf eine Seite des Hubs zeigen.",
        )
    for column, target in link_targets(line):
        scheme = SCHEME_RE.match(target)
        if not scheme or scheme.group(1).lower() in SAFE_SCHEMES:
            continue
        if scheme.group(1).lower() in ("javascript", "vbscript"):
            continue  # already reported above
        yield (
            column,
            f"Der Link „{target}“ ist nicht erlaubt: nur https-Links (oder mailto:) und Verweise innerhalb des Hubs.",
            "unsicherer-link",
            f"Schreiben Sie „{_https_version(target)}“." if target.lower().startswith("http://") else "Entfernen Sie den Link oder verweisen Sie auf eine https-Adresse.",
        )


def link_targets(line: str) -> Iterator[tuple[int, str]]:
    """Yield (column, target) for every link in a line: Markdown, reference, autolink, HTML or bare http."""
    seen: set[int] = set()
    for regex in (MARKDOWN_LINK_RE, AUTOLINK_RE, REFERENCE_DEF_RE, HTML_URL_ATTR_RE, BARE_HTTP_RE):
        for match in regex.finditer(line):
            start = match.start(1)
            if start not in seen:
                seen.add(start)
                yield start + 1, match.group(1)


def _https_version(target: str) -> str:
    return "https://" + target[len("http://"):]


def strip_code(line: str) -> str:
    """Blank out inline code spans so that examples like `<script>` in backticks pass."""
    return re.sub(r"`[^`]*`", lambda m: " " * len(m.group(0)), line)


def markdown_prose(text: str) -> Iterator[tuple[int, str]]:
    """Yield (offset, line) for the lines of a Markdown text outside fenced code, inline code blanked.

    Code shows examples such as `<script>` or a made-up link; it is never rendered as such.
    """
    in_fence = False
    for offset, line in enumerate(text.split("\n")):
        if FENCE_RE.match(line):
            in_fence = not in_fence
        elif not in_fence:
            yield offset, strip_code(line)
