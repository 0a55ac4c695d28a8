"""VTIMEZONE components in the form Outlook reads: one STANDARD and one DAYLIGHT rule with a yearly RRULE.

icalendar's `Timezone.from_tzid` lists every change as RDATE; Outlook for Windows ignores RDATE and then
shows summer dates an hour off. Zones whose changes do not follow one yearly rule in the years a feed
needs fall back to that RDATE form, which is still correct for every other client.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo

from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass(frozen=True)
class _Change:
    """One change of a zone's offset; `onset` is the local wall-clock time just before it (RFC 5545)."""

    onset: datetime
    offset_from: timedelta
    offset_to: timedelta
    name: str
    daylight: bool

    @property
    def rule(self) -> tuple:
        """What a yearly rule must keep; the year and day of month may vary."""
        days_in_month = calendar.monthrange(self.onset.year, self.onset.month)[1]
        week = -1 if self.onset.day + 7 > days_in_month else (self.onset.day - 1) // 7 + 1
        return (self.daylight, self.offset_from, self.offset_to, self.name, self.onset.month, week, self.onset.weekday(), self.onset.time())


def vtimezone(zone: ZoneInfo, first_year: int, last_year: int) -> Timezone:
    """The zone as it applies from 1 January `first_year` to the end of `last_year`, under its name as TZID."""
    tzid = zone.key
    changes = _changes(zone, first_year, last_year)
    if not changes:
        return _fixed_offset(zone, first_year)
    by_rule: dict[tuple, list[_Change]] = {}
    for change in changes:
        by_rule.setdefault(change.rule, []).append(change)
    every_year = list(range(first_year, last_year + 1))
    if len(by_rule) == 2 and all([c.onset.year for c in group] == every_year for group in by_rule.values()):
        return _yearly_rules(tzid, [group[0] for group in by_rule.values()])
    return Timezone.from_tzid(tzid, first_date=date(first_year, 1, 1), last_date=date(last_year + 1, 1, 1))


def _yearly_rules(tzid: str, firsts: list[_Change]) -> Timezone:
    component = Timezone()
    component.add("tzid", tzid)
    for change in sorted(firsts, key=lambda c: c.onset):
        observance = TimezoneDaylight() if change.daylight else TimezoneStandard()
        observance.add("dtstart", change.onset)
        observance.add("tzoffsetfrom", change.offset_from)
        observance.add("tzoffsetto", change.offset_to)
        observance.add("tzname", change.name)
        week, weekday = change.rule[5], WEEKDAYS[change.onset.weekday()]
        observance.add("rrule", {"freq": "YEARLY", "bymonth": change.onset.month, "byday": f"{week}{weekday}"})
        component.add_component(observance)
    return component


def _fixed_offset(zone: ZoneInfo, first_year: int) -> Timezone:
    start = datetime(first_year, 1, 1, tzinfo=zone)
    component = Timezone()
    component.add("tzid", zone.key)
    observance = TimezoneStandard()
    observance.add("dtstart", start.replace(tzinfo=None))
    observance.add("tzoffsetfrom", start.utcoffset())
    observance.add("tzoffsetto", start.utcoffset())
    observance.add("tzname", start.tzname())
    component.add_component(observance)
    return component


@lru_cache(maxsize=None)
def _changes(zone: ZoneInfo, first_year: int, last_year: int) -> tuple[_Change, ...]:
    """Every offset change in the years, found day by day and then to the minute."""
    day = datetime(first_year, 1, 1, tzinfo=timezone.utc)
    end = datetime(last_year + 1, 1, 1, tzinfo=timezone.utc)
    changes = []
    while day < end:
        following = day + timedelta(days=1)
        if day.astimezone(zone).utcoffset() != following.astimezone(zone).utcoffset():
            changes.append(_change_within(zone, day, following))
        day = following
    return tuple(changes)


def _change_within(zone: ZoneInfo, before: datetime, after: datetime) -> _Change:
    offset_from = before.astimezone(zone).utcoffset()
    while after - before > timedelta(minutes=1):
        middle = before + (after - before) / 2
        if middle.astimezone(zone).utcoffset() == offset_from:
            before = middle
        else:
            after = middle
    moment = after.replace(second=0, microsecond=0).astimezone(zone)
    onset = (moment.astimezone(timezone.utc) + offset_from).replace(tzinfo=None)
    return _Change(onset, offset_from, moment.utcoffset(), moment.tzname(), bool(moment.dst()))
