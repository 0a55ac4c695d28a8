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


# The kinds of page in parts, each part visited in one browser context: a context per page cost as much as
# the check itself. A failure names every page and rule, and `-k` still selects a scheme.
PARTS = 3


@pytest.mark.usefixtures("without_search_index", "axe_preloaded")
@pytest.mark.parametrize("part", range(PARTS))
@pytest.mark.parametrize("scheme", SCHEMES)
def test_no_axe_violations(visit, scheme: str, part: int) -> None:
    failures = []
    for _, path in PAGES[part::PARTS]:
        violations = run_axe(visit(path, scheme))
        if violations:
            failures.append(f"/{path} ({scheme}): {len(violations)} Regeln verletzt:\n" + format_violations(violations))
    if failures:
        pytest.fail("axe-core:\n" + "\n".join(failures), pytrace=False)


@pytest.mark.usefixtures("without_search_index", "axe_preloaded")
def test_no_axe_violations_on_a_phone(visit, page) -> None:
    page.set_viewport_size(PHONE)
    failures = []
    for _, path in PHONE_PAGES:
        violations = run_axe(visit(path))
        if violations:
            failures.append(f"/{path} (375 px breit): {len(violations)} Regeln verletzt:\n" + format_violations(violations))
    if failures:
        pytest.fail("axe-core:\n" + "\n".join(failures), pytrace=False)


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
