"""Every event that `make check` accepts builds, whenever it lies: generated single events and series
from decades past to decades ahead, at two different build times. The check and the build agree, and
neither ever shows a traceback."""

from __future__ import annotations

import itertools
import re
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from conftest import FIXED_NOW, run_build, run_check
from validation_support import parse_text_output

START_DAYS = [date(2000, 1, 3), date(2003, 5, 31), date(2026, 11, 27), date(2027, 12, 31), date(2031, 2, 28), date(2058, 7, 7), date(2099, 12, 28)]
LATER_NOW = datetime(2071, 3, 15, 9, 0, tzinfo=ZoneInfo("Europe/Berlin"))


LAST_DAY = date(2099, 12, 31)


def _days(day: date, offsets: range, unit: str = "days") -> list[str]:
    """The days `offsets` (in days or weeks) after `day`, as far as dates may go."""
    return sorted({min(day + timedelta(**{unit: n}), LAST_DAY).isoformat() for n in offsets})


def _series_variants(day: date) -> list[dict]:
    """Recurrence blocks for a series starting on `day`: open, ended, ending before it starts, all excepted."""
    weekly, monthly = {"frequency": "weekly"}, {"frequency": "monthly"}
    week = (day.day - 1) // 7 + 1
    return [
        weekly,
        {"frequency": "weekly", "interval": 2, "until": _days(day, range(300, 301))[0]},
        {"frequency": "monthly", "interval": 3},
        {"frequency": "monthly", "week_of_month": week} if week <= 4 else monthly,
        {"frequency": "weekly", "until": day.isoformat(), "except": [day.isoformat()]},
        {"frequency": "monthly", "until": _days(day, range(70, 71))[0], "except": _days(day, range(71))},
        {"frequency": "weekly", "except": _days(day, range(60), "weeks")},
        {"frequency": "weekly", "until": (day - timedelta(days=1)).isoformat()} if day.year > 2000 else weekly,
    ]


def _yaml_value(value: object) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(f'"{v}"' for v in value) + "]"
    return f'"{value}"' if isinstance(value, str) else str(value)


def _events() -> list[str]:
    entries = []
    for n, (day, all_day) in enumerate(itertools.product(START_DAYS, (False, True))):
        start = day.isoformat() if all_day else f"{day.isoformat()} 18:30"
        end = (day + timedelta(days=1)).isoformat() if all_day else "20:00"
        for k, recurrence in enumerate([None, *_series_variants(day)]):
            lines = [
                f"- id: erzeugt-{n}-{k}",
                f"  title: Erzeugter Termin {n}-{k}",
                "  type: zirkeltreffen",
                f'  start: "{start}"',
                f'  end: "{end}"',
                "  format: online",
            ]
            if recurrence is not None:
                lines.append("  recurrence:")
                lines += [f"    {key}: {_yaml_value(value)}" for key, value in recurrence.items()]
            entries.append("\n".join(lines) + "\n")
    return entries


def _line_of_each(text: str) -> dict[int, str]:
    """First line number of each generated entry -> its id."""
    return {n: m.group(1) for n, line in enumerate(text.split("\n"), start=1) if (m := re.match(r"- id: (erzeugt-\S+)", line))}


def _owner(lines: dict[int, str], line: int) -> str:
    return lines[max(n for n in lines if n <= line)]


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> tuple[Path, str, list[str], set[str]]:
    """A copy with only generated events; returns the root, all ids and the ids the check refuses."""
    from conftest import copy_repo

    root = copy_repo(tmp_path_factory.mktemp("generated"))
    shipped = (root / "events.yaml").read_text(encoding="utf-8").rstrip("\n") + "\n"
    text = shipped + "".join(_events())
    (root / "events.yaml").write_text(text, encoding="utf-8")
    check = run_check(root)
    assert "Traceback" not in check.stdout + check.stderr
    lines = _line_of_each(text)
    refused = set()
    for problem in parse_text_output(check.stdout):
        if problem["severity"] == "fehler":
            # Only a series without any date is refused, at a line of its own entry.
            assert problem["code"] in ("serie-ohne-termin", "wiederholung-endet-vor-beginn"), problem
            assert problem["file"] == "events.yaml" and int(problem["line"]) >= min(lines), problem
            refused.add(_owner(lines, int(problem["line"])))
    return root, shipped, list(lines.values()), refused


def test_the_check_refuses_only_series_without_any_date(generated):
    _, _, ids, refused = generated
    assert len(ids) > 100
    # Refused: the series that end before they start or have all their dates excepted, nothing else.
    runs = range(len(START_DAYS) * 2)
    assert {f"erzeugt-{n}-{k}" for n in runs for k in (5, 6)} | {f"erzeugt-{n}-8" for n in runs[2:]} <= refused
    last_start = len(START_DAYS) * 2 - 2  # the series starting in the last days of 2099 (with and without time)
    assert refused - {f"erzeugt-{n}-{k}" for n in runs for k in (5, 6, 8)} == {f"erzeugt-{n}-7" for n in (last_start, last_start + 1)}


@pytest.mark.parametrize("now", [FIXED_NOW, LATER_NOW], ids=["2026", "2071"])
def test_every_event_the_check_accepts_builds_with_a_date_on_its_page(generated, now):
    root, shipped, ids, refused = generated
    kept = [entry for entry in _events() if entry.split("\n")[0].removeprefix("- id: ") not in refused]
    (root / "events.yaml").write_text(shipped + "".join(kept), encoding="utf-8")
    result = run_build(root, site=root / f"site-{now.year}", epoch=str(int(now.timestamp())), strict=False)
    assert "Traceback" not in result.output
    assert result.returncode == 0, result.output[-3000:]
    for ident in set(ids) - refused:
        html = (result.site / "veranstaltungen" / ident / "index.html").read_text(encoding="utf-8")
        assert re.search(r"\b(19|20)\d\d\b", html.split('<h1', 1)[1]), ident
    if now == FIXED_NOW:
        # A series starting decades after the build (2058-07-07, index 5 of START_DAYS) shows its first date.
        beyond = (result.site / "veranstaltungen" / "erzeugt-10-1" / "index.html").read_text(encoding="utf-8")
        # Dates are written with no-break spaces and a word joiner; read them as plain text.
        plain = beyond.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2060", "")
        assert "Sonntag, 7. Juli 2058, 18:30–20:00 Uhr" in plain
