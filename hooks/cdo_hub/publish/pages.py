"""The hub's Markdown pages, rendered from the Jinja templates in overrides/hub/."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import addresses, kreise
from ..check.all_rules import all_rules
from .field_reference import content_files
from ..model.hub import Member
from .site import GeneratedFile, SiteSettings
from .open_data import published_kind_fields
from .survey import survey_chart
from .templating import make_environment, render
from ..model.values import SITE_ZONE
from .view import HubView

SEVERITY_TITLES = {"fehler": "Fehler", "warnung": "Warnung", "hinweis": "Hinweis"}
# A role title follows the person's salutation; without one it is neutral, never „Sprecherin/Sprecher“.
CIRCLE_ROLE_TITLES = {
    "sprecher": {"frau": "Sprecherin des Zirkels", "herr": "Sprecher des Zirkels", "": "Sprecherrolle im Zirkel"},
    "co-sprecher": {"frau": "Co-Sprecherin des Zirkels", "herr": "Co-Sprecher des Zirkels", "": "Co-Sprecherrolle im Zirkel"},
    "wissenschaftliche-begleitung": {key: "Wissenschaftliche Begleitung des Zirkels" for key in ("frau", "herr", "")},
}


def circle_role_titles(member: Member) -> list[str]:
    """The titles of a member's roles in the circle, in the form that fits the person."""
    return [CIRCLE_ROLE_TITLES[role][member.salutation] for role in member.circle_roles]


def calendar_facets(view: HubView) -> list[tuple[str, str, str]]:
    """The calendar's filter pages: every event type, format and Land, as (facet, value, title); the titles
    come from the vocabulary."""
    vocabulary = view.vocabulary
    facets = [("art", t.id, t.title) for t in vocabulary.event_types.values()]
    facets += [("format", f.id, f.title) for f in vocabulary.formats.values()]
    return facets + [("land", s.id, s.title) for s in sorted(vocabulary.states.values(), key=lambda s: s.title)]


@dataclass(frozen=True)
class FilterLink:
    uri: str
    title: str
    count: int


def calendar_filter_groups(view: HubView) -> list[tuple[str, list[FilterLink]]]:
    """The calendar's filters with their number of upcoming dates: every kind, format and Land (each has a page,
    which must be reachable, and the Länder a feed), and the topics of upcoming events, whose pages list them."""
    groups: dict[str, list[FilterLink]] = {"art": [], "format": [], "land": []}
    for facet, value, title in calendar_facets(view):
        groups[facet].append(FilterLink(addresses.calendar_filter(facet, value), title, len(view.upcoming_by(facet, value))))
    topics = [FilterLink(addresses.topic(t.id), t.title, len(view.upcoming_on(t.id))) for t in view.topics]
    return [("Art", groups["art"]), ("Format", groups["format"]), ("Ort in", groups["land"]), ("Thema", [t for t in topics if t.count])]


def render_pages(view: HubView, settings: SiteSettings) -> list[GeneratedFile]:
    env = make_environment(settings.templates_dir)
    shared = {
        "addresses": addresses,
        "view": view,
        "hub": view.hub,
        "vocabulary": view.vocabulary,
        "settings": settings,
        "legal": settings.legal,
        "circle_role_titles": circle_role_titles,
        "site_zone": SITE_ZONE.key,
        "survey_chart": survey_chart,
        "kind_data_fields": {kind: ", ".join(f"`{f}`" for f in fields) for kind, fields in published_kind_fields().items()},
        "kreise": kreise,
        "calendar_filter_groups": calendar_filter_groups(view),
    }

    def page(uri: str, template: str, in_nav: bool = False, **context) -> GeneratedFile:
        return GeneratedFile(uri, render(env, template, uri, **shared, **context), in_nav=in_nav)

    pages = [
        page(addresses.START, "start.md.j2", in_nav=True),
        page(addresses.GUIDES, "guides.md.j2", in_nav=True),
        page(addresses.CALENDAR, "calendar.md.j2", in_nav=True),
        page(addresses.MEMBERS, "members.md.j2", in_nav=True),
        page(addresses.TOPICS, "topics.md.j2", in_nav=True),
        page(addresses.TOOLS, "tools.md.j2", in_nav=True),
        page(addresses.OPEN_DATA, "data.md.j2"),
        page(addresses.NO_SALES, "kein-vertrieb.md.j2"),
        page(addresses.MAP, "map.md.j2", kreis_map=kreise.kreis_map()),
        page(addresses.MEMBERS_A_Z, "members_a_z.md.j2"),
        page(addresses.JOIN, "join.md.j2"),
    ]
    pages += [page(addresses.guide(g.slug), "guide.md.j2", guide=g) for g in view.guides]
    pages += [page(addresses.event(e.id), "event.md.j2", event=e) for e in view.hub.events.values()]
    pages += [page(addresses.member(m.id), "member.md.j2", member=m) for m in view.members]
    pages += [page(addresses.topic(t.id), "topic.md.j2", topic=t) for t in view.topics]
    pages += [page(uri, uri.replace(".md", ".md.j2")) for uri in addresses.LEGAL]
    pages += [
        page(addresses.calendar_filter(facet, value), "calendar_filter.md.j2", facet=facet, value=value, title=title)
        for facet, value, title in calendar_facets(view)
    ]
    pages.append(page(addresses.RULES, "meldungen.md.j2", rules=all_rules(), severity_titles=SEVERITY_TITLES))
    pages.append(page(addresses.FIELDS, "felder.md.j2", files=content_files(view.vocabulary)))
    return pages
