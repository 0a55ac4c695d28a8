"""Impressum, Datenschutz and Barrierefreiheit: rendered from extra.legal, placeholders marked, linked from every page."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import copy_repo, run_build
from html_helpers import html_pages, load_page

LEGAL = {"impressum/": "Impressum", "datenschutz/": "Datenschutzerklärung", "barrierefreiheit/": "Erklärung zur Barrierefreiheit"}
NOTICE = "Platzhalter: vor dem Livegang ersetzen"

REAL_VALUES = {
    "operator": "*Zirkel* & Partner e. V.",
    "address": "Musterstraße 1, 10115 Berlin",
    "represented_by": "Erika Mustermann (Vorsitzende)",
    "register": "Amtsgericht Charlottenburg, VR 00000 B",
    "email": "kontakt@zirkel.example",
    "phone": "+49 30 000000",
    "responsible_for_content": "Erika Mustermann, Musterstraße 1, 10115 Berlin",
    "data_protection_officer": "Max Muster, datenschutz@zirkel.example",
    "accessibility_contact": "barrierefreiheit@zirkel.example",
    "hosting": "Beispiel-Hosting GmbH, Berlin",
    "log_retention": "sieben Tagen",
    "supervisory_authority": "Berliner Beauftragte für Datenschutz und Informationsfreiheit",
}


def _legal_text(site: Path, path: str) -> str:
    return load_page(site, path).article.text


@pytest.mark.parametrize("path", LEGAL)
def test_legal_page_has_its_heading_and_marks_the_shipped_placeholders(built_site: Path, path: str) -> None:
    page = load_page(built_site, path)
    assert page.article.find("h1").text == LEGAL[path]
    assert page.description
    assert NOTICE in page.article.text, f"{path}: Die Platzhalter aus mkdocs.yml sind nicht als solche gekennzeichnet."
    placeholders = page.article.find_all("span", cls="hub-placeholder")
    assert placeholders and all(p.text.startswith("[") and p.text.endswith("]") for p in placeholders)


def test_impressum_names_its_legal_bases(built_site: Path) -> None:
    text = _legal_text(built_site, "impressum/")
    for required in ("§ 5 Digitale-Dienste-Gesetz (DDG)", "§ 18 Abs. 2 MStV", "Vertreten durch", "Registereintrag", "E-Mail", "Telefon"):
        assert required in text


def test_privacy_statement_covers_what_the_site_does_and_the_readers_rights(built_site: Path) -> None:
    text = _legal_text(built_site, "datenschutz/")
    for required in ("keine Cookies", "kein Tracking", "nichts von Dritten", "Server-Protokolle", "__palette", "?h=", "widerrufen", "Art. 77 DSGVO"):
        assert required in text, required
    for article in range(15, 22):
        if article != 19:  # Art. 19 is the controller's duty to notify, not a right of its own
            assert f"Art. {article} DSGVO" in text, f"Art. {article} DSGVO fehlt"


def test_accessibility_statement_follows_the_bitv_pattern(built_site: Path) -> None:
    page = load_page(built_site, "barrierefreiheit/")
    text = page.article.text
    for required in ("teilweise vereinbar", "BITV 2.0", "Was noch nicht barrierefrei ist", "Schlichtungsverfahren", "27. November 2026"):
        assert required in text, required
    links = [a.attrs.get("href") for a in page.article.find_all("a")]
    assert "https://www.schlichtungsstelle-bgg.de" in links
    assert page.article.find("time", datetime="2026-11-27") is not None


def test_every_page_links_the_legal_pages_and_the_open_data_in_its_footer(built_site: Path) -> None:
    missing = []
    for path in html_pages(built_site):
        page = load_page(built_site, path)
        nav = page.root.find("nav", aria_label="Über diese Website")
        targets = set(page.links(within=nav)) if nav is not None else set()
        if targets != {*LEGAL, "daten/"}:
            missing.append(f"{path or '/'}: {sorted(targets)}")
    assert not missing, "Seiten ohne vollständige Links auf Impressum, Datenschutz und Barrierefreiheit:\n" + "\n".join(missing)


def test_real_values_replace_the_placeholders(tmp_path: Path) -> None:
    root = copy_repo(tmp_path / "repo")
    config = root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    for key, value in REAL_VALUES.items():
        line = f'    {key}: "{value}"'
        text, found = re.subn(rf"^    {key}: .*$", line.replace("\\", "\\\\"), text, flags=re.M)
        if not found:
            text = text.replace("  legal:\n", f"  legal:\n{line}\n", 1)
    config.write_text(text, encoding="utf-8")
    result = run_build(root)
    assert result.returncode == 0, result.output

    for path in LEGAL:
        page = load_page(result.site, path)
        assert NOTICE not in page.article.text, f"{path}: Hinweis auf Platzhalter trotz echter Angaben"
        assert not page.article.find_all("span", cls="hub-placeholder"), path
        assert "*Zirkel* & Partner e. V." in page.article.text, f"{path}: Name des Betreibers nicht wörtlich"
    impressum = load_page(result.site, "impressum/")
    assert "mailto:kontakt@zirkel.example" in [a.attrs.get("href") for a in impressum.article.find_all("a")]
    privacy = _legal_text(result.site, "datenschutz/")
    assert "Beispiel-Hosting GmbH" in privacy and "nach sieben Tagen gelöscht" in privacy


# --- A broken extra.legal is a German message on its line, never a template error -------------


def test_broken_legal_details_are_reported_on_their_lines(tmp_path):
    from validation_support import line_of, parse_text_output, replace_once
    from conftest import run_check

    root = copy_repo(tmp_path / "repo")
    config = root / "mkdocs.yml"
    replace_once(config, '    email: "[kontakt@beispiel.invalid]"\n', "    email: kontakt(at)zirkel.example\n")
    replace_once(config, "    hosting: ", "    hostin: ")
    replace_once(config, '    privacy_statement_date: "2026-11-27"', '    privacy_statement_date: "2026-02-30"')
    operator = next(line for line in config.read_text(encoding="utf-8").split("\n") if line.startswith("    operator: "))
    replace_once(config, operator + "\n", "")
    check = run_check(root)
    found = [(m["file"], int(m["line"]), m["code"]) for m in parse_text_output(check.stdout) if m["file"] == "mkdocs.yml"]
    assert found == [
        ("mkdocs.yml", line_of(config, "    address: "), "pflichtfeld-fehlt"),
        ("mkdocs.yml", line_of(config, "    email: kontakt(at)"), "falsches-format"),
        ("mkdocs.yml", line_of(config, "    hostin: "), "unbekanntes-feld"),
    ], check.stdout
    assert "Das Pflichtfeld „legal.operator“ fehlt." in check.stdout and "Meinten Sie „hosting“?" in check.stdout
    result = run_build(root)
    assert result.returncode == 1
    assert "Traceback" not in result.output and "UndefinedError" not in result.output
    # The impossible date is reported once the form is right.
    replace_once(config, "    email: kontakt(at)zirkel.example\n", '    email: "[kontakt@beispiel.invalid]"\n')
    replace_once(config, "    hostin: ", "    hosting: ")
    replace_once(config, "    address: ", f"{operator}\n    address: ")
    dates = [(int(m["line"]), m["code"]) for m in parse_text_output(run_check(root).stdout) if m["file"] == "mkdocs.yml"]
    assert dates == [(line_of(config, '    privacy_statement_date: "2026-02-30"'), "ungueltiges-datum")]
