"""Rules for the guides in handreichungen/ beyond the schema."""

from __future__ import annotations

import re
from datetime import date

from dateutil.relativedelta import relativedelta

from ..model import addresses
from ..catalogue import ERROR, GUIDE, MEMBER, NOTICE, WARNING, Example, guide as guide_example, rule
from ..diagnostics import Position, Report
from ..source.guide_source import GuideSource
from ..model.hub import Vocabulary
from .references import check_references, check_texts, check_vocabulary
from ..source.sections import skipped_levels
from .markup import markdown_problems, may_render_markup, rendered_problems
from ..source.rendering import MarkdownRenderer
from ..source.text_safety import markdown_prose
from ..source.table_captions import tables_without_caption
from ..model.values import ValueProblem, parse_date

SLUG_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
REVIEW_PERIOD = relativedelta(months=18)


def review_due(last_review: date) -> date:
    return last_review + REVIEW_PERIOD


def check_guide(
    guide: GuideSource, schema: dict, vocabulary: Vocabulary | None, members: dict | None, today: date, report: Report, renderer: MarkdownRenderer | None = None
) -> None:
    meta = guide.front_matter.data
    if not SLUG_RE.match(guide.slug):
        report.error(
            Position(guide.display, 1, 1),
            f"Der Dateiname „{guide.path.name}“ taugt nicht als Adresse.",
            "dateiname-ungueltig",
            "Nur Kleinbuchstaben, Ziffern und Bindestriche, z. B. handreichungen/low-code-einfuehren.md.",
        )
    if guide.slug in addresses.RESERVED["guide"]:
        report.error(
            Position(guide.display, 1, 1),
            f"Der Dateiname „{guide.path.name}“ ist vergeben: unter dieser Adresse steht die Übersicht der Handreichungen.",
            "dateiname-vergeben",
            "Benennen Sie die Datei nach ihrem Thema, z. B. handreichungen/low-code-einfuehren.md.",
        )
    if not isinstance(meta, dict):
        return
    document = guide.front_matter
    check_texts(document, schema, report, renderer)
    check_vocabulary(document, schema, vocabulary, report)
    check_references(document, ("authors",), meta.get("authors"), None if members is None else members.keys(), "Das Mitglied", "members.yaml", report)
    check_references(document, ("signatories",), meta.get("signatories"), None if members is None else members.keys(), "Das Mitglied", "members.yaml", report)
    if vocabulary is not None:
        _check_fields_of_other_kinds(document, meta, schema, vocabulary, report)
    _check_industry_disclosure(document, meta, members, vocabulary, report)
    _check_dates(guide, meta, today, report)
    _check_period(document, meta, report)
    _check_survey_counts(document, meta, report)
    _check_body(guide, report, renderer)


def kind_fields(schema: dict) -> dict[str, list[str]]:
    """The fields each kind of publication needs, read from the schema's if/then rules."""
    fields: dict[str, list[str]] = {}
    for rule in schema.get("allOf", []):
        kind = rule.get("if", {}).get("properties", {}).get("kind", {}).get("const")
        if kind:
            fields[kind] = rule.get("then", {}).get("required", [])
    return fields


def _check_fields_of_other_kinds(document, meta: dict, schema: dict, vocabulary: Vocabulary, report: Report) -> None:  # noqa: ANN001
    """A field of another kind (a sample in a guide) would be ignored: probably the kind is wrong."""
    kind = meta.get("kind", "handreichung")
    if not isinstance(kind, str) or kind not in vocabulary.publication_types:
        return
    by_kind = kind_fields(schema)
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
                days[name] = document.typed[("period", name)] = parse_date(period[name])
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
                report.error(document.position(("results", i, "answer")), f"Die Antwort „{answer}“ steht zweimal in den Ergebnissen.", "doppelter-listeneintrag", "Führen Sie beide Zeilen zusammen.")
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
                dates[name] = document.typed[(name,)] = parse_date(meta[name])
            except ValueProblem as problem:
                report.error(document.position((name,)), str(problem), "ungueltiges-datum")
    for name, value in dates.items():
        if value > today:
            report.error(document.position((name,)), f"Das Datum {value.isoformat()} liegt in der Zukunft.", "datum-in-zukunft", "Tragen Sie das tatsächliche Datum ein.")
    if "published" in dates and "reviewed" in dates and dates["reviewed"] < dates["published"]:
        report.error(document.position(("reviewed",)), "Die letzte Prüfung (reviewed) liegt vor der Veröffentlichung (published).", "pruefung-vor-veroeffentlichung", "reviewed ist das Datum der letzten inhaltlichen Prüfung, frühestens das Veröffentlichungsdatum.")
    last_review = dates.get("reviewed") or dates.get("published")
    if meta.get("status") == "veroeffentlicht" and last_review and review_due(last_review) < today:
        report.notice(
            document.position(("reviewed",) if "reviewed" in dates else ("published",)),
            f"Die Handreichung wurde seit {last_review.isoformat()} nicht mehr geprüft (länger als 18 Monate); ihre Seite zeigt einen Hinweis.",
            "pruefung-faellig",
            "Prüfen Sie den Inhalt und setzen Sie reviewed auf das Datum der Prüfung.",
        )


def _check_body(guide: GuideSource, report: Report, renderer: MarkdownRenderer | None) -> None:
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
    check_text_body(guide.body, guide.body_line, guide.display, 1, report, renderer)


def check_text_body(text: str, first_line: int, display: str, level_before: int, report: Report, renderer: MarkdownRenderer | None = None) -> None:
    """The rules for any Markdown text written by hand (a guide, a page in docs/): no active HTML,
    nothing from other servers, images with a text alternative, no skipped heading level.
    `level_before` is the heading level the text starts under (1 below a guide's title)."""
    problems = markdown_problems(text)
    if renderer is not None and may_render_markup(text):
        problems += rendered_problems(text, renderer(text), problems)
    for problem in problems:
        report.error(Position(display, first_line + problem.line - 1, problem.column), problem.message, problem.code, problem.hint)
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


# The rules of this module, as contributors read them on /mitmachen/meldungen/.
rule("dateiname-ungueltig", ERROR, "Dateiname taugt nicht als Adresse",
     "Der Dateiname einer Handreichung wird ihre Adresse: nur Kleinbuchstaben, Ziffern und Bindestriche, ohne Umlaute und Leerzeichen.",
     guide_example(GUIDE, name="Low_Code einführen.md"), guide_example(GUIDE, name="low-code-einfuehren.md"))
rule("dateiname-vergeben", ERROR, "Dateiname ist vergeben",
     "handreichungen/index.md ist die Übersicht aller Handreichungen; eine Handreichung heißt nach ihrem Thema.",
     guide_example(GUIDE, name="index.md"), guide_example(GUIDE, name="low-code-einfuehren.md"))
rule("offenlegung-fehlt", ERROR, "Offenlegung fehlt",
     "Kommt eine Autorin oder ein Autor aus der Wirtschaft (Organisationsart mit industry: true), legt die Handreichung "
     "mögliche Interessenkonflikte offen (disclosure).",
     Example("members.yaml", MEMBER.replace("organisation_type: landkreis", "organisation_type: wirtschaft"), also=(guide_example(GUIDE),)),
     Example("members.yaml", MEMBER.replace("organisation_type: landkreis", "organisation_type: wirtschaft"),
             also=(guide_example(GUIDE.replace("status:", "disclosure: Die Autorin arbeitet für einen Anbieter von Low-Code-Plattformen.\nstatus:")),)))
rule("datum-in-zukunft", ERROR, "Datum in der Zukunft",
     "Veröffentlicht, beschlossen und geprüft wird eine Handreichung an einem Tag, der schon war; ebenso wird eine "
     "Veranstaltung an einem Tag angekündigt (announced), der schon war.",
     guide_example(GUIDE.replace('published: "2026-10-01"', 'published: "2099-10-01"')), guide_example(GUIDE))
rule("pruefung-vor-veroeffentlichung", ERROR, "Prüfung vor der Veröffentlichung",
     "reviewed ist das Datum der letzten inhaltlichen Prüfung, frühestens das Veröffentlichungsdatum.",
     guide_example(GUIDE.replace('published: "2026-10-01"', 'published: "2026-10-01"\nreviewed: "2026-09-01"')),
     guide_example(GUIDE.replace('published: "2026-10-01"', 'published: "2026-10-01"\nreviewed: "2026-11-01"')))
rule("pruefung-faellig", NOTICE, "Prüfung fällig",
     "Eine Handreichung, die seit 18 Monaten nicht geprüft wurde, zeigt auf ihrer Seite einen Hinweis. Prüfen Sie den Inhalt "
     "und setzen Sie reviewed auf das Datum der Prüfung. Ein Hinweis lässt den Bau nie scheitern.",
     guide_example(GUIDE.replace('published: "2026-10-01"', 'published: "2024-01-15"')),
     guide_example(GUIDE.replace('published: "2026-10-01"', 'published: "2024-01-15"\nreviewed: "2026-10-01"')))
rule("text-fehlt", ERROR, "Handreichung ohne Text",
     "Unter den Kopfdaten steht der Text der Handreichung.",
     guide_example(GUIDE.split("## Zuerst")[0]), guide_example(GUIDE))
rule("doppelter-titel", WARNING, "Überschrift der ersten Ebene im Text",
     "Den Titel setzt die Seite aus den Kopfdaten; Abschnitte im Text beginnen mit „## “.",
     guide_example(GUIDE.replace("## Zuerst klären", "# Low Code einführen\n\n## Zuerst klären")), guide_example(GUIDE))
rule("ueberschrift-springt", WARNING, "Überschrift überspringt eine Ebene",
     "Wer mit einem Screenreader liest, springt an Überschriften entlang; auf „## “ folgt „### “, nicht „#### “.",
     guide_example(GUIDE.replace("## Zuerst klären", "#### Zuerst klären")), guide_example(GUIDE))
rule("tabelle-ohne-beschriftung", WARNING, "Tabelle ohne Beschriftung",
     "Ein Screenreader listet die Tabellen einer Seite mit ihrer Beschriftung. Ein Absatz „Tabelle: …“ "
     "direkt über der Tabelle (mit einer Leerzeile dazwischen) wird zu ihrer Beschriftung.",
     guide_example(GUIDE + "\n| Ablauf | Eignung |\n|---|---|\n| Antrag | gut |\n"),
     guide_example(GUIDE + "\nTabelle: Abläufe und ihre Eignung\n\n| Ablauf | Eignung |\n|---|---|\n| Antrag | gut |\n"))
rule("gleicher-titel", WARNING, "Zwei Handreichungen mit einem Titel",
     "In Listen und in der Suche ließen sich die beiden nicht unterscheiden.",
     guide_example(GUIDE, also=(guide_example(GUIDE, name="low-code-betreiben.md"),)),
     guide_example(GUIDE, also=(guide_example(GUIDE.replace("title: Low Code einführen", "title: Low Code betreiben"), name="low-code-betreiben.md"),)))

# A survey of the minimal hub's kind „umfrageergebnis“, and the fields a short study needs.
SURVEY = GUIDE.replace("status:", """kind: umfrageergebnis
question: Welches Werkzeug nutzen Sie?
responses: 20
period: {start: "2026-03-01", end: "2026-04-30"}
results: [{answer: Eines, count: 12}, {answer: Keines, count: 8}]
status:""")
STUDY_FIELDS = """question: Wie arbeiten kommunale CDOs?
method: Interviews mit zehn CDOs
sample: 10 Landkreise
period: {start: "2026-03-01", end: "2026-04-30"}
status:"""
rule("feld-passt-nicht-zur-art", ERROR, "Feld einer anderen Art von Veröffentlichung",
     "Jede Art von Veröffentlichung (kind) hat eigene Felder, etwa die Stichprobe (sample) einer Kurzstudie. Steht ein solches "
     "Feld bei einer anderen Art, ist meist die Art falsch: ohne kind ist eine Veröffentlichung eine Handreichung.",
     guide_example(GUIDE.replace("status:", STUDY_FIELDS)),
     guide_example(GUIDE.replace("status:", "kind: kurzstudie\n" + STUDY_FIELDS)))
rule("mehr-nennungen-als-antworten", ERROR, "Mehr Nennungen als Antworten",
     "Bei einem Umfrageergebnis kann keine Antwort öfter gewählt worden sein, als Menschen geantwortet haben (responses); "
     "zusammen nicht mehr als responses, außer es waren mehrere Antworten möglich (multiple_choice: true).",
     guide_example(SURVEY.replace("count: 8", "count: 18")),
     guide_example(SURVEY.replace("count: 8", "count: 18").replace("status:", "multiple_choice: true\nstatus:")))
