"""Measure validation and build time with generated content of growing size; prints a table.

Usage: .venv/bin/python scripts/benchmark.py [--sizes 0,100,400,1000]
Each size adds that many members, events and guides to a copy of the shipped content.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CONTENT = ["mkdocs.yml", "events.yaml", "members.yaml", "vokabular.yaml", "handreichungen", "docs", "hooks", "overrides", "schemas"]
EPOCH = "1795777200"  # 2026-11-27 12:00 Europe/Berlin


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="0,100,400,1000")
    sizes = [int(s) for s in parser.parse_args().sizes.split(",")]
    print(f"{'zusätzlich':>10} {'Seiten':>7} {'Prüfung (s)':>12} {'Bau (s)':>9} {'site/ (MB)':>11}")
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            for name in CONTENT:
                source = REPO / name
                (shutil.copytree if source.is_dir() else shutil.copy2)(source, root / name)
            _add_content(root, size)
            check = _timed([sys.executable, "-m", "cdo_hub", "--root", str(root)], root)
            build = _timed([str(Path(sys.executable).with_name("mkdocs")), "build", "--strict", "-q"], root)
            pages = sum(1 for _ in (root / "site").rglob("index.html"))
            megabytes = sum(f.stat().st_size for f in (root / "site").rglob("*") if f.is_file()) / 1e6
            print(f"{size:>10} {pages:>7} {check:>12.2f} {build:>9.2f} {megabytes:>11.1f}")
    return 0


def _timed(command: list[str], root: Path) -> float:
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "NO_MKDOCS_2_WARNING": "1"}
    start = time.perf_counter()
    done = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"Fehlgeschlagen: {' '.join(command)}\n{done.stdout}{done.stderr}")
    return elapsed


def _add_content(root: Path, size: int) -> None:
    members, events = [], []
    for i in range(size):
        members.append(
            f"- id: bench-mitglied-{i}\n  name: Testperson {i}\n  role: Chief Digital Officer\n"
            f"  organisation: Testkreis {i}\n  organisation_type: landkreis\n  ags: \"01058\"\n"
            f"  topics: [low-code, prozessmanagement]\n  tools:\n    - {{category: prozessmanagement, name: Werkzeug {i % 7}}}\n"
            f"  consent: {{date: \"2026-01-01\", scope: [profil]}}\n"
        )
        events.append(
            f"- id: bench-termin-{i}\n  title: Testtermin {i}\n  type: zirkeltreffen\n"
            f"  start: \"2027-{1 + i % 12:02d}-{1 + i % 28:02d} 10:00\"\n  end: \"12:00\"\n  format: online\n"
            f"  speakers: [bench-mitglied-{i}]\n  topics: [low-code]\n  description: Austausch Nummer {i}.\n"
        )
        (root / "handreichungen" / f"bench-{i}.md").write_text(
            f"---\ntitle: Testhandreichung {i}\ndescription: Eine erzeugte Handreichung für die Messung der Bauzeit.\n"
            f"authors: [bench-mitglied-{i}]\ntopics: [low-code]\nstatus: veroeffentlicht\npublished: \"2026-05-01\"\n---\n\n"
            f"## Abschnitt\n\nText der Handreichung {i}.\n",
            encoding="utf-8",
        )
    with open(root / "members.yaml", "a", encoding="utf-8") as out:
        out.write("".join(members))
    with open(root / "events.yaml", "a", encoding="utf-8") as out:
        out.write("".join(events))


if __name__ == "__main__":
    sys.exit(main())
