"""Edit links: guides and docs pages open their file; event pages and profiles the line of their entry."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import copy_repo, run_build

EVENT = """
- id: kante-edit-link-2027
  title: Probe für den Bearbeiten-Link
  type: webinar
  start: "2027-05-05 10:00"
  end: "11:00"
  format: online
"""
MEMBER = """
- id: paula-probe
  name: Paula Probe
  role: Chief Digital Officer
  organisation: Kreis Probe
  organisation_type: landkreis
  state: hessen
  consent:
    date: "2026-01-10"
    scope: [profil]
"""
GUIDE = """---
title: Probe für den Bearbeiten-Link
description: Eine Handreichung, die nur zeigt, wohin ihr Bearbeiten-Link führt.
authors: [paula-probe]
topics: [ki]
status: veroeffentlicht
published: "2026-11-01"
---

Nur ein Absatz.
"""
PAGE = "# Probeseite\n\nNur ein Absatz.\n"
REPO_URL = "https://github.com/beispiel-org/beispiel-hub"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    root = copy_repo(tmp_path_factory.mktemp("edit-links"))
    lines = {}
    for name, entry in (("events.yaml", EVENT), ("members.yaml", MEMBER)):
        text = (root / name).read_text(encoding="utf-8").rstrip("\n") + "\n"
        lines[name] = text.count("\n") + 2  # the blank line, then „- id:“
        (root / name).write_text(text + entry, encoding="utf-8")
    (root / "handreichungen" / "probe-bearbeiten.md").write_text(GUIDE, encoding="utf-8")
    (root / "docs" / "probe-bearbeiten.md").write_text(PAGE, encoding="utf-8")
    config = root / "mkdocs.yml"
    settings = yaml.safe_load("\n".join(l for l in config.read_text(encoding="utf-8").split("\n") if l.startswith(("repo_url:", "edit_uri:"))))
    assert settings["edit_uri"] == "edit/main/docs/", "Die Links setzen den Ordner docs/ im Zweig main voraus."
    text = config.read_text(encoding="utf-8").replace(f"repo_url: {settings['repo_url']}\n", f"repo_url: {REPO_URL}\n", 1)
    config.write_text(text + "\nnot_in_nav: |\n  /probe-bearbeiten.md\n", encoding="utf-8")
    result = run_build(root)
    assert result.returncode == 0, result.output
    return result.site, lines


def _edit_link(site: Path, page: str) -> tuple[str, str]:
    html = (site / page / "index.html").read_text(encoding="utf-8")
    start = html.index('class="hub-edit-link"')
    anchor_start = html.rindex("<a ", 0, start)
    href = html[anchor_start:].split('href="', 1)[1].split('"', 1)[0]
    text = html[start:].split("<span>", 1)[1].split("</span>", 1)[0]
    return href, text


def test_a_guide_links_to_its_file_in_the_editor(site) -> None:  # noqa: ANN001
    assert _edit_link(site[0], "handreichungen/probe-bearbeiten") == (f"{REPO_URL}/edit/main/handreichungen/probe-bearbeiten.md", "Diese Seite bearbeiten")


def test_a_page_in_docs_links_to_its_file_in_the_editor(site) -> None:  # noqa: ANN001
    assert _edit_link(site[0], "probe-bearbeiten") == (f"{REPO_URL}/edit/main/docs/probe-bearbeiten.md", "Diese Seite bearbeiten")


def test_an_event_page_links_to_the_line_of_its_entry(site) -> None:  # noqa: ANN001
    assert _edit_link(site[0], "veranstaltungen/kante-edit-link-2027") == (f"{REPO_URL}/blob/main/events.yaml#L{site[1]['events.yaml']}", "Eintrag in events.yaml bearbeiten")


def test_a_profile_links_to_the_line_of_its_entry(site) -> None:  # noqa: ANN001
    assert _edit_link(site[0], "mitglieder/paula-probe") == (f"{REPO_URL}/blob/main/members.yaml#L{site[1]['members.yaml']}", "Eintrag in members.yaml bearbeiten")


def test_no_page_asks_githubs_api_for_repository_facts(site) -> None:  # noqa: ANN001
    # Material's source component fetches stars and forks from api.github.com in every reader's browser.
    pages = list(site[0].rglob("*.html"))
    assert pages and all('data-md-component="source"' not in p.read_text(encoding="utf-8") for p in pages)
    assert f'href="{REPO_URL}"' in (site[0] / "index.html").read_text(encoding="utf-8"), "Der Link zum Repository bleibt."
