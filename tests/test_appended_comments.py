"""Readers' comments appended to a news story are a block of their own genre: short
paragraphs each signed "Name, Place", under a heading or not. The writer's-voice word
choice there is the readers' (info, as in readers' letters); the story above keeps its
warnings, and a story that does not end that way is news to the end."""

from __future__ import annotations

from linter import lint_text
from linter.lint.config import Settings
from linter.lint.engine import Linter

_STORY = ("Town votes to close its last cinema\n\n"
          "The Regal cinema in Kelbridge will close in March after councillors voted to sell the site to a "
          "developer for flats.\n\n"
          "The council said the building needed repairs costing more than £2m, money it did not have after three "
          "years of cuts to its budget from central government.\n\n"
          "The cinema opened in 1936 and has been run by a charitable trust since 1998. Its chair, Margaret "
          "Ellery, said the trust had offered to buy the building but had been turned down.\n\n"
          "The developer plans 40 flats on the site, eight of them for rent at below market rates. Work is "
          "expected to start next year if planning permission is granted.\n\n"
          "The vote was carried by 22 votes to 17. The decision is a shameful betrayal of the townspeople by "
          "the council.\n\n")
_COMMENTS = [("This is a disgraceful decision by a council that has squandered millions on vanity projects.",
              "Alan Pike, Kelbridge"),
             ("The Regal was the heart of the town. Closing it is a disgraceful betrayal of everyone who grew up "
              "here.", "Ruth Okafor, Bristol"),
             ("I saw my first film there. The councillors should be ashamed of this disgraceful decision.",
              "Tom de Vere, Leeds, UK")]


def load(text: str) -> list[tuple[str, str]]:
    res = lint_text(text, "txt", linter=Linter(Settings(select=["LOAD001"])))
    return [(f.text.lower(), f.severity) for f in res.findings]


def comments(heading: str = "", signed: bool = True, same_block: bool = False, n: int = 3) -> str:
    parts = [heading] if heading else []
    for body, name in _COMMENTS[:n]:
        if not signed:
            parts.append(body)
        else:
            parts.extend([f"{body}\n{name}"] if same_block else [body, name])
    return _STORY + "\n\n".join(parts) + "\n"


def test_signed_comments_under_a_heading_are_the_readers_words() -> None:
    found = load(comments("Here is a selection of your comments"))
    assert ("shameful", "warning") in found  # the story's own sentence keeps its warning
    assert [s for w, s in found if w != "shameful"] and all(s == "info" for w, s in found if w != "shameful")


def test_signed_comments_without_a_heading_and_signatures_on_the_comment_line() -> None:
    for text in (comments(), comments(same_block=True)):
        found = load(text)
        assert ("shameful", "warning") in found
        assert all(s == "info" for w, s in found if w != "shameful")


def test_the_genre_evidence_names_the_comments() -> None:
    res = lint_text(comments("Your comments"), "txt", linter=Linter(Settings()))
    genre = res.profiles[0].genre
    assert genre.name == "news" and any("readers' comments" in e for e in genre.evidence)


def test_unsigned_paragraphs_one_signature_or_a_heading_alone_are_still_the_writers() -> None:
    for text in (comments(signed=False), comments("Your comments", signed=False), comments(n=1)):
        found = load(text)
        assert ("disgraceful", "warning") in found, text[-300:]


# --- unsigned comments: an export that kept the comments and lost the names ----------------------

_UNSIGNED = ["Why did nobody ask the people who actually use the cinema? I went every week.",
             "I grew up with the Regal and this is a disgraceful way to treat it.",
             "What will the council sell next, the library? Disgraceful!",
             "My children will never know what a proper picture house was like.",
             "You could not make it up. Disgraceful from start to finish."]


def test_unsigned_comments_in_a_voice_of_their_own_after_a_third_person_story() -> None:
    found = load(_STORY + "\n\n".join(_UNSIGNED) + "\n")
    assert ("shameful", "warning") in found
    assert [s for w, s in found if w == "disgraceful"] and all(s == "info" for w, s in found if w != "shameful")
    res = lint_text(_STORY + "\n\n".join(_UNSIGNED) + "\n", "txt", linter=Linter(Settings()))
    assert any("unsigned" in e for e in res.profiles[0].genre.evidence)


def test_a_story_ending_in_short_plain_paragraphs_or_too_few_voiced_ones_is_news_to_the_end() -> None:
    plain = ["The trust will appeal against the decision. It is a disgraceful outcome for the town.",
             "The council meets again in April.", "The developer has not commented.",
             "The sale is expected to complete in the summer.", "A petition has 3,000 names."]
    for tail in (plain, _UNSIGNED[:2] + plain[1:3]):
        found = load(_STORY + "\n\n".join(tail) + "\n")
        assert ("disgraceful", "warning") in found, tail


def test_a_writer_in_the_first_person_throughout_has_no_appended_comments() -> None:
    story = _STORY.replace("The council said", "I asked the council, which said")
    res = lint_text(story + "\n\n".join(_UNSIGNED) + "\n", "txt", linter=Linter(Settings()))
    assert not any("comments" in e for e in res.profiles[0].genre.evidence)
