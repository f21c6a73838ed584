"""Arguments: the actors a noun phrase, a pronoun or a coordination names."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from kg.extract.candidates import Candidate
from kg.extract.lexicon import (
    ADDRESS_OCCASIONS,
    ADDRESSING_VERBS,
    ARMED_CLASSES,
    BAND_BACK_NOUNS,
    BAND_BACK_WINDOW,
    BARE_PERSON_NOUNS,
    BODY_NOUNS,
    BORDER_NOUNS,
    CALM_NOUNS,
    CHARGING_VERBS,
    COPULAS,
    COUNT_WORDS,
    COUNTED_STATE_NOUNS,
    DENIED_NOUNS,
    DISMISSING_VERBS,
    DISPATCH_VERBS,
    DOMINION_NOUNS,
    ENVOY_NOUNS,
    EXPLETIVE_VERBS,
    FEMININE,
    FIRST_PERSON_PLURAL,
    FIRST_PERSON_SINGULAR,
    GROUP_ORGAN_NOUNS,
    GROUP_WORDS,
    GROUPING_NOUNS,
    HEAD_OF_STATE_TITLES,
    HOMELAND_NOUNS,
    HOSTILE_CLASSES,
    KIN_NOUNS,
    LEGISLATOR_TITLES,
    MASCULINE,
    MEDDLING_VERBS,
    MEMBER_NOUNS,
    MINISTERIAL_TITLES,
    MUTUAL_ACT_NOUNS,
    NAME_GIVING_VERBS,
    OFFICIAL_NOUNS,
    OPPOSING_CLASSES,
    OWNER_CLASSES,
    PAIR_OF_PEOPLE,
    PARTY_NOUNS,
    PERSON_DESCRIPTIONS,
    PERSON_GROUPS,
    QUALIFIED_PERSON_NOUNS,
    QUANTIFIERS,
    QUOTE_MARKS,
    RANK_AND_FILE_NOUNS,
    RECIPROCAL_VERBS,
    REFLEXIVE_PRONOUNS,
    RELATIVE_PRONOUNS,
    RESISTING_CLASSES,
    ROLE_NOUNS,
    SCHEDULING_VERBS,
    SECOND_PERSON,
    SPEECH_VERBS,
    SPOKESMAN_NOUNS,
    THIRD_NEUTER,
    THIRD_PERSON,
    THIRD_PLURAL,
    TIED_NOUNS,
    TITLE_PREPS,
    TRUCE_NOUNS,
    UNION_NOUNS,
    UNNAMED_PEOPLE_NOUNS,
    UNNAMED_PERSON_NOUNS,
    UNNAMED_REPORTER_NOUNS,
    WARRING_WORDS,
)
from kg.extract.phrases import is_event_noun, verb_phrase
from kg.extract.polarity import DENIAL_VERBS, has_to
from kg.extract.speech import closes_open_quote, in_quotes, names_speaker
from kg.ingest.boilerplate import dateline_place
from kg.resolve import ArticleActors, Mention
from kg.resolve.actors import BLOC_KEYS
from kg.resolve.affiliations import title_run
from kg.resolve.gazetteer import city_country, demonym, entry_by_key, is_capital, lookup_alias, lookup_person
from kg.resolve.lexicon import (
    ARMED_MEMBER_NOUNS,
    BAND_WORDS,
    BLOC_MEMBER_NOUNS,
    COLLECTIVE_GROUPS,
    FOLLOWER_NOUNS,
    GENERIC_GROUPS,
    HONORIFICS,
    NONSTATE_GROUPS,
    SECTOR_NOUNS,
    TITLE_WORDS,
    WARLORD_MEN,
)
from kg.taxonomy import CONFLICT_CLASSES, LEXICON, classify

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Span, Token

# words of a government set up anew, which is no government named before: "the new interim administration"
NEW_REGIME_WORDS = {"interim", "transitional", "provisional", "caretaker"}
# nouns for a nation's people: "the American people"
PEOPLE_NOUNS = {
    "people",
    "public",
    "citizen",
    "population",
    "nation",
    "personnel",
    "civilian",
    "national",
    "resident",
    "brother",  # "We have told our Egyptian brothers": a nation, as its people
    "brethren",
    "friend",  # "our American friends"
}
# words that put someone outside the body they name: "the retired Marine Corps general" no longer speaks for it
FORMER_WORDS = {"former", "retired", "ex", "onetime", "erstwhile"}
# nouns for a state's organs that speak for it: "Chinese state media", "the Saudi king"
# besides the resolver's sector and title nouns; "Iranian state television", "North Korean state radio"
STATE_NOUNS = {"media", "medium", "court", "television", "tv", "radio", "broadcaster"}
EARLIER_WINDOW = 400  # tokens back that a bare "the army" may reach
# a country's bodies, which a person's pronoun owns only through the person's country: "his government"
STATE_BODIES = {"government", "regime", "administration", "military", "army", "force", "troop", "police", "cabinet"}
# verbs besides speech verbs whose subject a pronoun in their clause refers to: "Iran denied it attacked"
REPORTING_LEMMAS = {
    "continue", "stress", "insist", "deny", "admit", "acknowledge", "believe", "fear", "hope", "think", "pledge",
    "promise", "vow", "assure", "swear", "signal", "indicate", "agree",
}  # fmt: skip
# pronouns in the object case, which never refer to the subject of their clause: "She urged him"
OBJECT_PRONOUNS = {"him", "her", "them"}
# plural nouns for office holders that stand for the people the article names: "the foreign ministers"
OFFICE_GROUPS = {"minister", "leader", "president", "diplomat", "envoy", "counterpart", "premier", "chancellor"}
# gatherings that act through their members: "an assembly of several foreign ministers"
GATHERING_NOUNS = {"assembly", "meeting", "gathering", "group", "delegation"}
# nouns that stand for an actor named before: "the airline" -> the last organisation
# words of a government's level, which leave it the same government: "the Federal Government"
LEVEL_WORDS = {"federal", "national", "central"}
DESCRIPTIONS = {
    "airline": {"organisation"},
    "charity": {"organisation"},  # "the Holy Land Foundation, the largest Muslim charity ... The charity denies"
    "foundation": {"organisation"},
    "company": {"organisation"},
    "firm": {"organisation"},
    "carrier": {"organisation"},
    "group": {"armed_group", "organisation"},
    "organisation": {"organisation", "armed_group"},
    "organization": {"organisation", "armed_group"},
    "movement": {"armed_group", "organisation"},
    "militia": {"armed_group"},
    "agency": {"organisation"},
    "alliance": {"organisation"},
    "bloc": {"organisation"},
    "embassy": {"country"},
    "ministry": {"country"},
    "department": {"country"},
    "government": {"country"},
    "cabinet": {"country"},  # "the IMF said it would work with the new cabinet"
    "administration": {"country"},
    "junta": {"country"},  # "The junta accused France of plotting against Niger"
    "regime": {"country"},
    "country": {"country"},
    "nation": {"country"},
    "kingdom": {"country"},
    "emirate": {"country"},
    "sultanate": {"country"},
    "republic": {"country"},
}
# head nouns of bodies' names that "the" and the noun alone refer back to, only to a body named with them: "the Arab
# League ... The league", "the International Criminal Court ... the court"
NAME_HEAD_NOUNS = {"league", "court", "tribunal", "commission", "council", "party"}
# bodies that a side leads: "the US-led coalition", "the British-led force", "the Hamas-led government"
LED_BODY_NOUNS = {"force", "coalition", "alliance", "mission", "contingent", "government", "administration", "bloc"}
# such bodies that are the leader's own: a government led by a party is that party's
LED_GOVERNMENTS = {"government", "administration"}
# titles of offices held abroad, whose holder's country is not the one a bare "the Government" is about
ABROAD_TITLES = {"envoy", "ambassador", "diplomat", "negotiator", "representative"}
# classes of words, not deeds (the conflict classes less the hostile acts): a person's threat or charge shows no side
# he fights
WORDED_CLASSES = CONFLICT_CLASSES - HOSTILE_CLASSES
GROUP_NOUNS = {
    "party",
    "faction",
    "people",
    "person",
    "figure",
    "individual",
    "oligarch",
    "elite",
    "bank",
    "organisation",
    "organization",
    "firm",
    "company",
    "country",
    "nation",
    "state",
    "regime",
    "entity",
    "navy",
    "army",
    "military",
    "government",
    "ally",
    "partner",
    "neighbour",  # "would consult Pacific neighbours, including New Zealand and Fiji"
    "neighbor",
    "leader",
    "official",
    "counterpart",
    "member",
    "minister",
    "friend",
    "diplomat",
    "representative",
    "authority",
    "force",
    "troop",
    "soldier",
    "militant",
    "fighter",
    "negotiator",
    # nouns that lead through "of" to the one they stand for: "searched for signs of bin Laden"
    "hundred",
    "thousand",
    "dozen",
    "score",
    "wing",
    "offshoot",
    "operative",
    "agent",
    "arm",
    "branch",
    "sign",
    "trace",
    "whereabouts",
    "remnant",
    "loyalist",
    "supporter",
    "element",
    # bodies sent to act, which are those they are drawn from: "interrogated by a team of ASIO officers"
    "team",
    "unit",
    "squad",
    "contingent",
    "detachment",
    "delegation",  # "a delegation from Hamas met Egyptian officials", "hosted delegations from Israel and Hamas"
    "crew",  # "the 24 crew of the American aircraft are being held by Chinese authorities"
}
SIDE_TYPES = {"country", "organisation", "armed_group", "group"}
GROUP_TYPES = {"country", "organisation", "armed_group", "group", "media", "place", "sector"}


@dataclass
class Context:
    """What the rules know while reading one sentence."""

    sent: Span
    actors: ArticleActors
    speaker: Mention | None = None  # who speaks the sentence (reported speech)
    speaker_side: Mention | None = None  # the country or organisation the speaker speaks for
    history: list[Mention] = field(default_factory=list)  # earlier mentions, oldest first
    ignored: tuple[tuple[int, int], ...] = ()
    recent_events: list[Candidate] = field(default_factory=list)  # statements of the last sentences, oldest first
    collective: tuple[Mention, ...] = ()  # "We, the Governments of France, Germany ...": who "we" are
    author: Mention | None = None  # the byline of a press statement ("Antony J. Blinken, Secretary of State")
    earlier_events: list[Candidate] = field(default_factory=list)  # statements of all earlier sentences

    def is_ignored(self, token: Token) -> bool:
        return any(start <= token.idx < end for start, end in self.ignored)


def statement_voices(ctx: Context) -> list[Mention]:
    """Who a press statement's own unquoted words speak for: a joint statement's signatories, or the side
    of its byline's author; no one in a news report or inside a quote."""
    if in_quotes(ctx.sent) or (ctx.speaker is not None and ctx.speaker not in (ctx.author, None)):
        return []
    if ctx.collective:
        return list(ctx.collective)
    return [ctx.actors.affiliated_side(ctx.author)] if ctx.author is not None else []


def conjuncts(token: Token) -> list[Token]:
    """A token and the tokens coordinated with it: 'McCain and Graham'. A parser slip that coordinates
    a possessor with its noun ('Obama and Iran's Supreme Leader') is undone."""
    items = sorted([token, *token.conjuncts], key=lambda t: t.i)
    return [
        t
        for n, t in enumerate(items)
        if not (n + 1 < len(items) and any(c.dep_ == "case" for c in t.children) and items[n + 1].i - t.i <= 4)
        and not (t is not token and token.dep_ in ("dobj", "pobj") and is_stolen_subject(t))
    ]


# "in close coordination with the Republic of Korea and Japan": the parser coordinates the next name with a word inside
# a name of several words ("Korea"); it is coordinated with the whole name
def name_inner_conjuncts(token: Token, ctx: Context) -> list[Token]:
    mention = ctx.actors.mention_at(token)
    if mention is None or token.i + 1 >= len(token.doc) or token.doc[token.i + 1].idx >= mention.end:
        return []
    inner = [t for t in token.subtree if t.i > token.i and t.idx < mention.end and t.dep_ != "conj"]
    return [c for t in inner for c in t.children if c.dep_ == "conj" and c.idx >= mention.end]


def stranded_people(token: Token, ctx: Context) -> list[Mention]:
    """Al-Sisi in 'thanked the emir of Qatar and Egyptian President al-Sisi': a person the parser coordinates with
    the country after a singular title's 'of' is coordinated with the title."""
    if token.tag_ != "NN" or token.pos_ != "NOUN":
        return []
    preps = [p for p in token.children if p.dep_ == "prep" and p.lower_ == "of"]
    places = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    found = []
    for place in places:
        owner = actor_of(place, ctx)
        if owner is None or owner.type != "country":
            continue
        found += [m for c in place.conjuncts if c.i > place.i and (m := actor_of(c, ctx)) and m.type == "person"]
    return found


def is_stolen_subject(token: Token) -> bool:
    """A parser slip: 'defeated ISIS and Turkey would be moving', where 'Turkey' is the next clause's
    subject, not a second object; also each of 'the Bahamas, Jamaica and Barbuda' in 'offered to send officers,
    and the Bahamas, Jamaica and Barbuda have pledged personnel', the run after ', and'."""
    if token.dep_ != "conj":
        return False
    chain = sorted([token, *token.conjuncts], key=lambda t: t.i)
    if subjectless_clause_at(token.doc, chain[-1].i + 1, verbs_too=True) is None:
        return False
    start = next((t for t in chain[1:] if opens_new_clause(t)), chain[-1])
    return token.i >= start.i


# ", and the Bahamas": a conjunct after a comma and a conjunction, as a new clause begins
def opens_new_clause(token: Token) -> bool:
    first = token.left_edge.i
    doc = token.doc
    return first >= 2 and doc[first - 1].dep_ == "cc" and doc[first - 2].text == ","


def subjectless_clause_at(doc: Doc, i: int, verbs_too: bool = False) -> Token | None:
    """The verb of a clause with no subject that the finite verb or auxiliary at i opens ('... would be moving',
    '... had sent him'); with verbs_too False, only an auxiliary or modal opens it."""
    if i >= len(doc):
        return None
    following = doc[i]
    finite = following.tag_ in ("VBD", "VBZ", "VBP") and following.pos_ in (("AUX", "VERB") if verbs_too else ("AUX",))
    if not (following.tag_ == "MD" or finite):
        return None
    verb = following.head if following.dep_ in ("aux", "auxpass") else following
    return None if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children) else verb


def actors_of(token: Token, ctx: Context, exclude: Mention | None = None) -> list[Mention]:
    """Every actor a noun phrase and its coordinated phrases name."""
    found: list[Mention] = []
    if token.lower_ in FIRST_PERSON_PLURAL and ctx.collective and ctx.speaker is None:
        return list(ctx.collective)  # a joint statement's "we"
    if is_reciprocal_pronoun(token):
        return reciprocal_parties(token, ctx)
    if (token.lower_ == "they" and token.dep_ in ("nsubj", "nsubjpass")) or names_pair_of_people(token):
        people = recent_people(ctx) or (two_people_named_last(token, ctx) if names_pair_of_people(token) else [])
        if people:
            return people
    people = coordinated_people_before(token, ctx)
    if people:
        return people
    group = named_group(token, ctx)
    if group:
        return group
    owners = coordinated_owners(token, ctx) or elliptic_pair(token, ctx) or owner_list_apposition(token, ctx)
    if owners:
        return owners
    sides = both_sides(token, ctx) or both_groups(token, ctx) or counted_parties(token, ctx)
    if sides:
        return sides
    listing_countries = (first := ctx.actors.mention_at(token)) is not None and first.type == "country"
    for item in conjuncts(token) + name_inner_conjuncts(token, ctx):
        head = actor_of(item, ctx, exclude)
        members = group_members(item, ctx, exclude)  # "the leaders of Serbia and Kosovo"
        # the noun's own reading may be any of its members, not only the first ("the leaders of North and South Korea"
        # reads South Korea); else the first member is what the noun's reading stands for
        named = head is not None and any(m.key == head.key for m in members)
        members = [m for m in members if head is None or m.key != head.key] if named else members[1:]
        listed = listed_people(item, ctx)  # "his counterparts, Dendias and Le Drian"
        members += listed if item.pos_ == "PROPN" else listed[1:]
        members += listed_names(item, ctx)  # "two Pakistan-based groups, Lashkar-e-Taiba and Jaish-e-Mohammed"
        members += included_names(item, ctx)  # "four militant Palestinian groups, including Hamas"
        if item.i != token.i and listing_countries:  # "the U.S., South Korean and Japanese advisers": a list's
            members += coordinated_owners(item, ctx)  # last item, of several owners
        for mention in ([head] if head else []) + members + listed_countries(item, head, ctx):
            if all(m.key != mention.key for m in found):
                found.append(mention)
    for mention in stranded_people(token, ctx):  # "the emir of Qatar and Egyptian President al-Sisi"
        if all(m.key != mention.key for m in found):
            found.append(mention)
    if not found and (named := detached_apposition(token, ctx) or self_named(token, ctx)) is not None:
        return [named]
    if len(found) == 1 and token.lower_ in THIRD_PLURAL:
        found = (
            coordinated_antecedents(found[0], token, ctx, exclude) or paired_antecedent(found[0], token, ctx) or found
        )
    return found or ([] if is_membership(token) else grouping_leader(token, ctx))


# "The man who calls himself Abu Mohammad told ABC Radio", "a man identified as Abu Mohammad", "a woman named Anna":
# one person described by the name given to them is that person
def self_named(token: Token, ctx: Context) -> Mention | None:
    if token.lemma_.lower() not in INDIVIDUAL_NOUNS:
        return None
    people = [m for name in given_names(token) if (m := ctx.actors.mention_at(name)) is not None and m.type == "person"]
    return people[0] if len(people) == 1 else None


def given_names(token: Token) -> list[Token]:
    """The names a clause on the noun gives it: 'Abu Mohammad' in 'a man identified as Abu Mohammad'."""
    return [
        name
        for verb in token.children
        if verb.dep_ in ("relcl", "acl") and verb.lemma_.lower() in NAME_GIVING_VERBS
        for name in (
            *(c for c in verb.children if c.dep_ in ("oprd", "attr")),
            *(o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children),
        )
        if name.pos_ == "PROPN"
    ]


# "British Prime Minister Tony Blair, who is due to visit both countries, has called on them to show restraint": a
# plural pronoun after "both countries" or "the two sides", named since its nearest actor, is that pair
def paired_antecedent(found: Mention, token: Token, ctx: Context) -> list[Mention]:
    doc = ctx.sent.doc
    for word in reversed(doc[ctx.sent.start : token.i]):
        if word.idx < found.end:
            return []
        pair = both_sides(word, ctx) if word.tag_ == "NNS" else []
        if len(pair) == 2:
            return pair
    return []


# "Hamas and Islamic Jihad claimed the bombings. The Authority vowed to crack down on them": a plural pronoun
# whose antecedent was one of coordinated actors is all of them, not the one named last
def coordinated_antecedents(found: Mention, token: Token, ctx: Context, exclude: Mention | None) -> list[Mention]:
    span = ctx.sent.doc.char_span(found.start, found.end, alignment_mode="expand")
    if span is None or not len(span) or span.root.i >= token.i:
        return []
    head = span.root.head if span.root.dep_ in ("compound", "amod", "nmod") else span.root
    avoid = {exclude.key} if exclude is not None else set()
    if not head.conjuncts and head.tag_ in ("NNS", "NNPS"):
        # "the military governments of Mali, Burkina Faso and Niger announced that they ...": the members named
        members = [m for m in group_members(head, ctx) if m.key not in avoid]
        return members if len(members) > 1 and any(m.key == found.key for m in members) else []
    if not head.conjuncts:
        # "Mali, Burkina Faso and Niger said they ...", which the parser reads as an apposition: the phrase's list
        listed = [m for m in actors_of(head, ctx) if m.key not in avoid] if head.pos_ == "PROPN" else []
        return listed if len(listed) > 1 and any(m.key == found.key for m in listed) else []
    partners: list[Mention] = []
    for item in sorted((head, *head.conjuncts), key=lambda t: t.i):
        named = ctx.actors.mention_at(item) or next(
            (m for c in item.children if c.dep_ in ("compound", "amod") and (m := ctx.actors.mention_at(c))), None
        )
        if named is not None and named.key not in avoid and all(p.key != named.key for p in partners):
            partners.append(named)
    return partners if len(partners) > 1 and any(p.key == found.key for p in partners) else []


# parser repair: "spoke with his counterpart, Turkish Foreign Minister Mevlut Cavusoglu", the name hung on the verb:
# a title noun set off by a comma from a person's name right after is that person
def detached_apposition(token: Token, ctx: Context) -> Mention | None:
    if token.pos_ != "NOUN" or token.lemma_.lower() not in OFFICE_GROUPS | PERSON_GROUPS:
        return None
    after = token.right_edge.i + 1
    doc = token.doc
    if after + 1 >= len(doc) or doc[after].text != ",":
        return None
    name = next((t for t in doc[after + 1 : after + 8] if t.ent_type_ == "PERSON"), None)
    if name is None:
        return None
    head = name
    while head.dep_ in ("compound", "flat") and head.head.i != head.i:
        head = head.head
    if head.dep_ not in ("npadvmod", "dep", "appos", "dobj", "nsubj") or token in head.ancestors:
        return None
    mention = ctx.actors.mention_at(head)
    return mention if mention is not None and mention.type == "person" else None


# "Germany joined the U.S.-led coalition": joining or leaving a grouping is membership, not a relation with its leader
def is_membership(token: Token) -> bool:
    return token.dep_ == "dobj" and token.head.lemma_.lower() in ("join", "leave", "quit", "enter", "exit")


# "a U.S.-led coalition ousted Saddam Hussein", "asked the US-led coalition to leave": a grouping is its leader
def grouping_leader(noun: Token, ctx: Context) -> list[Mention]:
    grouping = any(c.dep_ == "compound" and c.lemma_.lower() in GROUPING_NOUNS for c in noun.children)
    if noun.lemma_.lower() not in GROUPING_NOUNS | {"force", "mission", "operation"} and not (
        grouping and SECTOR_NOUNS.get(noun.lower_) == "military"  # "Saudi-led coalition aircraft"
    ):
        return []
    return led_by_prefix(noun, ctx)


# "U.S.-led", "Saudi-led": the one named before "led" in a noun's modifier leads what the noun names
def led_by_prefix(noun: Token, ctx: Context) -> list[Mention]:
    for child in (c for c in noun.children if c.i < noun.i):
        led = [t for t in child.subtree if t.lower_ in ("led", "-led") or t.lower_.endswith("-led")]
        if not led:
            continue
        if led[0].lower_.endswith("-led") and len(led[0].text) > 4:  # "U.S.-led" is one word
            leader = ctx.actors.known_entity(led[0].text[:-4], led[0].idx, led[0].idx + len(led[0].text) - 4)
            return [leader] if leader is not None else []
        return [m for t in child.subtree if t.i < led[0].i and t.pos_ == "PROPN" for m in actors_of(t, ctx)][:1]
    return []


# "The president of Adelaide's Islamic Society, Walli Hanifi, says ...", "The former chief weapons inspector for
# the United Nations in Iraq, Richard Butler, told ...", "criticism from the UN High Commissioner for Refugees, Ruud
# Lubbers", where the parser hangs the name on the last place or body: a title's prepositional object, or that
# object's own, with a person in apposition names the title's holder
def titled_by_of_apposition(token: Token, ctx: Context) -> Mention | None:
    if token.pos_ not in ("NOUN", "PROPN") or token.lemma_.lower() not in TITLE_WORDS | ROLE_NOUNS:
        return None
    for pobj in title_objects(token):
        owner = ctx.actors.mention_at(pobj)
        for child in (c for c in pobj.children if c.dep_ == "appos"):
            inner = ctx.actors.mention_at(child)
            if inner is not None and inner.type == "person" and (owner is None or owner.type != "person"):
                return inner
    return None


# "the inspector for the United Nations in Iraq": the objects of a title's prepositions, two deep
def title_objects(token: Token, depth: int = 0) -> list[Token]:
    found = [o for p in token.children if p.dep_ == "prep" and p.lower_ in TITLE_PREPS for o in p.children]
    return found + [d for o in found for d in title_objects(o, depth + 1)] if depth < 1 else found


# "NATO members France, Turkey, Italy, Canada and Spain will join", which the parser reads as "France" with the
# apposition "Turkey, Italy, ...": a country is never another country, so the apposition continues the list
# "two Pakistan-based groups, Lashkar-e-Taiba and Jaish-e-Mohammed": the names listed in apposition to a common
# noun (the first of which the noun's own reading is)
def listed_names(token: Token, ctx: Context) -> list[Mention]:
    if token.pos_ != "NOUN":
        return []
    listed = appositive_list(token)
    return [m for t in listed if len(listed) > 1 and (m := ctx.actors.mention_at(t)) is not None]


# nouns for sets of actors whose members an "including" names
MEMBER_HOLDING_NOUNS = {
    "group", "country", "nation", "state", "organisation", "organization", "faction", "party", "government",
    "member", "ally", "power", "leader", "movement", "militia", "agency", "donor",
    # captives (session 40): "Another five prisoners, including the Australian, David Hicks, are being held"
    "prisoner", "detainee", "captive", "hostage", "suspect",
}  # fmt: skip


# members named with "including": "an offer by four militant Palestinian groups, including Hamas and Islamic Jihad",
# "contributions from several countries including Australia"
def included_names(token: Token, ctx: Context) -> list[Mention]:
    if token.pos_ != "NOUN" or token.tag_ != "NNS" or token.lemma_.lower() not in MEMBER_HOLDING_NOUNS:
        return []  # (not "destinations including Spain")
    named = [t for p in token.children if p.dep_ == "prep" and p.lower_ == "including" for o in p.children
             if o.dep_ == "pobj" for t in (o, *o.conjuncts)]  # fmt: skip
    # (also "including the Australian, David Hicks": the name set off after a description)
    named = [a if (a := next((c for c in t.children if c.dep_ == "appos"), None)) is not None else t for t in named]
    return [m for t in named if (m := ctx.actors.mention_at(t)) is not None]


def appositive_list(token: Token) -> list[Token]:
    """The names in apposition to a noun and their conjuncts: 'Lashkar-e-Taiba and Jaish-e-Mohammed'."""
    return [t for a in token.children if a.dep_ == "appos" and a.pos_ == "PROPN" for t in (a, *a.conjuncts)]


def listed_countries(token: Token, head: Mention | None, ctx: Context) -> list[Mention]:
    if head is None or head.type != "country" or token.pos_ != "PROPN":
        return []
    listed = appositive_list(token)
    mentions = [actor_of(t, ctx) for t in listed]
    if not mentions or any(m is None or m.type != "country" or m.key == head.key for m in mentions):
        return []
    return [m for m in mentions if m is not None]


# "the military governments of Mali, Burkina Faso and Niger ... ECOWAS called on the three countries": the countries
# last named together, as many as counted; "the three officials": the people of the last sentence naming as many
def counted_parties(token: Token, ctx: Context) -> list[Mention]:
    counted = [c.lower_ for c in token.children if c.dep_ == "nummod" and c.lower_ in COUNT_WORDS]
    count = COUNT_WORDS[counted[0]] if counted else None
    if count is not None and token.lemma_.lower() in PERSON_GROUPS - {"man", "woman"}:
        return counted_people(count, ctx)  # "The three officials strongly condemned ..."
    if count is None or token.lemma_.lower() not in COUNTED_STATE_NOUNS:
        return []
    text = ctx.sent.doc.text
    # (also a list earlier in the sentence: "Spain, Ireland and Norway recognised a Palestinian state, prompting Israel
    # to recall its ambassadors from the three countries")
    earlier = [m for m in ctx.history if m.end <= token.idx and m.type == "country"]
    runs: list[list[Mention]] = []
    for mention in earlier:  # runs of names written as one list: "Mali, Burkina Faso and Niger"
        joined = runs and LIST_GLUE.fullmatch(text[runs[-1][-1].end : mention.start]) is not None
        runs[-1:] = [[*runs[-1], mention]] if joined else [*runs[-1:], [mention]]
    for run in reversed(runs):
        named = list({m.key: m for m in run}.values())
        if len(named) == count:
            return named
    return []


# "Wendy Sherman met Japanese Vice Minister Takeo Mori and ROK Vice Minister Cho Hyun-dong ... The three officials":
# the people of the last sentence that named as many
def counted_people(count: int, ctx: Context) -> list[Mention]:
    by_sentence: dict[int, dict[str, Mention]] = {}
    for mention in (m for m in ctx.history if m.end <= ctx.sent.start_char and m.type == "person"):
        root = mention_root(mention, ctx)
        if root is not None:
            by_sentence.setdefault(root.sent.start, {}).setdefault(mention.key, mention)
    for start in sorted(by_sentence, reverse=True):
        if len(by_sentence[start]) == count:
            return list(by_sentence[start].values())
    return []


# what stands between the names of a written list: ", ", " and ", ", and the "
LIST_GLUE = re.compile(r"\s*(,|and|, and|&)\s*(the\s+)?")


# "Thailand and Cambodia traded fire, with each side accusing the other": the two subjects of the clause that an
# absolute or participial clause of the sides hangs on
def main_clause_pair(token: Token, ctx: Context, kinds: set[str]) -> list[Mention]:
    verb = token.head
    if token.dep_ != "nsubj" or verb.dep_ not in ("pcomp", "advcl"):
        return []
    main = verb.head.head if verb.head.dep_ == "prep" else verb.head
    if main.pos_ != "VERB":
        return []
    pair = [m for c in main.children if c.dep_ == "nsubj" for m in actors_of(c, ctx)]
    return pair if len(pair) == 2 and all(m.type in kinds for m in pair) else []


# "both sides", "the two sides", "all sides", "both countries": the parties of the last conflict reported,
# else the last two parties named outside the clause's subject
def both_sides(token: Token, ctx: Context) -> list[Mention]:
    lemma = token.lemma_.lower()
    # also "the two neighbours", "the two nuclear powers", "both governments"
    if lemma not in PARTY_NOUNS | {"country", "nation", "neighbour", "neighbor", "power", "rival", "government"}:
        return []
    # "either side", "each side blamed the other" are singular
    if token.tag_ != "NNS" and not any(c.lower_ in ("either", "each") for c in token.children):
        return []
    sides = ("both", "two", "all", "either", "each")
    counts = sides if lemma in PARTY_NOUNS else ("both", "two")  # not "all countries"
    # "offered to mediate between the neighbours": a definite plural between is a pair
    determiners = {c.lower_ for c in token.children if c.dep_ in ("det", "nummod", "predet")}
    between = token.dep_ == "pobj" and token.head.lower_ == "between" and determiners == {"the"}
    if not determiners & set(counts) and not between:
        return []
    # "both countries", and sides that mass troops along their border, are states, whoever raided before
    states = lemma not in PARTY_NOUNS or LEXICON.get(token.head.lemma_.lower()) == "posture"
    kinds = {"country"} if states else SIDE_TYPES
    if lemma == "delegation" and (talked := negotiating_pair(token, ctx, kinds)):
        return talked  # "Omani officials carried proposals between the two delegations": the two who talk
    accused = accused_pair(ctx, kinds) if denies_a_charge(token) else []
    if accused:  # "Kabila has accused Rwanda and Uganda of sending their armies ... Both governments have denied the
        return accused  # charge": the two charged
    own = main_clause_pair(token, ctx, kinds)
    if own:  # "Thailand and Cambodia traded fire, with each side accusing the other": the main clause's pair
        return own
    main = main_conflict(ctx, kinds)
    if main:  # the sides of the article's main conflict ("Israeli raids ... Palestinian police detained Hamas
        # activists ... The EU has called on both sides"), else of the last conflict it reported
        return main
    talked = talking_pair(token, ctx, kinds)
    if talked:  # "Blinken met Manalo ... The two sides pledged to deepen cooperation": the two who met
        return talked
    # sides urged to a truce or to calm are those of the last armed clash, else of the last conflict ("The RSF
    # shelled a hospital ... Sudan accused the UAE of arming the RSF ... urged both factions to agree to a
    # ceasefire": the RSF and Sudan)
    truce = any(t.lemma_.lower() in TRUCE_NOUNS | CALM_NOUNS for t in ctx.sent)
    passes = [(ARMED_CLASSES, ctx.earlier_events)] if lemma in PARTY_NOUNS and truce else []
    for classes, events in [*passes, (CONFLICT_CLASSES, ctx.recent_events)]:
        # (a leader stands for his country: "Bush has described North Korea as part of an axis of evil")
        fought = last_event_pair([e for e in events if classify(e.relation) in classes], ctx, kinds)
        if fought:
            return fought
    addressed = addressed_pair(ctx, kinds)
    if addressed:
        return addressed
    for event in reversed(ctx.recent_events):  # "Sudan's army and the RSF agreed to a ceasefire brokered by Saudi
        # Arabia and the United States. The two sides have fought ...": the pair of the last two-sided act
        # (leaders who agree stand for their countries: "Mitsotakis and Erdogan agreed ... the two countries")
        pair = [ctx.actors.affiliated_side(m) if "person" not in kinds else m for m in (event.subject, event.object)]
        if event.rule in MUTUAL_RULES and all(m.type in kinds for m in pair) and pair[0].key != pair[1].key:
            return pair
    if between:  # "Thailand and Cambodia traded fire as Malaysia offered to mediate between the neighbours": the
        # last two named, but the mediator
        mediators = frozenset(m.key for m in clause_subjects_of_verb(token.head.head, ctx))
        return recent_pair(token, ctx, kinds, mediators)
    found: list[Mention] = []
    # the addresser is not one of the sides: "Egypt urged both sides", "Russia, which has peacekeepers there, called
    # on both sides"
    addressers = {m.key for m in ctx.history if ctx.sent.start_char <= m.start and in_subject(m, ctx)}
    verb = next((a for a in token.ancestors if a.pos_ == "VERB"), None)
    if verb is not None and verb.dep_ == "acl":  # parser: "Russia, which has ..., called/acl on both sides"
        addressers |= {m.key for m in actors_of(verb.head, ctx)}
    named = [m for m in ctx.history if m.start < token.idx and m.type in kinds and m.key not in addressers
             and not is_location_mention(m, ctx)]  # fmt: skip
    protagonists = most_named_pair(named)
    if protagonists:
        return protagonists
    for mention in reversed(named):
        if all(m.key != mention.key for m in found):
            found.append(mention)
        if len(found) == 2:
            return found[::-1]
    return []


# "Both governments have denied the charge", "both sides rejected the accusations": the subject of a denial of a charge
def denies_a_charge(token: Token) -> bool:
    verb = token.head
    denial = verb.lemma_.lower() in DENIAL_VERBS | DISMISSING_VERBS
    return token.dep_ == "nsubj" and denial and any(
        c.dep_ == "dobj" and c.lemma_.lower() in DENIED_NOUNS for c in verb.children
    )


# the two sides the last accusation of the recent sentences charged together: "accused Rwanda and Uganda of ..."
def accused_pair(ctx: Context, kinds: set[str]) -> list[Mention]:
    charges = [e for e in ctx.recent_events if classify(e.relation) == "criticise" and not e.negated]
    if not charges:
        return []
    last = charges[-1]
    accused = [e.object for e in charges if e.subject.key == last.subject.key and e.relation == last.relation]
    pair = list({m.key: m for m in accused if m.type in kinds}.values())
    return pair if len(pair) == 2 else []


# "India blames the groups ... India would judge Pakistan ... until Pakistan handed over ... The United States urged
# India ... Tony Blair, who visited both countries": the two sides the article names most, when two stand out
def most_named_pair(named: list[Mention]) -> list[Mention]:
    counts = Counter(m.key for m in named)
    ranked = counts.most_common(3)
    if len(ranked) < 2 or ranked[1][1] < 3 or (len(ranked) == 3 and ranked[2][1] * 2 > ranked[1][1]):
        return []
    last = {m.key: m for m in named}
    return sorted((last[key] for key, _ in ranked[:2]), key=lambda m: m.start)


# the rules of acts two sides do together or between them: "X and Y agreed", "talks between X and Y"
MUTUAL_RULES = {"clause:reciprocal", "clause:mutual", "nominal:between"}


# "The United States has urged both sides to show restraint ... Tony Blair, who visited both countries": the two sides
# a third party just appealed to together (not the appealer)
def addressed_pair(ctx: Context, kinds: set[str]) -> list[Mention]:
    events = ctx.recent_events
    for index in range(len(events) - 1, 0, -1):
        last, before = events[index], events[index - 1]
        if classify(last.relation) not in ("appeal", "demand") or last.relation != before.relation:
            continue
        if last.subject.key == before.subject.key and last.object.key != before.object.key:
            pair = [before.object, last.object]
            if all(m.type in kinds and m.key != last.subject.key for m in pair):
                return pair
    return []


# "Israeli jets bombed Gaza ... [ten sentences] ... called on all sides to stabilise the situation": the two
# parties the article reports in conflict most often, when one pair stands out
def main_conflict(ctx: Context, kinds: set[str], classes: frozenset[str] = CONFLICT_CLASSES) -> list[Mention]:
    pairs: Counter[tuple[str, str]] = Counter()
    parties: dict[str, Mention] = {}
    for event in (e for e in ctx.earlier_events if classify(e.relation) in classes):
        one, other = (ctx.actors.affiliated_side(m) for m in (event.subject, event.object))  # Sharon: Israel
        if {one.type, other.type} <= kinds and one.key != other.key:
            pairs[(min(one.key, other.key), max(one.key, other.key))] += 1
            parties.update({one.key: one, other.key: other})
    ranked = pairs.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) == 2 and ranked[1][1] == ranked[0][1]):
        return []
    return [parties[key] for key in ranked[0][0]]


# "Sri Lanka has offered to lift the ban on the Tamil Tigers. The rebels have declared a month-long ceasefire": a truce
# one side declares is with the side it faces in the article (its main conflict, else the last side it dealt with)
def truce_counterparts(noun: Token, subjects: list[Mention], ctx: Context) -> list[Mention]:
    if noun.lemma_.lower() not in TRUCE_NOUNS or len(subjects) != 1:
        return []
    return faced_sides(subjects[0], ctx)


# the side one faces in the article: the other side of its main conflict, else the last side it dealt with (in
# conflict, when hostile)
def faced_sides(subject: Mention, ctx: Context, hostile: bool = False) -> list[Mention]:
    doer = ctx.actors.affiliated_side(subject)
    sides = {ctx.actors.affiliated_side(m).key: m for m in main_conflict(ctx, SIDE_TYPES)}
    if len(sides) == 2 and doer.key in sides:
        return [m for key, m in sides.items() if key != doer.key]
    for event in reversed(ctx.earlier_events):
        if hostile and (classify(event.relation) not in CONFLICT_CLASSES or event.negated):
            continue
        if hostile and event.subject.type == "person" and classify(event.relation) in WORDED_CLASSES:
            continue  # "the US envoy threatened to quit if the two sides failed to agree": a mediator's words
        one, other = (ctx.actors.affiliated_side(m) for m in (event.subject, event.object))
        if doer.key in (one.key, other.key) and one.key != other.key:
            faced = other if one.key == doer.key else one
            return [faced] if faced.type in SIDE_TYPES else []
    return []


# "raids will be launched against the two groups", "both organisations": the last two armed groups or
# organisations named before
def both_groups(token: Token, ctx: Context) -> list[Mention]:
    if token.lemma_.lower() not in GROUP_WORDS or token.tag_ != "NNS":
        return []
    if not any(c.lower_ in ("both", "two") for c in token.children if c.dep_ in ("det", "nummod", "predet")):
        return []
    return recent_pair(token, ctx, {"armed_group", "organisation"})


# "US and Afghan forces", "British, German and Australian officers": one noun of coordinated countries
def coordinated_owners(token: Token, ctx: Context) -> list[Mention]:
    if token.pos_ != "NOUN" or any(c.dep_ == "conj" and names_own_owner(c, ctx) for c in token.children):
        return []  # (but "U.S. and British warplanes and cruise missiles": the missiles name no other owner)
    modifiers = [c for c in token.children if c.dep_ in ("amod", "nmod", "compound")]
    slashed = [g for c in modifiers if any(p.text == "/" for p in c.children) for g in c.children if g.dep_ == "nmod"]
    items = sorted({t.i: t for c in modifiers + slashed for t in (c, *c.conjuncts)}.values(), key=lambda t: t.i)
    kinds = {"country", "organisation", "armed_group"}  # "U.S. and Iranian forces", "ASIO and Federal Police officers"
    found = [m for t in items if (m := ctx.actors.mention_at(t)) is not None and m.type in kinds]
    # "ASIO and Federal Police officers", "an ASIO/AFP team": the parser joins the names by a bare "and" or a slash
    joined = any(c.conjuncts or any(g.dep_ == "cc" or g.text == "/" for g in c.children) for c in modifiers)
    if len(found) < 2 or not joined:
        return []
    head = actor_of(token, ctx)
    return list({m.key: m for m in found}.values()) if head is not None and head.key in {m.key for m in found} else []


# a noun joined to another that names an actor, or an owner of its own: "U.S. forces and Iraqi militias"
def names_own_owner(noun: Token, ctx: Context) -> bool:
    return ctx.actors.mention_at(noun) is not None or any(
        ctx.actors.mention_at(c) is not None for c in noun.subtree if c.i != noun.i
    )


# "the U.S., South Korean and Japanese national security advisers", which the parser reads as the advisers in
# apposition to "the U.S.": a list of owners, a name first, of one noun
def owner_list_apposition(token: Token, ctx: Context) -> list[Mention]:
    first = ctx.actors.mention_at(token)
    if first is None or first.type != "country" or token.pos_ != "PROPN":
        return []
    for noun in (c for c in token.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.tag_ == "NNS"):
        others = coordinated_owners(noun, ctx)
        if others and token.i + 1 < noun.left_edge.i and token.nbor().text == ",":
            return list({m.key: m for m in [first, *others]}.values())
    return []


# "North and South Korea exchanged fire": the parser hangs the first of two names sharing a word on the second
def elliptic_pair(token: Token, ctx: Context) -> list[Mention]:
    head = ctx.actors.mention_at(token)
    if head is None or token.pos_ != "PROPN":
        return []
    for child in (c for c in token.children if c.dep_ in ("nmod", "compound") and c.conjuncts):
        first = ctx.actors.mention_at(child)
        if first is not None and first.key != head.key and first.type == head.type:
            return [first, head]
    return []


# "Troops led by General Juan Jose Zuniga stormed the presidential palace": armed men that a person named leads, and
# nothing else names, are that person's
def band_leader(token: Token, ctx: Context) -> Mention | None:
    if token.lemma_.lower() not in WARLORD_MEN | ARMED_MEMBER_NOUNS | {"soldier"}:
        return None
    leaders = [
        m
        for acl in token.children
        if acl.dep_ == "acl" and acl.lemma_.lower() == "lead" and acl.tag_ == "VBN"
        for agent in acl.children
        if agent.dep_ == "agent"
        for pobj in agent.children
        if pobj.dep_ == "pobj" and (m := ctx.actors.mention_at(pobj)) is not None and m.type == "person"
    ]
    return leaders[0] if len(leaders) == 1 else None


def actor_of(token: Token, ctx: Context, exclude: Mention | None = None) -> Mention | None:
    """The actor one noun phrase head names: an entity, a sector, a title, or a pronoun."""
    if ctx.is_ignored(token):
        return None
    if is_pronoun(token):
        return pronoun_actor(token, ctx, exclude)
    # "Iranian general, Qasem Soleimani": a title noun with a named person in apposition
    titled = token.pos_ == "NOUN" or (token.pos_ == "PROPN" and ctx.actors.is_sector_noun(token))
    for child in token.children:
        if child.dep_ == "appos" and titled:  # also "The Israeli Cabinet Minister, Ephraim Sneh"
            inner = ctx.actors.mention_at(child)
            if inner is not None and inner.type == "person":
                return inner
    named = titled_by_of_apposition(token, ctx)
    if named is not None:
        return named
    interim = interim_government(token, ctx)
    if interim is not None:
        return interim
    mention = ctx.actors.mention_at(token)
    if mention is not None:
        return mention
    leader = band_leader(token, ctx)
    if leader is not None:
        return leader
    anchor = appositive_anchor(token, ctx)
    if anchor is not None:
        return anchor
    # "our ally, the Philippines", "its neighbour, Iraq": a common noun with a named actor in apposition;
    # "a Republican, Mark Amodei": a capitalised word that names no actor, with a named one in apposition
    for child in token.children:
        if child.dep_ == "appos" and token.pos_ in ("NOUN", "NUM", "PROPN") and child.pos_ == "PROPN":
            if any(g.dep_ == "nsubj" for g in child.children):
                continue  # "a key suspect in the Bali bombings, which killed 180 people, many of them Australians"
            inner = ctx.actors.mention_at(child)
            if inner is not None:
                return inner
    # "the Hamas-led government" is the leader's; "joined the British-led force in Kabul" is a body of its own,
    # neither its leader's nor the place's
    if token.lemma_.lower() in LED_BODY_NOUNS and (leader := led_by_prefix(token, ctx)):
        return leader[0] if token.lemma_.lower() in LED_GOVERNMENTS else None
    # "Western countries", "Western powers": the states of a bloc are the bloc
    if token.tag_ == "NNS" and token.lemma_.lower() in BLOC_MEMBER_NOUNS:
        for child in (c for c in token.children if c.dep_ == "amod"):
            inner = ctx.actors.mention_at(child)
            if inner is not None and inner.key in BLOC_KEYS:  # also "European nations", "African leaders"
                return inner
    spoken_for = speaker_for(token, ctx)
    if spoken_for is not None:  # "A spokesman for British Prime Minister Rishi Sunak said ...": Sunak's side speaks
        return spoken_for
    # "its allies in Israel", "the navies of China", "allies such as Germany"
    members = group_members(token, ctx, exclude)
    if members:
        return members[0]
    own = own_department(token, ctx)
    if own is not None:
        return own
    described = definite_description(token, ctx, exclude) or person_description(token, ctx, exclude)
    if described is not None:
        return described
    described_side = described_owner(token, ctx, exclude)
    if described_side is not None:
        return described_side
    member = member_just_named(token, ctx, exclude)
    if member is not None:
        return member
    protagonist = unnamed_protagonist(token, ctx)
    if protagonist is not None:
        return protagonist
    earlier = earlier_owned(token, ctx, exclude)
    if earlier is not None:
        return earlier
    # "the American people", "the Afghan public": a nation by its people; "their Afghan allies" (but "US
    # allies" are the allies of the US)
    partners = token.lemma_.lower() in ("ally", "partner")
    if token.lemma_.lower() in PEOPLE_NOUNS or partners:
        for child in (c for c in token.children if c.dep_ in (("amod",) if partners else ("amod", "compound"))):
            inner = ctx.actors.mention_at(child)
            if inner is not None and inner.type == "country":
                return inner
        # "the people of Ukraine" (not "the allies of the United States")
        of_pobjs = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
        for pobj in of_pobjs if not partners else []:
            inner = ctx.actors.mention_at(pobj)
            if inner is not None and inner.type == "country":
                return inner
    # "groups fighting Indian rule", "the uprising against Israeli occupation": a power's rule stands for the power
    if is_resisted_dominion(token):
        for child in (c for c in token.children if c.dep_ in ("amod", "compound", "poss")):
            inner = ctx.actors.mention_at(child)
            if inner is not None and inner.type in ("country", "armed_group", "organisation"):
                return inner
    # "the Atlantic Council think tank", "ISIS militants", "EU member states": a common noun behind an
    # organisation's name
    retired = any(c.dep_ == "amod" and c.lower_ in FORMER_WORDS for c in token.children)  # "the retired general"
    if token.pos_ == "NOUN" and token.lemma_.lower() not in INDIVIDUAL_NOUNS and not retired:  # not "an Adelaide man"
        compounds = [c for c in token.children if c.dep_ == "compound"]
        compounds += [g for c in compounds if c.lower_ == "member" for g in c.children if g.dep_ == "compound"]
        for child in compounds:
            inner = ctx.actors.mention_at(child)
            if inner is not None and inner.type in ("organisation", "media", "armed_group"):
                return inner
    # "Hamas's fighters", "The Northern Alliance says its fighters clashed with Taliban troops": a group's rank and file
    # act as the group
    if token.tag_ == "NNS" and token.lemma_.lower() in RANK_AND_FILE_NOUNS:
        for child in (c for c in token.children if c.dep_ == "poss"):
            inner = pronoun_actor(child, ctx, exclude) if child.pos_ == "PRON" else ctx.actors.mention_at(child)
            if inner is not None and inner.type in ("organisation", "armed_group"):
                return inner
    organ = organ_owner(token, ctx, exclude)
    if organ is not None:
        return organ
    # "our envoy", "their forces": a sector or title noun owned by a pronoun; "Putin and his government":
    # a person's government is the person's country
    for child in token.children:
        if child.dep_ == "poss" and child.pos_ == "PRON" and ctx.actors.is_sector_noun(token):
            if token.lemma_.lower() in OTHER_SIDE_NOUNS:
                return None  # "Putin urged his counterpart": another, not Putin
            owner = pronoun_actor(child, ctx, exclude)
            if owner is not None and owner.type == "person" and token.lemma_.lower() in STATE_BODIES:
                subject = clause_subject_of(token, ctx) if token.dep_ not in ("nsubj", "nsubjpass") else None
                if subject is not None and subject.key == owner.key:
                    return None  # "Sharon ordered his army": his own, no other party (not "said his forces ...")
                side = ctx.actors.affiliated_side(owner)
                return side if side.type in ("country", "armed_group") else warlords_men(token, owner, side)
            return owner
    # "Ahmed Yassin ... His supporters fought running battles with the police": a leader's men are the group he leads
    if token.lemma_.lower() in FOLLOWER_NOUNS and token.tag_ == "NNS":
        for child in (c for c in token.children if c.dep_ == "poss" and c.lower_ in ("his", "her")):
            owner = pronoun_actor(child, ctx, exclude)
            side = ctx.actors.affiliated_side(owner) if owner is not None and owner.type == "person" else None
            if side is not None and side.type in ("armed_group", "organisation"):
                return side
            return warlords_men(token, owner, side) if owner is not None and side is not None else None
    # "Kim said his country would never give up its weapons": the country of the one the pronoun names
    if token.lemma_.lower() in HOMELAND_NOUNS:
        for child in (c for c in token.children if c.dep_ == "poss" and c.pos_ == "PRON"):
            # "The Saudi foreign minister said his country would ...": the country of the office that reports it
            owner = pronoun_actor(child, ctx, exclude) or reporter_of(token, ctx, {"country"})
            side = ctx.actors.affiliated_side(owner) if owner is not None else None
            return side if side is not None and side.type == "country" else None
    # "Britain's foreign secretary", "the Saudi king", "Chinese state media": an unnamed office of a country
    if token.pos_ == "NOUN" and (ctx.actors.is_sector_noun(token) or token.lemma_.lower() in STATE_NOUNS):
        for child in (c for c in token.children if c.dep_ in ("poss", "amod", "compound")):
            inner = ctx.actors.mention_at(child)
            if inner is not None and inner.type == "country":
                return inner
    band = armed_band_named_before(token, ctx, exclude)
    if band is not None:
        return band
    # "shot dead eight suspected militants", "protesters' demands": a group nothing else names
    if token.pos_ == "NOUN":
        bare = ctx.actors.bare_group(token)
        return (described_subject(token, ctx) or bare) if bare is not None else None
    return None


# "Hamas's armed wing fired rockets", "The bloc's commission urged the three states": a part or an organ of a group or
# a body, owned by it, acts as it
def organ_owner(token: Token, ctx: Context, exclude: Mention | None) -> Mention | None:
    if token.pos_ != "NOUN" or token.tag_ != "NN" or token.lemma_.lower() not in GROUP_ORGAN_NOUNS:
        return None
    for child in (c for c in token.children if c.dep_ in ("poss", "compound")):
        owner = actor_of(child, ctx, exclude)
        if owner is not None and owner.type in ("organisation", "armed_group"):
            return owner
    return None


# "The Kremlin says the rebels are terrorists linked to Osama bin Laden": a group noun said of a group is that group
def described_subject(token: Token, ctx: Context) -> Mention | None:
    if token.dep_ != "attr" or token.head.lemma_ != "be":
        return None
    for subject in (c for c in token.head.children if c.dep_ == "nsubj"):
        mention = actor_of(subject, ctx)
        if mention is not None and mention.type in ("armed_group", "group", "organisation"):
            return mention
    return None


# "Sri Lanka will lift the ban on the Tamil Tigers, paving the way for peace talks with the insurgents": "the
# rebels", "the insurgents", bare and definite, are the armed group named shortly before
def armed_band_named_before(token: Token, ctx: Context, exclude: Mention | None) -> Mention | None:
    lemma = capitalised_plural(token)  # also "the Islamists", tagged a proper plural
    if token.tag_ not in ("NNS", "NNPS") or lemma not in BAND_BACK_NOUNS:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    # (not "talks with the insurgents scheduled for later that month", the parser hanging the talks' date on them)
    described = [c for c in token.children if not (c.dep_ == "acl" and c.lemma_.lower() in SCHEDULING_VERBS)]
    if any(c.dep_ in ("amod", "compound", "poss", "nmod", "prep", "relcl", "acl") for c in described):
        return None
    after = token.nbor() if token.i + 1 < len(token.doc) else None
    if after is not None and after.dep_ == "prep" and after.head.i != token.i:
        return None  # "bombed the rebels in Chechnya", the place hung on the verb: rebels described on the spot
    found = recent(token, ctx, {"armed_group"}, exclude)
    return found if found is not None and token.idx - found.start < BAND_BACK_WINDOW else None


# "We, the Governments of France, Germany, the United Kingdom, and the United States, welcome ...":
# the parties a joint statement speaks for
def collective_speakers(sents: list[Span], actors: ArticleActors) -> tuple[Mention, ...]:
    for sent in sents:
        issuers = [o for v in sent if v.lemma_ in ISSUING_VERBS and is_statement_issued(v) for o in agents(v)]
        for head in [*(c for t in sent if t.lower_ == "we" for c in t.children if c.dep_ == "appos"), *issuers]:
            ctx = Context(sent, actors)
            named = group_members(head, ctx) or actors_of(head, ctx)  # "the G7 foreign ministers of Canada, ..."
            found = [m for m in named if m.type in ("country", "organisation")]
            if len(found) >= 2:
                return tuple(found)
    # "The Governments of the United States, Canada and France condemn ... We welcome ...": a statement whose first
    # sentence several states say, and whose later sentences say "we"
    # (not "Australia and the UN clashed ... '... we respond,' he said")
    if not any(t.lower_ == "we" and t.dep_ == "nsubj" and not is_quoted(t) for s in sents[1:] for t in s):
        return ()
    for sent in sents[:2]:
        subjects = [c for c in sent.root.children if c.dep_ == "nsubj"]
        named = [m for c in subjects for m in actors_of(c, Context(sent, actors))]
        found = [m for m in named if m.type in ("country", "organisation")]
        if len(found) >= 2:
            return tuple(found)
    return ()


# "The text of the following statement was released by the G7 foreign ministers of Canada, France, ...":
# who issues a joint statement is who its "we" are
ISSUING_VERBS = {"release", "issue", "publish"}


def is_statement_issued(verb: Token) -> bool:
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    nouns = [subject, *(o for p in subject.children if p.lower_ == "of" for o in p.children)] if subject else []
    return any(n.lemma_.lower() in ("statement", "text", "declaration", "communique") for n in nouns)


def agents(verb: Token) -> list[Token]:
    """The nouns after a passive's 'by'."""
    return [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]


# "a spokesman for Prime Minister Rishi Sunak", "a spokeswoman for the Kremlin": one who speaks for a side is it, as
# "Sunak's spokesman" is
def speaker_for(token: Token, ctx: Context) -> Mention | None:
    if token.lemma_.lower() not in SPOKESMAN_NOUNS:
        return None
    spoken = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children]
    found = [m for o in spoken if (m := actor_of(o, ctx)) is not None]
    return ctx.actors.affiliated_side(found[0]) if len(found) == 1 else None


# "Washington and Tehran pursue indirect talks. Omani officials carried proposals between the two delegations":
# the delegations are those of the last two sides reported talking
def negotiating_pair(token: Token, ctx: Context, kinds: set[str]) -> list[Mention]:
    carrier = clause_subject_of(token, ctx)  # "Turkish diplomats shuttled messages between ...": not Turkey's talks
    go_between = ctx.actors.affiliated_side(carrier).key if carrier is not None else None
    return last_event_pair(
        ctx.earlier_events,
        ctx,
        kinds,
        lambda e, p: classify(e.relation) == "communicate" and not e.negated and go_between not in (p[0].key, p[1].key),
    )


# the two sides of the last event a test accepts, a leader standing for his side ("Sharon": Israel), of the kinds
# given (any kind when none)
def last_event_pair(
    events: list[Candidate],
    ctx: Context,
    kinds: set[str] | None,
    wanted: Callable[[Candidate, list[Mention]], bool] | None = None,
) -> list[Mention]:
    for event in reversed(events):
        pair = [ctx.actors.affiliated_side(m) for m in (event.subject, event.object)]
        if pair[0].key != pair[1].key and (kinds is None or all(m.type in kinds for m in pair)):
            if wanted is None or wanted(event, pair):
                return pair
    return []


# "Blinken met Philippine Foreign Secretary Enrique Manalo ... criticized actions by China. The two sides pledged to
# deepen cooperation": the sides of a clause of cooperation or talk are the last two who talked or cooperated, not the
# last two in conflict
def talking_pair(token: Token, ctx: Context, kinds: set[str]) -> list[Mention]:
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or token.dep_ != "nsubj":
        return []
    friendly = ("cooperate", "communicate")
    if not any(classify(t.lemma_.lower()) in friendly for t in verb.subtree if t.i > token.i):
        return []
    if any(classify(e.relation) in ("attack", "fight") for e in [*ctx.earlier_events, *ctx.recent_events]):
        return []  # "... the two sides failed to agree on a truce": the sides at war in the article
    if any(t.lemma_.lower() in TRUCE_NOUNS for t in verb.subtree):
        return []  # a truce is made by the sides at war, not by the mediator who met them
    talked = [e for e in ctx.recent_events if classify(e.relation) in friendly and not e.negated]
    return last_event_pair(talked, ctx, kinds)


# "the bloc's leaders", "the country's foreign minister", "the group's spokesman": the office holders of a side
# named by a description stand for it
def described_owner(token: Token, ctx: Context, exclude: Mention | None) -> Mention | None:
    if not (ctx.actors.is_sector_noun(token) or token.lemma_.lower() in OFFICE_GROUPS):
        return None
    for owner in (c for c in token.children if c.dep_ == "poss" and c.pos_ == "NOUN"):
        side = definite_description(owner, ctx, exclude)
        if side is not None and side.type in ("country", "organisation", "armed_group"):
            return side
    return None


# "several foreign ministers denounced ...", "an assembly of the leaders": office holders the article
# lists by name close by
def named_group(token: Token, ctx: Context) -> list[Mention]:
    lemma = token.lemma_.lower()
    if lemma in GATHERING_NOUNS:
        for pobj in (o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children):
            # "a meeting of Israeli and Palestinian security officials"
            return named_group(pobj, ctx) or coordinated_owners(pobj, ctx)
        return []
    if token.tag_ != "NNS" or lemma not in OFFICE_GROUPS or token.dep_ == "compound":
        return []
    if any(p.dep_ == "prep" and p.lower_ in ("from", "of") for p in token.children):
        return []  # "ministers from the EU member states": the members say whose they are
    if any(c.dep_ in ("poss", "compound", "nmod", "amod") and ctx.actors.mention_at(c) for c in token.children):
        return []  # "Iranian officials", "EU ministers": the country or body itself
    if any(c.dep_ == "amod" and c.text[:1].isupper() and not c.is_sent_start for c in token.children):
        return []  # "talks brokered by Caribbean leaders": leaders of a place kg does not name, not those named
    again = same_noun_parties(token, ctx)
    if again:
        return again
    sents = list(ctx.sent.doc.sents)
    here = next(i for i, s in enumerate(sents) if s.start == ctx.sent.start)
    for index in sorted(range(max(0, here - 2), min(len(sents), here + 3)), key=lambda i: abs(i - here)):
        people = named_list(sents[index], ctx)
        if len(people) >= 2:
            return people
    return []


# "hosted the foreign ministers of both countries in Luanda ... The ministers agreed to a ceasefire": a bare plural
# office noun names again the parties of the last phrase of that noun before its sentence, when that named several
def same_noun_parties(token: Token, ctx: Context) -> list[Mention]:
    doc = ctx.sent.doc
    for earlier in reversed(doc[max(0, ctx.sent.start - EARLIER_WINDOW) : ctx.sent.start]):
        if earlier.lemma_.lower() == token.lemma_.lower() and earlier.tag_ == "NNS":
            found = group_members(earlier, ctx) or both_sides(earlier, ctx) or coordinated_owners(earlier, ctx)
            return found if len(found) >= 2 else []
    return []


def named_list(sent: Span, ctx: Context) -> list[Mention]:
    """The longest coordinated or appositive list of named people in a sentence."""
    best: list[Mention] = []
    for token in sent:
        if token.pos_ != "PROPN" or token.dep_ in ("conj", "appos", "compound"):
            continue
        people: list[Mention] = []
        for item in (token, *token.conjuncts):
            for other in (item, *listed_people(item, ctx)):
                mention = ctx.actors.mention_at(other) if other is item else other
                if isinstance(mention, Mention) and mention.type == "person":
                    if all(m.key != mention.key for m in people):
                        people.append(mention)
        if len(people) > len(best):
            best = people
    return best


# "his Greek and French counterparts, Nikos Dendias and Jean-Yves Le Drian": people in apposition
def listed_people(token: Token, ctx: Context) -> list[Mention]:
    if token.pos_ not in ("NOUN", "PROPN"):
        return []
    found: list[Mention] = []
    for appos in (c for c in token.children if c.dep_ == "appos"):
        if token.pos_ == "PROPN" and not appos.conjuncts:
            continue  # "Merkel, the chancellor": one person named twice, not a list
        for item in (appos, *appos.conjuncts):
            mention = ctx.actors.mention_at(item)
            if mention is not None and mention.type == "person" and all(m.key != mention.key for m in found):
                found.append(mention)
    return found


MODIFIER_DEPS = ("poss", "compound", "amod", "nmod")


def is_resisted_dominion(token: Token) -> bool:
    """'fighting Indian rule', 'the uprising against Israeli occupation' (not 'to end the occupation')."""
    if token.lemma_.lower() not in DOMINION_NOUNS:
        return False
    if token.dep_ == "pobj":
        return token.head.lower_ == "against"
    return token.dep_ == "dobj" and classify(token.head.lemma_.lower()) in RESISTING_CLASSES


# "Karzai, a tribal leader currently fighting the Taliban", "the MJC, an alliance of 18 groups fighting Indian
# rule": a common noun in apposition to a named actor, or the members of such a union, are that actor
def appositive_anchor(token: Token, ctx: Context) -> Mention | None:
    noun = token
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in UNION_NOUNS:
        noun = token.head.head
    if noun.pos_ != "NOUN" or noun.dep_ != "appos" or is_pronoun(noun.head):
        return None
    anchor = ctx.actors.mention_at(noun.head)
    comma = noun.left_edge.i - 1
    if anchor is None and comma > 0 and noun.doc[comma].text == ",":
        anchor = ctx.actors.mention_at(noun.doc[comma - 1])  # "The appointment of Karzai, a tribal leader"
    return anchor


# "anti-Israeli attacks", "anti-American protests": a hostile act against the actor "anti-" names
def opposed_actor(noun: Token, ctx: Context) -> Mention | None:
    if noun.pos_ != "NOUN" or classify(noun.lemma_.lower()) not in OPPOSING_CLASSES:
        return None
    return ctx.actors.opposed_in(noun)


def modifier_actors(noun: Token, ctx: Context, deps: tuple[str, ...] = MODIFIER_DEPS) -> list[Mention]:
    """The actors a noun's possessor or modifiers name: 'U.S. overtures', 'Iran's oil', 'Cuban airports'.
    A common-noun compound ('oil field') is never an owner."""
    children = sorted(noun.children, key=lambda c: c.dep_ != "poss")  # the possessor first: "Grundberg's efforts"
    against = ctx.actors.opposed_in(noun)  # "the anti-Taliban alliance": the Taliban is what it is against
    opposed = against.key if against is not None else None
    for child in children:
        # a common-noun compound owns only as a state organ: "KPA civil police posts", not "oil field"
        common = child.dep_ == "compound" and child.pos_ != "PROPN" and not ctx.actors.is_sector_noun(child)
        if child.dep_ in deps and not (common and "amod" not in deps):
            mentions = [m for m in actors_of(child, ctx) if m.key != opposed]
            if mentions:
                return mentions
    return []


def is_pronoun(token: Token) -> bool:
    """A personal pronoun; 'US' in capitals is the country, not 'us'."""
    if token.text in ("US", "U.S"):
        return False
    return token.pos_ == "PRON" or token.lower_ in FIRST_PERSON_PLURAL | FIRST_PERSON_SINGULAR


# "its allies in Israel", "the navies of China, India and Oman", "allies such as Germany"
def group_members(token: Token, ctx: Context, exclude: Mention | None = None) -> list[Mention]:
    if token.lemma_.lower() not in GROUP_NOUNS and capitalised_plural(token) not in GROUP_NOUNS:
        return []
    kinds = ("in", "of", "from", "as", "including", "like", "within")  # "operatives within the Saudi government"
    if token.lemma_.lower() in TIED_NOUNS:
        kinds = ("in", "as", "including", "like")  # "the allies of the United States" are not the United States
    warring = any(c.lower_ in WARRING_WORDS for c in token.children)
    if token.lemma_.lower() in ("party", "faction") and not warring:
        # "Islamist parties in Pakistan" are not Pakistan; "the warring parties in Sudan" are its sides
        kinds = ("of", "from", "as", "including", "like")
    named_band = any(  # "Al Qaeda fighters in eastern Afghanistan": members of the band named before the noun
        c.dep_ in ("compound", "amod", "nmod") and (m := ctx.actors.mention_at(c)) is not None
        and m.type in ("organisation", "armed_group")
        for c in token.lefts
    )
    if named_band:
        kinds = tuple(k for k in kinds if k != "in")
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in kinds]
    if token.dep_ == "dobj" and token.tag_ in ("NNS", "NNPS"):  # "arrested militants from Hamas and Islamic Jihad",
        # the parser hanging "from" on the verb (not "protect the country from Russia": one, kept from another)
        preps += [c for c in token.head.children if c.dep_ == "prep" and c.lower_ == "from" and c.i == token.i + 1]
    for prep in preps:
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            # "a team of ASIO and Federal Police officers", "the leaders of North and South Korea"
            found = coordinated_owners(pobj, ctx) or elliptic_pair(pobj, ctx)
            found = found or [m for item in conjuncts(pobj) if (m := actor_of(item, ctx, exclude)) is not None]
            found = found or both_sides(pobj, ctx)  # "Troops from the two countries exchanged fire"
            found += [m for m in listed_countries(pobj, found[0], ctx) if m not in found] if found else []  # also
            # "of Australia, Canada, New Zealand, the United Kingdom and the United States", a list parsed as apposition
            found = [m for m in found if m.type != "place"]  # "a Hamas member in Hebron" lives there
            if found:
                return part_name(token, pobj, found, ctx) or found
    return []


def capitalised_plural(token: Token) -> str:
    """'government' for 'Governments' tagged a proper plural, which the lemmatiser leaves as it is."""
    lemma = token.lemma_.lower()
    return lemma[:-1] if token.tag_ == "NNPS" and lemma.endswith("s") else lemma


# "a radical offshoot of Fatah, the Al-Aqsa Brigades": the parser hangs the name of the part on the whole
def part_name(part: Token, whole: Token, found: list[Mention], ctx: Context) -> list[Mention]:
    if part.lemma_.lower() not in PART_NOUNS:
        return []
    own = {m.key for m in found}
    named = [m for c in whole.children if c.dep_ == "appos" and (m := actor_of(c, ctx)) is not None]
    return [m for m in named if m.key not in own and m.type in ("organisation", "armed_group")]


# nouns for someone on another side than the one who owns them: "his counterpart", "their allies"
OTHER_SIDE_NOUNS = {"counterpart", "ally", "partner", "friend", "rival", "opponent", "enemy", "adversary"}
# nouns of a part of an organisation that may carry a name of its own
PART_NOUNS = {"wing", "offshoot", "arm", "branch"}


# "Israeli forces charged ... The army chased them", "the Palestinian gunmen ... the gunmen": a bare
# noun for armed men, police or militants stands for the only actor the article tied that kind to before
def earlier_owned(token: Token, ctx: Context, exclude: Mention | None) -> Mention | None:
    owners = earlier_owners(token, ctx)
    if owners is None and is_bare_men(token):
        owners = earlier_armed_bands(token, ctx)  # "the Palestinian gunmen ... the men escaped"
    if owners == [] and bare_kind(token) == "police":
        owners = article_owners(token, ctx, "police")  # "Police in Karachi say ... Pakistani police arrested"
    if owners == [] and bare_kind(token) == "military" and token.lower_ in ("army", "military"):
        owners = sole_country(ctx)  # "Nepal's Maoist rebels attacked a police post. The army launched an offensive"
        # (not a country named only as a band's adjective: "Palestinian gunmen opened fire on an army patrol")
        owners = owners if all(named_as_noun(m.key, None, ctx) for m in owners) else []
    # (not bare police: that reading was tried and dropped in session 25, when it came from Lee test4's gold lines)
    if owners == [] and bare_kind(token) == "military" and not placed_or_sent(token):
        owners = sole_country(ctx, token)  # "Nepal's Maoist rebels have killed at least 30 soldiers and police"
        subjects = {m.key for c in token.head.children if c.dep_ == "nsubj" and (m := ctx.actors.mention_at(c))}
        owners = [] if any(m.key in subjects for m in owners) else owners  # "India has massed troops": its own
        # (a country named only as an adjective of a band is the band's people: "Palestinian militants killed two
        # soldiers" are not Palestinian soldiers)
        owners = owners if all(named_as_noun(m.key, token, ctx) for m in owners) else []
    if owners is None or len(owners) != 1:
        return None  # two armies named before: "the army" could be either
    only = owners[0]
    return only if exclude is None or only.key != exclude.key else None


def named_as_noun(key: str, token: Token | None, ctx: Context) -> bool:
    """The country is named (before the token, when given) by a name ("Nepal's Maoist rebels"), not only by an
    adjective."""
    mentions = [m for m in ctx.actors.mentions() if m.key == key and (token is None or m.start < token.idx)]
    roots = [mention_root(m, ctx) for m in mentions]
    return any(r is not None and r.pos_ == "PROPN" for r in roots)


def placed_or_sent(token: Token) -> bool:
    """'officers in the Kurdish region of Iraq', 'drones launched by Russia', described on the spot; 'whose US-backed
    forces', owned or modified; 'deployed gunships', the sender's own."""
    sent = token.dep_ == "dobj" and token.head.lemma_.lower() in DISPATCH_VERBS
    described = any(c.dep_ in ("poss", "amod", "compound", "nmod", "acl", "relcl") for c in token.children)
    return sent or described or any(c.dep_ == "prep" and c.lower_ in ("in", "from", "of") for c in token.children)


def earlier_owners(token: Token, ctx: Context) -> list[Mention] | None:
    """The actors the article tied a bare noun's kind to before; None when the noun is not bare or the
    owner is unclear."""
    kind = bare_kind(token)
    noun = token.pos_ == "NOUN" or (kind == "government" and token.pos_ == "PROPN")  # "the Government"
    if kind is None or not noun or token.dep_ == "amod":
        return None  # "the international military intervention": an adjective, not the army
    if any(
        c.dep_ in ("poss", "amod", "compound", "nmod")
        and (c.pos_ in ("PROPN", "ADJ", "PRON") or c.lower_ in BAND_WORDS)
        and c.lower_ not in LEVEL_WORDS | QUANTIFIERS
        and not model_name(c, ctx)
        for c in token.children
    ):
        return None  # "the Iraqi army" names its owner, "opposition soldiers" a band; "the Federal Government" none
    if any(c.dep_ == "compound" and c.lemma_.lower() == "government" for c in token.children):
        return None  # "any government forces": the government's, not those of the last army named
    doc = ctx.sent.doc
    owners: dict[str, Mention] = {}
    for earlier in doc[max(0, token.i - EARLIER_WINDOW) : token.i]:
        if not (earlier.pos_ == "NOUN" or (kind == "government" and earlier.pos_ == "PROPN")):
            continue
        if is_foreign_rule_for_home(token, earlier, ctx):
            continue
        if bare_kind(earlier) != kind:
            continue
        if any(c.conjuncts for c in earlier.children if c.dep_ in ("amod", "compound", "nmod")):
            return None  # "U.S. and Iranian forces": whose army a later "the military" is, is unclear
        if any(c.dep_ == "appos" and (p := ctx.actors.mention_at(c)) is not None and p.type == "person"
               for c in earlier.children):
            continue  # "Norway's Foreign Minister, Thorbjorn Jagland, ...": a named minister, no government named
        mention = ctx.actors.mention_at(earlier)
        if mention is not None and mention.type != "person":
            owners[mention.key] = mention
    return list(owners.values())


# "The Iraqi regime has been given every chance ... Simon Crean has criticised the Government": an outlet with a home
# country capitalises its own Government, which no foreign regime or junta named elsewhere continues
def is_foreign_rule_for_home(token: Token, other: Token, ctx: Context) -> bool:
    home_cased = bool(ctx.actors.article.country) and token.text == "Government"
    return home_cased and other.lemma_.lower() in FOREIGN_RULE_NOUNS


def is_bare_men(token: Token) -> bool:
    """'the men', 'the two men': plural men, described by nothing but a count."""
    if token.lemma_.lower() != "man" or token.tag_ != "NNS":
        return False
    children = list(token.children)
    return any(c.dep_ == "det" and c.lower_ == "the" for c in children) and all(
        c.dep_ in ("det", "nummod") for c in children
    )


def earlier_armed_bands(token: Token, ctx: Context) -> list[Mention]:
    """The bands of armed men (militants, gunmen, rebels) the article named before."""
    doc = ctx.sent.doc
    bands: dict[str, Mention] = {}
    for earlier in doc[max(0, token.i - EARLIER_WINDOW) : token.i]:
        if earlier.pos_ == "NOUN" and earlier.lemma_.lower() in ARMED_MEMBER_NOUNS:
            mention = ctx.actors.mention_at(earlier)
            if mention is not None and mention.type == "armed_group":
                bands[mention.key] = mention
    return list(bands.values())


def model_name(modifier: Token, ctx: Context) -> bool:
    """'Apache' in 'Apache helicopters', 'Black Hawk' in 'Black Hawk helicopters': a name of a make, which
    names no actor and so no owner."""
    return modifier.pos_ == "PROPN" and modifier.dep_ == "compound" and ctx.actors.mention_at(modifier) is None


# "The Federal Government is negotiating ... The Australian Government is trying ...", "Police say ...
# Indian police arrested ...": a bare "the Government" or "police" is the one country the article ties
# that kind to, before or after
def article_owners(token: Token, ctx: Context, kind: str) -> list[Mention]:
    owners: dict[str, Mention] = {}
    for other in ctx.sent.doc:
        if other.i == token.i or bare_kind(other) != kind or is_foreign_rule_for_home(token, other, ctx):
            continue
        mention = ctx.actors.mention_at(other)
        if mention is not None and mention.type == "country":
            owners[mention.key] = mention
    return list(owners.values())


# "The Government ... the Australian Government": the one country the article ties a government to; in an article of
# an outlet with a home country, only one named before ("The Federal Government is under fire over a report which
# recommends Australia outsource IT to India ... the Indian Government removing labour laws" is the home country's)
def owners_for_government(token: Token, ctx: Context) -> list[Mention]:
    owners = article_owners(token, ctx, "government")
    if ctx.actors.article.country:
        owners = [m for m in owners if m.start < token.idx]
    return owners


# "BOGOTA, Feb 21 (AFP) - Colombian President Andres Pastrana ... the government had ceded to the FARC ... talks with
# the government in Havana": in a wire story, a government no country owns is that of its dateline's country, when the
# story names that country (not Switzerland's in a story datelined Geneva that never names it)
def dateline_government(ctx: Context) -> list[Mention]:
    place = dateline_place(ctx.actors.article.text)
    entry = city_country(place) if place else None
    return country_mentions({entry.key}, ctx)[:1] if entry else []


# "The Federal Government has called on Labor ... security at Australia's airports": a government no
# country owns, in an article that names one country only, is that country's
def sole_country(ctx: Context, before: Token | None = None) -> list[Mention]:
    """The one country the article names (before a token, when given), not as a destination."""
    countries = {
        m.key: m
        for m in ctx.actors.mentions()
        if m.type == "country" and (not is_destination(m, ctx) or is_home_of_group(m, ctx))
        and (before is None or m.start < before.idx)
    }
    return list(countries.values()) if len(countries) == 1 else []


def sole_country_before(token: Token, ctx: Context) -> list[Mention]:
    """The article's one country, which an outlet with a home country must have named before: "Kevin Rudd says the
    Government has damaged relations with Jakarta" (the home government, not Indonesia's); "Nepal's Maoist rebels ...
    pulled out of peace talks with the Government" (Nepal's, though India is named after)."""
    return sole_country(ctx, token) if ctx.actors.article.country else sole_country(ctx)


def is_home_of_group(mention: Mention, ctx: Context) -> bool:
    """'Maoist rebels in Nepal': a country named where a group is, which is where the story is (not 'arrived in')."""
    root = mention_root(mention, ctx)
    return root is not None and root.dep_ == "pobj" and root.head.lower_ == "in" and root.head.head.pos_ == "NOUN" and (
        root.head.head.lemma_.lower() in NONSTATE_GROUPS
    )


# "Prime Minister John Howard says ... Chris Evans says the Government must explain": a government no country owns,
# where the article names several, is that of the one country whose office holders it names
def office_country(ctx: Context) -> list[Mention]:
    people = [m for m in ctx.actors.mentions() if m.type == "person"]
    # (not the offices held abroad: "Norwegian peace envoy Erik Solheim" speaks for no government at issue)
    held = {key for m in people for key in office_countries(m, ctx, TITLE_WORDS - ABROAD_TITLES)}
    home = ctx.actors.article.country
    named_home = home is not None and home not in held and bool(country_mentions({home}, ctx))
    if len(held) > 1 or named_home:  # "Argentina's new President, Eduardo Duhalde ... The US Treasury Secretary,
        # Paul O'Neill": the government of the one country whose head the article names (in an Australian story that
        # names Australia, not that of Norway's Foreign Minister)
        held = {key for m in people for key in office_countries(m, ctx, HEAD_OF_STATE_TITLES)}
    return country_mentions(held, ctx) if len(held) == 1 else []


def office_countries(mention: Mention, ctx: Context, titles: set[str] = TITLE_WORDS) -> set[str]:
    """The countries whose offices (of the given title words) a person holds ('Israeli Prime Minister Ariel
    Sharon'): an office, not a nationality ('Australian woman Denise Almao')."""
    registry = ctx.actors.registry
    state = registry.get(mention.key) if mention.type == "person" else None
    if state is None:
        return set()
    return {
        org
        for org, role in state.affiliations.items()
        if role is not None
        and any(word in titles for word in role.lower().split())
        and (side := registry.get(org)) is not None
        and side.type == "country"
    }


def country_mentions(keys: set[str], ctx: Context) -> list[Mention]:
    """A mention of each of these countries that the article names."""
    countries = {m.key: m for m in ctx.actors.mentions() if m.type == "country"}
    return [countries[key] for key in keys if key in countries]


# "Separatist rebels in Aceh have rejected the Government's offer of special autonomy": an article of a national outlet
# that names places of one other country only, and none of its own, is about that country's government
def places_abroad(home: str, ctx: Context) -> list[Mention] | None:
    states = {
        entry.key: m
        for m in ctx.actors.mentions()
        if m.type == "place" and (entry := city_country(m.name)) is not None and is_named_place(m, ctx)
    }
    if len(states) != 1 or home in states:
        return None
    (key, place), = states.items()
    entry = entry_by_key(key)
    if entry is None:
        return None
    key = ctx.actors.registry.register_entry(entry)
    return [Mention(key, entry.name, "country", place.start, place.end, place.text, "government")]


def is_named_place(mention: Mention, ctx: Context) -> bool:
    """'in Aceh', 'from Jakarta': a place named as one, the object of a preposition (not 'the Tampa crisis')."""
    root = mention_root(mention, ctx)
    return root is not None and root.dep_ == "pobj"


# "The Federal Government has ruled out further assistance" in an article of a national outlet that names no
# country it could be: the government of the outlet's home country (kg build --country, or a Country: header)
def home_government(token: Token, ctx: Context) -> list[Mention]:
    entry = entry_by_key(ctx.actors.article.country) if ctx.actors.article.country else None
    if entry is None:
        return []
    held = {key for m in ctx.actors.mentions() if m.type == "person" for key in office_countries(m, ctx)}
    if held and entry.key not in held:
        return []  # "Argentina's new President Eduardo Duhalde ... urged the Government to make tough decisions"
    abroad = places_abroad(entry.key, ctx)
    if abroad is not None:
        return abroad  # "Separatist rebels in Aceh have rejected the Government's offer": Indonesia's
    key = ctx.actors.registry.register_entry(entry)
    return [Mention(key, entry.name, "country", token.idx, token.idx + len(token), token.text, "government")]


# "the cost of sending troops to Afghanistan ... The Government": a country named only as where things happen or
# go is not the one whose government the article means
def is_destination(mention: Mention, ctx: Context) -> bool:
    return is_location_mention(mention, ctx, LOCATION_PREPS | {"to", "into", "from"})


def bare_kind(token: Token) -> str | None:
    """The kind a bare noun names: its sector for the resolver's armed, police and intelligence nouns ('army',
    'troops', 'tanks', 'police', 'security services'), or the noun itself for a group outside the state
    ('militants', 'gunmen', 'protesters')."""
    sector = SECTOR_NOUNS.get(token.lower_)
    if sector in ("military", "police", "intelligence"):  # also "Security services have arrested 100 militants"
        return sector
    if sector in ("government", "officials") and token.lemma_.lower() in GOVERNING_NOUNS:
        return "government"  # "Australian officials ... the Government"
    lemma = token.lemma_.lower()
    if lemma in MISSION_NOUNS:
        return lemma  # "UN weapons inspectors have arrived in Baghdad ... Iraq will cooperate with the inspectors"
    return lemma if lemma in NONSTATE_GROUPS and lemma not in GENERIC_GROUPS | COLLECTIVE_GROUPS else None


# a body's people sent on a mission, whom a bare "the inspectors" names again
MISSION_NOUNS = {"inspector", "monitor"}


# "the Department is designating ...", "the Ministry": in a press statement, the issuing government's own
def own_department(token: Token, ctx: Context) -> Mention | None:
    if token.lower_ not in ("department", "ministry") or ctx.author is None:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) or len(list(token.children)) > 1:
        return None
    voices = statement_voices(ctx)
    return voices[0] if len(voices) == 1 else None


# "the airline", "the group", "the country": a definite description of an actor named before
def definite_description(token: Token, ctx: Context, exclude: Mention | None) -> Mention | None:
    bare = len([c for c in token.children if c.dep_ != "case"]) == 1  # also "the court's jurisdiction"
    if token.lemma_.lower() == "capital" and token.tag_ == "NN" and bare:
        return capital_named_before(token, ctx, exclude)
    if token.lemma_.lower() in NAME_HEAD_NOUNS and token.tag_ == "NN" and bare:
        the = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        return named_with(token, ctx, exclude) if the else None  # "the Arab League ... The league suspended Syria"
    types = DESCRIPTIONS.get(token.lemma_.lower())
    if types is None or token.tag_ not in ("NN", "NNP"):
        return None
    # (also "Federal Government claims": a capitalised government with no article, as a modifier takes none; not at
    # the start of a sentence, where every word is capitalised)
    named = token.text[:1].isupper() and token.lemma_.lower() in CABINET_NOUNS
    named = named and not any(c.dep_ == "det" for c in token.children) and token.i > token.sent.start
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children) and not named:
        return None
    if any(
        c.dep_ in ("prep", "relcl", "acl", "poss", "compound") and c.lower_ not in LEVEL_WORDS and not is_charge(c)
        and not is_kind_word(c) and not is_aside(c)
        for c in token.children
    ):
        return None  # "the country's ...", "the group that ...": described on the spot, not a back reference
    if token.lemma_.lower() in CABINET_NOUNS and any(c.lower_ in NEW_REGIME_WORDS for c in token.children):
        return None  # "the force, which will protect the new interim administration": a new one, no earlier state's
        # (unless the gazetteer knows it: interim_government)
    reported = reported_state(token, ctx) if token.lemma_.lower() in CABINET_NOUNS else None
    if reported is not None and (exclude is None or reported.key != exclude.key):
        return reported  # "Poland will build a fence along its border with Belarus, the government said"
    governing = earlier_owners(token, ctx) if token.lemma_.lower() in GOVERNING_NOUNS else None
    if governing == [] and token.lemma_.lower() in CABINET_NOUNS:
        governing = speakers_government(token, ctx)  # "Mr Howard says the Government has asked Norway ..."
        governing = governing or dateline_government(ctx)  # "BOGOTA (AFP) - ... the government had ceded"
        governing = governing or owners_for_government(token, ctx)  # "The Government ... The Australian ..."
        governing = governing or sole_country_before(token, ctx) or office_country(ctx) or home_government(token, ctx)
        # not a party a later verb of its own sentence acts with: "condemned the government for siding with Washington"
        governing = [m for m in governing if not (token.idx < m.start < ctx.sent.end_char and is_verbs_party(m, ctx))]
    if governing:  # "Australian officials ... the Government"; after two countries' officials, unclear
        return governing[0] if len(governing) == 1 and (exclude is None or governing[0] != exclude) else None
    polity = POLITY_WORDS.get(token.lemma_.lower())
    if polity is not None:  # "the kingdom" is the last monarchy named, not the last country
        return next((m for m in reversed(ctx.history) if m.start < token.idx and m.key in polity), None)
    if token.lemma_.lower() in COMPANY_DESCRIPTIONS:
        return named_with(token, ctx, exclude) or last_company(token, ctx, exclude)
    places = token.lemma_.lower() in CABINET_NOUNS  # "The Government" is not the last country troops went to
    # "A Hamas statement said the group would continue its attacks", "Houthi military spokesman Yahya Saree warned
    # that the group would target American warships": the group that reports it, before any named since
    reporter = reporter_of(token, ctx, types) if token.lemma_.lower() in REPORTING_GROUP_NOUNS else None
    if reporter is not None and reporter.type != "country" and (exclude is None or reporter.key != exclude.key):
        return reporter
    found = named_with(token, ctx, exclude) or recent(
        token, ctx, types, exclude, skip_modifiers=True, skip_destinations=places
    )
    return found or speakers_own(token, ctx, types, exclude)


# "Afghanistan's interim government", "the country's interim government", "Afghanistan ... the new interim
# administration", "the interim authority": the interim government the gazetteer knows for the country that owns the
# noun, or for the one country named before (the Afghan Interim Administration of 2001-2002)
def interim_government(token: Token, ctx: Context) -> Mention | None:
    if token.lemma_.lower() not in CABINET_NOUNS | {"authority"} or token.pos_ not in ("NOUN", "PROPN"):
        return None
    if not any(c.dep_ == "amod" and c.lower_ in NEW_REGIME_WORDS for c in token.children):
        return None
    owners = [c for c in token.children if c.dep_ in ("poss", "amod", "compound") and c.lower_ not in NEW_REGIME_WORDS]
    countries = {m.key for c in owners if (m := actor_of(c, ctx)) is not None and m.type == "country"}
    if not countries:
        countries = {m.key for m in ctx.actors.mentions() if m.type == "country" and m.start < token.idx}
    aliases = [a for key in countries if (d := demonym(key)) and (a := lookup_alias(f"{d} Interim Administration"))]
    entries = [a.entry for a in aliases if a.entry.type == "organisation"]
    if len(entries) != 1:
        return None
    key = ctx.actors.registry.register_entry(entries[0])
    return Mention(key, entries[0].name, entries[0].type, token.idx, token.idx + len(token), token.text)


# "restore order in Honiara ... has threatened to attack the capital": the last capital named before, as its state
def capital_named_before(token: Token, ctx: Context, exclude: Mention | None) -> Mention | None:
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    for mention in reversed(ctx.history):
        if mention.start < token.idx and mention.type == "country" and is_capital(mention.text):
            return mention if exclude is None or mention.key != exclude.key else None
    return None


# nouns for an airline, and words of the names of bodies that are no business: "The Transport Workers Union has
# condemned the decision ... The Federal Government has ruled out financial assistance to the airline" (Qantas)
COMPANY_DESCRIPTIONS = {"airline", "carrier"}
NON_COMPANY_WORDS = {
    "union", "party", "council", "federation", "committee", "association", "commission", "court", "cabinet",
    "government", "department", "ministry", "parliament", "senate",
}  # fmt: skip


def last_company(token: Token, ctx: Context, exclude: Mention | None) -> Mention | None:
    """The last organisation named before that may be a business: not a union, a party, a body of state, nor a
    public body the gazetteer knows ("the Commonwealth")."""
    for mention in reversed(ctx.history):
        if mention.start >= token.idx or mention.type != "organisation" or mention == exclude:
            continue
        if not NON_COMPANY_WORDS & set(mention.name.lower().split()) and entry_by_key(mention.key) is None:
            return mention
    return None


def is_verbs_party(mention: Mention, ctx: Context) -> bool:
    """Washington in 'siding with Washington': an actor named as a verb's prepositional object."""
    root = mention_root(mention, ctx)
    return root is not None and root.dep_ == "pobj" and root.head.head.pos_ == "VERB"


def is_kind_word(child: Token) -> bool:
    """'rebel' in 'the rebel group': a common noun before a group's noun that says its kind, still a back
    reference to the group named before."""
    return child.dep_ == "compound" and child.pos_ == "NOUN" and child.text.islower() and child.head.lemma_.lower() in (
        "group", "movement", "organisation", "organization", "militia"
    )


def speakers_government(token: Token, ctx: Context) -> list[Mention]:
    """Australia for 'the Government' in 'Mr Howard says the Government has asked Norway ...': the government a
    state's office holder speaks of is his state's."""
    clause = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" or clause.head.lemma_ not in SPEECH_VERBS:
        return []
    speakers = [m for c in clause.head.children if c.dep_ == "nsubj" for m in actors_of(c, ctx) if m.type == "person"]
    sides = {ctx.actors.affiliated_side(m).key: ctx.actors.affiliated_side(m) for m in speakers}
    states = [m for m in sides.values() if m.type == "country"]
    return states if len(states) == 1 else []


def reported_state(token: Token, ctx: Context) -> Mention | None:
    """Poland for 'the government' in 'Poland will build a fence ..., the government said': a government that
    reports what a state will do is that state's."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_.lower() not in SPEECH_VERBS:
        return None
    reported = [
        s for c in verb.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj" and not is_pronoun(s)
    ]
    states = [m for s in reported for m in actors_of(s, ctx) if m.type == "country"]
    return states[0] if len(states) == 1 else None


# "Hamas leader Ismail Haniyeh said the group would fight Israel": a description the article has no earlier actor
# for is the one actor of its kind the sentence's speaker is tied to
def speakers_own(token: Token, ctx: Context, types: set[str], exclude: Mention | None) -> Mention | None:
    if ctx.speaker is None or ctx.speaker.type != "person":
        return None
    tied = [m for m in ctx.actors.tied_actors(ctx.speaker, types, token) if exclude is None or m.key != exclude.key]
    return tied[0] if len(tied) == 1 else None


# words for a state by its form, and the states they fit: "the kingdom", "the emirate", "the sultanate"
POLITY_WORDS = {
    "kingdom": {
        "SAU", "JOR", "MAR", "BHR", "GBR", "ESP", "NLD", "BEL", "SWE", "NOR", "DNK", "THA", "KHM", "BTN", "LSO",
        "SWZ", "TON",
    },
    "emirate": {"ARE", "QAT", "KWT"},
    "sultanate": {"OMN", "BRN"},
}  # fmt: skip


# descriptions of a body that reports about itself: "A Hamas statement said the group would continue"
REPORTING_GROUP_NOUNS = {"group", "organisation", "organization", "movement"}
# nouns for one person, whose name modifier is where they come from: "an Adelaide man"
INDIVIDUAL_NOUNS = {"man", "woman", "boy", "girl", "resident", "teenager", "youth", "native", "couple", "family"}
# nouns for a country's government and its officials, which a bare "the Government" continues
GOVERNING_NOUNS = {
    "government", "authority", "official", "minister", "cabinet", "administration", "ministry", "junta", "regime",
}  # fmt: skip
# nouns for a government that no outlet gives its own country's: "the Iraqi regime", "the military junta"
FOREIGN_RULE_NOUNS = {"regime", "junta"}
# nouns of a country's government as a whole: "the Government", "the new cabinet", "the administration"
CABINET_NOUNS = {"government", "cabinet", "administration"}


def is_aside(clause: Token) -> bool:
    """', which it links to al-Qaeda': a relative clause set off by a comma, which says more of one named before."""
    doc = clause.doc
    start = clause.left_edge.i
    set_off = start > 0 and doc[start - 1].text == ","
    return clause.dep_ == "relcl" and set_off and clause.left_edge.lower_ in ("which", "who")


def is_charge(prep: Token) -> bool:
    """'of interfering' in 'accused the bloc of interfering', which the parser hangs on the noun: the charge, not a
    description of the noun."""
    if prep.dep_ != "prep" or prep.lower_ not in ("of", "for"):
        return False
    charged = prep.head.dep_ == "dobj" and prep.head.head.lemma_.lower() in CHARGING_VERBS  # "accused X of a cover-up"
    return charged or any(c.tag_ == "VBG" for c in prep.children)


# "Osama bin Laden ... the Saudi-born dissident", "David Hicks ... the 26-year-old who was arrested": a definite
# description of one person stands for the article's main person named before, when one stands out
def person_description(token: Token, ctx: Context, exclude: Mention | None) -> Mention | None:
    lead = lead_person(token, ctx)
    if lead is not None:
        return lead
    bare = token.lemma_.lower() in ("man", "woman") and token.tag_ == "NN" and len(list(token.children)) == 1
    if not (describes_person(token) or bare) or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    here = {m.key for m in ctx.history if m.start >= ctx.sent.start_char}  # a person named in the sentence is "he"
    avoid = here | {m.key for m in (exclude, ctx.speaker) if m is not None}
    # the people named before, but not one named in this sentence ("Musharraf said Pakistan ... in a bid to
    # capture the suspected terrorist mastermind")
    named = [m for m in ctx.history if m.start < ctx.sent.start_char and m.type == "person" and m.key not in avoid]
    # (a title and the name set off after it, "the Defence Minister, Robert Hill", are one mention)
    counts = Counter(m.key for i, m in enumerate(named) if not (i and restates(named[i - 1], m)))
    ranked = counts.most_common(2)
    # (a word the tagger took for a name, "the Saudi-born Islamist", only for one named more than once)
    once = token.tag_ == "NNP" and bool(ranked) and ranked[0][1] < 2
    if len(ranked) == 1 and not introduced_unnamed(token) and not is_aged(token) and not once:
        # the one person named before besides the speaker: "Senator Hill has told Channel Seven the Government
        # does not know what motivated the man to fight alongside Taliban forces" (David Hicks); a bare "the man"
        # is no office holder ("Foreign Minister Alexander Downer condemned the attack ... the man")
        only = next(m for m in reversed(ctx.history) if m.key == ranked[0][0])
        return None if bare and office_countries(only, ctx, TITLE_WORDS) else only
    if bare:
        return None  # a bare "the man" is only ever the one person named
    if not ranked or ranked[0][1] < 2 or (len(ranked) == 2 and ranked[1][1] == ranked[0][1]):
        # no one stands out: "the suspect" may be someone the article never names; but an age goes with the
        # person just named ("... headed by Hamed Karzai. The 44-year-old former deputy foreign minister ...")
        return last_person_named(ctx, avoid) if is_aged(token) else None
    key = ranked[0][0]
    return next(m for m in reversed(ctx.history) if m.key == key)


# "Local commander Haji Zahir says his men have surrounded 200 fighters": the armed men of a person tied to no state
# or group are his own (as "Gul Agha's forces" are)
def warlords_men(noun: Token, owner: Mention, side: Mention) -> Mention | None:
    return owner if side.key == owner.key and noun.lemma_.lower() in WARLORD_MEN else None


def restates(before: Mention, mention: Mention) -> bool:
    """'Minister' and 'Robert Hill' in 'the Defence Minister, Robert Hill': one person named twice, a comma apart."""
    return before.key == mention.key and 0 <= mention.start - before.end <= 3


def introduced_unnamed(token: Token) -> bool:
    """'a man was arrested ... the man', 'A gunman opened fire ... the man': the article brought in someone of that
    description, or another unnamed person, without a name."""
    lemma = token.lemma_.lower()
    kinds = {lemma} | (UNNAMED_PEOPLE if lemma in ("man", "woman") else set())
    return any(
        t.lemma_.lower() in kinds and any(c.dep_ in ("det", "nummod") and c.lower_ != "the" for c in t.children)
        for t in token.doc[: token.i]
    )


# nouns for people a story brings in without a name, whom a later bare "the man" may be
UNNAMED_PEOPLE = INDIVIDUAL_NOUNS | ARMED_MEMBER_NOUNS | {
    "gunman", "bomber", "attacker", "soldier", "policeman", "officer", "suspect", "passenger", "civilian", "tourist",
    "worker", "student", "pilot", "driver", "hostage", "prisoner", "detainee",
}  # fmt: skip


# "... headed by Hamed Karzai. It concludes a week of talks. The 44-year-old former deputy foreign minister": the
# person named last before the sentence, in one of the two sentences before it
def last_person_named(ctx: Context, avoid: set[str]) -> Mention | None:
    doc, start = ctx.sent.doc, ctx.sent.start
    for _ in range(2):
        start = doc[start - 1].sent.start if start > 0 else start
    since = doc[start].idx
    people = [m for m in ctx.history if since <= m.start < ctx.sent.start_char and m.type == "person"]
    return people[-1] if people and people[-1].key not in avoid else None


def is_aged(token: Token) -> bool:
    """'the 26-year-old', 'the 44-year-old minister': "old" governs "year", which governs the number."""
    olds = [token] if token.lemma_.lower() == "old" else [c for c in token.children if c.lower_ == "old"]
    return any(c.lower_ == "year" and any(n.dep_ == "nummod" for n in c.children) for o in olds for c in o.children)


# "trying to arrest a wanted Hamas member in Hebron shot the suspect dead": a bare "the suspect" or "the man" after
# a group's member named earlier in the same sentence is that member, of that group
def member_just_named(token: Token, ctx: Context, exclude: Mention | None) -> Mention | None:
    if token.lemma_.lower() not in BARE_PERSON_NOUNS or token.tag_ != "NN":
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) or len(list(token.children)) > 1:
        return None
    for noun in reversed(ctx.sent.doc[ctx.sent.start : token.i]):
        indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
        if noun.lemma_.lower() in MEMBER_NOUNS and indefinite:
            groups = [m for m in actors_of(noun, ctx) if m.type in ("armed_group", "organisation", "group")]
            return groups[0] if len(groups) == 1 and (exclude is None or groups[0].key != exclude.key) else None
    return None


# nouns of an unnamed person a news lead introduces, whom the next sentence names
LEAD_PEOPLE = {"suspect", "man", "woman"}


# "A suspect allegedly involved in planning terrorist attacks on Australia has been detained ... If convicted
# 28-year-old Mohammed Afroz faces hanging": the person a lead sentence brings in unnamed is the one person the next
# sentence names (not an office holder, nor a speaker: "His lawyer, John Smith, said")
def lead_person(token: Token, ctx: Context) -> Mention | None:
    from kg.extract.speech import is_speech_verb

    if token.lemma_.lower() not in LEAD_PEOPLE or token.tag_ != "NN":
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
        return None
    sentences = list(ctx.sent.doc.sents)
    if ctx.sent.start != sentences[0].start or len(sentences) < 2:
        return None
    after = sentences[1]
    people = []
    for mention in ctx.actors.mentions():
        if mention.type != "person" or not after.start_char <= mention.start < after.end_char:
            continue
        root = mention_root(mention, ctx)
        speaking = root is not None and root.dep_ in ("nsubj", "appos") and is_speech_verb(root.head)
        # (nor a well-known person, whom a lead would name, nor one named as an owner: "bin Laden's Al Qaeda network")
        known = lookup_person(mention.name, "PERSON") is not None or (root is not None and root.dep_ == "poss")
        if not speaking and not known and not office_countries(mention, ctx, TITLE_WORDS):
            people.append(mention)
    return people[0] if len({m.key for m in people}) == 1 else None


# "Downer has expressed concern about a man who was arrested in India ... The man was arrested a month ago": the one
# person a story follows without ever naming him, brought in as "a man" and called "the man" after, is an actor of
# the article ("man")
def unnamed_protagonist(token: Token, ctx: Context) -> Mention | None:
    lemma = token.lemma_.lower()
    if lemma not in LEAD_PEOPLE or token.tag_ != "NN" or token.dep_ in ("compound", "attr", "appos"):
        return None
    determiners = [c.lower_ for c in token.children if c.dep_ == "det"]
    if determiners not in (["a"], ["an"], ["the"]):
        return None
    same = [t for t in token.doc if t.lemma_.lower() == lemma and t.tag_ == "NN" and t.dep_ not in ("compound",)]
    kinds = [next((c.lower_ for c in t.children if c.dep_ == "det"), "") for t in same]
    if kinds.count("the") < 1 or not kinds or kinds[0] not in ("a", "an") or kinds.count("a") + kinds.count("an") > 1:
        return None  # one brought in, then followed: not "a man ... a woman ... a man"
    first = same[0]
    if first.i > token.i or lead_person(first, replace(ctx, sent=first.sent)) is not None:
        return None  # named in the next sentence: that person
    if given_names(first) or given_names(token):
        return None  # "a man known as Nick": named after all
    return ctx.actors.unnamed_person(first, token)


def protagonist_before(token: Token, ctx: Context) -> Mention | None:
    """The unnamed person the story follows, when the last unnamed person before the pronoun is he."""
    before = next((t for t in reversed(token.doc[: token.i]) if t.lemma_.lower() in UNNAMED_PERSON_NOUNS), None)
    return unnamed_protagonist(before, ctx) if before is not None and before.tag_ == "NN" else None


def describes_person(token: Token) -> bool:
    """'the dissident', 'the terror suspect', 'the 26-year-old': a noun that describes one person."""
    lemma = token.lemma_.lower()
    if token.tag_ == "NNP" and lemma in PERSON_DESCRIPTIONS and token.ent_type_ == "NORP":
        return True  # "the Saudi-born Islamist": a word for a person the tagger takes for a people's name
    if token.tag_ not in ("NN", "JJ") or (token.tag_ == "JJ" and lemma != "old"):
        return False
    if lemma == "old" or is_aged(token):  # "the 26-year-old", "the 44-year-old former deputy foreign minister"
        return is_aged(token)
    if lemma in QUALIFIED_PERSON_NOUNS:  # "the terror suspect", not "the suspect" shot in a raid
        return any(c.dep_ in ("compound", "amod") for c in token.children)
    return lemma in PERSON_DESCRIPTIONS


# "the US Embassy ... the embassy": the last actor whose name held the same noun
def named_with(token: Token, ctx: Context, exclude: Mention | None) -> Mention | None:
    noun = token.lower_
    for mention in reversed(ctx.history):
        if mention.start < token.idx and noun in mention.text.lower().split():
            if exclude is None or mention.key != exclude.key:
                return mention
    return None


# "the army will resume ...": a clause whose subject is a noun, not a pronoun
def has_noun_subject(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in verb.children)


# "criticism of its ties", "the army will resume its attacks": an "its" the clause's subject owns
def owned_by_subject(noun: Token) -> bool:
    guarded = noun.dep_ == "dobj" and noun.head.lemma_.lower() in GUARDING_VERBS  # "help it patrol its waters"
    return (noun.dep_ == "pobj" and not is_fired_on(noun)) or (noun.dep_ == "dobj" and own_act(noun)) or guarded


def is_fired_on(noun: Token) -> bool:
    """'Pakistani troops opened fire on its positions': what a hostile act is aimed at is seldom the doer's own."""
    prep = noun.head
    verb = prep.head
    if prep.lower_ not in ("on", "at", "against", "upon") or verb.pos_ != "VERB":
        return False
    phrase = verb_phrase(verb)
    return classify(phrase) in HOSTILE_CLASSES or classify(f"{phrase} {prep.lower_}") == "attack"


# verbs of keeping watch over what is one's own: "has asked Australia to help it patrol its waters"
GUARDING_VERBS = {"patrol", "guard", "defend", "protect", "police", "secure"}


def own_act(noun: Token) -> bool:
    """A noun of an act, which a possessive pronoun in the object usually gives to the subject: 'launched
    their ambushes'; not a thing, which is often the other side's: 'destroyed their headquarters'."""
    lemma = noun.lemma_.lower()
    return lemma in LEXICON or lemma in ("ambush", "operation", "campaign", "attack", "offensive", "raid")


def speaks_of_self(token: Token, ctx: Context) -> bool:
    """The token is inside a quotation in which the speaker says "I" or "me": direct speech, where "he" is
    not the speaker."""
    quoted = [t for t in ctx.sent if is_quoted(t)]
    return is_quoted(token) and any(t.lower_ in FIRST_PERSON_SINGULAR for t in quoted)


# '"We will not negotiate with them," Sharon said of Hamas': a third person in a quotation is the one the speech
# verb outside it says the speaker spoke of
def spoken_of(token: Token, ctx: Context) -> Mention | None:
    if not is_quoted(token):
        return None
    topics = [
        m
        for verb in ctx.sent
        if verb.lemma_.lower() in SPEECH_VERBS and not is_quoted(verb)
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in ("of", "about")
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for m in actors_of(pobj, ctx) or act_doers(pobj, ctx)
    ]
    return topics[0] if len(topics) == 1 else None


# '"They have crossed a red line," the minister said of Israel's strike on the consulate': the doer of an act spoken of
def act_doers(noun: Token, ctx: Context) -> list[Mention]:
    return modifier_actors(noun, ctx, ("poss", "amod", "compound")) if is_event_noun(noun) else []


def is_quoted(token: Token) -> bool:
    """Inside quotation marks: an odd number of them before the token in its sentence, or, in a sentence that goes
    on a quotation opened before it, before the mark that closes it."""
    before = sum(1 for t in token.sent if t.text in QUOTE_MARKS and t.i < token.i)
    if closes_open_quote(token.sent):
        return before % 2 == 0  # '... he threatened to tie her up," Mr Langdale said.'
    return before % 2 == 1


# first-person pronouns in reported speech belong to the speaker or the speaker's side
def first_person_actor(token: Token, ctx: Context) -> Mention | None:
    lower = token.lower_
    if lower in FIRST_PERSON_SINGULAR:
        return ctx.speaker
    if lower in FIRST_PERSON_PLURAL:
        speaker = ctx.speaker
        if speaker is not None and speaker.type == "person":
            side = ctx.speaker_side
            if side is not None and side.key != speaker.key:
                return side
            official = ministers_country(speaker, ctx)  # no side known: unresolved, but for a minister
            titled = {w.strip(".") for title in speaker_titles(speaker, ctx) for w in title.split()}
            words = titled - HONORIFICS.keys()
            private = bool(words) and not words & TITLE_WORDS  # "Businessmen Solomon Lew": described, holding no office
            if official is None and (private or is_legislator(titled)):
                return speaker  # '"At no time did we ever ask the Government for any grant," Mr Lew said': a
                # private person's "we" takes in himself; so does a senator's of no known party ('"We want to
                # bring the Government to book," Senator Brown said')
            return official
        return speaker
    return None


def is_legislator(title_words: set[str]) -> bool:
    """'Senator', 'MP': a member of a parliament, who speaks for a party, not for his country."""
    return bool({w.lower() for w in title_words} & LEGISLATOR_TITLES)


# "Attorney-General Daryl Williams says the Government is relying on Labor. 'We're looking to Labor's support'":
# a minister of no named country speaks for the government the article is about (its one country)
def ministers_country(speaker: Mention, ctx: Context) -> Mention | None:
    titles = speaker_titles(speaker, ctx)
    if any(word in title for title in titles for word in MINISTERIAL_TITLES):
        countries = sole_country(ctx)
        return countries[0] if countries else None
    return government_spokesman(speaker, titles, ctx)


# "The Government position was spelt out by spokesman Raanan Gissin": a spokesman of no named country, named in a
# sentence about a country's government, speaks for that country
def government_spokesman(speaker: Mention, titles: list[str], ctx: Context) -> Mention | None:
    if not any(title.startswith("spokes") or " spokes" in title for title in titles):
        return None
    doc = ctx.sent.doc
    for mention in (m for m in ctx.actors.mentions() if m.key == speaker.key):
        sent = doc[next(t.i for t in doc if t.idx + len(t) > mention.start)].sent
        governments = [m for t in sent if t.lemma_.lower() == "government" for m in actors_of(t, ctx)]
        countries = {m.key: m for m in governments if m.type == "country"}
        if len(countries) == 1:
            return next(iter(countries.values()))
    return None


def speaker_titles(speaker: Mention, ctx: Context) -> list[str]:
    """The titles written before each naming of a person, or as the noun it stands in apposition to: "attorney-general"
    for "Attorney-General Daryl Williams" and "The Attorney-General, Daryl Williams"."""
    doc = ctx.sent.doc
    titles: list[str] = []
    for mention in (m for m in ctx.actors.mentions() if m.key == speaker.key):
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        words = [t.lower_ for t in title_run(doc, span.start, span.end)]
        if span.root.dep_ == "appos":  # "The Attorney-General, Daryl Williams": the noun the name stands beside
            head = span.root.head
            words = [t.lower_ for t in title_run(doc, head.i, head.i + 1)] + [head.lower_]
        titles.append(" ".join(words).replace(" - ", "-").replace("- ", "-"))
    return titles


# 'Zelensky said in a meeting with Honcharuk, "I decided to give you and your government a chance"', 'Ford told
# Suharto: "We will not press you"': "you" in a quotation is the one person the sentence says the speaker spoke to
def addressee(token: Token, ctx: Context) -> Mention | None:
    speaker = ctx.speaker
    if speaker is None or not is_quoted(token) or not names_speaker(ctx.sent, speaker):
        return None
    verbs = [t for t in ctx.sent if t.pos_ == "VERB" and t.lemma_.lower() in ADDRESSING_VERBS and not is_quoted(t)]
    heard = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "dative")]
    heard += [
        o for v in verbs for p in v.children if p.dep_ == "prep" and p.lower_ in ("in", "during", "at")
        for n in p.children if n.lemma_.lower() in ADDRESS_OCCASIONS
        for w in n.children if w.dep_ == "prep" and w.lower_ == "with" for o in w.children
    ]  # fmt: skip
    found = {m.key: m for h in heard for m in actors_of(h, ctx) if m.key != speaker.key}
    if not heard and any(v.lemma_.lower() in ("reply", "answer", "respond") for v in verbs):
        found = {m.key: m for m in last_speakers(ctx) if m.key != speaker.key}
    return next(iter(found.values())) if len(found) == 1 else None


# '"We want your understanding," Suharto told his visitors ... Mr Ford replied: "We will not press you"': one who
# replies speaks to the speaker of the sentence before
def last_speakers(ctx: Context) -> list[Mention]:
    from kg.extract.speech import is_speech_verb

    if ctx.sent.start == 0:
        return []
    before = ctx.sent.doc[ctx.sent.start - 1].sent
    subjects = [c for t in before if is_speech_verb(t) for c in t.children if c.dep_ == "nsubj"]
    return [m for c in subjects if (m := ctx.actors.mention_at(c)) is not None and m.type == "person"]


# "India accused Pakistan of masterminding the attack on its parliament": in a charged hostile act, what "its"
# owns is the accuser's (the accused does not attack itself); so is "it" attacked in the charge
def accusers_own(token: Token, ctx: Context) -> Mention | None:
    thing = token.head if token.dep_ == "poss" else token  # also "accused the United States of preparing to attack it"
    if any(c.lower_ == "own" for c in thing.children):
        return None  # "of attacking its own ships"
    meddling = thing.dep_ == "pobj" and thing.head.head.lemma_.lower() in MEDDLING_VERBS  # "of meddling in its affairs"
    if thing.dep_ == "pobj" and (thing.head.lower_ in ("on", "against", "at") or meddling):
        act = thing.head.head
    elif thing.dep_ == "dobj":
        act = thing.head
    else:
        return None
    if classify(act.lemma_.lower()) not in ("attack", "fight", "coerce", "threaten"):
        return None
    for ancestor in (a for a in (act, *act.ancestors) if a.dep_ == "pcomp" and a.head.lower_ in ("of", "for")):
        charge = ancestor.head.head
        if charge.dep_ == "dobj" and charge.pos_ == "NOUN":
            charge = charge.head  # "accuses Pakistan's military intelligence of ...", the parser hanging "of" on it
        if charge.pos_ == "VERB" and charge.lemma_.lower() in CHARGING_VERBS:
            accusers = [m for c in charge.children if c.dep_ == "nsubj" for m in actors_of(c, ctx)]
            if token.lower_ in THIRD_NEUTER:  # "Maduro accused the bloc of interfering in its affairs": his state's
                accusers = [ctx.actors.affiliated_side(m) if m.type == "person" else m for m in accusers]
                accusers = [m for m in accusers if m.type != "person"]
            accused = {m.key for c in charge.children if c.dep_ == "dobj" for m in actors_of(c, ctx)}
            return next((m for m in accusers if m.key not in accused), None) if accused else None
    return None


# "sanctioned three companies for their role", "thanked Turkey for its support": the object a verb judges for what
# it did, which the possessive in the "for" phrase refers to ("its" a singular one)
def judged_object(token: Token) -> Token | None:
    owned = token.head
    if owned.dep_ != "pobj" or owned.head.lower_ != "for":
        return participle_object(token)
    head = owned.head.head  # the verb, or its object as the parser may hang "for" ("designating three entities for")
    verb = head.head if head.dep_ == "dobj" else head
    if verb.pos_ != "VERB":
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < token.i and c.pos_ in ("NOUN", "PROPN")]
    if not objects or (token.lower_ == "its" and objects[0].tag_ in ("NNS", "NNPS")):
        return None
    return objects[0]


# "China sanctioned three U.S. defence companies, freezing their assets and barring them from entering the country":
# a plural pronoun in a participle set after a clause is that clause's plural object
def participle_object(token: Token) -> Token | None:
    if token.lower_ not in ("their", "them"):
        return None
    verb = next((a for a in token.ancestors if a.pos_ == "VERB"), None)
    while verb is not None and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verb = verb.head
    if verb is None or verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.head.pos_ != "VERB":
        return None
    objects = [c for c in verb.head.children if c.dep_ == "dobj" and c.tag_ == "NNS" and c.i < verb.i]
    return objects[0] if objects else None


# third-person pronouns refer back to a recent actor of the right kind
def pronoun_actor(token: Token, ctx: Context, exclude: Mention | None = None) -> Mention | None:
    found = _pronoun_actor(token, ctx, exclude)
    return None if found is not None and binds_own_subject(token, found, ctx) else found


# "A spokesman said the government would not abandon its nuclear programme": a possessive in the object of a clause
# whose subject is a description ("the government", "the rebels") is that subject's own (the named mentions the
# resolver walks back through do not hold the description)
def described_subjects_own(token: Token, ctx: Context) -> Mention | None:
    if token.dep_ != "poss" or token.lower_ not in ("its", "their") or token.head.dep_ != "dobj":
        return None
    verb = token.head.head
    if classify(verb.lemma_.lower()) in ("attack", "coerce", "fight"):
        return None  # "The army destroyed its power grid": a blow at another's
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.i < token.i]
    if len(subjects) != 1 or (token.lower_ == "their") != (subjects[0].tag_ == "NNS"):
        return None
    found = actor_of(subjects[0], ctx)
    return found if found is not None and found.type != "person" else None


def _pronoun_actor(token: Token, ctx: Context, exclude: Mention | None = None) -> Mention | None:
    """The actor a pronoun refers back to, before the check that an object pronoun is not its own clause's subject."""
    lower = token.lower_
    if lower in REFLEXIVE_PRONOUNS and token.dep_ in ("dobj", "dative", "pobj"):
        return clause_subject_of(token, ctx)  # "so the Arabs could protect themselves": their own clause's subject
    if exclude is None and lower in OBJECT_PRONOUNS and token.dep_ in ("dobj", "dative", "pobj", "nsubj"):
        exclude = clause_subject_of(token, ctx)
    if lower in FIRST_PERSON_SINGULAR | FIRST_PERSON_PLURAL:
        return first_person_actor(token, ctx)
    own = described_subjects_own(token, ctx)
    if own is not None and (exclude is None or own.key != exclude.key):
        return own
    judged = judged_doer(token, ctx)
    if judged is not None and (exclude is None or judged.key != exclude.key) and agrees(token, judged, ctx):
        return judged  # "France criticised Russia, saying it had attacked Ukraine": Russia
    if lower in SECOND_PERSON:
        return addressee(token, ctx)
    if lower in THIRD_PERSON | THIRD_PLURAL | THIRD_NEUTER:
        topic = spoken_of(token, ctx)
        if topic is not None and (exclude is None or topic.key != exclude.key):
            return topic
    if lower in THIRD_PERSON and exclude is None and ctx.speaker is not None and speaks_of_self(token, ctx):
        # '"He doesn't want me to succeed," Arafat said': in direct speech "he" is someone else
        other = someone_else(token, ctx, ctx.speaker)
        if other is not None and unnamed_person_since(other, token, ctx):
            return protagonist_before(token, ctx)
        return other
    if lower in ("his", "her") and token.dep_ == "poss" and token.head.dep_ == "conj":
        # "sanctions on Mr Mugabe and his ministers": the person the owned noun is joined to
        joined = ctx.actors.mention_at(token.head.head)
        if joined is not None and joined.type == "person":
            return joined
    if lower in ("his", "her") and token.dep_ == "poss" and exclude is None:
        # "..., his first trip abroad since Russia invaded his country": one possessive said twice is one person (not
        # "its", which often moves to a side named between: a blind battery lost a statement to it, session 35)
        before = next((t for t in reversed(ctx.sent.doc[ctx.sent.start : token.i]) if t.lower_ == lower), None)
        if before is not None and before.dep_ == "poss":
            return _pronoun_actor(before, ctx)
    if lower in THIRD_PERSON and unnamed_person_reporter(token, ctx):
        return None  # "a doctor ... said that he had treated six of Agha's men": the doctor, unnamed
    # "Sharon cut off contact with Arafat, declaring him irrelevant": the subject of a verdict's small clause is not
    # the one who gives it
    judged = lower in ("him", "her") and token.tag_ == "PRP" and token.dep_ == "nsubj"
    judged = judged and token.head.dep_ in ("ccomp", "oprd") and token.head.pos_ in ("ADJ", "NOUN")
    if judged and exclude is None:
        exclude = next(iter(clause_subjects_of_verb(token.head.head, ctx)), None)
    envoy = main_clause_envoy(token, ctx, exclude) if lower in THIRD_PERSON else None
    if envoy is not None:
        return envoy
    if lower in THIRD_PERSON:
        readers = (
            lambda: None if judged else reporter_of(token, ctx, {"person"}),
            lambda: copula_topic(token, ctx, exclude),
            lambda: object_reporter(token, ctx, exclude),
            lambda: event_owner(token, ctx, exclude),
            lambda: clause_owner(token, ctx),
            lambda: where_subject(token, ctx),
            lambda: unnamed_official(token, ctx, exclude),
            lambda: higher_clause_object(token, ctx, exclude),
            lambda: main_clause_person(token, ctx, exclude),
            lambda: recent_subject(token, ctx, exclude),
            lambda: recent(token, ctx, {"person"}, exclude),
        )
        found = next((m for read in readers if (m := read()) is not None and agrees(token, m, ctx)), None)
        if found is not None and unnamed_person_since(found, token, ctx):
            # "Williams says the man has had more training than Lindh. 'He ...'": the man, unnamed (an actor when he
            # is the one the story follows)
            return protagonist_before(token, ctx)
        return other_than_speaker(token, found, ctx)
    owned = lower in THIRD_NEUTER | THIRD_PLURAL and token.dep_ in ("poss", "dobj")
    judged_for = judged_object(token) if owned else None
    if judged_for is not None and len(actors_of(judged_for, ctx)) <= 1:  # (several, as "them", read below)
        # "designating three entities for their support of Hezbollah": the entities', whoever they are
        judged = actor_of(judged_for, ctx) or next(iter(modifier_actors(judged_for, ctx)), None)
        subject = clause_subject_of(token, ctx)
        return None if judged is None or (subject is not None and judged.key == subject.key) else judged
    if lower in THIRD_NEUTER | THIRD_PLURAL and token.dep_ in ("poss", "dobj", "pobj") and exclude is None:
        accuser = accusers_own(token, ctx)
        if accuser is not None:
            return accuser
    judged = judged_owner(token, ctx) if lower in THIRD_NEUTER | THIRD_PLURAL and exclude is None else None
    if judged is not None:
        return judged
    if lower in THIRD_NEUTER and token.dep_ == "poss" and exclude is None and owned_by_subject(token.head):
        own = clause_subject_of(token, ctx)  # "Russia defended itself against criticism of its ties": its own
        if own is not None and own.type != "person":
            return nearer_party(token, own, ctx) or own
        if own is None and token.head.dep_ == "dobj" and has_noun_subject(token.head.head):
            return None  # "the army will resume its attacks": the army's, whoever's army it is
    if lower == "it" and token.dep_ == "nsubj" and token.head.i == ctx.sent.root.i:
        before = singular_subject_before(token, ctx)
        if before is not None:  # "The European Parliament is spoiling for a fight with Israel. It has voted to ..."
            return before
    if lower in THIRD_NEUTER | THIRD_PLURAL and exclude is None:
        holder = relative_clause_holder(token, ctx) or adverbial_clause_holder(token, ctx)
        if holder is not None:  # "India demanded action against Lashkar-e-Taiba, which it blames for the attack"
            return holder
    if lower in THIRD_NEUTER:
        reporter = reporter_of(token, ctx, GROUP_TYPES - {"place"})
        if reporter is None and token.dep_ == "poss" and is_fired_on(token.head):
            # "India says Pakistani troops opened fire on its positions": the target is the reporter's, not the doer's
            exclude = exclude or clause_subject_of(token, ctx)
            doers = [c for c in token.head.head.head.children if c.dep_ == "nsubj"]
            said = reporter_of(doers[0], ctx, GROUP_TYPES - {"place"}) if doers else None
            if said is not None and (exclude is None or said.key != exclude.key):
                return said
        if reporter is None and token.dep_ == "poss":
            # "its support for Maduro"; not a nation only named by the adjective of a plural noun ("the Israeli
            # army killed Palestinian militants who attacked its vehicles")
            exclude = exclude or struck_owners_agent(token, ctx)
            main = main_clause_group(token, ctx) or content_owner(token, ctx)
            if main is not None and (exclude is None or main.key != exclude.key):
                return main
            return recent(token, ctx, GROUP_TYPES - {"place"}, exclude, skip_plural_adjectives=True)
        if reporter is None and is_hostile_object(token):  # "Armenia accused it of ethnic cleansing"
            return governing_object(token, ctx) or recent_group_subject(token, ctx, clause_subject_of(token, ctx))
        return reporter
    shared = token.head.lemma_.lower() in BORDER_NOUNS | MUTUAL_ACT_NOUNS  # "massed troops along their border"
    if lower in THIRD_PLURAL and token.dep_ == "poss" and exclude is None and joint_subject(token) and not shared:
        return None  # "Kuwait and Qatar have offered their bases": the pair's own, neither one's the other's
    homeland = token.head.lemma_.lower() in HOMELAND_NOUNS  # "Iranians would defend their country"
    if lower in THIRD_PLURAL and token.dep_ == "poss" and exclude is None and (own_act(token.head) or homeland):
        own = clause_subject_of(token, ctx)  # "the gunmen launched their ambushes": their own acts
        if own is not None and own.type != "person":
            return own
    if lower in THIRD_PLURAL:  # "Israeli authorities announced they were stepping up operations"
        reporter = reporter_of(token, ctx, GROUP_TYPES - {"place", "media"})
        if reporter is not None and reporter != exclude:
            return reporter
        if unnamed_reporter(token) or unnamed_body_reporter(token, ctx):
            return None  # "tribal forces claimed they had defeated": they are the unnamed forces
        reporter = object_reporter(token, ctx, exclude)
        if reporter is not None:
            return reporter
    opening = token.dep_ in ("nsubj", "nsubjpass") and token.head.i == ctx.sent.root.i
    before = plural_subject_before(ctx) if lower in THIRD_PLURAL and opening else None
    if before is not None:  # "Commonwealth ministers will meet for talks on Zimbabwe. They have suspended Fiji"
        return before[0] if before and before[0] != exclude else None
    group = group_subject_before(ctx) if lower == "they" and opening else None
    if group is not None and group != exclude:
        return group  # "The Taliban hosted the leader of al Qa'ida in Kabul. They also betrayed the Afghan people"
    main = token.head.i == ctx.sent.root.i or token.head in ctx.sent.root.conjuncts  # also "and tracked them down"
    chased = lower in ("them", "they") and token.dep_ == "dobj" and main
    before = last_plural_subject_before(ctx) if chased else None
    own = clause_subject_of(token, ctx) if before else None
    if before and before[0] != exclude and (own is None or own.key != before[0].key):
        return before[0]  # "The men escaped into Palestinian self-rule land. The army chased them": the men
    if lower in THIRD_PLURAL and those_who_before(token, ctx):
        return None  # '"Those who want to link the region's incidents to Iran are lying. If they are truthful ..."'
    if lower in THIRD_PLURAL:  # not a medium: "responded via Twitter: ... they won't ..."; nor the nation of a group
        # named before ("Israeli forces chased Palestinian gunmen who opened fire on them")
        kinds = GROUP_TYPES - {"media"}
        striker = struck_owners_agent(token, ctx) if token.dep_ == "poss" and exclude is None else None
        if striker is not None:  # "fired missiles in response to American strikes on their positions": not the
            own = clause_subject_of(token, ctx)  # striker's own, but those of the clause's subject
            if own is not None and own.key != striker.key and own.type in GROUP_TYPES - {"place"}:
                return own
            exclude = striker
        found = recent(token, ctx, kinds, exclude, avoid_side=True, skip_plural_adjectives=True, skip_locations=True)
        return None if found is not None and unnamed_people_since(found, token, ctx) else found
    return None


# "Sudan declared the UN envoy persona non grata, weeks after its army chief accused him": an "its" in an adverbial
# clause is the main clause's subject, when that is a state or group
def main_clause_group(token: Token, ctx: Context) -> Mention | None:
    clause = token.head.head if token.head.dep_ == "nsubj" else None  # its own subject's: "after its army chief"
    if clause is None or clause.dep_ != "advcl" or clause.head.i != ctx.sent.root.i:
        return None
    subjects = [m for c in clause.head.children if c.dep_ == "nsubj" for m in actors_of(c, ctx)]
    return subjects[0] if len(subjects) == 1 and subjects[0].type in GROUP_TYPES - {"place"} else None


# "India demanded action against Lashkar-e-Taiba, which it blames for the attack": "it" or "they", the subject of a
# relative clause on an object, is the subject of the clause the object belongs to (a state or group, not the
# object itself)
def relative_clause_holder(token: Token, ctx: Context) -> Mention | None:
    clause = token.head
    if token.dep_ != "nsubj" or clause.dep_ != "relcl" or clause.head.dep_ not in ("dobj", "pobj"):
        return None
    if not any(c.dep_ in ("dobj", "pobj") and c.lower_ in RELATIVE_PRONOUNS for c in clause.subtree):
        return None  # "Hamas, which it says ..." with the pronoun as the relative's own topic: not an object relative
    antecedents = {m.key for m in actors_of(clause.head, ctx)}
    verb = governing_verb(clause.head)
    while verb.dep_ in ("ccomp", "xcomp", "advcl") and verb.tag_ in ("VB", "VBG") and verb.head.pos_ == "VERB":
        verb = verb.head  # "Washington has sent advisers to help the army fight the group, which it links to ...":
        # the finite clause's subject, not the one of a clause of purpose
    return sole_group_subject(token, verb, ctx, antecedents)


# "the Palestinian Authority is responsible because it has failed to arrest the militants": "it" or "they", the subject
# of an adverbial clause, is the subject of the clause it modifies (a state or group)
def adverbial_clause_holder(token: Token, ctx: Context) -> Mention | None:
    clause = token.head
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    if token.dep_ != "nsubj" or clause.dep_ != "advcl" or not marks & ADVERBIAL_MARKS:
        return None  # (not "whether it received any warrants", a question)
    return sole_group_subject(token, clause.head, ctx)


def sole_group_subject(
    token: Token, verb: Token, ctx: Context, excluded: set[str] | frozenset[str] = frozenset()
) -> Mention | None:
    """The one state or group that is a verb's subject, of the pronoun's number ("it" a singular one)."""
    holders = [m for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for m in actors_of(c, ctx)]
    found = [m for m in holders if m.type in GROUP_TYPES - {"place"} and m.key not in excluded]
    plural = token.lower_ in THIRD_PLURAL
    return found[0] if len(found) == 1 and found[0].plural == plural else None


# conjunctions of a clause of time, cause or concession: "because it has failed to arrest the militants"
ADVERBIAL_MARKS = {"because", "after", "before", "when", "since", "as", "while", "although", "though", "until"}


# "Putin welcomed the US decision to cut its nuclear arsenal": an "its" in an infinitive that spells out a noun's
# content is that noun's one owner's
def content_owner(token: Token, ctx: Context) -> Mention | None:
    verb = governing_verb(token)
    if verb.dep_ != "acl" or not has_to(verb) or verb.head.pos_ != "NOUN":
        return None
    owners = modifier_actors(verb.head, ctx)
    return owners[0] if len(owners) == 1 else None


# "Those who want to link the region's incidents to Iran are lying ... If they are truthful": a "they" after people
# described but not named ("those who"), in its sentence or the one before, with no actor named since, is them
def those_who_before(token: Token, ctx: Context) -> bool:
    previous = sentence_before(ctx)
    start = previous.start if previous is not None else ctx.sent.start
    for those in (t for t in token.doc[start : token.i] if t.lower_ == "those" and t.dep_ in ("nsubj", "nsubjpass")):
        described = any(c.dep_ == "relcl" for c in those.children)
        named_since = any(those.right_edge.idx < m.start < token.idx for m in ctx.history)  # not in its clause
        if described and not named_since:
            return True
    return False


# "A senior Hamas official has said ... He told the Agence France Presse news agency": "he" after an unnamed official
# of a side, with no person named since, is that official, who speaks for the side
def unnamed_official(token: Token, ctx: Context, exclude: Mention | None) -> Mention | None:
    if token.dep_ != "nsubj" or is_quoted(token):
        return None
    doc = token.doc
    previous = doc[ctx.sent.start - 1].sent if ctx.sent.start > 0 else None
    if previous is None:
        return None
    for earlier in (t for t in previous if t.dep_ == "nsubj" and t.lemma_.lower() in OFFICIAL_NOUNS):
        mention = ctx.actors.mention_at(earlier)
        indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in earlier.children)
        named_since = any(m.type == "person" and earlier.idx < m.start < token.idx for m in ctx.history)
        if mention is not None and mention.type != "person" and indefinite and not named_since:
            return mention if exclude is None or mention.key != exclude.key else None
    return None


# '"... bombings to kill him," Mr Amin said': in direct speech "he" and "him" are never the speaker, who
# would say "I"; the person named last before the quote, other than the speaker
# "Daryl Williams says the man has had more extensive training than John Walker Lindh. 'He is understood to have
# travelled to Europe ...'": an unnamed person a clause is about, written after the person a "he" would otherwise go
# to was last named, is who the "he" is
def unnamed_person_since(found: Mention, token: Token, ctx: Context) -> bool:
    doc = token.doc
    named = (m for m in ctx.history if m.key == found.key and m.end <= token.idx and m.text.lower() not in THIRD_PERSON)
    last = max((m.end for m in named), default=found.end)  # where the person was last named, not a "he" before
    start = next((t.i for t in reversed(doc[: token.i]) if t.idx < last), -1) + 1
    between = [t for t in doc[start : token.i] if t.lemma_.lower() in UNNAMED_PERSON_NOUNS]
    # also "The official, a member of Mr Arafat's Fatah movement, was detained": a person named inside the phrase of
    # an unnamed one
    holders = [h for h in doc[start - 1].ancestors if h.lemma_.lower() in UNNAMED_PERSON_NOUNS] if start else []
    # also "Israel has freed Jibril Rajoub's deputy after holding him": one tied to the person, named through him
    kin = [t for t in doc[start - 1 : token.i] if t.lemma_.lower() in KIN_NOUNS and t.tag_ == "NN"] if start else []
    owned = any(
        c.dep_ == "poss" and (m := ctx.actors.mention_at(c)) is not None and m.key == found.key
        for t in kin
        for c in t.children
    )
    # "Terry Hicks says his son has been denied access ... charge him": a kin the sentence speaks of, unnamed
    kin_subject = any(t.dep_ in ("nsubj", "nsubjpass") and t.sent.start == ctx.sent.start for t in kin)
    return owned or kin_subject or any(
        t.tag_ == "NN"
        and t.dep_ in ("nsubj", "nsubjpass")
        and any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in t.children)
        and ctx.actors.mention_at(t) is None
        for t in [*between, *holders]
    )


# "killed in a shooting in Amazonia, Brazil ... aboard a boat with his crew when they were attacked": people no actor
# stands for, named after the actor found, are whom a plural pronoun more likely means
def unnamed_people_since(found: Mention, token: Token, ctx: Context) -> bool:
    doc = token.doc
    start = next((t.i for t in reversed(doc[: token.i]) if t.idx < found.end), -1) + 1
    # (also "the groups" the article does not name one by one: "shut down the groups. Islamabad says it has frozen
    # their bank accounts")
    return any(
        (t.lemma_.lower() in UNNAMED_PEOPLE_NOUNS or (t.lemma_.lower() in GROUP_WORDS and t.tag_ == "NNS"))
        and t.pos_ == "NOUN"
        and ctx.actors.mention_at(t) is None
        for t in doc[start : token.i]
    )


def other_than_speaker(token: Token, found: Mention | None, ctx: Context) -> Mention | None:
    speaker = ctx.speaker
    if found is None or speaker is None or found.key != speaker.key or not is_quoted(token):
        return found
    return someone_else(token, ctx, speaker)


def someone_else(token: Token, ctx: Context, speaker: Mention) -> Mention | None:
    """The person a quoted "he" stands for: the last subject, else the last person named, not the speaker."""
    return recent_subject(token, ctx, speaker) or recent(token, ctx, {"person"}, speaker)


# "accused it of", "attacked it", "urged it to": "it" as the object of an act aimed at an actor, not a thing
def is_hostile_object(token: Token) -> bool:
    verb = token.head
    return (
        token.dep_ == "dobj"
        and verb.pos_ == "VERB"
        and LEXICON.get(verb.lemma_.lower()) in ("criticise", "attack", "threaten", "coerce", "appeal", "demand")
    )


# "Saudi Arabia and the UAE cut ties with Qatar, accusing it of supporting terrorism": the object of a participle
# clause is the other party of the clause it hangs on (not a co-subject)
def governing_object(token: Token, ctx: Context) -> Mention | None:
    from kg.extract.clauses import clause_objects, clause_subjects

    clause = token.head
    if clause.dep_ != "advcl" or clause.tag_ != "VBG" or clause.head.pos_ != "VERB":
        return None
    subjects = {m.key for m in clause_subjects(clause.head, ctx)}
    others = [m for _, m, _, _ in clause_objects(clause.head, ctx) if m.key not in subjects and m.type in SIDE_TYPES]
    return others[0] if others else None


# "Azerbaijan launched measures ..., and Armenia accused it": the last country or group that did something
def recent_group_subject(token: Token, ctx: Context, exclude: Mention | None) -> Mention | None:
    # "The Turkish president accused it of harbouring terrorists": not the accuser's own country either
    avoid = {exclude.key, ctx.actors.affiliated_side(exclude).key} if exclude is not None else set()
    for mention in reversed(ctx.history):
        if mention.start >= token.idx or mention.type not in SIDE_TYPES:
            continue
        if mention.key in avoid:
            continue
        if in_subject(mention, ctx):
            return mention
    return None


# "Commonwealth ministers will meet for talks on Zimbabwe. In recent meetings, they have suspended Fiji": a
# "they" opening the next sentence is the plural noun subject before it, not Zimbabwe; the actors that
# subject names ("CMAG ministers"), or none; None when the sentence before has no plural noun subject
def plural_subject_before(ctx: Context) -> list[Mention] | None:
    previous = sentence_before(ctx)
    if previous is None:
        return None
    root = previous.root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    plural = [s for s in subjects if s.tag_ in ("NNS", "NNPS") and s.pos_ == "NOUN" and not s.conjuncts]
    if not plural:
        return None
    own = [m for c in plural[0].children if c.dep_ in ("compound", "nmod") and (m := ctx.actors.mention_at(c))]
    named = own or actors_of(plural[0], ctx)  # "CMAG ministers from Australia, Bangladesh ...": CMAG's
    return named if len(named) == 1 and named[0].type != "person" else []


def clause_subjects_of_verb(verb: Token, ctx: Context) -> list[Mention]:
    """The subjects of a verb's clause (clauses reads this module: imported late)."""
    from kg.extract.clauses import clause_subjects

    return clause_subjects(verb, ctx)


# "The Taliban hosted the leader of al Qa'ida. They also betrayed the Afghan people": a "they" opening a sentence is the
# named group the sentence before had as its subject
def group_subject_before(ctx: Context) -> Mention | None:
    previous = sentence_before(ctx)
    if previous is None:
        return None
    subjects = [c for c in previous.root.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN"]
    named = [m for s in subjects for m in actors_of(s, ctx)]
    if len(named) != 1 or named[0].type not in ("armed_group", "organisation"):
        return None
    # not when another band is the subject of a later clause: "the Taliban had handed over weapons so the Arabs
    # could protect themselves. They have been threatening to blow up their hospital room"
    later = [m for m in ctx.history if previous.start_char <= m.start < previous.end_char and m.start > named[0].end]
    others = [m for m in later if m.key != named[0].key and (m.plural or m.type == "armed_group")]
    subjects_later = [m for m in others if (root := mention_root(m, ctx)) is not None and root.dep_ == "nsubj"]
    return None if subjects_later else named[0]


# "The Israeli soldiers returned fire, but the men escaped ... The army chased them": the last plural noun subject of
# the sentence before, in its main clause or a clause joined to it
def last_plural_subject_before(ctx: Context) -> list[Mention] | None:
    previous = sentence_before(ctx)
    if previous is None:
        return None
    verbs = [previous.root, *previous.root.conjuncts]
    subjects = [c for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    plural = [s for s in subjects if s.tag_ in ("NNS", "NNPS") and s.pos_ == "NOUN" and not s.conjuncts]
    if not plural:
        return None
    named = actors_of(max(plural, key=lambda s: s.i), ctx)
    return named if len(named) == 1 and named[0].type != "person" else []


# "The European Parliament is spoiling for a fight with Israel. It has voted to impose an arms embargo": an "it"
# opening a clause of action is the organisation or country subject of the sentence before (not the "it" of "It is
# thought that ...", "It was not clear")
def singular_subject_before(token: Token, ctx: Context) -> Mention | None:
    verb = token.head
    if verb.lemma_.lower() in EXPLETIVE_VERBS or verb.lemma_ in COPULAS or token.i != ctx.sent.start:
        return None
    previous = sentence_before(ctx)
    if previous is None or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    subjects = [c for c in previous.root.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("NN", "NNP")]
    named = [m for s in subjects for m in actors_of(s, ctx)]
    return named[0] if len(named) == 1 and named[0].type in ("organisation", "country", "armed_group") else None


def sentence_before(ctx: Context) -> Span | None:
    """The sentence before this one in the same paragraph."""
    if ctx.sent.start == 0:
        return None
    previous = ctx.sent.doc[ctx.sent.start - 1].sent
    return None if ctx.sent.start_char > previous.end_char + 2 else previous


# "condemned Iran for its support for Hamas", "cracked down on the militants for their attacks": the owner of the
# act one is judged or punished for is the one judged
def judged_owner(token: Token, ctx: Context) -> Mention | None:
    noun, prep = token.head, token.head.head
    if token.dep_ != "poss" or noun.dep_ != "pobj" or prep.lower_ not in ("for", "over") or prep.dep_ != "prep":
        return None
    holder = prep.head
    verb = holder if holder.pos_ == "VERB" else holder.head if holder.dep_ == "dobj" else None
    if verb is None or verb.pos_ != "VERB":
        return None
    judged = [c for c in verb.children if c.dep_ == "dobj"]
    judged += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("on", "against") for o in p.children]
    groups = [m for c in judged if c.i < token.i for m in actors_of(c, ctx) if m.type != "person"]
    return groups[0] if groups else None


# "sanctions against Iran over its supply of drones": a party named between the subject and "its" is nearer
def nearer_party(token: Token, subject: Mention, ctx: Context) -> Mention | None:
    for mention in reversed(ctx.history):
        if mention.start >= token.idx or mention.start < ctx.sent.start_char:
            continue
        if mention.key == subject.key or mention.type in ("person", "place", "media"):
            return None
        return mention if mention_dep(mention, ctx) == "pobj" else None
    return None


# "Kuwait and Qatar have offered their bases": the object of a clause whose subject joins two or more names
def joint_subject(token: Token) -> bool:
    verb = token.head.head if token.head.dep_ in ("dobj", "pobj") else None
    while verb is not None and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] if verb is not None else []
    return any(s.pos_ == "PROPN" and any(c.dep_ == "conj" for c in s.children) for s in subjects)


# "Israel's killing of its commander": the one who does a hostile act named by a noun is not the owner of the one it
# hits (who would be "its own")
def struck_owners_agent(token: Token, ctx: Context) -> Mention | None:
    owned = token.head
    if owned.dep_ != "pobj" or any(c.lower_ == "own" for c in owned.children):
        return None
    if owned.head.lower_ in ("on", "against", "at"):  # "American strikes on their positions"
        act = owned.head.head
        blow = act.pos_ == "NOUN" and LEXICON.get(act.lemma_.lower()) in OWNER_CLASSES
        agents = [m for c in act.children if c.dep_ in ("poss", "amod", "compound") for m in actors_of(c, ctx)]
        return agents[0] if blow and agents else None
    if owned.head.lower_ != "of":
        return None
    act = owned.head.head
    if act.dep_ == "pobj" and act.pos_ == "NUM" and act.head.lower_ == "of":
        act = act.head.head  # "Israel's killing of one of its commanders"
    if act.pos_ != "NOUN" or LEXICON.get(act.lemma_.lower()) not in OWNER_CLASSES:
        return None
    agents = [m for c in act.children if c.dep_ == "poss" for m in actors_of(c, ctx)]
    return agents[0] if agents else None


# "She urged him to release Navalny": the subject of the clause an object pronoun sits in
def clause_subject_of(token: Token, ctx: Context) -> Mention | None:
    if token.i in _BINDING:
        return None  # resolving the subject led back to this pronoun
    _BINDING.add(token.i)
    try:
        return _clause_subject_of(token, ctx)
    finally:
        _BINDING.discard(token.i)


_BINDING: set[int] = set()  # object pronouns whose clause subject is being resolved


# subject control: "the leadership vowed to crack down on them": the subject of "vowed" cracks down (not under
# an object, "urged the leadership to crack down on them", whose "them" the text leaves open)
def controller(verb: Token) -> Token:
    while verb.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        if any(c.dep_ == "dobj" for c in verb.head.children):
            break
        verb = verb.head
    return verb


# "Pakistani troops have been deployed along the border to stop them": the subjects of a passive verb of sending
# forces, which carry out the purpose infinitive hung on it
def dispatched(verb: Token) -> list[Token]:
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VB" or head.lemma_.lower() not in DISPATCH_VERBS:
        return []
    return [c for c in head.children if c.dep_ == "nsubjpass"]


def _clause_subject_of(token: Token, ctx: Context) -> Mention | None:
    subjects = clause_subject_tokens(token)
    if not subjects or subjects[0].lower_ in OBJECT_PRONOUNS:
        return None
    found = actors_of(subjects[0], ctx)
    return found[0] if found else None


def is_reciprocal_pronoun(token: Token) -> bool:
    """'each other', 'one another'."""
    before = token.doc[token.i - 1].lower_ if token.i > 0 else ""
    return (token.lower_, before) in (("other", "each"), ("another", "one"))


# "India and Pakistan accused each other", "agreed not to use force against each other": the clause's subjects,
# each of whom the other acts on (a subject never acts on itself)
def reciprocal_parties(token: Token, ctx: Context) -> list[Mention]:
    subjects = [m for s in clause_subject_tokens(token) for c in (s, *s.conjuncts) for m in actors_of(c, ctx)]
    return subjects if len({m.key for m in subjects}) >= 2 else []


def governing_verb(token: Token) -> Token:
    """The verb of the clause a noun or pronoun is part of (the root when there is none)."""
    verb = token.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def clause_subject_tokens(token: Token) -> list[Token]:
    """The subjects of the clause a pronoun is an argument of (its first subject, or the sending verb's subjects)."""
    verb = governing_verb(token)
    if token.dep_ == "nsubj" and verb.head.i != verb.i:
        verb = verb.head  # "urged him to release": "him" parsed as the infinitive's subject
    verb = controller(verb)
    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head  # "criticised Kurti's government and urged it to withdraw": the first verb's subject
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head  # "they were leaving the bloc, accusing it of ...": the participle's subject is the clause's
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i != token.i]
    relative = subjects and verb.dep_ == "relcl" and subjects[0].lower_ in RELATIVE_PRONOUNS
    if relative and token.lower_ in OBJECT_PRONOUNS:
        return [verb.head]  # "Zelenskiy, who thanked him": the one the relative clause describes
    return subjects[:1] or dispatched(verb)


# "The United States and the European Union ... urged it to withdraw": an object pronoun is none of its clause's
# (conjoined) subjects
def binds_own_subject(token: Token, found: Mention, ctx: Context) -> bool:
    if token.lower_ not in OBJECT_PRONOUNS | {"it"} or token.dep_ not in ("dobj", "dative", "pobj"):
        return False
    if token.i in _BINDING:
        return False
    _BINDING.add(token.i)
    try:
        subjects = [m for s in clause_subject_tokens(token) for c in (s, *s.conjuncts) for m in actors_of(c, ctx)]
    finally:
        _BINDING.discard(token.i)
    return any(m.key == found.key for m in subjects)


# "X had demanded Y ... but Y rejected his demand": the possessor of an event noun is the one
# who did the same verb earlier in the sentence
def event_owner(token: Token, ctx: Context, exclude: Mention | None) -> Mention | None:
    if token.dep_ != "poss" or token.head.pos_ != "NOUN":
        return None
    lemma = token.head.lemma_.lower()
    for verb in ctx.sent:
        if verb.i >= token.i:
            break
        if verb.pos_ == "VERB" and verb.lemma_.lower() == lemma:
            for subject in (c for c in verb.children if c.dep_ == "nsubj"):
                for mention in actors_of(subject, ctx):
                    if mention.type == "person" and (exclude is None or mention.key != exclude.key):
                        return mention
    return None


# "The accusation against Biden is that he called for ...": the subject of a clause that says what a thing
# about one person is, is that person
def copula_topic(token: Token, ctx: Context, exclude: Mention | None) -> Mention | None:
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = token.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    copula = clause.head
    if clause.dep_ not in ("ccomp", "attr") or copula.lemma_ != "be":
        return None
    topic = next((c for c in copula.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    if topic is None:
        return None
    people = {
        m.key: m
        for t in topic.subtree
        if (m := ctx.actors.mention_at(t)) is not None and m.type == "person" and agrees(token, m, ctx)
    }
    found = list(people.values())
    return found[0] if len(found) == 1 and (exclude is None or found[0].key != exclude.key) else None


# "Trump defended his decision": a possessive pronoun in a clause's object is bound by its subject
# "Blinken travelled to Amman, where he met King Abdullah": "he" in a "where" or "when" clause on a place or time of
# the clause is that clause's subject
def where_subject(token: Token, ctx: Context) -> Mention | None:
    verb = token.head
    if token.dep_ != "nsubj" or verb.dep_ != "relcl" or not any(c.lower_ in ("where", "when") for c in verb.children):
        return None
    clause = next((a for a in verb.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return named_person_subject(clause, ctx) if clause is not None else None


def clause_owner(token: Token, ctx: Context) -> Mention | None:
    if token.dep_ != "poss":
        return None
    verb = governing_verb(token)
    return named_person_subject(verb, ctx) or controlling_person(token, verb, ctx)


# "Mr Karzai says he wants the force to help his administration": a "his" is the person whose clause holds it, up
# through clauses whose subjects are no person: the object told or asked to act ("urged Sharon to end his attacks"),
# a "he" subject, already resolved, or the person a relative clause describes (not a named subject: "Arafat told CNN
# that Mr Sharon was trying to torpedo his own crackdown", said of the speaker's)
def controlling_person(token: Token, verb: Token, ctx: Context) -> Mention | None:
    from kg.extract.speech import is_speech_verb

    owned_subject = False  # the pronoun's noun is the subject of the clause below
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        named = ctx.actors.mention_at(subjects[0]) if subjects else None
        if owned_subject and named is not None and named.type == "person" and is_speech_verb(verb):
            return named  # "Kemakeza says his Government will not negotiate with Keke": the speaker's
        owned_subject = False
        if subjects and token in subjects[0].subtree:
            subjects = []  # "help his administration restore order": the clause the pronoun's noun is the subject of
            owned_subject = True
        if subjects and subjects[0].lower_ in ("he", "she"):
            found = pronoun_actor(subjects[0], ctx)
            return found if found is not None and found.type == "person" else None
        if subjects and subjects[0].lower_ in ("who", "that") and verb.dep_ == "relcl":
            found = ctx.actors.mention_at(verb.head)  # "Ariel Sharon, who has banned his ministers from ..."
            return found if found is not None and found.type == "person" else None
        if subjects and (is_pronoun(subjects[0]) or (named is not None and named.type == "person")):
            return None
        if verb.dep_ == "xcomp":
            objects = [ctx.actors.mention_at(c) for c in verb.head.children if c.dep_ == "dobj"]
            if objects and objects[0] is not None and objects[0].type == "person":
                return objects[0]
        if verb.dep_ not in ("xcomp", "ccomp") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def named_person_subject(verb: Token, ctx: Context) -> Mention | None:
    """The person a clause's subject names (not a pronoun)."""
    for subject in (c for c in verb.children if c.dep_ == "nsubj" and not is_pronoun(c)):
        mention = ctx.actors.mention_at(subject)
        if mention is not None and mention.type == "person":
            return mention
    return None


def thing_topic_before(token: Token) -> bool:
    """'while the initiative may create jobs in India, it will not help': an adverbial clause before the pronoun,
    in its own clause, whose subject is a singular thing the pronoun takes up."""
    for clause in (c for c in token.head.children if c.dep_ == "advcl" and c.i < token.i):
        if any(s.dep_ == "nsubj" and s.tag_ == "NN" and not s.ent_type_ for s in clause.children):
            return True
    return False


# "Khamenei said he rejected ...", "The White House stressed it is not working ...": the
# subject pronoun of a reported clause is the reporter, when the kinds agree
def reporter_of(token: Token, ctx: Context, types: set[str]) -> Mention | None:
    from kg.extract.speech import is_speech_verb

    if token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = token.head
    if token.lower_ == "it" and thing_topic_before(token):
        return None  # "The union says while the initiative may create jobs, it will not help ...": the initiative
    if clause.dep_ in ("acl", "ccomp") and clause.head.lemma_.lower() in DENIED_NOUNS and clause.head.dep_ == "dobj":
        clause = clause.head  # "Iran denied reports that it had attacked Saudi Arabia": what the reports say
    dismissed_as = clause.dep_ in ("acl", "ccomp") and clause.head.lemma_.lower() in DENIED_NOUNS
    if dismissed_as and clause.head.dep_ == "pobj" and clause.head.head.lower_ == "as":
        clause = clause.head  # parser: "dismissed as baseless allegations that it supplied ..."
    governor = clause.head.head if clause.dep_ == "pobj" and clause.head.lower_ == "as" else clause.head
    while governor is not None and governor.i != clause.i and (
        clause.dep_ in ("ccomp", "xcomp", "conj") or clause.lemma_.lower() in DENIED_NOUNS
    ):
        dismissed = clause.lemma_.lower() in DENIED_NOUNS and governor.lemma_ in DISMISSING_VERBS
        if is_speech_verb(governor) or governor.lemma_ in REPORTING_LEMMAS or dismissed:
            speaker_clause = governor
            if governor.dep_ in ("advcl", "conj") and not any(c.dep_ == "nsubj" for c in governor.children):
                speaker_clause = governor.head  # "Earnest would not acknowledge ..., saying he would not ..."
            subjects = [m for c in speaker_clause.children if c.dep_ == "nsubj" for m in actors_of(c, ctx)]
            for mention in subjects or place_joined_subjects(speaker_clause, ctx):
                if mention.type in types:
                    return mention
                side = ctx.actors.affiliated_side(mention)  # "Houthi spokesperson Yahya Sarea said it ..."
                if mention.type == "person" and side.type in types and "person" not in types:
                    return side
        elif clause.dep_ != "conj" and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for c in governor.children
        ):
            return None  # "says ministers should review whether the violence means it has ...": not the reporter
        clause, governor = governor, governor.head
    # "In Canberra, the Foreign Minister, Alexander Downer, says Australia supports ..., but he has urged ...", which
    # the parser reads with "says" set beside the reported clause
    saying = [c for c in clause.children if c.dep_ == "parataxis" and c.i < clause.i and is_speech_verb(c)]
    if clause.dep_ == "ROOT" and saying and "person" in types:
        found = [m for c in saying[0].children if c.dep_ == "nsubj" for m in actors_of(c, ctx)]
        return next((m for m in found or place_joined_subjects(saying[0], ctx) if m.type == "person"), None)
    return None


# "In Canberra, the Foreign Minister, Alexander Downer, says ...", which the parser reads with the minister joined to
# the place: a verb with no subject takes the actor joined to the place its opening phrase names
def place_joined_subjects(verb: Token, ctx: Context) -> list[Mention]:
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return []
    holders = [verb, verb.head] if verb.dep_ == "parataxis" else [verb]  # (the parser may set "says" beside)
    opening = [p for h in holders for p in h.lefts if p.dep_ == "prep" and p.i < verb.i]
    places = [o for p in opening for o in p.children if o.dep_ == "pobj" and o.ent_type_ == "GPE"]
    joined = [c for place in places for c in place.conjuncts if c.i > place.i and c.i < verb.i]
    return [m for c in joined if (m := actor_of(c, ctx)) is not None and m.type != "place"]


# "He says in 1999 David told him about training", "Trump said Putin had called him": an object pronoun in a
# reported clause is the person reporting it; "Israeli officials said Hamas had attacked them": "them" the side
def object_reporter(token: Token, ctx: Context, exclude: Mention | None) -> Mention | None:
    from kg.extract.speech import is_speech_verb

    plural = token.lower_ == "them"
    if token.lower_ not in ("him", "her", "them") or token.dep_ not in ("dobj", "dative", "pobj"):
        return None
    clause = object_clause(token)
    if clause.dep_ != "ccomp" or not is_speech_verb(clause.head):
        return None
    reporters = [m for c in clause.head.children if c.dep_ == "nsubj" for m in actors_of(c, ctx)]
    types = GROUP_TYPES - {"place", "media"} if plural else {"person"}
    found = reporters[0] if len(reporters) == 1 and reporters[0].type in types else None
    return found if found is not None and (exclude is None or found.key != exclude.key) else None


def object_clause(token: Token) -> Token:
    """The verb an object pronoun belongs to: 'attacked' in 'attacked them', 'told' in 'told of him'."""
    return token.head.head if token.dep_ == "pobj" else token.head


def unnamed_reporter(token: Token) -> bool:
    """'they' as the subject of a clause reported by a plural noun subject: 'tribal forces claimed they had', 'The
    Greens say they will support' (a name no actor stands for)."""
    from kg.extract.speech import is_speech_verb

    if token.dep_ != "nsubj" or token.head.dep_ != "ccomp":
        return False
    governor = token.head.head
    if not (is_speech_verb(governor) or governor.lemma_ in REPORTING_LEMMAS):
        return False
    return any(c.dep_ == "nsubj" and c.tag_ in ("NNS", "NNPS") for c in governor.children)


# "a doctor working for the relief agency said that he had treated six of Agha's men": "he" reported by a person no
# name or title of a named person stands for is that person
def unnamed_person_reporter(token: Token, ctx: Context) -> bool:
    from kg.extract.speech import is_speech_verb

    if token.dep_ not in ("nsubj", "nsubjpass") or token.head.dep_ != "ccomp":
        return False
    governor = token.head.head
    if not (is_speech_verb(governor) or governor.lemma_ in REPORTING_LEMMAS):
        return False
    lemmas = UNNAMED_REPORTER_NOUNS | TITLE_WORDS
    return any(
        c.dep_ == "nsubj" and c.tag_ == "NN" and c.lemma_.lower() in lemmas and not actors_of(c, ctx)
        for c in governor.children
    )


# "Mr Hicks' family told media the Australian Federal Police had told them not to comment": "them" in what a
# family, a crew or another body of no name reports is that body, whom no actor stands for
def unnamed_body_reporter(token: Token, ctx: Context) -> bool:
    from kg.extract.speech import is_speech_verb

    if token.dep_ not in ("dobj", "dative", "pobj"):
        return False
    clause = object_clause(token)
    while clause.dep_ in ("xcomp", "conj", "advcl", "prep", "pcomp") and clause.head.i != clause.i:
        clause = clause.head
    governor = clause.head
    if clause.dep_ != "ccomp" or not (is_speech_verb(governor) or governor.lemma_ in REPORTING_LEMMAS):
        return False
    return any(
        c.dep_ == "nsubj" and c.lemma_.lower() in BODY_NOUNS and not actors_of(c, ctx) for c in governor.children
    )


# "Anne Sacoolas was questioned ... She informed police": a person pronoun continues the person who
# was the subject of an earlier sentence rather than whoever was named last; or of an earlier clause of its own
# sentence ("Mr Downer says it is unclear when Mr Hicks will be back, but he is hopeful the Americans will let
# Australian authorities interview him")
def recent_subject(token: Token, ctx: Context, exclude: Mention | None) -> Mention | None:
    sentence_start = ctx.sent.start_char
    for mention in reversed(ctx.history):
        if mention.start >= token.idx or mention.type != "person" or not agrees(token, mention, ctx):
            continue
        if mention.start >= sentence_start and not subject_of_other_clause(mention, token, ctx):
            continue
        if exclude is not None and mention.key == exclude.key:
            continue
        if mention_dep(mention, ctx) in ("nsubj", "nsubjpass") or names_subject(mention, ctx):
            return mention
        if mention.start < sentence_start - 400:
            break
    return None


# "Erdogan said he would speak with Vladimir Putin to persuade him", "met Mr Zinni and urged him": an object pronoun
# under a verb whose own object, earlier in the sentence, is a person is that person
def higher_clause_object(token: Token, ctx: Context, exclude: Mention | None) -> Mention | None:
    if token.lower_ not in ("him", "her") or token.dep_ not in ("dobj", "dative", "pobj"):
        return None
    ancestors = {a.i for a in token.ancestors}
    for mention in reversed(ctx.history):
        if mention.start >= token.idx or mention.start < ctx.sent.start_char or mention.type != "person":
            continue
        span = ctx.sent.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or not len(span) or (exclude is not None and mention.key == exclude.key):
            continue
        root = span.root
        verb = root.head.head if root.dep_ == "pobj" else root.head
        if root.dep_ in ("dobj", "dative", "pobj") and verb.i in ancestors and agrees(token, mention, ctx):
            return mention
    return None


# "France criticised Russia, saying it had attacked Ukraine", "blamed the Government, saying it had abandoned
# Hicks": the subject of a hostile act given as the reason for a criticism is the one criticised
def judged_doer(token: Token, ctx: Context) -> Mention | None:
    from kg.extract.speech import is_speech_verb

    verb = token.head
    if token.dep_ != "nsubj" or token.lower_ not in ("it", "they", "he", "she") or verb.dep_ != "ccomp":
        return None
    saying = verb.head
    if not (saying.dep_ == "advcl" and saying.tag_ == "VBG" and is_speech_verb(saying)):
        return None
    done = verb.tag_ in ("VBD", "VBN") and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
    if not done and classify(verb.lemma_.lower()) not in HOSTILE_CLASSES | {"criticise", "threaten"}:
        return None  # "criticised Russia, saying it would support Ukraine": the critic's own act, foretold
    judging = saying.head
    if classify(judging.lemma_.lower()) not in ("criticise", "reject"):
        return None
    found = [m for c in judging.children if c.dep_ == "dobj" for m in actors_of(c, ctx)]
    return found[0] if len(found) == 1 else None


# "Iraq's ambassador has been given a week to leave after the Government expelled him": an object pronoun in an
# adverbial clause is the one the main clause is about
def main_clause_subjects(token: Token) -> list[Token]:
    if token.lower_ in ("his", "her") and token.dep_ == "poss":  # "agreed ... after Australia offered his country aid"
        token = token.head
        if token.dep_ not in ("dobj", "dative") or token.head.dep_ != "advcl":
            return []
    elif token.lower_ not in ("him", "her") or token.dep_ not in ("dobj", "dative", "pobj"):
        return []
    clause = token.head.head if token.dep_ == "pobj" else token.head
    if clause.dep_ != "advcl":
        return embedding_subjects(clause)
    head = clause.head
    while head.dep_ in ("advcl", "xcomp") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        head = head.head
    return [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"]


# "Chavez has accused Washington of trying to topple him": the subject of the clause that embeds the pronoun's (through
# infinitives, gerunds and their prepositions), past the pronoun's own clause's subject
def embedding_subjects(clause: Token) -> list[Token]:
    current = clause
    for _ in range(4):
        if current.dep_ not in ("xcomp", "pcomp", "prep") or current.head.i == current.i:
            return []
        current = current.head
        if current.pos_ in ("VERB", "AUX") and current.dep_ not in ("xcomp", "pcomp"):
            return [c for c in current.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
    return []


# "Yasser Arafat left Gaza after Ariel Sharon threatened him": the person the main clause is about
def main_clause_person(token: Token, ctx: Context, exclude: Mention | None) -> Mention | None:
    found = [m for s in main_clause_subjects(token) if (m := actor_of(s, ctx)) is not None and m.type == "person"]
    return next((m for m in found if exclude is None or m.key != exclude.key), None)


# "... the Government expelled him", him Iraq's ambassador: an envoy stands for the state that sent him
def main_clause_envoy(token: Token, ctx: Context, exclude: Mention | None) -> Mention | None:
    envoys = [s for s in main_clause_subjects(token) if s.lemma_.lower() in ENVOY_NOUNS]
    found = [m for s in envoys if (m := actor_of(s, ctx)) is not None and m.type == "country"]
    return next((m for m in found if exclude is None or m.key != exclude.key), None)


# an object pronoun's antecedent in its own sentence: the subject of a clause that is not one the pronoun is in
# ("Sharon and Arafat met Mr Zinni and urged him": not the subject of "urged", which "met" shares)
def subject_of_other_clause(mention: Mention, token: Token, ctx: Context) -> bool:
    if token.lower_ not in ("him", "her"):
        return False
    span = ctx.sent.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or not len(span) or span.root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return span.root.head not in token.ancestors


# "Solomon Lew and Lindsay Fox have called on ... The pair met with the Premier": "the pair", "the duo", "the two
# men", "both men" are people named together before
def names_pair_of_people(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if lemma in PAIR_OF_PEOPLE and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return True
    counted = any(c.lower_ in ("two", "both") for c in token.children if c.dep_ in ("nummod", "det", "predet"))
    # also "the two leaders", "both ministers": office holders named together before
    return (lemma in ("man", "woman") or lemma in OFFICE_GROUPS) and token.tag_ == "NNS" and counted


# "Vajpayee said ... Musharraf said ... Tony Blair urged the two leaders to show restraint": "the two" office holders,
# named apart, are the last two people named before, other than the clause's own subject
def two_people_named_last(token: Token, ctx: Context) -> list[Mention]:
    if not any(c.lower_ == "two" for c in token.children if c.dep_ == "nummod"):
        return []
    own = {m.key for s in clause_subject_tokens(token) for m in actors_of(s, ctx)} if token.dep_ != "nsubj" else set()
    people: list[Mention] = []
    for mention in reversed(ctx.history):
        if mention.start < token.idx and mention.type == "person" and mention.key not in own:
            if all(p.key != mention.key for p in people):
                people.append(mention)
        if len(people) == 2:
            return people[::-1]
    return []


# "Powell spoke with Musharraf and Vajpayee and urged them to step back", "Blair met Sharon and Arafat. He urged them
# to resume talks": "them" after people named together, with no plural party named since, are those people
def coordinated_people_before(token: Token, ctx: Context) -> list[Mention]:
    if token.lower_ != "them" or token.dep_ not in ("dobj", "pobj", "dative"):
        return []
    own = {m.key for s in clause_subject_tokens(token) for m in actors_of(s, ctx)}
    doc = ctx.sent.doc
    previous = [s for s in doc.sents if s.end <= ctx.sent.start][-1:]
    words = [t for s in previous for t in s] + [t for t in ctx.sent if t.i < token.i]
    for word in reversed(words):
        if word.dep_ == "conj" or word.pos_ not in ("NOUN", "PROPN"):
            continue
        named = actors_of(word, ctx) if word.conjuncts else []
        if len(named) >= 2 and all(m.type == "person" for m in named):
            people = [m for m in named if m.key not in own]
            return people if len(people) >= 2 else []
        if word.tag_ in ("NNS", "NNPS") or (named and any(m.type != "person" for m in named)):
            return []  # "... met Sharon and Arafat. Militants attacked them": the plural named since
        if (m := ctx.actors.mention_at(word)) is not None and m.type != "person" and m.plural:
            return []
    return []


# "Shoukry and his counterparts, Dendias and Le Drian, gathered ... They concluded ...": people named
# together as a subject shortly before
def recent_people(ctx: Context) -> list[Mention]:
    doc = ctx.sent.doc
    earlier = [s for s in doc.sents if s.end <= ctx.sent.start][-4:]
    for sent in reversed(earlier):
        for subject in (
            t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and not is_pronoun(t) and not names_pair_of_people(t)
        ):
            people = [m for m in actors_of(subject, ctx) if m.type == "person"]
            if len(people) == 1 and subject.head.lemma_.lower() in RECIPROCAL_VERBS:  # "Putin has met Jiang"
                met = [c for c in subject.head.children if c.dep_ == "dobj"]
                people += [m for o in met for m in actors_of(o, ctx) if m.type == "person" and m.key != people[0].key]
            if len(people) >= 2:
                return people
    return []


def recent(
    token: Token,
    ctx: Context,
    types: set[str],
    exclude: Mention | None,
    avoid_side: bool = False,
    skip_modifiers: bool = False,
    skip_plural_adjectives: bool = False,
    skip_destinations: bool = False,
    skip_locations: bool = False,
) -> Mention | None:
    """The most recent earlier actor mention of the given types; with skip_modifiers, not one that
    only modifies a noun ("German firms" does not make Germany "the nation"); with skip_locations, not a place
    where something happens ("for talks in Washington ..., pressing them")."""
    avoid = {exclude.key} if exclude else set()
    if avoid_side and ctx.speaker_side is not None:
        avoid.add(ctx.speaker_side.key)
    if avoid_side and ctx.speaker is not None:
        avoid.add(ctx.speaker.key)
    for mention in map(lambda m: counted_band(m, ctx), reversed(ctx.history)):
        if mention.start < token.idx and mention.type in types and mention.key not in avoid:
            modifier = mention_dep(mention, ctx) in ("amod", "compound", "npadvmod")
            # "Norwegian-brokered"; but "the Jemaah Islamiah network ... the group" is the group named, and so is
            # the armed group whose things are named ("struck Houthi radar sites, days after the group fired")
            named_elsewhere = mention.type == "armed_group" and mention.start < token.left_edge.idx  # (not "the
            # al-Qaeda-linked group", the phrase's own modifier)
            if skip_modifiers and modifier and not named_band(mention, ctx) and not named_elsewhere:
                continue
            if skip_plural_adjectives and adjective_of_plural(mention, ctx):
                people = plural_people(mention, ctx) if token.lower_ in THIRD_PLURAL else None
                if people is not None and people.key not in avoid:
                    return people  # "a meeting of various Palestinian factions ... had informed them": the factions
                continue
            if skip_destinations and is_destination(mention, ctx):
                continue
            if skip_locations and is_location_mention(mention, ctx):
                continue
            if not agrees(token, mention, ctx):
                continue
            return mention
    return None


# "three Palestinian militants ... The three Palestinians opened fire ... They were killed": a people's name counted
# with "the" is the band counted before (the resolver's reading of the word, not the name's)
def counted_band(mention: Mention, ctx: Context) -> Mention:
    if mention.type != "country" or not mention.plural:
        return mention
    span = ctx.sent.doc.char_span(mention.start, mention.end)
    band = ctx.actors.mention_at(span.root) if span is not None else None
    return band if band is not None and band.type == "armed_group" else mention


# "Ms Lam ... Hong Kong people have learned to ignore her": "she" and "her" are not a man the article
# called "Mr", nor "he" a woman it called "Ms"
def agrees(token: Token, mention: Mention, ctx: Context) -> bool:
    if mention.type == "place" and token.lower_ in THIRD_PLURAL and not mention.plural:
        return False  # "... on the northern edge of the Gaza Strip. They were killed by shell fire": not the strip
    if mention.type == "country" and token.lower_ in THIRD_PLURAL and adjective_of_singular(mention, ctx):
        return False  # "rebels on the southern Philippine island of Basilan have threatened to behead them"
    if token.lower_ in MASCULINE | FEMININE and mention.type in ("organisation", "media"):
        return False  # "a Japanese national working for Astellas Pharma ... to release him": a person, no company
    if mention.type != "person" or token.lower_ not in MASCULINE | FEMININE:
        return True
    sex = ctx.actors.sex_of(mention.key)
    return sex is None or sex == ("m" if token.lower_ in MASCULINE else "f")


# "the countries", "the two leaders", "they": the last two actors of a kind the article named
def recent_pair(token: Token, ctx: Context, types: set[str], exclude: frozenset[str] = frozenset()) -> list[Mention]:
    found: list[Mention] = []
    if token.lower_ == "they" and is_quoted(token):
        return []  # '"I'm surprised they're discussing this," Honig said': whom he means, the text may not say
    for mention in reversed(ctx.history):
        if mention.start >= token.idx or mention.type not in types or is_location_mention(mention, ctx):
            continue
        if mention.key in exclude:
            continue
        if mention.type == "person" and mention_dep(mention, ctx) in ("poss", "compound"):
            continue  # "President Erdogan's engagement" does not make Erdogan one of "the leaders"
        if all(m.key != mention.key for m in found):
            found.append(mention)
        if len(found) == 2:
            return found[::-1]
    return []


def in_subject(mention: Mention, ctx: Context) -> bool:
    """The mention is a subject or part of one: 'Egypt', 'the US envoy', 'Britain's Prime Minister'."""
    token = mention_root(mention, ctx)
    if token is None:
        return False
    while token.dep_ in ("compound", "amod", "poss", "nmod", "appos", "conj") and token.head.i != token.i:
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass")


def plural_people(mention: Mention, ctx: Context) -> Mention | None:
    """The group a nation's adjective names with its plural noun: 'Palestinian factions' for 'Palestinian'."""
    root = mention_root(mention, ctx)
    group = ctx.actors.mention_at(root.head) if root is not None else None
    return group if group is not None and group.key != mention.key and group.type in ("group", "armed_group") else None


def adjective_of_singular(mention: Mention, ctx: Context) -> bool:
    """'Philippine' in 'the Philippine island of Basilan': a nation named only as the adjective of one thing."""
    root = mention_root(mention, ctx)
    return root is not None and root.dep_ == "amod" and root.head.tag_ in ("NN", "NNP")


def adjective_of_plural(mention: Mention, ctx: Context) -> bool:
    """'Palestinian' in 'Palestinian militants', 'US' in 'US bombardments': a nation named only as the adjective or
    modifier of a plural noun."""
    root = mention_root(mention, ctx)
    deps = ("amod", "compound") if mention.type == "country" else ("amod",)  # (but "ISIS detainees" are ISIS's)
    return root is not None and root.dep_ in deps and root.head.tag_ in ("NNS", "NNPS")


def mention_root(mention: Mention, ctx: Context) -> Token | None:
    """The head token of the words a mention spans."""
    span = ctx.sent.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


# "the Jemaah Islamiah network", "the Hamas movement": a name before a noun of a group is the group's own name
def named_band(mention: Mention, ctx: Context) -> bool:
    root = mention_root(mention, ctx)
    return root is not None and root.head.lemma_.lower() in GROUP_WORDS | {"network"} and mention.type != "country"


# "A spokesman for the Iranian Foreign Ministry, Hamid Reza Asefi, says ...": a name in apposition to a subject (the
# parser may hang it on the subject's last noun)
def names_subject(mention: Mention, ctx: Context) -> bool:
    root = mention_root(mention, ctx)
    if root is None or root.dep_ != "appos":
        return False
    head = root.head
    while head.dep_ in ("pobj", "prep") and head.head.i != head.i:
        head = head.head
    return head.dep_ in ("nsubj", "nsubjpass")


def mention_dep(mention: Mention, ctx: Context) -> str:
    root = mention_root(mention, ctx)
    return root.dep_ if root is not None else ""


# "striking in Syria": a place where something happens, not a party
def is_location_mention(mention: Mention, ctx: Context, preps: set[str] | None = None) -> bool:
    root = mention_root(mention, ctx)
    return root is not None and root.dep_ == "pobj" and root.head.lower_ in (LOCATION_PREPS if preps is None else preps)


# prepositions before a place where something happens: "in Gaza", "across the West Bank"
LOCATION_PREPS = {"in", "at", "across", "throughout", "inside", "within", "near"}
