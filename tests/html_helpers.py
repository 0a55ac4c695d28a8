"""A tiny DOM over the standard library's html.parser: enough to read the built pages in tests."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from posixpath import normpath
from urllib.parse import urljoin, urlparse

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
SITE = "https://site.test/"
TEXT_SUFFIXES = {".html", ".json", ".xml", ".ics", ".txt", ".js", ".css", ".svg"}


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    children: list = field(default_factory=list)

    def iter(self):
        yield self
        for child in self.children:
            if isinstance(child, Element):
                yield from child.iter()

    def find_all(self, tag: str | None = None, cls: str | None = None, **attrs: str) -> list[Element]:
        return [
            e
            for e in self.iter()
            if (tag is None or e.tag == tag) and (cls is None or cls in e.classes) and all(e.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items())
        ]

    def find(self, tag: str | None = None, cls: str | None = None, **attrs: str) -> Element | None:
        found = self.find_all(tag, cls, **attrs)
        return found[0] if found else None

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    @property
    def text(self) -> str:
        """Visible text with whitespace collapsed; heading permalinks („¶“) left out."""
        parts = []
        for child in self.children:
            if isinstance(child, str):
                parts.append(child)
            elif "headerlink" not in child.classes:
                parts.append(" " + child.text + " " if child.tag in {"p", "li", "dd", "dt", "br", "div", "td", "th"} else child.text)
        return " ".join("".join(parts).split())


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list) -> None:
        element = Element(tag, {k: (v if v is not None else "") for k, v in attrs})
        self.stack[-1].children.append(element)
        if tag not in VOID:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        self.stack[-1].children.append(Element(tag, {k: (v if v is not None else "") for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse_html(text: str) -> Element:
    builder = _TreeBuilder()
    builder.feed(text)
    builder.close()
    return builder.root


@dataclass
class Page:
    """One built HTML page and the site path it is served at, such as „mitglieder/anna/“."""

    path: str
    root: Element

    @property
    def article(self) -> Element:
        article = self.root.find("article")
        assert article is not None, f"{self.path}: kein <article>"
        return article

    @property
    def title(self) -> str:
        title = self.root.find("title")
        return title.text if title else ""

    @property
    def description(self) -> str | None:
        meta = self.root.find("meta", name="description")
        return None if meta is None else meta.attrs.get("content")

    @property
    def lang(self) -> str | None:
        html = self.root.find("html")
        return None if html is None else html.attrs.get("lang")

    def links(self, within: Element | None = None) -> list[str]:
        """Targets of the links in `within` (default: the article) as site paths like „mitglieder/anna/“, fragments dropped."""
        return [target for a in (within or self.article).find_all("a") if (target := self.resolve(a.attrs.get("href", ""))) is not None]

    def resolve(self, href: str) -> str | None:
        """A site path for an internal link; None for external, mailto and same-page links."""
        if not href or href.startswith("#"):
            return None
        url = urlparse(urljoin(SITE + self.path, href))
        if f"{url.scheme}://{url.netloc}/" != SITE:
            return None
        path = normpath(url.path).lstrip("/")
        return "" if path == "." else path + ("/" if url.path.endswith("/") and path else "")

    def sections(self, level: str = "h2", within: Element | None = None) -> dict[str, list[Element]]:
        """The elements after each heading of `level` up to the next one, keyed by heading text (one level of nesting)."""
        result: dict[str, list[Element]] = {}
        current = None
        for child in (within or self.article).children:
            if not isinstance(child, Element):
                continue
            if child.tag == level:
                current = child.text
                result[current] = []
            elif current is not None:
                result[current].append(child)
        return result


def load_page(site: Path, path: str) -> Page:
    """The page served at `path` („“ for the start page, „mitglieder/“, „mitglieder/anna/“)."""
    file = site / path / "index.html" if path == "" or path.endswith("/") else site / path
    return Page(path, parse_html(file.read_text(encoding="utf-8")))


def html_pages(site: Path) -> list[str]:
    """Site paths of every HTML page in the built site."""
    paths = []
    for file in sorted(site.rglob("*.html")):
        relative = file.relative_to(site).as_posix()
        paths.append(relative[: -len("index.html")] if relative.endswith("index.html") else relative)
    return paths


def search_docs(site: Path) -> list[dict]:
    return json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]


def normalise(text: str) -> str:
    return " ".join(text.split())


def readable_text(file: Path) -> str:
    """A file's text as a reader or a program would see it: entities and JSON escapes resolved, iCalendar unfolded."""
    raw = file.read_text(encoding="utf-8", errors="replace")
    variants = [raw, unescape(raw)]
    if file.suffix == ".json":
        variants.append(" ".join(_strings(json.loads(raw))))
        variants.append(unescape(variants[-1]))
        variants.append(re.sub(r"<[^>]+>", " ", variants[-1]))
    if file.suffix == ".ics":
        unfolded = re.sub(r"\r?\n[ \t]", "", raw)
        variants.append(re.sub(r"\\([,;\\])", r"\1", unfolded).replace("\\n", "\n").replace("\\N", "\n"))
    if file.suffix == ".html":
        variants.append(parse_html(raw).text)
    return "\n".join(normalise(v) for v in variants)


def site_texts(site: Path) -> dict[str, str]:
    """Every text file of the built site by its path, made readable."""
    return {f.relative_to(site).as_posix(): readable_text(f) for f in sorted(site.rglob("*")) if f.is_file() and f.suffix in TEXT_SUFFIXES}


def files_containing(texts: dict[str, str], value: str) -> list[str]:
    needle = normalise(value)
    return [path for path, text in texts.items() if needle in text]


def _strings(value: object):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
