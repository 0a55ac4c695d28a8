"""A guide or page that names another guide or an event by its title in „quotes“ is reminded to link it,
so the reference becomes a link that the build checks. A notice only: it never stops a build."""

from __future__ import annotations

from content_helpers import read_content, write_yaml
from validation_support import validate

AUTHOR = "malte-hinrichsen"
FRONT = '---\ntitle: "{title}"\ndescription: Eine Handreichung, die der Test selbst schreibt, um Verweise zu prüfen.\nauthors: [{author}]\ntopics: [{topic}]\nstatus: veroeffentlicht\npublished: "2026-05-04"\nlicense: CC BY 4.0\n---\n\n'
EVENT = {"id": "probe-werkstatt-2027", "title": "Probe-Werkstatt: Verweise pflegen – mit Übungen", "type": "workshop", "start": "2027-05-04 10:00", "end": "12:00", "format": "online"}


def _write_guides(root, body: str) -> str:
    content = read_content(root)
    author = content.members[0]["id"]
    topic = content.vocabulary["topics"][0]["id"]
    (root / "handreichungen" / "probe-ziel.md").write_text(FRONT.format(title="Verweise zwischen Seiten pflegen", author=author, topic=topic) + "Text der Zielseite.\n", encoding="utf-8")
    (root / "handreichungen" / "probe-quelle.md").write_text(FRONT.format(title="Eine Handreichung mit Verweisen", author=author, topic=topic) + body, encoding="utf-8")
    event_type = content.vocabulary["event_types"][0]["id"]
    write_yaml(root / "events.yaml", content.events + [{**EVENT, "type": event_type}])
    return "handreichungen/probe-quelle.md"


def _notices(report, file: str) -> list:
    return [d for d in report.sorted() if d.code == "titel-ohne-link" and d.position.file == file]


def test_a_quoted_guide_title_without_a_link_draws_a_notice_with_the_link_to_write(repo_copy):
    file = _write_guides(repo_copy, "Mehr dazu steht in „Verweise zwischen Seiten pflegen“.\n")
    hub, report = validate(repo_copy)
    assert hub is not None
    [notice] = _notices(report, file)
    assert (notice.position.line, notice.position.column, notice.severity.value) == (11, 20, "hinweis")
    assert notice.hint == "Schreiben Sie einen Link, den der Bau prüft: [„Verweise zwischen Seiten pflegen“](probe-ziel.md)."


def test_a_short_form_of_an_event_title_is_recognised(repo_copy):
    file = _write_guides(repo_copy, "Geübt wird das in der Veranstaltung „Verweise pflegen“.\n")
    _, report = validate(repo_copy)
    [notice] = _notices(report, file)
    assert "../veranstaltungen/probe-werkstatt-2027.md" in notice.hint


def test_a_linked_title_draws_no_notice(repo_copy):
    file = _write_guides(repo_copy, "Mehr dazu in [„Verweise zwischen Seiten pflegen“](probe-ziel.md) und in der Werkstatt [„Verweise pflegen“](../veranstaltungen/probe-werkstatt-2027.md).\n")
    _, report = validate(repo_copy)
    assert not _notices(report, file)
