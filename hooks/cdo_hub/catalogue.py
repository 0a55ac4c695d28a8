"""The catalogue of rules: every diagnostic code once, with its severity, a German title and
explanation, and a wrong and a right example.

Each rule module registers its entries beside the check that enforces them (`rule(...)` at module
level); this module imports none of them, and check/all_rules.py imports them all to read the
catalogue whole. A Report refuses a code that is not registered, or one reported with another severity, so a
new check cannot ship without its entry. The page /mitmachen/meldungen/ is generated from here, and
the tests run every example through the real check path.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Severity(Enum):
    ERROR = "fehler"
    WARNING = "warnung"
    NOTICE = "hinweis"


ERROR, WARNING, NOTICE = Severity.ERROR, Severity.WARNING, Severity.NOTICE


@dataclass(frozen=True)
class Example:
    """One file of a small hub, written over a minimal valid one (see tests/test_rule_catalogue.py).

    `text` None means the file is absent; `size` pads a file to that many bytes; `note` says what the
    text alone cannot show (a tab, a byte order mark, an encoding)."""

    file: str
    text: str | None
    note: str = ""
    encoding: str = "utf-8"
    size: int = 0
    # Further files of the same example, e.g. the second of two guides with one title.
    also: tuple["Example", ...] = ()

    @property
    def files(self) -> list["Example"]:
        return [self, *self.also]


@dataclass(frozen=True)
class Rule:
    code: str
    severity: Severity
    title: str
    explanation: str
    wrong: Example
    right: Example


class UnknownCode(LookupError):
    """A check reported a code the catalogue does not know: a programming error, never the contributor's."""


RULES: dict[str, Rule] = {}


def rule(code: str, severity: Severity, title: str, explanation: str, wrong: Example, right: Example) -> str:
    """Register a rule and return its code, for use at the call site."""
    if code in RULES:
        raise ValueError(f"Code {code!r} is registered twice")
    RULES[code] = Rule(code, severity, title, explanation, wrong, right)
    return code


def lookup(code: str, severity: Severity) -> Rule:
    entry = RULES.get(code)
    if entry is None:
        raise UnknownCode(f"Code {code!r} is not in the rule catalogue; register it with catalogue.rule() beside its check")
    if entry.severity is not severity:
        raise UnknownCode(f"Code {code!r} is catalogued as {entry.severity.name}, reported as {severity.name}: one code per rule")
    return entry


# The entries most examples start from; the minimal hub of the tests knows all their names.
WORKSHOP = """\
- id: werkstatt-low-code-2027
  title: Werkstatt Low Code
  type: workshop
  start: "2027-03-04 10:00"
  end: "12:00"
  format: online
"""
MEMBER = """\
- id: anna-petersen
  name: Dr. Anna Petersen
  role: Chief Digital Officer
  organisation: Kreis Rendsburg-Eckernförde
  organisation_type: landkreis
  ags: "01058"
  consent:
    date: "2026-03-01"
    scope: [profil]
"""
GUIDE = """\
---
title: Low Code einführen
description: Was ein Kreis braucht, um Fachanwendungen mit Low Code selbst zu bauen.
authors: [anna-petersen]
topics: [low-code]
status: veroeffentlicht
published: "2026-10-01"
---

## Zuerst klären

Welche Abläufe eignen sich?
"""

# The MkDocs configuration of the examples: navigation and the legal details.
CONFIG = """\
site_name: CDO-Zirkel
site_url: https://cdo-zirkel.github.io/hub/
docs_dir: docs
nav:
  - Start: index.md
  - Mitmachen: mitmachen.md
extra:
  legal:
    operator: "Beispielverein e. V."
    address: "Musterstraße 1, 12345 Musterstadt"
    represented_by: "Vorstand"
    register: "Amtsgericht Musterstadt, VR 1"
    email: "kontakt@cdo-zirkel.example"
    phone: "0000 0000"
    responsible_for_content: "Vorstand, Musterstraße 1, 12345 Musterstadt"
    data_protection_officer: "Datenschutz, kontakt@cdo-zirkel.example"
    supervisory_authority: "Landesbeauftragte für Datenschutz"
    hosting: "Hoster, Musterstadt"
    log_retention: "7 Tage"
    privacy_statement_date: "2026-11-27"
    vat_id: ""
    accessibility_contact: "kontakt@cdo-zirkel.example"
    enforcement_body: "Schlichtungsstelle BGG"
    enforcement_url: "https://www.schlichtungsstelle-bgg.de"
    accessibility_statement_date: "2026-11-27"
"""


# Small helpers for the examples: most rules are shown in one file of the hub.
def events(text: str, note: str = "") -> Example:
    return Example("events.yaml", text, note)


def members(text: str, note: str = "", also: tuple[Example, ...] = ()) -> Example:
    return Example("members.yaml", text, note, also=also)


def guide(text: str, name: str = "low-code-einfuehren.md", note: str = "", also: tuple[Example, ...] = ()) -> Example:
    return Example(f"handreichungen/{name}", text, note, also=also)


def page(text: str, name: str = "mitmachen.md", note: str = "") -> Example:
    return Example(f"docs/{name}", text, note)
