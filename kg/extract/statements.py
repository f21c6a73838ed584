"""Read a parsed article sentence by sentence and collect its statements."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.acts import act_statements, denied_charge_statements
from kg.extract.arguments import Context, actor_of, collective_speakers, mention_root
from kg.extract.candidates import Candidate
from kg.extract.clauses import PLEDGED_CLASSES, clause_statements, clause_subjects, denies_charge
from kg.extract.discourse import event_reference_statements
from kg.extract.lexicon import (
    ADDRESSING_LEMMAS,
    ADDRESSING_PHRASES,
    ALLEGING_VERBS,
    ATTRIBUTING_VERBS,
    BELIEF_VERBS,
    CAPTURING_VERBS,
    CLAIMING_VERBS,
    CONTEST_VERBS,
    DISPATCH_VERBS,
    FAILING_VERBS,
    GAME_CLASSES,
    GAME_WORDS,
    HOSTILE_CLASSES,
    LEADING_VERBS,
    NO_RELATION_PHRASES,
    OUTLET_TALK_VERBS,
    PERMITTING_LEMMAS,
    REPORTER_NOUNS,
    SIEGE_VERBS,
    SPOKESMAN_NOUNS,
    SPORT_WORDS,
)
from kg.extract.nominal import nominal_statements
from kg.extract.polarity import DENIAL_VERBS, is_false_claim, is_negated, is_unproven_claim, pledged_words
from kg.extract.speech import (
    believer,
    byline_author,
    is_speech_verb,
    names_speaker,
    opening_voice,
    quote_follows,
    sentence_speakers,
    speech_subject,
    starts_quote,
)
from kg.records import Article, Statement
from kg.resolve import ArticleActors, Mention
from kg.taxonomy import FALLBACK_CLASS, LEXICON, classify

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


PLACE = "place"  # the kind the resolver gives a place name that is not a country or capital
# classes of what a leader does to his own country that relate no two parties: telling, ordering
OWN_SIDE_CLASSES = {"statement", "communicate", "demand", "appeal", "yield"}  # (also "to withdraw his forces")
DISCOURSE_WINDOW = 2  # sentences back that talk may continue from
# hostile acts whose report by another side is an accusation
ACCUSED_CLASSES = {"attack", "coerce", "fight", "threaten", "posture"}
# verbs of harm to a tie, whose reported doer is charged with it as an attacker is: "Kevin Rudd says the Government
# has damaged relations with Jakarta" (other measures reported, "Downer says Australia will impose sanctions", are not)
HARMING_VERBS = ("damage ", "harm ", "hurt ", "poison ", "sour ", "strain ")
# auxiliaries that open a yes-no question
QUESTION_AUXILIARIES = {
    "is", "are", "was", "were", "do", "does", "did", "has", "have", "had", "will", "would", "can", "could", "should",
    "shall", "may", "might",
}  # fmt: skip
# rules that read an act as said to have happened, rather than named in passing
ACCUSING_RULES = ("clause:", "nominal:behind", "nominal:responsibility", "nominal:claimed")
# readings that lay an act at a side's door, which a report of the act itself does not: "was behind the attacks"
ATTRIBUTING_RULES = ("nominal:behind", "nominal:responsibility")


def in_ignored(sent: Span, ignored: tuple[tuple[int, int], ...]) -> bool:
    """A sentence that lies wholly in a caption, headline or other page furniture."""
    return any(start <= sent.start_char and sent.end_char <= end + 1 for start, end in ignored)


def is_question(sent: Span) -> bool:
    return sent.text.rstrip().endswith("?")


# "Was Iran behind the attack?", "Did Israel strike Syria?": a question opened by its auxiliary asks, asserting
# nothing; so does "Why would Iran attack Israel?" (a modal after the question word; not "Why did Iran attack?",
# which takes the attack as done)
def is_yes_no_question(sent: Span) -> bool:
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if words and words[0].pos_ == "AUX" and words[0].lower_ in QUESTION_AUXILIARIES:
        return True
    return len(words) > 1 and words[0].tag_ in ("WRB", "WP") and words[1].tag_ == "MD"


def paragraph_numbers(sents: list[Span], text: str) -> list[int]:
    """The paragraph (line) each sentence starts in."""
    breaks = [i for i, char in enumerate(text) if char == "\n"]
    return [bisect_left(breaks, sent.start_char) for sent in sents]


def sentence_bounds(sent: Span) -> tuple[int, int]:
    """Character offsets of a sentence without its surrounding white space."""
    words = [t for t in sent if not t.is_space]
    if not words:
        return sent.start_char, sent.end_char
    return words[0].idx, words[-1].idx + len(words[-1].text)


def relation_class(candidate: Candidate) -> str:
    """The class of the cue when the lexicon knows it whole ('fought alongside' cooperates), else of the
    relation label, else of the cue ('work' -> 'work with' -> cooperate)."""
    if candidate.cue in LEXICON:
        return LEXICON[candidate.cue]
    if candidate.cue.endswith(" alongside"):
        return "cooperate"  # "combing the forests alongside anti-Taliban militias": whatever is done alongside
    cls = classify(candidate.relation)
    if cls == "statement" and candidate.cue:
        return classify(candidate.cue)
    if cls == "attack" and candidate.relation in CAPTURING_VERBS and candidate.object.type == "person":
        return "coerce"  # "Hicks was captured by the Northern Alliance": a person taken prisoner, whom NER did not name
    return cls


def to_statement(candidate: Candidate, sent: Span, article: Article) -> Statement:
    relation = " ".join(candidate.relation.split())
    start, end = sentence_bounds(sent)
    return Statement(
        subject=candidate.subject.key,
        relation=relation,
        relation_class=relation_class(candidate),
        object=candidate.object.key,
        doc_id=article.doc_id,
        evidence=article.text[start:end],
        start=start,
        end=end,
        via=candidate.via.key if candidate.via else None,
        negated=candidate.negated,
        modality=candidate.modality,
        attributed_to=candidate.attributed_to.key if candidate.attributed_to else None,
        rule=candidate.rule,
    )


def keep(candidate: Candidate) -> bool:
    """Drop self-relations, places, go-betweens that are a party, speaking on the press (but not telling
    it), and verbs kg does not know as relations ("left the UK", "returned to the US")."""
    if candidate.subject.key == candidate.object.key:
        return False
    if PLACE in (candidate.subject.type, candidate.object.type):
        return False  # "blasted Gaza City": a town or region no list knows as a state is a place, not an actor
    if relation_class(candidate) == FALLBACK_CLASS and candidate.relation.split()[0] not in LEXICON:
        return False
    if candidate.relation in NO_RELATION_PHRASES:
        return False  # "treating Brazil like a colony": a manner of dealing with a side, no act of one class
    # (a person leading a body heads it, which is no relation: "the interim administration led by Hamid Karzai")
    led_force = candidate.object.type in ("organisation", "armed_group") and candidate.subject.type != "person"
    if candidate.relation.split()[0] in LEADING_VERBS and not led_force and relation_class(candidate) != "attack":
        return False  # (but "Hamas led attacks on Israel" attacks it)
    # (a band or a warlord's men hem in another force: "Haji Zahir's men have surrounded 200 Al Qaeda fighters")
    force_hemmed = candidate.object.type in ("armed_group", "country") and candidate.subject.type != "organisation"
    if candidate.relation.split()[0] in SIEGE_VERBS and candidate.subject.type != "country" and not force_hemmed:
        return False
    if candidate.object.type == "media" and relation_class(candidate) in ("communicate", "statement"):
        # "told CNN", "speaking to NBC News", "a statement received by AFP" is talk with the outlet; "said on CNN"
        # is not
        # (and "in remarks to the BBC", which tells it)
        # (and "has written a letter of complaint to the Medical Journal", which writes to it)
        return candidate.relation in OUTLET_TALK_VERBS or candidate.relation.split()[0] in OUTLET_ADDRESSING_VERBS
    return candidate.via is None or candidate.via.key not in (candidate.subject.key, candidate.object.key)


# verbs by which a side addresses an outlet itself: "told CNN", "sent a statement to AFP", "in remarks to the BBC",
# "wrote to the Medical Journal of Australia"
OUTLET_ADDRESSING_VERBS = ("tell", "send", "remark", "write")


# "Sharon told Israelis", "Putin addressed the nation", "ordered his army": a leader talking to or
# commanding his own country ("Biden committed to the American people" still is a pledge)
def addresses_own_side(candidate: Candidate, actors: ArticleActors) -> bool:
    # (also "Phil Goff has ruled out sending New Zealand troops": his own country's, sent to another; not "Kim Beazley
    # has backed the Government's decision", an opposition leader's support)
    sending = relation_class(candidate) == "support" and candidate.relation.split()[0] in DISPATCH_VERBS
    if candidate.subject.type != "person" or not (relation_class(candidate) in OWN_SIDE_CLASSES or sending):
        return False
    return actors.affiliated_side(candidate.subject).key == candidate.object.key


# "We, the G7 ministers, reaffirm our shared commitment": the signatories of a joint statement, speaking
# as "we", state no relation among themselves
def among_signatories(candidate: Candidate, collective: tuple[Mention, ...]) -> bool:
    keys = {m.key for m in collective}
    return candidate.subject.key in keys and candidate.object.key in keys


# "British peacekeepers are patrolling the streets of Kabul in tandem with Afghan police": a show of force is no
# posture toward the side it is done together with
def is_posture_toward_partner(candidate: Candidate, found: list[Candidate]) -> bool:
    if relation_class(candidate) != "posture":
        return False
    pair = (candidate.subject.key, candidate.object.key)
    return any(
        (c.subject.key, c.object.key) == pair and is_joint_act(c) and not c.negated
        for c in found
    )


# an act read as done together with another side: "in tandem with", "together with", "alongside"
def is_joint_act(candidate: Candidate) -> bool:
    return candidate.rule.endswith("in-cooperation-with") or candidate.cue.endswith(" alongside")


# "Australia has beaten South Africa by 246 runs", "France's defeat against Australia in the Davis Cup
# final": a sporting result is no conflict between the countries
def is_sports_result(candidate: Candidate, sent: Span) -> bool:
    if candidate.relation.split()[0] in CONTEST_VERBS:
        return any(
            (t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in SPORT_WORDS) or SCORE.fullmatch(t.text) for t in sent
        )
    # "caught at silly point by Ricky Ponting", "wore down Arnaud Clement to win 6-4, 6-4": a game's blows, in a
    # sentence that can only be about sport
    armed = "armed_group" in (candidate.subject.type, candidate.object.type)
    if relation_class(candidate) not in GAME_CLASSES or armed:
        return False
    return any(t.lemma_.lower() in GAME_WORDS or SCORE.fullmatch(t.text) for t in sent)


SCORE = re.compile(r"\d+-\d+")  # "3-0", "6-4"
# classes of deeds, which one sentence may tell of two of: "closed Hamas offices and arrested its militants"
DEED_CLASSES = frozenset({"support", "yield", "posture", "reduce", "coerce", "attack"})


def dedupe(statements: list[Statement]) -> list[Statement]:
    """One statement per sentence, parties, class, polarity and act; a go-between wins, then a done act over one
    asked for or intended ("under pressure to crack down on militants, ... arrested dozens of militants"); a
    bare 'statement' gives way to a stronger reading of the same parties ("called Hamas a terrorist group")."""
    best: dict[tuple[object, ...], Statement] = {}
    for statement in statements:
        key = (statement.start, statement.subject, statement.object, statement.relation_class, statement.negated)
        same = (k[5] for k, s in best.items() if k[:5] == key and not distinct_acts(s, statement))
        act = next(same, statement.relation)
        current = best.get((*key, act))
        done = current is not None and current.modality != "asserted" and statement.modality == "asserted"
        if current is None or (current.via is None and statement.via is not None) or (done and current.via is None):
            best[(*key, act)] = statement
    stronger = {(s.start, s.subject, s.object) for s in best.values() if s.relation_class != "statement"}
    return [
        s for s in best.values() if s.relation_class != "statement" or (s.start, s.subject, s.object) not in stronger
    ]


# "ordered the closure of Hamas offices and has started arresting its militants": two deeds of one class, told
# apart by their words; not "launched attacks" and "attacks", "crackdown" and "crack down", nor words of one
# exchange or stance ("met and discussed", "are concerned by ... and condemn"), nor a deed asked for and one done
# ("under pressure to crack down on Hamas, arrested Hamas leaders")
def distinct_acts(earlier: Statement, statement: Statement) -> bool:
    if statement.relation_class not in DEED_CLASSES or earlier.modality != statement.modality:
        return False
    stems = {word[:5] for word in earlier.relation.split()}
    return not any(word[:5] in stems for word in statement.relation.split())


def extract_statements(doc: Doc, article: Article, actors: ArticleActors) -> list[Statement]:
    """Every actor-relation-actor statement the article asserts or denies."""
    sents = list(doc.sents)
    body = [s for s in sents if not in_ignored(s, article.ignored)]
    author = byline_author(article, actors) or opening_voice(body, actors)
    collective = collective_speakers(sents, actors)
    speakers = sentence_speakers(sents, actors, paragraph_numbers(sents, doc.text), author)
    statements: list[Statement] = []
    recent: list[list[Candidate]] = []  # the candidates of the last sentences
    earlier: list[Candidate] = []  # the candidates of all the sentences before, read by "all sides"
    denials: set[tuple[str, str, str]] = set()  # acts their doers deny: "Kigali denied supporting the rebel group"
    for sent, speaker in zip(sents, speakers, strict=True):
        if in_ignored(sent, article.ignored):
            continue
        side: Mention | None = actors.affiliated_side(speaker) if speaker else None
        # the mentions so far, with the groups the sentences before resolved ("Palestinian gunmen")
        history = [m for m in actors.mentions() if m.start < sent.end_char and not _ignored(m, article)]
        events = [c for group in recent[-DISCOURSE_WINDOW:] for c in group]
        ctx = Context(sent, actors, speaker, side, history, article.ignored, events, collective, author, earlier)
        found = [c for c in (*clause_statements(ctx), *act_statements(ctx), *nominal_statements(ctx)) if keep(c)]
        found = [c for c in found if not addresses_own_side(c, actors) and not among_signatories(c, collective)]
        found = [c for c in found if not is_sports_result(c, sent)]
        found = [c for c in found if not is_posture_toward_partner(c, found)]
        found += [c for c in denied_charge_statements(ctx, found) if keep(c)]  # "..., but Pakistan denies it"
        if not found:
            found = [c for c in event_reference_statements(ctx) if keep(c)]
        recent.append(found)
        found += accusations(found, speaker, side, ctx)
        if is_question(sent):  # "how could we have cooperation?" asserts nothing
            found = [c for c in found if c.modality != "hypothetical" and not is_yes_no_question(sent)]
        denials |= {(c.subject.key, relation_class(c), c.object.key) for c in found if denied_by_doer(c, ctx)}
        attributed = [_attribute(expressed_intent(c, ctx), speaker) for c in found]
        deduped = dedupe([to_statement(c, sent, article) for c in attributed])
        # (a word to X that stood alone talks with X; a permission withheld is a refusal)
        statements.extend(dedupe([refused_permission(addressed(s)) for s in deduped]))
        earlier.extend(found)  # after the sentence's last read of its context
    return contested_charges(statements, denials)


# "Frederiksen told Trump in a phone call that ...", "North Korea did not respond to South Korea's offer": words
# addressed to an actor, with no stronger reading of the two, talk with it (CAMEO 04), not about it (01)
def addressed(statement: Statement) -> Statement:
    words = statement.relation.split()
    if statement.relation_class != "statement" or not words:
        return statement
    if words[0] in ADDRESSING_LEMMAS or statement.relation in ADDRESSING_PHRASES:
        return replace(statement, relation_class="communicate")
    return statement


# "Mugabe has refused to let British observers monitor the poll", "Iraq will not allow UN inspectors back": a
# permission withheld from a side is a refusal aimed at it (CAMEO 1245, reject), not a yielding denied
def refused_permission(statement: Statement) -> Statement:
    words = statement.relation.split()
    if not statement.negated or statement.modality != "asserted" or not words or words[0] not in PERMITTING_LEMMAS:
        return statement
    return replace(statement, relation=f"refuse to {statement.relation}", relation_class="reject", negated=False)


# "offered to mediate between France and ...", "is ready to work with Ethiopia": a cooperative act pledged is an
# intent expressed (CAMEO 03); "vowed to destroy the group": a hostile act pledged is a threat (CAMEO 13)
def expressed_intent(candidate: Candidate, ctx: Context) -> Candidate:
    if candidate.modality != "intended" or candidate.negated or candidate.via is not None:
        return candidate  # (a go-between's parties pledge nothing: "offered to mediate between X and Y")
    cls = relation_class(candidate)
    if cls not in PLEDGED_CLASSES and cls not in HOSTILE_CLASSES:
        return candidate
    doc = ctx.sent.doc
    party = doc.char_span(candidate.object.start, candidate.object.end, alignment_mode="expand")
    in_sentence = party is not None and ctx.sent.start <= party.root.i < ctx.sent.end
    pledged = (pledged_words(party.root) if in_sentence else None) or pledged_act(candidate, ctx)
    if pledged is None:
        return candidate
    doer = doc.char_span(candidate.subject.start, candidate.subject.end, alignment_mode="expand")
    if doer is not None and pledged.left_edge.i <= doer.root.i <= pledged.right_edge.i:
        return candidate  # "rejected the proposal for talks between Israel and Hamas": Israel pledges nothing
    return replace(candidate, cue="promise" if cls in PLEDGED_CLASSES else "threaten")


# "Thailand and Cambodia traded fire. Malaysia offered to mediate between the two countries", "vowed to crack down on
# them": a party named in another sentence or by a pronoun leaves the pledge to be found from the act's own word
def pledged_act(candidate: Candidate, ctx: Context) -> Token | None:
    head = candidate.relation.split()[0] if candidate.relation else ""
    acts = [t for t in ctx.sent if t.lemma_.lower() == head and t.pos_ in ("VERB", "NOUN")]
    return next((pledged for t in acts if (pledged := pledged_words(t)) is not None), None)


# "Congo accused Rwanda of backing M23. Rwanda denied the charge": a charged act its doer denies is left open where
# it was charged (hypothetical), besides being denied; never asserted beside its denial
def contested_charges(statements: list[Statement], denials: set[tuple[str, str, str]]) -> list[Statement]:
    """A charge its doer denies ('..., a charge Kigali denies', 'Kigali denied supporting the rebel group') is no
    longer asserted: it is what the accuser says may be so."""
    denied = {(s.subject, s.relation, s.object) for s in statements if s.rule == "clause:denied-charge"}
    return [
        replace(s, modality="hypothetical")
        if ((s.subject, s.relation, s.object) in denied or (s.subject, s.relation_class, s.object) in denials)
        and not s.negated and s.modality == "asserted"
        else s
        for s in statements
    ]


# "Kigali denied supporting the rebel group", "Pakistan denied that it had sheltered the gunmen": an act its own doer
# denies doing
def denied_by_doer(candidate: Candidate, ctx: Context) -> bool:
    if not candidate.negated:
        return False
    deniers = [t for t in ctx.sent if t.lemma_.lower() in DENIAL_VERBS and t.pos_ == "VERB" and not is_negated(t)]
    return any(candidate.subject.key in ctx.actors.sides_of(m) for t in deniers for m in clause_subjects(t, ctx))


# "Middle East correspondent Mark Willacy reports Israeli soldiers have fought ...": a journalist, by the title
# written with the name in the sentence
def is_newsman(speaker: Mention, ctx: Context) -> bool:
    root = mention_root(speaker, ctx)
    if root is None or speaker.type != "person" or not ctx.sent.start <= root.i < ctx.sent.end:
        return False
    first = min(t.i for t in root.subtree if t.idx >= speaker.start)  # where the name begins
    titles = [t for t in root.subtree if t.i < first] + [c for c in root.children if c.dep_ == "appos"]
    return any(t.lemma_.lower() in REPORTER_NOUNS for t in titles)


# "Pompeo said Iran shot down the jet": reporting a hostile act of another side accuses it
def accusations(found: list[Candidate], speaker: Mention | None, side: Mention | None, ctx: Context) -> list[Candidate]:
    sent = ctx.sent
    if speaker is None or not names_speaker(sent, speaker):
        speaker = believer(sent, ctx.actors)  # "the CIA believes the crown prince ordered the killing"
        side = ctx.actors.affiliated_side(speaker) if speaker else None
    if speaker is None or speaker.type == "media" or is_newsman(speaker, ctx):
        return []  # a news agency reporting an act accuses no one, nor does its correspondent
    if names_speaker(sent, speaker) and not reports_clause(sent, speaker, ctx):
        return []  # "Sharon declared Arafat irrelevant after militants carried out the ambush": no report
    if speaker.type == "person" and (side is None or side.key == speaker.key) and speaker_of_someone(speaker, ctx):
        return []  # "Mr Ali's spokesman, Amin, told AFP that anti-Taliban forces had captured ...": his side's act
    own = ctx.actors.sides_of(speaker)  # the speaker, its affiliated side and every other side tied to it
    alleging_verbs = [t for t in sent if t.lemma_.lower() in ALLEGING_VERBS and t.pos_ == "VERB"]
    alleging = bool(alleging_verbs)
    judging = alleging or any(t.lemma_.lower() in BELIEF_VERBS and t.pos_ == "VERB" for t in sent)  # "suspects"
    # "When Ford called in to Jakarta, Suharto claimed that ...": what the claim says, not the clause beside it
    claims = [
        (c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
        for v in alleging_verbs
        for c in v.children
        if c.dep_ in ("ccomp", "xcomp")
    ]
    failing = any(t.lemma_.lower() in FAILING_VERBS and t.pos_ == "VERB" for t in sent)
    # "Russia falsely claimed (claimed, without evidence) that Ukraine had attacked Moscow": still a charge
    discredited = any(is_false_claim(v) or is_unproven_claim(v) for v in alleging_verbs)
    # "the Al-Aqsa Brigades said it and Hamas carried out the attack": a claim the speaker shares, not a charge
    shared = {(c.relation, c.object.key) for c in found if c.subject.key in own}
    # "The Kremlin says Russia will supply weapons to the Northern Alliance, which is fighting the Taliban": the acts of
    # a side the speaker's own side backs in the same report are no charge against it
    backed = {c.object.key for c in found if c.subject.key in own and relation_class(c) in ("support", "cooperate")}
    voices = [  # the subjects of the sentence's speech verbs: "Pakistan's Foreign Minister, Abdul Sattar, has warned"
        (c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
        for t in sent
        if is_speech_verb(t)
        for c in t.children
        if c.dep_ == "nsubj"
    ]
    accused: dict[str, Candidate] = {}
    speakers_countries = speakers_country_keys(ctx)
    for candidate in found:
        claimed = alleging and (not claims or any(a <= candidate.subject.start < b for a, b in claims))
        charged = relation_class(candidate) in ACCUSED_CLASSES or candidate.relation.startswith(HARMING_VERBS)
        hostile = (claimed or charged) and (not candidate.negated or discredited)
        # "Williams says Hicks is held by the United States": an arrest or detention reported is no charge, unless
        # done to the speaker's own ("Iran said the US seized its tanker")
        hostile = hostile and (claimed or relation_class(candidate) != "coerce" or candidate.object.key in own)
        # "Israel said Arafat had refused to crack down on militants": a charge of failing to act
        hostile = hostile or (failing and candidate.negated)
        hostile = hostile and candidate.rule.startswith(ACCUSING_RULES)  # not "the coalition against ISIS"
        hostile = hostile and candidate.via is None  # "asked Zinni to put pressure on Israel" is a request
        hostile = hostile and candidate.rule != "clause:mutual"  # "both countries massing troops": the speaker's too
        hostile = hostile and (candidate.relation, candidate.object.key) not in shared
        hostile = hostile and not victims_report(candidate, speaker, own, judging, sent)
        # "Israel says Iran attacked Saudi Arabia, but Iran denies it": a contested charge still accuses
        contested = candidate.modality == "hypothetical" and any(
            denies_charge(v, [candidate.subject], ctx) for v in sent if v.lemma_.lower() in CLAIMING_VERBS
        )
        # "Afroz claimed al-Qaeda was planning attacks in Australia": a charge of violence meant or tried (not of
        # lesser acts: "cares more about trying to weaken America" is the speaker's view of Iran's aims)
        meant = candidate.modality in ("intended", "attempted") and relation_class(candidate) in ("attack", "fight")
        made = candidate.modality == "asserted" or contested or discredited or meant
        # (not the speaker's own leader: "He also warned India that Pakistan would respond", with Pakistan speaking;
        # nor the one whose own words these are: "Pakistan's Foreign Minister, Abdul Sattar, has warned that ...")
        doer_side = ctx.actors.affiliated_side(candidate.subject).key
        speaking = any(a <= candidate.subject.start < b for a, b in voices)
        ours = candidate.subject.key in own | backed | speakers_countries or doer_side in own
        if hostile and made and not ours and not speaking and not outside_report(candidate.subject, sent):
            accused.setdefault(
                candidate.subject.key, Candidate(speaker, "accuse", candidate.subject, rule="speech:accusation")
            )
    return list(accused.values())


# "Russian forces launched a wave of strikes on Ukraine's energy grid, Ukrainian officials said", "Another Palestinian
# was killed by Israeli soldiers, a Palestinian security source said": a side's officials reporting an act done to it
# give the news, no charge (but "India alleges the attack was backed by Pakistan", "says bin Laden was behind the
# attacks", and a person's own words, do charge)
def victims_report(candidate: Candidate, speaker: Mention, own: set[str], judging: bool, sent: Span) -> bool:
    attributed = candidate.rule.startswith(ATTRIBUTING_RULES) or any(
        attributes_act(t, candidate.subject) for t in sent if t.lemma_.lower() in ATTRIBUTING_VERBS
    )
    violence = relation_class(candidate) in ("attack", "fight")  # (not "stopped its ambulances", a complaint)
    return speaker.type != "person" and not judging and candidate.object.key in own and violence and not attributed


# "said the attack was carried out by Hamas militants", "said Hamas and Islamic Jihad carried out the attack": a known
# act laid at the door of its doer (not "Russian forces carried out a wave of strikes", news of a new one)
def attributes_act(verb: Token, doer: Mention) -> bool:
    def holds(token: Token) -> bool:
        return token.left_edge.idx <= doer.start <= token.right_edge.idx

    by_agent = any(c.dep_ == "agent" and any(holds(o) for o in c.children) for c in verb.children)
    known = any(c.dep_ == "dobj" and any(d.lower_ == "the" for d in c.children) for c in verb.children)
    return by_agent or (known and any(c.dep_ == "nsubj" and holds(c) for c in verb.children))


# "Ethiopian fighter jets bombed Islamic Courts positions, a day after Meles Zenawi said ...": an act of the sentence
# outside every speech verb's clause is the reporter's, not what the speaker said
def outside_report(mention: Mention, sent: Span) -> bool:
    if not sent.start_char <= mention.start < sent.end_char:
        return False  # a subject named before the sentence ("he", "the group"): where it acts is unknown here
    verbs = [t for t in sent if is_speech_verb(t)]
    if not verbs or any(not is_embedded(t) for t in verbs):
        return False  # ("Pakistani warplanes carried out airstrikes, Taliban officials said": the whole report)
    return not any(t.left_edge.idx <= mention.start < t.right_edge.idx + len(t.right_edge) for t in verbs)


# "a day after Meles said ...", "who said ...": a verb inside an adverbial or relative clause
def is_embedded(verb: Token) -> bool:
    return any(t.dep_ in ("advcl", "relcl", "acl", "pcomp") for t in (verb, *verb.ancestors) if t.dep_ != "ROOT")


# "Prime Minister Meles Zenawi said his country had been forced to go to war": "his country" in a report is the
# speaker's own, whatever the article ties him to
def speakers_country_keys(ctx: Context) -> set[str]:
    own = [
        t for t in ctx.sent
        if t.lemma_.lower() in ("country", "nation", "government")
        and any(c.dep_ == "poss" and c.lower_ in ("his", "her", "our", "my") for c in t.children)
    ]  # fmt: skip
    return {m.key for t in own if (m := actor_of(t, ctx)) is not None}


# "Pompeo said Iran shot down the jet", "..., Earnest said": the speaker's verb reports a clause (or a quote)
def reports_clause(sent: Span, speaker: Mention, ctx: Context) -> bool:
    verbs = [t for t in sent if is_speech_verb(t) and speech_subject(t, ctx.actors) == speaker]
    clauses = [c for v in verbs for c in v.children if c.dep_ in ("ccomp", "parataxis", "xcomp")]
    reported = any(c.pos_ in ("VERB", "AUX") for c in clauses)  # not 'declared Arafat "irrelevant"'
    quoted = starts_quote(sent) or any(quote_follows(v) for v in verbs)
    return not verbs or reported or quoted or any(v.dep_ in ("parataxis", "ccomp") for v in verbs)


# "Mr Ali's spokesman, Amin": a speaker introduced as someone's spokesman or aide
def speaker_of_someone(speaker: Mention, ctx: Context) -> bool:
    doc = ctx.sent.doc
    span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    head = root.head if root.dep_ == "appos" else None
    return head is not None and head.lemma_.lower() in SPOKESMAN_NOUNS and any(c.dep_ == "poss" for c in head.children)


def _attribute(candidate: Candidate, speaker: Mention | None) -> Candidate:
    """A statement read inside reported speech is attributed to its speaker."""
    return candidate if speaker is None else replace(candidate, attributed_to=speaker)


def _ignored(mention: Mention, article: Article) -> bool:
    return any(start <= mention.start < end for start, end in article.ignored)
