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
    "plot",  # "accused Colombia of plotting to assassinate him": a plan, not a deed
    "conspire",
    "scheme",
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
    "challenge",  # "the European Union challenged Mr Arafat to dismantle the terrorist networks of Hamas"
    "appeal",  # "appealed to the Commonwealth to suspend Zimbabwe"
    "plead",
}
# verbs of wanting another to act, whose infinitive is asked of that other: "wants Pakistan to hand over"
WANTING_VERBS = {"want", "need", "expect"}
# verbs that make what they report an allegation: "The United States claims Mahan flies fighters"
ALLEGING_VERBS = {"allege", "claim", "charge", "contend"}
# verbs that report a charge, whose clause a denial by the accused contests: "Israel says Iran attacked it, which
# Iran denies"
CLAIMING_VERBS = ALLEGING_VERBS | {"say", "insist", "maintain", "assert"}
# verbs of failing to act, whose report by another side charges the failure: "said Arafat had failed to act"
FAILING_VERBS = {"fail", "refuse", "neglect"}
# verbs of a judgement whose clause, when it names another side's hostile act, accuses it: "the CIA believes"
BELIEF_VERBS = {"believe", "suspect", "conclude", "think", "assess"}
REFUSAL_VERBS = {
    "refuse", "decline", "reject", "fail", "cease", "stop", "deny", "avoid", "halt", "oppose", "resist", "refrain",
    "abstain", "lack", "hesitate",  # "hesitated to attack": not done ("did not hesitate to": done)
}  # fmt: skip
# adjectives of not being able or willing to act, which deny the act they govern: "is unable to attack"
REFUSING_ADJECTIVES = {"unable", "unwilling", "reluctant", "loath", "loth", "powerless", "incapable", "impossible"}
# verbs of keeping someone from an act, which deny their "from" gerund: "was prevented from attacking Israel"
KEEPING_VERBS = {"prevent", "bar", "ban", "prohibit", "block", "keep", "stop", "deter", "dissuade", "restrain"}
# verbs of weighing an act not yet done: "is considering striking Iran"
WEIGHING_VERBS = {"consider", "contemplate", "weigh", "mull"}
# words that make what they govern a likelihood, not a fact: "is unlikely to support", "is likely to attack"
LIKELIHOOD_WORDS = {"likely", "unlikely", "possible", "probable", "expected"}
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
# nouns too empty to carry a relation alone: "in that effort", "in the context"; "sign" is a trace ("saw no sign of
# Iranian aid"), not a signing
LIGHT_NOUNS = {
    "effort", "context", "way", "case", "regard", "respect", "term", "part", "issue", "matter", "time", "sign",
}  # fmt: skip
# first-person pronouns that stand for the speaker's side
FIRST_PERSON_PLURAL = {"we", "us", "our", "ours", "ourselves"}
FIRST_PERSON_SINGULAR = {"i", "me", "my", "mine", "myself"}
THIRD_PLURAL = {"they", "them", "their", "theirs", "themselves"}
THIRD_PERSON = {"he", "him", "his", "she", "her", "hers"}
# the pronouns of the one spoken to
SECOND_PERSON = {"you", "your", "yours", "yourself"}
# verbs by which a speaker speaks to someone, and occasions of it: "told Suharto", "said in a meeting with Honcharuk"
ADDRESSING_VERBS = {"say", "tell", "reply", "answer", "write", "respond", "add"}
# words addressed to an actor, a talk with it (CAMEO 04) when nothing stronger is read: "told Trump", "did not
# respond to Seoul's offer", "called in the ambassador"
ADDRESSING_LEMMAS = {"tell", "address", "respond", "reply", "answer", "brief", "inform"}
ADDRESSING_PHRASES = {"say to", "announce to", "call in"}
ADDRESS_OCCASIONS = {"meeting", "call", "conversation", "talk", "letter", "message"}
# third-person pronouns by sex, which must agree with what the article says of a person: "Ms Lam ... her"
MASCULINE = {"he", "him", "his", "himself"}
FEMININE = {"she", "her", "hers", "herself"}
# double quotation marks, which open and close direct speech
QUOTE_MARKS = ('"', "“", "”")
THIRD_NEUTER = {"it", "its", "itself"}
# words of a government office, whose holder speaks for the government: "Attorney-General", "Foreign Minister"
MINISTERIAL_TITLES = ("minister", "attorney-general", "treasurer", "premier")
# verb phrases that name no relation of any class, though their verb alone may: "treating Brazil like a colony"
NO_RELATION_PHRASES = {"treat as"}
# titles of members of a parliament: "Senator Brown", "Labor MP Carmen Lawrence"
LEGISLATOR_TITLES = {"senator", "mp", "congressman", "congresswoman", "representative", "backbencher", "frontbencher"}
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
    "behest",  # "at the behest of Pakistani intelligence"
    "urging",
    "intervention",  # "welcomed the intervention of the international community"
    "mediation",
    "involvement",
    "interference",
    "meddling",
    "participation",
    "assistance",
}

# -- the clause rules' words (kg/extract/clauses.py) --------------------------------------------
NOUN_PARTY_PREPS = {"with", "to", "against", "on", "toward", "towards", "at", "into", "upon", "alongside"}
EVENT_PREPS = {"in", "into", "to", "with", "for", "on", "against", "at", "toward", "towards", "by", "over"}
# verbs whose plural subject relates its members: "X and Y met"
RECIPROCAL_VERBS = {
    "gather",
    "meet",
    "talk",
    "discuss",
    "negotiate",
    "speak",
    "confer",
    "agree",
    "cooperate",
    "coordinate",
    "clash",
    "fight",
    "sign",
    "review",
    "consult",
    "reconcile",
    "normalize",
    "normalise",
    "correspond",
    "disagree",
    "differ",
    "quarrel",
    "feud",
}
# verbs of an act two sides do with each other, either way round: "met Wang Yi", "talked with Seoul", "clashed
# with Pakistani troops" (not "agreed with the US view", "fought with US forces against the Taliban")
MUTUAL_PARTNER_VERBS = {
    "meet", "talk", "negotiate", "confer", "clash", "sign", "speak", "reconcile", "correspond", "quarrel", "feud",
}  # fmt: skip
# adjectives of an act the speaker says is needed: "It is important that Pakistan acts", "it was vital for Iran to"
NEEDED_WORDS = {"important", "vital", "essential", "imperative", "crucial", "critical", "necessary", "urgent"}
# verbs whose passive agent an act is laid on: "the attack was carried out by Hamas", "was backed by Pakistan"
ATTRIBUTING_VERBS = {"carry", "back", "plan", "order", "mastermind", "sponsor", "organise", "organize", "stage"}
# verbs that answer an offer of talks: "India ruled out any face-to-face talks", "accepted the talks"
ANSWERING_OFFER_VERBS = {"rule", "reject", "refuse", "decline", "accept", "welcome", "spurn", "dismiss"}
# nouns of a protest, which stand for its protesters when put down: "police dispersed the demonstration"
PROTEST_NOUNS = {"protest", "demonstration", "rally", "march", "sit-in"}
# nouns of a crowd, which a protest makes its protesters: "People took to the streets", "Thousands protested"
CROWD_NOUNS = {"people", "thousand", "hundred", "resident", "citizen", "crowd"}
# the words a group of protesters is named by: "thousands of protesters", "the demonstrators"
PROTESTER_WORDS = {"protesters", "protestors", "demonstrators"}
# participles that name an owner before them: "British-flagged", "state-owned"
OWNERSHIP_PARTICIPLES = {"flagged", "owned", "registered", "operated", "run", "controlled", "based"}
# verbs whose object does what their infinitive says: "urged Iran to de-escalate", "warned Manila not to"
OBJECT_CONTROL_VERBS = {
    "challenge",  # "challenged Mr Arafat to dismantle the networks of Hamas": Arafat is to
    "urge",
    "ask",
    "invite",
    "tell",
    "demand",
    "press",
    "call",
    "encourage",
    "warn",
    "order",
    "force",
    "allow",
    "persuade",
    "convince",  # "tried to convince Arafat to arrest the militants"
    "coax",
    "advise",
    "pressure",
    "push",
    "prompt",  # "prompting China to impose tariffs on Australian wine"
    "spur",
    "implore",
    "instruct",
    "train",  # "sent military advisers to train Georgian troops to fight the rebels"
    "authorise",  # "authorised Kenya to lead a multinational police force"
    "authorize",
    "permit",
    "mandate",
    "empower",
    "enable",
    "help",  # "failed to help Ukraine defeat Russia": Ukraine would defeat Russia
    # causes: "what motivated the man to fight alongside Taliban forces" (not "lead", whose "led a police force to
    # help Haiti" is the leader's help)
    "motivate",
    "inspire",
    "drive",
    "cause",
    "provoke",
}
# verbs of permission, whose infinitive is an act allowed, not done: "authorised Kenya to lead a police force"
PERMISSION_VERBS = {"authorise", "authorize", "permit", "mandate", "empower"}
# verbs of letting a side do something, whose refusal is a rejection of it: "refused to let British observers in"
PERMITTING_LEMMAS = {"allow", "let", "permit"}
# verbs by which one makes a call another made: "joined the calls", "renewed his call"
CALL_ECHO_VERBS = {"join", "echo", "renew", "repeat", "reiterate", "second", "issue", "make", "back"}
CALL_NOUNS = {"call", "appeal", "demand", "request", "plea"}
REQUEST_LEMMAS = {"ask", "urge", "demand", "call", "press", "request"}
# verbs that tend a bond between their subjects, and the bonds: "reaffirmed their alliance"
BOND_VERBS = {"reaffirm", "renew", "strengthen", "deepen", "restore", "expand", "upgrade", "establish", "resume"}
BOND_NOUNS = {"alliance", "tie", "partnership", "relationship", "relation", "cooperation", "friendship"}
# nouns of acts or bonds two sides share, which "their" gives to a pair: "their 1971 war", "their talks"
MUTUAL_ACT_NOUNS = BOND_NOUNS | {
    "war", "conflict", "dispute", "rivalry", "feud", "talk", "negotiation", "meeting", "summit", "agreement", "treaty",
    "truce", "ceasefire",
}  # fmt: skip
# nouns of gatherings, which an act done "at" them took place at: "at an ASEAN summit", "at the UN conference"
VENUE_NOUNS = {"summit", "meeting", "conference", "session", "forum", "gathering", "talk", "assembly"}
# verbs that voice a feeling or a word of regret: "expressed regret over", "voiced anger at", "conveyed its apology to"
EXPRESSING_VERBS = {"express", "voice", "raise", "convey", "register", "offer", "extend"}
# nouns of a feeling expressed at another's act: "expressed concern over", "voiced anger at"
FEELING_NOUNS = {
    "concern", "regret", "anger", "outrage", "dismay", "disappointment", "displeasure", "indignation", "frustration",
    "alarm", "unease", "dissatisfaction",
}  # fmt: skip
# nouns of a fight that two sides fight against each other: "India and Pakistan have fought three wars"
WAR_NOUNS = {"war", "battle", "conflict", "clash", "skirmish", "fight", "duel", "firefight", "gunbattle"}
# occasions of combat, whose "with" names the foe: "captured Kunduz after days of heavy fighting with the Taliban"
COMBAT_NOUNS = WAR_NOUNS | {"fighting"}
# nouns of a person's own country: "offered his country aid", "Iranians would defend their country"
HOMELAND_NOUNS = {"country", "nation", "homeland"}
# nouns of a halt to fighting, which one side may declare alone: "The rebels have declared a month-long ceasefire"
TRUCE_NOUNS = {"ceasefire", "cease-fire", "truce", "armistice"}
# nouns of acts done together: "held talks", "reached an agreement"
RECIPROCAL_NOUNS = {
    "fire",
    "blow",
    "talk",
    "meeting",
    "negotiation",
    "consultation",
    "discussion",
    "agreement",
    "deal",
    "truce",
    "ceasefire",
    "summit",
    "dialogue",
    "accord",
    "treaty",
    "pact",
    "conversation",
    "message",  # "the United States and Iran exchanged messages via Oman"
    "letter",
    "prisoner",  # "Russia and Ukraine swapped prisoners"
    "view",
    "drill",  # "the United States and South Korea held joint drills"
    "exercise",
    "accusation",  # "India and Pakistan traded accusations"
    "barb",
    "insult",
    "sanction",  # "India and Pakistan have been trading tit-for-tat diplomatic sanctions"
    "expulsion",
    "threat",
    "strike",
    "peace",  # "Ethiopia and Eritrea made peace"
    "shot",  # "India and Pakistan traded shots across the border"
    "gunfire",
    "recrimination",
}
# verbs that make an agreement with its noun, which its parties make together: "struck a deal", "concluded a treaty"
DEAL_VERBS = {"strike", "seal", "clinch", "conclude", "finalise", "finalize"}
# verbs of trading things between sides, and the things that go both ways only when traded: "the government and the
# Tigers exchanged proposals through Norwegian mediators" (not "Israel and Hamas made proposals")
EXCHANGE_VERBS = {"exchange", "trade", "swap"}
EXCHANGED_NOUNS = {"proposal", "draft", "offer", "idea", "list"}
# the means of a call its parties hold together: "held a phone call", "a video call"
CALL_MEDIA = {"phone", "telephone", "video", "conference"}
# plural nouns that refer back to people already named: "the leaders", "the ministers"
PERSON_GROUPS = {"leader", "minister", "president", "official", "diplomat", "man", "woman", "counterpart", "secretary"}
LED_SUFFIXES = ("-led", "-backed", "-sponsored", "-brokered")  # "the U.S.-led coalition" is not the U.S.
# nouns of a person's role, which a name in apposition may hold like a title: "the chief weapons inspector for the
# United Nations in Iraq, Richard Butler"
ROLE_NOUNS = {
    "inspector", "investigator", "prosecutor", "rapporteur", "official", "officer", "founder", "lawyer", "commissioner"
}
# prepositions between a title and the body or place it serves: "president of", "inspector for", "envoy to"
TITLE_PREPS = {"of", "for", "to", "at", "in"}
# bare plural nouns for an armed group named shortly before: "peace talks with the insurgents", and how many
# characters back that group may have been named
BAND_BACK_NOUNS = {
    "rebel", "insurgent", "guerrilla", "militant", "gunman", "kidnapper", "captor", "abductor", "hijacker",
    "separatist", "islamist", "jihadist",
}  # fmt: skip
BAND_BACK_WINDOW = 600
# verbs by which an event happens, on which the parser may hang its "between": "a gun battle broke out between the
# Northern Alliance and al-Qaeda", "talks took place between X and Y"
HAPPENING_VERBS = {"break", "erupt", "flare", "rage", "continue", "resume", "occur", "take", "intensify", "escalate"}
# verbs of sending forces, whose purpose the ones sent carry out: "Troops were deployed along the border to stop them"
DISPATCH_VERBS = {"deploy", "send", "dispatch", "station", "post", "mobilise", "mobilize", "rush", "fly"}
# nouns of a price put on a side's capture, and the captures it is put on: "a reward for the capture of Abu Sayyaf
# leaders", "a bounty for bin Laden's arrest"
BOUNTY_NOUNS = {"reward", "bounty"}
CAPTURE_NOUNS = {"capture", "arrest", "apprehension", "conviction", "killing", "head"}
# verbs whose "on" names the one asked to act: "called on the military to abandon Maduro", "prevailed upon"
CALLING_ON_VERBS = {"call", "prevail", "lean", "press", "appeal", "plead"}
# verbs and the other prepositions that name the one asked to act: "appealed to the Commonwealth to suspend Zimbabwe",
# "pleaded with Washington to intervene"
ASKED_THROUGH = {("appeal", "to"), ("plead", "with"), ("look", "to")}
# words of being near an act, which has then not happened: "close to a full military confrontation"
NEAR_WORDS = {"close", "closer", "near", "nearer"}
# verbs of carrying another's message on: "Qatar relayed the Taliban's demands to the United States"
RELAY_VERBS = {"relay", "convey", "forward", "transmit", "deliver", "pass", "carry", "hand", "shuttle", "ferry"}
# nouns of two people named together before: "The pair met with the Premier"
PAIR_OF_PEOPLE = {"pair", "duo"}
PAIR_NOUNS = {
    "country", "nation", "side", "government", "neighbour", "neighbor", "power", "rival", "state", "member",
    "capital",  # "Washington is passing messages between the two capitals"
}  # fmt: skip
RELATIVE_PRONOUNS = {"who", "that", "which", "whom"}
LIGHT_VERBS = {
    "share",
    "exchange",
    "trade",  # "traded fire", "traded accusations"
    "swap",
    "provide",
    "supply",
    "sell",
    "extend",
    "have",
    "make",
    "take",
    "hold",
    "give",
    "send",
    "open",
    "conduct",
    "carry",
    "pay",
    "launch",
    "issue",
    "deliver",
    "reach",
    "express",
    "impose",
    "establish",
    "keep",
    "maintain",
    "build",
    "seek",
    "pursue",
    "step",
    "intensify",
    "plot",
    "stage",
    "orchestrate",
    "mount",
    "approve",  # "The IMF approved a $3 billion loan to Egypt"
    "lodge",  # "China lodged a protest with the United States"
}
# prepositions that mark the other party of a verb: "communicate with", "reach out to"
VERB_PARTY_PREPS = {
    "with",
    "to",
    "against",
    "on",
    "toward",
    "towards",
    "at",
    "upon",
    "into",
    "alongside",
    "out of",
    "away from",
    "between",
}
# verbs whose object is the one doing the "in V-ing" act: "supports the Philippines in calling on China"
HELPING_VERBS = {"support", "help", "assist", "back", "join", "encourage"}
# verbs of leaving, which mean withdrawal when troops do them: "US troops would be leaving Syria"
DEPARTURE_VERBS = {"leave", "exit", "quit", "depart"}
# words that pick part of what follows "of": "some of Russia's institutions", "many of its leaders"
QUANTIFIERS = {"some", "many", "most", "several", "all", "much", "few", "each", "any"}
# nouns that count acts, which stand for the acts they count: "a series of attacks", "a wave of strikes"
COUNTING_NOUNS = {
    "series", "wave", "spate", "string", "round", "number", "barrage", "volley", "flurry", "bulk", "majority", "rash",
    "campaign", "succession", "package", "raft", "slew", "batch",
    "hour", "day", "week", "month", "year", "decade",  # spans of an act: "held three days of negotiations"
}  # fmt: skip
# an enabling verb and the opening it makes for an act: "paving the way for talks", "opened the door to talks"
WAY_IDIOMS = {
    ("pave", "way"), ("clear", "way"), ("open", "way"), ("open", "door"), ("pave", "road"), ("open", "path"),
    ("clear", "path"),
}  # fmt: skip
# nouns of an answer, whose "to" names the act answered and whose "for" the one it falls on: "a response to the drills"
WARNED_ANSWER_NOUNS = {"response", "retaliation", "reprisal", "consequence", "answer", "reaction"}
# nouns of a span of time or a stage, which a party's possessive does not make the party's: "entered its third year"
SPAN_NOUNS = {"hour", "day", "week", "month", "year", "decade", "anniversary", "phase", "stage"}
# nouns that count people, never the noun of a light verb's act: "pursuing hundreds of militants"
HEADCOUNT_NOUNS = {"hundred", "thousand", "dozen", "score", "million", "handful", "couple"}
# verbs of entering, which are a force posture only when a force or a state does them: "troops entered Nablus"
ENTRY_VERBS = {"enter"}
# reporting verbs whose object can be a measure: "announced sanctions on Iran"
ANNOUNCING_VERBS = {"announce", "declare", "unveil"}
# verbs whose object is moved away from the party: "withdrew the US from the treaty with Iran"
REMOVAL_VERBS = {"withdraw", "pull", "remove", "exclude", "expel", "recall"}  # not "evacuated its citizens from Syria"
# verbs of shutting a mission: "closed its embassy in Iran"
CLOSING_VERBS = {"close", "shut", "reopen"}  # (and reopens: "reopened its embassy in Iran")
# a state's missions abroad, which it closes or withdraws
POSTS = {"embassy", "consulate", "mission"}
# what a country withdraws from another: "recalled its ambassador from Australia"
WITHDRAWN_NOUNS = {
    "ambassador", "envoy", "diplomat", "commissioner", "staff", "troop", "force", "soldier", "embassy", "mission",
}  # fmt: skip
# nouns for the other side of a relation, whose owner is not the object: "defeated their opponents"
COUNTERPART_NOUNS = {"opponent", "rival", "enemy", "adversary", "foe", "critic", "challenger", "competitor"}
# nouns for those tied to an actor, who are not the actor: "threatened America's allies" threatens the allies
TIED_NOUNS = {"ally", "partner", "neighbour", "neighbor", "friend", "backer", "proxy"}
# people tied to a person, who are not the person: "killed Qasem Soleimani's deputy", "arrested the son of"
KIN_NOUNS = {
    "son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "nephew", "niece", "cousin",
    "relative", "deputy", "aide", "assistant", "bodyguard", "driver", "associate", "lieutenant",
}  # fmt: skip
# verbs whose other party must be an actor object: "released a summary of the call to Zelensky" is no yield
ACTOR_OBJECT_VERBS = {"release", "free", "return"}
# verbs that take part in an event noun: "is engaged in talks with", "took part in negotiations with"
PARTICIPATION_VERBS = {"be", "participate", "take", "involve", "engage", "join", "enter", "remain", "stay"}
# verbs of commanding an act, whose object noun is the act done: "ordered the arrest of"
ORDERING_VERBS = {"order", "authorise", "authorize", "approve", "command", "direct"}
# verbs of adopting a measure, whose object noun is the act done: "agreed new sanctions against Iran"
ADOPTING_VERBS = {"agree", "adopt", "pass", "finalise", "finalize", "introduce", "unveil", "slap", "vote"}
COPULAS = {"be", "remain", "become", "seem", "appear", "stay"}
# nouns that refer back to an act, and the verbs that report it: "the decision" <- "decided"
# measures a later "the decision" or "the move" refers back to when no verb of deciding is near: "The Taliban
# have barred women ... the decision"
MEASURE_VERBS = {
    "ban", "bar", "suspend", "expel", "impose", "close", "cut", "recall", "block", "revoke", "restrict", "fine",
    "tighten", "curb", "freeze", "sanction",  # "tightened restrictions on exports to China ... criticised the move"
    "extradite", "release", "free", "deploy", "recognise", "recognize", "lift", "veto", "ratify", "withdraw", "annex",
    "allow",  # "Howard says he will not allow the asylum seekers to land ... Norway criticised the decision"
}  # fmt: skip
MEASURE_NOUNS = {"decision", "move"}
EVENT_NOUN_VERBS = {
    # "Washington has approved the sale ... the decision", "The High Court has ruled that ... welcomed the decision"
    "decision": {"decide", "announce", "order", "approve", "rule", "agree"},  # "has agreed to send troops"
    "closure": {"close", "shut"},  # "Israel has closed Orient House ... Egypt condemned the closure"
    "demolition": {"demolish", "bulldoze", "destroy"},  # "Israel has demolished the homes ... the demolitions"
    # "Koizumi expressed regret to Seoul ... Kim welcomed the apology"
    "apology": {"apologise", "apologize", "express"},
    "withdrawal": {"withdraw", "pull", "leave"},
    "move": {"move", "decide", "announce", "order", "sign", "agree", "resume", "declare"},  # "Arafat ordered arrests
    # ... Sharon dismissed the move", "North Korea has agreed to resume talks ... The United States has welcomed the
    # move", "The Tamil Tigers declared a ceasefire ... Wickremesinghe has welcomed the move"
    "raid": {"raid"},
    "visit": {"visit"},  # "a Japanese cabinet minister visited the Yasukuni Shrine ... regret over the visit"
    "verdict": {"sentence", "convict", "acquit", "rule"},  # "The junta sentenced Suu Kyi ... Guterres condemned the
    # verdict"
    "meeting": {"meet", "host"},  # "Tsai Ing-wen met Kevin McCarthy ... China condemned the meeting"
    "letter": {"write", "send"},  # "Mr Crean has written to the Prime Minister ... Mr Howard dismissed the letter"
    "release": {"release", "free"},  # "Taliban fighters freed 20 Afghan soldiers ... welcomed the release"
    "deployment": {"deploy", "send", "dispatch", "station"},  # "sent an aircraft carrier ... condemned the deployment"
    "resolution": {"pass", "adopt", "approve", "vote", "draft", "table", "sponsor"},  # "... rejected the resolution"
    "vote": {"vote"},  # "The Security Council has voted to impose sanctions ... Japan welcomed the vote"
    "trip": {"visit", "travel"},
    # "Arafat called for a halt to attacks and vowed ... France welcomed the announcement"
    "announcement": {"announce", "declare", "vow", "pledge", "promise", "call"},
    "plan": {"plan", "announce", "propose", "unveil"},
    # "Papua New Guinea has signed a peace agreement with Bougainville rebel leaders ... welcomed the signing"
    "signing": {"sign"},
    # "Crown Prince Abdullah has proposed a peace plan ... Arafat has praised the initiative"
    "initiative": {"propose", "announce", "unveil", "launch"},
    "proposal": {"propose"},
    # "Israel has freed 16 Palestinian prisoners in a goodwill gesture ... Hamas dismissed the gesture"
    "gesture": {"free", "release", "lift", "ease", "offer", "withdraw", "pull"},
    # "The Palestinian Authority has appealed to the United Nations to send observers. Israel has rejected the idea"
    "idea": {"propose", "suggest", "appeal", "float", "raise"},
    "offer": {"offer", "propose", "pledge"},  # "Howard has offered to send police ... Honiara welcomed the offer"
    "speech": {"say", "speak", "declare", "address"},  # "Musharraf said in a speech ... India welcomed the speech"
    "request": {"request", "ask"},
    # "urged Mugabe to allow observers ... rejected the demand", "called on Caracas to publish ... rejected the demand"
    "demand": {"demand", "urge", "insist", "press", "call"},
    "invasion": {"invade"},
    "attack": {"attack", "strike", "bomb", "destroy", "hit", "shell"},  # "Israel destroyed Iran's consulate ..."
    "strike": {"strike", "attack", "bomb", "hit"},
    "ban": {"ban"},
    "sanction": {"sanction"},
    "conclusion": {"conclude"},
    "remark": {"say", "warn", "tell"},
    "comment": {"say", "warn", "tell"},
    "statement": {"say", "state"},
    "order": {"order"},
    "annexation": {"annex"},
    "pullout": {"pull", "withdraw"},
    "call": {"call"},
    "recommendation": {"recommend", "call"},
    "agreement": {"sign", "agree", "reach"},
    "deal": {"sign", "agree", "reach", "strike"},
    "arrangement": {"sign", "agree", "reach", "strike"},  # "signed a deal with Nauru ... criticised the arrangement"
    "purchase": {"buy", "purchase"},  # "decision to buy fighter jets from the US ... concern about the purchase"
    "veto": {"veto", "block"},
    "accusation": {"accuse", "say", "allege", "claim", "blame"},
    "allegation": {"allege", "accuse", "say", "claim", "link"},
    "claim": {"claim", "say", "allege", "link", "accuse"},  # "... linking Iraq to al-Qaeda. Baghdad dismissed the
    # claims", "Amnesty has accused the Government of mistreating detainees ... Ruddock has rejected the claims"
    "charge": {"accuse", "charge", "allege", "blame"},  # "India accused Pakistan ... Islamabad rejected the charge"
    "memorandum": {"sign"},
    "treaty": {"sign"},
    "accord": {"sign"},
    # "Sri Lanka and the Tamil Tigers have signed a ceasefire. India welcomed the truce"
    "truce": {"sign", "agree", "declare", "reach"},
    "ceasefire": {"sign", "agree", "declare", "reach"},
    "pact": {"sign"},
    "launch": {"launch", "fire"},  # "North Korea fired a missile over Japan. Tokyo condemned the launch"
    "test": {"test", "launch", "fire"},
    "bombing": {"bomb"},
    "shelling": {"shell"},
    # "Norway criticised Australia's handling of the crisis ... John Howard has rejected the criticism"
    "criticism": {"criticise", "criticize", "condemn", "slam", "attack", "rebuke", "accuse"},
    "condemnation": {"condemn"},
    "rebuke": {"rebuke"},
    # "Tehran would respond to any Israeli aggression ... Gallant dismissed the threat"
    "threat": {"threaten", "warn", "vow", "respond", "retaliate"},
    "warning": {"warn", "threaten"},
    "incursion": {"enter", "cross", "roll", "send", "push", "invade", "raid", "storm"},  # "sent tanks into ..."
    # "Ethiopian troops have entered Somalia ... The Somali government welcomed the intervention"
    "intervention": {"intervene", "enter", "invade"},
    # "Turkey has launched an offensive ... Syria denounced the operation"
    "operation": {"launch"},
    "offensive": {"launch"},
    # "Israeli troops killed three gunmen ... The Palestinian Authority condemned the killings"
    "killing": {"kill", "shoot", "murder"},
    "death": {"kill", "shoot", "murder"},
    "murder": {"murder", "kill"},
    "assassination": {"assassinate", "kill"},
    "shooting": {"shoot"},
    "arrest": {"arrest", "detain"},
    "detention": {"detain", "arrest", "hold"},
    "kidnapping": {"kidnap", "abduct", "seize"},
    "abduction": {"abduct", "kidnap", "seize"},
    "execution": {"execute"},
    "seizure": {"seize"},
    "fine": {"fine"},  # "The Commission has fined Google ... The US President criticised the fine"
    "expulsion": {"expel"},  # "Sudan has expelled 13 aid agencies ... the UN warned that the expulsions would ..."
    "suspension": {"suspend"},  # "The Commonwealth suspended Zimbabwe ... Moyo has rejected the suspension"
    "condition": {"demand", "insist", "set"},  # "Hamas demanded a full withdrawal, a condition Netanyahu rejected"
}
EVENT_WINDOW = 400  # tokens back where the act a definite noun refers to may be reported
# nouns of help given "in X of" someone: "in support of al-Assad", "in solidarity with"
SUPPORT_NOUNS = {"support", "solidarity", "defence", "defense", "aid", "help"}
# things attacked that belong to the country they are in, when no owner is named: "attacked targets in Saudi Arabia"
LOCATED_TARGETS = {
    "target", "facility", "installation", "infrastructure", "city", "town", "village",
    # works and stores struck in a country (session 26): "hit an oil refinery in Russia's Krasnodar region"
    "refinery", "depot", "airfield", "airbase", "plant", "pipeline", "terminal", "bridge", "warehouse", "position",
    # posts of a state's forces (session 28): "attacked a police post in the west of the country"
    "post", "outpost", "checkpoint", "barracks", "station",
    # camps and bases struck in a country (session 29): "will strike at militant camps in Pakistan-controlled Kashmir"
    "camp", "base", "hideout",
}  # fmt: skip
# nouns of an act one does oneself, whose "of" names the doer: "the return of Zinni", "the resignation of Bolton"
SELF_ACT_NOUNS = {"return", "resignation", "withdrawal", "departure", "pullout", "retreat", "participation"}
# nouns of trying a violent act named before them: "an assassination attempt", "a coup bid", "a murder plot"
ACT_ATTEMPT_NOUNS = {"attempt", "bid", "plot"}
# classes of violent acts, which an attempt noun may name: "assassination attempt", "coup bid"
ATTEMPTED_CLASSES = {"attack", "coerce", "fight"}
# verbs whose object noun names an act not (yet) done, and the modality they give it: "wants talks with Iran"
SOUGHT_ACT_VERBS = {"want": "intended", "seek": "attempted"}
# verbs whose indefinite object is an act meant, not done: "is planning an attack on Baghdad" (not "planned the
# September 11 attacks", a known act)
PLANNED_ACT_VERBS = {"plan", "plot", "prepare"}
# those verbs' "-ing" forms, which the parser may take for a noun before the act: "of planning attacks on India"
PLANNING_WORDS = {"planning", "plotting", "preparing"}
# adverbs of acting with someone as one: "patrolling Kabul together with Afghan police", "jointly with"
JOINT_ADVERBS = {"together", "jointly"}
# nouns of acting "in X with" someone, and the relation they make: "in cooperation with Iraqi security forces"
JOINT_MANNER_NOUNS = {
    "cooperation": "cooperate",
    "coordination": "coordinate",
    "collaboration": "collaborate",
    "partnership": "partnership",
    "concert": "cooperate",
    "tandem": "cooperate",
    "conjunction": "cooperate",
    "league": "cooperate",
    "consultation": "consult",
}
# things of an actor whose "of" names the actor: "the sovereignty of Ukraine", "the rights of Iraqis"
OWNED_NOUNS = {
    "sovereignty",
    "independence",
    "integrity",
    "security",
    "right",
    "interest",
    "effort",
    "leadership",
    "government",
    "economy",
    "territory",
    "stability",
    "democracy",
    "unity",
    "people",
    "decision",
    "policy",
    "defence",  # "the U.S. commitment to the defense of Japan" (session 39)
    "defense",
    "protection",
}
# nouns of the parties to a conflict, of any kind: "both sides", "all parties", "the two factions"
PARTY_NOUNS = {"side", "party", "faction", "delegation"}
# classes of armed clashes, whose sides "both sides" are before those of words of conflict
ARMED_CLASSES = frozenset({"attack", "fight"})
# classes of hostile acts that, promised on a condition, are threats
HOSTILE_CLASSES = {"attack", "coerce", "reduce", "fight", "posture"}
# classes of acts an "anti-" before a name aims at its actor: "anti-Israeli attacks", "anti-American protests"
OPPOSING_CLASSES = {"attack", "fight", "protest", "criticise", "threaten", "coerce", "reduce"}
# nouns of troops leaving a place, whose "of" names who leaves and "from" the place left: "the withdrawal of
# U.S. forces from Afghanistan"
LEAVING_NOUNS = {"withdrawal", "pullout", "pull-out", "departure", "retreat"}
# nouns of harm suffered, whose "of" names the victims: "the deaths of Afghan civilians in a US air strike"
DEATH_NOUNS = {"death", "casualty", "injury", "suffering", "plight"}
# nouns of armed men that leave: "the withdrawal of U.S. forces"
LEAVER_NOUNS = {"force", "troop", "soldier", "personnel", "contingent", "marine", "military", "army"}
# nouns of armed men or police a side sends, who are its own: "offered to send more Australian police to the Solomons"
SENT_FORCES = LEAVER_NOUNS | {"police", "policeman", "officer", "peacekeeper", "reinforcement"}
# verbs of firing a projectile, whose "at" names the target: "fired 36 shells at", "threw two grenades at"
FIRING_VERBS = {"fire", "launch", "lob", "throw", "hurl", "shoot"}
# verbs of an act's means, whose object is not its target: "another Hamas attack, which used gunmen"
MEANS_VERBS = {"use", "employ", "involve", "require"}
# nouns of what is fired, whose modifier or "from" names who fired it: "killed by Israeli tank fire"
FIRE_NOUNS = {"fire", "gunfire", "shellfire", "crossfire", "bullet", "rocket", "grenade", "mortar", "shot", "sniper"}
# verbs of meddling in another's affairs, which reach the affairs' owner: "interfered with Philippine rights"
MEDDLING_VERBS = {"interfere", "meddle"}
# classes of acts on a thing that reach its owner: "struck Houthi positions", "banned Indian planes"
OWNER_CLASSES = {"attack", "coerce", "fight", "reduce"}
ADJECTIVE_PREPS = {"of", "to", "toward", "towards", "with", "in", "against"}
# classes of verbs that give something, whose object may carry the relation: "pledged euros in aid to"
GIVING_CLASSES = {"intend", "support"}
# the edge of a country, where forces massed face it: "along Ukraine's border", "on its border with Pakistan"
BORDER_NOUNS = {"border", "frontier", "boundary", "borderland"}
# things given, whose "to" or "for" names who gets them: "suspended aid to Pakistan", "delayed aid for Ukraine"
GIVEN_NOUNS = {"aid", "assistance", "funding", "fund", "loan", "arm", "weapon", "sale", "shipment", "delivery"}
# nouns of a place whose "of" names it: "the West Bank town of Ramallah"
SETTLEMENT_NOUNS = {"town", "city", "village", "camp", "port", "capital"}
# parts of a country named by their direction: "in the west of the country"
COMPASS_WORDS = {
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "centre", "center",
}  # fmt: skip
# nouns of a country's parts, whose possessor is the country: "an oil refinery in Russia's Krasnodar region"
REGION_NOUNS = {"region", "province", "district", "oblast", "governorate", "prefecture", "territory"}
# nouns for the people who carry out a leader's orders: "ordered his staff to delay the aid"
STAFF_NOUNS = {"staff", "aide", "official", "man", "troop", "force", "soldier", "officer", "team", "subordinate"}
# verbs of giving that take the one given to before the thing given: "gave Ukraine weapons"
DATIVE_VERBS = {"give", "send", "sell", "provide", "supply", "grant", "hand", "deliver", "offer", "lend", "ship"}
# classes of verbs that judge or answer an act, whose party is the act's agent: "condemned Russia's invasion"
EVALUATIVE_CLASSES = {"criticise", "reject", "protest"}
EVALUATIVE_VERBS = {
    "praise",
    "welcome",
    "applaud",
    "commend",
    "endorse",
    "back",
    "support",
    "hail",
    "congratulate",
    "approve",
    "embrace",
    "thank",
    "salute",
    "second",
    "echo",
    "react",  # "reacted with caution to a promise from Arafat"
    "respond",
    "challenge",  # "The EU will challenge the decision at the World Trade Organisation": its makers
}
# classes whose other party may come with "from": "demanded an explanation from Russia"
SOURCE_CLASSES = {"demand", "appeal", "reject", "yield"}
# relation nouns whose "from" names their maker: "criticism from the UN", "pressure from Washington"
SOURCED_CLASSES = {"criticise", "demand", "appeal", "threaten", "support", "intend", "reject", "coerce"}
# passives that describe a state, whose subject is the actor: "is engaged in talks with"
STATIVE_PASSIVES = {
    "engage",
    "involve",
    "ally",
    "align",
    "associate",
    "affiliate",
    "commit",
    "connect",
    "link",  # "Hamas is linked to Iran"
    "tie",
    "oppose",
    "side",
    "lock",  # "Australia is locked in a diplomatic row with Indonesia"
    "embroil",
    "mire",
    "entangle",
}
# verbs that only report; the reported clause carries the relation
REPORTING_ONLY = SPEECH_VERBS - {"warn", "accuse", "tell"}
# adjectives by which a statement's own words condemn an act: "Russia's unprovoked war", "the PRC's
# provocative actions", "threatening actions by the PRC"
CONDEMNING_ADJECTIVES = {
    "unprovoked",
    "unjustified",
    "unjustifiable",
    "brutal",
    "illegal",
    "unlawful",
    "illegitimate",
    "unconscionable",
    "reckless",
    "provocative",
    "escalatory",
    "destabilizing",
    "destabilising",
    "aggressive",
    "threatening",
    "coercive",
    "malign",
    "heinous",
    "barbaric",
    "horrific",
    "outrageous",
    "irresponsible",
}
# nouns by which a statement's own words condemn an act: "a broader trend of PRC provocations", "the Kremlin's lies"
CONDEMNED_NOUNS = {
    "provocation", "aggression", "disinformation", "misinformation", "propaganda", "lie", "atrocity", "brutality",
    "repression", "intimidation", "harassment", "bullying", "coercion", "censorship", "crackdown", "oppression",
}  # fmt: skip
# freedoms a blow is aimed at, which condemn it: "a full assault on media freedom and the truth"
VALUE_NOUNS = {"freedom", "truth", "democracy", "right", "liberty", "sovereignty", "independence", "rule"}
# nouns of conduct that such an adjective makes an act: "provocative actions", "aggressive activity"
CONDUCT_NOUNS = {"action", "activity", "response", "behavior", "behaviour", "conduct", "move", "step", "campaign"}
# verbs by which a statement's own words charge an actor with a wrong: "the Taliban violated the agreement"
WRONGDOING_VERBS = {"violate", "betray", "breach", "flout", "abuse", "undermine"}
# verbs of a sporting contest's results: "Australia has beaten South Africa by 246 runs", "defeating Sarah Ryan
# in the 50 metres freestyle"
CONTEST_VERBS = {"beat", "defeat", "overcome", "thrash", "trounce", "edge", "outplay", "whitewash", "victory"}
# words only a report of a game uses, which make its blows no one's acts: "caught at silly point", "6-4, 6-4"
GAME_WORDS = {
    "wicket", "innings", "cricket", "tennis", "rugby", "golf", "football", "soccer", "olympics", "tournament",
    "championship", "medal", "trophy", "batsman", "bowler", "referee", "umpire", "semi-final", "quarter-final",
    "goalkeeper", "racquet", "singles", "doubles",
}  # fmt: skip
# words of sport, among them some that other news uses too ("a match", "a nuclear test"), which make a win or a
# defeat a result, not a conflict
SPORT_WORDS = GAME_WORDS | {"match", "game", "final", "cup", "test", "run", "freestyle", "metre", "team"}
# classes whose words are a game's words too: "caught", "wore down", "clash with", "dismissing"
GAME_CLASSES = {"attack", "fight", "coerce", "reject"}

# nouns of ordering an act with no agent: "murdered on the orders of Saddam Hussein", "at the behest of"
ORDER_NOUNS = {"order", "orders", "behest", "instruction", "instructions", "command", "direction"}
# verbs of answering, whose "with" names the act done in answer: "responded with air strikes on Hezbollah"
ANSWERING_VERBS = {"respond", "reply", "react", "answer", "hit", "retaliate"}
# verbs whose "to" after an actor object is where the actor is brought: "invited Modi to the G7 summit"
HOSTING_VERBS = {"invite", "welcome", "summon", "host", "admit", "bring"}
# people a hostile act hits, who are not themselves a party: "killed 26 people in Haifa"
VICTIM_NOUNS = {
    "people", "civilian", "person", "resident", "villager", "child", "passenger", "worshipper", "pilgrim",
    "settler", "student", "woman", "tourist", "citizen", "bystander", "shopper", "commuter", "inhabitant",
}  # fmt: skip
# verbs by which someone performs or authors an act or thing named by a noun: "a call made by", "attacks carried
# out by", "a deadline set by", "a plan put forward by"
PERFORMING_VERBS = {
    "make", "carry", "conduct", "launch", "stage", "mount", "perpetrate", "commit", "impose", "place", "pay",
    "send", "issue", "deliver", "give", "extend", "offer", "file", "lodge", "level", "order", "initiate",
    "announce", "wage", "sign", "hold", "host", "set", "propose", "put", "draw", "draft", "present", "submit",
    "table", "claim", "plan", "write", "bring",
    "push", "introduce", "pass", "adopt", "enact", "unveil",  # "a bill pushed by Georgian Dream"
}  # fmt: skip
# nouns of a standing bond between two actors: "a group with ties to Tehran", "a party with a relationship with"
# ("links" is not one: "linked the attack to Hamas" accuses)
TIE_NOUNS = {"tie", "link", "relation", "relationship"}
# verb phrases of hitting back, whose target is whoever hit the subject last: "returned fire", "retaliated"
HITTING_BACK = {"return fire", "fire back", "shoot back", "hit back", "strike back", "retaliate"}
# nouns of answering a blow: "vowed revenge", "in retaliation for the attack"
REVENGE_NOUNS = {"revenge", "vengeance", "retribution", "retaliation", "reprisal", "response"}
# verbs by which a side vows an answer: "vowed revenge", "vowed to respond"
VOWING_VERBS = {"vow", "swear", "threaten", "promise", "pledge"}
# words that pledge the act they govern (CAMEO 03 "express intent to cooperate", 13 "threaten"): "offered to mediate",
# "is ready to work with Ethiopia", "remained open to talks with Ukraine", "vowed to destroy the group"
PLEDGE_WORDS = {
    "offer", "pledge", "promise", "vow", "swear", "commit", "ready", "willing", "prepared", "propose", "open",
}  # fmt: skip
# nouns of a pledge, whose infinitive is pledged: "the U.S. offer to meet with Pyongyang", "its readiness to talk"
PLEDGE_NOUNS = {
    "offer", "pledge", "promise", "vow", "readiness", "willingness", "commitment", "proposal", "preparedness",
}  # fmt: skip
# verbs of talking with a news outlet, not only on it: "speaking to NBC News", "talked with the BBC"
OUTLET_TALK_VERBS = {"speak", "talk", "interview"}
# verbs of leading, a relation only with a force or coalition led: "British troops will lead the force"
# (not "lead Australia in the doubles", "led a delegation to Washington")
LEADING_VERBS = {"lead", "spearhead"}
# verbs of hemming a side in, an act on it only by a state's forces: "Israeli tanks surrounded Arafat's compound" (not
# "Hamas members surrounded the home of Rantissi", guarding their own leader)
SIEGE_VERBS = {"surround"}
# verbs by which a third party brings two others together: "mediated talks between", "talks brokered by China"
MEDIATING_VERBS = {
    "mediate", "broker", "facilitate", "arrange", "host", "sponsor", "organize", "organise", "pass", "carry", "relay",
    "convey", "shuttle", "ferry",
}  # fmt: skip
# verbs of putting talks forward, which are then only meant: "Norway offered talks between Colombia and the ELN"
OFFERING_VERBS = {"offer", "propose"}
# verbs whose passive raises the doer of what is reported: "Iran is believed to have supplied the Houthis"
RAISING_VERBS = {"believe", "say", "report", "think", "allege", "understand", "know", "suspect", "rumour", "rumor"}
# passive verbs of a planned act, whose subject will do it: "Biden is scheduled to meet Xi", "are expected to meet"
SCHEDULING_VERBS = {"schedule", "expect", "set", "slate", "due", "plan"}

# nouns of military drills: "held drills around Taiwan", "staged exercises with Japan"
DRILL_NOUNS = {"drill", "exercise", "manoeuvre", "maneuver", "wargame", "game"}
# prepositions that place drills at a country's edge ("around Taiwan") or with a partner ("with Japan")
DRILL_PREPS = {"near", "around", "off", "with"}

# verbs by which an act draws a reaction from others: "drawing condemnation from", "sparked protests by",
# "prompting US strikes on Yemen" (the drawn act is not the subject's)
DRAWING_VERBS = {"draw", "prompt", "spark", "provoke", "trigger", "earn", "attract", "invite", "elicit"}

# nouns for the doers of a violent act, whose "of" names the victim: "the murderers of Rhavam Zeevi"
DOER_NOUNS = {
    "murderer", "killer", "assassin", "attacker", "kidnapper", "abductor", "perpetrator", "captor", "torturer",
}  # fmt: skip
# nouns of one's share in an act: "responsibility for", "involvement in", "a role in", "no connection with"
SHARE_NOUNS = {
    "responsibility", "blame", "involvement", "role", "part", "participation", "complicity", "connection", "hand",
}  # fmt: skip
# verbs of fighting off an act, which fight its doer, not its target: "repelled a rebel advance on Kinshasa"
REPELLING_VERBS = {"repel", "repulse", "rebuff", "counter", "resist", "withstand"}
# verbs that keep an act from happening: "foiled attacks against Israel" attacks no one
PREVENTING_VERBS = {
    "foil", "thwart", "prevent", "avert", "stop", "preempt", "pre-empt", "frustrate", "disrupt", "avoid", "block",
    "veto",  # "Hungary vetoed EU aid to Ukraine"
}  # fmt: skip

# nouns and verbs of an event feared or foreseen, not one that happened: "fears of a war between India and
# Pakistan", "the risk of conflict", "warned of a war"
FEAR_NOUNS = {
    "fear", "risk", "danger", "threat", "prospect", "possibility", "spectre", "specter", "brink", "likelihood",
    "chance",
}  # fmt: skip
FORESEEING_VERBS = {"warn", "caution", "fear", "predict", "foresee"}

# nouns of a hunt, whose "for" names the hunted: "the hunt for Osama bin Laden"
HUNT_NOUNS = {"hunt", "manhunt", "search"}
# nouns for bodies outside the state, which "the two" or "both" before them point back to: "the two groups"
GROUP_WORDS = {"group", "organisation", "organization", "movement", "faction", "militia"}
# nouns naming a role toward another actor -> the relation lemma they imply
AGENT_NOUNS = {
    "critic": "criticise",
    "opponent": "oppose",
    "ally": "ally",
    "supporter": "support",
    "backer": "support",
    "protector": "protect",
    "guard": "protect",  # "Yasser Arafat's personal guard, Force-17"
    "bodyguard": "protect",
    "patron": "support",  # "Pakistan, the Taliban's former patron"
    "benefactor": "support",
    "financier": "support",
    "donor": "support",  # "Japan, the biggest aid donor to Pakistan"
    "enemy": "fight",
    "foe": "fight",
    "adversary": "fight",
    "partner": "partner",
    "sponsor": "support",
    "proxy": "support",
    "client": "support",
    "puppet": "support",
    "rival": "oppose",
    "lawyer": "serve as lawyer",
    "attorney": "serve as lawyer",
}
# verbs that find someone guilty: "A Russian court found Navalny guilty", "was declared guilty"
CONVICTING_VERBS = {"find", "declare", "pronounce", "judge"}
# verbs of passing a sentence, which a state does to its own nationals when no court is named: "was jailed for 19 years"
SENTENCING_VERBS = {"sentence", "jail", "imprison", "convict"}
# words before "of" that make a role noun the subject's own: "much more of a critic of Russia", "something of an ally"
DEGREE_WORDS = {"more", "less", "something", "much", "bit"}
# nouns for a body of people that speaks as one and is no actor of its own: "the family", "the crew"
BODY_NOUNS = {"family", "crew", "relative", "parent", "friend", "neighbour", "neighbor", "colleague"}
# roles held for another, who backs the holder: "Hezbollah, an Iranian proxy" (Iran supports Hezbollah)
SPONSORED_ROLES = {"proxy", "client", "puppet"}
# roles both sides hold toward each other: an ally's ally is the ally itself
MUTUAL_ROLES = {"ally", "partner", "rival"}
# auxiliaries of a future act: "will attack", "would retaliate"
FUTURE_AUX = {"will", "would", "'ll", "shall", "wo"}
# verbs by which a side declares what it will do: "stated it would attack", "vowed it will respond"
DECLARING_VERBS = {
    "say",
    "state",
    "warn",
    "vow",
    "announce",
    "declare",
    "pledge",
    "promise",
    "insist",
    "add",
    "threaten",
    "confirm",
    "indicate",
    "signal",
    "affirm",
    "reiterate",
    "tell",
    "assure",
    "inform",
}

# nouns of one who speaks for another: "Mr Ali's spokesman, Amin"
SPOKESMAN_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "deputy"}

# participles that describe a noun as the suspected doer of an act: "three men suspected of helping smuggle"
SUSPECTING_VERBS = {"suspect", "accuse", "charge", "convict", "allege", "blame", "want"}
# verbs of answering a wrong on another's behalf, whose object is the wrong or its victim, never the target
AVENGING_VERBS = {"avenge", "revenge"}
# acts done to a person, whose possessor is the one they are done to: "ordered Khashoggi's killing"
# acts that put a side out of a body or a post, whose possessor is the one put out: "Zimbabwe's suspension from the
# Commonwealth", "Arafat's removal"
OUSTING_ACTS = {"suspension", "expulsion", "exclusion", "removal", "ouster", "overthrow", "isolation"}
# acts of freeing a person, asked of whoever holds the one freed: "calls for his immediate release"
FREEING_NOUNS = {"release", "freedom", "freeing"}
PATIENT_ACTS = {
    "killing", "murder", "assassination", "execution", "arrest", "detention", "kidnapping", "abduction",
    "poisoning", "torture", "capture", "imprisonment", "jailing",
}  # fmt: skip

# nouns that describe one person, which with "the" refer back to the article's main person: "the dissident"
PERSON_DESCRIPTIONS = {
    "dissident", "fugitive", "detainee", "prisoner", "cleric", "tycoon", "billionaire", "defector", "exile",
    "hostage", "captive", "defendant", "mastermind", "financier", "islamist",
}  # fmt: skip
# bare nouns for one person, which go back only to a group's member named just before: "a wanted Hamas member ...
# shot the suspect dead"
BARE_PERSON_NOUNS = {"suspect", "man", "militant", "gunman", "activist", "attacker", "bomber"}
# nouns for a member of a group: "a Hamas member", "a Hamas activist", "an Islamic Jihad militant"
MEMBER_NOUNS = {"member", "militant", "gunman", "activist", "fighter", "operative", "commander", "leader"}
# plural nouns for a group's rank and file, who act as the group: "Hamas's fighters", "the alliance says its fighters"
RANK_AND_FILE_NOUNS = {
    "member", "militant", "gunman", "activist", "fighter", "operative", "guerrilla", "guerilla", "insurgent",
    "rebel", "militiaman", "cadre",
}  # fmt: skip
# words of sides at odds: "the warring parties in Sudan", "rival factions"
WARRING_WORDS = {"warring", "rival", "fighting", "opposing"}
# nouns of a part or an organ of a group or a body, which acts as it: "Hamas's armed wing", "the bloc's commission"
GROUP_ORGAN_NOUNS = {"wing", "arm", "branch", "commission", "secretariat", "executive", "leadership"}
# such nouns only when qualified: "the terror suspect", "the chief suspect", not "shot the suspect dead"
QUALIFIED_PERSON_NOUNS = {"suspect", "accused"}

# things fired, thrown or set off, whose harm is the harm of the one who used them: "fired a rocket that killed"
WEAPON_NOUNS = {
    "rocket", "missile", "bomb", "device", "shell", "grenade", "mortar", "explosive", "drone", "bullet", "round",
    "mine", "charge", "shot", "torpedo",
}  # fmt: skip
# verbs of using a weapon or carrying out an attack, whose subject did the harm it did: "fired a rocket that"
USING_VERBS = {
    "fire", "launch", "detonate", "explode", "throw", "drop", "plant", "hurl", "lob", "shoot", "use", "deploy",
    "carry", "conduct", "stage", "mount", "unleash",
}  # fmt: skip

# nouns of acting together, whose "in ... with" phrase names a partner, whatever the verb: "in cooperation with"
JOINT_ACTION_NOUNS = {"cooperation", "coordination", "collaboration", "conjunction", "concert", "partnership", "tandem"}
# nouns of someone's work that a statement praises: "Grundberg's tireless efforts", "Qatar's leadership"
EFFORT_NOUNS = {"effort", "work", "leadership", "role", "commitment", "contribution", "dedication", "mediation"}
# measures whose place names the country that takes them, by its preposition: "confined to New Delhi",
# "expelled from India" (but not "flights were banned to Cuba": Cuba banned nothing)
AUTHORITY_PLACE_VERBS = {
    "confine": ("in", "to", "within"),
    "restrict": ("in", "to", "within"),
    "expel": ("in", "from"),
    "deport": ("in", "from"),
    "ban": ("in", "from"),
    "bar": ("in", "from"),
    "exclude": ("in", "from"),
}
# nouns for one power's hold over others, whose owner is the one resisted: "fighting Indian rule", "the uprising
# against Israeli occupation"
DOMINION_NOUNS = {"rule", "occupation", "regime", "domination", "dominance", "oppression", "hegemony"}
# classes of verbs that resist a power's rule: "fight Indian rule", "resist the occupation", "condemn the regime"
RESISTING_CLASSES = {"fight", "attack", "reject", "criticise", "protest", "threaten"}
# nouns for a union of groups, whose members act as the union: "an alliance of 18 groups fighting Indian rule"
UNION_NOUNS = {"alliance", "coalition", "umbrella", "network", "federation", "union", "front"}
# verbs of belief whose negation denies what they report: "I don't think Israel will attack" (not "did not say")
NEG_RAISING_VERBS = {"think", "believe", "expect", "suppose", "imagine", "anticipate", "reckon"}
# verbs whose gerund object is their subject's own act: "China denied spying on the United States", "Israel resumed
# shelling Gaza" (not "opposed arming the rebels", which anyone might do)
GERUND_CONTROL_VERBS = {
    "deny", "avoid", "resume", "continue", "start", "begin", "keep", "risk", "finish", "quit", "cease",
    "stop", "halt", "consider", "contemplate", "mull", "weigh",
}  # fmt: skip
# verbs by which an actor ends its own acts: "decided to stop suicide bombings against Israel"
CEASING_VERBS = {"stop", "cease", "halt", "end", "suspend", "abandon", "renounce", "quit"}
# verbs by which an actor takes back a tie or a stance it had: "withdrew its support for the Kurds"
WITHDRAWING_VERBS = {
    "withdraw", "retract", "rescind", "revoke", "reverse", "abrogate", "annul", "terminate", "repudiate",
}  # fmt: skip
# stances and bids an actor drops, no longer holding them: "dropped its opposition to Turkey's membership"
DROPPED_STANCES = {
    "opposition", "objection", "resistance", "veto", "support", "demand", "insistence", "reservation", "boycott",
    "bid", "request", "threat", "claim", "backing", "endorsement",
}  # fmt: skip
# verbs by which an actor ends a measure of its own against another: "lifted its blockade of Gaza", "dropped
# sanctions against Belarus"
LIFTING_VERBS = {"lift", "drop", "scrap", "repeal", "rescind", "revoke"}
# nouns of ending an act, whose "to" names the act ended: "called a halt to its attacks", "an end to its support"
ENDING_NOUNS = {"halt", "end", "stop", "cessation", "suspension"}
# verbs of calling off an act before it is done: "cancelled its planned attack on Iran", "postponed talks with India"
CANCELLING_VERBS = {"cancel", "postpone", "scrap", "shelve"}  # ("delayed deliveries" withholds: a cut)
# nouns for texts that act for their authors: "debating key issues in a resolution authorising a multinational force"
DOCUMENT_NOUNS = {"resolution", "decree", "bill", "law", "motion", "draft", "declaration", "communique", "statement"}
# texts by which their authors speak or act, as a clause's subject: "a Chinese statement criticised Japan", "the
# resolution adopted by the Security Council condemned Israel"
AUTHORED_NOUNS = DOCUMENT_NOUNS | {"report", "letter", "message", "editorial", "memo", "memorandum", "note", "ruling"}
# participles by which a text's author is named: "adopted by the Security Council", "released by the UN"
AUTHORING_VERBS = {"adopt", "pass", "release", "publish", "issue", "write", "sign", "draft", "send", "approve", "table"}
# verbs of preparing an act, whose hostile object's place is its target: "was planning terrorist attacks in Australia"
PLANNING_VERBS = {"plan", "prepare", "plot", "organise", "organize", "orchestrate"}
# verbs of defending oneself or another, whose "against" names what is answered: "defended itself against criticism"
DEFENDING_VERBS = {"defend", "shield", "protect"}
# verbs of tying an actor to an act, which accuse it of the act: "linked a Kashmiri group to the attack on ..."
LINKING_VERBS = {"link", "tie", "connect"}
# verbs whose object is an act the subject undergoes: "faces possible suspension from the Commonwealth", "survived
# an Israeli air strike"
FACING_VERBS = {"face", "survive", "withstand"}
# facing verbs whose negation leaves the act done: "could not withstand the US bombing"
ENDURING_VERBS = {"survive", "withstand"}
# verbs whose "under" names an act the subject undergoes: "is under fire from", "came under pressure from"
UNDERGOING_VERBS = {"be", "come", "remain", "fall", "stay"}
# nouns after "under" that name another act than their own: "under fire from unions" is criticism
UNDERGONE_IDIOMS = {"fire": "criticise"}
# verbs of naming something, as in "denounced what it called US interference"
NAMING_VERBS = {"call", "describe", "term", "label", "brand", "dub"}
# verbs of dying, whose "in" names the act that killed: "Three Israeli soldiers died in a Hamas attack"
DYING_VERBS = {"die", "perish"}
# words that make people captives of another: "guarding captured ISIS fighters", "ISIS detainees"
CAPTIVE_WORDS = {"captured", "detained", "jailed", "imprisoned", "prisoner", "detainee", "captive", "inmate"}
# pronouns by which an attacker strikes itself: "suicide bombers blew themselves up in Jerusalem"
REFLEXIVE_PRONOUNS = {"himself", "herself", "themselves", "itself"}
# verbs of paying for or arming an act, which make the payer a party to it: "Iran funded attacks on Israel"
SPONSORING_VERBS = {"sponsor", "fund", "finance", "bankroll", "mastermind", "arm"}
# verbs of a state taking someone into its custody or courts: "Police say Afroz was arrested on October 2"
CUSTODY_VERBS = {
    "arrest", "detain", "charge", "jail", "imprison", "sentence", "indict", "hold", "question", "interrogate",
    "convict", "extradite", "deport", "capture",
}  # fmt: skip
# places where captives are kept, whose owner keeps them: "held on a US military ship", "at the US marine base"
CUSTODY_PLACES = {
    "ship", "vessel", "base", "camp", "centre", "center", "prison", "jail", "gaol", "facility", "compound", "cell",
}  # fmt: skip
# nouns for what is said, whose clause a denial of them denies: "denied all claims that Khashoggi was slain"
DENIED_NOUNS = {"claim", "report", "allegation", "accusation", "suggestion", "charge", "rumour", "rumor"}
# nouns of an offer, made to whoever answers it: "did not respond to South Korea's offer of talks"
OFFER_NOUNS = {"offer", "proposal", "counter-proposal", "counterproposal", "counteroffer", "counter-offer"}
# nouns summing up a proposal one may answer: "Hamas demanded a full withdrawal, a condition Netanyahu rejected"
PROPOSAL_NOUNS = {"condition", "offer", "demand", "proposal", "request", "ultimatum", "idea"}
# verbs that deny what a report they take as object says: "rejected claims of its attacks", "brushed off accusations"
DISMISSING_VERBS = {"reject", "dismiss", "rebuff", "brush"}
# verbs of harsh words at a person that are blows at a thing: "McCain blasted the administration" but "Israeli jets
# blasted Hamas positions", "slammed a building"
WORDS_OR_BLOWS = {"blast", "slam", "hammer", "lash", "batter"}
# things struck in a raid, whose owner the blow reaches: "blasted a building of Arafat's Fatah movement"
STRUCK_THINGS = {
    "building", "heliport", "office", "headquarters", "compound", "position", "base", "station", "post", "camp",
    "facility", "installation", "home", "house", "village", "bunker", "convoy", "vehicle", "airport", "port",
}  # fmt: skip
# verbs whose subject "it" is often no one: "It seems", "It emerged that", "It takes time"
EXPLETIVE_VERBS = {
    "seem", "appear", "happen", "emerge", "transpire", "take", "cost", "matter", "look", "sound", "follow",
}  # fmt: skip
# verbs of staying in a place, whose subject a blow at the place reaches: "the caves where Al Qaeda fighters hid"
OCCUPYING_VERBS = {
    "hide", "shelter", "live", "stay", "meet", "gather", "base", "operate", "train", "hole", "camp", "sleep", "be",
}  # fmt: skip
# nouns for the one held to have done an act: "the number one suspect in the September 11 attacks on New York"
SUSPECT_NOUNS = {"suspect", "mastermind", "perpetrator", "architect", "planner", "organiser", "organizer"}

# nouns after a passive's "by" that measure the act: "defeated by a wide margin", "cut by 20 per cent"
MARGIN_NOUNS = {"vote", "margin", "percent", "cent", "point", "seat", "majority", "length", "goal", "run", "wicket"}

# verbs of taking part beside another in its act: "joined France in condemning", "supports the Philippines in calling"
PARTNERING_VERBS = HELPING_VERBS - {"encourage"}  # ("encouraged Iran in talking to the US" urges, it does not talk)

# verbs of a vehicle's load, whose riders a blow at the vehicle hits: "a bus carrying Israeli settlers"
CARRYING_VERBS = {"carry", "transport", "ferry"}

# nouns of a backer's consent to an act done "with" it: "with the support of Russia", "with Iran's blessing"
BACKING_NOUNS = {"support", "backing", "blessing", "approval", "endorsement"}

# verbs of a judgement about what will happen, whose future clause is a forecast: "believes Iran will attack"
FORECASTING_VERBS = {"believe", "think", "fear", "predict", "expect", "anticipate", "worry", "forecast", "reckon"}

# verbs of a journey, whose "from", "for" or "to" talks or visit are the traveller's: "returned from a visit to"
TRAVEL_VERBS = {"return", "come", "arrive", "leave", "travel", "fly", "head", "go", "depart"}
# verbs of moving along a way, whose "through" names the way, never a go-between: "marched through Tbilisi" (not
# "go": "has gone through the Iraqis to communicate with Iran")
ROUTE_VERBS = {"march", "walk", "parade", "drive", "roll", "sail", "rally", "stream", "travel", "fly"}

# nouns of the bidding an act was done at: "at the behest of Pakistani intelligence", "on the orders of Saddam"
BEHEST_NOUNS = {"behest", "order", "instruction", "direction", "command", "request"}

# verbs of refusing a tie offered, which deny it: "Iran rejected talks with the US", "refused talks with Israel"
TIE_REFUSING_VERBS = {"reject", "refuse", "decline"}

# verbs of agreeing to a tie not yet made: "agreed to talks with the US", "consented to talks"
AGREEING_VERBS = {"agree", "consent", "commit"}
# adjectives of being open to a tie not yet made, before "to" or "for" and a noun: "is open to talks", "is ready for
# talks" (INTENT_VERBS holds the same words before an infinitive: "is ready to talk")
OPEN_WORDS = {"open", "ready", "willing", "prepared"}
# verbs of charging someone with an act: "accused Pakistan of attacking"
CHARGING_VERBS = {"accuse", "blame", "charge", "suspect", "convict"}
# adverbs by which the writer calls a charge false: "was falsely accused of attacking Israel"
FALSE_CHARGE_ADVERBS = {"falsely", "wrongly", "wrongfully", "unjustly", "baselessly"}

# verbs of wishing another actor will act, which appeal to it: "I hope that Anne Sacoolas will come back"
WISHING_VERBS = {"hope", "wish", "pray", "trust"}
# adjectives of such a wish: "he is hopeful the Americans will facilitate access"
WISHING_ADJECTIVES = {"hopeful"}

# verbs of seeking a helper's help, which appeal to the helper: "sought Iran's help", "needs the cooperation of"
SEEKING_VERBS = {"seek", "need", "want", "request", "solicit", "enlist", "require", "court"}
# nouns of urging another to act, whose infinitive the one urged would do: "calls (on Iran) to join" (not
# "pressure", read by clauses.pressed_ones)
ADDRESSED_NOUNS = {"call", "appeal", "invitation", "urging", "plea", "overture", "exhortation"}
# nouns of help an actor can be asked for: "the cooperation of the states", "Pakistan's support"
HELP_NOUNS = {"help", "cooperation", "support", "assistance", "backing", "aid", "collaboration"}
# nouns of word or leave one side seeks from another: "Israel has sought assurances from Washington"
SOUGHT_NOUNS = HELP_NOUNS | {"assurance", "guarantee", "explanation", "clarification", "permission", "approval"}

# words of misconduct by which a speaker charges the subject of the clause he reports: "Sharon said Arafat has
# chosen the path of terrorism", "Arafat said Sharon was trying to torpedo his own crackdown"
MISCONDUCT_WORDS = WRONGDOING_VERBS | {
    "terror", "terrorism", "torpedo", "sabotage", "derail", "wreck", "scuttle", "dupe", "deceive", "mislead",
    "fraud", "cheat", "incite", "incitement", "extremism", "hypocrisy", "blackmail", "destabilise", "destabilize",
    "obstruct", "misguided", "irrational", "illegitimate", "provocation", "aggression", "corruption", "bully",
    "intimidate", "harass",
}  # fmt: skip
# virtues whose lack a speaker charges: "He has no conscience and no soul", "the regime lacks legitimacy"
VIRTUE_NOUNS = {
    "conscience", "soul", "morals", "morality", "shame", "credibility", "legitimacy", "decency", "honour", "honor",
    "integrity", "respect", "scruple", "humanity",
}  # fmt: skip
# words of misconduct only as the part of speech given: "told lies" (not "the problem lies with"), "rigged the
# vote" (not "an oil rig"), "harbours terrorists" (not "Pearl Harbour")
MISCONDUCT_FORMS = {("lie", "NOUN"), ("rig", "VERB"), ("harbour", "VERB"), ("harbor", "VERB")}
# words of finding out, under which a word of misconduct is another's, found: "the commission has uncovered evidence of
# thuggery and corruption"
EXPOSING_WORDS = {"evidence", "uncover", "expose", "reveal", "investigate", "investigation", "probe", "inquiry"}
# words of fighting or ending, under which a word of misconduct is its foe's: "Pakistan fights terrorism"
AGAINST_WORDS = {
    "fight", "combat", "counter", "against", "anti", "dismantle", "crack", "crackdown", "end", "stop", "curb",
    "eradicate", "eliminate", "defeat", "tackle", "confront", "prevent", "war", "campaign", "root", "victim",
    "control", "condemn", "renounce", "reject", "oppose", "denounce", "halt", "rein", "suppress", "smash", "crush",
    "counter-terrorism", "counterterrorism", "anti-terrorism", "arrest", "punish", "investigate", "accuse",
}  # fmt: skip

# classes of a verb by which one punishes or condemns an actor "for" its act: "punished Hamas for the attacks"
PUNISHING_CLASSES = {"coerce", "criticise", "reduce", "attack"}

# a traveller's verb and the preposition of the country it takes him to, which he visits: "travel to Indonesia",
# "arrived in Beijing", "returned from the United States" (not "returned to", which may be home)
JOURNEYS = {
    ("travel", "to"), ("fly", "to"), ("go", "to"), ("head", "to"), ("come", "to"), ("arrive", "in"),
    ("return", "from"), ("fly", "into"), ("arrive", "at"),
}  # fmt: skip

# nouns of an unnamed person a later "he" or "she" may stand for: "The man was arrested a month ago"
UNNAMED_PERSON_NOUNS = {"man", "woman", "suspect", "boy", "girl", "teenager", "official"}
# nouns of an unnamed person who may report what he or she did: "a doctor working for the relief agency said that he
# had treated six of Agha's men"
UNNAMED_REPORTER_NOUNS = UNNAMED_PERSON_NOUNS | {
    "doctor", "witness", "resident", "policeman", "soldier", "lawyer", "relative", "neighbour", "neighbor", "driver",
    "survivor", "diplomat", "commander",
}  # fmt: skip
# nouns for people no actor stands for, whom a later "they" may mean: "aboard a boat with his crew when they were
# attacked by pirates"
UNNAMED_PEOPLE_NOUNS = {
    "crew", "passenger", "people", "civilian", "resident", "villager", "worker", "tourist", "student", "child",
    "family", "hostage", "journalist", "sailor", "pilgrim", "refugee", "migrant", "farmer", "fisherman",
}  # fmt: skip

# modifiers of an act that call it off: "the cancelled meeting between Iran and the US", "the aborted attack"
CALLED_OFF_WORDS = {"cancelled", "canceled", "postponed", "scrapped", "aborted", "shelved", "called-off"}
# modifiers of an act and the modality they give it: "the planned talks", "a possible strike", "a botched assassination"
MARKED_MODALITIES = {
    "planned": "intended", "proposed": "intended", "scheduled": "intended", "upcoming": "intended",
    "intended": "intended", "possible": "hypothetical", "potential": "hypothetical", "threatened": "hypothetical",
    "failed": "attempted", "botched": "attempted", "attempted": "attempted", "abortive": "attempted",
    "alleged": "hypothetical", "supposed": "hypothetical", "rumoured": "hypothetical", "rumored": "hypothetical",
}  # fmt: skip
# ("purported" is not among them: "Russia's purported annexation of Crimea" happened; its claim to law is denied)
# verbs of giving in, whose "to" names the pressure given in to: "bowed to pressure", "caved in to pressure"
GIVING_IN_VERBS = {"bow", "cave", "yield", "give", "succumb", "bend", "submit", "buckle"}
# words of the titles of a state's officers of the law: "Attorney-General", "Justice Minister", "police chief"
# title words of a head of state or government, whose country an unnamed "the Government" of the article is
HEAD_OF_STATE_TITLES = {"president", "premier", "chancellor", "king", "emir", "prime"}
LAW_TITLES = {"attorney-general", "attorney", "prosecutor", "prosecutor-general", "justice", "police", "interior"}
# nouns of seeking to join a body, whose owner would join: "Sweden's NATO bid", "Turkey's EU membership"
JOINING_NOUNS = {"bid", "membership", "accession", "application", "candidacy"}
# verbs of sorrow at an act, which blame no one when the act is the sorrowing side's own: "regrets the deaths"
REGRETTING_VERBS = {"regret", "lament", "apologise", "apologize"}
# participles of a thing's purpose, whose use is its user's act: "a policy aimed at eliminating Arafat"
PURPOSE_PARTICIPLES = {"aim", "design", "intend", "mean", "calculate"}
# nouns of what one pays for what one did: "would pay a heavy price"
PRICE_NOUNS = {"price", "cost", "penalty", "consequence"}
# verbs of paying for what one did: "will pay a heavy price", "will bear the consequences", "will face consequences"
PAYING_VERBS = {"pay", "bear", "face", "suffer"}
# words for a wrong one pays for: "will pay for this crime", "will pay for what they did"
WRONG_NOUNS = {"crime", "aggression", "sin", "mistake", "this", "that", "it", "what", "action", "act", "deed"}
# nouns of an unnamed person who speaks for a side: "a senior Hamas official", "an Israeli army spokesman"
OFFICIAL_NOUNS = {"official", "spokesman", "spokeswoman", "spokesperson", "source", "diplomat", "envoy", "commander"}
# determiners of a known thing: "planned the September 11 attacks" names an act already done
DEFINITE_DETERMINERS = {"the", "this", "that", "these", "those"}
# verbs whose bare infinitive is done under them: "let Sweden join", "made Iran pay", "helped Kyiv repel"
CAUSATIVE_VERBS = {"let", "make", "help"}
# speech verbs that are acts when they take a noun object: "Israel has declared war on us", "announced sanctions"
PERFORMATIVE_VERBS = {"declare", "announce", "proclaim"}
# verbs of urging an act that "for" names, which the urger means, not does: "pushing for an attack on Iraq"
ADVOCACY_VERBS = {"push", "lobby", "campaign", "press", "argue", "agitate"}
# verbs of gathering backing "for" an act, and the backing nouns: "seeking support for an attack on Iraq",
# "building the case for war with Iraq"
GATHERING_VERBS = {"seek", "build", "rally", "win", "garner", "gather", "drum", "make", "muster", "marshal"}
GATHERED_BACKING = {"support", "backing", "case", "approval"}
# verbs of a blow that a measure can be said to deal: "US sanctions hit Iran", "the embargo has squeezed Cuba"
STRIKING_VERBS = {"hit", "strike", "squeeze", "hurt", "bite", "batter", "pummel"}
# what can be broken as a wrong: "has broken international law", "broke the ceasefire"
BROKEN_RULES = {
    "law", "agreement", "ceasefire", "cease-fire", "truce", "promise", "pledge", "treaty", "rule", "resolution",
    "accord", "deal", "commitment", "undertaking", "embargo", "sanction",
}  # fmt: skip
# a state's space that others' craft or forces may enter: "flew into Turkish airspace", "sailed into Japanese waters"
SOVEREIGN_SPACES = {"airspace", "waters", "water", "territory", "zone", "soil"}
# verbs by which craft or forces go, or are sent, into such a space
INCURSION_VERBS = {
    "fly", "stray", "sail", "send", "move", "venture", "intrude", "cross", "penetrate", "deploy", "dispatch", "enter",
    "push",
}  # fmt: skip
# verbs of bearing another's act, which a side says it will not: "would not tolerate Iranian attacks on its forces"
TOLERATING_VERBS = {"tolerate", "accept", "allow", "countenance", "brook", "condone", "permit"}
# verbs of winning someone over, whose failure leaves the attempt made: "failed to persuade Pakistan"
WINNING_VERBS = {"persuade", "convince", "coax"}
# goods of relief sent to a town, which help the town's country: "sent aid to Gaza", "airdropped food into Gaza"
RELIEF_NOUNS = {"aid", "food", "fuel", "supply", "medicine", "assistance", "relief", "help", "water"}
# nouns of what an act is said to signal to another side: "its missile test was a warning to Seoul"
SIGNAL_NOUNS = {"warning", "message", "signal", "threat"}
# kinds of a package of aid: "an aid package", "a weapons package", "a military package"
AID_KINDS = {
    "aid", "weapon", "weapons", "arm", "arms", "military", "security", "assistance", "humanitarian", "financial",
}  # fmt: skip
# verbs that give a person's name: "calls himself", "named", "identified as", "known as"
NAME_GIVING_VERBS = {"call", "name", "identify", "know"}
# verbs by which one puts one's weight behind a side: "threw its weight behind Iran"
WEIGHT_VERBS = {"throw", "put", "place", "lend"}
# verbs of answering an act, with no object of their own: "we will respond with all our might"
ANSWERING_LEMMAS = {"respond", "retaliate", "react", "reply"}
# steps taken in answer: "will take resolute countermeasures if ...", "would take all necessary measures"
COUNTER_STEP_NOUNS = {"countermeasure", "measure", "action", "step", "retaliation", "reprisal"}
# manners of answering that welcome: "would respond positively if Hamas accepted the truce"
WELCOMING_MANNERS = {"positively", "favourably", "favorably", "constructively", "generously", "warmly"}
# classes of a condition's act that an answer welcomes, not threatens: "if Hamas releases the hostages"
FRIENDLY_CONDITION_CLASSES = {"yield", "intend", "cooperate", "appeal", "communicate"}
# manners of answering that are a protest: "China reacted angrily to the visit"
ANGRY_MANNERS = {"angrily", "furiously", "indignantly", "harshly", "sharply", "bitterly"}
# nouns of a plan to act, whose infinitive names the act: "an alleged plot to kill President Mugabe"; also the plans
# an arrest or a charge may be over: "arrested over an alleged plot to bomb the embassy"
PLOT_NOUNS = {"plot", "plan", "conspiracy", "scheme"}
# nouns of a plan, whose "for" names the act planned: "no plans for talks between Putin and Zelensky"
PLAN_NOUNS = {"plan", "intention", "intent", "proposal", "offer"}  # also "rejected the proposal for talks between"
# written messages a side sends: "in a statement received by AFP"
MESSAGE_NOUNS = {"statement", "message", "letter", "fax", "communique", "email"}
# what such a message may be of, which makes sending it a charge: "a letter of complaint", "a note of protest"
# (with the verb of the charge: a complaint is made official, CAMEO 114, "complain")
GRIEVANCE_NOUNS = {"complaint": "complain", "protest": "protest", "condemnation": "condemn"}
# nouns of a time limit: "gave Arafat 12 hours", "gave both sides 48 hours", "gave Iran a deadline"
DEADLINE_NOUNS = {"hour", "day", "week", "month", "deadline", "ultimatum"}
# nouns of a rising against one's own state, whose other side is that state, not the article's main foe ("supporting
# the government of Hadi against the Houthi rebellion"), and which is the rebels', not the country of its place
# ("ordered the military to crush the rebellion in Aceh")
RISING_NOUNS = {"insurgency", "rebellion", "insurrection", "revolt", "uprising"}
# nouns of a people's rule of itself, whose "from" names the state it would leave: "fighting for independence from
# Jakarta", "voted for independence from Indonesia"
INDEPENDENCE_NOUNS = {"independence", "secession", "separation", "autonomy", "self-determination", "freedom"}
# verbs of seeking such rule, which reject the state left (fighting for it fights the state)
SEEKING_INDEPENDENCE = {"vote", "push", "call", "campaign", "press", "agitate", "demand", "clamour", "clamor"}

# light verbs with a noun that judge what they are aimed at: "took aim at China's trade practices"
TAKING_AIM = {"take aim"}
# prepositions of circumstances an act goes against or comes before, whose objects are no part of it ("despite a
# ceasefire brokered by the US"; but "after talks brokered by China" are the way to the act)
CIRCUMSTANCE_PREPS = {"despite", "before", "since", "notwithstanding"}
# goods, whose "from" names the country a measure on them is aimed at: "tariffs on steel imports from Mexico"
GOODS_NOUNS = {"import", "good", "product", "export"}
# words for armed bands that describe a kind rather than name an owner: "terrorist targets", "extremist networks"
KIND_OF_BAND_WORDS = {"terrorist", "extremist"}
# verbs of removing an official from a post: "fired Comey", "sacked the minister"
REMOVING_VERBS = {"fire", "sack", "dismiss"}
# verbs of taking ground or people, which take people prisoner: "Hezbollah guerrillas captured two Israeli soldiers"
# (an attack when ground is taken; "seize" is coercion either way)
CAPTURING_VERBS = {"capture", "recapture"}
# nouns of people a side may take prisoner: "captured 40 foreign fighters", "seized three aid workers"
CAPTIVE_NOUNS = {
    "soldier", "fighter", "militant", "guerrilla", "rebel", "insurgent", "hostage", "member", "man", "woman",
    "worker", "officer", "commander", "leader", "suspect", "sailor", "marine", "pilot", "journalist", "civilian",
    "tourist", "crew", "policeman", "trooper", "troop", "agent", "spy", "citizen", "national",
}  # fmt: skip
# titles of journalists, whose reports accuse no one: "Middle East correspondent Mark Willacy reports ..."
REPORTER_NOUNS = {"correspondent", "reporter", "journalist", "columnist"}
# a state's envoys, who stand for it: "the Government expelled him" (Iraq's ambassador)
ENVOY_NOUNS = {"ambassador", "envoy", "diplomat", "consul", "attache", "chargé", "charge"}
# verbs of listing a party under sanctions: "X is being designated pursuant to section 1(a)(i)"
DESIGNATING_VERBS = {"designate", "sanction", "blacklist"}
# verbs of taking part in a measure others took: "refused to join European Union sanctions against Russia"
JOINING_VERBS = {"join", "adopt"}
# verbs of telling someone to go: "ordered a Russian embassy employee to leave"
SENDING_AWAY_VERBS = {"order", "tell", "instruct", "give"}
# number words a counted group of parties is written with: "the three countries"
COUNT_WORDS = {"three": 3, "four": 4, "five": 5}
# nouns for states, counted: "the three countries", "the three juntas"
COUNTED_STATE_NOUNS = {"country", "nation", "state", "government", "junta"}
# what an appeal to no one named asks of the sides at odds: "urged restraint", "called for calm"
CALM_NOUNS = {"restraint", "calm", "de-escalation"}
