"""newslint: a bias and attribution linter for news articles.

The import name is ``linter``; the command is ``newslint``.
"""

__version__ = "0.1.0"
