"""Compiled templates kept between builds change how long a build takes, never what it writes."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from jinja2 import Environment, FileSystemLoader

from cdo_hub.publish.template_cache import use_compiled_template_cache
from conftest import copy_repo, run_build


def _files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def test_a_build_with_a_cold_and_with_a_warm_cache_writes_the_same_site(tmp_path: Path) -> None:
    root = copy_repo(tmp_path / "repo")
    temporary = tmp_path / "tmp"  # a cache of this test's own, empty before the first build
    temporary.mkdir()
    cold = run_build(root, tmp_path / "kalt", extra_env={"TMPDIR": str(temporary)})
    assert cold.returncode == 0, cold.output
    cache = temporary / f"_jinja2-cache-{os.getuid()}"
    kept = sorted(p.name.split("-")[2] for p in cache.iterdir())
    # Material's templates and the hub's page templates, each under the settings of their environment.
    assert kept.count("theme") >= 20 and kept.count("pages") >= 10, kept
    # A second copy of the hub elsewhere (as every test makes one) finds the same files and adds none.
    warm = run_build(copy_repo(tmp_path / "kopie"), tmp_path / "warm", extra_env={"TMPDIR": str(temporary)})
    assert warm.returncode == 0, warm.output
    assert sorted(p.name for p in cache.iterdir()) == sorted(p.name for p in cache.iterdir() if p.name.startswith("cdo-hub-"))
    assert len(list(cache.iterdir())) == len(kept)
    cold_files, warm_files = _files(cold.site), _files(warm.site)
    assert cold_files.keys() == warm_files.keys()
    assert [name for name in cold_files if cold_files[name] != warm_files[name]] == []


def _environment(folder: Path, **settings) -> Environment:
    return use_compiled_template_cache(Environment(loader=FileSystemLoader(str(folder)), **settings), "pages")


@pytest.fixture
def own_temporary_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_an_edited_template_is_compiled_again(tmp_path: Path, own_temporary_directory: Path) -> None:
    (tmp_path / "seite.j2").write_text("Alte Fassung {{ wert }}", encoding="utf-8")
    assert _environment(tmp_path).get_template("seite.j2").render(wert=1) == "Alte Fassung 1"
    (tmp_path / "seite.j2").write_text("Neue Fassung {{ wert }}", encoding="utf-8")
    assert _environment(tmp_path).get_template("seite.j2").render(wert=2) == "Neue Fassung 2"


def test_other_compiler_settings_never_share_compiled_code(tmp_path: Path, own_temporary_directory: Path) -> None:
    (tmp_path / "liste.j2").write_text("{% for x in xs %}\n{{ x }}\n{% endfor %}\n", encoding="utf-8")
    assert _environment(tmp_path).get_template("liste.j2").render(xs=[1, 2]) == "\n1\n\n2\n"
    # trim_blocks removes the newline after a block tag; code compiled without it must not be reused.
    assert _environment(tmp_path, trim_blocks=True).get_template("liste.j2").render(xs=[1, 2]) == "1\n2\n"
    assert len(list(own_temporary_directory.glob("_jinja2-cache-*/cdo-hub-pages-*"))) == 2


def test_without_a_safe_temporary_folder_templates_are_compiled_as_before(tmp_path: Path, own_temporary_directory: Path) -> None:
    # Someone else's file where the cache folder would be: Jinja refuses it, and the build goes on without.
    (own_temporary_directory / f"_jinja2-cache-{os.getuid()}").write_text("fremd", encoding="utf-8")
    (tmp_path / "seite.j2").write_text("Inhalt {{ wert }}", encoding="utf-8")
    env = _environment(tmp_path)
    assert env.bytecode_cache is None
    assert env.get_template("seite.j2").render(wert=3) == "Inhalt 3"


def test_a_copy_of_the_templates_elsewhere_uses_the_same_file_and_names_its_own_path(tmp_path: Path, own_temporary_directory: Path) -> None:
    for copy in ("erste", "zweite"):
        (tmp_path / copy).mkdir()
        (tmp_path / copy / "seite.j2").write_text("{% macro zeile(x) %}Wert {{ 10 // x }}{% endmacro %}{{ zeile(wert) }}", encoding="utf-8")
    assert _environment(tmp_path / "erste").get_template("seite.j2").render(wert=5) == "Wert 2"
    second = _environment(tmp_path / "zweite").get_template("seite.j2")
    assert len(list(own_temporary_directory.glob("_jinja2-cache-*/*.cache"))) == 1
    # An error in the template points at the file this build read, also from inside a macro.
    with pytest.raises(ZeroDivisionError) as raised:
        second.render(wert=0)
    frames = [entry.path for entry in raised.traceback]
    assert str(tmp_path / "zweite" / "seite.j2") in map(str, frames)
    assert str(tmp_path / "erste" / "seite.j2") not in map(str, frames)


def test_a_cache_that_cannot_be_written_or_read_only_costs_the_time_it_would_save(tmp_path: Path, own_temporary_directory: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import jinja2.bccache

    def disk_full(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise OSError(28, "No space left on device")

    (tmp_path / "seite.j2").write_text("Inhalt {{ wert }}", encoding="utf-8")
    with monkeypatch.context() as patch:
        patch.setattr(jinja2.bccache.tempfile, "NamedTemporaryFile", disk_full)
        assert _environment(tmp_path).get_template("seite.j2").render(wert=1) == "Inhalt 1"
    assert _environment(tmp_path).get_template("seite.j2").render(wert=2) == "Inhalt 2"  # now written
    with monkeypatch.context() as patch:
        patch.setattr(jinja2.bccache, "open", disk_full, raising=False)  # only the cache's reads
        assert _environment(tmp_path).get_template("seite.j2").render(wert=3) == "Inhalt 3"
