"""Rules for events.yaml beyond the schema."""

from __future__ import annotations

import difflib
from datetime import date, datetime, timedelta


from . import addresses
from .diagnostics import Report
from .model import Vocabulary
from .occurrences import nth_weekday_of_month, series_rule
from .references import check_reference, check_references, check_repeated_entries, check_unique_ids
from .values import ValueProblem, exists_in_zone, is_time_of_day, known_timezones, parse_date, parse_end, parse_moment, zone
from .yaml_source import SourceDocument

IN_PERSON_FORMATS = ("praesenz", "hybrid")
# Exceptions further ahead than this are not checked against the series (keeps rrule small).
SERIES_CHECK_YEARS = 10


def check_events(document: SourceDocument, vocabulary: Vocabulary | None, member_ids: set[str] | None, report: Report) -> None:
    if not isinstance(document.data, list):
        return
    check_unique_ids(document, report, "Veranstaltung", addresses.RESERVED["event"])
    check_repeated_entries(document, ("title", "start"), "Eine Veranstaltung", report)
    for i, event in enumerate(document.data):
        if isinstance(event, dict):
            _check_event(document, i, event, vocabulary, member_ids, report)


def _check_event(document, i, event, vocabulary, member_ids, report) -> None:  # noqa: ANN001
    if vocabulary is not None:
        check_reference(document, (i, "type"), event.get("type"), vocabulary.event_types, "Die Veranstaltungsart", "vokabular.yaml unter „event_types“", report)
        check_references(document, (i, "topics"), event.get("topics"), vocabulary.topics, "Das Thema", "vokabular.yaml unter „topics“", report)
        if isinstance(event.get("location"), dict):
            check_reference(document, (i, "location", "state"), event["location"].get("state"), vocabulary.states, "Das Bundesland", "vokabular.yaml unter „states“", report)
    check_references(document, (i, "speakers"), event.get("speakers"), member_ids, "Das Mitglied", "members.yaml", report)
    event_zone = None
    if isinstance(event.get("timezone", "Europe/Berlin"), str):
        try:
            event_zone = zone(event.get("timezone", "Europe/Berlin"))
        except ValueProblem as problem:
            close = difflib.get_close_matches(event["timezone"], sorted(known_timezones()), n=1)
            hint = f"Meinten Sie „{close[0]}“? " if close else ""
            report.error(document.position((i, "timezone")), str(problem), "unbekannte-zeitzone", f"{hint}Verwenden Sie einen IANA-Namen wie „Europe/Berlin“.")
    if event.get("format") in IN_PERSON_FORMATS and "location" not in event:
        report.error(
            document.position((i,)),
            f"Für eine Veranstaltung im Format „{event['format']}“ fehlt der Ort (location).",
            "ort-fehlt",
            "Ergänzen Sie location mit name, address und city – oder setzen Sie format: online.",
        )
    start = _moment(document, (i, "start"), event.get("start"), report)
    end = _end(document, i, event.get("end"), start, report)
    if start is not None and end is not None and not _end_after_start(start, end):
        relation = "ist gleich dem" if end == start else "liegt vor dem"
        hint = "Prüfen Sie Datum und Uhrzeit; bei ganztägigen Veranstaltungen ist end der letzte Tag."
        if is_time_of_day(event["end"]) and isinstance(start, datetime):
            next_day = (start + timedelta(days=1)).date().isoformat()
            hint = f"Eine Uhrzeit allein gilt für den Tag des Beginns. Endet die Veranstaltung erst am Folgetag, schreiben Sie end: \"{next_day} {event['end']}\"."
        report.error(
            document.position((i, "end")),
            f"Das Ende ({event['end']}) {relation} Beginn ({event['start']}).",
            "ende-vor-beginn",
            hint,
        )
    if event.get("visibility") == "mitglieder":
        _check_internal_details(document, i, event, report)
    if event_zone is not None:
        for name, moment in (("start", start), ("end", end)):
            if isinstance(moment, datetime) and not exists_in_zone(moment, event_zone):
                report.error(
                    document.position((i, name)),
                    f"Die Uhrzeit {moment:%H:%M} gibt es am {moment:%d.%m.%Y} in {event_zone.key} nicht: die Uhr wird an diesem Tag vorgestellt.",
                    "uhrzeit-gibt-es-nicht",
                    "Wählen Sie eine Uhrzeit außerhalb der übersprungenen Stunde.",
                )
    if isinstance(event.get("recurrence"), dict) and start is not None:
        _check_recurrence(document, i, event["recurrence"], start, report)


# What a members-only event never shows on the site, yet would be readable in the public repository.
# Its place is withheld too, but stays: in-person events need one, and it is no access data.
INTERNAL_DETAILS = {
    "url": "den Link",
    "description": "die Beschreibung",
    "speakers": "die Vortragenden",
    "guests": "die Gäste",
}


def _check_internal_details(document, i, event, report) -> None:  # noqa: ANN001
    for name, what in INTERNAL_DETAILS.items():
        if name in event:
            report.warning(
                document.key_position((i, name)),
                f"Bei einer Veranstaltung nur für Mitglieder (visibility: mitglieder) zeigt die Website {what} ({name}) nicht; "
                "im öffentlichen Repository wäre die Angabe trotzdem lesbar.",
                "interne-angabe",
                f"Entfernen Sie {name} und teilen Sie die Angabe über die Mitgliederplattform.",
            )


def _moment(document, path, text, report) -> date | datetime | None:  # noqa: ANN001
    if not isinstance(text, str):
        return None
    try:
        return parse_moment(text)
    except ValueProblem as problem:
        report.error(document.position(path), str(problem), "ungueltiges-datum", "Beispiel: start: \"2026-09-17 09:30\"")
        return None


def _end(document, i, text, start, report) -> date | datetime | None:  # noqa: ANN001
    if not isinstance(text, str):
        return None
    path = (i, "end")
    if is_time_of_day(text) and start is not None and not isinstance(start, datetime):
        report.error(
            document.position(path),
            "Eine ganztägige Veranstaltung (start ohne Uhrzeit) kann nicht mit einer Uhrzeit enden.",
            "ende-passt-nicht",
            "Geben Sie bei start auch die Uhrzeit an, oder schreiben Sie bei end den letzten Tag (JJJJ-MM-TT).",
        )
        return None
    try:
        # Without a readable start the end is still checked on its own, e.g. for 25:00.
        end = parse_end(text, start if start is not None else date.min)
    except ValueProblem as problem:
        report.error(document.position(path), str(problem), "ungueltiges-datum", "Beispiel: end: \"17:30\" oder end: \"2026-09-18 13:00\"")
        return None
    if start is None:
        return None
    if isinstance(start, datetime) != isinstance(end, datetime):
        report.error(
            document.position(path),
            "Beginn und Ende passen nicht zusammen: eines hat eine Uhrzeit, das andere nicht.",
            "ende-passt-nicht",
            "Ganztägig: beide als JJJJ-MM-TT. Mit Uhrzeit: start \"JJJJ-MM-TT HH:MM\" und end \"HH:MM\" oder \"JJJJ-MM-TT HH:MM\".",
        )
        return None
    return end


def _end_after_start(start: date | datetime, end: date | datetime) -> bool:
    return end > start if isinstance(start, datetime) else end >= start


def _check_recurrence(document, i, recurrence, start, report) -> None:  # noqa: ANN001
    start_day = start.date() if isinstance(start, datetime) else start
    if not _week_of_month_fits(document, i, recurrence, start_day, report):
        return
    if recurrence.get("frequency") == "monthly" and "week_of_month" not in recurrence and start_day.day > 28:
        report.warning(
            document.position((i, "start")),
            f"Eine monatliche Serie am {start_day.day}. fällt in jedem Monat ohne {start_day.day}. Tag aus.",
            "serie-mit-luecken",
            "Wählen Sie einen Tag bis zum 28. oder einen Wochentag mit week_of_month (z. B. week_of_month: -1 für den letzten Freitag im Monat).",
        )
    until = None
    if isinstance(recurrence.get("until"), str):
        try:
            until = parse_date(recurrence["until"])
        except ValueProblem as problem:
            report.error(document.position((i, "recurrence", "until")), str(problem), "ungueltiges-datum")
        if until is not None and until < start_day:
            report.error(
                document.position((i, "recurrence", "until")),
                f"Die Serie endet ({recurrence['until']}) vor ihrem ersten Termin ({start_day.isoformat()}).",
                "wiederholung-endet-vor-beginn",
                "until ist der letzte mögliche Tag der Serie und muss nach start liegen.",
            )
            return
    exceptions = recurrence.get("except")
    if not isinstance(exceptions, list):
        return
    days = _series_days(recurrence, start_day, until)
    horizon = _series_horizon(start_day, until)
    for k, text in enumerate(exceptions):
        if not isinstance(text, str):
            continue
        path = (i, "recurrence", "except", k)
        try:
            day = parse_date(text)
        except ValueProblem as problem:
            report.error(document.position(path), str(problem), "ungueltiges-datum")
            continue
        if days is not None and day <= horizon and day not in days:
            report.warning(
                document.position(path),
                f"Am {text} findet kein Termin der Serie statt; die Ausnahme bewirkt nichts.",
                "ausnahme-ohne-termin",
                "Prüfen Sie das Datum: Ausnahmen müssen auf einen Termin der Serie fallen.",
            )


def _series_days(recurrence, start_day: date, until: date | None) -> set[date] | None:  # noqa: ANN001
    interval = recurrence.get("interval", 1)
    # Outside the schema's range (already reported) rrule fails or yields nothing useful.
    if not isinstance(interval, int) or not 1 <= interval <= 52 or recurrence.get("frequency") not in ("weekly", "monthly"):
        return None
    last = _series_horizon(start_day, until)
    first = datetime.combine(start_day, datetime.min.time())
    rule = series_rule(recurrence["frequency"], interval, recurrence.get("week_of_month"), first, datetime.combine(last, datetime.min.time()))
    return {moment.date() for moment in rule}


def _week_of_month_fits(document, i, recurrence, start_day: date, report) -> bool:  # noqa: ANN001
    """week_of_month needs a monthly series whose start is itself that weekday of its month."""
    wanted = recurrence.get("week_of_month")
    if not isinstance(wanted, int) or wanted not in (1, 2, 3, 4, -1):
        return True  # absent, or already reported by the schema
    path = (i, "recurrence", "week_of_month")
    if recurrence.get("frequency") != "monthly":
        report.error(
            document.position(path),
            "week_of_month gilt nur für monatliche Serien (frequency: monthly).",
            "wiederholung-passt-nicht",
            "Setzen Sie frequency: monthly oder entfernen Sie week_of_month.",
        )
        return False
    number, last = nth_weekday_of_month(start_day)
    if wanted == number or (wanted == -1 and last):
        return True
    weekday = WEEKDAY_NAMES[start_day.weekday()]
    said = "den letzten" if wanted == -1 else f"den {wanted}."
    report.error(
        document.position(path),
        f"start ({start_day.isoformat()}) ist der {number}. {weekday} im Monat, week_of_month verlangt {said} {weekday}.",
        "wiederholung-passt-nicht",
        f"Setzen Sie week_of_month: {number} – oder verlegen Sie start auf den ersten Termin der Serie.",
    )
    return False


WEEKDAY_NAMES = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")


def _series_horizon(start_day: date, until: date | None) -> date:
    """The last day checked for exceptions: until, but at most SERIES_CHECK_YEARS after the start."""
    limit = date(min(start_day.year + SERIES_CHECK_YEARS, date.max.year), 12, 31)
    return min(until, limit) if until else limit
