"""What a contributor probably meant: a corrected spelling of a value in the wrong form, and the field
behind a field name written from habit. Used for the „Meinten Sie …?“ hints."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Mapping
from datetime import date
from typing import Any

# Field names contributors write from habit, in German or English, and the field they mean.
FIELD_SYNONYMS = {
    "tags": "topics", "themen": "topics", "thema": "topics", "schlagworte": "topics", "kategorien": "topics",
    "autor": "authors", "autorin": "authors", "autoren": "authors", "author": "authors",
    "titel": "title", "beschreibung": "description", "text": "description", "summary": "description",
    "beginn": "start", "anfang": "start", "datum": "start", "date": "start", "ende": "end",
    "ort": "location", "place": "location", "link": "url", "anmeldung": "url", "zeitzone": "timezone",
    "referenten": "speakers", "referentinnen": "speakers", "vortragende": "speakers", "gaeste": "guests", "gäste": "guests",
    "wiederholung": "recurrence", "serie": "recurrence", "art": "type", "typ": "type",
    "funktion": "role", "organisation_typ": "organisation_type", "bundesland": "state", "werkzeuge": "tools",
    "kontakt": "contact", "foto": "photo", "bild": "photo", "einwilligung": "consent", "zustimmung": "consent",
    "rolle": "circle_roles", "anrede": "salutation", "geschlecht": "salutation", "lizenz": "license", "offenlegung": "disclosure", "geprueft": "reviewed", "geprüft": "reviewed",
    "veroeffentlicht": "published", "veröffentlicht": "published", "sichtbarkeit": "visibility",
}

# Protected, thin and other spaces that text copied from Word or a web page brings along.
ODD_SPACES = re.compile("[\u00a0\u2002\u2003\u2007\u2009\u202f]")

# Typographic quotes do not quote in YAML: „2026-10-01“ keeps them as part of the value.
TYPOGRAPHIC_QUOTES = "„“”‚‘’«»"


def writing_notes(value: str) -> str:
    """Sentences on characters in `value` that look right but are not what YAML or the field expects,
    and on a date in another form that does not exist (no „Meinten Sie“ for 31.06.2025)."""
    notes = []
    written_date = _written_date(value)
    if written_date is not None and not _is_real(written_date[0]):
        notes.append(f"Den Tag „{value.strip()}“ gibt es im Kalender nicht.")
    if set(value) & set(TYPOGRAPHIC_QUOTES):
        notes.append("Typografische Anführungszeichen („ “) gelten in YAML nicht, nur gerade (\").")
    if ODD_SPACES.search(value) or "\u200b" in value:
        notes.append("Der Wert enthält ein geschütztes oder unsichtbares Leerzeichen (oft beim Kopieren aus Word); tippen Sie ihn neu.")
    return " ".join(notes)


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue", "é": "e", "è": "e"})
_GERMAN_DATE = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2})[:.](\d{2})(?:\s*Uhr)?)?\s*$")
_LOOSE_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2})[:.](\d{2})(?::00)?(?:\s*Uhr)?)?\s*$")
_LOOSE_TIME = re.compile(r"^\s*(\d{1,2})(?:[:.](\d{2}))?\s*Uhr\s*$|^\s*(\d{1,2})\.(\d{2})\s*$")


def _written_date(value: str) -> tuple[tuple[int, int, int], str] | None:
    """((year, month, day), "HH:MM" or "") of a date written as 1.10.2026 or 2026-1-5 (with a time)."""
    for regex in (_GERMAN_DATE, _LOOSE_ISO):
        match = regex.match(value)
        if match:
            parts = match.groups()
            day, month, year = (parts[0], parts[1], parts[2]) if regex is _GERMAN_DATE else (parts[2], parts[1], parts[0])
            clock = f"{int(parts[3]):02d}:{parts[4]}" if parts[3] is not None else ""
            return (int(year), int(month), int(day)), clock
    return None


def _is_real(year_month_day: tuple[int, int, int]) -> bool:
    try:
        date(*year_month_day)
    except ValueError:
        return False
    return True


def suggest_form(value: str, pattern: str) -> str:
    """A corrected spelling of `value` that matches `pattern`, e.g. „01.10.2026“ → „2026-10-01“; "" if none."""
    written = value
    # Text copied from Word or a web page brings protected and thin spaces, zero-width characters and
    # umlauts in decomposed form (u + ¨): none of them belongs in a date or an id.
    value = unicodedata.normalize("NFC", ODD_SPACES.sub(" ", value).replace("\u200b", "").replace("\ufeff", ""))
    value = value.strip().strip(TYPOGRAPHIC_QUOTES).strip()
    candidates = [slug(value), value, value.split()[0] if " " in value else ""]
    if "/" in value:
        candidates.append("/".join(plain_file_name(part) for part in value.split("/")))
    candidates.append(value.replace(" ", ""))
    written_date = _written_date(value)
    if written_date is not None and _is_real(written_date[0]):
        (year, month, day), clock = written_date
        candidates.append(f"{year}-{month:02d}-{day:02d}" + (f" {clock}" if clock else ""))
    match = _LOOSE_TIME.match(value)
    if match:
        hour, minute = (match.group(1), match.group(2) or "00") if match.group(1) else (match.group(3), match.group(4))
        candidates.append(f"{int(hour):02d}:{minute}")
    if value.startswith("http://"):
        candidates.append("https://" + value.removeprefix("http://"))
    elif not value.startswith("https://") and "." in value and " " not in value.strip():
        candidates.append("https://" + value.strip())
    for candidate in candidates:
        if candidate and candidate != written and re.search(pattern, candidate):
            return candidate
    return ""


# How people write the German zone; the field takes the IANA name of a place.
GERMAN_ZONE = "Europe/Berlin"
_GERMAN_ZONE_SPELLINGS = {
    "mez", "mesz", "cet", "cest", "met", "mest", "berlin", "deutschland", "germany", "de", "europa-berlin",
    "mitteleuropaeische-zeit", "mitteleuropaeische-sommerzeit", "central-european-time", "central-european-summer-time",
    "gmt-1", "gmt-2", "utc-1", "utc-2", "utc-01-00", "utc-02-00", "gmt-01-00", "gmt-02-00", "deutsche-zeit",
}


def meant_timezone(value: str, known: frozenset[str]) -> str | None:
    """The IANA name that `value` means: „MEZ“, „CET“ or „Berlin“ → Europe/Berlin, „europe/berlin“ →
    Europe/Berlin, „New York“ → America/New_York; None when nothing fits well."""
    wanted = slug(value.replace("+", "-"))
    if wanted in _GERMAN_ZONE_SPELLINGS:
        return GERMAN_ZONE
    by_spelling = {slug(name): name for name in known if "/" in name}
    by_place = {slug(name.rsplit("/", 1)[1]): name for name in sorted(known) if "/" in name and not name.startswith("Etc/")}
    if wanted in by_spelling or wanted in by_place:
        return by_spelling.get(wanted) or by_place[wanted]
    close = difflib.get_close_matches(wanted, sorted(by_spelling), n=1, cutoff=0.8)
    return by_spelling[close[0]] if close else None


def meant_term(value: str, terms: Mapping[str, Any]) -> str | None:
    """The id of the vocabulary entry that `value` names by its id, title, code or an abbreviation, in
    any case and with umlauts written either way („BE“, „Baden-Württemberg“, „de-nw“, „05“); None if none."""
    wanted = slug(unicodedata.normalize("NFC", value))
    if not wanted:
        return None
    for term in terms.values():
        spellings = (term.id, term.title, term.code, *term.abbreviations)
        if any(spelling and slug(spelling) == wanted for spelling in spellings):
            return term.id
    return None


def slug(value: str) -> str:
    """„Prüfung & Bescheid“ → „pruefung-bescheid“: lower case, umlauts spelled out, hyphens between words."""
    return re.sub(r"[^a-z0-9]+", "-", value.translate(_UMLAUTS).lower()).strip("-")


def plain_file_name(name: str) -> str:
    """„IMG 1234 (Übersicht).JPG“ → „img-1234-uebersicht.jpg“: a name that survives links and servers."""
    stem, dot, suffix = name.rpartition(".") if "." in name else (name, "", "")
    return f"{slug(stem) or 'datei'}{dot}{suffix.lower()}"
