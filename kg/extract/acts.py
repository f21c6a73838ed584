"""Acts read from the frame around a clause rather than from its verb and object: verdicts and
characterisations ("called the agreement null and void", '"Arafat is an obstacle," Sharon charged'),
appeals, obligations and ultimatums in speech ("it is time for Arafat to ...", "gave Arafat 12 hours"),
accusations and the acts they name, acts received from someone ("received a letter from"), acts
brokered by a mediator or asked of a go-between ("asked Zinni to put pressure on Israel"), and the
occasion of an act ("said ..., in a call with")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.extract.arguments import (
    CABINET_NOUNS,
    SIDE_TYPES,
    Context,
    actors_of,
    agents,
    conjuncts,
    last_event_pair,
    main_conflict,
    mention_root,
    modifier_actors,
    office_countries,
    statement_voices,
)
from kg.extract.candidates import Candidate
from kg.extract.clauses import (
    act_owners,
    addresses_someone,
    agent_actors,
    clause_objects,
    clause_subjects,
    declared_future,
    denies_charge,
    event_agents,
    held_nouns,
    is_clause_summary,
    is_evaluative,
    is_passive,
    is_said_object_report,
    is_urged_act,
    joined_subjects,
    last_attackers,
    leader_free,
    names_charge_before,
    noun_agents,
    noun_chain_objects,
    object_users,
    place_country,
    prepositional_objects,
    pressed_clause,
    relation_noun,
    set_off_noun,
    summarised_doers,
    target_objects,
    town_country,
)
from kg.extract.lexicon import (
    ADVOCACY_VERBS,
    AGAINST_WORDS,
    AGREEING_VERBS,
    ALLEGING_VERBS,
    BEHEST_NOUNS,
    BOUNTY_NOUNS,
    BROKEN_RULES,
    CAPTURE_NOUNS,
    CEASING_VERBS,
    COMBAT_NOUNS,
    CONDEMNED_NOUNS,
    CONDEMNING_ADJECTIVES,
    CONDUCT_NOUNS,
    CONVICTING_VERBS,
    COPULAS,
    DEADLINE_NOUNS,
    DENIED_NOUNS,
    DRAWING_VERBS,
    DYING_VERBS,
    ENDURING_VERBS,
    EVENT_NOUN_VERBS,
    EXPOSING_WORDS,
    EXPRESSING_VERBS,
    FACING_VERBS,
    FALSE_CHARGE_ADVERBS,
    FEELING_NOUNS,
    FUTURE_AUX,
    GATHERED_BACKING,
    GATHERING_VERBS,
    GIVING_IN_VERBS,
    GRIEVANCE_NOUNS,
    HOSTILE_CLASSES,
    INCURSION_VERBS,
    INDEPENDENCE_NOUNS,
    JOURNEYS,
    LIKELIHOOD_WORDS,
    LINKING_VERBS,
    MEASURE_NOUNS,
    MEDIATING_VERBS,
    MESSAGE_NOUNS,
    MISCONDUCT_FORMS,
    MISCONDUCT_WORDS,
    OPEN_WORDS,
    OUSTING_ACTS,
    PAYING_VERBS,
    PLOT_NOUNS,
    PRICE_NOUNS,
    PUNISHING_CLASSES,
    REFUSAL_VERBS,
    RELATIVE_PRONOUNS,
    REPORTING_ONLY,
    REQUEST_VERBS,
    REVENGE_NOUNS,
    SEEKING_INDEPENDENCE,
    SOVEREIGN_SPACES,
    TIE_NOUNS,
    UNDERGOING_VERBS,
    UNDERGONE_IDIOMS,
    VALUE_NOUNS,
    VIRTUE_NOUNS,
    WEAPON_NOUNS,
    WRONG_NOUNS,
    WRONGDOING_VERBS,
)
from kg.extract.phrases import (
    attempted_act,
    compound_noun,
    counted_noun,
    is_compound_planned_act,
    is_event_noun,
    is_future,
    is_planned_act,
    untolerated_act,
    verb_phrase,
)
from kg.extract.polarity import (
    DENIAL_VERBS,
    EVIDENCE_NOUNS,
    denied_word,
    has_negation,
    has_negative_determiner,
    has_to,
    is_condition,
    is_negated,
    is_wish,
    modality_of,
)
from kg.extract.speech import (
    in_quotes,
    is_advised,
    is_needed_act,
    is_speech_verb,
    names_speaker,
    needs_to,
    obliges,
)
from kg.resolve.lexicon import FOLLOWER_NOUNS
from kg.taxonomy import CONFLICT_CLASSES, FALLBACK_CLASS, LEXICON, classify

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.resolve import Mention

# nouns of objecting to an act that was done anyway: "despite US objections" ("despite pressure": pressured_statements)
OBJECTION_NOUNS = {
    "objection", "opposition", "protest", "warning", "criticism", "condemnation", "concern", "plea", "appeal",
}  # fmt: skip
# people held by another, whose nation is the one held: "Palestinian prisoners held by Israel"
CAPTIVE_NOUNS = {"prisoner", "hostage", "detainee", "captive"}
# nouns of the answer a hostile act is promised: "would be met with swift and severe costs"
ANSWER_NOUNS = {"cost", "consequence", "response", "force", "retaliation", "reprisal", "punishment", "sanction"}
# verbs by which the object's act reaches the subject: "received a letter from"
RECEIVING_VERBS = {"receive", "get", "accept", "obtain"}
# verbs of gaining another side's favour, whose "of" names the giver: "has won the backing of the United Nations"
GAINING_VERBS = {"win", "secure", "gain", "earn"}
# receiving verbs of a choice to take what was sent, whose denial leaves the sending done: "did not accept the offer"
ACCEPTING_VERBS = {"accept"}
# nouns of skills passed on, an act between sides only when a state or an armed group passes them on
SKILL_NOUNS = {"training"}
# verbs of weighing what another sent, whose "from" names the sender: "will consider any request from the US"
CONSIDERING_VERBS = {"consider", "weigh", "study", "review", "entertain"}
# verbs whose passive subject receives: "was given assurances from the US", "was offered help by China"
GIVING_VERBS = {"give", "offer", "promise", "grant", "send"}

# nouns of a verdict that criticises an act: "called the move a big mistake"
CRITICAL_VERDICTS = {
    "mistake",
    "outrage",
    "disgrace",
    "betrayal",
    "travesty",
    "farce",
    "sham",
    "scandal",
    "catastrophe",
    "disaster",
    "blunder",
    "stab",
    "crime",
    "atrocity",
    "lie",
    "grab",
    "maneuver",  # "called the admission a political maneuver"
    "manoeuvre",
    "ploy",
    "rehearsal",  # "drills, which North Korea described as a rehearsal for invasion" (session 38)
    "stunt",
    "blackmail",  # "called the decision political blackmail" (session 32)
    "blow",  # "called the move a serious blow to the agency's ability to monitor"
    "gimmick",
    "charade",
    "whitewash",
    "cover-up",
    "smokescreen",
    "pretext",
    # verdicts on a vote or a rule (session 23): "described Zimbabwe's election as flawed", "an axis of evil"
    "flawed",
    "fraudulent",
    "rigged",
    "irrational",
    "evil",
    # verdicts of hostility (session 26): "a move Somalia called an act of aggression", "an act of bullying"
    "aggression",
    "bullying",
    "intimidation",  # "in what the United States described as an act of intimidation" (session 39)
    "massacre",
    # verdicts that an answer falls short (session 28): "Israel says the arrests are insufficient"
    "insufficient",
    "inadequate",
    "regrettable",  # "the State Department says the Russian move is regrettable"
    "deplorable",
    "unhelpful",
    "counterproductive",
    # verdicts on a side's character (session 40): "Qantas is being greedy", "said the government was arrogant"
    "greedy",
    "corrupt",
    "arrogant",
    "incompetent",
    "untrustworthy",
    "dishonest",
    "deceitful",
    "duplicitous",
    "belligerent",
    "intransigent",
    "treacherous",
}

# verbs of giving or refusing access: "were granted access to David Hicks", "were refused access to him"
GRANTING_VERBS = {"grant", "give", "allow", "deny", "refuse", "offer", "provide"}
# occasions of speech that are talk with someone: "said in a meeting with"
OCCASION_NOUNS = {
    "meeting", "call", "conversation", "interview", "talk", "phone", "exchange", "letter", "message", "visit",
    "summit", "discussion", "consultation", "negotiation", "telephone", "remark", "comment",
}  # fmt: skip
# verbs of travel whose "for talks with" names talks held there: "arrived in Israel for talks with Netanyahu"
TRAVEL_VERBS = {"arrive", "travel", "fly", "go", "come", "head", "return", "land", "be", "visit", "stop"}
# prepositions that place an act at such an occasion: "in a call with", "after talks with"
OCCASION_PREPS = {"in", "during", "at", "after", "following", "before", "for"}  # "arrived for talks with"

# verbs that say one thing is another, like a copula: "the speech amounted to a declaration of war"
EQUATING_VERBS = {"amount", "constitute", "represent"}
# verbs that pass a verdict on something: "called the agreement null and void"
VERDICT_VERBS = {
    "call",
    "deem",
    "declare",
    "consider",
    "describe",
    "brand",
    "label",
    "term",
    "conclude",
    "find",
    "rule",
    "judge",
    "regard",
    "view",
    "treat",  # "treats Hamas as a terrorist organisation"
    "say",
    "state",
}
# words of a verdict that an act has no force, which rejects it
INVALIDITY_VERDICTS = {"null", "void", "illegal", "unlawful", "invalid", "unconstitutional", "violation"}
# words of a verdict that a charge is false, which rejects the charge: "India called the allegations preposterous"
FALSITY_VERDICTS = {
    "baseless", "groundless", "unfounded", "preposterous", "ridiculous", "laughable", "fabricated", "untrue",
}  # fmt: skip
# words of a verdict that rejects an act
NEGATIVE_VERDICTS = {
    "null",
    "void",
    "illegal",
    "illegitimate",
    "unlawful",
    "invalid",
    "unacceptable",
    "provocation",
    "violation",
    "unconstitutional",
    "irrelevant",
    # words of blame for an act (session 21): "called the launch an outrageous act", "reckless and provocative"
    "outrageous",
    "reckless",
    "irresponsible",
    "provocative",
    "unprovoked",
    "unjustified",
    "unjustifiable",
    "deplorable",
    "heinous",
    "barbaric",
    "cowardly",
    "shameful",
    "destabilising",
    "destabilizing",
    "shocking",
    "appalling",
    "disgraceful",
    "hypocritical",
    "absurd",
    "authoritarian",  # "called the raid an authoritarian act" (session 38)
    "dangerous",  # "Manila called the move dangerous"
} | FALSITY_VERDICTS  # also "India called the allegations preposterous" (session 26)


def relative_verdict_subject(verb: Token) -> Token | None:
    """'Hamas, which the US considers a terrorist group': the judge of a relative clause whose pronoun is the one
    judged (the parser makes both subjects)."""
    if verb.dep_ != "relcl" or not any(c.lower_ in RELATIVE_PRONOUNS for c in verb.children if c.i < verb.i):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS), None)


# "called the agreement between Turkey and Libya null and void", "concluded that the deal is illegal":
# a verdict against an act rejects those who did it
def verdict_statements(ctx: Context) -> Iterator[Candidate]:
    for verb in ctx.sent:
        if verb.lemma_.lower() not in VERDICT_VERBS or verb.pos_ != "VERB":
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects = objects or [c for c in verb.children if c.dep_ == "dative"]  # parser: "called him/dative a terrorist"
        judged = [(c, o) for c in objects for o in verb.children if o.dep_ == "oprd"]
        if len(objects) == 2:  # "declared the Palestinian Authority an entity that ...", parsed as two objects
            judged.append((objects[0], objects[1]))
        judged += [  # "described the Israeli strikes as a flagrant violation"
            (c, o)
            for c in objects
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ == "as"
            for o in p.children
            if o.dep_ == "pobj"
        ]
        judged += [  # "called the decision political blackmail", parsed as one noun: the act named first is judged
            (n, c)
            for c in objects
            for n in c.children
            if n.dep_ == "nmod" and n.pos_ == "NOUN" and n.i < c.i
            and (is_event_noun(n) or n.lemma_.lower() in EVENT_NOUN_VERBS)
            and any(d.lower_ in ("the", "this") for d in (*n.children, *c.children))
        ]
        # also "called Arafat's promise a political ploy", the verdict parsed as the object's apposition or object
        judged += [
            (c, o)
            for c in objects
            for o in c.children
            if o.dep_ in ("acl", "amod", "oprd", "appos", "dobj") and o.i > c.i and not is_said_object_report(o)
        ]
        judged += [  # "declared Arafat irrelevant", "considers the YPG a terrorist group": a small clause; also
            (n, a)  # "called Mr Mugabe's rule illegitimate", its adjective parsed as the verb's predicate, and
            for a in verb.children  # "called Mugabe illegitimate", the name parsed as the adjective's compound
            if a.dep_ in ("ccomp", "oprd") and a.pos_ in ("ADJ", "NOUN")
            for n in a.children
            if n.dep_ == "nsubj" or (n.dep_ == "compound" and n.pos_ == "PROPN" and a.pos_ == "ADJ")
        ]
        # "called Ethiopia's move an act of aggression": the move parsed as a clause, the verdict as its object
        judged += [
            (a, o)
            for a in verb.children
            if a.dep_ == "ccomp" and a.pos_ == "NOUN"
            for o in a.children
            if o.dep_ == "dobj"
        ]
        judged += [  # "described Zimbabwe's election as flawed", the adjective parsed as a clause of its own
            (c, a)
            for c in objects
            for a in verb.children
            if a.dep_ == "advcl" and a.pos_ == "ADJ" and any(x.lower_ == "as" and x.i < a.i for x in a.children)
        ]
        for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.lemma_ in COPULAS):
            # not "it was regrettable that ...": a verdict on the fact the clause states
            extraposed = any(c.dep_ == "ccomp" for c in clause.children)
            judged += [
                (n, a)
                for n in clause.children
                if n.dep_ in ("nsubj", "nsubjpass") and not (n.lower_ == "it" and extraposed)
                for a in clause.children
                if a.dep_ == "attr" or (a.dep_ == "acomp" and not adjective_of_topic(a))
            ]
        for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() in EQUATING_VERBS):
            # "said the speech amounted to a declaration of war", "said the closure constituted a violation"
            complements = [o for o in clause.children if o.dep_ == "dobj"]
            complements += [o for p in clause.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children]
            judged += [(n, o) for n in clause.children if n.dep_ == "nsubj" for o in complements]
        if verb.dep_ == "relcl" and not objects and not any(c.lower_ in RELATIVE_PRONOUNS for c in verb.children):
            # "a move Somalia called an act of aggression": the noun a relative with no pronoun describes is judged
            judged += [(verb.head, o) for o in verb.children if o.dep_ == "oprd"]
        relative = relative_verdict_subject(verb)
        if relative is not None:  # "Hamas, which the US considers a terrorist group": the antecedent judged
            as_objects = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children]
            judged += [(verb.head, o) for o in [*objects, *as_objects]]  # also "which Turkey regards as"
        verdicts = [(noun, word, complement) for noun, complement in judged if (word := verdict_word(complement))]
        if not verdicts:
            continue
        subjects = actors_of(relative, ctx) if relative is not None else clause_subjects(verb, ctx)
        negated, modality = is_negated(verb), modality_of(verb)
        for noun, word, complement in verdicts:
            # "they call us terrorists": a verdict on an actor itself; "called the deal a mistake": on its makers
            summarised = summarised_doers(noun, ctx)  # "..., a move Somalia called an act of aggression": the mover
            judged_act = noun.lower_ in ("which", "that") and verb.dep_ == "relcl" and not actors_of(verb.head, ctx)
            if summarised is None and judged_act:  # "began drills, which North Korea described as a rehearsal for
                summarised = object_users(verb.head, ctx) or None  # invasion": the drills' doers
            judged_actors = actors_of(noun, ctx) if summarised is None else summarised
            # "China is not an enemy" denies; "the arrests are not enough" is the verdict itself
            denied = negated or (noun.head.lemma_ in COPULAS and has_negation(noun.head) and word != "not enough")
            label = verdict_label(word, noun)
            # "the MDC says the charge is a ploy by the ruling ZANU-PF": the maker a verdict's "by" names is judged
            agents = judged_actors or noun_agents(complement, ctx) or event_agents(noun, ctx)
            for agent in agents or last_attackers(noun, ctx):  # "called the raid an authoritarian act": the raiders
                # not on one's own side: "Karzai said Afghanistan would not become a haven for terrorists again"
                for subject in (s for s in subjects if agent.key not in ctx.actors.sides_of(s)):
                    yield Candidate(subject, label, agent, None, denied, modality, None, "clause:verdict")
                if not denied:
                    yield from judged_aims(agent, complement, ctx)


# nouns of describing one as something: "Bush's description of North Korea as part of an axis of evil"
DESCRIBING_NOUNS = {"description", "characterisation", "characterization", "labelling", "labeling", "depiction",
                    "portrayal", "designation"}  # fmt: skip


# "President Bush's description of North Korea as part of an axis of evil": a verdict given in a noun of describing
def described_as_statements(ctx: Context) -> Iterator[Candidate]:
    for noun in (t for t in ctx.sent if t.pos_ == "NOUN" and t.lemma_.lower() in DESCRIBING_NOUNS):
        preps = {p.lower_: [o for o in p.children if o.dep_ == "pobj"] for p in noun.children if p.dep_ == "prep"}
        verdicts = [(o, word) for o in preps.get("as", []) if (word := verdict_word(o))]
        describers = leader_free(modifier_actors(noun, ctx, ("poss",)), noun) or noun_agents(noun, ctx)
        described = [m for o in preps.get("of", []) for item in conjuncts(o) for m in actors_of(item, ctx)]
        for complement, word in verdicts:
            for describer in describers:
                for mention in (m for m in described if m.key != describer.key):
                    label = verdict_label(word, complement)
                    yield Candidate(describer, label, mention, None, False, "asserted", None, "nominal:described-as")


# "A Russian court found Navalny guilty of fraud", "found 10 militia members guilty", "Navalny was found guilty by a
# Moscow court": a guilty verdict convicts; "found him not guilty" acquits (denied)
def guilty_verdict_statements(ctx: Context) -> Iterator[Candidate]:
    for verb in (t for t in ctx.sent if t.lemma_.lower() in CONVICTING_VERBS and t.pos_ == "VERB"):
        passive = any(c.dep_ == "nsubjpass" for c in verb.children)
        negated, modality = is_negated(verb), modality_of(verb)
        if passive:
            judges = [m for pobj in agents(verb) for m in actors_of(pobj, ctx)]
        else:
            judges = clause_subjects(verb, ctx)
        for noun, adjective in guilty_ones(verb, "nsubjpass" if passive else "dobj"):
            denied = negated or has_negation(adjective)
            for convicted in actors_of(noun, ctx):
                for judge in (j for j in judges if j.key != convicted.key):
                    yield Candidate(judge, "convict", convicted, None, denied, modality, None, "clause:guilty")


def guilty_ones(verb: Token, role: str) -> list[tuple[Token, Token]]:
    """Who a verb finds guilty, with the adjective: the adjective parsed as a small clause ('found Navalny
    guilty'), as its object's modifier ('found 10 members guilty') or as the verb's own predicate."""
    found = [
        (n, a)
        for a in verb.children
        if a.dep_ == "ccomp" and a.lower_ == "guilty"
        for n in a.children
        if n.dep_ == "nsubj"
    ]
    found += [(o, a) for o in verb.children if o.dep_ == "dobj" for a in o.children if a.lower_ == "guilty"]
    guilty = [a for a in verb.children if a.dep_ in ("oprd", "acomp") and a.lower_ == "guilty"]
    return found + [(o, a) for a in guilty for o in verb.children if o.dep_ == role]


# "we are not aware of any specific threat", "Pakistan is ready to respond to any aggression": an adjective whose
# preposition or infinitive names what it is about passes no verdict on the subject (not "is guilty of murder", "is
# responsible for the attack", read as charges elsewhere)
def adjective_of_topic(adjective: Token) -> bool:
    return adjective.pos_ == "ADJ" and any(c.dep_ in ("prep", "xcomp") for c in adjective.children)


def verdict_label(word: str, judged: Token) -> str:
    """'reject as null', 'criticise as mistake': a verdict's relation, whose head verb is its class; only
    a verdict of invalidity rejects ('null and void'), or of falsity on a charge ('called the allegations
    baseless'); others criticise ('illegitimate', 'irrelevant', 'proceedings ... are baseless')."""
    false_charge = word in FALSITY_VERDICTS and judged.lemma_.lower() in DENIED_NOUNS
    if word in POSITIVE_VERDICTS:
        return f"praise as {word}"  # "Peres said the speech was a positive step"
    return f"{'reject' if word in INVALIDITY_VERDICTS or false_charge else 'criticise'} as {word}"


# verdicts of approval: "said the speech was a positive step", "a significant step forward", "constructive"
POSITIVE_VERDICTS = {"positive step", "step forward", "constructive", "encouraging", "breakthrough"}
# words that make a step a good one
GOOD_STEP_WORDS = {"positive", "significant", "important", "good", "major", "bold", "courageous", "welcome", "big"}


def positive_verdict(token: Token) -> str | None:
    """'a positive step', 'a significant step forward', 'constructive': a verdict of approval."""
    lemma = token.lemma_.lower()
    if lemma == "step" and any(c.lower_ == "forward" for c in token.children):
        return "step forward"
    if lemma == "step" and any(c.dep_ == "amod" and c.lower_ in GOOD_STEP_WORDS for c in token.children):
        return "positive step"
    if lemma in ("constructive", "encouraging", "breakthrough") and not denied_word(token):
        return lemma
    return None


def verdict_word(complement: Token) -> str | None:
    """The word of a negative verdict in a complement and its conjuncts: 'null and void', 'illegal',
    'a big mistake', 'a constitutional outrage'."""
    for token in complement.subtree:
        if token.lemma_.lower() in NEGATIVE_VERDICTS | CRITICAL_VERDICTS | CHARACTER_NOUNS and not denied_word(token):
            return token.lemma_.lower()
        if is_act_of_war(token) and not denied_word(token.head.head):
            return f"{token.head.head.lemma_.lower()} of war"
        if token.lower_ == "enough" and token.dep_ == "acomp" and has_negation(token.head):
            return "not enough"  # "Israel says the arrests are not enough"
        if supports_terror(token):  # "declared the Palestinian Authority an entity that supports terrorism"
            return "supporter of terrorism"
    for token in complement.subtree:  # approval, when no blame is given: "the arrests were a positive step"
        if (good := positive_verdict(token)) is not None:
            return good
    for token in complement.subtree:  # "called Sharon's campaign an attempt to topple Arafat"
        if (
            token.pos_ == "VERB"
            and token.dep_ in ("xcomp", "acl")
            and classify(token.lemma_.lower()) in HOSTILE_CLASSES | {"threaten"}
        ):
            return token.lemma_.lower()
    return None


# "called Mr Sharon's campaign an attempt to topple Mr Arafat and destroy his self-rule Palestinian Authority": the
# hostile aim a verdict names is the judged one's attempt on its object
def judged_aims(agent: Mention, complement: Token, ctx: Context) -> Iterator[Candidate]:
    if complement.lemma_.lower() not in AIM_NOUNS:
        return
    aims = [t for t in complement.children if t.pos_ == "VERB" and t.dep_ in ("acl", "xcomp")]
    for aim in (a for t in aims for a in (t, *t.conjuncts)):
        if classify(aim.lemma_.lower()) not in HOSTILE_CLASSES | {"threaten"}:
            continue
        for mention in (m for c in aim.children if c.dep_ == "dobj" for m in actors_of(c, ctx)):
            if mention.key != agent.key:
                yield Candidate(agent, aim.lemma_.lower(), mention, None, False, "attempted", None, "clause:judged-aim")


# nouns of a purpose a verdict may give an act: "an attempt to topple Arafat", "a bid to destroy the Authority"
AIM_NOUNS = {"attempt", "bid", "effort", "plot", "ploy", "campaign", "plan"}


# "an entity that supports terrorism", "a state which sponsors terror": a verdict of backing terror
def supports_terror(token: Token) -> bool:
    return (
        token.lemma_.lower() in ("terrorism", "terror")
        and token.dep_ == "dobj"
        and token.head.dep_ in ("relcl", "acl")
        and classify(token.head.lemma_.lower()) == "support"
    )


# "said the move is an act of war", "called the speech a declaration of war": war declared by the act judged
def is_act_of_war(token: Token) -> bool:
    return (
        token.lemma_.lower() == "war"
        and token.head.lower_ == "of"
        and token.head.head.lemma_.lower() in ("act", "declaration")
    )


# "I hope that Anne Sacoolas will come back", "Powell said he hoped Arafat would arrest the militants": who hopes
# another actor will act appeals to it
def hope_statements(ctx: Context) -> Iterator[Candidate]:
    for verb in (t for t in ctx.sent if is_wish(t)):
        clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and is_willed(c)]
        hoped = [m for c in clauses for s in c.children if s.dep_ == "nsubj" for m in actors_of(s, ctx)]
        holder = verb.head if verb.pos_ == "ADJ" else verb  # "he is hopeful the Americans will facilitate"
        yield from wishes_of_others(holder, hoped, "hope", "clause:hope", ctx, negated=is_negated(verb))


# the wisher (the verb's subject) hoping, wanting or needing each other side named to act
def wishes_of_others(
    verb: Token, others: list[Mention], relation: str, rule: str, ctx: Context, cue: str = "", negated: bool = False
) -> Iterator[Candidate]:
    for wisher in clause_subjects(verb, ctx) if others else []:
        own = ctx.actors.sides_of(wisher)
        for mention in (m for m in others if m.key not in own):
            yield Candidate(wisher, relation, mention, None, negated, rule=rule, cue=cue)


# "India wants Pakistan to hand over the militants", "He wants Osama bin Laden", "wants Al Qaeda ripped up", "wants
# to see Robert Mugabe removed from power": who wants another actor to act, or to be dealt with, demands it
def want_statements(ctx: Context) -> Iterator[Candidate]:
    for verb in (t for t in ctx.sent if t.lemma_.lower() == "want" and t.pos_ == "VERB" and not is_negated(t)):
        heads = [verb, *(c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() == "see")]
        clauses = [c for h in heads for c in h.children if c.dep_ == "ccomp" and c.i > h.i and is_wanted_act(c)]
        wanted = [m for c in clauses for s in c.children if s.dep_ in ("nsubj", "nsubjpass") for m in actors_of(s, ctx)]
        wanted += [m for c in verb.children if c.dep_ == "dobj" for m in actors_of(c, ctx) if m.type != "place"]
        # (cued "demand", not "wants talks")
        yield from wishes_of_others(verb, wanted, "want", "clause:want", ctx, cue="demand")


# "We need our friends in Canberra and Wellington to stand with us": who needs another actor to act asks it to
def need_statements(ctx: Context) -> Iterator[Candidate]:
    for verb in (t for t in ctx.sent if t.lemma_.lower() == "need" and t.pos_ == "VERB" and not is_negated(t)):
        clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and has_to(c) and is_wanted_act(c)]
        needed = [m for c in clauses for s in c.children if s.dep_ == "nsubj" for m in actors_of(s, ctx)]
        yield from wishes_of_others(verb, needed, "need", "clause:need", ctx, cue="ask")


# "Hamas leaders wanted by Israel", "a list of 33 activists wanted by Israel": who is wanted by a state is sought
def wanted_by_statements(ctx: Context) -> Iterator[Candidate]:
    for verb in (t for t in ctx.sent if t.lemma_.lower() == "want" and t.tag_ == "VBN" and t.dep_ == "acl"):
        seekers = [m for p in verb.children if p.dep_ == "agent" for o in p.children for m in actors_of(o, ctx)]
        for sought in actors_of(verb.head, ctx) if seekers else []:
            for seeker in (s for s in seekers if s.key != sought.key):
                yield Candidate(seeker, "want", sought, rule="clause:wanted-by", cue="pursue")


# "Australian authorities are to be granted access to David Hicks", "the US granted Australia access to Hicks":
# who is given access to an actor reaches it
def granted_access_statements(ctx: Context) -> Iterator[Candidate]:
    for verb in (t for t in ctx.sent if t.lemma_.lower() in GRANTING_VERBS and t.pos_ == "VERB"):
        access = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "access"]
        reached = [m for a in access for p in a.children if p.dep_ == "prep" and p.lower_ == "to"
                   for o in p.children for m in actors_of(o, ctx)]  # fmt: skip
        if not reached:
            continue
        given = [c for c in verb.children if c.dep_ == "dative"]
        if is_passive(verb) or verb.dep_ == "xcomp":  # "are to be granted access": the subject is given it
            given = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] or [
                c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")
            ]
        denied, modality = verb.lemma_.lower() in ("deny", "refuse") or is_negated(verb), modality_of(verb)
        for recipient in (m for g in given for m in actors_of(g, ctx)):
            for mention in (m for m in reached if m.key != recipient.key):
                yield Candidate(recipient, "have access", mention, None, denied, modality, None, "clause:access")


def is_wanted_act(clause: Token) -> bool:
    """'Pakistan to hand over', 'Al Qaeda ripped up', 'Mugabe removed from power': an infinitive or a bare
    participle (not a finite clause run on from the verb: 'wants to cancel it [...] I am committed')."""
    auxiliaries = [c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if clause.pos_ != "VERB":
        return False
    return auxiliaries == ["to"] or (not auxiliaries and clause.tag_ in ("VBN", "VBD"))


def is_willed(clause: Token) -> bool:
    """'that Anne Sacoolas will come back', 'Arafat would arrest': an act the hoped one is to do (not 'hopes Boje
    arrives in time', nor a state: 'hoped Arafat would be safe')."""
    if is_passive(clause) or clause.lemma_ in COPULAS:
        return False  # "hoped Arafat would be arrested", "would be safe": a state, not an act
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX | {"can"} for c in clause.children)


# "it is time for Mr Arafat to exert control": a speaker telling an actor what it must do appeals to it
def time_for_statements(ctx: Context) -> Iterator[Candidate]:
    for copula in (t for t in ctx.sent if t.lemma_ == "be" and t.pos_ == "AUX"):
        time = [c for c in copula.children if c.dep_ == "attr" and c.lemma_.lower() == "time"]
        if not time:
            continue
        addressed = [  # "time for Arafat to act": "for" marks the subject of the infinitive
            m
            for clause in (c for t in time for c in t.children if c.dep_ in ("relcl", "acl"))
            if any(k.lower_ == "for" for k in clause.children)
            for n in clause.children
            if n.dep_ == "nsubj"
            for m in actors_of(n, ctx)
        ]
        for speaker in charge_speakers(copula, ctx):
            for mention in addressed:
                if mention.key != speaker.key:
                    yield Candidate(
                        speaker, "urge", mention, None, is_negated(copula), "asserted", None, "clause:time-for"
                    )


# "Hagel says the administration must make the tapes public", "Downer says the Commonwealth should review",
# and in a statement's own voice "the Houthis must open the roads": a speaker saying what another actor
# must do demands it of that actor
def obligation_statements(ctx: Context) -> Iterator[Candidate]:
    clauses = [t for t in ctx.sent if t.pos_ in ("VERB", "AUX")]
    for verb in (t for t in clauses if is_said_clause(t) or clarifier(t) or is_needed_act(t)):
        needed = is_needed_act(verb)  # "It is important that Pakistan acts against the militants," Powell said
        if not (obliges(verb) or needed or (verb.dep_ == "ccomp" and needs_to(verb))):
            continue  # "X says Y has to act" is reported; a bare "they have to" is no demand
        obliged = [
            m
            for c in verb.children
            if c.dep_ in ("nsubj", "nsubjpass")
            for m in actors_of(c, ctx) or act_owners(c, ctx)
        ]  # "the Houthis must open the roads", "Iran's support for the Houthis must end"
        # "must", "has to" demand (CAMEO 10); "should" urges (an appeal, CAMEO 02)
        label, modality = ("urge" if is_advised(verb) or needed else "demand"), "asserted"
        if is_passive(verb):  # "Arafat should be toppled": what the speaker wants done to the actor, not done yet
            label, modality = verb_phrase(verb), "requested"
            if classify(label) not in CONFLICT_CLASSES:
                continue
        maker = clarifier(verb)
        speakers = charge_speakers(verb, ctx) if verb.dep_ in ("ccomp", "conj") or needed else own_voice(ctx)
        speakers = clause_subjects(maker, ctx) if maker is not None else speakers
        for speaker in speakers:
            side = ctx.actors.affiliated_side(speaker) if speaker.type == "person" else speaker
            for mention in obliged:
                if mention.key not in (speaker.key, side.key):
                    yield Candidate(
                        speaker, label, mention, None, is_negated(verb), modality, None, "clause:obligation"
                    )


def is_said_clause(verb: Token) -> bool:
    """A main or reported clause, or one joined to it: "Pakistan was ready for talks, Sharif said, but India must first
    reverse its decision"."""
    return verb.dep_ in ("ccomp", "ROOT") or (verb.dep_ == "conj" and verb.head.dep_ in ("ccomp", "ROOT"))


def clarifier(verb: Token) -> Token | None:
    """'made' in 'has made it clear to Jakarta that Indonesia must do more': the verb of making a point clear, over
    the clause that says it (which the parser hangs on 'clear')."""
    clear = verb.head
    marked = any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
    if not marked or verb.dep_ not in ("advcl", "ccomp") or clear.lower_ != "clear" or clear.head.lemma_ != "make":
        return None
    return clear.head


# "Hamas said Israel would pay a heavy price", "'The Zionist enemy will pay for this crime,' a spokesman said",
# "vowed to make the United States pay", "Arafat will bear the consequences": saying another will pay for what it did
# threatens it
def price_threats(ctx: Context) -> Iterator[Candidate]:
    for verb in (t for t in ctx.sent if t.pos_ == "VERB" and t.lemma_.lower() in PAYING_VERBS and not is_negated(t)):
        priced = any(c.dep_ == "dobj" and c.lemma_.lower() in PRICE_NOUNS for c in verb.children)
        priced = priced or any(c.dep_ == "advmod" and c.lower_ == "dearly" for c in verb.children)
        wrongs = [o for p, o in prepositional_objects(verb, ctx, set()) if p == "for"]
        priced = priced or any(is_wrong(o) for o in wrongs)
        if not priced or any(c.dep_ in ("dative", "dobj") and actors_of(c, ctx) for c in verb.children):
            continue  # not "paid Hezbollah for the attacks", money handed over
        # (not "warned Iraq it will face consequences": that "it" is the warning's, read by the warning)
        bare = verb.lemma_.lower() != "pay"
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and not (bare and c.pos_ == "PRON")]
        payers = [m for c in subjects for m in actors_of(c, ctx)]
        maker = verb.head if verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() == "make" else None
        if maker is None and not is_future(verb):
            continue  # "Israel has paid a heavy price": a cost borne, no threat
        threateners = clause_subjects(maker, ctx) if maker is not None else charge_speakers(verb, ctx)
        for threatener in threateners:
            for payer in (m for m in payers if m.key != threatener.key):
                yield Candidate(threatener, "threaten", payer, None, False, "asserted", None, "clause:pay-price")


# '"Hamas will be destroyed," Sharon said', "Sharon said Hamas would be crushed": a speaker foretelling a violent act
# on another, with no doer named, threatens it
def foretold_blows(ctx: Context) -> Iterator[Candidate]:
    for verb in (t for t in ctx.sent if t.pos_ == "VERB" and t.tag_ == "VBN" and is_passive(t)):
        cls = classify(verb_phrase(verb))
        if cls not in ("attack", "coerce", "fight") or not is_future(verb) or agents(verb) or is_negated(verb):
            continue
        patients = [m for c in verb.children if c.dep_ == "nsubjpass" for m in actors_of(c, ctx)]
        for speaker in charge_speakers(verb, ctx):
            own = ctx.actors.sides_of(speaker)
            for patient in (p for p in patients if p.key not in own):
                label = f"threaten to {verb_phrase(verb)}"
                yield Candidate(speaker, label, patient, None, False, "asserted", None, "clause:foretold-blow")


def is_wrong(noun: Token) -> bool:
    """'this crime', 'its aggression', 'the killing': a wrong done, which one pays for."""
    return noun.lemma_.lower() in WRONG_NOUNS or classify(noun.lemma_.lower()) in HOSTILE_CLASSES


def own_voice(ctx: Context) -> list[Mention]:
    """Who says a main clause: the quoted speaker, or for a press statement's own unquoted words the side
    its author speaks for ('the Houthis must open the roads' in a State Department statement)."""
    if ctx.speaker is None:
        return []
    own_words = ctx.speaker.type == "person" and not names_speaker(ctx.sent, ctx.speaker) and not in_quotes(ctx.sent)
    return [ctx.speaker_side] if own_words and ctx.speaker_side is not None else [ctx.speaker]


# feelings at what another did: "concerned by China's actions", "alarmed by Russia's buildup", "expressed
# concern over North Korea's launches", "disappointed with Iran's decision": the one who feels it criticises
# the one who did it
CONCERN_WORDS = {
    "concerned",
    "alarmed",
    "disappointed",
    "troubled",
    "dismayed",
    "outraged",
    "appalled",
    "worried",
    "angered",
    "angry",
    "furious",
    "incensed",
    "indignant",
    "upset",
}
# those of the feelings that blame, whose that-clause names who is blamed: "furious that Arafat had not acted" (not
# "worried that Iran will build a bomb", a fear)
ANGER_WORDS = {"angry", "furious", "incensed", "indignant", "upset", "outraged", "angered", "disappointed", "dismayed"}
# verbs of angering another, with the participle that names the angered one's stance: "angering Pyongyang"
ANGERING_VERBS = {
    "anger": "angered", "infuriate": "infuriated", "enrage": "enraged", "incense": "incensed", "outrage": "outraged",
    "alarm": "alarmed", "dismay": "dismayed", "irk": "irked", "upset": "upset",
    "worry": "worried", "trouble": "troubled",  # "Tehran's backing of the Houthis worries Riyadh"
}  # fmt: skip
CONCERN_PREPS = {"by", "about", "over", "at", "with", "regarding", "concerning"}
# verbs by which one makes another's concern one's own: "we share the Philippines' concerns"
SHARING_VERBS = {"share", "echo", "join"}


def concern_statements(ctx: Context) -> Iterator[Candidate]:
    yield from angering_statements(ctx)
    for word in ctx.sent:
        if word.lower_ in CONCERN_WORDS and word.dep_ in ("acomp", "ROOT", "ccomp", "conj"):
            holders = word.head if word.dep_ == "acomp" else word
            subjects = [m for c in holders.children if c.dep_ in ("nsubj", "nsubjpass") for m in actors_of(c, ctx)]
            label, negated = word.lower_, is_negated(holders)
        elif word.lower_ in ANGER_WORDS and word.dep_ in ("amod", "appos") and word.i > word.head.i:
            holders = word  # "Mr Sharon, furious that Mr Arafat had not stopped the groups, ordered ..."
            subjects, label, negated = actors_of(word.head, ctx), word.lower_, False
        elif (
            word.lemma_.lower() in FEELING_NOUNS
            and word.dep_ == "dobj"
            and word.head.lemma_.lower() in EXPRESSING_VERBS
        ):  # also "expressed regret over Seoul's decision", "voiced anger at China"
            label = f"express {word.lemma_.lower()}"
            subjects, negated = clause_subjects(word.head, ctx), is_negated(word.head)
        elif word.lemma_.lower() == "concern" and word.pos_ == "NOUN":
            subjects, label, negated = concern_holders(word, ctx), "concern", is_negated(word.head)
        else:
            continue
        causes = [
            o
            for p in word.children
            if p.dep_ in ("prep", "agent") and p.lower_ in CONCERN_PREPS
            for o in p.children
            if o.dep_ == "pobj"
        ]
        if word.lower_ in ANGER_WORDS:
            causes += [s for c in word.children if is_that_clause(c) for s in c.children if s.dep_ == "nsubj"]
        for cause in causes:
            for agent in actors_of(cause, ctx) or event_agents(cause, ctx) or reported_doers(cause, ctx):
                for subject in subjects:
                    # not "Koizumi expressed regret over Japan's colonial rule": contrition for one's own side
                    contrite = word.lemma_.lower() == "regret" and ctx.actors.affiliated_side(subject).key == agent.key
                    if agent.key != subject.key and not contrite:
                        yield Candidate(
                            subject,
                            label,
                            agent,
                            None,
                            negated,
                            modality_of(holders if word.dep_ == "acomp" else word),
                            None,
                            "clause:concern",
                        )


# "The US and South Korea staged joint drills, angering Pyongyang", "Israel's strike infuriated Iran": the one an
# act angers disapproves of its doer (the passive, "Iran was angered by", is concern_statements')
def angering_statements(ctx: Context) -> Iterator[Candidate]:
    for verb in (t for t in ctx.sent if t.pos_ == "VERB" and t.lemma_.lower() in ANGERING_VERBS):
        if is_passive(verb):
            continue
        doers = clause_subjects(verb, ctx)
        angered = [m for c in verb.children if c.dep_ == "dobj" for m in actors_of(c, ctx)]
        negated, modality = is_negated(verb), modality_of(verb)
        for one in angered:
            for doer in (d for d in doers if d.key != one.key):
                label = ANGERING_VERBS[verb.lemma_.lower()]
                yield Candidate(one, label, doer, None, negated, modality, None, "clause:angered")


# "furious that Mr Arafat had not stopped the groups": the clause that says what angers
def is_that_clause(clause: Token) -> bool:
    return clause.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


# "concerned by reports that Russia is recruiting Cuban citizens": the doer of what the reports say
def reported_doers(noun: Token, ctx: Context) -> list[Mention]:
    if noun.lemma_.lower() not in REPORT_NOUNS:
        return []
    clauses = [c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")]
    return [m for clause in clauses for m in clause_subjects(clause, ctx)]


# nouns of what is said to have happened: "reports that", "indications that"
REPORT_NOUNS = {"report", "news", "claim", "indication", "evidence", "allegation", "sign", "account", "reporting"}


# "the Philippines' concerns regarding ...", "we share the Philippines' concerns": who holds a concern
def concern_holders(noun: Token, ctx: Context) -> list[Mention]:
    holders = [m for c in noun.children if c.dep_ == "poss" for m in actors_of(c, ctx)]
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in SHARING_VERBS:
        holders += [m for m in clause_subjects(noun.head, ctx) if all(m.key != h.key for h in holders)]
    return holders


# "given Arafat just 12 hours to comply": a deadline given to an actor is an ultimatum
def deadline_statements(ctx: Context) -> Iterator[Candidate]:
    for verb in (t for t in ctx.sent if t.pos_ == "VERB" and t.lemma_.lower() == "give"):
        times = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in DEADLINE_NOUNS]
        # "has given France's ambassador 48 hours to leave", the parser making the hours the envoy's apposition
        timed = [c for c in verb.children if c.dep_ == "dobj" and any(
            a.dep_ == "appos" and a.lemma_.lower() in DEADLINE_NOUNS for a in c.children
        )]  # fmt: skip
        # "gave Zimbabwe five weeks to end the violence", "has given Zimbabwe until next month to end the violence",
        # the time parsed as an adverb of the verb and the one given it as its object
        spans = [c for c in verb.children if c.dep_ == "npadvmod" and c.lemma_.lower() in DEADLINE_NOUNS]
        spans += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "until"]
        act = any(c.dep_ in ("xcomp", "advcl") and has_to(c) for c in verb.children)
        timed += [c for c in verb.children if c.dep_ == "dobj" and spans and act]
        if not times and not timed and not (spans and act):
            continue
        given = [m for c in verb.children if c.dep_ == "dative" or c in timed for m in actors_of(c, ctx)]
        for giver in clause_subjects(verb, ctx):
            for mention in given:
                yield Candidate(
                    giver, "ultimatum", mention, None, is_negated(verb), modality_of(verb), None, "clause:deadline"
                )


# "will have nothing to do with Arafat", "wants nothing to do with Iran": a refusal of all dealings
def nothing_to_do_statements(ctx: Context) -> Iterator[Candidate]:
    for nothing in (t for t in ctx.sent if t.lower_ == "nothing" and t.dep_ == "dobj"):
        for do in (c for c in nothing.children if c.dep_ in ("relcl", "acl") and c.lemma_ == "do"):
            others = [
                m
                for p in do.children
                if p.dep_ == "prep" and p.lower_ == "with"
                for o in p.children
                for m in actors_of(o, ctx)
            ]
            acts = [  # "said it had nothing to do with the assassination of Rafik Hariri": the act denied
                o
                for p in do.children
                if p.dep_ == "prep" and p.lower_ == "with"
                for o in p.children
                if o.pos_ == "NOUN" and classify(o.lemma_.lower()) in HOSTILE_CLASSES
            ]
            for subject in clause_subjects(nothing.head, ctx):
                for other in others:
                    if other.key != subject.key:
                        yield Candidate(
                            subject,
                            "deal with",
                            other,
                            None,
                            True,
                            modality_of(nothing.head),
                            None,
                            "clause:nothing-to-do",
                        )
                for act in acts:
                    for target in (m for m in target_objects(act, ctx) if m.key != subject.key and m.type != "place"):
                        label = act.lemma_.lower()
                        yield Candidate(subject, label, target, None, True, "asserted", None, "clause:nothing-to-do")


# nouns that cast an actor as a wrongdoer: "Arafat is the greatest obstacle to peace"
CHARACTER_NOUNS = {
    "obstacle", "enemy", "terrorist", "threat", "sponsor", "criminal", "murderer", "liar", "dictator", "tyrant",
    "aggressor", "occupier", "menace", "danger", "puppet", "warmonger", "butcher", "thug", "rogue", "invader",
}  # fmt: skip
# words before a plain noun that brand the subject: "a terror state", "an aggressive bloc", "a rogue regime"
BRANDING_WORDS = {
    "terror", "terrorist", "rogue", "aggressive", "criminal", "pariah", "outlaw", "puppet", "fascist", "nazi",
    "genocidal", "apartheid", "murderous", "illegitimate", "extremist",
}  # fmt: skip
# verbs that report a charge besides the verbs of saying: '"Arafat is an obstacle," Sharon charged'
CHARGING_VERBS = ALLEGING_VERBS | {"accuse", "insist", "believe"}


# '"Arafat is the greatest obstacle to peace," Sharon charged', "the Bush administration says the
# Palestinians are more to blame", "a man they say is responsible for many attacks": a speaker who casts
# an actor as a wrongdoer criticises it; the writer's own words criticise no one
def characterisation_statements(ctx: Context) -> Iterator[Candidate]:
    for copula in (t for t in ctx.sent if t.lemma_ in COPULAS and t.pos_ in ("AUX", "VERB")):
        word = character_word(copula)
        if word is None:
            continue
        accused = [m for c in copula.children if c.dep_ == "nsubj" for m in actors_of(c, ctx)]
        if not accused and not any(c.dep_ == "nsubj" for c in copula.children):
            accused = relative_head_actors(copula, ctx)  # "Sidr, a man they say is responsible"
        speakers = charge_speakers(copula, ctx)
        for speaker in speakers:
            if any(m.key == speaker.key for m in accused):
                continue  # "said it and Hamas were jointly responsible": a claim the speaker shares, not a charge
            for mention in accused:
                if mention.key != speaker.key:
                    label = f"criticise as {word}"
                    yield Candidate(
                        speaker, label, mention, None, is_negated(copula), "asserted", None, "clause:characterisation"
                    )


def relative_head_actors(clause: Token, ctx: Context) -> list[Mention]:
    """The actor a relative clause describes: 'Sidr, a man [they say] is responsible'."""
    for verb in [clause, *clause.ancestors]:
        if verb.dep_ == "relcl":
            noun = verb.head.head if verb.head.dep_ == "appos" else verb.head
            return actors_of(noun, ctx)
        if verb.dep_ not in ("ccomp", "conj"):
            return []
    return []


# "the Israeli Government says Mr Arafat has not done enough": a speaker who says an actor fails its duty
# criticises it
def failing_statements(ctx: Context) -> Iterator[Candidate]:
    for verb in (t for t in ctx.sent if t.pos_ in ("VERB", "AUX") and t.dep_ in ("ccomp", "relcl")):
        lemma = verb.lemma_.lower()
        not_enough = lemma == "do" and is_negated(verb) and any(c.lower_ == "enough" for c in verb.children)
        if not not_enough:
            continue
        accused = [m for c in verb.children if c.dep_ == "nsubj" for m in actors_of(c, ctx)]
        for speaker in charge_speakers(verb, ctx):
            for mention in accused:
                if mention.key != speaker.key:
                    yield Candidate(
                        speaker, "criticise as not enough", mention, None, False, "asserted", None, "clause:failing"
                    )


# "Sharon said Arafat has chosen the path of terrorism", "Arafat said Mr Sharon was trying to torpedo his own
# crackdown": a speaker who reports an actor's misconduct criticises it
def misconduct_statements(ctx: Context) -> Iterator[Candidate]:
    for clause in (t for t in ctx.sent if t.pos_ in ("VERB", "AUX") and t.dep_ in ("ccomp", "ROOT")):
        charged, failing = misconduct_word(clause), failed_fight(clause)
        if (charged is None and failing is None) or modality_of(clause) == "hypothetical":
            continue  # "said Iran might undermine the talks"
        # "said Arafat was not a terrorist" charges nothing; "said Arafat is not working to dismantle terror
        # organizations" charges a failure to act against it
        word = failing if is_negated(clause) else charged
        subjects = [c for c in clause.children if c.dep_ == "nsubj"] if word else []
        accused = [(c, m) for c in subjects for m in actors_of(c, ctx) or act_owners(c, ctx)]  # "Pakistan's attempts"
        speakers = reporting_speakers(clause, ctx) if accused else []
        for speaker in speakers:
            own = ctx.actors.sides_of(speaker)
            for mention in (m for c, m in accused if m.key not in own or _own_government_charged(speaker, c, word)):
                yield Candidate(speaker, f"accuse of {word}", mention, rule="clause:misconduct")


# "Opposition Leader Simon Crean says the Government has misled the people": a person who says his own country's
# government (named as such) did a wrong, the clause's own verb, speaks against it (not "the Government will meet to
# decide how to deal with terrorism")
def _own_government_charged(speaker: Mention, subject: Token, word: str) -> bool:
    return speaker.type == "person" and subject.lemma_.lower() in CABINET_NOUNS and subject.head.lemma_.lower() == word


def reporting_speakers(clause: Token, ctx: Context) -> list[Mention]:
    """Who reports the clause: the subject of a verb of saying or telling over it ('Sharon said Arafat ...',
    'Arafat told CNN that Sharon ...'), or the speaker of a quote's own words."""
    head = clause.head
    if clause.dep_ == "ccomp":
        telling = head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in REPORTING_ONLY | CHARGING_VERBS | {"tell"}
        return clause_subjects(head, ctx) if telling else []
    reported = any(c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in REPORTING_ONLY for c in clause.children)
    return charge_speakers(clause, ctx) if reported or in_quotes(ctx.sent) else []


def failed_fight(clause: Token) -> str | None:
    """'is not working to dismantle terror organizations', 'is not fighting terrorism': a word of misconduct under
    a word against it, in a clause that denies acting."""
    for token in clause.subtree:
        if token.lemma_.lower() not in MISCONDUCT_WORDS:
            continue
        path = path_within(token, clause)
        if any(a.lemma_.lower() in AGAINST_WORDS for a in [*path[1:], clause]):
            return f"failing against {token.lemma_.lower()}"
    return None


def path_within(token: Token, clause: Token) -> list[Token]:
    """A token and its heads up to the clause's verb (which is left out)."""
    return [token, *(a for a in token.ancestors if a.i != clause.i and clause in a.ancestors)]


def lacks_virtue(token: Token) -> bool:
    """'has no conscience', 'lacks credibility': a virtue the subject is said to lack."""
    if token.lemma_.lower() not in VIRTUE_NOUNS or token.dep_ not in ("dobj", "conj"):
        return False
    verb = token.head.head if token.dep_ == "conj" else token.head
    lacking = verb.lemma_.lower() == "lack" or (verb.lemma_ == "have" and denied_word(token))
    return lacking and not is_negated(verb)


# "said Australia has broken international law", "broke the ceasefire": breaking a law or a pledge is a wrong (not
# "broke the deadlock", "broke a record")
def breaks_a_rule(token: Token) -> bool:
    return token.lemma_.lower() == "break" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in BROKEN_RULES for c in token.children
    )


def misconduct_word(clause: Token) -> str | None:
    """A word of misconduct in the clause, not under a word against it ('fight terrorism') nor in a clause of its
    own ('said Arafat knew Hamas had chosen terror'), nor denied on the spot ('not a terrorist')."""
    for token in clause.subtree:
        lemma = token.lemma_.lower()
        if lacks_virtue(token):
            return f"no {lemma}"  # "He has no conscience and no soul"
        if lemma not in MISCONDUCT_WORDS and (lemma, token.pos_) not in MISCONDUCT_FORMS and not breaks_a_rule(token):
            continue
        path = path_within(token, clause)
        marks = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod")]  # "counter terrorism"
        if token.dep_ in ("compound", "amod", "nmod") or any(
            a.lemma_.lower() in AGAINST_WORDS | EXPOSING_WORDS or a.lower_.startswith("anti") for a in [*path, *marks]
        ):
            continue  # "the counter terrorism proposals", "terrorism offences", "Pakistan fights terrorism"
        if any(a.dep_ in ("ccomp", "advcl", "relcl", "csubj") and a.i != clause.i for a in path) or denied_word(token):
            continue
        return lemma
    return None


def character_word(copula: Token) -> str | None:
    """The word that casts the subject as a wrongdoer: 'obstacle', 'responsible (for)', 'to blame'."""
    for child in copula.children:
        if child.dep_ == "attr" and child.lemma_.lower() in CHARACTER_NOUNS:
            return child.lemma_.lower()
        if child.dep_ == "attr":  # "a terror state", "an aggressive bloc", "a rogue regime"
            marks = [m.lower_ for m in child.children if m.dep_ in ("amod", "compound") and m.lower_ in BRANDING_WORDS]
            if marks:
                return marks[0]
        if child.dep_ == "acomp" and child.lower_ in ("responsible", "guilty", "culpable"):
            if any(p.dep_ == "prep" and p.lower_ in ("for", "of") for p in child.children):
                return child.lower_  # "responsible for many attacks", "guilty of incredible murder"
        if child.dep_ in ("xcomp", "acomp") and child.lower_ == "blame":  # "are more to blame"
            return "blame"
        if child.dep_ == "acomp" and any(g.lower_ == "blame" for g in child.subtree):
            return "blame"
    return None


def charge_speakers(copula: Token, ctx: Context) -> list[Mention]:
    """Who says it: the subject of a verb of saying over the clause, else the quote's speaker."""
    for ancestor in [copula, *copula.ancestors]:
        lemma = ancestor.lemma_.lower()
        if ancestor is not copula and ancestor.pos_ in ("VERB", "AUX") and lemma in REPORTING_ONLY | CHARGING_VERBS:
            return clause_subjects(ancestor, ctx)
        relative = [
            c for c in ancestor.children if c.dep_ in ("parataxis", "relcl") and c.lemma_.lower() in REPORTING_ONLY
        ]
        if relative:  # "a man they say is responsible": "say" hangs on the clause it reports
            return clause_subjects(relative[0], ctx)
    return [ctx.speaker] if ctx.speaker is not None else []


# nouns of a charge whose "that" clause names the accused: "Sharon's accusation that Arafat was responsible"
ACCUSATION_NOUNS = {"accusation", "allegation", "charge", "claim", "assertion", "insinuation"}


# "Sharon's accusation that Arafat was responsible for everything", "the claim by Iran that the US was behind
# the attack": the accuser criticises the accused
def accusation_clause_statements(ctx: Context) -> Iterator[Candidate]:
    for noun in (t for t in ctx.sent if t.pos_ == "NOUN" and t.lemma_.lower() in ACCUSATION_NOUNS):
        clauses = [
            c for c in noun.children if c.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" for m in c.children)
        ]
        if not clauses:
            continue
        # (also "Indian accusations that ...", "US claims that ...": the accuser named by an adjective or a name)
        accusers = leader_free(modifier_actors(noun, ctx), noun) or [
            m
            for p in noun.children
            if p.dep_ == "prep" and p.lower_ == "by"
            for o in p.children
            for m in actors_of(o, ctx)
        ]
        accused = [
            m for c in clauses for s in c.children if s.dep_ in ("nsubj", "nsubjpass") for m in actors_of(s, ctx)
        ]
        for accuser in accusers:
            for mention in accused:
                if mention.key != accuser.key:
                    yield Candidate(accuser, "accuse", mention, None, False, "asserted", None, "nominal:accusation")


# "accused Pakistan of involvement in attacks on Indian soldiers", "accused Hamas of attacks on Israeli
# civilians", "Afroz was charged with waging war against India": the accusation names a hostile act of the
# accused, aimed at its target
def accused_act_statements(ctx: Context) -> Iterator[Candidate]:
    verbs = ("accuse", "blame", "charge", "suspect", *LINKING_VERBS)
    for verb in (t for t in ctx.sent if t.pos_ == "VERB" and t.lemma_.lower() in verbs):
        if is_negated(verb):
            continue  # "India did not accuse Pakistan of attacks on Indian soldiers" says nothing of the attacks
        falsely = any(c.dep_ == "advmod" and c.lower_ in FALSE_CHARGE_ADVERBS for c in verb.children)
        accused_dep = "nsubjpass" if is_passive(verb) else "dobj"
        # also "Afroz has been detained and charged with waging war": the patient of the passive it is joined to
        patients = joined_subjects(verb, (accused_dep,)) if accused_dep == "nsubjpass" else []
        patients = patients or [c for c in verb.children if c.dep_ == accused_dep]
        accused = [m for c in patients for m in actors_of(c, ctx)]
        if verb.dep_ == "acl" and verb.tag_ == "VBN":  # "bin Laden, accused of masterminding the attacks on ..."
            accused = actors_of(verb.head, ctx)
        if verb.dep_ == "relcl" and any(c.lower_ in RELATIVE_PRONOUNS for c in verb.children if c.dep_ == accused_dep):
            accused = actors_of(verb.head, ctx)  # "Bashir, who is suspected of links to al-Qaeda"
        # "Israel accused Iran of attacking it, but Iran denied the accusation": a contested charge, left open
        modality = "hypothetical" if denies_charge(verb, accused, ctx) else "asserted"
        linking = verb.lemma_.lower() in LINKING_VERBS
        # "charged with treason over an alleged plot to kill Mugabe": the act the charge is over
        charging = ("of", "for", "with", "over")
        preps = charging if verb.lemma_.lower() == "charge" else ("to",) if linking else ("of", "for")
        # the charge hangs on the verb, or on the accused: "accused Force-17 of direct involvement in ..."
        holders = [verb, *(c for c in verb.children if c.dep_ == accused_dep)]
        charges = [o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in preps for o in p.children]
        for charge in (c for c in charges if c.dep_ in ("pobj", "pcomp")):  # also "of masterminding the attacks"
            acts = [t for t in charge.subtree if t.pos_ == "NOUN" and classify(t.lemma_.lower()) in CONFLICT_CLASSES]
            acts = [t for t in acts if t.lemma_.lower() not in BEHEST_NOUNS]  # "on the orders of Pakistan": no act
            # the first act that names a target: "the preparation and execution of attacks against its people"
            targets = next(([(act, m) for m in found] for act in acts if (found := charged_targets(act, ctx))), [])
            targets = targets or plotted_targets(charge, ctx)
            for act, target in targets:
                planned = act.dep_ == "dobj" and is_planned_act(act.head, act)  # "of planning an attack on Baghdad"
                planned = planned or is_compound_planned_act(act) or act.head.lemma_.lower() in PLOT_NOUNS
                mood = "intended" if modality == "asserted" and planned else modality
                for agent in accused:
                    if target.key != agent.key:
                        yield Candidate(  # "has been falsely accused of attacking Israel": the writer denies it
                            agent, act.lemma_.lower(), target, None, falsely, mood, None, "clause:accused-act"
                        )
            # "Bush linked a Kashmiri group to the attack on the Indian Parliament": tying an actor to an act accuses it
            # (also to an attack that names no target: "India has linked Pakistan to the attack")
            linkers = clause_subjects(verb, ctx) if linking and (targets or acts) else []
            for linker in linkers:
                for agent in (a for a in accused if a.key != linker.key):
                    yield Candidate(linker, "accuse", agent, rule="clause:linked-act")
            if linking and not targets and not acts:
                yield from linked_actors(verb, charge, accused, ctx)
            yield from behest_charges(verb, charge, accused, ctx)
            yield from charged_ties(charge, accused, ctx)


# "charged with treason over an alleged plot to kill President Mugabe": the act a plot in the charge aims at
def plotted_targets(charge: Token, ctx: Context) -> list[tuple[Token, Mention]]:
    plots = [t for t in charge.subtree if t.pos_ == "NOUN" and t.lemma_.lower() in PLOT_NOUNS]
    acts = [
        a for p in plots for a in p.children if a.dep_ == "acl" and classify(a.lemma_.lower()) in CONFLICT_CLASSES
    ]
    return [(a, m) for a in acts for o in a.children if o.dep_ == "dobj" for m in actors_of(o, ctx)]


# "The United States has linked Iraq to al-Qaeda", "released new evidence linking Iraq to al-Qaeda": tying an actor to
# an armed group accuses it (the linker is the subject, or the one who gives the evidence); the tie itself is left a
# charge, not read (tests/test_extract_session18.py: "The US linked Iran to Hamas" is no cooperation)
def linked_actors(verb: Token, partner: Token, linked: list[Mention], ctx: Context) -> Iterator[Candidate]:
    groups = [m for m in actors_of(partner, ctx) if m.type == "armed_group"]
    evidence = verb.head if verb.dep_ == "acl" and verb.head.lemma_.lower() in EVIDENCE_NOUNS else None
    linkers = clause_subjects(evidence.head, ctx) if evidence is not None and evidence.dep_ == "dobj" else []
    linkers = linkers or (clause_subjects(verb, ctx) if verb.dep_ != "acl" else [])
    for agent in (a for a in linked if groups and all(a.key != g.key for g in groups)):
        for linker in (m for m in linkers if m.key != agent.key):
            yield Candidate(linker, "accuse", agent, rule="clause:linked-act")


# "blamed for the September 11 attacks on the United States": the charged act's target; "blamed for the Bali
# bombings": an attack's town stands for its country (not the victims a relative clause names: "blamed Arafat for
# the bombings that killed 25 Israelis" charges him, it does not make him the bomber)
def charged_targets(act: Token, ctx: Context) -> list[Mention]:
    found = list(target_objects(act, ctx))
    if any(m.type != "place" for m in found) or classify(act.lemma_.lower()) != "attack":
        return found
    return town_country(act, ctx) or found


# "accused Iran of links to al-Qaeda", "is suspected of ties with the Taliban", "was arrested on suspicion of links
# to al-Qaeda": a tie one is charged with is read as the accused's (as a charged act is)
def charged_ties(charge: Token, accused: list[Mention], ctx: Context) -> Iterator[Candidate]:
    if charge.lemma_.lower() not in TIE_NOUNS:
        return
    for prep, pobj in prepositional_objects(charge, ctx, set()):
        label = f"{charge.lemma_.lower()} {prep}"
        label = label if classify(label) == "cooperate" else "tie"  # "link to", "relationship with"
        for partner in actors_of(pobj, ctx) if prep in ("to", "with") else []:
            for agent in (a for a in accused if a.key != partner.key):
                yield Candidate(agent, label, partner, rule="clause:charged-tie")


# "Bashir was arrested on suspicion of links to al-Qaeda": the one held is the one suspected
def suspicion_statements(ctx: Context) -> Iterator[Candidate]:
    for noun in (t for t in ctx.sent if t.lemma_.lower() == "suspicion" and t.dep_ == "pobj" and t.head.lower_ == "on"):
        verb = noun.head.head
        held = "nsubjpass" if is_passive(verb) else "dobj"
        suspects = [m for c in verb.children if c.dep_ == held for m in actors_of(c, ctx)]
        for charge in (o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children):
            yield from charged_ties(charge, suspects, ctx)


# "Israel punished Hamas for the attacks on Israelis", "vowed to crack down on them for a wave of anti-Israeli
# suicide assaults", "rebuked Russia over bombings of Georgian villages": the hostile act one is punished or
# condemned for is one's own, aimed at its target
def punished_act_statements(ctx: Context) -> Iterator[Candidate]:
    for verb in (t for t in ctx.sent if t.pos_ == "VERB" and t.lemma_.lower() not in ("accuse", "blame", "charge")):
        held = held_nouns(verb)
        reasons = [o for h in (verb, *held) for p in h.children if p.dep_ == "prep" and p.lower_ in ("for", "over")
                   for o in p.children if o.dep_ == "pobj"]  # fmt: skip
        reasons = [counted_noun(r) for r in reasons]  # "for a wave of anti-Israeli suicide assaults"
        acts = [r for r in reasons if classify(relation_noun(r)) in HOSTILE_CLASSES]
        if not acts or classify(verb_phrase(verb)) not in PUNISHING_CLASSES or is_negated(verb):
            continue
        punishers = {k for m in clause_subjects(verb, ctx) for k in ctx.actors.sides_of(m)}
        punished = [m for c in held for m in actors_of(c, ctx) if m.key not in punishers]  # not one's own side
        for act in acts:
            if any(a.key not in {m.key for m in punished} for a in event_agents(act, ctx)):
                continue  # "punished Hamas for Israel's strikes": someone else's act
            for target in target_objects(act, ctx):
                for agent in (m for m in punished if m.key != target.key):
                    yield Candidate(agent, act.lemma_.lower(), target, rule="clause:punished-act")


# "accused Lashkar-e-Taiba of carrying out the attack at the behest of Pakistani military intelligence": the one
# the charged act was done for is charged too
def behest_charges(verb: Token, charge: Token, accused: list[Mention], ctx: Context) -> Iterator[Candidate]:
    if verb.lemma_.lower() in LINKING_VERBS or is_passive(verb):
        return
    orders = [t for t in charge.subtree if t.lemma_.lower() in BEHEST_NOUNS and t.head.lower_ in ("at", "on", "under")]
    owners = [c for o in orders for c in o.children if c.dep_ == "poss"]
    owners += [p for o in orders for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    sponsors = [m for owner in owners for m in actors_of(owner, ctx) if m.key not in {a.key for a in accused}]
    for accuser in clause_subjects(verb, ctx):
        for sponsor in (s for s in sponsors if s.key != accuser.key):
            yield Candidate(accuser, "accuse", sponsor, rule="clause:accused-act")


# "Iran agreed to talks with the US", "is open to talks with the US", "is ready for talks with Israel": a tie one
# agrees to or is open to is meant, not yet done
def agreed_tie_statements(ctx: Context) -> Iterator[Candidate]:
    for verb in (t for t in ctx.sent if t.pos_ in ("VERB", "AUX")):
        holders = [verb] if verb.lemma_.lower() in AGREEING_VERBS else []
        holders += [a for a in verb.children if a.dep_ == "acomp" and a.lemma_.lower() in OPEN_WORDS]
        preps = [p for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in ("to", "for")]
        ties = [o for p in preps for o in p.children if o.dep_ == "pobj" and is_event_noun(o)]
        ties += [c for h in holders for c in h.children if c.dep_ == "xcomp" and c.pos_ == "NOUN"]  # parser: "to/aux"
        ties = [t for t in ties if classify(t.lemma_.lower()) in ("communicate", "cooperate")]
        if not ties:
            continue
        negated = is_negated(verb)
        for subject in clause_subjects(verb, ctx):
            for tie in ties:
                for _, party in noun_chain_objects(tie, ctx):
                    if party.key != subject.key:
                        relation = tie.lemma_.lower()
                        yield Candidate(subject, relation, party, None, negated, "intended", None, "clause:agreed-tie")


# "Israel blamed the attack on Iran", "blamed the bombings on Hamas", "The attack was blamed on Iran": the one an act is
# blamed on is charged with it
def blamed_on_statements(ctx: Context) -> Iterator[Candidate]:
    for verb in (t for t in ctx.sent if t.pos_ == "VERB" and t.lemma_.lower() == "blame"):
        deps = ("dobj", "nsubjpass")  # also the act of a passive
        acts = [c for c in verb.children if c.dep_ in deps and classify(c.lemma_.lower()) in CONFLICT_CLASSES]
        ons = [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "on"]
        inner = [p for a in acts for p in a.subtree if p.dep_ == "prep" and p.lower_ == "on"]
        if not ons and len(inner) >= 2:
            ons = inner[-1:]  # "blamed the attack on its embassy on Iran"; one "on" is the attack's own target
        blamed = [m for p in ons for o in p.children if o.dep_ == "pobj" for m in actors_of(o, ctx)]
        if not acts or not blamed:
            continue
        negated, modality = is_negated(verb), modality_of(verb)
        blamers = clause_subjects(verb, ctx)
        for blamer in blamers:
            for mention in (m for m in blamed if m.key != blamer.key):
                yield Candidate(blamer, "blame", mention, None, negated, modality, None, "clause:blamed-on")
        if negated:
            continue  # "did not blame the attack on Iran" says nothing of the attack
        targets = [t for act in acts for t in target_objects(act, ctx)]
        own = {m.key for m in blamers}
        for mention in (m for m in blamed if m.key not in own):
            for target in (t for t in targets if t.key != mention.key):
                yield Candidate(mention, acts[0].lemma_.lower(), target, rule="clause:accused-act")


# verbs of bringing someone round, which a third party can be asked to do: "asked Zinni to put pressure on"
PRESSURE_VERBS = {"pressure", "press", "persuade", "convince", "lean", "influence", "push"}


# "Arafat asked Zinni to put pressure on Israel", "urged China to press North Korea": the asker works on
# the target through the one asked
def pressure_through_statements(ctx: Context) -> Iterator[Candidate]:
    for verb in (t for t in ctx.sent if t.pos_ == "VERB" and t.lemma_.lower() in REQUEST_VERBS):
        brokers = [m for c in verb.children if c.dep_ == "dobj" for m in actors_of(c, ctx)]
        if not brokers:
            brokers = [
                m
                for p in verb.children
                if p.dep_ == "prep" and p.lower_ == "on"
                for o in p.children
                for m in actors_of(o, ctx)
            ]
        for act in (c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"):
            phrase = verb_phrase(act)
            if act.lemma_.lower() not in PRESSURE_VERBS and "pressure" not in phrase:
                continue
            if act.lemma_.lower() in REFUSAL_VERBS | EASING_VERBS:
                continue  # "urged China to stop its military pressure on Taiwan": China's own pressure
            targets = [m for _, m, _, _ in clause_objects(act, ctx)]
            for asker in clause_subjects(verb, ctx):
                for broker in brokers:
                    for target in targets:
                        if len({asker.key, broker.key, target.key}) == 3:
                            yield Candidate(
                                asker, phrase, target, broker, is_negated(verb), modality_of(verb), None,
                                "clause:pressure-through",
                            )  # fmt: skip


# "The Houthis, backed by Iran, attacked ships", "convoys attacked by militants": a participle with an agent
# after a noun is that noun's passive; "Backed by Iran, the Houthis attacked ships": before the clause, its subject's
def reduced_passive_statements(ctx: Context) -> Iterator[Candidate]:
    for verb in (t for t in ctx.sent if t.tag_ == "VBN" and t.dep_ in ("acl", "advcl")):
        fronted = verb.dep_ == "advcl" and verb.i < verb.head.i and verb.head.pos_ in ("VERB", "AUX")
        if not fronted and (verb.dep_ != "acl" or verb.head.pos_ not in ("NOUN", "PROPN")):
            continue
        phrase = verb_phrase(verb)
        if classify(phrase) == FALLBACK_CLASS and f"{verb.lemma_} {verb.head.lemma_.lower()}" in LEXICON:
            phrase = f"{verb.lemma_} {verb.head.lemma_.lower()}"  # "Palestinian prisoners held by Israel"
        if classify(phrase) == FALLBACK_CLASS or is_passive(verb):
            continue
        if verb.head.lemma_.lower() in MEASURE_NOUNS:
            continue  # "..., a move condemned by Somalia": the judged-move reader's
        doers = [m for pobj in agents(verb) for m in agent_actors(verb, pobj, ctx)]  # also "backed by Russian strikes"
        patients = clause_subjects(verb.head, ctx) if fronted else actors_of(verb.head, ctx)
        if not patients and verb.head.lemma_.lower() in CAPTIVE_NOUNS:  # "Palestinian prisoners held by Israel"
            patients = leader_free(modifier_actors(verb.head, ctx), verb.head)
        for patient in patients if doers else []:
            for agent in (a for a in doers if a.key != patient.key):
                yield Candidate(
                    agent, phrase, patient, None, is_negated(verb), "asserted", None, "clause:reduced-passive"
                )


# restrictions that are lifted: "lift the blockade", "lift the siege of Ramallah"
LIFTED_RESTRICTIONS = {"blockade", "siege", "curfew", "closure", "embargo", "ban", "sanction", "restriction"}


# "urged Russia to end its invasion of Ukraine", "called on Israel to halt its attacks", "has not stopped its
# attacks on Israel", "urged Israel to lift the blockade": an act of one's own that someone asks to end, or that is
# not ended, is going on
def presupposed_act_statements(ctx: Context) -> Iterator[Candidate]:
    for verb in (t for t in ctx.sent if t.pos_ == "VERB" and t.lemma_.lower() in CEASING_VERBS | {"lift"}):
        if modality_of(verb) != "requested" and not is_negated(verb):
            continue
        for act in (c for c in verb.children if c.dep_ == "dobj" and classify(c.lemma_.lower()) in HOSTILE_CLASSES):
            # "urged Israel to lift the blockade on Palestinian towns": a restriction one is asked to lift is one's own
            lifted = act.lemma_.lower() in LIFTED_RESTRICTIONS and any(c.lower_ == "the" for c in act.children)
            if verb.lemma_.lower() == "lift" and act.lemma_.lower() not in LIFTED_RESTRICTIONS:
                continue
            if not lifted and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in act.children):
                continue  # "its invasion", "their attacks": the doer's own act
            # (also "would not halt their offensive | in Ukraine", the place hung on the verb)
            targets = list(target_objects(act, ctx)) or [
                m for p, o in prepositional_objects(verb, ctx, set()) if p in ("in", "on", "against")
                for m in actors_of(o, ctx)
            ]  # fmt: skip
            for doer in clause_subjects(verb, ctx):
                for target in (t for t in targets if t.key != doer.key):
                    yield Candidate(doer, act.lemma_.lower(), target, rule="clause:presupposed-act")


# "Three Israeli soldiers died in a Hamas attack", "Two Palestinians were killed in an Israeli air strike", "Hamas
# fighters were killed in clashes with Israeli troops": the doer of the act struck those it killed or hurt
def victim_statements(ctx: Context) -> Iterator[Candidate]:
    for verb in (t for t in ctx.sent if t.pos_ == "VERB"):
        lemma = verb.lemma_.lower()
        reduced = verb.dep_ == "acl" and verb.tag_ == "VBN"  # "two Palestinians killed in a firefight with"
        set_off = set_off_noun(verb)  # "the deaths of two of its leaders, killed in an Israeli helicopter attack"
        if lemma not in DYING_VERBS and not ((is_passive(verb) or reduced or set_off) and classify(lemma) == "attack"):
            continue
        if agents(verb):
            continue  # "were killed by Hamas": the passive clause's
        victims = [m for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for m in actors_of(c, ctx)]
        victims = victims or (actors_of(verb.head, ctx) if reduced else [])
        victims = victims or (actors_of(set_off, ctx) if set_off is not None else [])
        for prep, act in prepositional_objects(verb, ctx, set()) if victims else []:
            if prep not in ("in", "during") or classify(act.lemma_.lower()) not in ("attack", "fight"):
                continue
            doers = event_agents(act, ctx)  # "a Hamas attack", "an Israeli air strike"
            doers += [m for p, o in prepositional_objects(act, ctx, set()) if p == "with" for m in actors_of(o, ctx)]
            negated, modality = is_negated(verb), modality_of(verb)
            for doer in doers:
                for victim in (v for v in victims if v.key != doer.key):
                    yield Candidate(doer, act.lemma_.lower(), victim, None, negated, modality, None, "clause:victims")


# "Iran-backed Houthis", "Russian-trained militias": the one named before the participle backs the noun's actor
def backed_by_prefix_statements(ctx: Context) -> Iterator[Candidate]:
    for participle in (t for t in ctx.sent if t.dep_ == "amod" and t.lower_ in BACKING_PARTICIPLES):
        backers = [
            m for c in participle.children if c.dep_ in ("npadvmod", "compound", "amod") for m in actors_of(c, ctx)
        ]
        backed = actors_of(participle.head, ctx) or forces_owners(participle.head, ctx)
        backed = [m for m in backed if m.key not in {b.key for b in backers}]
        for backer in backers:
            for actor in backed:
                yield Candidate(backer, participle.lemma_.lower(), actor, rule="clause:backed-by")


# "Gul Agha, whose US-backed forces ...", "Karzai and his US-backed fighters": the leader of unnamed forces
def forces_owners(noun: Token, ctx: Context) -> list[Mention]:
    if noun.lemma_.lower() not in FOLLOWER_NOUNS:
        return []
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if any(o.lower_ == "whose" for o in owners):
        clause = next((a for a in noun.ancestors if a.dep_ == "relcl"), None)
        return actors_of(clause.head, ctx) if clause is not None else []
    return [m for o in owners for m in actors_of(o, ctx)]


# "the US-hosted meeting between Israel and the Palestinians", "an Egyptian-brokered truce between Israel and Hamas":
# the host meets each party of the act
def hosted_by_prefix_statements(ctx: Context) -> Iterator[Candidate]:
    from kg.extract.nominal import between_parties

    for participle in (t for t in ctx.sent if t.dep_ == "amod" and t.lower_ in HOSTING_PARTICIPLES):
        hosts = [
            m for c in participle.children if c.dep_ in ("npadvmod", "compound", "amod") for m in actors_of(c, ctx)
        ]
        parties = between_parties(participle.head, ctx) if hosts else []
        for host in hosts:
            for party in (p for p in parties if p.key != host.key):
                yield Candidate(host, HOSTING_PARTICIPLES[participle.lower_], party, rule="clause:hosted-by")


# participles of hosting or brokering written after the host, and the host's relation to each party: "US-hosted",
# "Egyptian-brokered"
HOSTING_PARTICIPLES = {
    "hosted": "host", "convened": "host", "organised": "host", "organized": "host", "brokered": "mediate",
    "mediated": "mediate",
}  # fmt: skip


# participles of backing written after the backer: "Iran-backed", "Russian-trained", "US-funded"
BACKING_PARTICIPLES = {"backed", "sponsored", "funded", "armed", "trained", "supported", "financed"}


# verbs of easing what they govern: "ease the pressure on", "end its pressure"
EASING_VERBS = {"end", "ease", "lift", "reduce", "relieve", "relax"}


# "Ariel Sharon returned from the United States", "John Howard will travel to Indonesia": a statesman's journey to a
# foreign country (or a large city of it) visits it
def journey_statements(ctx: Context) -> Iterator[Candidate]:
    for verb in (t for t in ctx.sent if t.pos_ == "VERB"):
        places = [o for p, o in prepositional_objects(verb, ctx, set()) if (verb.lemma_.lower(), p) in JOURNEYS]
        countries = [m for place in places for m in place_country(place, ctx)]
        travellers = [m for m in clause_subjects(verb, ctx) if is_statesman(m, ctx)] if countries else []
        for traveller in travellers:
            home = ctx.actors.sides_of(traveller)
            for country in (c for c in countries if c.key not in home):
                yield Candidate(
                    traveller, "visit", country, None, is_negated(verb), modality_of(verb), None, "clause:journey"
                )


def is_statesman(mention: Mention, ctx: Context) -> bool:
    """A person who speaks for a state ('Israeli Prime Minister Ariel Sharon'), whose journeys are visits."""
    return bool(office_countries(mention, ctx))


# "Kuwait's emir received a letter from the Saudi king", "Zimbabwe faces possible suspension from the Commonwealth":
# the sender did the act to the receiver
def received_statements(ctx: Context) -> Iterator[Candidate]:
    from kg.extract.nominal import nominal_label  # also "call with" for "received a phone call from Biden"

    yield from undergone_statements(ctx)
    for verb in ctx.sent:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or not (
            lemma in RECEIVING_VERBS | FACING_VERBS | CONSIDERING_VERBS | GAINING_VERBS
            or (lemma in GIVING_VERBS and is_passive(verb))
        ):
            continue
        receivers = clause_subjects(verb, ctx)
        objects = "nsubjpass" if is_passive(verb) else "dobj"  # "Iranian assistance is received by the Houthis"
        if verb.lemma_.lower() in GIVING_VERBS:  # "it was given assurances from the US": given to the subject
            receivers = [m for c in verb.children if c.dep_ == "nsubjpass" for m in actors_of(c, ctx)]
            objects = "dobj"
        for noun in (c for c in verb.children if c.dep_ == objects and is_event_noun(c) and not untolerated_act(c)):
            won = lemma in GAINING_VERBS
            if won and classify(noun.lemma_.lower()) not in ("support", "cooperate"):
                continue  # "has won the backing of the United Nations", not "secured the release of two diplomats"
            senders = [
                m
                for prep, pobj in [*prepositional_objects(noun, ctx, set()), *prepositional_objects(verb, ctx, set())]
                if prep == "from"
                for m in actors_of(pobj, ctx)
            ] or (leader_free(modifier_actors(noun, ctx), noun) if lemma not in CONSIDERING_VERBS else [])
            senders = senders or noun_agents(noun, ctx)  # "survived an assassination attempt by Israel"
            senders = senders or (noun_agents(noun, ctx, "of") if won else [])  # "won the backing of the UN"
            if noun.lemma_.lower() in SKILL_NOUNS and not any(m.type in ("armed_group", "country") for m in senders):
                continue  # "received training from al Qaeda" (not "from their Adventure World supervisors")
            negated, modality = is_negated(verb) or has_negative_determiner(noun), modality_of(verb)  # "received no"
            weighing = lemma in CONSIDERING_VERBS | ACCEPTING_VERBS
            refused = weighing and is_negated(verb) and not has_negative_determiner(noun)
            if lemma in ENDURING_VERBS | ACCEPTING_VERBS | CONSIDERING_VERBS:
                negated = has_negative_determiner(noun)  # "could not withstand the US bombing": it was bombed; "did
                # not accept the Egyptian proposal", "would not consider requests from Iran": it was made
            if any(c.dep_ == "amod" and c.lower_ in LIKELIHOOD_WORDS | {"potential"} for c in noun.children):
                modality = "hypothetical"  # "faces possible suspension from the Commonwealth"
            if not negated and any(c.dep_ == "det" and c.lower_ == "any" for c in noun.children):
                modality = "hypothetical"  # "will consider any request from the United States"
            if modality == "asserted" and attempted_act(noun) is not None:
                modality = "attempted"  # "survived an Israeli assassination attempt"
            for sender in senders:
                for receiver in receivers:
                    yield Candidate(
                        sender, nominal_label(noun), receiver, None, negated, modality, None, "clause:received"
                    )
                    if refused:  # "Interpol would not consider requests from Iran": a refusal to weigh them
                        yield Candidate(receiver, f"refuse to {lemma}", sender, None, False, modality_of(verb),
                                        None, "clause:refused-consideration")  # fmt: skip


# "The Government is under fire from the Greens", "Kabul came under attack from the Taliban": an act the subject
# is under is the source's act on it (an act faced, "faces sanctions from the EU", is the receiving reader's)
def undergone_statements(ctx: Context) -> Iterator[Candidate]:
    for verb in (t for t in ctx.sent if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in UNDERGOING_VERBS):
        for noun in (o for p, o in prepositional_objects(verb, ctx, set()) if p == "under"):
            label = UNDERGONE_IDIOMS.get(noun.lemma_.lower(), noun.lemma_.lower())
            if classify(label) == FALLBACK_CLASS or label == "pressure":
                continue  # pressure is the pressure reader's: "came under pressure from the United States"
            sources = [
                m
                for holder in (noun, verb)
                for prep, pobj in prepositional_objects(holder, ctx, set())
                if prep in ("from", "by")
                for m in actors_of(pobj, ctx)
            ]
            negated, modality = is_negated(verb), modality_of(verb)
            for source in sources:
                for subject in (m for m in clause_subjects(verb, ctx) if m.key != source.key):
                    yield Candidate(source, label, subject, None, negated, modality, None, "clause:undergone")


# "Zelensky said in a meeting with Honcharuk", "issued the message after talks with Peres", "During the visit
# to China, Musharraf said": the occasion of an act is talk with someone
def occasion_statements(ctx: Context) -> Iterator[Candidate]:
    for prep in (
        t for t in ctx.sent if t.dep_ == "prep" and t.lower_ in OCCASION_PREPS and t.head.pos_ in ("VERB", "AUX")
    ):
        counted = [(c, counted_noun(c)) for c in prep.children if c.dep_ == "pobj"]  # "after days of fighting with"
        pobjs = [n if n.lemma_.lower() in COMBAT_NOUNS else c for c, n in counted]
        for pobj in (c for c in pobjs if c.lemma_.lower() in OCCASION_NOUNS | COMBAT_NOUNS):
            verb = reporting_ancestor(prep) if prep.i > 0 and prep.nbor(-1).text == "," else prep.head
            if prep.lower_ == "for" and verb.lemma_.lower() not in TRAVEL_VERBS:
                continue  # "arrived for talks with" is talk; "called for talks with" asks for it
            reporting = verb.lemma_.lower() in REPORTING_ONLY
            if reporting and addresses_someone(verb) and not announces_bare_act(verb, ctx):
                continue
            if not reporting and prep.lower_ in ("in", "at") and classify(verb_phrase(verb)) == "communicate":
                continue  # "engaged in conversations with Iran" is the clause's own relation
            verb = acting_clause(verb)
            if is_negated(verb) and prep.lower_ == "in":
                continue  # "No Iranian official took part in the talks with Russia": no talk of the subject's (but
                # "did not sign the treaty after talks with the US": the talks were held)
            suffered = verb.lemma_.lower() in DYING_VERBS or is_passive(verb)
            foe = any(p.dep_ == "prep" and p.lower_ == "with" for p in pobj.children)
            if pobj.lemma_.lower() in COMBAT_NOUNS and (suffered or not foe or prep.lower_ in ("in", "at", "for")):
                continue  # "Two Palestinians died in clashes with Israeli troops": victims, no fighters; "train its
                # soldiers in the fight against the Abu Sayyaf": another's fight
            subjects = clause_subjects(verb, ctx)
            for _, mention in noun_chain_objects(pobj, ctx):
                if pobj.lemma_.lower() == "interview" and mention.type == "media":
                    continue  # "said in an interview with CNN": speaking on an outlet, not talk with it
                for subject in subjects:
                    yield Candidate(
                        subject, occasion_label(pobj), mention, None, False, "asserted", None, "clause:occasion"
                    )


# "announced the agreement after talks with British officials": an act announced with no party of its own
# leaves the talks as the sentence's relation
def announces_bare_act(verb: Token, ctx: Context) -> bool:
    if any(c.dep_ in ("prep", "dative") and c.lower_ in ("to", "with") for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and not any(actors_of(t, ctx) for o in objects for t in o.subtree if not in_topic(t, o))


def in_topic(token: Token, noun: Token) -> bool:
    """'the security force' in 'the agreement on the security force': what the noun is about, no party of it
    (but 'sanctions on Israel' are aimed at Israel)."""
    while token.i != noun.i and token.head.i != token.i:
        if token.dep_ == "prep" and token.lower_ in ("about", "regarding"):
            return True
        if token.dep_ == "prep" and token.lower_ in ("on", "over"):
            return classify(token.head.lemma_.lower()) in ("cooperate", "communicate")  # "talks on", "a deal over"
        token = token.head
    return False


def acting_clause(verb: Token) -> Token:
    """'accused Arafat of doing nothing, in a call with Chirac': the verb with a subject that a gerund or
    infinitive the occasion hangs on belongs to."""
    while not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and verb.dep_ in ("pcomp", "xcomp"):
        head = verb.head.head if verb.dep_ == "pcomp" else verb.head
        if head.pos_ not in ("VERB", "AUX") or head.i == verb.i:
            break
        verb = head
    return verb


# "fired a missile, drawing condemnation from Japan", "the test sparked protests from Seoul": those a
# reaction is drawn from react to whoever drew it
def drawn_reaction_statements(ctx: Context) -> Iterator[Candidate]:
    for verb in ctx.sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in DRAWING_VERBS:
            continue
        for noun in (c for c in verb.children if c.dep_ == "dobj" and is_reaction(c)):
            reactors = [
                m
                for p in (*noun.children, *verb.children)  # the parser hangs "from Japan" on either
                if p.dep_ == "prep" and p.lower_ in ("from", "by", "among")
                for o in p.children
                if o.dep_ == "pobj"
                for m in actors_of(o, ctx)
            ] or modifier_actors(noun, ctx)  # "a massive Israeli armed response"
            label = "retaliate" if noun.lemma_.lower() in REVENGE_NOUNS else noun.lemma_.lower()
            # (not "..., the Palestinian health ministry said, drawing condemnation": the act drew it, not the report)
            doers = [] if is_speech_verb(verb.head) and verb.dep_ == "advcl" else clause_subjects(verb, ctx)
            if not doers and is_free_relative(verb.head):  # "test-fired what appeared to be a missile, drawing ...",
                doers = clause_subjects(verb.head.head, ctx)  # the participle parsed under "appeared": the firer's
            for doer in doers or drawing_act_doers(verb, ctx):
                for reactor in (r for r in reactors if r.key != doer.key):
                    yield Candidate(reactor, label, doer, rule="clause:drawn-reaction")


def is_free_relative(verb: Token) -> bool:
    """'what appeared to be a missile' in 'fired what appeared to be a missile': a clause standing for a noun."""
    return verb.dep_ == "ccomp" and any(c.dep_ == "nsubj" and c.lower_ == "what" for c in verb.children)


# "condemnation", "protests"; and a blow struck back: "triggered a massive Israeli armed response"
def is_reaction(noun: Token) -> bool:
    if noun.lemma_.lower() in REVENGE_NOUNS:
        return any(c.lower_ in ("armed", "military") for c in noun.children) or noun.lemma_.lower() != "response"
    return classify(noun.lemma_.lower()) in REACTION_CLASSES


# "The suicide attacks triggered a massive Israeli armed response": who did the attack that drew it
def drawing_act_doers(verb: Token, ctx: Context) -> list[Mention]:
    acts = [c for c in verb.children if c.dep_ == "nsubj" and classify(c.lemma_.lower()) == "attack"]
    return [m for act in acts for m in event_agents(act, ctx) or last_attackers(act, ctx)]


REACTION_CLASSES = {"criticise", "protest", "reject", "threaten", "cooperate"}


# "The fighting pitted the Special Deterrence Force against the 444 Brigade", "the war pits Russia against Ukraine":
# the two sides a conflict sets against each other fight each other
def pitted_statements(ctx: Context) -> Iterator[Candidate]:
    for verb in (t for t in ctx.sent if t.pos_ == "VERB" and t.lemma_.lower() == "pit"):
        negated, modality = is_negated(verb), modality_of(verb)
        ones = [m for c in verb.children if c.dep_ == "dobj" for m in actors_of(c, ctx)]
        others = [m for p in verb.children if p.dep_ == "prep" and p.lower_ == "against" for o in p.children
                  if o.dep_ == "pobj" for m in actors_of(o, ctx)]  # fmt: skip
        for one in ones:
            for other in (o for o in others if o.key != one.key):
                yield Candidate(one, "fight", other, None, negated, modality, rule="clause:pitted")
                yield Candidate(other, "fight", one, None, negated, modality, rule="clause:pitted")


def occasion_label(noun: Token) -> str:
    """'call with' (talk), not 'call' (describe)."""
    lemma = noun.lemma_.lower()
    return f"{lemma} with" if classify(lemma) == "statement" else lemma


def reporting_ancestor(prep: Token) -> Token:
    """The verb of saying that a clause is reported by ("said [he] remains ..., in calls with"), else the
    verb the preposition hangs on."""
    for ancestor in prep.ancestors:
        if ancestor.pos_ in ("VERB", "AUX") and ancestor.lemma_.lower() in REPORTING_ONLY and ancestor.i < prep.i:
            return ancestor  # not a closing "..., the office reported", which reports the clause's own act
    return prep.head


# "Qatar mediated talks between the United States and the Taliban", "Egypt brokered a ceasefire between
# Israel and Hamas": the parties of the act relate to each other through the mediator
def mediated_statements(ctx: Context) -> Iterator[Candidate]:
    from kg.extract.nominal import between_parties

    for verb in ctx.sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in MEDIATING_VERBS:
            continue
        mediators = clause_subjects(verb, ctx)
        negated, modality = is_negated(verb), modality_of(verb)
        if modality == "asserted" and mediators and declared_future(verb, mediators, ctx) == "own":
            modality = "intended"  # "China said it would mediate between India and Pakistan": not yet done
        for noun in (c for c in verb.children if c.dep_ == "dobj" and is_event_noun(c)):
            parties = between_parties(noun, ctx)
            if len(parties) >= 2 and mediators and mediators[0].key not in {p.key for p in parties}:
                yield Candidate(
                    parties[0],
                    compound_noun(noun),
                    parties[1],
                    mediators[0],
                    negated,
                    modality,
                    None,
                    "clause:mediated",
                )
        if verb.lemma_.lower() in ("mediate", "shuttle") and not any(c.dep_ == "dobj" for c in verb.children):
            yield from _mediated_between(verb, mediators, negated, modality, ctx)  # also "shuttled between Israel
            # and Lebanon"


# "Qatar, which has mediated between Israel and Hamas": the two sides talk through the mediator
def _mediated_between(
    verb: Token, mediators: list[Mention], negated: bool, modality: str, ctx: Context
) -> Iterator[Candidate]:
    from kg.extract.nominal import between_parties

    parties = between_parties(verb, ctx)
    if len(parties) == 2 and mediators and mediators[0].key not in {p.key for p in parties}:
        yield Candidate(parties[0], "communicate", parties[1], mediators[0], negated, modality, None, "clause:mediated")
    for side in offered_mediation_sides(verb, mediators, modality, ctx) if not parties else []:
        # the offer is made to each side, as one "to mediate between" them (the sides, inferred, are not said to
        # have taken it up)
        yield Candidate(mediators[0], "mediate", side, None, negated, modality, None, "clause:offered-mediation")


# "Somalia recalled its ambassador to Ethiopia ... Turkey has offered to mediate": an offer to mediate that names no
# sides is between the sides of the article's main conflict, else of the last conflict reported before
def offered_mediation_sides(verb: Token, mediators: list[Mention], modality: str, ctx: Context) -> list[Mention]:
    if modality != "intended" or not mediators or any(c.dep_ == "prep" for c in verb.children):
        return []
    conflicts = [e for e in ctx.recent_events if classify(e.relation) in CONFLICT_CLASSES and not e.negated]
    sides = main_conflict(ctx, SIDE_TYPES) or last_event_pair(conflicts, ctx, SIDE_TYPES)
    own = {ctx.actors.affiliated_side(m).key for m in mediators} | {m.key for m in mediators}
    return sides if len(sides) == 2 and not own & {m.key for m in sides} else []


# "India has massed troops despite appeals for restraint from the United States and Britain", "Sharon has refused to set
# a date despite repeated calls from President Bush", "despite US warnings": whoever asked asked the one who acted
def defied_appeal_statements(ctx: Context) -> Iterator[Candidate]:
    for noun in (t for t in ctx.sent if t.pos_ == "NOUN" and t.lemma_.lower() in DEFIED_NOUNS):
        first = noun.head if noun.dep_ == "conj" else noun  # "despite appeals and warnings from ..."
        if first.dep_ != "pobj" or first.head.lower_ != "despite":
            continue
        verb = pressed_clause(first)  # the verb the "despite" hangs on, as for "despite pressure from"
        if verb is None:
            continue
        reported = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX")]
        if is_speech_verb(verb) and reported:
            verb = reported[0]  # "Serbia has refused to join the sanctions, Vucic said, despite requests from Brussels"
        # (also "appeals for restraint from the United States", "from" hung on what is asked for)
        holders = [noun, *(o for p in noun.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children)]
        froms = [o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children]
        askers = [m for pobj in froms for item in conjuncts(pobj) for m in actors_of(item, ctx)]
        askers = list({m.key: m for m in askers}.values()) or modifier_actors(noun, ctx)
        lemma = noun.lemma_.lower()
        for asker in askers:
            for doer in (d for d in clause_subjects(verb, ctx) if d.key not in ctx.actors.sides_of(asker)):
                cue = "urge" if lemma == "call" else ""  # "calls from Bush": appeals, not mere words
                yield Candidate(asker, lemma, doer, None, has_negative_determiner(noun), rule="clause:defied", cue=cue)


# nouns of what a side asked of another, which it acted despite: "despite appeals for restraint from the US"
DEFIED_NOUNS = {"appeal", "call", "plea", "request", "urging", "demand", "warning", "objection", "protest"}


# "arrested dozens of militants after pressure from the United States", "Under pressure from Washington,
# Pakistan ...", "Facing pressure from the EU, Serbia ...", "failed to act despite international pressure":
# whoever pressed pressed the one who acted
def pressured_statements(ctx: Context) -> Iterator[Candidate]:
    for noun in (t for t in ctx.sent if t.lemma_.lower() == "pressure" and t.pos_ == "NOUN"):
        verb = pressed_clause(noun)
        if verb is None:
            continue
        pressers = [
            m for prep, pobj in prepositional_objects(noun, ctx, set()) if prep == "from" for m in actors_of(pobj, ctx)
        ] or modifier_actors(noun, ctx)
        # "faces no pressure from Russia", "has not faced any pressure from Russia": none was put
        denied = has_negative_determiner(noun) or (noun.dep_ == "dobj" and is_negated(noun.head))
        # "bowed to pressure from", "buckled under pressure"; not "under pressure, Turkey gave its approval"
        giving_in = noun.dep_ == "pobj" and verb.lemma_.lower() in GIVING_IN_VERBS
        giving_in = giving_in and (noun.head.lower_ == "to" or verb.lemma_.lower() in ("buckle", "bend", "cave"))
        for presser in pressers:
            for doer in (d for d in clause_subjects(verb, ctx) if d.key != presser.key):
                yield Candidate(presser, "pressure", doer, None, denied, "asserted", None, "clause:pressured")
                if giving_in:  # "Australia will not bow to pressure from Indonesia": it does not yield
                    label = f"{verb_phrase(verb)} to"
                    label = label if classify(label) == "yield" else "give in to"  # "buckled under pressure"
                    modality = modality_of(verb)
                    yield Candidate(doer, label, presser, None, is_negated(verb), modality, None, "clause:gave-in")


# "Washington accused Tehran of arming the Houthis, a charge Iran denies", "a claim Baku rejected": the one
# who rejects the charge rejects its accuser
def rejected_charge_statements(ctx: Context) -> Iterator[Candidate]:
    for verb in (t for t in ctx.sent if t.dep_ == "relcl" and t.pos_ == "VERB"):
        charge = verb.head
        if charge.lemma_.lower() not in CHARGE_NOUNS or classify(verb.lemma_.lower()) != "reject":
            continue
        if any(c.dep_ == "dobj" for c in verb.children):
            continue  # "a charge that Iran denies having made" is no zero relative
        accusing = next(
            (a for a in charge.ancestors if a.pos_ == "VERB" and classify(a.lemma_.lower()) == "criticise"), None
        )  # "accused Tehran of arming the Houthis, a charge ...": past the accused act
        if accusing is None:
            continue
        accusers = clause_subjects(accusing, ctx)
        for rejecter in (m for c in verb.children if c.dep_ == "nsubj" for m in actors_of(c, ctx)):
            for accuser in (a for a in accusers if a.key != rejecter.key):
                yield Candidate(
                    rejecter, verb.lemma_.lower(), accuser, None, is_negated(verb), "asserted", None, "clause:charge"
                )


# nouns of a charge one side makes against another: "a charge Iran denies"
CHARGE_NOUNS = {"charge", "claim", "accusation", "allegation"}


# "India accuses Pakistan of masterminding the attack on its parliament. Pakistan denies the allegation": the acts
# a charge named shortly before, denied by the one charged
def denied_charge_statements(ctx: Context, current: list[Candidate]) -> Iterator[Candidate]:
    """Read after the sentence's other readers: "India accuses Pakistan of ..., but Pakistan denies the allegation"
    charges in the same sentence."""
    for verb in (t for t in ctx.sent if is_denial(t)):
        charges = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in CHARGE_NOUNS]
        summarised = names_charge_before(verb)  # "..., a charge Kigali denies", the parser's "a charge Kigali"
        summarised = summarised or disowns_it(verb)
        summarised = summarised or any(c.dep_ == "dobj" and c.lower_ == "which" for c in verb.children)
        if has_negation(verb) or not (summarised or any(refers_back(c) for c in charges)):
            continue  # "did not deny the charge"; "denied any charge" names none said before
        for denier in clause_subjects(verb, ctx):
            side = ctx.actors.affiliated_side(denier)  # "a charge Serbian President Aleksandar Vucic rejected"
            events = [*ctx.recent_events, *current]
            acts = charged_acts(denier, events, ctx)
            acts = acts or (charged_acts(side, events, ctx) if side.key != denier.key else [])
            for act in acts:  # (through the go-between charged: "supplying weapons to the RSF through Chad")
                yield Candidate(act.subject, act.relation, act.object, act.via, True, rule="clause:denied-charge")


# "denies", "rejected", "had nothing to do with it": a verb that may deny a charge
def is_denial(verb: Token) -> bool:
    denying = verb.pos_ == "VERB" and verb.lemma_.lower() in DENIAL_VERBS | {"reject"}
    return denying or (verb.pos_ in ("VERB", "AUX") and disowns_it(verb))


# "'We had nothing to do with it,' an Israeli official said, after Tehran accused Israel of ...": a denial of the
# charged act the pronoun stands for
def disowns_it(verb: Token) -> bool:
    return verb.lemma_.lower() == "have" and any(
        o.lower_ in ("it", "this", "that")
        for n in verb.children
        if n.dep_ == "dobj" and n.lower_ == "nothing"
        for do in n.children
        if do.dep_ in ("relcl", "acl") and do.lemma_ == "do"
        for p in do.children
        if p.dep_ == "prep" and p.lower_ == "with"
        for o in p.children
        if o.dep_ == "pobj"
    )


def refers_back(noun: Token) -> bool:
    """'the allegation', 'these charges', 'such claims': a noun for something said before; also one set off after
    what it sums up ('accused Iran of supplying the Houthis, a charge Tehran denies')."""
    return any(c.dep_ in ("det", "amod") and c.lower_ in BACK_REFERRING for c in noun.children) or is_clause_summary(
        noun
    )


# determiners of a noun for something said before
BACK_REFERRING = {"the", "this", "these", "that", "those", "such"}


def charged_acts(accused: Mention, events: list[Candidate], ctx: Context) -> list[Candidate]:
    """The acts of the accused that a recent sentence charged them with (one that also accused them)."""
    def sentence_of(mention: Mention) -> int:
        root = mention_root(mention, ctx)
        return root.sent.start if root is not None else -1

    charging = {  # (where the accused is named: the accuser may be a pronoun, "It has also accused the UAE of ...")
        sentence_of(e.object)
        for e in events
        if e.object.key == accused.key and classify(e.relation) == "criticise" and not e.negated
    }
    return [
        e
        for e in events
        if e.subject.key == accused.key
        and not e.negated
        and e.modality in ("asserted", "hypothetical")  # (a charge contested in its own sentence is left open)
        and classify(e.relation) not in ("criticise", "reject", "statement")
        and sentence_of(e.subject) in charging - {-1}
    ]


# the states one is kept in by another, with their prepositions, labels and cues: "in the custody of American
# troops", "under the protection of the Taliban"
KEPT_STATES = {
    "custody": (("in", "into"), "custody", "hold captive"),
    "captivity": (("in",), "captivity", "hold captive"),
    "protection": (("under",), "protection", "protect"),
}


# "is now in the custody of American troops", "was taken into US custody", "is under the protection of the
# Taliban": the keeper holds or shelters the one kept
def custody_statements(ctx: Context) -> Iterator[Candidate]:
    for noun in ctx.sent:
        state = KEPT_STATES.get(noun.lemma_.lower())
        if state is None or noun.dep_ != "pobj" or noun.head.lower_ not in state[0]:
            continue
        verb = noun.head.head
        if verb.pos_ == "NOUN" and verb.dep_ == "pobj" and verb.head.lower_ == "in":
            verb = verb.head.head  # "is in hiding under the protection of supporters of Fazlur Rehman"
        if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "dobj" for c in verb.children):
            continue  # "US forces took him into custody" is the idiom's
        keepers = [
            m for prep, pobj in prepositional_objects(noun, ctx, set()) if prep == "of" for m in actors_of(pobj, ctx)
        ] or modifier_actors(noun, ctx)
        kept = [m for c in joined_subjects(verb) for m in actors_of(c, ctx)]
        for keeper in keepers:
            for mention in (m for m in kept if m.key != keeper.key):
                yield Candidate(
                    keeper,
                    state[1],
                    mention,
                    None,
                    is_negated(verb),
                    modality_of(verb),
                    None,
                    "clause:custody",
                    state[2],
                )


# in a press statement's own words, "Russia's unprovoked war on Ukraine", "the PRC's provocative actions",
# "the Taliban violated the Doha Agreement":
# the statement's government (or the governments of a joint statement) condemns the act's agent
def condemnation_statements(ctx: Context) -> Iterator[Candidate]:
    voices = statement_voices(ctx)
    if not voices:
        return
    for noun in (t for t in ctx.sent if t.pos_ == "NOUN" and (condemned_by_adjective(t) or is_condemned_act(t))):
        if denied_word(noun):
            continue  # "no provocation"
        agents = event_agents(noun, ctx) or engaged_in(noun, ctx)  # "PRC provocations", "is engaged in a full assault"
        for voice in voices:
            for agent in (a for a in agents if a.key != voice.key):
                yield Candidate(voice, "condemn", agent, None, False, "asserted", None, "clause:condemnation")
    for verb in (t for t in ctx.sent if t.lemma_.lower() in WRONGDOING_VERBS and t.pos_ == "VERB"):
        if is_negated(verb):
            continue
        named = [m for c in verb.children if c.dep_ == "nsubj" for m in actors_of(c, ctx)
                 if c.pos_ != "PRON" or m.type in ("armed_group", "country")]  # fmt: skip
        for voice in voices:  # "the Taliban grossly violated the Doha Agreement", "They also betrayed the Afghan
            # people" (a named wrongdoer, or a side a pronoun stands for)
            for agent in (a for a in named if a.key != voice.key):
                yield Candidate(voice, "condemn", agent, None, False, "asserted", None, "clause:condemnation")


def condemned_by_adjective(noun: Token) -> bool:
    """An act or conduct an adjective condemns: 'Russia's unprovoked war', 'the PRC's provocative actions'."""
    lemma = noun.lemma_.lower()
    if lemma not in CONDUCT_NOUNS and classify(lemma) not in CONFLICT_CLASSES:
        return False
    return any(c.dep_ == "amod" and c.lower_ in CONDEMNING_ADJECTIVES for c in noun.children)


def is_condemned_act(noun: Token) -> bool:
    """A noun that condemns the act it names: 'PRC provocations', 'the Kremlin's lies'; or a blow at a freedom: 'a
    full assault on media freedom and the truth'."""
    if noun.lemma_.lower() in CONDEMNED_NOUNS:
        return True
    aimed = [o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("on", "against") for o in p.children]
    values = [v for o in aimed for v in conjuncts(o) if v.lemma_.lower() in VALUE_NOUNS]
    return classify(noun.lemma_.lower()) == "attack" and bool(values)


def engaged_in(noun: Token, ctx: Context) -> list[Mention]:
    """'Russia is engaged in an unprovoked war': the subject of the verb the act is the object of."""
    head = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ == "dobj" else None
    return clause_subjects(head, ctx) if head is not None and head.pos_ in ("VERB", "AUX") else []


# "Israeli troops entered Rafah despite US objections", "went ahead despite opposition from the United States": one
# who objected, warned or pleaded was set against the doer of what was done anyway
def despite_statements(ctx: Context) -> Iterator[Candidate]:
    for prep in (t for t in ctx.sent if t.lower_ == "despite" and t.dep_ == "prep" and t.head.pos_ in ("VERB", "AUX")):
        for noun in (o for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() in OBJECTION_NOUNS):
            objectors = leader_free(modifier_actors(noun, ctx), noun)
            objectors = objectors or noun_agents(noun, ctx, "from") or noun_agents(noun, ctx)
            label = noun.lemma_.lower()
            for objector in objectors:
                for doer in (d for d in clause_subjects(prep.head, ctx) if d.key != objector.key):
                    yield Candidate(objector, label, doer, None, False, "asserted", None, "clause:despite")


# "Blinken underscored that any further Russian aggression would be met with swift and severe costs", "warned that
# an invasion would be met with a decisive response": a hostile act promised an answer threatens its doer
def met_with_statements(ctx: Context) -> Iterator[Candidate]:
    for verb in (t for t in ctx.sent if t.lemma_ == "meet" and t.tag_ == "VBN" and is_passive(t)):
        answers = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children]
        if not any(o.lemma_.lower() in ANSWER_NOUNS for o in answers):
            continue
        if not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
            continue  # "the attack was met with sanctions" reports an answer given, no threat
        acts = [c for c in verb.children if c.dep_ == "nsubjpass" and classify(c.lemma_.lower()) in HOSTILE_CLASSES]
        doers = [m for act in acts for m in event_agents(act, ctx)]
        governor = verb.head if verb.dep_ == "ccomp" and verb.head.pos_ == "VERB" else None  # "underscored that"
        warners = clause_subjects(governor, ctx) if governor is not None else []
        warners = warners or ([ctx.speaker] if ctx.speaker is not None and verb.dep_ == "ROOT" else [])
        for warner in warners:
            for doer in (d for d in doers if d.key != warner.key):
                yield Candidate(warner, "threaten", doer, None, is_negated(verb), "asserted", None, "clause:met-with")


# "The White House is seeking support for an attack on Iraq", "Washington is pushing for an attack on Iraq": an act
# urged or gathered backing for is meant by who urges it, not done
def advocacy_statements(ctx: Context) -> Iterator[Candidate]:
    for verb in (t for t in ctx.sent if t.pos_ == "VERB"):
        for act in advocated_acts(verb):
            targets = [m for _, m in noun_chain_objects(act, ctx)]
            if not targets and act.lemma_.lower() in OUSTING_ACTS:  # "push for Zimbabwe's suspension": Zimbabwe's
                targets = [m for c in act.children if c.dep_ == "poss" for m in actors_of(c, ctx)]
            subjects = clause_subjects(verb, ctx) if targets else []
            for subject in subjects:
                for target in (t for t in targets if t.key != subject.key):
                    yield Candidate(
                        subject, relation_noun(act), target, None, is_negated(verb), "intended", None,
                        "clause:advocated-act",
                    )  # fmt: skip


def advocated_acts(verb: Token) -> list[Token]:
    """The hostile acts a verb urges ('push for an attack') or gathers backing for ('seek support for an attack')."""
    lemma = verb.lemma_.lower()
    if lemma in ADVOCACY_VERBS:
        heads = [verb]
    elif lemma in GATHERING_VERBS:
        heads = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in GATHERED_BACKING]
    else:
        return []
    return [
        o
        for head in heads
        for p in head.children
        if p.dep_ == "prep" and p.lower_ == "for"
        for o in p.children
        if o.dep_ == "pobj" and is_urged_act(o)
    ]


# "China sent 30 warplanes into Taiwan's air defence zone", "Russian jets strayed into Turkish airspace": forces
# or craft going into another state's airspace, waters or land show force to it
def incursion_statements(ctx: Context) -> Iterator[Candidate]:
    for verb in (t for t in ctx.sent if t.pos_ == "VERB" and t.lemma_.lower() in INCURSION_VERBS):
        spaces = [
            o
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ == "into"
            for o in p.children
            if o.dep_ == "pobj" and o.lemma_.lower() in SOVEREIGN_SPACES
        ]
        owners = [m for o in spaces for m in modifier_actors(o, ctx) if m.type == "country"]
        for doer in clause_subjects(verb, ctx) if owners else []:
            for owner in (o for o in owners if o.key != doer.key):
                yield Candidate(
                    doer, f"{verb.lemma_.lower()} into", owner, None, is_negated(verb), modality_of(verb), None,
                    "clause:incursion",
                )  # fmt: skip


# "The US warned that it would not tolerate Iranian attacks on its forces": a side that will not bear another's
# hostile act warns its doer
def untolerated_act_statements(ctx: Context) -> Iterator[Candidate]:
    for noun in (t for t in ctx.sent if untolerated_act(t)):
        for warner in clause_subjects(noun.head, ctx):
            for doer in (m for m in event_agents(noun, ctx) if m.key != warner.key):
                yield Candidate(warner, "warn against", doer, None, False, "asserted", None, "clause:not-tolerated")


# "Hamas said in a statement received by AFP", "in a statement received by AFP, Hamas said": a message an outlet
# received from a side is the side's word to it
def received_message_statements(ctx: Context) -> Iterator[Candidate]:
    for noun in (t for t in ctx.sent if t.lemma_.lower() in MESSAGE_NOUNS and t.pos_ == "NOUN"):
        receipts = [c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() == "receive"]
        receivers = [m for r in receipts for pobj in agents(r) for m in actors_of(pobj, ctx)]
        said = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "in" else None
        senders = clause_subjects(said, ctx) if receivers and said is not None and said.pos_ == "VERB" else []
        for sender in senders:
            for receiver in (r for r in receivers if r.key != sender.key):
                yield Candidate(sender, f"send {noun.lemma_.lower()}", receiver, rule="clause:received-message")


# "has written a letter of complaint to the Medical Journal", "sent a note of protest to Jakarta": a message of
# grievance sent to a side criticises it (the sending itself is the verb's own statement)
def grievance_message_statements(ctx: Context) -> Iterator[Candidate]:
    for noun in (t for t in ctx.sent if t.lemma_.lower() in MESSAGE_NOUNS | {"note"} and t.dep_ == "dobj"):
        kinds = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
        grievance = next((GRIEVANCE_NOUNS[k] for k in (k.lemma_.lower() for k in kinds) if k in GRIEVANCE_NOUNS), None)
        sent = noun.head
        holders = (*sent.children, *noun.children, *(c for k in kinds for c in k.children))
        addressees = [o for p in holders if p.dep_ in ("prep", "dative") and p.lower_ == "to"
                      for o in p.children if o.dep_ == "pobj"]  # fmt: skip
        if grievance is None or is_negated(sent) or not addressees:
            continue
        for sender in clause_subjects(sent, ctx):
            for mention in (m for o in addressees for m in actors_of(o, ctx) if m.key != sender.key):
                yield Candidate(sender, grievance, mention, None, False, modality_of(sent), None,
                                "clause:grievance-message")  # fmt: skip


# "Washington has offered a reward for the capture of Abu Sayyaf leaders", "a $25 million reward for information
# leading to bin Laden's capture": a bounty on a side's capture coerces it
def bounty_statements(ctx: Context) -> Iterator[Candidate]:
    for bounty in (t for t in ctx.sent if t.lemma_.lower() in BOUNTY_NOUNS and t.dep_ == "dobj"):
        offerers = clause_subjects(bounty.head, ctx)
        fors = [p for p in bounty.head.children if p.dep_ == "prep" and p.lower_ == "for"]  # "offered a bounty | for"
        captures = [
            t for h in (bounty, *fors) for t in h.subtree if t.lemma_.lower() in CAPTURE_NOUNS and t.pos_ == "NOUN"
        ]
        wanted = [m for c in captures for m in captured_ones(c, ctx)]
        negated, mood = is_negated(bounty.head), modality_of(bounty.head)
        for offerer in offerers:
            for target in (m for m in wanted if m.key != offerer.key):
                yield Candidate(offerer, f"offer {bounty.lemma_.lower()}", target, None, negated, mood, None,
                                "clause:bounty")  # fmt: skip


# the one a capture or arrest is of: "the capture of Abu Sayyaf leaders", "bin Laden's capture"
def captured_ones(capture: Token, ctx: Context) -> list[Mention]:
    owned = [m for c in capture.children if c.dep_ == "poss" for m in actors_of(c, ctx)]
    return owned or [m for p, o in prepositional_objects(capture, ctx, set()) if p == "of" for m in actors_of(o, ctx)]


# "The IRA has begun decommissioning its weapons, in a move welcomed by the British and Irish governments", "Russia
# recognised Abkhazia, a move condemned by Georgia": a move judged by an agent is the clause's doers'
def judged_move_statements(ctx: Context) -> Iterator[Candidate]:
    for noun in (t for t in ctx.sent if t.lemma_.lower() in MEASURE_NOUNS and t.pos_ == "NOUN"):
        if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ == "VERB":
            movers = clause_subjects(noun.head.head, ctx)  # "..., in a move welcomed by"
        elif noun.dep_ in ("npadvmod", "dobj") and noun.head.pos_ == "VERB" and is_clause_summary(noun):
            movers = clause_subjects(noun.head, ctx)  # "..., a move welcomed by", parsed as the verb's adverbial or
            # second object
        else:
            movers = summarised_doers(noun, ctx) or []  # "..., a move welcomed by", parsed as an apposition
        for judging in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and is_evaluative(c)):
            judges = [m for pobj in agents(judging) for m in actors_of(pobj, ctx)]
            for judge in judges:
                for mover in (m for m in movers if m.key != judge.key):
                    yield Candidate(judge, judging.lemma_.lower(), mover, None, is_negated(judging),
                                    modality_of(judging), None, "clause:judged-move")  # fmt: skip


# verbs of listening to or seizing another's words, and nouns of the words they listen to: "Australian spies listened
# to conversations between Norway's ambassador and his ministry", "intercepted communications between bin Laden and
# his fighters"
OVERHEARING_VERBS = {"listen", "eavesdrop", "intercept", "tap", "monitor", "record", "bug", "wiretap"}
OVERHEARD_NOUNS = {"conversation", "call", "communication", "message", "line", "phone", "email"}
# such verbs that also mean heeding, and such nouns that also mean appeals: "did not listen to the calls of the UN";
# only a phone or a radio makes them words overheard ("listened to the phone calls of the ambassador")
HEEDING_VERBS = {"listen", "monitor", "record"}
APPEAL_SENSES = {"call", "message"}
DEVICE_WORDS = {"phone", "telephone", "radio", "satellite", "mobile", "cell"}


# "the phone calls of the ambassador": a call made on a device, not an appeal
def is_device_call(noun: Token) -> bool:
    return any(c.dep_ in ("compound", "amod") and c.lower_ in DEVICE_WORDS for c in noun.children)


# "Australian spies listened to conversations between Norway's ambassador and its foreign office": the ones whose
# words are overheard are spied on
def overheard_statements(ctx: Context) -> Iterator[Candidate]:
    for verb in (t for t in ctx.sent if t.pos_ == "VERB" and t.lemma_.lower() in OVERHEARING_VERBS):
        holders = [verb, *(c for c in verb.children if c.dep_ == "prt")]
        words = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        words += [o for h in holders for p in h.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
        words = [w for w in words if w.lemma_.lower() in OVERHEARD_NOUNS]
        if verb.lemma_.lower() in HEEDING_VERBS:
            words = [w for w in words if w.lemma_.lower() not in APPEAL_SENSES or is_device_call(w)]
        # "tapped the calls of the ambassador": a listed verb and noun, whose owner the object reader reads
        between = [w for w in words if any(p.dep_ == "prep" and p.lower_ == "between" for p in w.children)]
        words = [w for w in words if f"{verb.lemma_.lower()} {w.lemma_.lower()}" not in LEXICON or w in between]
        speakers = [
            m
            for w in words
            for p in w.children
            if p.dep_ == "prep" and p.lower_ in ("between", "of")
            for o in p.children
            if o.dep_ == "pobj"
            for item in conjuncts(o)
            for m in actors_of(item, ctx)
        ]
        speakers += [m for w in words for m in modifier_actors(w, ctx, ("poss",))]
        for listener in clause_subjects(verb, ctx) if speakers else []:
            for speaker in (m for m in speakers if m.key != listener.key):
                yield Candidate(listener, "eavesdrop on", speaker, None, is_negated(verb), modality_of(verb), None,
                                "clause:overheard")  # fmt: skip


# "GAM has been fighting for independence from Jakarta since 1976", "their struggle for independence from Georgia":
# a fight for a people's rule of itself is fought against the state it would leave
def independence_statements(ctx: Context) -> Iterator[Candidate]:
    for noun in (t for t in ctx.sent if t.lemma_.lower() in INDEPENDENCE_NOUNS and t.dep_ == "pobj"):
        prep = noun.head
        head = prep.head
        fought = classify(head.lemma_.lower()) in ("fight", "attack", "protest")
        sought = head.lemma_.lower() in SEEKING_INDEPENDENCE  # "East Timor voted for independence from Indonesia"
        if prep.lower_ != "for" or not (fought or sought):
            continue
        states = [m for p, o in prepositional_objects(noun, ctx, set()) if p == "from" for m in actors_of(o, ctx)]
        fighters = clause_subjects(head, ctx) if head.pos_ == "VERB" else noun_agents(head, ctx)
        fighters = fighters or leader_free(modifier_actors(head, ctx, ("poss",)), head)
        negated = is_negated(head) if head.pos_ == "VERB" else has_negative_determiner(head)
        label = "fight for independence" if fought else "seek independence"
        for fighter in fighters:
            for state in (m for m in states if m.key != fighter.key):
                yield Candidate(fighter, label, state, None, negated, modality_of(head), None, "clause:independence")


# verbs of pointing a weapon, whose "at" names the side it threatens: "missiles aimed at Taiwan"
AIMING_VERBS = {"aim", "point", "target", "direct", "train"}
# verbs by which a side holds or places weapons: "Beijing has 300 missiles aimed at Taiwan"
HOLDING_VERBS = {"have", "deploy", "station", "keep", "position", "place", "mass"}


# "Beijing has more than 300 missiles aimed at Taiwan", "Chinese missiles pointed at Taiwan": weapons kept pointed at
# a side are a show of force against it
def aimed_weapon_statements(ctx: Context) -> Iterator[Candidate]:
    for verb in (t for t in ctx.sent if t.lemma_.lower() in AIMING_VERBS and t.dep_ == "acl"):
        weapon = verb.head
        if weapon.lemma_.lower() not in WEAPON_NOUNS:
            continue
        sides = [m for p, o in prepositional_objects(verb, ctx, set()) if p == "at" for m in actors_of(o, ctx)]
        holders = leader_free(modifier_actors(weapon, ctx), weapon)
        if not holders and weapon.dep_ == "dobj" and weapon.head.lemma_.lower() in HOLDING_VERBS:
            holders = clause_subjects(weapon.head, ctx)
        for holder in holders:
            for side in (m for m in sides if m.key != holder.key):
                yield Candidate(holder, "aim weapons at", side, None, is_negated(weapon.head), modality_of(weapon.head),
                                None, "clause:aimed-weapon")  # fmt: skip


# "The EU has threatened to impose sanctions if Zimbabwe does not allow observers", "warned of action unless Hamas
# frees the hostages": a threat made on a condition threatens the one the condition is on
def conditional_threat_statements(ctx: Context) -> Iterator[Candidate]:
    for verb in (t for t in ctx.sent if t.pos_ == "VERB" and t.lemma_.lower() in ("threaten", "warn")):
        clauses = [verb, *(c for c in verb.children if c.dep_ in ("xcomp", "ccomp"))]  # also "warned it would"
        conditions = [
            a for clause in clauses for a in clause.children
            if a.dep_ in ("advcl", "ccomp")  # "threatened to strike if Qantas goes ahead", a ccomp to the parser
            and is_condition(a)
        ]  # fmt: skip
        aimed = [m for clause in clauses for o in clause.children if o.dep_ == "dobj" for m in actors_of(o, ctx)]
        if aimed:
            continue  # "would not threaten Israel if the US withdrew": the threat names its own target
        conditioned = [m for a in conditions for s in a.children if s.dep_ == "nsubj" for m in actors_of(s, ctx)]
        for subject in clause_subjects(verb, ctx) if conditioned else []:
            for mention in (m for m in conditioned if m.key != subject.key):
                yield Candidate(subject, "threaten", mention, None, is_negated(verb), modality_of(verb), None,
                                "clause:conditional-threat")  # fmt: skip


# "warned that Iraq could face military action", "warned Zimbabwe would face sanctions": the one warned it will face
# a blow or a measure is threatened
FACED_NOUNS = {"action", "consequence", "retaliation", "reprisal", "punishment", "response", "force"}


def faced_threat_statements(ctx: Context) -> Iterator[Candidate]:
    for verb in (t for t in ctx.sent if t.pos_ == "VERB" and t.lemma_.lower() in ("warn", "threaten")):
        for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() == "face"):
            blows = [
                o for o in clause.children
                if o.dep_ == "dobj" and (
                    o.lemma_.lower() in FACED_NOUNS or classify(o.lemma_.lower()) in HOSTILE_CLASSES | {"reduce"}
                )
            ]  # fmt: skip
            faced = [m for s in clause.children if s.dep_ == "nsubj" for m in _faced_actors(s, verb, ctx)]
            faced = faced if blows else []
            for subject in clause_subjects(verb, ctx) if faced else []:
                for mention in (m for m in faced if m.key != subject.key):
                    yield Candidate(subject, "threaten", mention, None, is_negated(verb), modality_of(verb), None,
                                    "clause:warned-to-face")  # fmt: skip


# "warned Iraq it will face consequences": the pronoun that faces the blow is the one warned
def _faced_actors(subject: Token, verb: Token, ctx: Context) -> list[Mention]:
    warned = [m for o in verb.children if o.dep_ == "dobj" for m in actors_of(o, ctx)]
    return warned if warned and subject.pos_ == "PRON" else actors_of(subject, ctx)


# "have grown closer to Russia", "moved closer to China": drawing nearer to a side, the parser hanging "to" on the
# comparative
def drawing_closer_statements(ctx: Context) -> Iterator[Candidate]:
    for verb in (t for t in ctx.sent if t.pos_ == "VERB"):
        for closer in (c for c in verb.children if c.lower_ == "closer" and c.dep_ in ("advmod", "acomp")):
            phrase = f"{verb.lemma_.lower()} closer to"
            if phrase not in LEXICON:
                continue
            sides = [m for p in closer.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children
                     for m in actors_of(o, ctx)]  # fmt: skip
            for subject in clause_subjects(verb, ctx) if sides else []:
                for side in sides:
                    yield Candidate(subject, phrase, side, None, is_negated(verb), modality_of(verb), None,
                                    "clause:drawn-closer")  # fmt: skip


# "Britain will stand shoulder to shoulder with the United States", "fought side by side with the Taliban": standing
# by a side (the parser scatters the idiom over the clause)
def side_by_side_statements(ctx: Context) -> Iterator[Candidate]:
    words = [t.lower_ for t in ctx.sent]
    for index in range(len(words) - 3):
        if words[index : index + 4] not in (["shoulder", "to", "shoulder", "with"], ["side", "by", "side", "with"]):
            continue
        first, prep = ctx.sent[index], ctx.sent[index + 3]
        verb = first if first.pos_ == "VERB" else next((a for a in first.ancestors if a.pos_ == "VERB"), None)
        sides = [m for o in prep.children if o.dep_ == "pobj" for m in actors_of(o, ctx)]
        if verb is None or not sides:
            continue
        alongside = f"{verb.lemma_.lower()} alongside"  # "fought side by side with": fought alongside
        label = alongside if alongside in LEXICON else "stand by"
        for subject in clause_subjects(verb, ctx):
            for side in (m for m in sides if m.key != subject.key):
                yield Candidate(subject, label, side, None, is_negated(verb), modality_of(verb), None,
                                "clause:side-by-side")  # fmt: skip


# "Australian forces will operate with US troops in southern Afghanistan to fight the Taliban": the partner one
# works with to do a hostile act does it too
def joint_purpose_statements(ctx: Context) -> Iterator[Candidate]:
    for verb in (t for t in ctx.sent if t.pos_ == "VERB"):
        if "cooperate" not in (classify(verb.lemma_.lower()), classify(f"{verb.lemma_.lower()} with")):
            continue
        partners = [m for p, o in prepositional_objects(verb, ctx, set()) if p == "with" for m in actors_of(o, ctx)]
        purposes = [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and has_to(c)] if partners else []
        for purpose in (p for p in purposes if classify(p.lemma_.lower()) in HOSTILE_CLASSES):
            own = {m.key for m in clause_subjects(verb, ctx)}
            for relation, target, _, negative in clause_objects(purpose, ctx):
                for partner in (m for m in partners if m.key not in own and m.key != target.key):
                    yield Candidate(partner, relation, target, None, is_negated(verb) or negative,
                                    modality_of(purpose), None, "clause:joint-purpose")  # fmt: skip


# "Russian forces shelled Kharkiv, in what Ukraine denounced as a terrorist attack", "in what Arce condemned": a
# judgement of the act a free relative after "in" sums up, aimed at its doers (a verdict verb's is the verdict reader's)
def judged_clause_statements(ctx: Context) -> Iterator[Candidate]:
    for verb in ctx.sent:
        if verb.lemma_.lower() in VERDICT_VERBS or not is_evaluative(verb):
            continue
        if not any(c.dep_ == "dobj" and c.lower_ == "what" for c in verb.children):
            continue
        doers = [m for c in verb.children if c.dep_ == "dobj" for m in summarised_doers(c, ctx) or []]
        for judge in clause_subjects(verb, ctx) if doers else []:
            for doer in (d for d in doers if d.key not in ctx.actors.sides_of(judge)):
                yield Candidate(judge, verb_phrase(verb), doer, None, is_negated(verb), modality_of(verb), None,
                                "clause:judged-clause")  # fmt: skip


# the readers of this module, one per construction, in the order their statements are listed
ACT_READERS = (
    bounty_statements,
    judged_clause_statements,
    received_message_statements,
    untolerated_act_statements,
    incursion_statements,
    advocacy_statements,
    verdict_statements,
    guilty_verdict_statements,
    condemnation_statements,
    custody_statements,
    characterisation_statements,
    failing_statements,
    misconduct_statements,
    time_for_statements,
    hope_statements,
    want_statements,
    need_statements,
    defied_appeal_statements,
    wanted_by_statements,
    granted_access_statements,
    obligation_statements,
    price_threats,
    foretold_blows,
    deadline_statements,
    nothing_to_do_statements,
    concern_statements,
    pressure_through_statements,
    pressured_statements,
    rejected_charge_statements,
    accusation_clause_statements,
    accused_act_statements,
    suspicion_statements,
    punished_act_statements,
    blamed_on_statements,
    agreed_tie_statements,
    mediated_statements,
    received_statements,
    journey_statements,
    occasion_statements,
    drawn_reaction_statements,
    pitted_statements,
    reduced_passive_statements,
    victim_statements,
    presupposed_act_statements,
    backed_by_prefix_statements,
    hosted_by_prefix_statements,
    met_with_statements,
    despite_statements,
    drawing_closer_statements,
    side_by_side_statements,
    joint_purpose_statements,
    conditional_threat_statements,
    faced_threat_statements,
    judged_move_statements,
    overheard_statements,
    independence_statements,
    aimed_weapon_statements,
    described_as_statements,
    grievance_message_statements,
)


def act_statements(ctx: Context) -> Iterator[Candidate]:
    """Statements of the sentence's verdicts, characterisations, appeals, accusations, receipts,
    mediations and occasions."""
    for read in ACT_READERS:
        yield from read(ctx)
