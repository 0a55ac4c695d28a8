"""The build's phase timing that `make benchmark` reports: a phase inside another counts for itself alone."""

from __future__ import annotations

from cdo_hub import timing


def test_nested_phases_are_counted_exclusively(monkeypatch):
    clock = iter([0.0, 1.0, 3.0, 6.0, 10.0, 12.0])
    monkeypatch.setattr(timing.time, "process_time", lambda: next(clock))
    timing.reset()
    with timing.phase("validate"):  # starts at 0
        with timing.phase("load"):  # 1 to 3
            pass
        with timing.phase("load"):  # 6 to 10
            pass
    # ends at 12: validate ran 0–1, 3–6 and 10–12 for itself, load 1–3 and 6–10
    assert timing.totals() == {"validate": 6.0, "load": 6.0}


def test_reset_starts_a_build_afresh():
    timing.reset()
    with timing.phase("ical"):
        pass
    timing.reset()
    assert timing.totals() == {}
