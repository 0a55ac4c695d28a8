"""Problems in the form of a YAML text – tabs, control characters, syntax errors – in German, at the right place."""

from __future__ import annotations

import yaml

from ..catalogue import ERROR, WORKSHOP, Example, events, rule
from ..diagnostics import Position, Report


def report_tabs(text: str, display: str, report: Report, line_offset: int) -> bool:
    found = False
    for number, line in enumerate(text.split("\n"), start=1):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent:
            found = True
            report.error(
                Position(display, number + line_offset, indent.index("\t") + 1),
                "Die Zeile ist mit einem Tabulator eingerückt; YAML erlaubt nur Leerzeichen.",
                "yaml-tab",
                "Ersetzen Sie den Tabulator durch Leerzeichen (je Ebene zwei).",
            )
    return found


def report_control_characters(text: str, display: str, report: Report, line_offset: int) -> bool:
    found = 0
    for number, line in enumerate(text.split("\n"), start=1):
        match = yaml.reader.Reader.NON_PRINTABLE.search(line)
        if match is None:
            continue
        found += 1
        report.error(
            Position(display, number + line_offset, match.start() + 1),
            f"Die Zeile enthält ein unsichtbares Steuerzeichen (U+{ord(match.group()):04X}).",
            "datei-steuerzeichen",
            "Löschen Sie das Zeichen; es stammt meist aus einem kopierten Text. Ist die Datei gar kein Text, ersetzen Sie sie.",
        )
        if found == 10:  # a binary file would otherwise give one message per line
            break
    return found > 0


_QUOTE_HINT = "Prüfen Sie, ob jeder Text, der mit \" beginnt, in derselben Zeile auch mit \" endet."

_SYNTAX_HINTS = {
    "mapping values are not allowed": (
        "Hier steht ein Doppelpunkt, wo keiner stehen darf.",
        "Setzen Sie Texte, die „: “ enthalten, in Anführungszeichen, z. B. title: \"Workshop: Low Code\".",
    ),
    "could not find expected ':'": (
        "Nach einem Feldnamen fehlt der Doppelpunkt.",
        "Schreiben Sie „name: wert“ – mit Doppelpunkt und Leerzeichen.",
    ),
    "did not find expected key": (
        "Die Einrückung stimmt nicht oder ein Wert ist unvollständig.",
        "Prüfen Sie, ob alle Felder eines Eintrags gleich weit eingerückt sind und Anführungszeichen geschlossen sind.",
    ),
    "did not find expected '-' indicator": (
        "Ein Listeneintrag ist falsch eingerückt.",
        "Alle Einträge einer Liste beginnen mit „- “ in derselben Spalte.",
    ),
    "did not find expected ',' or ']'": (
        "Eine Liste in eckigen Klammern wird nicht geschlossen.",
        "Schreiben Sie Listen als [eins, zwei] – mit schließender Klammer – oder als Zeilen mit „- “.",
    ),
    "did not find expected ',' or '}'": (
        "Ein Abschnitt in geschweiften Klammern wird nicht geschlossen.",
        "Prüfen Sie die schließende Klammer }.",
    ),
    "expected <block end>, but found": (
        "Die Einrückung stimmt nicht.",
        "Prüfen Sie, ob diese Zeile genauso weit eingerückt ist wie die anderen Felder desselben Eintrags.",
    ),
    "found unexpected end of stream": (
        "Die Datei endet mitten in einem Wert.",
        "Wahrscheinlich fehlt ein schließendes Anführungszeichen.",
    ),
    "found undefined alias": ("Ein Verweis mit „*“ zeigt ins Leere.", "Schreiben Sie den Wert aus; Verweise sind nicht erlaubt."),
    "expected a single document": (
        "Die Datei enthält mehr als ein YAML-Dokument (eine zweite Zeile „---“).",
        "Entfernen Sie die zusätzliche Zeile „---“.",
    ),
    "that cannot start any token": (
        "Ein Wert beginnt mit einem Zeichen wie „@“ oder „`“, das YAML hier nicht erlaubt.",
        "Setzen Sie den Wert in Anführungszeichen.",
    ),
    "while parsing a flow sequence": (
        "Eine Liste in eckigen Klammern wird nicht geschlossen oder ist fehlerhaft.",
        "Zu jeder „[“ gehört eine „]“ in derselben Zeile; Einträge werden durch Kommas getrennt.",
    ),
    "while parsing a flow mapping": (
        "Eine Angabe in geschweiften Klammern wird nicht geschlossen oder ist fehlerhaft.",
        "Zu jeder „{“ gehört eine „}“; Felder darin werden als „name: wert“ durch Kommas getrennt.",
    ),
}


def report_syntax_error(exc: yaml.MarkedYAMLError, text: str, display: str, report: Report, line_offset: int) -> None:
    if _report_open_quote(exc, text, display, report, line_offset):
        return
    mark = exc.problem_mark or exc.context_mark
    if exc.context and exc.context.startswith("while parsing a flow") and exc.context_mark is not None:
        mark = exc.context_mark  # where the bracket opens; YAML notices the problem only later
    position = Position(display, (mark.line + 1 if mark else 1) + line_offset, mark.column + 1 if mark else 1)
    problem = f"{exc.context or ''} {exc.problem or ''}"
    for needle, (message, hint) in _SYNTAX_HINTS.items():
        if needle in problem:
            report.error(position, message, "yaml-syntax", hint)
            return
    report.error(
        position,
        "Die YAML-Syntax ist hier fehlerhaft.",
        "yaml-syntax",
        "Vergleichen Sie die Zeile mit einem funktionierenden Eintrag derselben Datei; oft fehlen Anführungszeichen oder die Einrückung stimmt nicht.",
    )


def _report_open_quote(exc: yaml.MarkedYAMLError, text: str, display: str, report: Report, line_offset: int) -> bool:
    """An unclosed quote swallows the following lines; report it where it opens, not where YAML gives up."""
    if exc.context == "while scanning a quoted scalar" and exc.context_mark is not None:
        mark = exc.context_mark
        message = "Das Anführungszeichen wird nirgends geschlossen."
    else:
        token = _quoted_text_before(exc.problem_mark, text)
        if token is None:
            return False
        mark = token.start_mark
        message = (
            f"Das Anführungszeichen wird nicht in dieser Zeile geschlossen, sondern erst in Zeile "
            f"{token.end_mark.line + 1 + line_offset}; danach stimmt der Aufbau der Datei nicht mehr."
        )
    report.error(Position(display, mark.line + 1 + line_offset, mark.column + 1), message, "yaml-syntax", _QUOTE_HINT)
    return True


def _quoted_text_before(problem, text: str):  # noqa: ANN001, ANN202 - PyYAML's Mark and ScalarToken
    """The quoted text spanning several lines that ends on the line YAML gave up, if there is one."""
    if problem is None:
        return None
    last = None
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if token.start_mark.index >= problem.index:
                break
            last = token
    except yaml.YAMLError:
        pass
    if (
        isinstance(last, yaml.ScalarToken)
        and last.style in ("'", '"')
        and last.start_mark.line < last.end_mark.line == problem.line
    ):
        return last
    return None


# The rules of this module, as contributors read them on /mitmachen/meldungen/.
rule("yaml-tab", ERROR, "Tabulator in der Einrückung",
     "YAML rückt nur mit Leerzeichen ein; ein Tabulator sieht im Editor gleich aus, ist aber ein Fehler.",
     Example("events.yaml", WORKSHOP.replace("  format: online", "\tformat: online"), note="vor format steht ein Tabulator"),
     events(WORKSHOP))
rule("datei-steuerzeichen", ERROR, "Unsichtbares Steuerzeichen",
     "Beim Kopieren aus anderen Programmen geraten manchmal unsichtbare Steuerzeichen in den Text; sie erschienen als Kästchen.",
     Example("events.yaml", WORKSHOP.replace("Werkstatt Low", "Werkstatt\x07 Low"), note="im Titel steht das Steuerzeichen U+0007"),
     events(WORKSHOP))
