"""Benchmark hook that runs last in each event: the counterpart of first.py."""

from __future__ import annotations

from mkdocs.plugins import event_priority

import phase_clock as clock


@event_priority(-1000)
def on_config(config):  # noqa: ANN001, ANN201
    clock.end("hub on_config")


@event_priority(-1000)
def on_files(files, config):  # noqa: ANN001, ANN201
    clock.end("hub on_files")


@event_priority(-1000)
def on_page_markdown(markdown, page, config, files):  # noqa: ANN001, ANN201
    clock.begin("markdown")  # MkDocs renders the Markdown right after this event


@event_priority(-1000)
def on_page_content(html, page, config, files):  # noqa: ANN001, ANN201
    clock.end("hub on_page_content")


@event_priority(-1000)
def on_page_context(context, page, config, nav):  # noqa: ANN001, ANN201
    clock.end("search")  # Material's search indexes the page in this event
    clock.begin("templates")


@event_priority(-1000)
def on_post_build(config):  # noqa: ANN001, ANN201
    clock.end("search")  # and writes its index here


@event_priority(-1000)
def on_shutdown():  # noqa: ANN201
    clock.end("total")
    clock.write_report()
