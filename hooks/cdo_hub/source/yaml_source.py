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
from yaml.events import AliasEvent, DocumentStartEvent, MappingEndEvent, MappingStartEvent, ScalarEvent, SequenceEndEvent, SequenceStartEvent
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from ..catalogue import ERROR, WORKSHOP, Example, events, rule
from ..diagnostics import Position, Report
from .yaml_problems import report_control_characters, report_syntax_error, report_tabs

# A path into the loaded data: keys and list indices, e.g. (3, "location", "city").
DataPath = tuple[Any, ...]

NULL_WORDS = {"", "~", "null", "Null", "NULL"}
BOM = b"\xef\xbb\xbf"
# Deeper nesting is never meant in our files; it would only exhaust Python's recursion limit.
MAX_DEPTH = 40
# Hand-written content stays far below this; parsing much more would only stall the check.
MAX_FILE_BYTES = 2_000_000


class Invalid:
    """Marks a value that already produced a diagnostic; the schema and rules must not report it again.

    It is falsy and iterates as empty, so a rule that reads `entry.get("tools") or []` simply skips it."""

    def __repr__(self) -> str:
        return "<ungültig>"

    def __bool__(self) -> bool:
        return False

    def __iter__(self):  # noqa: ANN204
        return iter(())


INVALID = Invalid()


@dataclass
class SourceDocument:
    """The data of one YAML text, with the position of every value and key."""

    file: str
    data: Any
    values: dict[DataPath, Position] = field(default_factory=dict)
    keys: dict[DataPath, Position] = field(default_factory=dict)
    # Where each text value stands in the source: (first line, first column, last line, end column),
    # lines 1-based as in Position, columns 0-based; and the source lines they index.
    spans: dict[DataPath, tuple[int, int, int, int]] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)
    line_offset: int = 0
    # Unquoted values followed by „ # …“ on their line: YAML drops that part as a comment. Position of
    # the „#“ and the dropped text, by the value's path.
    trailing_comments: dict[DataPath, tuple[Position, str]] = field(default_factory=dict)
    # Values the rules parsed (dates, moments), by path: parsed once, used again by the model.
    typed: dict[DataPath, Any] = field(default_factory=dict)

    def position(self, path: DataPath) -> Position:
        """Position of the value at `path`, or of its nearest enclosing value."""
        path = tuple(path)
        while path not in self.values and path:
            path = path[:-1]
        return self.values.get(path, Position(self.file, 1, 1))

    def key_position(self, path: DataPath) -> Position:
        return self.keys.get(tuple(path)) or self.position(path)

    def source_pieces(self, path: DataPath) -> list[tuple[int, int, str]]:
        """The text value at `path` as written, line by line: (line, 0-based column, raw text)."""
        span = self.spans.get(tuple(path))
        if span is None:
            return []
        first_line, first_column, last_line, end_column = span
        pieces = []
        for number in range(first_line, last_line + 1):
            index = number - 1 - self.line_offset
            text = self.lines[index] if 0 <= index < len(self.lines) else ""
            start = first_column if number == first_line else 0
            end = end_column if number == last_line else len(text)
            pieces.append((number, start, text[start:end]))
        return pieces


def too_large(path: Path, display: str, limit: int, hint: str, report: Report) -> bool:
    """Report a file larger than `limit` bytes (before anything reads it); True when it is."""
    size = path.stat().st_size
    if size <= limit:
        return False
    report.error(
        Position(display, 1, 1),
        f"Die Datei ist {size / 1e6:.1f} MB groß; erlaubt sind höchstens {limit // 1_000_000} MB.".replace(".", ",", 1),
        "datei-zu-gross",
        hint,
    )
    return True


def read_text(path: Path, display: str, report: Report) -> str | None:
    """Read a contributor's file as UTF-8 text; None (with a diagnostic) when that is impossible."""
    if too_large(path, display, MAX_FILE_BYTES, "Prüfen Sie, ob versehentlich etwas anderes in die Datei kopiert wurde; Bilder gehören nach docs/.", report):
        return None
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
        before = raw[raw.rfind(b"\n", 0, exc.start) + 1 : exc.start]
        column = len(before.decode("utf-8", errors="replace")) + 1  # in characters, as editors count
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
    if report_tabs(text, display, report, line_offset) | report_control_characters(text, display, report, line_offset):
        return None
    lines = text.split("\n")
    try:
        # One pass reads the data of a plain file (the usual case) while checking it; anything unusual
        # (an anchor, a repeated field, …) is read again by composing the node tree, as before.
        document = SourceDocument(display, None, lines=lines, line_offset=line_offset)
        if not _check_events(text, display, report, line_offset, document):
            return None
        if document.data is _UNREAD:
            root = yaml.compose(text, Loader=_LOADER)
            document = SourceDocument(display, None, lines=lines, line_offset=line_offset)
            if root is not None:
                document.data = _to_data(root, (), document, report, line_offset, set())
    except yaml.MarkedYAMLError as exc:
        report_syntax_error(exc, text, display, report, line_offset)
        return None
    except yaml.YAMLError:  # errors without a mark
        report.error(Position(display, 1 + line_offset, 1), "Die YAML-Syntax ist fehlerhaft.", "yaml-syntax")
        return None
    return document


class _Unread:
    """The data of a document the single pass left to the composer."""


_UNREAD = _Unread()


# LibYAML's parser is about ten times faster than the pure-Python one; both give the same marks.
_BASE_LOADER = yaml.CSafeLoader if getattr(yaml, "__with_libyaml__", False) else yaml.SafeLoader


class _Loader(_BASE_LOADER):  # type: ignore[misc, valid-type]
    """Composes without guessing types: every node keeps its text, so the resolver's pattern matching
    for each scalar (the composer's largest cost) would only compute a tag nothing reads."""

    def resolve(self, kind, value, implicit):  # noqa: ANN001, ANN201
        return _PLAIN_TAGS[kind]


_PLAIN_TAGS = {ScalarNode: "tag:yaml.org,2002:str", SequenceNode: "tag:yaml.org,2002:seq", MappingNode: "tag:yaml.org,2002:map"}
_LOADER = _Loader


def _check_events(text: str, display: str, report: Report, line_offset: int, document: SourceDocument) -> bool:
    """Report anchors, aliases, explicit tags and absurd nesting; False when nesting is too deep to compose.

    Reads the data into `document` on the way, or leaves it _UNREAD where composing must decide
    (anchors and aliases, keys that are not plain names, repeated keys, several documents)."""
    depth = 0
    builder: _Builder | None = _Builder(document, line_offset)
    for event in yaml.parse(text, Loader=_LOADER):
        if builder is not None and not builder.take(event):
            builder = None
        kind = type(event)
        if kind is ScalarEvent and event.anchor is None and event.tag in (None, "!"):
            continue  # the most frequent event, and nothing to report about it
        position = Position(display, event.start_mark.line + 1 + line_offset, event.start_mark.column + 1)
        if kind is AliasEvent:
            report.error(
                position,
                f"Verweise mit „*{event.anchor}“ (YAML-Aliase) sind nicht erlaubt.",
                "yaml-anker",
                "Schreiben Sie den Wert an dieser Stelle vollständig aus.",
            )
            continue
        if isinstance(event, (SequenceEndEvent, MappingEndEvent)):
            depth -= 1
            continue
        if not isinstance(event, (ScalarEvent, SequenceStartEvent, MappingStartEvent)):
            continue
        if not isinstance(event, ScalarEvent):
            depth += 1
            if depth > MAX_DEPTH:
                report.error(
                    position,
                    f"Die Daten sind hier tiefer als {MAX_DEPTH} Ebenen verschachtelt.",
                    "yaml-verschachtelung",
                    "So tief verschachtelt ist kein Eintrag; prüfen Sie Einrückung und Klammern.",
                )
                return False
        if event.anchor is not None:
            report.error(
                position,
                f"Anker „&{event.anchor}“ sind nicht erlaubt.",
                "yaml-anker",
                f"Entfernen Sie „&{event.anchor}“ und schreiben Sie Werte dort aus, wo sie gebraucht werden.",
            )
        if event.tag not in (None, "!"):
            report.error(
                position,
                f"Typangaben wie „{event.tag.replace('tag:yaml.org,2002:', '!!')}“ sind nicht erlaubt.",
                "yaml-typangabe",
                "Entfernen Sie die Angabe mit „!“; Werte werden immer als Text gelesen und geprüft.",
            )
    if builder is None or not builder.finished:
        document.data = _UNREAD
        document.values.clear()
        document.keys.clear()
        document.spans.clear()
        document.trailing_comments.clear()
    return True


class _Builder:
    """Builds the data of a plain YAML document from the parser's events, as _to_data does from nodes."""

    def __init__(self, document: SourceDocument, line_offset: int) -> None:
        self.document = document
        self.line_offset = line_offset
        # Open containers: [container, its path, the key whose value comes next (mappings; None before a key)].
        self.stack: list[list] = []
        self.documents = 0
        self.finished = False

    def take(self, event) -> bool:  # noqa: ANN001
        """Add one event; False when the document needs the composer (nothing is reported here)."""
        kind = type(event)
        if kind is ScalarEvent or kind is MappingStartEvent or kind is SequenceStartEvent:
            if event.anchor is not None or event.tag not in (None, "!"):
                return False
        elif kind is SequenceEndEvent or kind is MappingEndEvent:
            self._attach(self.stack.pop()[0])
            return True
        elif kind is DocumentStartEvent:
            self.documents += 1
            return self.documents == 1
        else:
            return kind is not AliasEvent
        parent = self.stack[-1] if self.stack else None
        mark = event.start_mark
        if parent is not None and parent[2] is None and type(parent[0]) is dict:
            if kind is not ScalarEvent or event.value == "<<" or event.value in parent[0]:
                return False
            parent[2] = event.value
            self.document.keys[parent[1] + (event.value,)] = Position(self.document.file, mark.line + 1 + self.line_offset, mark.column + 1)
            return True
        if parent is None:
            path: DataPath = ()
        elif type(parent[0]) is dict:
            path = parent[1] + (parent[2],)
        else:
            path = parent[1] + (len(parent[0]),)
        self.document.values[path] = Position(self.document.file, mark.line + 1 + self.line_offset, mark.column + 1)
        if kind is ScalarEvent:
            self._attach(_scalar(event, path, self.document, self.line_offset))
        else:
            self.stack.append([{} if kind is MappingStartEvent else [], path, None])
        return True

    def _attach(self, value: Any) -> None:
        if not self.stack:
            self.document.data = value
            self.finished = True
            return
        parent = self.stack[-1]
        if isinstance(parent[0], dict):
            parent[0][parent[2]] = value
            parent[2] = None
        else:
            parent[0].append(value)


def _scalar(node, path: DataPath, document: SourceDocument, line_offset: int) -> Any:  # noqa: ANN001
    """The value of a scalar node or event: its text, or None for an unquoted null word; records its span
    and any comment YAML dropped after it."""
    # LibYAML marks a plain (unquoted) scalar with style "", the pure-Python parser with None.
    plain = node.style in (None, "")
    if plain and node.value in NULL_WORDS:
        return None
    start, end = node.start_mark, node.end_mark
    if plain and start.line == end.line and 0 <= end.line < len(document.lines):
        rest = document.lines[end.line][end.column:]
        if rest[:1] in (" ", "\t") and rest.lstrip().startswith("#"):
            column = end.column + len(rest) - len(rest.lstrip()) + 1
            document.trailing_comments[path] = (Position(document.file, end.line + 1 + line_offset, column), rest.strip())
    quote = 1 if node.style in ("'", '"') else 0  # the span covers the text between the quotes
    document.spans[path] = (start.line + 1 + line_offset, start.column + quote, end.line + 1 + line_offset, end.column - quote)
    return node.value


def _to_data(node, path: DataPath, document: SourceDocument, report: Report, line_offset: int, seen: set[int]) -> Any:  # noqa: ANN001
    # The composer resolves an alias to the very node of its anchor. Each node is read once; a second
    # visit is an alias (already reported), so a tiny file cannot expand into millions of values.
    if id(node) in seen:
        return INVALID
    seen.add(id(node))
    position = Position(document.file, node.start_mark.line + 1 + line_offset, node.start_mark.column + 1)
    document.values[path] = position
    if isinstance(node, ScalarNode):
        return _scalar(node, path, document, line_offset)
    if isinstance(node, SequenceNode):
        return [_to_data(item, path + (i,), document, report, line_offset, seen) for i, item in enumerate(node.value)]
    if isinstance(node, MappingNode):
        return _mapping_to_data(node, path, document, report, line_offset, seen)
    return None


def _mapping_to_data(node: MappingNode, path: DataPath, document: SourceDocument, report: Report, line_offset: int, seen: set[int]) -> dict:
    result: dict[str, Any] = {}
    new_entry_reported = False
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
        if key in result and new_entry_reported:
            continue  # the missing „- “ already explains every repeated field of this entry
        if key in result and key == "id" and path and isinstance(path[-1], int):
            report.error(
                key_position,
                "Vor „id:“ fehlt „- “: hier beginnt wohl ein neuer Eintrag, der so mit dem vorigen verschmilzt.",
                "yaml-eintrag-ohne-strich",
                f"Schreiben Sie „- id: {value_node.value if isinstance(value_node, ScalarNode) else '…'}“, eingerückt wie die anderen Einträge.",
            )
            new_entry_reported = True
            continue
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
        result[key] = _to_data(value_node, path + (key,), document, report, line_offset, seen)
    return result


# The rules of this module, as contributors read them on /mitmachen/meldungen/.
rule("datei-zu-gross", ERROR, "Datei zu groß",
     "Eine Datendatei ist höchstens 2 MB groß, ein Bild oder PDF höchstens 10 MB: größere Dateien sind meist ein Versehen "
     "und machen die Website auf dem Telefon langsam.",
     Example("events.yaml", WORKSHOP, note="events.yaml mit 2,1 MB", size=2_100_000), events(WORKSHOP))
rule("datei-bom", ERROR, "Datei beginnt mit einer BOM",
     "Manche Editoren setzen an den Anfang einer UTF-8-Datei ein unsichtbares Zeichen (Byte-Order-Mark). Speichern Sie als „UTF-8“ ohne BOM.",
     Example("events.yaml", "\ufeff" + WORKSHOP, note="gespeichert als „UTF-8 mit BOM“"), events(WORKSHOP))
rule("datei-kodierung", ERROR, "Datei nicht in UTF-8",
     "Alle Dateien sind in UTF-8 gespeichert; in einer anderen Kodierung werden Umlaute falsch gelesen.",
     Example("events.yaml", WORKSHOP.replace("Werkstatt", "Übungswerkstatt"), note="gespeichert als „Windows-1252“", encoding="cp1252"),
     events(WORKSHOP.replace("Werkstatt", "Übungswerkstatt")))
rule("yaml-syntax", ERROR, "YAML-Syntax fehlerhaft",
     "Die Datei lässt sich nicht als YAML lesen, etwa wegen eines nicht geschlossenen Anführungszeichens oder falscher Einrückung.",
     events(WORKSHOP.replace("title: Werkstatt Low Code", 'title: "Werkstatt Low Code')), events(WORKSHOP))
rule("yaml-anker", ERROR, "YAML-Anker oder -Verweis",
     "Anker (&name) und Verweise (*name) machen eine Datei schwer zu lesen und können sie unbemerkt aufblähen; schreiben Sie Werte aus.",
     events(WORKSHOP.replace("type: workshop", "type: &art workshop") + WORKSHOP.replace("werkstatt-low-code-2027", "werkstatt-low-code-2027-2")
            .replace("2027-03-04", "2027-04-01").replace("type: workshop", "type: *art")),
     events(WORKSHOP + WORKSHOP.replace("werkstatt-low-code-2027", "werkstatt-low-code-2027-2").replace("2027-03-04", "2027-04-01")))
rule("yaml-verschachtelung", ERROR, "Zu tief verschachtelt",
     "So tief (mehr als 40 Ebenen) ist kein Eintrag verschachtelt; meist stimmen Einrückung oder Klammern nicht.",
     events("- id: " + "[" * 41 + "]" * 41 + "\n"), events(WORKSHOP))
rule("yaml-typangabe", ERROR, "YAML-Typangabe",
     "Angaben wie !!str oder !!int sind nicht nötig: jeder Wert wird als Text gelesen und nach dem Schema geprüft.",
     events(WORKSHOP.replace("title: Werkstatt Low Code", "title: !!str Werkstatt Low Code")), events(WORKSHOP))
rule("yaml-schluessel", ERROR, "Kein einfacher Feldname",
     "Ein Feld wird als „name: wert“ geschrieben; Listen oder Abschnitte als Feldname und Zusammenführungen mit „<<“ gibt es nicht.",
     events(WORKSHOP + "  [ort]: Rendsburg\n"), events(WORKSHOP))
rule("yaml-eintrag-ohne-strich", ERROR, "Neuer Eintrag ohne „- “",
     "Jeder Eintrag einer Liste beginnt mit „- “. Fehlt der Strich, verschmilzt der neue Eintrag mit dem vorigen.",
     events(WORKSHOP + WORKSHOP.replace("- id: werkstatt-low-code-2027", "  id: werkstatt-low-code-2027-2")),
     events(WORKSHOP + WORKSHOP.replace("- id: werkstatt-low-code-2027", "- id: werkstatt-low-code-2027-2").replace("2027-03-04", "2027-04-01")))
rule("yaml-doppelter-schluessel", ERROR, "Feld doppelt",
     "Steht ein Feld zweimal in einem Eintrag, würde eines stillschweigend verworfen.",
     events(WORKSHOP + "  end: \"13:00\"\n"), events(WORKSHOP))
