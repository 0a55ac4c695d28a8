"""Everything the build adds to the site: pages, open data, calendar and news feeds, for the hook to hand to MkDocs."""

from __future__ import annotations

from .feeds import feed_files
from .ical import calendar_files
from ..model.hub import Hub
from .open_data import open_data_files
from .pages import render_pages
from .site import GeneratedFile, SiteSettings
from ..timing import phase, without_cycle_collection
from .view import HubView


def generate_site(hub: Hub, settings: SiteSettings) -> list[GeneratedFile]:
    with without_cycle_collection():
        return _generate_site(hub, settings)


def _generate_site(hub: Hub, settings: SiteSettings) -> list[GeneratedFile]:
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
