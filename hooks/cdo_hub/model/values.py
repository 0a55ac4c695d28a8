"""Reading dates, times and time zones from the text a contributor wrote."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from ..check.schema_check import schema_default

DATE_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
DATETIME_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2}) (\d{1,2}):(\d{2})$")
TIME_RE = re.compile(r"^(\d{1,2}):(\d{2})$")
FIRST_YEAR, LAST_YEAR = 2000, 2099


class ValueProblem(ValueError):
    """The text has the right form but cannot mean what the field needs; the message is German."""


def parse_date(text: str) -> date:
    match = DATE_RE.match(text)
    if not match:
        raise ValueProblem(f"„{text}“ ist kein Datum der Form JJJJ-MM-TT.")
    return _date(*match.groups(), text=text)


def parse_time(text: str) -> time:
    match = TIME_RE.match(text)
    if not match:
        raise ValueProblem(f"„{text}“ ist keine Uhrzeit der Form HH:MM.")
    return _time(*match.groups(), text=text)


def parse_moment(text: str) -> date | datetime:
    """`JJJJ-MM-TT` gives a date (all day), `JJJJ-MM-TT HH:MM` a naive local datetime."""
    match = DATETIME_RE.match(text)
    if match:
        y, m, d, hh, mm = match.groups()
        return datetime.combine(_date(y, m, d, text=text), _time(hh, mm, text=text))
    return parse_date(text)


def is_time_of_day(text: str) -> bool:
    """`end: "17:30"` alone means the start's day."""
    return TIME_RE.match(text) is not None


def parse_end(text: str, start: date | datetime) -> date | datetime:
    """The end as written: `HH:MM` on the start's day, otherwise a date or date-time like start."""
    if is_time_of_day(text):
        day = start.date() if isinstance(start, datetime) else start
        return datetime.combine(day, parse_time(text))
    return parse_moment(text)


def _date(year: str, month: str, day: str, *, text: str) -> date:
    # Far-off years are typos, and near year 9999 date arithmetic of calendars overflows.
    if not FIRST_YEAR <= int(year) <= LAST_YEAR:
        raise ValueProblem(f"„{text}“ liegt nicht zwischen den Jahren {FIRST_YEAR} und {LAST_YEAR}.")
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        raise ValueProblem(f"„{text}“ ist kein gültiges Kalenderdatum.") from None


def _time(hour: str, minute: str, *, text: str) -> time:
    if int(hour) > 23 or int(minute) > 59:
        raise ValueProblem(f"„{text}“ enthält keine gültige Uhrzeit (00:00 bis 23:59).")
    return time(int(hour), int(minute))


@lru_cache(maxsize=None)
def known_timezones() -> frozenset[str]:
    return frozenset(available_timezones())


@lru_cache(maxsize=None)
def zone(name: str) -> ZoneInfo:
    """The one place a zone name becomes a ZoneInfo (once per name)."""
    if name not in known_timezones():
        raise ValueProblem(f"„{name}“ ist keine bekannte Zeitzone.")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueProblem(f"„{name}“ ist keine bekannte Zeitzone.") from None


def exists_in_zone(moment: datetime, tz: ZoneInfo) -> bool:
    """False for a wall-clock time skipped when the clocks go forward (e.g. 02:30 on the last Sunday of March)."""
    aware = moment.replace(tzinfo=tz)
    return aware.astimezone(timezone.utc).astimezone(tz).replace(tzinfo=None) == moment


# The site's zone is the default of an event's `timezone` in the schema: written there once.
SITE_ZONE = zone(schema_default("events.schema.json", (0, "timezone")))
