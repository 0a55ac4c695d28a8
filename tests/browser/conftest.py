"""Browser fixtures: the built site on a local server, one Chromium per test process, a fresh
context per test that records every request the pages make."""

from __future__ import annotations

import functools
import json
import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, sync_playwright

# Debian's Chromium (`make browser`); CI points CHROMIUM_PATH at the runner's Chrome.
DEFAULT_CHROMIUM = "/usr/bin/chromium"
# Without the background-networking flags Chromium keeps calling Google's services.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args) -> None:  # noqa: A002
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:  # noqa: ANN001
        # A browser that leaves a page while a file is still being sent closes the connection: nothing
        # went wrong on the site, so no traceback in the test output. Any other error is still printed.
        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            return
        super().handle_error(request, client_address)


@dataclass
class RequestLog:
    """Every URL a browser context asked for, and every script error its pages raised."""

    urls: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)


@pytest.fixture(scope="session")
def chromium_executable() -> str:
    path = os.environ.get("CHROMIUM_PATH", DEFAULT_CHROMIUM)
    if not Path(path).is_file():
        pytest.fail(
            f"Chromium fehlt: {path} gibt es nicht. Die Browsertests brauchen Debians Chromium – "
            "einmal `make browser` ausführen (als root) oder CHROMIUM_PATH auf einen Chrome/Chromium setzen.",
            pytrace=False,
        )
    return path


class _WithoutSearchIndexHandler(_QuietHandler):
    """Answers the search index with the site's search settings and no documents (see SEARCH_INDEX)."""

    def do_GET(self) -> None:
        if self.path.split("?", 1)[0] != "/" + SEARCH_INDEX:
            return super().do_GET()
        body = empty_search_index(Path(self.directory)).encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        return None


@contextmanager
def served(directory: Path, search_index: bool = True) -> Iterator[str]:
    """A built site served by a threaded http.server on 127.0.0.1 at a free port; yields its base URL.
    `search_index=False`: its search index holds no documents."""
    handler = functools.partial(_QuietHandler if search_index else _WithoutSearchIndexHandler, directory=str(directory))
    server = _Server(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, name="site-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def site_url(built_site: Path):
    """Base URL of the built site with the shipped content."""
    with served(built_site) as url:
        yield url


@pytest.fixture(scope="session")
def site_url_without_search_index(built_site: Path):
    """Base URL of the same built site with an empty search index, for a checker outside Playwright."""
    with served(built_site, search_index=False) as url:
        yield url


@pytest.fixture(scope="session")
def live_site_url(live_site: Path):
    """Base URL of the repository's own content, built at the real time: for the live gates only."""
    with served(live_site) as url:
        yield url


@pytest.fixture(scope="session")
def playwright_session() -> Playwright:
    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def browser(playwright_session: Playwright, chromium_executable: str) -> Browser:
    """One headless Chromium per test process (pytest-xdist worker)."""
    browser = playwright_session.chromium.launch(executable_path=chromium_executable, headless=True, args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@pytest.fixture
def request_log() -> RequestLog:
    return RequestLog()


@pytest.fixture
def context(browser: Browser, site_url: str, request_log: RequestLog) -> BrowserContext:
    with new_context(browser, site_url, request_log) as context:
        yield context


@contextmanager
def new_context(browser: Browser, base_url: str, request_log: RequestLog) -> Iterator[BrowserContext]:
    """A fresh profile (no stored colour scheme) in German; anything not on the local server is recorded and refused."""
    context = browser.new_context(locale="de-DE", timezone_id="Europe/Berlin", viewport={"width": 1280, "height": 900})
    context.on("request", lambda request: request_log.urls.append(request.url))
    context.route(lambda url: not url.startswith(base_url), lambda route: route.abort())
    try:
        yield context
    finally:
        context.close()


# Installed with page.add_init_script: every violation of the page's policy as „directive address“.
RECORD_CSP_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
"""


# Material builds its search index in a Web Worker on every page load: for the live site a fifth of the
# browser's work per page. The gates that judge a page as it stands (axe-core, layout) never open the
# search, so `without_search_index` gives them the site's own search settings with no documents; the tests of
# search, privacy and the policy load the real index. pa11y drives its own browser: it gets a server that
# answers the index itself (`site_url_without_search_index`), as intercepting every request in puppeteer
# would cost more than the index.
SEARCH_INDEX = "search/search_index.json"


@functools.lru_cache(maxsize=None)
def empty_search_index(site: Path) -> str:
    """The site's search index with its settings and no documents, as JSON."""
    config = json.loads((site / SEARCH_INDEX).read_text(encoding="utf-8"))["config"]
    return json.dumps({"config": config, "docs": []})


def serve_empty_search_index(context: BrowserContext, base_url: str, site: Path) -> None:
    body = empty_search_index(site)
    context.route(base_url + SEARCH_INDEX, lambda route: route.fulfill(status=200, content_type="application/json", body=body))


@pytest.fixture
def without_search_index(context: BrowserContext, site_url: str, built_site: Path) -> None:
    serve_empty_search_index(context, site_url, built_site)


@pytest.fixture
def page(context: BrowserContext, request_log: RequestLog) -> Page:
    return new_page(context, request_log)


def new_page(context: BrowserContext, request_log: RequestLog) -> Page:
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.on("pageerror", lambda error: request_log.page_errors.append(f"{page.url}: {error}"))
    return page


@pytest.fixture
def visit(page: Page, site_url: str):
    """Open a path of the fixture site in the light or dark scheme and check that the scheme really is active."""
    return functools.partial(open_in_scheme, page, site_url)


@pytest.fixture
def live_page(browser: Browser, live_site_url: str, request_log: RequestLog) -> Page:
    """A page in a fresh context on the live site; its requests go into `request_log` like those of `page`."""
    with new_context(browser, live_site_url, request_log) as context:
        yield new_page(context, request_log)


@pytest.fixture
def live_visit(live_page: Page, live_site_url: str):
    """Open a path of the live site in the light or dark scheme, like `visit`."""
    return functools.partial(open_in_scheme, live_page, live_site_url)


def open_in_scheme(page: Page, base_url: str, path: str, scheme: str = "light") -> Page:
    """Open `path` (relative to the site root, e.g. "mitglieder/") in the "light" or "dark" scheme and check it is active."""
    page.emulate_media(color_scheme=scheme)
    if page.url.startswith(base_url):
        # Material keeps the first scheme it showed in localStorage; forget it like a first visit would.
        page.evaluate("Object.keys(localStorage).filter(k => k.endsWith('.__palette')).forEach(k => localStorage.removeItem(k))")
    response = page.goto(base_url + path.lstrip("/"), wait_until="load")
    assert response is not None and response.status == 200, f"{path}: HTTP {response.status if response else 'keine Antwort'}"
    expected = {"light": "default", "dark": "slate"}[scheme]
    actual = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    assert actual == expected, f"{path}: Farbschema {actual!r} statt {expected!r} aktiv"
    return page
