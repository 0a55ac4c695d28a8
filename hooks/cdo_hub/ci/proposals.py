"""Proposals without Git: turn a GitHub issue form into an entry of events.yaml or members.yaml, or
into a guide file, and check it with the hub's own validation.

The issue body is untrusted text as GitHub renders it: `### <label>`, a blank line, the value;
`_No response_` for an empty field; `- [X] …` for a ticked checkbox. Every value is written through
a YAML emitter, quoted, so no value can open a second entry or add a key; whatever the emitted entry
still gets wrong is found by `load_hub`, the same check `make check` runs, and comes back as German
messages for a comment on the issue.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Callable

import yaml

from ..content import ContentPaths, load_hub
from ..diagnostics import Diagnostic, Report, Severity
from ..source.yaml_source import parse_yaml

NO_RESPONSE = "_No response_"
# GitHub limits an issue body to 65536 characters; anything longer was not written in the form.
MAX_BODY = 65536
MAX_ATTACHMENT = 500_000
# Where GitHub keeps files attached to an issue; nothing else is ever downloaded.
ATTACHMENT_URL = re.compile(r"^https://github\.com/(?:user-attachments/files|[\w.-]+/[\w.-]+/files)/\d+/[\w.%()-]+\.(?:md|markdown|txt)$")


class ProposalRefused(Exception):
    """The proposal cannot become content; `messages` say why, in German, for the issue."""

    def __init__(self, messages: list[str]) -> None:
        super().__init__("\n".join(messages))
        self.messages = messages


@dataclass(frozen=True)
class Field:
    label: str  # the form's label, as GitHub prints it after "### "
    key: str  # where the value goes: "title", "location.city", "body"
    kind: str = "line"  # line, text, list, lines, choice, checks
    required: bool = False
    choices: dict[str, object] = field(default_factory=dict)  # shown label -> value written


@dataclass(frozen=True)
class Form:
    kind: str  # the label the form gives its issues
    title: str
    fields: tuple[Field, ...]

    def field(self, key: str) -> Field:
        return next(f for f in self.fields if f.key == key)


@dataclass
class Proposal:
    """What a converted form changed: the file and, for the issue's pull request, a German summary."""

    kind: str
    path: Path
    identifier: str
    summary: str


# --- reading the body --------------------------------------------------------------------------


def parse_body(body: str, form: Form) -> dict[str, object]:
    """The form's values by key; raises ProposalRefused with every problem of the body at once."""
    if len(body) > MAX_BODY:
        raise ProposalRefused([f"Der Text des Issues ist länger als {MAX_BODY} Zeichen; so lang wird kein Formular."])
    text = body.replace("\r\n", "\n").replace("\r", "\n")
    raw, problems = _split_sections(text, form)
    values: dict[str, object] = {}
    for spec in form.fields:
        if spec.key not in raw:
            continue
        try:
            value = _read_value(raw[spec.key], spec)
        except ValueError as problem:
            problems.append(f"**{spec.label}**: {problem}")
            continue
        if spec.required and value in ("", [], None):
            problems.append(f"**{spec.label}**: Das Pflichtfeld ist leer.")
        if value not in ("", [], None):
            values[spec.key] = value
    if problems:
        raise ProposalRefused(problems)
    return values


def _split_sections(text: str, form: Form) -> tuple[dict[str, str], list[str]]:
    """Each field's raw text, found in the order of the form; a heading inside the last field is its text."""
    raw: dict[str, str] = {}
    problems: list[str] = []
    starts: list[tuple[int, int, Field]] = []
    position = 0
    for spec in form.fields:
        match = re.compile(rf"^###[ \t]+{re.escape(spec.label)}[ \t]*$", re.MULTILINE).search(text, position)
        if match is None:
            problems.append(f"**{spec.label}**: Das Feld fehlt im Text des Issues. Bitte nutzen Sie die Vorlage „{form.title}“ unverändert.")
            continue
        starts.append((match.start(), match.end(), spec))
        position = match.end()
    for index, (_, end, spec) in enumerate(starts):
        stop = starts[index + 1][0] if index + 1 < len(starts) else len(text)
        raw[spec.key] = text[end:stop]
        # A field's heading that shows up again inside another field would make the form ambiguous.
        if index + 1 < len(starts):
            for other in form.fields:
                if re.search(rf"^###[ \t]+{re.escape(other.label)}[ \t]*$", raw[spec.key], re.MULTILINE):
                    problems.append(f"**{spec.label}**: Der Text enthält die Überschrift „### {other.label}“ eines anderen Feldes.")
    return raw, problems


# Control characters and bidirectional overrides: invisible in the issue, misleading on the site.
_HIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _read_value(raw: str, spec: Field) -> object:
    hidden = _HIDDEN.search(raw)
    if hidden:
        raise ValueError(f"Der Text enthält ein unsichtbares Steuerzeichen (U+{ord(hidden.group()):04X}). Tippen Sie den Text bitte neu ein, statt ihn zu kopieren.")
    text = raw.strip("\n").strip()
    if text == NO_RESPONSE:
        text = ""
    if spec.kind == "checks":
        return [value for label, value in spec.choices.items() if re.search(rf"^- \[[xX]\] {re.escape(label)}[ \t]*$", text, re.MULTILINE)]
    if spec.kind == "text":
        return raw.strip("\n").rstrip() if text else ""
    if "\n" in text and spec.kind != "lines":
        raise ValueError("Hier ist nur eine Zeile vorgesehen.")
    if spec.kind == "choice":
        if not text:
            return ""
        if text not in spec.choices:
            raise ValueError(f"„{text}“ ist keine der Auswahlmöglichkeiten ({', '.join(spec.choices)}).")
        return spec.choices[text]
    if spec.kind == "list":
        return [item.strip() for item in re.split(r"[,;]", text) if item.strip()]
    if spec.kind == "lines":
        return [line.strip().removeprefix("- ").strip() for line in text.split("\n") if line.strip()]
    return text


# --- writing YAML ------------------------------------------------------------------------------


class _QuotingDumper(yaml.SafeDumper):
    """Every text is quoted (or a literal block when it has several lines); lists of texts stay on one line."""


def _represent_text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|" if "\n" in value else '"')


def _represent_list(dumper: yaml.SafeDumper, value: list) -> yaml.SequenceNode:
    flow = all(isinstance(item, str) and "\n" not in item for item in value)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=flow)


def _represent_mapping(dumper: yaml.SafeDumper, value: dict) -> yaml.MappingNode:
    # Keys come from the converter's own tables, never from the form: plain, as in the hub's files.
    pairs = [(yaml.ScalarNode("tag:yaml.org,2002:str", key), dumper.represent_data(item)) for key, item in value.items()]
    return yaml.MappingNode("tag:yaml.org,2002:map", pairs, flow_style=False)


_QuotingDumper.add_representer(str, _represent_text)
_QuotingDumper.add_representer(list, _represent_list)
_QuotingDumper.add_representer(dict, _represent_mapping)


def emit_yaml(data: object) -> str:
    """`data` as YAML text in the style of the hub's files, every scalar quoted by the emitter."""
    return yaml.dump(data, Dumper=_QuotingDumper, allow_unicode=True, sort_keys=False, width=10**6, indent=2)


def _nest(values: dict[str, object]) -> dict[str, object]:
    """{"location.city": x} -> {"location": {"city": x}}, in the order of the form."""
    nested: dict[str, object] = {}
    for key, value in values.items():
        target = nested
        *parents, last = key.split(".")
        for parent in parents:
            target = target.setdefault(parent, {})  # type: ignore[assignment]
        target[last] = value
    return nested


# --- identifiers -------------------------------------------------------------------------------

_TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue"})
_ACADEMIC_TITLE = re.compile(r"^(?:prof|dr|dipl|mag|ing|med|phil|rer|nat|pol|jur)[\w.-]*\.$", re.IGNORECASE)


def slugify(text: str, limit: int = 60) -> str:
    """A file or id name: lower case, digits and hyphens, umlauts written out."""
    plain = unicodedata.normalize("NFKD", text.translate(_TRANSLITERATION)).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")
    return slug[:limit].rstrip("-")


def member_slug(name: str) -> str:
    """„Prof. Dr. Anna Beispiel“ -> „anna-beispiel“."""
    return slugify(" ".join(word for word in name.split() if not _ACADEMIC_TITLE.match(word)))


def _unique(base: str, taken: set[str]) -> str:
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


# --- the three forms ---------------------------------------------------------------------------


def convert(body: str, kind: str, root: Path, form_date: date, now: datetime, fetch: Callable[[str], bytes] | None = None) -> Proposal:
    """Turn the form `body` into content under `root`, checked; on any problem nothing is changed."""
    form = FORMS.get(kind)
    if form is None:
        raise ProposalRefused([f"Für die Art „{kind}“ gibt es keine Vorlage; möglich sind {', '.join(FORMS)}."])
    values = parse_body(body, form)
    paths = ContentPaths.at(root)
    converter = {"termin": _event_change, "handreichung": _guide_change, "profil": _member_change}[kind]
    path, new_text, identifier, field_lines = converter(values, paths, form_date, fetch)
    _apply_checked(paths, path, new_text, field_lines, form, now)
    return Proposal(kind, path, identifier, _summary(form, identifier, paths.display(path)))


def _event_change(values: dict, paths: ContentPaths, form_date: date, fetch) -> tuple:  # noqa: ANN001
    text = paths.events.read_text(encoding="utf-8")
    taken = _ids(text, paths.display(paths.events))
    base = slugify(str(values["title"]))
    year = str(values.get("start", ""))[:4]
    if year.isdigit() and year not in base:
        base = f"{base}-{year}"
    identifier = _unique(base or "veranstaltung", taken)
    entry = {"id": identifier} | _nest(values)
    if entry.get("visibility") == "oeffentlich":
        del entry["visibility"]  # the default; the file writes only what differs
    new_text, field_lines = _appended(text, entry)
    return paths.events, new_text, identifier, field_lines


def _member_change(values: dict, paths: ContentPaths, form_date: date, fetch) -> tuple:  # noqa: ANN001
    text = paths.members.read_text(encoding="utf-8")
    display = paths.display(paths.members)
    document = parse_yaml(text, display, Report())
    entries = document.data if document and isinstance(document.data, list) else []
    taken = _ids(text, display)
    scope = values.pop("consent.scope", [])
    if "profil" not in scope:
        raise ProposalRefused(["**Einwilligung**: Ohne die Einwilligung, dass das Profil veröffentlicht wird, kann es nicht erscheinen. Bitte setzen Sie das erste Häkchen."])
    if "kontakt" not in scope:
        values = {k: v for k, v in values.items() if not k.startswith("contact.")}  # no consent, not stored
    requested = values.pop("id", "")
    entry = _nest(values)
    entry["consent"] = {"date": form_date.isoformat(), "scope": list(scope)}
    if requested:
        index = next((i for i, e in enumerate(entries) if isinstance(e, dict) and e.get("id") == requested), None)
        if index is None:
            raise ProposalRefused([f"**Kennung (nur bei einer Änderung)**: Ein Profil mit der Kennung „{requested}“ gibt es nicht. Lassen Sie das Feld leer, um ein neues Profil anzulegen."])
        previous = entries[index].get("consent") if isinstance(entries[index].get("consent"), dict) else {}
        if "foto" in (previous.get("scope") or []):
            entry["consent"]["scope"].append("foto")  # the form cannot ask for it; a change keeps it
        dropped = set() if "kontakt" in scope else {"contact"}
        new_text, field_lines = _replaced(text, document, index, {"id": requested} | entry, dropped)
        return paths.members, new_text, requested, field_lines
    identifier = member_slug(str(values.get("name", "")))
    if identifier in taken:
        raise ProposalRefused([f"**Name**: Ein Profil mit der Kennung „{identifier}“ gibt es schon. Wenn es Ihres ist, tragen Sie die Kennung oben ein, um es zu ändern."])
    new_text, field_lines = _appended(text, {"id": identifier or "mitglied"} | entry)
    return paths.members, new_text, identifier, field_lines


def _guide_change(values: dict, paths: ContentPaths, form_date: date, fetch) -> tuple:  # noqa: ANN001
    slug = slugify(str(values["title"]))
    path = paths.guides_dir / f"{slug or 'handreichung'}.md"
    if path.exists():
        raise ProposalRefused([f"**Titel der Handreichung**: Eine Handreichung unter handreichungen/{path.name} gibt es schon. Wählen Sie einen anderen Titel, oder schlagen Sie eine Änderung in einem eigenen Issue vor."])
    body = _guide_text(str(values.pop("body")), fetch)
    meta = _nest(values) | {"status": "veroeffentlicht", "published": form_date.isoformat()}
    front = emit_yaml(meta)
    # Line 1 is „---“, the front matter follows; the body starts after the closing „---“ and a blank line.
    field_lines = {number: line.split(":", 1)[0] for number, line in enumerate(front.split("\n"), start=2) if line[:1].isalpha()}
    field_lines[front.count("\n") + 3] = "body"
    return path, f"---\n{front}---\n\n{body.rstrip()}\n", slug, field_lines


def _guide_text(text: str, fetch) -> str:  # noqa: ANN001
    """The guide's Markdown: the text of the field, or the file attached to the issue in its place."""
    link = re.fullmatch(r"\s*\[[^\]\n]*\]\((\S+)\)\s*|\s*(\S+)\s*", text)
    url = link and (link.group(1) or link.group(2))
    if not url or not ATTACHMENT_URL.match(url):
        return text
    if fetch is None:
        raise ProposalRefused(["**Text der Handreichung**: Die angehängte Datei konnte nicht geladen werden. Fügen Sie den Text bitte direkt in das Feld ein."])
    try:
        data = fetch(url)
    except OSError:
        raise ProposalRefused(["**Text der Handreichung**: Die angehängte Datei konnte nicht geladen werden. Fügen Sie den Text bitte direkt in das Feld ein."]) from None
    if len(data) > MAX_ATTACHMENT:
        raise ProposalRefused([f"**Text der Handreichung**: Die angehängte Datei ist größer als {MAX_ATTACHMENT // 1000} kB."])
    try:
        content = data.decode("utf-8").replace("\r\n", "\n")
    except UnicodeDecodeError:
        raise ProposalRefused(["**Text der Handreichung**: Die angehängte Datei ist nicht in UTF-8 gespeichert. Speichern Sie sie als „UTF-8“ und hängen Sie sie erneut an."]) from None
    # An attached file with its own front matter: its text counts, the form's fields describe it.
    return re.sub(r"\A---\n.*?\n---\n", "", content, count=1, flags=re.DOTALL)


def _ids(text: str, display: str) -> set[str]:
    document = parse_yaml(text, display, Report())
    entries = document.data if document and isinstance(document.data, list) else []
    return {e["id"] for e in entries if isinstance(e, dict) and isinstance(e.get("id"), str)}


def _appended(text: str, entry: dict) -> tuple[str, dict[int, str]]:
    """`text` with `entry` as a new last item, and the line of each of its top-level keys."""
    block = emit_yaml([entry])
    base = text.rstrip("\n") + "\n\n"
    first = base.count("\n") + 1
    return base + block, _key_lines(block, first)


def _replaced(text: str, document, index: int, entry: dict, dropped: set[str]) -> tuple[str, dict[int, str]]:  # noqa: ANN001
    """`text` with item `index` replaced by `entry`; keys the form does not cover keep their lines, except `dropped`."""
    lines = text.split("\n")
    start = document.position((index,)).line - 1
    following = [document.position((i,)).line - 1 for i in range(index + 1, len(document.data))]
    end = following[0] if following else len(lines)
    while end > start + 1 and (not lines[end - 1].strip() or lines[end - 1].lstrip().startswith("#")):
        end -= 1
    block = emit_yaml([entry]).rstrip("\n").split("\n")
    keys = sorted((document.keys[(index, k)].line - 1, k) for k in document.data[index] if (index, k) in document.keys)
    for number, (line, key) in enumerate(keys):
        if key not in entry and key not in dropped:
            stop = keys[number + 1][0] if number + 1 < len(keys) else end
            block += ["  " + lines[line].lstrip()[2:] if lines[line].lstrip().startswith("- ") else lines[line]] + lines[line + 1 : stop]
    new_lines = lines[:start] + block + lines[end:]
    return "\n".join(new_lines), _key_lines("\n".join(block), start + 1)


def _key_lines(block: str, first_line: int) -> dict[int, str]:
    lines = {}
    for offset, line in enumerate(block.split("\n")):
        match = re.match(r"^(?:- |  )([a-z_]+):", line)
        if match:
            lines[first_line + offset] = match.group(1)
    return lines


# --- checking with the hub's own validation ----------------------------------------------------


def _apply_checked(paths: ContentPaths, path: Path, new_text: str, field_lines: dict[int, str], form: Form, now: datetime) -> None:
    """Write `new_text` to `path` if the hub stays free of new errors and warnings; else restore and refuse."""
    before = path.read_text(encoding="utf-8") if path.exists() else None
    _, baseline = load_hub(paths, now)
    known = {_identity(d) for d in baseline.diagnostics}
    path.write_text(new_text, encoding="utf-8")
    _, report = load_hub(paths, now)
    display = paths.display(path)
    new = [d for d in report.sorted() if d.severity is not Severity.NOTICE and _identity(d) not in known]
    if not new:
        return
    if before is None:
        path.unlink()
    else:
        path.write_text(before, encoding="utf-8")
    raise ProposalRefused([_message(d, display, field_lines, form) for d in new])


def _identity(diagnostic: Diagnostic) -> tuple:
    # Lines move when an entry is added; what the problem is and where (by file) stays.
    return (diagnostic.position.file, diagnostic.code, diagnostic.message)


def _message(diagnostic: Diagnostic, display: str, field_lines: dict[int, str], form: Form) -> str:
    text = diagnostic.message + (f" Tipp: {diagnostic.hint}" if diagnostic.hint else "")
    if diagnostic.position.file != display:
        return f"{text} ({diagnostic.position.file}, Zeile {diagnostic.position.line})"
    lines = [line for line in field_lines if line <= diagnostic.position.line]
    key = field_lines[max(lines)] if lines else ""
    labels = [f.label for f in form.fields if f.key.split(".")[0] == key]
    return f"**{labels[0]}**: {text}" if labels else text


def _summary(form: Form, identifier: str, display: str) -> str:
    return f"Aus dem Formular „{form.title}“ übernommen: `{identifier}` in `{display}`. `make check` meldet dazu keine Probleme."


def refusal_text(messages: list[str]) -> str:
    """The German comment for an issue whose proposal cannot be taken over yet."""
    items = "\n".join(f"- {m}" for m in messages)
    return (
        "Danke für den Vorschlag! So kann er noch nicht übernommen werden:\n\n"
        f"{items}\n\n"
        "Bitte bearbeiten Sie das Issue (oben rechts „…“ → „Edit“) und korrigieren Sie die genannten Felder. "
        "Danach kann das Label erneut gesetzt werden."
    )


# --- the forms, as the issue templates in .github/ISSUE_TEMPLATE/ show them -----------------------

FORMAT_CHOICES = {"Präsenz": "praesenz", "Online": "online", "Hybrid": "hybrid"}
VISIBILITY_CHOICES = {"Öffentlich": "oeffentlich", "Nur für Mitglieder (die Website zeigt nur Titel, Art, Format, Themen und Termine)": "mitglieder"}
NEGZ_CHOICES = {"Ja": True, "Nein": False, "Keine Angabe": None}
CONSENT_CHOICES = {
    "Mein Profil (Name, Funktion, Organisation, Themen, Kurzprofil) darf veröffentlicht werden.": "profil",
    "Meine Kontaktangaben (E-Mail, Website, LinkedIn) dürfen veröffentlicht werden.": "kontakt",
}

FORMS = {
    "termin": Form(
        "termin",
        "Termin vorschlagen",
        (
            Field("Titel der Veranstaltung", "title", required=True),
            Field("Art der Veranstaltung", "type", required=True),
            Field("Beginn", "start", required=True),
            Field("Ende", "end"),
            Field("Form", "format", "choice", required=True, choices=FORMAT_CHOICES),
            Field("Name des Ortes", "location.name"),
            Field("Anschrift", "location.address"),
            Field("Stadt oder Gemeinde", "location.city"),
            Field("Link zur Anmeldung oder zu weiteren Informationen", "url"),
            Field("Themen", "topics", "list"),
            Field("Vortragende aus dem Zirkel", "speakers", "list"),
            Field("Gäste", "guests", "lines"),
            Field("Sichtbarkeit", "visibility", "choice", choices=VISIBILITY_CHOICES),
            Field("Beschreibung", "description", "text"),
        ),
    ),
    "handreichung": Form(
        "handreichung",
        "Handreichung vorschlagen",
        (
            Field("Titel der Handreichung", "title", required=True),
            Field("Kurzbeschreibung", "description", required=True),
            Field("Autorinnen und Autoren", "authors", "list", required=True),
            Field("Themen", "topics", "list", required=True),
            Field("Offenlegung", "disclosure"),
            Field("Text der Handreichung", "body", "text", required=True),
        ),
    ),
    "profil": Form(
        "profil",
        "Profil anlegen oder ändern",
        (
            Field("Kennung (nur bei einer Änderung)", "id"),
            Field("Name", "name", required=True),
            Field("Funktion", "role", required=True),
            Field("Organisation", "organisation", required=True),
            Field("Art der Organisation", "organisation_type", required=True),
            Field("Amtlicher Gemeindeschlüssel", "ags"),
            Field("Bundesland", "state"),
            Field("Themen", "topics", "list"),
            Field("E-Mail-Adresse", "contact.email"),
            Field("Website", "contact.website"),
            Field("LinkedIn", "contact.linkedin"),
            Field("NEGZ-Mitglied", "negz_member", "choice", choices=NEGZ_CHOICES),
            Field("Einwilligung", "consent.scope", "checks", choices=CONSENT_CHOICES),
            Field("Kurzprofil", "bio", "text"),
        ),
    ),
}


# --- command line, for the workflow .github/workflows/vorschlaege.yml -------------------------------


def main(argv: list[str] | None = None) -> int:
    """0: converted (the change is in the work tree), 1: refused (the comment is in --message-file), 2: unusable call."""
    import argparse
    import json
    import sys

    from ..clock import build_now

    parser = argparse.ArgumentParser(prog="python -m cdo_hub.ci.proposals", description="Übernimmt ein Issue-Formular als Inhalt.")
    parser.add_argument("--body-file", type=Path, required=True, help="Text des Issues (nie als Befehlszeile)")
    parser.add_argument("--labels", default="[]", help="Labels des Issues als JSON-Liste; bestimmt die Vorlage")
    parser.add_argument("--date", default="", help="Datum des Formulars (JJJJ-MM-TT, auch mit Uhrzeit); Standard: heute")
    parser.add_argument("--root", type=Path, default=Path.cwd())
    parser.add_argument("--message-file", type=Path, required=True, help="hier landet der Text für den Pull Request oder den Kommentar")
    parser.add_argument("--output-file", type=Path, help="Ergebnisse als name=wert-Zeilen (z. B. $GITHUB_OUTPUT)")
    args = parser.parse_args(argv)
    try:
        labels = json.loads(args.labels)
        kinds = [kind for kind in FORMS if kind in labels]
        form_date = date.fromisoformat(args.date[:10]) if args.date else build_now().date()
        now = build_now()
    except (ValueError, TypeError) as problem:
        print(f"fehler: {problem}", file=sys.stderr)
        return 2
    if len(kinds) != 1:
        print(f"fehler: Das Issue braucht genau eines der Labels {', '.join(FORMS)}.", file=sys.stderr)
        return 2
    try:
        proposal = convert(args.body_file.read_text(encoding="utf-8", errors="replace"), kinds[0], args.root, form_date, now, fetch=_download)
    except ProposalRefused as refused:
        args.message_file.write_text(refusal_text(refused.messages), encoding="utf-8")
        return 1
    args.message_file.write_text(proposal.summary + "\n", encoding="utf-8")
    if args.output_file:
        with args.output_file.open("a", encoding="utf-8") as output:
            output.write(f"kind={proposal.kind}\nidentifier={proposal.identifier}\npath={ContentPaths.at(args.root).display(proposal.path)}\n")
    return 0


def _download(url: str) -> bytes:
    """A file attached to the issue; only GitHub's attachment addresses (checked before) are fetched."""
    from urllib.request import urlopen

    with urlopen(url, timeout=30) as response:  # noqa: S310 - the address matched ATTACHMENT_URL
        return response.read(MAX_ATTACHMENT + 1)


if __name__ == "__main__":
    raise SystemExit(main())
