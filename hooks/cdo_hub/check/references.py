"""Checks shared by all content files: unique ids, known references, safe text."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from typing import Any

from ..catalogue import ERROR, WARNING, WORKSHOP, events, rule
from ..diagnostics import Position, Report
from ..model.addresses import RESERVED
from ..model.hub import Term, Vocabulary
from .suggestions import meant_term, slug
from .schema_check import is_markdown, markdown_field_names, resolve, subschema
from .markup import markdown_problems, may_render_markup, rendered_problems
from ..source.rendering import MarkdownRenderer
from ..source.text_safety import PLAIN_TEXT_MARKUP_RE
from ..source.yaml_source import DataPath, SourceDocument

# Fields checked by the schema as links or paths; free-text checks would only repeat that.
LINK_FIELDS = {"url", "website", "linkedin", "email", "src"}


def did_you_mean(value: str, known: Iterable[str] | Mapping[str, Term], where: str) -> str:
    """A hint that names a valid id: the closest id, or for a vocabulary also the entry whose title is
    closest; otherwise where the ids are listed (and, when they are few, the ids themselves)."""
    spellings = {ident: ident for ident in known}
    if isinstance(known, Mapping):
        spellings |= {term.title.casefold(): term.id for term in known.values()}
    close = difflib.get_close_matches(value.casefold() if isinstance(known, Mapping) else value, sorted(spellings), n=1, cutoff=0.6)
    if close:
        return f"Meinten Sie „{spellings[close[0]]}“?"
    # „stadt“ for „kreisfreie-stadt“: a word of exactly one id.
    containing = [ident for ident in known if slug(value) and slug(value) in ident.split("-")]
    if len(containing) == 1:
        return f"Meinten Sie „{containing[0]}“?"
    if isinstance(known, Mapping) and len(known) <= LISTED_IDS:
        return f"Erwartet wird eine Kennung aus {where}: {', '.join(sorted(known))}."
    return f"Erwartet wird eine Kennung (Kleinbuchstaben und Bindestriche); die bekannten stehen in {where}."


# Vocabularies up to this size are listed in full in a hint.
LISTED_IDS = 20


def check_reference(
    document: SourceDocument, path: DataPath, value: Any, known: Iterable[str] | Mapping[str, Term] | None, what: str, where: str, report: Report
) -> None:
    """Report `value` when it is not one of `known` (None: the target file itself is broken). For a
    vocabulary, a title or abbreviation in place of the id is answered with that id."""
    if known is None or not isinstance(value, str) or value in known:
        return
    meant = meant_term(value, known) if isinstance(known, Mapping) else None
    if meant is not None:
        report.error(
            document.position(path),
            f"„{value}“ ist keine Kennung; hier steht die Kennung aus {where}, nicht Name oder Abkürzung.",
            "kennung-erwartet",
            f"Meinten Sie „{meant}“?" + (f" Das ist die Kennung für „{known[meant].title}“." if value != known[meant].title else ""),
        )
        return
    report.error(
        document.position(path),
        f"{what} „{value}“ gibt es nicht.",
        "unbekannte-kennung",
        did_you_mean(value, known if isinstance(known, Mapping) else set(known), where),
    )


def check_references(document, path, values, known, what, where, report) -> None:  # noqa: ANN001
    if isinstance(values, list):
        for i, value in enumerate(values):
            check_reference(document, path + (i,), value, known, what, where, report)


# How a message names a value of each vocabulary list: „Das Thema „x“ gibt es nicht.“
VOCABULARY_NOUNS = {
    "event_types": "Die Veranstaltungsart",
    "topics": "Das Thema",
    "states": "Das Bundesland",
    "organisation_types": "Die Organisationsart",
    "tool_categories": "Die Werkzeugkategorie",
    "publication_types": "Die Art",
}


def check_vocabulary(document: SourceDocument, schema: dict, vocabulary: Vocabulary | None, report: Report) -> None:
    """Every field the schema marks with `x-vocabulary` holds an id of that vocabulary list: the one
    place where a vocabulary value is checked, for every content file (see check_reference)."""
    if vocabulary is not None:
        _check_vocabulary(document, document.data, resolve(schema, schema), schema, (), vocabulary, report)


def _check_vocabulary(document, value, schema, root, path, vocabulary, report) -> None:  # noqa: ANN001
    name = schema.get("x-vocabulary")
    if name is not None:
        where = f"vokabular.yaml unter „{name}“"
        check_reference(document, path, value, getattr(vocabulary, name), VOCABULARY_NOUNS[name], where, report)
    elif isinstance(value, dict):
        properties = schema.get("properties", {})
        for key, item in value.items():
            if key in properties:
                _check_vocabulary(document, item, resolve(properties[key], root), root, path + (key,), vocabulary, report)
    elif isinstance(value, list) and "items" in schema:
        items = resolve(schema["items"], root)
        for i, item in enumerate(value):
            _check_vocabulary(document, item, items, root, path + (i,), vocabulary, report)


def check_unique_ids(document: SourceDocument, report: Report, what: str, reserved: set[str] = frozenset()) -> None:
    if not isinstance(document.data, list):
        return
    for i, entry in enumerate(document.data):
        if isinstance(entry, dict) and isinstance(entry.get("id"), str) and entry["id"] in reserved:
            report.error(
                document.position((i, "id")),
                f"Die Kennung „{entry['id']}“ ist vergeben: unter dieser Adresse steht schon eine Übersicht oder der Kalender.",
                "kennung-reserviert",
                "Wählen Sie eine sprechende Kennung, z. B. mit Thema und Jahr.",
            )
    first_line: dict[str, int] = {}
    for i, entry in enumerate(document.data):
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            continue
        ident = entry["id"]
        position = document.position((i, "id"))
        if ident in first_line:
            report.error(
                position,
                f"Die Kennung „{ident}“ ist schon vergeben ({what} in Zeile {first_line[ident]}).",
                "doppelte-kennung",
                "Jede Kennung darf nur einmal vorkommen; hängen Sie z. B. das Jahr an.",
            )
        else:
            first_line[ident] = position.line


def check_repeated_entries(document: SourceDocument, fields: tuple[str, ...], what: str, report: Report) -> None:
    """Warn when two entries agree in all `fields` (case and spacing aside): usually a copied entry
    whose date or name was not changed, which would show the same thing twice."""
    if not isinstance(document.data, list):
        return
    first_line: dict[tuple, int] = {}
    for i, entry in enumerate(document.data):
        if not isinstance(entry, dict) or not all(isinstance(entry.get(f), str) for f in fields):
            continue
        key = tuple(" ".join(entry[f].split()).casefold() for f in fields)
        position = document.position((i,))
        if key in first_line:
            report.warning(
                position,
                f"{what} mit denselben Angaben ({', '.join(fields)}) steht schon in Zeile {first_line[key]}.",
                "doppelter-eintrag",
                "Wurde ein Eintrag kopiert und nicht angepasst? Löschen Sie die Wiederholung oder ändern Sie die Angaben.",
            )
        else:
            first_line[key] = position.line


def check_texts(document: SourceDocument, schema: dict, report: Report, renderer: MarkdownRenderer | None = None) -> None:
    """Check every free-text value of a YAML document: no active HTML, no unsafe links, and in
    plain-text fields no markup that would appear literally on the page."""
    # Which fields are Markdown depends on the field, not on the entry: look it up once per field.
    markdown: dict[DataPath, bool] = {}
    for path, value in _strings(document.data, ()):
        if path and path[-1] in LINK_FIELDS:
            continue
        field = tuple(0 if isinstance(part, int) else part for part in path)
        if field not in markdown:
            markdown[field] = is_markdown(schema, path)
        # The text as written gives exact lines and columns, also inside quotes and folded blocks.
        pieces = document.source_pieces(path)
        found = set()
        for problem in markdown_problems("\n".join(written for _, _, written in pieces)):
            line, start, _ = pieces[problem.line - 1]
            report.error(Position(document.file, line, start + problem.column), problem.message, problem.code, problem.hint)
            found.add(problem.key)
        # What shows only once YAML has joined lines or resolved escapes is reported at the field.
        problems = markdown_problems(value)
        if renderer is not None and markdown[field] and may_render_markup(value):
            problems += rendered_problems(value, renderer(value), problems)
        for problem in problems:
            if problem.key not in found:
                report.error(document.position(path), problem.message, problem.code, problem.hint)
                found.add(problem.key)
        if not found and not markdown[field]:
            _check_plain_text(document, path, value, schema, report)
        if path in document.trailing_comments and _is_free_text(schema, path):
            _report_dropped_comment(document, path, value, report)


def _is_free_text(schema: dict, path: DataPath) -> bool:
    """A text field as people write it (a title, a name), not an id, date, choice or link."""
    field_schema = subschema(schema, path)
    return field_schema.get("type") == "string" and not ({"pattern", "enum", "format"} & field_schema.keys())


def _report_dropped_comment(document: SourceDocument, path: DataPath, value: str, report: Report) -> None:
    position, comment = document.trailing_comments[path]
    name = str(path[-1]) if not isinstance(path[-1], int) else str(path[-2])
    report.warning(
        position,
        f"Der Text ab „#“ gilt in YAML als Kommentar und fehlt in „{name}“: „{comment}“.",
        "kommentar-im-text",
        f"Setzen Sie den ganzen Text in Anführungszeichen, z. B. {name}: \"{value} {comment}\".",
    )


def _check_plain_text(document: SourceDocument, path: DataPath, value: str, schema: dict, report: Report) -> None:
    markup = PLAIN_TEXT_MARKUP_RE.search(value)
    if markup is None:
        return
    name = ".".join(str(p) for p in path if not isinstance(p, int)) or "Eintrag"
    markdown_fields = " und ".join(markdown_field_names(schema))
    position = document.position(path)
    for line, start, written in document.source_pieces(path):
        if (written_markup := PLAIN_TEXT_MARKUP_RE.search(written)) is not None:
            position = Position(document.file, line, start + written_markup.start() + 1)
            break
    report.warning(
        position,
        f"„{name}“ ist reiner Text: „{markup.group(0)}“ erschiene so auf der Seite.",
        "auszeichnung-in-text",
        "Entfernen Sie die Auszeichnung; Hervorhebungen und Links sind nur "
        + (f"in {markdown_fields} möglich." if markdown_fields else "im Text unter den Kopfdaten möglich."),
    )


def _strings(value: Any, path: DataPath):  # noqa: ANN202
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, path + (key,))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _strings(item, path + (i,))


# The rules of this module, as contributors read them on /mitmachen/meldungen/.
_RESERVED_KINDS = {"guide": "Handreichungen", "event": "Veranstaltungen", "member": "Mitglieder", "topic": "Themen"}
rule("unbekannte-kennung", ERROR, "Unbekannte Kennung",
     "Themen, Veranstaltungsarten, Organisationsarten, Werkzeugkategorien und Bundesländer stehen in vokabular.yaml, "
     "Mitglieder in members.yaml. Ein Verweis nennt deren Kennung genau so, wie sie dort steht.",
     events(WORKSHOP + "  topics: [lowcode]\n"), events(WORKSHOP + "  topics: [low-code]\n"))
rule("kennung-reserviert", ERROR, "Kennung ist vergeben",
     "Einige Kennungen sind Adressen von Übersichten, Filterseiten oder des Kalender-Abos und stehen nicht zur Wahl: "
     + "; ".join(f"für {_RESERVED_KINDS[kind]} {', '.join(sorted(ids))}" for kind, ids in RESERVED.items()) + ".",
     events(WORKSHOP.replace("id: werkstatt-low-code-2027", "id: kalender")), events(WORKSHOP))
rule("doppelte-kennung", ERROR, "Kennung doppelt",
     "Jede Kennung bildet eine Adresse und darf nur einmal vorkommen.",
     events(WORKSHOP + WORKSHOP.replace("title: Werkstatt Low Code", "title: Zweite Werkstatt Low Code")),
     events(WORKSHOP + WORKSHOP.replace("title: Werkstatt Low Code", "title: Zweite Werkstatt Low Code").replace("id: werkstatt-low-code-2027\n  title: Zweite", "id: werkstatt-low-code-2027-2\n  title: Zweite")))
rule("doppelter-eintrag", WARNING, "Eintrag wiederholt",
     "Zwei Einträge mit denselben Angaben (eine Veranstaltung mit Titel und Beginn, ein Mitglied mit Name und Organisation) "
     "sind meist eine Kopie, die nicht angepasst wurde; die Website zeigte dasselbe zweimal.",
     events(WORKSHOP + WORKSHOP.replace("id: werkstatt-low-code-2027", "id: werkstatt-low-code-2027-2")),
     events(WORKSHOP + WORKSHOP.replace("id: werkstatt-low-code-2027", "id: werkstatt-low-code-2027-2").replace("2027-03-04 10:00", "2027-04-01 10:00")))
rule("kommentar-im-text", WARNING, "Text nach „#“ fehlt",
     "In YAML beginnt mit „ #“ ein Kommentar: der Rest der Zeile fehlt im Text. Setzen Sie den ganzen Text in Anführungszeichen.",
     events(WORKSHOP.replace("title: Werkstatt Low Code", "title: Werkstatt Low Code #2")),
     events(WORKSHOP.replace("title: Werkstatt Low Code", 'title: "Werkstatt Low Code #2"')))
rule("auszeichnung-in-text", WARNING, "Auszeichnung in reinem Text",
     "Felder wie Titel, Name oder Organisation sind reiner Text: Markdown oder HTML erschiene dort so, wie es geschrieben ist. "
     "Hervorhebungen und Links sind nur in Beschreibungen und Kurzprofilen möglich.",
     events(WORKSHOP.replace("title: Werkstatt Low Code", "title: Werkstatt **Low Code**")), events(WORKSHOP))
rule("kennung-erwartet", ERROR, "Name statt Kennung",
     "Wo ein Wert aus vokabular.yaml stammt, steht seine Kennung (id), nicht sein Titel oder eine Abkürzung. Die Meldung nennt die passende Kennung.",
     events(WORKSHOP.replace("type: workshop", "type: Workshop")), events(WORKSHOP))
