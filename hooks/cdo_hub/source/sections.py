"""The sections of a page's Markdown: the ids the site will give them, so that a link to
`seite.md#abschnitt` can be checked in German before MkDocs would warn in English, and the order of
their headings, which screen-reader users navigate by."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

import markdown

# The extensions of mkdocs.yml that create or move ids; emoji and the like do not matter here.
_EXTENSIONS = ["abbr", "admonition", "attr_list", "def_list", "footnotes", "md_in_html", "tables", "toc", "pymdownx.details", "pymdownx.superfences"]
_ID = re.compile(r'\bid="([^"]+)"')


@lru_cache(maxsize=256)
def section_ids(text: str) -> frozenset[str]:
    """Every id in the HTML of a Markdown text (without front matter): headings as toc names them,
    {#ids} and HTML ids."""
    html = markdown.Markdown(extensions=_EXTENSIONS).convert(text)
    return frozenset(_ID.findall(html))


_HEADING = re.compile(r"^(#{1,6})\s")


def skipped_levels(prose: Iterable[tuple[int, str]], level_before: int) -> Iterator[tuple[int, int, int]]:
    """(offset, level, previous level) of every heading that skips a level, e.g. „####“ after „##“.

    `prose` gives (offset, line) outside code; `level_before` is the heading level the text starts
    under (1 below a guide's title, 0 on a page that writes its own „# “ title)."""
    previous = level_before
    for offset, line in prose:
        match = _HEADING.match(line)
        if not match:
            continue
        level = len(match.group(1))
        if level > previous + 1:
            yield offset, level, previous
        previous = level
