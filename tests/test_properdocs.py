"""The configuration builds unchanged with ProperDocs, the maintained fork of MkDocs 1.x, into the same site."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from conftest import FIXED_EPOCH, copy_repo

PROPERDOCS = Path(sys.executable).with_name("properdocs")
# The one line that names the generator; everything else must be identical, byte for byte.
GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')


def test_properdocs_builds_the_same_site(tmp_path: Path, built_site: Path) -> None:
    root = copy_repo(tmp_path / "repo")
    site = tmp_path / "site"
    env = {**os.environ, "SOURCE_DATE_EPOCH": FIXED_EPOCH}
    done = subprocess.run(
        [str(PROPERDOCS), "build", "--strict", "--config-file", str(root / "mkdocs.yml"), "--site-dir", str(site)],
        cwd=root, env=env, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    files = sorted(p.relative_to(built_site).as_posix() for p in built_site.rglob("*") if p.is_file())
    assert sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()) == files
    differing = [f for f in files if GENERATOR.sub(b"", (site / f).read_bytes()) != GENERATOR.sub(b"", (built_site / f).read_bytes())]
    assert differing == [], f"ProperDocs baut diese Dateien anders: {differing[:10]}"
