"""Contributors' markup, parsed as a browser would read it and held against an allowlist of elements,
attributes and link schemes: raw HTML in Markdown (html.parser over the whole text, so a handler on
the tag's second line is found), Markdown links, images and attribute lists, and SVG files (expat).

Every problem carries the line and column of the offending element, attribute or link, counted in the
text given (1-based), so callers only add the offset of where that text starts in its file.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser

from ..catalogue import ERROR, GUIDE, WORKSHOP, Example, events, guide, rule

UNSAFE_HTML = "unsicheres-html"
UNSAFE_LINK = "unsicherer-link"
FOREIGN = "fremder-inhalt"
NO_ALT = "bild-ohne-alternativtext"
ATTRIBUTE_NOT_ALLOWED = "html-attribut-nicht-erlaubt"
ELEMENT_NOT_ALLOWED = "html-element-nicht-erlaubt"
STYLE_LOADS = "stil-laedt-inhalt"
INCOMPLETE_TAG = "html-unvollstaendig"


@dataclass(frozen=True)
class Problem:
    line: int
    column: int
    message: str
    code: str
    hint: str = ""

    @property
    def key(self) -> tuple[str, str]:
        return (self.code, self.message)


# --- the allowlist ------------------------------------------------------------------------------

# Elements that structure text; everything else (scripts, frames, forms, media, inline SVG) is refused.
ALLOWED_ELEMENTS = frozenset(
    "a abbr b blockquote br caption cite code col colgroup dd del details dfn div dl dt em figcaption figure "
    "h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s samp small span strong sub summary sup table "
    "tbody td tfoot th thead time tr u ul var wbr".split()
)
# Refused with a sentence of their own: they run code, embed other documents or send data.
ACTIVE_ELEMENTS = frozenset(
    "script iframe object embed form base link meta style frame frameset applet noscript template input button "
    "textarea select option portal svg math video audio source track canvas dialog".split()
)
GLOBAL_ATTRIBUTES = frozenset("id class title lang dir role hidden translate markdown".split())
ELEMENT_ATTRIBUTES = {
    "a": {"href", "rel", "hreflang", "name", "target", "type"},
    "img": {"src", "alt", "width", "height", "loading", "decoding", "srcset", "sizes"},
    "td": {"colspan", "rowspan", "headers", "align"},
    "th": {"colspan", "rowspan", "headers", "scope", "abbr", "align"},
    "ol": {"start", "reversed", "type"},
    "li": {"value"},
    "time": {"datetime"},
    "q": {"cite"},
    "blockquote": {"cite"},
    "del": {"cite", "datetime"},
    "ins": {"cite", "datetime"},
    "details": {"open"},
    "col": {"span"},
    "colgroup": {"span"},
}
ATTRIBUTE_PREFIXES = ("aria-", "data-")
HANDLER_LIKE_RE = re.compile(r"""[\s/"'=`]((?i:on)[a-zA-Z]*)\s*=""")
# Attributes whose value is an address; those that make the browser fetch it at once must stay on the site.
URL_ATTRIBUTES = frozenset({"href", "src", "cite", "srcset"})
LOADING_ATTRIBUTES = frozenset({"src", "srcset"})
LINK_SCHEMES = frozenset({"https", "mailto"})
SCRIPT_SCHEMES = frozenset({"javascript", "vbscript", "data", "livescript", "mocha", "file", "blob", "filesystem"})
# CSS that fetches something or runs code in old browsers; escapes could hide any of them.
STYLE_LOADING_RE = re.compile(r"url\s*\(|@import|image-set|image\s*\(|expression\s*\(|behavior|-moz-binding|\\|src\s*\(", re.IGNORECASE)

IMAGE_HINT = "Beschreiben Sie in den eckigen Klammern, was das Bild zeigt, z. B. ![Ablauf der Antragsprüfung in fünf Schritten](bilder/ablauf.png)."
EXTERNAL_HINT = "Laden Sie die Datei ins Repository hoch (Bilder zu Handreichungen z. B. nach handreichungen/bilder/) und verweisen Sie relativ darauf."
ELEMENT_HINT = "Schreiben Sie reinen Text oder Markdown; Skripte, eingebettete Fremdinhalte, Formulare und Stile sind ausgeschlossen."
HANDLER_HINT = "Entfernen Sie das Attribut; Inhalte dürfen keinen Code ausführen. Für einen Link schreiben Sie [Text](https://…)."
LINK_HINT = "Links müssen mit https:// (oder mailto:) beginnen oder relativ auf eine Datei des Hubs zeigen."


def allowed_attribute(element: str, name: str) -> bool:
    return name in GLOBAL_ATTRIBUTES or name in ELEMENT_ATTRIBUTES.get(element, ()) or name.startswith(ATTRIBUTE_PREFIXES)


# --- addresses ----------------------------------------------------------------------------------

_SCHEME_RE = re.compile(r"^([a-z][a-z0-9+.\-]*):")
# What browsers ignore in an address: C0 controls and spaces around it, tabs and newlines anywhere.
_IGNORED_IN_URL = re.compile(r"[\t\n\r]")


def normalised_url(value: str) -> str:
    """The address as a browser reads it: entities already decoded by the caller, controls and
    padding dropped, tabs and newlines removed, backslashes as slashes, lower case."""
    cleaned = _IGNORED_IN_URL.sub("", value).strip("".join(chr(c) for c in range(0x21)) + "\x7f")
    return cleaned.replace("\\", "/").lower()


def url_problem(value: str, loads: bool, written: str | None = None) -> tuple[str, str, str] | None:
    """(message, code, hint) when an address may not be used; `loads` for images and other fetches."""
    url = normalised_url(value)
    shown = (written if written is not None else value).strip()
    scheme_match = _SCHEME_RE.match(url)
    scheme = scheme_match.group(1) if scheme_match else ""
    if scheme in SCRIPT_SCHEMES:
        return (f"„{scheme}:“ ist nicht erlaubt (in „{shown}“): so eine Adresse kann Code ausführen oder Inhalte einschleusen.", UNSAFE_LINK, LINK_HINT)
    if loads and (scheme or url.startswith("//")):
        return (f"„{shown}“ würde von einem fremden Server geladen.", FOREIGN, EXTERNAL_HINT)
    if not scheme or scheme in LINK_SCHEMES:
        return None
    if scheme == "http":
        return (
            f"Der Link „{shown}“ ist nicht erlaubt: nur https-Links (oder mailto:) und Verweise innerhalb des Hubs.",
            UNSAFE_LINK,
            f"Schreiben Sie „https://{shown.split(':', 1)[1].lstrip('/')}“." if ":" in shown else LINK_HINT,
        )
    return (f"Der Link „{shown}“ ist nicht erlaubt: nur https-Links (oder mailto:) und Verweise innerhalb des Hubs.", UNSAFE_LINK, LINK_HINT)


_SCRIPT_SCHEME_ANYWHERE_RE = re.compile(r"(javascript|vbscript|livescript|data)[\x00-\x20]*:")


def script_scheme_in(raw_tag: str) -> str:
    """A script scheme anywhere in a tag as a browser decodes it (entities, tabs and newlines), or ""."""
    decoded = _IGNORED_IN_URL.sub("", html.unescape(raw_tag)).lower()
    match = _SCRIPT_SCHEME_ANYWHERE_RE.search(decoded)
    return match.group(1) if match else ""


def _srcset_urls(value: str) -> list[str]:
    return [candidate.strip().split()[0] for candidate in value.split(",") if candidate.strip()]


# --- HTML ---------------------------------------------------------------------------------------


class _Positions:
    """Line and column (1-based) of an index into a text."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def of(self, index: int) -> tuple[int, int]:
        line = _bisect(self.starts, index)
        return line + 1, index - self.starts[line] + 1

    def index(self, line: int, column: int) -> int:
        return self.starts[line - 1] + column - 1


def _bisect(starts: list[int], index: int) -> int:
    low, high = 0, len(starts) - 1
    while low < high:
        middle = (low + high + 1) // 2
        if starts[middle] <= index:
            low = middle
        else:
            high = middle - 1
    return low


_ATTRIBUTE_NAME_RE = re.compile(r"""(?:^|(?<=[\s/"']))([^\s/>"'=][^\s/>"'=]*)""")


class _HtmlChecker(HTMLParser):
    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.text = text
        self.positions = _Positions(text)
        self.problems: list[Problem] = []

    # A start tag: its element and each attribute against the allowlist.
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self.positions.index(*_one_based(self.getpos()))
        raw = self.get_starttag_text() or ""
        if not self._check_element(tag, start):
            return  # the element is the one mistake to report, whatever it carries
        places = _attribute_places(raw, start)
        for name, value in attrs:
            self._check_attribute(tag, name, value or "", places.get(name, start))
        # Browsers and parsers disagree at the edges (a „/“ or quote inside an unquoted value): what
        # reads like a handler anywhere in a tag is refused as one.
        for match in HANDLER_LIKE_RE.finditer(raw):
            if match.group(1).lower() not in (name for name, _ in attrs):
                self._add(start + match.start(1), f"Im Tag steht „{match.group(1)}=“, das wie ein Ereignis-Attribut gelesen werden kann.", UNSAFE_HTML, HANDLER_HINT)
        if not any(p.code == UNSAFE_LINK for p in self.problems if self.positions.index(p.line, p.column) >= start) and (scheme := script_scheme_in(raw)):
            self._add(start, f"Im Tag steht „{scheme}:“, das als Adresse gelesen werden kann.", UNSAFE_LINK, LINK_HINT)
        if tag == "img" and not any(name == "alt" and (value or "").strip() for name, value in attrs):
            self._add(start, "Das Bild (<img>) hat keinen Alternativtext (alt=\"…\").", NO_ALT, IMAGE_HINT)

    handle_startendtag = handle_starttag

    def _check_element(self, tag: str, start: int) -> bool:
        if tag in ALLOWED_ELEMENTS:
            return True
        if tag in ACTIVE_ELEMENTS or tag.startswith(("svg", "math")):
            self._add(start, f"HTML-Element „<{tag}>“ ist nicht erlaubt.", UNSAFE_HTML, ELEMENT_HINT)
        else:
            self._add(start, f"HTML-Element „<{tag}>“ ist nicht erlaubt.", ELEMENT_NOT_ALLOWED, "Erlaubt sind Elemente für Text, Listen, Tabellen und Bilder, z. B. <details>, <abbr>, <kbd>; meist genügt Markdown.")
        return False

    def _check_attribute(self, tag: str, name: str, value: str, at: int) -> None:
        if name.startswith("on"):
            self._add(at, f"HTML-Attribut „{name}=“ ist nicht erlaubt: es führt Code aus.", UNSAFE_HTML, HANDLER_HINT)
            return
        if name == "style":
            if STYLE_LOADING_RE.search(html.unescape(value)):
                self._add(at, "Das Attribut „style=“ lädt Inhalte oder enthält Ausdrücke.", STYLE_LOADS, "Entfernen Sie „style=“; die Gestaltung kommt aus dem Theme.")
            return
        if not allowed_attribute(tag, name):
            self._add(at, f"HTML-Attribut „{name}=“ ist an <{tag}> nicht erlaubt.", ATTRIBUTE_NOT_ALLOWED, "Entfernen Sie das Attribut; erlaubt sind u. a. id, class, title, lang, href (a), src und alt (img).")
            return
        if name in URL_ATTRIBUTES:
            for url in _srcset_urls(value) if name == "srcset" else [value]:
                problem = url_problem(url, loads=name in LOADING_ATTRIBUTES)
                if problem:
                    self._add(at, *problem)

    def _add(self, index: int, message: str, code: str, hint: str = "") -> None:
        line, column = self.positions.of(index)
        self.problems.append(Problem(line, column, message, code, hint))


def _one_based(position: tuple[int, int]) -> tuple[int, int]:
    return position[0], position[1] + 1


def _attribute_places(raw_tag: str, tag_start: int) -> dict[str, int]:
    """Index in the text of each attribute name of a start tag (the first of a repeated name counts, as in HTML)."""
    places: dict[str, int] = {}
    name_end = re.match(r"<[^\s/>]*", raw_tag).end()
    for match in _ATTRIBUTE_NAME_RE.finditer(raw_tag, name_end):
        places.setdefault(match.group(1).lower(), tag_start + match.start(1))
    return places


def html_problems(text: str) -> list[Problem]:
    """Every element, attribute and address of the raw HTML in `text` that the allowlist refuses."""
    checker = _HtmlChecker(text)
    checker.feed(text)
    checker.close()
    # A tag left open at the end of a text could join the markup that follows it on the page.
    unclosed = _UNCLOSED_TAG_RE.search(text)
    if unclosed:
        checker._add(unclosed.start(), "Ein HTML-Tag wird nicht mit „>“ geschlossen.", INCOMPLETE_TAG, "Schließen Sie das Tag mit „>“, oder schreiben Sie „&lt;“ für ein Kleiner-als-Zeichen.")
    return checker.problems


_UNCLOSED_TAG_RE = re.compile(r"<[a-zA-Z!/?][^<>]*\Z")


# --- Markdown -----------------------------------------------------------------------------------

_FENCE_RE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})")
_INLINE_CODE_RE = re.compile(r"(`+)(?!`).*?(?<!`)\1(?!`)", re.DOTALL)


def blank_code(text: str) -> str:
    """`text` with fenced code blocks and inline code spans blanked (same length, same lines): code
    shows examples such as `<script>`; Markdown escapes it. Anything Markdown reads differently is
    still caught in the rendered text (see rendered_problems)."""
    lines = text.split("\n")
    fence = ""
    for number, line in enumerate(lines):
        match = _FENCE_RE.match(line)
        if fence:
            if match and match.group(1)[0] == fence[0] and len(match.group(1)) >= len(fence):
                fence = ""
            lines[number] = " " * len(line)
        elif match:
            fence = match.group(1)
            lines[number] = " " * len(line)
    joined = "\n".join(lines)
    return _INLINE_CODE_RE.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), joined)


_LINK_START_RE = re.compile(r"(!?)\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\(")
_REFERENCE_RE = re.compile(r"^[ \t]*\[(?!\^)[^\]]+\]:[ \t]*(<[^>\n]*>|\S+)", re.MULTILINE)
_ATTR_LIST_RE = re.compile(r"\{:?([^{}\n]*)\}")
_ATTR_PAIR_RE = re.compile(r"""([^\s=}'"]+)\s*=\s*("[^"]*"|'[^']*'|[^\s}]*)""")
# A bare http:// address in prose; punctuation that ends the sentence is not part of it.
_BARE_HTTP_RE = re.compile(r"(?<![\w/(<\"'=])(http://[^\s)<>\]\"']+?)(?=[.,;:!?]*(?:[\s)<>\]\"']|$))", re.IGNORECASE)
ALL_ATTRIBUTES = GLOBAL_ATTRIBUTES | {name for names in ELEMENT_ATTRIBUTES.values() for name in names}


def _destination(text: str, start: int) -> tuple[int, str]:
    """(index, text) of a link destination that begins at `start` (after „](“ and any spaces)."""
    while start < len(text) and text[start] in " \t\n":
        start += 1
    if text.startswith("<", start):
        end = text.find(">", start)
        return start + 1, text[start + 1 : end if end >= 0 else len(text)]
    depth, end = 0, start
    while end < len(text) and not text[end].isspace():
        if text[end] == "(":
            depth += 1
        elif text[end] == ")":
            if depth == 0:
                break
            depth -= 1
        end += 1
    return start, text[start:end]


# Autolinks („<https://…>“, „<name@example.org>“) are links, not tags.
_AUTOLINK_RE = re.compile(r"<((?:[Ff]|[Hh][Tt])[Tt][Pp][Ss]?://[^<>]*|[^<> !]+@[^@<> ]+)>")


# Every problem markdown_problems can find starts at one of these: a tag or autolink („<“), a link,
# image or reference („[“), an attribute list („{“), or a bare http:// address. Most values (ids,
# dates, names, plain sentences) contain none of them and need no further look.
_MAY_HAVE_PROBLEM_RE = re.compile(r"[<\[{]|http://", re.IGNORECASE)


def markdown_problems(text: str) -> list[Problem]:
    """Every problem of a Markdown text: raw HTML against the allowlist, link and image addresses
    (entities decoded, padding and case ignored), attribute lists, images without a text alternative."""
    if _MAY_HAVE_PROBLEM_RE.search(text) is None:
        return []
    prose = blank_code(text)
    checker = _HtmlChecker(prose)
    found = html_problems(_AUTOLINK_RE.sub(lambda m: " " * len(m.group(0)), prose))
    for match in _AUTOLINK_RE.finditer(prose):
        target = match.group(1) if "@" not in match.group(1) or "://" in match.group(1) else "mailto:" + match.group(1).removeprefix("mailto:")
        problem = url_problem(html.unescape(target), loads=False, written=match.group(1))
        if problem:
            checker._add(match.start(1), *problem)
    for match in _LINK_START_RE.finditer(prose):
        image = match.group(1) == "!"
        index, target = _destination(prose, match.end())
        if image and not match.group(2).strip():
            checker._add(match.start(), "Das Bild hat keinen Alternativtext.", NO_ALT, IMAGE_HINT)
        problem = url_problem(html.unescape(target), loads=image, written=target)
        if problem:
            checker._add(index, *problem)
    for match in _REFERENCE_RE.finditer(prose):
        target = match.group(1).strip("<>")
        problem = url_problem(html.unescape(target), loads=False, written=target)
        if problem:
            checker._add(match.start(1), *problem)
    for match in _ATTR_LIST_RE.finditer(prose):
        for pair in _ATTR_PAIR_RE.finditer(match.group(1)):
            _check_listed_attribute(checker, pair.group(1).lower(), html.unescape(pair.group(2).strip("\"'")), match.start(1) + pair.start(1))
    for match in _BARE_HTTP_RE.finditer(prose):
        problem = url_problem(match.group(1), loads=False)
        if problem:
            checker._add(match.start(1), *problem)
    return found + checker.problems


def _check_listed_attribute(checker: _HtmlChecker, name: str, value: str, at: int) -> None:
    """An attribute set with an attribute list („{: title="…" }“) obeys the rules of raw HTML."""
    if name.startswith("on") or name == "style":
        checker._check_attribute("", name, value, at)
    elif name not in ALL_ATTRIBUTES and not name.startswith(ATTRIBUTE_PREFIXES):
        checker._add(at, f"Das Attribut „{name}=“ ist in einer Attributliste nicht erlaubt.", ATTRIBUTE_NOT_ALLOWED, "Erlaubt sind u. a. id, class, title und lang; meist genügt Markdown.")
    elif name in URL_ATTRIBUTES:
        problem = url_problem(value, loads=name in LOADING_ATTRIBUTES)
        if problem:
            checker._add(at, *problem)


# --- the page as Markdown makes it ----------------------------------------------------------------

# Elements that must never reach a page, whatever Markdown made of the text.
DANGEROUS_ELEMENTS = frozenset("script iframe object embed form base link meta style frame frameset applet svg math template portal noscript".split())
DANGEROUS_URL_ATTRIBUTES = frozenset("href src action formaction data poster srcset background cite xlink:href ping longdesc".split())


class _RenderedChecker(HTMLParser):
    """What must not be in the HTML that Markdown renders from a contributor's text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str]] = []  # (what, the word to look for in the source)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in DANGEROUS_ELEMENTS:
            self.found.append((f"das Element „<{tag}>“", tag))
        for match in HANDLER_LIKE_RE.finditer(self.get_starttag_text() or ""):
            self.found.append((f"das Attribut „{match.group(1).lower()}=“", match.group(1).lower()))
        if scheme := script_scheme_in(self.get_starttag_text() or ""):
            self.found.append((f"die Adresse „{scheme}:“", f"{scheme}:"))
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append((f"das Attribut „{name}=“", name))
            elif name in DANGEROUS_URL_ATTRIBUTES and value:
                for url in _srcset_urls(value) if name == "srcset" else [value]:
                    scheme = _SCHEME_RE.match(normalised_url(url))
                    if scheme and scheme.group(1) in SCRIPT_SCHEMES:
                        self.found.append((f"die Adresse „{scheme.group(1)}:“", f"{scheme.group(1)}:"))
            elif name == "style" and value and STYLE_LOADING_RE.search(value):
                self.found.append(("ein Stil, der Inhalte lädt", "style"))

    handle_startendtag = handle_starttag


# Without any of these, the site's Markdown extensions make no element or attribute from what was
# written: raw HTML needs „<“, links, images, references, footnotes, abbreviations and task lists „[“,
# attribute lists „{“, and an entity „&“ is the one way to spell „<“ otherwise. (Headings' ids and
# admonition classes are slugs or words: no quote, no „=“, no scheme.) Such a text need not be rendered.
_MAY_RENDER_MARKUP_RE = re.compile(r"[<\[{&]")


def may_render_markup(text: str) -> bool:
    """False when rendering `text` cannot produce anything rendered_problems would find."""
    return _MAY_RENDER_MARKUP_RE.search(text) is not None


def rendered_problems(text: str, rendered_html: str, known: list[Problem]) -> list[Problem]:
    """What the source check missed but the rendered page would carry: reported at the first place in
    `text` that names it (or the text's first line), unless a problem of `known` is there already."""
    checker = _RenderedChecker()
    checker.feed(rendered_html)
    checker.close()
    positions = _Positions(text)
    problems = []
    for what, word in dict.fromkeys(checker.found):
        if any(word.lower() in p.message.lower() for p in known):
            continue  # already reported where it was written
        index = text.lower().find(word.lower())
        line, column = positions.of(max(index, 0))
        if any(p.line == line for p in known):
            continue  # inside what is refused there already (an <iframe onload=…>): one mistake, one message
        problems.append(Problem(line, column, f"Der Text ergibt auf der Seite {what}; das ist nicht erlaubt.", UNSAFE_HTML, ELEMENT_HINT))
    return problems


# The rules of this module, as contributors read them on /mitmachen/meldungen/.
_IMAGE = Example("handreichungen/bilder/ablauf.png", "PNG", note="eine Bilddatei")
rule("unsicheres-html", ERROR, "HTML, das nicht erlaubt ist",
     "Skripte, eingebettete Fremdinhalte, Formulare und Attribute wie onclick= können Code ausführen oder Daten an Dritte senden. "
     "Schreiben Sie reinen Text oder Markdown.",
     events(WORKSHOP + "  description: Anmeldung <script>melden()</script>\n"),
     events(WORKSHOP + "  description: Anmeldung über die Seite des NEGZ.\n"))
rule("unsicherer-link", ERROR, "Link, der nicht erlaubt ist",
     "Links beginnen mit https:// (oder mailto:) oder verweisen auf eine Seite des Hubs; http:, javascript: und data: sind ausgeschlossen.",
     events(WORKSHOP + "  url: http://www.negz.org/termine\n"), events(WORKSHOP + "  url: https://www.negz.org/termine\n"))
rule("bild-ohne-alternativtext", ERROR, "Bild ohne Alternativtext",
     "Wer nicht sieht, erfährt nur aus dem Alternativtext, was ein Bild zeigt. Er steht in den eckigen Klammern.",
     guide(GUIDE + "\n![](bilder/ablauf.png)\n", also=(_IMAGE,)),
     guide(GUIDE + "\n![Ablauf in fünf Schritten](bilder/ablauf.png)\n", also=(_IMAGE,)))
rule("fremder-inhalt", ERROR, "Inhalt von einem fremden Server",
     "Die Website lädt nichts von anderen Servern: jeder Abruf verriete den Besuch an Dritte. Laden Sie Bilder ins Repository hoch.",
     guide(GUIDE + "\n![Ablauf](https://bilder.example/ablauf.png)\n"), guide(GUIDE + "\n[Ablauf beim Anbieter](https://bilder.example/ablauf.html)\n"))
rule("html-element-nicht-erlaubt", ERROR, "HTML-Element nicht erlaubt",
     "Erlaubt sind HTML-Elemente für Text, Listen, Tabellen und Bilder, etwa <details>, <abbr> oder <kbd>. Alles andere gibt "
     "Markdown oder das Theme besser wieder.",
     events(WORKSHOP + "  description: Mit <marquee>Laufschrift</marquee>\n"),
     events(WORKSHOP + "  description: Mit <abbr title=\"Künstliche Intelligenz\">KI</abbr>\n"))
rule("html-attribut-nicht-erlaubt", ERROR, "HTML-Attribut nicht erlaubt",
     "An erlaubten Elementen sind nur Attribute für Inhalt und Zugänglichkeit erlaubt, etwa id, class, title, lang, "
     "href an Links sowie src und alt an Bildern.",
     events(WORKSHOP + "  description: Mit <abbr contenteditable=\"true\">KI</abbr>\n"),
     events(WORKSHOP + "  description: Mit <abbr title=\"Künstliche Intelligenz\">KI</abbr>\n"))
rule("stil-laedt-inhalt", ERROR, "Stilangabe lädt Inhalte",
     "Ein style= mit url(), @import oder Ausdrücken lädt etwas nach oder führt Code aus. Die Gestaltung kommt aus dem Theme.",
     events(WORKSHOP + "  description: 'Mit <abbr style=\"background:url(bild.png)\">KI</abbr>'\n"),
     events(WORKSHOP + "  description: Mit <abbr>KI</abbr>\n"))
rule("html-unvollstaendig", ERROR, "HTML-Tag nicht geschlossen",
     "Ein HTML-Tag endet mit „>“. Ein Kleiner-als-Zeichen im Text schreiben Sie als „&lt;“.",
     events(WORKSHOP + "  description: Mit <abbr title=\"KI\"\n"),
     events(WORKSHOP + "  description: Mit <abbr title=\"KI\">KI</abbr>\n"))
