"""The pages the browser tests visit: one of every kind the hub generates, from the shipped content."""

# (name shown in test ids, path below the site root)
PAGES = [
    ("start", ""),
    ("handreichungen", "handreichungen/"),
    ("handreichung", "handreichungen/low-code-einsetzen/"),
    ("umfrageergebnis", "handreichungen/umfrage-werkzeuge-prozessmanagement/"),
    ("positionspapier", "handreichungen/positionspapier-mandat-kommunaler-cdos/"),
    ("kalender", "veranstaltungen/"),
    ("veranstaltung", "veranstaltungen/zirkeltreffen-2026-04-muenster/"),
    ("veranstaltungsserie", "veranstaltungen/sprechstunde-low-code/"),
    ("branchendialog", "veranstaltungen/branchendialog-2027-02-cloud-fachverfahren/"),
    ("kein-vertrieb", "kein-vertrieb/"),
    ("verzeichnis", "mitglieder/"),
    ("profil", "mitglieder/malte-hinrichsen/"),
    ("themen", "themen/"),
    ("thema", "themen/low-code/"),
    ("werkzeuge", "werkzeuge/"),
    ("daten", "daten/"),
    ("mitmachen", "mitmachen/"),
    ("meldungen", "mitmachen/meldungen/"),
    ("felder", "mitmachen/felder/"),
    ("impressum", "impressum/"),
    ("datenschutz", "datenschutz/"),
    ("barrierefreiheit", "barrierefreiheit/"),
    ("nicht-gefunden", "404.html"),
]
SCHEMES = ["light", "dark"]

# Narrow screens turn wide tables and the navigation into other components: checked again at phone width.
PHONE_PAGES = [
    ("start", ""),
    ("handreichung", "handreichungen/low-code-einsetzen/"),
    ("handreichung-mit-tabelle", "handreichungen/ki-in-der-verwaltung/"),
    ("umfrageergebnis", "handreichungen/umfrage-werkzeuge-prozessmanagement/"),
    ("kalender", "veranstaltungen/"),
    ("verzeichnis", "mitglieder/"),
    ("profil", "mitglieder/malte-hinrichsen/"),
    ("werkzeuge", "werkzeuge/"),
]
PHONE = {"width": 375, "height": 800}
