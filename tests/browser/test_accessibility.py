"""axe-core finds no WCAG 2.1 A/AA violation and no breach of its best practices on any kind of page, in the light and the dark scheme."""

from __future__ import annotations

import pytest
from axe_playwright_python.base import AXE_FILE_PATH

from .site_pages import PAGES, PHONE, PHONE_PAGES, SCHEMES

pytestmark = pytest.mark.browser

AXE_SOURCE = AXE_FILE_PATH.read_text(encoding="utf-8")
AXE_OPTIONS = {
    # WCAG 2.1 A/AA as BITV 2.0 requires, and axe's best practices (names of dialogs, landmarks, heading order).
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]},
    "resultTypes": ["violations"],
}


@pytest.mark.usefixtures("without_search_index", "axe_preloaded")
@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize(("name", "path"), PAGES, ids=[name for name, _ in PAGES])
def test_no_axe_violations(visit, name: str, path: str, scheme: str) -> None:
    page = visit(path, scheme)
    violations = run_axe(page)
    if violations:
        pytest.fail(f"axe-core: {len(violations)} Regeln verletzt auf /{path} ({scheme}):\n" + format_violations(violations), pytrace=False)


@pytest.mark.usefixtures("without_search_index", "axe_preloaded")
@pytest.mark.parametrize(("name", "path"), PHONE_PAGES, ids=[name for name, _ in PHONE_PAGES])
def test_no_axe_violations_on_a_phone(visit, page, name: str, path: str) -> None:
    page.set_viewport_size(PHONE)
    visit(path)
    violations = run_axe(page)
    if violations:
        pytest.fail(f"axe-core: {len(violations)} Regeln verletzt auf /{path} (375 px breit):\n" + format_violations(violations), pytrace=False)


def run_axe(page, options: dict = AXE_OPTIONS) -> list[dict]:  # noqa: ANN001
    # Injected as code, not as a <script src>: the page makes no extra request and no CSP applies.
    if not page.evaluate("typeof window.axe === 'object'"):
        page.evaluate(AXE_SOURCE)
    return page.evaluate("options => axe.run(document, options).then(results => results.violations)", options)


def preload_axe(context) -> None:  # noqa: ANN001
    """axe-core in every page of `context` from its first moment, sent to the browser once: cheaper than
    sending it again after each page has loaded, for gates that visit many pages."""
    context.add_init_script(AXE_SOURCE)


@pytest.fixture
def axe_preloaded(context) -> None:  # noqa: ANN001
    preload_axe(context)


def format_violations(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation.get('impact')}): {violation['help']} – {violation['helpUrl']}")
        for node in violation["nodes"][:10]:
            target = " ".join(str(part) for part in node["target"])
            lines.append(f"    {target}: {_node_summary(node)}")
        if len(violation["nodes"]) > 10:
            lines.append(f"    … und {len(violation['nodes']) - 10} weitere Elemente")
    return "\n".join(lines)


def _node_summary(node: dict) -> str:
    """The first reason axe gives for one element, e.g. the measured contrast and both colours."""
    for kind in ("any", "all", "none"):
        for check in node.get(kind) or []:
            if check.get("message"):
                return check["message"]
    return " ".join((node.get("failureSummary") or "").split())


# The dialog is settled when results with their teasers are listed and no transition is running any more.
SEARCH_SETTLED = """() => document.querySelectorAll('.md-search-result__item .md-search-result__article p').length > 0
    && document.querySelector('.md-search-result__meta').textContent.trim() !== ''
    && document.getAnimations().length === 0"""


@pytest.mark.parametrize("scheme", SCHEMES)
def test_no_axe_violations_in_open_search_results(visit, page, scheme: str) -> None:
    visit("", scheme)
    page.keyboard.press("/")
    page.keyboard.type("Prozess")
    page.wait_for_function(SEARCH_SETTLED)
    violations = run_axe(page)
    # A result chosen with the arrow keys gets a tinted background: its texts must stay readable too.
    page.keyboard.press("ArrowDown")
    page.wait_for_function("() => document.activeElement.classList.contains('md-search-result__link') && document.getAnimations().length === 0")
    violations += run_axe(page)
    if violations:
        pytest.fail(f"axe-core: {len(violations)} Regeln verletzt in den Suchergebnissen ({scheme}):\n" + format_violations(violations), pytrace=False)
