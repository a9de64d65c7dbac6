"""Applications over the engine: the command line, the directory runner, the server,
and the public Python API (re-exported by ``linter``)."""
