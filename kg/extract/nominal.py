"""Nominal relations: 'Daesh's attacks on Iraq', 'a letter to Khamenei', 'no cooperation between
the countries', 'the United States' killing of Soleimani'."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.extract.arguments import (
    SIDE_TYPES,
    Context,
    actor_of,
    actors_of,
    agents,
    both_sides,
    last_event_pair,
    led_by_prefix,
    main_conflict,
    modifier_actors,
    recent_pair,
)
from kg.extract.candidates import Candidate
from kg.extract.clauses import (
    border_neighbours,
    clause_subjects,
    detached_preps,
    drill_holders,
    drill_targets,
    ended_act_doers,
    ends_act,
    event_agents,
    is_drill,
    is_party_preposition,
    is_passive,
    joiners,
    last_attack,
    located_in,
    noun_agents,
    occupants,
    of_agents,
    place_country,
    prepositional_objects,
    quantified,
    relative_victims,
    stranded_sources,
    target_objects,
)
from kg.extract.lexicon import (
    AGENT_NOUNS,
    BORDER_NOUNS,
    CALLED_OFF_WORDS,
    COPULAS,
    DEGREE_WORDS,
    DENIED_NOUNS,
    DYING_VERBS,
    ENDING_NOUNS,
    FEAR_NOUNS,
    FORESEEING_VERBS,
    GROUPING_NOUNS,
    HAPPENING_VERBS,
    HOSTILE_CLASSES,
    HUNT_NOUNS,
    HYPOTHETICAL_AUX,
    LEAVER_NOUNS,
    LEAVING_NOUNS,
    LIFTING_VERBS,
    LOCATED_TARGETS,
    MARKED_MODALITIES,
    MEDIATING_VERBS,
    MUTUAL_ACT_NOUNS,
    MUTUAL_ROLES,
    NEAR_WORDS,
    OF_AGENT_NOUNS,
    OFFER_NOUNS,
    OFFERING_VERBS,
    ORDERING_VERBS,
    PAIR_NOUNS,
    PERFORMING_VERBS,
    PLAN_NOUNS,
    PLANNING_VERBS,
    PREVENTING_VERBS,
    RELATION_NOUNS,
    RELATIVE_PRONOUNS,
    RISING_NOUNS,
    SHARE_NOUNS,
    SIGNAL_NOUNS,
    SOURCED_CLASSES,
    SPONSORED_ROLES,
    SPONSORING_VERBS,
    SUSPECT_NOUNS,
    TIE_NOUNS,
    TRAVEL_VERBS,
)
from kg.extract.phrases import attempted_act, compound_noun, counted_noun, is_planned_act, particles_of, untolerated_act
from kg.extract.polarity import (
    DENIAL_VERBS,
    EVIDENCE_NOUNS,
    denied_report,
    denied_word,
    has_negation,
    has_negative_determiner,
    has_to,
    is_negated,
    is_that_clause,
    is_unconfirmed,
    modality_of,
    never_happened,
)
from kg.extract.speech import names_speaker
from kg.resolve import Mention
from kg.resolve.lexicon import SECTOR_NOUNS
from kg.taxonomy import CONFLICT_CLASSES, FALLBACK_CLASS, LEXICON, classify, verb_of_gerund

if TYPE_CHECKING:
    from spacy.tokens import Token

# nouns that carry the agent of the relation noun after them: "application of pressure"
CARRIER_NOUNS = {"application", "use", "imposition", "exercise", "policy", "campaign", "programme", "program"}
# verbs by which an actor owns an attack: "claimed the attack", "carried out the strike"
CLAIM_VERBS = {"claim", "conduct", "launch", "stage", "perpetrate", "mount", "commit", "carry"}
# verbs by which an actor owns or disowns an act: "accepted responsibility for the murder"
RESPONSIBILITY_VERBS = {"accept", "claim", "take", "admit", "bear", "assume", "deny", "reject", "have"}
# verbs that answer a relation noun: "rejected U.S. overtures", "welcomed China's offer"
RESPONSE_VERBS = {
    "reject",
    "accept",
    "welcome",
    "rebuff",
    "spurn",
    "dismiss",
    "ignore",
    "heed",
    "refuse",
    "decline",
    "answer",
    "defy",
    "comply",
    "obey",
    "agree",  # "has agreed to a request from the Solomon Islands for more police"
    "follow",
    "respond",
    "reply",
    "react",
    "consider",  # "is considering the offer", "studying the proposal", "turned down the request"
    "study",
    "examine",
    "weigh",
    "embrace",
    "turn",
}
# requests at which one acts: "at the request of Iraq", "at Pakistan's behest", "at the invitation of"
OCCASION_REQUESTS = {"request", "behest", "invitation", "urging", "order", "orders", "instruction"}
NOMINAL_PREPS = {"with", "to", "against", "on", "toward", "towards", "at", "upon", "into"}
# verbs of giving way, whose negation confirms the relation they govern: "will not waver in its support"
WAVERING_VERBS = {"waver", "falter", "hesitate", "flinch", "relent", "tire", "weaken", "yield", "retreat"}
# verbs of accepting a done act, whose negation still takes the act as done: "does not recognize Russia's
# annexation of Crimea"
RECOGNISING_VERBS = {"recognize", "recognise", "accept", "condone", "tolerate", "forgive", "excuse"}
# classes of acts made to someone, who then answers them: overtures, offers, demands, threats
ADDRESSED_CLASSES = {"communicate", "appeal", "intend", "demand", "threaten", "support", "statement"}
# words of the lexicon that as nouns rarely name a relation: "the host", "a fair share"
NON_RELATION_NOUNS = {
    "host",
    "share",
    "question",
    "free",
    "back",
    "down",
    "cut",
    "station",
    "treat",
    "mass",
    "ease",
    "lift",
    "counter",
    "arm",
    "present",
    "return",
    "commit",
    "agree",
    "defence",
    "defense",
    "protection",
    "target",
}
# classes of acts that happen in a country: "the war in Ukraine"
THEATRE_CLASSES = {"attack", "fight", "posture", "coerce"}


def is_relation_noun(noun: Token) -> bool:
    """'attacks', 'cooperation', 'the killing of', 'the fight against': a noun that names a relation."""
    lemma = compound_noun(noun)  # also "the prisoner exchange", "an assassination attempt"
    if is_gerund_event(noun):
        return lemma in LEXICON
    if noun.pos_ != "NOUN":
        return False
    if lemma in RELATION_NOUNS | GROUPING_NOUNS or any(verb in LEXICON for verb in verb_of_gerund(lemma)):
        return True
    return lemma in LEXICON and lemma not in NON_RELATION_NOUNS


# "Fighting between government troops and the rebels continued": a gerund the parser makes a verb, standing as the
# subject with its "between", names the event as a noun would
def is_gerund_event(token: Token) -> bool:
    between = any(c.dep_ == "prep" and c.lower_ == "between" for c in token.children)
    return token.tag_ == "VBG" and token.dep_ in ("nsubj", "nsubjpass") and between


# "Russia's war in Ukraine", "Turkey's offensive in Syria": a hostile act's theatre is its target
def is_theatre(noun: Token, prep: str, mention: Mention) -> bool:
    return prep == "in" and classify(noun.lemma_.lower()) in THEATRE_CLASSES and mention.type in ("country", "place")


# the agent of a relation noun: possessor, noun modifier or adjective ("U.S. demands", "Iranian attacks")
def nominal_subjects(noun: Token, ctx: Context) -> list[Mention]:
    if patient_owner(noun, ctx) and (doers := noun_agents(noun, ctx)):
        return doers  # "Jamal Khashoggi's murder by Saudi agents": the possessor is the one it was done to
    mentions = modifier_actors(noun, ctx) or led_by_prefix(noun, ctx)  # also "the US-led strikes on Syria"
    if mentions:
        return mentions
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            return actors_of(pobj, ctx)
    if noun.lemma_.lower() in OF_AGENT_NOUNS and answering_verb(noun) is not None:  # "the request of Johnson"
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
            return [m for pobj in prep.children if pobj.dep_ == "pobj" for m in actors_of(pobj, ctx)]
    performers = performed_by(noun, ctx) or leavers(noun, ctx) or message_sources(noun, ctx)
    if performers:
        return performers
    if noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
        return nominal_subjects(noun.head, ctx)  # "Russian escalation and aggression"
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in CARRIER_NOUNS:
        return nominal_subjects(noun.head.head, ctx)  # "the administration's application of pressure on Cuba"
    found = tie_holders(noun, ctx) or travellers(noun, ctx) or senders_of_act(noun, ctx)
    return found or existential_speakers(noun, ctx)


# "Israel said there would be no negotiations with Hamas", '"There can be no dialogue with Pakistan," India said': an
# act with a party that a speaker says there is (or is not) is the speaker's own
def existential_speakers(noun: Token, ctx: Context) -> list[Mention]:
    from kg.extract.acts import charge_speakers  # acts reads this module

    be = noun.head
    if noun.dep_ != "attr" or be.lemma_ != "be" or not any(c.dep_ == "expl" for c in be.children):
        return []
    if not any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children):
        return []
    return charge_speakers(be, ctx)


# "North Korea said its missile test was a warning to Seoul", "the strike was a message to Israel, Iran said": an act
# said to be a warning or a message is one from its doer
def senders_of_act(noun: Token, ctx: Context) -> list[Mention]:
    if noun.dep_ != "attr" or noun.head.lemma_ != "be" or noun.lemma_.lower() not in SIGNAL_NOUNS:
        return []
    acts = [c for c in noun.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    owners = [m for a in acts for c in a.children if c.dep_ == "poss" for m in actors_of(c, ctx)]
    return owners or [m for a in acts for m in event_agents(a, ctx)]


# "criticism from the United Nations of Australia's policy", "pressure from Washington on Islamabad": words, pressure
# or help come from their maker (not "attacks from Gaza", nor "the withdrawal from Afghanistan", a place left)
def message_sources(noun: Token, ctx: Context) -> list[Mention]:
    if classify(nominal_label(noun)) not in SOURCED_CLASSES:
        return []
    found = [m for m in noun_agents(noun, ctx, "from") if m.type != "place"]
    return found or stranded_sources(noun, ctx)


# "aerial attacks from US warplanes": a hostile act's armed source does it (not "attacks from the north", nor "aid from
# Russian troops", no hostile act)
def armed_sources(noun: Token, ctx: Context) -> list[Mention]:
    if classify(noun.lemma_.lower()) not in HOSTILE_CLASSES:
        return []
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"]
    sources = [o for p in preps for o in p.children if o.dep_ == "pobj" and SECTOR_NOUNS.get(o.lower_) == "military"]
    return [m for o in sources for m in actors_of(o, ctx)]


# "the withdrawal of U.S. forces from Afghanistan": whose troops leave
def leavers(noun: Token, ctx: Context) -> list[Mention]:
    if noun.lemma_.lower() not in LEAVING_NOUNS:
        return []
    return [
        m
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for pobj in prep.children
        if pobj.dep_ == "pobj" and pobj.lemma_.lower() in LEAVER_NOUNS
        for m in actors_of(pobj, ctx)
    ]


# "Sharon returned from a visit to the United States", "Zinni left for talks with Arafat": an unowned visit or
# talk that a journey goes to or comes from is the traveller's
def travellers(noun: Token, ctx: Context) -> list[Mention]:
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("from", "for", "to", "after") or any(
        c.dep_ == "poss" for c in noun.children
    ):
        return []
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in TRAVEL_VERBS or classify(noun.lemma_.lower()) != "communicate":
        return []
    return [m for m in clause_subjects(verb, ctx) if m.type in ("person", "country", "organisation")]


# "Ansar al-Islam, an armed Islamist group with ties to Tehran", "militants with ties to al-Qaeda": the ties
# are the holder's, or the named actor's that the holder stands in apposition to
def tie_holders(noun: Token, ctx: Context) -> list[Mention]:
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "with" or noun.lemma_.lower() not in TIE_NOUNS:
        return []
    holder = prep.head
    if holder.pos_ not in ("NOUN", "PROPN"):
        return []
    if holder.dep_ == "attr" and holder.head.lemma_ in COPULAS:  # "Ansar al-Islam is a group with ties to Iran"
        return [m for c in holder.head.children if c.dep_ == "nsubj" for m in actors_of(c, ctx)]
    return actors_of(holder, ctx) or (actors_of(holder.head, ctx) if holder.dep_ == "appos" else [])


# "a phone call made by Trump to Zelensky", "attacks carried out by Hamas", "sanctions imposed by the US
# on Iran": the agent of a participle by which someone performs the act, or of a relative clause
def performed_by(noun: Token, ctx: Context) -> list[Mention]:
    by = [m for acl in performing_participles(noun) for pobj in agents(acl) for m in actors_of(pobj, ctx)]
    return by or armed_sources(noun, ctx) or relative_authors(noun, ctx)


# "the counter terrorism proposals we put forward", "the plan that the United States proposed": the subject of a
# relative clause by which someone performs the act
def relative_authors(noun: Token, ctx: Context) -> list[Mention]:
    return [
        m
        for clause in noun.children
        if clause.dep_ == "relcl" and clause.lemma_.lower() in PERFORMING_VERBS
        for subject in clause.children
        if subject.dep_ == "nsubj" and subject.lower_ not in RELATIVE_PRONOUNS
        for m in actors_of(subject, ctx)
    ]


def performing_participles(noun: Token) -> list[Token]:
    """'made', 'carried out', 'imposed' after a relation noun (not 'condemned', which judges the act)."""
    return [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in PERFORMING_VERBS]


# the other party: "attacks on Iraq", "killing of Soleimani" (with an agent), "cooperation with us"
def nominal_objects(noun: Token, ctx: Context, has_agent: bool) -> list[Mention]:
    found: list[Mention] = []
    cls = classify(noun.lemma_.lower())
    for prep in (*(c for c in noun.children if c.dep_ == "prep"), *detached_preps(noun), *agent_hung_preps(noun)):
        allowed = (
            prep.lower_ in NOMINAL_PREPS
            or (prep.lower_ == "of" and has_agent)
            or (prep.lower_ == "for" and (cls in ("support", "demand", "appeal") or noun.lemma_.lower() in HUNT_NOUNS))
            or (prep.lower_ == "from" and noun.lemma_.lower() in LEAVING_NOUNS)  # "withdrawal from Afghanistan"
        )
        if prep.lower_ in ("along", "near") and cls == "posture":  # "buildup along Ukraine's border"
            for pobj in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in BORDER_NOUNS):
                owners = modifier_actors(pobj, ctx, ("poss", "nmod", "compound", "amod"))
                found.extend(border_neighbours(pobj, ctx) or owners)  # also "along its border with Ukraine"
            continue
        if prep.lower_ in ("in", "inside", "within") and cls in THEATRE_CLASSES:  # also "attacks inside Israel"
            if names_victims(noun):
                continue  # "US troops were killed by a stray US bomb in Afghanistan": the victims are named
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                found.extend(m for m in actors_of(pobj, ctx) if is_theatre(noun, "in", m))
            continue
        if not allowed or (prep.lower_ == "with" and not is_party_preposition(noun, "with")):
            continue  # (not "discussed Russia's aggression against Ukraine with the US", the talk's partner)
        # "the United States' commitment to supporting Ukraine": the object of a gerund of the noun's own act
        gerunds = [c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG" and classify(c.lemma_) == cls]
        found.extend(m for g in gerunds for o in g.children if o.dep_ == "dobj" for m in actors_of(o, ctx))
        for pobj in (quantified(c) for c in prep.children if c.dep_ == "pobj"):  # also "killing of one of its"
            # "commitment to Ukraine's sovereignty": the party is the possessor
            found.extend(
                (struck_places(pobj, ctx) if cls in HOSTILE_CLASSES else [])  # "annexation of Crimea": Ukraine
                or joiners(pobj, ctx)  # "objections to Sweden's NATO bid": Sweden
                or actors_of(pobj, ctx)
                or modifier_actors(pobj, ctx, ("poss", "nmod", "compound"))
                or (of_agents(pobj, ctx) if cls == "support" else [])  # "commitment to the defense of Japan": Japan
                or (modifier_actors(pobj, ctx, ("amod",)) if cls in HOSTILE_CLASSES else [])  # "on Russian oil"
                or (recipients_of_thing(pobj, ctx) if prep.lower_ == "of" else [])
                or (occupants(pobj, ctx) if cls in HOSTILE_CLASSES else [])  # "an ambush on a bus carrying settlers"
                # "missile strikes on civilian infrastructure in Ukraine": the country the targets are in
                or (located_in(pobj, ctx) if cls in HOSTILE_CLASSES and pobj.lemma_.lower() in LOCATED_TARGETS else [])
            )
    for acl in performing_participles(noun) if not found else []:  # "a call made by Trump to Zelensky"
        found.extend(
            m
            for prep in acl.children
            if prep.dep_ == "prep" and prep.lower_ in NOMINAL_PREPS
            for pobj in prep.children
            if pobj.dep_ == "pobj"
            for m in actors_of(pobj, ctx)
        )
    if not found:
        for other in noun.conjuncts:  # "escalation and aggression against Ukraine"
            if other.i > noun.i:
                found.extend(nominal_objects(other, ctx, has_agent))
                break
    return found


# "raids by US warplanes on the Taliban", "the condemnation by China of Japan's decision", "criticism from the UN of
# Australia": the parser hangs the target on the agent after "by" or "from" (an "of" only on a name, not on a title:
# "the President of France")
def agent_hung_preps(noun: Token) -> list[Token]:
    sourced = classify(nominal_label(noun)) in SOURCED_CLASSES
    return [
        prep
        for by in noun.children
        if by.dep_ == "prep" and (by.lower_ == "by" or (by.lower_ == "from" and sourced))
        for agent in by.children
        if agent.dep_ == "pobj"
        for prep in agent.children
        if prep.dep_ == "prep"
        and (prep.lower_ in ("on", "against") or (prep.lower_ == "of" and agent.ent_type_ != ""))
    ]


# "the withholding of security aid to Ukraine", "the sale of weapons to Taiwan": the one the thing goes to
def recipients_of_thing(thing: Token, ctx: Context) -> list[Mention]:
    if thing.pos_ != "NOUN":
        return []
    found = prepositional_objects(thing, ctx, set())
    return [m for prep, pobj in found if prep in ("to", "for") for m in actors_of(pobj, ctx)]


# "no cooperation between the countries": both parties after 'between'
def between_parties(noun: Token, ctx: Context, own_pair: bool = False) -> list[Mention]:
    """The pair a noun is between; the subject of a verb whose object it is belongs to the pair only when own_pair
    ("Pakistan will never start a war between the two countries", not "Norway brokered talks between the sides")."""
    holders = [noun, noun.head] if noun.dep_ == "nsubjpass" else [noun]  # "a meeting was arranged between X and Y"
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in HAPPENING_VERBS:  # "a battle broke out between X and Y"
        holders.append(noun.head)
    for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "between"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            if pobj.lemma_.lower() in PAIR_NOUNS and pobj.tag_ == "NNS":
                own = frozenset(m.key for m in modifier_actors(pobj, ctx, ("poss",)))  # "between its neighbours"
                # "Norway, which has been trying to broker talks between the two sides": not the broker
                hosted = noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and not own_pair
                hosts = clause_subjects(noun.head, ctx) if hosted else []
                kinds = SIDE_TYPES if pobj.lemma_.lower() in ("side", "party") else {"country"}  # a rebel side too
                excluded = own | {m.key for m in hosts}
                # "China summoned the US ambassador ... the sales violate agreements between the two countries": the
                # pair at odds in the article, before the last two countries named (Taiwan)
                sides = [m for m in both_sides(pobj, ctx) if m.key not in excluded]
                return sides if len(sides) == 2 else recent_pair(pobj, ctx, kinds, excluded)
            found = actors_of(pobj, ctx)
            if len({m.key for m in found}) > 1:
                return found
            return misparsed_pair(pobj, ctx) or interrupted_pair(pobj, found, ctx) or found
    return []


# "a meeting between Giuliani, claiming to represent the State Department, and Andriy Yermak": a phrase
# between the two names makes the parser hang the second on the verb; the name after the next ", and" is it
def interrupted_pair(pobj: Token, found: list[Mention], ctx: Context) -> list[Mention]:
    if len(found) != 1 or pobj.i + 1 >= ctx.sent.end or ctx.sent.doc[pobj.i + 1].text != ",":
        return []
    doc = ctx.sent.doc
    for token in doc[pobj.i + 2 : min(ctx.sent.end - 1, pobj.i + MAX_INTERRUPTION)]:
        if token.lower_ == "and" and doc[token.i - 1].text == ",":
            following = doc[token.i + 1]
            while following.dep_ in ("det", "compound", "amod") and following.i < following.head.i:
                following = following.head  # "the Ukrainian aide Andriy Yermak"
            mention = ctx.actors.mention_at(following)
            return [found[0], mention] if mention is not None and mention.key != found[0].key else []
        if token.text in (";", "(", ")") or token.lower_ in ("between", "and"):
            return []
    return []


MAX_INTERRUPTION = 16  # tokens from the first name to the ", and" before the second


# "a call between Trump and then-newly elected President Zelensky": the parser hangs the first name on the
# second; the two names joined by "and" are still the pair
def misparsed_pair(pobj: Token, ctx: Context) -> list[Mention]:
    phrase = [t for t in pobj.subtree if not clause_between(t, pobj)]  # not "... where bin Laden is hiding"
    if not any(t.lower_ == "and" for t in phrase):
        return []
    named: dict[str, Mention] = {}
    for token in (t for t in phrase if t.pos_ == "PROPN" and t.dep_ in ("nmod", "compound", "conj", "pobj")):
        mention = ctx.actors.mention_at(token)
        if mention is not None:
            named.setdefault(mention.key, mention)
    return list(named.values()) if len(named) == 2 else []


def clause_between(token: Token, top: Token) -> bool:
    """A verb stands between the token and the phrase's head: the token is in a clause of its own."""
    head = token.head
    while head.i != top.i and head.i != head.head.i:
        if head.pos_ in ("VERB", "AUX"):
            return True
        head = head.head
    return token.pos_ in ("VERB", "AUX") and token.i != top.i


# "India and Pakistan met in Agra. Their talks failed.", "tensions between India and Pakistan ... since their 1971
# war": a mutual act owned by "their" is between the pair named last as a subject or after "between", in this
# sentence or the one before
def owning_pair(noun: Token, ctx: Context) -> list[Mention]:
    if noun.lemma_.lower() not in MUTUAL_ACT_NOUNS or not any(c.lower_ == "their" for c in noun.children):
        return []
    doc = ctx.sent.doc
    previous = doc[ctx.sent.start - 1].sent.start if ctx.sent.start > 0 else ctx.sent.start
    for token in reversed(doc[previous : noun.i]):
        if token.dep_ in ("nsubj", "nsubjpass") and token.lower_ in ("they", "we"):
            return []  # "they have suspended Fiji and Pakistan ... their talks": theirs, not the objects'
        between = token.dep_ == "pobj" and token.head.lower_ == "between"
        if token.dep_ not in ("nsubj", "nsubjpass") and not between:
            continue
        pair: dict[str, Mention] = {}
        for item in (token, *token.conjuncts) if token.conjuncts else ():
            mention = ctx.actors.mention_at(item)
            if mention is not None and mention.type not in ("place", "person"):
                pair.setdefault(mention.key, mention)
        if len(pair) == 2:
            return list(pair.values())
    return []


# "U.S.-Iran nuclear talks", "Turkey-Armenia normalization", "Israeli-Palestinian talks": a pair of actors
# modifying a relation noun
def hyphenated_pair(noun: Token, ctx: Context) -> list[Mention]:
    modifiers = [c for c in noun.children if c.dep_ in ("nmod", "compound", "amod")]
    for child in modifiers:
        pair = ctx.actors.mentions_of(child)
        if len(pair) == 2 and pair[0].key != pair[1].key:
            return pair
    named: list[Mention] = []
    for token in (t for c in modifiers for t in c.subtree if t.pos_ in ("PROPN", "ADJ")):  # "Israeli-Palestinian"
        mention = ctx.actors.mention_at(token)
        if mention is not None and all(m.key != mention.key for m in named):
            named.append(mention)
    return named if len(named) == 2 and hyphen_joined(named, ctx) else []


def hyphen_joined(pair: list[Mention], ctx: Context) -> bool:
    """'U.S.-Iran', 'Israeli-Palestinian': only a dash between the two names (not 'UN-sponsored Afghan')."""
    doc = ctx.sent.doc
    first, second = sorted(pair, key=lambda m: m.start)
    between = [t for t in doc if first.start <= t.idx < second.start and ctx.actors.mention_at(t) != first]
    return bool(between) and all(t.text in ("-", "–") for t in between)


# "Iran rejected U.S. overtures", "complied with the request of Johnson", "returned at Iraq's request":
# overtures, offers and demands were made to whoever answers them or acts on them
def responders(noun: Token, ctx: Context) -> list[Mention]:
    verb = answering_verb(noun)
    if verb is None or classify(noun.lemma_.lower()) not in ADDRESSED_CLASSES:
        return []  # "rejected the Turkish-Libyan agreement" was not made to the one rejecting it
    if verb.lemma_.lower() == "follow" and classify(noun.lemma_.lower()) not in ("appeal", "demand"):
        return []  # "followed the advice" answers it; "Solana's visit follows a trip by Zinni" comes after it
    subjects = clause_subjects(verb, ctx)  # also "agreed to comply with the request"
    if proposes_for_others(noun, subjects, ctx):
        return []  # "rejected a proposal by Macron to send troops to Ukraine": not made to the rejecter
    makers = nominal_subjects(noun, ctx)
    if makers and all(m.type == "person" for m in makers):
        return subjects  # "Zelensky declined Honcharuk's offer to resign": made to Zelensky himself
    if noun.lemma_.lower() in OFFER_NOUNS:
        return subjects  # "Abbas rejected the Israeli offer": made to him, who answers it
    return [ctx.actors.affiliated_side(m) for m in subjects]


# "a proposal by Macron to send European troops to Ukraine": an act proposed toward another party
def proposes_for_others(noun: Token, responders: list[Mention], ctx: Context) -> bool:
    keys = {m.key for m in responders} | {m.key for m in nominal_subjects(noun, ctx)}
    for clause in (c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"):
        parties = [c for c in clause.children if c.dep_ in ("dobj", "dative")]
        parties += [o for p in clause.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
        if any(m.key not in keys for party in parties for m in actors_of(party, ctx)):
            return True
    return False


# "did not respond to South Korea's offer of talks", "rejected the offer": an offer answered, made whatever the answer
def is_answered_offer(noun: Token) -> bool:
    return noun.lemma_.lower() in OFFER_NOUNS and answering_verb(noun) is not None


def answering_verb(noun: Token) -> Token | None:
    """The verb that answers a relation noun: its object ('rejected the offer'), through a preposition
    ('complied with the request', 'responded to the call'), or its occasion ('returned at Iraq's request')."""
    noun = offer_place(noun)  # also "rejected a ceasefire offer by Hamas", "Hamas's counter-proposal"
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in RESPONSE_VERBS:
        return noun.head
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.head.pos_ != "VERB":
        return None
    verb, prep = noun.head.head, noun.head.lower_
    if prep in ("with", "to") and verb.lemma_.lower() in RESPONSE_VERBS:
        return verb
    return verb if prep == "at" and noun.lemma_.lower() in OCCASION_REQUESTS else None


def nominal_label(noun: Token) -> str:
    """A relation noun's label with its preposition when the lexicon knows the pair: 'call on', 'call for'."""
    lemma = compound_noun(noun)
    for prep in (c for c in noun.children if c.dep_ == "prep"):
        pair = f"{lemma} {prep.lower_}"
        if pair in LEXICON and classify(lemma) in (FALLBACK_CLASS, LEXICON[pair]):
            return pair  # not "a trade deal with the UK", whose noun is an agreement, not the verb's "dealt with"
    doc = noun.doc
    infinitive = noun.i + 2 < len(doc) and doc[noun.i + 1].lower_ == "to" and doc[noun.i + 2].tag_ == "VB"
    # also "a call by the Commonwealth to hold early elections", the infinitive after the caller
    infinitive = infinitive or any(c.dep_ == "acl" and c.tag_ == "VB" and has_to(c) for c in noun.children)
    if lemma == "call" and (infinitive or for_to_clauses(noun)):  # (which the parser may hang on the verb before)
        return "call for"  # "rejected Israeli calls to reopen the Rafah crossing": an appeal, as "calls for talks"
    return "call with" if is_phone_call(noun) else lemma


# "Washington's calls for Israel to withdraw": a "for ... to" clause the parser hangs on the noun
def for_to_clauses(noun: Token) -> list[Token]:
    clauses = [c for c in noun.children if c.dep_ in ("advcl", "acl", "relcl") and c.tag_ == "VB"]
    return [c for c in clauses if any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)]


# "Washington's calls for Israel to withdraw": the one asked to act is the subject of the "for ... to" clause
def asked_subjects(noun: Token, ctx: Context) -> list[Mention]:
    if classify(nominal_label(noun)) not in ("demand", "appeal"):
        return []
    # (also "Israel's demand that Mr Arafat arrest the killers": the subject of the clause it demands)
    clauses = [*for_to_clauses(noun), *(c for c in noun.children if is_that_clause(c))]
    return [
        m for verb in clauses for c in verb.children if c.dep_ == "nsubj" and c.lower_ != "that"
        for m in actors_of(c, ctx)
    ]  # fmt: skip


# "a phone call made by Trump to Zelensky", "a call between the leaders": a call that is talk, not an appeal
def is_phone_call(noun: Token) -> bool:
    if noun.lemma_.lower() != "call" or any(c.dep_ in ("acl", "relcl") and c.tag_ == "VB" for c in noun.children):
        return False
    return any(
        (c.dep_ == "compound" and c.lower_ in ("phone", "telephone", "video"))
        or (c.dep_ == "prep" and c.lower_ in ("between", "with"))
        or c.lemma_.lower() in ("make", "hold")
        for c in noun.children
    )


# "his murder by Saudi agents": with the agent after "by", the possessor is the one the act was done to
def patient_owner(noun: Token, ctx: Context) -> list[Mention]:
    if not any(c.dep_ == "prep" and c.lower_ == "by" for c in noun.children):
        return []
    return [m for c in noun.children if c.dep_ == "poss" for m in actors_of(c, ctx)]


# "there would be no cooperation": a denied relation between the two countries in question
def existential_pair(noun: Token, ctx: Context) -> list[Mention]:
    if noun.dep_ != "attr" or not has_negative_determiner(noun):
        return []
    if not any(c.dep_ == "expl" for c in noun.head.children) or any(c.dep_ == "prep" for c in noun.children):
        return []
    if classify(noun.lemma_.lower()) not in ("cooperate", "communicate") or any(
        c.dep_ in ("acl", "ccomp", "relcl") for c in noun.children
    ):
        return []  # "there was no guarantee he could play" relates no two countries
    return party_of_last_dealings(noun, ctx) or recent_pair(noun, ctx, {"country"})


# "The Taliban passed an offer to Washington through Pakistan. The White House rejected the offer, saying there will
# be no negotiations": the clause's speaker and the side it last dealt with (not the go-between named last)
def party_of_last_dealings(noun: Token, ctx: Context) -> list[Mention]:
    speakers = next((s for a in noun.ancestors if a.pos_ == "VERB" and (s := clause_subjects(a, ctx))), [])
    if len(speakers) != 1:
        return []
    own = ctx.actors.affiliated_side(speakers[0])
    pair = last_event_pair(ctx.recent_events, ctx, None, lambda _, p: own.key in (p[0].key, p[1].key))
    return [own, *(m for m in pair if m.key != own.key)] if pair else []


# a noun inside the object of a negated verb is not asserted: "aren't linked to U.S. cooperation"
def under_negation(noun: Token) -> bool:
    token = noun
    while token.head.i != token.i:
        dep, token = token.dep_, token.head
        if token.dep_ == "prep" and token.lower_ in TIME_PREPS:
            return False  # "a level not seen since their 1971 war": the war is the time, not what is denied
        if token.pos_ in ("VERB", "AUX"):
            if token.lemma_.lower() in WAVERING_VERBS | RECOGNISING_VERBS:
                return False  # "will not waver in its support for Ukraine" asserts the support
            if dep == "dobj" and ends_act(token) and noun.dep_ == "dobj":
                return True  # "halted its attacks on Israel": the clause reads the act ended
            lifted = token.lemma_.lower() in LIFTING_VERBS
            lifted = lifted and classify(noun.lemma_.lower()) in ("reduce", "coerce", "reject")
            if dep == "dobj" and lifted:
                return True  # "lifted its blockade of Gaza", "lifted its veto": the clause reads the measure lifted
            if dep == "prep" and not any(c.dep_ == "neg" for c in token.children) and denied_subject(token):
                return False  # "No injuries were reported in the attacks": the injuries are denied, not the attacks
            return dep not in ("nsubj", "nsubjpass") and has_negation(token)
    return False


def denied_subject(verb: Token) -> bool:
    """'No injuries were reported', 'No one was hurt': what "no" denies is the harm (not "No Iranian official
    took part in the talks", whose talks were held without Iran)."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and c.lemma_.lower() in HARM_NOUNS
        and any(d.dep_ == "det" and d.lower_ == "no" for d in (c, *c.children))
        for c in verb.children
    )


# what an attack does to people, whose denial leaves the attack done: "No injuries were reported in the attacks"
HARM_NOUNS = {"injury", "death", "casualty", "fatality", "damage", "loss", "one"}


# "Yasser Arafat's call for an end to attacks on Israelis": an end a call asks for is asked of the act's doers
def called_end_doers(noun: Token, askers: set[str], ctx: Context) -> list[Mention]:
    if classify(f"{noun.lemma_.lower()} for") not in ("demand", "appeal"):
        return []  # (a "call for" asks; a bare "call" may be a telephone's)
    ends = [o for p, o in prepositional_objects(noun, ctx, set()) if p == "for"]
    return [m for end in ends for m in ended_act_doers(end, askers, ctx) or []]


# "Navalny, an outspoken critic of Putin", "Merkel is a close ally of Macron"
def agent_noun_statements(ctx: Context) -> Iterator[Candidate]:
    for noun in ctx.sent:
        relation = AGENT_NOUNS.get(noun.lemma_.lower())
        if relation is None or noun.pos_ != "NOUN":
            continue
        described = described_holders(noun, ctx)
        named = named_holders(noun, ctx)
        holders = described or named
        modified, possessors = modified_role(noun, ctx) if not holders else ([], [])
        holders = holders or modified
        others = possessors or [
            other
            for prep in noun.children
            if prep.dep_ == "prep" and prep.lower_ in ("of", "to")
            for pobj in prep.children
            if pobj.dep_ == "pobj"
            for other in actors_of(pobj, ctx)
        ]
        if not others and (noun.dep_ in ("appos", "attr") or described or named):
            others = role_owners(noun, ctx)  # "China is our partner", "Russia is not Brazil's enemy"
        rule = "nominal:mutual-role" if noun.lemma_.lower() in MUTUAL_ROLES else "nominal:agent-noun"
        clause = role_clause(noun)
        negated = denied_word(noun) or (clause is not None and has_negation(clause))
        for other in others:
            for holder in (h for h in holders if h.key != other.key):
                if noun.lemma_.lower() in SPONSORED_ROLES:  # "Hezbollah, an Iranian proxy": Iran backs Hezbollah
                    yield Candidate(other, relation, holder, negated=negated, rule=rule)
                else:
                    yield Candidate(holder, relation, other, negated=negated, rule=rule)


# "bin Laden, the number one suspect in the September 11 attacks on New York", "Moussaoui is the mastermind of
# the bombings in Kenya", "bin Laden, wanted for the attacks": the one suspected of an attack did it to its target
def suspect_statements(ctx: Context) -> Iterator[Candidate]:
    # "bin Laden, wanted for the attacks" (which the parser may read as "bin Laden wanted")
    wanted = (t for t in ctx.sent if t.lower_ == "wanted" and not any(c.dep_ in ("dobj", "xcomp") for c in t.children))
    for noun in (*(t for t in ctx.sent if t.lemma_.lower() in SUSPECT_NOUNS and t.pos_ == "NOUN"), *wanted):
        if noun.lower_ == "wanted":
            subjects = [c for c in noun.children if c.dep_ in ("nsubj", "nsubjpass")]
            holders = [m for c in subjects for m in actors_of(c, ctx)] or (
                actors_of(noun.head, ctx) if noun.dep_ == "acl" else []
            )
        elif noun.dep_ in ("appos", "attr"):
            holders = described_holders(noun, ctx)
        else:
            continue
        if denied_word(noun) or (noun.dep_ == "attr" and has_negation(noun.head)) or is_negated(noun):
            continue  # "Hamas is not (or no longer) a suspect in the attack" says nothing of who did it
        acts = [
            o
            for p in noun.children
            if p.dep_ == "prep" and p.lower_ in ("in", "of", "behind", "for")
            for o in p.children
            if o.dep_ == "pobj" and classify(o.lemma_.lower()) in ("attack", "fight")
        ]
        for act in acts:
            for target in target_objects(act, ctx):
                for holder in (h for h in holders if h.key != target.key):
                    yield Candidate(holder, act.lemma_.lower(), target, rule="nominal:suspect")


# "Navalny, an outspoken critic of Putin", "Merkel is a close ally of Macron": whom a role noun in apposition or
# after a copula describes
def described_holders(noun: Token, ctx: Context) -> list[Mention]:
    if noun.dep_ == "appos":
        return actors_of(noun.head, ctx)
    if noun.dep_ == "attr":
        return [m for c in noun.head.children if c.dep_ == "nsubj" for m in actors_of(c, ctx)]
    return role_as_holders(noun, ctx) or degree_role_holders(noun, ctx)


# the verb whose subject or object a role describes: "is" in "Russia is not Brazil's enemy", "serving" in "was
# serving as Trump's lawyer", "was" in "was more of a critic of Russia"
def role_clause(noun: Token) -> Token | None:
    if noun.dep_ == "attr":
        return noun.head
    degree = degree_word(noun)
    return as_verb(noun) or (degree.head if degree is not None else None)


# the verb whose "as" names a role: "serving" in "was serving as Trump's lawyer", "served as a channel"
def as_verb(noun: Token) -> Token | None:
    if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.pos_ in ("VERB", "AUX"):
        return noun.head.head
    return None


# the word of degree before a role's "of", a copula's attribute: "more" in "was much more of a critic of Russia"
def degree_word(noun: Token) -> Token | None:
    degree = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    return degree if degree is not None and degree.lower_ in DEGREE_WORDS and degree.dep_ == "attr" else None


# "Giuliani was serving as Trump's lawyer", "appointed Giuliani as his lawyer": the role a verb's "as" names is
# its object's, else its subject's
def role_as_holders(noun: Token, ctx: Context) -> list[Mention]:
    verb = as_verb(noun)
    if verb is None:
        return []
    objects = [m for c in verb.children if c.dep_ == "dobj" for m in actors_of(c, ctx)]
    return objects or [m for c in verb.children if c.dep_ == "nsubj" for m in actors_of(c, ctx)]


# "Bolton was much more of a critic of Russia than Trump": a role "more of", "less of" or "something of"
def degree_role_holders(noun: Token, ctx: Context) -> list[Mention]:
    degree = degree_word(noun)
    return [] if degree is None else [m for c in degree.head.children if c.dep_ == "nsubj" for m in actors_of(c, ctx)]


# "Pakistan's close ally China", "US ally Israel", "its ally Syria": the role's holder named beside it
def named_holders(noun: Token, ctx: Context) -> list[Mention]:
    return [m for c in noun.children if c.dep_ == "appos" for m in actors_of(c, ctx)]


# "Hezbollah's Iranian backers", "bin Laden's Taliban protectors": the role's holders named by a modifier, and
# whose role it is by the possessor
def modified_role(noun: Token, ctx: Context) -> tuple[list[Mention], list[Mention]]:
    possessors = [c for c in noun.children if c.dep_ == "poss" and c.lower_ not in ("his", "her")]  # a person
    # the pronoun stands for is often one only described ("The Saudi-born Islamist ... his Taliban protectors")
    owners = [m for c in possessors for m in actors_of(c, ctx)] or conjoined_owner(noun, ctx)
    owners = owners or main_subject_owner(noun, ctx)
    holders = [m for c in noun.children if c.dep_ in ("amod", "compound", "nmod") for m in actors_of(c, ctx)]
    return (holders, owners) if owners and holders else ([], [])


# "The Saudi-born Islamist ... appeared isolated after his Taliban protectors handed over the province": "his" is the
# person the main clause is about
def main_subject_owner(noun: Token, ctx: Context) -> list[Mention]:
    if not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in noun.children):
        return []
    verbs = [a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")]
    subjects = [c for v in verbs[1:2] for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    people = [m for c in subjects for m in actors_of(c, ctx) if m.type == "person"]
    return people[:1] if len(people) == 1 else []


# "Osama bin Laden and his Taliban protectors": "his" is the person the role's noun is joined to
def conjoined_owner(noun: Token, ctx: Context) -> list[Mention]:
    if noun.dep_ != "conj" or not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in noun.children):
        return []
    person = actor_of(noun.head, ctx)
    return [person] if person is not None and person.type == "person" else []


# "China, Pakistan's closest ally", "Putin's critic Navalny": whose ally or critic the holder is
def role_owners(noun: Token, ctx: Context) -> list[Mention]:
    return [m for c in noun.children if c.dep_ in ("poss", "compound", "nmod", "amod") for m in actors_of(c, ctx)]


# "The attack was claimed by the Houthis", "ISIS carried out the bombing": the claimant did it to the
# target of that attack, named here or where the attack was first reported
def claimed_event_statements(ctx: Context) -> Iterator[Candidate]:
    for verb in ctx.sent:
        passive = any(c.dep_ == "nsubjpass" for c in verb.children)
        # "The attack on India was backed by Pakistan", "... was planned by Hamas": a payer or planner of an act
        # with no agent of its own did it (the active is the clause reader's)
        backing = passive and verb.lemma_.lower() in SPONSORING_VERBS | PLANNING_VERBS | {"back"}
        # "accuses Pakistan of masterminding the assault": a planned act said before, whose target it names
        sponsoring = not passive and verb.lemma_.lower() in SPONSORING_VERBS | PLANNING_VERBS | ORDERING_VERBS
        if (verb.lemma_.lower() not in CLAIM_VERBS and not backing and not sponsoring) or verb.pos_ != "VERB":
            continue
        events = [counted_noun(c) for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
        events = [e for e in events if is_relation_noun(e)]  # "carried out the bulk of the suicide bombings"
        if passive:
            claimants = [m for pobj in agents(verb) for m in actors_of(pobj, ctx)]
        else:  # "the Hamas militants who have carried out the bombings": the relative's antecedent
            claimants = clause_subjects(verb, ctx)
        if backing or sponsoring:
            events = [e for e in events if classify(e.lemma_.lower()) in HOSTILE_CLASSES and not event_agents(e, ctx)]
        negated, modality = is_negated(verb), modality_of(verb)  # "did not carry out", "denied it carried out"
        for event in events:
            denied = negated or has_negative_determiner(event)  # "launched no attacks on Israel"
            mood = "intended" if modality == "asserted" and is_planned_act(verb, event) else modality  # "is
            # planning an attack on Baghdad": meant
            targets = event_targets(event, ctx, states_too=sponsoring)  # "Arafat ordered the arrest": his police's
            for target in targets:
                for claimant in claimants:
                    relation = event.lemma_.lower()
                    yield Candidate(claimant, relation, target, None, denied, mood, None, "nominal:claimed")
            if not targets and not negated and modality == "asserted" and not backing and not sponsoring:
                yield from charged_doers(claimants, ctx)  # "the attack was carried out by Hamas, Israel said"
    yield from responsibility_statements(ctx)
    yield from denied_act_statements(ctx)
    yield from behind_statements(ctx)


# "Iran was behind the attack on Saudi oil facilities": who is behind an act did it
# "Hamas was responsible for the attack on Israel", "holds Hamas responsible for attacks on Israelis": who
# answers for an act did it
def behind_statements(ctx: Context) -> Iterator[Candidate]:
    for prep in ctx.sent:
        anchor = doer_anchor(prep)
        if anchor is None:
            continue
        doers = [m for c in anchor.children if c.dep_ == "nsubj" for m in actors_of(c, ctx)]
        if anchor.dep_ == "amod":  # parser: "held Hamas responsible/amod for the attack"
            doers = actors_of(anchor.head, ctx)
        clause = anchor if anchor.pos_ in ("VERB", "AUX") else anchor.head
        clause = clause.head if anchor.dep_ == "amod" else clause
        negated, modality = is_negated(anchor) or is_negated(clause), modality_of(clause)
        for event in (counted_noun(o) for o in prep.children if o.dep_ == "pobj"):
            if not is_relation_noun(event):
                continue
            if prep.lower_ == "for" and classify(event.lemma_.lower()) not in CONFLICT_CLASSES:
                continue  # "responsible for relations with China" is a duty, not a deed
            targets = event_targets(event, ctx)
            # "would hold Lebanon responsible for any attack from its territory": an attack that may come
            some = any(c.dep_ == "det" and c.lower_ == "any" for c in event.children)
            mood = "hypothetical" if some and modality == "asserted" else modality
            for target in targets:
                for doer in doers:
                    relation = event.lemma_.lower()
                    yield Candidate(doer, relation, target, None, negated, mood, rule="nominal:behind")
            if not targets and not negated and classify(event.lemma_.lower()) in CONFLICT_CLASSES:
                yield from charged_doers(doers, ctx)  # "Iran was behind the attack, Israel said": no target named


# the word whose subject did the act a preposition names: "was behind", "stood behind", "(is) responsible for"
def doer_anchor(prep: Token) -> Token | None:
    if prep.dep_ != "prep":
        return None
    if prep.lower_ == "behind" and prep.head.lemma_ in ("be", "stand"):
        return prep.head
    if prep.lower_ == "for" and prep.head.lower_ in ANSWERING_WORDS:
        if any(c.dep_ == "nsubj" for c in prep.head.children):
            return prep.head  # "holds Hamas responsible for"
        if prep.head.dep_ == "acomp":
            return prep.head.head
        if prep.head.dep_ == "amod" and prep.head.i > prep.head.head.i and prep.head.head.dep_ == "dobj":
            return prep.head  # parser: "held Hamas responsible/amod for the attack"
    return None


# adjectives of answering for an act: "responsible for the attack"
ANSWERING_WORDS = {"responsible", "culpable"}


# "Iran was behind the attack, Israel said": a speaker who names the doer of an act with no target charges it
def charged_doers(doers: list[Mention], ctx: Context) -> Iterator[Candidate]:
    speaker = ctx.speaker
    if speaker is None or speaker.type == "media" or not names_speaker(ctx.sent, speaker):
        return
    own = ctx.actors.sides_of(speaker)  # the speaker and every side tied to them
    if any(d.key in own for d in doers):
        return  # "it and Hamas were jointly responsible for the attack": a claim the speaker shares
    for doer in (d for d in doers if d.key not in own):
        yield Candidate(speaker, "accuse", doer, rule="speech:accusation")


# "Pakistan denied links with the Taliban", "Iran denied holding talks with the US", "denied attacks on Israel":
# a tie or act denied, with no owner of its own, is the denier's, denied
def denied_act_statements(ctx: Context) -> Iterator[Candidate]:
    for verb in (t for t in ctx.sent if t.pos_ == "VERB" and t.lemma_.lower() in DENIAL_VERBS):
        if has_negation(verb):
            continue  # "did not deny talks with the US" asserts nothing either way
        for noun in (c for c in verb.children if c.dep_ == "dobj" and is_relation_noun(c)):
            lemma = noun.lemma_.lower()
            if lemma in DENIED_NOUNS | SHARE_NOUNS | GRANTED_NOUNS or classify(lemma) not in DENIABLE_CLASSES:
                continue  # reports and shares have readers of their own; "denied access" refuses it
            if modifier_actors(noun, ctx) or any(c.dep_ == "poss" for c in noun.children):
                continue  # "denied Hamas's attacks": another's act
            for doer in clause_subjects(verb, ctx):
                for party in (m for m in nominal_objects(noun, ctx, has_agent=False) if m.key != doer.key):
                    yield Candidate(doer, lemma, party, None, True, "asserted", None, "nominal:denied-act")


# classes of a tie or act one denies having: "denied links with", "denied attacks on"
DENIABLE_CLASSES = {"cooperate", "communicate", "support", "attack", "fight", "coerce", "threaten"}
# nouns of what one is denied, not of what one denies doing: "denied access to", "denied him entry"
GRANTED_NOUNS = {"access", "entry", "visa", "permission", "request", "asylum", "bail", "passage", "landing"}


# "accepted responsibility for the murder of Jamal Khashoggi", "denied responsibility for the attack"
def responsibility_statements(ctx: Context) -> Iterator[Candidate]:
    for verb in ctx.sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in RESPONSIBILITY_VERBS:
            continue
        for noun in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in SHARE_NOUNS):
            # "denied responsibility for the attack", "denied any involvement in the attack on Ukraine"
            holders = (noun, verb)  # the parser may hang "in the attack" on the verb
            events = [
                counted_noun(o)  # "claimed responsibility for a wave of suicide attacks"
                for h in holders
                for p in h.children
                if p.dep_ == "prep" and p.lower_ in ("for", "in", "with", "to") and p.i > noun.i
                for o in p.children
            ]
            claimants = [m for c in verb.children if c.dep_ == "nsubj" for m in actors_of(c, ctx)]
            # "Musharraf has denied any Pakistani role in the raid": the share of the side the noun names
            claimants = modifier_actors(noun, ctx, ("amod", "poss", "compound")) or claimants
            # also "Kashmiris have no connection with this attack"
            denied = verb.lemma_.lower() in ("deny", "reject") or has_negation(verb) or has_negative_determiner(noun)
            if verb.lemma_.lower() == "have" and not denied:
                continue  # "Iran has a role in the war in Yemen" says little of whom it fights
            if verb.lemma_.lower() == "claim" and has_negation(verb):
                continue  # "Hamas did not claim responsibility for the attack": no claim, and no denial either
            for event in (e for e in events if is_relation_noun(e)):
                for target in event_targets(event, ctx):
                    for claimant in claimants:
                        yield Candidate(
                            claimant, event.lemma_.lower(), target, negated=denied, rule="nominal:responsibility"
                        )
            if not events and (noun.lemma_.lower() == "responsibility" or denied):  # also "has denied any Pakistani
                # involvement" in the attack just reported
                yield from unnamed_act_claims(claimants, denied, ctx)


# "Palestinian gunmen have ambushed an Israeli bus ... The Al-Aqsa Martyrs Brigades claimed responsibility": a
# responsibility that names no act is for the last attack reported, on its target
def unnamed_act_claims(claimants: list[Mention], denied: bool, ctx: Context) -> Iterator[Candidate]:
    last = last_attack(ctx)
    if last is None:
        return
    for claimant in (c for c in claimants if c.key != last.object.key):
        yield Candidate(claimant, last.relation, last.object, negated=denied, rule="nominal:responsibility")




def event_targets(event: Token, ctx: Context, states_too: bool = False) -> list[Mention]:
    """The target of an attack noun, or of the same noun reported shortly before ("the attack"); a state's act
    counts when `states_too` ("Palestinian police tried to arrest Yassin ... Arafat ordered the arrest")."""
    targets = actor_targets(event, ctx)
    if targets or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these") for c in event.children):
        return targets
    doc = ctx.sent.doc
    cls = classify(event.lemma_.lower())
    for earlier in reversed(doc[max(0, ctx.sent.start - 200) : ctx.sent.start]):
        if earlier.pos_ == "NOUN" and classify(earlier.lemma_.lower()) == cls:
            found = actor_targets(earlier, ctx)
            if found:
                return found
        if earlier.pos_ == "VERB" and classify(earlier.lemma_.lower()) == cls and earlier.tag_ == "VBN":
            found = [m for c in earlier.children if c.dep_ == "nsubjpass" for m in thing_owners(c, ctx)]
            if found:
                return found  # "oil facilities belonging to Saudi Aramco were hit by drone strikes"
        if earlier.pos_ == "VERB" and classify(earlier.lemma_.lower()) == cls and not has_actor_subject(earlier, ctx):
            found = [m for c in earlier.children if c.dep_ == "dobj" for m in thing_owners(c, ctx)]
            if found:
                return found  # "Drones struck Saudi oil facilities": struck by no one the article names
    return reported_event_targets(cls, ctx, states_too)


# "the attack on the bus ... and two bombings in the Gaza Strip": a place an act was done in is no actor it was
# done to (statements drop places), so the act's actors are still to be found
def actor_targets(event: Token, ctx: Context) -> list[Mention]:
    from kg.extract.clauses import target_objects, town_country

    targets = list(target_objects(event, ctx)) or list(relative_victims(event, ctx))
    actors = [t for t in targets if t.type != "place"]
    if not actors and classify(event.lemma_.lower()) == "attack":
        # "claimed responsibility for the suicide bombing in Haifa", "blamed for the Bali bombings": on the town's
        # country
        return town_country(event, ctx)
    return actors


def has_actor_subject(verb: Token, ctx: Context) -> bool:
    return any(c.dep_ == "nsubj" and actors_of(c, ctx) for c in verb.children)


# "Two suicide bombers blew themselves up in Jerusalem ... Hamas claimed responsibility for the attacks": a
# definite act no word before names a target of is the act of its class the article last reported a band or
# group doing (a state's acts are owned, not claimed)
def reported_event_targets(cls: str, ctx: Context, states_too: bool = False) -> list[Mention]:
    from kg.extract.statements import relation_class  # statements reads this module: imported late

    latest = next(
        (
            e
            for e in reversed(ctx.earlier_events)
            if relation_class(e) == cls and (states_too or (e.modality == "asserted" and e.subject.type != "country"))
        ),
        None,
    )
    return [latest.object] if latest is not None and not latest.negated else []


# "oil facilities belonging to Saudi Aramco", "Saudi oil facilities": whose a thing is
def thing_owners(noun: Token, ctx: Context) -> list[Mention]:
    found = actors_of(noun, ctx) or modifier_actors(noun, ctx)
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "of") and not found):
        found += [m for o in prep.children for m in actors_of(o, ctx) if m.type in ("country", "place")]
    for acl in (c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in ("belong", "own", "operate")):
        found += [m for p in acl.children if p.dep_ in ("prep", "agent") for o in p.children for m in actors_of(o, ctx)]
    return found


def struck_places(token: Token, ctx: Context) -> list[Mention]:
    """'the annexation of the Crimea region', 'the shelling of Kharkiv': the country of a region or town, when
    the phrase names no actor but the place."""
    found = actors_of(token, ctx)
    if token.lemma_.lower() in PLACE_NOUNS and not found:  # "the Crimea region": its name
        token = next((c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"), token)
        found = actors_of(token, ctx)
    if any(m.type != "place" for m in found) or (not found and token.pos_ != "PROPN"):
        return []  # an actor, or no name at all
    return place_country(token, ctx)


# nouns of a kind of place, whose name is a compound before them: "the Crimea region", "Kharkiv city"
PLACE_NOUNS = {"region", "province", "city", "town", "territory", "peninsula", "district", "oblast"}


def struck_towns(token: Token, ctx: Context) -> list[Mention]:
    """'Haifa was the target of a Hezbollah rocket attack': the country of a town attacked, else who is named."""
    return struck_places(token, ctx) or actors_of(token, ctx)


# "Mahan has been the subject of United States sanctions": the owner of the measure aims it at the subject
def target_of_statements(ctx: Context) -> Iterator[Candidate]:
    for attr in ctx.sent:
        if attr.lemma_.lower() not in ("subject", "target", "victim") or attr.dep_ != "attr":
            continue
        targets = [m for c in attr.head.children if c.dep_ == "nsubj" for m in struck_towns(c, ctx)]
        for prep in (c for c in attr.children if c.dep_ == "prep" and c.lower_ == "of"):
            for noun in (c for c in prep.children if c.dep_ == "pobj" and is_relation_noun(c)):
                negated = has_negation(attr.head)  # "has never been the subject of United States sanctions"
                for owner in nominal_subjects(noun, ctx):
                    for target in targets:
                        relation = noun.lemma_.lower()
                        yield Candidate(owner, relation, target, negated=negated, rule="nominal:target-of")


# "Qatar acted as a mediator between Israel and Hamas", "Switzerland is an intermediary between Iran and the
# United States": the two talk through the go-between
def go_between_statements(ctx: Context) -> Iterator[Candidate]:
    for noun in (t for t in ctx.sent if is_go_between(t)):
        via = go_between(noun, ctx)
        parties = between_parties(noun, ctx) or served_pair(noun, ctx)
        if via is not None and len(parties) >= 2 and via.key not in {p.key for p in parties}:
            yield Candidate(parties[0], "communicate", parties[1], via=via, rule="nominal:between")


# "a mediator", "a go-between", which the parser splits into "go", "-" and a noun "between"
def is_go_between(token: Token) -> bool:
    if token.pos_ != "NOUN":
        return False
    split = token.lower_ == "between" and any(c.dep_ == "compound" and c.lower_ == "go" for c in token.children)
    return token.lemma_.lower() in GO_BETWEEN_NOUNS or split


# "a go-between for the US and the Taliban": the two a go-between serves, named with "for"
def served_pair(noun: Token, ctx: Context) -> list[Mention]:
    preps = prepositional_objects(noun, ctx, set())
    served = [m for prep, pobj in preps if prep == "for" for m in actors_of(pobj, ctx)]
    return served if len(served) == 2 else []


def go_between(noun: Token, ctx: Context) -> Mention | None:
    """The subject that serves as a channel or mediator ('Oman has long served as a channel between ...')."""
    verb = as_verb(noun) or (noun.head if noun.dep_ == "attr" else None)
    if verb is None:
        return None
    subjects = clause_subjects(verb, ctx)  # also "Oman, which has acted as a go-between for the two sides"
    return subjects[0] if subjects else None


# nouns for one who carries talks between two others: "a mediator between", "a channel between"
GO_BETWEEN_NOUNS = {"mediator", "intermediary", "go-between", "conduit", "interlocutor", "messenger", "broker"}


# "as fears grow of a war between the two countries": the war is feared, hypothetical
def is_feared(noun: Token) -> bool:
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    holder = noun.head.head
    if holder.lemma_.lower() in FEAR_NOUNS:
        return True
    grown = any(c.dep_ in ("nsubj", "attr") and c.lemma_.lower() in FEAR_NOUNS for c in holder.children)
    return holder.pos_ in ("VERB", "AUX") and (holder.lemma_.lower() in FORESEEING_VERBS or grown)


# "we are as close as we've ever been to a full military confrontation between Israel and the Palestinians", "close to
# a deal": an act come near to has not happened (not "sources close to the talks", which are under way)
def is_approached(noun: Token) -> bool:
    if noun.dep_ != "pobj" or noun.head.lower_ != "to":
        return False
    holder = noun.head.head
    near = holder.lower_ in NEAR_WORDS  # also "as close as we've ever been to", the parser hanging "to" on "been"
    beside = (*holder.children, holder.head, *holder.head.children)
    near = near or (holder.lemma_ == "be" and any(c.lower_ in NEAR_WORDS for c in beside))
    return near and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


# "Russia opposes a US strike on Iraq", "is opposed to a military attack": one act, not yet named as done, that a side
# stands against has not happened (not "opposes the US strikes", which may be under way)
def is_opposed_prospect(noun: Token) -> bool:
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children) or noun.tag_ != "NN":
        return False
    holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "to" else noun.head
    opposed = holder.lemma_.lower() == "oppose" and (noun.dep_ == "dobj" or holder.tag_ == "VBN")
    return opposed and not has_negation(holder)


# "Israel thwarted a Hamas attack on Tel Aviv", "the attack was foiled": an act kept from happening did not happen
def is_prevented(noun: Token) -> bool:
    verb = noun.head
    return noun.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in PREVENTING_VERBS and not has_negation(verb)


# "Iran called a halt to its attacks on Saudi Arabia", "announced an end to its support for the Houthis": an act
# ended (as "stopped its attacks"), unless the end is only asked for ("demanded an end to the attacks")
def is_ended(noun: Token) -> bool:
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("to", "of"):
        return False
    ending = noun.head.head
    if ending.pos_ in ("VERB", "AUX"):  # the parser hangs "to its attacks" on "called"
        ending = next((c for c in ending.children if c.dep_ == "dobj" and c.i < noun.head.i), ending)
    if ending.lemma_.lower() not in ENDING_NOUNS or ending.dep_ != "dobj":
        return False
    return classify(ending.head.lemma_.lower()) not in ("demand", "appeal") and not has_negation(ending.head)


# "India cut its diplomatic ties with Pakistan", "suspended its cooperation with Iran": a tie or help the verb
# reduces is no longer had
def is_cut(noun: Token) -> bool:
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or has_negation(verb):
        return False
    bond = classify(noun.lemma_.lower()) in ("cooperate", "communicate", "support")
    verb_words = " ".join([verb.lemma_.lower(), *particles_of(verb)])  # also "scaled down its cooperation"
    return bond and classify(f"{verb_words} {noun.lemma_.lower()}") == "reduce"


# "Israel found no evidence of Iranian support for Hamas", "saw no sign of Iranian aid": an act no evidence shows
# is open, not denied (as "no evidence that Iran attacked", polarity.unproven)
def is_unevidenced(noun: Token) -> bool:
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("of", "for"):
        return False
    holder = noun.head.head
    if holder.lemma_.lower() not in EVIDENCE_NOUNS:
        return False
    return has_negative_determiner(holder) or (holder.dep_ == "dobj" and is_negated(holder.head))


# "the cancelled meeting between Iran and the US", "the aborted attack": an act its modifier or a relative clause
# calls off
def is_called_off(noun: Token) -> bool:
    if any(c.dep_ == "amod" and c.lower_ in CALLED_OFF_WORDS for c in noun.children):
        return True
    # "President Trump's planned trip to Warsaw, which was cancelled", the parser hanging the clause on Warsaw, which
    # no one can cancel
    holders = [noun, *(o for p in noun.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj")]
    if noun.dep_ == "nsubjpass" and noun.head.lower_ in CALLED_OFF_WORDS:
        return True  # "The Indonesian President's trip to Washington was cancelled"
    return any(
        c.dep_ == "relcl" and c.lower_ in CALLED_OFF_WORDS and c.tag_ == "VBN" for h in holders for c in h.children
    )


# "the planned talks", "a possible attack", "any US attack on Iraq", "a botched assassination": the modality a
# modifier gives an act; "any" names no act that happened (not "did not launch any attack", which is denied)
def planning_noun(noun: Token) -> Token | None:
    """'plans' in 'no plans for talks between X and Y': the plan an act is the object of."""
    head = noun.head
    if noun.dep_ != "pobj" or head.lower_ not in ("for", "of") or head.head.lemma_.lower() not in PLAN_NOUNS:
        return None
    return head.head


def marked_modality(noun: Token) -> str | None:
    for child in (c for c in noun.children if c.dep_ in ("amod", "det")):
        word = child.lower_
        if word in MARKED_MODALITIES:
            return MARKED_MODALITIES[word]
        if word == "any" and child.dep_ == "det" and not has_negative_determiner(noun):
            return "hypothetical"
    return None


# prepositions of time, whose object a negated verb does not deny
TIME_PREPS = {"since", "before", "after", "until", "during"}


# "Israel's Prime Minister severed all ties with Mr Arafat after another Hamas attack": an attack with no target
# named, by a side of the conflict the article reports most, is aimed at the other side
def counterparts(noun: Token, subjects: list[Mention], ctx: Context) -> list[Mention]:
    lemma = noun.lemma_.lower()
    if classify(lemma) not in VIOLENT_CLASSES or lemma in CIVIL_SENSES | RISING_NOUNS or len(subjects) != 1:
        return []
    if names_victims(noun):
        return []  # "civilians have been killed in three nights of US airstrikes": the victims are named
    pair = main_conflict(ctx, SIDE_TYPES, VIOLENT_CLASSES)  # blows, not words or sanctions
    sides = {ctx.actors.affiliated_side(m).key: m for m in pair}
    doer = ctx.actors.affiliated_side(subjects[0])
    if len(sides) != 2 or doer.key not in sides:
        return []
    return [m for key, m in sides.items() if key != doer.key]


# "Rumsfeld said the battle against the Taliban was not over": an unowned fight that a state's speaker reports
# going on is his side's
def speakers_fight(noun: Token, ctx: Context) -> list[Mention]:
    speaker = ctx.speaker
    if speaker is None or classify(noun.lemma_.lower()) not in VIOLENT_CLASSES or noun.lemma_.lower() in CIVIL_SENSES:
        return []
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.dep_ != "ccomp" or not names_speaker(ctx.sent, speaker):
        return []
    if not any(c.dep_ == "prep" and c.lower_ in ("against", "on") for c in noun.children):
        return []
    # "reminded China that an armed attack on Philippine vessels would invoke U.S. commitments": any attack, maybe
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in noun.children)
    if indefinite or any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX for c in noun.head.children):
        return []
    side = ctx.actors.affiliated_side(speaker)
    return [side] if side.type in ("country", "organisation", "armed_group") else []


# "Opposition forces captured the airport after fierce fighting with Taliban troops": an unowned fight that a clause's
# act comes after, during or amid is its subject's (a fight has two sides, so its doer is one of them)
def clause_fighters(noun: Token, ctx: Context) -> list[Mention]:
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("after", "during", "amid", "following", "in"):
        return []
    with_other = any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)
    if classify(noun.lemma_.lower()) != "fight" or not with_other:
        return []
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in DYING_VERBS or is_passive(verb):
        return []  # "Two Palestinians died in clashes with Israeli troops": the victims' (clauses.victim_statements)
    return clause_subjects(verb, ctx)


# "soldiers had been killed in a suicide attack by the Taliban", "civilians killed in US airstrikes": an act
# whose clause names the ones it hit
def names_victims(noun: Token) -> bool:
    head = noun
    # also "in three nights of US airstrikes", "killed by a stray US bomb"
    while head.dep_ in ("pobj", "prep", "conj", "agent") and head.head.i != head.i:
        head = head.head
    return head.pos_ == "VERB" and any(c.dep_ == "nsubjpass" for c in head.children)


# classes of violence between two sides
VIOLENT_CLASSES = frozenset({"attack", "fight"})
# violent nouns with a civil sense as well: "wind down Cuban operations", "an election campaign"
CIVIL_SENSES = {"operation", "campaign", "drive", "mission"}


# "Iran called for talks between the US and Russia", "demanded US cooperation with Russia", "urged the
# withdrawal of US troops": a relation asked for has not happened
def is_requested(noun: Token) -> bool:
    while noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
        noun = noun.head
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in ("for", "on"):  # "called for", "pressed for", "insisted on"
        verb, phrase = verb.head, f"{verb.head.lemma_.lower()} {verb.lower_}"
    elif noun.dep_ == "dobj":
        phrase = verb.lemma_.lower()
    else:
        return False
    return verb.pos_ == "VERB" and classify(phrase) in ("demand", "appeal")


# "South Korea broadcasts anti-Pyongyang propaganda", "Iran's anti-American rhetoric": words against the actor an
# "anti-" names criticise it
def opposed_stance_statements(ctx: Context) -> Iterator[Candidate]:
    for noun in (t for t in ctx.sent if t.pos_ == "NOUN" and t.lemma_.lower() in STANCE_NOUNS):
        target = ctx.actors.opposed_in(noun)
        if target is None:
            continue
        verb = noun.head if noun.dep_ == "dobj" else None
        owners = [m for m in modifier_actors(noun, ctx) if m.key != target.key]  # not "Pyongyang" itself
        doers = owners or (clause_subjects(verb, ctx) if verb is not None else [])
        negated = is_negated(verb) if verb is not None else False
        for doer in (d for d in doers if d.key != target.key):
            yield Candidate(doer, f"{noun.lemma_.lower()} against", target, None, negated, rule="nominal:anti-stance")


# "condemned China's military drills around Taiwan", "the drills near Taiwan by China": the holder's show of force
def owned_drill_statements(ctx: Context) -> Iterator[Candidate]:
    for drill in (t for t in ctx.sent if t.pos_ == "NOUN" and is_drill(t)):
        holders = drill_holders(drill, ctx)
        if not holders:
            continue
        negated = has_negative_determiner(drill)
        # "condemned China's drills around Taiwan": the parser hangs the place of the drills on the verb
        verb = [(drill.head, "with")] if drill.dep_ == "dobj" else []
        targets = [*drill_targets(drill, drill, ctx), *(t for h, x in verb for t in drill_targets(h, drill, ctx, x))]
        for phrase, target in targets:
            for holder in (h for h in holders if h.key != target.key):
                yield Candidate(holder, phrase, target, None, negated, marked_modality(drill) or "asserted",
                                rule="nominal:drill")


# nouns of words or feelings, which an "anti-" before a name turns against its actor
STANCE_NOUNS = {"propaganda", "rhetoric", "sentiment", "slogan", "broadcast", "leaflet", "message", "speech"}


# "the attacks from either side", "fire by both sides": each side's act on the other (the sides of the last conflict)
def mutual_sides(noun: Token, ctx: Context) -> list[Mention]:
    if classify(noun.lemma_.lower()) not in ("attack", "fight"):
        return []
    sides = [o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("from", "by") for o in p.children]
    found = [m for o in sides for m in both_sides(o, ctx)]
    return found if len(found) == 2 and found[0].key != found[1].key else []


# "Talks between Afghan and British officials have ended without final agreement", "broke up without a deal": the
# outcome the talks did not reach
def missed_outcome(noun: Token) -> Token | None:
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    preps = [c for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "without"]
    return next((o for p in preps for o in p.children if o.dep_ == "pobj" and is_relation_noun(o)), None)


# "hosted talks between Israel and Hamas", "offered to host talks" (the host tagged a noun), "offered talks between":
# the verb by which a third side holds, brings about or offers the talks it takes as object
def hosting_verb(noun: Token) -> Token | None:
    head = noun.head
    verbal = head.pos_ in ("VERB", "AUX") or (head.dep_ == "xcomp" and has_to(head))
    if noun.dep_ == "dobj" and verbal and head.lemma_.lower() in MEDIATING_VERBS | OFFERING_VERBS | {"hold"}:
        return head
    return None


# the token that holds an offer's place in its clause: "a ceasefire offer by Hamas", the parser's clause "offer" on
# "ceasefire"; "Hamas's latest counter-proposal", split by the tokenizer into "counter", "-" and "proposal"
def offer_place(noun: Token) -> Token:
    doc = noun.doc
    if noun.i >= 2 and doc[noun.i - 1].text == "-" and doc[noun.i - 2].lower_ == "counter":
        return doc[noun.i - 2]
    if noun.dep_ == "acl" and noun.head.dep_ in ("dobj", "pobj"):
        return noun.head
    return noun


def nominal_statements(ctx: Context) -> Iterator[Candidate]:
    """Statements carried by relation nouns."""
    yield from opposed_stance_statements(ctx)
    yield from owned_drill_statements(ctx)
    yield from agent_noun_statements(ctx)
    yield from suspect_statements(ctx)
    yield from go_between_statements(ctx)
    yield from claimed_event_statements(ctx)
    yield from target_of_statements(ctx)
    for noun in ctx.sent:
        if not is_relation_noun(noun):
            continue
        answered = is_answered_offer(noun)
        if under_negation(noun) and not answered:
            continue  # (but "did not respond to South Korea's offer of talks": the offer was made)
        negated = has_negative_determiner(noun) or denied_report(noun) or never_happened(noun) or is_called_off(noun)
        negated = negated or is_ended(noun) or is_prevented(noun) or is_cut(noun)
        # "fears of a war", "no evidence of Iranian support", "the alleged Iranian attack was never confirmed"
        hypothetical = is_feared(noun) or is_unevidenced(noun) or is_unconfirmed(noun) or untolerated_act(noun)
        hypothetical = hypothetical or is_opposed_prospect(noun) or is_approached(noun)
        modality = "hypothetical" if hypothetical else "requested" if is_requested(noun) else "asserted"
        modality = marked_modality(noun) or modality
        modality = "attempted" if modality == "asserted" and attempted_act(noun) is not None else modality
        host = hosting_verb(noun)
        if host is not None:  # "refused to host talks between Israel and Hamas": no talks; "offered to host": meant
            negated = negated or is_negated(host)
            mood = "intended" if host.lemma_.lower() in OFFERING_VERBS else modality_of(host)  # "offered talks"
            modality = mood if modality == "asserted" else modality
        plan = planning_noun(noun)
        if plan is not None:  # "there were no plans for talks between Putin and Zelensky": none planned
            negated = negated or has_negative_determiner(plan)
            modality = "intended" if modality == "asserted" else modality
        relation = nominal_label(noun)
        sides = mutual_sides(noun, ctx)
        if sides:  # "the attacks from either side": each side's on the other
            yield Candidate(sides[0], relation, sides[1], None, negated, modality, rule="nominal:both-sides")
            yield Candidate(sides[1], relation, sides[0], None, negated, modality, rule="nominal:both-sides")
            continue
        between = between_parties(noun, ctx)
        parties = between or hyphenated_pair(noun, ctx) or existential_pair(noun, ctx) or owning_pair(noun, ctx)
        joint = answered and not between  # "rejected the US-Israeli proposal": made by both, to the one answering
        if len(parties) >= 2 and not joint:
            via = go_between(noun, ctx)  # "Oman has long served as a channel between Tehran and Washington"
            hosts = clause_subjects(host, ctx) if host is not None and via is None else []  # "offered to host"
            via = via or next((m for m in hosts if m.key not in {p.key for p in parties}), None)
            yield Candidate(parties[0], relation, parties[1], via, negated, modality, rule="nominal:between")
            offering = {host.lemma_.lower(), host.head.lemma_.lower()} & OFFERING_VERBS if host is not None else set()
            offered = bool(offering) and not negated  # "offered talks", "offered to host talks"
            for party in (p for p in parties if offered and via is not None and via in hosts):
                # "The Vatican offered to host peace talks between Russia and Ukraine": an intent shown to each side
                label = f"offer {relation}" if host.lemma_.lower() in OFFERING_VERBS else f"offer to host {relation}"
                yield Candidate(via, label, party, None, False, "intended", rule="nominal:host")
            missed = missed_outcome(noun)
            if missed is not None:  # "talks between X and Y ended without agreement": no agreement between them
                yield Candidate(parties[0], nominal_label(missed), parties[1], via, True, rule="nominal:without")
            continue
        subjects = nominal_subjects(noun, ctx) or speakers_fight(noun, ctx) or clause_fighters(noun, ctx)
        place = offer_place(noun)  # "Hamas's counter - proposal": the owner on the split word
        subjects = subjects or (nominal_subjects(place, ctx) if place.i != noun.i else [])
        if answered:  # "rejected a proposal from Egypt", "the US-Israeli proposal": its makers named
            named = [m for m in event_agents(noun, ctx) if ctx.sent.start_char <= m.start < ctx.sent.end_char]
            subjects = named or subjects
        if not subjects:
            continue
        # "operations against Israel" fight; "sanctions against Russia", "protests against Israel" keep their own class
        against = any(c.dep_ == "prep" and c.lower_ == "against" for c in noun.children)
        cue = "fight" if against and classify(relation) not in CONFLICT_CLASSES else ""
        own = {m.key for m in subjects}  # "the request of Johnson": its "of" is the agent, not a party
        objects = [m for m in nominal_objects(noun, ctx, has_agent=True) if m.key not in own]
        objects = objects or asked_subjects(noun, ctx) or responders(noun, ctx) or patient_owner(noun, ctx)
        objects = objects or called_end_doers(noun, own, ctx)
        objects = objects or counterparts(noun, subjects, ctx)
        for obj in objects:
            for subject in subjects:
                yield Candidate(subject, relation, obj, None, negated, modality, rule="nominal:agent-party", cue=cue)
