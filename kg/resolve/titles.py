"""Titles an article gives people ("Secretary of State John Kerry"), so that "the Secretary", "the President"
or "Iran's Supreme Leader" later find the person."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from kg.resolve.lexicon import RANK_MODIFIERS, TITLE_WORDS


@dataclass(frozen=True)
class Holder:
    """A person the article gave a title, and where."""

    position: int  # token index of the name
    person: str  # actor key
    qualified: bool = False  # the title named a country: "Chinese President Xi Jinping"


class TitleBook:
    """The titles of one article: every way a title may be written again -> the people who hold it."""

    def __init__(self) -> None:
        self._holders: dict[str, list[Holder]] = defaultdict(list)

    def add(self, title: str, position: int, person: str, qualified: bool = False) -> None:
        for key in title_keys(title):
            self._holders[key].append(Holder(position, person, qualified))

    def holders(self, phrase: str) -> list[Holder]:
        return list(self._holders.get(phrase, []))


def choose(holders: list[Holder], position: int) -> str | None:
    """The holder the article gave the title most often before a position (the article's president, not
    the other country's one it named last), preferring one whose title named no country ("President Joe Biden",
    not "Chinese President Xi Jinping"); ties go to the one named last; else the first named after it."""
    before = [h for h in holders if h.position < position]
    before = [h for h in before if not h.qualified] or before
    if not before:
        return holders[0].person if holders else None
    counts: dict[str, int] = defaultdict(int)
    for holder in before:
        counts[holder.person] += 1
    last = {holder.person: n for n, holder in enumerate(before)}
    return max(counts, key=lambda person: (counts[person], last[person]))


def title_keys(title: str) -> list[str]:
    """The ways a title may be written again: 'acting deputy secretary of state' -> itself, 'acting deputy
    secretary', 'deputy secretary of state', 'deputy secretary' (never 'secretary': a rank makes another office)."""
    words = title.split()
    keys: list[str] = []
    for start in range(len(words)):
        if start and words[start - 1] in RANK_MODIFIERS:
            break
        suffix = words[start:]
        if suffix[0] == "of":
            break
        for phrase in (suffix, suffix[: suffix.index("of")] if "of" in suffix else suffix):
            if phrase and any(w in TITLE_WORDS for w in phrase) and " ".join(phrase) not in keys:
                keys.append(" ".join(phrase))
    return keys
