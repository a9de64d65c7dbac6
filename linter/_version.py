"""The release version: one place that every module, the wheel and the caches read."""

__version__ = "0.1.0"
