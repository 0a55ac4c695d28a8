"""Kinds of publication: each kind's required fields, German messages at the line, and the kind shown
in the overview, on every page, in search and in the open data; a survey's results as chart and table."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import copy_repo, run_build
from html_helpers import load_page, search_docs
from publishing_content import HOST, KIND_TITLES, KINDS, TOPIC, add_publishing_content, write_publication
from validation_support import line_of, only_problem, problems, validate, where

COMMON = f"""
title: Eine Veröffentlichung der Tests
description: Kopfdaten, die die Tests für jede Art von Veröffentlichung abwandeln.
authors: [{HOST}]
topics: [{TOPIC}]
status: veroeffentlicht
published: "2026-10-01"
"""
# Per kind: its complete fields, and the fields the schema requires for it.
KIND_FIELDS = {
    "positionspapier": ('adopted: "2026-09-17"\nsignatories: [' + HOST + "]", ["adopted", "signatories"]),
    "kurzstudie": (
        'question: Wie arbeiten kommunale CDOs?\nmethod: Interviews mit zehn CDOs\nsample: 10 Landkreise\nperiod: {start: "2026-03-01", end: "2026-04-30"}',
        ["question", "method", "sample", "period"],
    ),
    "umfrageergebnis": (
        'question: Welches Werkzeug nutzen Sie?\nresponses: 20\nperiod: {start: "2026-03-01", end: "2026-04-30"}\nresults: [{answer: Eines, count: 12}, {answer: Keines, count: 8}]',
        ["question", "responses", "period", "results"],
    ),
    "praxisbericht": ("organisation: Landkreis Prüfhausen", ["organisation"]),
}


@pytest.fixture
def hub_root(repo_copy: Path) -> Path:
    return add_publishing_content(repo_copy)


# --- validation -----------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KIND_FIELDS)
def test_each_kind_with_its_fields_is_valid(hub_root, kind):
    write_publication(hub_root, "pruef-art", f"{COMMON}kind: {kind}\n{KIND_FIELDS[kind][0]}")
    hub, report = validate(hub_root)
    assert problems(report) == [] and hub is not None
    assert hub.guides["pruef-art"].kind == kind


@pytest.mark.parametrize(("kind", "field"), [(k, f) for k, (_, fields) in KIND_FIELDS.items() for f in fields])
def test_a_missing_field_of_a_kind_is_reported_in_german_at_the_kind(hub_root, kind, field):
    fields = "\n".join(line for line in KIND_FIELDS[kind][0].split("\n") if not line.startswith(f"{field}:"))
    path = write_publication(hub_root, "pruef-art", f"{COMMON}kind: {kind}\n{fields}")
    _, report = validate(hub_root)
    problem = only_problem(report)
    assert where(report) == [("handreichungen/pruef-art.md", line_of(path, "kind:"), 7, "fehler", "pflichtfeld-fehlt")]
    assert f"Bei kind: {kind} ist „{field}“ Pflicht und fehlt." in problem.message
    assert f"({field})" in problem.hint, "the hint names what the kind needs"


def test_without_a_kind_a_publication_is_a_guide(hub_root):
    write_publication(hub_root, "pruef-art", COMMON)
    hub, report = validate(hub_root)
    assert problems(report) == []
    assert hub.guides["pruef-art"].kind == "handreichung"


def test_an_unknown_kind_suggests_the_known_one(hub_root):
    path = write_publication(hub_root, "pruef-art", f"{COMMON}kind: positionpapier")
    _, report = validate(hub_root)
    assert where(report) == [("handreichungen/pruef-art.md", line_of(path, "kind:"), 7, "fehler", "unbekannte-kennung")]
    assert "Die Art „positionpapier“ gibt es nicht" in only_problem(report).message
    assert only_problem(report).hint == "Meinten Sie „positionspapier“?"


def test_a_field_of_another_kind_is_reported(hub_root):
    path = write_publication(hub_root, "pruef-art", f"{COMMON}kind: praxisbericht\norganisation: Landkreis Prüfhausen\nsample: 12 Landkreise")
    _, report = validate(hub_root)
    assert where(report) == [("handreichungen/pruef-art.md", line_of(path, "sample:"), 1, "fehler", "feld-passt-nicht-zur-art")]
    assert "(Kurzstudie)" in only_problem(report).message and "„Praxisbericht“" in only_problem(report).message


def test_a_period_that_ends_before_it_starts(hub_root):
    fields = KIND_FIELDS["kurzstudie"][0].replace('end: "2026-04-30"', 'end: "2026-02-01"')
    path = write_publication(hub_root, "pruef-art", f"{COMMON}kind: kurzstudie\n{fields}")
    _, report = validate(hub_root)
    assert [(w[1], w[4]) for w in where(report)] == [(line_of(path, "period:"), "ende-vor-beginn")]


def test_survey_counts_above_the_number_of_answers(hub_root):
    fields = KIND_FIELDS["umfrageergebnis"][0].replace("count: 12", "count: 21")
    path = write_publication(hub_root, "pruef-art", f"{COMMON}kind: umfrageergebnis\n{fields}")
    _, report = validate(hub_root)
    codes = [(w[1], w[4]) for w in where(report)]
    # One answer chosen more often than people answered, and a sum above them without multiple choice.
    assert codes == [(line_of(path, "responses:"), "mehr-nennungen-als-antworten"), (line_of(path, "results:"), "mehr-nennungen-als-antworten")]
    assert "multiple_choice: true" in problems(report)[0].hint


def test_with_multiple_choice_the_sum_may_exceed_the_answers(hub_root):
    fields = KIND_FIELDS["umfrageergebnis"][0].replace("count: 8", "count: 18")
    write_publication(hub_root, "pruef-art", f"{COMMON}kind: umfrageergebnis\nmultiple_choice: true\n{fields}")
    _, report = validate(hub_root)
    assert problems(report) == []


def test_signatories_must_be_members(hub_root):
    fields = KIND_FIELDS["positionspapier"][0].replace(f"signatories: [{HOST}]", "signatories: [pia-prufer]")
    path = write_publication(hub_root, "pruef-art", f"{COMMON}kind: positionspapier\n{fields}")
    _, report = validate(hub_root)
    assert [(w[1], w[4]) for w in where(report)] == [(line_of(path, "signatories:"), "unbekannte-kennung")]
    assert only_problem(report).hint == f"Meinten Sie „{HOST}“?"


# --- the built site -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = add_publishing_content(copy_repo(tmp_path_factory.mktemp("kinds")))
    result = run_build(root)
    assert result.returncode == 0, result.output
    return result.site


def test_the_overview_has_a_section_per_kind_reachable_without_javascript(site):
    page = load_page(site, "handreichungen/")
    sections = {group.find("h2").attrs["id"]: set(page.links(group)) for group in page.article.find_all("div", cls="hub-group")}
    for slug, kind in KINDS.items():
        assert f"handreichungen/{slug}/" in sections[kind], (kind, slug)
        assert not any(f"handreichungen/{slug}/" in links for other, links in sections.items() if other != kind), slug
    anchors = {a.attrs["href"] for a in page.article.find_all("a") if a.attrs.get("href", "").startswith("#")}
    assert {f"#{kind}" for kind in KINDS.values()} <= anchors, "a list of the kinds leads to their sections"
    assert f"themen/{TOPIC}/" in page.links(), "and a topic leads to its page"


def test_the_topic_page_lists_publications_of_every_kind(site):
    page = load_page(site, f"themen/{TOPIC}/")
    links = {link for element in page.sections()["Veröffentlichungen"] for link in page.links(element) if link.startswith("handreichungen/")}
    assert links == {f"handreichungen/{slug}/" for slug in KINDS}


@pytest.mark.parametrize("slug", KINDS)
def test_every_page_names_its_kind(site, slug):
    page = load_page(site, f"handreichungen/{slug}/")
    facts = [e for e in page.article.find("div", cls="hub-facts").find("dl").children if not isinstance(e, str)]
    labels = {facts[i].text: facts[i + 1].text for i in range(0, len(facts), 2)}
    assert labels["Art"] == KIND_TITLES[KINDS[slug]]
    overview = load_page(site, "handreichungen/")
    card = next(c for c in overview.article.find_all("div", cls="hub-guide") if f"handreichungen/{slug}/" in overview.links(c))
    assert KIND_TITLES[KINDS[slug]] in card.text


@pytest.mark.parametrize("slug", KINDS)
def test_search_finds_the_kind_of_every_publication(site, slug):
    text = " ".join(d["text"] for d in search_docs(site) if d["location"].startswith(f"handreichungen/{slug}/"))
    assert re.search(rf"\bArt {KIND_TITLES[KINDS[slug]]}\b", text), text[:200]


def test_the_kind_specific_facts_are_shown(site):
    position = load_page(site, "handreichungen/pruef-positionspapier/").article.text
    assert "Beschlossen am" in position and "17. September 2026" in position and "Unterzeichnet von" in position
    study = load_page(site, "handreichungen/pruef-kurzstudie/").article.text
    for text in ("Fragestellung", "Methode", "Leitfadeninterviews", "Stichprobe", "9 Landkreise", "Zeitraum", "2. März 2026 bis 29. Mai 2026"):
        assert text in study, text
    report = load_page(site, "handreichungen/pruef-praxisbericht/").article.text
    assert "Organisation" in report and "Landkreis Prüfhausen" in report


def test_open_data_names_the_kind_and_its_fields(site):
    records = {g["slug"]: g for g in json.loads((site / "daten" / "handreichungen.json").read_text(encoding="utf-8"))["guides"]}
    assert {slug: records[slug]["kind"] for slug in KINDS} == KINDS
    assert "pruef-entwurf" not in records
    assert records["pruef-positionspapier"]["adopted"] == "2026-09-17" and records["pruef-positionspapier"]["signatories"] == [HOST]
    assert records["pruef-kurzstudie"]["period"] == {"start": "2026-03-02", "end": "2026-05-29"}
    survey = records["pruef-umfrage"]
    assert survey["responses"] == 40 and survey["multiple_choice"] is True
    assert survey["results"] == [{"answer": "Tabellenkalkulation", "count": 30}, {"answer": "BPMN-Werkzeug", "count": 12}, {"answer": "Whiteboard", "count": 5}]
    assert "results" not in records["pruef-praxisbericht"] and records["pruef-praxisbericht"]["organisation"] == "Landkreis Prüfhausen"


# --- a survey's chart and its table -----------------------------------------------------------------


def test_the_survey_chart_is_an_image_with_a_name_a_description_and_text_labels(site):
    page = load_page(site, "handreichungen/pruef-umfrage/")
    svg = page.article.find("svg", cls="hub-chart")
    assert svg.attrs["role"] == "img"
    named_by = svg.attrs["aria-labelledby"].split()
    title, desc = (page.article.find(id=i) for i in named_by)
    assert title.tag == "title" and title.text == "Welche Werkzeuge nutzen Sie zur Prozessmodellierung?"
    assert desc.tag == "desc" and "Tabellenkalkulation: 30 (75 %)" in _plain(desc.text) and "Whiteboard: 5 (13 %)" in _plain(desc.text)
    texts = [_plain(t.text) for t in svg.find_all("text")]
    # Every bar carries its answer and its numbers as text: nothing depends on telling colours apart.
    assert texts == ["Tabellenkalkulation", "30 (75 %)", "BPMN-Werkzeug", "12 (30 %)", "Whiteboard", "5 (13 %)"]
    widths = [int(r.attrs["width"]) for r in svg.find_all("rect")]
    assert widths[0] > widths[1] > widths[2] > 0, "longer bars for more answers"
    assert widths[0] / widths[2] == pytest.approx(30 / 5, rel=0.05)


def test_the_survey_table_beside_the_chart_has_the_same_numbers(site):
    page = load_page(site, "handreichungen/pruef-umfrage/")
    survey = page.article.find("div", cls="hub-survey")
    assert survey.find("svg") is not None and survey.find("table") is not None, "chart and table side by side"
    rows = [[_plain(td.text) for td in tr.find_all("td")] for tr in survey.find("table").find("tbody").find_all("tr")]
    assert rows == [["Tabellenkalkulation", "30", "75 %"], ["BPMN-Werkzeug", "12", "30 %"], ["Whiteboard", "5", "13 %"]]


def test_search_indexes_the_survey_table_not_the_chart_a_second_time(site):
    text = " ".join(d["text"] for d in search_docs(site) if d["location"].startswith("handreichungen/pruef-umfrage/"))
    assert "Tabellenkalkulation" in text
    assert "Balkendiagramm" not in text


def _plain(text: str) -> str:
    """Text with any run of spaces (also the non-breaking one between number and per cent sign) as one space."""
    return " ".join(text.split())
