"""The ids a page's Markdown gives its sections, as the site will have them, so that a link to
`seite.md#abschnitt` can be checked in German before MkDocs would warn in English."""

from __future__ import annotations

import re
from functools import lru_cache

import markdown

# The extensions of mkdocs.yml that create or move ids; emoji and the like do not matter here.
_EXTENSIONS = ["abbr", "admonition", "attr_list", "def_list", "footnotes", "md_in_html", "tables", "toc", "pymdownx.details", "pymdownx.superfences"]
_ID = re.compile(r'\bid="([^"]+)"')
# The YAML front matter of a Markdown page, if it has one.
FRONT_MATTER_RE = re.compile(r"\A---\s*\n.*?\n(?:---|\.\.\.)\s*\n", re.DOTALL)


@lru_cache(maxsize=256)
def section_ids(text: str) -> frozenset[str]:
    """Every id in the HTML of a Markdown text: headings (as toc names them), {#ids} and HTML ids."""
    html = markdown.Markdown(extensions=_EXTENSIONS).convert(FRONT_MATTER_RE.sub("", text))
    return frozenset(_ID.findall(html))
