"""The fields of every content file, read from the JSON Schemas, for the contributors' page /mitmachen/felder/.

The schemas are the contract: their German descriptions, examples, defaults and conditional requirements
are shown as they stand, so the page cannot drift from what the check enforces.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import yaml

from ..model.hub import Vocabulary
from ..check.schema_check import load_schema, resolve

# The content files, each with the schema of one entry.
FILES = (
    ("events.yaml", "Veranstaltungen", "events.schema.json"),
    ("members.yaml", "Mitglieder", "members.schema.json"),
    ("handreichungen/*.md", "Kopfdaten einer Handreichung", "handreichung.schema.json"),
    ("vokabular.yaml", "Vokabular", "vokabular.schema.json"),
)
_TYPE_WORDS = {
    "string": "Text",
    "array": "Liste",
    "object": "Abschnitt mit eingerückten Feldern",
    "integer": "ganze Zahl",
    "boolean": "true oder false",
}
# Named forms of the schemas' shared definitions.
_FORMS = {
    "slug": "Kennung aus Kleinbuchstaben, Ziffern und Bindestrichen",
    "date": "Datum der Form JJJJ-MM-TT in Anführungszeichen",
    "https_url": "Link, der mit https:// beginnt",
}


@dataclass(frozen=True)
class Field:
    anchor: str
    name: str
    required: str  # "ja", "nein" or the condition under which it is required
    form: str
    description: str
    allowed: tuple[str, ...] = ()
    default: str = ""
    example: str = ""


@dataclass(frozen=True)
class ContentFile:
    file: str
    title: str
    schema: str
    description: str
    fields: tuple[Field, ...]


def content_files(vocabulary: Vocabulary) -> list[ContentFile]:
    result = []
    for file, title, schema_name in FILES:
        root = load_schema(schema_name)
        entry = resolve(root.get("items", root), root) if root.get("type") == "array" else root
        prefix = schema_name.split(".")[0]
        fields = tuple(_fields(entry, root, (), prefix, vocabulary))
        result.append(ContentFile(file, title, schema_name, root.get("description", ""), fields))
    return result


def _fields(schema: dict, root: dict, path: tuple[str, ...], prefix: str, vocabulary: Vocabulary) -> Iterator[Field]:
    required = set(schema.get("required", ()))
    conditions = _conditions(schema)
    for name, raw in schema.get("properties", {}).items():
        field_schema = resolve(raw, root)
        full = path + (name,)
        if name in required:
            needed = "ja" if not path else f"ja, wenn es {'.'.join(path)} gibt"
        else:
            needed = conditions.get(name, "nein")
        yield Field(
            anchor="-".join((prefix, *full)).replace("_", "-"),
            name=".".join(full),
            required=needed,
            form=_form(raw, field_schema, root),
            description=" ".join(d for d in (field_schema.get("description", ""), *_rules_stated(name, schema, field_schema)) if d),
            allowed=_allowed(field_schema, root, vocabulary),
            default=_default(field_schema["default"]) if "default" in field_schema else "",
            example=_example(name, field_schema),
        )
        nested = resolve(field_schema.get("items", {}), root) if field_schema.get("type") == "array" else field_schema
        if nested.get("type") == "object":
            yield from _fields(nested, root, full, prefix, vocabulary)


def _rules_stated(name: str, schema: dict, field_schema: dict) -> tuple[str, ...]:
    """The German words of rules the schema states about a field: what its presence requires
    (`dependentSchemas` of the entry) and what its value must contain (its own `if`/`then`)."""
    depends = schema.get("dependentSchemas", {}).get(name, {}).get("description", "")
    then = field_schema.get("then", {}).get("description", "") if "if" in field_schema else ""
    return tuple(d for d in (depends, then) if d)


def _conditions(schema: dict) -> dict[str, str]:
    """Fields required only when another has a certain value (`if`/`then` in the schema)."""
    # A field several values need (question: by kurzstudie and umfrageergebnis) names them all.
    values_of: dict[str, dict[str, list[str]]] = {}
    for part in schema.get("allOf", ()):
        condition = part.get("if", {}).get("properties", {})
        for field, rule in condition.items():
            values = rule.get("enum") or [rule.get("const")]
            for name in part.get("then", {}).get("required", ()):
                values_of.setdefault(name, {}).setdefault(field, []).extend(str(v) for v in values)
    return {
        name: "ja, " + "; ".join(f"bei {field}: " + " oder ".join(values) for field, values in by_field.items())
        for name, by_field in values_of.items()
    }


def _form(raw: dict, schema: dict, root: dict) -> str:
    reference = raw.get("$ref", "").rsplit("/", 1)[-1]
    if schema.get("type") == "array":
        items = schema.get("items", {})
        item_ref = items.get("$ref", "").rsplit("/", 1)[-1]
        item = resolve(items, root)
        inner = _FORMS.get(item_ref) or (_TYPE_WORDS.get(item.get("type"), "Wert") if item.get("type") != "object" else "Abschnitten")
        return f"Liste von {inner}" if item.get("type") == "object" else f"Liste; jeder Eintrag: {inner}"
    form = _FORMS.get(reference) or _TYPE_WORDS.get(schema.get("type"), "Wert")
    if schema.get("contentMediaType") == "text/markdown":
        form = "Text in Markdown"
    limits = [f"mindestens {schema['minLength']}" if "minLength" in schema else "", f"höchstens {schema['maxLength']}" if "maxLength" in schema else ""]
    if any(limits) and schema.get("type") == "string":
        form += f" ({' und '.join(x for x in limits if x)} Zeichen)"
    if "minimum" in schema and "maximum" in schema:
        form += f" von {schema['minimum']} bis {schema['maximum']}"
    return form


def _allowed(schema: dict, root: dict, vocabulary: Vocabulary) -> tuple[str, ...]:
    target = resolve(schema.get("items", {}), root) if schema.get("type") == "array" else schema
    if "enum" in target:
        return tuple(str(v) for v in target["enum"])
    terms = getattr(vocabulary, target.get("x-vocabulary", ""), None) or getattr(vocabulary, schema.get("x-vocabulary", ""), None)
    if terms:
        return tuple(f"{t.id} ({t.title})" for t in terms.values())
    return ()


def _default(value: object) -> str:
    """A default as a contributor would write it; a list or section in YAML's one-line form."""
    if isinstance(value, (list, dict)):
        return yaml.dump(value, Dumper=yaml.SafeDumper, allow_unicode=True, sort_keys=False, default_flow_style=True, width=1000).strip()
    return str(value)


def _example(name: str, schema: dict) -> str:
    examples = schema.get("examples")
    if not examples:
        return ""
    return yaml.dump({name: examples[0]}, Dumper=_ExampleDumper, allow_unicode=True, sort_keys=False, width=100).rstrip("\n")


class _ExampleDumper(yaml.SafeDumper):
    """Writes examples as contributors write entries: sections as indented blocks, short lists in brackets."""

    def represent_list(self, data: list) -> yaml.Node:  # noqa: D102
        flow = all(not isinstance(item, (dict, list)) for item in data)
        return self.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


_ExampleDumper.add_representer(list, _ExampleDumper.represent_list)
