"""Errors that end a run with exit status 2 and one clear line on stderr."""


class NewslintError(Exception):
    """Base class: the message is shown to the user as is."""


class InputError(NewslintError):
    """A file that cannot be read as an article (missing, binary, not UTF-8, malformed)."""


class ConfigError(NewslintError):
    """A configuration file, rule pack or selector that is not valid."""
