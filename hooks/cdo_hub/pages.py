"""The hub's Markdown pages, rendered from the Jinja templates in overrides/hub/."""

from __future__ import annotations

from .site import GeneratedFile, SiteSettings
from .templating import make_environment, render
from .view import HubView

FORMAT_TITLES = {"praesenz": "Präsenz", "online": "Online", "hybrid": "Hybrid"}
STATUS_TITLES = {"geplant": "Geplant", "abgesagt": "Abgesagt", "verschoben": "Verschoben"}
CIRCLE_ROLE_TITLES = {"sprecher": "Sprecherin/Sprecher des Zirkels", "co-sprecher": "Co-Sprecherin/Co-Sprecher des Zirkels"}
LEGAL_PAGES = ("impressum", "datenschutz", "barrierefreiheit")


def render_pages(view: HubView, settings: SiteSettings) -> list[GeneratedFile]:
    env = make_environment(settings.templates_dir)
    shared = {
        "view": view,
        "hub": view.hub,
        "vocabulary": view.vocabulary,
        "settings": settings,
        "legal": settings.legal,
        "format_titles": FORMAT_TITLES,
        "status_titles": STATUS_TITLES,
        "circle_role_titles": CIRCLE_ROLE_TITLES,
    }

    def page(uri: str, template: str, in_nav: bool = False, **context) -> GeneratedFile:
        return GeneratedFile(uri, render(env, template, uri, **shared, **context), in_nav=in_nav)

    pages = [
        page("index.md", "start.md.j2", in_nav=True),
        page("handreichungen/index.md", "guides.md.j2", in_nav=True),
        page("veranstaltungen/index.md", "calendar.md.j2", in_nav=True),
        page("mitglieder/index.md", "members.md.j2", in_nav=True),
        page("themen/index.md", "topics.md.j2", in_nav=True),
        page("werkzeuge/index.md", "tools.md.j2", in_nav=True),
        page("daten/index.md", "data.md.j2"),
    ]
    pages += [page(f"handreichungen/{g.slug}.md", "guide.md.j2", guide=g) for g in view.guides]
    pages += [page(f"veranstaltungen/{e.id}.md", "event.md.j2", event=e) for e in view.hub.events.values()]
    pages += [page(f"mitglieder/{m.id}.md", "member.md.j2", member=m) for m in view.members]
    pages += [page(f"themen/{t.id}.md", "topic.md.j2", topic=t) for t in view.topics]
    pages += [page(f"{name}.md", f"{name}.md.j2") for name in LEGAL_PAGES if (settings.templates_dir / f"{name}.md.j2").exists()]
    return pages
