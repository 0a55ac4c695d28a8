"""Rules for the guides in handreichungen/ beyond the schema."""

from __future__ import annotations

import re
from datetime import date

from dateutil.relativedelta import relativedelta

from . import addresses
from .diagnostics import Position, Report
from .guide_source import GuideSource
from .model import Vocabulary
from .references import check_reference, check_references, check_texts
from .schema_check import load_schema
from .sections import skipped_levels
from .table_captions import tables_without_caption
from .text_safety import markdown_prose, text_problems
from .values import ValueProblem, parse_date

SLUG_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
REVIEW_PERIOD = relativedelta(months=18)


def review_due(last_review: date) -> date:
    return last_review + REVIEW_PERIOD


def check_guide(guide: GuideSource, vocabulary: Vocabulary | None, members: dict | None, today: date, report: Report) -> None:
    meta = guide.front_matter.data
    if not SLUG_RE.match(guide.slug):
        report.error(
            Position(guide.display, 1, 1),
            f"Der Dateiname „{guide.path.name}“ taugt nicht als Adresse.",
            "dateiname",
            "Nur Kleinbuchstaben, Ziffern und Bindestriche, z. B. handreichungen/low-code-einfuehren.md.",
        )
    if guide.slug in addresses.RESERVED["guide"]:
        report.error(
            Position(guide.display, 1, 1),
            f"Der Dateiname „{guide.path.name}“ ist vergeben: unter dieser Adresse steht die Übersicht der Handreichungen.",
            "dateiname",
            "Benennen Sie die Datei nach ihrem Thema, z. B. handreichungen/low-code-einfuehren.md.",
        )
    if not isinstance(meta, dict):
        return
    document = guide.front_matter
    check_texts(document, "handreichung.schema.json", report)
    check_references(document, ("authors",), meta.get("authors"), None if members is None else members.keys(), "Das Mitglied", "members.yaml", report)
    check_references(document, ("signatories",), meta.get("signatories"), None if members is None else members.keys(), "Das Mitglied", "members.yaml", report)
    if vocabulary is not None:
        check_references(document, ("topics",), meta.get("topics"), vocabulary.topics, "Das Thema", "vokabular.yaml unter „topics“", report)
        check_reference(document, ("kind",), meta.get("kind"), vocabulary.publication_types, "Die Art", "vokabular.yaml unter „publication_types“", report)
        _check_fields_of_other_kinds(document, meta, vocabulary, report)
    _check_industry_disclosure(document, meta, members, vocabulary, report)
    _check_dates(guide, meta, today, report)
    _check_period(document, meta, report)
    _check_survey_counts(document, meta, report)
    _check_body(guide, report)


def kind_fields() -> dict[str, list[str]]:
    """The fields each kind of publication needs, read from the schema's if/then rules."""
    fields: dict[str, list[str]] = {}
    for rule in load_schema("handreichung.schema.json").get("allOf", []):
        kind = rule.get("if", {}).get("properties", {}).get("kind", {}).get("const")
        if kind:
            fields[kind] = rule.get("then", {}).get("required", [])
    return fields


def _check_fields_of_other_kinds(document, meta: dict, vocabulary: Vocabulary, report: Report) -> None:  # noqa: ANN001
    """A field of another kind (a sample in a guide) would be ignored: probably the kind is wrong."""
    kind = meta.get("kind", "handreichung")
    if not isinstance(kind, str) or kind not in vocabulary.publication_types:
        return
    by_kind = kind_fields()
    for name in meta:
        owners = [k for k, fields in by_kind.items() if name in fields]
        if owners and kind not in owners:
            titles = " oder ".join(vocabulary.publication_types[k].title if k in vocabulary.publication_types else k for k in owners)
            report.error(
                document.key_position((name,)),
                f"Das Feld „{name}“ gehört zu einer anderen Art von Veröffentlichung ({titles}), nicht zu „{vocabulary.publication_types[kind].title}“.",
                "feld-passt-nicht-zur-art",
                f"Setzen Sie die Art (kind) richtig, oder löschen Sie das Feld. Jetzt: kind: {kind}",
            )


def _check_period(document, meta: dict, report: Report) -> None:  # noqa: ANN001
    period = meta.get("period")
    if not isinstance(period, dict):
        return
    days = {}
    for name in ("start", "end"):
        if isinstance(period.get(name), str):
            try:
                days[name] = parse_date(period[name])
            except ValueProblem as problem:
                report.error(document.position(("period", name)), str(problem), "ungueltiges-datum")
    if len(days) == 2 and days["end"] < days["start"]:
        report.error(
            document.position(("period", "end")),
            f"Der Zeitraum endet ({days['end'].isoformat()}) vor seinem Beginn ({days['start'].isoformat()}).",
            "ende-vor-beginn",
            "start ist der erste, end der letzte Tag der Erhebung.",
        )


def _check_survey_counts(document, meta: dict, report: Report) -> None:  # noqa: ANN001
    """Counts that cannot be true: more answers than respondents, or the same answer twice."""
    results, responses = meta.get("results"), meta.get("responses")
    if not isinstance(results, list):
        return
    seen: set[str] = set()
    counts = []
    for i, result in enumerate(results):
        if not isinstance(result, dict):
            continue
        answer, count = result.get("answer"), result.get("count")
        if isinstance(answer, str):
            if answer.strip().casefold() in seen:
                report.error(document.position(("results", i, "answer")), f"Die Antwort „{answer}“ steht zweimal in den Ergebnissen.", "doppelter-eintrag", "Führen Sie beide Zeilen zusammen.")
            seen.add(answer.strip().casefold())
        if isinstance(count, int) and not isinstance(count, bool):
            counts.append(count)
            if isinstance(responses, int) and count > responses:
                report.error(
                    document.position(("results", i, "count")),
                    f"{count} Nennungen für „{answer}“, aber nur {responses} Antworten insgesamt (responses).",
                    "mehr-nennungen-als-antworten",
                    "Prüfen Sie die Zahl; keine Antwort kann öfter gewählt worden sein, als Menschen geantwortet haben.",
                )
    if isinstance(responses, int) and meta.get("multiple_choice") is not True and sum(counts) > responses:
        report.error(
            document.position(("responses",)),
            f"Die Ergebnisse zählen zusammen {sum(counts)} Nennungen, aber es gab nur {responses} Antworten.",
            "mehr-nennungen-als-antworten",
            "Waren mehrere Antworten möglich, schreiben Sie multiple_choice: true; sonst prüfen Sie die Zahlen.",
        )


def _check_industry_disclosure(document, meta, members, vocabulary, report) -> None:  # noqa: ANN001
    if members is None or vocabulary is None or "disclosure" in meta or not isinstance(meta.get("authors"), list):
        return
    for k, author in enumerate(meta["authors"]):
        member = members.get(author) if isinstance(author, str) else None
        org_type = vocabulary.organisation_types.get(member.get("organisation_type")) if isinstance(member, dict) else None
        if org_type is not None and org_type.industry:
            report.error(
                document.position(("authors", k)),
                f"„{author}“ kommt aus der Wirtschaft ({member.get('organisation', '')}); dann braucht die Handreichung eine Offenlegung (disclosure).",
                "offenlegung-fehlt",
                "Ergänzen Sie z. B. disclosure: \"Der Autor arbeitet für … ; Produkte werden nicht empfohlen.\"",
            )


def _check_dates(guide: GuideSource, meta: dict, today: date, report: Report) -> None:
    document = guide.front_matter
    dates = {}
    for name in ("published", "reviewed", "adopted"):
        if isinstance(meta.get(name), str):
            try:
                dates[name] = parse_date(meta[name])
            except ValueProblem as problem:
                report.error(document.position((name,)), str(problem), "ungueltiges-datum")
    if meta.get("status") == "veroeffentlicht" and "published" not in meta:
        report.error(
            document.position(("status",)),
            "Eine veröffentlichte Handreichung braucht ein Veröffentlichungsdatum (published).",
            "pflichtfeld-fehlt",
            f"Beispiel: published: \"{today.isoformat()}\"",
        )
    for name, value in dates.items():
        if value > today:
            report.error(document.position((name,)), f"Das Datum {value.isoformat()} liegt in der Zukunft.", "datum-in-zukunft", "Tragen Sie das tatsächliche Datum ein.")
    if "published" in dates and "reviewed" in dates and dates["reviewed"] < dates["published"]:
        report.error(document.position(("reviewed",)), "Die letzte Prüfung (reviewed) liegt vor der Veröffentlichung (published).", "ende-vor-beginn", "reviewed ist das Datum der letzten inhaltlichen Prüfung, frühestens das Veröffentlichungsdatum.")
    last_review = dates.get("reviewed") or dates.get("published")
    if meta.get("status") == "veroeffentlicht" and last_review and review_due(last_review) < today:
        report.notice(
            document.position(("reviewed",) if "reviewed" in dates else ("published",)),
            f"Die Handreichung wurde seit {last_review.isoformat()} nicht mehr geprüft (länger als 18 Monate); ihre Seite zeigt einen Hinweis.",
            "pruefung-faellig",
            "Prüfen Sie den Inhalt und setzen Sie reviewed auf das Datum der Prüfung.",
        )


def _check_body(guide: GuideSource, report: Report) -> None:
    if not guide.body.strip():
        report.error(Position(guide.display, guide.body_line, 1), "Die Handreichung hat keinen Text.", "text-fehlt", "Schreiben Sie den Text unter die Kopfdaten.")
        return
    for offset, line in markdown_prose(guide.body):
        if re.match(r"^#\s", line):
            report.warning(
                Position(guide.display, guide.body_line + offset, 1),
                "Überschrift der ersten Ebene im Text: der Titel kommt schon aus den Kopfdaten.",
                "doppelter-titel",
                "Beginnen Sie Abschnitte mit „## “.",
            )
    check_text_body(guide.body, guide.body_line, guide.display, 1, report)


def check_text_body(text: str, first_line: int, display: str, level_before: int, report: Report) -> None:
    """The rules for any Markdown text written by hand (a guide, a page in docs/): no active HTML,
    nothing from other servers, images with a text alternative, no skipped heading level.
    `level_before` is the heading level the text starts under (1 below a guide's title)."""
    for offset, line in markdown_prose(text):
        for column, message, code, hint in text_problems(line):
            report.error(Position(display, first_line + offset, column), message, code, hint)
    for offset, level, previous in skipped_levels(markdown_prose(text), level_before):
        report.warning(
            Position(display, first_line + offset, 1),
            f"Die Überschrift der Ebene {level} folgt auf Ebene {previous}; dazwischen fehlt eine Ebene.",
            "ueberschrift-springt",
            f"Beginnen Sie sie mit „{'#' * (previous + 1)} “: wer mit einem Screenreader liest, springt an Überschriften entlang.",
        )
    for offset in tables_without_caption(markdown_prose(text)):
        report.warning(
            Position(display, first_line + offset, 1),
            "Die Tabelle hat keine Beschriftung: in der Liste der Tabellen eines Screenreaders steht sie ohne Namen.",
            "tabelle-ohne-beschriftung",
            "Schreiben Sie über die Tabelle einen Absatz „Tabelle: Worum es geht“ und darunter eine Leerzeile; er wird zur Beschriftung der Tabelle.",
        )


def check_repeated_titles(guides: list[GuideSource], report: Report) -> None:
    """Two guides with one title cannot be told apart in lists and search."""
    first: dict[str, GuideSource] = {}
    for guide in sorted(guides, key=lambda g: g.display):
        meta = guide.front_matter.data
        if not isinstance(meta, dict) or not isinstance(meta.get("title"), str):
            continue
        key = " ".join(meta["title"].split()).casefold()
        if key in first:
            report.warning(
                guide.front_matter.position(("title",)),
                f"Denselben Titel hat schon {first[key].display}.",
                "gleicher-titel",
                "Geben Sie der Handreichung einen eigenen Titel, oder führen Sie beide zusammen.",
            )
        else:
            first[key] = guide
