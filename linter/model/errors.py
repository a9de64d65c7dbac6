"""Errors that end a run with exit status 2 and one clear line on stderr."""


class NewslintError(Exception):
    """Base class: the message is shown to the user as is."""


class InputError(NewslintError):
    """A file that cannot be read as an article (missing, binary, not UTF-8, malformed)."""


class NotAnArticle(InputError):
    """A well-formed file that holds no article (a JSON file without article fields,
    such as package.json): an error when named, skipped when met walking a directory."""


class ConfigError(NewslintError):
    """A configuration file, rule pack or selector that is not valid."""


class InternalError(NewslintError):
    """An unexpected exception while linting one file, with the stage or rule it came
    from: reported as one line (the traceback only with --debug), the run goes on."""

    def __init__(self, stage: str, cause: BaseException) -> None:
        super().__init__(f"internal error in {stage}: {type(cause).__name__}: {' '.join(str(cause).split())}")
        self.stage = stage
        self.cause = cause
