"""Compiled Jinja templates kept between builds.

Every build makes new Jinja environments (the theme's and the one of the generated pages), and a new
environment compiles each template it uses again: about 70 templates of Material and the hub, 0.4 to 0.9
of the shipped hub's 4 CPU seconds, paid by every `mkdocs build`, every rebuild of `mkdocs serve` and
every test build.
Jinja's bytecode cache keeps the compiled code in a folder of the user's temporary directory that only
this user may read (Jinja refuses any other). An entry is used only for the same template text, Jinja and
Python version; the compiler's settings are part of the file names here, as Jinja does not check them.
So the cache changes how long a build takes, never what it writes.

There is one file per template name, not per path as in Jinja: copies of the hub in other folders (every
test builds one) use the same compiled code instead of adding files without end, and a template edited
in `mkdocs serve` replaces its file. The compiled code names the file it came from (for error messages);
taken from another copy, it is given the path of the file this build reads.
"""

from __future__ import annotations

import hashlib
from types import CodeType

from jinja2 import Environment, FileSystemBytecodeCache
from jinja2.bccache import Bucket


class _CompiledTemplates(FileSystemBytecodeCache):
    """Jinja's cache in files, one per template name (see above)."""

    def get_bucket(self, environment: Environment, name: str, filename: str | None, source: str) -> Bucket:
        bucket = super().get_bucket(environment, name, None, source)
        if bucket.code is not None and filename and bucket.code.co_filename != filename:
            bucket.code = _with_filename(bucket.code, filename)
        return bucket

    # A cache only saves time: a file it cannot read or write (a full disk, a folder made read-only)
    # leaves the template to be compiled, as without the cache, and never stops the build.
    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except OSError:
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass


def _with_filename(code: CodeType, filename: str) -> CodeType:
    """`code` and the functions compiled with it (blocks, macros) as if compiled from `filename`."""
    constants = tuple(_with_filename(c, filename) if isinstance(c, CodeType) else c for c in code.co_consts)
    return code.replace(co_filename=filename, co_consts=constants)


def use_compiled_template_cache(env: Environment, purpose: str) -> Environment:
    """`env` with a bytecode cache for `purpose` ("theme", "pages"); without one where the temporary
    directory is not safe or cannot be made: the build then compiles as before."""
    try:
        env.bytecode_cache = _CompiledTemplates(pattern=f"cdo-hub-{purpose}-{_compiler_settings(env)}-%s.cache")
    except (OSError, RuntimeError):
        env.bytecode_cache = None
    return env


def _compiler_settings(env: Environment) -> str:
    """A short fingerprint of everything that changes the code Jinja compiles a template to."""
    settings = (
        env.block_start_string, env.block_end_string, env.variable_start_string, env.variable_end_string,
        env.comment_start_string, env.comment_end_string, env.line_statement_prefix, env.line_comment_prefix,
        env.trim_blocks, env.lstrip_blocks, env.newline_sequence, env.keep_trailing_newline, env.optimized,
        sorted(env.extensions), _name(env.autoescape), _name(env.finalize), _name(env.code_generator_class),
    )
    return hashlib.sha256(repr(settings).encode("utf-8")).hexdigest()[:16]


def _name(value: object) -> str:
    """A setting that may be a function or class, by its qualified name (its repr holds an address)."""
    if isinstance(value, (bool, type(None))):
        return repr(value)
    return f"{getattr(value, '__module__', '')}.{getattr(value, '__qualname__', type(value).__qualname__)}"
