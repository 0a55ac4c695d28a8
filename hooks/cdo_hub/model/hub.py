"""Plain typed objects of the hub, built only from validated content."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo


@dataclass(frozen=True)
class Term:
    """An entry of a controlled vocabulary (topic, event type, organisation type, …)."""

    id: str
    title: str
    description: str = ""
    code: str = ""
    industry: bool = False
    plural: str = ""  # „Positionspapiere“: headings of lists of one kind
    # Other ways people write it (NRW, DE-NW): understood in hints, never shown.
    abbreviations: tuple[str, ...] = ()

    @property
    def plural_title(self) -> str:
        return self.plural or self.title


@dataclass(frozen=True)
class Vocabulary:
    topics: dict[str, Term]
    event_types: dict[str, Term]
    organisation_types: dict[str, Term]
    tool_categories: dict[str, Term]
    states: dict[str, Term]
    # The titles of an event's format and status: labels a contributor may reword.
    formats: dict[str, Term]
    statuses: dict[str, Term]
    # Without a list in vokabular.yaml every publication is a guide: the schema's default says so.
    publication_types: dict[str, Term]

    def state_for_code(self, code: str) -> Term | None:
        return next((s for s in self.states.values() if s.code == code), None)


@dataclass(frozen=True)
class Tool:
    category: str
    name: str

    @property
    def key(self) -> tuple[str, str]:
        return (self.category, tool_name_key(self.name))


def tool_name_key(name: str) -> str:
    """One key for the spellings of one tool: „Power Apps“, „PowerApps“ and „power-apps“ count together."""
    return re.sub(r"[\W_]+", "", name.casefold())


@dataclass(frozen=True)
class Contact:
    email: str = ""
    website: str = ""
    linkedin: str = ""


@dataclass(frozen=True)
class Photo:
    src: str
    credit: str


@dataclass(frozen=True)
class Member:
    """A member as it may be published: fields outside the consent are never loaded."""

    id: str
    name: str
    role: str
    organisation: str
    organisation_type: str
    state: str
    ags: str = ""
    bio: str = ""
    topics: tuple[str, ...] = ()
    tools: tuple[Tool, ...] = ()
    circle_roles: tuple[str, ...] = ()
    salutation: str = ""  # "frau", "herr" or "" (neutral role titles)
    negz_member: bool | None = None
    contact: Contact | None = None
    photo: Photo | None = None
    consent_scope: tuple[str, ...] = ()
    industry: bool = False
    source_line: int = 0  # line of the entry in members.yaml, for the edit link

    @property
    def kreis_ags(self) -> str:
        """The five-digit key of the member's Kreis, from a Kreis or Gemeinde key; empty without one."""
        return self.ags[:5]


@dataclass(frozen=True)
class Location:
    name: str
    city: str
    address: str = ""
    state: str = ""

    @property
    def parts(self) -> tuple[str, ...]:
        """Name, address and city as shown, the city only if name or address do not already say it.

        „Rathaus Jena“, „Markt 1, 07743 Jena“ and „Jena“ read „Rathaus Jena, Markt 1, 07743 Jena“.
        """
        named = re.search(rf"(?<!\w){re.escape(self.city.strip())}(?!\w)", f"{self.name} {self.address}", re.IGNORECASE)
        return tuple(part for part in (self.name, self.address, "" if named else self.city) if part)


@dataclass(frozen=True)
class Recurrence:
    frequency: str  # "weekly" or "monthly"
    interval: int  # the schema's default when not written
    week_of_month: int | None = None  # monthly on the n-th (or -1: last) weekday of start
    until: date | None = None
    exceptions: tuple[date, ...] = ()


@dataclass(frozen=True)
class Disclosure:
    """What a speaker from industry declares: who they work for, what the topic touches."""

    person: str  # a member id from speakers, or a name as written under guests
    text: str


@dataclass(frozen=True)
class Event:
    """An event; start and end are local wall-clock values in `zone`.

    All-day events have `all_day` set, start and end are dates with `end` the last day (inclusive).
    Timed events have naive datetimes; `end` may be None when no end was given.
    """

    id: str
    title: str
    type: str
    all_day: bool
    start: datetime | date
    end: datetime | date | None
    # The zone the rules read from the entry's `timezone`; its name (`zone.key`) is what feeds write out.
    zone: ZoneInfo
    format: str
    location: Location | None = None
    url: str = ""
    description: str = ""
    speakers: tuple[str, ...] = ()
    guests: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    recurrence: Recurrence | None = None
    # Defaults come from the schema when the model is built (content.with_defaults), never from here.
    status: str = ""
    status_note: str = ""
    visibility: str = ""
    source_line: int = 0  # line of the entry in events.yaml, for the edit link
    announced: date | None = None  # the day the event was announced: its date in the news feed
    hosts: tuple[str, ...] = ()  # members of the circle hosting an industry dialogue
    disclosures: tuple[Disclosure, ...] = ()

    @property
    def members_only(self) -> bool:
        return self.visibility == "mitglieder"

    @property
    def cancelled(self) -> bool:
        return self.status == "abgesagt"


@dataclass(frozen=True)
class Period:
    start: date
    end: date


@dataclass(frozen=True)
class SurveyAnswer:
    answer: str
    count: int


@dataclass(frozen=True)
class Guide:
    """A publication from handreichungen/: a guide or another kind (position paper, short study, …)."""

    slug: str
    source: Path
    title: str
    description: str
    authors: tuple[str, ...]
    topics: tuple[str, ...]
    status: str
    body: str
    body_line: int  # line of the first body line in the source file, for messages
    kind: str  # an id of the vocabulary's publication_types; the schema's default when not written
    multiple_choice: bool  # survey results only; the schema's default when not written
    published: date | None = None
    reviewed: date | None = None
    license: str = ""
    disclosure: str = ""
    review_overdue: bool = False
    # Fields of some kinds only; the schema says which kind needs which.
    adopted: date | None = None
    signatories: tuple[str, ...] = ()
    question: str = ""
    method: str = ""
    sample: str = ""
    period: Period | None = None
    responses: int | None = None
    results: tuple[SurveyAnswer, ...] = ()
    organisation: str = ""

    @property
    def draft(self) -> bool:
        return self.status == "entwurf"

    @property
    def last_review(self) -> date | None:
        return self.reviewed or self.published


@dataclass
class Hub:
    """All validated content of the hub."""

    vocabulary: Vocabulary
    members: dict[str, Member] = field(default_factory=dict)
    events: dict[str, Event] = field(default_factory=dict)
    guides: dict[str, Guide] = field(default_factory=dict)
    # Images and PDFs from handreichungen/ by their path in the site.
    guide_files: dict[str, Path] = field(default_factory=dict)
    today: date = field(default_factory=date.today)
    now: datetime = field(default_factory=datetime.now)

    @property
    def published_guides(self) -> list[Guide]:
        return [g for g in self.guides.values() if not g.draft]


