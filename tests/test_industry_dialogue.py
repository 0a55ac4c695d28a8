"""Dialogue formats with industry: hosts from the circle, disclosures of speakers from industry, the
format labelled on every view (page, calendar, .ics, open data) and the page „Kein Vertrieb“ linked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from icalendar import Calendar
from conftest import copy_repo, run_build
from html_helpers import load_page
from publishing_content import ANNOUNCED, DIALOGUE, GUEST, HOST, VENDOR, add_publishing_content
from fixture_edits import add_entry, edit_entry, entry, key_position, position
from validation_support import only_problem, problems, validate, where

EVENTS = "events.yaml"


@pytest.fixture
def hub_root(repo_copy: Path) -> Path:
    return add_publishing_content(repo_copy)


def _events(root: Path) -> Path:
    return root / EVENTS


# --- validation -----------------------------------------------------------------------------------


def test_the_shipped_test_dialogue_is_valid(hub_root):
    _, report = validate(hub_root)
    assert problems(report) == []


def test_a_dialogue_without_hosts(hub_root):
    edit_entry(_events(hub_root), DIALOGUE, hosts=None)
    _, report = validate(hub_root)
    line, column = position(_events(hub_root), DIALOGUE, "type")
    assert where(report) == [(EVENTS, line, column, "fehler", "gastgeber-fehlen")]
    assert "hosts" in only_problem(report).message and "Kein Vertrieb" in only_problem(report).hint


def test_a_host_from_industry(hub_root):
    edit_entry(_events(hub_root), DIALOGUE, hosts=[HOST, VENDOR])
    _, report = validate(hub_root)
    line, _ = key_position(_events(hub_root), DIALOGUE, "hosts")
    assert [(w[1], w[4]) for w in where(report)] == [(line, "gastgeber-aus-der-wirtschaft")]
    assert "Musterlösungen GmbH" in only_problem(report).message


def test_a_speaker_from_industry_without_disclosure(hub_root):
    _without_disclosure_of(hub_root, VENDOR)
    _, report = validate(hub_root)
    line, _ = key_position(_events(hub_root), DIALOGUE, "speakers")
    assert [(w[1], w[4]) for w in where(report)] == [(line, "offenlegung-fehlt")]
    assert f"„{VENDOR}“ kommt aus der Wirtschaft" in only_problem(report).message


def test_a_speaker_from_industry_needs_a_disclosure_at_any_event(hub_root):
    # Outside an industry dialogue, too: any speaker from industry discloses.
    events = _events(hub_root)
    add_entry(events, {"id": "pruef-webinar-mit-anbieter", "title": "Webinar mit einem Anbieter", "type": "webinar",
                       "start": "2027-01-27 10:00", "format": "online", "speakers": [HOST, VENDOR]})
    _, report = validate(hub_root)
    assert [w[4] for w in where(report)] == ["offenlegung-fehlt"]
    assert where(report)[0][1] == key_position(events, "pruef-webinar-mit-anbieter", "speakers")[0]


def test_a_guest_of_a_dialogue_without_disclosure(hub_root):
    _without_disclosure_of(hub_root, GUEST)
    _, report = validate(hub_root)
    guests = entry(_events(hub_root), DIALOGUE)["guests"]
    line, _ = position(_events(hub_root), DIALOGUE, "guests", guests.index(GUEST))
    assert [(w[1], w[4]) for w in where(report)] == [(line, "offenlegung-fehlt")]


def test_a_disclosure_of_someone_who_does_not_speak(hub_root):
    disclosures = entry(_events(hub_root), DIALOGUE)["disclosures"]
    edit_entry(_events(hub_root), DIALOGUE, disclosures=[{**d, "person": "Gerda Gast"} if d["person"] == GUEST else d for d in disclosures])
    _, report = validate(hub_root)
    codes = sorted(w[4] for w in where(report))
    assert codes == ["offenlegung-fehlt", "offenlegung-ohne-person"]


def test_an_announcement_in_the_future(hub_root):
    edit_entry(_events(hub_root), DIALOGUE, announced="2026-12-24")
    _, report = validate(hub_root)
    line, _ = position(_events(hub_root), DIALOGUE, "announced")
    assert [(w[1], w[4]) for w in where(report)] == [(line, "datum-in-zukunft")]


def _without_disclosure_of(root: Path, person: str) -> None:
    """Remove the disclosure of `person` from the test's own dialogue entry."""
    disclosures = entry(_events(root), DIALOGUE)["disclosures"]
    assert any(d["person"] == person for d in disclosures)
    edit_entry(_events(root), DIALOGUE, disclosures=[d for d in disclosures if d["person"] != person])


# --- every view labels the format -----------------------------------------------------------------


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = add_publishing_content(copy_repo(tmp_path_factory.mktemp("dialogue")))
    result = run_build(root)
    assert result.returncode == 0, result.output
    return result.site


def test_the_event_page_labels_the_dialogue_names_hosts_and_disclosures(site):
    page = load_page(site, f"veranstaltungen/{DIALOGUE}/")
    text = page.article.text
    assert page.article.find("strong", cls="hub-badge--wirtschaft").text == "Branchendialog"
    assert "Dialog mit der Wirtschaft" in text
    assert "kein-vertrieb/" in page.links()
    facts = [e for e in page.article.find("div", cls="hub-facts").find("dl").children if not isinstance(e, str)]
    hosts = next(facts[i + 1] for i, e in enumerate(facts) if e.tag == "dt" and e.text == "Gastgeber aus dem Zirkel")
    assert page.links(hosts) == [f"mitglieder/{HOST}/"]
    disclosures = page.sections()["Offenlegung"]
    disclosed = " ".join(e.text for e in disclosures)
    assert "Arno Anbieter" in disclosed and "Arbeitet für einen Anbieter von Fachverfahren" in disclosed
    assert GUEST in disclosed and "Vertrieb eines Systemhauses" in disclosed


def test_the_calendar_labels_the_dialogue(site):
    page = load_page(site, "veranstaltungen/")
    card = next(c for c in page.article.find_all("div", cls="hub-event") if f"veranstaltungen/{DIALOGUE}/" in page.links(c))
    assert card.find("strong", cls="hub-badge--wirtschaft").text == "Branchendialog"


def test_the_ics_files_carry_the_format_as_category(site):
    for feed in ("veranstaltungen/kalender.ics", f"veranstaltungen/{DIALOGUE}.ics"):
        calendar = Calendar.from_ical((site / feed).read_bytes())
        event = next(e for e in calendar.walk("VEVENT") if str(e["UID"]).startswith(f"{DIALOGUE}@"))
        categories = [str(c) for c in event["CATEGORIES"].cats]
        assert "Branchendialog" in categories, feed
        description = str(event["DESCRIPTION"])
        assert "Kein Vertrieb" in description and "https://cdo-zirkel.example/kein-vertrieb/" in description
        assert "Gastgeber aus dem Zirkel: Pia Prüfer" in description
        assert "Offenlegung: Arno Anbieter: Arbeitet für" in description


def test_open_data_labels_the_dialogue(site):
    records = {e["id"]: e for e in json.loads((site / "daten" / "veranstaltungen.json").read_text(encoding="utf-8"))["events"]}
    dialogue = records[DIALOGUE]
    assert dialogue["industry_dialogue"] is True and dialogue["type"] == "branchendialog"
    assert dialogue["hosts"] == [HOST]
    assert dialogue["disclosures"][0] == {"person": VENDOR, "text": "Arbeitet für einen Anbieter von Fachverfahren; stellt keine Produkte vor."}
    assert dialogue["announced"] == ANNOUNCED
    assert not any(r["industry_dialogue"] for r in records.values() if r["type"] != "branchendialog")


def test_the_page_kein_vertrieb_states_the_rules(site):
    page = load_page(site, "kein-vertrieb/")
    assert page.title.startswith("Kein Vertrieb")
    text = page.article.text
    for rule in ("Gastgeber aus dem Zirkel", "Offenlegung", "Produktpräsentationen"):
        assert rule in text, rule


def test_publications_by_industry_authors_link_the_rules_and_others_do_not(site):
    with_vendor = load_page(site, "handreichungen/pruef-handreichung-mit-anbieter/")
    assert "kein-vertrieb/" in with_vendor.links()
    without = load_page(site, "handreichungen/pruef-praxisbericht/")
    assert "kein-vertrieb/" not in without.links()
