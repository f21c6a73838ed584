"""kg's spaCy components, registered in one place."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

# lemmas the small English model gets wrong on news verbs: "fined" -> "fin"
LEMMA_REPAIRS = {
    ("fined", "VERB"): "fine",
    ("fines", "VERB"): "fine",
    ("fining", "VERB"): "fine",
    ("waging", "VERB"): "wage",  # "waging war on" -> "wag"
    ("waged", "VERB"): "wage",
    ("staged", "VERB"): "stage",  # "staged attacks on" -> "stag"
    ("staging", "VERB"): "stage",
    ("stages", "VERB"): "stage",
    ("hoped", "VERB"): "hope",  # "hoped Arafat would act" -> "hop"
    ("hopes", "VERB"): "hope",
    ("hoping", "VERB"): "hope",
    ("coped", "VERB"): "cope",
    ("taped", "VERB"): "tape",
    ("retook", "VERB"): "retake",  # "Ukrainian forces retook the village" -> "retook"
    ("retaken", "VERB"): "retake",
    ("forgave", "VERB"): "forgive",
    ("readmitted", "VERB"): "readmit",  # "Fiji was readmitted to the Commonwealth" -> "readmitte"
    ("readmitting", "VERB"): "readmit",
}


@Language.component("kg_lemma_repairs", assigns=["token.lemma"])
def lemma_repairs(doc: Doc) -> Doc:
    for token in doc:
        repaired = LEMMA_REPAIRS.get((token.lower_, token.pos_))
        if repaired is not None:
            token.lemma_ = repaired
    return doc


# a line break ends a sentence: headlines, captions and paragraphs never run into each other
@Language.component("kg_line_sentences", assigns=["token.is_sent_start"])
def line_sentences(doc: Doc) -> Doc:
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            if not token.is_space:
                token.is_sent_start = True
        elif token.is_lower and is_dotted_abbreviation(previous.text):
            token.is_sent_start = False  # "defended itself against U.S. criticism": no sentence ends at "U.S."
        elif closes_quotation(token, previous):
            token.is_sent_start = False  # 'asking Cengiz to be "patient and resilient."': the quote mark is the end
    return doc


def closes_quotation(token: Token, previous: Token) -> bool:
    """A quotation mark right after a stop or comma, with no space between: it closes the quotation."""
    return token.text in ('"', "\u201d") and previous.text in (".", "!", "?", ",") and not previous.whitespace_


def is_dotted_abbreviation(text: str) -> bool:
    """'U.S.', 'U.N.', 'E.U.': capitals with dots."""
    return len(text) >= 3 and text.endswith(".") and text.count(".") >= 2 and text.replace(".", "").isupper()
