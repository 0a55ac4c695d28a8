"""The 400 Kreise and kreisfreie Städte and their map, read from the files in the package's daten/ folder (hooks/cdo_hub/daten/).

Both files are produced by scripts/kreise_erzeugen.py; the build reads them with the standard library only.
"""

from __future__ import annotations

import csv
import difflib
import re
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parents[1] / "daten"
KIND_TITLES = {"kreis": "Kreis", "kreisfreie-stadt": "Kreisfreie Stadt"}
SOURCE_CREDIT = "© GeoBasis-DE / BKG 2016"
SOURCE_STATE = "Gebietsstand seit 1. Juli 2021, Grenzen nach VG250 (Gebietsstand 1. Januar 2016)"


@dataclass(frozen=True)
class Kreis:
    ags: str
    name: str
    kind: str  # "kreis" or "kreisfreie-stadt"
    designation: str  # official designation, e.g. Landkreis, Kreis, Stadtkreis
    state_code: str

    @property
    def kind_title(self) -> str:
        return KIND_TITLES[self.kind]


@dataclass(frozen=True)
class KreisMap:
    """The projected outlines: SVG path data per Kreis (by AGS) and per Land (by its two-digit key)."""

    view_box: str
    kreise: dict[str, str]
    states: dict[str, str]


@cache
def all_kreise() -> dict[str, Kreis]:
    with open(DATA_DIR / "kreise.csv", encoding="utf-8", newline="") as source:
        rows = list(csv.DictReader(source))
    return {r["ags"]: Kreis(r["ags"], r["name"], r["art"], r["bezeichnung"], r["land"]) for r in rows}


@cache
def kreis_map() -> KreisMap:
    root = ElementTree.parse(DATA_DIR / "kreise-karte.svg").getroot()
    paths = {p.get("id"): p.get("d") for p in root.iter("{http://www.w3.org/2000/svg}path")}
    return KreisMap(
        view_box=root.get("viewBox"),
        kreise={key[1:]: d for key, d in paths.items() if key.startswith("k")},
        states={key[1:]: d for key, d in paths.items() if key.startswith("l")},
    )


# Keys of Kreise merged since the map's source (VG250, 2016), and the Kreis they belong to today.
FORMER_KEYS = {"03152": "03159", "03156": "03159", "16056": "16063"}


def kreis_of(ags: str) -> Kreis | None:
    """The Kreis of a five-digit Kreisschlüssel or an eight-digit Gemeindeschlüssel."""
    return all_kreise().get(ags[:5])


# Words in an organisation's name that say what kind of body it is, not where.
_KIND_WORDS = re.compile(r"\b(landkreis|kreis|stadt|kreisstadt|große kreisstadt|universitätsstadt|hansestadt|landeshauptstadt|stadtverwaltung|gemeinde|der|des|verwaltung)\b", re.IGNORECASE)


def closest_by_name(text: str, limit: int = 3) -> list[Kreis]:
    """Kreise whose names come closest to `text`, e.g. an organisation „Kreis Rendsburg-Eckernförde“."""
    wanted = _KIND_WORDS.sub(" ", text).strip().casefold()
    kreise = list(all_kreise().values())
    names = sorted({k.name.casefold() for k in kreise})
    contained = [k for k in kreise if wanted and (k.name.casefold() in wanted or wanted in k.name.casefold())]
    similar = [k for n in difflib.get_close_matches(wanted, names, n=limit, cutoff=0.5) for k in kreise if k.name.casefold() == n]
    return (contained or similar)[:limit]
