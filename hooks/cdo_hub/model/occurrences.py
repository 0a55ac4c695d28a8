"""Occurrences of events: single events once, recurring events expanded with dateutil's rrule."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import MONTHLY, WEEKLY, rrule, weekday

from .hub import Event
from .values import LAST_YEAR

# How far ahead a series is expanded for the calendar pages.
HORIZON = timedelta(days=365)
# How many coming dates of a series the calendar overview shows; the event page shows all in HORIZON.
SERIES_PREVIEW = 3


@dataclass(frozen=True)
class Occurrence:
    """One date of an event in its local wall-clock time."""

    event: Event
    start: datetime | date
    end: datetime | date | None

    @property
    def all_day(self) -> bool:
        return self.event.all_day

    @property
    def starts_at(self) -> datetime:
        """Aware start; all-day events start at midnight local time."""
        return _aware(self.start, self.event.zone)

    @property
    def ends_at(self) -> datetime:
        """Aware end: the end time, the start when there is no end, midnight after the last day when all day."""
        if self.all_day:
            last_day = self.end or self.start
            return _aware(last_day + timedelta(days=1), self.event.zone)
        return _aware(self.end or self.start, self.event.zone)

    @property
    def day(self) -> date:
        return self.start if not isinstance(self.start, datetime) else self.start.date()

    @property
    def anchor(self) -> str:
        return f"termin-{self.day.isoformat()}"


def _aware(moment: datetime | date, zone: ZoneInfo) -> datetime:
    if not isinstance(moment, datetime):
        moment = datetime.combine(moment, time())
    return moment.replace(tzinfo=zone)


def all_occurrences(event: Event, until: datetime) -> list[Occurrence]:
    """Every occurrence that starts before `until` (aware), and never none: a single event has exactly
    one, a series that starts beyond `until` (or whose dates before it are all excepted) its first date."""
    if event.recurrence is None:
        return [Occurrence(event, event.start, event.end)]
    limit = until.astimezone(event.zone).replace(tzinfo=None)
    result = []
    for moment in series_dates(event):
        if moment > limit:
            break
        result.append(_occurrence_at(event, moment))
    if not result:
        first = next(series_dates(event), None)
        result = [_occurrence_at(event, first)] if first is not None else []
    return result


def series_dates(event: Event) -> Iterator[datetime]:
    """The start of every date of a series, in order, exceptions left out; ends at `until` or the last year."""
    recurrence = event.recurrence
    first = event.start if isinstance(event.start, datetime) else datetime.combine(event.start, time())
    last = datetime.combine(recurrence.until or date(LAST_YEAR, 12, 31), time(23, 59, 59))
    for moment in series_rule(recurrence.frequency, recurrence.interval, recurrence.week_of_month, first, last):
        if moment.date() not in recurrence.exceptions:
            yield moment


def _occurrence_at(event: Event, moment: datetime) -> Occurrence:
    start: datetime | date = moment if not event.all_day else moment.date()
    end = None if event.end is None else start + (event.end - event.start)
    return Occurrence(event, start, end)


def series_rule(frequency: str, interval: int, week_of_month: int | None, first: datetime, until: datetime) -> rrule:
    """The dates of a series: weekly, monthly on the same day, or monthly on the n-th weekday of `first`."""
    if frequency == "weekly":
        return rrule(WEEKLY, interval=interval, dtstart=first, until=until)
    if week_of_month is None:
        return rrule(MONTHLY, interval=interval, dtstart=first, until=until)
    return rrule(MONTHLY, interval=interval, dtstart=first, until=until, byweekday=weekday(first.weekday(), week_of_month))


def nth_weekday_of_month(day: date) -> tuple[int, bool]:
    """Which weekday of its month `day` is (1 to 5), and whether it is also the last one."""
    return (day.day - 1) // 7 + 1, (day + timedelta(days=7)).month != day.month


def upcoming(occurrences: list[Occurrence], now: datetime) -> list[Occurrence]:
    return [o for o in occurrences if o.ends_at > now]


def past(occurrences: list[Occurrence], now: datetime) -> list[Occurrence]:
    return [o for o in occurrences if o.ends_at <= now]
