"""Lines of a news page that are not the article: captions, related headlines, datelines."""

from __future__ import annotations

import re
from functools import lru_cache

# "Photos: ...", "Video: ...", "Related: ..." and similar page furniture
_FURNITURE = re.compile(r"^\s*(photos?|video|image|gallery|watch|related|read more|see also|listen)\s*:", re.I)
# a dateline that opens an article: "Washington (CNN) —", "LONDON (Reuters) -", "MANILA, March 5 (Reuters) -"
_DATELINE = re.compile(r"^\s*[A-Z][A-Za-z0-9 .,'-]{1,40}\s*\((?:[A-Za-z .]{2,30})\)\s*[—–-]+\s*")
# a wire dateline in capitals, with no agency: "OSLO -", "NEW DELHI —", "ISLAMABAD, Pakistan -", "KYIV, Dec 5 -"
_CAPS_DATELINE = re.compile(r"^\s*[A-Z][A-Z.'-]{2,}(?: [A-Z][A-Z.'-]+){0,3}(?:, [A-Z][A-Za-z0-9 .]{1,30})?\s+[—–-]+\s+")
# a speaker's label in a briefing transcript: "MR. PRICE:", "QUESTION:"; and the first name a question may open by
# addressing ("QUESTION: Ned, Russia launched ...")
_TRANSCRIPT_LABEL = re.compile(r"^\s*(?:(?:MR|MS|MRS|DR)\.\s[A-Z][A-Z'-]+|QUESTION|SECRETARY\s[A-Z][A-Z'-]+):\s+")
_ADDRESSED = re.compile(r"([A-Z][a-z]+),\s+")
_END_PUNCT = re.compile(r"[.!?\"”’')\]:;]\s*$")
# a gloss in parentheses after a name, in lower case: "the Ansar al-Islam (supporters of Islam) group", which
# the parser cannot read through; not a name's other form ("(also known as ISIS)", "(or Daesh)", "(PUK)")
_GLOSS = re.compile(r"(?<=[A-Za-z]) \((?!(?:also|or|aka|formerly|known|now|then)\b)[a-z][A-Za-z' -]{2,60}\)")


def is_headline(line: str) -> bool:
    """A related-story headline or caption: a short line that does not end as a sentence does."""
    words = line.split()
    return 0 < len(words) <= 20 and not _END_PUNCT.search(line)


def ignored_ranges(text: str) -> tuple[tuple[int, int], ...]:
    """Character ranges of `text` that give no statements."""
    ranges: list[tuple[int, int]] = []
    offset = 0
    opening = True  # no line of the article's body read yet: where a dateline in capitals may stand
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        furniture = bool(stripped) and bool(_FURNITURE.match(stripped) or is_headline(stripped))
        if furniture:
            ranges.append((offset, offset + len(line.rstrip("\r\n"))))
        elif stripped and (match := _DATELINE.match(line) or (opening and _CAPS_DATELINE.match(line))):
            ranges.append((offset, offset + match.end()))
        elif stripped and (label := _TRANSCRIPT_LABEL.match(line)):
            ranges.append((offset, offset + label.end() + addressed_name(line, label.end())))
        opening = opening and (furniture or not stripped)
        offset += len(line)
    ranges += [(m.start() + 1, m.end()) for m in _GLOSS.finditer(text) if after_name(text, m.start())]
    return tuple(sorted(ranges))


@lru_cache(maxsize=64)
def dateline_place(text: str) -> str | None:
    """The place of the dateline that opens an article: "BOGOTA" of "BOGOTA, Feb 21 (AFP) - ...", "NEW DELHI" of
    "NEW DELHI —", "Washington" of "Washington (CNN) —"; None when the article opens with none."""
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or _FURNITURE.match(stripped) or is_headline(stripped):
            continue
        match = _DATELINE.match(line) or _CAPS_DATELINE.match(line)
        place = re.split(r"[,(]|\s[—–-]", match.group(0))[0].strip() if match else ""
        return place or None
    return None


def addressed_name(line: str, start: int) -> int:
    """The length of a first name a question opens by addressing ("Ned, "), else 0."""
    from kg.resolve.gazetteer import first_name_sex  # names are the resolver's data

    match = _ADDRESSED.match(line, start)
    return match.end() - start if match and first_name_sex(match.group(1)) is not None else 0


def after_name(text: str, index: int) -> bool:
    """The word ending at `index` is capitalised: a name ('Ansar al-Islam', 'Shura'), not 'that'."""
    words = text[:index].split()
    return bool(words) and words[-1].split("-")[-1][:1].isupper()
