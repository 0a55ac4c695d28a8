"""Everything the build adds to the site, as plain (uri, content) pairs for the hook to hand to MkDocs."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

from .model import Hub


@dataclass(frozen=True)
class SiteSettings:
    site_url: str
    site_name: str
    templates_dir: Path
    include_drafts: bool = False
    legal: dict = field(default_factory=dict)

    @classmethod
    def from_config(cls, config, include_drafts: bool = False) -> "SiteSettings":  # noqa: ANN001
        custom_dir = Path(config.theme.custom_dir or Path(config.config_file_path).parent / "overrides")
        return cls(
            site_url=(config.site_url or "https://cdo-zirkel.example/").rstrip("/") + "/",
            site_name=config.site_name,
            templates_dir=custom_dir / "hub",
            include_drafts=include_drafts,
            legal=dict(config.extra.get("legal", {})),
        )

    @property
    def domain(self) -> str:
        return urlparse(self.site_url).hostname or "cdo-zirkel.example"

    def absolute(self, path: str) -> str:
        return self.site_url + path.lstrip("/")


# Members' photos live here; a file in it is published only while a consented member shows it.
PHOTO_DIR = "mitglieder/fotos/"


def shown_photos(hub: Hub) -> set[str]:
    """Paths below docs/ of the photos that members with consent „foto“ show."""
    return {m.photo.src for m in hub.members.values() if m.photo is not None}


@dataclass(frozen=True)
class GeneratedFile:
    uri: str
    content: str | bytes
    in_nav: bool = False


def generate_site(hub: Hub, settings: SiteSettings) -> list[GeneratedFile]:
    # Imported here to keep this module's import light for the CLI, which never renders.
    from .feeds import feed_files
    from .ical import calendar_files
    from .open_data import open_data_files
    from .pages import render_pages
    from .timing import phase
    from .view import HubView

    with phase("model"):
        view = HubView(hub, include_drafts=settings.include_drafts)
    with phase("pages"):
        pages = render_pages(view, settings)
    with phase("open data"):
        data = open_data_files(view, settings)
    with phase("ical"):
        calendars = calendar_files(view, settings)
    with phase("atom"):
        news = feed_files(view, settings)
    return pages + data + calendars + news
