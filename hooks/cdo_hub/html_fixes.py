"""Small accessibility repairs of the HTML that Markdown extensions produce."""

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
