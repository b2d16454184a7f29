"""Build step: compile ``processors/`` to C extensions with mypyc (the rest is pyproject.toml).

Every ``processors`` module but ``__init__`` and ``errors`` becomes a C extension that Python
imports in place of its ``.py`` (extraction and the tracker then take 1.2-1.7x fewer
instructions; docs/benchmarks.md). The ``.py`` files stay the source and run as they are
without it.
Beside the extensions goes ``_compiled_sources.json``, the SHA-256 of each source compiled,
so that ``processors`` refuses to import extensions whose source has changed since (an
editable install builds them next to the sources, where they would shadow an edited file).

NEWSSTREAM_PURE_PYTHON=1 at install time skips the C build: pure Python, no compiler needed.
It also removes extensions that an earlier editable install left next to the sources.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import warnings
from concurrent.futures import ThreadPoolExecutor
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path
from typing import Any

from setuptools import setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent
PACKAGE = ROOT / "processors"
SOURCES_FILE = "_compiled_sources.json"
# Name of the one shared library holding the compiled code (imported as GROUP + "__mypyc").
GROUP = "newsstream"


# ``__init__`` checks the compiled modules against their sources (with the error class of
# ``errors``) before any of them is imported, so both stay Python.
NOT_COMPILED = {"__init__.py", "errors.py"}


def compiled_sources() -> list[Path]:
    return sorted(p for p in PACKAGE.glob("*.py") if p.name not in NOT_COMPILED)


class BuildExtRecordingSources(build_ext):
    """``build_ext`` that compiles C files on every core and writes the digest of every
    compiled source beside the extensions (in the wheel, or next to the sources for an
    editable install)."""

    def build_extensions(self) -> None:
        # setuptools compiles the C files of one extension one after another, and mypyc's
        # shared library is one extension of ~50 files: hand them to gcc in parallel.
        compile_files = self.compiler.compile

        def compile_in_parallel(sources: list[str], *args: Any, **kwargs: Any) -> list[str]:
            with ThreadPoolExecutor(os.cpu_count()) as pool:
                done = pool.map(lambda source: compile_files([source], *args, **kwargs), sources)
                return [obj for objects in done for obj in objects]

        self.compiler.compile = compile_in_parallel
        super().build_extensions()

    def run(self) -> None:
        super().run()
        folder = Path(self.get_ext_fullpath("processors.model")).parent
        digests = {p.stem: hashlib.sha256(p.read_bytes()).hexdigest() for p in compiled_sources()}
        (folder / SOURCES_FILE).write_text(json.dumps(digests, indent=1, sort_keys=True) + "\n")


def remove_in_place_build() -> None:
    """Delete what a compiled editable install put next to the sources."""
    for suffix in EXTENSION_SUFFIXES:
        for path in (*PACKAGE.glob(f"*{suffix}"), *ROOT.glob(f"{GROUP}__mypyc{suffix}")):
            path.unlink()
    (PACKAGE / SOURCES_FILE).unlink(missing_ok=True)


# setuptools warns at every editable install that a folder named like the package may take
# precedence over it at import; here that folder is the package, as an editable install means.
warnings.filterwarnings("ignore", message="Editable installation")

BUILD_COMMANDS = {"build", "build_ext", "bdist_wheel", "editable_wheel", "install", "develop"}


def metadata_only(argv: list[str]) -> bool:
    """Whether this run only reports requirements or metadata: pip runs setup.py for those
    (``egg_info``, ``dist_info``) before the build, and they need no C."""
    words = set(argv[1:])
    return bool(words & {"egg_info", "dist_info"}) and not words & BUILD_COMMANDS


if os.environ.get("NEWSSTREAM_PURE_PYTHON", "") not in ("", "0"):
    remove_in_place_build()
    setup()
elif metadata_only(sys.argv):
    setup()  # mypycify type-checks and translates everything (~7 s): only when building
else:
    from mypyc.build import mypycify

    setup(
        ext_modules=mypycify(
            [str(p.relative_to(ROOT)) for p in compiled_sources()],
            # -O1 runs these modules in as few instructions as -O3 and compiles in half the
            # time; no debug information (tracebacks come from mypyc's own line tables).
            opt_level="1",
            debug_level="0",
            multi_file=True,
            group_name=GROUP,
        ),
        cmdclass={"build_ext": BuildExtRecordingSources},
    )
