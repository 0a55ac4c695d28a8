"""Benchmark hook that runs first in each event: starts or ends the clock of a MkDocs phase.

Added to a copy's mkdocs.yml by scripts/benchmark.py only, together with last.py."""

from __future__ import annotations

from mkdocs.plugins import event_priority

import phase_clock as clock


@event_priority(1000)
def on_startup(command, dirty):  # noqa: ANN001, ANN201
    clock.begin("total")


@event_priority(1000)
def on_config(config):  # noqa: ANN001, ANN201
    clock.begin("hub on_config")


@event_priority(1000)
def on_files(files, config):  # noqa: ANN001, ANN201
    clock.begin("hub on_files")


@event_priority(1000)
def on_page_markdown(markdown, page, config, files):  # noqa: ANN001, ANN201
    clock.markdown_lengths.append(len(markdown))


@event_priority(1000)
def on_page_content(html, page, config, files):  # noqa: ANN001, ANN201
    clock.end("markdown")
    clock.begin("hub on_page_content")


@event_priority(1000)
def on_page_context(context, page, config, nav):  # noqa: ANN001, ANN201
    clock.begin("search")


@event_priority(1000)
def on_post_page(output, page, config):  # noqa: ANN001, ANN201
    clock.end("templates")


@event_priority(1000)
def on_post_build(config):  # noqa: ANN001, ANN201
    clock.begin("search")
