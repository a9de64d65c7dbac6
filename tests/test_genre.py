"""The kind of piece, recognised from the text (or a CMS section, or config): reviews,
sports reports, obituaries, letters and columns carry evaluation legitimately, so the
writer's-voice word-choice rules report there as info, while sourcing rules keep their
levels. The genre and its evidence are in every format's profile."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import linter
from linter.analyse import genre as genre_mod
from linter.app.cli import main
from linter.model.rules import GENRES

from conftest import SEEDS

MATCH = """Harbour Town 2-0 Rovers: Aziz seals derby win

Harbour Town beat Kelmouth Rovers 2-0 in the league derby on Saturday, with striker Samir Aziz scoring
in each half at a packed stadium.

Aziz opened the scoring after 12 minutes and scored a second from the penalty spot before full-time.
The Rovers defence was shambolic throughout the match.

The win lifts Harbour Town to third in the table, two points behind the leaders, after a difficult
season for the club, its captain and the squad.
"""

REVIEW = """Review: The Glass Orchard is a dazzling debut

★★★★☆

The Glass Orchard, the first novel by Mara Quell, follows two sisters who inherit a failing orchard. The
plot is thin but the characters are vivid, and the prose is dazzling from the first chapter to the last.

Quell's dialogue sparkles, and the novel's final scene is heartbreaking. It is the best debut I have read
this year, a book to press on every reader you know.
"""

OBITUARY = """Obituary: Helen Marsh, harbour pilot, 1931-2024

Helen Marsh, who has died aged 93, was the first woman to pilot ships into Kelmouth harbour. She was
born in 1931 in a fishing family and spent a legendary career on the water.

She died on 3 March at home after a short illness, aged 93. She is survived by her son and two
grandchildren. Her funeral will be held at St Anne's church.
"""

NEWS = """Council approves harbour budget

The council approved a 4 million pound budget for harbour repairs on Tuesday, the finance director
said. Work on the sea wall will start in May and take about a year, according to the council's plan.

Councillors voted 31 to 12 in favour after a two-hour debate. The opposition leader said the money
should have gone to housing.
"""


def genre_of(text: str, fmt: str = "txt", **kw) -> linter.Profile:
    return linter.lint_text(text, fmt, **kw).profiles[0]


TEAM_SHEET = """Kelmouth hold leaders in tense draw

Keeper Tom Hale marshalled a stubborn back line as Kelmouth held the league leaders on Sunday.
The hapless Ben Cole gave the ball away on 75 minutes but Hale saved, and the visitors never found a way
through to a goal. Kelmouth remain fourth after a season of narrow results, and face a
cup tie away from home next weekend. "We stayed patient and the squad earned the point," said the manager.

Kelmouth: Hale, Byrne, Cole (Adams 83), Ruiz, Okafor. Subs Not Used: Webb, Lund. Booked: Cole. Att: 12,104
"""

TENNIS = """Marsh ends five-year wait for a title

Ana Marsh claimed her first title for five years by beating Lena Kral in the final at Harbour Park.
The 29-year-old took it 7-5 2-6 6-4, and the crowd stood for the champion as the
tournament closed, a fitting end to a season in which the player had been ranked outside the top 100.
"""


COMMENTS = """Should the gadget list have included the mobile phone?

Have your say

Are the people who compiled this list insane? The mobile phone changed my life more than any laptop.
Tom Hale, Kelmouth, UK

What about the pocket calculator? I still have mine from school and it works. You can keep your laptops.
Ana de Souza, Porto, Portugal

Utter rubbish. The sextant should be at the top, and I think most readers would agree with me.
Raj Patel, Leicester, UK
"""


@pytest.mark.parametrize("text,expected", [(MATCH, "sport"), (REVIEW, "review"), (OBITUARY, "obituary"),
                                           (NEWS, "news"), (TEAM_SHEET, "sport"), (TENNIS, "sport"),
                                           (COMMENTS, "letters")])
def test_genre_is_recognised_from_the_text_with_evidence(text: str, expected: str) -> None:
    g = genre_of(text).genre
    assert (g.name, g.source) == (expected, "detected")
    assert bool(g.evidence) == (expected != "news")


def test_every_genre_the_table_describes_is_a_known_genre() -> None:
    assert set(genre_mod.known()) <= set(GENRES)


def test_word_choice_is_info_in_a_sports_report_but_sourcing_keeps_its_level() -> None:
    text = MATCH + "\nCritics say the coach's job is now under threat.\n"
    found = {f.code: f.severity for f in linter.lint_text(text, "txt").findings}
    assert found["LOAD001"] == "info"  # "shambolic": a match report judges the play
    assert found["ATTR001"] == "warning"  # a vague source is a vague source in any section
    as_news = {f.code: f.severity for f in linter.lint_text(text, "txt", genre="news").findings}
    assert as_news["LOAD001"] == "warning"


def test_review_words_are_info_and_first_person_is_not_flagged() -> None:
    result = linter.lint_text(REVIEW, "txt")
    assert result.findings and {f.severity for f in result.findings} == {"info"}
    assert not [f for f in result.findings if f.code in ("OPIN004", "OPIN005")]  # news-only rules


def test_genre_from_config_per_directory_and_per_file_glob(tmp_path: Path) -> None:
    (tmp_path / "reviews").mkdir()
    (tmp_path / "news").mkdir()
    (tmp_path / "reviews" / "a.txt").write_text(NEWS, "utf-8")
    (tmp_path / "news" / "b.txt").write_text(MATCH, "utf-8")
    (tmp_path / "news" / "c.txt").write_text(MATCH, "utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / "reviews" / "newslint.toml").write_text('genre = "review"\n', "utf-8")
    (tmp_path / "newslint.toml").write_text('[per-file-genre]\n"news/c.txt" = "news"\n', "utf-8")
    got = {Path(r.path).name: (r.profiles[0].genre.name, r.profiles[0].genre.source)
           for r in (linter.lint_path(tmp_path / "reviews" / "a.txt"), linter.lint_path(tmp_path / "news" / "b.txt"),
                     linter.lint_path(tmp_path / "news" / "c.txt"))}
    assert got == {"a.txt": ("review", "config"), "b.txt": ("sport", "detected"), "c.txt": ("news", "config")}
    r = CliRunner().invoke(main, ["check", "--show-settings", str(tmp_path / "news" / "c.txt")])
    assert r.exit_code == 0 and 'per-file-genre."news/c.txt" = "news"' in r.output


def test_genre_from_a_cms_section_field(tmp_path: Path) -> None:
    export = tmp_path / "export.json"
    export.write_text(json.dumps([{"headline": "Council approves budget", "body": NEWS, "section": "Sport"},
                                  {"headline": "Council approves budget", "body": NEWS, "desk": "Opinion"}]), "utf-8")
    result = linter.lint_path(export)
    assert [(p.genre.name, p.genre.source) for p in result.profiles] == [("sport", "metadata"), ("opinion", "metadata")]
    (tmp_path / "newslint.toml").write_text('[json]\nsection = ["kicker"]\n', "utf-8")
    assert [p.genre.name for p in linter.lint_path(export).profiles] == ["news", "news"]


def test_genre_in_every_format(tmp_path: Path) -> None:
    story = tmp_path / "match.txt"
    story.write_text(MATCH, "utf-8")
    text = CliRunner().invoke(main, ["check", str(story)]).output
    assert "genre     sport (detected: " in text
    concise = CliRunner().invoke(main, ["check", "--format", "concise", str(story)]).output
    assert "; genre sport" in concise
    data = json.loads(CliRunner().invoke(main, ["check", "--format", "json", str(story)]).output)
    g = data["files"][0]["profile"]["genre"]
    assert g["name"] == "sport" and g["source"] == "detected" and g["evidence"]
    html = CliRunner().invoke(main, ["check", "--format", "html", str(story)]).output
    assert "Read as: sport (detected" in html
    forced = json.loads(CliRunner().invoke(main, ["check", "--format", "json", "--genre", "news", str(story)]).output)
    assert forced["files"][0]["profile"]["genre"] == {"name": "news", "source": "config", "evidence": []}


def test_seed_genres() -> None:
    assert linter.lint_path(SEEDS / "film-review.md").profiles[0].genre.name == "review"
    assert linter.lint_path(SEEDS / "match-report.txt").profiles[0].genre.name == "sport"
    for name in ("zelensky-toll.txt", "wire-neutral.txt", "slanted-transit.txt", "storm-recovery.md", "harbour-fire.html"):
        assert linter.lint_path(SEEDS / name).profiles[0].genre.name == "news", name


_US_LETTERS = """Readers on the transit vote

To the Editor:

I read your report on the fare vote with dismay. The council's reckless plan punishes the people who ride the bus every day, and my neighbours know it. I have ridden the number 12 for twenty years and I have never seen the service this poor.

The writer is a retired teacher in Kelmouth.

To the Editor:

Your editorial was right. I have written to my councillor twice and heard nothing back, and I suspect many of your readers have had the same experience with the transit board this year.

The writer lives in Porto Bay.
"""


def test_us_letters_to_the_editor_are_letters() -> None:
    assert genre_of(_US_LETTERS).genre.name == "letters"
    # a news story quoting one letter is still news
    story = ("Transit board faces complaints\n\nThe transit board received 40 letters about the fare vote, "
             "its chair said on Monday. One began \"To the Editor\" and was meant for a newspaper. The board "
             "will meet again in March to discuss the fares, the timetable and the depot, the chair said, "
             "and the public will be able to speak at the meeting for the first time this year.\n")
    assert genre_of(story).genre.name == "news"
