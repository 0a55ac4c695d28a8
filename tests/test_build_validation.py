"""`mkdocs build` validates first: broken content stops it with the check's messages, and the last site stays."""

from __future__ import annotations

from conftest import run_build, run_check
from fixture_edits import body_line, edit_entry, guide_body, position, write_new_guide
from validation_support import parse_text_output, replace_once

RENDSBURG = "zirkeltreffen-2025-06-rendsburg"


def test_broken_content_stops_the_build_and_leaves_the_last_site(repo_copy):
    good = run_build(repo_copy)
    assert good.returncode == 0, good.output
    index = good.site / "index.html"
    before = (index.read_bytes(), index.stat().st_mtime_ns, sorted(p.relative_to(good.site) for p in good.site.rglob("*")))

    events = repo_copy / "events.yaml"
    edit_entry(events, RENDSBURG, start="2025-06-26 10:00", end="09:00")
    line, column = position(events, RENDSBURG, "end")
    check = run_check(repo_copy)
    message = next(line for line in check.stdout.splitlines() if parse_text_output(line))
    assert message.startswith(f"events.yaml:{line}:{column}: fehler: Das Ende (09:00) liegt vor dem Beginn")

    broken = run_build(repo_copy)
    assert broken.returncode == 1
    assert message in broken.output  # the same German line as `make check`, with file, line and column
    assert 'Tipp: Eine Uhrzeit allein gilt für den Tag des Beginns. Endet die Veranstaltung erst am Folgetag, schreiben Sie end: "2025-06-27 09:00".' in broken.output
    assert "Die Inhalte enthalten Probleme: 1 Fehler, 0 Warnungen, 1 Hinweis." in broken.output
    assert "Traceback" not in broken.output
    assert (index.read_bytes(), index.stat().st_mtime_ns, sorted(p.relative_to(good.site) for p in good.site.rglob("*"))) == before


def test_unreadable_file_stops_the_build_without_traceback(repo_copy):
    (repo_copy / "members.yaml").write_bytes("- id: jörg\n".encode("latin-1"))
    result = run_build(repo_copy)
    assert result.returncode == 1
    assert "members.yaml:1:8: fehler: Die Datei ist nicht in UTF-8 kodiert (unlesbares Byte 0xf6). [datei-kodierung]" in result.output
    assert "Traceback" not in result.output
    assert not (result.site / "index.html").exists()


def test_a_warning_fails_only_the_strict_build(repo_copy):
    guide = repo_copy / "handreichungen" / "probe.md"
    write_new_guide(guide, body=guide_body(heading="# Erster Abschnitt"))
    message = f"handreichungen/probe.md:{body_line(guide, '# Erster Abschnitt')}:1: warnung: Überschrift der ersten Ebene im Text"

    strict = run_build(repo_copy, site=repo_copy / "site-strict", strict=True)
    assert strict.returncode == 1
    assert message in strict.output
    assert "Die Inhalte enthalten Probleme: 0 Fehler, 1 Warnung, 1 Hinweis." in strict.output
    assert "Traceback" not in strict.output

    lenient = run_build(repo_copy, site=repo_copy / "site-lenient", strict=False)
    assert lenient.returncode == 0, lenient.output
    assert message in lenient.output
    assert (lenient.site / "handreichungen" / "probe" / "index.html").is_file()


FAQ = "---\ntitle: Häufige Fragen\ndescription: Antworten auf Fragen, die neue Mitglieder oft stellen.\n---\n\n# Häufige Fragen\n\nWer darf mitmachen? Alle CDOs.\n"


def test_page_in_docs_but_not_in_the_navigation_is_named_in_german(repo_copy):
    (repo_copy / "docs" / "faq.md").write_text(FAQ, encoding="utf-8")
    result = run_build(repo_copy)
    assert result.returncode == 1
    assert "docs/faq.md:1:1: warnung: Die Seite steht nicht in der Navigation (nav in mkdocs.yml) und ist so schwer zu finden. [nicht-in-navigation]" in result.output
    assert "not included in the" not in result.output


def test_page_listed_in_nav_or_not_in_nav_builds(repo_copy):
    (repo_copy / "docs" / "faq.md").write_text(FAQ, encoding="utf-8")
    config = repo_copy / "mkdocs.yml"  # the site's code, not content: edited as text, where the nav stands
    replace_once(config, "  - Mitmachen: mitmachen.md\n", "  - Mitmachen: mitmachen.md\n  - Häufige Fragen: faq.md\n")
    listed = run_build(repo_copy)
    assert listed.returncode == 0, listed.output
    replace_once(config, "  - Häufige Fragen: faq.md\n", "")
    config.write_text(config.read_text(encoding="utf-8") + "\nnot_in_nav: |\n  faq.md\n", encoding="utf-8")
    linked_only = run_build(repo_copy)
    assert linked_only.returncode == 0, linked_only.output
