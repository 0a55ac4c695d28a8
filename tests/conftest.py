"""Shared fixtures: the fixture hub (content the tests own, "now" frozen) and the live content (gates only).

Every test builds on the fixture hub in `tests/fixtures/hub/` (see its README): content files from there,
code (`mkdocs.yml`, `hooks/`, `overrides/`, `schemas/`, `docs/assets/`) from the repository.

- `repo_copy`: a fresh, writable copy of the fixture hub per test (break it as you like).
- `fixture_root`: one read-only copy per test process (for tests that only read or validate).
- `built_site`: the fixture hub built once per test process with `mkdocs build --strict` at FIXED_NOW.
- `live_repo`, `live_site`: the repository's own content, for the live gates only (properties, never facts,
  marked `live`: `make test-live`); `live_site` is built strictly at the real current time.
- `copy_repo(target)`, `run_build(root, ...)`, `run_check(root, ...)`: the same building blocks as functions.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

REPO = Path(__file__).resolve().parents[1]
FIXTURE_HUB = REPO / "tests" / "fixtures" / "hub"
MKDOCS = Path(sys.executable).with_name("mkdocs")
# The fixture hub's "now": Friday, 27 November 2026, 12:00 in Berlin. The live content is never built at it.
FIXED_NOW = datetime(2026, 11, 27, 12, 0, tzinfo=ZoneInfo("Europe/Berlin"))
FIXED_EPOCH = str(int(FIXED_NOW.timestamp()))
# An event outside Europe/Berlin, appended to events.yaml by calendar and feed tests.
NEW_YORK_EVENT = """
- id: austausch-new-york-2027
  title: "Transatlantischer Austausch: Digitale Dienste in New York"
  type: webinar
  start: "2027-03-03 10:00"
  end: "11:00"
  timezone: America/New_York
  format: online
  topics: [it-architektur]
  description: Ein Gespräch über digitale Verwaltungsdienste diesseits und jenseits des Atlantiks.
"""
# What contributors edit: taken from the fixture hub (or, for the live gates, from the repository).
CONTENT = ["events.yaml", "members.yaml", "vokabular.yaml", "handreichungen", "docs"]
# What the site is built with: always the repository's own.
CODE = ["mkdocs.yml", "hooks", "overrides", "schemas", "docs/assets"]


@dataclass
class BuildResult:
    returncode: int
    output: str
    site: Path


def copy_repo(target: Path, content: Path = FIXTURE_HUB) -> Path:
    """A copy of the fixture hub (or of `content`) with the repository's code, that a test may break."""
    target.mkdir(parents=True, exist_ok=True)
    for name in CONTENT:
        _copy(content / name, target / name, ignore_assets=True)
    for name in CODE:
        _copy(REPO / name, target / name, ignore_assets=False)
    return target


def _copy(source: Path, target: Path, ignore_assets: bool) -> None:
    ignored = ["__pycache__", "assets"] if ignore_assets and source.name == "docs" else ["__pycache__"]
    if source.is_dir():
        shutil.copytree(source, target, ignore=shutil.ignore_patterns(*ignored), dirs_exist_ok=True)
    elif source.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)


def run_build(root: Path, site: Path | None = None, epoch: str | None = FIXED_EPOCH, strict: bool = True, extra_env: dict | None = None) -> BuildResult:
    """`mkdocs build` of `root`; `epoch=None` builds at the real current time (or the environment's SOURCE_DATE_EPOCH)."""
    site = site or root / "site"
    env = {**_environment(epoch), "NO_MKDOCS_2_WARNING": "1", **(extra_env or {})}
    command = [str(MKDOCS), "build", "--config-file", str(root / "mkdocs.yml"), "--site-dir", str(site)]
    if strict:
        command.append("--strict")
    done = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True, timeout=300)
    return BuildResult(done.returncode, done.stdout + done.stderr, site)


def run_check(root: Path, *args: str, epoch: str | None = FIXED_EPOCH) -> subprocess.CompletedProcess:
    """`python -m cdo_hub` on `root`; `epoch=None` checks at the real current time (or the environment's SOURCE_DATE_EPOCH)."""
    env = _environment(epoch)
    return subprocess.run([sys.executable, "-m", "cdo_hub", "--root", str(root), *args], env=env, capture_output=True, text=True, timeout=120)


def _environment(epoch: str | None) -> dict[str, str]:
    """`epoch=None`: the environment's own time, i.e. the real time unless SOURCE_DATE_EPOCH is set (CI pins
    one moment for all its builds that way)."""
    return dict(os.environ) if epoch is None else {**os.environ, "SOURCE_DATE_EPOCH": epoch}


@pytest.fixture
def repo_copy(tmp_path: Path) -> Path:
    return copy_repo(tmp_path / "repo")


@pytest.fixture(scope="session")
def fixture_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture hub with the repository's code, once per test process: read it, never change it."""
    return copy_repo(tmp_path_factory.mktemp("fixture-hub"))


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture hub, built once per test process with `mkdocs build --strict` at FIXED_NOW."""
    root = copy_repo(tmp_path_factory.mktemp("fixture-site"))
    result = run_build(root)
    assert result.returncode == 0, result.output
    return result.site


@pytest.fixture(scope="session")
def live_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's own content, copied once per test process: for the live gates, never for facts."""
    return copy_repo(tmp_path_factory.mktemp("live-hub"), content=REPO)


@pytest.fixture(scope="session")
def live_site(live_repo: Path) -> Path:
    """The repository's own content, built once per test process with `mkdocs build --strict` at the real time."""
    result = run_build(live_repo, epoch=None)
    assert result.returncode == 0, "Der strenge Bau der Inhalte scheitert:\n" + result.output
    return result.site
