"""Markup from a pull request is parsed and held against an allowlist: each way of smuggling code or
third-party content onto a page is refused at the line and column where it is written, in guides,
pages in docs/, Markdown fields of the YAML files and every published SVG."""

from __future__ import annotations

import re

import pytest

from conftest import run_build

from validation_support import problems, validate

GUIDE_HEAD = """---
title: Eine Handreichung mit Markup
description: Eine Handreichung, in deren Text Markup steht.
authors: [malte-hinrichsen]
topics: [low-code]
status: entwurf
---

Ein erster Absatz.

"""
FIRST_BODY_LINE = GUIDE_HEAD.count("\n") + 1

# (name, markup, (line within the markup, column) of the mistake, code)
VECTORS = [
    ("handler-second-line", '<div\n  onclick="alert(1)">Klick</div>', (2, 3), "unsicheres-html"),
    ("handler-upper-case", '<p ONMOUSEOVER="alert(1)">Text</p>', (1, 4), "unsicheres-html"),
    ("handler-unquoted", "<span title=x onfocus=alert(1) tabindex=0>x</span>", (1, 15), "unsicheres-html"),
    ("handler-after-slash", '<img alt="x" src="a.png"/onerror="alert(1)">', (1, 26), "unsicheres-html"),
    ("javascript-link", "[Klick](javascript:alert(1))", (1, 9), "unsicherer-link"),
    ("javascript-entity", "[Klick](javascript&#58;alert(1))", (1, 9), "unsicherer-link"),
    ("javascript-tab-entity", "[Klick](java&#x09;script:alert(1))", (1, 9), "unsicherer-link"),
    ("javascript-mixed-case-padded", "[Klick]( <  JaVaScRiPt:alert(1)> )", (1, 11), "unsicherer-link"),
    ("javascript-reference", "[Klick][x]\n\n[x]: JAVASCRIPT:alert(1)", (3, 6), "unsicherer-link"),
    ("javascript-html-entity", '<a href="&#x6A;avascript:alert(1)">Klick</a>', (1, 4), "unsicherer-link"),
    ("javascript-html-padded", '<a href="  java\tscript:alert(1)">Klick</a>', (1, 4), "unsicherer-link"),
    ("vbscript-link", "[Klick](vbscript:msgbox(1))", (1, 9), "unsicherer-link"),
    ("data-image", "![Bild](data:image/svg+xml;base64,PHN2Zz4=)", (1, 9), "unsicherer-link"),
    ("data-link", '<a href="DATA:text/html,<script>alert(1)</script>">x</a>', (1, 4), "unsicherer-link"),
    ("attribute-list-handler", "## Abschnitt {: onclick=\"alert(1)\" }", (1, 17), "unsicheres-html"),
    ("attribute-list-href", "[Klick](https://www.negz.org){: href=\"javascript:alert(1)\" }", (1, 33), "unsicherer-link"),
    ("script", "<script>alert(1)</script>", (1, 1), "unsicheres-html"),
    ("script-second-line", "Text\n<SCRIPT\n src=x.js></SCRIPT>", (2, 1), "unsicheres-html"),
    ("iframe", '<iframe src="https://video.example/x"></iframe>', (1, 1), "unsicheres-html"),
    ("object", '<object data="x.swf"></object>', (1, 1), "unsicheres-html"),
    ("embed", '<embed src="x.swf">', (1, 1), "unsicheres-html"),
    ("form", '<form action="https://x.example"><button>Los</button></form>', (1, 1), "unsicheres-html"),
    ("base", '<base href="https://x.example/">', (1, 1), "unsicheres-html"),
    ("meta-refresh", '<meta http-equiv="refresh" content="0;url=https://x.example">', (1, 1), "unsicheres-html"),
    ("link", '<link rel="stylesheet" href="https://x.example/a.css">', (1, 1), "unsicheres-html"),
    ("style-element", "<style>body{background:url(https://x.example/p.png)}</style>", (1, 1), "unsicheres-html"),
    ("style-attribute-url", '<p style="background: url(https://x.example/p.png)">x</p>', (1, 4), "stil-laedt-inhalt"),
    ("style-attribute-escaped", '<p style="background: u\\72l(https://x.example/p.png)">x</p>', (1, 4), "stil-laedt-inhalt"),
    ("inline-svg", '<svg onload="alert(1)"></svg>', (1, 1), "unsicheres-html"),
    ("image-from-elsewhere", '<img alt="Ablauf" src="//cdn.example/a.png">', (1, 19), "fremder-inhalt"),
    ("unknown-attribute", '<p formaction="x">Text</p>', (1, 4), "html-attribut-nicht-erlaubt"),
    ("unknown-element", "<marquee>Text</marquee>", (1, 1), "html-element-nicht-erlaubt"),
    ("unclosed-tag", 'Ende <div onclick="alert(1)"', (1, 6), "html-unvollstaendig"),
]


def _guide(repo_copy, body: str):
    path = repo_copy / "handreichungen" / "markup.md"
    path.write_text(GUIDE_HEAD + body + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("markup", "where", "code"), [v[1:] for v in VECTORS], ids=[v[0] for v in VECTORS])
def test_each_vector_in_a_guide_is_refused_at_its_line_and_column(repo_copy, markup, where, code):
    _guide(repo_copy, markup)
    _, report = validate(repo_copy)
    found = [(d.position.line, d.position.column, d.code) for d in problems(report) if d.position.file == "handreichungen/markup.md"]
    line, column = where
    assert (FIRST_BODY_LINE + line - 1, column, code) in found, "\n".join(d.as_text() for d in problems(report))
    assert all(d.severity.value == "fehler" and d.hint for d in problems(report) if d.position.file == "handreichungen/markup.md")


@pytest.mark.parametrize(
    "markup",
    ["`<script>alert(1)</script>` als Beispiel", "```html\n<div onclick=\"x\">\n```", "<details><summary>Mehr</summary>Text</details>", "[Seite](https://www.negz.org) und <https://www.negz.org>", "<abbr title=\"Onlinezugangsgesetz\">OZG</abbr>", "x < y und 3 > 2"],
    ids=["inline-code", "fenced-code", "details", "https-links", "abbr", "comparison"],
)
def test_harmless_markup_and_code_examples_pass(repo_copy, markup):
    _guide(repo_copy, markup)
    _, report = validate(repo_copy)
    assert [d.as_text() for d in problems(report) if d.position.file == "handreichungen/markup.md"] == []


def test_handler_in_a_page_in_docs_is_refused_at_its_line(repo_copy):
    (repo_copy / "docs" / "mitmachen.md").write_text("# Mitmachen\n\nText\n\n<div\n    onclick=\"alert(1)\">Klick</div>\n", encoding="utf-8")
    _, report = validate(repo_copy)
    assert [(d.position.file, d.position.line, d.position.column, d.code) for d in problems(report)] == [("docs/mitmachen.md", 6, 5, "unsicheres-html")]


EVENT = """
- id: markup-in-der-beschreibung
  title: Markup in der Beschreibung
  type: workshop
  start: "2027-03-01 10:00"
  format: online
  description: |
    Ein Absatz.

    <div
      onclick="alert(1)">Klick</div> und [Link](JAVA&#x0A;SCRIPT:alert(1)).
"""


def test_handler_and_encoded_script_link_in_a_yaml_markdown_field_are_found_where_written(repo_copy):
    events = repo_copy / "events.yaml"
    events.write_text(events.read_text(encoding="utf-8") + EVENT, encoding="utf-8")
    written = '      onclick="alert(1)">Klick</div> und [Link](JAVA&#x0A;SCRIPT:alert(1)).'
    line = events.read_text(encoding="utf-8").split("\n").index(written) + 1
    _, report = validate(repo_copy)
    assert [(d.position.line, d.position.column, d.code) for d in problems(report)] == [(line, 7, "unsicheres-html"), (line, written.index("JAVA") + 1, "unsicherer-link")]


SVG_HEAD = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">\n'
SVG_VECTORS = [
    ("root-handler-second-line", '<svg xmlns="http://www.w3.org/2000/svg"\n     onload="alert(1)">\n<rect width="1" height="1"/>\n</svg>', (2, 6)),
    ("script", SVG_HEAD + "<script>alert(1)</script>\n</svg>", (2, 1)),
    ("foreign-object-handler", SVG_HEAD + '<foreignObject width="5" height="5">\n<div xmlns="http://www.w3.org/1999/xhtml"\n onmouseover="alert(1)">x</div></foreignObject>\n</svg>', (4, 2)),
    ("foreign-object-script", SVG_HEAD + '<foreignObject><script xmlns="http://www.w3.org/1999/xhtml">alert(1)</script></foreignObject>\n</svg>', (2, 16)),
    ("use-off-site", SVG_HEAD + '<use href="https://x.example/s.svg#a"/>\n</svg>', (2, 6)),
    ("image-off-site", SVG_HEAD + '<image xlink:href="//x.example/p.png"/>\n</svg>', (2, 8)),
    ("animate-href", SVG_HEAD + '<a href="#"><animate attributeName="href" values="javascript:alert(1)"/>x</a>\n</svg>', (2, 22)),
    ("set-xlink-href", SVG_HEAD + '<a xlink:href="#"><set attributeName="xlink:href" to="javascript:alert(1)"/>x</a>\n</svg>', (2, 24)),
    ("style-import", SVG_HEAD + "<style>@import url(https://x.example/a.css);</style>\n</svg>", (2, 8)),
    ("javascript-link", SVG_HEAD + '<a href=" JavaScript:alert(1)"><text>x</text></a>\n</svg>', (2, 4)),
    ("entity", '<!DOCTYPE svg [\n<!ENTITY x "y">\n]>\n' + SVG_HEAD + "<text>&x;</text></svg>", (2, 1)),
]


@pytest.mark.parametrize(("svg", "where"), [v[1:] for v in SVG_VECTORS], ids=[v[0] for v in SVG_VECTORS])
def test_each_svg_vector_is_refused_at_its_line_and_column(repo_copy, svg, where):
    (repo_copy / "docs" / "assets" / "grafik.svg").write_text(svg, encoding="utf-8")
    _, report = validate(repo_copy)
    found = [(d.position.line, d.position.column) for d in problems(report) if d.position.file == "docs/assets/grafik.svg" and d.code == "unsichere-grafik"]
    assert where in found, "\n".join(d.as_text() for d in problems(report))


def test_a_drawing_with_gradients_text_and_local_references_passes(repo_copy):
    (repo_copy / "docs" / "assets" / "grafik.svg").write_text(
        SVG_HEAD
        + '<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient><path id="p" d="M0 0L5 5"/></defs>\n'
        '<rect width="10" height="10" fill="url(#g)" style="stroke: #000"/><use href="#p"/><text x="1" y="5" font-size="2">Ablauf</text>\n'
        '<image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/><a href="https://www.negz.org"><text>NEGZ</text></a>\n</svg>\n',
        encoding="utf-8",
    )
    _, report = validate(repo_copy)
    assert [d.as_text() for d in problems(report)] == []


LINK_FIELD_EVENT = """
- id: link-mit-ausbruch
  title: Link mit Ausbruch
  type: workshop
  start: "2027-03-01 10:00"
  format: online
  url: https://www.negz.org/a){:onclick=alert(1)}
"""
LINK_FIELD_MEMBER = """
- id: website-mit-ausbruch
  name: Wendy Website
  role: Chief Digital Officer
  organisation: Kreis Website
  organisation_type: landkreis
  state: berlin
  contact:
    email: a){:onmouseover=alert(1)}@negz.example
    website: https://www.negz.org/b"onfocus="alert(1)
    linkedin: https://www.linkedin.com/in/x){:onclick=alert(2)}
  consent:
    date: "2026-01-01"
    scope: [profil, kontakt]
"""


def test_a_link_field_cannot_close_its_link_and_add_a_handler(repo_copy):
    (repo_copy / "events.yaml").write_text((repo_copy / "events.yaml").read_text(encoding="utf-8") + LINK_FIELD_EVENT, encoding="utf-8")
    (repo_copy / "members.yaml").write_text((repo_copy / "members.yaml").read_text(encoding="utf-8") + LINK_FIELD_MEMBER, encoding="utf-8")
    result = run_build(repo_copy)
    assert result.returncode == 0, result.output[-2000:]
    for page in ("veranstaltungen/link-mit-ausbruch/index.html", "mitglieder/website-mit-ausbruch/index.html"):
        html = (result.site / page).read_text(encoding="utf-8")
        assert not [m for m in re.findall(r"<a [^>]*>", html) if " on" in m.lower()], page
    assert 'href="https://www.negz.org/a%29%7B:onclick=alert%281%29%7D"' in (result.site / "veranstaltungen/link-mit-ausbruch/index.html").read_text(encoding="utf-8")
