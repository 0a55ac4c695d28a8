"""Every built page carries a policy whose script-src has no 'unsafe-inline': the theme's inline
scripts run by their hashes, computed per page; a script inside the content is never allowed."""

from __future__ import annotations

import base64
import hashlib
import re

from cdo_hub.publish.csp import with_script_hashes

POLICY_RE = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)"')
SCRIPT_RE = re.compile(r"<script([^>]*)>(.*?)</script>", re.DOTALL)


def _script_src(page: str) -> list[str]:
    policies = POLICY_RE.findall(page)
    assert len(policies) == 1
    return next(d.split()[1:] for d in policies[0].split(";") if d.split()[0] == "script-src")


def _sha256(body: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode() + "'"


def test_every_page_allows_exactly_its_own_inline_scripts_and_never_unsafe_inline(built_site):
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) > 20
    for path in pages:
        page = path.read_text(encoding="utf-8")
        sources = _script_src(page)
        assert "'unsafe-inline'" not in sources and "'unsafe-hashes'" not in sources, path
        inline = [body for attributes, body in SCRIPT_RE.findall(page) if "src=" not in attributes and "application/json" not in attributes]
        assert inline, path  # the theme's palette and scope scripts
        assert sorted(sources) == sorted({"'self'", *map(_sha256, inline)}), path


def test_a_script_inside_the_content_gets_no_hash():
    page = (
        '<html><head><meta http-equiv="Content-Security-Policy" content="default-src \'self\'; script-src \'self\'; img-src \'self\'">'
        "<script>theme()</script></head><body>"
        '<article class="md-content__inner md-typeset"><p>Text</p><script>alert(1)</script></article></body></html>'
    )
    assert _script_src(with_script_hashes(page)) == ["'self'", _sha256("theme()")]
