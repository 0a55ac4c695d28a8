"""Safe YAML loading that keeps every value as written, with its file, line and column.

PyYAML's constructors guess types (`17:30` becomes 1050, `01001` becomes 513, `Yes` becomes
True) and silently keep the last of two duplicate keys. We only compose the node tree and keep
every scalar as the text the contributor wrote; the schema decides later what it means.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.composer import Composer
from yaml.events import AliasEvent, MappingStartEvent, ScalarEvent, SequenceStartEvent
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from .diagnostics import Position, Report

# A path into the loaded data: keys and list indices, e.g. (3, "location", "city").
DataPath = tuple[Any, ...]

NULL_WORDS = {"", "~", "null", "Null", "NULL"}
BOM = b"\xef\xbb\xbf"


@dataclass
class SourceDocument:
    """The data of one YAML text, with the position of every value and key."""

    file: str
    data: Any
    values: dict[DataPath, Position] = field(default_factory=dict)
    keys: dict[DataPath, Position] = field(default_factory=dict)

    def position(self, path: DataPath) -> Position:
        """Position of the value at `path`, or of its nearest enclosing value."""
        path = tuple(path)
        while path not in self.values and path:
            path = path[:-1]
        return self.values.get(path, Position(self.file, 1, 1))

    def key_position(self, path: DataPath) -> Position:
        return self.keys.get(tuple(path)) or self.position(path)


def read_text(path: Path, display: str, report: Report) -> str | None:
    """Read a contributor's file as UTF-8 text; None (with a diagnostic) when that is impossible."""
    raw = path.read_bytes()
    if raw.startswith(BOM):
        report.error(
            Position(display, 1, 1),
            "Die Datei beginnt mit einer Byte-Order-Mark (BOM).",
            "datei-bom",
            "Speichern Sie die Datei als „UTF-8“ ohne BOM (im Editor meist „UTF-8“ statt „UTF-8 mit BOM“).",
        )
        raw = raw[len(BOM):]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        report.error(
            Position(display, line, column),
            f"Die Datei ist nicht in UTF-8 kodiert (unlesbares Byte 0x{raw[exc.start]:02x}).",
            "datei-kodierung",
            "Speichern Sie die Datei mit der Kodierung „UTF-8“; Umlaute werden sonst falsch gelesen.",
        )
        return None
    return text.replace("\r\n", "\n")


def load_yaml_file(path: Path, display: str, report: Report) -> SourceDocument | None:
    text = read_text(path, display, report)
    if text is None:
        return None
    return parse_yaml(text, display, report)


def parse_yaml(text: str, display: str, report: Report, line_offset: int = 0) -> SourceDocument | None:
    """Parse YAML text into a SourceDocument; report problems instead of raising."""
    if _report_tabs(text, display, report, line_offset):
        return None
    loader = _PositionLoader(text, display, report, line_offset)
    try:
        root = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        _report_syntax_error(exc, display, report, line_offset)
        return None
    except yaml.YAMLError as exc:  # errors without a mark
        report.error(Position(display, 1, 1), f"Die YAML-Syntax ist fehlerhaft: {exc}", "yaml-syntax")
        return None
    finally:
        loader.dispose()
    document = SourceDocument(display, None)
    if root is None:
        return document
    document.data = _to_data(root, (), document, report, line_offset)
    return document


class _PositionLoader(yaml.SafeLoader):
    """A composer that refuses anchors, aliases and explicit tags, with a diagnostic each."""

    def __init__(self, text: str, display: str, report: Report, line_offset: int):
        super().__init__(text)
        self._display = display
        self._report = report
        self._line_offset = line_offset

    def compose_node(self, parent, index):  # noqa: ANN001 - PyYAML's signature
        event = self.peek_event()
        if isinstance(event, AliasEvent):
            self.get_event()
            self._report.error(
                self._position(event.start_mark),
                f"Verweise mit „*{event.anchor}“ (YAML-Aliase) sind nicht erlaubt.",
                "yaml-anker",
                "Schreiben Sie den Wert an dieser Stelle vollständig aus.",
            )
            return ScalarNode("tag:yaml.org,2002:null", "", event.start_mark, event.end_mark)
        if isinstance(event, (ScalarEvent, SequenceStartEvent, MappingStartEvent)):
            if event.anchor is not None:
                self._report.error(
                    self._position(event.start_mark),
                    f"Anker „&{event.anchor}“ sind nicht erlaubt.",
                    "yaml-anker",
                    f"Entfernen Sie „&{event.anchor}“ und schreiben Sie Werte dort aus, wo sie gebraucht werden.",
                )
                event.anchor = None
            if event.tag not in (None, "!"):
                self._report.error(
                    self._position(event.start_mark),
                    f"Typangaben wie „{event.tag}“ sind nicht erlaubt.",
                    "yaml-typangabe",
                    "Entfernen Sie die Angabe mit „!“; Werte werden immer als Text gelesen und geprüft.",
                )
                event.tag = None
        return super().compose_node(parent, index)

    def _position(self, mark) -> Position:  # noqa: ANN001
        return Position(self._display, mark.line + 1 + self._line_offset, mark.column + 1)


def _to_data(node, path: DataPath, document: SourceDocument, report: Report, line_offset: int) -> Any:  # noqa: ANN001
    position = Position(document.file, node.start_mark.line + 1 + line_offset, node.start_mark.column + 1)
    document.values[path] = position
    if isinstance(node, ScalarNode):
        if node.style is None and node.value in NULL_WORDS:
            return None
        return node.value
    if isinstance(node, SequenceNode):
        return [_to_data(item, path + (i,), document, report, line_offset) for i, item in enumerate(node.value)]
    if isinstance(node, MappingNode):
        return _mapping_to_data(node, path, document, report, line_offset)
    return None


def _mapping_to_data(node: MappingNode, path: DataPath, document: SourceDocument, report: Report, line_offset: int) -> dict:
    result: dict[str, Any] = {}
    for key_node, value_node in node.value:
        key_position = Position(document.file, key_node.start_mark.line + 1 + line_offset, key_node.start_mark.column + 1)
        if not isinstance(key_node, ScalarNode) or key_node.value == "<<":
            report.error(
                key_position,
                "Hier steht kein einfacher Feldname.",
                "yaml-schluessel",
                "Ein Feld wird als „name: wert“ geschrieben; Zusammenführungen mit „<<“ sind nicht erlaubt.",
            )
            continue
        key = key_node.value
        if key in result:
            first = document.keys[path + (key,)]
            report.error(
                key_position,
                f"Das Feld „{key}“ steht doppelt in diesem Eintrag (zuerst in Zeile {first.line}).",
                "yaml-doppelter-schluessel",
                "Löschen Sie eine der beiden Zeilen; sonst würde eine stillschweigend verworfen.",
            )
            continue
        document.keys[path + (key,)] = key_position
        result[key] = _to_data(value_node, path + (key,), document, report, line_offset)
    return result


def _report_tabs(text: str, display: str, report: Report, line_offset: int) -> bool:
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


_SYNTAX_HINTS = {
    "mapping values are not allowed here": (
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
    "found character '@' that cannot start any token": (
        "Ein Wert beginnt mit „@“.",
        "Setzen Sie den Wert in Anführungszeichen.",
    ),
    "found character '`' that cannot start any token": (
        "Ein Wert beginnt mit „`“.",
        "Setzen Sie den Wert in Anführungszeichen.",
    ),
    "while scanning a quoted scalar": (
        "Ein Anführungszeichen wird nicht geschlossen.",
        "Prüfen Sie, ob jeder Text, der mit \" beginnt, auch mit \" endet.",
    ),
}


def _report_syntax_error(exc: yaml.MarkedYAMLError, display: str, report: Report, line_offset: int) -> None:
    mark = exc.problem_mark or exc.context_mark
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
