"""The launch guard: what must not reach the public site, even though a local build allows it.

`mkdocs.yml` ships with placeholders (`[…]` and `*.invalid` addresses in `extra.legal`, the example
`site_url`) so that a fresh clone builds. Publishing them would put a fake imprint online, so the deploy
job turns each one into an error at its line; a local build only mentions them once.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import urlparse

from ..catalogue import CONFIG, ERROR, Example, rule
from ..diagnostics import Position, Report
from .legal_settings import legal_block
from ..source.yaml_source import parse_yaml, read_text

# Set in the deploy job: placeholders become errors.
LAUNCH_ENV = "CDO_HUB_LAUNCH"
_BRACKETS = re.compile(r"\[[^\]]*\]")
_INVALID_HOST = re.compile(r"[\w.-]+\.invalid\b", re.IGNORECASE)
# Top-level domains that never resolve on the internet (RFC 2606, RFC 6761).
_RESERVED_TLDS = (".example", ".invalid", ".test", ".localhost")
_SITE_URL = re.compile(r"^site_url:\s*[\"']?(?P<url>[^\"'#\s]*)")


def launch_requested(environ: dict[str, str] | None = None) -> bool:
    environ = os.environ if environ is None else environ
    return environ.get(LAUNCH_ENV, "").strip() == "1"


def check_launch(config: Path, display: str, report: Report) -> None:
    """Report every placeholder in `config` that must be replaced before the site goes public."""
    text = read_text(config, display, report)
    if text is None:
        return
    lines = text.split("\n")
    _check_site_url(lines, display, report)
    _check_legal(lines, display, report)


def placeholder_notice(config: Path, display: str) -> str | None:
    """One line for a local build that still carries placeholders; None when there are none."""
    report = Report()
    check_launch(config, display, report)
    if not report.diagnostics:
        return None
    first = min(d.position.line for d in report.diagnostics)
    return (
        f"{display}:{first}: hinweis: {len(report.diagnostics)} Platzhalter (Beispieladresse, [eckige Klammern], *.invalid) "
        f"sind beim lokalen Bau erlaubt; die Veröffentlichung lehnt sie ab ({LAUNCH_ENV}=1 make check zeigt jede Stelle). [platzhalter-livegang]"
    )


def _check_site_url(lines: list[str], display: str, report: Report) -> None:
    for number, line in enumerate(lines, start=1):
        match = _SITE_URL.match(line)
        if not match:
            continue
        url = match.group("url")
        host = (urlparse(url).hostname or "").lower()
        if not host or host.endswith(_RESERVED_TLDS):
            report.error(
                Position(display, number, match.start("url") + 1),
                f"site_url ist noch die Beispieladresse „{url}“; so kann die Website nicht veröffentlicht werden.",
                "platzhalter-livegang",
                "Setzen Sie site_url auf die echte Adresse, z. B. https://<organisation>.github.io/<repository>/. "
                "Sie bildet auch die Kennungen der Kalendereinträge und sollte sich danach nicht mehr ändern.",
            )
        return
    report.error(Position(display, 1, 1), "In mkdocs.yml fehlt site_url, die Adresse der Website.", "platzhalter-livegang", "Tragen Sie z. B. „site_url: https://<organisation>.github.io/<repository>/“ ein.")


def _check_legal(lines: list[str], display: str, report: Report) -> None:
    block = legal_block(lines)
    if block is None:
        return  # the normal check already reports a missing extra.legal
    first_line, block_lines = block
    document = parse_yaml("\n".join(block_lines), display, Report(), line_offset=first_line)
    legal = document.data.get("legal") if document and isinstance(document.data, dict) else None
    for key, value in (legal or {}).items() if isinstance(legal, dict) else ():
        if isinstance(value, str) and (_BRACKETS.search(value) or _INVALID_HOST.search(value)):
            report.error(
                document.position(("legal", key)),
                f"extra.legal.{key} enthält noch einen Platzhalter: „{value}“.",
                "platzhalter-livegang",
                "Ersetzen Sie den Platzhalter durch die echte Angabe des Trägervereins; Impressum, Datenschutzerklärung "
                "und Erklärung zur Barrierefreiheit zeigen sie öffentlich.",
            )


# The rule of this module, as contributors read it on /mitmachen/meldungen/.
rule("platzhalter-livegang", ERROR, "Platzhalter vor der Veröffentlichung",
     "Beim lokalen Bau sind die Beispieladresse in site_url und Platzhalter in extra.legal ([eckige Klammern], Adressen auf .invalid) "
     "erlaubt. Die Veröffentlichung (CDO_HUB_LAUNCH=1) lehnt sie ab: ein erfundenes Impressum darf nicht online gehen.",
     Example("mkdocs.yml", CONFIG.replace('phone: "0000 0000"', 'phone: "[Telefonnummer]"')), Example("mkdocs.yml", CONFIG))
