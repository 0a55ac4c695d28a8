"""Reading links and prose out of contributors' Markdown line by line, for the link check; and the
markup that a plain-text field would show literally. Safety of markup is checked by parsing, in
markup.py."""

from __future__ import annotations

import re
from collections.abc import Iterator

MARKDOWN_LINK_RE = re.compile(r"\]\(\s*(?:<\s*)?([^)\s>]+)")
AUTOLINK_RE = re.compile(r"<([a-zA-Z][a-zA-Z0-9+.-]*:[^>\s]*)>")
# A link reference definition „[name]: ziel“; footnotes („[^1]: Text“) are not links.
REFERENCE_DEF_RE = re.compile(r"^\s{0,3}\[(?!\^)[^\]]+\]:\s*<?(\S+?)>?(\s|$)")
HTML_URL_ATTR_RE = re.compile(r"\b(?:href|src)\s*=\s*[\"']?([^\"'\s>]+)", re.IGNORECASE)
# A bare http:// address in prose; punctuation that ends the sentence is not part of it.
BARE_HTTP_RE = re.compile(r"(?<![\w/])(http://[^\s)<>\]\"']+?)(?=[.,;:!?]*(?:[\s)<>\]\"']|$))", re.IGNORECASE)
SCHEME_RE = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
# Markup that a plain-text field (a name, a title) would show literally: an HTML tag, a Markdown link,
# bold or an image.
PLAIN_TEXT_MARKUP_RE = re.compile(r"</?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?/?>|!?\[[^\]]+\]\([^)]*\)|\*\*[^*]+\*\*|__[^_]+__")
FENCE_RE = re.compile(r"^\s{0,3}(```|~~~)")


def link_targets(line: str) -> Iterator[tuple[int, str]]:
    """Yield (column, target) for every link in a line: Markdown, reference, autolink, HTML or bare http."""
    seen: set[int] = set()
    for regex in (MARKDOWN_LINK_RE, AUTOLINK_RE, REFERENCE_DEF_RE, HTML_URL_ATTR_RE, BARE_HTTP_RE):
        for match in regex.finditer(line):
            start = match.start(1)
            if start not in seen:
                seen.add(start)
                yield start + 1, match.group(1)


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

