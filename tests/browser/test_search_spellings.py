"""Search finds every published member by surname however ß and umlauts are written: ss, ae/oe/ue, or plain.

The build is a copy with members of the test's own whose surnames carry ß and umlauts, and one whose
surname is written transcribed („Goessmann“) and must be found as „Gößmann“.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from content_helpers import read_content, write_yaml
from conftest import copy_repo, run_build
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from .conftest import served

pytestmark = pytest.mark.browser

OWN_MEMBERS = [
    {"id": "joerg-weissbaecker", "name": "Jörg Weißbäcker", "role": "Chief Digital Officer", "organisation": "Landkreis Probe", "organisation_type": "landkreis", "state": "bayern", "consent": {"date": "2026-10-01", "scope": ["profil"]}},
    {"id": "aenne-schroeder-luetke", "name": "Dr. Änne Schröder-Lütke", "role": "Leiterin Digitalisierung", "organisation": "Stadt Probe", "organisation_type": "gemeinde", "state": "hessen", "consent": {"date": "2026-10-01", "scope": ["profil"]}},
    {"id": "thomas-goessmann", "name": "Thomas Goessmann", "role": "Referent für IT-Steuerung", "organisation": "Land Probe", "organisation_type": "land", "state": "sachsen", "consent": {"date": "2026-10-01", "scope": ["profil"]}},
]
_TRANSCRIBED = {"ß": "ss", "ä": "ae", "ö": "oe", "ü": "ue"}
_PLAIN = {"ß": "ss", "ä": "a", "ö": "o", "ü": "u"}
_UMLAUTS = {"ss": "ß", "ae": "ä", "oe": "ö", "ue": "ü"}


def surname(name: str) -> str:
    return name.split()[-1]


def spelled_otherwise(word: str) -> list[str]:
    """How a reader might type a surname: „Weißbäcker“ as „Weissbaecker“ and „Weissbacker“; „Goessmann“ as „Gößmann“."""
    forms = {re.sub("[ßäöü]", lambda m: _TRANSCRIBED[m.group()], word), re.sub("[ßäöü]", lambda m: _PLAIN[m.group()], word)}
    forms.add(re.sub("ss|ae|oe|ue", lambda m: _UMLAUTS[m.group()], word))
    return sorted(forms - {word})


@pytest.fixture(scope="module")
def spelling_site(tmp_path_factory: pytest.TempPathFactory):
    root = copy_repo(tmp_path_factory.mktemp("spellings"))
    write_yaml(root / "members.yaml", read_content(root).members + OWN_MEMBERS)
    result = run_build(root)
    assert result.returncode == 0, result.output
    with served(result.site) as url:
        yield url, result.site


def published_members(site: Path) -> list[dict]:
    return json.loads((site / "daten" / "mitglieder.json").read_text(encoding="utf-8"))["members"]


def searches(site: Path) -> list[tuple[str, str]]:
    """(typed word, profile path) for every published member whose surname can be written another way."""
    return [(typed, f"/mitglieder/{m['id']}/") for m in published_members(site) for typed in spelled_otherwise(surname(m["name"]))]


def test_search_finds_each_member_by_surname_spelled_otherwise(browser, spelling_site) -> None:
    url, site = spelling_site
    wanted = searches(site)
    own = {f"/mitglieder/{m['id']}/" for m in OWN_MEMBERS}
    assert own <= {path for _, path in wanted}, "Die eigenen Mitglieder des Tests fehlen in der Liste der Suchen."
    context = browser.new_context(locale="de-DE", viewport={"width": 1280, "height": 900})
    context.route(lambda requested: not requested.startswith(url), lambda route: route.abort())
    page = context.new_page()
    page.set_default_timeout(10_000)
    missed = []
    try:
        page.goto(url, wait_until="load")
        for typed, path in wanted:
            if not finds(page, typed, path):
                missed.append(f"„{typed}“ findet {path} nicht")
    finally:
        context.close()
    assert not missed, "\n".join(missed)


def finds(page, typed: str, path: str) -> bool:  # noqa: ANN001
    search = page.locator(".md-search__input")
    search.click()
    search.fill("")
    search.press_sequentially(typed)  # Material searches on keyup; fill() alone would not trigger it
    try:
        page.wait_for_function(
            "path => [...document.querySelectorAll('.md-search-result__item a[href]')].some(a => new URL(a.href).pathname === path)",
            arg=path,
            timeout=5_000,
        )
    except PlaywrightTimeoutError:
        return False
    return True
