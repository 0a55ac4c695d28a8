"""Content the tests of publication kinds, industry dialogue, feeds and open data write for themselves:
two members, a topic, one publication of each kind, an industry dialogue and an event without an
announcement date. Written into a copy of the repository, never into the live files."""

from __future__ import annotations

from pathlib import Path

from fixture_edits import add_entry

TOPIC = "pruefthema"
HOST = "pia-pruefer"
VENDOR = "arno-anbieter"
GUEST = "Gerda Gast (Beispiel Systemhaus AG)"
DIALOGUE = "pruef-branchendialog"
UNANNOUNCED = "pruef-webinar-ohne-ankuendigung"
ANNOUNCED = "2026-11-20"

MEMBERS = f"""
- id: {HOST}
  name: Pia Prüfer
  role: Chief Digital Officer
  organisation: Landkreis Prüfhausen
  organisation_type: landkreis
  state: hessen
  topics: [{TOPIC}]
  consent:
    date: "2026-01-05"
    scope: [profil]

- id: {VENDOR}
  name: Arno Anbieter
  role: Leiter Öffentlicher Sektor
  organisation: Musterlösungen GmbH
  organisation_type: wirtschaft
  state: berlin
  consent:
    date: "2026-01-05"
    scope: [profil]
"""

TOPIC_ENTRY = {"id": TOPIC, "title": "Prüfthema", "description": "Ein Thema, das nur die Tests verwenden."}

EVENTS = f"""
- id: {DIALOGUE}
  title: "Branchendialog: Schnittstellen von Fachverfahren"
  type: branchendialog
  start: "2027-02-10 14:00"
  end: "16:00"
  announced: "{ANNOUNCED}"
  format: online
  hosts: [{HOST}]
  speakers: [{VENDOR}]
  guests:
    - {GUEST}
  disclosures:
    - person: {VENDOR}
      text: Arbeitet für einen Anbieter von Fachverfahren; stellt keine Produkte vor.
    - person: {GUEST}
      text: Vertrieb eines Systemhauses, das Kommunen betreut.
  topics: [{TOPIC}]
  description: Fragen der Verwaltungen an Hersteller, ohne Produktvorstellung.

- id: {UNANNOUNCED}
  title: Webinar ohne Ankündigungsdatum
  type: webinar
  start: "2027-01-20 10:00"
  end: "11:00"
  format: online
  topics: [{TOPIC}]
"""

BODY = "\nEin kurzer Text, damit die Seite etwas zu lesen hat.\n\n## Abschnitt\n\nMehr Text.\n"

PUBLICATIONS = {
    "pruef-positionspapier": f"""---
title: Prüfpositionspapier zu Schnittstellen
description: Ein Positionspapier, das nur die Tests schreiben, mit Beschluss und Unterschrift.
kind: positionspapier
authors: [{HOST}]
topics: [{TOPIC}]
status: veroeffentlicht
published: "2026-10-01"
adopted: "2026-09-17"
signatories: [{HOST}]
---
""",
    "pruef-kurzstudie": f"""---
title: Prüfkurzstudie zur Rolle der CDOs
description: Eine Kurzstudie, die nur die Tests schreiben, mit Frage, Methode, Stichprobe und Zeitraum.
kind: kurzstudie
authors: [{HOST}]
topics: [{TOPIC}]
status: veroeffentlicht
published: "2026-08-01"
question: Wie sind kommunale CDOs in ihre Verwaltung eingebunden?
method: Leitfadeninterviews mit Digitalisierungsverantwortlichen
sample: 9 Landkreise aus 4 Bundesländern
period:
  start: "2026-03-02"
  end: "2026-05-29"
---
""",
    "pruef-umfrage": f"""---
title: Prüfumfrage zu Werkzeugen
description: Ein Umfrageergebnis, das nur die Tests schreiben, mit Tabelle und Diagramm.
kind: umfrageergebnis
authors: [{HOST}]
topics: [{TOPIC}]
status: veroeffentlicht
published: "2026-11-02"
question: Welche Werkzeuge nutzen Sie zur Prozessmodellierung?
responses: 40
multiple_choice: true
period:
  start: "2026-09-01"
  end: "2026-09-30"
results:
  - answer: Tabellenkalkulation
    count: 30
  - answer: BPMN-Werkzeug
    count: 12
  - answer: Whiteboard
    count: 5
---
""",
    "pruef-praxisbericht": f"""---
title: Prüfpraxisbericht aus Prüfhausen
description: Ein Praxisbericht, den nur die Tests schreiben, aus einer einzigen Organisation.
kind: praxisbericht
authors: [{HOST}]
organisation: Landkreis Prüfhausen
topics: [{TOPIC}]
status: veroeffentlicht
published: "2026-07-01"
---
""",
    "pruef-handreichung-mit-anbieter": f"""---
title: Prüfhandreichung mit einem Autor aus der Wirtschaft
description: Eine Handreichung, die nur die Tests schreiben, mit Offenlegung eines Autors aus der Wirtschaft.
authors: [{HOST}, {VENDOR}]
topics: [{TOPIC}]
status: veroeffentlicht
published: "2026-03-01"
reviewed: "2026-11-10"
disclosure: Arno Anbieter arbeitet für einen Anbieter von Fachverfahren; Produkte werden nicht empfohlen.
---
""",
    "pruef-entwurf": f"""---
title: Prüfentwurf eines Praxisberichts
description: Ein Entwurf, der weder auf der Website noch in Feeds oder Daten erscheinen darf.
kind: praxisbericht
authors: [{HOST}]
organisation: Landkreis Prüfhausen
topics: [{TOPIC}]
status: entwurf
---
""",
}
KINDS = {
    "pruef-positionspapier": "positionspapier",
    "pruef-kurzstudie": "kurzstudie",
    "pruef-umfrage": "umfrageergebnis",
    "pruef-praxisbericht": "praxisbericht",
    "pruef-handreichung-mit-anbieter": "handreichung",
}
KIND_TITLES = {"handreichung": "Handreichung", "positionspapier": "Positionspapier", "kurzstudie": "Kurzstudie", "umfrageergebnis": "Umfrageergebnis", "praxisbericht": "Praxisbericht"}


def add_publishing_content(root: Path) -> Path:
    """Write the test's own members, topic, publications and events into the repository copy at `root`."""
    _append(root / "members.yaml", MEMBERS)
    _append(root / "events.yaml", EVENTS)
    add_entry(root / "vokabular.yaml", TOPIC_ENTRY, section="topics")
    for slug, source in PUBLICATIONS.items():
        (root / "handreichungen" / f"{slug}.md").write_text(source + BODY, encoding="utf-8")
    return root


def write_publication(root: Path, slug: str, front_matter: str) -> Path:
    """A publication with the given front matter (without the --- lines) and a short body."""
    path = root / "handreichungen" / f"{slug}.md"
    path.write_text(f"---\n{front_matter.strip()}\n---\n{BODY}", encoding="utf-8")
    return path


def _append(path: Path, entries: str) -> None:
    path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + "\n" + entries, encoding="utf-8")
