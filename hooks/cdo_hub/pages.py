def render_pages(view, settings):  # noqa: ANN001, ANN201
    return []
