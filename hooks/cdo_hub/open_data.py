def open_data_files(view, settings):  # noqa: ANN001, ANN201
    return []
