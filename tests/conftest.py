"""Shared fixtures: copies of the real repository to break, and real `mkdocs build` runs."""

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
MKDOCS = Path(sys.executable).with_name("mkdocs")
# A fixed "now" for the shipped site: Friday, 27 November 2026, 12:00 in Berlin.
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
CONTENT = ["mkdocs.yml", "events.yaml", "members.yaml", "vokabular.yaml", "handreichungen", "docs", "hooks", "overrides", "schemas"]


@dataclass
class BuildResult:
    returncode: int
    output: str
    site: Path


def copy_repo(target: Path) -> Path:
    """A copy of the repository's content that a test may break."""
    target.mkdir(parents=True, exist_ok=True)
    for name in CONTENT:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.exists():
            shutil.copy2(source, target / name)
    return target


def run_build(root: Path, site: Path | None = None, epoch: str = FIXED_EPOCH, strict: bool = True, extra_env: dict | None = None) -> BuildResult:
    site = site or root / "site"
    env = {**os.environ, "SOURCE_DATE_EPOCH": epoch, "NO_MKDOCS_2_WARNING": "1", **(extra_env or {})}
    command = [str(MKDOCS), "build", "--config-file", str(root / "mkdocs.yml"), "--site-dir", str(site)]
    if strict:
        command.append("--strict")
    done = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True, timeout=300)
    return BuildResult(done.returncode, done.stdout + done.stderr, site)


def run_check(root: Path, *args: str, epoch: str = FIXED_EPOCH) -> subprocess.CompletedProcess:
    env = {**os.environ, "SOURCE_DATE_EPOCH": epoch}
    return subprocess.run([sys.executable, "-m", "cdo_hub", "--root", str(root), *args], env=env, capture_output=True, text=True, timeout=120)


@pytest.fixture
def repo_copy(tmp_path: Path) -> Path:
    return copy_repo(tmp_path / "repo")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped content, built once per test process with `mkdocs build --strict` at FIXED_NOW."""
    root = copy_repo(tmp_path_factory.mktemp("shipped"))
    result = run_build(root)
    assert result.returncode == 0, result.output
    return result.site
