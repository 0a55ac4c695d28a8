"""Drafts: validated always, shown only in the local preview (`mkdocs serve`), marked as drafts."""

from __future__ import annotations

from conftest import FIXED_NOW
from mkdocs.config import load_config

from cdo_hub.content import ContentPaths, load_hub
from cdo_hub.publish.generate import generate_site
from cdo_hub.publish.site import SiteSettings

DRAFT = "werte-und-digitalisierung"


def _generated(root, include_drafts: bool) -> dict[str, str]:
    hub, report = load_hub(ContentPaths.at(root), FIXED_NOW)
    assert hub is not None, [d.as_text() for d in report.sorted()]
    assert hub.guides[DRAFT].draft
    settings = SiteSettings.from_config(load_config(str(root / "mkdocs.yml")), include_drafts=include_drafts)
    return {f.uri: f.content for f in generate_site(hub, settings) if isinstance(f.content, str)}


def test_preview_shows_the_draft_marked_as_draft(fixture_root):
    files = _generated(fixture_root, include_drafts=True)
    page = files[f"handreichungen/{DRAFT}.md"]
    assert '!!! note "Entwurf"' in page
    assert f"({DRAFT}.md)" in files["handreichungen/index.md"]
    assert "**Entwurf**" in files["handreichungen/index.md"]


def test_published_build_leaves_the_draft_out_everywhere(fixture_root):
    files = _generated(fixture_root, include_drafts=False)
    assert f"handreichungen/{DRAFT}.md" not in files
    assert not [uri for uri, content in files.items() if DRAFT in content]
