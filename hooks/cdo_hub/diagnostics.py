"""Diagnostics: every problem found in the content, with file, line and column."""

from __future__ import annotations

from dataclasses import dataclass, field

from .catalogue import Severity, lookup

__all__ = ["Diagnostic", "Position", "Report", "Severity"]


@dataclass(frozen=True, order=True)
class Position:
    file: str
    line: int
    column: int


@dataclass(frozen=True)
class Diagnostic:
    position: Position
    severity: Severity
    message: str
    code: str
    hint: str = ""

    def __post_init__(self) -> None:
        # Every code is looked up in the catalogue: an uncatalogued one fails loudly in the tests.
        lookup(self.code, self.severity)

    def sort_key(self) -> tuple:
        order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.NOTICE: 2}
        return (self.position, order[self.severity], self.code, self.message)

    def as_text(self) -> str:
        pos = self.position
        text = f"{pos.file}:{pos.line}:{pos.column}: {self.severity.value}: {self.message} [{self.code}]"
        if self.hint:
            text += f"\n    Tipp: {self.hint}"
        return text

    def as_github(self) -> str:
        # GitHub workflow commands know error, warning and notice.
        level = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.NOTICE: "notice"}
        pos = self.position
        body = self.message + (f" Tipp: {self.hint}" if self.hint else "")
        return (
            f"::{level[self.severity]} file={_escape_property(pos.file)},line={pos.line},"
            f"col={pos.column},title={_escape_property(self.code)}::{_escape_data(body)}"
        )


@dataclass
class Report:
    """Collects the diagnostics of one validation run."""

    diagnostics: list[Diagnostic] = field(default_factory=list)

    def add(self, position: Position, severity: Severity, message: str, code: str, hint: str = "") -> None:
        self.diagnostics.append(Diagnostic(position, severity, message, code, hint))

    def error(self, position: Position, message: str, code: str, hint: str = "") -> None:
        self.add(position, Severity.ERROR, message, code, hint)

    def warning(self, position: Position, message: str, code: str, hint: str = "") -> None:
        self.add(position, Severity.WARNING, message, code, hint)

    def notice(self, position: Position, message: str, code: str, hint: str = "") -> None:
        self.add(position, Severity.NOTICE, message, code, hint)

    def sorted(self) -> list[Diagnostic]:
        unique = {(d.position, d.severity, d.code, d.message): d for d in self.diagnostics}
        return sorted(unique.values(), key=Diagnostic.sort_key)

    def count(self, severity: Severity) -> int:
        return sum(1 for d in self.sorted() if d.severity is severity)

    @property
    def has_errors(self) -> bool:
        return self.count(Severity.ERROR) > 0

    def summary(self) -> str:
        errors, warnings, notices = (self.count(s) for s in Severity)
        if not (errors or warnings or notices):
            return "Keine Probleme gefunden."
        return f"{errors} {_plural(errors, 'Fehler', 'Fehler')}, {warnings} {_plural(warnings, 'Warnung', 'Warnungen')}, {notices} {_plural(notices, 'Hinweis', 'Hinweise')}."


def _plural(n: int, one: str, many: str) -> str:
    return one if n == 1 else many


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")
