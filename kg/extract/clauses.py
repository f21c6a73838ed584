"""Clauses: a verb, its subject actors and the actors it relates them to."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.extract.arguments import (
    GROUP_NOUNS,
    Context,
    actor_of,
    actors_of,
    agents,
    bare_kind,
    both_sides,
    conjuncts,
    country_mentions,
    dispatched,
    faced_sides,
    group_members,
    is_pronoun,
    is_stolen_subject,
    led_by_prefix,
    main_conflict,
    mention_root,
    modifier_actors,
    office_countries,
    opposed_actor,
    place_joined_subjects,
    recent_pair,
    statement_voices,
    subjectless_clause_at,
    truce_counterparts,
)
from kg.extract.candidates import Candidate
from kg.extract.discourse import (
    ANSWERED_NOUNS,
    addressee_statements,
    answered_by_statements,
    answering_acts,
    conditional_answer_statements,
    hitting_back,
    implicit_party_statements,
    retaliation_statements,
    vowed_answer,
)
from kg.extract.lexicon import (
    ACTOR_OBJECT_VERBS,
    ADDRESSED_NOUNS,
    ADJECTIVE_PREPS,
    ADOPTING_VERBS,
    ADVOCACY_VERBS,
    AGENT_NOUNS,
    ANNOUNCING_VERBS,
    ANSWERING_LEMMAS,
    ANSWERING_OFFER_VERBS,
    ANSWERING_VERBS,
    ASKED_THROUGH,
    AUTHORED_NOUNS,
    AUTHORING_VERBS,
    AUTHORITY_PLACE_VERBS,
    AVENGING_VERBS,
    BACKING_NOUNS,
    BEHEST_NOUNS,
    BOND_NOUNS,
    BOND_VERBS,
    BORDER_NOUNS,
    CALL_ECHO_VERBS,
    CALL_MEDIA,
    CALL_NOUNS,
    CALLING_ON_VERBS,
    CALM_NOUNS,
    CANCELLING_VERBS,
    CAPTIVE_WORDS,
    CARRYING_VERBS,
    CEASING_VERBS,
    CHARGING_VERBS,
    CIRCUMSTANCE_PREPS,
    CLAIMING_VERBS,
    CLOSING_VERBS,
    COMPASS_WORDS,
    COPULAS,
    COUNTERPART_NOUNS,
    COUNTING_NOUNS,
    CROWD_NOUNS,
    CUSTODY_PLACES,
    CUSTODY_VERBS,
    DATIVE_VERBS,
    DEADLINE_NOUNS,
    DEAL_VERBS,
    DEATH_NOUNS,
    DECLARING_VERBS,
    DEFENDING_VERBS,
    DENIED_NOUNS,
    DEPARTURE_VERBS,
    DESIGNATING_VERBS,
    DISPATCH_VERBS,
    DOCUMENT_NOUNS,
    DOER_NOUNS,
    DRAWING_VERBS,
    DRILL_NOUNS,
    DRILL_PREPS,
    DROPPED_STANCES,
    EFFORT_NOUNS,
    ENDING_NOUNS,
    ENTRY_VERBS,
    ENVOY_NOUNS,
    EVALUATIVE_CLASSES,
    EVALUATIVE_VERBS,
    EVENT_NOUN_VERBS,
    EVENT_PREPS,
    EVENT_WINDOW,
    EXCHANGE_VERBS,
    EXCHANGED_NOUNS,
    EXPRESSING_VERBS,
    FACING_VERBS,
    FEELING_NOUNS,
    FIRE_NOUNS,
    FIRING_VERBS,
    FORECASTING_VERBS,
    FREEING_NOUNS,
    GIVEN_NOUNS,
    GIVING_CLASSES,
    GIVING_IN_VERBS,
    GOODS_NOUNS,
    GROUPING_NOUNS,
    HELP_NOUNS,
    HELPING_VERBS,
    HOSTILE_CLASSES,
    HOSTING_VERBS,
    INDEPENDENCE_NOUNS,
    JOINING_NOUNS,
    JOINING_VERBS,
    JOINT_ACTION_NOUNS,
    JOINT_ADVERBS,
    JOINT_MANNER_NOUNS,
    KIN_NOUNS,
    KIND_OF_BAND_WORDS,
    LAW_TITLES,
    LEAVING_NOUNS,
    LED_SUFFIXES,
    LIFTING_VERBS,
    LIGHT_VERBS,
    LINKING_VERBS,
    LOCATED_TARGETS,
    MARGIN_NOUNS,
    MEASURE_NOUNS,
    MEASURE_VERBS,
    MEDDLING_VERBS,
    MEDIATING_VERBS,
    MUTUAL_PARTNER_VERBS,
    NAMING_VERBS,
    NOUN_PARTY_PREPS,
    OBJECT_CONTROL_VERBS,
    OCCUPYING_VERBS,
    OF_AGENT_NOUNS,
    OFFERING_VERBS,
    OPPOSING_CLASSES,
    ORDER_NOUNS,
    ORDERING_VERBS,
    OUSTING_ACTS,
    OWNED_NOUNS,
    OWNER_CLASSES,
    OWNERSHIP_PARTICIPLES,
    PAIR_NOUNS,
    PARTICIPATION_VERBS,
    PARTNERING_VERBS,
    PATIENT_ACTS,
    PERFORMING_VERBS,
    PERSON_GROUPS,
    PLAN_NOUNS,
    PLANNING_VERBS,
    PLOT_NOUNS,
    POSTS,
    PREVENTING_VERBS,
    PROPOSAL_NOUNS,
    PROTEST_NOUNS,
    PROTESTER_WORDS,
    PUNISHING_CLASSES,
    PURPOSE_PARTICIPLES,
    QUANTIFIERS,
    RAISING_VERBS,
    RECIPROCAL_NOUNS,
    RECIPROCAL_VERBS,
    REFLEXIVE_PRONOUNS,
    REGION_NOUNS,
    REGRETTING_VERBS,
    RELATIVE_PRONOUNS,
    RELAY_VERBS,
    RELIEF_NOUNS,
    REMOVAL_VERBS,
    REPELLING_VERBS,
    REPORTING_ONLY,
    REQUEST_LEMMAS,
    REVENGE_NOUNS,
    RISING_NOUNS,
    ROUTE_VERBS,
    SCHEDULING_VERBS,
    SEEKING_VERBS,
    SELF_ACT_NOUNS,
    SENDING_AWAY_VERBS,
    SENT_FORCES,
    SENTENCING_VERBS,
    SETTLEMENT_NOUNS,
    SHARE_NOUNS,
    SOUGHT_ACT_VERBS,
    SOUGHT_NOUNS,
    SOURCE_CLASSES,
    SPAN_NOUNS,
    SPONSORING_VERBS,
    STAFF_NOUNS,
    STATIVE_PASSIVES,
    STRIKING_VERBS,
    STRUCK_THINGS,
    SUPPORT_NOUNS,
    SUSPECTING_VERBS,
    TAKING_AIM,
    TIE_REFUSING_VERBS,
    TIED_NOUNS,
    TRUCE_NOUNS,
    USING_VERBS,
    VENUE_NOUNS,
    VERB_PARTY_PREPS,
    VIA_PREPS,
    VICTIM_NOUNS,
    WAR_NOUNS,
    WARNED_ANSWER_NOUNS,
    WAY_IDIOMS,
    WEAPON_NOUNS,
    WEIGHING_VERBS,
    WITHDRAWING_VERBS,
    WITHDRAWN_NOUNS,
    WORDS_OR_BLOWS,
)
from kg.extract.phrases import (
    OWN_FORCE_IDIOMS,
    attempted_act,
    compound_noun,
    counted_noun,
    is_adverb_particle,
    is_event_noun,
    is_future,
    is_money,
    is_planned_act,
    is_to_infinitive,
    particles_of,
    untolerated_act,
    verb_phrase,
)
from kg.extract.polarity import (
    ATTEMPT_NOUNS,
    DENIAL_VERBS,
    DISMISSING_VERBS,
    INTENT_NOUNS,
    charged_gerund_verb,
    detached_content_noun,
    first_conjunct,
    gerund_governor,
    governors,
    has_negation,
    has_negative_determiner,
    has_to,
    is_act_warned_against,
    is_cleft,
    is_condition,
    is_gerund_object,
    is_mandative,
    is_negated,
    is_neither,
    is_turned_down,
    is_warned_against,
    keeper_of,
    misplaced_infinitive,
    modality_of,
    noun_modality,
    pressing_noun,
    under_unmade_charge,
)
from kg.extract.speech import in_quotes, is_speech_verb
from kg.resolve import Mention
from kg.resolve.gazetteer import city_country
from kg.resolve.lexicon import FOLLOWER_NOUNS, NONSTATE_GROUPS, SECTOR_NOUNS, TIE_WORDS, TITLE_WORDS
from kg.resolve.spans import REGION_WORDS
from kg.taxonomy import ADJECTIVE_RELATIONS, CONFLICT_CLASSES, FALLBACK_CLASS, LEXICON, LIGHT_HEADS, classify

if TYPE_CHECKING:
    from spacy.tokens import Token


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or shares_passive(verb)


# "Hicks was captured by the Northern Alliance and handed over to US forces": a bare participle joined to a passive
# verb is passive too, with the same patient
def shares_passive(verb: Token) -> bool:
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or verb.head.pos_ != "VERB":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") for c in verb.children):
        return False
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.head.children)


def joined_subjects(verb: Token, deps: tuple[str, ...] = ("nsubj", "nsubjpass")) -> list[Token]:
    """A verb's subjects, or those of the verb it is joined to: "Hicks was captured ..., and is now in the custody
    of American troops", "was captured by the Northern Alliance and is being held by US forces"."""
    own = [c for c in verb.children if c.dep_ in deps]
    if own or verb.dep_ != "conj":
        return own
    return [c for c in verb.head.children if c.dep_ in deps]


# active subject, passive agent ("was condemned by X"), control and coordination
def clause_subjects(verb: Token, ctx: Context) -> list[Mention]:
    if is_passive(verb):
        for pobj in agents(verb):
            if is_margin(pobj):
                continue  # "was defeated by 10,694 votes by James To": the margin, then the agent
            return agent_actors(verb, pobj, ctx)
        if verb.lemma_ in STATIVE_PASSIVES:
            return [m for c in verb.children if c.dep_ == "nsubjpass" for m in stative_subjects(verb, c, ctx)]
        return (
            detached_by_agents(verb, ctx)
            or orderers(verb, ctx)
            or deployed_forces(verb, ctx)
            or recalled_home(verb, ctx)
            or authority_of(verb, ctx)
            or sentencing_state(verb, ctx)
            or denying_side(verb, ctx)
            or announcing_side(verb, ctx)
            or designating_author(verb, ctx)
            or reporting_police(verb, ctx)
            or admitting_body(verb, ctx)
            or summoning_body(verb, ctx)
            or (clause_subjects(verb.head, ctx) if shares_passive(verb) else [])
        )
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]  # not a misparse
    marks = [c.i for c in verb.children if c.dep_ == "mark"]
    subjects_after_mark = [c for c in verb.children if c.dep_ == "nsubj" and marks and c.i > marks[0]]
    for child in [*verb.children, *(g for a in auxiliaries for g in a.children)]:  # parser: "US/nsubj <- been"
        if child.dep_ == "nsubj" and subjects_after_mark and child.i < marks[0]:
            continue  # parser: "among them Oxfam and CARE, a day after the ICC issued a warrant": the ICC's act
        if child.dep_ in ("nsubj", "csubj", "expl"):
            # "The demand by India that Pakistan hand over 20 militants", the parser reading "that" as a relative
            # pronoun beside the clause's own subject
            named = [c for c in verb.children if c.dep_ == "nsubj" and c.i > child.i and c.pos_ == "PROPN"]
            if child.lower_ == "that" and named:
                child = named[0]
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return relative_antecedent(verb, child, ctx)
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "ccomp":
                return cleft_focus(verb, ctx)
            if child.dep_ == "csubj" and child.tag_ == "VBG":  # "Israeli troops trying to arrest him shot ...",
                # which the parser reads as "trying" being the subject: the participle's subject acts
                child = next((c for c in child.children if c.dep_ == "nsubj"), child)
            return (
                actors_of(child, ctx)
                or partitive_actors(child, ctx)
                or act_owners(child, ctx)
                or document_authors(child, ctx)
                or firers(child, ctx)  # "Israeli tank fire killed three militants"
                or armed_act_sources(child, ctx)  # "Shelling from Israeli tanks killed three militants"
                or [m for named in subject_apposition(verb, child) for m in actors_of(named, ctx)]
                or police_of_place(verb, child, ctx)
                or crowd_protesters(verb, child, ctx)
            )
    return (
        repaired_subjects(verb, ctx)
        or said_object_subjects(verb, ctx)
        or reported_conjunct_subjects(verb, ctx)
        or inherited_subjects(verb, ctx)
        or finite_modifier_subjects(verb, ctx)
        or participle_held_subjects(verb, ctx)
        or place_joined_subjects(verb, ctx)
        or street_protesters(verb, ctx)
    )


# "People took to the streets protesting against the Government's austerity program", "Thousands of people
# protested against the government": a crowd that protests is the article's protesters
def crowd_protesters(verb: Token, subject: Token, ctx: Context) -> list[Mention]:
    crowd = quantified(subject) if subject.lemma_.lower() in ("thousand", "hundred") else subject
    if crowd.lemma_.lower() not in CROWD_NOUNS or any(c.dep_ in ("poss", "amod", "compound") for c in crowd.children):
        return []  # (not "Iraqi people", "the Kurdish people": a people the resolver names)
    acts = [verb, *(c for c in verb.children if c.dep_ in ("advcl", "xcomp", "conj") and c.pos_ == "VERB")]
    acts += [a for p in verb.children if p.dep_ == "prep" for o in p.children for a in o.children if a.dep_ == "acl"]
    streets = any(p.lower_ == "to" and any(o.lower_ == "streets" for o in p.children) for p in verb.children)
    protesting = streets or any(classify(verb_phrase(a)) == "protest" for a in acts)
    return [ctx.actors.protesters(crowd)] if protesting else []


# "People took to the streets protesting against ...", which the parser reads with "protesting" a modifier of the
# streets: the protest is the subjects' of the verb that took them there
def street_protesters(verb: Token, ctx: Context) -> list[Mention]:
    place = verb.head
    if verb.dep_ != "acl" or place.lemma_.lower() != "street" or place.dep_ != "pobj":
        return []
    return clause_subjects(place.head.head, ctx)


# "Hamas offered a ceasefire", "proposed a truce": a truce offered, to no one named, is offered to the side its
# offerers face
def offered_truce(verb: Token, obj: Token, ctx: Context) -> list[Mention]:
    named = any(c.dep_ in ("dative", "dobj") and c.i != obj.i for c in verb.children)  # "offered Israel a ceasefire"
    if verb.lemma_.lower() not in OFFERING_VERBS or named:
        return []
    return truce_counterparts(obj, clause_subjects(verb, ctx), ctx)


# "Mr Arafat, apparently getting tough on Islamic extremists, sent his police to arrest ...", which the parser reads
# with "Mr Arafat" the subject of "getting": a verb with no subject of its own takes that of the participle set off
# before it
def participle_held_subjects(verb: Token, ctx: Context) -> list[Mention]:
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return []
    participles = [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < verb.i]
    return [
        m
        for p in participles
        for n in p.children
        if n.dep_ == "nsubj" and n.i < p.i and any(t.text == "," for t in ctx.sent.doc[n.i : p.i])
        for m in actors_of(n, ctx)
    ]


# "As farmers went into hiding, a senior Bush administration official called Mr Mugabe's rule illegitimate", which
# the parser reads as a noun modified by "called": a past tense verb with an object of its own is the noun's act (a
# participle modifying a noun, "a man called Smith", "weapons supplied to Hamas", takes no object); the last resort,
# after a subject the clause inherits ("Mitsotakis speaking to the Atlantic Council think tank called the deal void")
def finite_modifier_subjects(verb: Token, ctx: Context) -> list[Mention]:
    # (also "China, which has close ties to Pakistan, called on both countries ...", parsed with the noun the root:
    # the past tense verb is the sentence's own)
    sentence_noun = verb.head.dep_ == "ROOT" and verb.head.pos_ in ("PROPN", "NOUN") and verb.i > verb.head.i
    if verb.dep_ != "acl" or verb.tag_ != "VBD" or not (any(c.dep_ == "dobj" for c in verb.children) or sentence_noun):
        return []
    return actors_of(verb.head, ctx)


# a passive's agent: the actor after "by", or, "weakened by the harassment of the Israeli army", the agent of the
# act that did it
def agent_actors(verb: Token, pobj: Token, ctx: Context) -> list[Mention]:
    tied = pobj.lemma_.lower() in TIED_NOUNS  # "led by former allies of the Congolese leader": not the leader's side
    return (
        actors_of(pobj, ctx)
        or (event_agents(pobj, ctx) if is_event_noun(pobj) and not tied else [])
        or firers(pobj, ctx)
        or armed_doers(verb, pobj, ctx)
    )


# "A militant group, Lashkar-e-Taiba, attacked India", which the parser reads as two subjects: the second, set
# off by commas, names the first
def subject_apposition(verb: Token, subject: Token) -> list[Token]:
    after = subject.right_edge.i + 1
    if after >= len(subject.doc) or subject.doc[after].text != ",":
        return []
    return [c for c in verb.children if c.dep_ == "nsubj" and c.i == after + 1]


# "Zinni returned with the support of Russia and the European Union", "acted with Iran's blessing", "enter Kandahar
# by the support of America": the backer supports the doer (not "with the help of Turkey", a go-between)
def backer_statements(verb: Token, subjects: list[Mention], ctx: Context) -> Iterator[Candidate]:
    if is_negated(verb):
        return
    # "captured the town with the help of US air strikes": help to an act that has no other party is backing
    helped = not any(actors_of(c, ctx) for c in verb.children if c.dep_ == "dobj")
    backing = BACKING_NOUNS | ({"help", "assistance"} if helped else set())
    preps = [c for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ in ("with", "by")]
    preps += backing_aside(verb)
    for prep in preps:
        for noun in (o for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() in backing):
            owners = [c for c in noun.children if c.dep_ == "poss"]
            owners += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
            backers = [m for owner in owners for item in conjuncts(owner) for m in actors_of(item, ctx)]
            # "with US help", "with the help of US air strikes": the helper named by a modifier
            backers = backers or [m for n in (noun, *owners) for m in modifier_actors(n, ctx, ("amod", "compound"))]
            for backer in backers:
                for subject in subjects:
                    yield Candidate(backer, noun.lemma_.lower(), subject, rule="clause:with-backing")


# "Sharon, with the backing of his cabinet, ordered the strikes": the backing set off by commas after the subject,
# which the parser hangs on the subject
def backing_aside(verb: Token) -> list[Token]:
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return [
        c
        for subject in subjects
        for c in subject.children
        if c.dep_ == "prep" and c.lower_ == "with" and c.i > subject.i and c.nbor(-1).text == ","
    ]


# readings of an act named by the object noun of a verb (not the verb's own relation)
WEIGHED_ACT_RULES = {
    "light-verb-noun", "reciprocal-with", "object-target", "verb-noun-idiom", "attempted-act", "planned-act",
}  # fmt: skip


# "calls on Iran to join", "an appeal to Hamas to stop attacks": the one an urging noun addresses
def addressees(noun: Token, ctx: Context) -> list[Mention]:
    preps = prepositional_objects(noun, ctx, set())
    return [m for prep, pobj in preps if prep in ("on", "to") for m in actors_of(pobj, ctx)]


# "Arafat was told of the deadline by Shimon Peres", where the parser hangs "by" on the noun before it: the
# passive's agent
def detached_by_agents(verb: Token, ctx: Context) -> list[Mention]:
    # also "The PKK is designated a terrorist group by Turkey": the agent hung on the name given
    named = [c for c in verb.children if c.dep_ in ("dobj", "oprd") and c.pos_ == "NOUN"]
    return [
        m
        for pobj in [*(o for prep, o in prepositional_objects(verb, ctx, set()) if prep != "by"), *named]
        for inner in pobj.children
        if inner.dep_ == "prep" and inner.lower_ == "by"
        for o in inner.children
        if o.dep_ == "pobj"
        for m in actors_of(o, ctx)
    ]


# "killed by Israeli fire", "wounded by Russian sniper fire", "killed by gunfire from Israeli troops": whose
# fire it was
def firers(noun: Token, ctx: Context) -> list[Mention]:
    if noun.lemma_.lower() not in FIRE_NOUNS:
        return []
    sources = [*prepositional_objects(noun, ctx, set())]
    if noun.head.dep_ == "agent":  # "killed by shell fire from an Israeli tank", the "from" hung on the verb
        sources += prepositional_objects(noun.head.head, ctx, set())
    return modifier_actors(noun, ctx, ("amod", "compound", "nmod", "poss")) or [
        m for prep, pobj in sources if prep == "from" for m in actors_of(pobj, ctx)
    ]


# "Shelling from Israeli tanks killed three militants", "Attacks from US warplanes hit the Taliban": a hostile act's
# armed source, for the act as a clause's subject
def armed_act_sources(act: Token, ctx: Context) -> list[Mention]:
    from kg.extract.nominal import armed_sources

    return armed_sources(act, ctx)


# "Arafat has been weakened by the harassment of the Israeli army", "hamstrung by aerial attacks from US
# warplanes": the armed men whose hostile act undid the passive's subject ("of" names a hostile act's target
# elsewhere: "the bombing of Georgian villages")
def armed_doers(verb: Token, act: Token, ctx: Context) -> list[Mention]:
    if classify(act.lemma_.lower()) not in HOSTILE_CLASSES:
        return []
    undergoers = {m.key for c in verb.children if c.dep_ == "nsubjpass" for m in actors_of(c, ctx)}
    return [
        m
        for prep, pobj in prepositional_objects(act, ctx, set())
        if prep in ("of", "from") and SECTOR_NOUNS.get(pobj.lower_) in ("military", "police")
        for m in actors_of(pobj, ctx)
        if m.key not in undergoers
    ]


# "Zinni was recalled to Washington": the country whose capital an envoy is recalled to recalls him
def recalled_home(verb: Token, ctx: Context) -> list[Mention]:
    if verb.lemma_.lower() != "recall":
        return []
    homes = [pobj for prep, pobj in prepositional_objects(verb, ctx, set()) if prep == "to"]
    return [m for home in homes for m in place_country(home, ctx)]


# "by 10,694 votes", "by a wide margin", "by 20 per cent": a passive's "by" that measures, not its agent
def is_margin(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in MARGIN_NOUNS


# "it was the UTN that provided information to Al Qaeda": a cleft's focus is the doer
def cleft_focus(verb: Token, ctx: Context) -> list[Mention]:
    if not is_cleft(verb):
        return []
    return [m for c in verb.head.children if c.dep_ == "attr" for m in actors_of(c, ctx)]


# "the Houthis, who are aligned with Iran": the subject of a stative passive, through a relative pronoun
def stative_subjects(verb: Token, subject: Token, ctx: Context) -> list[Mention]:
    if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return relative_antecedent(verb, subject, ctx)
    return actors_of(subject, ctx)


# "warned against attacking Libya": an act warned against with no one warned, whose doer the clause does not name
def is_warned_against_unnamed(token: Token) -> bool:
    return is_act_warned_against(token) and not any(c.dep_ == "dobj" for c in token.head.head.children)


# "US pressure on Arafat", "Arafat, under international pressure to ...", "Pakistan faces pressure to ...":
# who is pressed
def pressed_ones(noun: Token, ctx: Context) -> list[Mention]:
    holders = (noun, noun.head) if noun.dep_ == "dobj" else (noun,)  # "put pressure on Arafat"
    on = [
        m
        for holder in holders
        for prep, pobj in prepositional_objects(holder, ctx, set())
        if prep in ("on", "upon")
        for m in actors_of(pobj, ctx)
    ]
    if on:
        return on
    clause = pressed_clause(noun)
    return clause_subjects(clause, ctx) if clause is not None else []


# "Arafat, under international pressure, arrested ..." (the parser may hang "under" on the comma), "Pakistan
# faces pressure to ...", "closed Hamas offices in response to ... international pressure": the clause whose
# subject is pressed
def pressed_clause(noun: Token) -> Token | None:
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in ("face", "feel", "resist", "defy"):
        return noun.head  # also "resisted pressure from the US": pressed all the same
    if noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lemma_.lower() in GIVING_IN_VERBS:
        return noun.head.head  # "will not bow to pressure from Indonesia": pressed, whether it gives in or not
    if noun.dep_ == "pobj" and noun.head.lower_ in PRESSED_PREPS:
        return next((a for a in noun.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    first = noun.head if noun.dep_ == "conj" else noun  # "in response to Israeli air attacks and pressure"
    answered = first.head.head.lemma_.lower() in ("response", "reaction")
    if first.dep_ == "pobj" and first.head.lower_ == "to" and answered:
        return next((a for a in first.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return None


# prepositions that make the clause's subject the one pressed: "under pressure", "despite pressure"
PRESSED_PREPS = {"under", "despite", "amid", "after", "following"}


# "Hicks was captured fighting alongside Taliban forces", "was murdered after refusing to train al-Qaeda":
# a participle after a passive is done by the passive's subject, not by its agent
def passive_participle_subjects(verb: Token, ctx: Context) -> list[Mention] | None:
    """The passive's subject; None when the verb is no participle after a passive."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ != "by":
        head = head.head  # "after refusing", "for attacking"; not "by killing", the agent's means
    elif verb.dep_ not in ("advcl", "xcomp"):  # also "was captured fighting alongside the Taliban"
        return None
    suspected = head.dep_ == "acl" and head.tag_ == "VBN" and head.lemma_.lower() in SUSPECTING_VERBS
    if verb.tag_ == "VBG" and verb.i > head.i and suspected:
        # "arrested three men suspected of helping smuggle ...": the men the participle describes, not the arresters
        return actors_of(head.head, ctx) if head.head.pos_ in ("NOUN", "PROPN") else []
    if verb.tag_ != "VBG" or verb.i < head.i or not is_passive(head):
        return None
    if verb.dep_ == "pcomp" and head.lemma_ in STATIVE_PASSIVES:
        return None  # "had been allied with Kurdish groups in fighting ISIS": both fight
    return [m for c in head.children if c.dep_ == "nsubjpass" for m in stative_subjects(head, c, ctx)]


# parser repair: "We work with the Iraqis and the Iraqis have a relationship with ...", where the
# second clause lost its subject to the first clause's object
def repaired_subjects(verb: Token, ctx: Context) -> list[Mention]:
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    finite = any(t.tag_ in ("VBP", "VBZ", "VBD", "MD") for t in [verb, *auxiliaries])  # also "have pledged"
    if not finite or verb.dep_ not in ("advcl", "conj", "ccomp"):
        return []
    claim = verb.head if verb.dep_ == "conj" and verb.head.lemma_.lower() in CLAIMING_VERBS else None
    claimed = [c for c in claim.children if c.dep_ == "dobj" and c.pos_ == "PROPN"] if claim is not None else []
    if claimed and not any(t.lower_ == "and" for t in ctx.sent.doc[claimed[0].i : verb.i]):
        # "Protesters have claimed Iran, especially, amongst other outside parties, is unduly influencing", which the
        # parser reads as a claim about Iran joined to a second verb: the claim's clause, whose subject is Iran
        return actors_of(claimed[0], ctx)
    previous = min([verb.i, *(a.i for a in auxiliaries)]) - 1  # "... and Turkey would be moving"
    if previous < ctx.sent.start:
        return []
    token = ctx.sent.doc[previous]
    if token.dep_ in ("conj", "pobj", "dobj") and token.pos_ in ("PROPN", "NOUN") and token.head.i < token.i:
        if token.dep_ != "conj":
            return []
        stolen = [t for t in token.conjuncts if t.i < token.i and is_stolen_subject(t)]  # "the Bahamas, Jamaica and"
        return [m for t in [*stolen, token] if (m := actor_of(t, ctx)) is not None]
    return []


# parser repair: "Robert Hill says the SAS patrol called in US air strikes ... and helped to rescue a pinned-down
# American unit", which the parser reads as "says the patrol" with "called" a participle of it and "helped" the
# speaker's: the report's subject and its verbs
def said_object_subjects(verb: Token, ctx: Context) -> list[Mention]:
    report = verb if is_said_object_report(verb) else None
    if verb.dep_ == "conj" and verb.tag_ == "VBD" and verb.head.tag_ == "VBZ":  # "says ... and helped": the report's
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            said = [a for c in verb.head.children if c.dep_ == "dobj" for a in c.children if is_said_object_report(a)]
            report = said[0] if said else None
    return actors_of(report.head, ctx) if report is not None else []


def is_said_object_report(verb: Token) -> bool:
    """The past verb of a report the parser hung on its subject as a participle: "says the SAS patrol called in"."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or verb.i != verb.head.i + 1:
        return False
    noun, speech = verb.head, verb.head.head
    if noun.dep_ != "dobj" or noun.pos_ not in ("NOUN", "PROPN") or not is_speech_verb(speech):
        return False
    return any(c.dep_ in ("dobj", "prt") or (c.dep_ == "prep" and c.i == verb.i + 1) for c in verb.children)


# "She said Taiwan would not be intimidated and thanked the United States", "He said Poland was preparing for
# aggression and ordered his army to hold exercises", which the parser joins to the reported clause: a past tense verb
# joined to a reported verb of another form (a modal's, a progressive's) is the reporter's own second act
def reported_conjunct_subjects(verb: Token, ctx: Context) -> list[Mention]:
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    head, reporting = verb.head, verb.head.head
    if head.dep_ != "ccomp" or reporting.tag_ != "VBD" or not is_speech_verb(reporting):
        return []
    other_form = head.tag_ == "VBG" or any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)
    # "Kanaani said the Houthis acted independently and criticised the strikes": a verdict joined to a deed reported
    # is the reporter's own words
    judged = classify(verb.lemma_.lower()) == "criticise" and not is_evaluative(head) and not is_speech_verb(head)
    return clause_subjects(reporting, ctx) if other_form or judged else []


# "North Korea did not respond to South Korea's offer of talks": an answer to a side's proposal is words to it
def answers_proposal(verb: Token) -> bool:
    return any(
        o.lemma_.lower() in ANSWERED_NOUNS for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"
        for o in p.children if o.dep_ == "pobj"
    )  # fmt: skip


# "Fiji was readmitted to the Commonwealth": the body one is admitted into admits one
def admitting_body(verb: Token, ctx: Context) -> list[Mention]:
    if verb.lemma_.lower() not in ADMITTING_VERBS:
        return []
    bodies = [m for p, o in prepositional_objects(verb, ctx, set()) if p in ("to", "into") for m in actors_of(o, ctx)]
    return [m for m in bodies if m.type == "organisation"]


# "Israeli army spokesman Ron Kitrey said Mr Arafat was not targeted": a side's spokesman denying an
# agentless hostile act denies that his side did it
def denying_side(verb: Token, ctx: Context) -> list[Mention]:
    if not is_negated(verb) or classify(verb.lemma_.lower()) not in HOSTILE_CLASSES:
        return []
    if any(c.dep_ == "nsubjpass" and has_negative_determiner(c) for c in verb.children):
        return []  # "Robert Hill says no Australians were hurt": no one was, which denies no act of his side's
    speakers = reporters(verb, ctx, DENIAL_VERBS)  # also "denied that X was killed"
    sides = [ctx.actors.affiliated_side(m) if m.type == "person" else m for m in speakers]
    return [s for s in sides if s.type in ("country", "organisation", "armed_group")]


# '"Russian diplomats will be expelled," Polish Foreign Minister Zbigniew Rau said': a measure a side's speaker
# foretells, with no doer named, is his side's (not "an analyst said": a speaker of no side)
def announcing_side(verb: Token, ctx: Context) -> list[Mention]:
    if not is_future(verb) or classify(verb_phrase(verb)) != "reduce":
        return []
    speakers = reporters(verb, ctx) or ([ctx.speaker] if ctx.speaker is not None and in_quotes(ctx.sent) else [])
    sides = [ctx.actors.affiliated_side(m) for m in speakers if m.type == "person"]
    return [s for s in sides if s.type in ("country", "organisation") and s.key not in {m.key for m in speakers}]


# "Volga Precision Instruments JSC is being designated pursuant to section 1(a)(i)": in a press statement, a
# designation with no agent named is the issuing government's
def designating_author(verb: Token, ctx: Context) -> list[Mention]:
    if verb.lemma_.lower() not in DESIGNATING_VERBS:
        return []
    voices = statement_voices(ctx) if ctx.author is not None else []
    if len(voices) == 1:
        return voices
    # (a fact sheet of no named author: "Today, the Department of State is designating ..." said before)
    earlier = [
        t for t in ctx.sent.doc[: ctx.sent.start]
        if t.lemma_.lower() in DESIGNATING_VERBS and t.pos_ == "VERB" and not is_passive(t)
    ]  # fmt: skip
    designators = [m for t in earlier[-1:] for c in t.children if c.dep_ == "nsubj" for m in actors_of(c, ctx)]
    return designators[:1]



# "Israeli army spokesman Ron Kitrey said ...", "Police say ...": the subjects of the first speech verb (or other
# verb given) above a clause
def reporters(verb: Token, ctx: Context, lemmas: set[str] | frozenset[str] = frozenset()) -> list[Mention]:
    governor = next((a for a in verb.ancestors if is_speech_verb(a) or a.lemma_.lower() in lemmas), None)
    return [] if governor is None else [m for c in governor.children if c.dep_ == "nsubj" for m in actors_of(c, ctx)]


# "The army has been deployed against the Maoists", "Indian troops have been deployed along the border with
# Pakistan": forces sent with no sender named are sent by their own side
def deployed_forces(verb: Token, ctx: Context) -> list[Mention]:
    if verb.lemma_.lower() not in DEPLOYING_VERBS:
        return []
    forces = [c for c in verb.children if c.dep_ == "nsubjpass" and ctx.actors.is_sector_noun(c)]
    return [m for c in forces for m in actors_of(c, ctx) if m.type == "country"]


# verbs of sending forces somewhere
DEPLOYING_VERBS = {"deploy", "station", "mass", "post", "dispatch", "redeploy", "move"}


# "was murdered on the orders of Saddam Hussein", "was carried out at the behest of Pakistan", "on Saddam
# Hussein's orders": whoever ordered an act with no agent did it
def orderers(verb: Token, ctx: Context) -> list[Mention]:
    for prep, pobj in prepositional_objects(verb, ctx, set()):
        if prep in ("on", "at", "under") and pobj.lemma_.lower() in ORDER_NOUNS:
            found = [
                m for inner, o in prepositional_objects(pobj, ctx, set()) if inner == "of" for m in actors_of(o, ctx)
            ]
            return found or modifier_actors(pobj, ctx)
    return []


# "The PKK is banned in Turkey", "was arrested in Iran": a measure taken in a country is the country's
def authority_of(verb: Token, ctx: Context) -> list[Mention]:
    # also "were confined to New Delhi", "to movement within New Delhi", "were expelled from India"
    preps = AUTHORITY_PLACE_VERBS.get(verb.lemma_.lower(), ("in",))
    measures = act_places(verb, preps, ctx) if classify(verb.lemma_.lower()) in ("reduce", "coerce") else []
    for place, inner in measures:
        places = [m for item in (place, *inner) for m in actors_of(item, ctx) if m.type == "country"]
        if not places and verb.lemma_.lower() in CUSTODY_VERBS:
            places = place_country(place, ctx)  # "A senior Hamas leader was arrested in Gaza"
        if places:
            return places[:1]
    return kept_at(verb, ctx) if verb.lemma_.lower() in CUSTODY_VERBS else []  # (also "is being held on ...")


# "Hicks is being held on a US military ship", "held at Sydney's Villawood Detention Centre", "held in an American
# prison": a captive kept in a place is kept by the state that owns it
def kept_at(verb: Token, ctx: Context) -> list[Mention]:
    places = [o for p, o in prepositional_objects(verb, ctx, set()) if p in ("on", "at", "aboard", "in")]
    places += [o for place in list(places) for p, o in prepositional_objects(place, ctx, set()) if p == "at"]
    for place in (p for p in places if p.lemma_.lower() in CUSTODY_PLACES):
        owners = [m for m in modifier_actors(place, ctx) if m.type == "country"]
        owners = owners or [m for c in place.subtree if c.dep_ == "poss" for m in place_country(c, ctx)]
        if owners:
            return owners[:1]
    return []


# "Fiji's failed coup leader George Speight has been sentenced to death", "Russian opposition leader Alexei Navalny was
# jailed": a sentence passed by no court named is the state's whose national the person is named as
def sentencing_state(verb: Token, ctx: Context) -> list[Mention]:
    if verb.lemma_.lower() not in SENTENCING_VERBS:
        return []
    for subject in (c for c in verb.children if c.dep_ == "nsubjpass"):
        person = ctx.actors.mention_at(subject)
        if person is None or person.type != "person":
            continue
        named = [t for t in subject.subtree if t.i < subject.i and t.dep_ in ("poss", "amod", "compound")]
        states = {m.key: m for t in named if (m := ctx.actors.mention_at(t)) is not None and m.type == "country"}
        if len(states) == 1:
            return list(states.values())
    return []


# "arrested in Harare", "confined to New Delhi", "arrested at his home in Harare" (the place the home is in): the
# places a verb's prepositions name, each with the places inside it ("to movement within New Delhi")
def act_places(verb: Token, preps: tuple[str, ...], ctx: Context) -> list[tuple[Token, list[Token]]]:
    found = []
    for prep, pobj in prepositional_objects(verb, ctx, set()):
        inner = [o for p in pobj.children if p.dep_ == "prep" and p.lower_ in ("in", "within") for o in p.children]
        if prep == "at" and "in" in preps and inner:
            found.append((inner[0], []))
        elif prep in preps:
            found.append((pobj, inner))
    return found


# "Police arrested Morgan Tsvangirai at his home in Harare": police no name or earlier mention ties to a state are
# those of the one country where they acted
def police_of_place(verb: Token, subject: Token, ctx: Context) -> list[Mention]:
    if bare_kind(subject) != "police" or any(c.dep_ in ("amod", "compound", "poss") for c in subject.children):
        return []
    places = [item for place, inner in act_places(verb, ("in",), ctx) for item in (place, *inner)]
    found = {m.key: m for place in places for m in place_country(place, ctx)}
    return list(found.values()) if len(found) == 1 else []


# "Police say Afroz was arrested on October 2", "Indian authorities said the man was detained": an arrest with no
# agent that a state's police or government report is that state's
def reporting_police(verb: Token, ctx: Context) -> list[Mention]:
    if verb.lemma_.lower() not in CUSTODY_VERBS:
        return []
    found = reporters(verb, ctx)
    states = [m for m in found if m.type == "country" and m.sector in ("police", "government")]
    # "Moussaoui was charged ..., United States Attorney-General John Ashcroft said": a state's officer of the law
    # reporting a charge or arrest speaks for the state that made it (not a foreign minister commenting on one)
    lawful = [m for person in found for m in country_mentions(office_countries(person, ctx, LAW_TITLES), ctx)]
    return states[:1] or lawful[:1]


# "Our actions target Russia's defence sector", "US sanctions hit Iran", "Israeli strikes killed ...": an act
# that is the subject of a clause stands for its owner
def act_owners(noun: Token, ctx: Context) -> list[Mention]:
    if noun.pos_ != "NOUN" or not (is_event_noun(noun) or noun.lemma_.lower() in ACT_NOUNS):
        return []
    if noun.lemma_.lower() in AGENT_NOUNS:
        return []  # "US allies criticised Iran": the allies of the US, not the US
    from kg.extract.nominal import performed_by

    # also "the attacks by Hamas left 26 Israelis dead", "The attack, claimed by Hamas, killed 10 Israelis"
    owners = leader_free(modifier_actors(noun, ctx), noun) or noun_agents(noun, ctx) or performed_by(noun, ctx)
    return owners or own_acts(noun, ctx)


# "a Chinese statement criticised Japan", "a report by the UN accused Syria", "the resolution adopted by the
# Security Council condemned Israel": a text that is the subject of a clause speaks for its author
def document_authors(noun: Token, ctx: Context) -> list[Mention]:
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in AUTHORED_NOUNS:
        return []
    found = modifier_actors(noun, ctx) or noun_agents(noun, ctx) or noun_agents(noun, ctx, "from")
    participles = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_ in AUTHORING_VERBS]
    return found or [m for acl in participles for pobj in agents(acl) for m in actors_of(pobj, ctx)]


# "These actions will further isolate Russia": in a press statement's own words, the acts it refers back
# to are its government's
def own_acts(noun: Token, ctx: Context) -> list[Mention]:
    if noun.lemma_.lower() not in ACT_NOUNS or not any(c.lower_ in ("these", "this", "today") for c in noun.children):
        return []
    return statement_voices(ctx)


# nouns of a cause, whose gerund names what was done to the subject: "in response to punishing attacks"
CAUSE_NOUNS = {"response", "reaction", "retaliation", "answer", "reply", "protest"}


# nouns of a deed whose modifier names who did it: "the US measure that bans flights"
ACT_NOUNS = {"measure", "move", "step", "action", "decision", "policy", "law", "rule", "order", "plan", "bill"}


# relative clause: "Iranians who are on the ground advising Iraqi forces"
def relative_antecedent(verb: Token, pronoun: Token, ctx: Context) -> list[Mention]:
    noun = verb.head
    if (doers := summarised_doers(noun, ctx)) is not None:
        return doers  # "The Taliban have banned women ..., a move that drew"
    mentions = actors_of(noun.head, ctx) if noun.dep_ == "appos" and noun.pos_ == "NOUN" else []
    mentions = mentions or actors_of(noun, ctx)  # "Karzai, a Pashtun elder who ...": Karzai
    if noun.dep_ == "conj" and actor_of(noun, ctx) is None and has_own_relative(noun):
        return []  # "the 19 hijackers who ..., as well as two men who sent funds": the men, whom kg does not name
    if not mentions and pronoun.i > 0:
        mentions = actors_of(ctx.sent.doc[pronoun.i - 1], ctx)
    if not mentions and (is_event_noun(verb.head) or verb.head.lemma_.lower() in ACT_NOUNS):
        mentions = modifier_actors(verb.head, ctx)  # "the US airstrike that killed ..."; not "an Australian man who"
    if not mentions and noun.dep_ == "pobj" and noun.head.lower_ == "among" and noun.head.head.lemma_ == "be":
        # "Japan was among the countries that condemned North Korea": the one counted among them
        mentions = [m for c in noun.head.head.children if c.dep_ == "nsubj" for m in actors_of(c, ctx)]
    weapon = noun.lemma_.lower() in WEAPON_NOUNS or classify(noun.lemma_.lower()) == "attack"
    used = weapon and noun.head.lemma_.lower() in USING_VERBS  # not "discussed the attack that killed"
    return mentions or (object_users(noun, ctx) if used else [])


# verbs of putting forward what another may take or turn down: "Hamas has demanded a ceasefire, which Israel rejected"
PROPOSING_VERBS = {"demand", "propose", "offer", "suggest", "request", "seek", "put"}


# "Hamas has demanded a permanent end to the war, which Israel has rejected": what a side demanded or proposed is
# its own, and answering it answers that side
def proposers(noun: Token, ctx: Context) -> list[Mention]:
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in PROPOSING_VERBS:
        return clause_subjects(head, ctx)
    if noun.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in REQUEST_LEMMAS:
        return clause_subjects(head.head, ctx)  # "called for a ceasefire, which Israel rejected"
    if noun.dep_ == "pobj" and head.lower_ in ("to", "of") and head.head.pos_ == "NOUN" and head.head.dep_ == "dobj":
        return proposers(head.head, ctx)  # "demanded a permanent end to the war, which Israel has rejected"
    return []


def holds_people(verb: Token) -> bool:
    """'holding two Australians', 'the 24 crew ... are being held': "hold" whose object is people, not talks."""
    held = [c for c in verb.children if c.dep_ == ("nsubjpass" if is_passive(verb) else "dobj")]
    return any(
        h.lemma_.lower() in PEOPLE_HELD_NOUNS or (h.ent_type_ == "NORP" and h.tag_ in ("NNS", "NNPS")) for h in held
    )


# nouns of people a side may hold: "holding two Australians", "the crew are being held"
PEOPLE_HELD_NOUNS = {"crew", "national", "citizen", "hostage", "captive", "sailor", "soldier", "diplomat", "tourist"}


def summarised_doers(noun: Token, ctx: Context) -> list[Mention] | None:
    """Who did the move a summing-up noun names, or made the charge: Ethiopia in 'Ethiopia signed a deal with
    Somaliland, a move that Somalia condemned', Armenia in 'Armenia has accused Azerbaijan of ethnic cleansing, an
    accusation Baku rejects'; None for any other noun."""
    summary = noun.lemma_.lower() in MEASURE_NOUNS | DENIED_NOUNS | PROPOSAL_NOUNS  # (or 'a condition Israel
    # rejected')
    if noun.dep_ in ("appos", "npadvmod") and summary and is_clause_summary(noun):
        return clause_subjects(noun.sent.root, ctx)
    if noun.lower_ == "what" and noun.dep_ == "dobj":  # "shelled Kharkiv, in what Kyiv called a war crime"
        return judged_clause_doers(noun.head, ctx) or None
    return None


# "The ICC issued an arrest warrant for Putin, ..., a move the Kremlin dismissed as null and void": a judging verb
# of a relative with no pronoun, on a noun summing up the clause, judges the clause's doer
def gapped_summary_objects(verb: Token, phrase: str, ctx: Context) -> Iterator[tuple[str, Mention, str, bool]]:
    if verb.dep_ != "relcl" or not is_evaluative(verb):
        return
    if any(c.dep_ in ("dobj", "nsubjpass") or c.lower_ in RELATIVE_PRONOUNS for c in verb.children):
        return  # (a relative with its own object, or "which", is read by the object reader)
    for mention in summarised_doers(verb.head, ctx) or []:
        yield phrase, mention, "relative-object", False


def is_clause_summary(noun: Token) -> bool:
    """'a move' in 'The Taliban have banned women from universities in Afghanistan, a move that drew condemnation',
    which the parser hangs on the last noun: a noun set off at the end of a clause that sums it up."""
    comma = noun.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
    return comma is not None and comma.text == "," and indefinite and noun.sent.root.pos_ in ("VERB", "AUX")


def has_own_relative(noun: Token) -> bool:
    """'the hijackers who commandeered the jets, as well as two men who sent funds': each item its own relative."""
    return any(c.dep_ == "relcl" for other in noun.conjuncts if other.i < noun.i for c in other.children)


# "Iran launched missiles targeting US troops", "Hamas fired a rocket that killed three Israelis": what the
# object does, the subject does; not a thing judged ("condemned the attack targeting Israelis")
def object_users(noun: Token, ctx: Context) -> list[Mention]:
    if noun.dep_ == "pobj" and noun.lemma_.lower() in DOCUMENT_NOUNS and noun.head.head.pos_ in ("VERB", "AUX"):
        return clause_subjects(noun.head.head, ctx)  # "debating key issues in a resolution authorising a force"
    if noun.dep_ != "dobj" or is_evaluative(noun.head):
        return []
    return clause_subjects(noun.head, ctx)


def noun_agents(noun: Token, ctx: Context, preposition: str = "by") -> list[Mention]:
    """'calls by United Kingdom officials': the agent of an event noun, after 'by' (or another preposition)."""
    return [
        m
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ == preposition
        for o in p.children
        if o.dep_ == "pobj"
        for m in actors_of(o, ctx)
    ]


# "criticism of Australia's stand on asylum seekers from the UN High Commissioner": a "from" the parser hung on the
# thing criticised; only a person or a body can be the source there ("asylum seekers from Afghanistan" come from it)
def stranded_sources(noun: Token, ctx: Context) -> list[Mention]:
    hosts = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    hosts += [o for h in hosts for p in h.children if p.dep_ == "prep" and p.lower_ == "on" for o in p.children]
    return [
        m
        for host in hosts
        for p in host.children
        if p.dep_ == "prep" and p.lower_ == "from"
        for o in p.children
        if o.dep_ == "pobj"
        for m in actors_of(o, ctx)
        if m.type not in ("place", "country")
    ]


# "the Hamas militants Arafat arrested", "militants Arafat has failed to arrest": a relative clause with no relative
# pronoun whose verb (or the verb it controls) has no object of its own acts on the noun it describes
def zero_relative_objects(verb: Token, phrase: str, ctx: Context) -> Iterator[tuple[str, Mention, str, bool]]:
    clause = verb.head if verb.dep_ == "xcomp" and verb.head.dep_ in ("relcl", "acl") else verb
    if clause.dep_ not in ("relcl", "acl") or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return  # (the parser calls a clause with a subject of its own after a noun "acl" as often as "relcl")
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    if not subjects or subjects[0].lower_ in RELATIVE_PRONOUNS or subjects[0].i < clause.head.i:
        return
    if any(c.lower_ in RELATIVE_PRONOUNS for c in clause.children) or classify(phrase) == FALLBACK_CLASS:
        return
    if any(c.lower_ in ("where", "when", "why") for c in clause.children):
        return  # "eastern Afghanistan where opposition forces are closing in": a place, not the one acted on
    summarised = summarised_doers(clause.head, ctx)  # "..., a move Somalia condemned": the mover
    for mention in actors_of(clause.head, ctx) if summarised is None else summarised:
        yield phrase, mention, "relative-object", False


# "Russia launched strikes on Kyiv, which Germany condemned", "Israel bombed Gaza City, which Egypt condemned": a city
# judged after an act on it stands for the act, judged in its doers
def struck_city_doers(city: Token, ctx: Context) -> list[Mention]:
    act = city.head if city.dep_ == "dobj" else city.head.head if city.dep_ == "pobj" else None
    prep = f" {city.head.lower_}" if city.dep_ == "pobj" else ""  # "fire at"
    aimed = {classify(act.lemma_.lower()), classify(f"{act.lemma_.lower()}{prep}")} if act is not None else set()
    if act is not None and act.pos_ == "VERB" and aimed & HOSTILE_CLASSES:
        return clause_subjects(act, ctx)  # "bombed Gaza City", "fired rockets at Tel Aviv"
    if act is not None and act.pos_ == "NOUN" and classify(relation_noun(act)) in HOSTILE_CLASSES:
        return object_users(act, ctx)  # "launched strikes on Kyiv"
    return []


# "a coalition to patrol the Gulf which was joined by Australia": the antecedent, or the owner of
# the grouping it belongs to
def relative_object(verb: Token, ctx: Context) -> list[Mention]:
    noun = verb.head
    for _ in range(3):
        mentions = actors_of(noun, ctx) or grouping_owner(noun, ctx)
        if mentions:
            return mentions
        noun = noun.head
        while noun.pos_ not in ("NOUN", "PROPN") and noun.head.i != noun.i:
            noun = noun.head
    return []


# "the United States announced a naval coalition": who forms, leads or announces a grouping
def grouping_owner(noun: Token, ctx: Context) -> list[Mention]:
    if noun.lemma_.lower() not in GROUPING_NOUNS:
        return []
    owners = modifier_actors(noun, ctx)
    if owners or noun.dep_ != "dobj":
        return owners
    return [m for c in noun.head.children if c.dep_ == "nsubj" for m in actors_of(c, ctx)]


# "Speaking to Martin Smith of PBS, he said, 'It happened under my watch'": the parser hangs the opening
# participle on the quoted verb; its doer is the speaker
def quoting_speech_verb(verb: Token) -> Token | None:
    if verb.tag_ != "VBG":
        return None
    if verb.dep_ == "advcl" and verb.i < verb.head.i:
        speech = [c for c in verb.head.children if c.dep_ in ("parataxis", "ccomp") and is_speech_verb(c)]
        if speech and speech[0].i > verb.i:
            return speech[0]
    if verb.i != verb.sent.start:
        return None
    # a parse that hangs the opening participle anywhere (even inside the quotation): the first speech verb
    # after it in the sentence, with a subject of its own
    after = [t for t in verb.sent if t.dep_ in ("parataxis", "ccomp") and t.i > verb.i and is_speech_verb(t)]
    return after[0] if after and any(c.dep_ == "nsubj" for c in after[0].children) else None


# parser repair: "expressed concern about a man who was arrested in India and has confessed to planning attacks":
# with no comma before "and", a verb right after a relative clause continues it, not the main clause
def continued_relative(verb: Token) -> Token | None:
    cc = next((c for c in verb.head.children if c.dep_ == "cc" and c.i == verb.left_edge.i - 1), None)
    if verb.dep_ != "conj" or cc is None or cc.i < 2 or cc.doc[cc.i - 1].text == ",":
        return None
    last = cc.doc[cc.i - 1]
    return next(
        (a for a in last.ancestors if a.dep_ == "relcl" and a.head.i > verb.head.i and a.right_edge.i == last.i),
        None,
    )


# "Egypt stopped Hamas from firing rockets at Israel", "Iran was prevented from attacking Israel": the one kept
# from an act is its doer; None when the verb is no such gerund
def kept_subjects(verb: Token, ctx: Context) -> list[Mention] | None:
    keeper = keeper_of(verb)
    if keeper is None:
        return None
    kept = "nsubjpass" if is_passive(keeper) else "dobj"
    return [m for c in keeper.children if c.dep_ == kept for m in actors_of(c, ctx)]


# "Pakistan will never start a war between the two countries": a conflict one of a pair starts or wages is against
# the other
def offered_talks_partners(verb: Token, obj: Token, ctx: Context) -> list[Mention]:
    """Talks no partner is named for, answered by one side: the side that offered or sought them in the sentences
    before ('Musharraf said he was ready to meet Vajpayee. India ruled out any face-to-face talks.')."""
    answering = verb.lemma_.lower() in ANSWERING_OFFER_VERBS
    if counted_noun(obj).lemma_.lower() not in RECIPROCAL_NOUNS - {"fire", "blow"} or not answering:
        return []
    subjects = {ctx.actors.affiliated_side(m).key for m in clause_subjects(verb, ctx)}
    if len(subjects) != 1:
        return []  # "Washington and Tehran pursue indirect talks": talks between the subjects
    offers = [
        e.subject for e in ctx.recent_events
        if (e.modality == "intended" or classify(e.relation) in ("intend", "appeal"))
        and classify(e.relation) in ("communicate", "intend", "appeal", "cooperate")
        and ctx.actors.affiliated_side(e.object).key in subjects
        and ctx.actors.affiliated_side(e.subject).key not in subjects
    ]  # fmt: skip
    return offers[-1:]


def pair_counterparts(verb: Token, obj: Token, ctx: Context) -> list[Mention]:
    from kg.extract.nominal import between_parties

    if classify(compound_noun(obj)) not in ("attack", "fight") or verb.lemma_.lower() in MEDIATING_VERBS:
        return []
    subjects = {m.key for m in clause_subjects(verb, ctx)}
    pair = between_parties(obj, ctx, own_pair=True)
    if len(pair) != 2 or not subjects & {m.key for m in pair}:
        return []
    return [m for m in pair if m.key not in subjects]


# "lifted the ban, paving the way for peace talks with the Tamil Tigers", "opening the door to talks with": an act
# one makes way for is meant, not yet done
def enabled_acts(verb: Token, ctx: Context) -> Iterator[tuple[str, Mention, str, bool]]:
    for way in (c for c in verb.children if c.dep_ == "dobj" and is_way(c)):
        preps = [p for h in (way, verb) for p in h.children if p.dep_ == "prep" and p.lower_ in ("for", "to")]
        for pobj in (o for p in preps for o in p.children if o.dep_ == "pobj" and is_event_noun(o)):
            for noun, mention in noun_chain_objects(pobj, ctx):
                yield noun, mention, "enabled-act", has_negative_determiner(pobj)


def is_way(noun: Token) -> bool:
    """'the way' paved or cleared, 'the door' opened: the opening an enabling verb makes for an act."""
    return (noun.head.lemma_.lower(), noun.lemma_.lower()) in WAY_IDIOMS


# "China denounced what it called US interference in Hong Kong": the act named in the "what ... called" clause is
# the one judged
def so_called_objects(verb: Token, phrase: str, ctx: Context) -> Iterator[tuple[str, Mention, str, bool]]:
    if not is_evaluative(verb):
        return
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() in NAMING_VERBS):
        if not any(c.lower_ == "what" for c in clause.children):
            continue  # the parser hangs "what" on "called"
        named_as = [o for p, o in prepositional_objects(clause, ctx, set()) if p == "as"]  # "described as"
        for named in [*(c for c in clause.children if c.dep_ == "oprd"), *named_as]:
            for mention in actors_of(named, ctx) or event_agents(named, ctx):
                yield phrase, mention, "so-called", False


# "France, along with Britain, condemned Russia", "France together with Britain condemned Russia": the companion of
# an active clause's subject does what the subject does
def companions(verb: Token, ctx: Context) -> list[Mention]:
    if is_passive(verb):
        return []
    holders = [verb, *(c for c in verb.children if c.dep_ == "nsubj")]
    preps = [c for holder in holders for c in holder.children if c.dep_ == "prep"]
    withs = [w for p in preps for w in (p, *p.children) if w.dep_ == "prep" and w.lower_ == "with"]  # "along with"
    led = [w for w in withs if w.i > 0 and w.doc[w.i - 1].lower_ in ("along", "together")]
    # not after the object: "described North Korea as part of an axis of evil, along with Iran and Iraq"
    first_object = min((c.i for c in verb.children if c.dep_ == "dobj"), default=len(verb.doc))
    led = [w for w in led if w.i < first_object]
    # "Iran, like Russia, supports Syria": a "like" set off by commas between the subject and the verb
    led += [p for p in preps if p.lower_ == "like" and any(c.dep_ == "nsubj" and c.i < p.i for c in verb.children)
            and p.i < verb.i and p.doc[p.i - 1].text == ","]  # fmt: skip
    return [m for w in led for o in w.children if o.dep_ == "pobj" for m in actors_of(o, ctx)]


# "is trying to open", "gone through the Iraqis to communicate", "met X and discussed Y"
def inherited_subjects(verb: Token, ctx: Context) -> list[Mention]:
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "conj" and head.pos_ == "ADP" and head.head.dep_ == "prep":
        head = head.head  # "accused London of trying to sabotage the economy and of funding the MDC": the first "of"
    timed = head.head if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.dep_ == "npadvmod" else None
    if timed is not None and timed.head.pos_ in ("VERB", "AUX"):
        return clause_subjects(timed.head, ctx)  # "Zinni met Arafat, a day after holding talks with Sharon"
    if head.i == verb.i:
        speech = quoting_speech_verb(verb)  # "Speaking to NBC News, she said" parsed as two clauses
        return clause_subjects(speech, ctx) if speech is not None else []
    relative = continued_relative(verb)
    if relative is not None:  # the relative clause's subject, even when it is passive
        pronouns = [c for c in relative.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE_PRONOUNS]
        return relative_antecedent(relative, pronouns[0], ctx) if pronouns else []
    non_finite = verb.tag_ in ("VBG", "VBN", "VB")
    sent_ones = dispatched(verb)
    if sent_ones:  # "troops were deployed along the border to stop them": the ones sent act
        return [m for c in sent_ones for m in actors_of(c, ctx)]
    if verb.dep_ == "acomp" and verb.tag_ == "VBN" and head.lemma_ == "be":
        return clause_subjects(head, ctx)  # "Russia is opposed to any US strike", parsed as an adjective of "is"
    infinitive = misplaced_infinitive(verb)
    if infinitive is not None:
        return clause_subjects(infinitive, ctx)  # "asked Zinni to press Israel to stop ... and to lift the blockade"
    if verb.dep_ == "pcomp" and head.head.pos_ == "ADV" and (governor := gerund_governor(verb)) is not None:
        return clause_subjects(governor, ctx)  # "stopped short of attacking Israel", "backed away from attacking"
    if is_gerund_object(verb):
        return clause_subjects(head, ctx)  # "China denied spying on the United States", the gerund parsed as an object
    if is_warned_against_unnamed(verb):
        return []  # "Italy warned against attacking Libya": whoever might attack, not the warner
    if is_needed_act(verb):
        return []  # "stressed the need to increase humanitarian assistance to Gaza": whoever must, not the stresser
    if verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ") and head.tag_ == "VB" and head.dep_ == "xcomp":
        return clause_subjects(head.head, ctx)  # parser: "urged X to reconsider and spoke with Y"
    if verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ", "VBP") and head.tag_ == "VBG" and head.dep_ == "pcomp":
        # parser: "We commend the AU for convening the talks and thank ...", the finite verb joined to the gerund
        return clause_subjects(head.head.head, ctx) if head.head.head.pos_ in ("VERB", "AUX") else []
    # "expressed concern that the incident happened ... and demanded": a content clause of the reporter's object
    reporter = head.head if head.dep_ == "ccomp" else None
    if head.dep_ == "acl" and head.head.dep_ == "dobj" and head.head.lemma_.lower() in FEELING_NOUNS:
        reporter = head.head.head
    same_tense = reporter is not None and (
        reporter.tag_ == verb.tag_ or (reporter.tag_ == "VBN" and verb.tag_ == "VBD")  # "has denied ... and accused"
    )
    if verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ") and reporter is not None and same_tense:
        # parser: "said the situation was stable and blamed Indian troops", "has denied the vessel was one of its
        # ships and accused Japan of piracy", the second verb hung on the reported clause: when that clause's subject
        # is no actor, the reporter does both
        reported = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        reporting = is_speech_verb(reporter) or reporter.lemma_.lower() in DENIAL_VERBS | EXPRESSING_VERBS
        if reported and not any(actors_of(c, ctx) for c in reported) and reporting:
            return clause_subjects(reporter, ctx)
    pressure = pressing_noun(verb)
    if pressure is not None:
        return pressed_ones(pressure, ctx)  # "US pressure on Arafat to crack down on Hamas": Arafat would
    content = detached_content_noun(verb)
    if content is not None and content.dep_ == "pobj" and content.lemma_.lower() in PLOT_NOUNS:
        plotters = charged_plotters(content, ctx)  # parser: "arrested two men over an alleged plot | to bomb"
        if plotters is not None:
            return plotters
    if content is not None and content.lemma_.lower() in ADDRESSED_NOUNS:
        urged = addressees(content, ctx)  # parser: "rejected Saudi calls | to join the coalition"
        if urged:
            return urged
        content = None  # "heed the call of the international community to fulfill ...": not the caller
    owners = leader_free(modifier_actors(content, ctx), content) if content is not None else []
    if owners:
        return owners  # "made clear U.S. willingness, alongside our Allies, to impose consequences": the US would
    patients = passive_participle_subjects(verb, ctx)
    if patients is not None:
        return patients  # an unnamed patient is still not the agent
    kept = kept_subjects(verb, ctx)
    if kept is not None:
        return kept
    if verb.dep_ == "pcomp" and head.lower_ == "in" and head.head.lemma_.lower() in PARTNERING_VERBS:
        # "Germany joined France in condemning Russia", "supports the Philippines in calling on the PRC": both did
        joined = head.head
        partners = [m for c in joined.children if c.dep_ == "dobj" for m in actors_of(c, ctx)]
        return clause_subjects(joined, ctx) + partners
    if verb.dep_ == "xcomp" and is_passive(head) and head.lemma_.lower() in RAISING_VERBS | SCHEDULING_VERBS:
        # "Iran is believed to have supplied the Houthis": the one believed to have done it
        return [m for c in head.children if c.dep_ == "nsubjpass" for m in actors_of(c, ctx)]
    if verb.dep_ == "xcomp" and is_passive(head) and head.lemma_.lower() in OBJECT_CONTROL_VERBS:
        # "Pakistan was forced to take retaliatory action", "Israel was urged to withdraw": the one made or asked
        # (one "not invited to join" is asked nothing)
        made = [c for c in head.children if c.dep_ == "nsubjpass" and not is_negated(head)]
        return [m for c in made for m in actors_of(c, ctx)]
    timed = any(c.dep_ == "dobj" and c.lemma_.lower() in DEADLINE_NOUNS for c in head.children)
    if verb.dep_ in ("xcomp", "advcl") and has_to(verb) and is_passive(head) and head.lemma_ == "give" and timed:
        # "Zimbabwe has been given five weeks to stop the violence": the one given the time
        return [m for c in head.children if c.dep_ == "nsubjpass" for m in actors_of(c, ctx)]
    if verb.dep_ == "xcomp" and head.dep_ == "acl" and head.lemma_.lower() in RAISING_VERBS | SCHEDULING_VERBS:
        # "with the United Nations expected to mandate the force": the noun the participle describes
        return actors_of(head.head, ctx) if head.head.pos_ in ("NOUN", "PROPN") else []
    speech = quoting_speech_verb(verb)
    if speech is not None:
        return clause_subjects(speech, ctx)
    praised = effort_owners(verb, ctx) or role_owners(verb, ctx)
    if praised:
        return praised
    if verb.dep_ in ("xcomp", "conj") or (verb.dep_ == "advcl" and non_finite and head.pos_ in ("VERB", "AUX")):
        # (also "to press Pakistan to do more", the parser making the object's infinitive an adverbial clause)
        to_infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        controlled = verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and to_infinitive)
        if (
            controlled
            and any(c.dep_ in ("dobj",) for c in head.children)
            and head.lemma_ in OBJECT_CONTROL_VERBS
        ):  # object control: "urged him to release Navalny" is never the urger's release
            own = [c for c in head.children if c.dep_ == "dobj" and is_own_staff(c)]
            if own:  # "ordered his staff to delay the aid", "Putin ordered the army to attack Ukraine": the orderer's
                # own men, whatever country a bare "the army" would otherwise be read as
                return clause_subjects(head, ctx) or [m for c in own for m in actors_of(c, ctx)]
            return [m for c in head.children if c.dep_ == "dobj" for m in actors_of(c, ctx)]
        called_on = [  # "called on the United States to rein in Sharon", "appealed to the UN to act": the called act
            o
            for p in head.children
            if (verb.dep_ == "xcomp" or (controlled and head.lemma_.lower() in CALLING_ON_VERBS))  # parser: "calls on
            # the regime | to release her", the infinitive an adverbial clause
            and p.dep_ == "prep" and p.i < verb.i
            and (p.lower_ in ("on", "upon") or (head.lemma_.lower(), p.lower_) in ASKED_THROUGH)
            for o in p.children
            if o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")  # not "Earlier on Sunday a bomber tried to"
        ]
        called = [m for o in called_on for m in actors_of(o, ctx)]
        if called or (called_on and head.lemma_.lower() in CALLING_ON_VERBS):
            return called  # (an unnamed one called on, "called on the military to abandon Maduro", is not the caller)
        if head.pos_ == "ADJ" and head.dep_ == "acomp":
            return clause_subjects(head.head, ctx)  # "Tehran was ready to talk with Washington"
        if verb.dep_ == "conj" and is_passive(head) and not is_passive(verb):
            # "India would not be cowed by terrorism and demanded ...": the passive's subject does the active verb
            return [m for c in head.children if c.dep_ == "nsubjpass" for m in actors_of(c, ctx)]
        return clause_subjects(head, ctx)
    if verb.dep_ == "relcl" and verb.tag_ == "VB" and head.dep_ == "dobj" and head.lemma_.lower() in STEP_NOUNS:
        return clause_subjects(head.head, ctx)  # "are taking steps to encourage Russia": the takers encourage
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "in" and head.head.lemma_ in HELPING_VERBS:
        # "The United States supports the Philippines in calling on the PRC": the helped one calls
        helped = [m for c in head.head.children if c.dep_ == "dobj" for m in actors_of(c, ctx)]
        if helped:
            return helped
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "into":
        # "bullying smaller nations into accepting asylum seekers": the one pushed does it, named or not
        pushed = [c for c in head.head.children if c.dep_ == "dobj" or is_misparsed_name_object(head.head, c)]
        if pushed:
            return [m for c in pushed for m in actors_of(c, ctx)]
    if verb.dep_ == "pcomp" and is_warned_against(verb):
        return [m for c in head.head.children if c.dep_ == "dobj" for m in actors_of(c, ctx)]  # the one warned
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "with" and head.head.lemma_ in CHARGING_VERBS:
        # "have charged a Sydney man with helping to finance Hezbollah": the one charged, named or not
        return [m for c in head.head.children if c.dep_ in ("dobj", "nsubjpass") for m in actors_of(c, ctx)]
    charged = head.head if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in ("of", "for") else None
    if charged is not None and charged.dep_ == "dobj" and classify(verb_phrase(charged.head)) == "criticise":
        return actors_of(charged, ctx)  # "accused the bloc | of interfering": the charge hung on the accused
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in ("of", "for") and head.head.pos_ == "VERB":
        accused = [m for c in head.head.children if c.dep_ == "dobj" for m in actors_of(c, ctx)]
        judging = classify(verb_phrase(head.head)) == "criticise"
        if judging and not accused:  # "hit out at the media for wanting to ask him": the media want to
            accused = [
                m for p, o in prepositional_objects(head.head, ctx, set()) if p == "at" for m in actors_of(o, ctx)
            ]
        punishing = head.lower_ == "for" and classify(verb_phrase(head.head)) in PUNISHING_CLASSES
        if punishing and not accused:  # "slapped sanctions on three Chinese firms for supplying Iran": the firms
            accused = punished_parties(head.head, ctx)
        if accused or judging or punishing:
            return accused  # "accused Azerbaijan of shelling"; "accused the West of waging war": not the accuser
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "in" and head.head.pos_ in ("VERB", "ADJ"):
        partners = [
            m
            for prep, pobj in prepositional_objects(head.head, ctx, set())
            if prep == "with" and classify(head.head.lemma_.lower()) in ("cooperate", "support")
            for m in actors_of(pobj, ctx)
        ]
        if partners:  # "had been allied with Kurdish groups in fighting ISIS": both fight
            return clause_subjects(head.head, ctx) + partners
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "by" and head.head.pos_ == "VERB":
        accusation = classify(head.head.lemma_.lower()) == "criticise" and any(
            p.dep_ == "prep" and p.lower_ in ("of", "for") for p in head.head.children
        )
        accused = [m for c in head.head.children if c.dep_ == "dobj" for m in actors_of(c, ctx)]
        if accusation and accused:
            return accused  # "accused Israel of escalating violence by killing three Palestinians"
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        owners = [m for c in head.head.children if c.dep_ == "poss" for m in actors_of(c, ctx)]
        if owners:
            return owners  # "his offer of holding talks with Vajpayee": he would hold them
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.lemma_.lower() in CAUSE_NOUNS:
        return []  # "closed the offices in response to punishing air attacks": the cause, not the act
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        governor = head.head  # "more forceful in blaming Iran", "by pushing an agenda"
        while governor.pos_ == "ADJ" and governor.head.i != governor.i:
            governor = governor.head
        # "was using attacks as a pretext for waging war": through the noun to the verb it hangs on
        if governor.pos_ == "NOUN" and governor.dep_ == "pobj" and governor.head.head.pos_ in ("VERB", "AUX"):
            governor = governor.head.head
        # "has no intention of negotiating with the Taliban": the one who has the intention
        elif governor.pos_ == "NOUN" and governor.dep_ == "dobj" and governor.lemma_.lower() in PURPOSE_NOUNS:
            governor = governor.head
        return clause_subjects(governor, ctx) if governor.pos_ in ("VERB", "AUX") else []
    if verb.dep_ == "acl" and verb.tag_ == "VBD":  # parser: "Mitsotakis speaking to the think tank called ..."
        governor = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
        return clause_subjects(governor, ctx) if governor is not None else []
    if verb.dep_ == "acl" and has_to(verb) and head.lemma_.lower() in ADDRESSED_NOUNS:
        return addressees(head, ctx)  # "Saudi calls on Iran to join the coalition": Iran would join, not the caller
    if verb.dep_ == "acl" and non_finite and head.pos_ == "NOUN" and is_event_noun(head):
        owners = leader_free(modifier_actors(head, ctx), head)  # "Russia's attacks hitting Ukraine's cities"
        if owners:
            return owners
    if verb.dep_ == "acl" and head.pos_ == "NOUN" and any(c.dep_ == "poss" for c in head.children):
        owners = [m for c in head.children if c.dep_ == "poss" for m in actors_of(c, ctx)]
        if owners:
            return owners  # "Sweden's bid to join NATO": Sweden would join
    if verb.dep_ == "acl" and head.pos_ == "NOUN" and head.lemma_.lower() in ATTEMPT_NOUNS | INTENT_NOUNS:
        owners = leader_free(modifier_actors(head, ctx), head)
        if owners:
            return owners  # "White House efforts to build support for an attack on Iraq", "Israeli plans to expand"
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not actors_of(head, ctx):
        # "seized weapons supplied to Hamas by Iran": a participle's "by" names its doer
        doers = [m for pobj in agents(verb) for m in actors_of(pobj, ctx)]
        if doers:
            return doers
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and classify(verb.lemma_.lower()) in HOSTILE_CLASSES:
        return []  # "two Palestinians killed in a firefight with Israeli forces": the noun is the one struck
    if verb.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN", "PRON"):
        mentions = [m for m in actors_of(head, ctx) if m.type not in ("media", "place") or verb.dep_ == "relcl"]
        mentions = mentions or noun_agents(head, ctx)  # "Iranians ... advising", "calls by X asking"
        if not mentions and verb.dep_ == "acl" and head.dep_ == "appos" and head.pos_ == "NOUN":
            mentions = actors_of(head.head, ctx)  # "Ansar al-Islam, a group linked to al-Qaeda"
        if not mentions and non_finite and verb.dep_ == "acl":  # "a promise from Arafat to hunt down the bombers"
            mentions = noun_agents(head, ctx, "from")
        if mentions or verb.dep_ == "relcl":
            return mentions
        foiled = head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in PREVENTING_VERBS
        if foiled and head.lemma_.lower() in INTENT_NOUNS:
            return leader_free(modifier_actors(head, ctx), head)  # "foiled an Iranian plot to attack": not the foiler
        # not "seized a cargo ship linked to Israel", where the ship is linked; but "conducting a policy aimed at
        # eliminating Arafat" is eliminating
        active = non_finite and (verb.tag_ != "VBN" or verb.lemma_.lower() in PURPOSE_PARTICIPLES)
        if head.dep_ == "dobj" and active:
            return object_users(head, ctx)  # "Iran launched missiles targeting US troops"
        users = object_users(head, ctx) if head.dep_ == "pobj" and active else []
        if users:
            return users
    if verb.dep_ == "acl" and head.dep_ == "pobj" and head.lemma_.lower() in PLOT_NOUNS:
        plotters = charged_plotters(head, ctx)
        if plotters is not None:
            return plotters
    # "fanned across the border in a bid to prevent Al Qaeda fighters escaping", "shocked them with a decision to
    # cut ties": an unowned bid or decision is the subject's of the clause it hangs on
    if verb.dep_ == "acl" and head.dep_ == "pobj" and noun_modality(verb) in ("intended", "attempted"):
        clause = head.head.head
        owned = any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "from", "of")) for c in head.children)
        if clause.pos_ in ("VERB", "AUX") and not owned:  # not "a promise from Arafat to hunt down the bombers"
            return clause_subjects(clause, ctx)
    if verb.dep_ == "acl" and non_finite and head.dep_ == "pobj":
        mentions = actors_of(head, ctx)
        if mentions and mentions[0].type in ("media", "place"):
            # "Pompeo posted a message on Twitter blaming Iran": Pompeo blames
            clause = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
            return clause_subjects(clause, ctx) if clause is not None else []
    return []


# verbs of speaking out to someone about something: "protested about the raids to the ambassador"
TALK_VERBS = {"protest", "complain", "speak", "talk", "write", "explain", "apologise", "apologize", "appeal"}


# "Federal Police have arrested two men over an alleged plot to bomb the Israeli embassy": a plot an arrest or a
# charge is over is the one arrested's (named or not), never the arrester's; None when no arrest or charge holds it
def charged_plotters(plot: Token, ctx: Context) -> list[Mention] | None:
    clause = plot.head.head
    if clause.pos_ != "VERB" or classify(verb_phrase(clause)) not in ("coerce", "criticise", "investigate"):
        return None
    return [m for c in clause.children if c.dep_ in ("dobj", "nsubjpass") for m in actors_of(c, ctx)]


# "We appreciate Grundberg's efforts, working with the United States": a participle after someone's praised
# efforts tells how they worked, not what the praiser did
def effort_owners(verb: Token, ctx: Context) -> list[Mention]:
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or not any(t.text == "," for t in ctx.sent.doc[verb.i - 1 : verb.i]):
        return []
    head = verb.head
    objects = [c for c in head.children if c.dep_ == "dobj"]
    objects += [
        o for a in head.children if a.dep_ == "acomp" for p in a.children if p.dep_ == "prep" for o in p.children
    ]
    efforts = [o for o in objects if o.lemma_.lower() in EFFORT_NOUNS and o.i < verb.i]
    return [m for o in efforts for c in o.children if c.dep_ == "poss" for m in actors_of(c, ctx)]


# "thanked the United States for its leadership in mobilising support", "praised Qatar's role in brokering the
# deal": the act in which someone's role or efforts lay is theirs
def role_owners(verb: Token, ctx: Context) -> list[Mention]:
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.lower_ != "in":
        return []
    roles = [prep.head] if prep.head.pos_ == "NOUN" else []
    # parser: "thanked the US for its leadership | in mobilising", the "in" hung on the verb
    roles += [o for p in prep.head.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children]
    return [
        m
        for role in roles
        if role.lemma_.lower() in EFFORT_NOUNS and role.i < verb.i
        for c in role.children
        if c.dep_ == "poss"
        for m in actors_of(c, ctx)
    ]


# "in support of al-Assad", "in solidarity with", "in cooperation with Iraqi security forces": a manner of acting
# towards someone, its relation, rule and the prepositions that name the someone
def in_manner(noun: Token) -> tuple[str, str, tuple[str, ...]] | None:
    lemma = noun.lemma_.lower()
    if lemma in SUPPORT_NOUNS:
        return "support", "in-support-of", ("of", "with")
    if lemma in JOINT_MANNER_NOUNS:
        return JOINT_MANNER_NOUNS[lemma], "in-cooperation-with", ("with",)
    if lemma == "show" and any(o.lemma_.lower() == "force" for p in noun.children for o in p.children):
        return "show force", "show-of-force", ("against", "to")  # "in a show of force against Pyongyang"
    return None


# "blame the attack on two Pakistan-based militant groups": the ones a deed is blamed on are blamed
def blamed_parties(verb: Token, ctx: Context) -> Iterator[tuple[str, Mention, str, bool]]:
    deeds = [c for c in verb.children if c.dep_ == "dobj" and not actors_of(c, ctx)]
    if verb.lemma_.lower() != "blame" or not deeds:
        return
    # the parser hangs "on" on the verb or on the deed ("the attack on ...")
    for prep, pobj in (item for holder in (verb, *deeds) for item in prepositional_objects(holder, ctx, set())):
        if prep == "on":
            for mention in actors_of(pobj, ctx):
                yield "blame", mention, "blamed-on", False


# "called for Zinni to return", "pressed for Israel to withdraw": the one a request asks to act is its
# addressee
def for_to_subjects(verb: Token, phrase: str, ctx: Context) -> Iterator[tuple[str, Mention, str, bool]]:
    label = f"{phrase} for" if f"{phrase} for" in LEXICON else phrase
    if phrase == "look":
        label = "look to"  # "We're looking for the Labor Party to get behind us": relying on it, not searching
    if classify(label) not in ("appeal", "demand"):
        return
    for clause in (c for c in verb.children if c.dep_ in ("advcl", "ccomp", "xcomp")):
        if not any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children):
            continue
        for subject in (c for c in clause.children if c.dep_ == "nsubj"):
            for mention in actors_of(subject, ctx):
                yield label, mention, "for-to-subject", False


# "demanded that Israel withdraw", "urged that Russia should pull out": the one a request's that-clause asks to
# act is its addressee (a bare verb or should/must; "insisted that Iran was cooperating" is a claim)
def that_clause_subjects(verb: Token, phrase: str, ctx: Context) -> Iterator[tuple[str, Mention, str, bool]]:
    if classify(phrase) not in ("appeal", "demand") or any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and is_mandative(c)):
        for subject in (c for c in clause.children if c.dep_ == "nsubj"):
            for mention in actors_of(subject, ctx):
                yield phrase, mention, "that-clause-subject", False
        # "demanded that Arafat be arrested": the one an asked-for act is done to is its target, not its doer
        act = f"{phrase} {clause.lemma_.lower()}"
        hostile = classify(clause.lemma_.lower()) in HOSTILE_CLASSES
        for patient in (c for c in clause.children if c.dep_ == "nsubjpass" and hostile):
            for mention in actors_of(patient, ctx):
                yield act, mention, "that-clause-patient", False


# "has refused to let UN inspectors into the country", "will not allow UN inspectors back into the country", "refused
# to let the United States use its bases": letting a side in, or letting it act, yields to it (the parser makes the
# one let in the subject of "back")
def admitted_parties(verb: Token, ctx: Context) -> Iterator[tuple[str, Mention, str, bool]]:
    if verb.lemma_.lower() not in ("let", "allow", "permit"):
        return
    entry = {"into", "in", "back"}
    admitted = [  # (an object of "allow" or "permit" is read as the verb's own: only "let" knows no relation)
        s for c in verb.children if c.dep_ == "ccomp" and c.lower_ in entry for s in c.children if s.dep_ == "nsubj"
    ]
    if verb.lemma_.lower() == "let":  # "refused to let the United States use its bases": let act on its own
        admitted += [c for c in verb.children if c.dep_ == "dobj" and any(p.lower_ in entry for p in verb.children)]
        admitted += [s for c in verb.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"]
    for mention in (m for party in admitted for m in actors_of(party, ctx)):
        yield "allow", mention, "admitted", False


# "protested about the raids to the Australian ambassador", the parser hanging "to" on the topic: the one spoken to
def topic_addressees(verb: Token, phrase: str, ctx: Context) -> Iterator[tuple[str, Mention, str, bool]]:
    if classify(phrase) not in ("protest", "criticise", "communicate", "statement") or verb.lemma_ not in TALK_VERBS:
        return
    topics = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("about", "over") for o in p.children]
    for topic in (t for t in topics if t.dep_ == "pobj" and actors_of(t, ctx) == []):
        for prep, pobj in prepositional_objects(topic, ctx, set()):
            for mention in actors_of(pobj, ctx) if prep == "to" else []:
                yield f"{phrase} to", mention, "verb-preposition:to", False


# "The Australian ambassador was summoned to the Foreign Ministry in Jakarta": the body one is summoned to summons
def summoning_body(verb: Token, ctx: Context) -> list[Mention]:
    if verb.lemma_.lower() != "summon":
        return []
    bodies = [m for p, o in prepositional_objects(verb, ctx, set()) if p == "to" for m in actors_of(o, ctx)]
    return [m for m in bodies if m.type in ("country", "organisation")]


# "the Taliban had handed over some weapons so the Arabs could protect themselves": a thing given to no one named goes
# to the subject of its purpose clause
def purpose_recipients(verb: Token, phrase: str, ctx: Context) -> Iterator[tuple[str, Mention, str, bool]]:
    if classify(phrase) != "support" or not any(c.dep_ == "dobj" for c in verb.children):
        return
    if any(c.dep_ in ("dative", "prep") and c.lower_ in ("to", "for") for c in verb.children):
        return
    for clause in (c for c in verb.children if c.dep_ == "advcl" and any(m.lower_ == "so" for m in c.children)):
        for mention in (m for c in clause.children if c.dep_ == "nsubj" for m in actors_of(c, ctx)):
            yield phrase, mention, "purpose-recipient", False


# "held military drills around Taiwan" shows force to Taiwan; "staged exercises with Japan" is done with Japan
def drill_objects(verb: Token, ctx: Context) -> Iterator[tuple[str, Mention, str, bool]]:
    # "condemned China's drills around Taiwan": drills another actor holds are its own (read with the noun)
    drills = [c for c in verb.children if c.dep_ == "dobj" and is_drill(c) and not drill_holders(c, ctx)]
    for holder in (verb, *drills) if drills else ():
        for phrase, mention in drill_targets(holder, drills[0], ctx):
            yield phrase, mention, "drill", has_negative_determiner(drills[0])  # "staged no drills near Taiwan"


# "China's drills", "the drills around Taiwan by China": the actor a drill noun names as its holder
def drill_holders(noun: Token, ctx: Context) -> list[Mention]:
    agents = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "by" for o in p.children if o.dep_ == "pobj"]
    return modifier_actors(noun, ctx, ("poss",)) or [m for o in agents for m in actors_of(o, ctx)]


def drill_targets(holder: Token, drill: Token, ctx: Context, but: str = "") -> Iterator[tuple[str, Mention]]:
    """The actors drills are held near, around, off or with: 'drills around Taiwan' (places are not parties);
    the holder is the drill noun or the verb that holds it ('held drills near Taiwan'); `but` is a preposition
    left out."""
    for prep in (c for c in holder.children if c.lower_ in DRILL_PREPS | {"close"} and c.lower_ != but):
        word = "close to" if prep.lower_ == "close" else prep.lower_  # "close to Poland"
        pobjs = [o for p in (prep, *prep.children) for o in p.children if o.dep_ == "pobj"]
        for mention in (m for pobj in pobjs for m in actors_of(pobj, ctx) if m.type != "place"):
            noun = "war game" if drill.lemma_.lower() in ("game", "wargame") else drill.lemma_.lower()
            yield f"{noun} {word}", mention


def is_drill(noun: Token) -> bool:
    """'drills', 'military exercises', 'war games' (not 'the exercise of power')."""
    lemma = noun.lemma_.lower()
    if lemma not in DRILL_NOUNS or any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False
    return lemma != "game" or any(c.lower_ == "war" for c in noun.children)


# "would not allow Sweden to join NATO", "permitted Turkey to deploy", where the parser makes the one
# allowed or asked the infinitive's subject
def infinitive_subjects(verb: Token, phrase: str, ctx: Context) -> Iterator[tuple[str, Mention, str, bool]]:
    if classify(phrase) not in ("yield", "appeal") or any(c.dep_ == "dobj" for c in verb.children):
        return  # not "expects its envoy to return", a hope
    for clause in (c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and is_to_infinitive(c)):
        for subject in (c for c in clause.children if c.dep_ == "nsubj"):
            for mention in actors_of(subject, ctx):
                yield phrase, mention, "infinitive-subject", False


# "will hold Russia responsible", where the parser makes Russia the subject of "responsible"
def small_clause_objects(verb: Token, phrase: str, ctx: Context) -> Iterator[tuple[str, Mention, str, bool]]:
    if verb.lemma_.lower() in ("help", "assist", "enable"):
        # "has helped al-Qaeda establish a training camp": the parser makes the helped the subject of the act
        for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.tag_ in ("VB", "VBP")):  # also "search"
            for subject in (c for c in clause.children if c.dep_ == "nsubj"):
                for mention in actors_of(subject, ctx):
                    yield phrase, mention, "small-clause", False
    if verb.lemma_.lower() in ("help", "assist") and not any(c.dep_ == "dobj" for c in verb.children):
        # "Russia has promised to help rebuild the Afghan army": help to build up a side's own strength helps the side
        for clause in (c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in BUILDING_VERBS):
            for obj in (c for c in clause.children if c.dep_ == "dobj"):
                for mention in actors_of(obj, ctx):
                    yield phrase, mention, "helped-build", False
    if classify(phrase) == "coerce" and verb.lemma_.lower() in PREVENTING_VERBS:
        # "to prevent any Al Qaeda fighters escaping": the parser makes the one kept from acting the act's subject
        for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.tag_ == "VBG"):
            for subject in (c for c in clause.children if c.dep_ == "nsubj"):
                for mention in actors_of(subject, ctx):
                    yield phrase, mention, "small-clause", False
    if phrase not in ("hold responsible", "hold accountable", "declare persona non grata"):
        return
    # "would hold Khartoum responsible for any deterioration": a charge promised for whatever may come is a threat (not
    # "will hold Russia responsible", a charge for what was done)
    coming = any(c.dep_ == "det" and c.lower_ == "any" for t in verb.subtree if t.dep_ == "pobj" for c in t.children)
    label = f"threaten to {phrase}" if phrase != "declare persona non grata" and is_future(verb) and coming else phrase
    for clause in (c for c in verb.children if c.dep_ in ("ccomp", "oprd") and c.pos_ in ("ADJ", "NOUN")):
        for subject in (c for c in clause.children if c.dep_ == "nsubj"):
            named = [a for a in subject.children if a.dep_ == "appos"]  # "the UN envoy Volker Perthes"
            for mention in actors_of(subject, ctx) or [m for a in named for m in actors_of(a, ctx)]:
                yield label, mention, "small-clause", False


# verbs of building up a side's strength, whose helper helps the side: "help rebuild the Afghan army"
BUILDING_VERBS = {"rebuild", "build", "train", "equip", "arm", "strengthen", "modernise", "modernize", "reform"}


# "bombed the caves as part of the hunt for Osama bin Laden", "as part of the US-led campaign against ISIS": the
# subject takes part in the act named
def part_of_acts(verb: Token, ctx: Context) -> Iterator[tuple[str, Mention, str, bool]]:
    for prep, part in prepositional_objects(verb, ctx, set()):
        if prep != "as" or part.lemma_.lower() != "part":
            continue
        for inner, act in prepositional_objects(part, ctx, set()):
            if inner != "of" or not is_event_noun(act) or classify(relation_noun(act)) == FALLBACK_CLASS:
                continue
            for _, mention in noun_chain_objects(act, ctx):
                yield relation_noun(act), mention, "part-of-act", has_negative_determiner(act)
            for sought in (o for p, o in prepositional_objects(act, ctx, set()) if p == "for"):
                label = f"{relation_noun(act)} for"  # "the hunt for bin Laden", "the search for"
                for mention in actors_of(sought, ctx) if label in LEXICON else []:
                    yield label, mention, "part-of-act", False


# the other party through a preposition: "communicate with Iran", "reach out to the regime"
def prepositional_objects(head: Token, ctx: Context, skip: set[str]) -> Iterator[tuple[str, Token]]:
    hung = [c for c in head.children if c.dep_ in ("prep", "dative")]
    # "has called on John Howard to ...", which the parser reads as a particle with an object of its own
    hung += [c for c in head.children if c.dep_ == "prt" and any(o.dep_ == "pobj" for o in c.children)]
    # "worked with the United States and with Saudi Arabia": a preposition conjoined to another
    hung += [c for p in hung for c in p.children if c.dep_ == "conj" and c.pos_ == "ADP"]
    hung += agents_hung_targets(head)
    for prep in (c for c in hung if c.lower_ not in skip):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            yield prep.lower_, counted_party(pobj)
        for inner in (c for c in prep.children if c.dep_ == "prep"):  # "out of", "away from"
            for pobj in (c for c in inner.children if c.dep_ == "pobj"):
                yield f"{prep.lower_} {inner.lower_}", pobj
        # "working closely with Philippine authorities to secure his release", which the parser reads as "with" a
        # clause whose subject is the authorities
        for clause in (c for c in prep.children if c.dep_ == "pcomp" and has_to(c)):
            for subject in (c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")):
                yield prep.lower_, subject


# "the sanctions imposed by the EU on Russia", which the parser reads as "the EU on Russia": a target hung on the
# agent's name is the verb's (a name takes no "on" of its own)
def agents_hung_targets(verb: Token) -> list[Token]:
    agents = [a for a in verb.children if a.dep_ == "agent"]
    names = [o for a in agents for o in a.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
    return [p for o in names for p in o.children if p.dep_ == "prep" and p.lower_ in ("on", "against", "at")]


# "had spoken to Netanyahu six times", which the parser reads as "Netanyahu six times": the name before a count of
# times is the object
def counted_party(pobj: Token) -> Token:
    if pobj.lemma_.lower() != "time" or not any(c.dep_ == "nummod" for c in pobj.children):
        return pobj
    return next((c for c in pobj.children if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN"), pobj)


# "congratulated Prime Minister Modi", which the parser reads as two objects, "Minister" and "Modi": the title is
# the name's
def is_split_title(verb: Token, obj: Token) -> bool:
    before = [c for c in verb.children if c.dep_ == "dobj" and c.i < obj.i]
    return len(before) == 1 and before[0].i == obj.i - 1 and before[0].lower_ in TITLE_WORDS and obj.pos_ == "PROPN"


# "Iran warned the attack on Syria would be a mistake", "warned continued growth in Australia is dependent on":
# the parser makes the reported clause's subject the verb's object; it is what is warned of, not a target
def opens_reported_clause(verb: Token, obj: Token) -> bool:
    return any(
        c.dep_ == "ccomp" and c.i > obj.i and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
        for c in verb.children
    )


# "combing the forests alongside anti-Taliban militias": the parser hangs "alongside" on the object; it is the act's;
# "patrolling Kabul together with Afghan police", "jointly with": done alongside them (not "met together with",
# whose "with" is the meeting's party already)
def alongside(verb: Token, ctx: Context) -> list[tuple[str, Token]]:
    hung = [
        item
        for obj in verb.children
        if obj.dep_ == "dobj"
        for item in prepositional_objects(obj, ctx, set())
        if item[0] == "alongside"
    ]
    joint = [
        ("alongside", pobj)
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "with" and any(c.lower_ in JOINT_ADVERBS for c in prep.children)
        and classify(verb.lemma_.lower()) not in ("communicate", "cooperate")
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]
    return hung + joint


# "The US gave Ukraine weapons", "Russia granted Edward Snowden asylum", which the parser reads as a name before the
# thing given: the name right after a verb of giving is the one given to
def dative_compounds(verb: Token) -> list[tuple[str, Token]]:
    if verb.lemma_.lower() not in DATIVE_VERBS:
        return []
    return [
        ("to", c)
        for obj in verb.children
        if obj.dep_ == "dobj" and obj.pos_ == "NOUN"
        for c in obj.children
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.left_edge.i == verb.i + 1
    ]


# "fired artillery rounds aimed at a loudspeaker in South Korea": where what is fired is aimed is where the
# verb aims
def aimed_objects(verb: Token, ctx: Context) -> list[tuple[str, Token]]:
    return [
        item
        for obj in verb.children
        if obj.dep_ == "dobj"
        for acl in obj.children
        if acl.dep_ == "acl" and acl.lemma_.lower() in ("aim", "direct", "target")
        for item in prepositional_objects(acl, ctx, set())
    ]


# one noun deeper: "engaged in conversations with Iran", "open channels of communication with Iran"
def noun_chain_objects(
    noun: Token, ctx: Context, depth: int = 0, allow_of: bool = False
) -> Iterator[tuple[str, Mention]]:
    for prep, pobj in prepositional_objects(noun, ctx, set()):
        mentions = joiners(pobj, ctx) or actors_of(pobj, ctx)
        if mentions and (is_party_preposition(noun, prep) or (allow_of and prep == "of")):
            for mention in mentions:
                yield compound_noun(noun), mention
        elif not mentions and judges(noun) | endorses(noun) and classify(relation_noun(pobj)) in HOSTILE_CLASSES:
            for mention in event_agents(pobj, ctx):  # "approval to Indonesia's invasion": to Indonesia
                yield compound_noun(noun), mention
        elif not mentions and judges(noun) and is_event_noun(pobj) and (agents := event_agents(pobj, ctx)):
            for mention in agents:  # "opposition to the US arms sale to Taiwan": to the US, not Taiwan
                yield compound_noun(noun), mention
        elif not mentions and depth < 2 and is_event_noun(pobj) and not (prep == "of" and judges(noun)):
            if judges(noun) | endorses(noun) and classify(relation_noun(pobj)) in OPPOSING_CLASSES | {"investigate"}:
                continue  # "support for the impeachment inquiry into Trump": for the inquiry, not for Trump
            yield from noun_chain_objects(pobj, ctx, depth + 1)  # "channels of communication with Iran";
            # not "criticism of its ties with Iraq", whose ties are what is judged
        elif not mentions and prep == "for" and classify(noun.lemma_.lower()) in ("cooperate", "support"):
            for mention in leader_free(modifier_actors(pobj, ctx), pobj):  # "appreciation for Qatar's efforts"
                yield compound_noun(noun), mention


# "objections to Sweden's NATO bid": a bid to join is its owner's, not the body's it would join
def joiners(noun: Token, ctx: Context) -> list[Mention]:
    if noun.lemma_.lower() not in JOINING_NOUNS:
        return []
    # (also "Ukraine's EU accession bid", the possessor hung on the compound)
    joined = [noun, *(c for c in noun.children if c.dep_ == "compound" and c.lemma_.lower() in JOINING_NOUNS)]
    return [m for n in joined for c in n.children if c.dep_ == "poss" for m in actors_of(c, ctx)]


def own_sides(verb: Token, ctx: Context) -> set[str]:
    """Every side the clause's subjects act for ('Israeli spokesman Arye Mekel': Mekel and Israel)."""
    return {key for m in clause_subjects(verb, ctx) for key in ctx.actors.sides_of(m)}


# "arrested the mastermind of the kidnapping of Daniel Pearl": one named by the hostile act they did, whose victim
# is not the one arrested
def is_doer_of_act(noun: Token) -> bool:
    acts = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return any(a.pos_ == "NOUN" and classify(a.lemma_.lower()) in HOSTILE_CLASSES for a in acts)


# "moved troops to the border with India", where the parser hangs "to" on the verb: the country across the border
def detached_border(verb: Token, obj: Token, ctx: Context) -> list[Mention]:
    # also "moved missiles closer to its border with Pakistan", the "to" hung on "closer"
    nearer = [c for c in verb.children if c.dep_ == "advmod" and c.lower_ in ("closer", "nearer")]
    # also "massed troops on the border with Pakistan", the parser hanging both on the troops
    preps = [item for head in (verb, *nearer, obj) for item in prepositional_objects(head, ctx, set())]
    places = [pobj for prep, pobj in preps if is_border_place(prep, pobj)]
    found = [m for pobj in places if pobj.i > obj.i for m in across_border(pobj, ctx)]
    stranded = [pobj for prep, pobj in prepositional_objects(obj, ctx, set()) if prep == "with"]
    neighbours = [m for pobj in stranded if any(p.i < pobj.i and p.head.head == pobj.head.head for p in places)
                  for m in actors_of(pobj, ctx)]  # fmt: skip
    return found or neighbours


def is_border_place(prep: str, pobj: Token) -> bool:
    """'along its border', 'to the border', 'towards the frontier': forces placed at a border."""
    return pobj.lemma_.lower() in BORDER_NOUNS and prep in ("on", "along", "near", "at", "to", "toward", "towards")


def across_border(border: Token, ctx: Context) -> list[Mention]:
    """The country across a border: 'its border with Pakistan', else the border's owner ('the Ukrainian border')."""
    return border_neighbours(border, ctx) or modifier_actors(border, ctx)


# "massed troops on its border with Pakistan": the country across a border, not the border's owner
def border_neighbours(noun: Token, ctx: Context) -> list[Mention]:
    if noun.lemma_.lower() not in BORDER_NOUNS:
        return []
    return [m for prep, pobj in prepositional_objects(noun, ctx, set()) if prep == "with" for m in actors_of(pobj, ctx)]


# "ordered his staff to delay the aid", "told his men to attack": one's own people act for one
def is_own_staff(noun: Token) -> bool:
    own = noun.lemma_.lower() in STAFF_NOUNS and any(
        c.dep_ == "poss" and c.lower_ in ("his", "her", "its", "their") for c in noun.children
    )
    # "Mr Sharon's Cabinet ordered the army to hit Palestinian targets": a bare "the army" one orders is one's own
    # (also "the media regulator", not "the Belarusian army")
    bare_forces = noun.lower_ in ("army", "military", "troops", "police", "forces", "authorities", "regulator") and all(
        (c.dep_ == "det" and c.lower_ == "the") or (c.dep_ in ("compound", "amod") and not c.ent_type_)
        for c in noun.children
    )
    return own or (bare_forces and noun.head.lemma_.lower() in ("order", "instruct", "command", "tell"))


# "had submitted their lists of nominees to the United Nations", "refused to release further loans to Argentina": a
# verb whose object makes an idiom with it takes the idiom's relation, whatever the verb's own
def object_idiom(verb: Token, label: str) -> str:
    idioms = [f"{label} {c.lemma_.lower()}" for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    # "agreed to hand over Kandahar to the Northern Alliance": a named town handed over is a city handed over
    idioms += [f"{label} city" for c in verb.children if is_named_town_object(c)]
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ == "NOUN":
        idioms.append(f"{label} {verb.head.lemma_.lower()}")  # "the sanctions imposed by the EU on Russia"
    return next((idiom for idiom in idioms if idiom in LEXICON), label)


def is_region(token: Token) -> bool:
    """'northern Syria', 'eastern Ukraine': a part of a country, named by its quarter."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ in REGION_WORDS for c in token.children)


# "struck Kurdish militant positions in northern Iraq": the places of a band its people name are no country's (but
# "attacked militant training camps in Pakistan" struck Pakistan, the band unnamed)
def owned_by_band(noun: Token) -> bool:
    if noun.lemma_.lower() not in STRUCK_THINGS | LOCATED_TARGETS:
        return False  # (not "terrorist attacks", "terrorist networks": a kind of act or of group)
    band = any(
        c.dep_ in ("compound", "amod") and NONSTATE_GROUPS.get(c.lemma_.lower()) == "armed_group"
        and c.lemma_.lower() not in KIND_OF_BAND_WORDS  # "terrorist targets": a kind, not an owner
        for c in noun.children
    )
    return band and any(c.dep_ == "amod" and c.ent_type_ == "NORP" for c in noun.children)


# "steel imports from Mexico and Canada", "goods from China": the countries goods come from
def goods_sources(noun: Token, ctx: Context) -> list[Mention]:
    if noun.lemma_.lower() not in GOODS_NOUNS:
        return []
    return [m for p, o in prepositional_objects(noun, ctx, set()) if p == "from" for m in actors_of(o, ctx)]


def is_named_town_object(token: Token) -> bool:
    """'Kandahar' in 'hand over Kandahar': a direct object that names a town or region the gazetteer knows."""
    return token.dep_ == "dobj" and city_country(token.text) is not None


def is_verb_party_preposition(phrase: str, prep: str, has_for: bool) -> bool:
    """'communicate with X', 'call on X', 'fire on X'; but 'called for cooperation on Daesh' names a topic."""
    if phrase.endswith(f" {prep}") and phrase in LEXICON:
        return True  # "has called on/prt John Howard/pobj": the particle with an object of its own is the preposition
    if prep == "at":  # "fired at the convoy"; but "arrested at the airport" names a place
        return f"{phrase} at" in LEXICON or classify(phrase) == "attack"
    if prep in ("on", "upon"):  # "placed the blame for the attacks on Arafat"
        return phrase == "blame" or (
            not has_for and (f"{phrase} {prep}" in LEXICON or classify(phrase) in CONFLICT_CLASSES)
        )
    if prep == "from":  # "demanded an explanation from Russia", "bought missiles from Russia"
        listed = f"{phrase.split()[0]} from" in LEXICON or f"{phrase} from" in LEXICON  # also "walk away from"
        return classify(phrase) in SOURCE_CLASSES or listed
    if prep in ("for", "about", "of", "in", "by", "behind", "outside"):  # "searched for bin Laden", "spoke about her
        # husband", "took part in the force", "stood by Syria", "protested outside the US embassy"; not "thanked X
        # for Y"
        return f"{phrase} {prep}" in LEXICON
    return prep in VERB_PARTY_PREPS


def names_its_target(word: Token) -> bool:
    """'aggression against Ukraine': a noun of an act that names its target (or a verb: 'waging war on Islam')."""
    return any(c.dep_ == "prep" and c.lower_ in ("against", "on", "to", "at") for c in word.children)


def is_party_preposition(noun: Token, prep: str) -> bool:
    """'cooperation with X', 'attacks on X', 'appreciation for X'; but 'cooperation on Daesh' names a topic."""
    if prep == "with" and noun.dep_ == "dobj" and is_topic(noun.head, noun) and names_its_target(noun):
        return False  # "discussed Russia's aggression against Ukraine with the US": the talk's partner
    if prep in ("on", "upon", "at"):
        return classify(noun.lemma_.lower()) in CONFLICT_CLASSES
    if prep == "for":  # also "expressed support for Hamas", "pledged aid for Ukraine", "a weapons package for Ukraine"
        lemma = compound_noun(noun)
        thanks = lemma in ("appreciation", "gratitude", "thanks", "praise", "respect", "admiration")
        return thanks or classify(lemma) == "support"
    return prep in NOUN_PARTY_PREPS


def endorses(noun: Token) -> bool:
    """A noun of endorsing something: 'approval', 'endorsement', 'green light'."""
    if noun.lemma_.lower() == "light" and any(c.lower_ == "green" for c in noun.children):
        return True  # "gave a 'green light' to the invasion"
    return classify(noun.lemma_.lower()) == "cooperate" and noun.lemma_.lower() in (
        "approval",
        "endorsement",
        "blessing",
    )


def judges(noun: Token) -> bool:
    """A noun of judging something: 'criticism', 'condemnation', 'support', 'rejection'."""
    return classify(noun.lemma_.lower()) in ("criticise", "reject", "support", "protest")


def relation_noun(noun: Token) -> str:
    return compound_noun(noun)  # "the green light", else the noun's lemma


def is_urged_act(noun: Token) -> bool:
    """A hostile act or measure one can urge or gather backing for: 'an attack on Iraq', 'sanctions against Iran'."""
    return is_event_noun(noun) and classify(relation_noun(noun)) in HOSTILE_CLASSES | {"reduce"}


# "We will not be lectured by Norway", "Taiwan won't be bullied by China": a side that says it will not undergo
# another's words or pressure refuses them, besides saying they will not happen ("will not be attacked" is no
# refusal)
def refuses_to_undergo(verb: Token, cls: str) -> bool:
    return is_negated(verb) and is_future(verb) and cls in ("criticise", "threaten", "coerce", "demand")


# "US sanctions hit Iran", "Iran's economy was hit by US sanctions": a measure said to strike names the act, which
# is the measure's (no attack)
def striking_measure(verb: Token) -> str | None:
    if verb.lemma_.lower() not in STRIKING_VERBS:
        return None
    doers = [c for c in verb.children if c.dep_ == "nsubj"] + agents(verb)
    measures = [
        relation_noun(n) for n in doers if is_event_noun(n) and classify(relation_noun(n)) in ("reduce", "coerce")
    ]
    return measures[0] if measures else None


# "sanctioned three Chinese firms for supplying Iran", "slapped sanctions on three Chinese firms": who a measure
# punishes, named by a held noun or by its owner ("Chinese firms")
def punished_parties(verb: Token, ctx: Context) -> list[Mention]:
    return [m for o in held_nouns(verb) for m in actors_of(o, ctx) or leader_free(modifier_actors(o, ctx), o)]


def held_nouns(verb: Token) -> list[Token]:
    """Who a punishing verb holds to account: its object, or the one its or its object's "on" or "against" names
    ("punished Hamas", "cracked down on Hamas", "slapped sanctions on three Chinese firms")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return objects + [
        o
        for head in (verb, *objects)
        for p in head.children
        if p.dep_ == "prep" and p.lower_ in ("on", "against")
        for o in p.children
        if o.dep_ == "pobj"
    ]


# "Israel rejected US calls for a ceasefire", which the parser reads as a clause "US calls for a ceasefire": a verb
# of judging whose only complement is such a "calls" judges the callers
def misparsed_call_objects(verb: Token, phrase: str, ctx: Context) -> Iterator[tuple[str, Mention, str, bool]]:
    if any(c.dep_ == "dobj" for c in verb.children) or classify(phrase) not in ("reject", "support", "criticise"):
        return
    for call in (c for c in verb.children if c.dep_ == "ccomp" and c.tag_ in ("VBZ", "VBP")):
        if call.lemma_.lower() not in ("call", "demand", "appeal") or call.i != call.head.i + 2:
            continue  # right after the verb and its one-word subject: "rejected US calls for"
        if not any(p.dep_ == "prep" and p.lower_ == "for" for p in call.children):
            continue
        for mention in (m for c in call.children if c.dep_ == "nsubj" for m in actors_of(c, ctx)):
            yield phrase, mention, "misparsed-call", False


# "The Pentagon has confirmed the whereabouts of Osama bin Laden": a reporting verb whose object is where someone is
# reports a finding, not words
def finds_whereabouts(verb: Token) -> bool:
    return any(c.dep_ == "dobj" and c.lemma_.lower() == "whereabouts" for c in verb.children)


# "The European Commission has fined Google 4.3 billion euros", which the parser reads as one sum "Google 4.3 billion
# euros": a name at the head of a sum object is the one the verb acts on
def fined_party(obj: Token, ctx: Context) -> list[Mention]:
    if obj.ent_type_ != "MONEY":
        return []
    first = obj.doc[obj.left_edge.i]
    named = first if first.dep_ == "compound" and first.pos_ == "PROPN" else None
    return [m for m in actors_of(named, ctx) if m.type != "place"] if named is not None else []


# "Xanana Gusmao has met Indonesian President Megawati", which the parser reads with the name a noun phrase of time: a
# name after a verb that has no object is its object; so is "is bullying Nauru", a name read as an adverb right after
# the verb
def is_misparsed_name_object(verb: Token, child: Token) -> bool:
    adverb = child.dep_ == "advmod" and child.i == verb.i + 1
    if not (child.dep_ == "npadvmod" or adverb) or child.pos_ != "PROPN" or child.i < verb.i:
        return False
    if child.ent_type_ == "DATE":
        return False
    return not any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp") for c in verb.children)


def clause_objects(verb: Token, ctx: Context) -> Iterator[tuple[str, Mention, str, bool]]:
    """(relation, object actor, rule, negated-by-determiner) for each party of the clause."""
    phrase = verb_phrase(verb)
    if phrase == "hold" and holds_people(verb):
        phrase = "hold captive"  # "The Taliban are holding two Australians", "the crew are being held by China"
    if verb.lemma_.lower() == "share" and any(c.lemma_.lower() in BORDER_NOUNS for c in verb.children):
        return  # "India, which shares a long border with Nepal": neighbours, no act between them
    if is_visiting_title(verb):
        return  # "told visiting Prime Minister John Howard": the visitor's title, no visit the teller asked for
    yield from visitor_objects(verb, phrase, ctx)
    for mention in restraint_addressees(verb, ctx):  # "The United States also urged restraint", "called for calm"
        yield "urge", mention, "urged-restraint", False
    envoy = envoy_sent_away(verb)
    if envoy is not None:  # "Tallinn ordered a Russian embassy employee to leave": an expulsion of the envoy's state
        for mention in actors_of(envoy, ctx) or leader_free(modifier_actors(envoy, ctx), envoy):
            yield "expel", mention, "expelled-envoy", False
        return
    if is_passive(verb) and verb.lemma_ not in STATIVE_PASSIVES:
        yield from undergoer_of_passive_adjunct(verb, phrase, ctx)
        for child in joined_subjects(verb, ("nsubjpass",)):  # also "... and is being held by US forces"
            mentions = actors_of(child, ctx) or partitive_actors(child, ctx)  # "Many of bin Laden's fighters"
            tied = child.pos_ == "NOUN" and is_tied_to_owner(child, ctx)  # "Arafat's killers were arrested"
            if not mentions and classify(phrase) in HOSTILE_CLASSES and not is_event_noun(child) and not tied:
                # "The Taliban's defence was hamstrung by aerial attacks": a blow at what an actor has is at it
                mentions = [m for c in child.children if c.dep_ == "poss" for m in actors_of(c, ctx)]
            if not mentions and child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                mentions = relative_object(verb, ctx)
            if not mentions and is_evaluative(verb) and child.pos_ == "NOUN":
                mentions = event_agents(child, ctx)  # "the call was seconded by Merkel"
            if not mentions and agents(verb):
                mentions = owners_of_patient(child, phrase, ctx)
            idiom = f"{phrase} {child.lemma_.lower()}"  # "two Philippine boats were blocked": a bar to the boats
            owned = child.pos_ == "NOUN" and idiom in LEXICON and classify(idiom) in HOSTILE_CLASSES
            for mention in mentions:  # (their state's: not "Phone calls were tapped", "Phone" misread as a name)
                yield idiom if owned and mention.type == "country" else phrase, mention, "passive", False
            if not mentions and child.pos_ == "NOUN" and agents(verb) and is_event_noun(child):
                # "Military aid to Ukraine was approved by Congress", "The sanctions against Russia were extended by
                # the EU": an act done to a noun, by a named agent, reads as the active with that noun as object
                yield from direct_objects(verb, phrase, child, ctx)
    removal = verb.lemma_ in REMOVAL_VERBS and any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children)
    removal = removal or recalled_from(verb)
    own_forces = phrase in OWN_FORCE_IDIOMS  # "put their militaries on alert": the object is the subject's own
    yield from so_called_objects(verb, phrase, ctx)
    yield from enabled_acts(verb, ctx)
    yield from misparsed_call_objects(verb, phrase, ctx)
    yield from gapped_summary_objects(verb, phrase, ctx)
    for child in verb.children:
        if child.dep_ in ("dobj", "dative") and not removal and not own_forces:
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":  # "Cyprus, which Turkey does not recognize"
                if verb.lemma_.lower() in PROPOSITION_VERBS:
                    continue  # "accused of supporting ISIS, which Ankara denies": the charge is denied, not ISIS
                summarised = summarised_doers(verb.head, ctx)  # "..., a move that Somalia condemned": the mover
                if summarised is None and is_evaluative(verb):
                    summarised = proposers(verb.head, ctx) or None  # "demanded a ceasefire, which Israel rejected"
                judged_act = verb.head.pos_ == "NOUN" and not actors_of(verb.head, ctx)
                if summarised is None and is_evaluative(verb) and judged_act:
                    # "began joint drills, which North Korea condemned": the doers of the act judged
                    summarised = object_users(verb.head, ctx) or None
                if summarised is None and is_evaluative(verb) and ctx.actors.city_state(verb.head) is not None:
                    summarised = struck_city_doers(verb.head, ctx) or None  # "strikes on Kyiv, which Germany condemned"
                for mention in actors_of(verb.head, ctx) if summarised is None else summarised:
                    yield phrase, mention, "relative-object", False
                continue
            if verb.lemma_.lower() in AVENGING_VERBS:
                for mention in avenged_doers(child, ctx):
                    yield phrase, mention, "avenged-act", False
                continue
            for act in revenge_for(child):  # "vowed revenge for the killing of its commander by Israel"
                for mention in avenged_doers(act, ctx):
                    yield f"{verb.lemma_.lower()} revenge", mention, "avenged-act", False
            # "help the Northern Alliance hunt down Al Qaeda fighters": a second object is a missed verb's (but not the
            # name after a title the parser made an object of its own)
            second = child.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i < child.i for c in verb.children)
            if second and not is_split_title(verb, child):
                continue
            if verb.lemma_.lower() in FACING_VERBS and is_event_noun(child):
                continue  # "survived a Tamil Tiger suicide attack": undergone (the receiving reader's), not done
            if is_sent_somewhere(verb, child):
                continue  # "moved their forces out ..., but later sent them back in": what is sent, no addressee
            if is_named_town_object(child) and object_idiom(verb, phrase) == f"{phrase} city":
                continue  # "handed over Kabul to the Northern Alliance": the town handed over is no party
            fought = fought_in_compound(verb, child)
            if fought is not None:  # parser: "will help the Philippine army fight Abu Sayyaf" as one noun
                for mention in (m for c in fought.children if c.dep_ == "compound" for m in actors_of(c, ctx)):
                    yield phrase, mention, "direct-object", False
                continue
            yield from direct_objects(verb, phrase, child, ctx)
            for mention in fined_party(child, ctx):
                yield phrase, mention, "direct-object", False
        elif is_misparsed_name_object(verb, child):
            yield from direct_objects(verb, phrase, child, ctx)
    for obj in manner_detached_objects(verb):  # "condemn in the strongest terms the RSF's assault"
        yield from direct_objects(verb, phrase, obj, ctx)
    if removal:  # "withdrew the US from a treaty with Iran": the treaty's other party
        holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # "recalled its envoy from Australia"
        # "withdrew its ambassador from Ottawa" cuts ties; "withdrew its troops" yields
        withdrawn = [f"{phrase} {h.lemma_.lower()}" for h in holders[1:]]
        removed = next((label for label in withdrawn if label in LEXICON), phrase)
        for prep, pobj in (item for h in holders for item in prepositional_objects(h, ctx, set())):
            if prep == "from":
                owners = modifier_actors(pobj, ctx) + [m for c in pobj.children for m in owned_by(c, ctx)]
                # (also "from Palestinian-controlled areas")
                for mention in actors_of(pobj, ctx) or [m for _, m in noun_chain_objects(pobj, ctx)] + owners:
                    yield removed, mention, "removal", False
    yield from posted_parties(verb, phrase, ctx)
    yield from adjective_objects(verb, ctx)
    yield from for_to_subjects(verb, phrase, ctx)
    yield from blamed_parties(verb, ctx)
    yield from infinitive_subjects(verb, phrase, ctx)
    yield from that_clause_subjects(verb, phrase, ctx)
    yield from small_clause_objects(verb, phrase, ctx)
    yield from part_of_acts(verb, ctx)
    yield from joined_call_objects(verb, ctx)
    yield from colon_list_objects(verb, phrase, ctx)
    yield from drill_objects(verb, ctx)
    yield from purpose_recipients(verb, phrase, ctx)
    yield from topic_addressees(verb, phrase, ctx)
    yield from admitted_parties(verb, ctx)
    yield from in_protest_objects(verb, ctx)
    yield from mediated_disputes(verb, ctx)
    yield from in_answer_objects(verb, ctx)
    yield from zero_relative_objects(verb, phrase, ctx)
    fors = [c.i for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"]
    has_object = any(c.dep_ == "dobj" for c in verb.children)
    evaluative = is_evaluative(verb)
    # "had no contact with X", "put no pressure on X": a negative object denies the whole relation
    object_negative = any(c.dep_ == "dobj" and has_negative_determiner(c) for c in verb.children)
    if verb.lemma_.lower() in ACTOR_OBJECT_VERBS and not any(
        c.dep_ == "dobj" and (actors_of(c, ctx) or f"{verb.lemma_.lower()} {c.lemma_.lower()}" in LEXICON)
        for c in verb.children
    ):
        return  # "released a summary of the call" (not "release loans to Argentina")
    invited = verb.lemma_ in HOSTING_VERBS and any(c.dep_ == "dobj" and actors_of(c, ctx) for c in verb.children)
    detached = {p.i for c in verb.children if c.dep_ == "dobj" for p in detached_preps(c)}
    preps = (*prepositional_objects(verb, ctx, set()), *aimed_objects(verb, ctx), *alongside(verb, ctx))
    # "walked away from the negotiations with Hamas": a preposition the parser hangs on the verb's particle
    hung = [item for c in verb.children if is_adverb_particle(c) for item in prepositional_objects(c, ctx, set())]
    for prep, pobj in (*preps, *hung, *dative_compounds(verb)):
        # "called for cooperation on Daesh": an "on" after the "for" names a topic; not "cracked down on Hamas for"
        has_for = any(i < pobj.head.i for i in fors)
        party = is_verb_party_preposition(phrase, prep, has_for) and not (invited and prep == "to")
        idiom = object_idiom(verb, phrase)  # "granted bail for Reid": the verb and its object take the preposition
        party = party or (idiom != phrase and prep in ("for", "of", "about") and f"{idiom} {prep}" in LEXICON)
        if pobj.head.i in detached:
            party = False  # "condemned Germany's delivery of tanks to Ukraine": the delivery's recipient
        if prep == "to" and has_object and verb.lemma_ in HELPING_VERBS:
            party = False  # "helped Hezbollah fighters to Syria": where they went, not whom it helped
        if prep in ("to", "into") and moves_people(verb):
            party = False  # "decided to send asylum seekers to Nauru": where they are taken, no message to it
        answered = answered_doers(verb, prep, pobj, ctx)
        for mention in answered:  # "responded to the Hamas attack with air strikes", "retaliated for the attack"
            yield "retaliate", mention, "verb-preposition-answer", object_negative
        if answered:
            continue
        mentions = (joiners(pobj, ctx) or actors_of(pobj, ctx)) if party else []  # "to Sweden's NATO bid"
        if not mentions and party and prep in ("out of", "from"):
            mentions = left_tie_parties(phrase, prep, pobj, ctx)  # "pulled out of the talks with Iran"
        placed = all(m.type == "place" for m in mentions) and (mentions or pobj.pos_ == "PROPN")
        relief = prep in ("to", "into") and any(  # "sent aid to Gaza", "airdropped aid into Gaza": its people's
            c.dep_ == "dobj" and c.lemma_.lower() in RELIEF_NOUNS for c in verb.children
        )
        if party and placed and (classify(f"{phrase} {prep}") == "attack" or relief):
            state = ctx.actors.city_state(pobj)  # "fired rockets at Ashkelon": at the town's country
            mentions = [state] if state is not None else mentions
        if party and prep == "into" and classify(f"{phrase} {prep}") == "posture":
            mentions = invaded_town_country(verb, pobj, ctx) or mentions
        label = f"{phrase} {prep.split()[0]}" if " " in prep else phrase  # "pull out"
        label = f"{phrase} {prep}" if prep in ("about", "of") else label  # "spoke about", not "spoke with"
        fights = [c for c in verb.children if c.dep_ == "dobj" and classify(relation_noun(c)) in ("attack", "fight")]
        if prep == "against" and classify(phrase) in ("support", "cooperate") and fights:
            label = relation_noun(fights[0])  # "join United States operations against the Taliban": the operations
        elif prep == "against" and classify(phrase) in ("support", "cooperate") and has_object:
            label = "oppose"  # "supported the government of Hadi against the Houthis"
        elif prep == "against" and f"{phrase} against" in LEXICON:
            label = f"{phrase} against"  # "voted against Israel", "testified against Hamas"
        idiom = object_idiom(verb, label)
        if prep == "to" and is_region(pobj) and classify(f"{idiom} into") == "posture":
            idiom = f"{idiom} into"  # "Turkey sent troops to northern Syria": forces moved into a region, no aid
        for mention in mentions:  # "submitted their lists to the UN": the verb with its object names the relation
            yield idiom, mention, f"verb-preposition:{prep}", object_negative or is_contrasted(pobj)
        aimed = f"{label} {prep}" in LEXICON and classify(f"{label} {prep}") == "attack"  # "fire at"; not "killed at"
        # "imposed tariffs on Australian wine", where the parser hangs "on" on the verb: a measure on a thing
        aimed = aimed or (has_object and prep in ("on", "against") and classify(phrase) in HOSTILE_CLASSES)
        # "slapped tariffs on steel imports from Mexico", the parser hanging "on" on the verb: a measure by its object
        aimed = aimed or (has_object and prep == "on" and classify(object_idiom(verb, phrase)) in ("reduce", "coerce"))
        aimed = aimed or (prep == "at" and fires_projectile(verb, ctx))  # "fired 36 shells at KPA police posts"
        # "interfering with Philippine sovereign rights", "meddled in the US election": the affairs' owner
        meddled = verb.lemma_.lower() in MEDDLING_VERBS and prep in ("with", "in")
        if not mentions and party and ((prep in ("at", "on", "upon", "into", "against") and aimed) or meddled):
            owners = leader_free(modifier_actors(pobj, ctx), pobj)  # "fired water cannon at a Philippine boat"
            owners = border_neighbours(pobj, ctx) or owners or occupants(pobj, ctx)  # "at a car carrying militants"
            owners = owners or goods_sources(pobj, ctx)  # "on steel imports from Mexico and Canada"
            for mention in owners or located_in(pobj, ctx):  # the target's owner ("cut tariffs on American bourbon")
                yield object_idiom(verb, label), mention, f"verb-preposition:{prep}", object_negative
            if owners:
                continue
        sent = object_idiom(verb, label) if not mentions and party and is_border_place(prep, pobj) else ""
        if sent and classify(f"{sent} to border") == "posture":
            for mention in across_border(pobj, ctx):  # "sent troops to the border with Kosovo": force at Kosovo
                yield sent, mention, "verb-preposition:to border", object_negative
            continue
        manner = in_manner(pobj) if not mentions and prep == "in" else None
        if manner is not None:  # "flies cargo to Syria in support of al-Assad", "in cooperation with Iraq"
            manner_label, manner_rule, inner_preps = manner
            inner_items = list(prepositional_objects(pobj, ctx, set()))
            if manner_rule == "show-of-force":  # "in a show of force | against North Korea", hung on "force"
                inner_items += [
                    item for p, o in list(inner_items) if p == "of" for item in prepositional_objects(o, ctx, set())
                ]
            for inner_prep, inner in inner_items:
                for mention in actors_of(inner, ctx) if inner_prep in inner_preps else []:
                    yield manner_label, mention, manner_rule, False
            continue
        warned = classify(relation_noun(pobj)) in HOSTILE_CLASSES or pobj.lemma_.lower() in WARNED_ACT_NOUNS
        if not mentions and prep == "of" and verb.lemma_.lower() in ("warn", "threaten") and warned:
            # "warned of military action against South Korea": a threat of the act against its target; "warned of a
            # response to any Israeli attack", "of consequences for Finland": against the one answered
            targets = [m for c in conjuncts(pobj) for m in answered_parties(c, ctx)]
            targets = targets or [m for c in conjuncts(pobj) for _, m in noun_chain_objects(c, ctx)]
            for mention in targets:
                yield phrase, mention, "warned-of-act", False
            if targets:
                continue
        if not mentions and prep == "for" and has_object:
            continue  # "thanked its partners for the fight against ISIS": a reason, not the relation
        if not mentions and prep == "for" and verb.lemma_.lower() in ADVOCACY_VERBS and is_urged_act(pobj):
            continue  # "pushing for an attack on Iraq": meant, which the advocacy reader reads
        if not mentions and prep == "for" and classify(phrase) in ("appeal", "demand", FALLBACK_CLASS):
            # "appealed for intervention from the Security Council": asked of the source
            sources = [
                m for inner, o in prepositional_objects(pobj, ctx, set()) if inner == "from" for m in actors_of(o, ctx)
            ]
            if pobj.lemma_.lower() in OUSTING_ACTS | LEAVING_NOUNS | INDEPENDENCE_NOUNS:
                sources = []  # "called for Zimbabwe's suspension from the Commonwealth": what it is put out of; "for
                # the withdrawal of all foreign forces from Afghanistan": where they leave; "voted for independence
                # from Indonesia": the state left (the independence reader's)
            for mention in sources:
                yield f"{phrase} for", mention, "verb-preposition-source", False
            if sources:
                continue
            ending = asked_end_doers(f"{phrase} for", verb, pobj, ctx)
            for mention in ending or []:  # "called for a halt to all armed operations against Israel"
                yield f"{phrase} for", mention, "requested-end", False
            if ending is not None:
                continue
            # "called for more attacks against Israel": the act called for, against its target; "called for
            # reconciliation with Indonesia", "for talks with Israel": the side the talks or the peace would be with
            if is_event_noun(pobj) and classify(relation_noun(pobj)) in HOSTILE_CLASSES | {"communicate", "cooperate"}:
                targets = [m for _, m in noun_chain_objects(pobj, ctx)]
                if not targets and pobj.lemma_.lower() in OUSTING_ACTS:  # "called for Zimbabwe's suspension"
                    targets = [m for c in pobj.children if c.dep_ == "poss" for m in actors_of(c, ctx)]
                for mention in targets:
                    yield f"{phrase} for {relation_noun(pobj)}", mention, "verb-preposition-noun", False
                if targets:
                    continue
            owners = [m for c in pobj.children if c.dep_ == "poss" for m in actors_of(c, ctx)]
            if pobj.lemma_.lower() in FREEING_NOUNS:  # "condemns Russia's detention of Gershkovich and calls for his
                # immediate release": asked of Russia, who holds him, not of him (also "the release of Gershkovich")
                for mention in freed_holders(pobj, ctx):
                    yield f"{phrase} for {pobj.lemma_.lower()}", mention, "verb-preposition-holder", False
                continue
            if pobj.lemma_.lower() in SELF_ACT_NOUNS:  # "called for a quick return of Zinni and his team"
                owners += [m for inner, o in prepositional_objects(pobj, ctx, set()) if inner == "of"
                           for m in actors_of(o, ctx)]  # fmt: skip
            for mention in owners:  # "asked for John Bolton's resignation": the owner is asked
                yield f"{phrase} for", mention, "verb-preposition-owner", False
            if owners:
                continue
        if not mentions and party and prep in ("on", "to") and classify(f"{phrase} {prep}") == "appeal":
            helpers = relied_helpers(pobj, ctx)  # "are looking to Labor's support", "counting on China's help"
            for mention in helpers:
                yield f"{phrase} {prep}", mention, "verb-preposition-helper", False
            if helpers:
                continue
        judged = [c for c in verb.children if c.dep_ == "dobj" and (judges(c) or endorses(c))]
        if not mentions and judged and prep in ("to", "for") and classify(relation_noun(pobj)) in HOSTILE_CLASSES:
            label = "green light" if judged[0].lemma_.lower() == "light" else relation_noun(judged[0])
            for mention in event_agents(pobj, ctx):  # "offered approval to Indonesia's invasion": to Indonesia
                yield label, mention, "verb-preposition-event", False
            continue
        if not mentions and prep == "with" and verb.lemma_ in ANSWERING_VERBS and is_event_noun(pobj):
            # "responded with air strikes on Hezbollah"
            answered = [(noun, m) for noun, m in noun_chain_objects(pobj, ctx) if m.type != "place"]
            if not answered and classify(relation_noun(pobj)) == "attack":  # "with air strikes on Gaza": its country
                inners = prepositional_objects(pobj, ctx, set())
                struck = [(inner, o) for inner, o in inners if inner in ("on", "against", "in")]
                answered = [(relation_noun(pobj), m) for _, place in struck for m in place_country(place, ctx)]
                answered = answered or [  # "with air strikes on Palestinian targets": the targets' owner
                    (relation_noun(pobj), m) for _, o in struck for m in leader_free(modifier_actors(o, ctx), o)
                ]
                # "with air strikes on targets in southern Lebanon": the country they are in
                answered = answered or [(relation_noun(pobj), m) for _, o in struck for m in located_in(o, ctx)]
            for noun, mention in answered:
                yield noun, mention, "answered-with", has_negative_determiner(pobj)
            continue
        if not mentions and prep == "against" and verb.lemma_.lower() in DEFENDING_VERBS:
            # "Russia defended itself against U.S. criticism": answers the critic; "against attacks by Hamas": fights
            cls = classify(relation_noun(pobj))
            answer = "reject" if cls in ("criticise", "demand", "threaten") else "fight" if cls == "attack" else None
            for mention in event_agents(pobj, ctx) if answer else []:
                yield answer, mention, "defended-against", False
            continue
        # also "marched against the government's austerity programme": a march, rally or strike against a thing
        protesting = prep == "against" and classify(f"{phrase} {prep}") == "protest"
        if not mentions and (evaluative or protesting) and prep in EVENT_PREPS:  # "protested against China's incursion"
            if prep == "in" and not is_event_noun(pobj):
                continue  # "accused of backing the militias in East Timor": where they are
            with_prep = f"{phrase} {prep}"  # "responded to South Korea's offer": words to its maker
            for mention in event_agents(pobj, ctx):
                yield with_prep if with_prep in LEXICON else phrase, mention, "verb-preposition-event", False
            continue
        if not mentions and prep == "from" and verb.lemma_.lower() in ("distance", "dissociate", "disassociate"):
            for mention in event_agents(pobj, ctx):  # "has distanced itself from the decision": from its makers
                yield f"{phrase} from", mention, "verb-preposition-event", False
            continue
        if not mentions and prep in ("with", "to") and pobj.lemma_.lower() in OF_AGENT_NOUNS:
            answered = event_agents(pobj, ctx)  # "complied with the request of Johnson"
            with_prep = f"{phrase} {prep}"
            for mention in answered:
                yield with_prep if with_prep in LEXICON else phrase, mention, "verb-preposition-event", False
            if answered:
                continue
        if prep == "over" and not mentions and has_object and not evaluative:
            continue  # "agreed sanctions against Iran over its supply of drones to Russia": the reason
        if not mentions and prep == "at" and pobj.lemma_.lower() in BEHEST_NOUNS | {"invitation"}:
            continue  # "are in Iraq at the invitation of the Iraqi government": the inviter's act, read as a noun's
        if not mentions and prep == "with" and pobj.lemma_.lower() in HELP_NOUNS:
            continue  # "captured the town with the help of US air strikes": a helper, which the backer reader reads
        if not mentions and prep in EVENT_PREPS and not is_event_noun(pobj):
            pobj = counted_noun(pobj)  # "failed to agree on a fourteenth package of sanctions against Russia"
        if not mentions and prep in EVENT_PREPS and (is_event_noun(pobj) or verb.lemma_ == "be"):
            if any(c.dep_ == "dobj" and is_way(c) for c in verb.children):
                continue  # "opening the door to talks with the Tigers": meant, which the enabled-act reader reads
            if not takes_part(verb, phrase) or is_act_warned_against(pobj) or anothers_act(verb, pobj, ctx):
                continue  # "interfered with an investigation into Burisma" is no investigation; "warned against
                # an attack on Libya" is no threat to Libya; "gave new impetus to Israel's attack on Hamas"
            if has_object and classify(phrase) == "support" and prep == "in":
                continue  # "allow US troops to train its soldiers in the fight against the Abu Sayyaf": theirs
            if has_object and is_owned_hostile_act(pobj) and classify(phrase) not in HOSTILE_CLASSES:
                continue  # "had never sought Iranian help in its war against the RSF": the war's foe is not asked
            # "complicit in the rise of ISIS": an adjective's complement reaches its party through "of"
            # (and "was involved in the killing of Nijjar": the "of" of an act done to a person names the person)
            allow_of = verb.lemma_ == "be" or pobj.lemma_.lower() in PATIENT_ACTS
            for noun, mention in noun_chain_objects(pobj, ctx, allow_of=allow_of):
                label = noun if verb.lemma_ in PARTICIPATION_VERBS and classify(noun) != FALLBACK_CLASS else ""
                adopted = verb.lemma_ in ADOPTING_VERBS and prep == "on" and classify(noun) in ("reduce", "coerce")
                label = noun if adopted else label  # "failed to agree on sanctions against Russia": the measure
                hostile = classify(relation_noun(pobj)) in HOSTILE_CLASSES and verb.lemma_ in PARTICIPATION_VERBS
                label = relation_noun(pobj) if not label and hostile else label  # "take part in military action"
                label = noun if prep == "in" and noun in JOINT_ACTION_NOUNS else label  # "fought ISIS in
                # cooperation with Iraqi forces": cooperation with them, not a fight
                label = label or f"{phrase} {prep} {noun}"  # "is engaged in a war on Ukraine": a war
                yield label, mention, "verb-preposition-noun", has_negative_determiner(pobj)


# "The United States also urged restraint", "called for calm": an appeal to no one named is to the sides of the
# article's main conflict
def restraint_addressees(verb: Token, ctx: Context) -> list[Mention]:
    if verb.lemma_.lower() not in ("urge", "call", "appeal"):
        return []
    calm = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in CALM_NOUNS]
    calm += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children
             if o.dep_ == "pobj" and o.lemma_.lower() in CALM_NOUNS]  # fmt: skip
    addressed = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c not in calm]
    if not calm or addressed or any(p.lower_ in ("on", "upon") for p in verb.children if p.dep_ == "prep"):
        return []
    own = {m.key for m in clause_subjects(verb, ctx)}
    return [m for m in main_conflict(ctx, {"country", "armed_group", "organisation"}) if m.key not in own]


# parser: "We condemn in the strongest terms the RSF's continued assault", the object set in apposition to the manner
def manner_detached_objects(verb: Token) -> list[Token]:
    if any(c.dep_ == "dobj" for c in verb.children):
        return []
    terms = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children
             if o.dep_ == "pobj" and o.lemma_.lower() == "term"]  # fmt: skip
    return [c for t in terms for c in t.children if c.dep_ == "appos"]


# "join European Union sanctions against Russia", "joined the embargo on Cuba": the targets of a measure joined
def joined_measure_targets(verb: Token, obj: Token, ctx: Context) -> list[Mention]:
    if verb.lemma_.lower() not in JOINING_VERBS or classify(relation_noun(obj)) != "reduce":
        return []
    return list(target_objects(obj, ctx))


# "ordered a Russian embassy employee to leave", "told the ambassador to leave the country": an envoy sent away
def envoy_sent_away(verb: Token) -> Token | None:
    if verb.lemma_.lower() not in SENDING_AWAY_VERBS:
        return None
    envoys = [
        c for c in verb.children
        if c.dep_ in ("dobj", "dative") and (c.lemma_.lower() in ENVOY_NOUNS or any(
            g.dep_ == "compound" and g.lemma_.lower() in POSTS for g in c.children))
    ]  # fmt: skip
    leaving = [c for c in verb.subtree if c.dep_ in ("xcomp", "advcl", "acl") and c.lemma_ in ("leave", "depart")]
    return envoys[0] if envoys and leaving else None


# "has no plans for talks with Iran", "had no interest in talks with Seoul": the act a plan or wish held is of
def planned_act_of(verb: Token, obj: Token) -> Token | None:
    if verb.lemma_ != "have" or obj.lemma_.lower() not in PLAN_NOUNS | {"interest"}:
        return None
    acts = [o for p in obj.children if p.dep_ == "prep" and p.lower_ in ("for", "in", "of") for o in p.children]
    return next((o for o in acts if o.dep_ == "pobj" and is_event_noun(o)), None)


# "its war against the RSF", "their fight against the Taliban": a hostile act owned by a pronoun
def is_owned_hostile_act(noun: Token) -> bool:
    owned = any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in noun.children)
    return owned and classify(relation_noun(noun)) in HOSTILE_CLASSES


# "gave new impetus to Israel's attack on Hamas": a light verb's giver takes no part in another's act
def anothers_act(verb: Token, noun: Token, ctx: Context) -> bool:
    if verb.lemma_ not in LIGHT_VERBS or verb.lemma_ in PARTICIPATION_VERBS:
        return False
    owners = {m.key for m in leader_free(modifier_actors(noun, ctx, ("poss",)), noun)}
    return bool(owners) and not owners & {m.key for m in clause_subjects(verb, ctx)}


# "Aarage attacked a bus before being killed by Israeli soldiers": the one killed is the main clause's subject
def undergoer_of_passive_adjunct(verb: Token, phrase: str, ctx: Context) -> Iterator[tuple[str, Mention, str, bool]]:
    if verb.dep_ != "pcomp" or any(c.dep_ == "nsubjpass" for c in verb.children):
        return
    governor = verb.head.head
    if governor.pos_ not in ("VERB", "AUX") or is_passive(governor):
        return
    for mention in clause_subjects(governor, ctx):
        yield phrase, mention, "passive-adjunct", False


# "institutions belonging to Hamas", "facilities owned by Aramco", "camps run by al-Qaeda", "ships linked to
# Israel": their owner; "the caves where Al Qaeda fighters were hiding": who stays there
def belonging_owners(noun: Token, ctx: Context) -> list[Mention]:
    # also "shelled villages held by ethnic Albanian guerrillas": places held (not people held, who are captives)
    holding = {"hold"} if noun.lemma_.lower() in SETTLEMENT_NOUNS | LOCATED_TARGETS | REGION_NOUNS else set()
    return occupants(noun, ctx) or [
        m
        for clause in noun.children
        if clause.dep_ in ("acl", "amod") and clause.lemma_.lower() in OWNING_VERBS | TIE_WORDS | holding
        for by in clause.children
        if by.dep_ in ("prep", "agent") and by.lower_ in ("to", "by")
        for pobj in by.children
        if pobj.dep_ == "pobj"
        for item in conjuncts(pobj)
        for m in actors_of(item, ctx)
    ]


# "bombed the caves where Al Qaeda fighters were hiding", "struck a compound where Taliban leaders were meeting":
# who stays in a place a blow hits
def occupants(noun: Token, ctx: Context) -> list[Mention]:
    return [
        m
        for clause in noun.children
        if clause.dep_ == "relcl" and clause.lemma_.lower() in OCCUPYING_VERBS
        and any(c.dep_ == "advmod" and c.lower_ == "where" for c in clause.children)
        for subject in clause.children
        if subject.dep_ in ("nsubj", "nsubjpass")
        for m in actors_of(subject, ctx)
    ] or passengers(noun, ctx)


# "an ambush on a bus carrying Israeli settlers", "shot down a plane carrying Ukrainian citizens": who rides in it
def passengers(noun: Token, ctx: Context) -> list[Mention]:
    return [
        m
        for clause in noun.children
        if clause.dep_ in ("acl", "relcl") and clause.lemma_.lower() in CARRYING_VERBS
        for cargo in clause.children
        if cargo.dep_ == "dobj"
        for m in actors_of(cargo, ctx)
    ]


# "will surrender to elders, not to Karzai", "talk to Europe but not to the United States": a party the
# sentence sets apart with "not" is denied the relation
def is_contrasted(pobj: Token) -> bool:
    if any(c.dep_ == "neg" for c in pobj.children):
        return True  # "attacked not Israel but Saudi Arabia"
    start = min(pobj.head.i if pobj.dep_ == "pobj" else pobj.i, pobj.left_edge.i)
    return start > 0 and pobj.doc[start - 1].lower_ in ("not", "never")


# "scoured Afghanistan's highlands for bin Laden": a search's object is where, its "for" is whom
def sought_elsewhere(verb: Token, phrase: str, ctx: Context) -> bool:
    return classify(phrase) == "investigate" and any(
        actors_of(pobj, ctx) for prep, pobj in prepositional_objects(verb, ctx, set()) if prep == "for"
    )


# "scoured the highlands for bin Laden", where the parser hangs "for" on the place searched
def searched_for(obj: Token, phrase: str, ctx: Context) -> list[Mention]:
    if classify(phrase) != "investigate":
        return []
    return [m for prep, pobj in prepositional_objects(obj, ctx, set()) if prep == "for" for m in actors_of(pobj, ctx)]


# "arrested 100 militants from Hamas", where the parser hangs "from Hamas" on the verb: members of it
def detached_members(verb: Token, obj: Token, ctx: Context) -> list[Mention]:
    if obj.lemma_.lower() not in GROUP_NOUNS or classify(verb.lemma_.lower()) in SOURCE_CLASSES:
        return []
    return [
        m
        for prep, pobj in prepositional_objects(verb, ctx, set())
        if prep == "from" and pobj.i > obj.i
        for item in conjuncts(pobj)
        if (m := actor_of(item, ctx)) is not None
    ]


# "ordered Khashoggi's killing", "ordered Navalny's arrest": the person whose killing was ordered is its victim
def ordered_act_patients(noun: Token, ctx: Context) -> list[Mention]:
    if noun.lemma_.lower() not in PATIENT_ACTS or any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return []
    return [m for c in noun.children if c.dep_ == "poss" for m in actors_of(c, ctx) if m.type == "person"]


# "Many of bin Laden's fighters", "two of the Hamas militants": the actors a quantity is taken from
def partitive_actors(token: Token, ctx: Context) -> list[Mention]:
    chosen = quantified(token)
    return actors_of(chosen, ctx) if chosen is not token else []


# "rejected U.S. overtures", "sent a letter to Khamenei", "have a relationship with the Iranians"
# "targets some of Russia's institutions", "seized many of their weapons": what the quantifier picks from
def quantified(obj: Token) -> Token:
    if obj.lower_ not in QUANTIFIERS and not (obj.pos_ == "NUM" and obj.like_num):  # also "one of its vehicles"
        return obj
    chosen = [o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return chosen[0] if chosen else obj


# "Afroz admitted during questioning the Al Qaeda network had sent him": the parser makes the subject of the next
# clause, whose verb has none, an object
def heads_next_clause(obj: Token) -> bool:
    rights = [c for c in obj.rights if c.dep_ not in ("conj", "cc", "punct")]  # not "ISIS and Turkey would"
    end = (rights[-1].right_edge.i if rights else obj.i) + 1
    # an auxiliary opens the clause; not "troops trying to arrest a Hamas member shot him"
    verb = subjectless_clause_at(obj.doc, end)
    return verb is not None and verb.i != obj.head.i


# "voted to suspend ties with Israel, to impose an arms embargo and to threaten trade sanctions": a measure
# (an embargo, sanctions; not a curfew) with no target of its own, coordinated with an act on one party, aims at it
def shared_target(verb: Token, ctx: Context) -> list[Mention]:
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    siblings = [first, *first.conjuncts]
    if first.dep_ == "advcl" and first.head.pos_ == "VERB":  # the parser may hang "to impose" on "to review"
        siblings += [first.head, *first.head.conjuncts]
    if first.dep_ in ("xcomp", "advcl"):  # "voted to review links with Israel, to impose an arms embargo"
        siblings += [c for c in first.head.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"]
    found: dict[str, Mention] = {}
    for sibling in (s for s in siblings if s.i != verb.i):
        for obj in (c for c in sibling.children if c.dep_ == "dobj"):
            chained = [m for _, m in noun_chain_objects(obj, ctx)]  # "ties with Israel"
            parties = actors_of(obj, ctx) or list(target_objects(obj, ctx)) or chained
            found.update((m.key, m) for m in parties)
    return list(found.values()) if len(found) == 1 else []


# "halted its cooperation with the IAEA", "ended its support for Hamas", "stopped talks with Israel", "rejected
# talks with the US": ending or refusing one's own tie to a party denies it (a verb of reducing ties, "suspended
# talks", reads as reduce)
def ended_tie_parties(verb: Token, noun: str, obj: Token, ctx: Context) -> list[Mention]:
    lemma = verb.lemma_.lower()
    refused = lemma in TIE_REFUSING_VERBS  # "rejected talks with the US", "refused talks with Israel"
    if not (ends_act(verb) or refused) or classify(lemma) == "reduce" or not is_event_noun(obj) or is_negated(verb):
        return []
    if classify(noun) in HOSTILE_CLASSES | {FALLBACK_CLASS} or f"{lemma} {noun}" in LEXICON:
        return []  # (an ending the taxonomy lists: "ended its ties with Georgia" reduces them)
    if any(ctx.actors.mention_at(c) is not None for c in obj.children if c.dep_ in ("poss", "amod", "compound")):
        return []  # "stopped Hamas's talks with Israel": another's tie
    found = {m.key: m for _, m in noun_chain_objects(obj, ctx)}
    preps = [*detached_preps(obj), *(c for c in obj.children if c.dep_ == "prep" and c.lower_ in ("with", "for", "to"))]
    pobjs = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    found.update((m.key, m) for o in pobjs for m in joiners(o, ctx) or actors_of(o, ctx))
    return list(found.values())


# "pulled out of the talks with Iran", "walked out of a meeting with Israeli officials": leaving a tie is aimed at
# its other party
def left_tie_parties(phrase: str, prep: str, pobj: Token, ctx: Context) -> list[Mention]:
    leaving = f"{phrase} {prep.split()[0]}" if " " in prep else phrase  # "pull out"
    if classify(leaving) not in ("reduce", "protest", "yield") or not is_event_noun(pobj):
        return []
    if classify(relation_noun(pobj)) in HOSTILE_CLASSES | {FALLBACK_CLASS}:
        return []  # "pulled out of the war against ISIS" is no leaving of ISIS
    parties = [m for _, m in noun_chain_objects(pobj, ctx)]  # also "an Israeli-Palestinian security meeting"
    verb = next((a for a in pobj.ancestors if a.pos_ == "VERB"), None)
    if verb is not None and not parties:  # "pulled out of the nuclear deal with Iran": the parser hangs the party on
        # the verb
        withs = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" and c.i > pobj.i]
        parties = [m for w in withs for o in w.children if o.dep_ == "pobj" for m in actors_of(o, ctx)]
    modifiers = [t for c in pobj.children if c.dep_ in ("amod", "compound") for t in c.subtree]
    return parties or list({m.key: m for t in modifiers for m in ctx.actors.mentions_of(t)}.values())


# "marched in protest against the Israeli siege", "went on strike in protest at the US bombing": protests at the
# target or at the act's doers
def in_protest_objects(verb: Token, ctx: Context) -> Iterator[tuple[str, Mention, str, bool]]:
    for _, protest in in_phrases([verb], {"protest"}):
        for prep in (c for c in protest.children if c.dep_ == "prep" and c.lower_ in ("against", "at", "over")):
            for target in (o for o in prep.children if o.dep_ == "pobj"):
                for mention in actors_of(target, ctx) or event_agents(target, ctx):
                    yield "protest", mention, "in-protest", False


# "offered to mediate in the dispute between India and Pakistan": the mediator deals with both parties
def mediated_disputes(verb: Token, ctx: Context) -> Iterator[tuple[str, Mention, str, bool]]:
    if verb.lemma_.lower() not in MEDIATING_VERBS:
        return
    from kg.extract.nominal import between_parties  # nominal reads this module

    disputes = [o for p, o in prepositional_objects(verb, ctx, set()) if p == "in" and is_event_noun(o)]
    for mention in (m for dispute in disputes for m in between_parties(dispute, ctx)):
        yield f"{verb.lemma_.lower()} between", mention, "mediated-dispute", False


def in_phrases(heads: list[Token], lemmas: set[str]) -> list[tuple[Token, Token]]:
    """The ("in", noun) pairs of "in protest", "in revenge" on the heads given, for the nouns given."""
    return [
        (p, o)
        for h in heads
        for p in h.children
        if p.dep_ == "prep" and p.lower_ == "in"
        for o in p.children
        if o.dep_ == "pobj" and o.lemma_.lower() in lemmas
    ]


# "carried out the assassination in revenge for the killing of its leader by Israel", "closed the crossings in
# retaliation for the Hamas attack": an act done to answer a violent act is aimed at its doers
def in_answer_objects(verb: Token, ctx: Context) -> Iterator[tuple[str, Mention, str, bool]]:
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # also "the assassination | in revenge"
    answers = in_phrases([verb, *objects], REVENGE_NOUNS)
    if answers and any(m.type != "place" for c in objects for m in (*actors_of(c, ctx), *modifier_actors(c, ctx))):
        return  # "expelled Pakistani diplomats in retaliation for the attack": aimed at the diplomats' country
    for in_prep, answer in answers:
        # the "for" on the answer, or next to it on the same head, as the parser may hang it
        preps = [*answer.children, *(c for c in in_prep.head.children if c.i == answer.i + 1)]
        for prep in (c for c in preps if c.dep_ == "prep" and c.lower_ in ("for", "to")):
            for act in (o for o in prep.children if o.dep_ == "pobj" and classify(o.lemma_.lower()) == "attack"):
                own = verb_phrase(verb)  # "closed the crossings in retaliation": the answer's own act, if hostile
                label = own if classify(own) in HOSTILE_CLASSES else "retaliate"
                for mention in avenged_doers(act, ctx):
                    yield label, mention, "in-answer", is_negated(verb)


# "vowed revenge for the killing", "sought vengeance for the bombing": the act revenge is vowed for
def revenge_for(obj: Token) -> list[Token]:
    if obj.lemma_.lower() not in REVENGE_NOUNS - {"response"}:
        return []
    return [o for p in obj.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]


def set_off_noun(verb: Token) -> Token | None:
    """Parser repair: 'its leaders, killed in an Israeli helicopter attack', a participle set off by a comma that the
    parser hangs on the main verb: the noun right before the comma."""
    doc = verb.doc
    if verb.dep_ != "advcl" or verb.tag_ != "VBN" or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return None
    noun = doc[verb.i - 2]
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.i > verb.head.i else None


# "vowed to avenge the deaths of two of its leaders, killed in an Israeli helicopter attack": the doers of the act a
# participle after a noun says it died in
def killers_in_participle(noun: Token, ctx: Context) -> list[Mention]:
    inside = {t.i for t in noun.subtree}
    for verb in (t for t in ctx.sent if t.tag_ == "VBN" and classify(t.lemma_.lower()) == "attack"):
        victim = set_off_noun(verb) or (verb.head if verb.dep_ == "acl" else None)
        if victim is None or victim.i not in inside:
            continue
        acts = [o for p, o in prepositional_objects(verb, ctx, set()) if p in ("in", "during")]
        return [m for act in acts for m in event_agents(act, ctx)]
    return []


# "vowed to avenge Soleimani's killing by the United States", "avenge the US killing of Soleimani": an act avenged
# is aimed at its doer; the one avenged ("avenge Soleimani", "his killing") is no target
def avenged_doers(obj: Token, ctx: Context) -> list[Mention]:
    if not (is_event_noun(obj) or obj.lemma_.lower() in EVENT_NOUN_VERBS):  # also "avenge the deaths"
        return []
    victims = {m.key for _, m in noun_chain_objects(obj, ctx)}
    if obj.lemma_.lower() in PATIENT_ACTS:
        victims |= {m.key for c in obj.children if c.dep_ == "poss" for m in actors_of(c, ctx)}
    detached = noun_agents(obj.head, ctx)  # "avenge Soleimani's killing | by the United States": "by" on the verb
    doers = noun_agents(obj, ctx) or detached or event_agents(obj, ctx) or killers_in_participle(obj, ctx)
    return [m for m in doers if m.key not in victims]


# "Israel responded to the Hamas attack", "retaliated for the bombing by Hamas": an answer to a violent act is
# aimed at its doer (not "responded to the criticism", which is words)
def answered_doers(verb: Token, prep: str, pobj: Token, ctx: Context) -> list[Mention]:
    if verb.lemma_.lower() not in ANSWERING_VERBS or prep not in ("to", "for"):
        return []
    doc = pobj.doc
    if pobj.i + 2 < len(doc) and doc[pobj.i + 1].text == "-" and doc[pobj.i + 2].head.i == pobj.head.i:
        return []  # "respond to Hamas's counter-proposal", split "counter - proposal": a word that only begins one
    gunfire = pobj.lemma_.lower() == "fire" and pobj.pos_ == "NOUN"  # "were responding to unprovoked Indian fire"
    if not gunfire and (not is_event_noun(pobj) or classify(relation_noun(pobj)) not in ("attack", "fight", "posture")):
        return []
    subjects = {m.key for m in clause_subjects(verb, ctx)}
    return [m for m in event_agents(pobj, ctx) if m.key not in subjects]


def ends_act(verb: Token) -> bool:
    """'halted', 'stopped', 'cancelled', 'postponed', 'called off', 'tore up', 'dropped its opposition': a verb
    that ends an act or calls it off."""
    lemma = verb.lemma_.lower()
    called_off = lemma == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
    torn_up = lemma in ("tear", "rip") and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
    # "dropped its opposition to Turkey's membership" (not "dropped bombs on Gaza", an act done)
    dropped = lemma == "drop" and any(c.dep_ == "dobj" and c.lemma_.lower() in DROPPED_STANCES for c in verb.children)
    return lemma in CEASING_VERBS | CANCELLING_VERBS | WITHDRAWING_VERBS or called_off or torn_up or dropped


# "decided to stop suicide bombings against Israel", "halted its attacks on Israel": the subject's own hostile acts
# ended deny the relation; None when the verb ends no such act of the subject's ("stopped Hamas attacks")
def ceased_act_targets(verb: Token, noun: str, obj: Token, ctx: Context) -> list[Mention] | None:
    if not ends_act(verb) or classify(noun) not in HOSTILE_CLASSES:
        return None
    if classify(noun) == "fight" and not any(c.dep_ == "poss" for c in obj.children):
        return None  # "efforts to end the conflict in Yemen": a war the subject may only mediate, not its own
    other = (c for c in obj.children if c.dep_ in ("poss", "amod", "compound") and not is_pronoun(c))
    if any(ctx.actors.mention_at(c) is not None for c in other):
        return None
    if is_negated(verb):
        return []  # not "did not stop the attacks"
    detached = [
        m
        for p in detached_preps(obj)
        for o in p.children
        if o.dep_ == "pobj" and o.lemma_.lower() not in VENUE_NOUNS  # not "at an ASEAN summit": where, not whom
        for m in actors_of(o, ctx)
    ]
    return list(target_objects(obj, ctx)) or detached or own_campaign_foes(verb, obj, ctx)


# "the rebels broke off peace talks and resumed their attacks", "Hamas informed them it was halting its operations":
# a side's own violence, aimed at no one named, is aimed at the side it faces in the article
def own_campaign_foes(verb: Token, obj: Token, ctx: Context) -> list[Mention]:
    if classify(relation_noun(obj)) not in ("attack", "fight") or not is_event_noun(obj):
        return []
    if names_its_target(obj) or names_its_target(verb):
        return []  # "accused the United States of waging war on Islam": aimed at what it names, no actor
    owners = [c for c in obj.children if c.dep_ in ("poss", "amod", "compound") and not is_pronoun(c)]
    if any(ctx.actors.mention_at(c) or (c.pos_ == "NOUN" and classify(c.lemma_.lower()) != "attack") for c in owners):
        return []  # "resumed Israeli attacks": another's; "halt their drilling operations": no violence
    subjects = clause_subjects(verb, ctx)
    if len(subjects) != 1 or subjects[0].type not in ("country", "armed_group", "organisation"):
        return []
    named = {m.key for t in verb.subtree if (m := ctx.actors.mention_at(t)) is not None}
    if named - {subjects[0].key}:
        return []  # "launched raids to arrest scores of Hamas members": the clause names its own party
    return faced_sides(subjects[0], ctx, hostile=True)


# verbs that carry on or start a campaign: "resumed their attacks", "stepped up its offensive"
CAMPAIGN_VERBS = {"resume", "step", "intensify", "launch", "continue", "escalate", "mount", "renew", "wage"}


# verbs of putting forward forces one will send: "Blair has offered British troops for the campaign"
PLEDGING_VERBS = {"offer", "pledge", "promise", "commit", "contribute"}


# "expressed regret to South Korea", "offered his apologies to China": regret told to a side is an apology to it
def contrition_addressees(verb: Token, obj: Token, ctx: Context) -> list[Mention]:
    contrition = obj.lemma_.lower() in ("regret", "apology", "sorrow", "remorse")
    if not contrition or verb.lemma_.lower() not in EXPRESSING_VERBS:
        return []
    preps = [p for h in (verb, obj) for p in h.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"]
    return [m for p in preps for o in p.children if o.dep_ == "pobj" for m in actors_of(o, ctx)]


# "sent Downer to Jakarta", "deployed the SAS into Afghanistan": a verb of sending with where to
def has_destination(verb: Token) -> bool:
    return any(c.dep_ in ("prep", "dative") and c.lower_ in ("to", "into") for c in verb.children)


def direct_objects(verb: Token, phrase: str, obj: Token, ctx: Context) -> Iterator[tuple[str, Mention, str, bool]]:
    if heads_next_clause(obj):
        return
    if obj.lower_ == "it" and verb.lemma_.lower() in REGRETTING_VERBS:
        return  # "we will make them regret it": what is regretted is an act, no actor
    if verb.lemma_.lower() in ("order", "instruct", "command") and is_own_staff(obj):
        return  # "Deuba has ordered the army to hunt down the guerrillas": one's own forces, no party
    if obj.lower_ in REFLEXIVE_PRONOUNS and classify(phrase) == "attack":
        for mention in blast_places(verb, ctx):
            yield phrase, mention, "suicide-blast", False
        return
    joined = joined_measure_targets(verb, obj, ctx)
    for mention in joined:  # "refused to join European Union sanctions against Russia": the subject's own measure
        yield relation_noun(obj), mention, "object-target", False
    if joined:
        return
    holders = release_holders(verb, phrase, obj, ctx)
    for mention in holders:  # "Turkey detained Joakim Medin. Sweden demanded his release": asked of Turkey
        yield f"{phrase} {obj.lemma_.lower()}", mention, "requested-release", has_negative_determiner(obj)
    if holders:
        return
    mentions = joiners(obj, ctx) or actors_of(obj, ctx)  # "condemned Finland's NATO membership": Finland's
    if not mentions and quantified(obj).lemma_.lower() in NONSTATE_GROUPS and quantified(obj).i != obj.i:
        mentions = actors_of(quantified(obj), ctx)  # "arrested 200 of the protesters", a band's own members
    if not mentions and classify(phrase) in ("coerce", "attack", "reduce"):
        mentions = protest_doers(obj, ctx)  # "police dispersed the demonstration": the protesters
    sending = verb.lemma_.lower() in DISPATCH_VERBS | PLEDGING_VERBS  # also "offered British troops for the campaign"
    if sending and obj.dep_ != "dative" and counted_noun(obj).lemma_.lower() in NONSTATE_GROUPS.keys() | SENT_FORCES:
        mentions = []  # "deployed thousands of troops along its border", "sent militants into Kashmir", "sent
        # mercenaries to Mali", "send more Australian police to the Solomons": the ones sent are no party (but "offered
        # the rebels an amnesty" offers it to them)
    if verb.lemma_.lower() in DISPATCH_VERBS and has_destination(verb):
        mentions = []  # "sent Foreign Minister Alexander Downer to Jakarta", "send the SAS to Afghanistan": one's envoy
        # or unit sent somewhere is no party (the destination is)
    if verb.lemma_.lower() in CLOSING_VERBS and obj.lemma_.lower() in POSTS:
        phrase = f"{phrase} {obj.lemma_.lower()}"  # "closed the Iranian embassy" reduces ties; it coerces no one
    if mentions and verb.lemma_.lower() in LIGHT_HEADS:
        phrase = verb.lemma_.lower()  # "pursuing al Qaeda fighters": the actor is chased, not a "fighter" act
    if mentions and obj.lemma_.lower() == "whereabouts":
        phrase = f"{phrase} whereabouts"  # "confirmed the whereabouts of Osama bin Laden" found him, confirming no one
    if mentions and verb.lemma_.lower() == "guard" and is_captive(obj):
        phrase = "guard captive"  # "guarding captured ISIS fighters" keeps them, which "guarding Arafat" does not
    if mentions and all(m.type == "place" for m in mentions):  # "struck Isfahan", a town named as a place
        entered = invaded_town_country(verb, obj, ctx) if classify(phrase) == "posture" else []
        mentions = struck_country(verb, phrase, obj, ctx) or entered or mentions
    if mentions:
        # "attacked neither Iran nor Syria"; "attacked not Israel but Saudi Arabia": Israel is set apart
        contrasted = ctx.actors.mention_at(obj) if is_contrasted(obj) else None
        for mention in mentions:
            yield phrase, mention, "direct-object", is_neither(obj) or mention == contrasted
        return
    if opens_reported_clause(verb, obj):
        return
    obj = quantified(obj)
    amount = is_money(obj) and (classify(verb.lemma_.lower()) in GIVING_CLASSES or verb.lemma_ in LIGHT_VERBS)
    if (obj.pos_ not in ("NOUN", "PROPN") and not amount) or sought_elsewhere(verb, phrase, ctx):
        return
    obj = counted_noun(obj)
    planned = planned_act_of(verb, obj)
    if planned is not None:  # "has no plans for direct talks with Iran", "no interest in talks with Seoul": meant
        negative = has_negative_determiner(obj)
        act = relation_noun(planned)
        for label, mention, _, _ in direct_objects(verb, phrase, planned, ctx):
            yield act if classify(act) == classify(label) else label, mention, "planned-act", negative
        return
    struck = [] if owned_by_band(obj) else struck_country(verb, phrase, obj, ctx)
    for mention in struck:
        yield phrase, mention, "struck-place", False
    if struck:
        return
    sought = searched_for(obj, phrase, ctx)
    for mention in sought:
        yield phrase, mention, "search-for", False
    if sought:
        return
    members = detached_members(verb, obj, ctx)
    for mention in members:
        yield phrase, mention, "direct-object-members", False
    if members:
        return
    negative = has_negative_determiner(obj)
    noun = "money" if amount else relation_noun(obj)  # "gave $10 million to": money
    ceased = ceased_act_targets(verb, noun, obj, ctx)
    for mention in ceased or []:
        yield noun, mention, "ceased-act", True
    if ceased is not None:
        return
    ended = ended_tie_parties(verb, noun, obj, ctx)
    for mention in ended:  # "halted its cooperation with the IAEA", "ended its support for Hamas"
        yield noun, mention, "ended-tie", True
    if ended:
        return
    idiom = f"{phrase} {noun}" in LEXICON  # "closed its border with Colombia": a listed verb and noun
    with_noun = (verb.lemma_ in LIGHT_VERBS or is_event_noun(obj) or idiom) and not phrase.endswith(f" {noun}")
    label = f"{phrase} {noun}" if with_noun else phrase
    if verb.lemma_ in ORDERING_VERBS | ADOPTING_VERBS | SPONSORING_VERBS and classify(noun) in HOSTILE_CLASSES:
        label = noun  # "ordered the closure of Hamas offices", "agreed new sanctions", "funded attacks on Israel":
        # the act is the noun's
        victims = ordered_act_patients(obj, ctx)
        for mention in victims:
            yield label, mention, "ordered-act", negative
        if victims:
            return
    addressees = contrition_addressees(verb, obj, ctx)
    for mention in addressees:  # "expressed regret to South Korea over Japan's colonial rule": an apology to Seoul
        yield "apologise", mention, "apology", negative
    if addressees:
        return
    helpers = sought_helpers(verb, obj, ctx)
    for mention in helpers:  # "sought Iran's help", "needs the cooperation of the states": the helper is asked
        yield f"{verb.lemma_.lower()} {obj.lemma_.lower()}", mention, "sought-help", negative
    if helpers:
        return
    ending = asked_end_doers(phrase, verb, obj, ctx)
    for mention in ending or []:  # "demanded an immediate halt to the bombing": asked of the bombers
        yield phrase, mention, "requested-end", has_negative_determiner(obj)
    if ending is not None:
        return
    asked = requested_agents(verb, obj, ctx)
    for mention in asked:  # "demanded US cooperation with Russia": asked of the US, not Russia
        yield phrase, mention, "requested-agent", has_negative_determiner(obj)
    if asked:
        return
    own_class = verb.lemma_.lower() in LEXICON or verb.lemma_ in LIGHT_VERBS  # not "considered a request from the US"
    if classify(phrase) in SOURCE_CLASSES and own_class:  # "demanded an explanation from Russia", "dismissed the claim
        # from Berlin"
        sources = [
            m for prep, pobj in prepositional_objects(obj, ctx, set()) if prep == "from" for m in actors_of(pobj, ctx)
        ]
        sources = sources or stranded_sources(obj, ctx)  # "rejected criticism of its stand from the UN envoy"
        for mention in sources:
            yield phrase, mention, "object-source", negative
        if sources:
            return
    if with_noun and label in LEXICON and classify(label) != classify(phrase):  # "blocked access to the BBC"
        targets = [m for _, m in noun_chain_objects(obj, ctx)]
        if not targets and relief_noun(obj):  # "blocked aid | to Gaza": the parser hangs the town on the verb
            targets = [m for m in detached_targets(verb, obj, ctx) if m.type != "place"]
        for mention in targets:
            yield label, mention, "verb-noun-idiom", negative
        if targets:
            return
    if verb.lemma_.lower() in WORDS_OR_BLOWS and obj.lemma_.lower() in STRUCK_THINGS:
        owners = leader_free(modifier_actors(obj, ctx), obj) or belonging_owners(obj, ctx)
        # (also "blasted a building of Mr Arafat's Fatah movement": the thing's owner named by "of")
        owned = prepositional_objects(obj, ctx, set())
        owners = owners or [m for p, o in owned if p == "of" for m in actors_of(o, ctx)]
        for mention in owners:  # "Israeli jets blasted Hamas positions": blows at a thing, not words at a person
            yield phrase, mention, "struck-thing", negative
        if owners:
            return
    idiom = object_idiom(verb, phrase)
    if idiom != phrase and classify(idiom) in HOSTILE_CLASSES and not is_event_noun(obj):
        owners = leader_free(modifier_actors(obj, ctx), obj)  # "blocked a Philippine boat": a bar to the boat's side
        for mention in owners:
            yield idiom, mention, "object-modifier", negative
        if owners:
            return
    if verb.lemma_.lower() in DENIAL_VERBS and obj.lemma_.lower() in SHARE_NOUNS:
        return  # "denied any Pakistani role in the raid": the share denied, which the responsibility reader reads
    if is_evaluative(verb):  # "condemned Russia's invasion of Ukraine": aimed at the act's agent, not its target
        own = own_sides(verb, ctx) if verb.lemma_.lower() in REGRETTING_VERBS else set()
        agents = event_agents(obj, ctx) or detached_agents(verb, obj, ctx) or explained_agents(verb, obj, ctx)
        for mention in agents or last_attackers(obj, ctx) or protest_doers(obj, ctx):
            if mention.key not in own:  # "Israeli spokesman Arye Mekel regrets the deaths": his side's, no blame
                yield phrase, mention, "event-agent", negative
        return
    victim_of = is_tied_to_owner(obj, ctx)
    owners = [] if victim_of else joiners(obj, ctx) or leader_free(modifier_actors(obj, ctx), obj)
    if owners and town_named_with_owner(obj, ctx):
        owners = []  # "the Ramallah headquarters of the Palestinian leader, Yasser Arafat": his, not the town's
    reported = reporters_own(verb, obj, owners, ctx)
    owners = reported or owners or belonging_owners(obj, ctx)
    owners = [m for m in owners if m.key not in own_pronoun_owners(verb, obj, ctx)]
    if owners and all(m.type == "place" for m in owners) and located_in(obj, ctx):
        owners = []  # "the West Bank town of Ramallah": the town's country, not the region named before it
    owning = classify(verb.lemma_.lower()) in OWNER_CLASSES or bool(reported)  # also "entered its airspace"
    particled = phrase == " ".join([verb.lemma_.lower(), *particles_of(verb)]) and phrase != verb.lemma_.lower()
    owning = owning or (particled and classify(phrase) in OWNER_CLASSES)  # "sealed off Palestinian towns"
    if owners and verb.lemma_ not in LIGHT_VERBS and owning:
        for mention in owners:  # "struck Houthi positions in Yemen", "banned Indian planes": the owner
            yield phrase, mention, "object-modifier", negative
        return
    # "captured the town of Kunduz from the Taliban": taken from the side named, not from the town's country
    taken_from = any(p == "from" and actors_of(o, ctx) for p, o in prepositional_objects(verb, ctx, set()))
    located = obj.lemma_.lower() in LOCATED_TARGETS and not victim_of and not taken_from and not owned_by_band(obj)
    if classify(phrase) in ("attack", "coerce") and located:
        places = [pobj for prep, pobj in prepositional_objects(verb, ctx, set()) if prep in ("in", "inside")]
        countries = located_in(obj, ctx) or [m for p in places for m in place_country(p, ctx)]  # "in" on the verb
        for mention in countries:  # "would not attack targets in Saudi Arabia": no owner, the country they are in
            yield phrase, mention, "located-target", negative
        if countries:
            return
    if verb.lemma_ in DRAWING_VERBS:
        return  # "provoking Israeli air raids against Arafat's administration": the drawn raids are not the subject's
    prevented = {classify(obj.lemma_.lower()), classify(noun)} & (HOSTILE_CLASSES | {"threaten"})
    aimed = any(c.dep_ == "prep" and c.lower_ in ("on", "against", "into", "towards", "toward") for c in obj.children)
    if verb.lemma_.lower() in REPELLING_VERBS and (prevented or aimed or is_event_noun(obj)):
        for mention in event_agents(obj, ctx):  # "help Kabila repel a rebel advance on Kinshasa": the rebels
            yield phrase, mention, "repelled-act", negative
        return
    if verb.lemma_ in PREVENTING_VERBS and prevented:  # also "foiled an assassination plot against Mugabe"
        return  # "foiled attacks against Israel": an attack kept from happening attacks no one
    # (also a measure eased: "rolled back sanctions on Venezuela's oil sector" yields to Venezuela)
    eased = classify(label) == "yield" and classify(obj.lemma_.lower()) in ("reduce", "coerce")
    if (classify(label) in CONFLICT_CLASSES or eased) and not victim_of and (
        verb.lemma_ in LIGHT_VERBS | ANNOUNCING_VERBS | PLANNING_VERBS | SPONSORING_VERBS | CAMPAIGN_VERBS
        or classify(verb.lemma_.lower()) in CONFLICT_CLASSES
        or f"{verb.lemma_.lower()} {obj.lemma_.lower()}" in LEXICON  # "delayed military aid for Ukraine"
        or eased
    ):  # "bans flights to Cuban airports", "announced restrictions on flights to Cuba", "was planning terrorist
        # attacks in Australia"; not "prevent killing"
        targets = [] if owned_by_band(obj) else list(target_objects(obj, ctx)) or detached_targets(verb, obj, ctx)
        if verb.lemma_.lower() in CAMPAIGN_VERBS:
            targets = targets or own_campaign_foes(verb, obj, ctx)  # "the rebels resumed their attacks"
        targets = targets or (detached_border(verb, obj, ctx) if classify(label) == "posture" else [])
        targets = targets or (shared_target(verb, ctx) if classify(label) in ("reduce", "threaten") else [])
        rule = "attempted-act" if attempted_act(obj) is not None else "object-target"  # "an assassination attempt"
        rule = "planned-act" if is_planned_act(verb, obj) else rule  # "is planning an attack on Baghdad"
        for mention in targets:
            yield label, mention, rule, negative
        if targets:
            return
    idioms = [(f"{label} {p}", o) for p, o in prepositional_objects(obj, ctx, set()) if f"{label} {p}" in LEXICON]
    for idiom, pobj in idioms:  # "take action against Hamas", "took several steps against Somali groups"
        for mention in actors_of(pobj, ctx):
            yield idiom, mention, "light-verb-noun", negative
    if idioms:
        return
    found = False
    chain = noun_chain_objects(obj, ctx) if verb.lemma_ in LIGHT_VERBS or is_event_noun(obj) else iter(())
    if verb.lemma_ in DRAWING_VERBS:
        chain = iter(())  # "prompting US strikes on Yemen": the drawn strikes are not the subject's
    elif is_others_support(verb, obj, ctx):
        chain = iter(())  # "Blinken reaffirmed the U.S. commitment to Japan": the US's, which the nominal reader reads
    elif is_topic(verb, obj):  # "discussed Russia's aggression against Ukraine": a topic, not the talk's partner;
        # but "negotiating the surrender of Kunduz with the Taliban": the partner, hung on the topic
        talks = prepositional_objects(obj, ctx, set())
        chain = iter([(p, m) for p, o in talks if p == "with" for m in actors_of(o, ctx)])
    if not is_event_noun(obj) and verb.lemma_ not in LIGHT_VERBS and classify(verb.lemma_.lower()) in GIVING_CLASSES:
        chain = (  # "pledged 500 million euros in aid to Ukraine"
            item
            for prep, pobj in prepositional_objects(obj, ctx, set())
            if prep in ("in", "of") and is_event_noun(pobj)
            for item in noun_chain_objects(pobj, ctx)
        )
    if verb.lemma_.lower() in LIFTING_VERBS and classify(obj.lemma_.lower()) in ("reduce", "coerce"):
        lifted = [m for p, o in prepositional_objects(obj, ctx, set()) if p == "of" for m in actors_of(o, ctx)]
        imposed = [c for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN"]  # "sanctions imposed on India"
        lifted += [m for v in imposed for p, o in prepositional_objects(v, ctx, set()) if p in ("on", "against")
                   for m in actors_of(o, ctx)]  # fmt: skip
        for mention in lifted:  # "lifted its suspension of Fiji": the one the measure was on
            yield label, mention, "light-verb-noun", negative
        if lifted:
            return
    # "offered to hold a joint investigation with India": a joint act's partner works with the subject, is no target
    joint = joint_object(verb) == obj
    partners = {m.key for p, o in prepositional_objects(obj, ctx, set()) if p == "with" for m in actors_of(o, ctx)}
    # "signed a treaty with Pakistan", "held talks with Germany": a mutual act with its partner, either way round
    mutual = reciprocal_light_verb(verb) and not joint
    for _, mention in chain:
        found = True
        shared = joint and mention.key in partners
        rule = "reciprocal-with" if mutual and mention.key in partners else "light-verb-noun"
        yield f"joint {obj.lemma_.lower()}" if shared else label, mention, rule, negative
    for mention in [] if found or not is_event_noun(obj) else pair_counterparts(verb, obj, ctx):
        found = True  # "will never start a war between the two countries"
        yield label, mention, "light-verb-noun", negative
    for mention in [] if found else offered_talks_partners(verb, obj, ctx):
        found = True  # "Musharraf said he was ready to meet Vajpayee. India ruled out any face-to-face talks."
        yield label, mention, "light-verb-noun", negative
    if found:
        return
    if obj.lemma_.lower() in TRUCE_NOUNS and verb.lemma_.lower() in DECLARING_VERBS | ANNOUNCING_VERBS:
        faced = truce_counterparts(obj, clause_subjects(verb, ctx), ctx)
        for mention in faced:  # "The rebels have declared a month-long ceasefire": with the side they face
            yield label, mention, "declared-truce", negative
        if faced:
            return
    offered = offered_truce(verb, obj, ctx)
    for mention in offered:  # "Hamas offered a ceasefire": to the side it faces
        yield "offer ceasefire", mention, "offered-truce", negative
    if offered:
        return
    holding = verb.lemma_ in LIGHT_VERBS and classify(label) in ("coerce", "attack")  # "holds ISIS detainees"
    if classify(verb.lemma_.lower()) in (FALLBACK_CLASS, "communicate", "statement") and not holding:
        return  # "cited the Cuban government's repression", "acknowledge Obama's letter": says nothing of the owner
    if is_others_support(verb, obj, ctx):
        return  # "Sherman reaffirmed the ironclad U.S. commitment": the US's support, voiced, not Sherman's for the US
    subject_sides = own_pronoun_owners(verb, obj, ctx)  # "Blinken reaffirmed the United States' commitment"
    for item in (obj, *obj.conjuncts):
        if item.lemma_.lower() in COUNTERPART_NOUNS | DOER_NOUNS | TIED_NOUNS | SPAN_NOUNS or kin_of_person(item, ctx):
            continue  # "defeated their opponents", "arrested Arafat's killers", "threatened America's allies": the
            # owner is not the one acted on; nor is it in "the invasion entered its third year", a time
        opposed = ctx.actors.opposed_in(item)  # "joined the anti-ISIS coalition": ISIS is what it is against
        own = subject_sides | ({opposed.key} if opposed is not None else set())
        for child in item.children:
            if child.dep_ in ("poss", "compound", "amod", "nmod") and not child.lower_.endswith(LED_SUFFIXES):
                for mention in actors_of(child, ctx) or owned_by(child, ctx):
                    if mention.key not in own:  # (nor "Blinken reaffirmed the United States' commitment")
                        yield phrase, mention, "object-modifier", negative
        if item.lemma_.lower() in OWNED_NOUNS:  # "supports the sovereignty of Ukraine"
            for mention in noun_agents(item, ctx, "of"):
                yield phrase, mention, "object-owner", negative


# "India cut its diplomatic ties with Pakistan": an object the subject owns through a pronoun names no other party;
# "Blinken reaffirmed the United States' commitment": nor does one a person subject's own side owns
def own_pronoun_owners(verb: Token, obj: Token, ctx: Context) -> set[str]:
    subjects = {m.key: m for m in clause_subjects(verb, ctx)}
    sides = {key for m in subjects.values() for key in ctx.actors.sides_of(m)} - subjects.keys()
    if not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children):
        return sides  # (not "Turkey and Libya allowed Turkish army deployments": each subject's own for the other)
    return sides | subjects.keys()


# "arrested Arafat's killers": not Arafat; "threatened America's allies": not America
def is_tied_to_owner(noun: Token, ctx: Context) -> bool:
    tied = noun.lemma_.lower() in COUNTERPART_NOUNS | DOER_NOUNS | TIED_NOUNS or kin_of_person(noun, ctx)
    return tied or is_doer_of_act(noun)


# parser repair: "Megawati has told visiting Prime Minister John Howard that ...", "met visiting British Prime Minister
# Tony Blair", which the parser reads as a clause "visiting ... Howard": "visiting" right after the verb is the
# title of its object
def is_visiting_title(verb: Token) -> bool:
    return (
        verb.lower_ == "visiting"
        and verb.dep_ in ("xcomp", "advcl")
        and verb.i == verb.head.i + 1
        and any(c.dep_ == "dobj" for c in verb.children)
    )


def visitor_objects(verb: Token, phrase: str, ctx: Context) -> Iterator[tuple[str, Mention, str, bool]]:
    for visiting in (c for c in verb.children if is_visiting_title(c)):
        for mention in (m for c in visiting.children if c.dep_ == "dobj" for m in actors_of(c, ctx)):
            yield phrase, mention, "direct-object", False


# parser repair: "help the Philippine army fight Abu Sayyaf", read as one noun "army fight Abu Sayyaf": the word of
# fighting inside a helped object's name, whose own modifiers name the one helped (the object is fought, not helped)
def fought_in_compound(verb: Token, obj: Token) -> Token | None:
    if verb.lemma_.lower() not in HELPING_VERBS or obj.pos_ != "PROPN":
        return None
    words = [t for t in obj.subtree if t.i < obj.i and t.dep_ == "compound" and t.pos_ in ("NOUN", "VERB")]
    return next((t for t in words if classify(t.lemma_.lower()) in HOSTILE_CLASSES), None)


# "sent them back in", "sent them home": a pronoun object of "send" with a direction is what was sent, not an addressee
def is_sent_somewhere(verb: Token, obj: Token) -> bool:
    if verb.lemma_.lower() != "send" or obj.pos_ != "PRON" or any(c.dep_ == "dative" for c in verb.children):
        return False
    return any(c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "home", "in", "out") for c in verb.children)


# passive blow at a side's member: "A Palestinian teenager was shot dead by Israeli troops" is at the Palestinians,
# as the active "shot dead a Palestinian teenager" is
def owners_of_patient(noun: Token, phrase: str, ctx: Context) -> list[Mention]:
    if classify(phrase) not in OWNER_CLASSES or noun.pos_ != "NOUN" or is_event_noun(noun):
        return []
    if is_tied_to_owner(noun, ctx):
        return []
    # a side, not a person named with a title ("veteran politician Wong Kwok-hing was defeated by James To")
    return [m for m in leader_free(modifier_actors(noun, ctx), noun) if m.type != "person"]


# "killed Qasem Soleimani's deputy", "the son of Saddam Hussein", "an aide to Arafat": a person tied to a named
# person, who is not that person
def kin_of_person(noun: Token, ctx: Context) -> bool:
    if noun.lemma_.lower() not in KIN_NOUNS:
        return False
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "to") for o in p.children]
    return any(m.type == "person" for o in owners for m in actors_of(o, ctx))


# "Qatar relayed the Taliban's demands to the United States", "conveyed a message from Iran to Washington": the
# message's owner speaks to the recipient through the one who carries it
def relayed_statements(verb: Token, subjects: list[Mention], ctx: Context) -> Iterator[Candidate]:
    if verb.lemma_.lower() not in RELAY_VERBS or len(subjects) != 1:
        return
    negated, modality = is_negated(verb), modality_of(verb)
    for message in (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"):
        owners = [m for c in message.children if c.dep_ == "poss" for m in actors_of(c, ctx)]
        owners = owners or leader_free(modifier_actors(message, ctx, ("amod",)), message)  # "the Israeli offer"
        sources = [*prepositional_objects(message, ctx, set()), *prepositional_objects(verb, ctx, set())]
        owners += [m for prep, pobj in sources if prep == "from" for m in actors_of(pobj, ctx)]
        recipients = [m for prep, pobj in sources if prep == "to" for m in actors_of(pobj, ctx)]
        label = message.lemma_.lower() if classify(message.lemma_.lower()) != FALLBACK_CLASS else "communicate"
        for owner in owners:
            for recipient in recipients:
                if subjects[0].key not in (owner.key, recipient.key) and owner.key != recipient.key:
                    yield Candidate(owner, label, recipient, subjects[0], negated, modality, rule="clause:relayed")


# "France is critical of Iran", "grateful to Poland", "appreciative of Grundberg's efforts"
def adjective_objects(verb: Token, ctx: Context) -> Iterator[tuple[str, Mention, str, bool]]:
    if verb_phrase(verb) == "get tough":  # "getting tough on Islamic extremists", "on" parsed as the adjective's
        for adjective in (c for c in verb.children if c.dep_ == "acomp"):
            for prep, pobj in prepositional_objects(adjective, ctx, set()):
                for mention in actors_of(pobj, ctx) if prep in ("on", "with") else []:
                    yield "get tough", mention, "adjective", False
    if verb.lemma_ not in COPULAS:
        return
    for adjective in (c for c in verb.children if c.dep_ == "acomp" and c.lemma_.lower() in ADJECTIVE_RELATIONS):
        for prep, pobj in prepositional_objects(adjective, ctx, set()):
            if prep not in ADJECTIVE_PREPS:
                continue
            for mention in actors_of(pobj, ctx) or event_agents(pobj, ctx):
                yield adjective.lemma_.lower(), mention, "adjective", False


# "joined the calls by UK officials asking the United States to waive", "renewed his call on Iran to":
# whoever joins or repeats a call makes it, to the one it is addressed to
def joined_call_objects(verb: Token, ctx: Context) -> Iterator[tuple[str, Mention, str, bool]]:
    if verb.lemma_.lower() not in CALL_ECHO_VERBS:
        return
    for call in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in CALL_NOUNS):
        addressees = [
            m
            for child in call.children
            if child.dep_ == "acl" and child.lemma_.lower() in REQUEST_LEMMAS
            for o in child.children
            if o.dep_ == "dobj"
            for m in actors_of(o, ctx)
        ] + [m for prep, pobj in prepositional_objects(call, ctx, set()) if prep == "on" for m in actors_of(pobj, ctx)]
        for mention in addressees:
            yield "call on", mention, "joined-call", False


# "is designating three oligarchs: A, B, and C": the parties listed after a colon
def colon_list_objects(verb: Token, phrase: str, ctx: Context) -> Iterator[tuple[str, Mention, str, bool]]:
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj" and not actors_of(c, ctx))]
    if len(heads) < 2:
        return
    colons = [t.i for head in heads for t in head.children if t.text == ":"]
    if not colons:
        return
    for head in heads:
        for item in (c for c in head.children if c.i > colons[0] and c.pos_ == "PROPN"):
            if item.dep_ in ("npadvmod", "appos", "dep", "attr", "dobj", "conj"):
                for mention in actors_of(item, ctx):
                    yield phrase, mention, "colon-list", False


def takes_part(verb: Token, phrase: str) -> bool:
    """A verb through which an event noun's relation is the subject's: a light or participation verb,
    or a verb kg knows ('spoke by phone with', 'called for talks with'); not 'interfered with'."""
    lemma = verb.lemma_.lower()
    if lemma in MEDDLING_VERBS:
        return False  # the affairs meddled in are another's: their owner is the target, not their parties
    return lemma in LIGHT_VERBS | PARTICIPATION_VERBS | STATIVE_PASSIVES or classify(phrase) != FALLBACK_CLASS


# "dismissed the allegations by Britain", where the parser hangs "by Britain" on the active verb: the
# agent of the act judged
def detached_agents(verb: Token, obj: Token, ctx: Context) -> list[Mention]:
    if is_passive(verb) or not (is_event_noun(obj) or obj.lemma_.lower() in DRILL_NOUNS):  # "the drills by Seoul"
        return []
    return [m for prep, pobj in prepositional_objects(verb, ctx, set()) if prep == "by" for m in actors_of(pobj, ctx)]


# people a state moves somewhere, who are no message or force sent to the place: "send asylum seekers to Nauru"
MOVED_PEOPLE = {"seeker", "refugee", "migrant", "immigrant", "prisoner", "detainee", "deportee", "asylum"}


# "decided to send asylum seekers to Nauru": people moved to a place (not "handed over 20 prisoners to the
# Palestinian Authority", given to it)
def moves_people(verb: Token) -> bool:
    moving = verb.lemma_.lower() in DISPATCH_VERBS | {"deport", "move", "ship", "transport"}
    return moving and any(c.dep_ == "dobj" and c.lemma_.lower() in MOVED_PEOPLE for c in verb.children)


# "The UN refugee agency has criticised the policy, saying Australia is shifting its responsibilities": a judged
# act no one is named for is that of the one the judge's explanation says does it
def explained_agents(verb: Token, obj: Token, ctx: Context) -> list[Mention]:
    if any(c.dep_ == "poss" for c in obj.children) or obj.pos_ != "NOUN":
        return []
    explaining = [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and is_speech_verb(c)]
    clauses = [c for e in explaining for c in e.children if c.dep_ == "ccomp"]
    subjects = [s for c in clauses for s in c.children if s.dep_ == "nsubj" and not is_pronoun(s)]
    return [m for s in subjects for m in actors_of(s, ctx)]


# "discussed Russia's aggression against Ukraine": the act talked about, whose party is not talked with
def is_topic(verb: Token, obj: Token) -> bool:
    lemma = verb.lemma_.lower()
    talk = lemma not in LIGHT_VERBS and LEXICON.get(lemma) in ("communicate", "statement")
    return talk and classify(obj.lemma_.lower()) not in ("communicate", FALLBACK_CLASS)


# "fired rockets at a base in South Korea": an unowned thing aimed at is the country it stands in
def located_in(thing: Token, ctx: Context) -> list[Mention]:
    if thing.pos_ != "NOUN":
        return []
    for prep, pobj in prepositional_objects(thing, ctx, set()):
        # "targets inside Syria", "the town of Ramallah"
        if prep in ("in", "inside") or (prep == "of" and thing.lemma_.lower() in SETTLEMENT_NOUNS):
            return place_country(pobj, ctx)
    return []


# "Israeli tanks rolled into Tulkarem", "pushed into the West Bank town of Nablus": a state's forces going into
# another's town show force to the town's country (not "Afghan opposition forces moved into Kandahar", their own)
def invaded_town_country(verb: Token, place: Token, ctx: Context) -> list[Mention]:
    states = place_country(place, ctx) if place.pos_ == "PROPN" else located_in(place, ctx)
    doers = clause_subjects(verb, ctx)
    if not doers or any(d.type != "country" or d.key in {s.key for s in states} for d in doers):
        return []
    return states


def town_country(event: Token, ctx: Context) -> list[Mention]:
    """The country of the town an act was done in: "the suicide bombing in Haifa", "the Bali bombings"."""
    return located_in(event, ctx) or struck_thing_country(event, ctx)


def place_country(place: Token, ctx: Context) -> list[Mention]:
    """The country a place names: itself ('in Ukraine'), a large city's ('in Haifa'), or the owner of a region
    ("in Russia's Krasnodar region")."""
    if place.lower_ in COMPASS_WORDS:  # "in the west of the country", "in the north of Nepal"
        return [m for p, o in prepositional_objects(place, ctx, set()) if p == "of" for m in place_country(o, ctx)]
    found = [m for m in actors_of(place, ctx) if m.type == "country"]
    if not found and place.lemma_.lower() in SETTLEMENT_NOUNS | REGION_NOUNS:
        found = [m for c in place.children if c.dep_ == "poss" for m in actors_of(c, ctx) if m.type == "country"]
    state = None if found else ctx.actors.city_state(place)
    return found or ([state] if state is not None else [])


# "Turkey said Greece had violated its airspace", "Iran accused Israel of attacking its nuclear facility": a hostile
# act (or a show of force: "said Chinese warplanes had entered its airspace") on a thing the pronoun gives to the doer
# itself is on the reporter's (or accuser's) thing
def reporters_own(verb: Token, obj: Token, owners: list[Mention], ctx: Context) -> list[Mention]:
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in obj.children):
        return []
    if any(c.lower_ == "own" for c in obj.children):
        return []  # "attacked its own ships"
    if classify(verb.lemma_.lower()) not in ("attack", "posture", "coerce"):  # also "said Chinese warplanes had
        return []  # entered its air defence zone", "Iran said the United States seized its tanker" (session 39)
    reporter = verb.head if verb.dep_ == "ccomp" and is_speech_verb(verb.head) else None
    if reporter is None and verb.dep_ == "relcl":  # "said it had shot down an Indian drone that violated its airspace"
        reporter = next((a for a in verb.ancestors if a.dep_ != "relcl" and is_speech_verb(a)), None)
    if reporter is None:  # (a charge, "accused Israel of attacking its nuclear facility", is arguments.accusers_own's)
        return []
    doers = {m.key for m in clause_subjects(verb, ctx)}
    if not owners or any(m.key not in doers for m in owners):
        return []
    return [m for m in clause_subjects(reporter, ctx) if m.key not in doers]


# "captured ISIS fighters", "ISIS detainees": people held by another
def is_captive(noun: Token) -> bool:
    words = {noun.lemma_.lower(), *(c.lower_ for c in noun.children if c.dep_ in ("amod", "compound"))}
    return bool(words & CAPTIVE_WORDS)


# "suicide bombers blew themselves up in Jerusalem and Haifa", "blew himself up on a bus in Haifa": the country of
# the places a suicide blast went off in
def blast_places(verb: Token, ctx: Context) -> list[Mention]:
    found: dict[str, Mention] = {}
    for prep, place in prepositional_objects(verb, ctx, set()):
        for item in conjuncts(place) if prep in ("in", "at", "near") else []:
            found.update((m.key, m) for m in place_country(item, ctx))
    return list(found.values())


# "shelled Kharkiv", "killed 26 people in Haifa", "killed ten civilians in Ukraine": a hostile act on a
# country's town, or on people there, is aimed at the country
def struck_country(verb: Token, phrase: str, obj: Token, ctx: Context) -> list[Mention]:
    seized = classify(phrase) == "coerce" and obj.pos_ == "PROPN"  # "annexed Crimea", "occupied Kherson"
    # "carried out the suicide bombing in Haifa": a light verb's act is its noun's
    done = verb.lemma_ in LIGHT_VERBS and obj.pos_ == "NOUN" and classify(relation_noun(obj)) == "attack"
    if classify(phrase) != "attack" and not seized and not done:
        return []  # not "want to enter Kandahar"
    if obj.pos_ == "PROPN":
        state = ctx.actors.city_state(obj)
        return [state] if state is not None else []
    if obj.lemma_.lower() not in VICTIM_NOUNS:
        return struck_thing_country(obj, ctx)
    for prep, pobj in (item for h in (obj, verb) for item in prepositional_objects(h, ctx, set())):
        if prep in ("in", "across", "near"):
            return place_country(pobj, ctx)
    return []


# "bombed security buildings in Ramallah", "bombed Gaza City security buildings": an unowned thing struck in a
# country's town is the country's
def struck_thing_country(obj: Token, ctx: Context) -> list[Mention]:
    owners = [m for m in modifier_actors(obj, ctx) if m.type != "place"]
    if obj.pos_ != "NOUN" or any(c.dep_ == "poss" for c in obj.children) or owners:
        return []  # "Taliban positions in Afghanistan", "its embassy in Damascus": their owner's
    if obj.lemma_.lower() in NONSTATE_GROUPS.keys() | FOLLOWER_NOUNS | RISING_NOUNS or town_named_with_owner(obj, ctx):
        return []  # "attacked Moro rebels": people, not things in a town of that name; "crush the rebellion in Aceh"
    towns = [c for c in obj.children if c.dep_ in ("compound", "amod") and c.pos_ == "PROPN"]  # "the Bali bombings"
    towns += [o for h in (obj, obj.head) for p, o in prepositional_objects(h, ctx, set()) if p == "in"]
    states = [state for town in towns if town.pos_ == "PROPN" and (state := ctx.actors.city_state(town))]
    # "carried out airstrikes inside Afghanistan": a country struck inside is struck
    inside = [o for h in (obj, obj.head) for p, o in prepositional_objects(h, ctx, set()) if p == "inside"]
    inside = [] if ends_act(obj.head) else inside  # not "agreed to halt attacks inside Israel": its own, ended
    states += [m for o in inside if (m := ctx.actors.mention_at(o)) is not None and m.type == "country"]
    return states[:1]


# "recalled its ambassador from Australia": the envoys or forces withdrawn, with "from" on the object
# "recalled its ambassador to Israel", "closed its embassy in Iran": a state's own envoys or mission withdrawn from
# where they are posted reduce its ties with that country
def posted_parties(verb: Token, phrase: str, ctx: Context) -> Iterator[tuple[str, Mention, str, bool]]:
    if verb.lemma_.lower() not in REMOVAL_VERBS | CLOSING_VERBS:
        return
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in WITHDRAWN_NOUNS | POSTS):
        if not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children):
            continue  # "closed the Iranian embassy in Ottawa": another's mission
        for prep, pobj in (*prepositional_objects(obj, ctx, set()), *prepositional_objects(verb, ctx, set())):
            for mention in actors_of(pobj, ctx) if prep in ("to", "in") else []:
                if mention.type == "country":
                    yield f"{phrase} {obj.lemma_.lower()}", mention, "posted-party", False


def recalled_from(verb: Token) -> bool:
    return verb.lemma_ in REMOVAL_VERBS and any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in WITHDRAWN_NOUNS
        and any(p.dep_ == "prep" and p.lower_ == "from" for p in c.children)
        for c in verb.children
    )


# "Sherman reaffirmed the ironclad U.S. commitment to Japan", "renewed America's support for Kyiv": a support its noun
# gives to an owner other than the subject, who voices it
def is_others_support(verb: Token, obj: Token, ctx: Context) -> bool:
    if classify(obj.lemma_.lower()) != "support" or verb.lemma_ not in BOND_VERBS | LIGHT_VERBS:
        return False
    owners = {m.key for m in modifier_actors(obj, ctx, ("poss", "compound", "nmod"))}
    return bool(owners) and not owners & {m.key for m in clause_subjects(verb, ctx)}


# "condemned Germany's delivery of tanks to Ukraine", where the parser hangs "to Ukraine" on the judging verb:
# the judged act's own prepositions
def detached_preps(noun: Token) -> list[Token]:
    verb = noun.head
    if noun.dep_ != "dobj" or not is_event_noun(noun):
        return []
    if ends_act(verb):  # "stopped its cooperation with the IAEA": the cooperation's party; "ceased its airstrikes
        # on the Houthis": the act's target
        hostile = classify(noun.lemma_.lower()) in HOSTILE_CLASSES
        kinds = ("with", "to", "for", *(("on", "against", "at") if hostile else ()))
        return [c for c in verb.children if c.dep_ == "prep" and c.i > noun.i and c.lower_ in kinds]
    if not is_evaluative(verb) and verb.lemma_ not in BOND_VERBS:  # also "reaffirmed the US commitments | to Manila"
        return []
    return [c for c in verb.children if c.dep_ == "prep" and c.i > noun.i and c.lower_ in ("to", "for", "into")]


# "fired 36 shells at", "threw two grenades at": a verb of firing whose object is what it fires, not whom
def fires_projectile(verb: Token, ctx: Context) -> bool:
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return verb.lemma_.lower() in FIRING_VERBS and bool(objects) and not any(actors_of(o, ctx) for o in objects)


# "issued arrest warrants for 36 people, including Trump", "launched strikes yesterday against Hamas": the target of
# a light verb's act that the parser hangs on the verb
def detached_targets(verb: Token, obj: Token, ctx: Context) -> list[Mention]:
    given = obj.lemma_.lower() in GIVEN_NOUNS  # "suspended aid | to Pakistan": the parser hangs "to" on the verb
    if verb.lemma_ not in LIGHT_VERBS and not given:
        return []
    preps = ["on", "against", "at", *(["for"] if obj.lemma_.lower() in SOUGHT_FOR_NOUNS else [])]
    preps += ["to", "for"] if given else []
    holders = [verb]  # also "sanctions worth up to $4 billion on American goods", the parser hanging "on" on the sum
    holders += [t for w in verb.children if w.lower_ == "worth" and w.i > obj.i for t in w.subtree if t.like_num]
    found: list[Mention] = []
    for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.i > obj.i and c.lower_ in preps):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            mentions = actors_of(pobj, ctx) or group_members(pobj, ctx) or owned_goods(prep, pobj, ctx)
            found += relief_states(obj, mentions, ctx)  # "halted aid deliveries | to Gaza"
    return found


# "aid to Gaza", "fuel deliveries into Gaza": relief sent to a town goes to its people's state
def relief_states(noun: Token, mentions: list[Mention], ctx: Context) -> list[Mention]:
    if not relief_noun(noun) or not mentions or any(m.type != "place" for m in mentions):
        return mentions
    states = [s for m in mentions if (r := mention_root(m, ctx)) is not None and (s := ctx.actors.city_state(r))]
    return states or mentions


# "imposed sanctions | on American goods": a measure on a side's goods is on the side
def owned_goods(prep: Token, pobj: Token, ctx: Context) -> list[Mention]:
    return leader_free(modifier_actors(pobj, ctx), pobj) if prep.lower_ == "on" else []


# nouns of a search, whose "for" names the one sought: "an arrest warrant for Trump", "a bounty for bin Laden"
SOUGHT_FOR_NOUNS = {"warrant", "notice", "bounty", "reward", "manhunt", "search", "hunt"}


# "sought Iran's help", "we need the cooperation of the states", "sought help from the US", "sought assurances from
# Washington": the helper, or the one whose word is sought, is asked
def sought_helpers(verb: Token, obj: Token, ctx: Context) -> list[Mention]:
    if verb.lemma_.lower() not in SEEKING_VERBS or obj.lemma_.lower() not in SOUGHT_NOUNS:
        return []
    sources = [
        m
        for prep, pobj in [*prepositional_objects(obj, ctx, set()), *prepositional_objects(verb, ctx, set())]
        if prep == "from"
        for m in actors_of(pobj, ctx)
    ]
    return help_owners(obj, ctx) or sources


# "We're looking to Labor's support", "is counting on the help of China": who is relied on for help is appealed to
def relied_helpers(noun: Token, ctx: Context) -> list[Mention]:
    return help_owners(noun, ctx) if noun.lemma_.lower() in HELP_NOUNS else []


# "Pakistan's support", "the cooperation of the states": whose help a help noun names
def help_owners(noun: Token, ctx: Context) -> list[Mention]:
    return leader_free(modifier_actors(noun, ctx), noun) or noun_agents(noun, ctx, "of")


# "demanded US cooperation with Russia", "demanded the withdrawal of US troops from Syria": who is asked for
# an act of their own
def requested_agents(verb: Token, obj: Token, ctx: Context) -> list[Mention]:
    from kg.extract.nominal import is_relation_noun, leavers

    if classify(verb.lemma_.lower()) not in ("demand", "appeal") or not is_relation_noun(obj):
        return []
    return leader_free(modifier_actors(obj, ctx), obj) or leavers(obj, ctx)


# "Yeltsin demanded an immediate halt to the bombing", "urged an end to Israeli attacks on Gaza": an end asked of the
# doers of a hostile act, never of its target; None when the object ends no hostile act
def asked_end_doers(phrase: str, verb: Token, obj: Token, ctx: Context) -> list[Mention] | None:
    if classify(phrase) not in ("demand", "appeal"):
        return None
    return ended_act_doers(obj, {m.key for m in clause_subjects(verb, ctx)}, ctx)


def ended_act_doers(end: Token, askers: set[str], ctx: Context) -> list[Mention] | None:
    """The doers of the hostile acts an end ('an end to attacks on Israelis', 'a halt to the bombing') would stop,
    other than those who ask it; None when the noun is no end of a hostile act."""
    if end.lemma_.lower() not in ENDING_NOUNS:
        return None
    acts = [o for p, o in prepositional_objects(end, ctx, set()) if p in ("to", "of")]
    acts = [a for a in acts if classify(relation_noun(a)) in HOSTILE_CLASSES]
    if not acts:
        return None
    doers = [
        m for act in acts for m in event_agents(act, ctx) or last_attackers(act, ctx) or target_attackers(act, ctx)
    ]
    return list({m.key: m for m in doers if m.key not in askers}.values())


# "Palestinian militants attacked Israel ... Arafat called for an end to attacks on Israelis": acts on a target, with
# no doer named, are those of the ones the article reported attacking it
def target_attackers(act: Token, ctx: Context) -> list[Mention]:
    targets = {m.key for m in target_objects(act, ctx)}
    return [e.subject for e in ctx.earlier_events if e.object.key in targets and is_attack_done(e)]


def is_evaluative(verb: Token) -> bool:
    """A verb that judges or answers what someone did: 'condemn', 'reject', 'welcome', 'support'."""
    lemma = verb.lemma_.lower()
    phrase = " ".join([lemma, *particles_of(verb)])  # "turned down the offer"
    if lemma in LIGHT_VERBS:  # "took aim at China's trade practices": a light verb's noun that judges
        return verb_phrase(verb) in TAKING_AIM
    return lemma in EVALUATIVE_VERBS or classify(phrase) in EVALUATIVE_CLASSES



# "Russian forces shelled Kharkiv, in what Ukraine denounced as a terrorist attack", "in what Kyiv called a war
# crime": the act a free relative after "in" sums up is the main clause's, done by its subjects
def judged_clause_doers(verb: Token, ctx: Context) -> list[Mention]:
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ != "in" or prep.head.pos_ != "VERB":
        return []
    judges = {m.key for m in clause_subjects(verb, ctx)}
    return [m for m in clause_subjects(prep.head, ctx) if m.key not in judges]


# "rejected a ceasefire offer by Hamas", which the parser reads as "a ceasefire" with a clause "offer by Hamas": the
# noun after is the phrase's head
def misparsed_noun_heads(noun: Token) -> list[Token]:
    return [c for c in noun.children if c.dep_ == "acl" and c.pos_ == "NOUN" and c.i == noun.i + 1]


# who did the act an evaluation is aimed at: "Russia's invasion", "the agreement between Turkey and
# Libya", "the Turkish-Libyan agreement", "attacks by the Houthis"
def event_agents(noun: Token, ctx: Context, depth: int = 0) -> list[Mention]:
    from kg.extract.nominal import between_parties, hyphenated_pair, performed_by

    found: list[Mention] = []
    for item in (noun, *noun.conjuncts, *misparsed_noun_heads(noun)):
        for mention in (
            joiners(item, ctx)  # "blocked Ukraine's EU accession bid": the joiner's bid, not the body's
            or between_parties(item, ctx)
            or hyphenated_pair(item, ctx)
            or leader_free(modifier_actors(item, ctx), item)
            or led_by_prefix(item, ctx)  # "the US-led strikes on Syria"
            or noun_agents(item, ctx)
            or noun_agents(item, ctx, "from")  # "a promise from Arafat", "an offer from Tehran"
            or of_agents(item, ctx)
            or performed_by(item, ctx)  # "a deadline set by Afghan militia leaders"
        ):
            if all(m.key != mention.key for m in found):
                found.append(mention)
    if not found and depth == 0:
        found = earlier_event_agents(noun, ctx)
    if not found and depth == 0 and noun.lemma_.lower() in DEATH_NOUNS:
        # "regrets the deaths of Afghan civilians in a US air strike": the dead are not the agents; the blow that
        # killed them is the act, if one is named
        blows = [
            o for t in noun.subtree if t.dep_ == "prep" and t.lower_ in ("in", "from", "by")
            for o in t.children if o.dep_ == "pobj" and classify(o.lemma_.lower()) in HOSTILE_CLASSES
        ]  # fmt: skip
        return [m for blow in blows for m in event_agents(blow, ctx, depth + 1)]
    # "the memoranda of understanding between Turkey and Libya"; but in "bombings of Georgian villages",
    # "the violation of Georgia's sovereignty" and "criticism of the administration's conduct" the "of"
    # names the target, never the agent
    if not found and depth == 0 and classify(noun.lemma_.lower()) not in HOSTILE_CLASSES | {"threaten", "criticise"}:
        for pobj in (o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children):
            if pobj.pos_ == "NOUN":
                found = event_agents(pobj, ctx, depth + 1)
    return found


# "Thousands of protesters marched in Minsk ... Police dispersed the demonstration", "suppressed the protests": a
# protest put down or judged is its protesters', the last side the article reported protesting, else the last group
# it called protesters
def protest_doers(noun: Token, ctx: Context) -> list[Mention]:
    if noun.lemma_.lower() not in PROTEST_NOUNS or noun.pos_ != "NOUN":
        return []
    protests = [e.subject for e in ctx.recent_events if classify(e.relation) == "protest" and not e.negated]
    words = [t for t in noun.doc[: noun.i] if t.lower_ in PROTESTER_WORDS]  # (also named by no reading before)
    crowds = [m for t in words if (m := ctx.actors.mention_at(t) or ctx.actors.bare_group(t)) and m.type == "group"]
    return protests[-1:] or crowds[-1:]


# "Trump announced the withdrawal ... McGurk criticized the decision": the act a definite noun refers back
# to, done by the subject of an earlier verb of that act, or named before with its owner
def earlier_event_agents(noun: Token, ctx: Context) -> list[Mention]:
    verbs = EVENT_NOUN_VERBS.get(noun.lemma_.lower())
    if verbs is None and (classify(noun.lemma_.lower()) in HOSTILE_CLASSES or noun.lemma_.lower() in DRILL_NOUNS):
        verbs = set()  # "Israel imposed a blockade on Gaza. Egypt criticised the blockade": the same noun before
    found = occasion_speakers(noun, ctx) or _earlier_event_agents(noun, ctx, verbs)
    if not found and noun.lemma_.lower() in MEASURE_NOUNS:
        found = _earlier_event_agents(noun, ctx, MEASURE_VERBS)  # "barred women ... the decision"
    return found or claimants(noun, ctx)


# "A suicide bombing in Haifa killed 15 people. Hamas has claimed responsibility for the attack. The Palestinian
# Authority has condemned the bombing": the side that claimed the last attack did it
def claimants(noun: Token, ctx: Context) -> list[Mention]:
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    if classify(noun.lemma_.lower()) != "attack" or not definite:
        return []
    claims = [e for e in ctx.recent_events if e.rule == "nominal:responsibility" and not e.negated]
    return [claims[-1].subject] if claims else claimed_before(noun, ctx)


# "Hamas has claimed responsibility for the weekend bombings. Mr Arafat has condemned the bombings": a claim of an
# attack that names no target (and so gave no statement) still names its doer
def claimed_before(noun: Token, ctx: Context) -> list[Mention]:
    doc = ctx.sent.doc
    for token in reversed(doc[max(0, ctx.sent.start - EVENT_WINDOW) : ctx.sent.start]):
        claim = token.head
        if token.lemma_.lower() != "responsibility" or claim.lemma_.lower() not in ("claim", "accept", "admit"):
            continue
        acts = [o for p in token.children if p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
        if acts and classify(acts[0].lemma_.lower()) == "attack" and not is_negated(claim):
            return clause_subjects(claim, ctx)
    return []


# "Hezbollah fired rockets into northern Israel ... Israel condemned the attack": a definite attack judged, named by no
# verb of its own before, is the last attack the article reported, by its attacker
def last_attackers(noun: Token, ctx: Context) -> list[Mention]:
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in noun.children)
    if classify(noun.lemma_.lower()) != "attack" or not definite:
        return []
    last = last_attack(ctx) or lead_attack(ctx)
    if last is None:
        return []
    # "American and British aircraft carried out strikes on Houthi sites ... condemned the strikes": every doer of it
    named = mention_root(last.subject, ctx)
    start, end = (named.sent.start_char, named.sent.end_char) if named is not None else (0, 0)
    joint = [
        e.subject for e in ctx.recent_events
        if e.relation == last.relation and e.object.key == last.object.key and start <= e.subject.start < end
        and e.modality == "asserted" and not e.negated
    ]  # fmt: skip
    return list({m.key: m for m in [*joint, last.subject]}.values())


# "Al-Shabaab militants stormed a military base in central Somalia ... [six sentences] ... Turkey also condemned the
# raid": with no attack in the last sentences, the attack the article's first statements report is its story
def lead_attack(ctx: Context) -> Candidate | None:
    first = mention_root(ctx.earlier_events[0].subject, ctx) if ctx.earlier_events else None
    if first is None:
        return None
    lead = [e for e in ctx.earlier_events if (root := mention_root(e.subject, ctx)) and root.sent == first.sent]
    attacks = [e for e in lead if is_attack_done(e)]
    return attacks[0] if attacks else None


def last_attack(ctx: Context) -> Candidate | None:
    """The last attack the sentences before reported as done: 'Hezbollah fired rockets into northern Israel'."""
    attacks = [e for e in ctx.recent_events if is_attack_done(e)]
    return attacks[-1] if attacks else None


def is_attack_done(event: Candidate) -> bool:
    """An attack reported as done: asserted, not denied."""
    from kg.extract.statements import relation_class  # statements reads this module: imported late

    return relation_class(event) == "attack" and event.modality == "asserted" and not event.negated


# "In a televised address, General Musharraf said ... Jaswant Singh says ... The United States has welcomed the
# speech": a speech refers back to the address or speech named before, given by the one who spoke in it, not to the
# last one who said something
SPEECH_NOUNS = {"speech", "address"}


def occasion_speakers(noun: Token, ctx: Context) -> list[Mention]:
    if noun.lemma_.lower() not in SPEECH_NOUNS or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return []
    doc = ctx.sent.doc
    for token in reversed(doc[max(0, ctx.sent.start - EVENT_WINDOW) : noun.i]):
        if token.pos_ == "NOUN" and token.lemma_.lower() in SPEECH_NOUNS and token.dep_ == "pobj":
            verb = token.head.head  # "In a televised address, Musharraf said"
            if verb.pos_ == "VERB" and is_speech_verb(verb):
                return [m for m in clause_subjects(verb, ctx) if m.start < ctx.sent.start_char]
    return []


# nouns of an act, and nouns of its doers: "A Hamas suicide bomber killed 15 people ... condemned the bombing"
ACT_DOER_NOUNS = {
    "bombing": {"bomber"},
    "attack": {"attacker", "bomber", "gunman"},
    "shooting": {"gunman", "shooter", "sniper"},
    "hijacking": {"hijacker"},
    "kidnapping": {"kidnapper"},
}


# "will raise tariffs on Chinese electric vehicles ... condemned the decision": a verb whose object makes it a measure
def is_measure_taken(verb: Token) -> bool:
    return classify(object_idiom(verb, verb_phrase(verb))) in ("reduce", "coerce")


def _earlier_event_agents(noun: Token, ctx: Context, verbs: set[str] | None) -> list[Mention]:
    lemma = noun.lemma_.lower()
    # (also "called the decision political blackmail", parsed as one noun whose article is the last one's)
    dets = [*noun.children, *(c for c in noun.head.children if c.i < noun.i)] if noun.dep_ == "nmod" else noun.children
    if verbs is None or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in dets):
        return []
    described = [c for c in noun.children if c.dep_ != "det" and not (c.dep_ == "prep" and c.lower_ == "as")]
    if any(c.dep_ in ("poss", "nmod", "prep") or actors_of(c, ctx) for c in described):
        return []  # "the border agreement" refers back; "Russia's decision" is described on the spot
    doc = ctx.sent.doc
    # not "Erakat said the speech amounted to ...": the verb the noun's clause is reported under
    ancestors = {t.head.i for t in (noun, *noun.ancestors) if t.dep_ == "ccomp"}
    for token in reversed(doc[max(0, ctx.sent.start - EVENT_WINDOW) : noun.i]):
        if token.i in ancestors:
            continue
        named = token.lemma_.lower() in verbs or (verbs is MEASURE_VERBS and is_measure_taken(token))
        failed = token.dep_ == "xcomp" and token.head.lemma_.lower() == "fail"  # "failed to agree": no decision
        if token.pos_ == "VERB" and named and modality_of(token) != "hypothetical" and not failed:
            # (not "We will not allow the Zionist regime to threaten our security": no threat made)
            subjects = [m for m in clause_subjects(token, ctx) if m.start < ctx.sent.start_char or token.i < noun.i]
            if subjects and lemma == "meeting":  # "Tsai met McCarthy ... China condemned the meeting": both of them
                met = [m for c in token.children if c.dep_ == "dobj" for m in actors_of(c, ctx)]
                return subjects + [m for m in met if m.key not in {s.key for s in subjects}]
            if subjects:
                return subjects
        elif token.pos_ == "NOUN" and token.lemma_.lower() in ACT_DOER_NOUNS.get(lemma, ()):
            # "a Hamas suicide bomber ... the bombing", "Palestinian gunmen killed two Israelis ... the attack"
            doers = actors_of(token, ctx) or leader_free(modifier_actors(token, ctx), token)
            if doers:
                return doers
        elif token.pos_ == "NOUN" and same_act_noun(token.lemma_.lower(), lemma) and token.i != noun.i:
            from kg.extract.nominal import between_parties, hyphenated_pair

            owners = (
                between_parties(token, ctx)
                or hyphenated_pair(token, ctx)
                or leader_free(modifier_actors(token, ctx), token)
                or noun_agents(token, ctx)  # "this is a move by Johnson"
                or occasion_doers(token, ctx)  # "Israeli troops killed three gunmen in a raid"
                or takers(token, ctx)  # "The EU agreed a new package of sanctions against Iran", "gave a speech"
            )
            if owners:
                return owners
    return []


# "China held military drills around Taiwan. Taipei condemned the exercises": the same act, by its noun or a synonym
def same_act_noun(earlier: str, lemma: str) -> bool:
    return earlier == lemma or (earlier in DRILL_NOUNS and lemma in DRILL_NOUNS)


# "The EU has agreed a new package of sanctions against Iran", "Israel imposed a blockade", "Ariel Sharon gave a speech
# on Monday": who took a measure or gave a word, named as the object of a verb of taking or giving it (a measure also
# through a counting noun); not a blow ("strikes launched" are the launcher's, but "Sharon ordered the strikes" names
# their orderer)
def takers(noun: Token, ctx: Context) -> list[Mention]:
    measure = classify(noun.lemma_.lower()) in ("reduce", "coerce")
    if not measure and classify(noun.lemma_.lower()) in HOSTILE_CLASSES:
        return []
    if measure and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in COUNTING_NOUNS:
        noun = noun.head.head  # "a package of sanctions"
    verbs = PERFORMING_VERBS | ADOPTING_VERBS | ANNOUNCING_VERBS if measure else PERFORMING_VERBS
    return clause_subjects(noun.head, ctx) if noun.dep_ == "dobj" and noun.head.lemma_.lower() in verbs else []


# "Israeli troops killed three gunmen in a raid on the camp": who did the act an act was done in
def occasion_doers(noun: Token, ctx: Context) -> list[Mention]:
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "during") or prep.head.pos_ != "VERB":
        return []
    return clause_subjects(prep.head, ctx)


# "the request of Prime Minister Boris Johnson": nouns of acts whose "of" names who did them
def of_agents(noun: Token, ctx: Context) -> list[Mention]:
    return noun_agents(noun, ctx, "of") if noun.lemma_.lower() in OF_AGENT_NOUNS | OWNED_NOUNS else []


# "a British-flagged tanker", "an Iranian-owned airline": the owner inside a hyphenated modifier
def owned_by(modifier: Token, ctx: Context) -> list[Mention]:
    if modifier.lower_ not in OWNERSHIP_PARTICIPLES:
        return []
    return [
        m for c in modifier.children if c.dep_ in ("npadvmod", "amod", "compound", "advmod") for m in actors_of(c, ctx)
    ]


def leader_free(mentions: list[Mention], noun: Token) -> list[Mention]:
    """No owner when the noun's modifier is 'X-led': the U.S.-led coalition is not the U.S."""
    led = any(t.lower_.endswith(LED_SUFFIXES) or t.lower_ in ("led", "backed") for t in noun.subtree if t.i < noun.i)
    return [] if led else mentions


# what a hostile act is aimed at through the thing it hits: "flights to Cuba", "Iran's oil"
def target_objects(noun: Token, ctx: Context, depth: int = 0) -> Iterator[Mention]:
    if (opposed := opposed_actor(noun, ctx)) is not None:
        yield opposed
        return
    for prep, pobj in prepositional_objects(noun, ctx, set()):
        if is_border_place(prep, pobj):
            yield from across_border(pobj, ctx)  # "troops along its border with"
            continue
        # "launched a missile over Japan", "fired missiles at Saudi Arabia": a weapon's path or aim
        aimed = prep in ("over", "at") and noun.lemma_.lower() in WEAPON_NOUNS
        aimed = aimed or (prep == "at" and noun.lemma_.lower() == "aim")  # "took aim at China's trade practices"
        if prep == "over" and classify(noun.lemma_.lower()) in ("reduce", "coerce", "protest"):
            # "imposed sanctions over Iran's nuclear programme": on the owner of what they answer; "lodged a protest
            # over the US decision": at the decision's makers
            owners = leader_free(modifier_actors(pobj, ctx, ("poss",)), pobj)
            yield from owners or (event_agents(pobj, ctx) if pobj.lemma_.lower() in EVENT_NOUN_VERBS else [])
            continue
        if prep not in ("to", "on", "against", "from", "in", "inside", "into", "of", "for", "including") and not aimed:
            continue  # "a subpoena for documents from Pompeo" reaches Pompeo through "for"
        if prep == "of" and noun.lemma_.lower() in DOER_NOUNS | TIED_NOUNS:
            continue  # "arrested the murderers of Rhavam Zeevi": the victim, not the arrested (nor "allies of the US")
        mentions = actors_of(pobj, ctx) or modifier_actors(pobj, ctx) or occupants(pobj, ctx)
        mentions = mentions or goods_sources(pobj, ctx)  # "a ban on goods from Belarus"
        town = pobj.lemma_.lower() in SETTLEMENT_NOUNS and classify(noun.lemma_.lower()) in HOSTILE_CLASSES
        if town and all(m.type == "place" for m in mentions):
            mentions = located_in(pobj, ctx) or mentions  # "imposed a curfew on the West Bank town of Nablus"
        if mentions:
            yield from mentions
        elif depth < 2:
            yield from target_objects(pobj, ctx, depth + 1)


# "aid", "aid convoys", "fuel deliveries": relief, or the means that carry it
def relief_noun(noun: Token) -> bool:
    words = [noun.lemma_.lower(), *(c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod"))]
    return any(w in RELIEF_NOUNS for w in words)


# "the suicide bombings that killed 25 Israelis": whom a hostile act's relative clause says it hit
def relative_victims(noun: Token, ctx: Context) -> Iterator[Mention]:
    if classify(noun.lemma_.lower()) not in ("attack", "fight"):
        return
    for verb in (c for c in noun.children if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB"):
        if classify(verb.lemma_.lower()) == "attack" and not is_negated(verb):
            yield from (m for c in verb.children if c.dep_ == "dobj" for m in actors_of(c, ctx))


# "through the Iraqis", "via the Iraqi military", "with the help of Turkey"
def via_of(verb: Token, ctx: Context) -> Mention | None:
    for clause in (verb, *governors(verb)):
        objects = [c for c in clause.children if c.dep_ == "dobj"]  # "held talks | with Iraqi mediation"
        for prep, pobj in (item for holder in (clause, *objects) for item in prepositional_objects(holder, ctx, set())):
            route = prep == "through" and clause.lemma_.lower() in ROUTE_VERBS  # "marched through Tbilisi"
            if prep in VIA_PREPS and not is_own_means(pobj) and not route:
                # "via Twitter" is a medium; "marched through Gaza City" a route
                mentions = [m for m in actors_of(pobj, ctx) if m.type not in ("media", "place")]
                if mentions:
                    return mentions[0]
            if prep == "with" and pobj.lemma_ in ("help", "mediation", "assistance", "support"):
                for _, inner in prepositional_objects(pobj, ctx, set()):
                    mentions = actors_of(inner, ctx)
                    if mentions:
                        return mentions[0]
                owners = modifier_actors(pobj, ctx)  # "with Iraqi mediation", "with Egypt's help"
                if owners:
                    return owners[0]
    return mediation_by(verb, ctx)


def town_named_with_owner(obj: Token, ctx: Context) -> bool:
    """'the Ramallah headquarters of Arafat': a thing named by its town and by an owner after 'of'."""
    towns = [c for c in obj.children if c.dep_ == "compound" and ctx.actors.city_state(c) is not None]
    owned = [o for p, o in prepositional_objects(obj, ctx, set()) if p == "of" and actors_of(o, ctx)]
    return bool(towns and owned)


# "lodged a protest with Pyongyang through its embassy in Beijing": the doer's own embassy or envoy is no go-between
def is_own_means(pobj: Token) -> bool:
    return any(c.dep_ == "poss" and c.pos_ == "PRON" and c.lower_ != "whose" for c in pobj.children)


# "released the couple, held for eight months, following mediation by Qatar", "under Qatari mediation": the
# mediation the act followed, wherever the parser hung it in the act's clause
def mediation_by(verb: Token, ctx: Context) -> Mention | None:
    for noun in (t for t in verb.subtree if t.lemma_.lower() == "mediation" and t.dep_ == "pobj"):
        if noun.head.lower_ not in ("after", "following", "through", "under") or not is_own_noun(noun, verb):
            continue
        mediators = [m for p, o in prepositional_objects(noun, ctx, set()) if p == "by" for m in actors_of(o, ctx)]
        mediators = mediators or modifier_actors(noun, ctx)
        if mediators:
            return mediators[0]
    return None


# "Blinken and Cavusoglu discussed ...", "the leaders met", "they talked": a relation among the subjects
MAX_RECIPROCAL_PARTIES = 5  # more parties than this meeting together are a body, not pairs


def reciprocal_statements(verb: Token, subjects: list[Mention], ctx: Context) -> Iterator[Candidate]:
    at_odds = verb.lemma_ == "be" and any(
        p.lower_ == "at" and any(o.lower_ == "odds" for o in p.children) for p in verb.children
    )  # "Trump and Bolton have been at odds"
    together = works_together(verb)
    reciprocal = verb.lemma_.lower() in RECIPROCAL_VERBS or reciprocal_light_verb(verb) or at_odds or together
    joint = None if reciprocal else joint_object(verb)  # "France and Germany issued a joint statement"
    if not reciprocal and joint is None:
        return
    if fights_common_foe(verb, ctx):
        return  # "Australia and Indonesia signed an agreement to fight people smuggling": together, not each other
    if len(subjects) < 2:
        plural = [c for c in verb.children if c.dep_ == "nsubj" and is_plural_reference(c)]
        if plural:
            kinds = [{"person"}, {"country"}] if plural[0].lemma_ in PERSON_GROUPS | {"they"} else [{"country"}]
            subjects = next((pair for kind in kinds if (pair := recent_pair(plural[0], ctx, kind))), [])
    if len(subjects) < 2 or len(subjects) > MAX_RECIPROCAL_PARTIES:
        return  # "ministers from Australia, Bangladesh, ... Nigeria met": a body meeting, not pairs
    negated, modality = is_negated(verb), modality_of(verb)
    bonds = [c.lemma_.lower() for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in BOND_NOUNS]
    phrase = "at odds" if at_odds else (bonds[0] if verb.lemma_ in BOND_VERBS and bonds else verb_phrase(verb))
    if bonds and f"{verb.lemma_.lower()} {bonds[0]}" in LEXICON and not at_odds:
        phrase = f"{verb.lemma_.lower()} {bonds[0]}"  # "restored diplomatic relations": no bare "relation" act
    phrase = "work together" if together else object_idiom(verb, phrase)  # also "shook hands"
    phrase = f"joint {joint.lemma_.lower()}" if joint is not None else phrase  # the pair's cooperation
    via = via_of(verb, ctx) or brokered_by(verb, ctx)
    # "the U.S., South Korean and Japanese advisers met": every pair; "Shoukry and his Greek, Cypriot and French
    # counterparts gathered": the host with each of his
    hosts = subjects[:1] if hosted_meeting(verb) else subjects
    for index, first in enumerate(hosts):
        for other in subjects[index + 1 :]:
            yield Candidate(first, phrase, other, via, negated, modality, None, "clause:reciprocal")


def hosted_meeting(verb: Token) -> bool:
    """'X and his counterparts met': the others are named by their tie to the first."""
    while verb.dep_ in ("xcomp", "conj", "advcl") and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "... gathered in Cairo to discuss": the subjects of the verb it depends on
    subjects = [t for c in verb.children if c.dep_ == "nsubj" for t in (c, *c.conjuncts)]
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for t in subjects for c in t.children)


# "agreed to fight terrorism", "to combat people smuggling": a fight with an object that is no war and no side is
# fought together
def fights_common_foe(verb: Token, ctx: Context) -> bool:
    lemma = verb.lemma_.lower()
    if classify(lemma) not in ("fight", "attack") or classify(object_idiom(verb, lemma)) not in ("fight", "attack"):
        return False  # (not "struck a deal")
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(o.lemma_.lower() not in WAR_NOUNS and not actors_of(o, ctx) for o in objects)


# "agreed to restore relations after talks brokered by China": the go-between of the talks that led to it
def brokered_by(verb: Token, ctx: Context) -> Mention | None:
    talk = ("communicate", "cooperate")  # "talks brokered by China", "a deal brokered by the UAE"
    nouns = [t for t in verb.subtree if t.pos_ == "NOUN" and classify(t.lemma_.lower()) in talk]
    for noun in (n for n in nouns if is_own_noun(n, verb)):
        # also "signed a deal with Hamas brokered by Egypt", the parser hanging the participle on the party
        parties = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children]
        for acl in (c for h in (noun, *parties) for c in h.children if c.dep_ == "acl" and c.lemma_ in MEDIATING_VERBS):
            for pobj in agents(acl):
                found = actors_of(pobj, ctx)
                if found:
                    return found[0]
        # "an Egyptian-brokered ceasefire": the name before the hyphen
        for amod in (c for c in noun.children if c.dep_ == "amod" and c.lemma_.lower() in MEDIATING_VERBS):
            found = [m for c in amod.children if c.dep_ in ("npadvmod", "compound") for m in actors_of(c, ctx)]
            if found:
                return found[0]
    return None


# "demanded his release", "sought the release of Gershkovich": a release asked of whoever holds the ones released
def release_holders(verb: Token, phrase: str, obj: Token, ctx: Context) -> list[Mention]:
    if obj.lemma_.lower() not in FREEING_NOUNS or classify(phrase) not in ("demand", "appeal"):
        return []
    return freed_holders(obj, ctx)


# "his release", "the release of Gershkovich": who holds the ones a noun of freeing names, by its owner or its "of"
def freed_holders(noun: Token, ctx: Context) -> list[Mention]:
    freed = [m for c in noun.children if c.dep_ == "poss" for m in actors_of(c, ctx)]
    freed += [m for p, o in prepositional_objects(noun, ctx, set()) if p == "of" for m in actors_of(o, ctx)]
    return holders_of(freed, ctx)


# "Russia's detention of Evan Gershkovich", "Russia arrested him": who holds the people named, by a noun of holding
# them in the sentence or an act of holding them reported shortly before
def holders_of(held: list[Mention], ctx: Context) -> list[Mention]:
    keys = {m.key for m in held}
    found: dict[str, Mention] = {}
    for noun in (t for t in ctx.sent if t.pos_ == "NOUN" and t.lemma_.lower() in PATIENT_ACTS):
        patients = [m for p, o in prepositional_objects(noun, ctx, set()) if p == "of" for m in actors_of(o, ctx)]
        if keys & {m.key for m in patients}:
            found.update((m.key, m) for m in event_agents(noun, ctx) if m.key not in keys)
    for event in ctx.recent_events:
        if event.object.key in keys and classify(event.relation) == "coerce" and not event.negated:
            found.setdefault(event.subject.key, event.subject)
    return list(found.values())


# "agreed to a ceasefire brokered by Egypt": a noun of the verb's own clause; not "urged both countries to return to
# talks mediated by Angola" (another verb's), nor "clashed despite a ceasefire brokered by the US" (a circumstance)
def is_own_noun(noun: Token, verb: Token) -> bool:
    token = noun
    while token.i != verb.i and token.head.i != token.i:
        if token.dep_ == "prep" and token.lower_ in CIRCUMSTANCE_PREPS:
            return False
        token = token.head
        # (a verb used as a preposition, "following mediation by Qatar", is no clause of its own)
        if token.i != verb.i and token.pos_ in ("VERB", "AUX") and token.dep_ not in ("acl", "amod", "prep"):
            # (but "agreed to restore relations after talks brokered by China": the subject's own act it agrees to,
            # not "urged both countries to return to talks", the act of those urged)
            subject_control = token.dep_ == "xcomp" and not any(c.dep_ == "dobj" for c in token.head.children)
            if not subject_control:
                return False
    return token.i == verb.i



# "Britain left the European Union", "the United States withdrew from UNESCO": a side leaving a body it belonged to
# (not "withdrew its troops from ...", "recalled its envoy from ...")
def membership_label(verb: Token, relation: str, obj: Mention, rule: str) -> str:
    if obj.type != "organisation" or classify(relation) == "reduce":  # (already so: "pulled out of NATO")
        return relation
    if rule == "removal" or rule.startswith("verb-preposition"):  # "withdrew from UNESCO", read both ways
        own = verb.lemma_.lower() in REMOVAL_VERBS and not any(c.dep_ == "dobj" for c in verb.children)
        return "quit" if own else relation
    return "quit" if rule == "direct-object" and verb.lemma_.lower() in DEPARTURE_VERBS else relation


# "Blinken met Wang Yi", "India negotiated with Pakistan": a mutual act with its partner, read either way round
def mutual_partner(verb: Token, rule: str) -> bool:
    lemma = verb.lemma_.lower()
    met = (rule, lemma) == ("direct-object", "meet")
    return lemma in MUTUAL_PARTNER_VERBS and (rule == "verb-preposition:with" or met)


# "Russia and the United States worked to end the Cold War", "worked together": joint work is cooperation
def works_together(verb: Token) -> bool:
    if verb.lemma_.lower() != "work" or any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return False  # "worked with Iran" is read by its preposition
    return any(
        c.lower_ in ("together", "jointly")
        or (c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
        for c in verb.children
    )


# "Both countries put their militaries on alert", "both sides massed troops": a hostile act of both sides
# with no other party is aimed at each other
def mutual_statements(verb: Token, subjects: list[Mention], ctx: Context) -> Iterator[Candidate]:
    phrase = verb_phrase(verb)
    if len(subjects) != 2 or classify(phrase) not in CONFLICT_CLASSES:
        return
    # also a later verb of the pair: "Both sides have massed troops on the border and have traded accusations"
    if not any(c.dep_ == "nsubj" and both_sides(c, ctx) for c in first_conjunct(verb).children):
        return
    negated, modality = is_negated(verb), modality_of(verb)
    for subject, other in (subjects, subjects[::-1]):
        yield Candidate(subject, phrase, other, None, negated, modality, None, "clause:mutual")


def joint_object(verb: Token) -> Token | None:
    """'issued a joint statement', 'launched a joint operation': an object its subjects made together."""
    objects = (c for c in verb.children if c.dep_ == "dobj")
    return next((c for c in objects if any(a.dep_ == "amod" and a.lower_ == "joint" for a in c.children)), None)


def reciprocal_light_verb(verb: Token) -> bool:
    """'held talks', 'signed an agreement', 'reached a deal': a light verb whose noun relates its subjects."""
    bonded = any(c.dep_ == "dobj" and c.lemma_.lower() in BOND_NOUNS for c in verb.children)
    if verb.lemma_ in BOND_VERBS and bonded:  # "reaffirmed their alliance", "restored diplomatic relations"
        return True
    if verb.lemma_ == "shake" and any(c.dep_ == "dobj" and c.lemma_.lower() == "hand" for c in verb.children):
        return True  # "Mr Vajpayee and General Musharraf shook hands"
    if verb.lemma_.lower() in DEAL_VERBS and any(
        c.dep_ == "dobj" and f"{verb.lemma_.lower()} {c.lemma_.lower()}" in LEXICON for c in verb.children
    ):
        return True  # "Israel and Hamas struck a deal", "Armenia and Azerbaijan concluded a peace treaty"
    if verb.lemma_.lower() in EXCHANGE_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in EXCHANGED_NOUNS for c in verb.children
    ):
        return True  # "exchanged proposals through Norwegian mediators"
    # also "started negotiations", "held a fresh round of talks"
    return verb.lemma_ in LIGHT_VERBS | {"sign", "begin", "start", "resume"} and any(
        c.dep_ == "dobj" and (counted_noun(c).lemma_.lower() in RECIPROCAL_NOUNS or is_call_held(c))
        for c in verb.children
    )


# "the three advisers held a phone call": a call by telephone or video, which its parties hold together
def is_call_held(noun: Token) -> bool:
    return noun.lemma_.lower() == "call" and any(c.dep_ == "compound" and c.lower_ in CALL_MEDIA for c in noun.children)


def is_plural_reference(token: Token) -> bool:
    """'they', 'the leaders', 'the two sides', 'both countries'."""
    if token.lower_ == "they":
        return True
    determiners = {c.lower_ for c in token.children if c.dep_ in ("det", "nummod", "predet")}
    return (
        token.tag_ == "NNS"
        and token.lemma_ in PAIR_NOUNS | PERSON_GROUPS
        and bool(determiners & {"the", "both", "two"})
    )


def addresses_someone(verb: Token) -> bool:
    """A reporting verb that is also a relation: 'wrote to the embassy', 'announced sanctions'."""
    announcing = verb.lemma_.lower() in ANNOUNCING_VERBS
    return any(
        (c.dep_ == "dobj" and announcing and is_event_noun(c))
        or (c.dep_ in ("prep", "dative") and c.lower_ in ("to", "with"))
        for c in verb.children
    )


# classes of a friendly act a side declares it will do, which is then intended ("said it would cooperate");
# a refusal ("will not cooperate") and a measure ("would ban Indian planes") stay what they were
PLEDGED_CLASSES = {"cooperate", "support", "communicate", "yield", "intend", "appeal"}


# "will not hesitate to strike", "would not shrink from using force": an act one says one will not hold back from
# (not "did not hesitate to attack", which was done)
def is_unhesitating(verb: Token) -> bool:
    governor = verb.head if verb.dep_ in ("xcomp", "pcomp") else None
    if governor is not None and governor.pos_ == "ADP":
        governor = governor.head  # "shrink from using"
    if governor is None or governor.lemma_.lower() not in ("hesitate", "shrink"):
        return False
    return has_negation(governor) and is_future(governor)


# "North Korea stated it would attack the South", "Iran will retaliate against Israel, the minister said": an
# act a side declares it will do is its own ("own"; a threat when violent); "Israel said Iran would attack
# Saudi Arabia" is another side's forecast ("other"); "Israel believes Iran will attack" is a forecast of any
# side's act ("forecast")
def declared_future(verb: Token, subjects: list[Mention], ctx: Context, purpose: bool = False) -> str | None:
    """Who declared the future act a verb names; with `purpose`, also an act's purpose ("will act to stop Iran")."""
    # (a joined verb of its own tense shares no "would": "said Taiwan would not be intimidated and thanked the US")
    clause = verb.head if verb.dep_ == "conj" and verb.tag_ not in ("VBD", "VBZ", "VBP") else verb
    while purpose and is_purpose_infinitive(clause):
        clause = clause.head  # "warned it will act to stop Iran": the purpose of the act declared
    # (also "said Pakistan wanted peace but would respond to any Indian aggression": a joined verb's own "would")
    if not is_future(clause) and not (verb.dep_ == "conj" and not purpose and is_future(verb)):
        return None
    declaring = [clause.head] if clause.dep_ == "ccomp" else []
    declaring += [c for c in clause.children if c.dep_ in ("parataxis", "ccomp") and c.i > clause.i]
    if any(d.lemma_.lower() in FORECASTING_VERBS for d in declaring):
        return "forecast"  # "Israel believes Iran will attack Saudi Arabia", "fears it will": a forecast
    keys = {m.key for m in subjects}
    for head in (d for d in declaring if d.lemma_.lower() in DECLARING_VERBS):
        declarers = clause_subjects(head, ctx)
        if any(ctx.actors.sides_of(d) & keys or ctx.actors.affiliated_side(d).key in keys for d in declarers):
            return "own"  # "Hamas leader Ismail Haniyeh said Hamas would fight Israel": his own side's
        if declarers:
            return "other"
    return None


def is_needed_act(verb: Token) -> bool:
    """'to increase aid' in 'stressed the need to protect civilians and increase aid': an act a noun of need names."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    needing = verb.head.lemma_.lower() in ("need", "necessity", "importance", "urgency")
    own = verb.head.head.lemma_.lower() in ("have", "see", "feel")  # "Israel has no need to attack Iran": its own
    return verb.dep_ == "acl" and needing and not own and has_to(verb)


# nouns of an act one warns of, whose target is threatened: "warned of action against", "of retaliation against"
WARNED_ACT_NOUNS = {"action", "response", "retaliation", "consequence", "measure", "step", "reprisal"}


# "warned of a merciless response to South Korea's drills", "of a strong response to US arms sales to Taiwan", "of
# consequences for Finland": an answer warned of falls on the doer of the act answered, or on the one it is for
def answered_parties(noun: Token, ctx: Context) -> list[Mention]:
    if noun.lemma_.lower() not in WARNED_ANSWER_NOUNS:
        return []
    found = []
    for prep, pobj in prepositional_objects(noun, ctx, set()):
        if prep == "to" and (is_event_noun(pobj) or pobj.lemma_.lower() in DRILL_NOUNS):
            # (its doer named with it: not "a harsh response to the attacks", whose doers the text leaves open)
            found += [m for m in event_agents(pobj, ctx) if m.start >= ctx.sent.start_char]
        elif prep in ("for", "against"):
            found += actors_of(pobj, ctx)
    return found


def is_warning(verb: Token) -> bool:
    """'would impose sanctions' in 'warned it would impose sanctions': what a warning says."""
    clause = verb.head if verb.dep_ == "conj" else verb
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in ("warn", "threaten")


def is_purpose_infinitive(verb: Token) -> bool:
    """'to stop Iran' in 'will act to stop Iran': an infinitive hung on another verb."""
    return verb.dep_ in ("xcomp", "advcl") and has_to(verb)


# "Iran never said it would attack Israel": a declaration denied makes no threat
def declaration_denied(verb: Token) -> bool:
    clause = verb.head if verb.dep_ == "conj" else verb
    return clause.dep_ == "ccomp" and is_negated(clause.head)


def is_conditional_threat(verb: Token) -> bool:
    """'If Turkey does anything, I will destroy its economy': a hostile act promised on a condition."""
    clause = verb.head if verb.dep_ == "conj" else verb  # "I will destroy and obliterate ..."
    future = is_future(clause)
    condition = any(c.dep_ == "advcl" and is_condition(c) for c in (*clause.children, *verb.children))
    return future and condition and not has_negation(verb)


# "Bush linked a Kashmiri group to the attack on the Indian Parliament": tying an actor to an act charges it
def is_charging_link(verb: Token, ctx: Context) -> bool:
    if verb.lemma_.lower() not in LINKING_VERBS:
        return False
    linked_to = any(c.dep_ == "prep" and c.lower_ in ("to", "with") for c in verb.children)
    # "The US linked Iran to Hamas", "froze the assets of groups that it links to al-Qaeda": a charge against the
    # one linked, no tie of the linker's
    linked = [c for c in verb.children if c.dep_ == "dobj" and (c.lower_ in RELATIVE_PRONOUNS or actors_of(c, ctx))]
    if linked_to and not is_passive(verb) and linked:
        return True
    acts = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
    return any(classify(a.lemma_.lower()) in CONFLICT_CLASSES for a in acts)


# "Israel accused Iran of attacking it, but Iran denied the accusation": the accused denies the charge in the sentence
def denies_charge(verb: Token, accused: list[Mention], ctx: Context) -> bool:
    keys = {m.key for m in accused}
    deniers = (t for t in ctx.sent if t.i > verb.i and t.lemma_.lower() in DENIAL_VERBS | DISMISSING_VERBS)
    return any(
        denies_the_charge(t, verb) and not is_negated(t) and keys & {m.key for m in clause_subjects(t, ctx)}
        for t in deniers
    )


# "which Iran denies", "but Iran denies it", "Iran denied the accusation": a denial of the charge itself (not "said he
# rejected U.S. overtures", which rejects something else)
def denies_the_charge(denier: Token, charge: Token | None = None) -> bool:
    # (not the charge itself, which the parser may hang on the denial: "Armenia accused ..., a charge Baku denied")
    objects = [c for c in denier.children if c.dep_ in ("dobj", "ccomp") and (charge is None or c.i != charge.i)]
    if not objects:
        relative = denier.dep_ == "relcl" or any(c.lower_ in ("which", "that") for c in denier.children)
        return relative or names_charge_before(denier)
    return all(o.lower_ in ("it", "this", "that", "which") or o.lemma_.lower() in DENIED_NOUNS for o in objects)


# "accused Rwanda of backing M23, a charge Kigali denies", which the parser reads as "a charge Kigali" the subject of
# "denies": the charge denied, named right before the denier
def names_charge_before(denier: Token) -> bool:
    for subject in (c for c in denier.children if c.dep_ == "nsubj"):
        before = [t for t in subject.subtree if t.i < subject.i]
        if subject.left_edge.i > 0:
            before.append(subject.doc[subject.left_edge.i - 1])
        if any(t.lemma_.lower() in DENIED_NOUNS for t in before):
            return True
    return False


# "accused Iran of attacking Israel", "Israel claims Iran attacked it": the charged act a gerund under a charging
# verb, or a clause under a verb of claiming, names; and that verb
def charging_verb(verb: Token) -> Token | None:
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in CLAIMING_VERBS:
        return verb.head
    return charged_gerund_verb(verb)


# "Sharon says Mr Arafat is to blame for the bombing": the subject is the one at fault, no blamer
def is_to_blame(verb: Token) -> bool:
    return verb.lemma_.lower() == "blame" and has_to(verb) and verb.head.lemma_ == "be" and verb.dep_ == "xcomp"


def is_dispreferred(verb: Token) -> bool:
    """'cares more about weakening America than cooperating with us', 'instead of talking': an act set
    aside in a comparison is not asserted."""
    head = verb.head
    instead = head.head.lower_ == "instead" or any(c.lower_ == "instead" for c in head.children)
    if verb.dep_ == "pcomp" and head.lower_ in ("than", "of") and (head.lower_ == "than" or instead):
        return True  # also "Instead of attacking Israel, Iran attacked Syria", where "instead" hangs on "of"
    if verb.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "than" and c.i < verb.i for c in head.children):
        return True  # "chose diplomacy rather than attacking Israel", "than" hung on the first verb
    return verb.dep_ in ("pcomp", "advcl", "conj") and any(c.lower_ == "than" and c.i < verb.i for c in verb.children)


# "Hicks is being held by the United States", "the SDF holds ISIS fighters": holding a person or a group
# (not talks, not a meeting) is detaining them
def detention_cue(relation: str, obj: Mention) -> str:
    held = relation.split()[0] == "hold" and classify(relation) == FALLBACK_CLASS
    return "hold captive" if held and obj.type in CAPTIVE_TYPES else ""


# verbs by which an actor holds a thing: "facilities owned by Aramco", "camps run by al-Qaeda"
OWNING_VERBS = {"own", "run", "operate", "control", "launch", "fire", "fly"}  # also "drones launched by Russia"
# verbs whose object is a proposition, never an actor: "which Ankara denies"
PROPOSITION_VERBS = DENIAL_VERBS | {"confirm", "admit", "acknowledge"}
# nouns of an aim one has, whose "of" gerund is the holder's act: "has no intention of negotiating"
PURPOSE_NOUNS = {"intention", "plan", "desire", "interest", "hope", "wish"}
# nouns of measures taken, whose infinitive is the takers' aim: "are taking steps to encourage Russia"
STEP_NOUNS = {"step", "measure", "action", "effort", "move", "initiative"}
# kinds of actor that can be held or handed over as captives
CAPTIVE_TYPES = ("person", "armed_group", "group")
# verbs of taking a member (back) into a body: "The Commonwealth has readmitted Fiji"
ADMITTING_VERBS = {"readmit", "reinstate"}  # not "admit": "were admitted to Mirwais Hospital"
# verbs by which captives pass from one side to another: what is handed over is held, not helped
HANDOVER_PHRASES = {"hand over", "hand", "turn over", "transfer", "extradite", "surrender"}


def clause_statements(ctx: Context) -> Iterator[Candidate]:
    """Statements of every verb in the sentence."""
    for verb in ctx.sent:
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("aux", "auxpass"):
            continue
        if is_dispreferred(verb) or under_unmade_charge(verb) or is_charging_link(verb, ctx):
            continue  # (a tie to an act is a charge, which the accused-act reader reads)
        if is_turned_down(verb):
            continue  # "rejected U.S. overtures to join the coalition": read as the rejection alone
        if is_to_blame(verb):
            continue  # "Mr Arafat is to blame for the bombing": Arafat blamed, by the speaker (a characterisation)
        charge = charging_verb(verb)
        # "accused Iran of attacking it, but Iran denied the accusation": a contested charge, left open
        contested = charge is not None and denies_charge(charge, clause_subjects(verb, ctx), ctx)
        reporting = verb.lemma_.lower() in REPORTING_ONLY and verb_phrase(verb) != "declare persona non grata"
        if reporting and not addresses_someone(verb) and not finds_whereabouts(verb):  # (a declaration that expels)
            answering = verb.lemma_.lower() in ANSWERING_LEMMAS
            answered = answers_proposal(verb)  # "did not respond to South Korea's offer of talks"
            threat = is_conditional_threat(verb) or answering_acts(verb) or vowed_answer(verb)
            if not (answering and (threat or answered)):
                continue  # (but "we will respond if the US strikes us" is a threat, not words; "responded by firing";
                # "vowed to respond")
        if any(untolerated_act(c) for c in verb.children):
            continue  # "will not accept Hamas rocket attacks": a warning, which the act reader reads
        subjects = clause_subjects(verb, ctx)
        if not subjects:
            yield from reciprocal_statements(verb, [], ctx)
            continue
        subjects += [m for m in companions(verb, ctx) if m.key not in {s.key for s in subjects}]
        relayed = list(relayed_statements(verb, subjects, ctx))
        if relayed:  # "Qatar relayed the Taliban's demands to the United States": Qatar is the go-between
            yield from relayed
            continue
        negated, modality = is_negated(verb), "hypothetical" if contested else modality_of(verb)
        via = via_of(verb, ctx) or brokered_by(verb, ctx)  # also "agreed to a Norwegian-brokered ceasefire with"
        if len(subjects) >= 2 and verb.lemma_ in BOND_VERBS and reciprocal_light_verb(verb):
            yield from reciprocal_statements(
                verb, subjects, ctx
            )  # "the US and the Philippines reaffirmed their alliance"
            continue
        if verb.lemma_.lower() in ENTRY_VERBS and all(m.type == "person" for m in subjects):
            yield from backer_statements(verb, subjects, ctx)  # "Karzai will enter Kandahar with US support"
            continue  # "when he entered Afghanistan": a traveller, not a force moving in
        parties = list(clause_objects(verb, ctx))
        sides = {m.key for m in subjects}
        mutual = (
            []
            if any(obj.key not in sides for _, obj, _, _ in parties)
            else list(mutual_statements(verb, subjects, ctx))
        )
        if mutual:  # "with both countries massing troops along the border": at each other, not "both attacked ISIS"
            yield from mutual
            continue
        if verb.lemma_.lower() in DEPARTURE_VERBS and all(m.sector == "military" for m in subjects):
            parties = [
                ("withdraw", obj, rule, negative) for _, obj, rule, negative in parties
            ]  # "US troops left Syria"
        elif verb.lemma_.lower() in DEPARTURE_VERBS | REMOVAL_VERBS:
            parties = [  # "Britain left the European Union", "withdrew from UNESCO": membership given up
                (membership_label(verb, relation, obj, rule), obj, rule, negative)
                for relation, obj, rule, negative in parties
            ]
        conditional = is_conditional_threat(verb)
        threatened = verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "threaten"  # "threatened to block"
        declared = declared_future(verb, subjects, ctx)
        purpose = is_purpose_infinitive(verb.head if verb.dep_ == "conj" else verb)
        declared_purpose = declared or (declared_future(verb, subjects, ctx, purpose=True) if purpose else None)
        for relation, obj, rule, negative_noun in parties:
            cue = f"{relation} {rule.split(':')[1]}" if rule.startswith("verb-preposition:") else ""
            blows = relation in WORDS_OR_BLOWS and all(m.sector == "military" for m in subjects)  # "jets blasted"
            cue = "strike" if rule == "struck-thing" or blows else cue
            rule = "reciprocal-with" if mutual_partner(verb, rule) else rule
            if hitting_back(verb) in ("hit back", "strike back") and all(m.type == "person" for m in subjects):
                cue = "hit out"  # "Jaishankar hit back at Trudeau, calling his allegation absurd": words, no blow
            measure = striking_measure(verb)
            if measure is not None and relation == verb_phrase(verb):
                relation = measure  # "US sanctions hit Iran": sanctions, not an attack
            detention = detention_cue(relation, obj)
            if detention:
                relation, cue = "hold", detention
            elif rule == "direct-object" and relation in HANDOVER_PHRASES and obj.type in CAPTIVE_TYPES:
                cue = "hand over captive"  # "handed over 20 al-Qaeda suspects to US authorities": captives
            mood = modality
            if mood == "asserted" and verb.lemma_.lower() in WEIGHING_VERBS and rule in WEIGHED_ACT_RULES:
                mood = "intended"  # "is considering a military attack against Iraq": weighed, not done
            if mood == "asserted" and rule in WEIGHED_ACT_RULES and verb.lemma_.lower() in SOUGHT_ACT_VERBS:
                mood = SOUGHT_ACT_VERBS[verb.lemma_.lower()]  # "wants talks with Iran", "is seeking a deal"
            if mood == "asserted" and rule in ("attempted-act", "planned-act", "enabled-act"):
                mood = "attempted" if rule == "attempted-act" else "intended"  # "carried out an assassination
                # attempt on Yassin": tried, not done; "is planning an attack on Baghdad", "paving the way for talks
                # with the Tigers": meant
            cls = classify(cue or relation)
            # "warned it will act alone to stop Iran": a hostile purpose of a declared act is threatened too
            said = declared_purpose if cls in ("attack", "fight", "coerce") else declared
            violent = cls in ("attack", "fight", "coerce") and not negated and said is not None
            # "warned it would impose sanctions on Iran": any hostile act one warns one will do is threatened
            warned = said == "own" and cls in HOSTILE_CLASSES and not negated and is_warning(verb)
            # "will not hesitate to use force against Iran": a hostile act one will not shrink from is threatened
            unshrinking = cls in HOSTILE_CLASSES and not negated and is_unhesitating(verb)
            threat = threatened or unshrinking
            if threat or warned or (conditional and cls in HOSTILE_CLASSES) or (said == "own" and violent):
                relation, cue, rule = f"threaten to {relation}", "", "threat"
                mood = "asserted" if threat or said or conditional else modality  # the threat is made
                negative_noun = negative_noun or declaration_denied(verb)  # "Iran never said it would attack"
            elif said == "own" and mood == "asserted" and not negated and cls in PLEDGED_CLASSES:
                mood = "intended"  # "Pakistan said it would cooperate with the United States"
            elif ((said == "other" and violent) or said == "forecast") and mood == "asserted":
                mood = "hypothetical"  # "Israel said Iran would attack Saudi Arabia": a prediction
            if rule == "passive" and refuses_to_undergo(verb, cls):
                for subject in subjects:  # "We will not be lectured by Norway": Australia rejects Norway too
                    yield Candidate(obj, f"refuse to be {verb.lower_}", subject, rule="clause:refused-passive")
            for subject in subjects:
                yield Candidate(
                    subject,
                    relation,
                    obj,
                    via,
                    negated or negative_noun,
                    mood,
                    None,
                    f"clause:{rule.split(':')[0]}",
                    cue,
                )
        yield from backer_statements(verb, subjects, ctx)
        if parties and all(obj.key in {s.key for s in subjects} for _, obj, _, _ in parties):
            # "we will respond with all our might": a party that is the subject itself leaves the answer's target open
            yield from conditional_answer_statements(verb, subjects, ctx)
        if not parties:  # (mutual acts, with no party, were read above)
            addressed = (
                list(reciprocal_statements(verb, subjects, ctx))
                or list(addressee_statements(verb, subjects, ctx))
                or list(retaliation_statements(verb, subjects, ctx))
                or list(answered_by_statements(verb, subjects, ctx))
                or list(conditional_answer_statements(verb, subjects, ctx))
            )
            yield from addressed or implicit_party_statements(verb, subjects, ctx)
