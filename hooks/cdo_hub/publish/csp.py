"""The Content-Security-Policy of a built page without 'unsafe-inline' for scripts: the inline
scripts the theme writes into a page are allowed by their sha256 hashes, computed from that page's
exact bytes. An inline event handler (onclick=…) can never match a hash, so it never runs."""

from __future__ import annotations

import base64
import hashlib
import re

_POLICY_RE = re.compile(r'(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")')
_INLINE_SCRIPT_RE = re.compile(r"<script(?P<attributes>(?:\s[^>]*)?)>(?P<body>.*?)</script>", re.DOTALL | re.IGNORECASE)
# Script elements that hold data, not code; the browser never runs them, so no hash is needed.
_DATA_TYPE_RE = re.compile(r"""\stype\s*=\s*["']?application/(?:ld\+)?json""", re.IGNORECASE)
_SOURCE_RE = re.compile(r"\ssrc\s*=", re.IGNORECASE)


# The content of a page: what contributors' text became. A script in it is never the theme's and
# must not be allowed by a hash, whatever slipped through.
_CONTENT_RE = re.compile(r'<article class="md-content__inner md-typeset">.*?</article>', re.DOTALL)


def inline_script_hashes(page: str) -> list[str]:
    """CSP source expressions ('sha256-…') for every inline script of the theme in `page` that a
    browser would run; scripts inside the page's content are left out."""
    content = [(m.start(), m.end()) for m in _CONTENT_RE.finditer(page)]
    hashes = []
    for script in _INLINE_SCRIPT_RE.finditer(page):
        if any(start <= script.start() < end for start, end in content):
            continue
        attributes = script.group("attributes")
        if _SOURCE_RE.search(attributes) or _DATA_TYPE_RE.search(attributes):
            continue
        digest = base64.b64encode(hashlib.sha256(script.group("body").encode("utf-8")).digest()).decode("ascii")
        hashes.append(f"'sha256-{digest}'")
    return list(dict.fromkeys(hashes))


def with_script_hashes(page: str) -> str:
    """`page` with the hashes of its inline scripts added to script-src of its policy meta tag."""
    policy = _POLICY_RE.search(page)
    if policy is None:
        return page
    hashes = inline_script_hashes(page)
    directives = [d.strip() for d in policy.group(2).split(";") if d.strip()]
    directives = [" ".join([d, *hashes]) if d.split()[0] == "script-src" else d for d in directives]
    return page[: policy.start(2)] + "; ".join(directives) + page[policy.end(2) :]
