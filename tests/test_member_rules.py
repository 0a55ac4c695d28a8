"""Rules for members.yaml: consent decides what is published, places are real, texts are inert."""

from __future__ import annotations

import pytest

from cdo_hub.publish.view import HubView
from fixture_edits import Quoted, add_entry, append_text, edit_entry, edit_guide, entries, entry, guide_line, key_position, position
from validation_support import column_of, only_problem, problems, validate, where

MALTE = "malte-hinrichsen"  # consents to profile, contact and photo; has an AGS, a photo and tools


def _members(repo_copy):
    return repo_copy / "members.yaml"


def _edit(repo_copy, **changes) -> None:
    edit_entry(_members(repo_copy), MALTE, **changes)


def _at(repo_copy, *keys) -> tuple[int, int]:
    return position(_members(repo_copy), MALTE, *keys)


def _consent(repo_copy, scope: list[str]) -> None:
    _edit(repo_copy, consent=entry(_members(repo_copy), MALTE)["consent"] | {"scope": scope})


# A whole member written by the test, with a folded bio whose lines it knows.
FOLDED_BIO = """- id: bio-beispiel
  name: Bea Beispiel
  role: Chief Digital Officer
  organisation: Kreis Rendsburg-Eckernförde
  organisation_type: landkreis
  ags: "01058"
  bio: >-
    Baut die Stabsstelle auf und
    {line}
  consent:
    date: "2026-02-12"
    scope: [profil]
"""


# --- Consent ------------------------------------------------------------------------------


def test_consent_without_profil(repo_copy):
    _consent(repo_copy, ["kontakt", "foto"])
    _, report = validate(repo_copy)
    assert where(report) == [("members.yaml", *_at(repo_copy, "consent", "scope"), "fehler", "einwilligung-fehlt")]
    assert "Ohne Einwilligung „profil“ darf das Mitglied nicht veröffentlicht werden" in only_problem(report).message


def test_contact_without_consent_kontakt(repo_copy):
    _consent(repo_copy, ["profil", "foto"])
    _, report = validate(repo_copy)
    assert where(report) == [("members.yaml", *key_position(_members(repo_copy), MALTE, "contact"), "fehler", "kontakt-ohne-einwilligung")]
    assert "Kontaktangaben ohne Einwilligung „kontakt“ dürfen nicht veröffentlicht werden" in only_problem(report).message


def test_photo_without_consent_foto(repo_copy):
    _consent(repo_copy, ["profil", "kontakt"])
    _, report = validate(repo_copy)
    assert where(report) == [("members.yaml", *key_position(_members(repo_copy), MALTE, "photo"), "fehler", "foto-ohne-einwilligung")]
    assert "Ein Foto ohne Einwilligung „foto“ darf nicht veröffentlicht werden" in only_problem(report).message


def test_photo_without_credit(repo_copy):
    _edit(repo_copy, photo={"src": "mitglieder/fotos/malte-hinrichsen.svg"})
    _, report = validate(repo_copy)
    assert where(report) == [("members.yaml", *_at(repo_copy, "photo"), "fehler", "pflichtfeld-fehlt")]
    assert "Das Pflichtfeld „photo.credit“ fehlt (Eintrag „malte-hinrichsen“)" in only_problem(report).message


def _photo(repo_copy, src: str) -> None:
    _edit(repo_copy, photo=entry(_members(repo_copy), MALTE)["photo"] | {"src": src})


def test_missing_photo_file(repo_copy):
    _photo(repo_copy, "mitglieder/fotos/malte-hinrichsen.jpg")
    _, report = validate(repo_copy)
    assert where(report) == [("members.yaml", *_at(repo_copy, "photo", "src"), "fehler", "foto-fehlt")]
    assert "Die Bilddatei „docs/mitglieder/fotos/malte-hinrichsen.jpg“ gibt es nicht" in only_problem(report).message


def test_photo_path_outside_docs_is_refused(repo_copy):
    # mkdocs.yml exists, but one level above docs/: nothing outside docs/ may be published as a photo.
    (repo_copy / "foto.svg").write_text("<svg/>", encoding="utf-8")
    _photo(repo_copy, "../foto.svg")
    _, report = validate(repo_copy)
    assert where(report) == [("members.yaml", *_at(repo_copy, "photo", "src"), "fehler", "foto-fehlt")]


def test_consent_date_in_the_future(repo_copy):
    # FIXED_NOW is 27 November 2026.
    _edit(repo_copy, consent={"date": "2026-12-24", "scope": ["profil", "kontakt", "foto"]})
    _, report = validate(repo_copy)
    assert where(report) == [("members.yaml", *_at(repo_copy, "consent", "date"), "fehler", "einwilligung-datum")]
    assert "Die Einwilligung ist auf einen Tag in der Zukunft datiert (2026-12-24)" in only_problem(report).message


def test_consent_given_today_is_fine(repo_copy):
    _edit(repo_copy, consent={"date": "2026-11-27", "scope": ["profil", "kontakt", "foto"]})
    _, report = validate(repo_copy)
    assert problems(report) == []


# --- Places -------------------------------------------------------------------------------


def test_ags_and_state_that_do_not_match(repo_copy):
    _edit(repo_copy, ags="01058", state="bayern")
    _, report = validate(repo_copy)
    assert where(report) == [("members.yaml", *_at(repo_copy, "state"), "fehler", "bundesland-passt-nicht")]
    assert "Das Bundesland „bayern“ passt nicht zum Schlüssel „01058“, der zu Schleswig-Holstein gehört" in only_problem(report).message


def test_ags_with_matching_state_is_fine(repo_copy):
    _edit(repo_copy, ags="01058", state="schleswig-holstein")
    _, report = validate(repo_copy)
    assert problems(report) == []


def test_ags_of_no_state(repo_copy):
    _edit(repo_copy, ags="17000", state=None)
    _, report = validate(repo_copy)
    assert where(report) == [("members.yaml", *_at(repo_copy, "ags"), "fehler", "ags-ungueltig")]
    assert "Der Schlüssel „17000“ beginnt mit „17“; das ist kein Bundesland (01 bis 16)" in only_problem(report).message


def test_ags_of_wrong_length(repo_copy):
    _edit(repo_copy, ags="0105", state=None)
    _, report = validate(repo_copy)
    assert where(report) == [("members.yaml", *_at(repo_copy, "ags"), "fehler", "falsches-format")]


def test_neither_ags_nor_state(repo_copy):
    _edit(repo_copy, ags=None, state=None)
    _, report = validate(repo_copy)
    assert where(report) == [("members.yaml", *_at(repo_copy), "fehler", "bundesland-fehlt")]
    assert "Es fehlt das Bundesland: geben Sie ags (Gemeindeschlüssel) oder state an" in only_problem(report).message


def test_unknown_organisation_type(repo_copy):
    _edit(repo_copy, organisation_type="landkries")
    _, report = validate(repo_copy)
    assert where(report) == [("members.yaml", *_at(repo_copy, "organisation_type"), "fehler", "unbekannte-kennung")]
    assert "Die Organisationsart „landkries“ gibt es nicht" in only_problem(report).message
    assert only_problem(report).hint == "Meinten Sie „landkreis“?"


# --- Texts are inert ----------------------------------------------------------------------


def _name_line(repo_copy, name: str) -> int:
    _edit(repo_copy, name=name)
    return _at(repo_copy, "name")[0]


def test_script_in_a_name(repo_copy):
    members = _members(repo_copy)
    line = _name_line(repo_copy, "Malte <script>alert(1)</script> Hinrichsen")
    _, report = validate(repo_copy)
    assert where(report) == [
        ("members.yaml", line, column_of(members, line, "<script>"), "fehler", "unsicheres-html"),
    ]
    assert "HTML-Element „<script>“ ist nicht erlaubt" in problems(report)[0].message


def test_iframe_in_a_folded_bio_is_found_on_its_line(repo_copy):
    members = _members(repo_copy)
    first = append_text(members, FOLDED_BIO.format(line='moderiert die Zirkeltreffen. <iframe src="https://video.example/x"></iframe>'))
    line = first + FOLDED_BIO.split("\n").index("    {line}")
    _, report = validate(repo_copy)
    assert where(report) == [
        ("members.yaml", line, column_of(members, line, "<iframe"), "fehler", "unsicheres-html"),
    ]
    assert "HTML-Element „<iframe>“ ist nicht erlaubt" in problems(report)[0].message


def test_onclick_in_a_quoted_name(repo_copy):
    members = _members(repo_copy)
    line = _name_line(repo_copy, Quoted("<b onclick=alert(1)>Malte</b> Hinrichsen"))
    _, report = validate(repo_copy)
    assert where(report) == [("members.yaml", line, column_of(members, line, "onclick"), "fehler", "unsicheres-html")]
    assert "HTML-Attribut „onclick=“ ist nicht erlaubt" in only_problem(report).message


def test_onclick_split_across_bio_lines_is_still_found(repo_copy):
    # The handler on the tag's second line, as editors wrap HTML: found where it is written.
    members = _members(repo_copy)
    append_text(members, FOLDED_BIO.format(line='eine <a href="https://kreis-rd.de"\n    onmouseover="alert(1)">Führungskultur</a>.'))
    _, report = validate(repo_copy)
    found = only_problem(report)
    assert (found.position.file, found.severity.value, found.code) == ("members.yaml", "fehler", "unsicheres-html")
    assert "HTML-Attribut „onmouseover=“ ist nicht erlaubt" in found.message
    line_text = members.read_text(encoding="utf-8").split("\n")[found.position.line - 1]
    assert line_text.lstrip().startswith('onmouseover="alert(1)">')
    assert found.position.column == len(line_text) - len(line_text.lstrip()) + 1


@pytest.mark.parametrize("field, value", [("role", "Chief <script>Digital</script> Officer"), ("organisation", "Kreis <iframe>")])
def test_html_in_other_text_fields(repo_copy, field, value):
    _edit(repo_copy, **{field: value})
    _, report = validate(repo_copy)
    assert {(d.position.line, d.code) for d in problems(report)} == {(_at(repo_copy, field)[0], "unsicheres-html")}


# --- Plain text and published files -------------------------------------------------------


def test_html_in_a_name_would_show_literally(repo_copy):
    members = _members(repo_copy)
    line = _name_line(repo_copy, "Malte <b>Hinrichsen</b>")
    _, report = validate(repo_copy)
    assert where(report) == [("members.yaml", line, column_of(members, line, "<b>"), "warnung", "auszeichnung-in-text")]
    assert only_problem(report).message == "„name“ ist reiner Text: „<b>“ erschiene so auf der Seite."
    assert only_problem(report).hint.endswith("Hervorhebungen und Links sind nur in bio möglich.")


def test_link_in_a_guide_title_would_show_literally(repo_copy):
    guide = repo_copy / "handreichungen" / "low-code-einsetzen.md"
    edit_guide(guide, title="Was brauche ich, um [Low Code](https://de.wikipedia.org/wiki/Low-Code) einsetzen zu können?")
    line = guide_line(guide, "title")
    _, report = validate(repo_copy)
    assert where(report) == [("handreichungen/low-code-einsetzen.md", line, column_of(guide, line, "[Low Code]"), "warnung", "auszeichnung-in-text")]
    assert only_problem(report).hint.endswith("Hervorhebungen und Links sind nur im Text unter den Kopfdaten möglich.")


def test_photo_svg_with_a_script_is_refused_where_the_script_is(repo_copy):
    photo = repo_copy / "docs" / "mitglieder" / "fotos" / "malte-hinrichsen.svg"
    photo.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="240" role="img">\n'
        "  <title>Illustration</title>\n"
        '  <script href="https://tracker.example/t.js"/>\n'
        '  <circle cx="120" cy="120" r="120" fill="#1f5f7a"/>\n'
        "</svg>\n",
        encoding="utf-8",
    )
    _, report = validate(repo_copy)
    assert where(report) == [("docs/mitglieder/fotos/malte-hinrichsen.svg", 3, 3, "fehler", "unsichere-grafik")]
    assert problems(report)[0].message == "Die Grafik enthält das Element „<script>“."


def test_copied_member_entry_with_a_new_id_only_is_a_warning(repo_copy):
    members = _members(repo_copy)
    add_entry(members, entry(members, MALTE) | {"id": "malte-hinrichsen-2", "name": "Malte  hinrichsen"})
    _, report = validate(repo_copy)
    assert where(report) == [("members.yaml", *position(members, "malte-hinrichsen-2"), "warnung", "doppelter-eintrag")]
    original = position(members, MALTE)[0]
    assert only_problem(report).message == f"Ein Mitglied mit denselben Angaben (name, organisation) steht schon in Zeile {original}."


def test_photo_name_with_a_space_suggests_a_plain_name(repo_copy):
    fotos = repo_copy / "docs" / "mitglieder" / "fotos"
    (fotos / "malte-hinrichsen.svg").rename(fotos / "Foto Malte.svg")
    _photo(repo_copy, "mitglieder/fotos/Foto Malte.svg")
    _, report = validate(repo_copy)
    assert where(report) == [("members.yaml", *_at(repo_copy, "photo", "src"), "fehler", "falsches-format")]
    assert only_problem(report).hint.startswith("Meinten Sie „mitglieder/fotos/foto-malte.svg“?")


def test_photo_with_a_capital_extension_from_a_camera_is_fine(repo_copy):
    fotos = repo_copy / "docs" / "mitglieder" / "fotos"
    (fotos / "malte-hinrichsen.svg").rename(fotos / "malte-hinrichsen.SVG")
    _photo(repo_copy, "mitglieder/fotos/malte-hinrichsen.SVG")
    hub, report = validate(repo_copy)
    assert where(report) == []
    assert hub.members["malte-hinrichsen"].photo.src == "mitglieder/fotos/malte-hinrichsen.SVG"


def test_one_tool_in_two_spellings_is_a_warning_and_counted_once(repo_copy):
    members = _members(repo_copy)
    tool = {"category": "low-code", "name": "Microsoft Power Apps"}
    users = [m["id"] for m in entries(members) if tool in m.get("tools", [])]
    assert len(users) >= 2, "Die Fixture braucht das Werkzeug bei mindestens zwei Mitgliedern."
    first, last = users[0], users[-1]
    tools = entry(members, last)["tools"]
    index = tools.index(tool)
    tools[index] = {"category": "low-code", "name": "Microsoft PowerApps"}
    edit_entry(members, last, tools=tools)
    hub, report = validate(repo_copy)
    assert where(report) == [("members.yaml", *position(members, last, "tools", index, "name"), "warnung", "werkzeug-schreibweise")]
    first_line = position(members, first, "tools", entry(members, first)["tools"].index(tool), "name")[0]
    assert only_problem(report).message == f"Das Werkzeug „Microsoft PowerApps“ steht in Zeile {first_line} als „Microsoft Power Apps“."
    # A warning does not stop a build without --strict; the landscape then counts both spellings as one tool.
    low_code = dict((category.id, tools) for category, tools in HubView(hub).tool_landscape)["low-code"]
    assert [(t.name, len(t.organisations)) for t in low_code if "Power" in t.name] == [("Microsoft Power Apps", len(users))]
