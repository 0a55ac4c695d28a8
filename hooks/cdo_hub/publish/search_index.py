"""German spellings in Material's search index: ß/ss and umlauts found both ways.

Material's search appends a wildcard to every typed word, so lunr compares it letter by letter with the
indexed words and never stems or folds it: „Weisshaupt“ would not find „Weißhaupt“, nor „Mueller“ or
„Muller“ find „Müller“. Each entry therefore gets two extra fields with the other spellings of its words
(„weißhaupt“ → „weisshaupt“; „weisshaupt“ → „weißhaupt“; „müller“ → „mueller“, „muller“). Material's
worker indexes every field named in the index's `config.fields`; its results show only title and text.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

# The extra fields, each with the boost of the field whose words it spells differently.
SPELLING_FIELDS = {"title": "title_spellings", "text": "text_spellings"}

_TAG = re.compile(r"<[^>]+>")
_WORD = re.compile(r"\w+")
_TO_TRANSCRIPTION = str.maketrans({"ß": "ss", "ä": "ae", "ö": "oe", "ü": "ue"})
_TO_BASE_LETTER = str.maketrans({"ß": "ss", "ä": "a", "ö": "o", "ü": "u"})
_TRANSCRIPTION = re.compile(r"ss|ae|oe|ue")
_UMLAUT = {"ss": "ß", "ae": "ä", "oe": "ö", "ue": "ü"}


def spellings(word: str) -> set[str]:
    """Other ways to write a lower-case word: with ß and umlauts, transcribed (ss, ae) or without dots (a)."""
    umlauted = _TRANSCRIPTION.sub(lambda m: _UMLAUT[m.group()], word)
    forms = {word, umlauted}
    forms |= {form.translate(_TO_TRANSCRIPTION) for form in tuple(forms)} | {form.translate(_TO_BASE_LETTER) for form in tuple(forms)}
    return forms - {word}


@lru_cache(maxsize=1 << 16)
def _other_forms(word: str) -> frozenset[str]:
    """spellings(word), remembered: the same words recur on thousands of pages."""
    return frozenset(spellings(word))


def other_spellings(text: str) -> str:
    """The other spellings of the words of an entry's title or text, once each, for the search to match."""
    words = set(_WORD.findall(_TAG.sub(" ", text).lower()))
    extra = set().union(*(_other_forms(word) for word in words)) - words if words else set()
    return " ".join(sorted(extra))


def add_spellings(index: dict) -> dict:
    """Material's search index with the spelling fields declared and filled in for every entry."""
    fields = index["config"].setdefault("fields", {})
    for source, target in SPELLING_FIELDS.items():
        fields[target] = dict(fields.get(source, {"boost": 1.0}))
    for entry in index["docs"]:
        for source, target in SPELLING_FIELDS.items():
            extra = other_spellings(entry.get(source, ""))
            if extra:
                entry[target] = extra
    return index


def add_spellings_to_file(path: Path) -> None:
    """Rewrite site/search/search_index.json in place; no index (search switched off) is left alone."""
    if not path.is_file():
        return
    index = add_spellings(json.loads(path.read_text(encoding="utf-8")))
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
