"""Proposals without Git: issue forms, as GitHub renders them, become checked content or a German refusal."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
import yaml

from cdo_hub.clock import build_now
from cdo_hub.content import ContentPaths, load_hub
from cdo_hub.ci.proposals import FORMS, ProposalRefused, convert

from conftest import FIXED_EPOCH, REPO, run_check

FORMS_DIR = REPO / ".github" / "ISSUE_TEMPLATE"
FORM_FILES = {"termin": "1-termin.yml", "handreichung": "2-handreichung.yml", "profil": "3-profil.yml"}
FORM_DATE = date(2026, 11, 20)

# A small hub of the tests' own: vocabulary, one member, one event, no guide.
VOCABULARY = """\
topics:
  - {id: ki, title: Künstliche Intelligenz, description: KI in der Verwaltung.}
  - {id: daten, title: Daten, description: Daten nutzen.}
event_types:
  - {id: brown-bag, title: Brown Bag, description: Kurze Mittagsvorträge.}
organisation_types:
  - {id: landkreis, title: Landkreis}
tool_categories:
  - {id: kollaboration, title: Kollaboration}
states:
  - {id: schleswig-holstein, title: Schleswig-Holstein, code: "01"}
  - {id: hessen, title: Hessen, code: "06"}
formats:
  - {id: praesenz, title: Präsenz}
  - {id: online, title: Online}
  - {id: hybrid, title: Hybrid}
statuses:
  - {id: geplant, title: Geplant}
  - {id: abgesagt, title: Abgesagt}
  - {id: verschoben, title: Verschoben}
"""
MEMBERS = """\
# Mitglieder

- id: erika-test
  name: Erika Test
  role: Chief Digital Officer
  organisation: Kreis Testhausen
  organisation_type: landkreis
  ags: "01058"
  negz_member: true
  topics: [ki]
  tools:
    - {category: kollaboration, name: Nextcloud}
  contact:
    email: erika.test@kreis-testhausen.example
  consent:
    date: "2026-01-10"
    scope: [profil, kontakt]

# Ein Kommentar vor dem nächsten Eintrag bleibt stehen.
- id: otto-test
  name: Otto Test
  role: Leiter Digitalisierung
  organisation: Kreis Testhausen
  organisation_type: landkreis
  state: hessen
  consent:
    date: "2026-01-11"
    scope: [profil]
"""
EVENTS = """\
# Veranstaltungen

- id: brown-bag-test-2027
  title: "Brown Bag: Test"
  type: brown-bag
  start: "2027-01-14 12:00"
  end: "12:45"
  format: online
"""


@pytest.fixture
def hub(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "hub"
    root.mkdir()
    for name in ("mkdocs.yml", "schemas", "overrides", "hooks"):
        source = REPO / name
        (shutil.copytree(source, root / name, ignore=shutil.ignore_patterns("__pycache__")) if source.is_dir() else shutil.copy2(source, root / name))
    (root / "docs").mkdir()
    (root / "handreichungen").mkdir()
    (root / "vokabular.yaml").write_text(VOCABULARY, encoding="utf-8")
    (root / "members.yaml").write_text(MEMBERS, encoding="utf-8")
    (root / "events.yaml").write_text(EVENTS, encoding="utf-8")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", FIXED_EPOCH)
    assert run_check(root, "--strict").returncode == 0, run_check(root, "--strict").stdout
    return root


def render_form(kind: str, answers: dict[str, object]) -> str:
    """The issue body GitHub writes for the form in .github/ISSUE_TEMPLATE: `### label`, blank line, value."""
    form = yaml.safe_load((FORMS_DIR / FORM_FILES[kind]).read_text(encoding="utf-8"))
    parts = []
    for element in form["body"]:
        if element["type"] == "markdown":
            continue
        label = element["attributes"]["label"]
        answer = answers.get(element["id"])
        if element["type"] == "checkboxes":
            ticked = answer or []
            value = "\n".join(f"- [{'X' if o['label'] in ticked else ' '}] {o['label']}" for o in element["attributes"]["options"])
        else:
            value = answer if answer else "_No response_"
        parts.append(f"### {label}\n\n{value}")
    return "\n\n".join(parts)


def submit(root: Path, kind: str, answers: dict[str, object]):  # noqa: ANN201
    return convert(render_form(kind, answers), kind, root, FORM_DATE, build_now())


def refused(root: Path, kind: str, answers: dict[str, object], **kwargs) -> list[str]:  # noqa: ANN003
    before = {p: p.read_bytes() for p in root.glob("*.yaml")}
    with pytest.raises(ProposalRefused) as refusal:
        convert(render_form(kind, answers), kind, root, FORM_DATE, build_now(), **kwargs)
    assert {p: p.read_bytes() for p in root.glob("*.yaml")} == before, "Eine Ablehnung darf nichts verändern."
    assert list((root / "handreichungen").iterdir()) == []
    return refusal.value.messages


def loaded(root: Path):  # noqa: ANN201
    hub, report = load_hub(ContentPaths.at(root), build_now())
    assert hub is not None, [d.as_text() for d in report.sorted()]
    return hub


EVENT = {
    "title": "Brown Bag: Daten teilen im Kreis",
    "type": "brown-bag",
    "start": "2027-02-11 12:00",
    "end": "12:45",
    "format": "Online",
    "url": "https://www.negz.org/veranstaltungen/brown-bag",
    "topics": "daten, ki",
    "speakers": "erika-test",
    "guests": "Prof. Dr. Maria Beispiel (Hochschule Musterstadt)",
    "visibility": "Öffentlich",
    "description": "Wie ein Kreis Daten mit seinen Gemeinden teilt.\n\n- offene Schnittstellen\n- klare Rollen",
}
PROFILE = {
    "name": "Dr. Jana Neumann",
    "role": "Chief Digital Officer",
    "organisation": "Kreis Testhausen",
    "organisation-type": "landkreis",
    "ags": "01058",
    "topics": "ki",
    "email": "jana.neumann@kreis-testhausen.example",
    "negz-member": "Nein",
    "consent": [
        "Mein Profil (Name, Funktion, Organisation, Themen, Kurzprofil) darf veröffentlicht werden.",
        "Meine Kontaktangaben (E-Mail, Website, LinkedIn) dürfen veröffentlicht werden.",
    ],
    "bio": "Baut die Stabsstelle Digitalisierung auf.",
}
GUIDE = {
    "title": "Daten teilen im Kreis",
    "description": "Wie Kreise und Gemeinden Daten gemeinsam nutzen, ohne Zuständigkeiten zu verwischen.",
    "authors": "erika-test",
    "topics": "daten",
    "body": "Einleitung.\n\n## Erster Schritt\n\n### Ein Unterabschnitt\n\n- [ ] Zuständigkeiten klären",
}


# --- the forms and the converter speak of the same fields ------------------------------------------


@pytest.mark.parametrize("kind", sorted(FORM_FILES))
def test_each_issue_form_has_exactly_the_fields_the_converter_reads(kind: str) -> None:
    form = yaml.safe_load((FORMS_DIR / FORM_FILES[kind]).read_text(encoding="utf-8"))
    labels = [e["attributes"]["label"] for e in form["body"] if e["type"] != "markdown"]
    assert labels == [f.label for f in FORMS[kind].fields]
    assert form["name"] == FORMS[kind].title and form["labels"] == [kind]
    for element, field in zip([e for e in form["body"] if e["type"] != "markdown"], FORMS[kind].fields):
        shown = element["attributes"].get("options", [])
        assert [o["label"] if isinstance(o, dict) else o for o in shown] == list(field.choices), field.label


# --- honest proposals become entries that make check accepts ---------------------------------------


def test_an_event_form_becomes_one_entry_that_make_check_accepts(hub: Path) -> None:
    proposal = submit(hub, "termin", EVENT)
    assert run_check(hub, "--strict").returncode == 0
    event = loaded(hub).events[proposal.identifier]
    assert proposal.identifier == "brown-bag-daten-teilen-im-kreis-2027"
    assert (event.title, event.type, event.format, event.topics, event.speakers) == (EVENT["title"], "brown-bag", "online", ("daten", "ki"), ("erika-test",))
    assert event.guests == (EVENT["guests"],) and event.description == EVENT["description"]
    text = (hub / "events.yaml").read_text(encoding="utf-8")
    assert text.startswith(EVENTS) and "\n\n- id: " + '"' + proposal.identifier in text, "angehängt, im Stil der Datei"


def test_a_members_only_event_keeps_its_visibility(hub: Path) -> None:
    proposal = submit(hub, "termin", EVENT | {"visibility": "Nur für Mitglieder (die Website zeigt nur Titel, Art, Format, Themen und Termine)", "url": "", "description": "", "speakers": "", "guests": ""})
    assert loaded(hub).events[proposal.identifier].members_only


def test_a_second_event_with_the_same_title_gets_its_own_id(hub: Path) -> None:
    first, second = submit(hub, "termin", EVENT), submit(hub, "termin", EVENT | {"start": "2027-03-11 12:00"})
    assert second.identifier == first.identifier + "-2"
    assert set(loaded(hub).events) >= {first.identifier, second.identifier}


def test_a_profile_form_turns_the_ticked_consents_into_the_scope_dated_by_the_form(hub: Path) -> None:
    proposal = submit(hub, "profil", PROFILE)
    assert run_check(hub, "--strict").returncode == 0
    member = loaded(hub).members[proposal.identifier]
    assert proposal.identifier == "jana-neumann"
    assert member.consent_scope == ("profil", "kontakt") and member.contact.email == PROFILE["email"]
    assert member.negz_member is False
    entry = yaml.safe_load((hub / "members.yaml").read_text(encoding="utf-8"))[-1]
    assert entry["consent"] == {"date": FORM_DATE.isoformat(), "scope": ["profil", "kontakt"]}


def test_contact_details_without_consent_are_not_stored(hub: Path) -> None:
    proposal = submit(hub, "profil", PROFILE | {"consent": PROFILE["consent"][:1]})
    entry = yaml.safe_load((hub / "members.yaml").read_text(encoding="utf-8"))[-1]
    assert entry["id"] == proposal.identifier and "contact" not in entry
    assert "jana.neumann@" not in (hub / "members.yaml").read_text(encoding="utf-8")


def test_a_profile_change_replaces_the_entry_and_keeps_what_the_form_does_not_ask(hub: Path) -> None:
    proposal = submit(hub, "profil", PROFILE | {"member-id": "erika-test", "name": "Erika Test", "role": "Landrätin"})
    assert proposal.identifier == "erika-test"
    assert run_check(hub, "--strict").returncode == 0
    entries = yaml.safe_load((hub / "members.yaml").read_text(encoding="utf-8"))
    assert [e["id"] for e in entries] == ["erika-test", "otto-test"]
    erika = entries[0]
    assert erika["role"] == "Landrätin" and erika["tools"] == [{"category": "kollaboration", "name": "Nextcloud"}]
    assert erika["consent"]["date"] == FORM_DATE.isoformat()
    assert "# Ein Kommentar vor dem nächsten Eintrag bleibt stehen." in (hub / "members.yaml").read_text(encoding="utf-8")


def test_a_guide_form_becomes_a_guide_file_that_make_check_accepts(hub: Path) -> None:
    proposal = submit(hub, "handreichung", GUIDE)
    assert proposal.path == hub / "handreichungen" / "daten-teilen-im-kreis.md"
    assert run_check(hub, "--strict").returncode == 0
    guide = loaded(hub).guides["daten-teilen-im-kreis"]
    assert (guide.title, guide.authors, guide.topics, guide.published) == (GUIDE["title"], ("erika-test",), ("daten",), FORM_DATE)
    assert "### Ein Unterabschnitt" in guide.body, "Überschriften im letzten Feld sind Text der Handreichung"


def test_a_guide_attached_as_a_file_is_fetched_only_from_githubs_attachments(hub: Path) -> None:
    url = "https://github.com/user-attachments/files/123456/daten-teilen.md"
    fetched = []

    def fetch(address: str) -> bytes:
        fetched.append(address)
        return "---\ntitle: egal\n---\nText aus der Datei.\n\n## Abschnitt\n\nMehr.\n".encode()

    convert(render_form("handreichung", GUIDE | {"body": f"[daten-teilen.md]({url})"}), "handreichung", hub, FORM_DATE, build_now(), fetch=fetch)
    assert fetched == [url]
    assert loaded(hub).guides["daten-teilen-im-kreis"].body.strip().startswith("Text aus der Datei.")
    fetched.clear()
    foreign = GUIDE | {"title": "Fremde Adresse", "body": "https://example.org/x.md"}
    convert(render_form("handreichung", foreign), "handreichung", hub, FORM_DATE, build_now(), fetch=fetch)
    assert fetched == [], "Nur Anhänge bei GitHub werden geladen."


# --- hostile bodies: a safe entry or a German refusal -------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Brown Bag: `rm -rf /` und $(whoami)",
        "Brown Bag: ${{ secrets.GITHUB_TOKEN }} und ${{ github.event.issue.title }}",
        'Brown Bag: "Zitat", \\ Backslash & Anker *alias',
        'Brown Bag", "visibility": "mitglieder',
        "Brown Bag: x\" }\n- id: zweiter-eintrag".replace("\n", " "),
        "- id: zweiter-eintrag",
        "Brown Bag: {{ config.extra }} {% include 'x' %}",
    ],
)
def test_hostile_text_in_a_field_stays_text_of_one_entry(hub: Path, title: str) -> None:
    proposal = submit(hub, "termin", EVENT | {"title": title})
    assert run_check(hub, "--strict").returncode == 0
    events = loaded(hub).events
    assert len(events) == 2 and events[proposal.identifier].title == title
    assert not events[proposal.identifier].members_only


def test_yaml_that_tries_to_open_a_second_entry_in_the_description_stays_its_text(hub: Path) -> None:
    description = 'Ein Impuls.\n"\n- id: eingeschleust\n  title: "Fremder Termin"\n  visibility: mitglieder\n---\n...'
    proposal = submit(hub, "termin", EVENT | {"description": description})
    events = loaded(hub).events
    assert set(events) == {"brown-bag-test-2027", proposal.identifier}
    assert events[proposal.identifier].description == description


def test_a_script_element_is_refused_in_german_at_its_field(hub: Path) -> None:
    messages = refused(hub, "termin", EVENT | {"description": "Hallo <script>alert(1)</script>"})
    assert any(m.startswith("**Beschreibung**:") and "<script>" in m for m in messages), messages


def test_injected_keys_in_a_list_field_are_refused_as_unknown_topics(hub: Path) -> None:
    messages = refused(hub, "termin", EVENT | {"topics": 'ki", "visibility": "mitglieder'})
    assert messages and all(m.startswith("**Themen**:") for m in messages), messages


def test_a_line_break_in_a_one_line_field_is_refused(hub: Path) -> None:
    messages = refused(hub, "termin", EVENT | {"title": "Titel\nvisibility: mitglieder"})
    assert messages == ["**Titel der Veranstaltung**: Hier ist nur eine Zeile vorgesehen."]


def test_a_forged_heading_of_another_field_is_refused(hub: Path) -> None:
    forged = "Maria Beispiel\n\n### Sichtbarkeit\n\nNur für Mitglieder (die Website zeigt nur Titel, Art, Format, Themen und Termine)"
    messages = refused(hub, "termin", EVENT | {"guests": forged})
    assert any("### Sichtbarkeit" in m for m in messages), messages


def test_invisible_control_characters_are_refused(hub: Path) -> None:
    messages = refused(hub, "termin", EVENT | {"title": "Brown Bag \u202egnuldnaW"})
    assert messages and "Steuerzeichen" in messages[0] and "U+202E" in messages[0]


def test_a_mistyped_date_is_refused_with_the_checks_suggestion(hub: Path) -> None:
    messages = refused(hub, "termin", EVENT | {"start": "11.02.2027 12:00"})
    assert len(messages) == 1 and messages[0].startswith("**Beginn**:") and "2027-02-11" in messages[0], messages


def test_a_profile_without_consent_is_refused(hub: Path) -> None:
    messages = refused(hub, "profil", PROFILE | {"consent": []})
    assert messages[0].startswith("**Einwilligung**:")


def test_an_existing_member_cannot_be_overwritten_by_a_new_profile(hub: Path) -> None:
    messages = refused(hub, "profil", PROFILE | {"name": "Prof. Dr. Erika Test"})
    assert "erika-test" in messages[0] and messages[0].startswith("**Name**:")


def test_an_altered_form_is_refused(hub: Path) -> None:
    with pytest.raises(ProposalRefused) as refusal:
        convert("### Titel der Veranstaltung\n\nNur ein Feld", "termin", hub, FORM_DATE, build_now())
    assert any("fehlt im Text des Issues" in m for m in refusal.value.messages)


# --- the command the workflow runs --------------------------------------------------------------------


def _cli(hub: Path, tmp_path: Path, body: str, labels: list[str]) -> tuple[subprocess.CompletedProcess, str, str]:
    (tmp_path / "body.md").write_text(body, encoding="utf-8")
    message, output = tmp_path / "message.md", tmp_path / "output.txt"
    done = subprocess.run(
        [sys.executable, "-m", "cdo_hub.ci.proposals", "--body-file", str(tmp_path / "body.md"), "--labels", json.dumps(labels),
         "--date", "2026-11-20T09:15:00Z", "--root", str(hub), "--message-file", str(message), "--output-file", str(output)],
        capture_output=True, text=True, timeout=120, env={"SOURCE_DATE_EPOCH": FIXED_EPOCH, "PATH": "/usr/bin:/bin"},
    )
    return done, message.read_text(encoding="utf-8") if message.exists() else "", output.read_text(encoding="utf-8") if output.exists() else ""


def test_the_command_converts_by_the_issues_label_and_reports_for_the_workflow(hub: Path, tmp_path: Path) -> None:
    done, message, output = _cli(hub, tmp_path, render_form("profil", PROFILE), ["profil", "übernehmen"])
    assert done.returncode == 0, done.stderr
    assert "kind=profil\nidentifier=jana-neumann\npath=members.yaml\n" == output
    assert "jana-neumann" in message and "members.yaml" in message


def test_the_command_writes_the_german_refusal_for_the_issue_comment(hub: Path, tmp_path: Path) -> None:
    done, message, output = _cli(hub, tmp_path, render_form("termin", EVENT | {"type": "brownbag"}), ["termin"])
    assert done.returncode == 1 and output == ""
    assert message.startswith("Danke für den Vorschlag!") and "**Art der Veranstaltung**:" in message and "brown-bag" in message


def test_an_attachment_that_cannot_be_loaded_is_a_german_refusal(hub: Path) -> None:
    def fetch(address: str) -> bytes:
        raise OSError("HTTP Error 404")

    body = GUIDE | {"body": "https://github.com/user-attachments/files/1/text.md"}
    messages = refused(hub, "handreichung", body, fetch=fetch)
    assert messages[0].startswith("**Text der Handreichung**:") and "nicht geladen" in messages[0]


def test_a_body_with_windows_line_breaks_reads_the_same(hub: Path) -> None:
    proposal = convert(render_form("termin", EVENT).replace("\n", "\r\n"), "termin", hub, FORM_DATE, build_now())
    assert loaded(hub).events[proposal.identifier].description == EVENT["description"]


def test_a_guide_problem_in_the_front_matter_names_its_field(hub: Path) -> None:
    messages = refused(hub, "handreichung", GUIDE | {"topics": "datn"})
    assert messages and messages[0].startswith("**Themen**:") and "daten" in messages[0], messages


def test_a_profile_change_without_contact_consent_removes_the_contact_details(hub: Path) -> None:
    submit(hub, "profil", PROFILE | {"member-id": "erika-test", "name": "Erika Test", "email": "", "consent": PROFILE["consent"][:1]})
    assert run_check(hub, "--strict").returncode == 0
    erika = yaml.safe_load((hub / "members.yaml").read_text(encoding="utf-8"))[0]
    assert "contact" not in erika and erika["consent"]["scope"] == ["profil"]
    assert "erika.test@" not in (hub / "members.yaml").read_text(encoding="utf-8")
