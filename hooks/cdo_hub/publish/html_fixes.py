"""Small repairs of the HTML that Markdown extensions produce: accessible checklists, German box titles."""

from __future__ import annotations

import re

# pymdownx.tasklist puts only the checkbox into its <label>; the item's text follows outside, so
# screen readers announce an unnamed checkbox (axe: "label"). Move the text into the label.
_TASK_ITEM = re.compile(
    r'(<label class="task-list-control"><input [^>]*?/?><span class="task-list-indicator"></span>)</label>(.*?)(?=<ul|<ol|</li>)',
    re.DOTALL,
)


def label_task_list_items(html: str) -> str:
    if "task-list-control" not in html:
        return html
    return _TASK_ITEM.sub(r"\1\2</label>", html)


# Python-Markdown titles a box without its own title with its type in English („!!! tip“ → „Tip“).
# Readers see German only: the usual types get their German word. Types as Material knows them.
GERMAN_BOX_TITLES = {
    "note": "Hinweis", "abstract": "Zusammenfassung", "summary": "Zusammenfassung", "tldr": "Kurz gesagt",
    "info": "Info", "todo": "Zu erledigen", "tip": "Tipp", "hint": "Tipp", "important": "Wichtig",
    "success": "Erfolg", "check": "Erledigt", "done": "Erledigt", "question": "Frage", "help": "Hilfe",
    "faq": "Häufige Frage", "warning": "Warnung", "caution": "Vorsicht", "attention": "Achtung",
    "failure": "Fehlschlag", "fail": "Fehlschlag", "missing": "Fehlt", "danger": "Gefahr", "error": "Fehler",
    "bug": "Fehler", "example": "Beispiel", "quote": "Zitat", "cite": "Zitat",
}
_BOX_TITLE = re.compile(
    r'(<div class="admonition (\w+)[^"]*">\s*<p class="admonition-title">|<details class="(\w+)[^"]*"(?: open(?:="open")?)?>\s*<summary>)(\w+)(</p>|</summary>)'
)


def german_box_titles(html: str) -> str:
    if "admonition" not in html and "<details" not in html:
        return html

    def retitle(match: re.Match) -> str:
        kind = (match.group(2) or match.group(3)).lower()
        title = match.group(4)
        if title == kind.capitalize() and kind in GERMAN_BOX_TITLES:
            title = GERMAN_BOX_TITLES[kind]
        return f"{match.group(1)}{title}{match.group(5)}"

    return _BOX_TITLE.sub(retitle, html)


# A button („In meinen Kalender eintragen“) is interface, not content: a search result should not quote it.
# Material's search skips every element that carries data-search-exclude.
_BUTTON = re.compile(r'<a (?=[^>]*\bclass="[^"]*\bmd-button\b)(?![^>]*\bdata-search-exclude\b)')


def exclude_buttons_from_search(html: str) -> str:
    if "md-button" not in html:
        return html
    return _BUTTON.sub("<a data-search-exclude ", html)
