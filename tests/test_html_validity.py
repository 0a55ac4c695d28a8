"""Every built page is valid HTML for the Nu Html Checker, the theme's markup included, and every data table has a name."""

from __future__ import annotations

import subprocess

from checker_tools import VNU_JAR, require
from html_helpers import html_pages, load_page


def test_the_nu_html_checker_finds_no_error_on_any_page(built_site):
    require(VNU_JAR, "java")
    pages = [str(built_site / path / "index.html") if path == "" or path.endswith("/") else str(built_site / path) for path in html_pages(built_site)]
    assert len(pages) > 10
    # One JVM for all pages: starting Java once per page would cost a second each.
    done = subprocess.run(["java", "-jar", str(VNU_JAR), "--errors-only", "--format", "gnu", *pages], capture_output=True, text=True, timeout=600)
    errors = [line.replace(str(built_site), "") for line in done.stderr.splitlines() + done.stdout.splitlines() if line.strip()]
    assert done.returncode == 0 and not errors, f"Nu Html Checker: {len(errors)} Fehler:\n" + "\n".join(errors[:40])


def test_every_data_table_has_a_caption_or_a_name(built_site):
    unnamed = []
    for path in html_pages(built_site):
        for table in load_page(built_site, path).root.find_all("table"):
            if table.find("caption") is None and not table.attrs.get("aria-label") and not table.attrs.get("aria-labelledby"):
                unnamed.append(f"/{path}: {table.text[:60]}")
    assert not unnamed, "Tabellen ohne Beschriftung:\n" + "\n".join(unnamed)
