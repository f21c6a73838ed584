"""Score extracted statements against hand-written gold statements (format: tests/gold/README.md)."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

from rdflib import Graph

from kg.errors import InputError
from kg.rdf.table import Row
from kg.rdf.vocab import slug

# rules that read a relation among parties with no direction ("X and Y met", "talks between X and Y", "Qatar mediated
# between Israel and Hamas")
SYMMETRIC_RULES = {
    "clause:reciprocal", "clause:reciprocal-with", "nominal:between", "nominal:mutual-role", "nominal:without",
    "clause:mediated",
}  # fmt: skip
GOLD_COLUMNS = ("subject", "relation", "object", "via", "negated", "evidence")


@dataclass(frozen=True)
class GoldStatement:
    doc: str
    subject: str  # actor key
    relations: tuple[str, ...]
    object: str
    via: str | None
    negated: bool
    evidence: str
    line: int


@dataclass(frozen=True)
class Predicted:
    doc: str
    subject: str
    relation: str
    relation_class: str
    object: str
    via: str | None
    negated: bool
    evidence: str
    label: str  # human-readable form
    symmetric: bool = False  # the rule read a relation among parties, with no direction
    names: tuple[str, str] = ("", "")  # the slugs of the subject's and object's names: "militants"
    speaker: str = ""  # the slug of the speaker's name the statement is attributed to


@dataclass
class Score:
    matched: list[tuple[GoldStatement, Predicted]] = field(default_factory=list)
    missed: list[GoldStatement] = field(default_factory=list)
    false: list[Predicted] = field(default_factory=list)
    flipped: list[tuple[GoldStatement, Predicted]] = field(default_factory=list)  # denied read as asserted
    correct: int = 0  # predictions that matched gold (an undirected one may match two gold statements)

    @property
    def precision(self) -> float:
        total = self.correct + len(self.false)
        return self.correct / total if total else 0.0

    @property
    def recall(self) -> float:
        total = len(self.matched) + len(self.missed)
        return len(self.matched) / total if total else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def actor_key(name: str) -> str:
    """The actor key kg gives a name: a gazetteer entry's key, else the slug of the name."""
    from kg.resolve.gazetteer import lookup, lookup_person

    entry = lookup(name) or lookup_person(name)
    return entry.key if entry else slug(name)


def article_ids(graph: Graph) -> set[str]:
    """The doc ids of the articles a graph holds."""
    from rdflib.namespace import DCTERMS, RDF

    from kg.rdf.vocab import KG

    return {str(graph.value(a, DCTERMS.identifier)) for a in graph.subjects(RDF.type, KG.Article)}


def normalise_text(text: str) -> str:
    return " ".join(text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"').split()).casefold()


def read_gold(path: Path) -> list[GoldStatement]:
    """Gold statements of one article; the file stem is the article's doc id."""
    if not path.is_file():
        raise InputError(f"{path}: no such gold file")
    lines = [
        (n, line)
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if line.strip() and not line.lstrip().startswith("#")
    ]
    if not lines or tuple(c.strip() for c in lines[0][1].split("\t")) != GOLD_COLUMNS:
        raise InputError(f"{path}: first line must be the header {' '.join(GOLD_COLUMNS)} (tab-separated)")
    gold = []
    for number, line in lines[1:]:
        cells = next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE))
        if len(cells) != len(GOLD_COLUMNS):
            raise InputError(f"{path}:{number}: expected {len(GOLD_COLUMNS)} tab-separated cells, got {len(cells)}")
        subject, relation, obj, via, negated, evidence = (c.strip() for c in cells)
        if negated.lower() not in ("true", "false"):
            raise InputError(f"{path}:{number}: negated must be true or false, got {negated!r}")
        gold.append(
            GoldStatement(
                doc=path.stem,
                subject=actor_key(subject),
                relations=tuple(r.strip().lower() for r in relation.split("|") if r.strip()),
                object=actor_key(obj),
                via=actor_key(via) if via else None,
                negated=negated.lower() == "true",
                evidence=evidence,
                line=number,
            )
        )
    return gold


def read_gold_paths(paths: Iterable[Path]) -> list[GoldStatement]:
    gold: list[GoldStatement] = []
    for path in paths:
        files = sorted(path.glob("*.tsv")) if path.is_dir() else [path]
        for file in files:
            gold.extend(read_gold(file))
    return gold


def _key(iri: str) -> str:
    return unquote(iri.rsplit("/", 1)[-1])


def predicted_from_rows(rows: Iterable[Row]) -> list[Predicted]:
    return [
        Predicted(
            doc=row.doc,
            subject=_key(row.subject_iri),
            relation=row.relation.lower(),
            relation_class=row.relation_class,
            object=_key(row.object_iri),
            via=_key(row.via_iri) if row.via_iri else None,
            negated=row.negated == "true",
            evidence=row.evidence,
            label=f"{row.subject} —{row.relation}{' (not)' if row.negated == 'true' else ''}→ {row.object}"
            + (f" via {row.via}" if row.via else ""),
            symmetric=row.rule in SYMMETRIC_RULES,
            names=(slug(row.subject), slug(row.object)),
            speaker=slug(row.attributed_to) if row.attributed_to else "",
        )
        for row in rows
    ]


def relation_matches(gold: GoldStatement, predicted: Predicted) -> bool:
    lemma_words = predicted.relation.split()
    return (
        predicted.relation_class in gold.relations
        or predicted.relation in gold.relations
        or (bool(lemma_words) and lemma_words[0] in gold.relations)
        or any(word in gold.relations for word in lemma_words)
    )


def same_parties(gold: GoldStatement, predicted: Predicted) -> bool:
    """Subject and object agree, by key or, for an actor known only in its article ("militants"), by name;
    either way round when the rule read no direction ('X and Y met')."""
    # (a side's act a speaker voices, "'We call on Iran to stop,' Miller said", is the speaker's for a gold that says
    # so: "we" is the speaker or the speaker's side)
    voiced = bool(predicted.speaker) and gold.subject == predicted.speaker != predicted.object
    subject = voiced or names_actor(gold.subject, predicted.subject, predicted.names[0])
    obj = names_actor(gold.object, predicted.object, predicted.names[1])
    if subject and obj:
        return True
    reverse = names_actor(gold.subject, predicted.object, predicted.names[1]) and names_actor(
        gold.object, predicted.subject, predicted.names[0]
    )
    return predicted.symmetric and reverse


def names_actor(gold_key: str, key: str, name: str) -> bool:
    """The gold names the predicted actor: by key, or by name for an actor of one article alone ('militants'), also
    with the place or people the gold adds to that plain name ('Hong Kong protesters' for the protesters of a Hong
    Kong story)."""
    local = key.startswith(f"{name}-in-")
    return gold_key in (key, name) or (local and gold_key.endswith(f"-{name}"))


def matches(gold: GoldStatement, predicted: Predicted, strict_relation: bool = True) -> bool:
    return (
        gold.doc == predicted.doc
        and same_parties(gold, predicted)
        and gold.via == predicted.via
        and gold.negated == predicted.negated
        and normalise_text(gold.evidence) in normalise_text(predicted.evidence)
        and (not strict_relation or relation_matches(gold, predicted))
    )


def free_for(item: GoldStatement, index: int, predicted: Predicted, used: dict[int, list[GoldStatement]]) -> bool:
    """A prediction matches one gold statement; an undirected one ('X and Y agreed') may match the
    gold statement of each direction."""
    users = used.get(index, [])
    if not users:
        return True
    reverse = all((u.subject, u.object) == (item.object, item.subject) for u in users)
    return predicted.symmetric and reverse and len(users) == 1


def score(gold: list[GoldStatement], predicted: list[Predicted], docs: set[str] | None = None) -> Score:
    """One-to-one matching of predicted to gold statements, over the articles that have gold."""
    docs = docs if docs is not None else {g.doc for g in gold}
    pool = [p for p in predicted if p.doc in docs]
    result = Score()
    used: dict[int, list[GoldStatement]] = {}
    for item in gold:
        hit = next((i for i, p in enumerate(pool) if free_for(item, i, p, used) and matches(item, p)), None)
        if hit is None:
            result.missed.append(item)
            if item.negated:
                flipped = next(
                    (p for p in pool if matches(GoldStatement(**{**item.__dict__, "negated": False}), p)), None
                )
                if flipped is not None:
                    result.flipped.append((item, flipped))
        else:
            used.setdefault(hit, []).append(item)
            result.matched.append((item, pool[hit]))
    result.false = [p for i, p in enumerate(pool) if i not in used]
    result.correct = len(used)
    return result


def format_report(result: Score) -> str:
    """Precision, recall and F1, then the misses and the false statements."""
    lines = [
        f"precision {result.precision:.3f}  recall {result.recall:.3f}  F1 {result.f1:.3f}  "
        f"(matched {len(result.matched)}, missed {len(result.missed)}, false {len(result.false)}, "
        f"denied read as asserted {len(result.flipped)})",
    ]
    if result.flipped:
        lines.append("\nDenied relations read as asserted:")
        lines += [
            f"  {g.doc}:{g.line}  {g.subject} {'|'.join(g.relations)} {g.object}  «{g.evidence}»"
            for g, _ in result.flipped
        ]
    if result.missed:
        lines.append("\nMissed (gold statements not found):")
        lines += [
            f"  {g.doc}:{g.line}  {g.subject} —{'|'.join(g.relations)}{' (not)' if g.negated else ''}→ {g.object}"
            + (f" via {g.via}" if g.via else "")
            + f"  «{g.evidence}»"
            for g in result.missed
        ]
    if result.false:
        lines.append("\nFalse (extracted, not in gold):")
        lines += [f"  {p.doc}  {p.label}  «{p.evidence[:100]}»" for p in result.false]
    return "\n".join(lines)
