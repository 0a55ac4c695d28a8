"""The launch guard: the deploy refuses placeholders in mkdocs.yml; a local build allows them and says so once."""

from __future__ import annotations

from pathlib import Path

from conftest import run_build, run_check
from validation_support import parse_text_output

REAL_LEGAL = """extra:
  generator: false
  legal:
    operator: Nationales E-Government Kompetenzzentrum e. V.
    address: Musterstraße 1, 10115 Berlin
    represented_by: Vorstand Erika Muster
    register: Amtsgericht Berlin-Charlottenburg, VR 00000
    email: kontakt@negz.org
    phone: "+49 30 0000000"
    responsible_for_content: Erika Muster, Musterstraße 1, 10115 Berlin
    data_protection_officer: Max Muster, datenschutz@negz.org
    supervisory_authority: Berliner Beauftragte für Datenschutz und Informationsfreiheit, Alt-Moabit 59-61, 10555 Berlin
    hosting: GitHub Pages
    log_retention: 7 Tage
    privacy_statement_date: "2026-11-27"
    vat_id: ""
    accessibility_contact: barrierefreiheit@negz.org
    enforcement_body: Schlichtungsstelle nach dem Behindertengleichstellungsgesetz (BGG)
    enforcement_url: https://www.schlichtungsstelle-bgg.de
    accessibility_statement_date: "2026-11-27"
"""


def _with_placeholders(root: Path) -> Path:
    """mkdocs.yml with its own extra block: one bracket placeholder, one *.invalid address, the example site_url."""
    config = root / "mkdocs.yml"
    lines = config.read_text(encoding="utf-8").split("\n")
    lines = [("site_url: https://cdo-zirkel.example/" if line.startswith("site_url:") else line) for line in lines]
    head = "\n".join(lines[: lines.index("extra:")])
    legal = REAL_LEGAL.replace("address: Musterstraße 1, 10115 Berlin", 'address: "[Straße Hausnummer, PLZ Ort]"').replace("email: kontakt@negz.org", "email: kontakt@beispiel.invalid")
    config.write_text(head + "\n" + legal, encoding="utf-8")
    return config


def _line(config: Path, start: str) -> int:
    return next(n for n, line in enumerate(config.read_text(encoding="utf-8").split("\n"), 1) if line.startswith(start))


def test_launch_check_reports_each_placeholder_at_its_line(repo_copy: Path) -> None:
    config = _with_placeholders(repo_copy)
    done = run_check(repo_copy, "--launch")
    found = [(d["file"], int(d["line"]), d["code"]) for d in parse_text_output(done.stdout) if d["code"] == "platzhalter-livegang"]
    assert done.returncode == 1
    assert found == [("mkdocs.yml", _line(config, "site_url:"), "platzhalter-livegang"), ("mkdocs.yml", _line(config, "    address:"), "platzhalter-livegang"), ("mkdocs.yml", _line(config, "    email:"), "platzhalter-livegang")]
    assert "Beispieladresse" in done.stdout and "kontakt@beispiel.invalid" in done.stdout


def test_launch_check_passes_with_real_details(repo_copy: Path) -> None:
    config = repo_copy / "mkdocs.yml"
    lines = config.read_text(encoding="utf-8").split("\n")
    lines = [("site_url: https://cdo-zirkel.github.io/wissensplattform/" if line.startswith("site_url:") else line) for line in lines]
    config.write_text("\n".join(lines[: lines.index("extra:")]) + "\n" + REAL_LEGAL, encoding="utf-8")
    done = run_check(repo_copy, "--launch")
    assert not [d for d in parse_text_output(done.stdout) if d["code"] == "platzhalter-livegang"], done.stdout
    assert "Platzhalter" not in run_build(repo_copy).output


def test_a_local_build_allows_placeholders_and_says_so_once_while_the_deploy_build_refuses(repo_copy: Path) -> None:
    _with_placeholders(repo_copy)
    local = run_build(repo_copy)
    assert local.returncode == 0, local.output
    notices = [line for line in local.output.splitlines() if "Platzhalter" in line]
    assert len(notices) == 1 and "3 Platzhalter" in notices[0] and "CDO_HUB_LAUNCH=1" in notices[0]
    deploy = run_build(repo_copy, site=repo_copy / "deploy-site", extra_env={"CDO_HUB_LAUNCH": "1"})
    assert deploy.returncode == 1
    assert deploy.output.count("[platzhalter-livegang]") == 3
    assert not (repo_copy / "deploy-site").exists(), "Eine abgelehnte Veröffentlichung baut keine Website."
