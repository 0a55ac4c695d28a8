"""A minimal valid hub, written whole into a folder: the ground the rule catalogue's examples stand on.

Its names are the ones the examples use: member anna-petersen, topics low-code and prozessmanagement,
event types zirkeltreffen, workshop and branchendialog (a dialogue with industry), the publication kinds
handreichung, kurzstudie and umfrageergebnis, organisation types landkreis and wirtschaft.
"""

from __future__ import annotations

from pathlib import Path

from cdo_hub.catalogue import CONFIG, MEMBER, Example

VOCABULARY = """\
topics:
  - id: low-code
    title: Low Code
    description: Fachanwendungen mit Low Code bauen.
  - id: prozessmanagement
    title: Prozessmanagement
    description: Abläufe erheben, verbessern und digitalisieren.
event_types:
  - id: zirkeltreffen
    title: Zirkeltreffen
  - id: workshop
    title: Workshop
  - id: brown-bag
    title: Brown Bag
  - id: branchendialog
    title: Branchendialog
    industry: true
publication_types:
  - id: handreichung
    title: Handreichung
    plural: Handreichungen
  - id: kurzstudie
    title: Kurzstudie
    plural: Kurzstudien
  - id: umfrageergebnis
    title: Umfrageergebnis
    plural: Umfrageergebnisse
organisation_types:
  - id: landkreis
    title: Landkreis
  - id: wirtschaft
    title: Wirtschaft
    industry: true
tool_categories:
  - id: prozessmanagement
    title: Prozessmanagement
states:
  - id: schleswig-holstein
    title: Schleswig-Holstein
    code: "01"
  - id: hessen
    title: Hessen
    code: "06"
formats:
  - id: praesenz
    title: Präsenz
  - id: online
    title: Online
  - id: hybrid
    title: Hybrid (vor Ort und online)
statuses:
  - id: geplant
    title: Geplant
  - id: abgesagt
    title: Abgesagt
  - id: verschoben
    title: Verschoben
"""

PAGE = "# Mitmachen\n\nSo tragen Sie bei.\n"

FILES = {
    "vokabular.yaml": VOCABULARY,
    "members.yaml": MEMBER,
    "events.yaml": "[]\n",
    "docs/mitmachen.md": PAGE,
    "mkdocs.yml": CONFIG,
}


def write_minimal_hub(root: Path) -> Path:
    for name, text in FILES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    (root / "handreichungen").mkdir(exist_ok=True)
    return root


def apply_example(root: Path, example: Example) -> None:
    """Write an example's files over the minimal hub (or remove them)."""
    for part in example.files:
        _apply_file(root, part)


def _apply_file(root: Path, example: Example) -> None:
    path = root / example.file
    if example.text is None and not example.size:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    data = (example.text or "").encode(example.encoding)
    if example.size:
        data += b"\0" * max(0, example.size - len(data))
    path.write_bytes(data)
