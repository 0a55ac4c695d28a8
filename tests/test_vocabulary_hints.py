"""What people write in a vocabulary field (the title, the id in capitals, an abbreviation such as
„BE“ or „NRW“) is answered with the id it means, and every hint names a value the field accepts.
Also the usual ways of writing the German time zone and a link without https://."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import REPO
from validation_support import only_problem, problems, validate

SCHEMAS = ("events.schema.json", "members.schema.json", "handreichung.schema.json")
# (schema, field path with [] for list items) -> vocabulary list, as this test writes them below.
COVERED = {
    ("events.schema.json", "type"): "event_types",
    ("events.schema.json", "topics[]"): "topics",
    ("events.schema.json", "location.state"): "states",
    ("members.schema.json", "organisation_type"): "organisation_types",
    ("members.schema.json", "state"): "states",
    ("members.schema.json", "topics[]"): "topics",
    ("members.schema.json", "tools[].category"): "tool_categories",
    ("handreichung.schema.json", "topics[]"): "topics",
    ("handreichung.schema.json", "kind"): "publication_types",
}


def _vocabulary_fields(schema: dict, path: str = "") -> dict[str, str]:
    """Every field of a schema marked with x-vocabulary, e.g. {"tools[].category": "tool_categories"}."""
    found = {}
    if isinstance(schema, dict):
        if "x-vocabulary" in schema:
            found[path] = schema["x-vocabulary"]
        for name, sub in schema.get("properties", {}).items():
            found |= _vocabulary_fields(sub, f"{path}.{name}" if path else name)
        if "items" in schema:
            found |= _vocabulary_fields(schema["items"], f"{path}[]")
        for sub in schema.get("$defs", {}).values():
            found |= _vocabulary_fields(sub, path)
    return found


def test_the_test_covers_every_vocabulary_field_of_the_schemas():
    marked = {(name, field): vocabulary for name in SCHEMAS for field, vocabulary in _vocabulary_fields(json.loads((REPO / "schemas" / name).read_text(encoding="utf-8"))).items()}
    assert marked == COVERED


def _spellings(term) -> list[str]:  # noqa: ANN001
    written = [term.title, term.id.upper(), *term.abbreviations]
    return [w for w in dict.fromkeys(written) if w != term.id]


def _quoted(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


@pytest.fixture
def spelled(repo_copy) -> tuple[Path, dict[tuple[str, int], str]]:
    """A copy with one entry per field, vocabulary entry and spelling; returns (file, line) -> meant id."""
    hub, _ = validate(repo_copy)
    vocabulary = hub.vocabulary
    first = {name: next(iter(getattr(vocabulary, name))) for name in ("event_types", "topics", "organisation_types", "states", "tool_categories")}
    expected: dict[tuple[str, int], str] = {}

    events = (repo_copy / "events.yaml").read_text(encoding="utf-8").rstrip("\n").split("\n")
    members = (repo_copy / "members.yaml").read_text(encoding="utf-8").rstrip("\n").split("\n")
    guide = ["---", "title: Schreibweisen der Themen", "description: Eine Handreichung, deren Themen anders geschrieben sind.", "authors: [schreibweise-autorin]", "status: entwurf", "topics:"]

    def event(field: str, value: str, meant: str) -> None:
        n = len(expected)
        values = {"type": _quoted(first["event_types"]), "topics": f"[{first['topics']}]"}
        values[field] = _quoted(value) if field == "type" else f"[{_quoted(value)}]"
        events.extend(["", f"- id: schreibweise-{n}", f"  title: Schreibweise {n}", f"  type: {values['type']}", '  start: "2027-03-01 10:00"', "  format: online", f"  topics: {values['topics']}"])
        expected[("events.yaml", len(events) - (3 if field == "type" else 0))] = meant

    def member(field: str, value: str, meant: str) -> None:
        n = len(expected)
        values = {"organisation_type": first["organisation_types"], "state": first["states"], "topics": first["topics"], "category": first["tool_categories"]}
        values[field] = _quoted(value)
        lines = [
            "", f"- id: schreibweise-{n}", f"  name: Erika Schreibweise {n}", "  role: Chief Digital Officer", f"  organisation: Kreis Schreibweise {n}",
            f"  organisation_type: {values['organisation_type']}", f"  state: {values['state']}", f"  topics: [{values['topics']}]",
            "  tools:", f"    - {{category: {values['category']}, name: Werkzeug}}", "  consent:", '    date: "2026-01-01"', "    scope: [profil]",
        ]
        line = {"organisation_type": 6, "state": 7, "topics": 8, "category": 10}[field]
        members.extend(lines)
        expected[("members.yaml", len(members) - len(lines) + line)] = meant

    for term in vocabulary.event_types.values():
        for spelling in _spellings(term):
            event("type", spelling, term.id)
    for term in vocabulary.topics.values():
        for spelling in _spellings(term):
            event("topics", spelling, term.id)
            member("topics", spelling, term.id)
            guide.append(f"  - {_quoted(spelling)}")
            expected[("handreichungen/schreibweisen.md", len(guide))] = term.id
    for field, terms in (("organisation_type", vocabulary.organisation_types), ("state", vocabulary.states), ("category", vocabulary.tool_categories)):
        for term in terms.values():
            for spelling in _spellings(term):
                member(field, spelling, term.id)
    for term in vocabulary.states.values():
        for spelling in _spellings(term):
            n = len(expected)
            events.extend([
                "", f"- id: schreibweise-ort-{n}", f"  title: Schreibweise Ort {n}", f"  type: {_quoted(first['event_types'])}", '  start: "2027-03-01 10:00"',
                "  format: praesenz", f"  topics: [{first['topics']}]", "  location:", "    name: Rathaus", "    address: Markt 1", "    city: Musterstadt", f"    state: {_quoted(spelling)}",
            ])
            expected[("events.yaml", len(events))] = term.id
    members.extend([  # the guide's author, without mistakes
        "", "- id: schreibweise-autorin", "  name: Anna Autorin", "  role: CDO", "  organisation: Kreis Autorin",
        f"  organisation_type: {first['organisation_types']}", f"  state: {first['states']}", "  consent:", '    date: "2026-01-01"', "    scope: [profil]",
    ])

    for n, term in enumerate(vocabulary.publication_types.values()):
        for k, spelling in enumerate(_spellings(term)):
            name = f"art-{n}-{k}.md"
            head = ["---", f"title: Art als Name {n}-{k}", "description: Eine Veröffentlichung, deren Art anders geschrieben ist.", "authors: [schreibweise-autorin]", "status: entwurf", f"kind: {_quoted(spelling)}", "topics: [" + first["topics"] + "]", "---"]
            (repo_copy / "handreichungen" / name).write_text("\n".join([*head, "", "Ein Absatz."]) + "\n", encoding="utf-8")
            expected[(f"handreichungen/{name}", 6)] = term.id
    (repo_copy / "events.yaml").write_text("\n".join(events) + "\n", encoding="utf-8")
    (repo_copy / "members.yaml").write_text("\n".join(members) + "\n", encoding="utf-8")
    (repo_copy / "handreichungen" / "schreibweisen.md").write_text("\n".join([*guide, "---", "", "Ein Absatz."]) + "\n", encoding="utf-8")
    return repo_copy, expected


def test_every_title_upper_case_id_and_abbreviation_is_answered_with_its_id(spelled):
    root, expected = spelled
    _, report = validate(root)
    found = {(d.position.file, d.position.line): d for d in problems(report)}
    assert len(expected) > 100
    assert set(found) == set(expected), "\n".join(d.as_text() for d in problems(report) if (d.position.file, d.position.line) not in expected)
    for place, meant in expected.items():
        diagnostic = found[place]
        assert diagnostic.code == "kennung-erwartet", diagnostic.as_text()
        assert diagnostic.hint.startswith(f"Meinten Sie „{meant}“?"), diagnostic.as_text()


@pytest.mark.parametrize(
    ("written", "meant"),
    [("BE", "berlin"), ("NRW", "nordrhein-westfalen"), ("NW", "nordrhein-westfalen"), ("RLP", "rheinland-pfalz"), ("RP", "rheinland-pfalz"),
     ("DE-BW", "baden-wuerttemberg"), ("de-th", "thueringen"), ("Thüringen", "thueringen"), ("bayern ", "bayern"), ("05", "nordrhein-westfalen")],
)
def test_the_usual_abbreviations_of_the_laender_lead_to_their_id(repo_copy, written, meant):
    members = repo_copy / "members.yaml"
    members.write_text(
        members.read_text(encoding="utf-8")
        + f"\n- id: laenderkuerzel\n  name: Lena Kürzel\n  role: CDO\n  organisation: Stadt Kürzel\n  organisation_type: landkreis\n  state: {_quoted(written)}\n"
        "  consent:\n    date: \"2026-01-01\"\n    scope: [profil]\n",
        encoding="utf-8",
    )
    _, report = validate(repo_copy)
    problem = only_problem(report)
    assert (problem.code, problem.hint.split("?")[0]) == ("kennung-erwartet", f"Meinten Sie „{meant}“")


def test_a_word_of_an_id_is_answered_with_that_id(repo_copy):
    members = repo_copy / "members.yaml"
    members.write_text(
        members.read_text(encoding="utf-8")
        + "\n- id: wort-der-kennung\n  name: Wanda Wort\n  role: CDO\n  organisation: Stadt Wort\n  organisation_type: stadt\n  state: berlin\n"
        "  consent:\n    date: \"2026-01-01\"\n    scope: [profil]\n",
        encoding="utf-8",
    )
    hub, report = validate(repo_copy)
    assert (only_problem(report).code, only_problem(report).hint) == ("unbekannte-kennung", "Meinten Sie „kreisfreie-stadt“?")


def test_an_unknown_value_gets_a_hint_that_names_valid_ids_only(repo_copy):
    members = repo_copy / "members.yaml"
    members.write_text(
        members.read_text(encoding="utf-8")
        + "\n- id: unbekanntes-land\n  name: Uwe Unbekannt\n  role: CDO\n  organisation: Stadt Irgendwo\n  organisation_type: landkreis\n  state: Österreich\n"
        "  consent:\n    date: \"2026-01-01\"\n    scope: [profil]\n",
        encoding="utf-8",
    )
    hub, report = validate(repo_copy)
    problem = only_problem(report)
    assert problem.code == "unbekannte-kennung"
    assert problem.hint.startswith("Erwartet wird eine Kennung aus vokabular.yaml unter „states“: ")
    named = problem.hint.split(": ", 1)[1].rstrip(".").split(", ")
    assert named and set(named) <= {"berlin", "bayern", "baden-wuerttemberg", "brandenburg", "bremen", "hamburg", "hessen", "mecklenburg-vorpommern", "niedersachsen", "nordrhein-westfalen", "rheinland-pfalz", "saarland", "sachsen", "sachsen-anhalt", "schleswig-holstein", "thueringen"}


ZONE_EVENT = '\n- id: zeitzone-geschrieben\n  title: Zeitzone wie geschrieben\n  type: workshop\n  start: "2027-03-01 10:00"\n  format: online\n  timezone: {zone}\n'


@pytest.mark.parametrize(
    ("written", "meant"),
    [("MEZ", "Europe/Berlin"), ("MESZ", "Europe/Berlin"), ("CET", "Europe/Berlin"), ("CEST", "Europe/Berlin"), ("Berlin", "Europe/Berlin"),
     ("europe/berlin", "Europe/Berlin"), ("UTC+1", "Europe/Berlin"), ("Mitteleuropäische Zeit", "Europe/Berlin"), ("New York", "America/New_York")],
)
def test_the_usual_ways_of_writing_a_zone_get_its_iana_name_as_hint(repo_copy, written, meant):
    events = repo_copy / "events.yaml"
    events.write_text(events.read_text(encoding="utf-8") + ZONE_EVENT.format(zone=_quoted(written)), encoding="utf-8")
    _, report = validate(repo_copy)
    problem = only_problem(report)
    assert problem.code == "unbekannte-zeitzone"
    assert problem.hint.startswith(f"Meinten Sie „{meant}“? Erwartet wird der IANA-Name der Zeitzone")
    # Following the hint gives a valid event.
    events.write_text(events.read_text(encoding="utf-8").replace(f"timezone: {_quoted(written)}", f"timezone: {meant}"), encoding="utf-8")
    assert problems(validate(repo_copy)[1]) == []


LINK_EVENT = '\n- id: link-ohne-schema\n  title: Link ohne Schema\n  type: workshop\n  start: "2027-03-01 10:00"\n  format: online\n  url: {url}\n'


@pytest.mark.parametrize("written", ["www.negz.org/termin", "negz.org/termin?id=3", "http://www.negz.org/termin"])
def test_a_link_without_https_gets_the_https_link_as_hint_and_that_is_accepted(repo_copy, written):
    events = repo_copy / "events.yaml"
    events.write_text(events.read_text(encoding="utf-8") + LINK_EVENT.format(url=written), encoding="utf-8")
    _, report = validate(repo_copy)
    problem = only_problem(report)
    suggestion = "https://" + written.removeprefix("http://")
    assert problem.hint.startswith(f"Meinten Sie „{suggestion}“?")
    events.write_text(events.read_text(encoding="utf-8").replace(f"url: {written}", f"url: {suggestion}"), encoding="utf-8")
    assert problems(validate(repo_copy)[1]) == []


def _patterns(node) -> set[str]:  # noqa: ANN001
    if isinstance(node, dict):
        return ({node["pattern"]} if "pattern" in node else set()) | {p for v in node.values() for p in _patterns(v)}
    if isinstance(node, list):
        return {p for v in node for p in _patterns(v)}
    return set()


def test_every_format_error_says_the_expected_form(repo_copy):
    from cdo_hub.check.schema_check import _FORMS

    patterns = {p for path in (REPO / "schemas").glob("*.json") for p in _patterns(json.loads(path.read_text(encoding="utf-8")))}
    assert {p for p in patterns if not p.startswith("^https://")} <= set(_FORMS)
    events = repo_copy / "events.yaml"
    events.write_text(events.read_text(encoding="utf-8") + '\n- id: form-falsch\n  title: Form falsch\n  type: workshop\n  start: "1. März 2027"\n  format: online\n', encoding="utf-8")
    assert only_problem(validate(repo_copy)[1]).message == "„start“ hat nicht die erwartete Form (JJJJ-MM-TT oder JJJJ-MM-TT HH:MM): „1. März 2027“."
