"""Everything the build adds to the site: pages, open data, calendar and news feeds, for the hook to hand to MkDocs."""

from __future__ import annotations

from .feeds import feed_files
from .ical import calendar_files
from .model import Hub
from .open_data import open_data_files
from .pages import render_pages
from .site import GeneratedFile, SiteSettings
from .view import HubView


def generate_site(hub: Hub, settings: SiteSettings) -> list[GeneratedFile]:
    view = HubView(hub, include_drafts=settings.include_drafts)
    return render_pages(view, settings) + open_data_files(view, settings) + calendar_files(view, settings) + feed_files(view, settings)
