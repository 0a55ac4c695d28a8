"""Build time of the hub against plain Material on the same number of pages of the same mean length.

Usage: .venv/bin/python scripts/benchmark.py [--pages 2000] [--repeat 3] [--serve] [--records 10000]

In one run, empty, at the shipped size and grown to about --pages pages (members, events and guides added):
builds the hub, then a "twin" (plain MkDocs + Material, same theme settings, no hooks) with as many
generated Markdown pages of the same mean length, in turns, --repeat times (the small ones at least 9
times); prints the least disturbed run (smallest CPU time), the
ratio, the cost per page and where the time goes (the hub's own phases from cdo_hub.timing, MkDocs'
phases from two hook files in scripts/benchmark_phases/ that only these copies load).
Times are CPU seconds of the build process (user + system), which other work on a shared machine
disturbs far less than wall-clock time; still, compare figures of one run, not of different runs.

Cost per page: the empty build (no events, members or guides; the pages in docs/ reduced to their title;
its twin with as many pages holding only a title) measures what every build costs before its first page of
content: starting Python, MkDocs and Material, reading the schemas, the pages that always exist. The cost
per page at a size is (CPU − CPU of the empty build) / (pages − pages of the empty build); total / pages
would, at the shipped 70 pages, mostly measure that fixed cost. The marginal cost between the shipped and
the grown size is printed as well.

--records N: instead of building, loads and validates the shipped content plus N/2 and N records (events
and members, half each) in this process and prints load, validation and model time, and per 1,000 records
at both sizes (linear when both agree).

--serve: wall-clock seconds from saving a changed title in events.yaml until `mkdocs serve` shows it, on
the grown hub. MkDocs rebuilds the whole site after every change. Its dirty reload (`mkdocs serve
--dirtyreload`) is no help here and not correct: every page of the hub except those in docs/ is generated
from the YAML files and guides, and MkDocs always rebuilds generated pages (File.is_modified is True for
them), so it would skip only the few hand-written pages, and Material's search index would then lose
those pages and navigation could go stale. `make serve` therefore keeps the full rebuild; what the reader
waits for is the build time measured above.
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
# One moment for every build of a run, so that hub and twin and all sizes see the same upcoming and past
# events: the SOURCE_DATE_EPOCH given, else the start of the run (a fixed date would, once the content has
# moved past it, refuse guides dated after it as dated in the future).
EPOCH = os.environ.get("SOURCE_DATE_EPOCH") or str(int(time.time()))
MKDOCS = str(Path(sys.executable).with_name("mkdocs"))
HUB_PHASES = ["load", "validate", "model", "pages", "open data", "ical", "atom", "html fixes"]
MKDOCS_PHASES = ["markdown", "templates", "search"]
SMALL_REPEAT = 9


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=2000, help="Seitenzahl der großen Messung (ungefähr)")
    parser.add_argument("--repeat", type=int, default=3, help="Bauläufe je Variante (die kleinen Bauten mindestens 5); berichtet wird der Lauf mit der kleinsten CPU-Zeit")
    parser.add_argument("--serve", action="store_true", help="zusätzlich: wie lange `mkdocs serve` braucht, bis eine Änderung an events.yaml zu sehen ist")
    parser.add_argument("--records", type=int, default=0, help="statt der Seiten: Laden und Prüfen von so vielen Veranstaltungen und Mitgliedern (zur Hälfte je), bei der Hälfte und beim Ganzen")
    args = parser.parse_args()
    if args.records:
        _records_benchmark(args.records, args.repeat)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        # The small builds take seconds and their difference is what the cost per page at the shipped size
        # rests on: more runs, taken in turns, so that a disturbed minute of the machine slows one run of
        # each variant rather than all runs of one.
        empty, shipped = _measure_together([(Path(tmp) / "leer", None), (Path(tmp) / "klein", 0)], max(args.repeat, SMALL_REPEAT))
        per_copy = shipped["hub"]["pages"] - empty["hub"]["pages"]  # the pages of the shipped events, members and guides
        extra = max(0, round((args.pages - shipped["hub"]["pages"]) / per_copy))
        (grown,) = _measure_together([(Path(tmp) / "gross", extra)], args.repeat)
        _print_summary(empty, shipped, grown)
        if args.serve:
            seconds = [_serve_reload(Path(tmp) / "gross" / "hub", attempt) for attempt in range(args.repeat)]
            print(f"\nmkdocs serve, {grown['hub']['pages']} Seiten: eine geänderte Zeile in events.yaml ist nach "
                  f"{statistics.median(seconds):.1f} s (Median; Einzelwerte {'/'.join(f'{s:.1f}' for s in seconds)} s, Uhrzeit) im Browser zu sehen.")
    return 0


def _measure_together(sizes: list[tuple[Path, int | None]], repeat: int) -> list[dict]:
    """Hub and twin at each size (the shipped size plus `extra` copies of its members, events and guides;
    None: the empty hub, no events, members or guides, and a twin of as many nearly empty pages: what a
    build costs before its first page of content), each built `repeat` times, all variants in turns."""
    variants = []
    for folder, extra in sizes:
        hub = _hub_copy(folder / "hub", extra)
        first = _build(hub)  # also tells the twin how many pages and how long they are
        twin = _twin(folder / "twin", first["pages"], first["markdown_chars"] if extra is not None else 0)
        variants.append({"hub": (hub, [first]), "twin": (twin, [])})
    for _ in range(repeat):
        for variant in variants:
            for root, results in variant.values():
                if len(results) < repeat:
                    results.append(_build(root))
    return [{name: _least_disturbed(results) for name, (_, results) in variant.items()} for variant in variants]


def _hub_copy(root: Path, extra: int | None) -> Path:
    root.mkdir(parents=True)
    for name in CONTENT:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, root / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, root / name)
    if extra is None:
        _empty(root)
    else:
        _replicate(root, extra)
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
    mean = markdown_chars // pages  # 0: a title only
    corpus = _hand_written_blocks()
    paths = ["index.md"] + [f"{s}/index.md" for s in sections] + [f"seiten/seite-{i}.md" for i in range(pages - 1 - len(sections))]
    for i, path in enumerate(paths):
        (docs / path).parent.mkdir(parents=True, exist_ok=True)
        (docs / path).write_text(_twin_page(i, mean, corpus), encoding="utf-8")
    (root / "mkdocs.yml").write_text(yaml.dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    _add_phase_hooks(root / "mkdocs.yml")
    return root


def _empty(root: Path) -> None:
    """No events, members or guides; the pages in docs/ keep only their title (and so link nowhere)."""
    for name in ("events.yaml", "members.yaml"):
        first_line = (root / name).read_text(encoding="utf-8").split("\n", 1)[0]
        (root / name).write_text(first_line + "\n[]\n", encoding="utf-8")
    for guide in (root / "handreichungen").glob("*.md"):
        if guide.name != "README.md":
            guide.unlink()
    for page in (root / "docs").rglob("*.md"):
        title = next((line for line in page.read_text(encoding="utf-8").split("\n") if line.startswith("# ")), "# Seite")
        page.write_text(title + "\n", encoding="utf-8")
    shutil.rmtree(root / "docs" / "mitglieder" / "fotos", ignore_errors=True)


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


def _least_disturbed(results: list[dict]) -> dict:
    """The run with the smallest CPU time (its phases belong together): on a shared machine, other work only
    ever adds to a run's CPU time (caches, memory bandwidth), so the smallest is the least disturbed."""
    return min(results, key=lambda r: r["cpu"]) | {"cpus": [r["cpu"] for r in results]}


def _print_summary(empty: dict, shipped: dict, grown: dict) -> None:
    print("Bauzeit als CPU-Zeit von mkdocs build (kleinste aus allen Läufen), Hub gegen Material ohne Hooks mit gleich vielen, gleich langen Seiten\n")
    print(f"{'':<24}{'Seiten':>8}{'Zeichen/Seite':>15}{'Hub (s)':>10}{'Zwilling (s)':>14}{'Verhältnis':>12}{'Hub ms/Seite':>14}{'Zwilling ms/Seite':>19}")
    for label, result in (("leer (feste Kosten)", empty), ("ausgeliefert", shipped), ("gewachsen", grown)):
        hub, twin = result["hub"], result["twin"]
        per_page = [_per_page(result, empty, side) for side in ("hub", "twin")]
        shown = [f"{1000 * p:.2f}" if p is not None else "–" for p in per_page]
        print(
            f"{label:<24}{hub['pages']:>8}{hub['markdown_chars'] // hub['pages']:>15}{hub['cpu']:>10.2f}{twin['cpu']:>14.2f}"
            f"{hub['cpu'] / twin['cpu']:>12.2f}{shown[0]:>14}{shown[1]:>19}"
        )
    print(
        "\nKosten je Seite = (CPU-Zeit − CPU-Zeit des leeren Baus) / (Seiten − Seiten des leeren Baus). Der leere Bau hat keine\n"
        "Veranstaltungen, Mitglieder und Handreichungen, die Seiten in docs/ nur ihren Titel (der Zwilling ebenso viele Seiten\n"
        "nur mit Titel): er misst, was jeder Bau vor der ersten Seite Inhalt kostet (Python, MkDocs, Material, Schemas, die\n"
        "Seiten, die es immer gibt). Die Gesamtzeit / Seiten hinge bei 70 Seiten fast nur von diesen festen Kosten ab."
    )
    per_page = [_per_page(r, empty, "hub") for r in (shipped, grown)]
    marginal = (grown["hub"]["cpu"] - shipped["hub"]["cpu"]) / max(1, grown["hub"]["pages"] - shipped["hub"]["pages"])
    twin_per_page = [_per_page(r, empty, "twin") for r in (shipped, grown)]
    print(f"Kosten je Seite gewachsen/ausgeliefert: {per_page[1] / per_page[0]:.3f} (1,000 = gleich; Ziel: höchstens 1,05); "
          f"derselbe Quotient beim Zwilling: {twin_per_page[1] / twin_per_page[0]:.3f}. Was erst mit der ersten Seite Inhalt geladen "
          "wird (Vorlagen, Lexer, Sprachdaten), zählt bei beiden zu den Kosten je Seite der ausgelieferten Größe.")
    spread = [(max(r["hub"]["cpus"]) - min(r["hub"]["cpus"])) for r in (empty, shipped)]
    print(f"Unsicherheit: die Läufe des leeren und des ausgelieferten Hubs streuen um {spread[0]:.2f} s und {spread[1]:.2f} s; "
          f"über {shipped['hub']['pages'] - empty['hub']['pages']} Seiten verteilt sind das bis zu "
          f"{1000 * (spread[0] + spread[1]) / max(1, shipped['hub']['pages'] - empty['hub']['pages']):.1f} ms je Seite der ausgelieferten Größe.")
    print(f"Grenzkosten je weitere Seite zwischen ausgeliefert und gewachsen: {1000 * marginal:.2f} ms "
          f"(Hub), {1000 * (grown['twin']['cpu'] - shipped['twin']['cpu']) / max(1, grown['twin']['pages'] - shipped['twin']['pages']):.2f} ms (Zwilling)")
    print(f"Einzelläufe (s): leer Hub {_runs(empty['hub'])}, Zwilling {_runs(empty['twin'])}; ausgeliefert Hub {_runs(shipped['hub'])}, "
          f"Zwilling {_runs(shipped['twin'])}; gewachsen Hub {_runs(grown['hub'])}, Zwilling {_runs(grown['twin'])}")
    print("\nWo die Zeit bleibt (CPU-Sekunden, Lauf mit der kleinsten Bauzeit)\n")
    runs = [(r, side) for r in (empty, shipped, grown) for side in ("hub", "twin")]
    print(f"{'Phase':<24}" + "".join(f"{h:>13}" for h in ("leer Hub", "leer Zwill.", "ausg. Hub", "ausg. Zwill.", "gew. Hub", "gew. Zwill.")))

    def row(name: str, values: list) -> None:
        print(f"{name:<24}" + "".join(f"{v:>13.2f}" if isinstance(v, float) else f"{v:>13}" for v in values))

    for name in HUB_PHASES:
        row(name, [float(r[side]["hub"].get(name, 0)) if side == "hub" else "–" for r, side in runs])
    for name in ["hub on_config", "hub on_files", *MKDOCS_PHASES]:  # the first two hold the hub's phases above
        row(name, [float(r[side]["mkdocs"].get(name, 0)) for r, side in runs])
    row("übriges MkDocs", [_rest(r[side]) for r, side in runs])
    row("Start von Python", [r[side]["cpu"] - r[side]["mkdocs"]["total"] for r, side in runs])


def _records_benchmark(records: int, repeat: int) -> None:
    """Load and validate `records` events and members (half each) and half as many, in this process; CPU seconds."""
    from cdo_hub import timing
    from cdo_hub.clock import build_now
    from cdo_hub.content import ContentPaths, load_hub

    os.environ["SOURCE_DATE_EPOCH"] = EPOCH
    now = build_now()
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for size in (0, records // 2, records):
            root = Path(tmp) / str(size)
            _hub_copy(root, 0) if size == 0 else _records_copy(root, size)
            runs = []
            if size == 0:
                load_hub(ContentPaths.at(root), now)  # imports, compiled patterns, Markdown extensions: once per process
            for _ in range(repeat):
                timing.reset()
                hub, report = load_hub(ContentPaths.at(root), now)
                if hub is None:
                    sys.exit(f"Prüfung fehlgeschlagen bei {size} Einträgen: {report.summary()}")
                runs.append(timing.totals())
            results[size] = min(runs, key=lambda t: sum(t.values()))
    print(f"Laden und Prüfen von Veranstaltungen und Mitgliedern (CPU-Sekunden, kleinste aus {repeat} Läufen; "
          "„prüfen“ ohne Laden und Modell, mit allen Regeln, Handreichungen und Seiten)\n")
    print(f"{'Einträge dazu':<16}{'laden':>9}{'prüfen':>9}{'Modell':>9}{'zusammen':>10}{'laden/1000':>12}{'prüfen/1000':>13}{'zus./1000':>11}")
    base = results[0]
    for size, phases in results.items():
        load, check, model = (phases.get(n, 0.0) for n in ("load", "validate", "model"))
        line = f"{size:<16}{load:>9.2f}{check:>9.2f}{model:>9.2f}{load + check + model:>10.2f}"
        if size:
            grown = [(phases.get(n, 0.0) - base.get(n, 0.0)) * 1000 / size for n in ("load", "validate")]
            line += f"{grown[0]:>12.3f}{grown[1]:>13.3f}{sum(grown):>11.3f}"
        print(line)
    print("\nJe 1000 = (Zeit − Zeit ohne zusätzliche Einträge) / Einträge × 1000; gleiche Werte bei beiden Größen heißen: linear.")


def _records_copy(root: Path, size: int) -> None:
    _hub_copy(root, 0)
    _add_records(root, size // 2, size - size // 2)


def _serve_reload(root: Path, attempt: int) -> float:
    """Wall-clock seconds from saving a changed title in events.yaml until the served page shows it."""
    port = 8300 + attempt
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "NO_MKDOCS_2_WARNING": "1"}
    server = subprocess.Popen([MKDOCS, "serve", "-a", f"127.0.0.1:{port}"], cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    events = root / "events.yaml"
    text = events.read_text(encoding="utf-8")
    entry = re.search(r"^- id: (\S+-k1)\n  title: .*$", text, flags=re.MULTILINE)  # the first event of the first copy
    page = f"http://127.0.0.1:{port}/veranstaltungen/{entry.group(1)}/"
    try:
        _wait_for(page, "</html>", timeout=600)
        new_title = f"Geänderter Titel {attempt}"
        start = time.perf_counter()
        events.write_text(text[: entry.start()] + f"- id: {entry.group(1)}\n  title: {new_title}" + text[entry.end() :], encoding="utf-8")
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


def _per_page(result: dict, empty: dict, side: str) -> float | None:
    pages = result[side]["pages"] - empty[side]["pages"]
    return (result[side]["cpu"] - empty[side]["cpu"]) / pages if pages > 0 else None


def _rest(run: dict) -> float:
    mkdocs = run["mkdocs"]
    # The hub's own phases all run inside its on_config, on_files and on_page_content.
    events = ("hub on_config", "hub on_files", "hub on_page_content", *MKDOCS_PHASES)
    return mkdocs["total"] - sum(mkdocs.get(n, 0) for n in events)


def _runs(run: dict) -> str:
    return "/".join(f"{w:.1f}" for w in run["cpus"])


def _replicate(root: Path, copies: int) -> None:
    """`copies` more copies of the shipped events, members and guides (new ids, titles and names with the
    copy's number; speakers, authors and links still name the originals): the grown hub has the shipped
    hub's mix of pages and their lengths, so that its cost per page can be compared with the shipped one."""
    for name in ("events.yaml", "members.yaml"):
        text = (root / name).read_text(encoding="utf-8")
        head, _, body = text.partition("\n- id: ")
        entries = ("- id: " + body).split("\n- id: ")
        entries = [e if e.startswith("- id: ") else "- id: " + e for e in entries]
        grown = [text.rstrip("\n") + "\n"]
        for k in range(1, copies + 1):
            grown += [_copied_entry(entry, k) for entry in entries]
        (root / name).write_text("\n".join(grown), encoding="utf-8")
    for guide in sorted((root / "handreichungen").glob("*.md")):
        if guide.name == "README.md":
            continue
        text = guide.read_text(encoding="utf-8")
        for k in range(1, copies + 1):
            copied = re.sub(r"^title: (.*)$", lambda m: f"title: {_numbered(m.group(1), k)}", text, count=1, flags=re.MULTILINE)
            (guide.parent / f"{guide.stem}-k{k}.md").write_text(copied, encoding="utf-8")


def _copied_entry(entry: str, k: int) -> str:
    lines = entry.rstrip("\n").split("\n")
    lines[0] = f"{lines[0]}-k{k}"
    kept = []
    for line in lines:
        if line.startswith("  circle_roles:"):
            continue  # the circle's roles belong to one person each
        match = re.match(r"^  (title|name): (.*)$", line)
        kept.append(f"  {match.group(1)}: {_numbered(match.group(2), k)}" if match else line)
    return "\n".join(kept) + "\n"


def _numbered(value: str, k: int) -> str:
    """A YAML scalar as written, with „ (k)“ added to its text, quoted or not."""
    if len(value) > 1 and value[0] in "\"'" and value.endswith(value[0]):
        return f"{value[:-1]} ({k}){value[0]}"
    return f"{value} ({k})"


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
