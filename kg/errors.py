"""Errors kg reports to a user as one line, with a non-zero exit."""


class KgError(Exception):
    """Base of the errors kg explains to users."""


class InputError(KgError):
    """An input file or argument kg cannot use."""
