"""Discourse: relations whose parties were named in the sentences before.

"The United States is engaged in conversations with Iran ... We have also discussed ..." (with Iran);
"Washington has gone through the Iraqis to communicate with Iran. The discussions through the
Iraqis are informal" (the same US-Iran discussions)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.extract.arguments import Context, actors_of
from kg.extract.candidates import Candidate
from kg.extract.lexicon import (
    ANSWERING_LEMMAS,
    COUNTER_STEP_NOUNS,
    FRIENDLY_CONDITION_CLASSES,
    HITTING_BACK,
    OPPOSING_CLASSES,
    REVENGE_NOUNS,
    VOWING_VERBS,
    WELCOMING_MANNERS,
)
from kg.extract.phrases import is_event_noun, verb_phrase
from kg.extract.polarity import has_negation, is_condition, is_negated, modality_of
from kg.resolve import Mention
from kg.taxonomy import classify

if TYPE_CHECKING:
    from spacy.tokens import Token

# the classes whose talk continues across sentences
DISCOURSE_CLASSES = {"communicate", "cooperate"}
# definite nouns that point back to talks already reported
EVENT_NOUNS = {"talk", "discussion", "conversation", "negotiation", "contact", "meeting", "consultation", "dialogue"}


# "we have also discussed ...": the party of the subject's latest talks
def implicit_party(subject: Mention, relation: str, ctx: Context) -> Mention | None:
    if classify(relation) not in DISCOURSE_CLASSES:
        return None
    for event in reversed(ctx.recent_events):
        if classify(event.relation) not in DISCOURSE_CLASSES or event.negated:
            continue
        if event.subject.key == subject.key:
            return event.object
        if event.object.key == subject.key:
            return event.subject
    return None


def implicit_party_statements(verb: Token, subjects: list[Mention], ctx: Context) -> Iterator[Candidate]:
    """A talk verb with a subject and no other party takes the party of the subject's latest talks."""
    from kg.extract.clauses import is_sent_somewhere  # clauses reads this module
    from kg.extract.polarity import is_negated, modality_of

    if any(is_sent_somewhere(verb, c) for c in verb.children if c.dep_ == "dobj"):
        return  # "later sent them back in": forces sent, no talk
    relation = verb_phrase(verb)
    for subject in (s for s in subjects if s.type != "person"):  # a person's talk partner is not implied
        other = implicit_party(subject, relation, ctx)
        if other is not None:
            yield Candidate(
                subject, relation, other, None, is_negated(verb), modality_of(verb), None, "discourse:party"
            )


# "The discussions through the Iraqis are informal": the talks reported just before
def event_reference_statements(ctx: Context) -> Iterator[Candidate]:
    for noun in ctx.sent:
        if noun.lemma_.lower() not in EVENT_NOUNS or noun.tag_ != "NNS" or noun.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in noun.children):
            continue
        if any(c.dep_ in ("poss", "compound", "amod", "nmod") and actors_of(c, ctx) for c in noun.children):
            continue
        if any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in noun.children):
            continue
        if has_negation(noun.head):
            continue  # "The conversations do not include ...": says what the talks are not
        event = next(
            (e for e in reversed(ctx.recent_events) if classify(e.relation) in DISCOURSE_CLASSES and not e.negated),
            None,
        )
        if event is None:
            continue
        via = next(
            (
                m
                for c in noun.children
                if c.dep_ == "prep" and c.lower_ in ("through", "via")
                for p in c.children
                if p.dep_ == "pobj"
                for m in actors_of(p, ctx)
            ),
            event.via,
        )
        yield Candidate(event.subject, noun.lemma_.lower(), event.object, via, rule="discourse:event")


# "X wrote to the embassy asking it to ...", "The embassy declined the request": a request with no
# addressee goes to whom the clause above addressed; a response goes back to whoever addressed the
# responder last
RESPONSE_CLASSES = {"reject", "yield"}
REQUEST_CLASSES = {"appeal", "demand"}


def addressee_statements(verb: Token, subjects: list[Mention], ctx: Context) -> Iterator[Candidate]:
    """Relations whose other party is the addressee of the clause above, or of the last talks."""
    from kg.extract.clauses import clause_objects
    from kg.extract.polarity import is_negated, modality_of

    relation = verb_phrase(verb)
    cls = classify(relation)
    # "... and ordered troops to the border": its own object is addressed (not "urging negotiation", an act urged)
    own_object = any(c.dep_ == "dobj" and c.pos_ == "NOUN" and not is_event_noun(c) for c in verb.children)
    # (not a participle: "notified Moscow of its plans, as required under the treaty", asked of no one)
    participle = verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    if cls in REQUEST_CLASSES and verb.dep_ in ("advcl", "conj") and verb.head.pos_ == "VERB" and not own_object:
        if participle:
            return
        parties = [m for _, m, _, _ in clause_objects(verb.head, ctx)]
        for subject in subjects:
            for party in parties[:1]:
                yield Candidate(
                    subject, relation, party, None, is_negated(verb), modality_of(verb), None, "discourse:addressee"
                )
    elif cls in RESPONSE_CLASSES and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ANSWERED_NOUNS for c in verb.children
    ):
        for subject in subjects:
            asker = asker_before(verb, subject, ctx) or next(
                (e.subject for e in reversed(ctx.recent_events) if e.object.key == subject.key), None
            )
            if asker is not None:
                yield Candidate(
                    subject, relation, asker, None, is_negated(verb), modality_of(verb), None, "discourse:response"
                )


# "Kemakeza has appealed to Australia to send police, but Canberra has turned down the request": the one who asked
# the responder earlier in the sentence
def asker_before(verb: Token, responder: Mention, ctx: Context) -> Mention | None:
    from kg.extract.clauses import clause_objects, clause_subjects

    for asking in (t for t in ctx.sent if t.i < verb.i and t.pos_ == "VERB"):
        if classify(verb_phrase(asking)) not in REQUEST_CLASSES:
            continue
        if any(m.key == responder.key for _, m, _, _ in clause_objects(asking, ctx)):
            askers = [m for m in clause_subjects(asking, ctx) if m.key != responder.key]
            if askers:
                return askers[0]
    return None


# "Gunmen opened fire on Israeli soldiers ... The soldiers returned fire": hitting back with no target named
# is at whoever the article last reported attacking the subject
def retaliation_statements(verb: Token, subjects: list[Mention], ctx: Context) -> Iterator[Candidate]:
    from kg.extract.statements import relation_class  # statements reads this module: imported late

    relation = hitting_back(verb) or vowed_answer(verb)
    if relation is None:
        return
    # a blow is returned for a blow; a retaliation or an answer also for a measure ("The EU imposed new sanctions on
    # Iran. Tehran vowed to retaliate")
    physical = relation in HITTING_BACK - {"retaliate"}
    answered = ("attack", "fight") if physical else ("attack", "fight", "reduce", "coerce")
    for subject in subjects:
        attacker = next(
            (
                e.subject
                for e in reversed(ctx.recent_events)
                if e.object.key == subject.key and relation_class(e) in answered and not e.negated
            ),
            None,
        )
        attacker = attacker or joined_attacker(verb, subject, ctx)
        if attacker is not None:
            # (the vow itself is made: "vowed to respond" threatens now)
            mood = modality_of(verb) if relation.split()[0] not in VOWING_VERBS else modality_of(vower(verb))
            yield Candidate(subject, relation, attacker, None, is_negated(verb), mood, None, "discourse:retaliation")


# "Palestinian gunmen opened fire on an army patrol and the troops returned fire": the attacker of the clause the
# hitting back is joined to
def joined_attacker(verb: Token, subject: Mention, ctx: Context) -> Mention | None:
    from kg.extract.clauses import clause_subjects  # clauses reads this module: imported late

    phrase = verb_phrase(verb.head)
    aimed = {classify(phrase)} | {classify(f"{phrase} {p.lower_}") for p in verb.head.children if p.dep_ == "prep"}
    if verb.dep_ != "conj" or not aimed & {"attack", "fight"}:  # also "opened fire on", "fired at"
        return None
    return next((m for m in clause_subjects(verb.head, ctx) if m.key != subject.key), None)


# "The US warned North Korea ... Pyongyang responded by threatening to end its moratorium", "Hamas responded by
# firing rockets": a hostile answer with no party of its own is aimed at the last side that acted against the subject
def answered_by_statements(verb: Token, subjects: list[Mention], ctx: Context) -> Iterator[Candidate]:
    from kg.extract.clauses import object_idiom  # clauses reads this module
    from kg.extract.statements import relation_class  # statements reads this module: imported late

    for answer in (a for a in answering_acts(verb) if classify(object_idiom(a, verb_phrase(a))) in OPPOSING_CLASSES):
        for subject in subjects:
            acted = (e for e in reversed(ctx.recent_events) if e.object.key == subject.key and not e.negated)
            other = next((e.subject for e in acted if relation_class(e) in OPPOSING_CLASSES | {"demand"}), None)
            if other is not None and other.key != subject.key:
                label = object_idiom(answer, verb_phrase(answer))  # "firing rockets": "fire rocket"
                yield Candidate(subject, label, other, None, is_negated(verb), modality_of(verb), None,
                                "discourse:answer")  # fmt: skip


def answering_acts(verb: Token) -> list[Token]:
    """'firing rockets' in 'responded by firing rockets': the acts a verb of answering is done by."""
    if verb.lemma_.lower() not in ANSWERING_LEMMAS:
        return []
    return [a for p in verb.children if p.dep_ == "prep" and p.lower_ == "by" for a in p.children if a.tag_ == "VBG"]


# '"If the US dares to strike us, we will respond with all our might"': an answer promised to an attack on a
# condition threatens the one the condition names as the attacker
def conditional_answer_statements(verb: Token, subjects: list[Mention], ctx: Context) -> Iterator[Candidate]:
    from kg.extract.clauses import clause_subjects, is_conditional_threat  # clauses reads this module

    if not is_answer(verb) or not is_conditional_threat(verb):
        return
    if any(c.dep_ == "advmod" and c.lower_ in WELCOMING_MANNERS for c in verb.children):
        return  # "would respond positively if Hamas accepted the truce": a promise, no threat
    conditions = [
        c
        for c in verb.children
        if c.dep_ == "advcl" and is_condition(c, ("if",))  # not "unless"
    ]
    for condition in conditions:
        acts = [condition, *(c for c in condition.children if c.dep_ == "xcomp")]  # "dares to strike us"
        # also "would respond if Washington went ahead with its missile defence plans": a step the speaker opposes
        defied = condition.lemma_.lower() in DEFIANT_STEPS or is_going_ahead(condition)
        # also "will respond if Finland hosts NATO nuclear weapons", "if the United States continues to arm Taiwan":
        # any step of another's but a friendly one ("if Hamas releases the hostages")
        classes = {condition_class(a) for a in acts}
        if not defied and classes <= FRIENDLY_CONDITION_CLASSES and not classes & {"attack", "fight", "coerce"}:
            continue
        for attacker in clause_subjects(condition, ctx):
            for subject in (s for s in subjects if s.key != attacker.key):
                yield Candidate(
                    subject, f"threaten to {verb.lemma_.lower()}", attacker, None, False, "asserted", None,
                    "discourse:conditional-answer",
                )  # fmt: skip


# "extends the talks": talks (a vague verb's act is its object's); "hosts NATO nuclear weapons", "sends troops":
# no talks (a verb of talks with a thing that is no event); else the verb's class
def condition_class(act: Token) -> str:
    cls = classify(act.lemma_.lower())
    things = [c for c in act.children if c.dep_ == "dobj"]
    if cls == "statement" and things and is_event_noun(things[0]):
        return classify(things[0].lemma_.lower())
    if cls == "communicate" and things and not is_event_noun(things[0]):
        return "statement"
    return cls


# "would respond", "retaliated", "hit back", "will take resolute countermeasures", "the army will act": an answer
def is_answer(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in ANSWERING_LEMMAS or lemma == "act" or hitting_back(verb) is not None:
        return True
    return lemma == "take" and any(c.dep_ == "dobj" and c.lemma_.lower() in COUNTER_STEP_NOUNS for c in verb.children)


# steps a side warns another against taking, whose taking it would answer: "if the United States withdraws from the
# treaty", "if Washington went ahead with its plans"
DEFIANT_STEPS = {"withdraw", "proceed", "violate", "breach", "abrogate", "deploy"}


def is_going_ahead(verb: Token) -> bool:
    """'went ahead with its missile defence plans', 'pressed ahead with'."""
    return verb.lemma_.lower() in ("go", "press", "push", "forge") and any(c.lower_ == "ahead" for c in verb.children)


# "Hamas vowed revenge", "Israel vowed to respond": an answer vowed with no target named, as "vow revenge" or "vow to
# respond" (not "promised to respond to the letter")
def vowed_answer(verb: Token) -> str | None:
    lemma = verb.lemma_.lower()
    if lemma in VOWING_VERBS:
        answers = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in REVENGE_NOUNS]
        if answers and not any(c.dep_ == "prep" for c in answers[0].children):
            return f"{lemma} {answers[0].lemma_.lower()}"
    if lemma in ANSWERING_LEMMAS and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in VOWING_VERBS:
        if not any(c.dep_ in ("prep", "dobj", "ccomp") for c in verb.children):
            return f"{verb.head.lemma_.lower()} to {lemma}"
    return None


def vower(verb: Token) -> Token:
    """'vowed' in 'vowed to respond': the verb of vowing an answer."""
    return verb.head if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in VOWING_VERBS else verb


def hitting_back(verb: Token) -> str | None:
    """'returned fire', 'fired back', 'hit back', 'retaliated': the phrase, when the verb hits back."""
    words = {c.lower_ for c in verb.children if c.dep_ in ("dobj", "advmod", "prt")}
    lemma = verb.lemma_.lower()
    return next((p for p in HITTING_BACK if p == lemma or (p.split()[0] == lemma and p.split()[1] in words)), None)


# nouns that name what a response answers: "declined the request", "rejected the offer"
ANSWERED_NOUNS = {"request", "offer", "proposal", "invitation", "demand", "appeal", "call", "plea", "overture"}
