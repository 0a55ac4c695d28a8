"""Where each page's content lives in the repository, as the link behind „Diese Seite bearbeiten“.

A guide opens its file in the repository's editor; an event page and a profile open the line of their
entry in events.yaml / members.yaml (a line can be shown, not edited, so that link goes to the file view).
Pages in docs/ get their link from MkDocs itself (repo_url + edit_uri in mkdocs.yml).
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path
from urllib.parse import urljoin

from ..model import addresses
from ..model.hub import Hub

# "edit/main/docs/" (GitHub) or "-/edit/main/docs/" (GitLab): the same place in the file view.
_EDIT_SEGMENT = re.compile(r"(^|/)edit/")


def source_links(hub: Hub, root: Path, docs_dir: Path, repo_url: str | None, edit_uri: str | None) -> dict[str, str]:
    """The edit link of every generated page that has one source, by the page's path below docs/."""
    if not repo_url or not edit_uri:
        return {}
    base = repo_url.rstrip("/") + "/"

    docs = docs_dir.resolve().as_posix()

    def relative(path: Path) -> str:
        return posixpath.relpath(path.resolve().as_posix(), docs)

    def file_view(path: Path) -> str:
        return urljoin(base, _EDIT_SEGMENT.sub(r"\1blob/", edit_uri, count=1) + relative(path))

    # One link per file, then only the line changes: resolving the path again for each entry would cost
    # the file system a look at every folder on the way, for every event and member.
    events, members = file_view(root / "events.yaml"), file_view(root / "members.yaml")
    links = {addresses.guide(g.slug): urljoin(base, edit_uri + relative(g.source)) for g in hub.guides.values()}
    links |= {addresses.event(e.id): f"{events}#L{e.source_line}" for e in hub.events.values() if e.source_line}
    links |= {addresses.member(m.id): f"{members}#L{m.source_line}" for m in hub.members.values() if m.source_line}
    return links
