"""The calendar moves events that ended after the build into the archive, in the reader's browser."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

UPCOMING = "#kommende-termine .hub-event[data-ende]"


def build_time(built_site: Path) -> datetime:
    return datetime.fromisoformat(json.loads((built_site / "daten" / "veranstaltungen.json").read_text(encoding="utf-8"))["generated"])


def upcoming_items(page) -> list[dict]:  # noqa: ANN001
    return page.eval_on_selector_all(
        UPCOMING,
        """items => items.filter(i => !i.hidden && i.offsetParent !== null).map(i => ({
            href: i.querySelector('a[href]').getAttribute('href'),
            ende: i.dataset.ende, serie: i.dataset.serie || null}))""",
    )


def section_of(page, href: str) -> list[str]:  # noqa: ANN001
    return page.eval_on_selector_all(
        f'.hub-event a[href="{href}"]',
        "links => links.map(a => a.closest('#archiv') ? 'archiv' : a.closest('#kommende-termine') ? 'kommend' : 'anderswo')",
    )


def test_ended_event_moves_into_the_archive(visit, page, built_site) -> None:
    built_at = build_time(built_site)
    page.clock.install(time=built_at)
    visit("veranstaltungen/")
    before = upcoming_items(page)
    single = [item for item in before if not item["serie"]]
    assert len(single) >= 2, f"Zu wenige kommende Einzeltermine für den Test: {before}"
    first, later = single[0], single[1]
    ended_at = datetime.fromisoformat(first["ende"])
    assert ended_at > built_at and datetime.fromisoformat(later["ende"]) > ended_at + timedelta(minutes=1)

    page.clock.set_system_time(ended_at + timedelta(minutes=1))
    page.reload(wait_until="load")

    assert section_of(page, first["href"]) == ["archiv"], f"{first['href']} steht nach dem Ende nicht (nur) im Archiv."
    assert page.eval_on_selector(f'#archiv .hub-event a[href="{first["href"]}"]', "a => a.closest('.hub-event').classList.contains('hub-event--vergangen')")
    assert "kommend" in section_of(page, later["href"]), f"{later['href']} ist noch nicht vorbei und muss bei den kommenden Terminen stehen."
    year = str(ended_at.year)
    assert page.eval_on_selector(f'#archiv .hub-event a[href="{first["href"]}"]', "a => a.closest('.hub-year').dataset.jahr") == year


def test_calendar_is_unchanged_at_build_time(visit, page, built_site) -> None:
    page.clock.install(time=build_time(built_site))
    visit("veranstaltungen/")
    assert page.eval_on_selector_all("#kommende-termine .hub-event--vergangen", "items => items.length") == 0
