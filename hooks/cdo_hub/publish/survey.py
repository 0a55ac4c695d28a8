"""The chart of a survey result: bar geometry for the SVG template, and the shares in German."""

from __future__ import annotations

from dataclasses import dataclass

from decimal import ROUND_HALF_UP, Decimal

from ..model.hub import Guide

# Geometry of the chart in SVG user units; the SVG scales to the column it stands in.
WIDTH = 480  # about the width of the content column on a laptop: labels stay at reading size
BAR_SPACE = 340  # the longest possible bar (every respondent chose the answer); its figures fit beside it
ROW_HEIGHT = 50
LABEL_BASELINE = 16
BAR_TOP = 22
BAR_HEIGHT = 20


@dataclass(frozen=True)
class Bar:
    answer: str
    count: int
    share: str  # „40 %“: the count as a share of the respondents
    y: int
    width: int

    @property
    def label_y(self) -> int:
        return self.y + LABEL_BASELINE

    @property
    def bar_y(self) -> int:
        return self.y + BAR_TOP

    @property
    def value_x(self) -> int:
        return self.width + 8

    @property
    def value_y(self) -> int:
        return self.y + BAR_TOP + BAR_HEIGHT - 5


@dataclass(frozen=True)
class SurveyChart:
    bars: list[Bar]
    responses: int
    width: int = WIDTH
    bar_height: int = BAR_HEIGHT

    @property
    def height(self) -> int:
        return ROW_HEIGHT * len(self.bars) + 4

    @property
    def summary(self) -> str:
        """The whole chart in one sentence, for screen readers (the SVG's desc)."""
        parts = [f"{b.answer}: {b.count} ({b.share})" for b in self.bars]
        return f"Balkendiagramm, Anteil an {self.responses} Antworten. " + "; ".join(parts) + "."


def survey_chart(guide: Guide) -> SurveyChart | None:
    if not guide.results or not guide.responses:
        return None
    bars = [
        Bar(r.answer, r.count, share(r.count, guide.responses), ROW_HEIGHT * i, round(BAR_SPACE * r.count / guide.responses))
        for i, r in enumerate(guide.results)
    ]
    return SurveyChart(bars, guide.responses)


def share(count: int, total: int) -> str:
    """A whole German percentage, rounded half up as readers learnt at school (12,5 → 13), e.g. „13 %“;
    a non-breaking space keeps number and sign on one line."""
    percent = (Decimal(100 * count) / Decimal(total)).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return f"{percent}\u00a0%"
