"""What the pages show, derived once per build from the validated Hub."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property
from itertools import groupby

from ..model.kreise import Kreis, all_kreise
from ..model.hub import Event, Guide, Hub, Member, Term
from ..model.occurrences import HORIZON, SERIES_PREVIEW, Occurrence, all_occurrences, past, upcoming


@dataclass(frozen=True)
class ToolUse:
    """One tool in one category, with the members whose organisations use it."""

    category: Term
    name: str
    members: tuple[Member, ...]

    @property
    def organisations(self) -> list[str]:
        return sorted({m.organisation for m in self.members})


@dataclass(frozen=True)
class KreisCoverage:
    """One Kreis or kreisfreie Stadt with the members whose organisation lies in it."""

    kreis: Kreis
    members: tuple[Member, ...]

    @property
    def represented(self) -> bool:
        return bool(self.members)


@dataclass(frozen=True)
class StateCoverage:
    state: Term
    kreise: tuple[KreisCoverage, ...]
    # Members in this Land whose organisation is no Kreis or Gemeinde (Land, Bund, science, …).
    members_without_kreis: tuple[Member, ...]

    @property
    def represented(self) -> int:
        return sum(1 for k in self.kreise if k.represented)

    def count(self, kind: str) -> int:
        return sum(1 for k in self.kreise if k.kreis.kind == kind)


class HubView:
    def __init__(self, hub: Hub, include_drafts: bool = False):
        self.hub = hub
        self.vocabulary = hub.vocabulary
        self.now: datetime = hub.now
        self.include_drafts = include_drafts

    # --- guides -------------------------------------------------------------------------------
    @cached_property
    def guides(self) -> list[Guide]:
        """Guides on the site, newest first; drafts only in the local preview."""
        shown = [g for g in self.hub.guides.values() if self.include_drafts or not g.draft]
        return sorted(shown, key=lambda g: (g.published is None, g.published), reverse=True)

    def kind_of(self, guide: Guide) -> Term:
        return self.vocabulary.publication_types[guide.kind]

    @cached_property
    def guides_by_kind(self) -> list[tuple[Term, list[Guide]]]:
        """The overview's sections: each kind that has publications, in the vocabulary's order."""
        groups = [(kind, [g for g in self.guides if g.kind == kind.id]) for kind in self.vocabulary.publication_types.values()]
        return [(kind, guides) for kind, guides in groups if guides]

    def industry_authors(self, guide: Guide) -> list[Member]:
        return [self.hub.members[a] for a in guide.authors if a in self.hub.members and self.hub.members[a].industry]

    def guides_by(self, member_id: str) -> list[Guide]:
        return list(self._guides_by_author.get(member_id, ()))

    @cached_property
    def _guides_by_author(self) -> dict[str, list[Guide]]:
        """Each author's guides in the order of `guides`: built once, not searched again for every member page."""
        by_author: dict[str, list[Guide]] = {}
        for guide in self.guides:
            for author in dict.fromkeys(guide.authors):
                by_author.setdefault(author, []).append(guide)
        return by_author

    def guides_on(self, topic_id: str) -> list[Guide]:
        return [g for g in self.guides if topic_id in g.topics]

    # --- events -------------------------------------------------------------------------------
    @cached_property
    def occurrences(self) -> dict[str, list[Occurrence]]:
        until = self.now + HORIZON
        return {e.id: all_occurrences(e, until) for e in self.hub.events.values()}

    def upcoming_of(self, event: Event) -> list[Occurrence]:
        return upcoming(self.occurrences[event.id], self.now)

    def coming_exceptions(self, event: Event) -> list[date]:
        """The dates a series skips from today on; a skipped date already past is no news to anyone."""
        exceptions = event.recurrence.exceptions if event.recurrence else ()
        return sorted(day for day in exceptions if day >= self.hub.today)

    def past_of(self, event: Event) -> list[Occurrence]:
        return past(self.occurrences[event.id], self.now)

    @cached_property
    def upcoming_occurrences(self) -> list[Occurrence]:
        """The calendar's upcoming list: single events and the next few dates of each series."""
        result = []
        for event in self.hub.events.values():
            coming = self.upcoming_of(event)
            result += coming[:SERIES_PREVIEW] if event.recurrence else coming
        return sorted(result, key=lambda o: (o.starts_at, o.event.title))

    @cached_property
    def upcoming_by_month(self) -> list[tuple[datetime, list[Occurrence]]]:
        keyed = groupby(self.upcoming_occurrences, key=lambda o: (o.day.year, o.day.month))
        return [(items[0].day, items) for _, group in keyed for items in [list(group)]]

    @cached_property
    def past_by_year(self) -> list[tuple[int, list[Occurrence]]]:
        """Archive: ended single events, and each series once with its most recent past date."""
        ended = []
        for event in self.hub.events.values():
            gone = self.past_of(event)
            if gone:
                ended.append(gone[-1] if event.recurrence else gone[0])
        ended.sort(key=lambda o: o.starts_at, reverse=True)
        return [(year, list(group)) for year, group in groupby(ended, key=lambda o: o.day.year)]

    def events_of_speaker(self, member_id: str) -> list[Event]:
        events = self._events_by_speaker.get(member_id, [])
        return sorted(events, key=lambda e: self.occurrences[e.id][0].starts_at, reverse=True)

    @cached_property
    def _events_by_speaker(self) -> dict[str, list[Event]]:
        """Each speaker's events in the order of events.yaml: built once, not searched again for every member page."""
        by_speaker: dict[str, list[Event]] = {}
        for event in self.hub.events.values():
            for speaker in dict.fromkeys(event.speakers):
                by_speaker.setdefault(speaker, []).append(event)
        return by_speaker

    def upcoming_on(self, topic_id: str) -> list[Occurrence]:
        return [o for o in self.upcoming_occurrences if topic_id in o.event.topics]

    def upcoming_by(self, facet: str, value: str) -> list[Occurrence]:
        """Upcoming dates of one kind (facet „art“), format („format“) or Land of the venue („land“)."""
        return [o for o in self.upcoming_occurrences if _facet_value(o.event, facet) == value]

    def upcoming_by_month_of(self, occurrences: list[Occurrence]) -> list[tuple[datetime, list[Occurrence]]]:
        keyed = groupby(occurrences, key=lambda o: (o.day.year, o.day.month))
        return [(items[0].day, items) for _, group in keyed for items in [list(group)]]

    # --- members ------------------------------------------------------------------------------
    @cached_property
    def members(self) -> list[Member]:
        return sorted(self.hub.members.values(), key=lambda m: _sort_name(m.name))

    @cached_property
    def members_with_circle_roles(self) -> list[Member]:
        """Speakers first, then co-speakers, then the scientific lead."""
        order = ("sprecher", "co-sprecher", "wissenschaftliche-begleitung")
        with_roles = [m for m in self.members if m.circle_roles]
        return sorted(with_roles, key=lambda m: min(order.index(r) for r in m.circle_roles))

    def members_on(self, topic_id: str) -> list[Member]:
        return [m for m in self.members if topic_id in m.topics]

    def members_by_state(self) -> list[tuple[Term, list[Member]]]:
        groups: dict[str, list[Member]] = defaultdict(list)
        for member in self.members:
            groups[member.state].append(member)
        return [(self.vocabulary.states[s], groups[s]) for s in sorted(groups, key=lambda s: self.vocabulary.states[s].title)]

    def members_by_initial(self) -> list[tuple[str, list[Member]]]:
        """The directory A to Z by family name; umlauts sort with their base letter."""
        initial = lambda m: _initial(_sort_name(m.name)[0])  # noqa: E731
        keyed = groupby(sorted(self.members, key=lambda m: (initial(m), _sort_name(m.name))), key=initial)
        return [(letter, list(group)) for letter, group in keyed]

    def kreis_of(self, member: Member) -> Kreis | None:
        return all_kreise().get(member.kreis_ags) if member.kreis_ags else None

    # --- the 400 Kreise -----------------------------------------------------------------------
    @cached_property
    def coverage(self) -> list[StateCoverage]:
        """Every Kreis and kreisfreie Stadt by Land, with the members there."""
        by_kreis: dict[str, list[Member]] = defaultdict(list)
        for member in self.members:
            if member.kreis_ags:
                by_kreis[member.kreis_ags].append(member)
        result = []
        for state in sorted(self.vocabulary.states.values(), key=lambda s: s.title):
            kreise = sorted((k for k in all_kreise().values() if k.state_code == state.code), key=lambda k: (k.name, k.kind))
            elsewhere = tuple(m for m in self.members if m.state == state.id and not m.kreis_ags)
            result.append(StateCoverage(state, tuple(KreisCoverage(k, tuple(by_kreis[k.ags])) for k in kreise), elsewhere))
        return result

    @cached_property
    def represented_kreise(self) -> int:
        return sum(s.represented for s in self.coverage)

    @cached_property
    def kreis_totals(self) -> dict[str, int]:
        return {kind: sum(s.count(kind) for s in self.coverage) for kind in ("kreis", "kreisfreie-stadt")} | {"all": len(all_kreise())}

    @cached_property
    def members_per_kreis(self) -> dict[str, int]:
        return {k.kreis.ags: len(k.members) for s in self.coverage for k in s.kreise}

    # --- topics and tools ---------------------------------------------------------------------
    @cached_property
    def topics(self) -> list[Term]:
        return sorted(self.vocabulary.topics.values(), key=lambda t: t.title.lower())

    @cached_property
    def tool_landscape(self) -> list[tuple[Term, list[ToolUse]]]:
        """Per category the tools in use, by number of organisations, then by name: never promoted."""
        uses: dict[tuple[str, str], list[Member]] = defaultdict(list)
        spellings: dict[tuple[str, str], Counter] = defaultdict(Counter)
        for member in self.members:
            for tool in member.tools:
                key = tool.key
                spellings[key][tool.name] += 1
                if member not in uses[key]:
                    uses[key].append(member)
        # One tool written two ways (a warning for contributors) is shown in its most frequent spelling.
        names = {key: counter.most_common(1)[0][0] for key, counter in spellings.items()}
        result = []
        for category in sorted(self.vocabulary.tool_categories.values(), key=lambda c: c.title.lower()):
            tools = [ToolUse(category, names[k], tuple(v)) for k, v in uses.items() if k[0] == category.id]
            if tools:
                tools.sort(key=lambda t: (-len(t.organisations), t.name.casefold()))
                result.append((category, tools))
        return result

    # --- figures ------------------------------------------------------------------------------
    @cached_property
    def figures(self) -> dict[str, int]:
        return {
            "members": len(self.members),
            "organisations": len({m.organisation for m in self.members}),
            "states": len({m.state for m in self.members}),
            "kreise": self.represented_kreise,
            "guides": len([g for g in self.guides if not g.draft]),
        }


def _facet_value(event: Event, facet: str) -> str:
    if facet == "art":
        return event.type
    if facet == "format":
        return event.format
    return event.location.state if event.location is not None else ""


def _initial(family_name: str) -> str:
    letter = family_name[:1].upper()
    return {"Ä": "A", "Ö": "O", "Ü": "U"}.get(letter, letter) if letter.isalpha() else "#"


def _sort_name(name: str) -> tuple[str, str]:
    """Sort by family name: the last word, ignoring titles such as „Dr.“."""
    words = [w for w in name.split() if not w.endswith(".")]
    return ((words[-1] if words else name).casefold(), name.casefold())
