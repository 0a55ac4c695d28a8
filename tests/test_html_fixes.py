"""The task-list repair gives every checklist checkbox a name, as the built guides show."""

from __future__ import annotations

import re

from cdo_hub.publish.html_fixes import label_task_list_items

ITEM = '<li class="task-list-item"><label class="task-list-control"><input type="checkbox" disabled/><span class="task-list-indicator"></span></label> Datenschutz <a href="x">prüfen</a></li>'


def test_item_text_moves_into_the_label():
    fixed = label_task_list_items(ITEM)
    assert re.search(r"<label[^>]*>.*Datenschutz <a href=\"x\">prüfen</a></label></li>$", fixed)


def test_nested_lists_stay_outside_the_label():
    nested = ITEM.replace("</li>", '<ul><li>Unterpunkt</li></ul></li>')
    fixed = label_task_list_items(nested)
    assert "prüfen</a></label><ul>" in fixed


def test_every_checkbox_of_the_built_guides_is_labelled(built_site):
    pages = [p for p in built_site.glob("handreichungen/*/index.html") if "task-list-control" in p.read_text(encoding="utf-8")]
    assert pages, "Die Handreichungen enthalten keine Checklisten mehr; der Test prüft dann nichts."
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert not re.search(r'<span class="task-list-indicator"></span></label>\s*</li>', html), page
        assert not re.search(r'<span class="task-list-indicator"></span></label>\s*\S', html), page


def test_boxes_without_a_title_get_a_german_one_in_the_built_guide(repo_copy):
    from conftest import run_build
    from html_helpers import load_page
    from fixture_edits import guide_body, write_new_guide

    boxes = '!!! tip\n    Klein anfangen.\n\n???+ warning\n    Schatten-IT vermeiden.\n\n??? question\n    Wer betreibt?\n\n!!! note "Aus der Praxis"\n    Ein Kreis berichtet.'
    write_new_guide(repo_copy / "handreichungen" / "probe.md", body=guide_body(before_section=boxes))
    result = run_build(repo_copy)
    assert result.returncode == 0, result.output
    article = load_page(result.site, "handreichungen/probe/").article
    titles = [p.text for p in article.find_all("p", cls="admonition-title")] + [s.text for s in article.find_all("summary")]
    assert titles == ["Tipp", "Aus der Praxis", "Warnung", "Frage"]
