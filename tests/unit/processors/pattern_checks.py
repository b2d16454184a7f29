"""What a compiled pattern can match, read with ``re``'s own parser: shared by the guard
tests of the prechecks that skip a pattern where its match cannot be."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

# ``re``'s parser (``sre_parse`` before 3.11).
PARSER: Any = getattr(re, "_parser", None)
CONSTANTS: Any = getattr(re, "_constants", None)

_MAX_STRINGS = 20_000


def strings(items: Iterable[Any], size: int | None = None) -> set[str] | None:
    """Every string a sequence of parsed items can consume (with ``size``, its first
    ``size`` characters, or all of a shorter one), or None when they are not a small finite
    set (a class, a repeat without bound)."""
    c = CONSTANTS
    found = {""}
    for op, arg in items:
        if size is not None and all(len(s) >= size for s in found):
            break
        if op is c.LITERAL:
            part: set[str] | None = {chr(arg)}
        elif op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            part = {""}  # consumes nothing
        elif op is c.SUBPATTERN:
            part = strings(arg[-1], size)
        elif op is c.BRANCH:
            part = set()
            for branch in arg[1]:
                inner = strings(branch, size)
                if inner is None:
                    return None
                part |= inner
        elif op is c.IN and all(o is c.LITERAL for o, _ in arg):
            part = {chr(code) for _, code in arg}
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and arg[1] is not c.MAXREPEAT and arg[1] <= 3:
            body = strings(arg[2], size)
            if body is None:
                return None
            part = set()
            for count in range(arg[0], arg[1] + 1):
                runs = {""}
                for _ in range(count):
                    runs = {a + b for a in runs for b in body}
                part |= runs
        else:
            return None
        if part is None:
            return None
        if size is None:
            found = {a + b for a in found for b in part}
        else:
            found = {a if len(a) >= size else (a + b)[:size] for a in found for b in part}
        if len(found) > _MAX_STRINGS:
            return None
    return found
