"""German date formatting with babel, e.g. „Donnerstag, 19. September 2024, 9:30–17:00 Uhr“."""

from __future__ import annotations

from datetime import date, datetime

from babel.dates import format_date, format_datetime, format_time, get_timezone_location

from .model import Event
from .occurrences import Occurrence
from .values import SITE_ZONE, zone

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
    """The date and time of an occurrence as a German reader expects it.

    With `with_zone`, the zone follows: „(MEZ)“ for German time; for another zone its local name and
    the same span in German time, e.g. „10:00–11:00 Uhr Ortszeit New York (in Deutschland 16:00–17:00 Uhr MEZ)“.
    """
    if occurrence.all_day:
        start, end = occurrence.start, occurrence.end
        if end is None or end == start:
            return f"{long_date(start)} (ganztägig)"
        return f"{long_date(start)} bis {long_date(end)} (ganztägig)"
    local = _span(occurrence.starts_at, occurrence.ends_at if occurrence.end is not None else None)
    if not with_zone:
        return local
    start_here = occurrence.starts_at.astimezone(GERMAN_TIME)
    end_here = occurrence.ends_at.astimezone(GERMAN_TIME) if occurrence.end is not None else None
    same_clock = start_here.replace(tzinfo=None) == occurrence.starts_at.replace(tzinfo=None)
    if occurrence.event.timezone == GERMAN_TIME.key or same_clock:
        return f"{local} ({_abbreviation(start_here)})"
    here = _span(start_here, end_here, with_date=start_here.date() != occurrence.starts_at.date())
    return f"{local} {_zone_label(occurrence)} (in Deutschland {here} {_abbreviation(start_here)})"


GERMAN_TIME = SITE_ZONE


def _span(start: datetime, end: datetime | None, with_date: bool = True) -> str:
    """„Mittwoch, 3. März 2027, 10:00–11:00 Uhr“; without the date: „10:00–11:00 Uhr“."""
    day = f"{long_date(start)}, " if with_date else ""
    if end is None:
        return f"{day}{clock(start)} Uhr"
    if end.date() == start.date():
        return f"{day}{clock(start)}–{clock(end)} Uhr"
    return f"{day}{clock(start)} Uhr bis {long_date(end)}, {clock(end)} Uhr"


def _abbreviation(moment: datetime) -> str:
    return format_datetime(moment, "zzz", locale=LOCALE)  # MEZ or MESZ


def _zone_label(occurrence: Occurrence) -> str:
    local_zone = zone(occurrence.event.timezone)
    if occurrence.event.timezone.startswith("Etc/") or occurrence.event.timezone in ("UTC", "GMT"):
        offset = format_datetime(occurrence.starts_at, "ZZZZ", locale=LOCALE)  # GMT+00:00, GMT-05:00
        return "UTC" if offset == "GMT+00:00" else offset.replace("GMT", "UTC")
    return "Ortszeit " + get_timezone_location(local_zone, locale=LOCALE, return_city=True)


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
