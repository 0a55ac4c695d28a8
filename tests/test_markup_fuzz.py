"""Generated markup through the markup check and the real build: whatever the check lets pass, no
built page carries an event handler, a <script> or a script address in its content.

The oracle here is deliberately not the checker's parser: regular expressions over the raw HTML of
the rendered text and of the built pages, after the decoding a browser does."""

from __future__ import annotations

import html
import random
import re
from collections.abc import Callable, Sequence
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cdo_hub.check.markup import markdown_problems, rendered_problems
from cdo_hub.source.rendering import MarkdownRenderer
from conftest import REPO, copy_repo, run_build
from validation_support import validate

Pick = Callable[[Sequence], object]

TAGS = ["div", "p", "a", "img", "span", "details", "DIV", "Img", "svg", "script", "iframe", "math", "x-y", "table", "td", "abbr"]
ATTRIBUTES = ["onclick", "OnLoad", "onerror", "onmouseover", "onfocus", "href", "HREF", "src", "style", "title", "class", "data-x", "formaction", "srcset", "cite", "on"]
SCHEMES = ["javascript:", "JaVaScRiPt:", "vbscript:", "data:text/html,", "https://www.negz.org/", "http://example.org/", "", "mailto:a@b.de", "//cdn.example/"]
OBFUSCATIONS = [
    lambda s: s,
    lambda s: s.replace(":", "&#58;", 1),
    lambda s: s.replace(":", "&colon;", 1),
    lambda s: s.replace("a", "&#x61;", 1),
    lambda s: s[:4] + "&#x09;" + s[4:],
    lambda s: s[:4] + "\t" + s[4:],
    lambda s: " \x01 " + s,
    lambda s: s.upper(),
]
SPACES = [" ", "\n", "\n  ", "\t", "/", " \n "]
QUOTES = ['"', "'", ""]
PAYLOADS = ["alert(1)", "fetch('x')", "x", "../index.md"]
SAFE = {"div", "p", "a", "img", "span", "details", "table", "td", "abbr", "href", "src", "title", "class", "data-x", "https://www.negz.org/", "", "mailto:a@b.de", "tag", "link", "image", "../index.md"}


def _url(pick: Pick) -> str:
    return pick(OBFUSCATIONS)(pick(SCHEMES) + pick(PAYLOADS))


def _attribute(pick: Pick) -> str:
    quote = pick(QUOTES)
    name = pick(ATTRIBUTES)
    value = _url(pick) if name.lower() in ("href", "src", "srcset", "cite", "formaction") else pick(PAYLOADS)
    if not quote:
        value = re.sub(r"\s", "", value) or "x"
    return f"{name}={quote}{value}{quote}"


def _fragment(pick: Pick) -> str:
    kind = pick(["tag", "tag", "link", "image", "reference", "attr-list", "code", "text"])
    if kind == "tag":
        tag = pick(TAGS)
        attributes = "".join(pick(SPACES) + _attribute(pick) for _ in range(pick([1, 2, 3])))
        return f"<{tag}{attributes}{pick(['>', '>', ' >', '/>', ''])}Text</{tag}>"
    if kind == "link":
        return f"[Klick]({pick(['', ' ', ' <'])}{_url(pick)}{pick(['', '>'])})"
    if kind == "image":
        return f"![Bild]({_url(pick)})"
    if kind == "reference":
        return f"[Klick][r]\n\n[r]: {_url(pick)}"
    if kind == "attr-list":
        return f"## Abschnitt {{: {_attribute(pick)} }}"
    if kind == "code":
        return f"`<{pick(TAGS)} {_attribute(pick)}>`"
    return pick(["Ein Satz.", "a < b > c", "**fett**"])


def _text(pick: Pick, most: int = 3) -> str:
    return "\n\n".join(_fragment(pick) for _ in range(pick(range(1, most + 1))))


# --- the oracle ---------------------------------------------------------------------------------

_TAG_RE = re.compile(r"<[a-zA-Z][^<>]*>")
_HANDLER_RE = re.compile(r"""[\s/"']on[a-z]*\s*=""", re.IGNORECASE)
_URL_ATTRIBUTE_RE = re.compile(r"""[\s/"'](?:href|src|action|formaction|data|poster|srcset|cite|background|xlink:href)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)""", re.IGNORECASE)
_SCRIPT_SCHEME_RE = re.compile(r"^(?:javascript|vbscript|data):")


def dangers(markup: str) -> list[str]:
    """Handlers, script elements and script addresses in raw HTML, read as a browser decodes them."""
    found = []
    for tag in _TAG_RE.findall(markup):
        # (The theme draws its icons, e.g. the edit link's, as inline SVG: an <svg> alone is no danger.)
        if re.match(r"<(script|iframe|object|embed|base|meta|link|style|form)\b", tag, re.IGNORECASE):
            found.append(tag)
        if _HANDLER_RE.search(tag):
            found.append(tag)
        for value in _URL_ATTRIBUTE_RE.findall(tag):
            url = re.sub(r"[\t\n\r]", "", html.unescape(value.strip("\"'"))).lstrip("".join(chr(c) for c in range(0x21))).lower()
            if _SCRIPT_SCHEME_RE.match(url):
                found.append(tag)
    return found


RENDERER = MarkdownRenderer.from_config(REPO / "mkdocs.yml")


def _passes(text: str) -> bool:
    problems = markdown_problems(text)
    return not (problems or rendered_problems(text, RENDERER(text), problems))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_what_the_check_passes_renders_without_handlers_or_script_addresses(data):
    text = _text(lambda options: data.draw(st.sampled_from(list(options))))
    if _passes(text):
        assert dangers(RENDERER(text)) == [], text


def test_the_oracle_sees_what_it_should():
    assert dangers('<p><div\n onclick="x">') and dangers('<a href="&#x6A;ava&#x09;script:x">') and not dangers('<a href="https://x.de">')


def test_generated_guides_and_descriptions_that_pass_the_check_build_without_handlers(tmp_path):
    root = copy_repo(tmp_path / "repo")
    rng = random.Random(9)

    def pick(options: Sequence) -> object:
        # Mostly allowed names and addresses, so that much real markup passes and reaches the page.
        safe = [o for o in options if isinstance(o, str) and o in SAFE]
        return rng.choice(safe if safe and rng.random() < 0.7 else list(options))

    texts = [_text(pick, most=2) for _ in range(150)]
    for n, text in enumerate(texts):
        (root / "handreichungen" / f"erzeugt-{n}.md").write_text(
            f"---\ntitle: Erzeugte Handreichung {n}\ndescription: Ein erzeugter Text für die Prüfung.\nauthors: [malte-hinrichsen]\ntopics: [low-code]\n"
            f"status: veroeffentlicht\npublished: \"2026-01-01\"\n---\n\n{text}\n",
            encoding="utf-8",
        )
    events = root / "events.yaml"
    events.write_text(
        events.read_text(encoding="utf-8")
        + "".join(
            f"\n- id: erzeugt-{n}\n  title: Erzeugt {n}\n  type: workshop\n  start: \"2027-03-01 10:00\"\n  format: online\n  description: |\n"
            + "".join(f"    {line}\n" if line else "\n" for line in text.split("\n"))
            for n, text in enumerate(texts[:40])
        ),
        encoding="utf-8",
    )
    _, report = validate(root)
    refused_guides = {d.position.file for d in report.diagnostics if d.severity.value == "fehler"}
    for path in sorted(refused_guides):
        if path.startswith("handreichungen/erzeugt-"):
            (root / path).unlink()
    kept = list(range(40))
    # A file-level mistake (a tab in YAML) hides the others until it is gone: repeat until clean.
    while refused_events := _refused_events(root, validate(root)[1]):
        text = events.read_text(encoding="utf-8")
        for n in sorted(refused_events, reverse=True):
            start = text.index(f"\n- id: erzeugt-{n}\n")
            end = text.find("\n- id: erzeugt-", start + 1)
            text = text[:start] + (text[end:] if end >= 0 else "\n")
        events.write_text(text, encoding="utf-8")
        kept = [n for n in kept if n not in refused_events]
    passed_guides = sorted(p.stem for p in (root / "handreichungen").glob("erzeugt-*.md"))
    assert passed_guides and kept, "the generator should produce text the check accepts"
    assert len(passed_guides) < len(texts), "the generator should produce text the check refuses"
    assert sum("<" in (root / "handreichungen" / f"{slug}.md").read_text(encoding="utf-8").replace("`<", "") for slug in passed_guides) >= 5

    result = run_build(root, strict=False)
    assert result.returncode == 0, result.output[-3000:]
    pages = [result.site / "handreichungen" / slug / "index.html" for slug in passed_guides]
    pages += [result.site / "veranstaltungen" / f"erzeugt-{n}" / "index.html" for n in kept]
    for page in pages:
        assert dangers(_content(page)) == [], page


def _refused_events(root: Path, report) -> set[int]:  # noqa: ANN001
    lines = (root / "events.yaml").read_text(encoding="utf-8").split("\n")
    starts = {n: int(m.group(1)) for n, line in enumerate(lines, start=1) if (m := re.match(r"- id: erzeugt-(\d+)$", line))}
    refused = set()
    for d in report.diagnostics:
        if d.position.file == "events.yaml" and d.severity.value == "fehler":
            owner = [starts[n] for n in starts if n <= d.position.line]
            if owner:
                refused.add(owner[-1])
    return refused


def _content(page: Path) -> str:
    """The article of a built page: what contributors' text became (the theme's own scripts are outside)."""
    markup = page.read_text(encoding="utf-8")
    start = markup.index('<article class="md-content__inner md-typeset">')
    return markup[start : markup.index("</article>", start)]
