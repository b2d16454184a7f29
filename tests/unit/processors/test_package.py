"""``processors/__init__``: which compiled modules no longer match their sources.

A folder laid out as an editable compiled install leaves it (an extension file beside each
``.py``, and the digests setup.py records); the extension files are empty, since only their
names matter here.
"""

from __future__ import annotations

import hashlib
import json
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

from processors import SOURCES_FILE, compiled_modules, stale_modules
from processors.errors import StaleBuildError

pytestmark = pytest.mark.unit


def built(folder: Path, sources: dict[str, str]) -> None:
    """Lay out ``folder`` as a build of ``sources`` (module name -> text) leaves it."""
    for name, text in sources.items():
        (folder / f"{name}.py").write_text(text)
        (folder / f"{name}{EXTENSION_SUFFIXES[0]}").write_bytes(b"")
    digests = {name: hashlib.sha256(text.encode()).hexdigest() for name, text in sources.items()}
    (folder / SOURCES_FILE).write_text(json.dumps(digests))


def test_a_build_of_the_sources_as_they_are_is_not_stale(tmp_path: Path) -> None:
    built(tmp_path, {"tracker": "X = 1\n", "model": "Y = 2\n"})

    assert compiled_modules(tmp_path) == ["model", "tracker"]
    assert stale_modules(tmp_path) == []


def test_an_edited_or_deleted_source_makes_its_compiled_module_stale(tmp_path: Path) -> None:
    built(tmp_path, {"tracker": "X = 1\n", "model": "Y = 2\n", "text": "Z = 3\n"})
    (tmp_path / "tracker.py").write_text("X = 2\n")
    (tmp_path / "text.py").unlink()

    assert stale_modules(tmp_path) == ["text", "tracker"]


def test_compiled_modules_without_a_record_of_their_sources_are_stale(tmp_path: Path) -> None:
    built(tmp_path, {"tracker": "X = 1\n"})
    (tmp_path / SOURCES_FILE).unlink()

    assert stale_modules(tmp_path) == ["tracker"]


def test_a_pure_install_has_nothing_to_check(tmp_path: Path) -> None:
    (tmp_path / "tracker.py").write_text("X = 1\n")
    # A build for another Python is not imported by this one.
    (tmp_path / "tracker.cpython-299-x86_64-linux-gnu.so").write_bytes(b"")

    assert compiled_modules(tmp_path) == []
    assert stale_modules(tmp_path) == []


def test_the_error_names_the_files_and_how_to_rebuild() -> None:
    error = StaleBuildError(["tracker", "model"])

    assert error.modules == ["tracker", "model"]
    assert "processors/tracker.py, processors/model.py" in str(error)
    assert "pip install -e ." in str(error)
