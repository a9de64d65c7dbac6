"""``newslint lsp``: a language server over standard input and output, for any editor
that speaks the Language Server Protocol. ``server.py`` wires it on pygls;
``documents.py`` keeps the open documents and lints them with the settings of their
folder; ``positions.py`` converts offsets to the client's positions; ``diagnostics.py``,
``hover.py`` and ``actions.py`` answer from the latest lint."""
