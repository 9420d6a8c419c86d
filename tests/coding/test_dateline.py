"""Datelines ("KABUL, Afghanistan (AP) —") are where a story was filed: no actor, no target."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from deeppol.coding.coder import Coder
from deeppol.coding.dateline import find_datelines, without_datelines

CodeFn = Callable[..., list[dict]]


@pytest.mark.parametrize(("text", "country", "named"), [
    ("KABUL, Afghanistan (AP) — Taliban fighters attacked a checkpoint.", "AFG", "KABUL"),
    ("WASHINGTON (Reuters) - The United States imposed sanctions.", "USA", "WASHINGTON"),
    ("PALM BEACH, Fla. (Reuters) - Trump disputed the account.", "USA", "Fla."),
    ("UNITED NATIONS/WASHINGTON (Reuters) - North Korea's envoy spoke.", "USA",
     "UNITED NATIONS/WASHINGTON"),
    ("USA TODAY LONDON — Britain's foreign secretary warned Iran.", "GBR", "USA TODAY LONDON"),
    ("Jane Onyanga-Omara USA TODAY LONDON — Britain's former prime minister apologized.", "GBR",
     "USA TODAY LONDON"),
    ("DOHUK, Iraq– Witnesses here spoke to reporters.", "IRQ", "DOHUK"),
    ("A headline\nMOSCOW — Russia expelled two diplomats.", "RUS", "MOSCOW"),
    ("Paris, France (CNN) French police raided a flat.", "FRA", "Paris"),
    ("Washington (CNN) -- The White House condemned the attack.", "USA", "Washington"),
    ("Tehran, Iran — Two rockets struck an Iranian tanker.", "IRN", "Tehran"),
    # a caption's photo credit run into the story
    ("Erdogan waves. (AP Photo/Evan Vucci) WASHINGTON (AP) — Trump met Erdogan.", "USA",
     "WASHINGTON"),
])
def test_a_dateline_names_where_the_story_was_filed(coder: Coder, text: str, country: str,
                                                    named: str) -> None:
    [line] = find_datelines(text, coder.gazetteer.lookup)
    assert line.place.country == country
    assert text[line.place.start:line.place.end] == named


@pytest.mark.parametrize("text", [
    "NATO — the alliance of 30 states — condemned Russia.",
    "Russia — which denies it — expelled two diplomats.",
    "Iran, Russia — and even China — condemned the strike.",
    "The army said WASHINGTON — not Moscow — was to blame.",
    "Russia (which denies it) expelled two diplomats.",
    "Congo (DRC) troops attacked the rebels.",
    "TWO SUICIDE BOMBERS BLOW THEMSELVES UP AT A MOSQUE IN SANAA, MANY CASUALTIES-WITNESSES",
])
def test_a_capitalised_opening_that_names_no_place_is_no_dateline(coder: Coder,
                                                                 text: str) -> None:
    assert find_datelines(text, coder.gazetteer.lookup) == []


def test_an_opening_dateline_is_cut_and_a_later_one_blanked(coder: Coder) -> None:
    text = "SEOUL (Reuters) - Talks resumed.\nPYONGYANG (AP) — Talks ended."
    lines = find_datelines(text, coder.gazetteer.lookup)
    parsed, cut = without_datelines(text, lines)
    assert cut == len("SEOUL (Reuters) - ")
    assert parsed == "Talks resumed.\n" + " " * len("PYONGYANG (AP) — ") + "Talks ended."


@pytest.mark.parametrize(("text", "source", "source_text"), [
    ("KABUL, Afghanistan (AP) — Taliban fighters attacked a police checkpoint in Kunduz.",
     "AFGREBTAL", "Taliban fighters"),
    ("PALM BEACH, Fla. (Reuters) - U.S. President Donald Trump on Sunday disputed a "
     "newspaper's account of an interview.", "USAGOV", "Donald Trump"),
    ("Paris, France (CNN) French authorities raided a hideout in Saint-Denis on Wednesday.",
     "FRAGOV", "French authorities"),
    ("SANAA, Yemen (AP) — Hundreds of Yemeni protesters stormed the U.S. Embassy compound.",
     "YEMOPP", "Hundreds of Yemeni"),
])
def test_the_dateline_city_is_no_actor(code: CodeFn, text: str, source: str,
                                       source_text: str) -> None:
    rows = code(text, "2017-04-11")
    assert rows
    assert {(r["source"], r["source_text"]) for r in rows} == {(source, source_text)}
    for row in rows:  # offsets still point into the article, and its sentence is no dateline
        start, end = row["evidence"]["source"]
        assert text[start:end] == row["source_text"]
        assert row["evidence"]["sentence"] == text[row["evidence"]["start"]:
                                                   row["evidence"]["end"]]


def test_the_dateline_places_a_sentence_that_names_no_place(code: CodeFn) -> None:
    rows = code("BRUSSELS (AP) — Police on Monday detained five people.", "2016-03-28")
    assert [(r["source"], r["code"], r["location"]["country"]) for r in rows] == [
        ("BELCOP", "173", "BEL")]


def test_the_dateline_place_is_no_host(code: CodeFn) -> None:
    rows = code("SEOUL (Reuters) - North Korea fired a ballistic missile on Monday that landed "
                "in the sea.", "2017-05-29")
    assert "KOR" not in {r["target"] for r in rows}


def test_only_a_photo_credit_may_stand_before_a_dateline_on_its_line(coder: Coder) -> None:
    assert find_datelines("Talks with Russia (and China) MOSCOW — nothing.",
                          coder.gazetteer.lookup) == []
