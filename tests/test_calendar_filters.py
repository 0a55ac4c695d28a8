"""The calendar filtered by kind, format, topic and Land as plain pages (no script), and one-click subscriptions."""

from __future__ import annotations

from pathlib import Path

import pytest
from icalendar import Calendar

from conftest import copy_repo, run_build
from html_helpers import load_page
from validation_support import column_of, line_of, problems, validate

SITE_URL = "https://cdo-zirkel.example/"
# Events this module adds; titles no shipped event has.
IN_SAARLAND = """
- id: filtertest-werkstatt-saarbruecken
  title: Filtertest Werkstatt in Saarbrücken
  type: workshop
  start: "2027-03-10 10:00"
  end: "16:00"
  format: praesenz
  location:
    name: Rathaus Saarbrücken
    city: Saarbrücken
    state: saarland
  topics: [low-code]
  description: Ein Werkstatttag für die Filter des Kalenders.
"""
ONLINE = """
- id: filtertest-webinar-online
  title: Filtertest Webinar online
  type: webinar
  start: "2027-03-11 10:00"
  end: "11:00"
  format: online
  topics: [low-code]
  description: Ein Webinar für die Filter des Kalenders.
"""


def _add_events(root: Path, *entries: str) -> Path:
    events = root / "events.yaml"
    with open(events, "a", encoding="utf-8") as out:
        out.write("".join(entries))
    return events


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = copy_repo(tmp_path_factory.mktemp("filter"))
    _add_events(root, IN_SAARLAND, ONLINE)
    result = run_build(root)
    assert result.returncode == 0, result.output
    return result.site


def _titles(site: Path, path: str) -> set[str]:
    return {a.text for a in load_page(site, path).article.find_all("a")}


def test_each_land_kind_and_format_has_its_page_of_upcoming_dates(site):
    assert "Filtertest Werkstatt in Saarbrücken" in _titles(site, "veranstaltungen/land/saarland/")
    assert "Filtertest Webinar online" not in _titles(site, "veranstaltungen/land/saarland/")
    assert "Filtertest Webinar online" in _titles(site, "veranstaltungen/format/online/")
    assert "Filtertest Werkstatt in Saarbrücken" not in _titles(site, "veranstaltungen/format/online/")
    assert "Filtertest Werkstatt in Saarbrücken" in _titles(site, "veranstaltungen/art/workshop/")
    assert "Filtertest Webinar online" in _titles(site, "veranstaltungen/art/webinar/")
    assert "Filtertest Werkstatt in Saarbrücken" in _titles(site, "themen/low-code/")


def test_the_calendar_links_every_filter_without_script(site):
    calendar = load_page(site, "veranstaltungen/")
    nav = calendar.article.find("nav", aria_label="Termine filtern")
    assert nav is not None
    links = set(calendar.links(nav))
    states = {p.name for p in (site / "veranstaltungen" / "land").iterdir() if p.is_dir()}
    assert len(states) == 16
    assert {f"veranstaltungen/land/{s}/" for s in states} <= links
    assert {"veranstaltungen/art/workshop/", "veranstaltungen/format/online/", "veranstaltungen/format/praesenz/", "themen/low-code/"} <= links
    # A filter page marks where the reader is.
    saarland = load_page(site, "veranstaltungen/land/saarland/")
    current = [a.text for a in saarland.article.find_all("a") if a.attrs.get("aria-current") == "page"]
    assert current == ["Saarland (1)"]  # the text helper collapses the no-break space


def test_the_feed_of_a_land_has_the_events_held_there(site):
    feed = Calendar.from_ical((site / "veranstaltungen" / "land" / "saarland" / "kalender.ics").read_bytes())
    titles = {str(e["SUMMARY"]) for e in feed.walk("VEVENT")}
    assert titles == {"Filtertest Werkstatt in Saarbrücken"}


@pytest.mark.parametrize(
    ("page", "feed"),
    [
        ("veranstaltungen/", "veranstaltungen/kalender.ics"),
        ("themen/low-code/", "themen/low-code/kalender.ics"),
        ("veranstaltungen/land/saarland/", "veranstaltungen/land/saarland/kalender.ics"),
    ],
)
def test_one_click_subscription_beside_the_https_address(site, page, feed):
    article = load_page(site, page).article
    webcal = [a.attrs["href"] for a in article.find_all("a") if a.attrs.get("href", "").startswith("webcal://")]
    assert f"webcal://cdo-zirkel.example/{feed}" in webcal
    assert f"{SITE_URL}{feed}" in article.text
    assert (site / feed).is_file()


def test_the_land_of_a_venue_must_be_known(repo_copy):
    events = _add_events(repo_copy, IN_SAARLAND.replace("state: saarland", "state: saarlandd"))
    _, report = validate(repo_copy)
    line = line_of(events, "state: saarlandd")
    assert [(d.position.line, d.position.column, d.code) for d in problems(report)] == [(line, column_of(events, line, "saarlandd"), "unbekannte-kennung")]
    assert "saarland" in problems(report)[0].hint
