"""`python -m cdo_hub.cli`: validate the content without building the site (`make check`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .clock import ClockError, build_now
from .content import ContentPaths, load_hub
from .diagnostics import Severity
from .check.launch import LAUNCH_ENV, launch_requested


class _GermanHelp(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):  # noqa: ANN001, ANN201
        return super().add_usage(usage, actions, groups, prefix="Aufruf: ")


class _GermanParser(argparse.ArgumentParser):
    """argparse answers in English; whoever types `make check` reads German."""

    def error(self, message: str) -> None:  # type: ignore[override]
        if message.startswith("unrecognized arguments: "):
            message = "unbekannte Angabe: " + message.removeprefix("unrecognized arguments: ")
        elif message.endswith("expected one argument"):
            message = f"bei {message.split(':')[0].removeprefix('argument ')} fehlt der Wert"
        self.print_usage(sys.stderr)
        self.exit(2, f"fehler: {message}\n")


def main(argv: list[str] | None = None) -> int:
    parser = _GermanParser(prog="make check", description="Prüft Veranstaltungen, Mitglieder und Handreichungen.", add_help=False, formatter_class=_GermanHelp)
    options = parser.add_argument_group("Optionen")
    options.add_argument("-h", "--help", action="help", help="zeigt diese Hilfe")
    options.add_argument("--root", type=Path, default=Path.cwd(), help="Wurzel des Repositorys (Standard: aktueller Ordner)")
    options.add_argument("--format", default="text", help="text (Standard) oder github (Annotationen im Pull Request)")
    options.add_argument("--strict", action="store_true", help="auch Warnungen lassen die Prüfung scheitern")
    options.add_argument("--launch", action="store_true", help=f"vor der Veröffentlichung: auch Platzhalter in mkdocs.yml sind Fehler (wie {LAUNCH_ENV}=1)")
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
    _, report = load_hub(ContentPaths.at(args.root), now, launch=args.launch or launch_requested())
    for diagnostic in report.sorted():
        print(diagnostic.as_github() if args.format == "github" else diagnostic.as_text())
    if args.format == "text":
        print(report.summary())
    failed = report.has_errors or (args.strict and report.count(Severity.WARNING) > 0)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
