"""German date formatting with babel, e.g. „Donnerstag, 19. September 2024, 9:30–17:00 Uhr“.

A date, a time or a span never breaks between its parts: „19.“ and „September 2024“, „9:30–“ and
„17:00 Uhr“ stay on one line. They are joined by no-break spaces (U+00A0) and, after the dash of a span,
a word joiner (U+2060); both are invisible to screen readers and split words for the search like spaces.
"""

from __future__ import annotations

from datetime import date, datetime, time
from functools import lru_cache

from babel.dates import format_date, format_datetime, format_time, get_timezone_location

from ..model.hub import Event
from ..model.occurrences import Occurrence
from ..model.values import SITE_ZONE

LOCALE = "de_DE"
NBSP = "\u00a0"
# Browsers may break a line after a dash; the word joiner keeps „10:00–“ with „11:00 Uhr“.
SPAN_DASH = "–\u2060"


def long_date(day: date | datetime) -> str:
    return _long_date(day.date() if isinstance(day, datetime) else day)


def short_date(day: date | datetime) -> str:
    return _short_date(day.date() if isinstance(day, datetime) else day)


def month_year(day: date | datetime) -> str:
    return _month_year(day.date() if isinstance(day, datetime) else day)


def clock(moment: datetime) -> str:
    return _clock(moment.hour, moment.minute)  # the time as shown in the moment's own zone


# The same dates and times recur on many pages (calendar, topics, filters, profiles); babel takes a while for
# each. Cached by plain date or by hour and minute: aware datetimes of one instant in two zones compare equal.
@lru_cache(maxsize=4096)
def _long_date(day: date) -> str:
    return _unbroken(format_date(day, "EEEE, d. MMMM y", locale=LOCALE)).replace("," + NBSP, ", ")


@lru_cache(maxsize=4096)
def _short_date(day: date) -> str:
    return _unbroken(format_date(day, "d. MMMM y", locale=LOCALE))


@lru_cache(maxsize=4096)
def _month_year(day: date) -> str:
    return _unbroken(format_date(day, "MMMM y", locale=LOCALE))


@lru_cache(maxsize=2048)
def _clock(hour: int, minute: int) -> str:
    return format_time(time(hour, minute), "H:mm", locale=LOCALE)


def _unbroken(text: str) -> str:
    return text.replace(" ", NBSP)


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
    if occurrence.event.zone.key == GERMAN_TIME.key or same_clock:
        return f"{local}{NBSP}({_abbreviation(start_here)})"
    here = _span(start_here, end_here, with_date=start_here.date() != occurrence.starts_at.date())
    return f"{local} {_zone_label(occurrence)} (in Deutschland {here}{NBSP}{_abbreviation(start_here)})"


GERMAN_TIME = SITE_ZONE


def _span(start: datetime, end: datetime | None, with_date: bool = True) -> str:
    """„Mittwoch, 3. März 2027, 10:00–11:00 Uhr“; without the date: „10:00–11:00 Uhr“."""
    day = f"{long_date(start)}, " if with_date else ""
    if end is None:
        return f"{day}{clock(start)}{NBSP}Uhr"
    if end.date() == start.date():
        return f"{day}{clock(start)}{SPAN_DASH}{clock(end)}{NBSP}Uhr"
    return f"{day}{clock(start)}{NBSP}Uhr bis {long_date(end)}, {clock(end)}{NBSP}Uhr"


def _abbreviation(moment: datetime) -> str:
    return format_datetime(moment, "zzz", locale=LOCALE)  # MEZ or MESZ


def _zone_label(occurrence: Occurrence) -> str:
    local_zone = occurrence.event.zone
    if local_zone.key.startswith("Etc/") or local_zone.key in ("UTC", "GMT"):
        offset = format_datetime(occurrence.starts_at, "ZZZZ", locale=LOCALE)  # GMT+00:00, GMT-05:00
        return "UTC" if offset == "GMT+00:00" else offset.replace("GMT", "UTC")
    return "Ortszeit " + get_timezone_location(local_zone, locale=LOCALE, return_city=True)


ORDINALS = {1: "ersten", 2: "zweiten", 3: "dritten", 4: "vierten", 5: "fünften", -1: "letzten"}
NUMBERS = {2: "zwei", 3: "drei", 4: "vier", 5: "fünf", 6: "sechs", 7: "sieben", 8: "acht", 9: "neun", 10: "zehn", 11: "elf", 12: "zwölf"}


def rhythm(event: Event) -> str:
    """How often a series meets, said as people say it.

    „jeden Donnerstag“, „alle zwei Wochen donnerstags“, „jeden dritten Dienstag im Monat“,
    „alle drei Monate am dritten Dienstag“, „jeden Monat am 15.“; an end follows: „…, bis 1. Juli 2027“.
    """
    recurrence = event.recurrence
    if recurrence is None:
        return ""
    weekday = format_date(event.start, "EEEE", locale=LOCALE)
    every = recurrence.interval == 1
    if recurrence.frequency == "weekly":
        text = f"jeden {weekday}" if every else f"alle {_number(recurrence.interval)} Wochen {weekday.lower()}s"
    elif recurrence.week_of_month:
        nth = f"{ORDINALS[recurrence.week_of_month]} {weekday}"
        text = f"jeden {nth} im Monat" if every else f"alle {_number(recurrence.interval)} Monate am {nth}"
    else:
        text = ("jeden Monat" if every else f"alle {_number(recurrence.interval)} Monate") + f" am {event.start.day}."
    if recurrence.until:
        text += f", bis {short_date(recurrence.until)}"
    return text


def _number(count: int) -> str:
    return NUMBERS.get(count, str(count))
