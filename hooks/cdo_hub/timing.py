"""Where the hub's build time goes, by phase (load, validate, model, pages, iCal, open data, …).

`make benchmark` reads the totals; nothing else depends on them. A phase inside another is counted for
itself alone, so the totals add up to the time spent in all phases together. The clock is the process's
CPU time: on a machine shared with other work, wall-clock time measures the neighbours too.
Also here, as it is about build time and every stage may use it: pausing the cycle collector.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator
from contextlib import contextmanager

# Process-wide on purpose: a measurement across MkDocs events. reset() starts a build afresh.
_totals: dict[str, float] = {}
_running: list[list] = []  # [name, time the phase last resumed]


@contextmanager
def phase(name: str) -> Iterator[None]:
    now = time.process_time()
    if _running:
        _pause(_running[-1], now)
    _running.append([name, now])
    try:
        yield
    finally:
        now = time.process_time()
        _pause(_running.pop(), now)
        if _running:
            _running[-1][1] = now


def _pause(entry: list, now: float) -> None:
    _totals[entry[0]] = _totals.get(entry[0], 0.0) + now - entry[1]


def totals() -> dict[str, float]:
    return dict(_totals)


def reset() -> None:
    _totals.clear()
    _running.clear()


@contextmanager
def without_cycle_collection() -> Iterator[None]:
    """Loading creates a great many objects and frees few: Python's cycle collector would walk all of them
    again and again as they accumulate, so that its time grows faster than the files. Reference counting
    still frees everything; the collector runs again afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
