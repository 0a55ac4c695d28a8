"""German date formatting with babel, e.g. „Donnerstag, 19. September 2024, 9:30–17:00 Uhr“."""

from __future__ import annotations

from datetime import date, datetime

from babel.dates import format_date, format_datetime, format_time

from .model import Event
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


ORDINALS = {1: "ersten", 2: "zweiten", 3: "dritten", 4: "vierten", -1: "letzten"}


def rhythm(event: Event) -> str:
    """How often a series meets, e.g. „alle 2 Wochen bis 1. Juli 2027“ or „jeden Monat am dritten Dienstag“."""
    recurrence = event.recurrence
    if recurrence is None:
        return ""
    weekly = recurrence.frequency == "weekly"
    if recurrence.interval == 1:
        text = "jede Woche" if weekly else "jeden Monat"
    else:
        text = f"alle {recurrence.interval} {'Wochen' if weekly else 'Monate'}"
    if not weekly:
        weekday = format_date(event.start, "EEEE", locale=LOCALE)
        day = event.start.day
        text += f" am {ORDINALS[recurrence.week_of_month]} {weekday}" if recurrence.week_of_month else f" am {day}."
    if recurrence.until:
        text += f" bis {short_date(recurrence.until)}"
    return text
