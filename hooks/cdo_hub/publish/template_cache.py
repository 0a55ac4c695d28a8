"""Compiled Jinja templates kept between builds.

Every build makes new Jinja environments (the theme's and the one of the generated pages), and a new
environment compiles each template it uses again: about 70 templates of Material and the hub, 0.4 to 0.9
of the shipped hub's 4 CPU seconds, paid by every `mkdocs build`, every rebuild of `mkdocs serve` and every test build.
Jinja's bytecode cache keeps the compiled code in a folder of the user's temporary directory that only
this user may read (Jinja refuses any other). An entry is used only for the same template file with the
same text, Jinja and Python version; the compiler's settings are part of the file names here, as Jinja
does not check them. So the cache changes how long a build takes, never what it writes.
"""

from __future__ import annotations

import hashlib

from jinja2 import Environment, FileSystemBytecodeCache


def use_compiled_template_cache(env: Environment, purpose: str) -> Environment:
    """`env` with a bytecode cache for `purpose` ("theme", "pages"); unchanged where the temporary
    directory is not safe or not writable: the build then compiles as before."""
    try:
        env.bytecode_cache = FileSystemBytecodeCache(pattern=f"cdo-hub-{purpose}-{_compiler_settings(env)}-%s.cache")
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
