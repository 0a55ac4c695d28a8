"""Rules for members.yaml: consent decides what is published, places are real, texts are inert."""

from __future__ import annotations

import pytest

from cdo_hub.view import HubView
from validation_support import column_of, line_of, only_problem, problems, replace_once, validate, where

# Malte Hinrichsen consents to profile, contact and photo; his entry is the first in members.yaml.
FULL_SCOPE = "    scope: [profil, kontakt, foto]\n\n- id: katrin-weisshaupt"


def _members(repo_copy):
    return repo_copy / "members.yaml"


# --- Consent ------------------------------------------------------------------------------


def test_consent_without_profil(repo_copy):
    line = replace_once(_members(repo_copy), FULL_SCOPE, "    scope: [kontakt, foto]\n\n- id: katrin-weisshaupt")
    _, report = validate(repo_copy)
    assert where(report) == [("members.yaml", line, 12, "fehler", "einwilligung-fehlt")]
    assert "Ohne Einwilligung „profil“ darf das Mitglied nicht veröffentlicht werden" in only_problem(report).message


def test_contact_without_consent_kontakt(repo_copy):
    members = _members(repo_copy)
    replace_once(members, FULL_SCOPE, "    scope: [profil, foto]\n\n- id: katrin-weisshaupt")
    _, report = validate(repo_copy)
    assert where(report) == [("members.yaml", line_of(members, "    email: digitalisierung@kreis-rd.example") - 1, 3, "fehler", "kontakt-ohne-einwilligung")]
    assert "Kontaktangaben ohne Einwilligung „kontakt“ dürfen nicht veröffentlicht werden" in only_problem(report).message


def test_photo_without_consent_foto(repo_copy):
    members = _members(repo_copy)
    replace_once(members, FULL_SCOPE, "    scope: [profil, kontakt]\n\n- id: katrin-weisshaupt")
    _, report = validate(repo_copy)
    assert where(report) == [("members.yaml", line_of(members, "    src: mitglieder/fotos/malte-hinrichsen.svg") - 1, 3, "fehler", "foto-ohne-einwilligung")]
    assert "Ein Foto ohne Einwilligung „foto“ darf nicht veröffentlicht werden" in only_problem(report).message


def test_photo_without_credit(repo_copy):
    members = _members(repo_copy)
    line = replace_once(members, '    src: mitglieder/fotos/malte-hinrichsen.svg\n    credit: "Illustration: CDO-Zirkel"\n', "    src: mitglieder/fotos/malte-hinrichsen.svg\n")
    _, report = validate(repo_copy)
    assert where(report) == [("members.yaml", line, 5, "fehler", "pflichtfeld-fehlt")]
    assert "Das Pflichtfeld „photo.credit“ fehlt (Eintrag „malte-hinrichsen“)" in only_problem(report).message


def test_missing_photo_file(repo_copy):
    line = replace_once(_members(repo_copy), "    src: mitglieder/fotos/malte-hinrichsen.svg", "    src: mitglieder/fotos/malte-hinrichsen.jpg")
    _, report = validate(repo_copy)
    assert where(report) == [("members.yaml", line, 10, "fehler", "foto-fehlt")]
    assert "Die Bilddatei „docs/mitglieder/fotos/malte-hinrichsen.jpg“ gibt es nicht" in only_problem(report).message


def test_photo_path_outside_docs_is_refused(repo_copy):
    # mkdocs.yml exists, but one level above docs/: nothing outside docs/ may be published as a photo.
    (repo_copy / "foto.svg").write_text("<svg/>", encoding="utf-8")
    line = replace_once(_members(repo_copy), "    src: mitglieder/fotos/malte-hinrichsen.svg", "    src: ../foto.svg")
    _, report = validate(repo_copy)
    assert where(report) == [("members.yaml", line, 10, "fehler", "foto-fehlt")]


def test_consent_date_in_the_future(repo_copy):
    # FIXED_NOW is 27 November 2026.
    line = replace_once(_members(repo_copy), '    date: "2026-02-12"', '    date: "2026-12-24"')
    _, report = validate(repo_copy)
    assert where(report) == [("members.yaml", line, 11, "fehler", "einwilligung-datum")]
    assert "Die Einwilligung ist auf einen Tag in der Zukunft datiert (2026-12-24)" in only_problem(report).message


def test_consent_given_today_is_fine(repo_copy):
    replace_once(_members(repo_copy), '    date: "2026-02-12"', '    date: "2026-11-27"')
    _, report = validate(repo_copy)
    assert problems(report) == []


# --- Places -------------------------------------------------------------------------------


def test_ags_and_state_that_do_not_match(repo_copy):
    line = replace_once(_members(repo_copy), '  ags: "01058"\n', '  ags: "01058"\n  state: bayern\n') + 1
    _, report = validate(repo_copy)
    assert where(report) == [("members.yaml", line, 10, "fehler", "bundesland-passt-nicht")]
    assert "Das Bundesland „bayern“ passt nicht zum Schlüssel „01058“, der zu Schleswig-Holstein gehört" in only_problem(report).message


def test_ags_with_matching_state_is_fine(repo_copy):
    replace_once(_members(repo_copy), '  ags: "01058"\n', '  ags: "01058"\n  state: schleswig-holstein\n')
    _, report = validate(repo_copy)
    assert problems(report) == []


def test_ags_of_no_state(repo_copy):
    line = replace_once(_members(repo_copy), '  ags: "01058"', '  ags: "17000"')
    _, report = validate(repo_copy)
    assert where(report) == [("members.yaml", line, 8, "fehler", "ags-ungueltig")]
    assert "Der Schlüssel „17000“ beginnt mit „17“; das ist kein Bundesland (01 bis 16)" in only_problem(report).message


def test_ags_of_wrong_length(repo_copy):
    line = replace_once(_members(repo_copy), '  ags: "01058"', '  ags: "0105"')
    _, report = validate(repo_copy)
    assert where(report) == [("members.yaml", line, 8, "fehler", "falsches-format")]


def test_neither_ags_nor_state(repo_copy):
    members = _members(repo_copy)
    replace_once(members, '  ags: "01058"\n', "")
    _, report = validate(repo_copy)
    assert where(report) == [("members.yaml", line_of(members, "- id: malte-hinrichsen"), 3, "fehler", "bundesland-fehlt")]
    assert "Es fehlt das Bundesland: geben Sie ags (Gemeindeschlüssel) oder state an" in only_problem(report).message


def test_unknown_organisation_type(repo_copy):
    line = replace_once(_members(repo_copy), '  organisation_type: landkreis\n  ags: "01058"', '  organisation_type: landkries\n  ags: "01058"')
    _, report = validate(repo_copy)
    assert where(report) == [("members.yaml", line, 22, "fehler", "unbekannte-kennung")]
    assert "Die Organisationsart „landkries“ gibt es nicht" in only_problem(report).message
    assert only_problem(report).hint == "Meinten Sie „landkreis“?"


# --- Texts are inert ----------------------------------------------------------------------


def test_script_in_a_name(repo_copy):
    members = _members(repo_copy)
    line = replace_once(members, "  name: Malte Hinrichsen", "  name: Malte <script>alert(1)</script> Hinrichsen")
    _, report = validate(repo_copy)
    assert where(report) == [
        ("members.yaml", line, column_of(members, line, "<script>"), "fehler", "unsicheres-html"),
    ]
    assert "HTML-Element „<script>“ ist nicht erlaubt" in problems(report)[0].message


def test_iframe_in_a_folded_bio_is_found_on_its_line(repo_copy):
    members = _members(repo_copy)
    line = replace_once(members, "    moderiert die Zirkeltreffen.", '    moderiert die Zirkeltreffen. <iframe src="https://video.example/x"></iframe>')
    _, report = validate(repo_copy)
    assert where(report) == [
        ("members.yaml", line, column_of(members, line, "<iframe"), "fehler", "unsicheres-html"),
    ]
    assert "HTML-Element „<iframe>“ ist nicht erlaubt" in problems(report)[0].message


def test_onclick_in_a_quoted_name(repo_copy):
    members = _members(repo_copy)
    line = replace_once(members, "  name: Malte Hinrichsen", '  name: "<b onclick=alert(1)>Malte</b> Hinrichsen"')
    _, report = validate(repo_copy)
    assert where(report) == [("members.yaml", line, column_of(members, line, "onclick"), "fehler", "unsicheres-html")]
    assert "HTML-Attribut „onclick=“ ist nicht erlaubt" in only_problem(report).message


def test_onclick_split_across_bio_lines_is_still_found(repo_copy):
    # Folding joins the lines; the attribute then stands inside the tag and is reported at the field.
    members = _members(repo_copy)
    replace_once(members, "    eine Führungskultur, die Fehler", '    eine <a href="https://kreis-rd.de"\n    onmouseover="alert(1)">Führungskultur</a>, die Fehler')
    _, report = validate(repo_copy)
    found = only_problem(report)
    assert (found.position.file, found.severity.value, found.code) == ("members.yaml", "fehler", "unsicheres-html")
    assert "HTML-Attribut „onmouseover=“ ist nicht erlaubt" in found.message
    assert members.read_text(encoding="utf-8").split("\n")[found.position.line - 1] == "  bio: >-"


@pytest.mark.parametrize("field, value", [("role", "Chief <script>Digital</script> Officer"), ("organisation", "Kreis <iframe>")])
def test_html_in_other_text_fields(repo_copy, field, value):
    members = _members(repo_copy)
    old = {"role": "  role: Chief Digital Officer\n  organisation: Kreis Rendsburg-Eckernförde", "organisation": "  organisation: Kreis Rendsburg-Eckernförde"}[field]
    new = old.replace("Chief Digital Officer", value) if field == "role" else f"  organisation: {value}"
    line = replace_once(members, old, new)
    _, report = validate(repo_copy)
    assert {(d.position.line, d.code) for d in problems(report)} == {(line, "unsicheres-html")}


# --- Plain text and published files -------------------------------------------------------


def test_html_in_a_name_would_show_literally(repo_copy):
    members = _members(repo_copy)
    line = replace_once(members, "  name: Malte Hinrichsen", "  name: Malte <b>Hinrichsen</b>")
    _, report = validate(repo_copy)
    assert where(report) == [("members.yaml", line, column_of(members, line, "<b>"), "warnung", "auszeichnung-in-text")]
    assert only_problem(report).message == "„name“ ist reiner Text: „<b>“ erschiene so auf der Seite."
    assert only_problem(report).hint.endswith("Hervorhebungen und Links sind nur in bio möglich.")


def test_link_in_a_guide_title_would_show_literally(repo_copy):
    guide = repo_copy / "handreichungen" / "low-code-einsetzen.md"
    line = replace_once(guide, 'title: "Was brauche ich, um Low Code einsetzen zu können?"', 'title: "Was brauche ich, um [Low Code](https://de.wikipedia.org/wiki/Low-Code) einsetzen zu können?"')
    _, report = validate(repo_copy)
    assert where(report) == [("handreichungen/low-code-einsetzen.md", line, column_of(guide, line, "[Low Code]"), "warnung", "auszeichnung-in-text")]
    assert only_problem(report).hint.endswith("Hervorhebungen und Links sind nur im Text unter den Kopfdaten möglich.")


def test_photo_svg_with_a_script_is_refused_where_the_script_is(repo_copy):
    photo = repo_copy / "docs" / "mitglieder" / "fotos" / "malte-hinrichsen.svg"
    lines = photo.read_text(encoding="utf-8").split("\n")
    lines.insert(2, '  <script href="https://tracker.example/t.js"/>')
    photo.write_text("\n".join(lines), encoding="utf-8")
    _, report = validate(repo_copy)
    assert where(report) == [("docs/mitglieder/fotos/malte-hinrichsen.svg", 3, 3, "fehler", "unsichere-grafik")]
    assert problems(report)[0].message == "Die Grafik enthält das Element „<script>“."


def test_copied_member_entry_with_a_new_id_only_is_a_warning(repo_copy):
    members = _members(repo_copy)
    text = members.read_text(encoding="utf-8")
    first = text[text.index("- id: malte-hinrichsen"): text.index("- id: katrin-weisshaupt")]
    members.write_text(text + "\n" + first.replace("- id: malte-hinrichsen", "- id: malte-hinrichsen-2").replace("Malte Hinrichsen", "Malte  hinrichsen"), encoding="utf-8")
    _, report = validate(repo_copy)
    copied = line_of(members, "- id: malte-hinrichsen-2")
    assert where(report) == [("members.yaml", copied, 3, "warnung", "doppelter-eintrag")]
    original = members.read_text(encoding="utf-8").split("\n").index("- id: malte-hinrichsen") + 1
    assert only_problem(report).message == f"Ein Mitglied mit denselben Angaben (name, organisation) steht schon in Zeile {original}."


def test_photo_name_with_a_space_suggests_a_plain_name(repo_copy):
    fotos = repo_copy / "docs" / "mitglieder" / "fotos"
    (fotos / "malte-hinrichsen.svg").rename(fotos / "Foto Malte.svg")
    line = replace_once(_members(repo_copy), "    src: mitglieder/fotos/malte-hinrichsen.svg", "    src: mitglieder/fotos/Foto Malte.svg")
    _, report = validate(repo_copy)
    assert where(report) == [("members.yaml", line, 10, "fehler", "falsches-format")]
    assert only_problem(report).hint.startswith("Meinten Sie „mitglieder/fotos/foto-malte.svg“?")


def test_photo_with_a_capital_extension_from_a_camera_is_fine(repo_copy):
    fotos = repo_copy / "docs" / "mitglieder" / "fotos"
    (fotos / "malte-hinrichsen.svg").rename(fotos / "malte-hinrichsen.SVG")
    replace_once(_members(repo_copy), "    src: mitglieder/fotos/malte-hinrichsen.svg", "    src: mitglieder/fotos/malte-hinrichsen.SVG")
    hub, report = validate(repo_copy)
    assert where(report) == []
    assert hub.members["malte-hinrichsen"].photo.src == "mitglieder/fotos/malte-hinrichsen.SVG"


def test_one_tool_in_two_spellings_is_a_warning_and_counted_once(repo_copy):
    members = _members(repo_copy)
    written = "    - {category: low-code, name: Microsoft Power Apps}"
    lines = members.read_text(encoding="utf-8").split("\n")
    first, second = [n for n, line in enumerate(lines, start=1) if line == written][:2]
    lines[second - 1] = "    - {category: low-code, name: Microsoft PowerApps}"
    members.write_text("\n".join(lines), encoding="utf-8")
    hub, report = validate(repo_copy)
    assert where(report) == [("members.yaml", second, lines[second - 1].index("Microsoft") + 1, "warnung", "werkzeug-schreibweise")]
    assert only_problem(report).message == f"Das Werkzeug „Microsoft PowerApps“ steht in Zeile {first} als „Microsoft Power Apps“."
    # A warning does not stop a build without --strict; the landscape then counts both spellings as one tool.
    low_code = dict((category.id, tools) for category, tools in HubView(hub).tool_landscape)["low-code"]
    assert [(t.name, len(t.organisations)) for t in low_code if "Power" in t.name] == [("Microsoft Power Apps", 3)]
