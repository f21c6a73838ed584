"""The words that name a clause's relation: the verb with its particle, light-verb noun, adjective or
idiom ("reach out", "hold talks", "complicit", "put under arrest")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.lexicon import (
    ACT_ATTEMPT_NOUNS,
    AID_KINDS,
    ANGRY_MANNERS,
    ANSWERING_LEMMAS,
    ATTEMPTED_CLASSES,
    CAPTIVE_NOUNS,
    CAPTURING_VERBS,
    COUNTING_NOUNS,
    DEFINITE_DETERMINERS,
    FUTURE_AUX,
    HEADCOUNT_NOUNS,
    LIGHT_NOUNS,
    LIGHT_VERBS,
    MEANS_VERBS,
    PLANNED_ACT_VERBS,
    PLANNING_WORDS,
    RELATION_NOUNS,
    RELATIVE_PRONOUNS,
    REMOVING_VERBS,
    TOLERATING_VERBS,
    WEIGHT_VERBS,
)
from kg.extract.polarity import has_negation
from kg.taxonomy import ADJECTIVE_RELATIONS, LEXICON, PARTICLES, classify

if TYPE_CHECKING:
    from spacy.tokens import Token

# a verb, a preposition and a noun that together name an act: "put X under house arrest"
PREPOSITIONAL_IDIOMS = {
    ("put", "under", "arrest"): "put under arrest",
    ("place", "under", "arrest"): "put under arrest",
    ("put", "under", "guard"): "put under arrest",
    ("take", "into", "custody"): "detain",
    ("hold", "to", "account"): "hold to account",
    ("hold", "accountable", ""): "hold accountable",
    ("hold", "responsible", ""): "hold responsible",
    ("bring", "to", "justice"): "prosecute",
    ("put", "on", "trial"): "prosecute",
    ("place", "on", "list"): "designate",
    ("put", "on", "list"): "designate",
    ("add", "to", "list"): "designate",
    ("keep", "on", "list"): "designate",  # "will keep the Tigers on its list of terrorist organisations"
    ("keep", "on", "blacklist"): "designate",
    ("add", "to", "blacklist"): "designate",  # "added Huawei to its trade blacklist"
    ("put", "on", "blacklist"): "designate",
    ("place", "on", "blacklist"): "designate",
    ("put", "under", "pressure"): "pressure",
    ("put", "on", "alert"): "put on alert",
    ("get", "tough", ""): "get tough",  # "Arafat, apparently getting tough on Islamic extremists"
    ("leave", "dead", ""): "kill",  # "attacks that left 26 Israelis dead"
    ("leave", "injured", ""): "injure",
    ("leave", "wounded", ""): "wound",
    ("place", "on", "alert"): "put on alert",
    ("take", "to", "court"): "sue",  # "The ACCC has taken Qantas to court"
    ("drag", "to", "court"): "sue",
    ("haul", "before", "court"): "sue",
    ("bring", "to", "book"): "hold to account",  # "want to bring the Government to book"
}
# verbs of aiming a measure: "sanctions targeting Russian banks"
TARGETING_VERBS = {"target", "aim"}
# classes of measures short of force, which keep their own class when aimed: "sanctions targeting", "a probe"
MEASURE_CLASSES = {"reduce", "coerce", "investigate", "criticise", "demand"}
# words that make an action a lawsuit: "legal action", "court action"
LEGAL_WORDS = {"legal", "court"}
# idioms whose object is the subject's own forces, never another party
OWN_FORCE_IDIOMS = {"put on alert"}
# a verb and its noun that together name an act aimed through "on": "placed the blame on Arafat"
BLAME_VERBS = {"place", "put", "lay", "pin", "cast"}


# "put Yassin under house arrest", "held him to account", "placed Force 17 on its list of terrorist
# organisations", "placed blame on Arafat": the idiom, not its verb, names the act
def idiom_phrase(verb: Token) -> str | None:
    lemma = verb.lemma_.lower()
    if any(c.lower_ == "test" and c.i == verb.i - 2 and c.nbor().text == "-" for c in verb.children):
        return f"test {lemma}"  # a weapons test: "test-fired a missile over Japan"
    if lemma == "declare" and any(t.lower_ == "grata" for c in verb.children for t in c.subtree):
        return "declare persona non grata"  # "declared the UN envoy persona non grata": expelled
    for child in verb.children:
        if child.dep_ == "prep":
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                inner = [o.lemma_.lower() for p in pobj.children if p.lower_ == "of" for o in p.children]
                for noun in [pobj.lemma_.lower(), *inner]:  # "on high alert", "on high levels of alert"
                    phrase = PREPOSITIONAL_IDIOMS.get((lemma, child.lower_, noun))
                    if phrase == "designate" and noun == "list" and not is_black(pobj):
                        continue  # "added France to the list of guests"
                    if phrase:
                        return phrase
        # also "held Arafat directly responsible", the parser making the adjective an adverbial clause
        if child.dep_ in ("oprd", "acomp", "ccomp", "xcomp", "advcl") and child.pos_ == "ADJ":
            phrase = PREPOSITIONAL_IDIOMS.get((lemma, child.lower_, ""))
            if phrase:
                return phrase
        if child.dep_ == "dobj":  # parser: "held Hamas responsible/amod for the attack"
            after = [a for a in child.children if a.dep_ == "amod" and a.i > child.i and a.pos_ == "ADJ"]
            phrase = next((p for a in after if (p := PREPOSITIONAL_IDIOMS.get((lemma, a.lower_, "")))), None)
            if phrase:
                return phrase
        if child.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            phrase = PREPOSITIONAL_IDIOMS.get((lemma, "to", child.lemma_.lower()))  # "held him to account"
            if phrase:
                return phrase
        if child.dep_ == "dobj" and child.lemma_.lower() == "blame" and lemma in BLAME_VERBS:
            return "blame"
        if lemma == "attack" and (is_verbal_attack(child) or is_spoken_attack(verb, child)):
            return "attack verbally"
        if child.dep_ == "dobj" and child.lemma_.lower() == "weight" and lemma in WEIGHT_VERBS:
            if any(c.dep_ == "prep" and c.lower_ == "behind" for c in verb.children):
                return f"{lemma} weight"  # "Syria has thrown its weight behind Iran"
    return None


# things one is blamed over, which make an attack words: "Labor has attacked the Government over its handling of the
# issue", "attacked the Prime Minister for his comments"
VERBAL_ATTACK_TOPICS = {
    "handling", "decision", "policy", "plan", "comment", "remark", "stance", "response", "treatment", "failure",
    "refusal", "role", "record", "approach", "position", "statement", "claim", "silence", "management", "conduct",
}  # fmt: skip
# failings one is blamed for: "attacked Mr Howard for failing to act"
FAILING_VERBS = {"fail", "refuse", "mislead", "ignore", "neglect", "abandon", "betray"}


# "attacked the Government over its handling of ...", "attacked Mr Howard for failing to ...": an attack in words
def is_verbal_attack(prep: Token) -> bool:
    if prep.dep_ != "prep" or prep.lower_ not in ("over", "for"):
        return False
    topics = [o for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() in VERBAL_ATTACK_TOPICS]
    failing = prep.lower_ == "for" and any(
        o.dep_ == "pcomp" and o.lemma_.lower() in FAILING_VERBS for o in prep.children
    )  # (not "attacked Hamas for firing rockets", a strike)
    return bool(topics) or failing


# "Tony Abbott has attacked the union, saying it has something to hide": a person's attack in words
def is_spoken_attack(verb: Token, clause: Token) -> bool:
    if clause.dep_ != "advcl" or clause.tag_ != "VBG" or clause.lemma_.lower() not in ("say", "accuse", "claim"):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(t.ent_type_ == "PERSON" for s in subjects for t in (s, *s.children) if t.dep_ in ("nsubj", "appos"))


def is_black(noun: Token) -> bool:
    """A list of those under measures: 'the entity list', 'its list of terrorist entities', 'a list of high-risk
    countries'; not 'the list of guests'."""
    return any(t.lower_.startswith(BLACK_WORDS) for t in noun.subtree if t.i != noun.i)


# words that make a list one of measures: "terrorist", "sanctions", "entity", "high-risk", "banned"
BLACK_WORDS = ("terror", "sanction", "entity", "high-risk", "banned", "restricted", "sponsor", "black", "risk")


def is_to_infinitive(token: Token) -> bool:
    """'to prepare' in 'told them to prepare'."""
    return token.dep_ in ("xcomp", "ccomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def verb_phrase(verb: Token) -> str:
    """The verb's lemma with its particle ('reach out'), a light verb with its noun ('make overture'),
    a copula with its adjective ('complicit'), an idiom ('put under arrest')."""
    idiom = idiom_phrase(verb)
    if idiom:
        return idiom
    measure = targeting_measure(verb)
    if measure is not None:
        return measure
    if verb.lemma_.lower() == "treat" and any(c.dep_ == "prep" and c.lower_ in ("like", "as") for c in verb.children):
        return "treat as"  # "treating Brazil like a colony": a way of dealing with a side, no care given to it
    if verb.lemma_.lower() == "tell" and any(is_to_infinitive(c) for c in verb.children):
        return "tell to"  # "told NATO allies to prepare": an appeal, not a statement
    if verb.lemma_.lower() in REMOVING_VERBS and removes_person(verb):
        return f"{verb.lemma_.lower()} from office"  # "Trump fired FBI Director James Comey": an official removed
    if verb.lemma_.lower() in CAPTURING_VERBS and takes_people(verb):
        return "take prisoner"  # "Hezbollah guerrillas captured two Israeli soldiers": coerced, not attacked
    if verb.lemma_.lower() in ANSWERING_LEMMAS and any(c.lower_ in ANGRY_MANNERS for c in verb.children):
        return f"{verb.lemma_.lower()} angrily"  # "China reacted angrily to the visit": a protest
    particles = particles_of(verb)
    if verb.lemma_ == "be":
        adjectives = [
            c.lemma_.lower() for c in verb.children if c.dep_ == "acomp" and c.lemma_.lower() in ADJECTIVE_RELATIONS
        ]
        if adjectives:
            return adjectives[0]
    if verb.lemma_ in LIGHT_VERBS and any(c.dep_ == "dobj" and is_money(c) for c in verb.children):
        return " ".join([verb.lemma_.lower(), *particles, "money"])  # "gave $10 million to"
    if verb.lemma_ in LIGHT_VERBS or classify(verb.lemma_) == "statement":
        objects = [counted_noun(c) for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
        nouns = [
            compound_noun(c)
            for c in objects
            if (verb.lemma_ in LIGHT_VERBS or is_event_noun(c)) and c.lemma_.lower() not in HEADCOUNT_NOUNS
        ]
        # "the campaign that is being conducted against ISIL", "strikes that have dislodged the Taliban" (not "an
        # attack which used gunmen": what an act uses is its means, not its target)
        # (not "said in a speech that he would act against extremists", a content clause the parser makes relative)
        gapped = not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in RELATIVE_PRONOUNS for c in verb.children)
        relative = verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and gapped
        if not nouns and relative and verb.lemma_.lower() not in MEANS_VERBS:
            nouns = [verb.head.lemma_.lower()]
        particles += nouns[:1]
    return " ".join([verb.lemma_.lower(), *particles])


# "fired FBI Director James Comey", "dismissed Defence Minister Oleksii Reznikov" (not "dismissed Arafat as irrelevant",
# a verdict; not "dismissed the claims")
def removes_person(verb: Token) -> bool:
    if any(c.dep_ == "prep" and c.lower_ in ("as", "out") for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in verb.children)


# "captured two Israeli soldiers", "Hicks was captured by the Northern Alliance": people taken (not "captured Kunduz",
# ground taken, an attack)
def takes_people(verb: Token) -> bool:
    taken = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(t.ent_type_ == "PERSON" or (t.pos_ == "NOUN" and t.lemma_.lower() in CAPTIVE_NOUNS) for t in taken)


# "sanctions targeting Russian banks", "a probe targeting Hamas leaders": a measure's target is hit by the measure,
# not attacked
def targeting_measure(verb: Token) -> str | None:
    if verb.lemma_.lower() not in TARGETING_VERBS or verb.dep_ != "acl" or verb.head.pos_ != "NOUN":
        return None
    noun = verb.head.lemma_.lower()
    return noun if classify(noun) in MEASURE_CLASSES else None


# "reach out", "turned down", "drove back": a verb's particles, also one the parser read as an adverb
def particles_of(verb: Token) -> list[str]:
    return [c.lower_ for c in verb.children if c.dep_ == "prt" or is_adverb_particle(c) or is_stranded(c)]


# "will not be dictated to by India": a passive's preposition left without its object is the verb's, when the
# lexicon knows the pair
def is_stranded(token: Token) -> bool:
    phrase = f"{token.head.lemma_.lower()} {token.lower_}"
    return token.dep_ == "prep" and not any(token.children) and token.i > token.head.i and phrase in LEXICON


# parser repair: "drove back Hamas gunmen", "brushed aside the US threats", the particle read as an adverb; one the
# lexicon knows with the verb
def is_adverb_particle(token: Token) -> bool:
    phrase = f"{token.head.lemma_.lower()} {token.lower_}"
    return token.dep_ == "advmod" and token.lower_ in ADVERB_PARTICLES and phrase in LEXICON


# adverbs that may be a phrasal verb's particle
ADVERB_PARTICLES = PARTICLES | {"aside", "off", "away"}


# "gave the green light to", "gave the go-ahead for": a light verb's noun that is two words
def compound_noun(noun: Token) -> str:
    lemma = noun.lemma_.lower()
    if lemma == "light" and any(c.dep_ == "amod" and c.lower_ == "green" for c in noun.children):
        return "green light"
    if lemma == "ahead" and any(c.dep_ == "compound" and c.lower_ == "go" for c in noun.children):
        return "go-ahead"
    if lemma == "action" and any(c.dep_ == "amod" and c.lower_ in ("military", "armed") for c in noun.children):
        return "military action"  # "ruled out military action against North Korea": force, not any act
    if lemma == "action" and any(c.dep_ in ("amod", "compound") and c.lower_ in LEGAL_WORDS for c in noun.children):
        return "legal action"  # "has launched legal action against HIH": a lawsuit
    used = [o.lemma_.lower() for p in noun.children if p.lower_ == "of" for o in p.children]
    if lemma == "use" and "force" in used:
        return "use force"  # "has not ruled out the use of force against Taiwan": force, not any use
    if lemma == "exchange" and any(c.dep_ == "compound" and c.lemma_.lower() == "prisoner" for c in noun.children):
        return "prisoner exchange"  # not "an exchange of fire"
    if lemma == "odd" and noun.lower_ == "odds" and noun.head.lower_ == "at":
        return "at odds"  # "remains at odds with India": disagrees, which the lemmatiser leaves as "odd"
    kinds = {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod")}
    if lemma == "package" and kinds & AID_KINDS:
        return "aid package"  # "unveiled a $5 billion weapons package for Ukraine": aid, whatever its kind
    attempted = attempted_act(noun)
    return attempted.lemma_.lower() if attempted is not None else lemma


def is_future(verb: Token) -> bool:
    """'will attack', 'would pay', "'ll fight": a verb with an auxiliary of a time to come."""
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children)


# "is planning an attack on Baghdad", "was plotting attacks in Australia": an act planned, not yet done (not "planned
# the September 11 attacks", an act known)
def is_planned_act(verb: Token, noun: Token) -> bool:
    if verb.lemma_.lower() not in PLANNED_ACT_VERBS:
        return False
    return not any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS) for c in noun.children)


# "accused of planning attacks on India", which the parser reads as one noun "planning attacks": an act planned
def is_compound_planned_act(noun: Token) -> bool:
    return any(c.dep_ == "compound" and c.lower_ in PLANNING_WORDS for c in noun.children)


# "an assassination attempt on Barghouti", "a coup attempt against Maduro": the violent act attempted
def attempted_act(noun: Token) -> Token | None:
    if noun.lemma_.lower() not in ACT_ATTEMPT_NOUNS:
        return None
    acts = [c for c in noun.children if c.dep_ == "compound" and LEXICON.get(c.lemma_.lower()) in ATTEMPTED_CLASSES]
    return acts[0] if acts else None


# "$500 million", "10 million euros": a sum of money
def is_money(obj: Token) -> bool:
    if obj.pos_ != "NUM" and obj.lemma_.lower() not in ("million", "billion", "thousand"):  # "millions of dollars"
        return False
    words = {t.lower_ for t in obj.subtree}
    return bool(words & {"$", "us$", "€", "£", "dollars", "euros", "pounds", "yen", "yuan", "rubles"})


def is_event_noun(noun: Token) -> bool:
    """A noun that names a relation or event: 'conversations', 'cooperation', 'talks'."""
    lemma = compound_noun(noun)
    return noun.pos_ == "NOUN" and lemma not in LIGHT_NOUNS and (lemma in RELATION_NOUNS or lemma in LEXICON)


# "staged a series of attacks on", "launched a wave of strikes against", "fired dozens of rockets at":
# the counted acts or things are the object (not "captured a number of heights")
def counted_noun(noun: Token) -> Token:
    lemma = noun.lemma_.lower()
    if lemma not in COUNTING_NOUNS | HEADCOUNT_NOUNS:
        return noun
    counted = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    if counted and lemma in HEADCOUNT_NOUNS and counted[0].pos_ == "NOUN":
        return counted[0]  # "fired dozens of rockets", "sent hundreds of fighters"
    return counted[0] if counted and is_event_noun(counted[0]) else noun


# "The US will not tolerate Iranian attacks on its forces", "Israel will not accept Hamas rocket attacks": a hostile
# act a side says it will not bear is one it warns against (the act is not said to happen, nor not to)
def untolerated_act(noun: Token) -> bool:
    verb = noun.head
    return (
        noun.dep_ == "dobj"
        and verb.lemma_.lower() in TOLERATING_VERBS
        and has_negation(verb)
        and is_event_noun(noun)
        and classify(compound_noun(noun)) in ("attack", "fight", "coerce", "threaten", "posture")
    )
