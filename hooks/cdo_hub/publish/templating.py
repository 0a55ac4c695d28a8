"""The Jinja environment for generated pages; the templates live in overrides/hub/."""

from __future__ import annotations

import json
import posixpath
import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from ..model import addresses
from . import dates_de
from .template_cache import use_compiled_template_cache

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def make_environment(templates_dir: Path) -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(templates_dir)),
        autoescape=False,  # output is Markdown; values are escaped explicitly with |md or |attr
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        md=escape_markdown,
        md_url=escape_link_target,
        attr=escape_attribute,
        yaml_str=lambda text: json.dumps(str(text), ensure_ascii=False),
        long_date=dates_de.long_date,
        short_date=dates_de.short_date,
        month_year=dates_de.month_year,
        when=dates_de.when,
        clock=dates_de.clock,
        rhythm=dates_de.rhythm,
        visible=visible_text,
        example_language=example_language,
    )
    return use_compiled_template_cache(env, "pages")


def render(env: Environment, template: str, uri: str, **context) -> str:
    """Render `template` for the page at `uri`; `link()` in the template makes paths relative to it."""
    return env.get_template(template).render(
        link=lambda target: relative_link(uri, target), href=lambda target: relative_url(uri, target), page_uri=uri, **context
    )


def relative_link(from_uri: str, to_uri: str) -> str:
    """Relative link between two source files, e.g. veranstaltungen/a.md -> ../mitglieder/b.md."""
    fragment = ""
    if "#" in to_uri:
        to_uri, fragment = to_uri.split("#", 1)
        fragment = "#" + fragment
    if not to_uri:
        return fragment
    return _relative_path(to_uri, posixpath.dirname(from_uri) or ".") + fragment


@lru_cache(maxsize=65536)
def _relative_path(to_uri: str, from_dir: str) -> str:
    # posixpath.relpath asks the operating system for the working directory on every call; pages link
    # to the same few places (overviews, topics, members) again and again.
    return posixpath.relpath(to_uri, from_dir)


def relative_url(from_uri: str, to_uri: str) -> str:
    """Relative URL between two published pages, for links in raw HTML, e.g. mitglieder/index.md -> mitglieder/b.md is b/."""
    fragment = ""
    if "#" in to_uri:
        to_uri, fragment = to_uri.split("#", 1)
        fragment = "#" + fragment
    relative = _relative_path(addresses.url(to_uri) or ".", addresses.url(from_uri) or ".")
    if relative == ".":
        return fragment or "./"
    return relative + "/" + fragment  # every page's URL is a folder


def escape_markdown(text: object) -> str:
    """Text that Markdown shows literally: no emphasis, links or HTML from a contributor's name."""
    text = str(text).replace("&", "&amp;")
    return _MARKDOWN_SPECIAL.sub(lambda m: {"<": "&lt;", ">": "&gt;"}.get(m.group(1), "\\" + m.group(1)), text)


# What may stand in a Markdown link target as it is; everything else is percent-encoded, so that a
# value from a contributor cannot close the link and add attributes („…){: onclick=…}“).
_SAFE_IN_TARGET = ":/?#@!$&*+,;=%-._~"


def escape_link_target(url: object) -> str:
    return quote(str(url).strip(), safe=_SAFE_IN_TARGET)


def visible_text(text: str) -> str:
    """An example as a code block shows it: a byte order mark dropped, control characters as their symbol."""
    text = text.removeprefix("\ufeff").rstrip("\n")
    return re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", lambda m: chr(0x2400 + ord(m.group())) if m.group() != "\x7f" else "\u2421", text)


def example_language(file_name: str) -> str:
    """The language of a code block showing a file: yaml, markdown or plain text."""
    return {".yaml": "yaml", ".yml": "yaml", ".md": "markdown", ".svg": "xml"}.get(Path(file_name).suffix, "text")


def escape_attribute(text: object) -> str:
    return str(text).replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;")
