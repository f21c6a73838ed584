"""Word lists the extraction rules share."""

# verbs that report speech: "X said", "X told CNN", "X stressed"
SPEECH_VERBS = {
    "say",
    "tell",
    "add",
    "stress",
    "insist",
    "note",
    "explain",
    "write",
    "state",
    "declare",
    "claim",
    "announce",
    "argue",
    "warn",
    "assert",
    "acknowledge",
    "reply",
    "respond",
    "tweet",
    "remark",
    "emphasize",
    "emphasise",
    "reiterate",
    "confirm",
    "report",
    "suggest",
    "detail",
    "comment",
}
# prepositions that mark a go-between: "through the Iraqis", "via the Iraqi military"
VIA_PREPS = {"through", "via"}
# governing verbs and what they make of the relation they govern
ATTEMPT_VERBS = {"try", "seek", "attempt", "strive", "struggle", "endeavour", "endeavor", "work"}
INTENT_VERBS = {
    "ready",
    "willing",
    "prepared",
    "eager",
    "want",
    "plan",
    "intend",
    "aim",
    "hope",
    "wish",
    "expect",
    "prepare",
    "decide",
    "agree",
    "vow",
    "promise",
    "pledge",
    "threaten",
    "offer",
    "propose",
    "move",
    "look",
}
REQUEST_VERBS = {
    "warn",
    "demand",
    "ask",
    "urge",
    "call",
    "request",
    "press",
    "tell",
    "order",
    "invite",
    "encourage",
    "implore",
    "push",
}
# verbs that make what they report an allegation: "The United States claims Mahan flies fighters"
ALLEGING_VERBS = {"allege", "claim", "charge", "contend"}
REFUSAL_VERBS = {"refuse", "decline", "reject", "fail", "cease", "stop", "deny", "avoid", "halt", "oppose", "resist"}
HYPOTHETICAL_MARKS = {"if", "unless", "whether"}
HYPOTHETICAL_AUX = {"could", "might", "may"}  # "would" is mostly future-in-the-past in news
# relation nouns whose object is the other party: "a letter to Khamenei", "Daesh's attacks on Iraq"
RELATION_NOUNS = {
    "access",  # "restricted access to Facebook"
    "attack",
    "strike",
    "letter",
    "overture",
    "demand",
    "call",
    "cooperation",
    "coordination",
    "talk",
    "conversation",
    "communication",
    "channel",
    "relationship",
    "relation",
    "sanction",
    "threat",
    "war",
    "campaign",
    "agreement",
    "deal",
    "negotiation",
    "meeting",
    "visit",
    "support",
    "aid",
    "assistance",
    "criticism",
    "condemnation",
    "accusation",
    "ban",
    "restriction",
    "invasion",
    "offensive",
    "outreach",
    "message",
    "request",
    "appeal",
    "pressure",
    "alliance",
    "partnership",
    "dialogue",
    "contact",
    "discussion",
    "engagement",
    "opposition",
    "rejection",
    "warning",
    "protest",
    "airstrike",
    "bombing",
    "assault",
    "operation",
    "blockade",
    "embargo",
    "crackdown",
    "intervention",
    "raid",
}
# groupings that relate their leader to a target only as nouns: "the U.S.-led coalition against ISIS"
GROUPING_NOUNS = {"coalition", "alliance", "bloc", "front"}
# nouns too empty to carry a relation alone: "in that effort", "in the context"
LIGHT_NOUNS = {"effort", "context", "way", "case", "regard", "respect", "term", "part", "issue", "matter", "time"}
# first-person pronouns that stand for the speaker's side
FIRST_PERSON_PLURAL = {"we", "us", "our", "ours", "ourselves"}
FIRST_PERSON_SINGULAR = {"i", "me", "my", "mine", "myself"}
THIRD_PLURAL = {"they", "them", "their", "theirs", "themselves"}
THIRD_PERSON = {"he", "him", "his", "she", "her", "hers"}
THIRD_NEUTER = {"it", "its", "itself"}
# nouns of acts whose "of" names the one who did them: "the request of Boris Johnson"
OF_AGENT_NOUNS = {
    "request",
    "demand",
    "call",
    "offer",
    "proposal",
    "invitation",
    "decision",
    "order",
    "plea",
    "appeal",
    "wish",
    "instruction",
    "initiative",
    "ultimatum",
}
