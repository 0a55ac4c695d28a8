"""What every output needs: the site's settings and the plain (uri, content) pairs handed to MkDocs."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

from ..model.hub import Hub


@dataclass(frozen=True)
class SiteSettings:
    site_url: str
    site_name: str
    templates_dir: Path
    include_drafts: bool = False
    legal: dict = field(default_factory=dict)
    repo_url: str = ""

    @classmethod
    def from_config(cls, config, include_drafts: bool = False) -> "SiteSettings":  # noqa: ANN001
        custom_dir = Path(config.theme.custom_dir or Path(config.config_file_path).parent / "overrides")
        return cls(
            site_url=(config.site_url or "https://cdo-zirkel.example/").rstrip("/") + "/",
            site_name=config.site_name,
            templates_dir=custom_dir / "hub",
            include_drafts=include_drafts,
            legal=dict(config.extra.get("legal", {})),
            repo_url=(config.repo_url or "").rstrip("/"),
        )

    @property
    def domain(self) -> str:
        return urlparse(self.site_url).hostname or "cdo-zirkel.example"

    def absolute(self, path: str) -> str:
        return self.site_url + path.lstrip("/")


def shown_photos(hub: Hub) -> set[str]:
    """Paths below docs/ of the photos that members with consent „foto“ show."""
    return {m.photo.src for m in hub.members.values() if m.photo is not None}


@dataclass(frozen=True)
class GeneratedFile:
    uri: str
    content: str | bytes
    in_nav: bool = False
