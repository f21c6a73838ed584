"""Reported speech: who speaks a sentence, so that 'we' and 'I' in a quote find their actor."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.lexicon import (
    ALLEGING_VERBS,
    BELIEF_VERBS,
    FIRST_PERSON_PLURAL,
    FIRST_PERSON_SINGULAR,
    NEEDED_WORDS,
    PERFORMATIVE_VERBS,
    QUOTE_MARKS,
    SPEECH_VERBS,
)
from kg.records import Article
from kg.resolve import ArticleActors, Mention

# a byline: a name, a comma and an office ("Antony J. Blinken, Secretary of State")
BYLINE = re.compile(r"^\s*([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,4})\s*,\s*[A-Z][^\n]{2,80}$")

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def is_speech_verb(token: Token) -> bool:
    """A verb that reports speech: said, told, stressed ... (not 'declared war', 'announced sanctions': an act)."""
    if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in SPEECH_VERBS:
        return False
    acted = any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in token.children)
    return not (token.lemma_.lower() in PERFORMATIVE_VERBS and acted)


# "X said", "said X", "X, the spokesman, said": the speech verb's actor subject
def speech_subject(verb: Token, actors: ArticleActors) -> Mention | None:
    if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head  # "Pfeiffer wouldn't address ..., but said: ..."
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            named = [c for c in child.children if c.dep_ == "appos"]  # "US Special Representative ... Brian Hook"
            for item in (child, *child.conjuncts, *named):
                mention = actors.mention_at(item)
                if mention is not None:
                    return mention
    return None


# "The CIA believes the crown prince ordered the killing", "investigators concluded that Russia ...", "India
# alleges the attack was backed by ...": the actor whose judgement or allegation a clause states
def believer(sent: Span, actors: ArticleActors) -> Mention | None:
    for token in sent:
        if (
            token.pos_ == "VERB"
            and token.lemma_.lower() in BELIEF_VERBS | ALLEGING_VERBS
            and any(c.dep_ == "ccomp" for c in token.children)
        ):
            mention = speech_subject(token, actors)
            if mention is not None:
                return mention
    return None


# "Johnson continued, "...", "Graham spoke on Fox News, "...": a verb that is speech only when a
# quotation follows it after a comma or colon
def introduces_quote(verb: Token) -> bool:
    return verb.pos_ == "VERB" and verb.lemma_.lower() in QUOTE_VERBS and quote_follows(verb)


# 'said: "...', 'told reporters, "...': a quotation opens right after the verb or after its comma or colon
def quote_follows(verb: Token) -> bool:
    after = [t.text for t in verb.doc[verb.i + 1 : verb.sent.end]]
    for index, text in enumerate(after[:-1]):
        if text in (",", ":") and after[index + 1] in QUOTES:
            return True
    return bool(after) and after[0] in QUOTES


QUOTE_VERBS = {"continue", "conclude", "write", "post", "speak", "defend", "react", "testify"}
QUOTES = {'"', "“", "”", "'", "‘"}


# "according to FARS, ..." names a source, not the speaker of the quote
def speaker_in(sent: Span, actors: ArticleActors) -> tuple[Mention | None, bool]:
    """The speaker a sentence names, and whether the attribution closes the sentence
    ('..., Earnest said.'), which makes the quote run on from the sentences before."""
    pronoun = False
    for token in sent:
        if is_speech_verb(token) or introduces_quote(token):
            mention = speech_subject(token, actors)
            trailing = any(
                c.dep_ in ("ccomp", "parataxis") and c.i < token.i for c in token.children
            ) or token.dep_ in ("parataxis",)
            if mention is not None:
                return mention, trailing
            # '"...," he said': the quotation runs on from the sentences before, whoever "he" is
            he = any(c.dep_ == "nsubj" and c.lower_ in ("he", "she") for c in token.children)
            pronoun = pronoun or (trailing and he)
    source = according_to(sent, actors) if not pronoun else None
    return (source, False) if source is not None else (None, pronoun)


# 'According to Foreign Minister Javad Zarif, "we are ready to talk"': with no speech verb naming a speaker, the
# person "according to" names is the speaker (not a news agency: "according to FARS" is a source)
def according_to(sent: Span, actors: ArticleActors) -> Mention | None:
    for token in (t for t in sent if t.lower_ == "according"):
        for pobj in (o for p in token.children if p.lower_ == "to" for o in p.children if o.dep_ == "pobj"):
            mention = actors.mention_at(pobj)
            if mention is not None and mention.type == "person":
                return mention
    return None


# '"...," he said': a speaker named "he" or "she" is the person who spoke last, a few sentences before; else the
# person the sentence before the quotation was about ('President Musharraf repeated his offer of talks. "I am for
# dialogue ... If they accept it we do not reject it," he said.')
def pronoun_speaker(
    sents: list[Span], index: int, own: list[tuple[Mention | None, bool]], actors: ArticleActors
) -> Mention | None:
    if not any(
        (is_speech_verb(t) or introduces_quote(t))
        and any(c.dep_ == "nsubj" and c.lower_ in ("he", "she") for c in t.children)
        for t in sents[index]
    ):
        return None
    subject = person_subject_before_quote(sents, index, actors)
    if subject is not None:
        return subject  # "Sharon said ... Saeb Erekat has called on the United States to intervene. '...,' he said"
    for earlier in range(index - 1, max(-1, index - SPEAKER_WINDOW), -1):
        mention = own[earlier][0]
        if mention is not None and mention.type == "person":
            return mention
        if mention is not None:
            break  # "The Israelis say ... The position was spelt out by spokesman Raanan Gissin. '...,' he said"
    return person_named_before_quote(sents, index, actors)


# the sentence before a quotation that ends at sentence `index`, when it is not itself quoted
def sentence_before_quote(sents: list[Span], index: int) -> Span | None:
    opening = next(
        (i for i in range(index, max(-1, index - SPEAKER_WINDOW), -1) if starts_quote(sents[i])), None
    )
    if opening is None or opening == 0 or in_quotes(sents[opening - 1]):
        return None
    return sents[opening - 1]


# the person named as the subject of the sentence before a quotation: whom a '"...," he said' after it means, before
# anyone who spoke earlier
def person_subject_before_quote(sents: list[Span], index: int, actors: ArticleActors) -> Mention | None:
    before = sentence_before_quote(sents, index)
    nouns = [c for c in before.root.children if c.dep_ == "nsubj"] if before is not None else []
    subjects = [actors.mention_at(c) for c in nouns]
    return subjects[0] if subjects and subjects[0] is not None and subjects[0].type == "person" else None


# the one person the sentence before a quotation that ends at sentence `index` names, when its subject is no person
# (pronoun_speaker reads a person subject first)
def person_named_before_quote(sents: list[Span], index: int, actors: ArticleActors) -> Mention | None:
    before = sentence_before_quote(sents, index)
    if before is None:
        return None
    nouns = [c for c in before.root.children if c.dep_ == "nsubj"]
    if any(c.pos_ == "PRON" for c in nouns):
        return None  # "She says Kieren Perkins was behind her victory. '...,' she said": whoever "she" is
    # "The Government position was spelt out by spokesman Raanan Gissin": the one person the sentence names
    people = {m.key: m for t in before for m in actors.mentions_of(t) if m.type == "person"}
    return next(iter(people.values())) if len(people) == 1 else None


SPEAKER_WINDOW = 4  # sentences back to the speaker a pronoun names


def names_unknown_speaker(sent: Span) -> bool:
    """The sentence has its own attribution ('he said', 'a militant told a crowd'), so its quote does not
    run on from an earlier speaker, even when the attribution names no known actor."""
    return any((is_speech_verb(t) or introduces_quote(t)) and any(c.dep_ == "nsubj" for c in t.children) for t in sent)


def has_first_person(sent: Span) -> bool:
    return any(t.lower_ in FIRST_PERSON_PLURAL | FIRST_PERSON_SINGULAR and t.text not in ("US", "U.S") for t in sent)


# "Antony J. Blinken, Secretary of State" opening a press statement: the author its "we" and "I" stand for
def byline_author(article: Article, actors: ArticleActors) -> Mention | None:
    """The author a press statement names in its opening lines ("Press Statement / Antony J. Blinken, Secretary of
    State / November 2, 2022"): a line among those before the body."""
    done = 0
    for start, end in article.ignored:
        if article.text[done:start].strip():
            return None  # a byline is among the lines that open the text, before the body
        match = BYLINE.match(article.text[start:end])
        if match is not None:
            return actors.known_person(match.group(1), start + match.start(1), start + match.end(1))
        done = end
    return None


# "The United States strongly condemns the Burmese military regime's sentencing of Aung San Suu Kyi ... We call on
# the regime to release her": a text with no byline that opens with a country or body speaking in the present is its
# statement, and its own "we" is that body
def opening_voice(body: list[Span], actors: ArticleActors) -> Mention | None:
    """body: the article's own sentences, page furniture left out."""
    if not body or in_quotes(body[0]) or speaker_in(body[0], actors)[0] is not None:
        return None  # (not "The United States condemns the attack, the State Department said")
    if not any(has_first_person(s) and not in_quotes(s) for s in body[1:]):
        return None
    root = body[0].root
    if root.tag_ != "VBZ" or is_speech_verb(root):
        return None  # a news report opens in the past: "The United States condemned ..."
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    mention = actors.mention_at(subject) if subject is not None else None
    return mention if mention is not None and mention.type in ("country", "organisation") else None


def sentence_speakers(
    sents: list[Span], actors: ArticleActors, paragraph_of: list[int], author: Mention | None = None
) -> list[Mention | None]:
    """The speaker of each sentence: its own attribution, else the next sentence of the same
    paragraph that closes with one, else the previous sentence's speaker (a quote running on),
    else the author of a press statement."""
    own = [speaker_in(sent, actors) for sent in sents]
    own = [(found or pronoun_speaker(sents, index, own, actors), closes) for index, (found, closes) in enumerate(own)]
    speakers: list[Mention | None] = [mention for mention, _ in own]
    for index, sent in enumerate(sents):
        quoted = starts_quote(sent) or closes_open_quote(sent)
        if speakers[index] is not None or not (has_first_person(sent) or quoted) or names_unknown_speaker(sent):
            continue  # '"... they call us terrorists," he said': someone the rules cannot name speaks;
            # '"He is here," Amin said. "Planes are bombing to kill him."': a quotation runs on from its speaker
        following = index + 1
        while (
            following < len(sents)
            and paragraph_of[following] == paragraph_of[index]
            and own[following][0] is None
            and in_quotes(sents[following])  # a quotation does not run on across the author's own sentences
        ):
            following += 1
        if (
            following < len(sents)
            and paragraph_of[following] == paragraph_of[index]
            and own[following][1]
            and (in_quotes(sents[following]) or not (in_quotes(sent) or quote_open_before(sents, index, paragraph_of)))
        ):
            speakers[index] = own[following][0]  # not '"... they have to beat us." Jets bombed Gaza, officials said.'
        elif index > 0 and paragraph_of[index - 1] == paragraph_of[index] and (
            quoted or own[index - 1][1] or speaks_on(sents[index - 1])
        ):  # "..., Earnest said. We have also discussed ...": speech running on (not "ISIS has claimed
            # responsibility for the attack. We reject ...", a statement's "we" after another's claim)
            speakers[index] = speakers[index - 1]
    if author is not None:
        speakers = [
            author
            if speaker is None and (has_first_person(sent) or states_obligation(sent)) and not in_quotes(sent)
            else speaker
            for sent, speaker in zip(sents, speakers, strict=True)
        ]
    return speakers


def speaks_on(sent: Span) -> bool:
    """A sentence whose speaker the next unquoted first-person sentence continues: a quote, or first-person speech."""
    return in_quotes(sent) or starts_quote(sent) or has_first_person(sent)


def names_speaker(sent: Span, speaker: Mention) -> bool:
    """The sentence itself names its speaker ('Pompeo said ...'), rather than continuing a quote."""
    return sent.start_char <= speaker.start < sent.end_char


def obliges(verb: Token) -> bool:
    """'must open', 'should review': a verb of what someone must or should do."""
    return any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in verb.children)


# "It is important that Pakistan acts against the militants", "it was essential for Pakistan to crack down": an act
# the speaker calls needed is one asked of its doer
def is_needed_act(verb: Token) -> bool:
    copula = verb.head
    doer = any(c.dep_ == "nsubj" for c in verb.children)
    if verb.dep_ not in ("ccomp", "advcl") or copula.lemma_ != "be" or not doer:
        return False
    expletive = any(c.dep_ == "nsubj" and c.lower_ == "it" for c in copula.children)
    denied = any(c.dep_ == "neg" for c in copula.children)  # "it is not important that ..."
    needed = any(c.dep_ == "acomp" and c.lower_ in NEEDED_WORDS for c in copula.children) and not denied
    joined = verb.dep_ == "ccomp" or any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)
    return expletive and needed and joined


def is_advised(verb: Token) -> bool:
    """'should review', 'ought to': what someone had better do, no demand."""
    return any(c.dep_ == "aux" and c.lower_ in ("should", "ought") for c in verb.children)


def needs_to(verb: Token) -> bool:
    """'has to act', 'needs to stop' (not 'had 48 hours to make'): a verb of what someone must do (also 'needed to
    distinguish itself', the infinitive an adverbial clause to the parser)."""
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return (
        verb.lemma_ in ("have", "need")
        and following is not None
        and following.lower_ == "to"
        and any(c.dep_ == "xcomp" or (c.dep_ == "advcl" and following.head.i == c.i) for c in verb.children)
    )


def states_obligation(sent: Span) -> bool:
    """'The Houthis must open the roads': a main clause of what someone must or should do."""
    return obliges(sent.root)


def starts_quote(sent: Span) -> bool:
    """A sentence that opens with a quotation mark: '"Planes are bombing the caves."'"""
    words = [t.text for t in sent if not t.is_space]
    return len(words) > 2 and words[0] in QUOTE_MARKS


# '"There's more pressure on them. We're the number one side, they have to beat us. "They're not ...' : a
# sentence with no quotation mark of its own inside a quotation opened earlier in its paragraph
def quote_open_before(sents: list[Span], index: int, paragraph_of: list[int]) -> bool:
    marks = [
        t.text
        for earlier in range(index - 1, -1, -1)
        if paragraph_of[earlier] == paragraph_of[index]
        for t in sents[earlier]
        if t.text in ('"', "“", "”")
    ]
    straight = marks.count('"') % 2 == 1
    return straight or marks.count("“") > marks.count("”")


# a quotation mark that closes a quotation: a closing curly mark, or a straight one right after the clause's last
# punctuation ('tie her up," Mr Langdale said')
def closes_quotation(mark: Token) -> bool:
    if mark.text == "”":
        return True
    previous = mark.nbor(-1) if mark.i > mark.sent.start else None
    closing = previous is not None and previous.text in (",", ".", "?", "!") and not previous.whitespace_
    return mark.text == '"' and closing


# 'He threatened to tie her up," Mr Langdale said.': a sentence that goes on a quotation opened before it
def closes_open_quote(sent: Span) -> bool:
    marks = [t for t in sent if t.text in QUOTE_MARKS]
    return len(marks) % 2 == 1 and closes_quotation(marks[0])


def in_quotes(sent: Span) -> bool:
    """A sentence with quotation marks, whose first person may be someone the author quotes."""
    return any(t.text in QUOTE_MARKS for t in sent)
