"""Extract: one function per English construction, from parsed sentences to Statement records."""

from kg.extract.statements import extract_statements

__all__ = ["extract_statements"]
