"""The pull-request preview: which checks a change needs, and the summary a reviewer reads."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from cdo_hub.ci.preview import broken_links, content_only, gate_results, page_changes


@pytest.mark.parametrize(
    ("files", "only_content"),
    [
        (["events.yaml"], True),
        (["members.yaml", "vokabular.yaml", "handreichungen/neu.md", "handreichungen/bilder/a.png", "docs/mitmachen.md"], True),
        (["docs/mitglieder/fotos/a.jpg"], True),
        (["events.yaml", "hooks/cdo_hub/content.py"], False),
        (["overrides/hub/event.md.j2"], False),
        (["schemas/events.schema.json"], False),
        (["tests/test_ical.py"], False),
        (["docs/assets/hub.css"], False),
        (["mkdocs.yml"], False),
        ([".github/workflows/pruefen.yml"], False),
    ],
)
def test_only_content_changes_skip_the_full_test_suite(files: list[str], only_content: bool) -> None:
    assert content_only(files) is only_content


def _page(site: Path, address: str, article: str, nav: str = "") -> None:
    path = site / address / "index.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"<html><nav>{nav}</nav><article class='md-content__inner'>{article}</article></html>", encoding="utf-8")


def test_pages_are_added_changed_or_removed_by_their_content_not_their_navigation(tmp_path: Path) -> None:
    base, head = tmp_path / "basis", tmp_path / "site"
    for site, nav in ((base, "alt"), (head, "neu")):
        _page(site, "", "Start", nav)
        _page(site, "handreichungen/a", "gleich", nav)
    _page(base, "veranstaltungen/x", "vorher")
    _page(head, "veranstaltungen/x", "nachher")
    _page(head, "mitglieder/neu", "hallo")
    _page(base, "mitglieder/weg", "tschüss")
    changes = page_changes(head, base)
    assert (changes.added, changes.changed, changes.removed) == (["/mitglieder/neu/"], ["/veranstaltungen/x/"], ["/mitglieder/weg/"])


def test_links_inside_the_site_that_lead_nowhere_are_listed(tmp_path: Path) -> None:
    _page(tmp_path, "", '<a href="a/">gut</a> <a href="fehlt/">weg</a> <img src="bild.png"> <a href="https://example.org/">außen</a> <a href="#oben">oben</a>')
    _page(tmp_path, "a", '<a href="../">zurück</a> <a href="../../ausserhalb/">raus</a>')
    assert broken_links(tmp_path) == [("/a/index.html", "../../ausserhalb/"), ("/index.html", "bild.png"), ("/index.html", "fehlt/")]


JUNIT = """<?xml version="1.0" encoding="utf-8"?>
<testsuites><testsuite name="pytest">
  <testcase classname="tests.browser.test_live" name="test_axe[start-hell]" />
  <testcase classname="tests.browser.test_live" name="test_axe[start-dunkel]"><failure message="color-contrast: 1 Element">Details</failure></testcase>
  <testcase classname="tests.browser.test_live" name="test_suche"><skipped message="x" /></testcase>
</testsuite></testsuites>
"""


def test_the_summary_lists_every_message_the_gates_broken_links_and_changed_pages(tmp_path: Path) -> None:
    base, head = tmp_path / "basis", tmp_path / "site"
    _page(base, "", "Start")
    _page(head, "", '<a href="fehlt/">weg</a>')
    (tmp_path / "browser.xml").write_text(JUNIT, encoding="utf-8")
    messages = "\n".join(f"events.yaml:{n}:3: warnung: Meldung {n} [code-{n}]" for n in range(1, 15))
    (tmp_path / "pruefung.txt").write_text(messages + "\n0 Fehler, 14 Warnungen, 0 Hinweise.\n", encoding="utf-8")
    assert [g.passed for g in gate_results(tmp_path / "browser.xml")] == [True, False]
    done = subprocess.run(
        [sys.executable, "-m", "cdo_hub.ci.preview", "zusammenfassung", "--site", str(head), "--base-site", str(base),
         "--check-output", str(tmp_path / "pruefung.txt"), "--junit", str(tmp_path / "browser.xml")],
        capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 0, done.stderr
    summary = done.stdout
    assert all(f"Meldung {n} [code-{n}]" in summary for n in range(1, 15)), "alle Meldungen, nicht nur zehn"
    assert "1 von 2 Prüfungen bestanden" in summary and "color-contrast: 1 Element" in summary
    assert "| `/index.html` | `fehlt/` |" in summary
    assert "**Geändert** (1):" in summary and "- `/`" in summary


def test_without_a_base_build_the_summary_says_the_comparison_is_missing(tmp_path: Path) -> None:
    _page(tmp_path / "site", "", "Start")
    done = subprocess.run(
        [sys.executable, "-m", "cdo_hub.ci.preview", "zusammenfassung", "--site", str(tmp_path / "site"), "--base-site", str(tmp_path / "fehlt"), "--check-output", str(tmp_path / "fehlt.txt")],
        capture_output=True, text=True, timeout=60,
    )
    assert "Kein Vergleich:" in done.stdout and "Browserprüfungen sind nicht gelaufen" in done.stdout


def test_the_workflow_classifies_a_change_with_the_same_command(tmp_path: Path) -> None:
    (tmp_path / "geaendert.txt").write_text("events.yaml\ndocs/mitmachen.md\n", encoding="utf-8")
    run = lambda: subprocess.run([sys.executable, "-m", "cdo_hub.ci.preview", "art", "--files", str(tmp_path / "geaendert.txt")], capture_output=True, text=True, timeout=60).stdout.strip()  # noqa: E731
    assert run() == "inhalte"
    (tmp_path / "geaendert.txt").write_text("events.yaml\nhooks/cdo_hub/ci/preview.py\n", encoding="utf-8")
    assert run() == "alles"
