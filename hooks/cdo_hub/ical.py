"""iCalendar feeds (placeholder until the feed module lands)."""


def calendar_files(view, settings):  # noqa: ANN001, ANN201
    return []
