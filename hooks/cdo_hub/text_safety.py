"""Checks on free text: no active HTML, only safe link targets, nothing loaded from elsewhere, and
images with a text alternative."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .catalogue import ERROR, GUIDE, WORKSHOP, Example, events, guide, rule

# Elements that run code, embed third-party content or submit data.
FORBIDDEN_ELEMENTS = ("script", "iframe", "object", "embed", "form", "style", "link", "meta", "base", "frame", "frameset", "applet")
ELEMENT_RE = re.compile(r"<\s*(" + "|".join(FORBIDDEN_ELEMENTS) + r")\b", re.IGNORECASE)
EVENT_ATTRIBUTE_RE = re.compile(r"<[^>]*?\s(on[a-z]+)\s*=", re.IGNORECASE)
SCRIPT_URL_RE = re.compile(r"\b(javascript|vbscript)\s*:", re.IGNORECASE)
MARKDOWN_LINK_RE = re.compile(r"\]\(\s*<?([^)\s>]+)")
AUTOLINK_RE = re.compile(r"<([a-zA-Z][a-zA-Z0-9+.-]*:[^>\s]*)>")
# A link reference definition „[name]: ziel“; footnotes („[^1]: Text“) are not links.
REFERENCE_DEF_RE = re.compile(r"^\s{0,3}\[(?!\^)[^\]]+\]:\s*<?(\S+?)>?(\s|$)")
HTML_URL_ATTR_RE = re.compile(r"\b(?:href|src)\s*=\s*[\"']?([^\"'\s>]+)", re.IGNORECASE)
# A bare http:// address in prose; punctuation that ends the sentence is not part of it.
BARE_HTTP_RE = re.compile(r"(?<![\w/])(http://[^\s)<>\]\"']+?)(?=[.,;:!?]*(?:[\s)<>\]\"']|$))", re.IGNORECASE)
SCHEME_RE = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
# Every pattern of text_problems needs one of these: a tag „<“, a scheme or reference „:“, a link or image
# „]“, an attribute „=“, a CSS „url(“.
_MAY_HAVE_PROBLEM = re.compile(r"[<:\]=(]")
SAFE_SCHEMES = {"https", "mailto"}
# Markup that a plain-text field (a name, a title) would show literally: an HTML tag, a Markdown link,
# bold or an image.
PLAIN_TEXT_MARKUP_RE = re.compile(r"</?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?/?>|!?\[[^\]]+\]\([^)]*\)|\*\*[^*]+\*\*|__[^_]+__")
FENCE_RE = re.compile(r"^\s{0,3}(```|~~~)")


def text_problems(line: str) -> Iterator[tuple[int, str, str, str]]:
    """Yield (column, message, code, hint) for every problem in one line of text."""
    if not _MAY_HAVE_PROBLEM.search(line):
        return  # most lines are plain prose: none of the patterns below can match without these
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
    # Inside a refused element (an <iframe src=…>) the element is the one mistake to report.
    refused = [(m.start(), _tag_end(line, m.start())) for m in ELEMENT_RE.finditer(line)]
    embedded = set()
    for problem in embed_problems(line):
        embedded.add(problem[0])
        if not any(start < problem[0] - 1 <= end for start, end in refused):
            yield problem
    for column, target in link_targets(line):
        if column in embedded:
            continue  # an image from elsewhere is refused as such, whatever its scheme
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


MARKDOWN_IMAGE_RE = re.compile(r"!\[([^\]]*)\](?:\(\s*<?([^)\s>]*)|\[)")
HTML_IMAGE_RE = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
HTML_ALT_RE = re.compile(r"\balt\s*=\s*(?:\"\s*[^\"\s]|'\s*[^'\s]|[^\s\"'>])", re.IGNORECASE)
# Attributes and CSS that make the reader's browser fetch something.
LOADING_ATTR_RE = re.compile(r"\b(?:src|srcset|poster|data)\s*=\s*[\"']?\s*((?:[a-zA-Z][a-zA-Z0-9+.-]*:)?//[^\"'\s>]*)", re.IGNORECASE)
CSS_URL_RE = re.compile(r"url\(\s*[\"']?\s*((?:[a-zA-Z][a-zA-Z0-9+.-]*:)?//[^\"')\s]*)", re.IGNORECASE)
IMAGE_HINT = "Beschreiben Sie in den eckigen Klammern, was das Bild zeigt, z. B. ![Ablauf der Antragsprüfung in fünf Schritten](bilder/ablauf.png)."
EXTERNAL_HINT = "Laden Sie die Datei ins Repository hoch (Bilder zu Handreichungen z. B. nach handreichungen/bilder/) und verweisen Sie relativ darauf."


def embed_problems(line: str) -> Iterator[tuple[int, str, str, str]]:
    """Yield (column, message, code, hint) for images without a text alternative and for anything
    that would be loaded from another server: readers' browsers must not contact third parties."""
    for match in MARKDOWN_IMAGE_RE.finditer(line):
        target = match.group(2) or ""
        if not match.group(1).strip():
            yield (match.start() + 1, "Das Bild hat keinen Alternativtext.", "bild-ohne-alternativtext", IMAGE_HINT)
        if SCHEME_RE.match(target) or target.startswith("//"):
            yield (match.start(2) + 1, f"Das Bild „{target}“ würde von einem fremden Server geladen.", "fremder-inhalt", EXTERNAL_HINT)
    for match in HTML_IMAGE_RE.finditer(line):
        if not HTML_ALT_RE.search(match.group(0)):
            yield (match.start() + 1, "Das Bild (<img>) hat keinen Alternativtext (alt=\"…\").", "bild-ohne-alternativtext", IMAGE_HINT)
    for regex in (LOADING_ATTR_RE, CSS_URL_RE):
        for match in regex.finditer(line):
            yield (match.start(1) + 1, f"„{match.group(1)}“ würde von einem fremden Server geladen.", "fremder-inhalt", EXTERNAL_HINT)


def _tag_end(line: str, start: int) -> int:
    """Index of the „>“ that closes the tag opened at `start`, or the end of the line."""
    end = line.find(">", start)
    return len(line) if end < 0 else end


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
