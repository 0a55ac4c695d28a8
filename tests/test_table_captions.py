"""Tables have a name: „Tabelle: …“ above a Markdown table becomes its caption, and a table without one is a warning."""

from __future__ import annotations

from cdo_hub.source.table_captions import tables_without_caption
from cdo_hub.source.text_safety import markdown_prose
from conftest import REPO, run_build
from html_helpers import parse_html
from validation_support import only_problem, validate, where

PAGE = """# Tabellen

Einleitung.

Tabelle: Zuständigkeiten nach [Bereich](mitmachen.md) und *Rolle*

| Bereich | Zuständig |
|---|---|
| Kalender | Redaktion |

Eine Tabelle ohne Beschriftung:

| Spalte | Wert |
|:--|--:|
| a | 1 |

!!! note "Im Kasten"

    Tabelle: Eingerückt in einem Kasten

    | x | y |
    |---|---|
    | 1 | 2 |
"""


def _write_page(repo, text: str) -> None:
    """A page outside the navigation, listed under not_in_nav so that only the table rules speak."""
    (repo / "docs" / "tabellen.md").write_text(text, encoding="utf-8")
    config = repo / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8") + "\nnot_in_nav: |\n  tabellen.md\n", encoding="utf-8")


def test_a_table_without_a_caption_is_a_warning_that_shows_the_syntax(repo_copy):
    _write_page(repo_copy, PAGE)
    _, report = validate(repo_copy)
    assert where(report) == [("docs/tabellen.md", 13, 1, "warnung", "tabelle-ohne-beschriftung")]
    problem = only_problem(report)
    assert "keine Beschriftung" in problem.message
    assert "„Tabelle: " in problem.hint and "Leerzeile" in problem.hint


def test_a_caption_line_followed_by_more_text_still_names_the_table(repo_copy):
    page = "# Seite\n\nTabelle: Werte\nüber zwei Zeilen\n\n| a |\n|---|\n| 1 |\n"
    _write_page(repo_copy, page)
    _, report = validate(repo_copy)
    assert where(report) == []


def test_the_caption_paragraph_becomes_the_tables_caption(repo_copy):
    _write_page(repo_copy, PAGE)
    result = run_build(repo_copy, strict=False)
    assert result.returncode == 0, result.output
    assert "docs/tabellen.md:13:1: warnung:" in result.output
    root = parse_html((result.site / "tabellen" / "index.html").read_text(encoding="utf-8"))
    article = root.find("article")
    tables = article.find_all("table")
    assert len(tables) == 3
    captions = [table.find("caption") for table in tables]
    assert captions[0].text == "Zuständigkeiten nach Bereich und Rolle"
    assert captions[0].find("a").attrs["href"] == "../mitmachen/"
    assert captions[0].find("em").text == "Rolle"
    assert captions[1] is None
    assert captions[2].text == "Eingerückt in einem Kasten"
    assert "Tabelle:" not in article.text


def test_every_table_in_the_page_templates_has_a_caption():
    templates = sorted((REPO / "overrides" / "hub").glob("*.j2"))
    assert templates
    missing = [f"{t.name}:{offset + 1}" for t in templates for offset in tables_without_caption(markdown_prose(t.read_text(encoding="utf-8")))]
    assert not missing, "Tabellen ohne „Tabelle: …“ darüber: " + ", ".join(missing)
