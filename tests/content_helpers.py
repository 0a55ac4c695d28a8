"""The content as written: raw YAML values and guide front matter, read without the hub's own code."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml


@dataclass(frozen=True)
class RawContent:
    events: list[dict]
    members: list[dict]
    vocabulary: dict
    guides: dict[str, dict]  # slug -> front matter

    @property
    def published_guides(self) -> dict[str, dict]:
        return {slug: meta for slug, meta in self.guides.items() if meta["status"] != "entwurf"}

    @property
    def draft_guides(self) -> dict[str, dict]:
        return {slug: meta for slug, meta in self.guides.items() if meta["status"] == "entwurf"}

    def member(self, member_id: str) -> dict:
        return next(m for m in self.members if m["id"] == member_id)

    def event(self, event_id: str) -> dict:
        return next(e for e in self.events if e["id"] == event_id)


def read_content(root: Path) -> RawContent:
    guides = {}
    for path in sorted((root / "handreichungen").glob("*.md")):
        if path.name.lower() != "readme.md":
            front = path.read_text(encoding="utf-8").split("---\n")[1]
            guides[path.stem] = yaml.safe_load(front)
    return RawContent(
        events=yaml.safe_load((root / "events.yaml").read_text(encoding="utf-8")),
        members=yaml.safe_load((root / "members.yaml").read_text(encoding="utf-8")),
        vocabulary=yaml.safe_load((root / "vokabular.yaml").read_text(encoding="utf-8")),
        guides=guides,
    )


def write_yaml(path: Path, data: object) -> None:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")


# --- dates as events.yaml means them ----------------------------------------------------------


def event_zone(event: dict) -> ZoneInfo:
    return ZoneInfo(event.get("timezone", "Europe/Berlin"))


def is_all_day(event: dict) -> bool:
    return ":" not in event["start"]


def local_start(event: dict) -> datetime | date:
    return date.fromisoformat(event["start"]) if is_all_day(event) else datetime.fromisoformat(event["start"])


def local_end(event: dict) -> datetime | date | None:
    """The end as written: a time alone belongs to the start day; all-day ends are the last day."""
    text = event.get("end")
    if text is None:
        return None
    if is_all_day(event):
        return date.fromisoformat(text)
    if "-" not in text:
        return datetime.combine(local_start(event).date(), time.fromisoformat(text))
    return datetime.fromisoformat(text)


def ends_at(event: dict, start: datetime | date | None = None) -> datetime:
    """When the (first or given) date of an event is over, as an aware moment: all-day ends at the next midnight."""
    first = local_start(event)
    start = first if start is None else start
    end = local_end(event)
    if is_all_day(event):
        last = start + ((end - first) if end else timedelta(0))
        return datetime.combine(last + timedelta(days=1), time(), tzinfo=event_zone(event))
    moment = start + ((end - first) if end else timedelta(0))
    return moment.replace(tzinfo=event_zone(event))


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> int:
    """Day of month of the nth (1..4, or -1 for the last) `weekday` (0 = Monday)."""
    days = [d for d in range(1, 32) if _is_date(year, month, d) and date(year, month, d).weekday() == weekday]
    return days[nth if nth < 0 else nth - 1]


def _is_date(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def series_starts(event: dict, until: date) -> list[datetime | date]:
    """Every start of a series up to `until` (inclusive), without the exceptions; months without the day are skipped."""
    recurrence = event["recurrence"]
    interval = recurrence.get("interval", 1)
    last = min(until, date.fromisoformat(recurrence["until"])) if "until" in recurrence else until
    skipped = {date.fromisoformat(d) for d in recurrence.get("except", [])}
    first = local_start(event)
    starts = []
    for n in range(10_000):
        if recurrence["frequency"] == "weekly":
            moment = first + timedelta(weeks=interval * n)
        else:
            month_index = first.year * 12 + first.month - 1 + interval * n
            year, month = month_index // 12, month_index % 12 + 1
            try:
                day_of_month = _nth_weekday(year, month, first.weekday(), recurrence["week_of_month"]) if "week_of_month" in recurrence else first.day
                moment = first.replace(year=year, month=month, day=day_of_month)
            except ValueError:
                continue
        day = moment.date() if isinstance(moment, datetime) else moment
        if day > last:
            break
        if day not in skipped:
            starts.append(moment)
    return starts


def occurrence_starts(event: dict, until: date) -> list[datetime | date]:
    """The starts of an event: the one start of a single event, every start of a series up to `until`."""
    return series_starts(event, until) if "recurrence" in event else [local_start(event)]


# --- German dates, written out by hand (no babel) ----------------------------------------------

WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]


def german_day(day: date | datetime) -> str:
    """„Donnerstag, 3. Dezember 2026“."""
    return f"{WEEKDAYS[day.weekday()]}, {day.day}. {MONTHS[day.month - 1]} {day.year}"


def german_clock(moment: datetime) -> str:
    return f"{moment.hour}:{moment.minute:02d}"


def german_when(start: datetime | date, end: datetime | date | None) -> str:
    """The hub's date line: „Donnerstag, 3. Dezember 2026, 10:00–15:30 Uhr“ and its variants."""
    if not isinstance(start, datetime):
        if end is None or end == start:
            return f"{german_day(start)} (ganztägig)"
        return f"{german_day(start)} bis {german_day(end)} (ganztägig)"
    if end is None:
        return f"{german_day(start)}, {german_clock(start)} Uhr"
    if end.date() == start.date():
        # The word joiner after the dash keeps a span on one line; .text turns no-break spaces into spaces.
        return f"{german_day(start)}, {german_clock(start)}–\u2060{german_clock(end)} Uhr"
    return f"{german_day(start)}, {german_clock(start)} Uhr bis {german_day(end)}, {german_clock(end)} Uhr"
