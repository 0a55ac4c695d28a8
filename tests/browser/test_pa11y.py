"""pa11y with its default runner (HTML_CodeSniffer, WCAG 2 AA), a second engine beside axe-core: no error on any kind of page, light or dark."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from checker_tools import TOOLS, require

from .site_pages import PAGES, SCHEMES

pytestmark = pytest.mark.browser

RUNNER = Path(__file__).resolve().parents[1] / "checkers" / "pa11y_pages.cjs"


@pytest.mark.parametrize("scheme", SCHEMES)
def test_pa11y_finds_no_error_on_any_kind_of_page(site_url_without_search_index, chromium_executable, scheme: str) -> None:
    # The search is never opened here; building its index on every page was about a third of pa11y's time.
    site_url = site_url_without_search_index
    require(TOOLS / "pa11y", "node")
    urls = [site_url + path for _, path in PAGES]
    env = {**os.environ, "NODE_PATH": str(TOOLS), "CHROMIUM_PATH": chromium_executable, "PUPPETEER_SKIP_DOWNLOAD": "1"}
    done = subprocess.run(["node", str(RUNNER)], input=json.dumps({"urls": urls, "schemes": [scheme]}), capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stderr
    results = json.loads(done.stdout)
    assert [r["url"] for r in results] == urls
    wrong_scheme = [f"{r['url']}: {r['active']}" for r in results if r["active"] != r["expected"]]
    assert not wrong_scheme, f"nicht im Farbschema {scheme}:\n" + "\n".join(wrong_scheme)
    errors = [f"{r['url'].removeprefix(site_url)}: {e['code']} bei {e['selector']}: {e['message']}" for r in results for e in r["errors"]]
    assert not errors, f"pa11y ({scheme}): {len(errors)} Fehler:\n" + "\n".join(errors)
