"""The JSON Schema contract: scalar conversion by schema type and German schema messages."""

from __future__ import annotations

import difflib
import json
import re
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from ..catalogue import ERROR, GUIDE, WORKSHOP, events, guide, rule
from ..diagnostics import Position, Report
from .suggestions import FIELD_SYNONYMS, suggest_form, writing_notes
from ..source.yaml_source import INVALID, DataPath, SourceDocument

# The schemas of the repository this package was installed from; a hub brings its own in schemas/.
SCHEMA_DIR = Path(__file__).resolve().parents[3] / "schemas"


class Schemas:
    """The JSON Schemas of one validation run, each read once from `directory`.

    Nothing outlives the run: `mkdocs serve` validates each rebuild against the schemas as they are now.
    """

    def __init__(self, directory: Path = SCHEMA_DIR) -> None:
        self.directory = directory
        self._read: dict[str, dict] = {}

    def __getitem__(self, name: str) -> dict:
        if name not in self._read:
            self._read[name] = json.loads((self.directory / name).read_text(encoding="utf-8"))
        return self._read[name]


def check_against_schema(document: SourceDocument, schema: dict, report: Report) -> bool:
    """Convert scalars by the schema's types, then validate; True when the schema is met."""
    document.data = _coerce(document.data, schema, schema, (), document, report)
    if _quick_validator(schema).is_valid(document.data):
        return True
    # Only now the schema as written: its errors carry the paths and texts the messages are made of.
    validator = Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(document.data), key=lambda e: [str(p) for p in e.absolute_path])
    errors = [e for e in errors if not _left_to_vocabulary(e, schema)]
    for error in errors:
        _report_schema_error(error, schema, document, report)
    for error in errors:
        if error.validator in _VALUE_KEYWORDS:
            _mark_invalid(document, tuple(error.absolute_path))
    return not errors


# Keywords whose value is a schema, a list of schemas, or a mapping of names to schemas (JSON Schema 2020-12).
_SCHEMA_KEYWORDS = {"items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames",
                    "unevaluatedItems", "unevaluatedProperties", "additionalItems"}
_SCHEMA_LIST_KEYWORDS = {"allOf", "anyOf", "oneOf", "prefixItems"}
_SCHEMA_MAP_KEYWORDS = {"properties", "patternProperties", "dependentSchemas", "$defs"}
# Keywords that only describe; next to a "$ref" they add nothing to what is valid.
_ANNOTATIONS = {"title", "description", "examples", "default", "deprecated", "readOnly", "writeOnly", "$comment",
                "contentMediaType", "contentEncoding"}
_quick: list[tuple[dict, Draft202012Validator]] = []


def _quick_validator(schema: dict) -> Draft202012Validator:
    """A validator for the same schema with every local "$ref" written out in place: it accepts exactly
    what the schema accepts, about twice as fast, as jsonschema then need not look up references for
    each entry. It only answers whether a document is valid; messages come from the schema as written."""
    for known, validator in _quick:
        if known is schema:
            return validator
    try:
        validator = Draft202012Validator(_without_refs(schema, schema, ()))
    except _KeepRefs:
        validator = Draft202012Validator(schema)
    _quick.insert(0, (schema, validator))
    del _quick[8:]  # a few schemas per run; `mkdocs serve` reads them afresh for each rebuild
    return validator


class _KeepRefs(Exception):
    """A reference that cannot be written out (to another document, or to itself)."""


def _without_refs(node: Any, root: dict, seen: tuple[str, ...]) -> Any:
    if not isinstance(node, dict):
        return node  # true, false
    out: dict = {}
    for key, value in node.items():
        if key in ("$ref", "$defs") or _is_annotation(key):
            continue  # what only describes is left out too: jsonschema would look at it for every value
        if key in _SCHEMA_KEYWORDS:
            out[key] = _without_refs(value, root, seen)
        elif key in _SCHEMA_LIST_KEYWORDS and isinstance(value, list):
            out[key] = [_without_refs(item, root, seen) for item in value]
        elif key in _SCHEMA_MAP_KEYWORDS and isinstance(value, dict):
            out[key] = {name: _without_refs(item, root, seen) for name, item in value.items()}
        else:
            out[key] = value
    reference = node.get("$ref")
    if reference is None:
        return out
    if not isinstance(reference, str) or not reference.startswith("#/") or reference in seen:
        raise _KeepRefs(reference)
    target: Any = root
    try:
        for part in reference.removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
    except (KeyError, TypeError):
        raise _KeepRefs(reference) from None
    target = _without_refs(target, root, seen + (reference,))
    if isinstance(target, dict) and all(_is_annotation(key) for key in out):
        return {**target, **out}  # the referenced schema with this field's description: the same constraints
    return {**out, "allOf": [target, *out.get("allOf", [])]}


def _is_annotation(keyword: str) -> bool:
    """Keywords that only describe (and unknown ones such as „x-vocabulary“): they never make a value invalid."""
    return keyword in _ANNOTATIONS or keyword.startswith("x-")


def _left_to_vocabulary(error: ValidationError, root: dict) -> bool:
    """A vocabulary field written as people write it („BE“, „Künstliche Intelligenz“) is not a form
    error: the vocabulary check answers it with the id it means, which the schema's form alone cannot."""
    return (
        error.validator in ("pattern", "maxLength")
        and isinstance(error.instance, str)
        and "x-vocabulary" in subschema(root, tuple(error.absolute_path))
    )


# Keywords that judge a single value. Once such a value is reported, the rules leave it alone,
# so one mistake gives one message (a date in the wrong form is not also "no real date").
_VALUE_KEYWORDS = {"type", "pattern", "enum", "minLength", "maxLength"}


def _mark_invalid(document: SourceDocument, path: DataPath) -> None:
    if len(path) == 2 and path[1] == "id":
        return  # an entry keeps its id, or every reference to it would be reported as well
    container: Any = document.data
    for part in path[:-1]:
        container = container[part]
    if path and isinstance(container, (dict, list)):
        container[path[-1]] = INVALID


def resolve(schema: dict, root: dict) -> dict:
    if not isinstance(schema, dict) or "$ref" not in schema:
        return schema
    # Asked again for every value of a field: the merge is made once per schema node and run.
    known = _resolved.get(id(schema))
    if known is not None and known[0] is schema and known[1] is root:
        return known[2]
    if len(_resolved) > 4096:
        _resolved.clear()
    merged_schema = _resolve(schema, root)
    _resolved[id(schema)] = (schema, root, merged_schema)
    return merged_schema


# id of a schema node -> (the node, its root, the node with its "$ref" merged in); the nodes are kept, so no id is reused.
_resolved: dict[int, tuple[dict, dict, dict]] = {}


def _resolve(schema: dict, root: dict) -> dict:
    while isinstance(schema, dict) and "$ref" in schema:
        pointer = schema["$ref"].removeprefix("#/").split("/")
        target: Any = root
        for part in pointer:
            target = target[part]
        merged = {k: v for k, v in schema.items() if k != "$ref"}
        schema = {**target, **merged}
    return schema


def subschema(root: dict, path: DataPath) -> dict:
    """The schema that applies to the value at `path` ({} where the schema says nothing)."""
    schema = resolve(root, root)
    for part in path:
        if isinstance(part, int):
            schema = resolve(schema.get("items", {}), root)
        else:
            schema = resolve(schema.get("properties", {}).get(part, {}), root)
    return schema


def load_schema(name: str, directory: Path = SCHEMA_DIR) -> dict:
    """One schema read afresh, never cached: an edited schema counts from the next run."""
    return Schemas(directory)[name]


def schema_default(schema: str | dict, path: DataPath) -> Any:
    """The default the schema (a dict, or the name of one of the package's schemas) states for the field at `path` (None when it states none)."""
    root = load_schema(schema) if isinstance(schema, str) else schema
    return subschema(root, path).get("default")


def with_defaults(value: Any, schema: str | dict, path: DataPath = ()) -> Any:
    """`value` with every absent field that has a default in the schema filled in, also in nested sections."""
    return _with_defaults(value, load_schema(schema) if isinstance(schema, str) else schema, path)


def _with_defaults(value: Any, root: dict, path: DataPath) -> Any:
    return _filled(value, subschema(root, path), root)


def _filled(value: Any, schema: dict, root: dict) -> Any:
    """`value` with the defaults of `schema` (the schema at its place, as subschema gives it)."""
    if isinstance(value, list):
        items = resolve(schema.get("items", {}), root)
        return [_filled(item, items, root) for item in value]
    if not isinstance(value, dict):
        return value
    properties = schema.get("properties", {})
    filled = {name: _filled(item, resolve(properties.get(name, {}), root), root) for name, item in value.items()}
    for name, field_schema in properties.items():
        default = resolve(field_schema, root).get("default")
        if name not in filled and default is not None:
            filled[name] = default
    return filled


def is_markdown(root: dict, path: DataPath) -> bool:
    """True for fields the schema marks as Markdown (`contentMediaType: text/markdown`); all others are plain text."""
    return subschema(root, path).get("contentMediaType") == "text/markdown"


def markdown_field_names(root: dict) -> list[str]:
    """Names of the Markdown fields anywhere in a schema, for hints such as „nur in description“."""
    names: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.get("properties", {}).items():
                if isinstance(value, dict) and value.get("contentMediaType") == "text/markdown":
                    names.add(key)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(root)
    return sorted(names)


def _coerce(value: Any, schema: dict, root: dict, path: DataPath, document: SourceDocument, report: Report) -> Any:
    schema = resolve(schema, root)
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        return {k: _coerce(v, properties.get(k, {}), root, path + (k,), document, report) for k, v in value.items()}
    if isinstance(value, list):
        items = schema.get("items", {})
        return [_coerce(v, items, root, path + (i,), document, report) for i, v in enumerate(value)]
    if not isinstance(value, str):
        return value
    kind = schema.get("type")
    if kind == "boolean":
        if value.lower() in ("true", "false"):
            return value.lower() == "true"
        report.error(
            document.position(path),
            f"„{_field_name(path)}“ muss true oder false sein, nicht „{value}“.",
            "falscher-typ",
            f"Schreiben Sie {_field_name(path)}: true oder {_field_name(path)}: false.",
        )
        return INVALID
    if kind == "integer":
        text = value.strip()
        if _INTEGER_RE.match(text) and len(text) < 100:
            return int(text)
        report.error(
            document.position(path),
            f"„{_field_name(path)}“ muss eine ganze Zahl sein, nicht „{value}“.",
            "falscher-typ",
            _example_hint(path, schema),
        )
        return INVALID
    return value


def _report_schema_error(error: ValidationError, root: dict, document: SourceDocument, report: Report) -> None:
    path = tuple(error.absolute_path)
    if error.instance is INVALID:
        return
    schema = error.schema if isinstance(error.schema, dict) else {}
    name = _field_name(path)
    keyword = error.validator
    position = document.position(path)
    if isinstance(schema.get("x-code"), str):
        # A rule the schema states (if/then, dependentSchemas) names its code, message and hint there.
        report.error(_trigger_position(error, document), schema["x-message"], schema["x-code"], schema.get("x-hint", ""))
    elif keyword == "required":
        missing = error.message.split("'")[1]
        field_schema = subschema(root, path + (missing,))
        condition = _condition_field(error, root)
        message = f"Das Pflichtfeld „{_field_name(path + (missing,))}“ fehlt{_entry_label(document, path)}."
        if condition is not None:
            # A requirement that follows from another field (`then`) is reported at that field.
            position = document.position(path + (condition,))
            message = f"Bei {condition}: {error.instance.get(condition)} ist „{_field_name(path + (missing,))}“ Pflicht und fehlt{_entry_label(document, path)}."
        report.error(
            position if path or condition else document.position(()),
            message,
            "pflichtfeld-fehlt",
            (schema.get("description") if condition else "") or _example_hint(path + (missing,), field_schema) or field_schema.get("description", ""),
        )
    elif keyword == "additionalProperties":
        allowed = sorted(schema.get("properties", {}))
        extras = [k for k in error.instance if k not in allowed]
        for extra in extras:
            synonym = FIELD_SYNONYMS.get(extra.lower())
            close = [synonym] if synonym in allowed else difflib.get_close_matches(extra, allowed, n=1, cutoff=0.6)
            hint = f"Meinten Sie „{close[0]}“?" if close else f"Erlaubt sind: {', '.join(allowed)}."
            report.error(
                document.key_position(path + (extra,)),
                f"Unbekanntes Feld „{_field_name(path + (extra,))}“{_entry_label(document, path)}.",
                "unbekanntes-feld",
                hint,
            )
    elif keyword == "type" and error.instance is None:
        report.error(
            position,
            f"Bei „{name}“ fehlt der Wert{_entry_label(document, path)}.",
            "wert-fehlt",
            " ".join(h for h in (_example_hint(path, schema), "Ein Feld ohne Wert löschen Sie ganz.") if h),
        )
    elif keyword == "type":
        report.error(
            position,
            f"„{name}“ muss {_TYPE_WORDS.get(error.validator_value, error.validator_value)} sein, gefunden: {_describe(error.instance)}.",
            "falscher-typ",
            _example_hint(path, schema) or schema.get("description", ""),
        )
    elif keyword == "pattern":
        if str(error.validator_value).startswith("^https://"):
            suggestion = suggest_form(str(error.instance), str(error.validator_value))
            report.error(
                position,
                f"„{name}“ muss ein vollständiger https-Link sein, nicht „{error.instance}“.",
                "unsicherer-link",
                (f"Meinten Sie „{suggestion}“? " if suggestion else "")
                + "Nur Links, die mit https:// beginnen, sind erlaubt (kein http:, javascript: oder data:).",
            )
        else:
            suggestion = suggest_form(str(error.instance), str(error.validator_value))
            notes = writing_notes(str(error.instance))
            hints = [f"Meinten Sie „{suggestion}“?" if suggestion else "", notes, schema.get("description", ""), _example_hint(path, schema)]
            form = _FORMS.get(str(error.validator_value))
            report.error(
                position,
                f"„{name}“ hat nicht die erwartete Form{f' ({form})' if form else ''}: „{error.instance}“.",
                "falsches-format",
                " ".join(h for h in hints if h),
            )
    elif keyword == "enum":
        if not isinstance(error.instance, str) and schema.get("type") == "string":
            return  # the type error on the same value says enough
        allowed = [str(v) for v in error.validator_value]
        close = difflib.get_close_matches(str(error.instance), allowed, n=1, cutoff=0.5)
        hint = f"Meinten Sie „{close[0]}“? " if close else ""
        report.error(
            position,
            f"„{name}“ hat den unbekannten Wert „{error.instance}“.",
            "unbekannter-wert",
            f"{hint}Erlaubt sind: {', '.join(allowed)}.",
        )
    elif keyword == "uniqueItems":
        report.error(position, f"In „{name}“ steht ein Eintrag doppelt.", "doppelter-listeneintrag", "Löschen Sie die Wiederholung.")
    elif keyword in ("minLength", "maxLength"):
        limit = error.validator_value
        word = "mindestens" if keyword == "minLength" else "höchstens"
        report.error(
            position,
            f"„{name}“ muss {word} {limit} Zeichen lang sein (jetzt {len(error.instance)}).",
            "falsche-laenge",
            schema.get("description", ""),
        )
    elif keyword in ("minItems", "maxItems"):
        word = "mindestens" if keyword == "minItems" else "höchstens"
        report.error(
            position,
            f"„{name}“ braucht {word} {error.validator_value} Einträge.",
            "falsche-anzahl",
            _example_hint(path, schema) or schema.get("description", ""),
        )
    elif keyword in ("minimum", "maximum"):
        word = "mindestens" if keyword == "minimum" else "höchstens"
        report.error(position, f"„{name}“ muss {word} {error.validator_value} sein.", "falscher-wert", schema.get("description", ""))
    else:
        # The schemas use no other keyword that judges a value; should one be added, it still gets a message.
        report.error(position, f"„{name}“ entspricht nicht dem Schema ({keyword}).", "falscher-wert", schema.get("description", ""))


def _trigger_position(error: ValidationError, document: SourceDocument) -> Position:
    """Where a rule the schema states is reported: for `dependentSchemas`, at the key that brings the
    rule in (a member's contact or photo); otherwise at the value the rule judges."""
    path, schema_path = tuple(error.absolute_path), list(error.schema_path)
    if "dependentSchemas" not in schema_path:
        return document.position(path)
    at = len(schema_path) - 1 - schema_path[::-1].index("dependentSchemas")
    trigger, rest = schema_path[at + 1], schema_path[at + 2:]
    # Each `properties` (with its name) or `items` below the trigger is one step into the value.
    steps, k = 0, 0
    while k < len(rest):
        if rest[k] in ("properties", "patternProperties", "prefixItems"):
            steps, k = steps + 1, k + 2
        elif rest[k] == "items":
            steps, k = steps + 1, k + 1
        else:
            k += 1
    return document.key_position(path[: len(path) - steps] + (trigger,))


def _condition_field(error: ValidationError, root: dict) -> str | None:
    """For a requirement stated as `if`/`then` in the schema: the field its `if` looks at."""
    schema_path = list(error.schema_path)
    if len(schema_path) < 2 or schema_path[-2] != "then":
        return None
    node: Any = root
    for part in schema_path[:-2]:
        node = node[part] if not (isinstance(node, dict) and "$ref" in node and part not in node) else resolve(node, root)[part]
    condition = node.get("if", {}).get("required", []) if isinstance(node, dict) else []
    return condition[0] if condition else None


# The forms the schemas' patterns ask for, in the words of a contributor.
_FORMS = {
    "^[a-z0-9]+(-[a-z0-9]+)*$": "Kleinbuchstaben, Ziffern und Bindestriche, z. B. „vorname-nachname“",
    "^[0-9]{4}-[0-9]{2}-[0-9]{2}$": "JJJJ-MM-TT",
    "^[0-9]{4}-[0-9]{2}-[0-9]{2}( [0-9]{1,2}:[0-9]{2})?$": "JJJJ-MM-TT oder JJJJ-MM-TT HH:MM",
    "^([0-9]{4}-[0-9]{2}-[0-9]{2}( [0-9]{1,2}:[0-9]{2})?|[0-9]{1,2}:[0-9]{2})$": "HH:MM, JJJJ-MM-TT HH:MM oder JJJJ-MM-TT",
    "^([0-9]{5}|[0-9]{8})$": "5 oder 8 Ziffern",
    "^[0-9]{2}$": "2 Ziffern",
    "^[^@\\s]+@[^@\\s]+\\.[a-zA-Z]{2,}$": "name@beispiel.de",
    "^(\\s*\\[.*|[^@\\s]+@[^@\\s]+\\.[a-zA-Z]{2,})$": "name@beispiel.de oder ein Platzhalter in [eckigen Klammern]",
    "^[A-Za-z0-9_./-]+\\.(jpg|jpeg|png|webp|svg|JPG|JPEG|PNG|WEBP|SVG)$": "Dateiname ohne Leerzeichen und Umlaute, endet auf .jpg, .png, .webp oder .svg",
}

# ASCII digits only: str.isdigit() also accepts "²", which int() refuses (as it does past 4300 digits).
_INTEGER_RE = re.compile(r"^-?[0-9]+$")

_TYPE_WORDS = {
    "string": "ein Text",
    "array": "eine Liste (Zeilen mit „- “)",
    "object": "ein Abschnitt mit eingerückten Feldern",
    "integer": "eine ganze Zahl",
    "boolean": "true oder false",
}


def _describe(value: Any) -> str:
    if value is None:
        return "kein Wert"
    if isinstance(value, list):
        return "eine Liste"
    if isinstance(value, dict):
        return "ein Abschnitt mit Feldern"
    if isinstance(value, bool):
        return "ein Wahrheitswert"
    return f"„{value}“"


def _field_name(path: DataPath) -> str:
    """`events[3].location.city` becomes `location.city`: list positions are shown by the line."""
    names = [str(p) for p in path if not isinstance(p, int)]
    if path and isinstance(path[-1], int) and names:
        return f"{names[-1]}"
    return ".".join(names) or "Eintrag"


def _entry_label(document: SourceDocument, path: DataPath) -> str:
    """Names the entry by its id, when the entry has one, e.g. ` in Eintrag „herbsttagung-2026“`."""
    if not path or not isinstance(path[0], int) or not isinstance(document.data, list):
        return ""
    entry = document.data[path[0]]
    if isinstance(entry, dict) and isinstance(entry.get("id"), str):
        return f" (Eintrag „{entry['id']}“)"
    return ""


def _example_hint(path: DataPath, schema: dict) -> str:
    examples = schema.get("examples")
    if not examples or not path or isinstance(path[-1], int):
        return ""
    example = examples[0]
    if isinstance(example, str):
        return f"Beispiel: {path[-1]}: \"{example}\""
    if isinstance(example, bool):
        return f"Beispiel: {path[-1]}: {str(example).lower()}"
    if isinstance(example, int):
        return f"Beispiel: {path[-1]}: {example}"
    if isinstance(example, list) and all(isinstance(x, str) for x in example):
        return f"Beispiel: {path[-1]}: [{', '.join(example)}]"
    return f"Beispiel: {path[-1]}: {json.dumps(example, ensure_ascii=False)}"


# The rules of the schema check, as contributors read them on /mitmachen/meldungen/.
rule("pflichtfeld-fehlt", ERROR, "Pflichtfeld fehlt",
     "Jeder Eintrag braucht bestimmte Felder; manche erst durch ein anderes, etwa der Ort (location) bei format: praesenz "
     "oder das Datum published bei status: veroeffentlicht. Welche es sind, steht auf der Seite „Felder“.",
     events(WORKSHOP.replace("format: online", "format: praesenz")),
     events(WORKSHOP.replace("format: online", "format: praesenz") + "  location:\n    name: Kreishaus\n    city: Rendsburg\n"))
rule("unbekanntes-feld", ERROR, "Unbekanntes Feld",
     "Ein Feld, das es nicht gibt, wird nicht gelesen: meist ein Tippfehler oder ein englisches Wort für ein deutsches Feld.",
     events(WORKSHOP + "  ort: Rendsburg\n"), events(WORKSHOP))
rule("wert-fehlt", ERROR, "Feld ohne Wert",
     "Ein Feld steht da, aber ohne Wert. Ergänzen Sie den Wert oder löschen Sie das Feld ganz.",
     events(WORKSHOP + "  description:\n"), events(WORKSHOP))
rule("falscher-typ", ERROR, "Falsche Art von Wert",
     "Das Feld erwartet eine andere Art von Wert: einen Text, eine Liste (Zeilen mit „- “), eine ganze Zahl oder true/false.",
     events(WORKSHOP + "  topics: low-code\n"), events(WORKSHOP + "  topics: [low-code]\n"))
rule("falsches-format", ERROR, "Wert in falscher Form",
     "Der Wert hat nicht die Form, die das Feld verlangt, etwa ein Datum als JJJJ-MM-TT oder eine Kennung aus Kleinbuchstaben, "
     "Ziffern und Bindestrichen. Die Meldung schlägt die gemeinte Schreibweise vor, wo sie sich erkennen lässt.",
     events(WORKSHOP.replace('"2027-03-04 10:00"', '"04.03.2027 10:00"')), events(WORKSHOP))
rule("unbekannter-wert", ERROR, "Wert nicht erlaubt",
     "Das Feld kennt nur bestimmte Werte; welche, nennt die Meldung.",
     events(WORKSHOP.replace("format: online", "format: virtuell")), events(WORKSHOP))
rule("doppelter-listeneintrag", ERROR, "Eintrag doppelt in einer Liste",
     "In einer Liste wie topics oder speakers darf jeder Eintrag nur einmal stehen.",
     events(WORKSHOP + "  topics: [low-code, low-code]\n"), events(WORKSHOP + "  topics: [low-code]\n"))
rule("falsche-laenge", ERROR, "Text zu kurz oder zu lang",
     "Manche Texte haben eine Mindest- oder Höchstlänge, etwa ein Titel von 3 bis 160 Zeichen.",
     events(WORKSHOP.replace("title: Werkstatt Low Code", "title: LC")), events(WORKSHOP))
rule("falsche-anzahl", ERROR, "Zu wenige oder zu viele Einträge",
     "Manche Listen brauchen eine Mindestzahl von Einträgen, etwa mindestens ein Thema in einer Handreichung.",
     guide(GUIDE.replace("topics: [low-code]", "topics: []")), guide(GUIDE))
rule("falscher-wert", ERROR, "Zahl außerhalb des erlaubten Bereichs",
     "Eine Zahl muss im erlaubten Bereich liegen, etwa interval einer Serie zwischen 1 und 52.",
     events(WORKSHOP + "  recurrence:\n    frequency: weekly\n    interval: 0\n"),
     events(WORKSHOP + "  recurrence:\n    frequency: weekly\n    interval: 2\n"))
