"""newslint audit: lint an archive on Dask into Parquet, then summarise and report it."""
