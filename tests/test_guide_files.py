"""What a contributor puts into handreichungen/: guides directly in the folder, their images and PDFs
beside them or in subfolders (published at the same path), and a message for anything else."""

from __future__ import annotations

from conftest import run_build
from html_helpers import load_page
from validation_support import only_problem, problems, replace_once, validate, where

GUIDE = "handreichungen/low-code-einsetzen.md"
SECTION = "## Zuerst klären: Wofür soll Low Code da sein?\n"
FIGURE = '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="80" role="img"><title>Ablauf</title><rect width="320" height="80" fill="#cde"/></svg>\n'


def _add_figure(repo_copy, markdown: str) -> int:
    """Put `markdown` before a section of the guide; return the line it starts on."""
    return replace_once(repo_copy / GUIDE, SECTION, f"{markdown}\n\n{SECTION}")


def test_image_beside_the_guide_is_published_and_shown(repo_copy):
    (repo_copy / "handreichungen" / "bilder").mkdir()
    (repo_copy / "handreichungen" / "bilder" / "ablauf.svg").write_text(FIGURE, encoding="utf-8")
    (repo_copy / "handreichungen" / "checkliste-low-code.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    _add_figure(repo_copy, "![Ablauf der Einführung in vier Schritten](bilder/ablauf.svg)\n\n[Checkliste als PDF](checkliste-low-code.pdf)")
    result = run_build(repo_copy)
    assert result.returncode == 0, result.output
    assert (result.site / "handreichungen" / "bilder" / "ablauf.svg").read_text(encoding="utf-8") == FIGURE
    assert (result.site / "handreichungen" / "checkliste-low-code.pdf").is_file()
    page = load_page(result.site, "handreichungen/low-code-einsetzen/")
    images = [img for img in page.root.find_all("img") if img.attrs.get("alt") == "Ablauf der Einführung in vier Schritten"]
    assert [page.resolve(img.attrs["src"]) for img in images] == ["handreichungen/bilder/ablauf.svg"]
    assert "handreichungen/checkliste-low-code.pdf" in [page.resolve(a.attrs["href"]) for a in page.root.find_all("a") if a.attrs.get("href")]


def test_link_to_a_missing_image_names_both_places_it_was_looked_for(repo_copy):
    line = _add_figure(repo_copy, "![Ablauf der Einführung](bilder/Ablauf.png)")
    _, report = validate(repo_copy)
    assert where(report) == [(GUIDE, line, 26, "fehler", "link-ins-leere")]
    assert "gesucht: handreichungen/bilder/Ablauf.png oder docs/handreichungen/bilder/Ablauf.png" in only_problem(report).message


def test_image_without_alternative_text(repo_copy):
    (repo_copy / "handreichungen" / "ablauf.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    line = _add_figure(repo_copy, "![](ablauf.png)")
    _, report = validate(repo_copy)
    assert where(report) == [(GUIDE, line, 1, "fehler", "bild-ohne-alternativtext")]
    assert "Beschreiben Sie in den eckigen Klammern, was das Bild zeigt" in only_problem(report).hint


def test_html_image_without_alt_and_image_from_another_server(repo_copy):
    line = _add_figure(repo_copy, '<img src="https://cdn.example.org/ablauf.png">')
    _, report = validate(repo_copy)
    assert where(report) == [(GUIDE, line, 1, "fehler", "bild-ohne-alternativtext"), (GUIDE, line, 11, "fehler", "fremder-inhalt")]
    assert "„https://cdn.example.org/ablauf.png“ würde von einem fremden Server geladen" in problems(report)[1].message


def test_markdown_image_from_another_server_is_one_mistake(repo_copy):
    line = _add_figure(repo_copy, "![Ablauf](http://cdn.example.org/ablauf.png)")
    _, report = validate(repo_copy)
    assert where(report) == [(GUIDE, line, 11, "fehler", "fremder-inhalt")]


def test_svg_with_script_or_outside_resources_is_not_published(repo_copy):
    folder = repo_copy / "handreichungen" / "bilder"
    folder.mkdir()
    (folder / "ablauf.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">\n'
        '  <image href="https://tracker.example/pixel.png"/>\n'
        "  <script>fetch('https://tracker.example')</script>\n"
        "</svg>\n",
        encoding="utf-8",
    )
    line = _add_figure(repo_copy, "![Ablauf](bilder/ablauf.svg)")
    _, report = validate(repo_copy)
    svg = "handreichungen/bilder/ablauf.svg"
    assert [(f, line, column, code) for f, line, column, _, code in where(report) if f == svg] == [
        (svg, 1, 41, "unsichere-grafik"),
        (svg, 2, 16, "unsichere-grafik"),
        (svg, 3, 3, "unsichere-grafik"),
    ]
    # The refused file is not offered to the link check as an existing file either.
    assert (GUIDE, line, 11, "fehler", "link-ins-leere") in where(report)


def test_guide_in_a_subfolder_is_reported_not_dropped(repo_copy):
    folder = repo_copy / "handreichungen" / "entwuerfe"
    folder.mkdir()
    (folder / "datenstrategie.md").write_text((repo_copy / GUIDE).read_text(encoding="utf-8"), encoding="utf-8")
    _, report = validate(repo_copy)
    assert where(report) == [("handreichungen/entwuerfe/datenstrategie.md", 1, 1, "fehler", "handreichung-im-unterordner")]
    assert "handreichungen/datenstrategie.md" in only_problem(report).hint


def test_guide_with_another_markdown_ending(repo_copy):
    (repo_copy / "handreichungen" / "datenstrategie.markdown").write_text("---\ntitle: x\n---\n", encoding="utf-8")
    _, report = validate(repo_copy)
    assert where(report) == [("handreichungen/datenstrategie.markdown", 1, 1, "fehler", "handreichung-dateiendung")]
    assert only_problem(report).hint == "Benennen Sie die Datei um in „datenstrategie.md“."


def test_other_files_are_named_as_not_published(repo_copy):
    (repo_copy / "handreichungen" / "Entwurf Datenstrategie.docx").write_bytes(b"PK\x03\x04")
    (repo_copy / "handreichungen" / ".gitkeep").write_text("", encoding="utf-8")
    _, report = validate(repo_copy)
    assert where(report) == [("handreichungen/Entwurf Datenstrategie.docx", 1, 1, "warnung", "datei-nicht-veroeffentlicht")]


def test_file_that_would_collide_with_a_guide_file_stops_the_build(repo_copy):
    for folder in (repo_copy / "handreichungen", repo_copy / "docs" / "handreichungen"):
        folder.mkdir(exist_ok=True)
        (folder / "ablauf.svg").write_text(FIGURE, encoding="utf-8")
    result = run_build(repo_copy)
    assert result.returncode == 1
    assert "docs/handreichungen/ablauf.svg gibt es auch als handreichungen/ablauf.svg" in result.output
    assert "Traceback" not in result.output


def test_the_template_in_the_folder_readme_passes_as_a_new_guide(repo_copy):
    """The README of handreichungen/ is not published, and its template is a valid guide as it stands."""
    readme = (repo_copy / "handreichungen" / "README.md").read_text(encoding="utf-8")
    template = readme.split("```markdown\n", 1)[1].split("```\n", 1)[0]
    (repo_copy / "handreichungen" / "neue-handreichung.md").write_text(template.replace("vorname-nachname", "malte-hinrichsen"), encoding="utf-8")
    _, report = validate(repo_copy)
    assert where(report) == []
    result = run_build(repo_copy)
    assert result.returncode == 0, result.output
    assert not (result.site / "handreichungen" / "README").exists() and not (result.site / "handreichungen" / "readme").exists()
    assert not (result.site / "handreichungen" / "neue-handreichung").exists()  # a draft


def test_camera_file_names_are_named_with_a_plain_alternative(repo_copy):
    folder = repo_copy / "handreichungen" / "Bilder"
    folder.mkdir()
    (folder / "IMG 1234 (Übersicht).JPG").write_bytes(b"\xff\xd8\xff\xe0")
    _, report = validate(repo_copy)
    assert where(report) == [("handreichungen/Bilder/IMG 1234 (Übersicht).JPG", 1, 1, "warnung", "dateiname-sonderzeichen")]
    assert only_problem(report).hint == "Benennen Sie die Datei um, z. B. in handreichungen/bilder/img-1234-uebersicht.jpg."


def test_diagram_exported_from_drawio_is_fine(repo_copy):
    # draw.io writes text labels as <foreignObject> with a fallback link to its help page: nothing loads.
    (repo_copy / "handreichungen" / "bilder").mkdir()
    (repo_copy / "handreichungen" / "bilder" / "ablauf.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="200" height="60">'
        '<switch><foreignObject width="200" height="60"><div xmlns="http://www.w3.org/1999/xhtml">Antrag</div></foreignObject>'
        '<a transform="translate(0,-5)" xlink:href="https://www.drawio.com/doc/faq/svg-export-text-problems" target="_blank">'
        "<text>Text is not SVG - cannot display</text></a></switch></svg>\n",
        encoding="utf-8",
    )
    line = _add_figure(repo_copy, "![Ablauf: Antrag](bilder/ablauf.svg)")
    _, report = validate(repo_copy)
    assert where(report) == []
    assert line > 1


def test_oversized_figure_is_refused(repo_copy):
    figure = repo_copy / "handreichungen" / "scan.png"
    figure.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(10_500_000))
    _, report = validate(repo_copy)
    assert where(report) == [("handreichungen/scan.png", 1, 1, "fehler", "datei-zu-gross")]
    assert only_problem(report).message == "Die Datei ist 10,5 MB groß; erlaubt sind höchstens 10 MB."
