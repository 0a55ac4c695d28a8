"""Markdown rendered as the site renders it (the extensions of mkdocs.yml), so the markup check can
look at what a text becomes on the page, not only at how it is written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import markdown
import yaml


class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml; Python references (`!!python/name:…`) become None instead of being imported."""


_ConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
_ConfigLoader.add_multi_constructor("!", lambda loader, suffix, node: None)


class MarkdownRenderer:
    """One Markdown converter with the site's extensions, reset for every text."""

    def __init__(self, extensions: list[str], configs: dict[str, dict]) -> None:
        self._converter = markdown.Markdown(extensions=extensions, extension_configs=configs)

    @classmethod
    def from_config(cls, config: Path) -> "MarkdownRenderer":
        """The extensions of `config` (mkdocs.yml); those configured with Python references (emoji)
        only change how icons look and are left out. Without a readable config: plain Markdown."""
        try:
            settings = yaml.load(config.read_text(encoding="utf-8"), Loader=_ConfigLoader) or {}
        except (OSError, yaml.YAMLError):
            settings = {}
        extensions, configs = [], {}
        for entry in settings.get("markdown_extensions") or [] if isinstance(settings, dict) else []:
            name, options = _extension(entry)
            if name and not _has_unresolved(options):
                extensions.append(name)
                configs[name] = options
        try:
            return cls(extensions, configs)
        except Exception:  # noqa: BLE001 - an extension MkDocs itself would fail on; MkDocs reports it
            return cls([], {})

    def __call__(self, text: str) -> str:
        self._converter.reset()
        return self._converter.convert(text)


def _extension(entry: Any) -> tuple[str, dict]:
    if isinstance(entry, str):
        return entry, {}
    if isinstance(entry, dict) and len(entry) == 1:
        name, options = next(iter(entry.items()))
        return str(name), options if isinstance(options, dict) else {}
    return "", {}


def _has_unresolved(options: Any) -> bool:
    if isinstance(options, dict):
        return any(value is None or _has_unresolved(value) for value in options.values())
    if isinstance(options, list):
        return any(_has_unresolved(value) for value in options)
    return False
