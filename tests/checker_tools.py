"""Where the independent checkers live: installed by `make tools` (part of `make test`) into .tools/."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
TOOLS = REPO / ".tools" / "node_modules"
VNU_JAR = TOOLS / "vnu-jar" / "build" / "dist" / "vnu.jar"


def require(path: Path, program: str) -> None:
    if not path.exists() or shutil.which(program) is None:
        pytest.fail(
            f"{path.name} oder {program} fehlt: die unabhängigen Prüfwerkzeuge installiert `make tools` "
            "(auch Teil von `make test` und `make test-fast`).",
            pytrace=False,
        )
