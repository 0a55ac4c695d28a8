"""Captions for Markdown tables: a paragraph „Tabelle: …“ right above a table becomes its <caption>.

Python-Markdown's tables have no caption syntax, yet a table without one has no name in a screen
reader's list of tables. Contributors write one plain line above the table; the build turns it into the
caption, and the check warns where a table has none.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Iterable, Iterator

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

CAPTION_PREFIX = "Tabelle:"
_DELIMITER_ROW = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
_QUOTE_OR_INDENT = re.compile(r"^(?:\s*>)*\s*")


def tables_without_caption(prose: Iterable[tuple[int, str]]) -> Iterator[int]:
    """Offsets of the header rows of Markdown tables that have no „Tabelle: …“ paragraph above them.

    `prose` gives (offset, line) outside code, as `text_safety.markdown_prose` does."""
    lines = [(offset, _QUOTE_OR_INDENT.sub("", line, count=1)) for offset, line in prose]
    for index in range(len(lines) - 1):
        header, delimiter = lines[index][1], lines[index + 1][1]
        starts_block = index == 0 or not lines[index - 1][1].strip()
        if starts_block and "|" in header and "-" in delimiter and _DELIMITER_ROW.match(delimiter):
            if not _caption_above(lines, index):
                yield lines[index][0]


def _caption_above(lines: list[tuple[int, str]], index: int) -> bool:
    above = index - 1
    while above >= 0 and not lines[above][1].strip():
        above -= 1
    while above > 0 and lines[above - 1][1].strip():
        above -= 1  # to the first line of the paragraph above
    return above >= 0 and lines[above][1].startswith(CAPTION_PREFIX)


class _CaptionTreeprocessor(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        for parent in root.iter():
            children = list(parent)
            for paragraph, table in zip(children, children[1:]):
                if paragraph.tag == "p" and table.tag == "table" and (paragraph.text or "").startswith(CAPTION_PREFIX):
                    _move_into_caption(parent, paragraph, table)


def _move_into_caption(parent: etree.Element, paragraph: etree.Element, table: etree.Element) -> None:
    caption = etree.Element("caption")
    caption.text = paragraph.text[len(CAPTION_PREFIX):].lstrip()
    caption.extend(list(paragraph))
    table.insert(0, caption)
    parent.remove(paragraph)


class TableCaptionExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        # After the inline patterns (priority 20): the caption keeps links and emphasis already rendered.
        md.treeprocessors.register(_CaptionTreeprocessor(md), "cdo_table_captions", 15)


def makeExtension(**kwargs) -> TableCaptionExtension:  # noqa: N802 (Python-Markdown's entry point)
    return TableCaptionExtension(**kwargs)
