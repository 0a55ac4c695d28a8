"""Every internal link and resource of the built site exists, down to the #fragment; nothing links over http:;
nothing is embedded from another server."""

from __future__ import annotations

import posixpath
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

# Attributes that make the browser fetch or navigate.
LINK_ATTRIBUTES = {"href", "src", "poster"}
IGNORED_SCHEMES = {"mailto", "tel", "data", "javascript", "webcal"}
# <link rel=…> values that make the browser fetch; canonical, alternate and the like are only addresses.
EMBEDDING_RELS = {"stylesheet", "icon", "preload", "prefetch", "preconnect", "dns-prefetch", "modulepreload", "manifest", "apple-touch-icon"}


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[tuple[int, str, str]] = []  # (line, tag, url)
        self.embedded: list[tuple[int, str, str]] = []  # what the browser loads by itself: (line, tag, url)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        rel = set((dict(attrs).get("rel") or "").lower().split())
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (tag == "a" and name == "name"):
                self.ids.add(value)
            elif name in LINK_ATTRIBUTES:
                self.links.append((self.getpos()[0], tag, value.strip()))
                if tag != "a" and not (tag == "link" and not rel & EMBEDDING_RELS):
                    self.embedded.append((self.getpos()[0], tag, value.strip()))
            elif name == "srcset":
                for candidate in value.split(","):
                    if candidate.strip():
                        self.links.append((self.getpos()[0], tag, candidate.split()[0]))


@cache
def _parse(path: Path) -> _PageParser:
    parser = _PageParser()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser


def _target_file(site: Path, page: Path, url_path: str) -> Path:
    """The file a link path points to, resolved like a static web server does."""
    if url_path.startswith("/"):
        joined = url_path.lstrip("/")
    else:
        joined = posixpath.join(page.parent.relative_to(site).as_posix(), url_path)
    target = site / posixpath.normpath(joined) if joined else site
    if url_path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target


def _check_link(site: Path, page: Path, url: str) -> str | None:
    """A problem with one link, or None when it is fine."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme == "http":
        return "unverschlüsselter http:-Link"
    if scheme in IGNORED_SCHEMES or scheme == "https":
        return None
    if scheme or url.startswith("//"):
        return "unbekanntes Schema oder protokollrelative Adresse"
    path = unquote(parts.path)
    target = _target_file(site, page, path) if path else page
    if not target.is_file():
        return f"Ziel fehlt ({target.relative_to(site).as_posix()})"
    fragment = unquote(parts.fragment)
    if fragment and target.suffix == ".html" and fragment not in _parse(target).ids:
        return f"Anker #{fragment} fehlt in {target.relative_to(site).as_posix()}"
    return None


def find_broken_links(site: Path) -> list[str]:
    problems = []
    for page in sorted(site.rglob("*.html")):
        for line, tag, url in _parse(page).links:
            problem = _check_link(site, page, url)
            if problem:
                problems.append(f"{page.relative_to(site).as_posix()}:{line}: <{tag}> {url}: {problem}")
    return problems


def find_foreign_resources(site: Path) -> list[str]:
    """Images, scripts, styles, frames and fonts a page would fetch from another server."""
    found = []
    for page in sorted(site.rglob("*.html")):
        for line, tag, url in _parse(page).embedded:
            if url.startswith("//") or urlsplit(url).scheme.lower() in {"http", "https"}:
                found.append(f"{page.relative_to(site).as_posix()}:{line}: <{tag}> {url}")
    return found


def test_no_page_embeds_anything_from_another_server(built_site: Path) -> None:
    # The browser tests watch a sample of pages; this covers every page, e.g. an image a guide links from elsewhere.
    found = find_foreign_resources(built_site)
    assert not found, "Fremde Ressourcen (Datenschutz: keine Anfragen an Dritte):\n" + "\n".join(found)
    css = "\n".join(f.read_text(encoding="utf-8", errors="replace") for f in built_site.rglob("*.css"))
    assert "fonts.googleapis" not in css and "@import url(http" not in css


def test_every_internal_link_resolves(built_site: Path) -> None:
    problems = find_broken_links(built_site)
    assert not problems, f"{len(problems)} kaputte Links:\n" + "\n".join(problems)


def test_the_checker_finds_broken_links(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "index.html").write_text('<a href="a/">ok</a><a href="a/#da">ok</a><img src="fehlt.png">', encoding="utf-8")
    (tmp_path / "a" / "index.html").write_text(
        '<h2 id="da">Da</h2><a href="../#weg">x</a><a href="http://example.org/">y</a><a href="https://example.org/">z</a>'
        '<a href="mailto:a@b.invalid">m</a><a href="/index.html">r</a>',
        encoding="utf-8",
    )
    problems = find_broken_links(tmp_path)
    assert len(problems) == 3, problems
    assert "fehlt.png" in problems[2] and "Ziel fehlt" in problems[2]
    assert "#weg" in problems[0] and "Anker #weg fehlt" in problems[0]
    assert "unverschlüsselter http:-Link" in problems[1]


def test_the_checker_finds_foreign_resources(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text(
        '<link rel="canonical" href="https://site.example/"><link rel="stylesheet" href="https://cdn.example/a.css">'
        '<a href="https://example.org/">ok</a><img src="https://images.example/b.png"><script src="//cdn.example/c.js"></script>',
        encoding="utf-8",
    )
    found = find_foreign_resources(tmp_path)
    assert [entry.rsplit(" ", 1)[1] for entry in found] == ["https://cdn.example/a.css", "https://images.example/b.png", "//cdn.example/c.js"]
