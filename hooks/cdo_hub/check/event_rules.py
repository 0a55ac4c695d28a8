"""Rules for events.yaml beyond the schema."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from ..model import addresses
from ..catalogue import ERROR, WARNING, WORKSHOP, events, rule
from ..diagnostics import Report
from ..model.occurrences import nth_weekday_of_month, series_rule
from .references import check_references, check_repeated_entries, check_unique_ids
from .schema_check import schema_default, with_defaults
from ..model.values import LAST_YEAR, ValueProblem, exists_in_zone, is_time_of_day, known_timezones, parse_date, parse_end, parse_moment, zone
from .suggestions import GERMAN_ZONE, meant_timezone
from ..source.yaml_source import SourceDocument

# The rules of this module, as contributors read them on /mitmachen/meldungen/.
rule("ungueltiges-datum", ERROR, "Kein gültiges Datum",
     "Das Datum oder die Uhrzeit hat die richtige Form, gibt es aber nicht, etwa der 30. Februar oder 25:00 Uhr; "
     "oder das Jahr liegt außerhalb von 2000 bis 2099.",
     events(WORKSHOP.replace("2027-03-04 10:00", "2027-02-30 10:00")), events(WORKSHOP))
rule("unbekannte-zeitzone", ERROR, "Unbekannte Zeitzone",
     "Die Zeitzone muss ein IANA-Name sein, etwa „Europe/Berlin“ oder „America/New_York“. Ohne Angabe gilt Europe/Berlin.",
     events(WORKSHOP + "  timezone: Europe/Berlim\n"), events(WORKSHOP + "  timezone: America/New_York\n"))
rule("ende-passt-nicht", ERROR, "Beginn und Ende passen nicht zusammen",
     "Eine ganztägige Veranstaltung (start ohne Uhrzeit) endet an einem Tag, eine mit Uhrzeit zu einer Uhrzeit.",
     events(WORKSHOP.replace("2027-03-04 10:00", "2027-03-04")), events(WORKSHOP.replace("2027-03-04 10:00", "2027-03-04").replace('"12:00"', '"2027-03-05"')))
rule("ende-vor-beginn", ERROR, "Ende vor dem Beginn",
     "Eine Veranstaltung muss nach ihrem Beginn enden. Eine Uhrzeit allein bei end gilt für den Tag des Beginns. "
     "Ebenso endet der Zeitraum (period) einer Kurzstudie oder Umfrage nicht vor seinem Beginn.",
     events(WORKSHOP.replace('"12:00"', '"09:00"')), events(WORKSHOP))
rule("interne-angabe", WARNING, "Interne Angabe bei einem Termin nur für Mitglieder",
     "Bei visibility: mitglieder veröffentlicht die Website weder Ort noch Link, Beschreibung, Vortragende, Gäste oder die Notiz zum Status. "
     "Im öffentlichen Repository wären sie trotzdem lesbar; sie gehören auf die Mitgliederplattform.",
     events(WORKSHOP + "  visibility: mitglieder\n  description: Einwahl über https://meet.example/geheim\n"),
     events(WORKSHOP + "  visibility: mitglieder\n"))
rule("uhrzeit-gibt-es-nicht", ERROR, "Uhrzeit fällt in die Zeitumstellung",
     "Wenn im März die Uhr vorgestellt wird, gibt es die Stunde von 2 bis 3 Uhr nicht.",
     events(WORKSHOP.replace("2027-03-04 10:00", "2027-03-28 02:30").replace('"12:00"', '"04:00"')),
     events(WORKSHOP.replace("2027-03-04 10:00", "2027-03-28 03:30").replace('"12:00"', '"04:00"')))
rule("serie-mit-luecken", WARNING, "Monatliche Serie mit Lücken",
     "Eine monatliche Serie am 29., 30. oder 31. fällt in jedem Monat ohne diesen Tag aus. "
     "Wählen Sie einen Tag bis zum 28. oder einen Wochentag mit week_of_month.",
     events(WORKSHOP.replace("2027-03-04 10:00", "2027-03-31 10:00") + "  recurrence:\n    frequency: monthly\n"),
     events(WORKSHOP.replace("2027-03-04 10:00", "2027-03-31 10:00") + "  recurrence:\n    frequency: monthly\n    week_of_month: -1\n"))
rule("wiederholung-endet-vor-beginn", ERROR, "Serie endet vor ihrem Beginn",
     "until ist der letzte mögliche Tag der Serie und liegt nach dem ersten Termin (start).",
     events(WORKSHOP + "  recurrence:\n    frequency: weekly\n    until: \"2027-01-31\"\n"),
     events(WORKSHOP + "  recurrence:\n    frequency: weekly\n    until: \"2027-06-30\"\n"))
rule("wiederholung-passt-nicht", ERROR, "week_of_month passt nicht",
     "week_of_month gilt nur für monatliche Serien, und start muss selbst dieser Wochentag des Monats sein: "
     "der 4. März 2027 ist der erste Donnerstag im März.",
     events(WORKSHOP + "  recurrence:\n    frequency: monthly\n    week_of_month: 2\n"),
     events(WORKSHOP + "  recurrence:\n    frequency: monthly\n    week_of_month: 1\n"))
rule("ausnahme-ohne-termin", WARNING, "Ausnahme ohne Termin",
     "Ein Tag unter except muss auf einen Termin der Serie fallen, sonst bewirkt die Ausnahme nichts.",
     events(WORKSHOP + "  recurrence:\n    frequency: weekly\n    except: [\"2027-03-12\"]\n"),
     events(WORKSHOP + "  recurrence:\n    frequency: weekly\n    except: [\"2027-03-11\"]\n"))

# Exceptions further ahead than this are not checked against the series (keeps rrule small).
SERIES_CHECK_YEARS = 10


def check_events(document: SourceDocument, schema: dict, member_ids: set[str] | None, report: Report) -> None:
    """The rules beyond `schema` (the hub's events schema, whose defaults count where a field is not written)."""
    if not isinstance(document.data, list):
        return
    check_unique_ids(document, report, "Veranstaltung", addresses.RESERVED["event"])
    check_repeated_entries(document, ("title", "start"), "Eine Veranstaltung", report)
    for i, event in enumerate(document.data):
        if isinstance(event, dict):
            _check_event(document, i, event, schema, member_ids, report)


def _check_event(document, i, event, schema, member_ids, report) -> None:  # noqa: ANN001
    check_references(document, (i, "speakers"), event.get("speakers"), member_ids, "Das Mitglied", "members.yaml", report)
    # The zone is read once, here, written or the schema's default; the model takes it from document.typed.
    event_zone = document.typed[(i, "timezone")] = _event_zone(document, i, event.get("timezone", schema_default(schema, (i, "timezone"))), report)
    start = document.typed[(i, "start")] = _moment(document, (i, "start"), event.get("start"), report)
    end = document.typed[(i, "end")] = _end(document, i, event.get("end"), start, report)
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
        _check_recurrence(document, i, with_defaults(event["recurrence"], schema, (i, "recurrence")), start, report)


# Zone names of the tz database that name no place; readers and calendars expect the place.
PLACELESS_ZONES = {"CET", "MET"}


def _event_zone(document, i, name, report) -> ZoneInfo | None:  # noqa: ANN001
    if not isinstance(name, str):
        return None
    try:
        if name in PLACELESS_ZONES:
            raise ValueProblem(f"„{name}“ ist ein Kürzel, keine Zeitzone mit Ort.")
        return zone(name)
    except ValueProblem as problem:
        meant = meant_timezone(name, known_timezones())
        hint = f"Meinten Sie „{meant}“? " if meant else ""
        report.error(
            document.position((i, "timezone")),
            str(problem),
            "unbekannte-zeitzone",
            f"{hint}Erwartet wird der IANA-Name der Zeitzone, für Deutschland „{GERMAN_ZONE}“ (im Winter MEZ, im Sommer MESZ).",
        )
        return None


# What a members-only event never shows on the site (content.MEMBERS_ONLY_PUBLIC), yet would be readable
# in the public repository. Its place is withheld too, but stays: in-person events need one; so do the
# hosts of a dialogue with industry.
INTERNAL_DETAILS = {
    "url": "den Link",
    "description": "die Beschreibung",
    "speakers": "die Vortragenden",
    "guests": "die Gäste",
    "status_note": "die Notiz zum Status",
    "disclosures": "die Offenlegungen",
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
            until = document.typed[(i, "recurrence", "until")] = parse_date(recurrence["until"])
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
    excepted = set()
    for k, text in enumerate(exceptions):
        if not isinstance(text, str):
            continue
        path = (i, "recurrence", "except", k)
        try:
            day = document.typed[path] = parse_date(text)
        except ValueProblem as problem:
            report.error(document.position(path), str(problem), "ungueltiges-datum")
            continue
        excepted.add(day)
        if days is not None and day <= horizon and day not in days:
            report.warning(
                document.position(path),
                f"Am {text} findet kein Termin der Serie statt; die Ausnahme bewirkt nichts.",
                "ausnahme-ohne-termin",
                "Prüfen Sie das Datum: Ausnahmen müssen auf einen Termin der Serie fallen.",
            )
    # Dates end with the calendar's last year, so an open series can run out of dates too.
    last = until or date(LAST_YEAR, 12, 31)
    if days is not None and excepted and _every_date_excepted(recurrence, start, last, excepted):
        report.error(
            document.position((i, "recurrence", "except")),
            f"Die Serie hat keinen Termin: jeder Termin bis {last.isoformat()}{' (until)' if until else ''} ist als Ausnahme eingetragen.",
            "serie-ohne-termin",
            "Entfernen Sie Ausnahmen oder verlängern Sie die Serie mit until; fällt alles aus, setzen Sie status: abgesagt.",
        )


def _every_date_excepted(recurrence, start: date | datetime, until: date, excepted: set[date]) -> bool:  # noqa: ANN001
    first = start if isinstance(start, datetime) else datetime.combine(start, datetime.min.time())
    rule = series_rule(recurrence["frequency"], recurrence["interval"], recurrence.get("week_of_month"), first, datetime.combine(until, datetime.max.time()))
    # Stops at the first date that is not excepted: exceptions are few, dates may be thousands.
    return all(moment.date() in excepted for moment in rule)


def _series_days(recurrence, start_day: date, until: date | None) -> set[date] | None:  # noqa: ANN001
    interval = recurrence["interval"]
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
rule("serie-ohne-termin", ERROR, "Serie ohne einen Termin",
     "Fällt jeder Termin einer Serie bis until als Ausnahme (except) aus, bleibt keiner übrig. Verkürzen Sie die Ausnahmen "
     "oder tragen Sie die Veranstaltung nicht ein.",
     events(WORKSHOP + "  recurrence:\n    frequency: weekly\n    until: \"2027-03-11\"\n    except: [\"2027-03-04\", \"2027-03-11\"]\n"),
     events(WORKSHOP + "  recurrence:\n    frequency: weekly\n    until: \"2027-03-11\"\n    except: [\"2027-03-11\"]\n"))
