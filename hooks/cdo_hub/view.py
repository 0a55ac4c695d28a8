"""What the pages show, derived once per build from the validated Hub."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property
from itertools import groupby

from .model import Event, Guide, Hub, Member, Term
from .occurrences import HORIZON, SERIES_PREVIEW, Occurrence, all_occurrences, past, upcoming


@dataclass(frozen=True)
class ToolUse:
    """One tool in one category, with the members whose organisations use it."""

    category: Term
    name: str
    members: tuple[Member, ...]

    @property
    def organisations(self) -> list[str]:
        return sorted({m.organisation for m in self.members})


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
        return [g for g in self.guides if member_id in g.authors]

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
        events = [e for e in self.hub.events.values() if member_id in e.speakers]
        return sorted(events, key=lambda e: self.occurrences[e.id][0].starts_at, reverse=True)

    def upcoming_on(self, topic_id: str) -> list[Occurrence]:
        return [o for o in self.upcoming_occurrences if topic_id in o.event.topics]

    # --- members ------------------------------------------------------------------------------
    @cached_property
    def members(self) -> list[Member]:
        return sorted(self.hub.members.values(), key=lambda m: _sort_name(m.name))

    def members_on(self, topic_id: str) -> list[Member]:
        return [m for m in self.members if topic_id in m.topics]

    def members_by_state(self) -> list[tuple[Term, list[Member]]]:
        groups: dict[str, list[Member]] = defaultdict(list)
        for member in self.members:
            groups[member.state].append(member)
        return [(self.vocabulary.states[s], groups[s]) for s in sorted(groups, key=lambda s: self.vocabulary.states[s].title)]


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
            "guides": len([g for g in self.guides if not g.draft]),
        }


def _sort_name(name: str) -> tuple[str, str]:
    """Sort by family name: the last word, ignoring titles such as „Dr.“."""
    words = [w for w in name.split() if not w.endswith(".")]
    return ((words[-1] if words else name).casefold(), name.casefold())
