"""`python -m cdo_hub` (`make check`): every problem in one run, sorted, with the right exit code."""

from __future__ import annotations

import os
import random

import pytest

from cdo_hub.cli import main
from conftest import FIXED_EPOCH, run_check
from fixture_edits import append_text, body_line, edit_entry, guide_body, guide_position, position, write_new_guide
from validation_support import parse_text_output


def test_fixture_content_passes_strict(fixture_root):
    done = run_check(fixture_root, "--strict")
    assert done.returncode == 0, done.stdout + done.stderr
    assert [d["severity"] for d in parse_text_output(done.stdout)] == ["hinweis"]  # the overdue guide
    assert done.stdout.strip().endswith("0 Fehler, 0 Warnungen, 1 Hinweis.")
    assert done.stderr == ""


RENDSBURG, BROWN_BAG, SERIES, MALTE = "zirkeltreffen-2025-06-rendsburg", "brown-bag-2025-11-ozg-nachnutzung", "sprechertreffen", "malte-hinrichsen"
STALE_GUIDE = "handreichungen/new-work-in-der-verwaltung.md"  # the fixture's guide whose review is overdue
# A whole member written with a tab before one field: members.yaml cannot be read at all then.
TABBED_MEMBER = """- id: probe-mitglied
\tname: Paula Probe
  role: Chief Digital Officer
  organisation: Kreis Probe
  organisation_type: landkreis
  ags: "01058"
  consent:
    date: "2026-02-12"
    scope: [profil]
"""


def _break_four_files(root, with_tab: bool = True):
    """Problems in events.yaml, members.yaml and two guides: what the check must report, in its order.

    A tab stops the reading of members.yaml, so neither its consent date nor the speakers in
    events.yaml (which point into members.yaml) can be checked; both come back once the tab is gone.
    """
    events, members, guide = root / "events.yaml", root / "members.yaml", root / "handreichungen" / "probe.md"
    edit_entry(events, RENDSBURG, start="2025-06-26 10:00", end="09:00")
    edit_entry(events, BROWN_BAG, speakers=["lars-mobius"])
    edit_entry(events, SERIES, start="2026-09-03 08:30", recurrence={"frequency": "weekly", "interval": 2, "until": "2027-07-01", "except": ["2026-09-17", "2026-12-25"]})
    edit_entry(members, MALTE, consent={"date": "2026-12-24", "scope": ["profil", "kontakt", "foto"]})
    consent = position(members, MALTE, "consent", "date")[0]
    tab = append_text(members, TABBED_MEMBER) + 1 if with_tab else None
    write_new_guide(guide, body=guide_body(heading="# Erster Abschnitt"))
    (root / "handreichungen" / "Neue Handreichung.md").write_text("Noch ohne Kopfdaten.\n", encoding="utf-8")
    expected = [
        ("events.yaml", position(events, RENDSBURG, "end")[0], "fehler", "ende-vor-beginn"),
        ("events.yaml", position(events, SERIES, "recurrence", "except", 1)[0], "warnung", "ausnahme-ohne-termin"),
        ("handreichungen/Neue Handreichung.md", 1, "fehler", "kopfdaten-fehlen"),
        (STALE_GUIDE, guide_position(root / STALE_GUIDE, "reviewed")[0], "hinweis", "pruefung-faellig"),
        ("handreichungen/probe.md", body_line(guide, "# Erster Abschnitt"), "warnung", "doppelter-titel"),
    ] + ([("members.yaml", tab, "fehler", "yaml-tab")] if with_tab else [])
    readable_members = [("events.yaml", position(events, BROWN_BAG, "speakers", 0)[0], "fehler", "unbekannte-kennung"), ("members.yaml", consent, "fehler", "einwilligung-datum")]
    return expected, readable_members


def test_all_problems_of_all_files_in_one_run_sorted_by_file_and_line(repo_copy):
    expected, _ = _break_four_files(repo_copy)
    done = run_check(repo_copy)
    assert done.returncode == 1
    found = parse_text_output(done.stdout)
    assert [(d["file"], int(d["line"]), d["severity"], d["code"]) for d in found] == expected
    assert found == sorted(found, key=lambda d: (d["file"], int(d["line"]), int(d["column"])))
    assert done.stdout.strip().endswith("3 Fehler, 2 Warnungen, 1 Hinweis.")
    assert "Traceback" not in done.stdout + done.stderr


def test_rule_problems_of_a_readable_file_are_all_reported(repo_copy):
    # Without the tab, members.yaml is read, and its rule problem appears with the others.
    expected, readable_members = _break_four_files(repo_copy, with_tab=False)
    done = run_check(repo_copy)
    found = [(d["file"], int(d["line"]), d["severity"], d["code"]) for d in parse_text_output(done.stdout)]
    assert found == sorted(expected + readable_members)


def test_every_message_has_a_tip(repo_copy):
    _break_four_files(repo_copy)
    lines = run_check(repo_copy).stdout.splitlines()
    for number, line in enumerate(lines[:-1]):
        if parse_text_output(line):
            assert lines[number + 1].startswith("    Tipp: "), line


def test_exit_codes_for_warnings(repo_copy):
    write_new_guide(repo_copy / "handreichungen" / "probe.md", body=guide_body(heading="# Erster Abschnitt"))
    assert run_check(repo_copy).returncode == 0
    strict = run_check(repo_copy, "--strict")
    assert strict.returncode == 1
    assert "0 Fehler, 1 Warnung, 1 Hinweis." in strict.stdout


def test_github_format(repo_copy):
    expected, _ = _break_four_files(repo_copy)
    done = run_check(repo_copy, "--format", "github")
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert len(lines) == len(expected)  # one annotation per problem, no summary, no loose tip lines
    end_line, column = position(repo_copy / "events.yaml", RENDSBURG, "end")
    assert lines[0] == (
        f"::error file=events.yaml,line={end_line},col={column},title=ende-vor-beginn::"
        "Das Ende (09:00) liegt vor dem Beginn (2025-06-26 10:00). "
        "Tipp: Eine Uhrzeit allein gilt für den Tag des Beginns. Endet die Veranstaltung erst am Folgetag, "
        'schreiben Sie end: "2025-06-27 09:00".'
    )
    except_line, except_column = position(repo_copy / "events.yaml", SERIES, "recurrence", "except", 1)
    assert lines[1].startswith(f"::warning file=events.yaml,line={except_line},col={except_column},title=ausnahme-ohne-termin::Am 2026-12-25")
    assert lines[3].startswith(f"::notice file={STALE_GUIDE},")
    # The multi-line tip of a missing front matter is escaped, so the annotation stays one line.
    missing = next(line for line in lines if "title=kopfdaten-fehlen" in line)
    assert missing.startswith("::error file=handreichungen/Neue Handreichung.md,line=1,col=1,title=kopfdaten-fehlen::Die Kopfdaten fehlen")
    assert "%0A    ---%0A    title: Titel" in missing


def _garbage(size: int) -> bytes:
    return random.Random(size).randbytes(size)


NASTY = {
    "binary garbage": ("events.yaml", _garbage(4096)),
    "binary garbage as a guide": ("handreichungen/low-code-einsetzen.md", _garbage(4096)),
    "valid UTF-8 with control characters": ("members.yaml", bytes(range(128)) * 20),
    "a list where a mapping is expected": ("events.yaml", b"- [id, title]\n- - herbsttagung\n"),
    "a list where front matter is expected": ("handreichungen/low-code-einsetzen.md", b"---\n- title\n- authors\n---\nText\n"),
    "a mapping where a list is expected": ("members.yaml", b"malte-hinrichsen:\n  name: Malte\n"),
    "a mapping where a text is expected": ("events.yaml", b"- id: {a: b}\n  title: {de: Titel}\n  start: {date: 2026-01-01}\n  format: {x: 1}\n  recurrence: {frequency: {a: 1}, interval: {b: 2}, except: {c: 3}}\n"),
    "a text where everything is expected": ("vokabular.yaml", b"Themen und Arten\n"),
    "null everywhere in events": ("events.yaml", b"- id:\n  title:\n  type:\n  start:\n  end:\n  format:\n  timezone:\n  location:\n  recurrence:\n  speakers: [~, ~]\n  topics:\n  url:\n"),
    "null everywhere in members": ("members.yaml", b"- id:\n  name:\n  organisation_type:\n  ags:\n  state:\n  consent: {date: , scope: [~]}\n  contact:\n  photo: {src: , credit: }\n  tools: [~, {category: , name: }]\n"),
    "null everywhere in the vocabulary": ("vokabular.yaml", b"topics:\nevent_types:\norganisation_types: [~]\ntool_categories: [{id: }]\nstates: [{id: x, code: }]\n"),
    "null everywhere in front matter": ("handreichungen/low-code-einsetzen.md", b"---\ntitle:\ndescription:\nauthors: [~]\ntopics:\nstatus:\npublished:\nreviewed:\n---\nText\n"),
    "deep nesting": ("events.yaml", b"- " + b"[" * 5000 + b"]" * 5000 + b"\n"),
    "undefined alias": ("events.yaml", b"- *nirgends\n"),
    "complex keys": ("events.yaml", b"- {[a]: b, ? {x: y} : z, <<: {id: q}}\n"),
    "a 5 MB file": ("members.yaml", b"- id: a\n" + b"  # " + b"x" * 5_000_000 + b"\n"),
}


@pytest.mark.parametrize("name", list(NASTY))
def test_nasty_input_gives_messages_never_a_traceback(repo_copy, name, capsys, monkeypatch):
    # In-process for speed: an exception would fail the test just as a traceback would.
    relative, content = NASTY[name]
    (repo_copy / relative).write_bytes(content)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", FIXED_EPOCH)
    assert main(["--root", str(repo_copy)]) == 1
    output = capsys.readouterr()
    assert output.err == ""
    assert any(d["file"] == relative and d["severity"] == "fehler" for d in parse_text_output(output.out)), output.out


def test_nasty_inputs_in_every_file_at_once_through_the_real_command(repo_copy):
    for name in ("binary garbage", "a mapping where a list is expected", "null everywhere in the vocabulary", "a list where front matter is expected"):
        relative, content = NASTY[name]
        (repo_copy / relative).write_bytes(content)
    done = run_check(repo_copy)
    output = done.stdout + done.stderr
    assert "Traceback" not in output
    assert done.returncode == 1
    reported = {d["file"] for d in parse_text_output(done.stdout) if d["severity"] == "fehler"}
    assert {"events.yaml", "members.yaml", "vokabular.yaml", "handreichungen/low-code-einsetzen.md"} <= reported


def test_missing_content_file(repo_copy):
    os.remove(repo_copy / "events.yaml")
    done = run_check(repo_copy)
    assert done.returncode == 1
    assert parse_text_output(done.stdout)[0] == {"file": "events.yaml", "line": "1", "column": "1", "severity": "fehler", "message": "Die Datei events.yaml fehlt.", "code": "datei-fehlt"}


def test_unknown_output_format_is_refused_in_german(fixture_root):
    result = run_check(fixture_root, "--format", "xml")
    assert result.returncode == 2
    assert "fehler: Das Format „xml“ gibt es nicht; möglich sind text und github" in result.stderr
    assert "invalid choice" not in result.stderr


def test_help_and_unknown_options_are_german(fixture_root):
    helped = run_check(fixture_root, "--help")
    assert helped.returncode == 0
    assert helped.stdout.startswith("Aufruf: make check")
    assert "Optionen:" in helped.stdout and "zeigt diese Hilfe" in helped.stdout
    assert "usage" not in helped.stdout and "show this help" not in helped.stdout
    unknown = run_check(fixture_root, "--schnell")
    assert unknown.returncode == 2
    assert unknown.stderr.splitlines()[-1] == "fehler: unbekannte Angabe: --schnell"
