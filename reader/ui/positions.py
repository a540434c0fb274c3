"""The one place where code-point offsets (the core's) meet UTF-16 offsets (Qt's).

Characters outside the Basic Multilingual Plane (emoji, some CJK, historic scripts) are
one code point in Python and two UTF-16 units in Qt. ``Utf16Map`` knows where they are
and converts in O(log n) both ways.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _may_be_astral(text: str) -> bool:
    """Whether ``text`` can hold a character outside the BMP, in O(1): CPython keeps a
    str at one, two or four bytes a character (PEP 393) and only the widest holds them,
    so its size tells (a short text may be taken for wide: then it is just searched)."""
    return sys.getsizeof(text) >= 4 * len(text)


class Utf16Map:
    def __init__(self, text: str):
        # code-point offsets of the characters Qt counts twice
        self._astral = [m.start() for m in _ASTRAL.finditer(text)] if _may_be_astral(text) else []
        self._astral16 = [pos + i for i, pos in enumerate(self._astral)]  # UTF-16 offsets

    def to_qt(self, offset: int) -> int:
        """UTF-16 offset of a code-point offset."""
        if not self._astral:
            return offset
        return offset + bisect_left(self._astral, offset)

    def from_qt(self, offset: int) -> int:
        """Code-point offset of a UTF-16 offset; one inside a surrogate pair rounds down
        to the character's start."""
        if not self._astral:
            return offset
        return offset - bisect_left(self._astral16, offset)
