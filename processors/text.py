"""Small text helpers shared by the extractors."""

from __future__ import annotations

import re
from collections.abc import Iterable

_Trie = dict[str, "_Trie"]
_END = ""


def trie_pattern(words: Iterable[str], any_blank: bool = False) -> str:
    """One regex alternation of ``words``, shaped as a character trie.

    A flat alternation of hundreds or thousands of words is tried word by word at every
    position of the text; the trie tries one branch per character, which keeps a scan
    of a whole article well under a millisecond. Longer words are still preferred: the
    end of a shorter word is an optional, greedy group. With ``any_blank`` a space in a
    word matches any run of blanks (the caller then normalises what it matched).
    """
    root: _Trie = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _render(root, any_blank)


def _render(node: _Trie, any_blank: bool) -> str:
    branches = [
        (r"\s+" if char == " " and any_blank else re.escape(char)) + _render(child, any_blank)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END in node:
        # The word may stop here; the greedy "?" still tries the longer word first.
        return f"(?:{body})?"
    return body


Token = tuple[int, int, str]
"""A word or punctuation mark: start, end and the text itself."""

TOKEN = re.compile(r"\w[\w'\u2019.\-]*\w(?:['\u2019](?![\w'\u2019])|\.)?|\w\.?|[^\w\s]")


class Tokens:
    """Tokens of one text, computed for the character ranges asked for.

    Only the few words around each reporting verb are ever read closely, so
    tokenising those ranges on demand is cheaper than tokenising the article.
    """

    __slots__ = ("_text",)

    def __init__(self, text: str) -> None:
        self._text = text

    def between(self, start: int, end: int) -> list[Token]:
        """Tokens that lie wholly inside ``[start, end)``."""
        return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(self._text, start, end)]
