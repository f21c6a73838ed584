"""Negation, refusal and modality of a relation, read from its verb and the verbs above it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.lexicon import (
    ATTEMPT_VERBS,
    CANCELLING_VERBS,
    CAUSATIVE_VERBS,
    CEASING_VERBS,
    CHARGING_VERBS,
    DEADLINE_NOUNS,
    DENIED_NOUNS,
    DISMISSING_VERBS,
    FALSE_CHARGE_ADVERBS,
    FEAR_NOUNS,
    FIRST_PERSON_PLURAL,
    FIRST_PERSON_SINGULAR,
    GERUND_CONTROL_VERBS,
    HELPING_VERBS,
    HYPOTHETICAL_AUX,
    HYPOTHETICAL_MARKS,
    INTENT_VERBS,
    KEEPING_VERBS,
    LIKELIHOOD_WORDS,
    NEG_RAISING_VERBS,
    PERMISSION_VERBS,
    PLEDGE_NOUNS,
    PLEDGE_WORDS,
    PREVENTING_VERBS,
    REFUSAL_VERBS,
    REFUSING_ADJECTIVES,
    REQUEST_VERBS,
    SCHEDULING_VERBS,
    WANTING_VERBS,
    WEIGHING_VERBS,
    WINNING_VERBS,
    WISHING_ADJECTIVES,
    WISHING_VERBS,
)
from kg.extract.speech import is_needed_act, needs_to

if TYPE_CHECKING:
    from spacy.tokens import Token

NEGATORS = {"not", "n't", "never", "’t", "nt"}


# "will not cooperate", "won't share", "never met", "did not notify"
def has_negation(verb: Token) -> bool:
    for child in verb.children:
        if (child.dep_ == "neg" or child.lower_ in NEGATORS) and not is_not_only(child) and not sets_apart(child):
            return True
        if child.dep_ in ("nsubj", "nsubjpass") and is_negative_subject(child):
            return True  # "Neither Iran nor Syria attacked Israel", "Nobody blamed Hamas"
        if child.lower_ in ("longer", "more") and any(g.lower_ == "no" for g in child.children):
            return True  # "no longer supplies weapons", "no more buys oil"
        if child.dep_ in ("aux", "auxpass") and any(g.dep_ == "neg" for g in child.children):
            return True
        if child.dep_ == "prep" and any(is_never_phrase(o) for o in child.children):
            return True  # "at no time had it talked to Israel", "in no way supports Hamas"
    return False


# contrast: "will surrender to the tribal elders, not to Mr Karzai", where the parser hangs the "not" that denies
# only the party after it on the verb
def sets_apart(negator: Token) -> bool:
    doc, verb = negator.doc, negator.head
    if negator.lower_ != "not" or negator.i + 1 >= len(doc) or verb.i > negator.i:
        return False
    after = doc[negator.i + 1]
    comma = negator.i > 0 and doc[negator.i - 1].text in (",", "but")
    return comma and after.dep_ == "prep" and after.head == verb


def is_never_phrase(noun: Token) -> bool:
    return (
        noun.dep_ == "pobj"
        and noun.lemma_.lower() in NEVER_NOUNS
        and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
    )


# "was able to attack": a past copula, whose ability was used
def is_past_copula(copula: Token) -> bool:
    return copula.lemma_ == "be" and copula.tag_ == "VBD"


# "It is impossible for Iran to attack Israel": a copula whose adjective rules the act out
def is_impossible(governor: Token) -> bool:
    return governor.lemma_ == "be" and any(
        c.dep_ == "acomp" and c.lemma_.lower() in REFUSING_ADJECTIVES for c in governor.children
    )


# "Iran did not only attack Israel", "Not only did Iran attack Israel": "not only" adds, it does not deny
def is_not_only(negator: Token) -> bool:
    following = negator.doc[negator.i + 1] if negator.i + 1 < len(negator.doc) else None
    return following is not None and following.lower_ in ("only", "just", "merely", "simply")


# "Neither Iran nor Syria", "nobody", "no one": a subject that denies the clause
def is_negative_subject(subject: Token) -> bool:
    if subject.lower_ in NEGATIVE_PRONOUNS:
        return True
    if any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children):
        return True  # "no one", "No Iranian official met Russian diplomats"
    partial = any(c.lower_ in ("all", "every", "only") for c in subject.children)  # "Not all officials agreed"
    denials = [c for c in subject.children if c.dep_ == "neg" and c.i < subject.i]
    denials += [g for c in subject.children if c.lower_ == "one" for g in c.children if g.dep_ == "neg"]
    if not partial and denials:
        return True  # "Not a single Iranian missile hit Israel", "Not one soldier entered Iraq"
    return is_neither(subject)


# "Neither Iran nor Syria", "attacked neither Iran nor Syria": a coordination that denies each of its members
def is_neither(token: Token) -> bool:
    return any(c.dep_ in ("preconj", "det") and c.lower_ == "neither" for c in token.children)


# "no cooperation", "no relationship": a negative determiner on the relation noun
# adjectives and nouns that deny the relation they qualify: "insufficient cooperation", "lack of cooperation", and
# the act after them: "Iran's failure (refusal, inability) to cooperate with the IAEA"
DENYING_ADJECTIVES = {"insufficient", "inadequate", "lacking", "absent", "nonexistent", "non-existent"}
DENYING_NOUNS = {"lack", "absence", "refusal", "failure", "inability", "unwillingness", "reluctance"}
# the denying nouns that also deny an act named after "of": "a lack of cooperation"; not "the failure of talks",
# which were held and failed
ABSENCE_NOUNS = DENYING_NOUNS - {"failure"}
# verbs that deny the clause they report: "denied that it attacked", "dismissed claims that"
DENIAL_VERBS = {"deny", "refute", "dispute", "rebut", "discredit", "debunk", "disprove"}
# pronouns that make a subject deny its clause: "Nobody blamed Hamas"
NEGATIVE_PRONOUNS = {"nobody", "noone", "none", "nothing"}
# adjectives of being able to act, which say what could happen, not what did: "is capable of attacking Israel"
ABILITY_WORDS = {"able", "capable"}
# nouns of what bears a clause out, whose absence leaves it open: "no evidence that Iran attacked"
EVIDENCE_NOUNS = {"evidence", "sign", "indication", "proof", "confirmation", "suggestion"}
# verbs of giving up a plan, threat or offer: "abandoned its plan to attack", "withdrew its offer to meet"
GIVING_UP_VERBS = CEASING_VERBS | CANCELLING_VERBS | {"drop", "withdraw", "retract", "rescind"}
# words that find a clause true, which deny it when negated: "It is not true that Iran attacked Israel"
TRUTH_WORDS = {"true", "correct", "accurate", "right"}
# words that find a report false: "Claims that Iran attacked Israel are false"
FALSITY_WORDS = {
    "false", "untrue", "baseless", "groundless", "unfounded", "fabricated", "wrong", "lie", "fabrication", "incorrect",
    "inaccurate", "mistaken", "erroneous",
}  # fmt: skip
# adverbs of an act that came close but did not happen: "Iran nearly attacked Israel"
NEAR_MISS_ADVERBS = {"nearly", "almost"}
# verbs and particles of holding back from an act: "held off on", "backed away from", "shied away from"
HOLDING_BACK = {
    ("stop", "short"),
    ("hold", "off"),
    ("back", "away"),
    ("shy", "away"),
    ("back", "off"),
    ("pull", "back"),
    ("steer", "clear"),
}
# nouns of a meant act, whose infinitive is intended, not done: "a plan to visit", "its readiness to impose"
INTENT_NOUNS = {
    "plan",
    "intention",
    "intent",
    "decision",
    "pledge",
    "promise",
    "vow",
    "commitment",  # "reaffirmed its commitment to defend South Korea" (session 38)
    "threat",
    "proposal",
    "offer",
    "readiness",
    "willingness",
    "preparedness",
    "determination",
    "resolve",
    "plot",  # "an alleged plot to kill President Mugabe": meant, not done
    "conspiracy",
    "scheme",
}


# "China is our partner, not our enemy": a word the text denies on the spot
def denied_word(token: Token) -> bool:
    for before in reversed(token.doc[max(0, token.i - 4) : token.i]):
        if before.lower_ in ("not", "never", "no"):
            return True
        if before.pos_ not in ("DET", "PRON", "ADJ", "ADV", "PART", "PROPN"):  # "not Brazil's enemy"
            return False
    return False


def has_negative_determiner(noun: Token) -> bool:
    """'no cooperation', 'insufficient cooperation', 'a lack of cooperation': the relation is denied."""
    if any(child.dep_ == "det" and child.lower_ in ("no", "neither") for child in noun.children):
        return True
    if any(child.dep_ == "amod" and child.lower_ in DENYING_ADJECTIVES for child in noun.children):
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in ABSENCE_NOUNS


# "China denied spying on the United States", "Israel resumed shelling Gaza": a gerund the parser makes the object of a
# verb whose subject does it
def is_gerund_object(verb: Token) -> bool:
    return verb.dep_ == "dobj" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in GERUND_CONTROL_VERBS


def governors(verb: Token) -> list[Token]:
    """The verbs that control this one through infinitives, complements and gerunds: 'trying to open',
    'refrained from criticising', 'ruled out sending'."""
    chain = []
    current = verb
    while True:
        if shares_infinitive_governor(current):
            current = current.head  # "is not working to dismantle Hamas and to arrest its leaders": both
            continue
        bare = current.dep_ == "ccomp" and current.tag_ == "VB" and current.head.lemma_.lower() in CAUSATIVE_VERBS
        if current.dep_ in ("xcomp",) or (current.dep_ in ("advcl", "ccomp") and has_to(current)) or bare:
            current = current.head  # also "agreed to let Sweden join NATO": the joining is agreed, not done
        elif (governor := gerund_governor(current)) is not None:
            current = governor
        elif is_gerund_object(current):
            current = current.head  # "China denied spying on the US": denied, not done
        else:
            break
        chain.append(current)
        if len(chain) > 4:
            break
    return chain


# "not working to dismantle Hamas and to arrest its leaders": an infinitive joined to another shares its governor
def shares_infinitive_governor(verb: Token) -> bool:
    head = verb.head
    if verb.dep_ == "conj" and verb.tag_ == "VBG" and head.tag_ == "VBG":  # "stopped attacking X and threatening Y"
        return head.dep_ in ("xcomp", "pcomp") or shares_infinitive_governor(head)
    # also a bare infinitive after one with "to" ("to arrest and punish terrorists"), and a chain of them
    if verb.dep_ != "conj" or not (has_to(verb) or verb.tag_ == "VB") or not has_to(head):
        return False
    return head.dep_ in ("xcomp", "advcl", "ccomp", "acl") or shares_infinitive_governor(head)


# "was prevented from attacking Israel", "stopped Hamas from firing rockets": the verb that keeps a "from" gerund
# from happening
def keeper_of(verb: Token) -> Token | None:
    prep = verb.head
    if verb.dep_ == "pcomp" and prep.lower_ == "from" and prep.head.lemma_.lower() in KEEPING_VERBS:
        return prep.head
    return None


# "refrained from criticising", "stopped short of condemning", "ruled out sending": a gerund under a verb of
# refusing, ruling out or weighing
def gerund_governor(verb: Token) -> Token | None:
    if verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in ("from", "of", "on", "at"):
        head = head.head
        if head.pos_ in ("ADV", "ADJ") and head.head.pos_ == "VERB":  # "stopped short of", "backed away from"
            head = head.head
    elif verb.dep_ not in ("advcl", "xcomp") or _set_off(verb):
        return None
    lemma = head.lemma_.lower()
    if head.pos_ == "ADJ" and lemma in REFUSING_ADJECTIVES | ABILITY_WORDS:
        return head  # "is incapable of attacking Israel", "is capable of attacking Israel"
    gerund_taking = lemma in REFUSAL_VERBS | WEIGHING_VERBS or is_ruling_out(head) or keeper_of(verb) is not None
    gerund_taking = gerund_taking or is_holding_back(head)
    return head if head.pos_ == "VERB" and gerund_taking else None


# "denied the report, accusing Israel": a participle after a comma is an adjunct, not what the verb governs
def _set_off(verb: Token) -> bool:
    head = verb.head
    between = verb.doc[head.i + 1 : verb.i] if head.i < verb.i else verb.doc[verb.i + 1 : head.i]
    return any(t.text in (",", ";", "--", "—") and t.head in (head, verb) for t in between)


# "held off on striking Iran", "backed away from sanctioning China", "shied away from", "balked at": a verb of
# holding back from an act
def is_holding_back(verb: Token) -> bool:
    words = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")}
    return any(lemma == verb.lemma_.lower() and word in words for lemma, word in HOLDING_BACK) or (
        verb.lemma_.lower() == "balk"
    )


def is_ruling_out(verb: Token) -> bool:
    """'ruled out sending tanks', 'excluded talks': a verb that refuses what it governs."""
    return (verb.lemma_.lower() == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)) or (
        verb.lemma_.lower() == "exclude"
    )


def kept_open(verb: Token) -> bool:
    """'has not ruled out', 'refused to rule out': a ruling out denied, which leaves what it governs possible."""
    if has_negation(verb):
        return True
    refusing = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSAL_VERBS
    return refusing and not has_negation(verb.head)


def has_to(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


# negation, or refusal, on the verb or a controlling verb: "refused to meet", "did not try to call"
# "Iran denied that it attacked Saudi Arabia": a clause reported under a verb of denial
def denied_by_governor(verb: Token) -> bool:
    if verb.dep_ == "conj" and verb.lemma_.lower() in DENIERS_OWN_VERBS and verb.head.dep_ == "ccomp":
        return False  # parser: "has denied the vessel was one of its ships and accused Japan of piracy"
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause is not verb and is_deniers_own_conjunct(verb, clause):
        return False
    claim = clause.head  # "denied reports that Iran had attacked": the reports' clause is denied too
    denying = DENIAL_VERBS
    if clause.dep_ in ("acl", "ccomp") and claim.lemma_.lower() in DENIED_NOUNS and claim.dep_ == "dobj":
        clause = claim
        denying = DENIAL_VERBS | DISMISSING_VERBS  # "dismissed reports that Russia had poisoned Navalny"
    elif clause.dep_ in ("acl", "ccomp") and claim.lemma_.lower() in DENIED_NOUNS and claim.dep_ == "pobj":
        clause = claim.head  # parser: "dismissed as propaganda reports that they had attacked Kabul"
        denying = DENIAL_VERBS | DISMISSING_VERBS
    elif clause.dep_ != "ccomp":
        return False
    governor = clause.head
    if clause.i < governor.i and any(c.dep_ == "dobj" and c.lemma_.lower() in DENIED_NOUNS for c in governor.children):
        return False  # parser: "Washington has accused Iran of ..., a charge Tehran denies": the charge is denied
    return governor.lemma_.lower() in denying and not has_negation(governor) and not neither_nor(governor)


# "Palestinian officials have denied that the Authority has any links to the bombers, and have condemned the Israeli
# operation": a verb joined to a reported clause that repeats the denier's auxiliary, which the clause lacks, is the
# denier's own next act (the parser joins it to the clause)
def is_deniers_own_conjunct(verb: Token, clause: Token) -> bool:
    if clause.dep_ != "ccomp" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    own = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    denier = {c.lower_ for c in clause.head.children if c.dep_ == "aux"}
    reported = {c.lower_ for c in clause.children if c.dep_ == "aux"}
    return bool(own & denier) and not own & reported


# verbs of charging or urging that a denier goes on to do in its own words: "denied ... and accused Japan of piracy"
DENIERS_OWN_VERBS = {"accuse", "blame", "urge", "warn", "call", "demand", "insist", "vow"}


# "Russia rejected claims of its attacks on Ukraine", "denied reports of talks with Iran": an act named in a
# report its subject denies is denied
def denied_report(noun: Token) -> bool:
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    report = noun.head.head
    if report.lemma_.lower() not in DENIED_NOUNS:
        return False
    if report.dep_ == "nsubj":
        return is_found_false(report)  # "Iran said reports of its talks with Israel were false"
    if report.dep_ != "dobj":
        return False
    verb = report.head
    return verb.lemma_.lower() in DENIAL_VERBS | DISMISSING_VERBS and not has_negation(verb)


# "Claims that Iran attacked Israel are false", "Reports that ... were untrue": a report found false denies its clause
def is_falsified_report(verb: Token) -> bool:
    report = verb.head
    if verb.dep_ not in ("acl", "ccomp", "relcl") or report.lemma_.lower() not in DENIED_NOUNS:
        return False  # (the parser reads "The report that Iran had attacked" as a relative clause)
    if report.dep_ == "nsubjpass":  # "Reports that Iran attacked Israel were denied by Tehran"
        denier = report.head
        return denier.lemma_.lower() in DENIAL_VERBS | DISMISSING_VERBS and not has_negation(denier)
    return report.dep_ == "nsubj" and is_found_false(report)


# "... are false", "... were untrue", "... turned out to be wrong", "proved false": a report subject of a copula that
# calls it false
def is_found_false(report: Token) -> bool:
    copula = report.head
    if copula.lemma_ not in ("be", "turn", "prove") or has_negation(copula):
        return False
    holders = [copula, *(c for c in copula.children if c.dep_ == "xcomp" and c.lemma_ == "be")]
    verdicts = ("acomp", "attr", "oprd")
    return any(c.dep_ in verdicts and c.lemma_.lower() in FALSITY_WORDS for h in holders for c in h.children)


# "Russia's invasion of Ukraine never happened", "the talks did not take place": an act that did not occur
def never_happened(noun: Token) -> bool:
    verb = noun.head
    if noun.dep_ != "nsubj" or not has_negation(verb):
        return False
    place = any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    return verb.lemma_.lower() in ("happen", "occur", "materialise", "materialize") or (verb.lemma_ == "take" and place)


# "India did not accuse Pakistan of attacking Afghanistan", "Nobody blamed Iran for striking": a charge not made
# says nothing of the act it names
def under_unmade_charge(verb: Token) -> bool:
    if verb.dep_ != "pcomp" or verb.head.dep_ != "prep" or verb.head.lower_ not in ("of", "for", "with"):
        return False
    accuser = verb.head.head
    return accuser.lemma_.lower() in CHARGING_VERBS and is_negated(accuser)


# "neither confirmed nor denied that it had struck Iran": no denial, and no claim either
def neither_nor(verb: Token) -> bool:
    head = verb.head if verb.dep_ == "conj" else verb
    return any(c.lower_ == "neither" for c in head.children) or any(c.lower_ == "nor" for c in verb.children)


def under_neither_nor(verb: Token) -> bool:
    """A clause reported by 'neither confirmed nor denied' (also a gerund: 'denied attacking'): left open."""
    return (
        verb.dep_ in ("ccomp", "xcomp")
        and verb.head.lemma_.lower() in DENIAL_VERBS | {"confirm"}
        and neither_nor(verb.head)
    )


# verbs whose "about" or "of" names what is spoken or thought of: "talked about attacking Israel"
TOPIC_VERBS = {
    "talk", "speak", "think", "dream", "joke", "discuss", "debate", "muse", "fantasise", "fantasize", "write",
}  # fmt: skip
# verbs that deny or vouch for what they report, whose negation leaves it open: "did not deny attacking Israel",
# "did not confirm it had bombed Syria"
VOUCHING_VERBS = DENIAL_VERBS | {"confirm", "acknowledge", "verify", "admit"}
# nouns of a time or manner that "no" makes a negation of the clause: "at no time had it talked to Israel"
NEVER_NOUNS = {"time", "point", "stage", "moment", "way", "means", "account", "circumstance", "circumstances"}
# verbs whose negation affirms what they govern: "I don't mind meeting him", "did not hesitate to strike"
WILLING_WHEN_NEGATED = {"mind", "hesitate", "rule", "exclude"}


def is_negated(verb: Token) -> bool:
    if is_ruling_out(verb):
        return not kept_open(verb)  # "ruled out talks with"; "has not ruled out talks" is a possibility
    if has_negation(verb):
        return True
    own_to = has_to(verb) and any(c.dep_ == "neg" for c in verb.head.children)  # "not to let it pass and to engage"
    if (shares_infinitive_governor(verb) and not own_to) or shares_auxiliary(verb):
        return is_negated(verb.head)  # "no plans to attack Israel or to meet Russia", "did not kill or injure"
    if verb.dep_ == "pcomp" and verb.head.lower_ == "without":
        return True  # "Without meeting Russia, Iran signed a deal with China"
    if is_untrue(verb):
        return True  # "It is not true that Iran attacked Israel"
    if is_given_up(verb):
        return True  # "Iran abandoned its plan to attack Israel", "backed away from its threat to attack Israel"
    if is_falsely_charged(verb) or (verb.dep_ == "ccomp" and is_false_claim(verb.head)):
        return True  # "Iran has been falsely accused of attacking Israel", "Russia falsely claimed that Ukraine ..."
    content = detached_content_noun(verb)
    if content is not None and content.head.lemma_.lower() in PREVENTING_VERBS and not has_negation(content.head):
        return True  # "Israel foiled an Iranian plot to attack its embassy"
    if neither_nor(verb) and verb.lemma_.lower() not in DENIAL_VERBS | {"confirm"}:
        return True  # "Iran will neither meet Russia nor talk to China" (not "neither confirmed nor denied")
    if denied_by_governor(verb):
        return True
    if verb.dep_ == "acl" and has_negative_determiner(verb.head) and not unproven(verb):
        return True  # "had no plans to meet with Kim" (not "no evidence that Iran attacked", which is open)
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in DENYING_NOUNS and has_to(verb):
        return True  # "Iran's failure to cooperate with the IAEA", "Israel's refusal to negotiate with Hamas"
    if verb.dep_ == "acl" and is_vetoed_text(verb.head):
        return True  # "Russia vetoed a UN resolution condemning Syria": the resolution never condemned
    if is_not_yet(verb):
        return True  # "Iran has yet to attack Israel"
    if is_falsified_report(verb):
        return True  # "Claims that Iran attacked Israel are false"
    if any(c.dep_ == "advmod" and c.lower_ in NEAR_MISS_ADVERBS for c in verb.children):
        return True  # "Iran nearly attacked Israel": it did not
    of_noun = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "of" else None
    if of_noun is not None and of_noun.pos_ == "NOUN" and has_negative_determiner(of_noun):
        return True  # "has no intention of negotiating with the Taliban"
    if is_cleft(verb) and has_negation(verb.head):
        return True  # "it was not Hamas that attacked Israel"
    if is_negation_raised(verb):
        return True
    for governor in governors(verb):
        if is_impossible(governor):
            return not has_negation(governor)  # "It is impossible for Iran to attack Israel"
        if controls_another(verb, governor):
            return False  # "would not allow Sweden to join NATO": Turkey's refusal, not Sweden's
        if failed_to_win(verb, governor):
            return False  # "failed to persuade Pakistan": the appeal was made, in vain
        if is_ruling_out(governor):
            return not kept_open(governor)  # "refused to rule out attacking Iran": left open
        refusing = governor.lemma_ in REFUSAL_VERBS | REFUSING_ADJECTIVES
        if refusing or is_holding_back(governor):
            # "refused to", "is unable to", "unwilling to"; not "neither confirmed nor denied attacking Syria"
            return not has_negation(governor) and not neither_nor(governor)
        if governor == keeper_of(verb):
            return not has_negation(governor)  # "was prevented from attacking Israel"
        if has_negation(governor) or is_denied_predicate(governor):
            return governor.lemma_ not in WILLING_WHEN_NEGATED  # "I don't mind meeting him": willing
    return False


# "Somalia is not ready to work with Kenya", "was not willing to talk": the copula's negation denies its adjective
def is_denied_predicate(adjective: Token) -> bool:
    return adjective.dep_ == "acomp" and adjective.head.lemma_ == "be" and has_negation(adjective.head)


# "The Taliban failed to persuade Pakistan to recognise them": a verb of winning someone over, failed, was tried (the
# appeal was made); a failure to act ("failed to stop the attacks") did not happen
def failed_to_win(verb: Token, governor: Token) -> bool:
    return governor.lemma_ == "fail" and verb.lemma_.lower() in WINNING_VERBS and not has_negation(governor)


# "was falsely accused of attacking Israel": an act the writer calls a false charge did not happen
def is_falsely_charged(verb: Token) -> bool:
    charge = charged_gerund_verb(verb)
    return charge is not None and is_false_claim(charge)


# "Russia falsely claimed that Ukraine had attacked Moscow", "wrongly said": a verb of saying the writer calls
# false, whose clause did not happen
def is_false_claim(claim: Token) -> bool:
    return claim.pos_ == "VERB" and any(c.dep_ == "advmod" and c.lower_ in FALSE_CHARGE_ADVERBS for c in claim.children)


# "Russia claimed, without evidence, that Ukraine had attacked Moscow": a verb of saying the writer says is made
# without proof, whose clause is left open
def is_unproven_claim(claim: Token) -> bool:
    without = [o for p in claim.children if p.dep_ == "prep" and p.lower_ == "without" for o in p.children]
    return claim.pos_ == "VERB" and any(o.lemma_.lower() in EVIDENCE_NOUNS for o in without)


# "accused Iran of attacking Israel", "suspected of arming": the charging verb a gerund's act is charged by
def charged_gerund_verb(verb: Token) -> Token | None:
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ not in ("of", "for") or prep.head.pos_ != "VERB":
        return None
    return prep.head if prep.head.lemma_.lower() in CHARGING_VERBS else None


# "rejected U.S. overtures to join the coalition", "declined an invitation to visit Moscow": an act proposed and
# refused, which the refusal's own statement (reject) carries
def is_turned_down(verb: Token) -> bool:
    if not has_to(verb):
        return False
    if verb.dep_ == "acl" and verb.head.dep_ == "dobj":
        refuser = verb.head.head
    elif verb.dep_ in ("xcomp", "advcl") and any(c.dep_ == "dobj" and c.i < verb.i for c in verb.head.children):
        refuser = verb.head  # the parser hangs "to join" on "rejected"
    else:
        return False
    return refuser.lemma_.lower() in ("reject", "refuse", "decline", "rebuff", "spurn") and not has_negation(refuser)


# "abandoned its plan to attack Israel", "withdrew its offer to meet Russia", "backed away from its threat to attack
# Israel": an intent given up is no intent
def is_given_up(verb: Token) -> bool:
    noun = verb.head if verb.dep_ == "acl" and has_to(verb) else detached_content_noun(verb)  # parser: "to meet"
    if noun is None or noun.lemma_.lower() not in INTENT_NOUNS | {"offer", "bid"}:  # on "withdrew"
        return False
    if noun.dep_ == "dobj":
        return noun.head.lemma_.lower() in GIVING_UP_VERBS and not has_negation(noun.head)
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("from", "of"):
        return False
    holder = noun.head.head
    governor = holder.head if holder.pos_ == "ADV" else holder  # "backed away from", "stopped short of"
    return governor.pos_ == "VERB" and is_holding_back(governor)


# "Israel has no evidence that Iran attacked Saudi Arabia", "There is no sign that Iran will meet Russia": a clause
# nothing bears out is open, neither done nor denied
def unproven(verb: Token) -> bool:
    noun = verb.head
    return (
        verb.dep_ in ("acl", "ccomp")
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
        and noun.lemma_.lower() in EVIDENCE_NOUNS
        and has_negative_determiner(noun)
    )


# "Israel did not kill or injure any Hamas members": a bare verb joined to one with an auxiliary shares it
def shares_auxiliary(verb: Token) -> bool:
    if verb.dep_ != "conj" or verb.tag_ != "VB" or has_to(verb):
        return False
    own = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "neg")]
    return not own and any(c.dep_ == "aux" and c.i < verb.head.i for c in verb.head.children)


# texts that speak only once passed, and the verbs that keep them from passing: "vetoed a UN resolution"
PASSED_TEXTS = {"resolution", "bill", "motion", "draft", "proposal", "statement", "declaration"}
VETOING_VERBS = {"veto", "block", "defeat", "reject"}


# "Russia vetoed a UN resolution condemning Syria", "the bill was blocked": a text kept from passing says nothing
def is_vetoed_text(noun: Token) -> bool:
    if noun.lemma_.lower() not in PASSED_TEXTS:
        return False
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "against" and verb.head.lemma_.lower() == "vote":
        return not has_negation(verb.head)  # "Moscow voted against the resolution condemning Israel"
    kept = verb.lemma_.lower() in VETOING_VERBS and not has_negation(verb)
    return kept and noun.dep_ in ("dobj", "nsubjpass")


# "It is not true that Iran attacked Israel", "it is false that ...": a clause its copula finds untrue
def is_untrue(verb: Token) -> bool:
    copula = verb.head
    if verb.dep_ != "ccomp" or copula.lemma_ != "be":
        return False
    verdicts = [c.lower_ for c in copula.children if c.dep_ == "acomp"]
    true = any(v in TRUTH_WORDS for v in verdicts) and has_negation(copula)
    return true or (any(v in FALSITY_WORDS for v in verdicts) and not has_negation(copula))


# "Had Israel attacked Iran, the war would have spread": a condition written with "had" before its subject
def is_inverted_condition(verb: Token) -> bool:
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    inverted = [c for c in verb.children if c.dep_ == "aux" and c.lower_ in ("had", "were", "should")]
    if verb.lower_ in ("were", "had") and verb.i == verb.left_edge.i:
        inverted.append(verb)  # "Were Iran to attack Israel, ...": the verb itself leads
    return verb.dep_ == "advcl" and bool(subjects) and any(a.i < min(subjects) for a in inverted)


# "if Russia invades", "unless Hamas frees the hostages", "Should Moscow take this step", "Were Iran to attack": a
# clause of condition, marked or inverted
def is_condition(clause: Token, marks: tuple[str, ...] = ("if", "unless")) -> bool:
    marked = any(m.dep_ == "mark" and m.lower_ in marks for m in clause.children)
    return marked or ("if" in marks and is_inverted_condition(clause))


# "Israel withdrew its accusation that Iran had attacked it", "retracted its claim that ...": a charge taken back
# leaves the act open
def is_retracted_claim(verb: Token) -> bool:
    report = verb.head
    if verb.dep_ not in ("acl", "ccomp", "relcl") or report.lemma_.lower() not in DENIED_NOUNS:
        return False
    return report.dep_ == "dobj" and report.head.lemma_.lower() in RETRACTING_VERBS and not has_negation(report.head)


# "The alleged Iranian attack on Israel was never confirmed", "has never been proven": an act not shown is open
def is_unconfirmed(noun: Token) -> bool:
    verb = noun.head
    return noun.dep_ == "nsubjpass" and verb.lemma_.lower() in PROVING_VERBS and has_negation(verb)


# verbs of taking a claim back: "withdrew its accusation"
RETRACTING_VERBS = {"withdraw", "retract", "drop", "recant", "abandon"}
# verbs of showing an act happened: "was never confirmed", "has never been proven"
PROVING_VERBS = {"confirm", "prove", "verify", "establish", "substantiate", "corroborate"}


# "talked about attacking Israel", "discussed attacking Israel", "dreamed of attacking": an act spoken or thought of,
# not done (not "boasted about attacking", which owns it)
def is_talked_of(verb: Token) -> bool:
    if verb.tag_ != "VBG":
        return False
    if verb.dep_ == "pcomp" and verb.head.lower_ in ("about", "of"):
        return verb.head.head.lemma_.lower() in TOPIC_VERBS
    return verb.dep_ in ("xcomp", "dobj") and verb.head.lemma_.lower() in ("discuss", "debate")


# "is on the verge of attacking Iran", "on the brink of war with", "was about to attack": an act about to happen, not
# done
def is_on_the_verge(verb: Token) -> bool:
    if verb.dep_ == "xcomp" and has_to(verb) and verb.head.lower_ == "about":
        return True  # "Iran was about to attack Israel"
    if verb.dep_ != "pcomp" or verb.head.lower_ != "of":
        return False
    noun = verb.head.head
    return noun.lemma_.lower() in ("verge", "brink", "edge", "point") and noun.head.lower_ == "on"


# "Iran has yet to attack Israel", "is yet to meet": an act not done so far
def is_not_yet(verb: Token) -> bool:
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and has_to(verb)
        and head.lemma_ in ("have", "be")
        and any(c.lower_ == "yet" for c in head.children)
        and not has_negation(head)
    )


# "he did not believe Israeli forces would take action against Arafat": a denied belief denies what it reports
def is_negation_raised(verb: Token) -> bool:
    head = verb.head
    return verb.dep_ == "ccomp" and head.lemma_.lower() in NEG_RAISING_VERBS and has_negation(head)


# "allowed Sweden to join", "asked Israel to stop": an infinitive whose doer is the governor's object
def controls_another(verb: Token, governor: Token) -> bool:
    own_subject = any(c.dep_ == "nsubj" for c in verb.children)
    if verb.head.i == governor.i and governor.lemma_.lower() in HELPING_VERBS and own_subject and verb.tag_ == "VB":
        return True  # "failed to help them fight Islamist insurgents": they fight, with or without the help
    if verb.head.i != governor.i or not has_to(verb):
        return False
    return own_subject or (verb.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in governor.children))


def is_warned_against(verb: Token) -> bool:
    """'warned the United States against selling arms': the act the one warned might do."""
    return is_act_warned_against(verb) and any(c.dep_ == "dobj" for c in verb.head.head.children)


# "warned (Egypt) against attacking Libya", "warned against an attack on Libya": an act warned against
def is_act_warned_against(token: Token) -> bool:
    head = token.head
    return (
        token.dep_ in ("pcomp", "pobj")
        and head.dep_ == "prep"
        and head.lower_ == "against"
        and head.head.lemma_.lower() in WARNING_VERBS
    )


WARNING_VERBS = {"warn", "caution", "advise", "counsel"}


def is_cleft(verb: Token) -> bool:
    """'it was Hamas that attacked Israel': a clause whose doer is the focus of 'it was'."""
    copula = verb.head
    return (
        verb.dep_ == "ccomp"
        and copula.lemma_ == "be"
        and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in copula.children)
        and any(c.dep_ == "nsubj" and c.lower_ in ("that", "who", "which") for c in verb.children)
    )


# "US pressure on Arafat to crack down on Hamas", "put pressure on Arafat to crack down": the pressure an act
# is pressed for by
def pressing_noun(verb: Token) -> Token | None:
    verb = first_conjunct(verb)  # "to stop its assassinations and lift the blockade": both pressed for
    if not has_to(verb):
        return None
    if verb.dep_ == "acl" and verb.head.lemma_.lower() == "pressure":
        between = verb.doc[verb.head.i + 1 : verb.i]
        if len(between) > 8 or any(t.dep_ in ("cc", "conj") for t in between):
            return None  # "pressure on Baghdad and rally opinion behind the US drive to oust": the drive's
        return verb.head
    noun = detached_content_noun(verb)
    return noun if noun is not None and noun.lemma_.lower() == "pressure" else None


# "made clear U.S. willingness, alongside our Allies, to impose consequences", "put pressure on Arafat to crack
# down": the noun an infinitive spells out, which the parser hangs on the verb
def detached_content_noun(verb: Token) -> Token | None:
    verb = first_conjunct(verb)
    if verb.dep_ not in ("advcl", "xcomp") or not has_to(verb):  # also "foiled an Iranian plot | to attack"
        return None
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() not in PREVENTING_VERBS:
        return None  # "urged Iran's leaders to ...": object control, read elsewhere
    nouns = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]
    # also "arrested two men over an alleged plot | to bomb the embassy": the noun right before the infinitive
    nouns += [
        o for p in verb.head.children if p.dep_ == "prep" and p.i < verb.i
        for o in p.children if o.dep_ == "pobj" and o.right_edge.i + 1 == verb.left_edge.i
    ]  # fmt: skip
    return next((c for c in nouns if c.lemma_.lower() in CONTENT_NOUNS), None)


def first_conjunct(verb: Token) -> Token:
    """'stop' for 'lift' in 'to stop its assassinations and lift the blockade'."""
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB" and verb.head.i != verb.i:
        verb = verb.head
    return verb


# "Benin was to join", "is due to meet": a copula or "due" with a to-infinitive states an arrangement, not a deed
def is_arranged(governor: Token) -> bool:
    to_clause = [c for c in governor.children if c.dep_ == "xcomp" and has_to(c)]
    if governor.lemma_ == "due" and governor.pos_ == "ADJ":
        return bool(to_clause)
    predicated = any(c.dep_ in ("acomp", "attr") for c in governor.children)  # not "it's outrageous to reach out"
    subject = any(c.dep_ == "nsubj" for c in governor.children)
    return governor.lemma_ == "be" and bool(to_clause) and subject and not predicated


# "plans to pull out", "efforts to open channels", "a bid to mediate"
def noun_modality(verb: Token) -> str | None:
    if pressing_noun(verb) is not None:
        return "requested"  # "put pressure on Arafat to crack down on Hamas"
    if verb.head.lemma_.lower() in REQUEST_NOUNS and verb.head.pos_ == "NOUN" and is_that_clause(verb):
        return "requested"  # "Israel's demand that Mr Arafat arrest the killers"
    of_gerund = verb.dep_ == "pcomp" and verb.head.lower_ == "of" and verb.head.head.pos_ == "NOUN"
    detached = detached_content_noun(verb)
    # also "an invitation for Mr Sharon to exterminate Palestinians", which the parser hangs on the noun as a clause
    for_to = any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)  # "the plan for Israel to attack"
    hung = verb.dep_ in ("advcl", "relcl") and verb.head.pos_ == "NOUN" and (for_to or verb.dep_ == "advcl")
    spelt_out = (verb.dep_ == "acl" or hung) and has_to(verb)
    if spelt_out or of_gerund or detached is not None:  # "a plan to visit", "his
        # offer of holding talks", "made clear U.S. willingness, alongside our Allies, to impose"
        lemma = (detached or (verb.head.head if of_gerund else verb.head)).lemma_.lower()
        if lemma in INTENT_NOUNS:
            return "intended"
        if lemma in ATTEMPT_NOUNS:
            return "attempted"
        if lemma in REQUEST_NOUNS:
            return "requested"
    return None


# nouns of an attempt, whose infinitive is attempted: "a bid to mediate"
ATTEMPT_NOUNS = {"effort", "attempt", "bid", "push", "campaign", "drive"}
# nouns of a request, whose infinitive is requested: "a call to withdraw"
REQUEST_NOUNS = {"call", "demand", "request", "appeal", "order", "invitation"}
# nouns an infinitive spells out
CONTENT_NOUNS = INTENT_NOUNS | ATTEMPT_NOUNS | REQUEST_NOUNS | {"pressure"}


def is_that_clause(verb: Token) -> bool:
    """'demand that Arafat arrest', a clause on a noun opened by 'that' (also read as its relative pronoun beside the
    clause's own subject: 'the demand by India that Pakistan hand over')."""
    if verb.dep_ not in ("acl", "ccomp", "relcl"):
        return False
    marked = any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    misread = len(subjects) >= 2 and subjects[0].lower_ == "that"
    return marked or misread


def is_mandative(clause: Token) -> bool:
    """'that Israel withdraw', 'that Iran and the U.S. meet', 'that Russia should withdraw': the act a request
    asks for; not 'we are not at war', which states."""
    modals = {c.lower_ for c in clause.children if c.dep_ == "aux" and c.i < clause.i}  # ("hand over 20 people it
    # says are terrorists": an "are" after the verb is the parser's slip)
    if modals & {"should", "must"} or any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in clause.children):
        return True  # also a bare passive: "that Arafat be arrested"
    if modals or has_to(clause) or (clause.lemma_ == "be" and clause.tag_ != "VB"):
        return False
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    # a bare verb after a noun subject ("that Israel negotiate"), which the tagger may read as present
    nominal = bool(subjects) and all(s.pos_ in ("NOUN", "PROPN") for s in subjects)
    # (also "demanded that Pakistan hand over the suspects", the tagger reading the bare verb as a noun)
    # (also "demanded that Pakistan shut them down", a bare verb that is its past too, tagged past)
    bare_past = clause.tag_ == "VBD" and clause.lower_ == clause.lemma_.lower()
    return clause.tag_ == "VB" or ((clause.tag_ in ("VBP", "NN") or bare_past) and nominal)


# "would stop supporting Hamas if Israel withdrew": a verb with a condition of its own
def is_conditional(clause: Token) -> bool:
    return any(c.dep_ == "advcl" and is_condition(c) for c in clause.children)


# "Washington has asked Qatar to expel Hamas leaders if the group continues to reject the deal": the condition, which
# the parser hangs on the request, is the asked act's; the asking is done
def asks_on_condition(clause: Token) -> bool:
    asked = any(c.dep_ in ("xcomp", "ccomp") for c in clause.children)
    return clause.lemma_.lower() in REQUEST_VERBS and asked and clause.tag_ in ("VBD", "VBN", "VBZ", "VBP")


# "would have allowed", "could have prevented": the past conditional of what did not happen
def is_counterfactual(clause: Token) -> bool:
    auxiliaries = {c.lower_ for c in clause.children if c.dep_ == "aux"}
    return clause.tag_ == "VBN" and "have" in auxiliaries and bool(auxiliaries & {"would", "could", "might"})


# "hoped Arafat would arrest the militants", "Bush hopes Pakistan will cooperate": the clause a wish hangs on
def wished_clause(verb: Token) -> Token | None:
    clause = verb.head if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" else verb
    return clause if clause.dep_ == "ccomp" and is_wish(clause.head) else None


def is_wish(token: Token) -> bool:
    """A verb or adjective of wishing: 'hopes', 'hoped', 'is hopeful'."""
    return (token.lemma_.lower() in WISHING_VERBS and token.pos_ == "VERB") or (
        token.lower_ in WISHING_ADJECTIVES and token.pos_ == "ADJ"
    )


# "we hope we will reach a deal": a wish for one's own act is an intent, not a request
def hopes_own_act(clause: Token) -> bool:
    subjects = [c.lower_ for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    hopers = [c.lower_ for c in clause.head.children if c.dep_ == "nsubj"]
    first = FIRST_PERSON_PLURAL | FIRST_PERSON_SINGULAR
    return bool(subjects) and all(s in hopers or (s in first and any(h in first for h in hopers)) for s in subjects)


# "asked Zinni to put pressure on Israel to stop its assassinations ... and to lift the blockade", where the parser
# joins "to lift" to "asked": a "to" infinitive is never the conjunct of a finite verb; it goes on the infinitive
# before it
def misplaced_infinitive(verb: Token) -> Token | None:
    head = verb.head
    if verb.dep_ != "conj" or head.tag_ not in ("VBD", "VBZ", "VBP") or not has_to(verb):
        return None
    earlier = [t for t in verb.doc[head.i + 1 : verb.i] if t.tag_ == "VB" and has_to(t) and head in t.ancestors]
    return earlier[-1] if earlier else None


# "offered to mediate between France and ...", "the U.S. offer to meet with Pyongyang": the words a pledge governs
# above an act's party (the pledge is their head), within the act's own clause or just above it ("pledged that it
# would help"; not "said Israel would attack Iran")
def pledged_words(party: Token) -> Token | None:
    token = party
    for _ in range(8):
        if token.head.i == token.i:
            return None
        finite = token.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
        head = token.head
        pledge = head.lemma_.lower() in PLEDGE_WORDS and head.pos_ in ("VERB", "ADJ")
        if pledge or (head.lemma_.lower() in PLEDGE_NOUNS and head.pos_ == "NOUN"):
            return token
        if finite:
            return None
        token = head
    return None


# attempted, intended, requested or hypothetical, from controlling verbs, auxiliaries and 'if'
def modality_of(verb: Token) -> str:
    if shares_infinitive_governor(verb) or shares_auxiliary(verb):
        return modality_of(verb.head)  # "has no plans to attack Israel or to meet Russia": both intended
    infinitive = misplaced_infinitive(verb)
    if infinitive is not None:
        return modality_of(infinitive)  # "... to stop its assassinations and to lift the blockade"
    from_noun = noun_modality(verb)
    if from_noun is not None:
        return from_noun
    if verb.dep_ == "pcomp" and is_warned_against(verb):
        return "hypothetical"  # "warned the US against selling arms to Taiwan"
    if is_ruling_out(verb) and kept_open(verb):
        return "hypothetical"  # "has not ruled out talks with Pyongyang", "refused to rule out"
    if under_neither_nor(verb) or unproven(verb):
        return "hypothetical"  # "neither confirmed nor denied that it had struck Iran", "no evidence that ..."
    if verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() in VOUCHING_VERBS and has_negation(verb.head):
        return "hypothetical"  # "Iran did not deny attacking Israel", "did not confirm it had bombed Syria": open
    if is_talked_of(verb) or (verb.dep_ == "ccomp" and is_unproven_claim(verb.head)):
        return "hypothetical"  # "Iran talked about attacking Israel", "claimed, without evidence, that ..."
    if is_retracted_claim(verb):
        return "hypothetical"  # "Israel withdrew its accusation that Iran had attacked it"
    if is_inverted_condition(verb) or is_on_the_verge(verb):
        return "hypothetical"  # "Had Israel attacked Iran, ...", "is on the verge of attacking Iran"
    if verb.dep_ in ("acl", "ccomp") and verb.head.lemma_.lower() in FEAR_NOUNS and verb.head.pos_ == "NOUN":
        return "hypothetical"  # "There is little chance that Iran will attack Israel", "fears that Iran will"
    if any(c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKS for c in verb.children):
        return "hypothetical"  # "asked whether Germany would send jets": a question, not a request
    if verb.dep_ == "relcl" and any(c.dep_ == "det" and c.lower_ == "any" for c in verb.head.children):
        return "hypothetical"  # "any American warship that takes part in strikes against the group": none named
    if verb.dep_ == "ccomp" and verb.head.lemma_ in REQUEST_VERBS | {"insist", "propose", "suggest", "recommend"}:
        if is_mandative(verb):
            return "requested"  # "demanded that Iran and the U.S. meet"; not "told parliament we are not at war"
    if is_needed_act(verb):
        return "requested"  # "It is important that Pakistan acts against the militants": asked, not done
    hoped = wished_clause(verb)
    if hoped is not None:
        return "intended" if hopes_own_act(hoped) else "requested"  # "hoped Arafat would arrest the militants"
    for governor in governors(verb):
        lemma = governor.lemma_
        if any(c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKS for c in governor.children):
            return "hypothetical"  # "if Afghan forces try to capture them": a condition, not an attempt made
        if is_inverted_condition(governor):
            return "hypothetical"  # "Were Iran to attack Israel, ..."
        if controls_another(verb, governor) and is_negated(governor):
            return "hypothetical"  # "would not allow Sweden to join NATO", "refused to let Sweden join"
        if lemma in ("rule", "exclude") and kept_open(governor):
            return "hypothetical"  # "did not rule out striking Iran", "refused to rule out": a possibility
        # "India wants Pakistan to hand over the militants": Pakistan is asked to; "We need our friends in Canberra
        # and Wellington to stand with us"
        wanted = verb.dep_ == "ccomp" and any(c.dep_ == "nsubj" for c in verb.children) and has_to(verb)
        if lemma in WANTING_VERBS and (wanted or any(c.dep_ == "dobj" for c in governor.children)):
            return "requested"
        if lemma in ATTEMPT_VERBS or failed_to_win(verb, governor):
            return "attempted"  # also "The Taliban failed to persuade Pakistan": tried
        if lemma in REQUEST_VERBS or lemma in WINNING_VERBS:  # also "to persuade Arafat to arrest the militants"
            return "requested"
        if lemma == "give" and any(c.dep_ == "dobj" and c.lemma_.lower() in DEADLINE_NOUNS for c in governor.children):
            return "requested"  # "Arafat was given 12 hours to arrest the militants": an ultimatum's demand
        if lemma in PERMISSION_VERBS:
            return "hypothetical"  # "authorised Kenya to lead a police force": allowed, not yet done
        if is_obligation(governor):
            return "requested"  # "Pakistan needs to arrest the militants, Powell said": asked of it, not done
        if lemma in INTENT_VERBS | WEIGHING_VERBS or (lemma in SCHEDULING_VERBS and governor.tag_ == "VBN"):
            return "intended"  # "is considering striking", "is scheduled to meet Xi"
        if is_arranged(governor):
            return "intended"  # "Benin was to join the trade area", "Iran is due to meet Saudi Arabia"
        if lemma in LIKELIHOOD_WORDS or (lemma in ABILITY_WORDS and not is_past_copula(governor.head)):
            return "hypothetical"  # "is unlikely to support", "is capable of attacking" (not "was able to")
    for clause in (verb, *governors(verb)):
        if is_counterfactual(clause):
            return "hypothetical"  # "a bill that would have allowed China to extradite"
        conditional = is_conditional(clause) and not asks_on_condition(clause)
        if conditional and clause.lemma_.lower() not in ("threaten", "warn"):
            return "hypothetical"  # "said it would stop supporting Hamas if Israel withdrew" (a threat made on a
            # condition is made: "has threatened both sides with consequences if they fail to implement it")
        for child in clause.children:
            if child.dep_ == "mark" and child.lower_ in HYPOTHETICAL_MARKS:
                return "hypothetical"
            if child.dep_ == "aux" and child.lower_ in HYPOTHETICAL_AUX:
                return "hypothetical"
            if child.dep_ == "aux" and child.lower_ in ("should", "must"):
                # "Iran must have armed the Houthis": an inference about the past, not a demand
                return "hypothetical" if is_perfect(clause) else "requested"
            if child.dep_ == "advmod" and child.lower_ in DOUBT_ADVERBS:
                return "hypothetical"  # "Iran probably armed the Houthis", "perhaps"
        if clause.dep_ == "ccomp" and is_possibility(clause.head):
            return "hypothetical"  # "It is possible that Iran armed the Houthis"
    return "asserted"


# "needs to arrest", "has to stop" (not "had to withdraw", done under duress): what someone is told he must do
def is_obligation(governor: Token) -> bool:
    return needs_to(governor) and (governor.lemma_ == "need" or governor.tag_ in ("VBZ", "VBP"))


# "must have armed": a perfect infinitive after a modal
def is_perfect(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


# "It is possible that ...", "It is likely that ...", "It is unclear whether ...": a copula that calls its clause
# only possible
def is_possibility(copula: Token) -> bool:
    return copula.lemma_ == "be" and any(
        c.dep_ == "acomp" and c.lemma_.lower() in LIKELIHOOD_WORDS | {"unclear", "uncertain", "conceivable"}
        for c in copula.children
    )


# adverbs of doubt that make an act only possible: "Iran probably armed the Houthis"
DOUBT_ADVERBS = {
    "probably", "possibly", "perhaps", "maybe", "conceivably", "presumably", "allegedly", "supposedly", "purportedly",
}  # fmt: skip
