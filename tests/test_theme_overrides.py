"""The copies of Material's templates in overrides/ differ from Material's own only by the changes they name.

When Material changes one of these files, this test fails: take Material's new file and make the same
change again, rather than keeping an old copy that silently drops Material's fixes.
"""

from __future__ import annotations

from pathlib import Path

import material
import pytest

REPO = Path(__file__).resolve().parents[1]
MATERIAL = Path(material.__file__).parent / "templates"
GENERATED_HEADER = "{#-\n  This file was automatically generated - do not edit\n-#}\n"

# file -> (Material's text, our text): each change the hub makes and why it is in its file's header.
CHANGES = {
    "base.html": [
        ('id="__drawer" autocomplete="off">', 'id="__drawer">'),
        ('id="__search" autocomplete="off">', 'id="__search">'),
    ],
    "partials/nav-item.html": [
        ('      <input class="md-nav__toggle md-toggle" type="checkbox" id="__toc">\n', ""),
        (
            '      {% if toc %}\n        <label class="md-nav__link md-nav__link--active" for="__toc">',
            '      {% if toc %}\n        <input class="md-nav__toggle md-toggle" type="checkbox" id="__toc">\n        <label class="md-nav__link md-nav__link--active" for="__toc">',
        ),
    ],
    "partials/toc.html": [
        (
            '    <label class="md-nav__title" for="__toc">\n      <span class="md-nav__icon md-icon"></span>\n      {{ title }}\n    </label>',
            '    {% if page in nav.pages %}\n      <label class="md-nav__title" for="__toc">\n        <span class="md-nav__icon md-icon"></span>\n'
            '        {{ title }}\n      </label>\n    {% else %}\n      <div class="md-nav__title">\n'
            '        <span class="md-nav__icon md-icon"></span>\n        {{ title }}\n      </div>\n    {% endif %}',
        ),
    ],
    "partials/palette.html": [
        ("  {% endfor %}\n</form>", '  {% endfor %}\n  <button type="submit" hidden disabled>Farbschema wählen</button>\n</form>'),
    ],
    "partials/search.html": [
        ("    </form>\n", '      <button type="submit" hidden disabled>Suchen</button>\n    </form>\n'),
    ],
}


@pytest.mark.parametrize("name", sorted(CHANGES))
def test_override_is_materials_template_with_only_the_named_changes(name: str) -> None:
    expected = (MATERIAL / name).read_text(encoding="utf-8").removeprefix(GENERATED_HEADER)
    for old, new in CHANGES[name]:
        assert expected.count(old) == 1, f"Material hat {name} geändert: „{old.strip()[:60]}“ steht nicht mehr genau einmal darin"
        expected = expected.replace(old, new)
    ours = (REPO / "overrides" / name).read_text(encoding="utf-8")
    assert ours.startswith("{#-") and "-#}\n" in ours, f"overrides/{name} beginnt nicht mit dem Kommentar, der die Änderung begründet"
    assert ours.split("-#}\n", 1)[1] == expected, f"overrides/{name} weicht von Material ab, über die genannten Änderungen hinaus"
