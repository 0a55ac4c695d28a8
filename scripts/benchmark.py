"""Build time of the hub against plain Material on the same number of pages of the same mean length.

Usage: .venv/bin/python scripts/benchmark.py [--pages 2000] [--repeat 3] [--serve]

In one run, at the shipped size and grown to about --pages pages (members, events and guides added):
builds the hub, then a "twin" (plain MkDocs + Material, same theme settings, no hooks) with as many
generated Markdown pages of the same mean length, alternately, --repeat times; prints medians, the
ratio, the cost per page and where the time goes (the hub's own phases from cdo_hub.timing, MkDocs'
phases from two hook files in scripts/benchmark_phases/ that only these copies load).
Times are CPU seconds of the build process (user + system), which other work on a shared machine
disturbs far less than wall-clock time; still, compare figures of one run, not of different runs.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
PHASE_HOOKS = REPO / "scripts" / "benchmark_phases"
CONTENT = ["mkdocs.yml", "events.yaml", "members.yaml", "vokabular.yaml", "handreichungen", "docs", "hooks", "overrides", "schemas"]
EPOCH = "1795777200"  # 2026-11-27 12:00 Europe/Berlin
MKDOCS = str(Path(sys.executable).with_name("mkdocs"))
HUB_PHASES = ["load", "validate", "model", "pages", "open data", "ical", "atom", "html fixes"]
MKDOCS_PHASES = ["markdown", "templates", "search"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=2000, help="Seitenzahl der großen Messung (ungefähr)")
    parser.add_argument("--repeat", type=int, default=3, help="Bauläufe je Variante; berichtet wird der Median")
    parser.add_argument("--serve", action="store_true", help="zusätzlich: wie lange `mkdocs serve` braucht, bis eine Änderung an events.yaml zu sehen ist")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        shipped = _measure(Path(tmp) / "klein", 0, args.repeat)
        extra = max(0, round((args.pages - shipped["hub"]["pages"]) / 3))  # each unit adds a member, an event and a guide
        grown = _measure(Path(tmp) / "gross", extra, args.repeat)
        _print_summary(shipped, grown)
        if args.serve:
            seconds = [_serve_reload(Path(tmp) / "gross" / "hub", attempt) for attempt in range(args.repeat)]
            print(f"\nmkdocs serve, {grown['hub']['pages']} Seiten: eine geänderte Zeile in events.yaml ist nach "
                  f"{statistics.median(seconds):.1f} s (Median; Einzelwerte {'/'.join(f'{s:.1f}' for s in seconds)} s, Uhrzeit) im Browser zu sehen.")
    return 0


def _measure(folder: Path, extra: int, repeat: int) -> dict:
    hub = _hub_copy(folder / "hub", extra)
    first = _build(hub)  # also tells the twin how many pages and how long they are
    twin = _twin(folder / "twin", first["pages"], first["markdown_chars"])
    runs = {"hub": [first], "twin": []}
    for _ in range(repeat):
        runs["twin"].append(_build(twin))
        if len(runs["hub"]) < repeat:
            runs["hub"].append(_build(hub))
    return {name: _median_run(results) for name, results in runs.items()}


def _hub_copy(root: Path, extra: int) -> Path:
    root.mkdir(parents=True)
    for name in CONTENT:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, root / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, root / name)
    _add_content(root, extra)
    _add_phase_hooks(root / "mkdocs.yml")
    return root


def _twin(root: Path, pages: int, markdown_chars: int) -> Path:
    """Plain Material: the hub's theme settings and Markdown extensions, no hooks, no overrides."""
    config = yaml.unsafe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    for key in ("hooks", "watch", "validation"):
        config.pop(key, None)
    config["theme"].pop("custom_dir", None)
    config["markdown_extensions"] = [e for e in config["markdown_extensions"] if not str(e).startswith("cdo_hub")]
    config["extra"] = {"generator": False}
    sections = ["handreichungen", "veranstaltungen", "mitglieder", "themen", "werkzeuge"]
    config["nav"] = [{"Start": "index.md"}] + [{s.capitalize(): f"{s}/index.md"} for s in sections]
    config["not_in_nav"] = "/seiten/\n"
    docs = root / "docs"
    shutil.copytree(REPO / "docs" / "assets", docs / "assets")
    mean = markdown_chars // pages
    corpus = _hand_written_blocks()
    paths = ["index.md"] + [f"{s}/index.md" for s in sections] + [f"seiten/seite-{i}.md" for i in range(pages - 1 - len(sections))]
    for i, path in enumerate(paths):
        (docs / path).parent.mkdir(parents=True, exist_ok=True)
        (docs / path).write_text(_twin_page(i, mean, corpus), encoding="utf-8")
    (root / "mkdocs.yml").write_text(yaml.dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    _add_phase_hooks(root / "mkdocs.yml")
    return root


def _twin_page(i: int, length: int, corpus: list[str]) -> str:
    """A page of about `length` characters, cut at paragraph breaks from the hub's hand-written Markdown
    (guides and pages in docs/), so that it is as rich as what people write: headings, lists, tables, links."""
    blocks = [f"# Seite {i}\n"]
    start = (i * 7) % len(corpus)
    while sum(len(b) + 2 for b in blocks) < length:
        blocks.append(corpus[(start + len(blocks)) % len(corpus)])
    return "\n\n".join(blocks) + "\n"


def _hand_written_blocks() -> list[str]:
    """Paragraph-sized blocks of the shipped guides and docs pages; no front matter, no fenced code."""
    blocks = []
    for path in sorted((REPO / "handreichungen").glob("*.md")) + sorted((REPO / "docs").glob("*.md")):
        if path.name == "README.md":
            continue
        text = path.read_text(encoding="utf-8")
        if text.startswith("---"):
            text = text.split("\n---", 1)[1].split("\n", 1)[1]
        text = re.sub(r"^(```|~~~).*?^\1\s*$", "", text, flags=re.MULTILINE | re.DOTALL)
        blocks += [b.strip("\n") for b in re.split(r"\n\s*\n", text) if b.strip() and not b.lstrip().startswith("# ")]
    return blocks


def _add_phase_hooks(config_file: Path) -> None:
    text = config_file.read_text(encoding="utf-8")
    hooks = f"  - {PHASE_HOOKS / 'first.py'}\n  - {PHASE_HOOKS / 'last.py'}\n"
    if "\nhooks:\n" in text:
        text = text.replace("\nhooks:\n", "\nhooks:\n" + hooks, 1)
    else:
        text += "\nhooks:\n" + hooks
    config_file.write_text(text, encoding="utf-8")


def _build(root: Path) -> dict:
    report = root / "phases.json"
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "NO_MKDOCS_2_WARNING": "1", "BENCH_PHASES": str(report)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([MKDOCS, "build", "-q"], cwd=root, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    if done.returncode != 0:
        sys.exit(f"Bau fehlgeschlagen in {root}:\n{done.stdout}{done.stderr}")
    phases = json.loads(report.read_text(encoding="utf-8"))
    return {"cpu": cpu, "wall": wall, **phases}


def _median_run(results: list[dict]) -> dict:
    """The run with the median CPU time, so that its phases belong together."""
    return sorted(results, key=lambda r: r["cpu"])[len(results) // 2] | {"cpus": [r["cpu"] for r in results]}


def _print_summary(shipped: dict, grown: dict) -> None:
    print("Bauzeit als CPU-Zeit von mkdocs build (Median), Hub gegen Material ohne Hooks mit gleich vielen, gleich langen Seiten\n")
    print(f"{'':<24}{'Seiten':>8}{'Zeichen/Seite':>15}{'Hub (s)':>10}{'Zwilling (s)':>14}{'Verhältnis':>12}{'Hub ms/Seite':>14}{'Zwilling ms/Seite':>19}")
    for label, result in (("ausgeliefert", shipped), ("gewachsen", grown)):
        hub, twin = result["hub"], result["twin"]
        print(
            f"{label:<24}{hub['pages']:>8}{hub['markdown_chars'] // hub['pages']:>15}{hub['cpu']:>10.2f}{twin['cpu']:>14.2f}"
            f"{hub['cpu'] / twin['cpu']:>12.2f}{1000 * hub['cpu'] / hub['pages']:>14.2f}{1000 * twin['cpu'] / twin['pages']:>19.2f}"
        )
    per_page = [r["hub"]["cpu"] / r["hub"]["pages"] for r in (shipped, grown)]
    print(f"\nKosten je Seite gewachsen/ausgeliefert: {per_page[1] / per_page[0]:.3f} (1,000 = gleich)")
    print(f"Einzelläufe (s): ausgeliefert Hub {_runs(shipped['hub'])}, Zwilling {_runs(shipped['twin'])}; "
          f"gewachsen Hub {_runs(grown['hub'])}, Zwilling {_runs(grown['twin'])}")
    print("\nWo die Zeit bleibt (CPU-Sekunden, Lauf mit der mittleren Bauzeit)\n")
    print(f"{'Phase':<24}{'ausg. Hub':>11}{'ausg. Zwilling':>16}{'gew. Hub':>11}{'gew. Zwilling':>15}")
    for name in HUB_PHASES:
        print(f"{name:<24}{shipped['hub']['hub'].get(name, 0):>11.2f}{'–':>16}{grown['hub']['hub'].get(name, 0):>11.2f}{'–':>15}")
    for name in ["hub on_config", "hub on_files", *MKDOCS_PHASES]:  # the first two hold the hub's phases above
        values = [r[side]["mkdocs"].get(name, 0) for r in (shipped, grown) for side in ("hub", "twin")]
        print(f"{name:<24}{values[0]:>11.2f}{values[1]:>16.2f}{values[2]:>11.2f}{values[3]:>15.2f}")
    rest = [_rest(r[side]) for r in (shipped, grown) for side in ("hub", "twin")]
    print(f"{'übriges MkDocs':<24}{rest[0]:>11.2f}{rest[1]:>16.2f}{rest[2]:>11.2f}{rest[3]:>15.2f}")
    starts = [r[side]["cpu"] - r[side]["mkdocs"]["total"] for r in (shipped, grown) for side in ("hub", "twin")]
    print(f"{'Start von Python':<24}{starts[0]:>11.2f}{starts[1]:>16.2f}{starts[2]:>11.2f}{starts[3]:>15.2f}")


def _serve_reload(root: Path, attempt: int) -> float:
    """Wall-clock seconds from saving a changed title in events.yaml until the served page shows it."""
    port = 8300 + attempt
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "NO_MKDOCS_2_WARNING": "1"}
    server = subprocess.Popen([MKDOCS, "serve", "-a", f"127.0.0.1:{port}"], cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    page = f"http://127.0.0.1:{port}/veranstaltungen/bench-termin-0/"
    try:
        _wait_for(page, "Testtermin 0", timeout=600)
        events = root / "events.yaml"
        text = events.read_text(encoding="utf-8")
        new_title = f"Testtermin 0 geändert {attempt}"
        start = time.perf_counter()
        events.write_text(re.sub(r"title: Testtermin 0( geändert \d+)?\n", f"title: {new_title}\n", text, count=1), encoding="utf-8")
        _wait_for(page, new_title, timeout=600)
        return time.perf_counter() - start
    finally:
        server.terminate()
        server.wait()


def _wait_for(url: str, text: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if text in response.read().decode("utf-8"):
                    return
        except OSError:
            pass
        time.sleep(0.1)
    sys.exit(f"{url} zeigt nach {timeout:.0f} s nicht „{text}“")


def _rest(run: dict) -> float:
    mkdocs = run["mkdocs"]
    # The hub's own phases all run inside its on_config, on_files and on_page_content.
    events = ("hub on_config", "hub on_files", "hub on_page_content", *MKDOCS_PHASES)
    return mkdocs["total"] - sum(mkdocs.get(n, 0) for n in events)


def _runs(run: dict) -> str:
    return "/".join(f"{w:.1f}" for w in run["cpus"])


def _add_content(root: Path, size: int) -> None:
    """`size` more members, events and guides (one of each per unit), all valid."""
    for i in range(size):
        (root / "handreichungen" / f"bench-{i}.md").write_text(
            f"---\ntitle: Testhandreichung {i}\ndescription: Eine erzeugte Handreichung für die Messung der Bauzeit.\n"
            f"authors: [bench-mitglied-{i}]\ntopics: [low-code]\nstatus: veroeffentlicht\npublished: \"2026-05-01\"\n---\n\n"
            f"## Abschnitt\n\nText der Handreichung {i}.\n",
            encoding="utf-8",
        )
    _add_records(root, size, size)


def _add_records(root: Path, members: int, events: int) -> None:
    """`members` more members and `events` more events, all valid; event i is given by member i."""
    with open(root / "members.yaml", "a", encoding="utf-8") as out:
        out.write("".join(
            f"- id: bench-mitglied-{i}\n  name: Testperson {i}\n  role: Chief Digital Officer\n"
            f"  organisation: Testkreis {i}\n  organisation_type: landkreis\n  ags: \"01058\"\n"
            f"  topics: [low-code, prozessmanagement]\n  tools:\n    - {{category: prozessmanagement, name: Werkzeug {i % 7}}}\n"
            f"  consent: {{date: \"2026-01-01\", scope: [profil]}}\n"
            for i in range(members)
        ))
    with open(root / "events.yaml", "a", encoding="utf-8") as out:
        out.write("".join(
            f"- id: bench-termin-{i}\n  title: Testtermin {i}\n  type: zirkeltreffen\n"
            f"  start: \"2027-{1 + i % 12:02d}-{1 + i % 28:02d} 10:00\"\n  end: \"12:00\"\n  format: online\n"
            f"  speakers: [bench-mitglied-{i % max(members, 1)}]\n  topics: [low-code]\n  description: Austausch Nummer {i}.\n"
            for i in range(events)
        ))

if __name__ == "__main__":
    sys.exit(main())
