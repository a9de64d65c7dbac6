"""The garbage collector around a command's start-up.

Start-up allocates tens of thousands of objects that live as long as the process
(modules, classes, rule packs, lexicon tries, vocabularies, compiled patterns) and
Python's collector scans them again and again while they are made: about 20 ms of a
150 ms single-file run went to 130 collections that freed nothing. So collection
pauses while the command line is imported and until the first file is linted; then
what start-up built is frozen out of the collector's sight (``gc.freeze``, once per
process) and collection resumes for the files that follow. A run of one file is never
collected; a run of many collects only what its files leave behind.
"""

from __future__ import annotations

import gc
import os

#: The process that froze its start-up (a forked worker freezes its own warm-up again).
_frozen_in: int | None = None


def hold() -> bool:
    """Pause collection; whether it was on (for ``release``)."""
    was = gc.isenabled()
    gc.disable()
    return was


def release(was: bool) -> None:
    """Collection back as it was before ``hold``."""
    if was:
        gc.enable()


def settle() -> None:
    """Start-up is over: freeze what it built (the first time in this process) and
    collect again."""
    global _frozen_in
    if _frozen_in != os.getpid():
        gc.freeze()
        _frozen_in = os.getpid()
    gc.enable()
