"""MkDocs hooks of the hub: validate in on_config, add generated pages and files in on_files.

Thin on purpose: the logic lives in the cdo_hub package next to this file.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel

# The hook's folder is on sys.path only while MkDocs imports this module: import siblings here.
from cdo_hub.model.addresses import overview_of
from cdo_hub.clock import ClockError, build_now
from cdo_hub.content import ContentPaths, load_hub
from cdo_hub.publish.csp import with_script_hashes
from cdo_hub.diagnostics import Severity
from cdo_hub.publish.html_fixes import exclude_buttons_from_search, german_box_titles, label_task_list_items
from cdo_hub.check.launch import launch_requested, placeholder_notice
from cdo_hub.publish.generate import generate_site
from cdo_hub.publish.search_index import add_spellings_to_file
from cdo_hub.publish.site import SiteSettings, shown_photos
from cdo_hub.check.site_files import PHOTO_DIR
from cdo_hub.publish.source_links import source_links
from cdo_hub.publish.template_cache import use_compiled_template_cache
from cdo_hub.timing import phase, reset as reset_timing

log = get_plugin_logger("cdo_hub")

_serving = False
_generated: list = []
_shown_photos: set[str] = set()
_guide_files: dict = {}
_templates_dir: Path | None = None
_edit_links: dict[str, str] = {}
_borrowed_tab = None  # the overview page marked active while one of its detail pages is rendered


def on_startup(command: str, dirty: bool) -> None:
    global _serving
    _serving = command == "serve"


def on_config(config):  # noqa: ANN001, ANN201
    # Validate before MkDocs cleans site/, so a failed build leaves the last good site in place.
    global _generated, _shown_photos, _guide_files, _templates_dir, _edit_links
    _generated, _shown_photos, _guide_files, _templates_dir, _edit_links = [], set(), {}, None, {}
    _release_tab()
    reset_timing()
    root = Path(config.config_file_path).parent
    try:
        now = build_now()
    except ClockError as problem:
        raise PluginError(str(problem)) from None
    paths = ContentPaths.at(root, Path(config.docs_dir), Path(config.config_file_path))
    launch = launch_requested()
    hub, report = load_hub(paths, now, launch=launch)
    for diagnostic in report.sorted():
        {Severity.ERROR: log.error, Severity.WARNING: log.warning, Severity.NOTICE: log.info}[diagnostic.severity](diagnostic.as_text())
    warnings = report.count(Severity.WARNING)
    if report.has_errors or (config.strict and warnings):
        raise PluginError(f"Die Inhalte enthalten Probleme: {report.summary()} Details stehen oben; `make check` zeigt sie ohne Bau.")
    notice = None if launch else placeholder_notice(paths.config, paths.display(paths.config))
    if notice:
        log.info(notice)
    settings = SiteSettings.from_config(config, include_drafts=_serving)
    _generated = generate_site(hub, settings)
    _shown_photos = shown_photos(hub)
    _guide_files = dict(hub.guide_files)
    _templates_dir = settings.templates_dir.resolve()
    _edit_links = source_links(hub, root, Path(config.docs_dir), config.repo_url, config.edit_uri)
    return config


def on_files(files: Files, config) -> Files:  # noqa: ANN001
    # The page templates live in the theme's custom_dir; they are sources, not files to publish.
    for theme_file in [f for f in files if f.abs_src_path and _templates_dir in Path(f.abs_src_path).resolve().parents]:
        files.remove(theme_file)
    # A photo whose member withdrew consent must not stay reachable at its old address (a notice names it).
    for photo in [f for f in files if f.src_uri.startswith(PHOTO_DIR) and f.src_uri not in _shown_photos]:
        files.remove(photo)
    # Clashes with files in docs/ are reported by the check in on_config; this only guards against surprises.
    for generated in _generated:
        _refuse_clash(files, generated.uri)
        inclusion = InclusionLevel.INCLUDED if generated.in_nav else InclusionLevel.NOT_IN_NAV
        files.append(File.generated(config, generated.uri, content=generated.content, inclusion=inclusion))
    # Images and PDFs beside the guides are published at the same path below /handreichungen/.
    for uri, source in _guide_files.items():
        _refuse_clash(files, uri)
        files.append(File.generated(config, uri, abs_src_path=str(source)))
    return files


def _refuse_clash(files: Files, uri: str) -> None:
    if files.get_file_from_path(uri) is not None:
        raise PluginError(f"{uri} gäbe es zweimal; `make check` nennt die Ursache.")


def on_env(env, config, files):  # noqa: ANN001, ANN201
    # The theme's templates are compiled once per machine, not once per build.
    return use_compiled_template_cache(env, "theme")


def on_page_content(html: str, page, config, files) -> str:  # noqa: ANN001
    with phase("html fixes"):
        return exclude_buttons_from_search(german_box_titles(label_task_list_items(html)))


def on_page_context(context, page, config, nav):  # noqa: ANN001, ANN201
    global _borrowed_tab
    # Generated pages have no file of their own in docs/: their edit link points at their source.
    if page.file.src_uri in _edit_links:
        page.edit_url = _edit_links[page.file.src_uri]
    _release_tab()
    # Detail pages are not in the navigation: their overview's tab marks where the reader is.
    if page not in nav.pages:
        overviews = {p.url: p for p in nav.pages}
        owner = overviews.get(overview_of(page.url, overviews) or "")
        if owner is not None:
            owner.active, _borrowed_tab = True, owner
    # With tabs and no sections the left column would stay empty; without headings the right one would.
    hide = list(page.meta.get("hide") or [])
    if not any(item.children for item in nav.items) and "navigation" not in hide:
        hide.append("navigation")
    if not _has_subheadings(page.toc) and "toc" not in hide:
        hide.append("toc")
    page.meta["hide"] = hide
    return context


def on_post_page(output: str, page, config) -> str:  # noqa: ANN001
    _release_tab()
    # The policy allows the theme's inline scripts by hash only; the hashes depend on each page's bytes.
    return with_script_hashes(output)


def _release_tab() -> None:
    global _borrowed_tab
    if _borrowed_tab is not None:
        _borrowed_tab.active, _borrowed_tab = False, None


def _has_subheadings(toc) -> bool:  # noqa: ANN001
    return any(item.children for item in toc) or len(list(toc)) > 1


@event_priority(-100)  # after Material's search plugin has written its index
def on_post_build(config) -> None:  # noqa: ANN001
    add_spellings_to_file(Path(config.site_dir) / "search" / "search_index.json")


def on_post_template(output_content: str, template_name: str, config) -> str:  # noqa: ANN001
    # 404.html is rendered as a template, not a page; it carries the same policy.
    return with_script_hashes(output_content)
