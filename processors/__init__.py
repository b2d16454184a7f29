"""newsstream's domain: text in, statements, agreement observations and alerts out.

Pure Python: no Kafka, no Faust, no I/O on the processing path. The build compiles the
modules with mypyc (see setup.py); this file and ``errors`` stay Python, so that importing
the package can first check that the compiled modules still match their sources.
"""

from __future__ import annotations

import hashlib
import json
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

from processors.errors import StaleBuildError

# Written by setup.py beside the compiled modules: the SHA-256 of each source it compiled.
SOURCES_FILE = "_compiled_sources.json"


def compiled_modules(folder: Path) -> list[str]:
    """The names of the modules that have a compiled extension (for this Python) in ``folder``."""
    names = set()
    for path in folder.iterdir():
        for suffix in EXTENSION_SUFFIXES:
            module = path.name.removesuffix(suffix)
            if module != path.name and "." not in module:
                names.add(module)
    return sorted(names)


def build() -> str:
    """``"mypyc"`` when this package's modules are compiled, ``"pure"`` when they are not."""
    return "mypyc" if compiled_modules(Path(__file__).parent) else "pure"


def stale_modules(folder: Path) -> list[str]:
    """The compiled modules in ``folder`` whose ``.py`` is not the source they were built
    from (or that have no record of it)."""
    compiled = compiled_modules(folder)
    if not compiled:
        return []
    try:
        built_from: dict[str, str] = json.loads((folder / SOURCES_FILE).read_bytes())
    except FileNotFoundError:
        built_from = {}
    stale = []
    for name in compiled:
        source = folder / f"{name}.py"
        digest = hashlib.sha256(source.read_bytes()).hexdigest() if source.exists() else None
        if digest is None or built_from.get(name) != digest:
            stale.append(name)
    return stale


def _refuse_a_stale_build() -> None:
    # Python imports an extension in preference to the .py beside it, so an edited module
    # would silently run its old compiled code. A few stat calls and ~0.4 MB hashed.
    stale = stale_modules(Path(__file__).parent)
    if stale:
        raise StaleBuildError(stale)


_refuse_a_stale_build()
