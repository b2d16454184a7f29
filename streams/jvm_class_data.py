"""JVM class-data sharing for the local broker: archives that halve the JVM's start time.

The first run of each tool (the storage formatter, the broker) dumps the classes it loaded
into an archive (``-XX:ArchiveClassesAtExit``, written when the JVM exits normally); later
runs map it (``-XX:SharedArchiveFile``). A JVM that cannot use an archive (another Java
build, other jars) warns in its log and runs without it.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ClassDataArchives:
    """The archives of one jar set (next to it) and the pending dumps of one broker home.

    ``java`` is called only when an archive path is needed, so stopping a broker on a
    machine that lost its Java does not fail here.
    """

    java: Callable[[], str]
    jar_dir: Path
    home: Path
    enabled: bool = True

    def archive(self, tool: str) -> Path:
        """Where the archive of ``tool`` for this Java build and these jars lives."""
        java = os.path.realpath(self.java())
        stat = os.stat(java)
        # The archive only fits this Java build and these jars at this path.
        identity = f"{java}:{stat.st_size}:{stat.st_mtime_ns}:{self.jar_dir}"
        key = hashlib.sha256(identity.encode()).hexdigest()
        return self.jar_dir.parent / "cds" / f"{tool}-{key[:10]}.jsa"

    def options(self, tool: str) -> list[str]:
        """JVM options that use the archive, or dump one when there is none yet."""
        if not self.enabled:
            return []
        archive = self.archive(tool)
        if archive.exists():
            return [f"-XX:SharedArchiveFile={archive}"]
        archive.parent.mkdir(parents=True, exist_ok=True)
        dump = archive.with_name(f"{archive.stem}.{uuid.uuid4().hex[:8]}.tmp")
        self._pending(tool).write_text(str(dump), encoding="utf-8")
        # -Xlog:cds=error: the dump would list every class it cannot archive as a warning.
        return [f"-XX:ArchiveClassesAtExit={dump}", "-Xlog:cds=error"]

    def settle(self, tool: str, *, keep: bool) -> None:
        """Move a finished dump into place (or drop it) once its JVM has exited."""
        pending = self._pending(tool)
        try:
            dump = Path(pending.read_text(encoding="utf-8").strip())
        except FileNotFoundError:
            return
        pending.unlink(missing_ok=True)
        final = self.archive(tool)
        try:
            if keep and dump.is_file() and dump.stat().st_size > 0 and not final.exists():
                dump.replace(final)
                for stale in final.parent.glob(f"{tool}-*.jsa"):
                    if stale != final:  # made for another Java build; unusable now
                        stale.unlink(missing_ok=True)
        finally:
            dump.unlink(missing_ok=True)

    def _pending(self, tool: str) -> Path:
        return self.home / f".{tool}.jsa.pending"
