"""``newslint audit``: lint an archive on Dask into Parquet tables (articles, findings,
sources), with the failures listed, a manifest, and a summary and report built from the
tables. ``inputs`` plans and reads partitions, ``fields`` names the fields of row
exports, ``rows`` turns a linted article into rows, ``partition`` is the work a Dask
worker does, ``runner`` the client."""
