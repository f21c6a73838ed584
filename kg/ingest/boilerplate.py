"""Lines of a news page that are not the article: captions, related headlines, datelines."""

from __future__ import annotations

import re

# "Photos: ...", "Video: ...", "Related: ..." and similar page furniture
_FURNITURE = re.compile(r"^\s*(photos?|video|image|gallery|watch|related|read more|see also|listen)\s*:", re.I)
# a dateline that opens an article: "Washington (CNN) —", "LONDON (Reuters) -"
_DATELINE = re.compile(r"^\s*[A-Z][A-Za-z .,'-]{1,40}\s*\((?:[A-Za-z .]{2,30})\)\s*[—–-]+\s*")
_END_PUNCT = re.compile(r"[.!?\"”’')\]:;]\s*$")


def is_headline(line: str) -> bool:
    """A related-story headline or caption: a short line that does not end as a sentence does."""
    words = line.split()
    return 0 < len(words) <= 20 and not _END_PUNCT.search(line)


def ignored_ranges(text: str) -> tuple[tuple[int, int], ...]:
    """Character ranges of `text` that give no statements."""
    ranges: list[tuple[int, int]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped and (_FURNITURE.match(stripped) or is_headline(stripped)):
            ranges.append((offset, offset + len(line.rstrip("\r\n"))))
        elif stripped and (match := _DATELINE.match(line)):
            ranges.append((offset, offset + match.end()))
        offset += len(line)
    return tuple(ranges)
