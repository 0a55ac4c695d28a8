"""`python -m cdo_hub.cli`: validate the content without building the site (`make check`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .clock import ClockError, build_now
from .content import ContentPaths, load_hub
from .diagnostics import Severity


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make check", description="Prüft Veranstaltungen, Mitglieder und Handreichungen.")
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="Wurzel des Repositorys (Standard: aktueller Ordner)")
    parser.add_argument("--format", default="text", help="text (Standard) oder github (Annotationen im Pull Request)")
    parser.add_argument("--strict", action="store_true", help="auch Warnungen lassen die Prüfung scheitern")
    args = parser.parse_args(argv)
    if args.format not in ("text", "github"):
        # argparse would answer in English; `make check FORMAT=…` is typed by contributors.
        print(f"fehler: Das Format „{args.format}“ gibt es nicht; möglich sind text und github (make check FORMAT=github).", file=sys.stderr)
        return 2
    try:
        now = build_now()
    except ClockError as problem:
        print(f"fehler: {problem}", file=sys.stderr)
        return 2
    _, report = load_hub(ContentPaths.at(args.root), now)
    for diagnostic in report.sorted():
        print(diagnostic.as_github() if args.format == "github" else diagnostic.as_text())
    if args.format == "text":
        print(report.summary())
    failed = report.has_errors or (args.strict and report.count(Severity.WARNING) > 0)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
