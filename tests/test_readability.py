"""Readability runs offline: no NLTK data, no download; textstat is pinned."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version

from conftest import ROOT

SCRIPT = r"""
import json, sys, urllib.request
import nltk.downloader
def refuse(*a, **k):
    raise SystemExit("a download was attempted")
nltk.downloader.Downloader.download = refuse
urllib.request.urlopen = refuse
from linter.lint.engine import Linter
from linter.lint.config import Settings
from linter.readers.files import read_source
res = Linter(Settings(select=["RDB001"])).lint_source(read_source(sys.argv[1]), "txt")
print(json.dumps(res.articles[0].readability.__dict__))
"""


def test_textstat_is_pinned_to_an_offline_release() -> None:
    assert version("textstat") == "0.7.8"


def test_readability_with_no_nltk_data(tmp_path) -> None:
    env = {"NLTK_DATA": str(tmp_path / "empty"), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    p = subprocess.run([sys.executable, "-c", SCRIPT, str(ROOT / "seeds" / "zelensky-toll.txt")],
                       capture_output=True, text=True, env=env, cwd=ROOT)
    assert p.returncode == 0, p.stderr
    import json

    fig = json.loads(p.stdout)
    # Brief, section 4.4 (textstat 0.7.8 on the body paragraphs): grade ~14.3, ease ~31.7, fog ~17.1.
    assert abs(fig["flesch_kincaid_grade"] - 14.3) < 0.6
    assert abs(fig["flesch_reading_ease"] - 31.7) < 3
    assert abs(fig["gunning_fog"] - 17.1) < 1
    assert fig["sentences"] == 24


PRISTINE = r"""
import json, sys, textstat
text = open(sys.argv[1], encoding="utf-8").read()
print(json.dumps([textstat.flesch_reading_ease(text), textstat.flesch_kincaid_grade(text),
                  textstat.gunning_fog(text), textstat.syllable_count(text)]))
"""


def test_cached_syllable_data_gives_textstats_own_figures(tmp_path) -> None:
    """linter.syllables feeds textstat cached data; the figures must not change."""
    import json

    from linter.analyse.syllables import textstat

    seed = ROOT / "seeds" / "zelensky-toll.txt"
    p = subprocess.run([sys.executable, "-c", PRISTINE, str(seed)], capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    ts = textstat()
    text = seed.read_text("utf-8") + "\n"  # a new string: textstat caches per text
    ours = [ts.flesch_reading_ease(text), ts.flesch_kincaid_grade(text), ts.gunning_fog(text),
            ts.syllable_count(text)]
    assert ours == json.loads(p.stdout)
