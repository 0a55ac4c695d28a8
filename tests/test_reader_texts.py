"""What a first-time reader reads: role titles that fit the person, „Sie“ throughout, series said as
people say them, dates that never break apart, a place that names its city once, only coming
cancellations, and a search index without interface text.

The build is a copy with members and events of the test's own; "now" is conftest's FIXED_NOW.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from cdo_hub.publish.dates_de import long_date, rhythm, short_date, when
from cdo_hub.model.hub import Event, Location, Recurrence
from cdo_hub.model.occurrences import Occurrence
from cdo_hub.publish.search_index import add_spellings, spellings
from conftest import FIXED_NOW, REPO, copy_repo, run_build
from content_helpers import read_content, write_yaml
from html_helpers import load_page, search_docs
from test_theme_overrides import CHANGES as MATERIAL_COPIES

NBSP, WORD_JOINER = "\u00a0", "\u2060"


def _member(member_id: str, name: str, **extra) -> dict:
    return {"id": member_id, "name": name, "role": "Chief Digital Officer", "organisation": f"Landkreis {name.split()[-1]}",
            "organisation_type": "landkreis", "state": "bayern", **extra, "consent": {"date": "2026-10-01", "scope": ["profil", "foto"]}}


SPEAKERS = {
    "frau": _member("petra-probst", "Petra Probst", circle_roles=["sprecher"], salutation="frau",
                    photo={"src": "mitglieder/fotos/petra-probst.svg", "credit": "Foto: Bildstelle Probst"}),
    "herr": _member("joerg-probst", "Jörg Probst", circle_roles=["co-sprecher"], salutation="herr"),
    "": _member("kim-probst", "Kim Probst", circle_roles=["sprecher", "co-sprecher"]),
}
ROLE_TITLES = {
    "petra-probst": ["Sprecherin des Zirkels"],
    "joerg-probst": ["Co-Sprecher des Zirkels"],
    "kim-probst": ["Sprecherrolle im Zirkel", "Co-Sprecherrolle im Zirkel"],
}
SERIES = {
    "id": "probe-sprechstunde", "title": "Probe-Sprechstunde", "type": "sprechertreffen", "start": "2026-09-03 08:30", "end": "09:15",
    "format": "praesenz", "location": {"name": "Rathaus Probstadt", "address": "Markt 1, 07743 Probstadt", "city": "Probstadt"},
    "recurrence": {"frequency": "weekly", "interval": 2, "until": "2027-07-01", "except": ["2026-09-17", "2026-12-24", "2027-06-10"]},
}
PHOTO_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="160"><rect width="160" height="160" fill="#cde"/></svg>\n'


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = copy_repo(tmp_path_factory.mktemp("reader"))
    content = read_content(root)
    write_yaml(root / "members.yaml", content.members + list(SPEAKERS.values()))
    write_yaml(root / "events.yaml", content.events + [SERIES])
    (root / "docs" / SPEAKERS["frau"]["photo"]["src"]).write_text(PHOTO_SVG, encoding="utf-8")
    result = run_build(root)
    assert result.returncode == 0, result.output
    return result.site


# --- role titles ---------------------------------------------------------------------------------


@pytest.mark.parametrize("member_id", sorted(ROLE_TITLES))
def test_role_titles_follow_the_person_on_profile_and_in_the_directory(site, member_id):
    facts = load_page(site, f"mitglieder/{member_id}/").article.find("div", cls="hub-facts").text
    assert f"Rolle im Zirkel {', '.join(ROLE_TITLES[member_id])}" in facts
    entry = next(div for div in load_page(site, "mitglieder/").article.find_all("li", cls="hub-member") if any(a.attrs.get("href", "").endswith(f"{member_id}/") for a in div.find_all("a")))
    assert all(title in entry.text for title in ROLE_TITLES[member_id])


def test_no_role_title_names_both_forms_at_once(site):
    for page in site.glob("mitglieder/**/index.html"):
        assert not re.search(r"\w+in/\w+", load_page(site, page.parent.relative_to(site).as_posix() + "/").article.text), page


# --- one form of address --------------------------------------------------------------------------

# Informal address: „Ihr“/„ihr“ as a subject before or after its verb, and every form of „du“ and „euch“.
INFORMAL = re.compile(r"\b(setzt|habt|seid|könnt|wollt|macht|nutzt|findet|kennt) [Ii]hr\b|\b[Ii]hr (setzt|habt|seid|könnt|wollt|macht|nutzt|findet|kennt)\b|\b(du|dich|dir|dein\w*|euch|euer|eure\w*)\b", re.IGNORECASE)


def test_site_texts_address_the_reader_as_sie():
    sources = [*sorted((REPO / "overrides").rglob("*.j2")), *sorted((REPO / "overrides").glob("*.html")), *sorted((REPO / "docs").rglob("*.md"))]
    # Material's own templates, copied with one change each, hold markup (`<body dir=…>`), not the hub's texts.
    copies = {f"overrides/{name}" for name in MATERIAL_COPIES}
    sources = [path for path in sources if path.relative_to(REPO).as_posix() not in copies]
    informal = [f"{path.relative_to(REPO)}: {match.group()}" for path in sources for match in INFORMAL.finditer(path.read_text(encoding="utf-8"))]
    assert not informal


def test_the_address_check_notices_informal_address():
    assert INFORMAL.search("Welches Tool setzt Ihr ein?") and INFORMAL.search("Schreibt euch ein") and not INFORMAL.search("Ihr Profil")


# --- series, dates and places -------------------------------------------------------------------------


def _event(start: datetime, **recurrence) -> Event:
    return Event(id="x", title="X", type="t", all_day=False, start=start, end=None, zone=ZoneInfo("Europe/Berlin"), format="online", recurrence=Recurrence(**({"interval": 1} | recurrence)))  # the content path fills interval from the schema


@pytest.mark.parametrize(("start", "recurrence", "said"), [
    (datetime(2026, 9, 3, 8, 30), {"frequency": "weekly", "interval": 2, "until": date(2027, 7, 1)}, "alle zwei Wochen donnerstags, bis 1. Juli 2027"),
    (datetime(2026, 9, 3, 8, 30), {"frequency": "weekly"}, "jeden Donnerstag"),
    (datetime(2026, 12, 15, 16), {"frequency": "monthly", "week_of_month": 3}, "jeden dritten Dienstag im Monat"),
    (datetime(2026, 12, 25, 16), {"frequency": "monthly", "week_of_month": -1, "interval": 3}, "alle drei Monate am letzten Freitag"),
    (datetime(2026, 12, 15, 16), {"frequency": "monthly"}, "jeden Monat am 15."),
    (datetime(2026, 12, 15, 16), {"frequency": "weekly", "interval": 14}, "alle 14 Wochen dienstags"),
])
def test_a_series_is_said_as_people_say_it(start, recurrence, said):
    assert rhythm(_event(start, **recurrence)).replace(NBSP, " ") == said


def test_dates_and_times_do_not_break_between_their_parts():
    assert short_date(date(2026, 10, 5)) == f"5.{NBSP}Oktober{NBSP}2026"
    assert long_date(date(2026, 10, 5)) == f"Montag, 5.{NBSP}Oktober{NBSP}2026"
    event = Event(id="x", title="X", type="t", all_day=False, start=datetime(2026, 10, 5, 10), end=datetime(2026, 10, 5, 15, 30), zone=ZoneInfo("Europe/Berlin"), format="online")
    assert when(Occurrence(event, event.start, event.end), with_zone=True) == f"Montag, 5.{NBSP}Oktober{NBSP}2026, 10:00–{WORD_JOINER}15:30{NBSP}Uhr{NBSP}(MESZ)"


@pytest.mark.parametrize(("location", "shown"), [
    (Location("Rathaus Jena", "Jena", "Markt 1, 07743 Jena"), ("Rathaus Jena", "Markt 1, 07743 Jena")),
    (Location("Kreishaus", "Rendsburg", "Kaiserstraße 8"), ("Kreishaus", "Kaiserstraße 8", "Rendsburg")),
    (Location("Stadthalle Bad Hersfeld", "Bad Hersfeld"), ("Stadthalle Bad Hersfeld",)),
    (Location("Messe Berlin", "Berlin-Charlottenburg"), ("Messe Berlin", "Berlin-Charlottenburg")),
])
def test_a_place_names_its_city_once(location, shown):
    assert location.parts == shown


def test_the_event_page_says_the_series_place_and_only_coming_cancellations(site):
    facts = load_page(site, f"veranstaltungen/{SERIES['id']}/").article.find("div", cls="hub-facts")
    text = facts.text
    assert "Wiederholung alle zwei Wochen donnerstags, bis 1. Juli 2027" in text
    assert "Ort Rathaus Probstadt, Markt 1, 07743 Probstadt " in text + " " and "Probstadt, Probstadt" not in text
    html = (site / "veranstaltungen" / SERIES["id"] / "index.html").read_text(encoding="utf-8")
    assert FIXED_NOW.date() > date(2026, 9, 17), "the first cancellation must lie in the past of the fixed now"
    assert f"Entfällt am: 24.{NBSP}Dezember{NBSP}2026, 10.{NBSP}Juni{NBSP}2027." in html
    assert "17.\u00a0September\u00a02026" not in html and "17. September 2026" not in html


def test_event_dates_on_pages_keep_their_parts_together(site):
    html = (site / "veranstaltungen" / SERIES["id"] / "index.html").read_text(encoding="utf-8")
    times = re.findall(r"<time[^>]*>(.*?)</time>", html)
    assert times
    for shown in times:
        assert not re.search(r"\d\. [A-ZÄÖÜ]|[a-zä] \d{4}|\d:\d\d Uhr|–\d", shown), shown


# --- the search index --------------------------------------------------------------------------------


def test_the_index_leaves_out_filters_buttons_credits_and_back_links(site):
    docs = {d["location"]: d for d in search_docs(site)}
    assert "Alle Bundesländer" not in docs["mitglieder/"]["text"] and "Alle Themen" not in docs["handreichungen/"]["text"]
    assert "Bildstelle Probst" not in docs["mitglieder/petra-probst/"]["text"]
    assert (site / "mitglieder" / "petra-probst" / "index.html").read_text(encoding="utf-8").count("Bildstelle Probst") == 1
    series = " ".join(d["text"] for loc, d in docs.items() if loc.startswith(f"veranstaltungen/{SERIES['id']}/"))
    assert "In meinen Kalender eintragen" not in series and "Zurück zum Kalender" not in series
    assert "Kalender abonnieren" not in docs["veranstaltungen/"]["text"]


def test_the_index_carries_other_spellings_of_each_entry(site):
    docs = {d["location"]: d for d in search_docs(site)}
    assert "weissbaecker" not in docs["mitglieder/"]["text"]
    assert {"title_spellings", "text_spellings"} <= set(json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["config"]["fields"])
    profile = docs["mitglieder/joerg-probst/"]
    assert profile["title"] == "Jörg Probst" and {"joerg", "jorg"} <= set(profile["title_spellings"].split())


@pytest.mark.parametrize(("word", "expected"), [
    ("weißhaupt", {"weisshaupt"}),
    ("weisshaupt", {"weißhaupt"}),
    ("müller", {"mueller", "muller"}),
    ("mueller", {"müller", "muller"}),
    ("schröder", {"schroeder", "schroder"}),
    ("baden", set()),
])
def test_spellings_fold_both_ways(word, expected):
    assert spellings(word) == expected


def test_spelling_fields_get_the_boost_of_their_source():
    index = add_spellings({"config": {"fields": {"title": {"boost": 1000.0}, "text": {"boost": 1.0}}}, "docs": [{"location": "a/", "title": "Jörg Weißbäcker", "text": "<p>Baden</p>"}]})
    assert index["config"]["fields"]["title_spellings"] == {"boost": 1000.0}
    assert set(index["docs"][0]["title_spellings"].split()) >= {"weissbaecker", "weissbacker", "joerg", "jorg"}
    assert "text_spellings" not in index["docs"][0]
