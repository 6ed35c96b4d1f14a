"""Errors a user can cause; the CLI prints their message and exits non-zero."""


class LeseglasError(Exception):
    """Base class: the message says what went wrong and what to do."""


class InputError(LeseglasError):
    """A text could not be read: missing, binary, empty, undecodable."""
