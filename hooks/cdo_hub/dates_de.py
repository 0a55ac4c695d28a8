"""German date formatting with babel, e.g. „Donnerstag, 19. September 2024, 9:30–17:00 Uhr“."""

from __future__ import annotations

from datetime import date, datetime

from babel.dates import format_date, format_datetime, format_time

from .occurrences import Occurrence

LOCALE = "de_DE"


def long_date(day: date | datetime) -> str:
    day = day.date() if isinstance(day, datetime) else day
    return format_date(day, "EEEE, d. MMMM y", locale=LOCALE)


def short_date(day: date | datetime) -> str:
    day = day.date() if isinstance(day, datetime) else day
    return format_date(day, "d. MMMM y", locale=LOCALE)


def month_year(day: date | datetime) -> str:
    return format_date(day, "MMMM y", locale=LOCALE)


def clock(moment: datetime) -> str:
    return format_time(moment, "H:mm", locale=LOCALE)


def when(occurrence: Occurrence, with_zone: bool = False) -> str:
    """The date and time of an occurrence as a German reader expects it."""
    start, end = occurrence.start, occurrence.end
    if occurrence.all_day:
        if end is None or end == start:
            return f"{long_date(start)} (ganztägig)"
        return f"{long_date(start)} bis {long_date(end)} (ganztägig)"
    zone_suffix = f" ({zone_name(occurrence)})" if with_zone else ""
    if end is None:
        return f"{long_date(start)}, {clock(start)} Uhr{zone_suffix}"
    if end.date() == start.date():
        return f"{long_date(start)}, {clock(start)}–{clock(end)} Uhr{zone_suffix}"
    return f"{long_date(start)}, {clock(start)} Uhr bis {long_date(end)}, {clock(end)} Uhr{zone_suffix}"


def zone_name(occurrence: Occurrence) -> str:
    """Short German zone name such as MEZ or MESZ, with the IANA name for other zones."""
    name = format_datetime(occurrence.starts_at, "zzz", locale=LOCALE)
    if occurrence.event.timezone == "Europe/Berlin":
        return name
    return f"{name}, {occurrence.event.timezone}"
