"""Rule entities: dates and places without the NER model, and the same events as with it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from deeppol.coding.coder import Coder
from deeppol.coding.entities import RuleEntities
from deeppol.config import Settings
from deeppol.errors import ConfigError

CodeFn = Callable[..., list[dict]]


@pytest.fixture(scope="module")
def entities(coder: Coder) -> RuleEntities:
    assert coder.entities is not None  # rules are the default
    return coder.entities


@pytest.fixture(scope="module")
def model_coder(coder: Coder) -> Coder:
    return coder.derive(entities="model")


def _ents(nlp: Language, entities: RuleEntities, text: str) -> list[tuple[str, str]]:
    doc = entities(nlp(text, disable=["ner"]))
    return [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize(("text", "expected"), [
    ("Japan and Australia signed a pact on Thursday.",
     [("Japan", "GPE"), ("Australia", "GPE"), ("Thursday", "DATE")]),
    ("Bosnia and Herzegovina joined the talks.", [("Bosnia and Herzegovina", "GPE")]),
    ("The talks began on Jan. 6, 2022 in New Delhi.",
     [("Jan. 6, 2022", "DATE"), ("New Delhi", "GPE")]),
    ("Protesters gathered on Friday, September 14 outside the U.S. Embassy.",
     [("Friday, September 14", "DATE"), ("U.S.", "GPE")]),
    ("A rocket was fired from the Gaza Strip two days ago.",
     [("Gaza Strip", "LOC"), ("two days ago", "DATE")]),
    ("After the Arab Spring, Russian troops entered Crimea.", [("Crimea", "LOC")]),
    ("Fighting in Northern Ireland resumed.", [("Northern Ireland", "LOC")]),
    ("Kim visited a palace in Pyongyang.", [("Kim", "PERSON"), ("Pyongyang", "GPE")]),
    # a town's name joined to a titled name is a person's; a country stays a country
    ("Presidents Eisenhower, Kennedy and Johnson sent troops.", [("Kennedy", "PERSON")]),
    ("President Obama and France sent troops.", [("France", "GPE")]),
])
def test_rule_entities_mark_dates_and_places(nlp: Language, entities: RuleEntities, text: str,
                                             expected: list[tuple[str, str]]) -> None:
    assert _ents(nlp, entities, text) == expected


def test_rule_entities_read_names_as_people_not_towns(nlp: Language,
                                                      entities: RuleEntities) -> None:
    text = ("Michael Jackson arrived late. Jackson said Hamas fighters were ready. "
            "She spoke at the Washington Institute.")
    found = _ents(nlp, entities, text)
    assert ("Jackson", "PERSON") in found  # the surname of an earlier full name, no Mississippi town
    assert all(text != "Hamas" for text, _ in found)  # an armed group of the dictionaries
    assert all(label != "GPE" for _, label in found)  # only a country may start a longer name


def test_rule_entities_give_the_events_the_model_gives(coder: Coder, model_coder: Coder) -> None:
    text = ("Japan and the United States agreed on Wednesday to deepen defence ties. "
            "China's foreign ministry criticised the deal in Beijing on Thursday. "
            "Russian forces shelled Kharkiv two days ago, Ukraine's military said. "
            "Police arrested protesters in Jerusalem last week.")
    rules = [e.as_row() for e in coder.code_text(text, "2022-01-07")]
    model = [e.as_row() for e in model_coder.code_text(text, "2022-01-07")]
    assert rules and rules == model


def test_rule_entities_resolve_dates_and_places(code) -> None:
    rows = code("Russian forces shelled Kharkiv on Tuesday. Japan and Australia signed a "
                "defense pact in Canberra on Jan. 6.", "2022-01-07")
    by_code = {row["code"]: row for row in rows}
    assert (by_code["194"]["source"], by_code["194"]["target"]) == ("RUSMIL", "UKR")
    assert by_code["194"]["event_date"] == "2022-01-04"  # the Tuesday before a Friday
    assert by_code["057"]["event_date"] == "2022-01-06"
    assert by_code["057"]["location"]["name"] == "Canberra"


def test_entities_setting_is_validated(nlp: Language) -> None:
    with pytest.raises(ConfigError, match="E008"):
        Settings(entities="crf")
    with pytest.raises(ConfigError, match="E009"), nlp.select_pipes(disable=["ner"]):
        Coder(Settings(entities="model"), nlp=nlp)


def test_a_small_town_as_a_party_to_a_verb_is_a_person(code: CodeFn) -> None:
    rows = code("Trump and Kim exchanged insults, and Trump mocked Kim's taunt.", "2018-01-07")
    assert not [r for r in rows if "IND" in ((r["source"] or "") + (r["target"] or ""))]


def test_an_attacked_town_is_the_place_whatever_the_model_calls_it(coder: Coder,
                                                                  model_coder: Coder) -> None:
    # the NER model reads "Aleppo overnight" as a time
    text = "Rebels shelled Syria's second city Aleppo overnight, killing eight people."
    for which in (coder, model_coder):
        places = {e.location.name for e in which.code_text(text, "2016-03-07") if e.location}
        assert places == {"Aleppo"}
