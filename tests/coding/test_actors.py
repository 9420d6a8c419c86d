"""Actor resolution through the coder: dictionary names, dated roles, titles, metonyms."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language

from deeppol.coding.actors import ActorLexicon, plural_forms
from deeppol.coding.coder import Coder
from deeppol.coding.dictionaries import load_dictionaries
from deeppol.config import Settings

CodeFn = Callable[..., list[dict]]

RUTTE_YAML = """\
people:
  - id: mark-rutte
    names: [Mark Rutte, Rutte]
    roles:
      - {code: NLDGOV, title: Prime Minister, start: 2010-10-14, end: 2024-07-02}
      - {code: IGOWSTNAT, title: NATO Secretary General, start: 2024-10-01, end: null}
"""
RUTTE_SENTENCE = "Mark Rutte criticized Russia."


@pytest.fixture(scope="module")
def rutte_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("dicts") / "rutte.yaml"
    path.write_text(RUTTE_YAML, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def rutte_coder(nlp: Language, rutte_file: Path) -> Coder:
    return Coder(Settings(dictionaries=(str(rutte_file),)), nlp=nlp)


def _sources(coder: Coder, text: str, date: str | None) -> set[str | None]:
    return {e.source.code if e.source else None for e in coder.code_text(text, date=date)}


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        ("2019-05-02", "NLDGOV"),
        ("2024-07-02", "NLDGOV"),  # the last day of a role still counts
        ("2025-03-12", "IGOWSTNAT"),
        ("2024-10-01", "IGOWSTNAT"),
    ],
)
def test_user_person_role_by_article_date(rutte_coder: Coder, date: str, expected: str) -> None:
    assert _sources(rutte_coder, RUTTE_SENTENCE, date) == {expected}


def test_user_person_between_roles_is_no_actor(rutte_coder: Coder) -> None:
    # no role and no default on that day: the person is not an actor, so no sourced event
    assert _sources(rutte_coder, RUTTE_SENTENCE, "2024-08-15") == set()


def test_user_person_roles_in_lexicon(rutte_file: Path) -> None:
    lexicon = ActorLexicon.from_dictionaries(load_dictionaries([rutte_file]))
    (entry,) = lexicon.named["Mark Rutte"]
    assert entry.code_on(dt.date(2019, 1, 1)) == "NLDGOV"
    assert entry.code_on(dt.date(2025, 1, 1)) == "IGOWSTNAT"
    assert entry.code_on(dt.date(2000, 1, 1)) is None
    assert entry.code_on(None) == "IGOWSTNAT"  # unknown date: the latest role


def _packaged_has(name: str) -> bool:
    return any(name in (entry.get("names") or ()) for entry in load_dictionaries()["people"])


@pytest.mark.parametrize(("date", "expected"), [("2019-05-02", "NLDGOV"), ("2025-03-12", "IGOWSTNAT")])
def test_packaged_person_role_by_article_date(coder: Coder, date: str, expected: str) -> None:
    if not _packaged_has("Mark Rutte"):
        pytest.skip("the packaged people.yaml has no Mark Rutte")
    assert _sources(coder, RUTTE_SENTENCE, date) == {expected}


@pytest.mark.parametrize(("date", "expected"), [("2020-06-01", "VATGOV"), ("2010-06-01", "ARGREL")])
def test_the_pope_is_the_holy_see_only_while_pope(coder: Coder, date: str, expected: str) -> None:
    assert _sources(coder, "Pope Francis criticized Russia.", date) == {expected}


@pytest.mark.parametrize(("text", "expected"), [
    ("Mark Rutte criticized Russia in 2019.", "NLDGOV"),  # a past year the sentence names
    ("Mark Rutte criticized Russia on Monday.", "IGOWSTNAT"),
    ("Mark Rutte will criticize Russia in 2027.", "IGOWSTNAT"),  # the future: today's role
])
def test_person_role_by_the_sentences_own_date(code_unasserted: CodeFn, text: str,
                                               expected: str) -> None:
    if not _packaged_has("Mark Rutte"):
        pytest.skip("the packaged people.yaml has no Mark Rutte")
    rows = code_unasserted(text, "2025-03-12")
    assert {r["source"] for r in rows} == {expected}


@pytest.mark.parametrize(("text", "expected"), [
    ("European Council President Donald Tusk criticized Russia.", "IGOEUREEC"),
    ("Polish Prime Minister Donald Tusk criticized Russia.", "POLGOV"),
    ("Donald Tusk criticized Russia.", "POLGOV"),  # no title: the latest role
])
def test_an_undated_persons_role_is_the_one_his_title_names(coder: Coder, text: str,
                                                            expected: str) -> None:
    if not _packaged_has("Donald Tusk"):
        pytest.skip("the packaged people.yaml has no Donald Tusk")
    assert _sources(coder, text, None) == {expected}


@pytest.mark.parametrize(("text", "source"), [
    ("Labour leader Jeremy Corbyn criticized Theresa May.", "GBRPTY"),
    ("The Labour Party criticized the government.", "GBRPTY"),
    ("Labour MPs criticized the deal.", "GBRLEG"),
    ("Tory rebels criticized Theresa May.", "GBRPTY"),
    ("The SNP criticized Theresa May.", "GBRPTY"),
    ("Israel's Labour party criticized Netanyahu.", "ISRPTY"),  # another country's Labour
    ("Canada's Conservatives criticized Trudeau.", "CANPTY"),
    ("Conservatives criticized Obama on Monday.", set()),  # a sentence's first word
    ("Conservative MPs criticized Theresa May.", "GBRLEG"),
    ("Union workers marched on Labour Day.", "---LAB"),  # a holiday, no party
])
def test_british_parties(coder: Coder, text: str, source: str | set[str]) -> None:
    assert _sources(coder, text, "2019-03-20") == (source if isinstance(source, set) else {source})


def _dyads(rows: list[dict], sentence: int | None = None) -> set[tuple[str | None, str | None]]:
    return {(r["source"], r["target"]) for r in rows
            if sentence is None or r["sentence_index"] == sentence}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Chinese President Xu Mingde criticized Japan.", "CHNGOV"),
        ("A senior Iranian official condemned Israel.", "IRNGOV"),
        ("The Kremlin accused Kyiv of sabotage.", "RUSGOV"),
        ("NATO condemned Russia's missile tests.", "IGOWSTNAT"),
        ("The European Union imposed sanctions on Iran.", "IGOEUREEC"),
        ("Hamas fired rockets at Israel.", "PSEREBHMS"),
        ("Tokyo criticized Beijing over its military buildup.", "JPN"),
        ("Indian police arrested opposition activists in Delhi.", "INDCOP"),
        ("DHS spokesman Marsha Catron criticized Mexico.", "USAGOV"),
        ("The House Intelligence Committee criticized the CIA.", "USALEG"),
        ("U.S. Forces Korea criticized North Korea.", "USAMIL"),
        ("Rep. Peter King, chairman of the House Homeland Security Committee, criticized the FBI.",
         "USALEG"),
        ("Border Patrol agents detained the migrants.", "USACOP"),
        # a warship's prefix names its navy
        ("USS Lake Champlain, a guided-missile cruiser, fired at a Chinese ship.", "USAMIL"),
        ("HMS Defender sailed near Crimea and fired warning shots.", "GBRMIL"),
    ],
)
def test_source_resolution(code: CodeFn, text: str, source: str) -> None:
    sources = {r["source"] for r in code(text)}
    assert source in sources, f"{text!r}: sources {sources}"


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Tokyo criticized Beijing over its military buildup.", "JPN", "CHN"),
        ("The Kremlin accused Kyiv of sabotage.", "RUSGOV", "UKR"),
        ("NATO condemned Russia.", "IGOWSTNAT", "RUS"),
        ("Hamas fired rockets at Israel.", "PSEREBHMS", "ISR"),
    ],
)
def test_dyad_resolution(code: CodeFn, text: str, source: str, target: str) -> None:
    dyads = _dyads(code(text))
    assert any(s == source and t is not None and t.startswith(target) for s, t in dyads), dyads


def test_title_with_unknown_name_gets_country_and_agent(code: CodeFn) -> None:
    rows = code("Japan's defence minister Taro Yamada visited India.")
    sources = [r["source"] for r in rows]
    assert sources, "no event"
    source = sources[0]
    assert source[:3] == "JPN"
    assert source[3:6] in ("MIL", "GOV"), source
    assert any(r["target"] == "IND" for r in rows)


def test_role_word_inherits_country_from_earlier_sentence(code: CodeFn) -> None:
    rows = code("China's foreign ministry criticized the United States. Foreign ministry spokesman "
                "Li Wei later accused Washington of provocation.")
    second = [r for r in rows if r["sentence_index"] == 1]
    assert second, f"no event in the second sentence: {rows}"
    assert {r["source"] for r in second} == {"CHNGOV"}
    assert {r["target"] for r in second} == {"USA"}


def test_northern_irish_is_british(code: CodeFn) -> None:
    rows = code("Northern Irish police arrested two Irish men.", "2019-10-18")
    assert {(r["source"], r["target"]) for r in rows} == {("GBRCOP", "IRLCVL")}


def test_conjoined_adjectives_compose_with_sector(code: CodeFn) -> None:
    rows = code("Chinese and Russian warships fired on a Japanese fishing boat.")
    sources = {r["source"] for r in rows}
    assert {"CHNMIL", "RUSMIL"} <= sources, sources


@pytest.mark.parametrize(
    ("word", "plural"),
    [("warship", "warships"), ("ministry", "ministries"), ("policeman", "policemen"),
     ("foreign ministry", "foreign ministries"), ("embassy", "embassies"), ("boss", "bosses"),
     ("envoy", "envoys")],
)
def test_plural_forms(word: str, plural: str) -> None:
    assert plural_forms(word) == (word, plural)


def test_the_agent_behind_an_instrument(code) -> None:
    rows = code("The convoy was destroyed by a bomb planted by Taliban fighters.", "2022-03-07")
    assert {r["source"] for r in rows} == {"AFGREBTAL"}


def test_a_counterpart_holds_the_other_sides_role(code) -> None:
    rows = code("Lavrov met his Turkish counterpart in Moscow.", "2022-03-07")
    assert {(r["source"], r["target"]) for r in rows} == {("RUSGOV", "TURGOV"),
                                                          ("TURGOV", "RUSGOV")}
    # ... and the role of the side it is joined to
    rows = code("President Donald Trump and his Russian counterpart met on Monday.", "2018-07-16")
    assert {(r["source"], r["target"]) for r in rows} == {("USAGOV", "RUSGOV"),
                                                          ("RUSGOV", "USAGOV")}


def test_unidentified_attackers_are_armed_forces_of_the_place(code) -> None:
    rows = code("Gunmen attacked a bus in Karachi.", "2022-03-07")
    assert {(r["source"], r["target"]) for r in rows} == {("PAKUAF", "PAK")}


def test_a_seat_of_power_owned_by_another_country(code) -> None:
    rows = code("Brazil's Congress criticized the president.", "2022-03-07")
    assert [(r["source"], r["source_text"]) for r in rows] == [("BRALEG", "Brazil's Congress")]


def test_a_congress_in_lower_case_is_a_legislature(code) -> None:
    rows = code("The Peruvian congress criticized the president.", "2022-03-07")
    assert {r["source"] for r in rows} == {"PERLEG"}


def test_a_place_name_between_title_and_surname_is_a_first_name(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("Homeland Security Secretary Chad Wolf toured the border.",
                           "2020-03-07")
    assert rows and not [r for r in rows if (r["source"] or "").startswith("TCD")]
    assert not [r for r in rows if r["location"] and r["location"]["country"] == "TCD"]


def test_us_parties_and_places_of_background_clauses(code: CodeFn) -> None:
    rows = code("Republican lawmakers urged Trump to go slow on NAFTA after he shocked leaders in "
                "Canada.", "2018-03-07")
    assert [(r["source"], r["location"]) for r in rows if r["root_code"] == "02"] == [
        ("USALEG", None)]  # the party's country in the role the phrase names


def test_a_listed_surname_after_another_first_name_is_someone_else(code: CodeFn) -> None:
    rows = code("Homeland Security Secretary Janet Napolitano warned Iran.", "2013-04-19")
    assert not [r for r in rows if (r["source"] or "").startswith("ITA")]
    rows = code("President Napolitano warned Iran.", "2013-04-19")
    assert [r["source"][:3] for r in rows] == ["ITA"]
    # the bare surname of someone the article first named with another first name
    rows = code("Homeland Security Secretary Janet Napolitano warned Iran. Napolitano also "
                "criticized Syria.", "2013-04-19")
    assert not [r for r in rows if (r["source"] or "").startswith("ITA")]
    rows = code("Giorgio Napolitano warned Iran. Napolitano also criticized Syria.", "2013-04-19")
    assert [r["source"][:3] for r in rows] == ["ITA", "ITA"]
    # an Arabic article belongs to the surname: "Sayyed al-Badawi" is not Abdullah Badawi
    rows = code("Sayyed al-Badawi, president of the Wafd Party, congratulated the crowd.",
                "2012-11-22")
    assert not [r for r in rows if (r["source"] or "").startswith("MYS")]


def test_victims_are_civilians_of_where_they_were(code: CodeFn) -> None:
    rows = code("Four children and a man were killed in an Israeli air strike in the Gaza Strip.",
                "2014-08-07")
    assert ("ISR", "PSECVL") in {(r["source"], r["target"]) for r in rows}


def test_who_holds_a_place_is_not_the_target(code: CodeFn) -> None:
    rows = code("Rebels shelled a government-held district of Aleppo.", "2014-10-07")
    assert [r["target"] for r in rows] == ["SYR"]


def test_a_presidents_administration_is_the_us_government(code: CodeFn) -> None:
    rows = code("Afghanistan's president spoke. The Bush administration blamed the Taliban.",
                "2002-03-07")
    assert ("USAGOV", "112") in {(r["source"], r["code"]) for r in rows}


def test_the_soviet_union_is_a_state_not_a_labour_union(code: CodeFn) -> None:
    rows = code("Soviet troops invaded Afghanistan. The United States and the Soviet Union "
                "signed an arms agreement.", "1988-01-07")
    assert {r["source"] for r in rows} == {"SUNMIL", "USA", "SUN"}


def test_a_country_adjective_is_shared_by_a_bare_conjunct(code: CodeFn) -> None:
    rows = code("Iraqi police and soldiers arrested the smugglers.", "2022-03-07")
    assert {r["source"] for r in rows} == {"IRQCOP", "IRQMIL"}
    rows = code("Mexican police and Islamic militants clashed.", "2022-03-07")
    assert "MEXREB" not in {r["source"] for r in rows}


@pytest.mark.parametrize(("text", "sources", "targets"), [
    ("China's president and premier criticized the United States.", {"CHNGOV"}, {"USA"}),
    ("Trump met Russia's foreign minister and ambassador.", {"USAGOV", "RUSGOV"},
     {"USAGOV", "RUSGOV"}),
    ("The Chinese president met Japan's prime minister and foreign minister in Beijing.",
     {"CHNGOV", "JPNGOV"}, {"CHNGOV", "JPNGOV"}),
])
def test_a_countrys_possessive_is_shared_by_a_bare_conjunct(code: CodeFn, text: str,
                                                            sources: set[str],
                                                            targets: set[str]) -> None:
    rows = code(text, "2017-05-23")
    assert {r["source"] for r in rows} == sources
    assert {r["target"] for r in rows} == targets
    assert all(r["source"] != r["target"] for r in rows)  # (not Japan's, met in Beijing)


def test_where_someone_was_educated_is_not_who_they_are(code: CodeFn) -> None:
    rows = code("A Romanian-educated engineer criticized Iran.", "2022-03-07")
    assert "ROU" not in {(r["source"] or "")[:3] for r in rows}


@pytest.mark.parametrize("text", [
    "Soviet-made anti-aircraft guns fired at the Syrian rebels.",
    "Russian-built warships fired at the rebels.",
    "U.S.-supplied warplanes bombed the village.",
])
def test_where_a_weapon_was_made_is_not_who_uses_it(code: CodeFn, text: str) -> None:
    sources = {(r["source"] or "")[:3] for r in code(text, "2015-03-07")}
    assert not sources & {"SUN", "RUS", "USA"}


def test_an_apposition_set_against_by_not_is_no_side(code: CodeFn) -> None:
    rows = code("Iran, not Russia, supplied the weapons.", "2015-03-07")
    assert {r["source"] for r in rows} == {"IRN"}
    rows = code("The rebels attacked Syria, not Iraq.", "2015-03-07")
    assert {r["target"] for r in rows} == {"SYR"}
    rows = code("This was an attack by a small group, not the government of Libya.", "2015-03-07")
    assert not [r for r in rows if (r["source"] or "").startswith("LBY")], rows


def test_a_name_given_after_a_title_is_the_later_bare_name(code: CodeFn) -> None:
    # "the North Korean leader, Kim Jong Un" teaches that a later "Kim" is he, not a town
    rows = code("Trump met the North Korean leader, Kim Jong Un, in June. Sanders said that the "
                "summit between Kim and Trump was a success.", "2018-06-19")
    assert {r["source"] for r in rows if r["trigger_text"] == "summit"} == {"PRKGOV", "USAGOV"}


def test_a_groups_other_spellings_are_that_group(code: CodeFn) -> None:
    rows = code("The shootings by the Somali-based Al-Shebaab group killed 62.", "2013-09-22")
    assert {r["source"] for r in rows} == {"SOMREBSHB"}


@pytest.mark.parametrize(("text", "sources", "targets"), [
    # a role word that is a common surname, after a first name, is that surname
    ("Trump signed a proclamation to honor Martin Luther King Jr. day.", {"USAGOV"}, {None}),
    ("Blackwater founder Erik Prince met Trump.", set(), set()),
    # ... but a title after a country or before a name is the title
    ("The Saudi King met Trump.", {"SAUGOV", "USAGOV"}, {"SAUGOV", "USAGOV"}),
    ("The Saudi Crown Prince met Trump.", {"SAUGOV", "USAGOV"}, {"SAUGOV", "USAGOV"}),
])
def test_a_role_word_after_a_first_name_is_a_surname(code: CodeFn, text: str, sources: set[str],
                                                      targets: set[str | None]) -> None:
    rows = code(text, "2018-01-12")
    assert {r["source"] for r in rows} == sources
    assert {r["target"] for r in rows} == targets


def test_a_town_the_text_uses_as_a_first_name_is_that_person(code: CodeFn) -> None:
    # George, South Africa is no party to "George's offer" after "George Papadopoulos"
    rows = code("George Papadopoulos met Russian officials. While some in the room rebuffed "
                "George's offer, Mr Trump nodded with approval.", "2018-09-01")
    assert "ZAF" not in {(r["source"] or "")[:3] for r in rows}, rows
    rows = code("Rebels shelled Kharkiv. Kharkiv Mayor Ihor Terekhov criticized Russia.",
                "2018-09-01")
    assert {r["target"] for r in rows} == {"UKR", "RUS"}


def test_the_watchdog_group_is_a_watchdog_not_the_armed_group_named_last(code: CodeFn) -> None:
    rows = code("Human Rights Watch said that ISIS killed 560 Iraqi soldiers. Horrific abuses "
                "occurred at the hands of ISIS, the watchdog group said.", "2014-06-30")
    assert not [r for r in rows if r["sentence_index"] == 1 and r["source"] == "IMGMOSISI"], rows


def test_the_whistleblower_on_a_country_is_not_of_it(code: CodeFn) -> None:
    rows = code("Schiff met with the so-called Ukraine whistleblower.", "2019-10-29")
    assert {(r["source"], r["target"]) for r in rows} == {("USALEG", None)}


def test_a_countrys_neighbor_is_not_that_country(code: CodeFn) -> None:
    rows = code("China's smaller neighbors have grown alarmed at its military build-up.",
                "2014-05-14")
    assert "CHN" not in {r["source"] for r in rows}
    rows = code("Larry Aaronson, Tsarnaev's neighbor and a former teacher at the high school, "
                "called him a wonderful kid.", "2013-04-20")
    assert {r["source"] for r in rows} == {"---EDU"}


@pytest.mark.parametrize("text", [
    "Hamas attacked Israel. The militant group Jaish al-Adl claimed responsibility.",
    "Hamas attacked Israel. Instead, the jihadi group Ansar Beit al-Maqdis claimed responsibility.",
])
def test_a_group_given_a_name_no_dictionary_knows_is_no_earlier_group(code: CodeFn,
                                                                       text: str) -> None:
    rows = code(text, "2014-01-30")
    assert not [r for r in rows if r["sentence_index"] == 1 and r["source"]], rows
    rows = code("Hamas attacked Israel. The militant group claimed responsibility.", "2014-01-30")
    assert [r["source"] for r in rows if r["sentence_index"] == 1] == ["PSEREBHMS"]


@pytest.mark.parametrize(("text", "sources"), [
    # a listed one-word name between a title and another name is someone else's first name
    ("Dr. Xi Li, the lead researcher, criticized Syria.", set()),
    # ... not before a day or a thing of theirs
    ("President Obama Thursday criticized Russia.", {"USAGOV"}),
    ("President Obama Administration officials criticized Russia.", {"USAGOV"}),
])
def test_a_listed_name_before_another_name_is_a_first_name(code: CodeFn, text: str,
                                                           sources: set[str]) -> None:
    assert {r["source"] for r in code(text, "2016-06-01")} == sources


def test_a_town_after_a_first_name_is_a_surname(code: CodeFn) -> None:
    rows = code("Their lawyer, Robert Amsterdam, criticized Turkey.", "2022-03-07")
    assert "NLD" not in {(r["source"] or "")[:3] for r in rows}
    rows = code("On Tuesday Washington announced sanctions on Iran.", "2022-03-07")
    assert {r["source"] for r in rows} == {"USA"}


@pytest.mark.parametrize(("text", "source"), [
    ("The Tehran Times criticized Israel.", "IRNMED"),
    ("The Jerusalem Post accused Hamas of war crimes.", "ISRMED"),
    ("The Japan Times praised the deal.", "JPNMED"),
])
def test_a_newspaper_named_after_a_place_is_its_media(code, text: str, source: str) -> None:
    rows = code(text, "2022-03-07")
    assert {r["source"] for r in rows} == {source}
    assert "190" not in {r["code"] for r in rows}  # war crimes are a charge, no war


@pytest.mark.parametrize(("text", "expected"), [
    ("A spokesman for the Taliban criticized the decision.", "AFGREBTAL"),
    ("A spokeswoman for the Russian foreign ministry criticized the decision.", "RUSGOV"),
    ("An official of the UN criticized the decision.", "IGOUNO"),
    ("The leader of the opposition criticized the decision.", "---OPP"),
    # a legislature's committee is the legislature's, whatever its topic (and a committee of
    # Congress known by name is American)
    ("Members of the Senate Defence Committee criticized the decision.", "---LEG"),
    ("Members of the Senate Intelligence Committee criticized the decision.", "USALEG"),
])
def test_a_spokesman_for_someone_is_that_someone(coder: Coder, text: str, expected: str) -> None:
    assert _sources(coder, text, "2023-02-20") == {expected}


@pytest.mark.parametrize("text", [
    "Iraq war veteran Tammy Dunwell criticized Iran.",
    "Fellow Vietnam War veteran Sen. Jim Harlow criticized Iran.",
])
def test_the_country_of_a_war_someone_fought_is_not_theirs(coder: Coder, text: str) -> None:
    assert not {s[:3] for s in _sources(coder, text, "2013-02-01")} & {"IRQ", "VNM"}
    # nor is the war that describes them an event of the day
    assert "190" not in {e.code.code for e in coder.code_text(text, "2013-02-01")}


def test_an_abbreviated_title_is_a_role(coder: Coder) -> None:
    assert _sources(coder, "Sen. Jim Harlow criticized Iran.", "2013-02-01") == {"---LEG"}


@pytest.mark.parametrize("text", [
    "Sen. Jim Harlow, R-Arizona, criticized Iran.",
    "Sen. Jim Harlow (D-Nev.) criticized Iran.",
])
def test_the_american_party_and_state_tag_is_american(coder: Coder, text: str) -> None:
    assert _sources(coder, text, "2013-02-01") == {"USALEG"}


@pytest.mark.parametrize(("text", "source"), [
    ("Pakistan's Inspector General of Police criticized the Taliban.", "PAKCOP"),
    ("A spokesman for Iran's General Department of Customs criticized Iraq.", "IRN"),
    ("General Tom Harlow of Pakistan criticized the Taliban.", "PAKMIL"),
])
def test_general_is_a_rank_only_before_a_name(coder: Coder, text: str, source: str) -> None:
    assert _sources(coder, text, "2014-02-01") == {source}


@pytest.mark.parametrize(("text", "expected"), [
    ("Japan and India held talks, with the U.S. goal of a free Indo-Pacific in mind.",
     {("JPN", "IND"), ("IND", "JPN")}),
    ("Turkish jets violated Greek airspace.", {("TUR", "GRC")}),
    ("Abdi said the motive of the Iranian attackers is to block off exit ramps to war.", set()),
    ("The prospect of Washington reneging on the deal has worried South Korea.", set()),
    # a country a subject is about is no one: "the Palestinian issue", "the Korean problem"
    ("Netanyahu devoted little of his speech to the Palestinian issue.", {("ISR", "")}),
    ("Lavrov discussed the Korean problem with Kerry.", {("RUS", "USA"), ("USA", "RUS")}),
])
def test_an_abstract_noun_names_no_actor(coder: Coder, text: str,
                                         expected: set[tuple[str, str]]) -> None:
    rows = [e.as_row() for e in coder.code_text(text, "2019-05-26")]
    assert {(r["source"][:3], (r["target"] or "")[:3]) for r in rows} == expected


def test_a_town_after_a_hyphen_in_a_name_is_a_surname(coder: Coder) -> None:
    rows = [e.as_row() for e in coder.code_text(
        "Josue Fuentes-Ponce criticized the Mexican government.", "2019-05-23")]
    assert "PRI" not in {(r["source"] or "")[:3] for r in rows}


def test_a_title_from_a_senate_committee_is_a_legislators(code: CodeFn) -> None:
    rows = code("Senate Judiciary Committee Chairman Lindsey Graham criticized Russia.",
                "2019-11-20")
    assert [r["source"][3:] for r in rows] == ["LEG"]


@pytest.mark.parametrize(("text", "source"), [
    ("Royal Marines seized a tanker off Gibraltar.", "GBRMIL"),
    ("Navy SEALs raided the compound in Abbottabad.", "USAMIL"),
])
def test_named_forces_are_their_countrys_military(code, text: str, source: str) -> None:
    assert source in {r["source"] for r in code(text, "2019-07-04")}


@pytest.mark.parametrize("text", [
    "Thousands of supporters of the pro-Kurdish People's Democratic Party protested in Ankara.",
    "Japan's Liberal Democratic Party criticized the plan.",
    "The Social Democratic Party criticized the plan.",
])
def test_a_party_name_inside_a_longer_name_is_not_that_party(coder: Coder, text: str) -> None:
    # "Democratic Party" alone is the American one; these are other countries' parties
    assert "USAPTY" not in _sources(coder, text, "2015-10-10")


def test_the_american_parties_keep_their_country_words(coder: Coder) -> None:
    assert _sources(coder, "The U.S. Democratic Party criticized the plan.",
                    "2015-10-10") == {"USAPTY"}


@pytest.mark.parametrize("text", [
    "USA TODAY criticized the plan.",
    "USA Today criticized the plan.",
])
def test_a_masthead_in_capitals_is_still_a_newspaper(coder: Coder, text: str) -> None:
    assert _sources(coder, text, "2015-10-10") == {"USAMED"}


def test_a_country_after_new_is_another_place(code: CodeFn) -> None:
    # New Mexico is no Mexico; its former governor is someone no dictionary knows, so a later
    # "he" is him (a former official: an elite), no one named before him
    rows = code("Kim Jong Un inspected a unit on Monday. Former New Mexico Gov. Bill Richardson "
                "told The New York Times he met with two North Korean diplomats.", "2016-03-16")
    assert not [r for r in rows if "MEX" in f"{r['source']}{r['target']}"], rows
    assert [r["code"] for r in rows if r["source"] == "PRKGOV" and r["target"] is None] == ["090"]
    meetings = {(r["source"], r["target"]) for r in rows if r["code"] == "040"}
    assert meetings == {("---ELI", "PRKGOV"), ("PRKGOV", "---ELI")}, rows


def test_a_general_strike_has_no_general(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("Palestinians observed a general strike that closed shops and "
                           "schools.", "2017-12-07")
    assert "---MIL" not in {r["source"] for r in rows}


@pytest.mark.parametrize(("text", "source"), [
    ("Sisi's state media condemned the Muslim Brotherhood.", "EGYMED"),
    ("Putin's army attacked the town.", "RUSMIL"),
    ("Netanyahu's spokesman criticized Iran.", "ISRGOV"),  # his own man, in his office
])
def test_a_body_a_leader_owns_is_of_the_leaders_country(coder: Coder, text: str,
                                                         source: str) -> None:
    assert _sources(coder, text, "2015-06-20") == {source}


def test_the_kin_of_someone_of_no_known_country_are_civilians(coder: Coder) -> None:
    assert _sources(coder, "The diplomat's wife hit the teen with her car.", "2019-10-10") == {"---CVL"}


@pytest.mark.parametrize(("text", "source"), [
    ("Trump's lawyer criticized Mueller.", "USA"),
    ("Netanyahu's son criticized Iran.", "ISRCVL"),
    ("Trump's campaign chairman criticized Ukraine.", "USA"),
    ("Michael Cohen, Trump's longtime lawyer, criticized Mueller.", "USA"),
    ("President Trump's former lawyer Michael Cohen criticized Mueller.", "USA"),
    # the same through a pronoun owner
    ("Netanyahu spoke in Jerusalem. His son criticized Iran.", "ISRCVL"),
    ("Trump spoke in Ohio. His lawyer criticized Mueller.", "USA"),
])
def test_a_leaders_kin_and_lawyers_hold_none_of_his_offices(coder: Coder, text: str,
                                                            source: str) -> None:
    # his spokesman is his government's; his kin are civilians of his country, his lawyer or
    # campaign staff only of his country
    sources = {e.source.code for e in coder.code_text(text, "2018-06-01")
               if e.source and e.sentence_index == text.count(". ")}
    assert sources == {source}


def test_a_hyphened_pair_of_leaders_are_both_sides(code: CodeFn) -> None:
    rows = code("The Trump-Xi talks at the G20 summit ended without a deal.", "2019-06-29")
    assert {(r["source"], r["target"]) for r in rows if r["code"] == "040"} >= {
        ("USAGOV", "CHNGOV"), ("CHNGOV", "USAGOV")}


@pytest.mark.parametrize(("text", "target"), [
    ("US forces attacked the town. NATO supplied weapons to rebel forces.", "---REB"),
    ("Police units dispersed the protesters.", "---OPP"),
])
def test_a_force_is_of_the_kind_its_modifier_says(code: CodeFn, text: str, target: str) -> None:
    rows = code(text, "2015-02-25")
    assert target in {r["target"] for r in rows}
    assert "USAMIL" not in {r["target"] for r in rows}


def test_a_commander_in_chief_and_political_forces_bear_no_arms(coder: Coder) -> None:
    assert _sources(coder, "The commander-in-chief criticized Iran.", "2015-06-20") == {"---GOV"}
    assert _sources(coder, "Political forces in Iraq criticized Iran.", "2015-06-20") == {
        "IRQPTY"}


@pytest.mark.parametrize(("text", "source"), [
    ("U.S. Senate leaders criticized Iran.", "USALEG"),
    ("The rebel leader criticized Assad.", "---REB"),
    ("U.S. Navy officials criticized Iran.", "USAMIL"),
    ("A Kenyan police spokesman criticized the protesters.", "KENCOP"),
])
def test_a_leader_leads_the_body_before_the_title(coder: Coder, text: str, source: str) -> None:
    assert _sources(coder, text, "2015-01-11") == {source}


@pytest.mark.parametrize(("text", "source"), [
    ("The police commander of Hong Kong island, Kwok Pak Chung, warned the protesters.",
     "HKGCOP"),
    ("Syria's rebel commander in Aleppo warned the government.", "SYRREB"),
    ("The army commander of Japan warned China.", "JPNMIL"),
])
def test_a_commander_commands_the_force_his_modifier_says(coder: Coder, text: str,
                                                          source: str) -> None:
    # a police commander is police, not an army officer
    assert _sources(coder, text, "2015-06-20") == {source}


@pytest.mark.parametrize("text", [
    "Kasowitz says the Trump Tower meeting was cordial.",
    "The Clinton Foundation criticized the plan.",
])
def test_a_building_or_body_named_after_a_person_is_not_that_person(coder: Coder,
                                                                    text: str) -> None:
    assert not {"USAGOV", "USAELI"} & _sources(coder, text, "2019-10-29")


@pytest.mark.parametrize(("text", "parties"), [
    ("China joined the Paris Agreement in 2016.", {"CHN"}),
    ("Trump signed the U.S.-Mexico-Canada Agreement on Wednesday.", {"USAGOV"}),
    ("Russia violated the Treaty of Moscow, the senator said.", {"RUS", "USALEG"}),
    ("Israel and the Palestinians signed the Oslo Accords in 1993.", {"ISR", "PSE"}),
    # (also in lower case, when it says what the accord is about)
    ("The U.S. withdrew from the Paris climate agreement.", {"USA"}),
    ("Russia violated the Minsk peace deal, the senator said.", {"RUS", "---LEG"}),
])
def test_a_place_inside_a_documents_name_is_no_party(coder: Coder, text: str,
                                                      parties: set[str]) -> None:
    # the signers are who signed, not the town or countries a treaty is named after
    events = coder.code_text(text, date="2020-01-30")
    assert events
    codes = {e.source.code for e in events if e.source} | {
        e.target.code for e in events if e.target}
    assert codes <= parties


def test_a_role_word_inside_an_orders_name_is_no_one(code: CodeFn) -> None:
    rows = code("In 1976, the president signed Executive Order 11905, which banned political "
                "assassination.", "2020-01-30")
    assert "---BUS" not in {r["source"] for r in rows}


def test_a_city_with_a_tally_of_murders_committed_none(code: CodeFn) -> None:
    assert code("By comparison, New York had 328 murders in a city of 8.4 million.",
                "2015-08-01") == []


@pytest.mark.parametrize("text", [
    "Hackers targeted a domain hosted by a third-party provider.",
    "Lawmakers criticized the birthday party the minister threw.",
    "The warring parties agreed to a ceasefire.",
])
def test_a_party_that_is_no_political_party(code_unasserted: CodeFn, text: str) -> None:
    rows = code_unasserted(text, "2017-07-27")
    assert not [r for r in rows if "PTY" in (r["source"] or "") + (r["target"] or "")]


def test_the_state_of_the_union_is_no_trade_union(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("Obama delivered his State of the Union address on Tuesday.",
                           "2013-02-13")
    assert [(r["source"], r["target"], r["root_code"]) for r in rows] == [("USAGOV", None, "01")]


@pytest.mark.parametrize(("text", "source"), [
    # a country word before a war places it: the war itself kills no one in a country's name
    ("The Libyan civil war has killed more than 20,000 people.", None),
    ("The Afghan war killed thousands of civilians.", None),
    # whose war it is, who leads it, and violence of a people still say who acts
    ("Russia's war has killed thousands of Ukrainian civilians.", "RUS"),
    ("The Saudi-led war in Yemen has killed 10,000 civilians.", "SAU"),
    ("Palestinian violence killed two settlers.", "PSE"),
])
def test_a_war_is_placed_by_its_country_word_not_fought_by_it(code: CodeFn, text: str,
                                                              source: str | None) -> None:
    rows = [r for r in code(text, "2019-04-02") if r["target"] and r["root_code"] in ("18", "19")]
    assert {r["source"] for r in rows} == ({source} if source else set())


@pytest.mark.parametrize("text", [
    # a war named after where it is fought is no event of that country's, nor of the war it
    # sets
    "He fought in the Iraq war.",
    "The Syrian civil war has displaced millions.",
    "Israel was drawn into Syria's civil war.",
    "McCain was tortured during the Vietnam War.",
    "Thousands were killed in the Syrian civil war.",
])
def test_a_war_named_for_its_place_has_no_fighter(code: CodeFn, text: str) -> None:
    assert code(text, "2015-06-20") == []


@pytest.mark.parametrize(("text", "dyad"), [
    # a country hyphened to a group is the group's other side
    ("Critics of the US-Taliban talks spoke.", ("USA", "AFGREBTAL")),
    ("The Israel-Hamas war continued.", ("ISR", "PSEREBHMS")),
    # an apposition after the second of two conjuncts describes that one
    ("The United States and the Taliban, the country's Islamic insurgent group, agreed on "
     "a deal.", ("USA", "AFGREBTAL")),
])
def test_two_sides_joined_by_a_hyphen_or_a_conjunction(code: CodeFn, text: str,
                                                       dyad: tuple[str, str]) -> None:
    assert dyad in {(r["source"], r["target"]) for r in code(text, "2019-02-01")}


def test_whoever_owns_a_civil_war_is_where_it_is(code: CodeFn) -> None:
    # "the country" read back to the US is no belligerent
    rows = code("The US government said its forces had operated in Syria since the country's "
                "civil war began in 2011.", "2015-06-20")
    assert [r["root_code"] for r in rows] == ["01"]


@pytest.mark.parametrize("text", [
    # what an attack struck is no one who made it
    "Elsa Cayat was the only woman killed in the newspaper attack.",
    "The embassy attack killed four Americans.",
    "The school shooting left 17 students dead.",
])
def test_a_struck_place_before_an_attack_made_no_attack(code: CodeFn, text: str) -> None:
    assert code(text, "2015-06-20") == []


@pytest.mark.parametrize(("text", "country"), [
    # a country whose worst attack it was suffered it
    ("It was France's deadliest terror attack in at least two decades.", "FRA"),
    ("It was Britain's worst terrorist attack since 2005.", "GBR"),
    ("The massacre was America's deadliest mass shooting.", "USA"),
])
def test_a_country_ranking_its_worst_attack_made_no_attack(code: CodeFn, text: str,
                                                          country: str) -> None:
    assert country not in {r["source"] for r in code(text, "2015-06-20")}


def test_what_a_seizure_took_did_not_seize_and_an_era_is_no_one(code: CodeFn) -> None:
    # the bank was seized, and the Soviet era likened to is no Soviet Union
    rows = code("Medvedev likened the bank seizure to the Soviet era.", "2013-03-25")
    assert not {"---BUS", "SUN"} & ({r["source"] for r in rows} | {r["target"] for r in rows})


def test_a_place_before_an_annexation_was_annexed(code: CodeFn) -> None:
    rows = code("The Jordan Valley annexation is a big part of Netanyahu's strategy.",
                "2020-01-29")
    assert "JOR" not in {r["source"] for r in rows}
    rows = code("Russia's annexation of Crimea angered Ukraine.", "2020-01-29")
    assert "RUS" in {r["source"] for r in rows}


def test_a_country_s_own_attack_is_still_its_attack(code: CodeFn) -> None:
    rows = code("Russia's attack on Ukraine killed dozens.", "2022-03-01")
    assert ("RUS", "UKR") in {(r["source"], r["target"]) for r in rows}


@pytest.mark.parametrize(("text", "dyad"), [
    # a war with another side or place, a proxy war or a country's own war is waged by it
    ("The U.S. war in Afghanistan cost billions.", ("USA", "AFG")),
    ("The American wars in Iraq and Afghanistan motivated them.", ("USA", "IRQ")),
    ("Russia's war on Ukraine continues.", ("RUS", "UKR")),
    ("The Iranian-Saudi proxy war has been fought throughout the region.", ("IRN", "SAU")),
])
def test_a_war_with_another_side_is_waged_by_its_country(code: CodeFn, text: str,
                                                         dyad: tuple[str, str]) -> None:
    assert dyad in {(r["source"], r["target"]) for r in code(text, "2015-06-20")}


@pytest.mark.parametrize(("text", "sources"), [
    # an attack that kills was carried out by whom its own words name
    ("Attacks by the Taliban killed 20 policemen on Tuesday.", {"AFGREBTAL"}),
    ("Terrorist attacks have killed more than 70 civilians this year.", {"---REB"}),
    # where it happened is no one who carried it out (terrorists there are placed by it, as
    # "protesters in Cairo" are)
    ("Terrorist attacks in Belgium killed 30 people on Tuesday.", {"BELREB"}),
    ("Bombings in Iraq killed 20 soldiers on Tuesday.", set()),
])
def test_an_attack_that_kills_was_made_by_whom_its_words_name(code: CodeFn, text: str,
                                                             sources: set) -> None:
    rows = [r for r in code(text, "2016-05-04") if r["trigger_text"] == "killed"]
    assert {r["source"] for r in rows} == sources


@pytest.mark.parametrize(("text", "source"), [
    # the head of a body no dictionary knows is no official of a country its name mentions
    ("Jamal Abdi, president of the Washington-based National Iranian American Council, "
     "urged Iran to show restraint.", None),
    ("Richard Haass, president of the Council on Foreign Relations, criticized Trump.", None),
    ("Leaders of the Occupy Central movement criticized Beijing.", None),
    ("The leaders of the Sunflower movement criticized Beijing.", None),
    ("Thomas Pickering, chairman of the Benghazi Accountability Review Board, criticized Iran.",
     None),
    ("Thomas Pickering, a former ambassador and co-chair of the Benghazi Accountability Review "
     "Board, criticized Iran.", "---ELI"),
    # a title after a body's name is that body's, whatever the title ("president")
    ("Fox News President Jay Wallace criticized Iran.", None),
    ("Columbia University President Lee Bollinger criticized Iran.", "---EDU"),
    # (a country's own body, a known body and other roles keep their country)
    ("The leader of Hezbollah criticized Israel.", "LBNREBHEZ"),
    ("The director of Russia's Federal Security Service criticized Ukraine.", "RUS"),
    ("Gen. Charles Jacoby, commander of US Northern Command, criticized Russia.", "USAMIL"),
    ("South Korea's ministry of unification criticized the North.", "KORGOV"),
])
def test_the_head_of_an_unknown_body_is_no_official(code: CodeFn, text: str,
                                                   source: str | None) -> None:
    rows = [r for r in code(text, "2019-06-13") if r["root_code"] in ("02", "11")]
    assert {r["source"] for r in rows} == ({source} if source else set())


def test_morsy_is_morsi(code: CodeFn) -> None:
    rows = code("Morsy criticized the army on Tuesday.", "2013-07-02")
    assert {r["source"] for r in rows} == {"EGYGOV"}


@pytest.mark.parametrize(("text", "date", "source"), [
    # the person governs on the article date: a crowd of civilians, not the government
    ("Thousands of Erdogan's supporters rallied in Istanbul.", "2016-07-17", "TURCVL"),
    ("Sisi's supporters praised the army.", "2016-01-25", "EGYCVL"),
    # out of office: the opposition
    ("Morsi supporters clashed with police in Cairo.", "2014-08-14", "EGYOPP"),
    ("Supporters of Imran Khan protested in Lahore.", "2023-05-10", "PAKOPP"),
    ("Morsy backers attacked police stations.", "2013-08-08", "EGYOPP"),
    ("Trump supporters rallied outside the courthouse.", "2023-04-04", "USAOPP"),
    # a government's opponents or critics are its country's opposition (CAMEO OPP), also
    # counted ("thousands of opponents of ...") and named by its seat ("the Kremlin")
    ("Thousands of opponents of Egypt's Islamist president clashed with police in Cairo.",
     "2012-12-05", "EGYOPP"),
    ("Erdogan's opponents rallied in Istanbul.", "2016-07-17", "TUROPP"),
    ("Critics of the Kremlin protested in Moscow.", "2019-08-03", "RUSOPP"),
    ("Hundreds of Maduro critics marched in Caracas.", "2019-01-23", "VENOPP"),
])
def test_a_persons_supporters_or_a_governments_opponents_are_a_crowd_of_the_country(
        coder: Coder, text: str, date: str, source: str) -> None:
    sources = _sources(coder, text, date)
    assert source in sources
    assert not {s for s in sources if s and s[3:] in ("GOV", "ELI")}


@pytest.mark.parametrize(("text", "date"), [
    # opponents of someone out of office, or of a group, are nobody we can name
    ("Trump's critics rallied outside the courthouse.", "2023-04-04"),
    ("Critics of Hamas protested in Gaza City.", "2019-03-15"),
    # and an opponent the sentence names is that person ("Obama's opponent, Mitt Romney")
    ("Obama's Republican opponent, Mitt Romney, criticized China.", "2012-10-01"),
    # one's hosts are those one visits
    ("Mr. Kerry's hosts welcomed him in Ulaanbaatar.", "2016-06-05"),
])
def test_opponents_of_others_are_no_one_named(coder: Coder, text: str, date: str) -> None:
    assert not {s for s in _sources(coder, text, date) if s and s[3:6] in ("GOV", "OPP", "REB")}


def test_opponents_from_elsewhere_keep_their_country(code: CodeFn) -> None:
    rows = code("President Trump blasted his British critics on Tuesday.", "2019-06-04")
    assert {(r["source"], r["target"]) for r in rows} == {("USAGOV", "GBR")}


def test_her_supporters_are_of_the_woman_named_before(code: CodeFn) -> None:
    rows = code("Merkel spoke in Berlin. Her supporters praised the speech.", "2016-03-01")
    assert {r["source"] for r in rows if r["sentence_index"] == 1} == {"DEUCVL"}


def test_supporters_of_a_group_stay_the_groups(coder: Coder) -> None:
    assert _sources(coder, "Hamas supporters clashed with police.", "2015-10-10") == {
        "PSEREBHMS", "---COP"}


@pytest.mark.parametrize(("text", "source"), [
    ("The memo was released by House Intelligence Committee Chairman Devin Nunes.", "USALEG"),
    ("The Senate Intelligence Committee criticized the CIA.", "USALEG"),
    ("The Senate Defence Committee criticized the army.", "---LEG"),
    ("Russian intelligence officers hacked the Democratic Party.", "RUSSPY"),
])
def test_a_legislatures_committee_is_the_legislature(code, text: str, source: str) -> None:
    assert {r["source"] for r in code(text, "2018-02-02")} == {source}


@pytest.mark.parametrize(("text", "actors"), [
    ("Iran has agreed to an intrusive monitoring regime.", {"IRN"}),
    ("The EU tightened its sanctions regime against Syria.", {"IGOEUREEC", "SYR"}),
    ("The U.S. criticized the Assad regime.", {"USA", "SYRGOV"}),
])
def test_a_regime_of_rules_is_no_government(code, text: str, actors: set[str]) -> None:
    rows = code(text, "2016-11-18")
    assert {r["source"] for r in rows} | {r["target"] for r in rows} - {None} == actors


def test_a_role_word_in_a_treatys_name_is_no_actor(code) -> None:
    rows = code("The Intermediate-range Nuclear Forces Treaty was negotiated by Gorbachev.",
                "2019-08-02")
    assert "---MIL" not in {r["source"] for r in rows} | {r["target"] for r in rows}


@pytest.mark.parametrize(("text", "date", "kept"), [
    # a person named before a strike or a killing was its target ...
    ("The U.S. killed Qassem Soleimani in Baghdad. The Soleimani strike angered Iran.",
     "2020-01-10", set()),
    # ... unless the person governs and the noun is a strike
    ("Trump met Putin. The Trump strike on Syria angered Russia.", "2018-04-15",
     {("USAGOV", "SYR")}),
])
def test_a_person_named_before_a_strike_was_struck(code, text: str, date: str,
                                                  kept: set[tuple[str, str]]) -> None:
    rows = [r for r in code(text, date) if r["sentence_index"] == 1 and r["root_code"] == "19"]
    assert {(r["source"], r["target"]) for r in rows} == kept


@pytest.mark.parametrize(("text", "source"), [
    # a middle initial between a listed person's first name and surname is still that person
    ("Defense Secretary Leon E. Panetta condemned the rocket fire.", "USAMIL"),
    ("Leon E. Panetta condemned the rocket fire.", "USAMIL"),
    # ... also when the surname alone names no one ("Rice" is two listed people)
    ("Susan E. Rice condemned the rocket fire.", "USAGOV"),
    ("Ambassador Susan E. Rice condemned the rocket fire.", "USAGOV"),
])
def test_a_middle_initial_keeps_the_person(code, text: str, source: str) -> None:
    assert {r["source"] for r in code(text, "2012-11-16")} == {source}


def test_another_first_name_with_a_middle_initial_is_someone_else(code) -> None:
    assert code("Janet A. Napolitano condemned the rocket fire.", "2012-11-16") == []


@pytest.mark.parametrize(("text", "sources"), [
    # a town or a country's name before an attack that names no one struck is where it was
    ("Update: Benghazi Attack Under Scrutiny", set()),
    ("Obama discussed the Libya attack with his advisers.", set()),
    # one that names whom it struck, or a country's abbreviation, is who attacked
    ("The Iran attack on the tanker angered Britain.", {"IRN"}),
    ("A U.S. strike killed 24 Pakistani soldiers.", {"USA"}),
])
def test_a_place_named_before_an_attack_is_where_it_was(code, text: str,
                                                       sources: set[str]) -> None:
    rows = code(text, "2012-11-10")
    assert {r["source"] for r in rows if r["root_code"] == "19"} == sources


def test_a_name_with_an_arabic_article_opening_a_sentence_is_still_listed(code) -> None:
    rows = code("Al-Bashir was charged by the ICC with genocide.", "2015-04-11")
    assert {(r["source"], r["target"]) for r in rows} == {("IGOJUDICC", "SDNGOV")}


@pytest.mark.parametrize("text", [
    "Latin American leaders condemned the coup.",
    "South American governments criticized Brazil.",
    "The Central American migrants were detained by Mexican police.",
    "Mexican police detained some Central Americans seeking asylum.",
])
def test_a_continents_american_is_no_american(code: CodeFn, text: str) -> None:
    rows = code(text, "2019-06-01")
    assert rows and not [r for r in rows if "USA" in (r["source"] or "") + (r["target"] or "")]


def test_an_american_alone_is_american(code: CodeFn) -> None:
    rows = code("American officials criticized Brazil.", "2019-06-01")
    assert ("USAGOV", "BRA") in {(r["source"], r["target"]) for r in rows}


@pytest.mark.parametrize("text", [
    "Government opponents protested in Yangon.",
    "Obama administration critics said he was entitled to due process.",
])
def test_a_body_named_before_its_critics_or_opponents_is_not_them(code: CodeFn,
                                                                  text: str) -> None:
    rows = code(text, "2013-05-22")
    assert not [r for r in rows if (r["source"] or "").endswith("GOV")]


@pytest.mark.parametrize("text", [
    "Kerry praised Mongolia, a country of about 3 million people, for its democracy.",
    "Kerry praised Mongolia, a nation of herders, for its democracy.",
])
def test_the_people_a_country_is_made_of_are_no_agent_of_it(code: CodeFn, text: str) -> None:
    rows = code(text, "2016-06-05")
    assert {(r["source"], r["target"]) for r in rows} == {("USAGOV", "MNG")}


def test_the_city_of_a_name_is_that_name(code: CodeFn) -> None:
    rows = code("Rebels attacked the city of Aleppo.", "2016-06-05")
    assert {(r["source"], r["target"]) for r in rows} == {("---REB", "SYR")}


def test_a_threat_posed_by_someone_is_a_danger_no_one_threatened(code: CodeFn) -> None:
    # (the assessor makes no threat; nor does the group the danger comes from, which threatened
    # no one in words: CAMEO 13 is a threat made)
    rows = code("CIA Director John Brennan gave a dark assessment of the threat posed by the "
                "Islamic State.", "2015-11-16")
    assert not [r for r in rows if r["root_code"] == "13"]


def test_what_one_makes_gains_against_is_not_ones_own(code: CodeFn) -> None:
    rows = code("The U.S. has “made significant gains” against terrorism, the president wrote.",
                "2015-02-18")
    assert not [r for r in rows if r["root_code"] == "18"], rows


@pytest.mark.parametrize(("text", "source"), [
    ("Sen. Rand Paul of Kentucky criticized Iran.", "USALEG"),
    ("Majority Leader Harry Reid of Nevada criticized Iran.", "USA"),
    # the American press's state before the title says the same ("Ohio Rep. Mike Turner")
    ("Ohio Rep. Mike Turner criticized Iran.", "USALEG"),
    ("Texas Gov. Greg Abbott criticized Iran.", "USAGOV"),
    ("Helmand Governor Gulab Mangal criticized Iran.", "AFGGOV"),
])
def test_a_role_of_a_state_is_of_its_country(code: CodeFn, text: str, source: str) -> None:
    rows = code(text, "2013-02-13")
    assert [r["source"][:len(source)] for r in rows] == [source]


def test_a_state_before_a_title_holds_for_the_later_bare_name(code: CodeFn) -> None:
    rows = code("Former New Mexico Gov. Bill Richardson criticized Iran. Mr. Richardson told ABC "
                "that the talks had failed.", "2013-05-05")
    assert [r["source"] for r in rows] == ["USAELI", "USAELI"], rows


def test_a_photo_of_someone_is_of_no_town_of_that_name(code: CodeFn) -> None:
    rows = code("State media released a photo of Kim and his senior generals.", "2013-03-29")
    assert not [r for r in rows if "IND" in (r["target"] or "")], rows


@pytest.mark.parametrize(("text", "expected"), [
    # a role word after a title and a first name is a surname, and so is its bare use later
    ("Rep. Peter King, R-N.Y., criticized the CIA. King questioned the testimony.",
     ["USALEG", "USALEG"]),
    ("Sen. Angus King, I-Maine, criticized the Pentagon.", ["USALEG"]),
    # so is a country's name ("Rep. Jim Jordan" is no Jordanian)
    ("Rep. Jim Jordan, R-Ohio, criticized the FBI.", ["USALEG"]),
    # a title before a name, or a role word after another word, is still the role
    ("King Salman criticized Iran.", ["SAUGOV"]),
    ("The Iraqi Health Minister criticized Iran.", ["IRQGOV"]),
])
def test_a_role_word_that_is_a_surname(code: CodeFn, text: str, expected: list[str]) -> None:
    assert [r["source"] for r in code(text, "2015-06-20")] == expected


@pytest.mark.parametrize(("text", "source"), [
    # a party before a legislator's title: the party's country, the legislature's sector
    ("Republican Sen. Lindsey Graham criticized Obama.", "USALEG"),
    ("Republican lawmakers criticized Obama.", "USALEG"),
    ("Senate Democratic Leader Mark Smithers criticized Obama.", "USALEG"),
    # and the title is that country's for a later legislator
    ("Democratic Sen. Kirsten Gillibrand criticized Hagel. Sen. Mark Smithers criticized Hagel.",
     "USALEG"),
])
def test_a_partys_legislator_is_the_legislatures(code: CodeFn, text: str, source: str) -> None:
    assert {r["source"] for r in code(text, "2015-06-20")} == {source}


@pytest.mark.parametrize(("text", "source"), [
    # a Republican Guard is a country's elite force (Iraq's, Egypt's, Syria's), no American party
    ("Iraq's Republican Guard attacked the Kurds.", "IRQMIL"),
    ("Egyptian protesters marched on Cairo. The Republican Guard fired on them.", "---MIL"),
])
def test_a_republican_guard_is_an_army(code: CodeFn, text: str, source: str) -> None:
    sources = {r["source"] for r in code(text, "2013-07-08")}
    assert source in sources and "USAPTY" not in sources


@pytest.mark.parametrize(("text", "source"), [
    # "Democrats" are the American party; other countries' Democrats are theirs
    ("Democrats criticized Trump.", "USAPTY"),
    ("Jones, a California Democrat, criticized Trump.", "USAPTY"),
    ("The Liberal Democrats criticized May.", "GBRPTY"),
    ("Germany's Social Democrats criticized Merkel.", "DEUPTY"),
])
def test_democrats_are_a_party(code: CodeFn, text: str, source: str) -> None:
    assert {r["source"] for r in code(text, "2018-06-20")} == {source}


@pytest.mark.parametrize(("text", "source"), [
    # "Democratic" before a role or a legislator's title is the American party's
    ("Democratic Sen. Chris Murphy criticized Trump.", "USALEG"),
    ("Democratic lawmakers criticized Trump.", "USALEG"),
    ("House Democratic lawmakers criticized Trump.", "USALEG"),
    ("The Democratic presidential candidate criticized Trump.", "USAPTY"),
    ("The Democratic National Committee criticized Trump.", "USAPTY"),
    # "Democratic" in another name is not the American party
    ("The Democratic Unionist Party criticized May.", "GBRPTY"),
    ("The Democratic Forces for the Liberation of Rwanda attacked Congolese troops.", None),
    ("The Democratic Alliance criticized Zuma.", None),
    ("The Christian Democratic Union criticized the plan.", None),
    ("Obama spoke at the Democratic National Convention in Philadelphia. He criticized Trump.",
     None),
])
def test_democratic_is_the_american_party_before_a_role(code: CodeFn, text: str,
                                                         source: str | None) -> None:
    sources = {r["source"] for r in code(text, "2018-06-20")}
    if source is None:
        assert "USAPTY" not in sources and "USALEG" not in sources
    else:
        assert source in sources and not (sources & {"USAPTY", "USALEG"} - {source})


@pytest.mark.parametrize(("text", "source"), [
    # the leader or chief of a body is that body's, the leader of a country its government's
    ("Leaders of the Syrian opposition group vowed retaliation.", "SYROPP"),
    ("The leader of the Egyptian opposition criticized Morsi.", "EGYOPP"),
    ("The chief of the Pakistani army criticized Kerry.", "PAKMIL"),
    ("The leaders of Egypt criticized Kerry.", "EGYGOV"),
    # so are its leaders or members "in" it, not the place they are in
    ("Leaders in the Muslim Brotherhood criticized Kerry.", "EGYREBMBR"),
    ("Leaders in Congress criticized Kerry.", "USALEG"),
    ("U.S. officials in Iraq criticized Kerry.", "USAGOV"),
])
def test_the_leader_of_a_body_is_the_bodys(code: CodeFn, text: str, source: str) -> None:
    assert {r["source"] for r in code(text, "2013-08-24")} == {source}


@pytest.mark.parametrize(("text", "source"), [
    # an apposition naming whom one backs does not make one them
    ("Russia, a staunch proponent of the Assad regime, urged restraint.", "RUS"),
    ("Russia, a key backer of Assad, urged restraint.", "RUS"),
    ("Qatar, a close partner of the United States, urged restraint.", "QAT"),
    # also as the second of two joined nouns ("a hawk and staunch supporter of Israel")
    ("Former House Speaker Newt Gingrich, a leading hawk and staunch supporter of Israel, urged "
     "restraint.", "---ELI"),
])
def test_a_backer_in_apposition_is_not_whom_it_backs(code: CodeFn, text: str, source: str) -> None:
    assert {r["source"] for r in code(text, "2018-02-10")} == {source}


@pytest.mark.parametrize(("text", "source"), [
    # a listed person with no office listed on the day (Panetta before his cabinet posts),
    # titled a legislator in the text
    ("California Rep. Leon Panetta criticized Iran.", "USALEG"),
    # a past title is no seat
    ("Former Rep. Leon Panetta criticized Iran.", "USAELI"),
    ("Leon Panetta criticized Iran.", "USAELI"),
])
def test_a_legislators_title_seats_a_person_with_no_office_that_day(code: CodeFn, text: str,
                                                                     source: str) -> None:
    assert {r["source"] for r in code(text, "1992-03-01")} == {source}


def test_a_hyphened_name_matches_in_either_case_after_the_hyphen(code: CodeFn) -> None:
    rows = code("Secretary General Ban Ki-Moon criticized Syria.", "2013-09-14")
    assert {r["source"] for r in rows} == {"IGOUNO"}


def test_a_name_with_a_generational_suffix_is_a_namesake(code: CodeFn) -> None:
    """"Donald Trump Jr." is not the president: of his country, in none of his offices."""
    for text in ("Donald Trump Jr. criticized Russia.", "Donald Trump, Jr. criticized Russia."):
        assert {r["source"] for r in code(text, "2017-07-14")} == {"USA"}


def test_parties_counted_before_a_hyphen_are_no_party(code: CodeFn) -> None:
    """"six-party negotiations", "a third-party candidate" name no political party."""
    for text in ("The six-party negotiations collapsed after North Korea walked out.",
                 "A third-party candidate criticized Obama."):
        assert all(r["source"] != "---PTY" for r in code(text, "2012-10-01")), text


@pytest.mark.parametrize(("text", "source"), [
    # a former office holder is among the elites (CAMEO ELI), not the office
    ("A former U.S. official criticized Cuba.", "USAELI"),
    ("A former Israeli army general criticized Iran.", "ISRELI"),
    # one who held the office then still acts in it
    ("Then-Sen. Mel Martinez criticized Cuba.", "---LEG"),
])
def test_a_former_office_holder_is_an_elite(code: CodeFn, text: str, source: str) -> None:
    assert {r["source"] for r in code(text, "2016-03-20")} == {source}


@pytest.mark.parametrize(("text", "source"), [
    ("Cardinal Sean O'Malley called on the people of Boston to return.", "---REL"),
    ("The Rev. Al Sharpton urged people to vote.", "---REL"),
    ("A Catholic preacher urged people to vote.", "---REL"),
])
def test_clergy_titles_are_religious(code: CodeFn, text: str, source: str) -> None:
    assert {r["source"] for r in code(text, "2013-04-22")} == {source}


def test_an_act_of_a_named_owner_is_the_owners_not_of_its_object(code: CodeFn) -> None:
    """"condemned Russia's seizure of Crimea": Russia is condemned, not Ukraine (the seizure
    itself is still Russia's act on Ukraine); "Russia's Ministry of Defence" is still one."""
    rows = code("Obama condemned Russia's seizure of Crimea.", "2015-01-22")
    assert {r["target"] for r in rows if r["root_code"] == "11"} == {"RUS"}, rows
    assert ("RUS", "UKR") in {(r["source"], r["target"]) for r in rows if r["root_code"] == "17"}
    rows = code("Russia's Ministry of Defence criticized Ukraine.", "2015-01-22")
    assert {r["source"] for r in rows} == {"RUSMIL"}, rows


def test_a_death_is_no_one_acting(code: CodeFn) -> None:
    """"The death of a former Thai navy SEAL underscored the risks": the SEAL did not."""
    assert code("The death Friday of a former Thai navy SEAL underscored the risks.",
                "2018-07-07") == []


@pytest.mark.parametrize(("text", "date", "source"), [
    # a member of Congress holds a legislator's seat (CAMEO USALEG) for its term
    ("McCain criticized Iran.", "2013-08-15", "USALEG"),
    ("Sen. Lindsey Graham criticized Iran.", "2013-08-15", "USALEG"),
    ("Pelosi criticized Iran.", "2012-05-01", "USALEG"),  # between her terms as Speaker
    ("Hillary Clinton criticized Iran.", "2005-03-01", "USALEG"),
    ("Hillary Clinton criticized Iran.", "2010-03-01", "USAGOV"),  # the seat given up
    ("Jeff Flake criticized Iran.", "2020-03-01", "USAELI"),  # between seat and embassy
    ("Kerry criticized Iran.", None, "USAGOV"),  # no date: the latest role
])
def test_members_of_congress_hold_their_seats(code: CodeFn, text: str, date: str | None,
                                               source: str) -> None:
    assert {r["source"] for r in code(text, date)} == {source}


def test_the_public_is_civilians_but_public_support_is_no_one(code: CodeFn) -> None:
    rows = code("The FBI asked the public to help identify two men.", "2013-04-18")
    assert {(r["target"], r["target_text"]) for r in rows} == {("---CVL", "public")}, rows
    rows = code("The Israeli public will punish the prime minister.", "2013-03-20")
    assert {r["source"] for r in rows} == {"ISRCVL"}, rows
    rows = code("Polls show strong public support for Clinton.", "2013-01-20")
    assert not any(r["source"] == "---CVL" for r in rows), rows


def test_an_abbreviation_hyphened_to_a_name_is_two_parties(code: CodeFn) -> None:
    """"U.S.-Japan cooperation" is between the two, as "US-Japan cooperation" is."""
    rows = code("The U.S.-Japan cooperation on missile defense grew.", "2014-04-01")
    assert {(r["source"], r["target"]) for r in rows} == {("USA", "JPN"), ("JPN", "USA")}, rows


def test_a_plural_title_abbreviation_ends_no_sentence(code: CodeFn) -> None:
    """"Sens." titles the names after it, as "Sen." does: no sentence ends there, and no town
    called Sens is meant."""
    rows = code("The administration resisted calls from hawks such as Sens. John McCain and "
                "Lindsey Graham.", "2013-01-10")
    assert {r["target"] for r in rows} == {"USALEG"}, rows
    rows = code("Reps. Jim Smith and Ann Jones criticized Iran.", "2013-01-10")
    assert rows and all(r["source"].endswith("LEG") for r in rows), rows


@pytest.mark.parametrize(("text", "source"), [
    # a spokesman named before the body he speaks for is that body's
    ("Ofir Gendelman, a spokesman for Prime Minister Benjamin Netanyahu, criticized Hamas.",
     "ISRGOV"),
    # a body the dictionaries do not know makes its spokesman no official, nor its officer
    ("Jonathan Schanzer, senior vice president at the Foundation for the Defense of "
     "Democracies, criticized Iran.", None),
    ("Daniel Castvaj, a spokesman for Energeticky a Prumyslovy Holding, the company that made "
     "the purchase, criticized Ukraine.", "---BUS"),
    # one who no longer holds the post speaks for no one
    ("Retired Gen. Jack Keane, former vice chief of the Army staff, criticized Iran.", "---ELI"),
])
def test_a_spokesman_after_a_name_speaks_for_the_body(code: CodeFn, text: str,
                                                      source: str | None) -> None:
    assert {r["source"] for r in code(text, "2014-04-01")} == ({source} if source else set())


@pytest.mark.parametrize(("text", "sources"), [
    # the country before an expert is what the expert studies
    ("John Delury, a North Korea analyst at Yonsei University, criticized the talks.", set()),
    ("Iran expert Karim Sadjadpour criticized the deal.", set()),
    # a nationality is the expert's own, and a body is the one served
    ("A Chinese analyst criticized Japan.", {"CHN"}),
    ("Kurt Volker, a CIA analyst, criticized Russia.", {"USASPY"}),
    # (a former one is an elite: CAMEO ELI)
    ("Kurt Volker, a former CIA analyst, criticized Russia.", {"USAELI"}),
])
def test_a_country_an_expert_studies_is_not_the_experts(code: CodeFn, text: str,
                                                        sources: set[str]) -> None:
    assert {r["source"] for r in code(text, "2013-04-10")} == sources


@pytest.mark.parametrize(("text", "country"), [
    ("Local people speak French there too.", "FRA"),
    ("The residents speak Russian at home.", "RUS"),
    ("The minister spoke Arabic to the crowd.", "SAU"),
    ("The men reportedly spoke fluent French with no accent.", "FRA"),
])
def test_a_language_spoken_is_no_country(code: CodeFn, text: str, country: str) -> None:
    # (and no statement either, unless spoken to someone)
    rows = code(text, "2015-11-20")
    assert not [r for r in rows if (r["target"] or "").startswith(country)], rows
    assert bool(rows) == (" to " in text), rows


@pytest.mark.parametrize("text", [
    "Obama mentioned the four Americans killed in the Benghazi attack.",
    "The three people killed in the Paris attacks were French.",
])
def test_a_city_named_before_an_attack_is_where_not_who(code: CodeFn, text: str) -> None:
    rows = code(text, "2013-01-01")
    assert not [r for r in rows if r["root_code"] == "19" and r["source"]], rows


@pytest.mark.parametrize(("text", "source"), [
    # a dictator rules: the government
    ("The North Korean dictator threatened Japan.", "PRKGOV"),
    # a king's court is his government, no court of law
    ("Saudi Arabia's royal court criticized Canada.", "SAUGOV"),
])
def test_a_dictator_and_a_royal_court_govern(code: CodeFn, text: str, source: str) -> None:
    assert {r["source"] for r in code(text, "2018-01-01")} == {source}


def test_a_name_before_related_is_a_topic(code: CodeFn) -> None:
    rows = code("The dossier would include some Russia-related allegations.", "2019-05-01")
    assert not [r for r in rows if r["source"] == "RUS"], rows


@pytest.mark.parametrize(("text", "expected"), [
    # a name before "-like" or "-style" is a likeness, no actor
    ("Venezuela braced for a Cuba-like embargo from Washington.", set()),
    ("Egypt imposed a Soviet-style crackdown on protesters.", {("EGY", "---OPP")}),
])
def test_a_name_before_like_or_style_is_a_likeness(code: CodeFn, text: str,
                                                   expected: set[tuple[str, str]]) -> None:
    assert {(r["source"], r["target"]) for r in code(text, "2015-03-10")} == expected


@pytest.mark.parametrize(("text", "source"), [
    # a House or Senate committee, panel or subcommittee is the legislature's
    ("A Republican-led House committee is asking the Obama administration for information.",
     "USALEG"),
    ("The House panel criticized the ambassador.", "---LEG"),
    ("The subcommittee criticized the ambassador.", "---LEG"),
])
def test_house_and_senate_panels_are_legislative(code: CodeFn, text: str, source: str) -> None:
    assert {r["source"] for r in code(text, "2013-04-20")} == {source}


def test_a_pronoun_joined_verbs_share_stands_for_one_actor(code: CodeFn) -> None:
    """"as it hacked the emails of prominent Democrats and released ...": "it" is Russia for
    both verbs, not the Democrats the first one targeted."""
    rows = code("Trump again denied any collusion with Russia as it hacked the emails of "
                "prominent Democrats and released damaging information about them.", "2019-03-25")
    assert {r["source"] for r in rows if r["trigger_text"] in ("hacked", "released")} == {"RUS"}


def test_a_country_first_written_as_a_surname_stays_one(code: CodeFn) -> None:
    """"Ohio Rep. Jim Jordan asked CNN ... Jordan asked": the congressman, not Jordan."""
    rows = code("Ohio Rep. Jim Jordan asked CNN for time. Jordan heads a new group of House "
                "conservatives. Jordan criticized the president.", "2015-02-10")
    assert {r["source"] for r in rows} == {"USALEG"}, rows
    rows = code("Jordan criticized Israel. Ohio Rep. Jim Jordan asked CNN for time.", "2015-02-10")
    assert ("JOR", "ISR") in {(r["source"], r["target"]) for r in rows}, rows


def test_a_role_word_after_mr_is_a_surname(code: CodeFn) -> None:
    rows = code("Mr. King criticized the FBI.", "2013-04-20")
    assert not [r for r in rows if (r["source"] or "").endswith("GOV")], rows


def test_a_name_after_a_title_is_the_titles_even_when_misparsed(code: CodeFn) -> None:
    # the tagger reads "Barack" as a preposition here: the name is still the president's
    rows = code("North Korea accused President Barack Obama of spreading rumors.", "2014-12-22")
    assert {(r["source"], r["target"]) for r in rows} == {("PRK", "USAGOV")}, rows
    # ... and a title of several words read as a conjunct of its own
    rows = code("Israeli officials accused President Obama and Secretary of State John Kerry of "
                "abandoning Israel.", "2016-12-28")
    assert {(r["source"], r["target"]) for r in rows} == {("ISRGOV", "USAGOV")}, rows


def test_two_people_the_parser_read_as_one_name_are_two(code: CodeFn) -> None:
    # the parser hangs "and" loose and reads "President Trump and North Korean dictator Kim Jong
    # Un" as one long name: both are the summit's sides, each by its own words, and a later
    # "Mr. Kim" is Kim's
    rows = code("The summit between President Trump and North Korean dictator Kim Jong Un fell "
                "apart Thursday. Mr. Trump said that Mr. Kim was prepared to dismantle the "
                "complex.", "2019-02-28")
    assert {(r["source"], r["source_text"], r["target"], r["code"]) for r in rows} == {
        ("USAGOV", "President Trump", "PRKGOV", "040"),
        ("PRKGOV", "Kim Jong Un", "USAGOV", "040"),
        ("PRKGOV", "Kim", None, "030")}, rows


@pytest.mark.parametrize(("text", "source"), [
    ("Boko Haram kidnapped the girls. Its leader called the girls slaves.", "NGAREBBKH"),
    ("Hamas fired rockets. The group's spokesman praised the attack.", "PSEREBHMS"),
    ("Russia's army praised the attack. Its spokesman praised the deal.", "RUSMIL"),
    # (a body of a country's government is still the country's: its troops are its forces)
    ("The U.S. government praised the deal. Its troops left Iraq.", "USAMIL"),
])
def test_the_leader_or_spokesman_of_a_body_speaks_for_it(code: CodeFn, text: str,
                                                         source: str) -> None:
    rows = [r for r in code(text, "2019-01-28") if r["sentence_index"] == 1]
    assert rows and {r["source"] for r in rows} == {source}, rows


def test_a_past_verb_hung_on_the_subject_as_a_modifier_is_the_main_verb(code: CodeFn) -> None:
    # the parser reads "called" as a participle of "Ghani" after the relative clause
    rows = code("Afghan President Ashraf Ghani, who has been involved in the process, called on "
                "the Taliban to begin serious talks with his government.", "2019-01-28")
    assert {(r["source"], r["target"], r["root_code"]) for r in rows} == {
        ("AFGGOV", "AFGREBTAL", "02")}, rows


@pytest.mark.parametrize(("text", "source"), [
    # a listed person with no office listed on the day holds the one the title before the name
    # gives: an officer, a legislator, a judge or a spy
    ("U.S. CENTCOM commander General James Mattis testified before the committee.", "USAMIL"),
    # (not one retired from or not yet held)
    ("Retired Navy Adm. Mike Mullen testified before the committee.", "USAELI"),
    ("Defense Secretary nominee Chuck Hagel testified before the committee.", "USAELI"),
])
def test_a_title_before_a_listed_name_gives_the_office_held(code: CodeFn, text: str,
                                                            source: str) -> None:
    rows = code(text, "2013-01-31")
    assert {r["source"] for r in rows} == {source}, rows


@pytest.mark.parametrize(("text", "pairs"), [
    ("The two Koreas held talks at the border village on Monday.",
     {("PRK", "KOR", "040"), ("KOR", "PRK", "040")}),
    ("The defense ministers of the two Koreas met on Monday.",
     {("PRKMIL", "KORMIL", "040"), ("KORMIL", "PRKMIL", "040")}),
    ("China urged both Sudans to stop fighting.", {("CHN", "SDN", "020"), ("CHN", "SSD", "020")}),
])
def test_a_divided_country_named_in_the_plural_is_both_halves(
        code: CodeFn, text: str, pairs: set[tuple[str, str, str]]) -> None:
    rows = code(text, "2019-04-05")
    assert pairs <= {(r["source"], r["target"], r["code"]) for r in rows}


@pytest.mark.parametrize(("text", "source"), [
    ("Former Homeland Security Secretary Michael Chertoff criticized Russia.", "USAELI"),
    ("A former Pentagon official criticized Russia.", "USAELI"),
    ("Former Republican senator Bob Smith criticized Russia.", "USAELI"),
    ("Jane Doe, a former CIA analyst, criticized Russia.", "USAELI"),
    ("The Pentagon criticized Russia.", "USAMIL"),
    # a former body is the government of its day, no elite
    ("The former Iraqi government criticized Russia.", "IRQGOV"),
    ("The former U.S. administration criticized Russia.", "USAGOV"),
])
def test_a_former_holder_of_an_office_named_by_its_body_is_an_elite(
        code: CodeFn, text: str, source: str) -> None:
    assert [(r["source"], r["target"]) for r in code(text, "2017-06-21")] == [(source, "RUS")]
    # a current title before the past one is an office still held
    rows = code("Rep. Peter King, the former Homeland Security chairman, criticized Russia.",
                "2017-06-21")
    assert [r["source"][:3] for r in rows] == ["USA"] and rows[0]["source"] != "USAELI"
