"""Shared state of the two benchmark hook files: when the current MkDocs phase began, and the totals (CPU seconds)."""

from __future__ import annotations

import json
import os
import time

totals: dict[str, float] = {}
started: dict[str, float] = {}
markdown_lengths: list[int] = []


def begin(name: str) -> None:
    started[name] = time.process_time()


def end(name: str) -> None:
    if name in started:
        totals[name] = totals.get(name, 0.0) + time.process_time() - started.pop(name)


def write_report() -> None:
    """Write the totals (and the hub's own phases, if the hub ran) to the file named by BENCH_PHASES."""
    target = os.environ.get("BENCH_PHASES")
    if not target:
        return
    report = {"mkdocs": totals, "pages": len(markdown_lengths), "markdown_chars": sum(markdown_lengths)}
    try:
        from cdo_hub import timing

        report["hub"] = timing.totals()
    except ImportError:
        report["hub"] = {}
    with open(target, "w", encoding="utf-8") as out:
        json.dump(report, out)
