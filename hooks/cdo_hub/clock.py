"""The build's notion of "now": the build time, or SOURCE_DATE_EPOCH for reproducible builds."""

from __future__ import annotations

import os
from datetime import datetime, timezone

from .model.values import SITE_ZONE

__all__ = ["SITE_ZONE", "ClockError", "build_now"]


class ClockError(ValueError):
    pass


def build_now(environ: dict[str, str] | None = None) -> datetime:
    """An aware datetime in the site's zone."""
    environ = os.environ if environ is None else environ
    epoch = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch:
        return datetime.now(SITE_ZONE)
    if not epoch.isdigit():
        raise ClockError(f"SOURCE_DATE_EPOCH muss eine Zahl von Sekunden seit 1970 sein, nicht „{epoch}“.")
    return datetime.fromtimestamp(int(epoch), timezone.utc).astimezone(SITE_ZONE)
