"""Trigger rules beyond single verbs: nouns, frames, demands, refusals, intents, receiving."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from deeppol.coding.coder import Coder

CodeFn = Callable[..., list[dict]]
Triple = tuple[str | None, str | None, str]


def _lenient(rows: list[dict]) -> set[Triple]:
    return {((r["source"] or "")[:3] or None, (r["target"] or "")[:3] or None, r["root_code"])
            for r in rows}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Russia's invasion of Ukraine shocked Europe.", {("RUS", "UKR", "19")},
                     id="noun-possessor-of"),
        pytest.param("Japan held talks with India in Tokyo.", {("JPN", "IND", "04"),
                                                               ("IND", "JPN", "04")},
                     id="light-verb-noun"),
        pytest.param("Egypt said Israel must halt its strikes on Gaza.", {("EGY", "ISR", "10")},
                     id="must-is-a-demand"),
        pytest.param("Germany will send tanks to Ukraine.", {("DEU", "UKR", "03")},
                     id="future-cooperation-is-intent"),
        pytest.param("Germany will not send tanks to Ukraine.", {("DEU", "UKR", "12")},
                     id="negated-future-cooperation-is-refusal"),
        pytest.param("Russia will attack Ukraine, the Kremlin said.", {("RUS", "UKR", "13")},
                     id="future-attack-is-a-threat"),
        pytest.param("Israel will impose sanctions on Iran.", {("ISR", "IRN", "13")},
                     id="future-sanction-is-a-threat"),
        pytest.param("Kenya's opposition will boycott the elections unless the president "
                     "resigns.", {("KEN", None, "13")}, id="future-boycott-is-a-threat"),
        pytest.param("Syria is willing to withdraw its troops from Lebanon.",
                     {("SYR", "LBN", "03")}, id="willingness-adjective"),
        pytest.param("Obama wants Putin to release the prisoners.", {("USA", "RUS", "02")},
                     id="want-someone-to-is-an-appeal"),
        pytest.param("Armenia received weapons from Russia.", {("RUS", "ARM", "07")},
                     id="receiving-from"),
        pytest.param("Obama has the full support of Germany.", {("DEU", "USA", "05")},
                     id="having-the-support-of"),
        pytest.param("Protesters rallied in Beijing.", {("CHN", "CHN", "14")},
                     id="protest-aimed-at-host"),
        pytest.param("Russian forces shelled Kharkiv on Monday.", {("RUS", "UKR", "19")},
                     id="town-from-gazetteer"),
        pytest.param("UN inspectors examined the refineries in Iran.", {("IGO", "IRN", "09")},
                     id="investigation-aimed-at-host"),
        pytest.param("Iran expressed condolences for the attack on the embassy.",
                     {("IRN", None, "01")}, id="statement-about-a-noun-event-stays"),
        pytest.param("Brazil's president expressed sympathy for the flood victims in Pakistan.",
                     {("BRA", "PAK", "01")}, id="condolences-aimed-at-the-place"),
        pytest.param("The Taliban claimed responsibility for the bombing in Kabul.",
                     {("AFG", "AFG", "01")}, id="claim-aimed-at-the-place"),
        pytest.param("Ethiopian troops withdrew from Somalia to Kenya.", {("ETH", "SOM", "08")},
                     id="withdraw-from"),
        pytest.param("The prime minister of Canada attended the Tokyo Olympics.",
                     {("CAN", "JPN", "04")}, id="attending-an-event-is-a-visit"),
        pytest.param("Canada advised against travel to Haiti.", {("CAN", "HTI", "16")},
                     id="travel-advisory"),
        pytest.param("Britain issued a travel warning for Egypt.", {("GBR", "EGY", "16")},
                     id="travel-warning"),
        pytest.param("Pakistani protesters attacked the French embassy.", {("PAK", "FRA", "14")},
                     id="assault-by-protesters-is-a-riot"),
        pytest.param("Lebanese demonstrators fired rockets at Israel.", {("LBN", "ISR", "19")},
                     id="weapons-fire-by-protesters-stays-19"),
        pytest.param("The US gave weapons to Ukraine to fight Russia.",
                     {("USA", "UKR", "07"), ("UKR", "RUS", "19")}, id="receiver-does-the-infinitive"),
        pytest.param("Egypt sent a delegation to Israel to mediate between the two sides.",
                     {("EGY", "ISR", "04")}, id="who-is-sent-acts-for-the-sender"),
        pytest.param("Germany expressed support for Ukraine.", {("DEU", "UKR", "05")},
                     id="support-for"),
        pytest.param("China issued a statement condemning the Japanese visit.",
                     {("CHN", "JPN", "11")}, id="what-a-statement-does"),
        pytest.param("Somali troops engaged Kenyan soldiers in a gunfight.",
                     {("SOM", "KEN", "19")}, id="firefight"),
        pytest.param("Chile and Peru agreed that their countries should cooperate.",
                     {("CHL", "PER", "03"), ("PER", "CHL", "03")}, id="agreed-that-should"),
        pytest.param("Iran threatened that it would retaliate against Israel.",
                     {("IRN", "ISR", "13")}, id="threatened-that-would"),
        pytest.param("NATO-member Norway is willing to send troops to help defend Estonia.",
                     {("NOR", "EST", "03")}, id="the-head-name-beats-an-organisation"),
        pytest.param("Russia vowed to send troops to fight ISIS in Syria.",
                     {("RUS", "IMG", "13")}, id="the-purpose-is-part-of-the-intent"),
        pytest.param("Turkey began a military operation against Syria.", {("TUR", "SYR", "19")},
                     id="begin-an-operation"),
        pytest.param("The United States returned a stolen painting to Italy.",
                     {("USA", "ITA", "08")}, id="return-property"),
        pytest.param("Rebels attacked the base with rockets.", {("---", None, "19")},
                     id="the-weapon-makes-the-code"),
        pytest.param("The United States said it is skeptical of the Russian proposal.",
                     {("USA", "RUS", "01")}, id="attitude-adjective"),
        pytest.param("Japan's prime minister gave a warm welcome to the Indian president.",
                     {("JPN", "IND", "04")}, id="giving-a-welcome-is-hosting"),
        pytest.param("There were clashes between Indian and Pakistani troops in Kashmir.",
                     {("IND", "PAK", "19"), ("PAK", "IND", "19")}, id="between-one-phrase"),
        pytest.param("Russia was accused of meddling by the United States.",
                     {("USA", "RUS", "11")}, id="passive-agent-on-the-complement"),
        pytest.param("Iran set free two British sailors.", {("IRN", "GBR", "08")},
                     id="set-free"),
        pytest.param("Yemen let free dozens of activists.", {("YEM", "---", "08")},
                     id="let-free"),
        pytest.param("Russia launched two weeks of war games near Finland.",
                     {("RUS", "FIN", "15")}, id="war-games-are-exercises"),
        pytest.param("A report released in Kigali alleged that Belgium hid the evidence.",
                     {("RWA", "BEL", "11")}, id="allegation-by-a-report-from-a-place"),
        pytest.param("A report published by Amnesty International alleged that Egypt tortured "
                     "detainees.", {("NGO", "EGY", "11")}, id="allegation-by-a-publisher"),
        pytest.param("Hamas was sending rockets toward Israel's population.",
                     {("PSE", "ISR", "19")}, id="rockets-sent-toward-a-country-are-fired"),
        pytest.param("The opposition said Assad's forces have been attacking their positions "
                     "in Raqqa.", {("SYR", "SYR", "19")}, id="positions-attacked-are-assaulted"),
        pytest.param("The attackers then hacked at the soldier with a meat cleaver.",
                     {("---", "---", "18")}, id="hacked-at-with-a-cleaver"),
    ],
)
def test_trigger_rules(code: CodeFn, text: str, expected: set[Triple]) -> None:
    assert expected <= _lenient(code(text, "2022-03-07"))


def test_ones_own_military_deployed_is_no_target(code: CodeFn) -> None:
    rows = code("Trump threatened to deploy the U.S. military to restore order in the cities.",
                "2020-06-02")
    assert [(r["source"], r["target"], r["code"]) for r in rows] == [("USAGOV", None, "138")]


def test_attackers_do_not_take_the_country_they_attack(code: CodeFn) -> None:
    rows = code("Militants fired rockets at Israel on Monday.", "2022-03-07")
    assert [(r["source"], r["target"]) for r in rows] == [("---REB", "ISR")]


def test_sectors_without_country_take_the_event_place(code: CodeFn) -> None:
    rows = code("Police arrested dozens of protesters in Jerusalem two days ago.", "2021-05-20")
    assert {(r["source"], r["target"], r["code"]) for r in rows} == {("ISRCOP", "ISROPP", "173")}
    assert "place:Jerusalem" in rows[0]["evidence"]["entries"]
    assert rows[0]["event_date"] == "2021-05-18"


@pytest.mark.parametrize(("text", "expected"), [
    ("Houthi rebels claimed that they had attacked cities in Saudi Arabia.",
     {("YEMREBHTH", "SAU", "015")}),  # their own attack: a claim of responsibility
    ("Hamas claimed to have fired rockets at Israel.", {("PSEREBHMS", "ISR", "015")}),
    ("Hamas claimed the attack on Sderot.", {("PSEREBHMS", "ISR", "015")}),
    ("Iran alleged that Israel bombed Syria.", {("IRN", "ISR", "112")}),  # an accusation
    # said: the attack stands, and the speaker accuses the attacker
    ("Russia said Ukraine attacked Belarus.", {("UKR", "BLR", "190"), ("RUS", "UKR", "112")}),
])
def test_claims_of_violence(code: CodeFn, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert {(r["source"], r["target"], r["code"]) for r in code(text)} == expected


def test_a_future_attack_is_not_an_attack(code: CodeFn) -> None:
    rows = code("Russia will attack Ukraine, the Kremlin said.")
    assert [(r["code"], r["evidence"]["pattern"]) for r in rows] == [("138", "v-attack+future")]


def test_dates_are_not_particles(code: CodeFn) -> None:
    rows = code("The ministers agreed on Wednesday that Japan and India should cooperate.")
    # "agreed on Wednesday" is no "agree on" (030); what they agreed stays a statement of
    # accord, since the cooperation is only what should happen
    assert all(r["evidence"]["pattern"] != "v-agree-on" for r in rows)
    assert {r["code"] for r in rows} == {"019"}


def test_month_names_are_not_marches(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("Russia signed the deal with Iran on March 4, 2010.")
    assert all(r["root_code"] != "14" for r in rows)


def test_coordinated_clauses_keep_their_own_place(code: CodeFn) -> None:
    rows = code("Qatar pledged $500 million in aid for Gaza, and Jordan's king met Mahmoud Abbas "
                "in Amman.", "2021-05-20")
    places = {r["trigger_text"]: (r["location"] or {}).get("name") for r in rows}
    assert places == {"pledged": None, "met": "Amman"}


def test_attack_from_a_place_without_agent(code: CodeFn) -> None:
    rows = code("Turkey said a rocket was fired at it from Syria in the first such attack this "
                "year.", "2014-09-02")
    # the attack stands, and the speaker who names the attacker accuses it
    assert {(r["source"], r["target"], r["root_code"]) for r in rows} == {
        ("SYR", "TUR", "19"), ("TUR", "SYR", "11")}


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Ukraine's foreign ministry said Russian troops shelled Kharkiv.",
                 {("UKR", "RUS", "11"), ("RUS", "UKR", "19")}, id="speaker-first-accuses"),
    pytest.param("Russian troops shelled Kharkiv, Ukraine's foreign ministry said.",
                 {("RUS", "UKR", "19")}, id="trailing-attribution-only-reports"),
    pytest.param("Russia said its troops struck targets in Kharkiv.", {("RUS", "UKR", "19")},
                 id="own-forces-are-no-accusation"),
    pytest.param("Israel said Israeli troops killed two militants in Gaza.",
                 {("ISR", "PSE", "19")}, id="own-country-is-no-accusation"),
    pytest.param("The officials said militants in Gaza fired rockets at Israel.",
                 {("PSE", "ISR", "19")}, id="unnamed-speakers-accuse-no-one"),
])
def test_reported_violence(code: CodeFn, text: str, expected: set[Triple]) -> None:
    assert _lenient(code(text, "2022-03-07")) == expected


def test_a_patron_is_not_the_actor(code: CodeFn) -> None:
    rows = code("An Iran-backed militia attacked US troops in Syria.", "2022-03-07")
    attacks = [r for r in rows if r["root_code"] == "19"]
    assert attacks and all(not (r["source"] or "").startswith("IRN") for r in attacks)


def test_a_noun_event_that_is_a_topic_has_no_agent(code: CodeFn) -> None:
    rows = code("Merkel attended a conference on the violence in Syria.", "2015-06-01")
    assert {(r["source"], r["root_code"]) for r in rows} == {("DEUGOV", "04")}


def test_an_infinitive_under_a_refusal_is_not_asserted(code: CodeFn) -> None:
    rows = code("Turkey said it would not give permission to Russia to help Syria.", "2022-03-07")
    assert ("TUR", "RUS", "12") in _lenient(rows)
    assert not any(r["root_code"] == "07" for r in rows)


def test_the_host_of_a_meeting_is_not_one_of_they(code: CodeFn) -> None:
    rows = code("Biden and Xi met in Bali. They discussed trade.", "2022-11-15")
    later = {(r["source"], r["target"]) for r in rows if r["sentence_index"] == 1}
    assert later == {("USAGOV", "CHNGOV"), ("CHNGOV", "USAGOV")}
    # each other, and each its host
    assert {(r["source"], r["target"]) for r in rows if r["sentence_index"] == 0} == {
        ("USAGOV", "CHNGOV"), ("CHNGOV", "USAGOV"), ("USAGOV", "IDN"), ("CHNGOV", "IDN")}


def test_a_meeting_purpose_is_no_second_meeting_and_home_is_no_host(code: CodeFn) -> None:
    rows = code("The leaders of Japan and Australia held talks in Canberra to discuss trade.",
                "2022-03-07")
    assert {(r["source"], r["target"], r["trigger_text"]) for r in rows} == {
        ("JPNGOV", "AUSGOV", "held"), ("AUSGOV", "JPNGOV", "held")}


def test_a_noun_inside_a_name_is_no_event(code: CodeFn) -> None:
    rows = code("Amnesty International criticised Egypt.", "2022-03-07")
    assert {r["code"] for r in rows} == {"111"}


def test_everything_in_a_claimed_clause_is_claimed(code: CodeFn) -> None:
    rows = code("Egypt claimed that Hamas had attacked Israel and seized a border post.",
                "2022-03-07")
    assert _lenient(rows) == {("EGY", "PSE", "11")}


def test_a_claim_is_aimed_at_the_place_of_the_attack(code: CodeFn) -> None:
    rows = code("Boko Haram claimed responsibility for a bombing that targeted worshippers at a "
                "mosque in Niger's capital.", "2022-03-07")
    assert ("NGA", "NER", "01") in _lenient(rows)


def test_descriptive_places_and_holders_are_not_actors(code: CodeFn) -> None:
    rows = code("A London-based monitor said six people were killed in a strike by government "
                "forces in a rebel-held town.", "2022-03-07")
    kills = [r for r in rows if r["code"] == "190"]
    assert kills and all(r["source"] == "---MIL" for r in kills)
    assert all(not (r["target"] or "").startswith("GBR") for r in rows)
    assert all(r["location"] is None or r["location"]["country"] != "GBR" for r in rows)


def test_anti_and_pro_name_a_stance_not_the_actor(code: CodeFn) -> None:
    rows = code("Anti-U.S. protesters stormed the embassy in Cairo. Pro-Russia rebels shelled "
                "Mariupol.", "2022-03-07")
    sources = {r["source"] for r in rows}
    assert "EGYOPP" in sources
    assert not any((s or "").startswith(("USA", "RUS")) for s in sources)


def test_fighting_beside_the_speaker_is_no_accusation(code: CodeFn) -> None:
    rows = code("Egypt said Egyptian and Sudanese troops attacked the rebels.", "2022-03-07")
    assert rows and all(r["root_code"] == "19" for r in rows)


def test_a_relative_clause_describing_an_actor_is_background(code: CodeFn) -> None:
    rows = code("Sweden met the leaders of Hezbollah, which has attacked Israel for years.",
                "2022-03-07")
    assert {r["root_code"] for r in rows} == {"04"}
    rows = code("The drone was downed at the border, where rebels had attacked Turkish troops.",
                "2022-03-07")
    assert ("---REB", "TURMIL") in {(r["source"], r["target"]) for r in rows}


def test_must_after_a_verb_that_says_nothing_is_no_demand(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("The plan needs money, which means India must raise taxes.",
                           "2022-03-07")
    assert all(r["root_code"] != "10" for r in rows)
    rows = code_unasserted("Egypt said Israel must halt its strikes on Gaza.", "2022-03-07")
    assert [(r["source"], r["target"], r["root_code"]) for r in rows] == [("EGY", "ISR", "10")]


def test_a_statement_that_does_something_is_no_mere_statement(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("Egypt issued a statement condemning the raid.", "2022-03-07")
    assert {r["root_code"] for r in rows} == {"11"}


def test_a_meeting_at_home_has_no_host(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("Obama met members of his security team in Washington.",
                           "2013-04-20")
    assert [(r["source"], r["target"]) for r in rows] == [("USAGOV", None)]


@pytest.mark.parametrize("text", [
    "Trump tweeted on arriving back in the US from the summit.",
    "Obama visited Texas on Sunday.",
])
def test_a_trip_home_visits_no_one(code_unasserted: CodeFn, text: str) -> None:
    rows = code_unasserted(text, "2018-06-13")
    assert [r["target"] for r in rows if r["code"] == "042"] == [None]


@pytest.mark.parametrize(("text", "code"), [
    ("North Korea carried out a sixth nuclear bomb test in September.", "150"),
    ("Russia held a missile drill near the border.", "150"),
    ("North Korea exploded plutonium devices in its first two nuclear tests.", "150"),
    ("Israel carried out a drone strike in Gaza.", "1952"),
    ("Egyptian troops began joint naval exercises on Monday.", "062"),  # still joint
])
def test_what_a_test_or_drill_tries_is_not_done(code_unasserted: CodeFn, text: str,
                                                 code: str) -> None:
    assert {r["code"] for r in code_unasserted(text, "2017-09-13")} == {code}


@pytest.mark.parametrize(("text", "code"), [
    ("Israel captured the eastern side of the city in 1967.", "192"),
    ("Rebels seized part of the province on Sunday.", "192"),
    ("The army recaptured a strategic bridge over the river.", "192"),
    ("Britain took sides in the dispute.", None),
])
def test_part_of_a_town_captured_is_ground_taken(code_unasserted: CodeFn, text: str,
                                                 code: str | None) -> None:
    codes = {r["code"] for r in code_unasserted(text, "2017-12-07") if r["root_code"] in (
        "17", "19")}
    assert codes == ({code} if code else set())


@pytest.mark.parametrize(("text", "code"), [
    ("Hamas made a call for a new uprising.", "020"),
    ("Obama made a call to Putin on Friday.", "041"),
    # what a noun's infinitive is for, as "for" says
    ("Lavrov said Ukraine's call to drop its neutral status was an attempt to derail talks.",
     "020"),
])
def test_a_call_made_for_something_is_an_appeal(code_unasserted: CodeFn, text: str,
                                               code: str) -> None:
    assert {r["code"] for r in code_unasserted(text, "2017-12-07")} == {code}


@pytest.mark.parametrize(("text", "code"), [
    ("Hundreds of Kenyan students took part in a march on Wednesday.", "141"),
    ("Belarusian workers joined the demonstration in Minsk.", "141"),
    ("Nigerian teachers joined the general strike on Monday.", "143"),
    ("Nepal took part in peacekeeping missions in Lebanon.", "074"),
])
def test_taking_part_in_a_protest_is_protesting(code_unasserted: CodeFn, text: str,
                                                code: str) -> None:
    rows = code_unasserted(text, "2020-11-16")
    assert max(rows, key=lambda r: r["confidence"])["code"] == code


@pytest.mark.parametrize(("text", "pairs"), [
    ("Police and protesters clashed at the airport on Tuesday.",
     {("---COP", "---OPP"), ("---OPP", "---COP")}),
    ("Obama and Putin held talks at the G20 summit.",
     {("USAGOV", "RUSGOV"), ("RUSGOV", "USAGOV"), ("USAGOV", "IGOBUSGTW"),
      ("RUSGOV", "IGOBUSGTW")}),
])
def test_sides_that_meet_or_clash_somewhere_do_so_with_each_other(code: CodeFn, text: str,
                                                                  pairs: set) -> None:
    rows = code(text, "2015-06-20")
    assert {(r["source"], r["target"]) for r in rows
            if r["root_code"] in ("04", "19") and r["target"]} == pairs


@pytest.mark.parametrize("text", [
    "Trump's trade battles hurt exports.",
    "Hagel faces an uphill battle in the Senate.",
    "Obama faces a political battle over the budget.",
])
def test_a_battle_of_words_or_votes_is_no_fighting(code_unasserted: CodeFn, text: str) -> None:
    assert not [r for r in code_unasserted(text, "2019-06-25") if r["root_code"] == "19"]


def test_one_given_something_is_the_target_not_the_giver_named_in_it(code: CodeFn) -> None:
    rows = code("Hillary Clinton offered Israel the support of the United States.", "2012-11-20")
    assert {(r["source"], r["target"]) for r in rows} == {("USAGOV", "ISR")}


def test_charges_traded_are_accusations_not_trade(code: CodeFn) -> None:
    rows = code("Syria and the rebels traded charges of using chemical weapons.", "2013-08-28")
    assert {r["root_code"] for r in rows if r["target"]} == {"11"}


def test_a_website_hosted_has_no_visitor(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("The petition site hosted by the House of Commons website crashed.",
                           "2016-06-24")
    assert not [r for r in rows if r["root_code"] == "04"]


def test_a_demand_that_someone_act_is_aimed_at_them(code: CodeFn) -> None:
    rows = code("The UN demanded that Israel withdraw its troops from Gaza.", "2014-07-20")
    assert ("IGOUNO", "ISR", "100") in {(r["source"], r["target"], r["code"]) for r in rows}


@pytest.mark.parametrize("text", [
    "China cracked down on corruption among officials.",
    "The government is trying to clamp down on air pollution.",
    "Beijing's crackdown on graft continued.",
    "Storming off from the talks won't help.",
    "An elderly man in Bangalore receives a free haircut.",
])
def test_a_crackdown_on_a_vice_or_a_walkout_harms_no_one(code_unasserted: CodeFn,
                                                         text: str) -> None:
    assert not [r for r in code_unasserted(text, "2016-03-06")
                if r["root_code"] in ("17", "19", "04")]


@pytest.mark.parametrize("text", [
    "Families have been giving DNA samples to investigators.",
    "New Delhi harbors suspicions about Beijing.",
    "Rathod received a message from WhatsApp on Tuesday.",
])
def test_samples_given_or_suspicions_harboured_are_no_events(code_unasserted: CodeFn,
                                                            text: str) -> None:
    assert not [r for r in code_unasserted(text, "2019-10-29") if r["root_code"] in ("04", "07")]


@pytest.mark.parametrize(("text", "code"), [
    ("Republicans have seized on the fact that Obama waited eight days.", "171"),
    ("Democrats seized upon the remarks of the minister.", "171"),
    ("Analysts said the US intercepted a message between Al Qaeda leaders.", "150"),
    ("Chinese companies are targeting advertisers in Europe.", "190"),
    ("Republicans are targeting young voters in Ohio.", "190"),
    ("Erdogan surrounded himself with guards dressed as Ottoman soldiers.", "191"),
    ("Trump surrounded himself with loyalists.", "191"),
])
def test_arguments_seized_messages_intercepted_buyers_targeted_or_company_kept_are_no_force(
        code_unasserted: CodeFn, text: str, code: str) -> None:
    assert code not in {r["code"] for r in code_unasserted(text, "2013-08-05")}


def test_force_seized_intercepted_or_targeted_stays(code_unasserted: CodeFn) -> None:
    for text, expected in (("Police seized weapons on the border.", "1711"),
                           ("Israel intercepted a rocket fired from Gaza.", "150"),
                           ("Russia targeted civilians in Aleppo.", "190"),
                           ("Syrian troops surrounded the town of Qusair.", "191")):
        assert expected in {r["code"] for r in code_unasserted(text, "2013-08-05")}


def test_sheltering_oneself_gives_no_refuge(code_unasserted: CodeFn) -> None:
    for text in ("Trump spoke on Monday. He had sheltered in a bunker on Friday night.",
                 "Obama sheltered in a bunker."):
        assert not [r for r in code_unasserted(text, "2020-06-01") if r["code"] == "075"]
    rows = code_unasserted("Turkey sheltered two million Syrian refugees.", "2020-06-01")
    assert ("TUR", "SYRREF", "075") in {(r["source"], r["target"], r["code"]) for r in rows}


def test_talking_of_something_is_a_statement_not_a_meeting(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("Trump often talked of the deep state.", "2019-10-29")
    assert {r["code"] for r in rows} == {"010"}


def test_ones_own_means_given_are_no_target(code: CodeFn) -> None:
    rows = code("The administration said it has provided its best intelligence on the attack "
                "to Congress.", "2012-10-10")
    assert "---SPY" not in {r["target"] for r in rows}
    rows = code("The Pentagon provided its best intelligence on the attack.", "2012-10-10")
    assert not [r for r in rows if r["target"] and r["target"].endswith("SPY")]


@pytest.mark.parametrize("text", [
    "The government has deployed 53 drive-through testing stations.",
    "Seoul wants other countries to keep admitting South Korean students.",
])
def test_testing_stations_deployed_or_students_admitted_are_no_events(code_unasserted: CodeFn,
                                                                     text: str) -> None:
    assert not [r for r in code_unasserted(text, "2020-03-11") if r["root_code"] in ("01", "15")]


def test_a_delivery_of_warships_suspended_is_aimed_at_the_buyer(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("France decided to suspend its delivery of warships to Russia.",
                           "2014-09-04")
    assert not [r for r in rows if (r["target"] or "").endswith("MIL")]
    assert {r["mode"] for r in rows if r["root_code"] == "07"} == {"hypothetical"}


@pytest.mark.parametrize(("text", "pair"), [
    ("Saudi Arabia condemned Vladimir Putin's arrest.", (None, "RUSGOV")),
    ("Russia's invasion of Ukraine began in February.", ("RUS", "UKR")),
    ("Mursi faced his trial in a Cairo court.", (None, "EGYELI")),
    ("Navalny's trial opened in Moscow.", (None, "RUSOPP")),
])
def test_whose_arrest_it_is_suffered_it(coder: Coder, text: str, pair: tuple) -> None:
    events = coder.derive(require_source=False).code_text(text, "2013-07-05")
    assert pair in {(e.source and e.source.code, e.target and e.target.code) for e in events
                    if e.code.root in ("17", "19")}


def test_a_prosecution_that_speaks_is_the_prosecutors(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("The Saudi prosecution has acknowledged that the men were part of the "
                           "plot.", "2020-01-01")
    assert not [r for r in rows if r["root_code"] == "17"]


def test_a_banner_hung_kills_no_one(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("A protester fell to his death after hanging a protest banner.",
                           "2019-06-16")
    assert not [r for r in rows if r["root_code"] in ("14", "18")]


def test_a_photo_provided_is_no_aid(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("In this undated photo provided by the North Korean government, Kim "
                           "Jong Un inspects an air defense unit.", "2020-04-12")
    assert not [r for r in rows if r["root_code"] == "07"]


def test_a_name_withheld_is_no_aid_cut(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("The newspaper is withholding the name of its correspondent in "
                           "Turkey.", "2015-10-10")
    assert not [r for r in rows if r["root_code"] == "16"]


def test_releasing_a_list_is_publishing_not_freeing(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("The ministry released a list of Russian officials.", "2022-03-07")
    assert all(r["root_code"] == "01" for r in rows)


def test_what_a_demand_asks_for_is_its_content(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("The ILO repeated its demand that Israel ease restrictions on "
                           "Palestinian workers.", "2022-03-07")
    assert {(r["target"], r["root_code"]) for r in rows if r["root_code"] != "01"} == {
        ("ISR", "10")}


def test_threatened_with_something_is_no_threat(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("Villages in Sudan were threatened with famine.", "2022-03-07")
    assert all(r["root_code"] != "13" for r in rows)
    rows = code_unasserted("Iran was threatened by Israel.", "2022-03-07")
    assert _lenient(rows) == {("ISR", "IRN", "13")}


def test_a_present_condition_has_not_happened(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("The EU will keep the embargo until China signs the covenant.",
                           "2022-03-07")
    assert all(r["mode"] == "hypothetical" for r in rows if r["trigger_text"] == "signs")
    rows = code_unasserted("Fighting went on until Russia withdrew its troops.", "2022-03-07")
    assert any(r["mode"] == "asserted" for r in rows if r["trigger_text"] == "withdrew")


def test_a_present_tense_before_clause_is_scheduled(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("The talks come a day before Macron travels to Beijing.", "2022-03-07")
    assert [r["mode"] for r in rows if r["trigger_text"] == "travels"] == ["hypothetical"]
    rows = code_unasserted("Macron met Scholz in Berlin before he flew to Warsaw.", "2022-03-07")
    assert [r["mode"] for r in rows if r["trigger_text"] == "flew"] == ["asserted"]


def test_an_adjectival_participle_is_no_event(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("Turkey shelled U.S.-backed Kurdish fighters.", "2022-03-07")
    assert {r["trigger_text"] for r in rows} == {"shelled"}


def test_what_a_law_does_is_the_main_event(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("Egypt's parliament passed a bill lifting the emergency law, hours "
                           "after police fired on protesters.", "2022-03-07")
    best = max(rows, key=lambda r: r["confidence"])
    assert (best["source"], best["code"]) == ("EGYLEG", "0814")


def test_remaining_on_alert_is_the_subjects_act(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("Russian troops remained on alert near the border.", "2022-03-07")
    assert ("RUSMIL", "152") in {(r["source"], r["code"]) for r in rows}


def test_the_weapon_used_makes_the_fighting_code(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("The hospital was destroyed by Russian artillery. Rebels attacked the "
                           "base with rockets.", "2022-03-07")
    assert [r["code"] for r in rows] == ["194", "195"]


def test_a_demand_reiterated_with_its_clause_on_the_verb(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("Egypt repeated its demand on Monday that Israel ease the blockade.",
                           "2022-03-07")
    assert {(r["target"], r["root_code"]) for r in rows if r["root_code"] != "01"} == {
        ("ISR", "10")}


def test_a_background_clause_ranks_below_the_main_event(code_unasserted: CodeFn) -> None:
    def shot(text: str) -> float:
        rows = code_unasserted(text, "2022-03-07")
        return next(r["confidence"] for r in rows if r["trigger_text"] == "shot")

    assert shot("Italy suspended flights after a Serbian jet shot down a helicopter.") < shot(
        "Italy suspended flights so that a Serbian jet shot down a helicopter.")


def test_announcing_an_event_is_the_event(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("Italy announced a suspension of flights to Serbia.", "2022-03-07")
    assert [r["code"] for r in rows] == ["160"]
    rows = code_unasserted("Japan described the pact as a response to tensions.", "2022-03-07")
    assert "010" in {r["code"] for r in rows}  # describing a pact is a statement about it


def test_a_hoped_for_event_has_not_happened(code: CodeFn) -> None:
    rows = code("Germany said it hoped that Russia would release the journalists.", "2022-03-07")
    assert not [r for r in rows if r["source"] == "RUS"]  # a hope, not Russia's promise
    rows = code("Germany said that Russia would release the journalists.", "2022-03-07")
    assert [r["root_code"] for r in rows if r["source"] == "RUS"] == ["03"]


def test_a_reduced_passive_with_its_agent(code: CodeFn) -> None:
    rows = code("Two Japanese engineers, held captive by Malian rebels for a month, were freed "
                "on Sunday.", "2022-03-07")
    assert ("MLIREB", "JPN", "181") in {(r["source"], r["target"], r["code"]) for r in rows}
    assert not [r for r in rows if r["source"] == "JPN"]  # the engineers held no one


def test_a_hostage_phrase_without_object_is_the_one_held(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("Eight Turkish sailors, taken hostage in Nigeria last month, were "
                           "released.", "2022-03-07")
    assert not [r for r in rows if r["source"] == "TUR"]
    rows = code_unasserted("Pirates took the Turkish sailors hostage.", "2022-03-07")
    assert [(r["target"][:3], r["code"]) for r in rows] == [("TUR", "181")]


def test_peacekeepers_arriving_are_peacekeeping(code: CodeFn) -> None:
    rows = code("Kenyan peacekeepers arrived in Haiti on Monday.", "2022-03-07")
    assert {(r["source"][:3], r["target"], r["code"]) for r in rows} == {("KEN", "HTI", "074")}
    rows = code("The first Irish peacekeepers deployed to Lebanon in 1978.", "2022-03-07")
    assert {(r["source"][:3], r["target"], r["code"]) for r in rows} == {("IRL", "LBN", "074")}
    rows = code("Kenya's president arrived in Haiti on Monday.", "2022-03-07")
    assert {r["code"] for r in rows} == {"042"}  # a visit stays a visit


def test_an_announced_event_ranks_as_the_announcing_verb(code: CodeFn) -> None:
    rows = code("Italy announced a suspension of air links with Serbia, one day after a Serbian "
                "jet shot down a helicopter.", "2022-03-07")
    best = max(rows, key=lambda r: r["confidence"])
    assert best["code"] == "160"


def test_meeting_a_deadline_is_no_meeting(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("Japan said it would meet the deadline for emission cuts.",
                           "2022-03-07")
    assert "04" not in {r["root_code"] for r in rows}
    rows = code_unasserted("Japan's prime minister will meet the Chinese president.",
                           "2022-03-07")
    assert "04" in {r["root_code"] for r in rows}


def test_a_resignation_is_a_plover_retreat(code: CodeFn) -> None:
    rows = code("Peru's prime minister resigned on Sunday.", "2022-03-07")
    assert [(r["code"], r["plover"], r["plover_mode"]) for r in rows] == [
        ("0831", "RETREAT", "resign")]


def test_international_sanctions_are_a_plover_sanction(code: CodeFn) -> None:
    """PLOVER files international sanctions under SANCTION/discontinue; the CAMEO table's COERCE
    stays for restrictions a government imposes on its own people."""
    rows = code("The European Union imposed new sanctions on Belarus.", "2022-03-07")
    assert [(r["code"], r["plover"], r["plover_mode"]) for r in rows] == [
        ("163", "SANCTION", "discontinue")]
    rows = code("Canada froze the assets of three Russian banks.", "2022-03-07")
    assert {(r["plover"], r["plover_mode"]) for r in rows} == {("SANCTION", "discontinue")}
    rows = code("Iran imposed restrictions on foreign journalists.", "2022-03-07")
    assert [(r["code"], r["plover"]) for r in rows] == [("163", "COERCE")]


def test_a_patron_named_by_a_participle_is_not_the_actor(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("Fighters trained by Iran attacked the base.", "2022-03-07")
    assert "IRN" not in {r["source"] for r in rows if r["root_code"] == "19"}


def test_nothing_under_a_refusal_happened(code: CodeFn) -> None:
    rows = code("Syria refused to allow UN planes to land and evacuate the wounded.", "2022-03-07")
    assert {r["root_code"] for r in rows} == {"12"}


def test_pressure_to_act_is_the_pressure(code: CodeFn) -> None:
    rows = code("Japan's president is being pressured by Congress to help Iran.", "2022-03-07")
    assert {(r["source"], r["target"], r["code"]) for r in rows} == {("USALEG", "JPNGOV", "170")}
    rows = code("Indian police pressured the workers to call off the strike.", "2022-03-07")
    assert {r["code"] for r in rows} == {"170"}


def test_a_conclusion_that_someone_must_act_is_a_demand(code: CodeFn) -> None:
    rows = code("The African Union concluded that Brazil must protect the rainforest.",
                "2022-03-07")
    assert ("BRA", "10") in {(r["target"], r["root_code"]) for r in rows}


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        pytest.param("Japan's Nikkei index declined 0.6% on Monday.", set(), id="prices-decline"),
        pytest.param("Iran declined the offer from Qatar.", {"120"}, id="decline-an-offer"),
        pytest.param("U.S. stocks kicked off the quarter on a sour note.", set(),
                     id="kick-off-is-no-kick"),
        pytest.param("Abbas talked about the history of Jerusalem.", {"010"},
                     id="talking-about-is-a-statement"),
        pytest.param("Abbas talked with Israel about Jerusalem.", {"040"},
                     id="talking-with-is-consulting"),
    ],
)
def test_everyday_senses_of_event_verbs(code: CodeFn, text: str, codes: set[str]) -> None:
    assert {r["code"] for r in code(text, "2022-03-07")} == codes


def test_an_expected_meeting_is_a_meeting(code: CodeFn) -> None:
    rows = code("Japan's foreign minister is expected to meet with China's president on Friday.",
                "2022-03-07")
    assert {r["root_code"] for r in rows} == {"04"}


def test_calling_something_a_name_is_no_phone_call(code: CodeFn) -> None:
    rows = code("France's president called the attack an act of barbarism.", "2022-03-07")
    assert [r["code"] for r in rows] == ["010"]
    rows = code("Russia's president called France's president on Friday.", "2022-03-07")
    assert [r["code"] for r in rows] == ["041"]


def test_the_noun_a_relative_clause_acts_on_is_its_object(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("The images the FBI released show two men.", "2013-04-19")
    assert "084" not in {r["code"] for r in rows}
    rows = code_unasserted("The FBI scheduled press conferences but called them off.",
                           "2013-04-19")
    assert "041" not in {r["code"] for r in rows}


def test_a_quantity_word_holds_the_real_object(code: CodeFn) -> None:
    rows = code("The UN Security Council imposed an array of new sanctions on North Korea.",
                "2017-08-07")
    assert [r["code"] for r in rows] == ["163"]
    rows = code("North Korea fired a barrage of missiles at Japan.", "2017-08-07")
    assert [r["code"] for r in rows] == ["195"]


def test_exercises_held_together_are_military_cooperation(code: CodeFn) -> None:
    def coded(text: str) -> set[tuple[str, str, str]]:
        return {(r["source"][:3], (r["target"] or "")[:3], r["code"])
                for r in code(text, "2022-03-07")}

    assert coded("French and Egyptian warships launched war games in the Mediterranean.") == {
        ("FRA", "EGY", "062"), ("EGY", "FRA", "062")}
    assert coded("Russia held naval drills with China.") == {("RUS", "CHN", "062"),
                                                             ("CHN", "RUS", "062")}
    assert {c for _, _, c in coded("Russia held military drills against Ukraine.")} == {"150"}
    assert {c for _, _, c in coded("North Korea held military drills on Monday.")} == {"150"}


def test_an_event_counted_in_an_amount(code: CodeFn) -> None:
    rows = code("Germany announced a sixfold increase in funding to fight Ebola in Guinea.",
                "2014-10-07")
    best = max(rows, key=lambda r: r["confidence"])
    assert (best["source"], best["root_code"]) == ("DEU", "07")
    rows = code("The U.S. government announced $33 million in assistance to Mozambique.",
                "2019-04-07")
    assert {(r["source"], r["target"], r["root_code"]) for r in rows} == {
        ("USAGOV", "MOZ", "07")}


def test_a_particle_pattern_reads_its_own_phrase(code: CodeFn) -> None:
    rows = code("A U.S. congressional panel called for sanctions against China over human rights "
                "abuses.", "2020-05-19")
    assert "0243" not in {r["code"] for r in rows}


def test_a_particle_pattern_reads_a_quantity_of_its_object(code: CodeFn) -> None:
    rows = code("The United States handed over $4 million worth of medical equipment to "
                "Ethiopia.", "2020-05-19")
    assert {(r["source"], r["target"], r["code"]) for r in rows} == {("USA", "ETH", "070")}


def test_the_direct_object_decides_before_other_phrases(code: CodeFn) -> None:
    rows = code("A German court rejected an extradition request for Spain's former leader on the "
                "charge of rebellion.", "2018-04-07")
    assert "016" not in {r["code"] for r in rows}


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        pytest.param("The U.S. embassy released $1 million in assistance to Nepal.", {"071"},
                     id="releasing-money-is-aid"),
        pytest.param("Nepal's army admitted the man to a hospital in Kathmandu.", set(),
                     id="admitting-to-hospital-is-no-confession"),
    ],
)
def test_money_released_and_patients_admitted(code: CodeFn, text: str, codes: set[str]) -> None:
    assert {r["code"] for r in code(text, "2015-04-27")} == codes


def test_opposing_mediation_is_rejecting_it(code: CodeFn) -> None:
    rows = code("Israel is opposed to French mediation in the talks with Syria.", "2000-05-19")
    assert [r["code"] for r in rows] == ["126"]


def test_a_disaster_is_no_actor(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("Nepal's devastating earthquake that hit Saturday killed 4,000 people.",
                           "2015-04-27")
    assert not [r for r in rows if r["root_code"] == "19"]


def test_engaging_with_someone_is_diplomacy_and_they_is_no_joint_exercise(code: CodeFn) -> None:
    rows = code("Kerry personally engaged with Iran's foreign minister on the issue.", "2016-01-13")
    assert {r["root_code"] for r in rows} == {"04"}
    rows = code("The IAEA met Iran's officials. It said they carried out explosives tests.",
                "2016-01-13")
    assert "062" not in {r["code"] for r in rows}


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        pytest.param("Britain's prime minister will let a new leader take over in June.",
                     set(), id="taking-over-a-post-is-no-occupation"),
        pytest.param("Rebels took over the town of Kidal.", {"192"}, id="taking-over-a-town"),
        pytest.param("Obama gave the order on Friday night.", set(), id="giving-an-order"),
        pytest.param('"We must balance this trade relationship," Trump said.', {"010"},
                     id="we-must-is-no-demand"),
        pytest.param("Obama said that he and Senate leader Harry Reid must deal with the crazies.",
                     {"010"}, id="he-and-another-must-is-no-demand"),
        pytest.param("The minister conceded the plan had failed.", {"010"},
                     id="a-point-conceded-is-nothing-yielded"),
        pytest.param("The rebels conceded the town to the army.", {"080"},
                     id="a-town-conceded-is-yielded"),
    ],
)
def test_orders_takeovers_and_own_resolve(code_unasserted: CodeFn, text: str,
                                          codes: set[str]) -> None:
    assert {r["code"] for r in code_unasserted(text, "2019-05-22") if r["source"]} == codes


def test_acknowledging_something_is_aimed_at_no_place(code: CodeFn) -> None:
    rows = code("Petraeus resigned after acknowledging he had an affair in Afghanistan.",
                "2012-11-10")
    assert [r["target"] for r in rows if r["root_code"] == "01"] == [None]


def test_expelling_aid_workers_and_plover_accusations(code: CodeFn) -> None:
    rows = code("Sudan's president expelled humanitarian aid workers.", "2009-03-05")
    assert "1663" in {r["code"] for r in rows}
    rows = code("A Turkish court indicted Greece's ambassador on Monday.", "2009-03-05")
    assert [(r["code"], r["plover"], r["plover_mode"]) for r in rows] == [
        ("173", "ACCUSE", "allege")]


def test_a_reported_consideration_is_kept(code: CodeFn) -> None:
    rows = code("Britain says it is considering a European Union proposal.", "2018-08-07")
    assert "014" in {r["code"] for r in rows}


def test_declining_to_comment_outranks_what_is_talked_about(coder: Coder) -> None:
    loose = coder.derive(require_source=False)  # as the label sets are scored
    events = loose.code_text("Smith declined to comment on corruption allegations made against "
                             "the police chief by a former aide.", date="2021-03-07")
    assert max(events, key=lambda e: e.confidence).code.code == "011"


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        pytest.param("Israel's president called Australia's president on Wednesday to "
                     "congratulate him.", {"041", "051"}, id="a-call-to-congratulate"),
        pytest.param("Croatia's government is failing to uphold the rights of refugees.", set(),
                     id="failing-to-do-no-event"),
    ],
)
def test_calls_and_failures(code: CodeFn, text: str, codes: set[str]) -> None:
    assert {r["code"] for r in code(text, "2018-08-27")} == codes


def test_calling_for_someone_to_act_is_an_appeal(code: CodeFn) -> None:
    rows = code("European ministers had called for Burma to institute reforms.", "2018-08-27")
    assert [r["code"][:2] for r in rows] == ["02"]


def test_a_hyphenated_complement_and_a_tightened_blockade(code: CodeFn) -> None:
    rows = code("Ethiopia has agreed to re-open its borders.", "2018-08-27")
    assert [r["code"] for r in rows] == ["035"]
    rows = code("NATO said it would tighten the naval blockade of Serbia.", "1999-05-27")
    assert [(r["target"], r["root_code"]) for r in rows] == [("SRB", "13")]


def test_a_threat_is_aimed_where_it_would_happen(code: CodeFn) -> None:
    rows = code("Russia threatened to strike targets in Syria.", "2018-08-27")
    assert [(r["source"], r["target"], r["root_code"]) for r in rows] == [("RUS", "SYR", "13")]
    rows = code("Leaders of Egypt's Muslim Brotherhood criticized the plan.", "2014-09-13")
    assert [r["source"] for r in rows] == ["EGYREBMBR"]  # party leaders lead the party


def test_calling_a_meeting_is_the_meeting(code: CodeFn) -> None:
    rows = code("Japan's prime minister called an emergency meeting with China's president.",
                "2018-08-27")
    assert {r["code"] for r in rows} == {"040"}


def test_a_statement_about_ones_own_country_is_aimed_at_no_one(code: CodeFn) -> None:
    rows = code("China's president repeated China's long-standing position on Taiwan.",
                "2018-08-27")
    assert [(r["source"], r["target"]) for r in rows if r["root_code"] == "01"] == [
        ("CHNGOV", None)]
    rows = code("China's president spoke to Chinese generals.", "2018-08-27")
    assert [r["target"] for r in rows] == ["CHNMIL"]  # a sector of one's country stays


def test_attacking_a_policy_or_the_press_is_criticism(code: CodeFn) -> None:
    rows = code("America's president attacked the press and the investigation on Monday.",
                "2018-08-27")
    assert {r["code"] for r in rows} == {"111"}
    rows = code("Rebels attacked a court in Kabul.", "2018-08-27")
    assert {r["root_code"] for r in rows} == {"19"}


def test_failing_to_say_something_says_nothing(code: CodeFn) -> None:
    rows = code("Trump has failed to say anything about Palestinian claims.", "2018-05-14")
    assert rows == []


def test_an_event_after_which_someone_spoke_is_not_theirs(code: CodeFn) -> None:
    rows = code("Iranian leaders issued calls for revenge after the killing of their general in "
                "an airstrike at the Baghdad airport.", "2020-01-03")
    assert not [r for r in rows if r["source"] == "IRNGOV" and r["root_code"] == "19"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("France sent seven military experts to investigate the attacks on Saudi oil "
                     "facilities.", "093", id="experts-sent-to-investigate"),
        pytest.param("Russia sent military equipment to Syria.", "072", id="military-equipment"),
        pytest.param("Croatia's president attended a commemoration ceremony in Zagreb.", "017",
                     id="a-ceremony-is-symbolic"),
    ],
)
def test_what_is_sent_and_attended(code: CodeFn, text: str, expected: str) -> None:
    best = max(code(text, "2019-09-18"), key=lambda r: r["confidence"])
    assert best["code"] == expected


def test_put_under_investigation(coder: Coder) -> None:
    events = coder.derive(require_source=False).code_text(
        "A US national has been put under investigation in Italy.", date="2001-08-07")
    assert [(e.target.code if e.target else None, e.code.code) for e in events] == [
        ("USA", "090")]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        pytest.param("Twelve U.S. Army soldiers deployed to Nigeria to train Nigerian soldiers.",
                     {"062"}, id="troops-sent-to-train"),
        pytest.param("Nigeria's air force carried out surgical operations for displaced persons.",
                     {"073"}, id="surgical-operations-are-no-attack"),
        pytest.param("Germany sent a plane to help fight the Ebola epidemic in Guinea.", {"070"},
                     id="fighting-an-epidemic-is-no-fight"),
    ],
)
def test_purposes_and_operations(code: CodeFn, text: str, codes: set[str]) -> None:
    assert {r["code"] for r in code(text, "2014-10-17")} == codes


def test_troops_leaving_a_country_withdraw(code: CodeFn) -> None:
    rows = code("Russian troops left Syria on Monday.", "2017-12-12")
    assert [(r["source"], r["target"], r["code"]) for r in rows] == [("RUSMIL", "SYR", "0874")]


@pytest.mark.parametrize("text", [
    "Trump spoke after the Republican leadership retreat at Camp David.",
    "Pelosi handed him the papers at the House Democratic retreat in Maryland.",
])
def test_a_leadership_retreat_is_no_withdrawal(code_unasserted: CodeFn, text: str) -> None:
    rows = code_unasserted(text, "2018-01-07")
    assert "0874" not in {r["code"] for r in rows}


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        pytest.param("Saudi Arabia's cold war with Iran goes on.", set(), id="a-cold-war"),
        pytest.param("The United States has taken a hardline position on Iran.", set(),
                     id="taking-a-position"),
        pytest.param("Bush invaded Iraq in 2003.", set(), id="a-surname-is-no-egyptian-town"),
    ],
)
def test_figures_of_speech_and_names(code: CodeFn, text: str, codes: set[str]) -> None:
    assert {r["code"] for r in code(text, "2013-11-07")} == codes


def test_for_that_marks_a_clause_is_the_verbs_particle(code_unasserted: CodeFn) -> None:
    """"pushed for X to do Y" is parsed with "for" marking the clause, not as a preposition."""
    rows = code_unasserted("The Trump administration has pushed for Congress to update the law.",
                           "2022-03-07")
    assert ("USAGOV", "020") in {(r["source"], r["code"]) for r in rows}


def test_a_headline_verb_tagged_as_a_noun_still_triggers(code: CodeFn) -> None:
    """The small model tags the present tense "hand" of a headline as a noun at the root."""
    rows = code("The EU and the UN hand over essential medical supplies to the Nigerian government.",
                "2022-03-07")
    assert {(r["source"], r["target"], r["code"]) for r in rows} >= {
        ("IGOEUREEC", "NGAGOV", "070"), ("IGOUNO", "NGAGOV", "070")}


def test_reinforcing_a_commitment_moves_no_troops(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("Germany reinforced its commitment to the refugees.", "2022-03-07")
    assert "154" not in {r["code"] for r in rows}
    rows = code_unasserted("Russia reinforced its troops near the border.", "2022-03-07")
    assert "154" in {r["code"] for r in rows}


def test_observers_sent_are_a_monitoring_mission_not_a_deployment(code: CodeFn) -> None:
    rows = code("The European Union has deployed election observers in Zimbabwe.", "2022-03-07")
    assert [(r["source"], r["target"], r["code"]) for r in rows] == [("IGOEUREEC", "ZWE", "074")]


def test_a_contribution_of_money_is_aid(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("Japan announced a contribution of 5 million dollars to UNICEF.",
                           "2022-03-07")
    assert "071" in {r["code"] for r in rows}
    rows = code_unasserted("She praised his contribution to the debate.", "2022-03-07")
    assert "071" not in {r["code"] for r in rows}


def test_delivering_a_defense_of_a_policy_is_a_statement(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("The White House spokesman delivered a defense of the president's "
                           "Syria policy.", "2022-03-07")
    assert {r["root_code"] for r in rows} == {"01"}


def test_taking_up_positions_is_a_show_of_force_not_a_capture(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("Troops took up positions along the border.", "2022-03-07")
    assert {r["code"] for r in rows} == {"150"}
    rows = code_unasserted("Rebels took government positions near the airport.", "2022-03-07")
    assert "192" in {r["code"] for r in rows}


def test_using_force_is_fighting_and_by_police_repression(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("The United States said it was ready to use force against North "
                           "Korea.", "2022-03-07")
    assert ("USA", "PRK", "138") in {(r["source"], r["target"], r["code"]) for r in rows}
    rows = code_unasserted("Police used force to clear the square.", "2022-03-07")
    assert {r["code"] for r in rows} == {"175"}  # the pattern naming its subjects is the closer


def test_what_is_done_without_doing_is_not_done(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("The army withdrew from the town without firing a shot.", "2022-03-07")
    assert [r["mode"] for r in rows if r["trigger_text"] == "firing"] == ["negated"]


@pytest.mark.parametrize("text", [
    "Should Israel launch a ground invasion of Gaza, the violence will spread.",
    "Had the army withdrawn earlier, fewer people would have died.",
    "Israel should invade Gaza, the minister said.",
])
def test_inverted_conditions_and_should_are_not_done(code_unasserted: CodeFn, text: str) -> None:
    rows = code_unasserted(text, "2022-03-07")
    assert rows and all(r["mode"] == "hypothetical" for r in rows
                        if r["root_code"] in ("19", "08"))
    assert {r["root_code"] for r in rows} & {"19", "08"}


def test_releasing_information_is_a_statement_not_a_release(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("The police released more information about the attack.",
                           "2022-03-07")
    assert {r["root_code"] for r in rows} == {"01"}


@pytest.mark.parametrize(("text", "code"), [
    ("Russia waged war on Ukraine.", "190"),  # "waged" was lemmatised "wag"
    ("Police cordoned off the square.", "191"),  # "cordoned" was "cordone"
    ("Iran hoped to sign the deal.", "032"),  # "hoped" was "hop": no intent frame
])
def test_words_the_small_model_mislemmatises_still_trigger(code_unasserted: CodeFn, text: str,
                                                           code: str) -> None:
    assert code in {r["code"] for r in code_unasserted(text, "2022-03-07")}


def test_what_is_hoped_of_others_is_no_intent(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("Kigali said it hoped French officials would be indicted.",
                           "2022-03-07")
    assert not [r for r in rows if r["root_code"] in ("03", "13") and r["mode"] == "asserted"]


def test_a_diplomatic_war_is_no_fighting(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("The Palestinians are waging a diplomatic and legal war against "
                           "Israel.", "2022-03-07")
    assert "19" not in {r["root_code"] for r in rows}


def test_a_verb_parsed_as_an_object_lends_no_modifier(code_unasserted: CodeFn) -> None:
    """"in a strike complaining of ...": "strike" modifies a verb the parser made the object."""
    rows = code_unasserted("Hundreds of employees stopped work on Tuesday in a strike "
                           "complaining of changes.", "2022-03-07")
    assert "143" in {r["code"] for r in rows} and "087" not in {r["code"] for r in rows}


def test_forces_remaining_on_alert(code: CodeFn) -> None:
    rows = code("Several thousand French police and soldiers remained on alert.", "2022-03-07")
    assert {(r["source"], r["code"]) for r in rows} == {("FRACOP", "152"), ("FRAMIL", "152")}


@pytest.mark.parametrize(("text", "code"), [
    ("The army prepared to resume shelling the rebel-held villages.", "150"),
    ("Japan is preparing to sign the trade deal.", "032"),
    ("Russia threatened to resume attacks on the city.", "138"),
    ("The United Nations sent military personnel to Bosnia to investigate the massacre.", "094"),
    ("The UN shipped its peacekeepers out of the enclave on Friday.", "1661"),
    ("The United States banned all aid to the rebels.", "162"),
])
def test_frames_purposes_and_withdrawals(code_unasserted: CodeFn, text: str, code: str) -> None:
    rows = code_unasserted(text, "2022-03-07")
    best = max(rows, key=lambda r: r["confidence"])
    assert best["code"] == code


def test_youths_are_civilians(code: CodeFn) -> None:
    rows = code("Palestinian youths threw stones at police.", "2022-03-07")
    assert [r["source"] for r in rows] == ["PSECVL"]


def test_preparing_to_attend_is_the_visit_announced(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("The US president prepared to attend the Beijing Olympics.",
                           "2022-03-07")
    assert "04" in {r["root_code"] for r in rows} and "03" not in {r["root_code"] for r in rows}


def test_a_town_naming_a_noun_event_is_where_not_who(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("The Benghazi attack killed the ambassador.", "2022-03-07")
    assert "LBY" not in {r["source"] for r in rows if r["trigger_text"] == "attack"}
    rows = code_unasserted("The Kremlin statement criticized NATO.", "2022-03-07")
    assert {r["source"] for r in rows} == {"RUSGOV"}


def test_a_capital_naming_talks_is_their_venue(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("The Vienna talks between Iran and the United States resumed.",
                           "2022-03-07")
    talks = {(r["source"], r["target"]) for r in rows if r["trigger_text"] == "talks"}
    assert talks and all("AUT" not in pair for pair in talks)


def test_a_statement_that_mentions_an_event_in_passing_is_a_statement(code: CodeFn) -> None:
    # "the stalled negotiations" is background to what Lavrov said, not a reported act
    rows = code("Sergei Lavrov suggested on Monday that the French plan was an attempt to revive "
                "the stalled negotiations.", "2022-03-07")
    assert ("RUSGOV", "010") in {(r["source"], r["code"]) for r in rows}
    # a reported act with its own actors still replaces the statement
    rows = code("Lavrov said on Monday that Ukrainian forces attacked Donetsk.", "2022-03-07")
    assert "010" not in {r["code"] for r in rows}


@pytest.mark.parametrize(("text", "code"), [
    ("Washington is targeting Chinese tech companies with tariffs.", "163"),
    ("Russian troops marched into eastern Ukraine.", "192"),
    ("Protesters marched on parliament.", "141"),
])
def test_targets_and_marches_by_their_means_and_marchers(code_unasserted: CodeFn, text: str,
                                                         code: str) -> None:
    assert {r["code"] for r in code_unasserted(text, "2022-03-07")} == {code}


def test_an_event_before_which_one_acts_is_no_object(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("Following the attack, the minister ordered the removal of an "
                           "official.", "2022-03-07")
    assert [r["trigger_text"] for r in rows if r["root_code"] == "19"] in ([], ["attack"])


def test_an_attempt_is_an_assassination_attempt_only_on_someone(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("Despite his attempt to subvert the election, Trump ran again.",
                           "2022-03-07")
    assert "185" not in {r["code"] for r in rows}
    rows = code_unasserted("Rebels made an attempt on the president's life.", "2022-03-07")
    assert "185" in {r["code"] for r in rows}


def test_striking_a_tone_is_no_strike(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("The president struck a conciliatory tone toward China.", "2022-03-07")
    assert "19" not in {r["root_code"] for r in rows}


def test_sending_a_delegation_is_a_visit_not_aid(code: CodeFn) -> None:
    rows = code("Egypt sent a delegation to Israel on Monday.", "2022-03-07")
    assert [(r["source"], r["target"], r["code"]) for r in rows] == [("EGY", "ISR", "042")]


def test_an_errand_made_to_mediate_is_the_mediation(code: CodeFn) -> None:
    rows = code("Egypt sent a delegation to Israel to mediate between the two sides.", "2022-03-07")
    assert [(r["source"], r["target"], r["code"]) for r in rows] == [("EGY", "ISR", "045")]
    rows = code("Obama and Putin will meet in Zurich to discuss trade.", "2022-03-07")
    assert {r["code"] for r in rows} == {"040"}


@pytest.mark.parametrize("text", [
    "It was unclear what the army would do given the president's refusal to resign.",
    "The people of Egypt gave me the mandate for president.",
])
def test_given_as_a_preposition_and_a_mandate_are_no_aid(code_unasserted: CodeFn,
                                                         text: str) -> None:
    assert "07" not in {r["root_code"] for r in code_unasserted(text, "2022-03-07")}


def test_an_official_visit_is_not_made_by_an_official(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("An official visit to Japan was planned for May.", "2022-03-07")
    assert "---GOV" not in {r["source"] for r in rows}


def test_agreeing_that_others_should_act_is_no_intent(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("The government agreed with the Senate that Canadians should be "
                           "entitled to assistance.", "2022-03-07")
    assert "03" not in {r["root_code"] for r in rows}
    rows = code_unasserted("Japan and China agreed that they should cooperate on trade.",
                           "2022-03-07")
    assert "03" in {r["root_code"] for r in rows}


@pytest.mark.parametrize(("text", "code_", "target"), [
    ("Venezuela closed its border with Colombia.", "191", "COL"),
    ("Turkey closed its airspace to Russian planes.", "191", "RUS"),
    ("Pakistan reopened its border with Afghanistan.", "081", "AFG"),
])
def test_a_border_is_closed_or_opened_to_its_neighbour(code: CodeFn, text: str, code_: str,
                                                       target: str) -> None:
    rows = code(text, "2022-03-07")
    assert {(r["code"], r["target"]) for r in rows} == {(code_, target)}


def test_charging_that_something_happened_is_an_accusation(code: CodeFn) -> None:
    rows = code("Iran charged that the United States was arming the rebels.", "2022-03-07")
    assert ("IRN", "USA", "112") in {(r["source"], r["target"], r["code"]) for r in rows}
    assert "173" not in {r["code"] for r in rows}
    rows = code("Prosecutors charged the former minister with corruption.", "2022-03-07")
    assert {r["code"] for r in rows} == {"173"}


def test_a_phrase_before_the_verb_is_no_particle(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("On the eve of the summit, Obama insisted that the visit was private.",
                           "2022-03-07")
    assert "100" not in {r["code"] for r in rows}  # no "insist on"
    rows = code_unasserted("These were the terms on which Iran insisted.", "2022-03-07")
    assert "100" in {r["code"] for r in rows}


@pytest.mark.parametrize("text", [
    "Afghan forces will take charge of security in the spring.",  # the stop takes its object
    "The Pentagon denied that General Allen had engaged in any wrongdoing.",
    "The Senate forced a vote on the nominee.",
    "The Muslim Brotherhood hijacked the vote of the people.",
    "The Justice Department secretly gathered e-mails of the reporter.",
    "The White House released the e-mails.",
    "A state senator from Georgia is launching a bid to become governor.",
    "Oxfam urged donors to help Afghan civilians threatened with starvation.",
    "Saudi Arabia's breach with Qatar deepened.",
    "John Kerry actually wound up sobbing in Geneva.",
    "The Iran deal failed to quell skepticism among Republicans in Congress.",
    "The Japanese army demonstrated a new technique to British officers.",
    "The FBI has been amassing evidence against the Russian embassy.",
    "President Trump fired the FBI director.",
    "The deputy attorney general was fired by the Trump administration.",
])
def test_idioms_are_no_events(code_unasserted: CodeFn, text: str) -> None:
    codes = {r["code"] for r in code_unasserted(text, "2022-03-07")}
    assert not codes & {"173", "190", "170", "181", "044", "084", "130", "128", "175", "141",
                        "193"}


def test_calling_into_question_is_doubt_not_a_call(code: CodeFn) -> None:
    rows = code("Seoul called into question Japan's commitment to the treaty.", "2022-03-07")
    assert ("KOR", "110") in {(r["source"], r["code"]) for r in rows}
    assert "041" not in {r["code"] for r in rows}


def test_what_an_intent_serves_is_intended_too(code: CodeFn) -> None:
    # the sending is a purpose of the opening Egypt agreed to: nothing was sent yet
    rows = code("Egypt agreed to open its border to allow Iran to deliver aid to Gaza.",
                "2022-03-07")
    assert {r["root_code"] for r in rows} == {"03"}


def test_fighting_for_a_cause_is_no_fighting(code: CodeFn) -> None:
    rows = code("British veterans are fighting for justice.", "2022-03-07")
    assert "190" not in {r["code"] for r in rows}
    rows = code("British troops fought for control of the town.", "2022-03-07")
    assert "190" in {r["code"] for r in rows}


def test_a_re_verb_without_a_pattern_for_its_object_reads_as_the_base_verb(code: CodeFn) -> None:
    rows = code("Israel reimposed a blockade on the West Bank.", "2022-03-07")
    assert {(r["source"], r["code"]) for r in rows} == {("ISR", "191")}
    rows = code("Sudan reimposed the curfew in Khartoum.", "2022-03-07")
    assert {r["code"] for r in rows} == {"1723"}
    rows = code("The Saudi ambassador recalled his years in Cairo.", "2022-03-07")
    assert "041" not in {r["code"] for r in rows}


def test_a_particle_read_as_a_numbers_modifier_is_still_the_particle(code: CodeFn) -> None:
    rows = code("Japan handed over 200 ambulances to Ukraine.", "2022-03-07")
    assert ("JPN", "UKR", "070") in {(r["source"], r["target"], r["code"]) for r in rows}
    rows = code("Germany and UNICEF hand over 30 vehicles to clinics in Afar.", "2022-03-07")
    assert "070" in {r["code"] for r in rows}


def test_a_modifier_read_with_its_noun_is_no_event_of_its_own(coder: Coder) -> None:
    anyone = coder.derive(require_source=False)
    for text in ("China and Russia held a war game near Japan.",
                 "Japan joined the allied war game in the Pacific."):
        assert "190" not in {e.code.code for e in anyone.code_text(text, "2022-03-07")}


def test_expressing_a_wish_is_an_optimistic_comment(code: CodeFn) -> None:
    rows = code("Erdogan expressed his wish that the Gulf crisis would end soon.", "2022-03-07")
    assert ("TURGOV", "013") in {(r["source"], r["code"]) for r in rows}


@pytest.mark.parametrize("text", [
    "Chirac reminded Iraq that it must cooperate fully with the inspectors.",
    "Chirac issued a stern reminder to Iraq that it must cooperate fully with the inspectors.",
    "Chirac issued a warning to Iraq that it must cooperate fully with the inspectors.",
])
def test_must_said_to_someone_is_a_demand_on_them(code: CodeFn, text: str) -> None:
    rows = code(text, "2002-11-16")
    assert ("FRAGOV", "IRQ", "10") in {(r["source"], r["target"], r["root_code"]) for r in rows}


def test_weapons_of_mass_destruction_destroy_nothing(coder: Coder) -> None:
    anyone = coder.derive(require_source=False)
    events = anyone.code_text("Inspectors searched Iraq for weapons of mass destruction.",
                              "2002-11-16")
    assert "1712" not in {e.code.code for e in events}


def test_an_according_to_attribution_reports_no_event_of_its_own(code: CodeFn) -> None:
    rows = code("A prisoner died in custody, according to a report by doctors sent to Israel by "
                "an Amnesty International team.", "2022-03-07")
    assert "07" not in {r["root_code"] for r in rows}
    rows = code("According to Israeli officials, Hamas fired rockets at Sderot.", "2022-03-07")
    assert ("PSEREBHMS", "ISR", "195") in {(r["source"], r["target"], r["code"]) for r in rows}


@pytest.mark.parametrize(("text", "expected"), [
    ("Hamas claimed that its fighters attacked the base.", {("PSEREBHMS", "015")}),
    ("Iran claimed that Israel attacked the base.", {("IRN", "112")}),
])
def test_a_claim_of_ones_own_attack_and_of_anothers(code: CodeFn, text: str,
                                                    expected: set[tuple[str, str]]) -> None:
    rows = code(text, "2022-03-07")
    assert {(r["source"], r["code"]) for r in rows if r["trigger_text"] == "claimed"} == expected


def test_claiming_what_another_would_not_have_done_claims_nothing(code: CodeFn) -> None:
    rows = code("Trump claimed that the Russian president would not have invaded Crimea had he "
                "been in office.", "2018-07-15")
    assert not {"015", "112"} & {r["code"] for r in rows}


def test_receiving_payments_is_no_hosting(code: CodeFn) -> None:
    rows = code("American farmers will receive payments from the Agriculture Department.",
                "2018-07-15")
    assert "043" not in {r["code"] for r in rows}


@pytest.mark.parametrize(("text", "code_"), [
    # a stop pattern reads its direct object only: these objects follow a preposition
    ("Egyptian protesters demonstrated against the commitment of US troops.", "141"),
    ("Egyptian protesters demonstrated in support of Morsi.", "141"),
    ("Militants fired at the Afghan army commander.", "193"),
    ("Kurdish rebels fought for independence from Turkey.", "190"),
    ("Hamas took responsibility for the attack on Israel.", "015"),
    ("Russia demonstrated its military strength near the border.", "150"),
])
def test_stop_patterns_spare_the_event_they_resemble(code_unasserted: CodeFn, text: str,
                                                      code_: str) -> None:
    assert code_ in {r["code"] for r in code_unasserted(text, "2022-03-07")}


def test_an_agreement_on_what_others_should_do_is_no_intent_in_a_split_parse(
        code: CodeFn) -> None:
    # the parser splits the "that" clause in two ("Canadians suffering ..." / "should be ...")
    rows = code("The Canadian government has agreed with the Senate that Canadians suffering "
                "from grievous illnesses should be entitled to receive medical assistance.",
                "2022-03-07")
    assert "03" not in {r["root_code"] for r in rows}


def test_a_statement_about_what_could_happen_is_a_statement(code: CodeFn) -> None:
    rows = code("Sergei Lavrov said the talks could resume if Kyiv agreed to attend.",
                "2022-03-07")
    assert ("RUSGOV", "010") in {(r["source"], r["code"]) for r in rows}


def test_letting_others_act_is_yielding(code: CodeFn) -> None:
    rows = code("Turkey allowed the Kurdish refugees to return home.", "2022-03-07")
    assert {(r["source"], r["root_code"]) for r in rows} == {("TUR", "08")}
    rows = code("Syria allowed UN inspectors to visit the site.", "2022-03-07")
    assert {(r["source"], r["target"], r["code"]) for r in rows} == {("SYR", "IGOUNO", "086")}


def test_not_letting_others_act_is_a_refusal(code: CodeFn) -> None:
    rows = code("Merkel said she would not allow Turkey to join the bloc.", "2015-03-07")
    assert {(r["source"], r["target"], r["root_code"]) for r in rows} == {
        ("DEUGOV", "TUR", "12")}


def test_what_a_capture_made_possible_is_no_grant(code: CodeFn) -> None:
    rows = code("Syrian troops captured three villages, allowing them to cut supply lines.",
                "2022-03-07")
    assert "08" not in {r["root_code"] for r in rows}


def test_a_purpose_of_an_intent_is_intended_even_when_it_lets_others_act(
        code: CodeFn) -> None:
    rows = code("Egypt has agreed to open its border with Gaza to allow aid convoys into the "
                "territory.", "2022-03-07")
    assert {r["root_code"] for r in rows} == {"03"}


def test_nothing_a_demand_asks_for_happened(code: CodeFn) -> None:
    for text in ("Oxfam said Saudi forces must reopen the port to deliver food to Yemen.",
                 "Oxfam said Saudi forces must reopen the port to allow food to reach Yemen."):
        rows = code(text, "2022-03-07")
        assert {(r["source"], r["target"], r["root_code"]) for r in rows} == {
            ("NGOXFM", "SAUMIL", "10")}


def test_hailing_from_a_place_is_no_praise(code: CodeFn) -> None:
    assert not code("The Muslim Brotherhood, from which the minister hails, won the vote.",
                    "2015-03-07")


def test_what_an_intended_act_holds_is_intended_too(code: CodeFn) -> None:
    rows = code("Egypt said it was ready to host talks.", "2023-05-12")
    assert {r["code"] for r in rows} == {"036"}
    rows = code("Iraq agreed to conduct inspections of Iranian cargo planes.", "2023-05-12")
    assert "09" not in {r["root_code"] for r in rows}


def test_an_event_with_its_own_performer_under_an_intent_still_happened(code: CodeFn) -> None:
    rows = code("Israel refuses to end its occupation, Abbas said.", "2015-03-07")
    assert ("ISR", "192") in {(r["source"], r["code"]) for r in rows}


@pytest.mark.parametrize(("text", "expected"), [
    ("Turkish jets destroyed weapon depots in northern Iraq.", ("TUR", "195")),
    ("Israeli warplanes struck targets in Gaza overnight.", ("ISRMIL", "195")),
    # a suicide bomber is a person, not an aircraft
    ("Two suicide bombers killed nine soldiers in Kabul.", ("AFGUAF", "190")),
])
def test_a_weapon_as_subject_makes_the_attack_specific(code: CodeFn, text: str,
                                                        expected: tuple[str, str]) -> None:
    assert expected in {(r["source"], r["code"]) for r in code(text, "2023-02-20")}


def test_whoever_fired_the_weapon_struck(code: CodeFn) -> None:
    rows = code("Four rockets fired from Lebanon slammed into the Israeli town of Metula.",
                "2023-02-20")
    assert ("LBN", "ISR", "195") in {(r["source"], r["target"], r["code"]) for r in rows}
    assert "111" not in {r["code"] for r in rows}  # no rebuke


def test_a_hug_is_no_endorsement(code: CodeFn) -> None:
    assert not code("Israeli and Palestinian mothers embraced each other in Jerusalem.",
                    "2023-02-20")


@pytest.mark.parametrize("text", [
    "Thousands of Romanians took to the streets of Bucharest on Friday.",
    "Hundreds of thousands of protesters returned to the streets of Hong Kong on Sunday.",
    "About 20,000 people gathered in Los Angeles in a peaceful protest against racism.",
    "Students gathered outside the university for a vigil.",
])
def test_crowds_in_the_streets_demonstrate(code: CodeFn, text: str) -> None:
    assert "141" in {r["code"] for r in code(text, "2023-02-20")}


def test_leaders_gathering_for_a_summit_do_not_demonstrate(code: CodeFn) -> None:
    assert "14" not in {r["root_code"] for r in code("Leaders gathered in Paris for a summit.",
                                                     "2023-02-20")}


@pytest.mark.parametrize("text", [
    "Yemeni government forces captured the port of Mokha on Monday.",
    "Iraqi troops freed several villages from the militants.",
    "Syrian government forces recovered control of two villages from the rebels.",
    "The army regained the town after a week of fighting.",
])
def test_taking_back_ground_is_occupying_territory(code: CodeFn, text: str) -> None:
    assert "192" in {r["code"] for r in code(text, "2023-02-20")}


def test_a_grenade_thrown_is_a_bombing_not_a_stone(code: CodeFn) -> None:
    rows = code("Militants lobbed a grenade at a police station in Srinagar.", "2023-02-20")
    assert {r["code"] for r in rows} == {"183"}
    rows = code("Protesters hurled stones at the police.", "2023-02-20")
    assert {r["code"] for r in rows} == {"145"}


def test_cutting_supplies_and_sharing_intelligence(code: CodeFn) -> None:
    rows = code("Russia halted oil deliveries to Poland.", "2023-02-20")
    assert {(r["source"], r["target"], r["root_code"]) for r in rows} == {("RUS", "POL", "16")}
    rows = code("Japan and South Korea resumed military intelligence sharing.", "2023-02-20")
    assert {(r["source"], r["target"], r["code"]) for r in rows} == {
        ("JPN", "KOR", "064"), ("KOR", "JPN", "064")}


def test_cutting_supply_lines_is_a_blockade(code: CodeFn) -> None:
    rows = code("The army cut supply lines to the rebels in Qusayr.", "2023-02-20")
    assert {r["code"] for r in rows} == {"191"}


@pytest.mark.parametrize("text", [
    "The Kremlin did not comment on the strikes.",
    "The Kremlin would not confirm the report.",
    "The Russian embassy did not respond to a request for comment.",
])
def test_not_commenting_is_declining_comment(code: CodeFn, text: str) -> None:
    assert {r["code"] for r in code(text, "2024-06-01")} == {"011"}


def test_not_responding_to_an_attack_is_no_comment(code: CodeFn) -> None:
    assert not code("Iran did not respond to the attack.", "2024-06-01")


def test_neither_confirming_nor_denying_is_declining_comment(code: CodeFn) -> None:
    rows = code("Israel would not confirm or deny the Syrian claim.", "2024-06-01")
    assert {(r["source"], r["code"]) for r in rows} == {("ISR", "011")}


def test_swaths_of_territory_are_territory(code: CodeFn) -> None:
    rows = code("The Islamic State has captured large swaths of territory in Iraq and Syria.",
                "2015-03-07")
    assert {r["code"] for r in rows} == {"192"}


def test_delivering_an_upset_is_no_aid(code: CodeFn) -> None:
    assert not code("British voters delivered a stunning political upset.", "2015-05-08")


def test_delivering_a_letter_is_a_message_not_aid(code: CodeFn) -> None:
    rows = code("North Korea's envoy delivered a letter from Kim Jong Un to the South Korean "
                "president.", "2019-06-20")
    assert {r["root_code"] for r in rows} == {"01"}


@pytest.mark.parametrize(("text", "expected"), [
    # receiving a thing is no host's welcome
    ("The Jordanian delegation received a briefing on the refugee camps in Lebanon.", set()),
    ("Sudan received 40 percent of the vote in the UN assembly.", set()),
    ("The Egyptian president received the Israeli envoy in Cairo.", {("EGY", "ISR", "04")}),
    # what a relative clause received is the noun it describes, not its conjuncts
    ("The aid that Burundi received from Belgium was cut.", {("BEL", "BDI", "07")}),
    ("Nigeria explained its position and the actions that Chad took.", {("NGA", None, "01")}),
    # a text is a message; a sister sent abroad goes as an envoy
    ("Obama had sent a text to the Russian ambassador.", {("USA", "RUS", "01")}),
    ("Kim Jong Un sent his sister to South Korea.", {("PRK", "KOR", "04")}),
])
def test_what_is_received_or_sent(code: CodeFn, text: str, expected: set[Triple]) -> None:
    assert _lenient(code(text, "2018-02-07")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Egypt renewed its call for a ceasefire in Gaza.", {("EGY", None, "02")}),
    ("The UN repeated its call on Israel for restraint.", {("IGO", "ISR", "02")}),
    ("Obama's call with Netanyahu lasted an hour.", {("USA", "ISR", "04")}),
])
def test_a_call_for_something_is_an_appeal(code: CodeFn, text: str, expected: set[Triple]
                                           ) -> None:
    assert {t for t in _lenient(code(text, "2014-07-20")) if t[2] in ("02", "04")} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Obama will launch another initiative in Syria.", set()),
    ("Chavez maintained fervent supporters throughout his rule.", set()),
    ("Private schools in Turkey offering courses in Arabic closed this year.", set()),
    ("Turkish Airlines offered discounts to passengers from Germany.", set()),
    ("China offered Pakistan a loan.", {("CHN", "PAK", "03")}),
    ("The Obama administration has sent conflicting responses to Russia.", set()),
    ("The administration sent terror suspects to Guantanamo.", set()),
    ("China sent a flotilla of ships to the islands.", {("CHN", None, "15")}),
    ("Bin Laden signed his will in December 2001.", set()),
    ("The Pentagon had the soldiers sign nondisclosure statements.", set()),
    ("Ninety House Republicans signed a letter to Obama.", {("USA", "USA", "01")}),
    ("More than 200 lawmakers have signed on to the bill.", {("---", None, "05")}),
    ("Iran would continue adding to its stockpile of uranium.", set()),
    ("A demonstrator kicks a tear gas shell in Karachi.", set()),
    ("The Russian government's plans have kicked into high gear.", set()),
    ("Netanyahu added that Israel would respond.", {("ISR", None, "01")}),
    ("In December, Pompeo gave Moscow 60 days to come back into compliance.",
     {("USA", "RUS", "13")}),
    ("Trump is giving Israel a free hand in Jerusalem.", set()),
    ("Saudi Arabia gave Egypt $5 billion.", {("SAU", "EGY", "07")}),
    ("Obama called Morsy on Monday.", {("USA", "EGY", "04")}),
    # a hand in an act is that act, no aid
    ("Unarmed police officers rushed to help save lives.", set()),
    ("A Democratic senator helped design the health care law.", set()),
    ("Those troops helped train Afghan forces.", {("---", "AFG", "06")}),
    ("Japan helped Indonesia after the tsunami.", {("JPN", "IDN", "07")}),
    ("Russia gave itself a new constitution.", set()),  # aid to oneself is none
    ("The rebels armed themselves with rifles.", set()),
    ("Kerry said the U.S. would protect itself and its allies.", {("USA", None, "03")}),
    ("Egypt lifted the state of emergency.", {("EGY", None, "08")}),
    ("Mali declared a state of emergency.", {("MLI", None, "17")}),
    ("Thailand imposed martial law.", {("THA", None, "17")}),
    ("Hamas declared an Islamic state in Gaza.", {("PSE", None, "01")}),  # no emergency
    # fighting for a goal or against a policy is no fighting
    ("A wounded U.S. soldier was fighting for his life.", set()),
    ("Students say they will keep fighting for free elections in Hong Kong.", set()),
    ("China launched a charm offensive in Africa.", set()),
    ("Iran's diplomatic offensive against Israel failed.", set()),
    ("The Assad regime continues to fight for isolated areas in the north.", {("SYR", None, "19")}),
    ("Under Reagan, the U.S. fought such measures.", {("USA", None, "11")}),
    ("India and Pakistan fought for 13 days.", {("IND", "PAK", "19"), ("PAK", "IND", "19")}),
    ("Kerry called what happened Wednesday \"deplorable.\"", set()),
    ("The Islamic State adheres to what it calls its law.", set()),
    ("Chavez maintained that the United States had plotted a coup.", {("VEN", None, "01")}),
    ("North Korea is demonstrating that it is an equal of China.", set()),
    ("Thousands of Venezuelans demonstrated against the government in Caracas.",
     {("VEN", "VEN", "14")}),
    ("The Chinese tariffs would hit Daimler's profits.", {("CHN", None, "16")}),
    ("The Senate committee signed off on the Pentagon's plan.", {("---", "USA", "05")}),
    ("General Dempsey gave five options on Syria to the senators.", set()),
    # an event noun that only describes the thing it modifies
    ("Lufthansa set up a family assistance center in Marseille for France.", set()),
    ("Russian attack helicopters flew over Kiev.", {("RUS", "UKR", "15")}),  # a flyover, no attack
    ("The United States sent a $1 billion aid package to Ukraine.", {("USA", "UKR", "07")}),
    # giving someone control or space is no aid; "must be true" is no demand
    ("The decree gives the Saudi crown prince tighter control over the army.", set()),
    ("Trump Jr. said the rumors about Iran must be true.", {("USA", None, "01")}),
    # a reception, a domestic signature, a retreat from a plan: no host, treaty or backing
    ("The British proposal was greeted warily by U.S. officials.", {("GBR", None, "03")}),
    ("President Truman signed the executive order desegregating the U.S. military.", set()),
    ("When Britain backed out of Syria, the United States persisted.", set()),
    # what is discussed or negotiated is the topic, not a party
    ("Hagel called the Chinese defense minister and discussed North Korea's missiles.",
     {("USA", "CHN", "04"), ("USA", None, "04")}),
    ("Egypt negotiated a ceasefire with Hamas.", {("EGY", "PSE", "04"), ("PSE", "EGY", "04")}),
    # prayers delivered, tweets fired off, questions answered: words, no aid or shooting
    ("The Lebanese patriarch delivered prayers at the opening ceremony.", {("LBN", None, "01")}),
    ("The Iranian president fired off a spate of tweets.", {("IRN", None, "01")}),
    ("It is encouraging that Russia released the activist.", {("RUS", "---", "08")}),
    ("The Russian minister declined to answer questions about Syria.", {("RUS", None, "01")}),
    # special operators are troops; a named agreement is no signing
    ("The US sent 50 special operators to Syria.", {("USA", "SYR", "15")}),
    ("Under the US-Australia Free Trade Agreement, Australia lowered tariffs on US beef.",
     {("AUS", "USA", "06")}),
    # the setting that opens a sentence is no party
    ("At the ASEAN meetings, Japan and China agreed to a truce.",
     {("JPN", "CHN", "03"), ("CHN", "JPN", "03"), ("IGO", None, "04")}),
    # a gerund argued for is not done
    ("Most Israeli voters supported expelling the Palestinian activists.", {("ISR", None, "05")}),
    # a place named before an attack noun was hit; details provided are words
    # (the church did not kill: the blasts' makers are unknown)
    ("The church blasts in Alexandria killed 40 people.", set()),
    ("The Japanese admiral provided details to reporters.", set()),
    # what others back or a next visit have not happened
    ("Egyptian lawyers proposed Mubarak's release from prison.", {("EGY", "EGY", "03")}),
    # what a strategy aims at is not done; information sent out is a message (reporters of
    # no named country are no addressee); defending against missiles is no verbal defence
    # (defending someone against charges is)
    ("The actions fit the Iranian strategy to destroy Israel.", set()),
    ("The Israeli military has sent out information to reporters.", {("ISR", None, "01")}),
    ("The Japanese navy is defending against North Korean missiles.", set()),
    ("The White House defended its UN ambassador against charges.", {("USA", "IGO", "05")}),
    # "post-Cold War" dates the cuts, it names no war; a note struck is no strike
    ("NATO countries halted their post-Cold War spending cuts.", {("IGO", None, "16")}),
    ("North Korea threatened Japan with a pre-emptive nuclear strike.", {("PRK", "JPN", "13")}),
    ("Obama's speech strikes a discordant note with Japan.", {("USA", None, "01")}),
    # one who resorts to an act does it
    ("Syrian rebels resorted to violence.", {("SYR", None, "18")}),
    # streets buzzing with motorbikes, a group reinforcing its reach: no flyby, no troops
    ("Obama walked the streets of Hanoi, buzzing with motorbikes.", set()),
    ("The attacks reinforce the Taliban's global reach.", set()),
    # fighters charging a camp assault it; the camp "hosting" troops is no host's welcome
    ("Al-Shabab fighters charged a camp outside Afgoye, hosting Somali government forces.",
     {("SOM", None, "19")}),
    # crowds chanting slogans, turning out or taking part in a march demonstrate
    ("Kenyan protesters chanted anti-government slogans in Nairobi.", {("KEN", "KEN", "14")}),
    ("Thousands of Kenyans turned out in Nairobi.", {("KEN", None, "14")}),
    ("Hundreds of Kenyan students participated in a march against the government.",
     {("KEN", "---", "14")}),
    # a split from a group halts no talks; leaving a union is no retreat; half of the
    # attorneys fired are attorneys, not targets of gunfire
    ("The hard-line rebels broke off from the Moro Islamic Liberation Front.", set()),
    ("Britain's EU withdrawal was delayed again.", set()),
    ("Trump fired half of the U.S. attorneys in March.", set()),
    # what a call asks for is not done
    ("Obama made a renewed call to arm the Syrian rebels.", {("USA", None, "04")}),
    # a plan met with resistance, or a threat met by backers, is received, not met; what
    # can be appreciated is understood, not praised
    ("His threat was met positively by his Iranian backers.", set()),
    ("Obama met with Egyptian opposition leaders in Cairo.", {("USA", "EGY", "04"),
                                                              ("EGY", "USA", "04")}),
    ("Obama's successors can appreciate what might happen if Iran gets the bomb.", set()),
    # an alliance ended is broken; an investigation someone wants ended is not theirs
    ("Syrian rebels ended their alliance with the Nusra Front.", {("SYR", "SYR", "16")}),
    ("Trump tried to end the Russia investigation.", set()),
    # a refusal is the refuser's alone; "his" is no plural group's
    ("Pyongyang will not negotiate with the United States.", {("PRK", "USA", "12")}),
    ("Netanyahu declined an invitation to meet with Senate Democrats during his trip to "
     "Washington next week.", {("ISR", None, "12"), ("ISR", "USA", "04")}),
    # one's own condolences are offered to another; insight offered and a byline are no
    # offer or aid; a criminal investigation is no criminal's
    ("Obama offered his condolences to France.", {("USA", "FRA", "01")}),
    ("Obama and Clinton offered new details about the attack in Libya.", set()),
    ("Fox News' Chad Pergram contributed to this report.", set()),
    ("Belgian prosecutors opened a criminal investigation into the attack.",
     {("BEL", None, "09")}),
    # what someone is considered is a view, no option weighed and no threat; a commitment
    # honored is kept, not praised
    ("Canadian authorities consider him to be a risk.", set()),
    ("Iran is considered a threat by Israel.", set()),
    ("Iran has honored its commitment to the agreement, Kerry said.", {("USA", None, "01")}),
    ("Washington is considering sanctions on Iran.", {("USA", "IRN", "01")}),
    # an argument provided is no aid, reporters greeted no guests, boundaries destroyed no
    # property; crew members questioned are interrogated
    ("Her final words provided the German audience with an argument for censorship.", set()),
    ("British politician Nigel Farage greeted reporters on Friday.", set()),
    ("Merkel destroys the boundaries between words and deeds.", set()),
    ("Japanese officials were questioning crew members about the crash.",
     {("JPN", None, "09")}),
    # posts given up are left, a cachet lent is no loan
    ("Cuba's veteran guerrilla fighters are giving up their posts.", {("CUB", None, "08")}),
    ("Being a Castro lent the Cuban president a certain cachet.", set()),
    ("Israeli diplomats had all but given up hope for a quick deal.", set()),
    # a touch added is no statement; a town reclaimed is retaken, not claimed
    ("The Jordanian queen added a modern touch to her outfit.", set()),
    ("Kurdish forces reclaimed the town of Sinjar from ISIS.", {("---", "IMG", "19")}),
    # protesters pushed back are repressed, an administration pushing back objects
    ("Egyptian police pushed back the protesters near the embassy.", {("EGY", "---", "17")}),
    ("The Obama administration pushed back on the Russian claims.", {("USA", "RUS", "11")}),
    # charges fought are a legal fight; bids received bring no guests
    ("The Israeli prime minister vowed to fight the corruption charges.", {("ISR", None, "03")}),
    ("The Greek government has received three bids for oil drilling.", set()),
    # a narrative fed is no food
    ("That is a narrative Russia very effectively fed.", set()),
    # weighing in is a comment
    ("Sen. Elizabeth Warren, D-Mass., weighed in on the decision.", {("USA", None, "01")}),
    # what sides fight over is the issue, not a side
    ("The opposition and Assad continue to fight over the future of Syria.",
     {("SYR", None, "19")}),
    # recognising a matter acknowledges it, recognising merit praises, a state is recognised
    ("Japan's premier recognized the importance of ties with China.", set()),
    ("Obama recognized the contributions of Kenyan troops.", {("USA", "KEN", "05")}),
    ("Sweden recognized the state of Palestine.", {("SWE", "PSE", "05")}),
    # a town named is taken as "the town" is, also through a relative clause; no one arrested
    ("Rebels captured Aleppo.", {("---", "SYR", "19")}),
    ("The Islamic State built a base in Raqqa, which the group captured last year.",
     {("IMG", "SYR", "19")}),
    # protesters who gather demonstrate; tariffs signed are imposed; contracts snatched up
    # are bought; what must have been done is a conclusion, no demand
    ("Hundreds of Egyptian protesters gathered outside the U.S. embassy.",
     {("EGY", "USA", "14")}),
    ("Trump signed new tariffs on Chinese steel.", {("USA", "CHN", "16")}),
    ("A trader snatched up 420,000 contracts.", set()),
    ("The British minister told the BBC that the decision must have been taken late.",
     {("GBR", None, "01")}),
    # airstrikes carried out of one's own accord sign no accord
    ("NATO still carried out airstrikes on its own accord.", {("IGO", None, "19")}),
    # a debt exploded is no bomb, anonymity requested no appeal, a country defended no words;
    # a colleague called out is denounced
    ("Republicans argued the plan will explode the national debt.", {("USA", None, "01")}),
    ("The Chinese official requested anonymity.", set()),
    ("Iraqi militias defend the country against the Islamic State.", set()),
    ("The British minister called out the Russian president for his lies.",
     {("GBR", "RUS", "11")}),
    # a crowd that protests, a sit-in and a crowd of tens of thousands gathered demonstrate; a
    # government's protest is a complaint
    ("Kenyan detainees protested after the death of a fellow prisoner.", {("KEN", None, "14")}),
    ("Kenyan demonstrators staged a sit-in outside the electoral commission.",
     {("KEN", None, "14")}),
    ("Tens of thousands of Kenyan opponents gathered in Nairobi.", {("KEN", None, "14")}),
    ("Iran protested to the UN over the sanctions.", {("IRN", "IGO", "11")}),
    # a town retook or won back is retaken; roads shut down by protesters are obstructed
    ("Syrian rebels retook the town from government forces.", {("SYR", "---", "19")}),
    ("The Syrian army won back the town of Palmyra.", {("SYR", None, "19")}),
    ("Iraqi protesters shut down roads in Baghdad.", {("IRQ", "IRQ", "14")}),
    # sights trained, a stage given, servants dismissed and a film released are no training,
    # aid, rejection or release; what one considers so is a view
    ("The Chinese navy trained its sights on Taiwan.", set()),
    ("The press conference gave the Chinese president a stage.", set()),
    ("The Turkish government dismissed 130,000 civil servants.", set()),
    ("An American company is releasing the biopic Mandela this month.", set()),
    ("Russia considers the operation successful.", set()),
    ("The Iraq war was a bad choice, poorly executed by the Bush administration.", set()),
    ("Both Ukraine and Russia kept their promises.", set()),
    ("Obama launched a response.", set()),
    ("Two Japanese Navy ships joined a U.S. strike group.", {("JPN", "USA", "06")}),
    ("The air strike prompted Turkey to scramble fighter jets.", {("TUR", None, "15")}),
    ("The senator demonstrated command of the topic.", set()),
    ("Ban Ki-moon waved and bowed to the spectators.", set()),
    ("Rosenstein might resign or be fired by Trump.", set()),  # dismissed, not shot
    ("The White House released the president's long-form birth certificate.",
     {("USA", "---", "01")}),  # a paper published, no one freed
    ("Cyprus' banks would have collapsed, threatening the island's membership of the euro group.",
     set()),
    ("Prosecutors say the men, fired up by the sermons, hoped to cause carnage.", set()),
    ("Syrian troops fired up to 30 rockets at Idlib.", {("SYR", "SYR", "19")}),
    ("Pompeo was slapped down by the White House.", {("USA", "USA", "11")}),  # rebuked
    ("The State Department supplied the e-mails to FBI investigators.", set()),
    ("Syria moved into areas that were freed from the Islamic State.", set()),  # its loss
    ("Local forces fought the group calling itself the Islamic State.", {("---", None, "19")}),
    ("Inspectors certified that Iran is fulfilling its nuclear-related commitments.", set()),
    ("Trump, who considers himself a master dealmaker, has confounded aides.", set()),
    # people hit with sanctions are sanctioned; a fact acknowledged claims no blame; ties
    # denied are rejected; the town an attack is named after did not attack
    ("The U.S. has hit 189 Russian individuals with sanctions.", {("USA", "RUS", "16")}),
    ("State Department officials acknowledged that the step occurred in May.",
     {("USA", None, "01")}),
    ("Historic Jewish ties to the city are often denied by Palestinians.",
     {("PSE", None, "12")}),
    ("The Benghazi attack killed the American ambassador.", set()),
    # a name given ("called ISIS a threat"), the battle against an epidemic, the war on drugs,
    # conditions met, a standing ovation received and smoke sent are no threat, fighting,
    # meeting, hosting or aid; the possibility looked into is weighed
    ("The UN called ISIS a threat to the international community.", {("IGO", "IMG", "01")}),
    ("China's battle against the epidemic continued.", set()),
    ("Mexican security forces are also fighting endemic gang violence.", set()),
    ("Foreign graduates hold jobs sought by U.S. graduates.", set()),
    ("The French president is seeking re-election.", set()),
    ("Mexico's war on drugs failed.", set()),
    ("Iran has met those conditions.", set()),
    ("The Speaker of the Israeli Knesset received a standing ovation.", set()),
    ("The Iraqi blast sent a pall of smoke above the government headquarters.",
     {("IRQ", None, "18")}),
    ("The Pentagon was looking into the possibility of sending troops to Poland.",
     {("USA", "---", "01")}),
    # people a passive verb acts on are its target, a weapon fired is not
    ("The Ukrainian prisoners were released by Putin.", {("RUS", "UKR", "08")}),
    ("Two Turkish journalists were arrested by Egyptian police.", {("EGY", "TUR", "17")}),
    ("Iranian missiles were fired at Israel by Hezbollah.", {("LBN", "ISR", "19")}),
    # a man shot in a town is no attack on the town
    ("He was shot by a New York City police officer in Manhattan.", {("USA", None, "19")}),
    # a challenge given is no aid; a place read back to the one leaving it is no target
    ("Former Sen. Rick Santorum gave Mitt Romney his toughest challenge.", set()),
    ("Officials said State Department personnel will withdraw from the country.",
     {("USA", None, "03")}),
    # holes-in-one or videos shot hit no one
    ("Kim Jong-il shot 11 holes-in-one.", set()),
    ("Russian soldiers shot a video of the parade.", set()),
    # designs compromised were breached, members investing themselves spent no money
    ("Designs for American weapons systems were compromised by Chinese hackers.", set()),
    ("Members of Congress invest themselves in the debate.", set()),
    # a claim made is an assertion, unless against someone
    ("Trump will make a similar claim on Monday.", {("USA", None, "01")}),
    # an official declining to be identified refuses no one
    ("A Pentagon official who declined to be identified said the talks would resume.",
     {("USA", None, "01")}),
    # a safe haven provided is shelter
    ("The Taliban provided al Qaeda safe haven in Afghanistan.", {("AFG", "IMG", "07")}),
    # seized wildlife returned is property given back
    ("Malaysia returned the four baby gorillas to Nigeria.", {("MYS", "NGA", "08")}),
    # drafts released are published, no one freed
    ("The White House released the drafts of the talking points.", {("USA", None, "01")}),
    # a party beating another won a vote
    ("The poll found the Tories beating Labour in every region.", set()),
    # a release seized on is an argument taken up, a bombshell delivered no aid
    ("President Obama seized on the report's release in an interview.", set()),
    ("Boris Johnson delivered a bombshell Thursday.", set()),
    # warrants, orders and plans executed kill no one; prisoners executed are killed
    ("U.S. prosecutors executed search warrants at his home.", set()),
    ("The Pakistani army executed the plan in secret.", set()),
    ("Iran executed two Iraqi prisoners.", {("IRN", "IRQ", "18")}),
    # one's own country's embargo lifted is aimed at whom it was against
    ("President Obama lifted the United States' arms embargo against Vietnam.",
     {("USA", "VNM", "08")}),
    ("Trump withdrew from the deal and reimposed U.S. sanctions.",
     {("USA", None, "16")}),
    # a campaign launched is no attack unless a military one; an impasse hit is no blow
    ("China launched a campaign to portray Xi as a hero.", set()),
    ("The army launched a military campaign against the rebels.", {("---", "---", "19")}),
    ("Russia's peace process hit an impasse.", set()),
    # a test launched is a show of force; a deal one is an opponent of is none made
    ("Iran launched a rocket test near the Strait of Hormuz.", {("IRN", None, "15")}),
    ("Netanyahu, an opponent of the Iran nuclear deal, criticized Obama.", {("ISR", "USA", "11")}),
    # a town the dictionaries lack named before an attack is where it happened
    ("The Salisbury nerve agent attack killed a woman.", set()),
    # protests paid attention to are others'
    ("The Trump administration has paid little attention to the protests in Iraq.", set()),
    # a manhunt launched is a search for suspects, no attack
    ("French police launched a manhunt for the gunmen.", {("FRA", None, "09")}),
    # an occasion that concludes ends: no one concludes anything
    ("Iran's talks with the EU concluded on Friday.",
     {("IRN", "IGO", "04"), ("IGO", "IRN", "04")}),
    # what one calls a quoted name is named, no one phoned
    ('Iran called Netanyahu\'s remarks "entirely baseless."',
     {("IRN", "ISR", "01"), ("ISR", None, "01")}),
    # people admitted into a country were let in, nothing confessed
    ("Canada has admitted thousands of Syrians into the country.", set()),
    # an ill curbed is no one restricted
    ("Spain's government is curbing radical fanaticism on the internet.", set()),
    # a show or the spotlight stolen is attention won, nothing seized
    ("North Korea's cheerleaders stole the spotlight at the Winter Games.", set()),
    # a town one goes around with one's own object is no town taken
    ("For years, Putin took public transportation around the city.", set()),
    # all an appeal asks for is asked, not done: "urged X to stop ... and to resume talks"
    ("Senator Rounds urged Obama to stop fighting with Mexico and to resume talks with Iran.",
     {("---", "USA", "02")}),
    # ... but what someone else proposed was proposed
    ("Obama should be ready to lead and support Gillibrand's proposal.", {("USA", None, "03")}),
    # a chance or trust abused hurts no one's body
    ("Iraq has abused its last chance.", set()),
    ("The Kenyan police abused the public's trust.", set()),
    # a stockpile or one's own forces dispersed is no crowd broken up
    ("The Assad regime has worked to disperse its chemical stockpile.", set()),
    ("Egyptian police dispersed the protesters.", {("EGY", "---", "17")}),
    # being encouraged by news is a mood, no appeal
    ("U.S. officials say they are encouraged by North Korea's affirmation.", {("USA", None, "01")}),
    ("The US was encouraged by Russia to negotiate with Iran.", {("RUS", "USA", "02")}),
    # one who strikes people as something seems so to them
    ("Germany's young ministers strike journalists as just what the nation needs.", set()),
    # a language spoken is no statement, talk of something no talks
    ("The Iranian gunmen reportedly spoke fluent French.", set()),
    ("The Chinese diplomat spoke English with the Japanese envoy.",
     {("CHN", "JPN", "04"), ("JPN", "CHN", "04")}),
    ("South Korea's talk of appeasement with North Korea will not work.", set()),
    # one who begs to differ disagrees, and asks nothing
    ("Netanyahu begged to differ.", set()),
    # the place before an invasion was invaded
    ("The lies that preceded the Iraq invasion were disturbing.", set()),
    ("Gingrich questioned the follow-up for the U.S. invasion.", {("USA", None, "19")}),
    # benefits denied are withheld, no blame denied; a video released online frees no one
    ("US policy is to deny kidnappers the benefits of their criminal acts.", set()),
    ("The militants filmed the execution and released it on the Internet.", set()),
    # a plane that crashed killed its passengers by no one's act; martyrs given are no aid
    ("The Ethiopian Airlines jet crashed after takeoff, killing all aboard.", set()),
    ("Hezbollah is giving more martyrs in the line of duty.", set()),
    # a trade war unleashed, launched, declared or ended is no fighting
    ("Hillary Clinton unleashed a trade war against the American worker.", set()),
    ("Trump launched a trade war against China.", set()),
    # a perspective or closure given is no aid
    ("The generals will give their perspective to General Flynn.", set()),
    # someone fired from a job is dismissed, no one shot at
    ("Obama felt he had to fire someone.", set()),
    # intelligence suppressed is kept from view, an assertion accepted believed, a review
    # provided no aid
    ("Brennan suppressed that intelligence over the objections of analysts.", set()),
    ("The president accepted the conclusion of the report.", set()),
    ("The Pentagon provided oversight of the operation.", set()),
    # a version of history or one's will imposed is an outlook, no restriction
    ("The Indian government is trying to impose its version of history in Kashmir.", set()),
    # powers exercised are used, no manoeuvre
    ("It is not possible to challenge the Queen's exercise of her prerogative powers.", set()),
    # talk shows are programmes, no talks
    ("Rice used those talking points on several television news talk shows.", set()),
    # a hard line struck is a stance, no strike
    ("While Pompeo struck a hard line, Trump has been noncommittal.", set()),
    # secrets given up are revealed, no yielding
    ("Trump gave up secrets vital to the U.S. intelligence community.", set()),
    # wishes sent are no aid
    ("Obama sent his well-wishes from afar.", set()),
    # a baby delivered is born, no aid
    ("Fiji will have delivered the year's first baby.", set()),
    # "the dead and injured" are people, whom no one injured in this sentence
    ("The minister expressed condolences to the families of the dead and injured.",
     {("---", "---", "01")}),
    # spending levels met are a requirement fulfilled, no meeting
    ("More NATO allies meet required 2%-of-GDP spending levels.", set()),
    # what weighs on or against something is a burden or a reason, no option weighed
    ("Russia's words weigh against continuing the case.", set()),
    ("The dispute with China weighs on markets.", set()),
    # a prism provided is a view, no aid
    ("A deeper examination of Boko Haram provides a revealing prism of the conflict.", set()),
    # election wins seized on are taken up as arguments, nothing seized
    ("Centrist Democrats seize on state election wins to rail against Warren's agenda.",
     set()),
    # a crisis battled is no enemy fought
    ("The Macri administration has battled a financial crisis.", set()),
    # prayers said are a rite, time called on an era ends it: no statement, no appeal
    ("Syrian men say prayers during a ceremony in Binnish.", set()),
    ("Mandela persuaded President de Klerk to call time on the era of minority rule.", set()),
    # conduct sanctioned is allowed, no sanctions imposed
    ("By sanctioning illegal behavior, Trump endangers our troops.", set()),
    ("Bush sanctioned the use of torture.", set()),
])
def test_words_that_are_no_attack_protest_or_treaty(code: CodeFn, text: str,
                                                    expected: set[Triple]) -> None:
    assert _lenient(code(text, "2013-07-22")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # someone's plan or threat to act is their intent or threat, as the verb would be
    ("Britain's plans to impose restrictions on Polish workers angered Warsaw.",
     {("GBR", "POL", "13")}),
    ("Russia's offer to mediate between Israel and Hamas was rejected.",
     {("RUS", None, "03"), ("RUS", "ISR", "03"), ("RUS", "PSE", "03")}),
])
def test_someones_plan_to_act_is_their_intent(code: CodeFn, text: str,
                                              expected: set[Triple]) -> None:
    assert expected <= _lenient(code(text, "2013-07-22"))
    assert not [r for r in code(text, "2013-07-22") if r["root_code"] in ("16", "04")]


def test_supplies_cut_off_are_an_embargo_and_aid_cut_off_is_aid(code: CodeFn) -> None:
    assert {r["code"] for r in code("Russia cut off gas supplies to Ukraine.", "2014-06-16")} == {
        "163"}
    assert {r["code"] for r in code("The US cut off aid to Egypt.", "2013-10-09")} == {"162"}
    assert {r["code"] for r in code("Syrian rebels cut off the army's supply routes.",
                                    "2013-10-09")} == {"191"}


def test_a_plan_met_with_resistance_is_received_not_met(coder: Coder) -> None:
    anyone = coder.derive(require_source=False)
    for text in ("Iran's proposal was met with fierce resistance from Saudi Arabia.",
                 "The Russian plan was met with skepticism and anger in Kyiv."):
        assert "04" not in {e.code.root for e in anyone.code_text(text, "2022-03-07")}
    # demands met are granted, not received
    events = anyone.code_text("Egypt met the protesters' demands on Friday.", "2022-03-07")
    assert "083" in {e.code.code for e in events}


def test_a_missile_shot_off_is_aerial_not_small_arms(code: CodeFn) -> None:
    rows = code("North Korea shot off yet another ballistic missile.", "2017-05-29")
    assert [r["code"] for r in rows] == ["195"]
    # rockets shot down are intercepted, also when the parser reads "down" as an adverb
    rows = code("Israel's Iron Dome system shot down 20 of the rockets.", "2012-11-20")
    assert [r["code"] for r in rows] == ["190"]


@pytest.mark.parametrize("text", [
    "Now that he occupies the Oval Office, Obama sees the Senate differently.",
    "The general occupied the post of defence minister until 2019.",
])
def test_occupying_a_post_seizes_no_territory(code_unasserted: CodeFn, text: str) -> None:
    assert "19" not in {r["root_code"] for r in code_unasserted(text, "2022-03-07")}
    rows = code_unasserted("Russian troops occupied Crimea.", "2022-03-07")
    assert ("RUSMIL", "UKR", "192") in {(r["source"], r["target"], r["code"]) for r in rows}


def test_beside_an_against_the_with_of_a_fight_is_an_ally(code: CodeFn) -> None:
    rows = code("Kurdish rebels fought with the U.S. against the Islamic State.", "2019-10-01")
    assert {(r["source"], r["target"]) for r in rows} == {("---REB", "IMGMOSISI"),
                                                          ("IMGMOSISI", "---REB")}
    rows = code("Kurdish rebels fought with Turkish troops near the border.", "2019-10-01")
    assert ("---REB", "TURMIL") in {(r["source"], r["target"]) for r in rows}


@pytest.mark.parametrize("text", [
    "Chinese lawmakers want to know when the Japanese navy learned of the collision.",
    "The Russian minister wants to see the full context of the interview.",
    "Iran was on its last legs and ready to collapse.",  # a fate, not a deed
    "The regime seemed determined to fail.",
    "Hawks wish to exaggerate the Iranian threat.",  # how one talks of others
])
def test_what_one_wants_to_know_or_see_is_no_intent(code: CodeFn, text: str) -> None:
    assert "03" not in {r["root_code"] for r in code(text, "2013-07-22")}
    rows = code("Russia vowed to play a constructive role in Syria.", "2013-07-22")
    assert ("RUS", "030") in {(r["source"], r["code"]) for r in rows}


@pytest.mark.parametrize(("text", "target"), [
    ("Donald Trump sent his congratulations to Netanyahu.", "ISRGOV"),
    ("Putin extended his congratulations to Xi.", "CHNGOV"),
    ("Macron offered his thanks to the Italian coast guard.", "ITAMIL"),
])
def test_congratulations_offered_or_sent_are_praise(code_unasserted: CodeFn, text: str,
                                                    target: str) -> None:
    # what is sent is praise for the one it goes to, not an offer or a shipment
    rows = code_unasserted(text, "2019-04-10")
    assert {(r["code"], r["target"]) for r in rows} == {("051", target)}


@pytest.mark.parametrize("text", [
    "Kerry is set to meet Lavrov on Friday.",
    "Kerry was slated to meet Lavrov on Friday.",
])
def test_a_meeting_set_or_slated_is_kerrys(coder: Coder, text: str) -> None:
    # "slated" schedules, it does not criticise; who is set to meet is the subject
    events = coder.derive(require_source=False).code_text(text, "2015-06-17")
    assert events
    assert all(e.code.root in ("03", "04") for e in events)
    assert ("USAGOV", "RUSGOV") in {(e.source and e.source.code, e.target and e.target.code)
                                    for e in events}


@pytest.mark.parametrize("text", [
    "Syrian troops are expected to attack the town.",
    "Syrian troops are due to attack the town.",
    "Syrian troops are about to attack the town.",
])
def test_what_troops_are_expected_to_do_has_not_happened(code_unasserted: CodeFn,
                                                        text: str) -> None:
    # as "will attack": a threat of force, not an attack
    assert {r["root_code"] for r in code_unasserted(text, "2016-08-01")} == {"13"}


@pytest.mark.parametrize(("text", "pairs"), [
    ("Russia and Turkey held talks on Syria.", {("RUS", "TUR"), ("TUR", "RUS")}),
    # every conjunct of a topic, and the examples a topic is given, are topics too
    ("Russia and Turkey met on Syria and Iraq.", {("RUS", "TUR"), ("TUR", "RUS")}),
    ("Russian and Turkish diplomats held talks on conflicts such as Syria and Iraq.",
     {("RUSGOV", "TURGOV"), ("TURGOV", "RUSGOV")}),
    ("Russian and Turkish diplomats met on crises including Libya, Syria and Yemen.",
     {("RUSGOV", "TURGOV"), ("TURGOV", "RUSGOV")}),
    ("Haley spoke at a Security Council meeting on Syria.", {("USAGOV", "IGOUNO"),
                                                            ("IGOUNO", None)}),
])
def test_what_talks_are_about_is_no_party_to_them(coder: Coder, text: str, pairs: set) -> None:
    events = coder.derive(require_target=False).code_text(text, "2017-04-07")
    assert {(e.source and e.source.code, e.target and e.target.code) for e in events} == pairs


@pytest.mark.parametrize("text", [
    "Zarif told reporters in Switzerland that solutions had been found.",
    "Zarif told journalists that solutions had been found.",
])
def test_reporters_told_are_no_target(code_unasserted: CodeFn, text: str) -> None:
    assert [(r["source"], r["target"]) for r in code_unasserted(text, "2015-03-31")] == [
        ("IRNGOV", None)]


def test_a_country_withdrawn_from_a_deal_is_who_leaves_not_its_target(code: CodeFn) -> None:
    rows = code("Trump withdrew the United States from the World Health Organization.",
                "2020-07-07")
    assert [(r["source"], r["target"], r["code"]) for r in rows] == [
        ("USAGOV", "IGOUNOHLHWHO", "160")]


def test_a_trade_war_fought_is_no_fighting(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("Trump fights a trade war with China.", "2019-06-05")
    assert not [r for r in rows if r["root_code"] == "19"]


def test_what_an_agreement_is_about_is_no_act_or_actor_of_its_own(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("The United States and the Taliban signed a troop withdrawal "
                           "agreement on Saturday.", "2020-02-29")
    assert {(r["source"], r["target"], r["code"]) for r in rows} == {
        ("USA", "AFGREBTAL", "057"), ("AFGREBTAL", "USA", "057")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Trump pulled out of the Iran nuclear deal in May.", {("USAGOV", None, "160")}),
    ("Trump criticized the Iran deal.", {("USAGOV", "IRN", "111")}),
])
def test_a_deal_referred_to_is_no_deal_signed(coder: Coder, text: str, expected: set) -> None:
    events = coder.derive(require_source=False).code_text(text, "2018-05-09")
    assert {(e.source and e.source.code, e.target and e.target.code, e.code.code)
            for e in events} == expected


@pytest.mark.parametrize(("text", "code"), [
    ("Trump clashed with Merkel over trade.", "110"),
    ("Bolton clashed with Turkish officials over the withdrawal.", "110"),
    ("Police clashed with protesters in Kiev.", "190"),
    ("India clashed with China on the border.", "190"),
    ("Hundreds of demonstrators clashed with police in Kiev.", "145"),  # a crowd, counted
    # a fight or battle between officials and lawmakers or parties is politics
    ("Republicans fought the Obama administration over the budget.", "110"),
    ("Benghazi is a flashpoint in a long battle between the Obama administration and "
     "Republicans.", "110"),
    ("The government fought the rebels.", "190"),
    ("Republicans are battling a veteran opponent of immigration reform.", "110"),
    ("U.S. lawmakers fought for hours.", "110"),
    ("It is a civil war, since there are multiple parties that are fighting each other.",
     "190"),
])
def test_officials_clash_in_words_forces_and_crowds_in_fact(code_unasserted: CodeFn, text: str,
                                                           code: str) -> None:
    assert {r["code"] for r in code_unasserted(text, "2019-06-04")} == {code}


@pytest.mark.parametrize(("text", "expected"), [
    # politicians, lawmakers and the press attack in words
    ("Fouad Siniora, a former prime minister, attacked the government in a speech.",
     {("LBNELI", "---GOV", "111")}),
    ("Republican lawmakers attacked the administration's handling of the crisis.",
     {("USALEG", "---GOV", "111")}),
    ("Obama's partisan attack on Romney was unusual.", {("USAGOV", "USAELI", "111")}),
    # an attack on what can only be spoken against (integrity, legitimacy, the press's
    # freedom) is one of words
    ("It is part of a sustained attack by the administration on the integrity of law "
     "enforcement agencies.", {("---GOV", "---COP", "111")}),
    ("Erdogan's government attacked the legitimacy of the elections.", {("TURGOV", None, "111")}),
    # so is one they launch or mount
    ("Republicans launched an attack on Obama.", {("USAPTY", "USAGOV", "111")}),
    ("The senator mounted a blistering attack on the Pentagon.", {("---LEG", "USAMIL", "111")}),
    # forces, crowds, alliances and governments against armed groups attack in fact
    ("NATO attacked Libya's government.", {("IGOWSTNAT", "LBYGOV", "190")}),
    ("Morsi supporters attacked government buildings.", {("EGYOPP", "---GOV", "190")}),
    ("The Israeli government attacked Hamas.", {("ISRGOV", "PSEREBHMS", "190")}),
    ("The Israeli army launched an attack on Hamas.", {("ISRMIL", "PSEREBHMS", "190")}),
])
def test_an_attack_by_politicians_is_one_of_words(coder: Coder, text: str,
                                                  expected: set) -> None:
    events = coder.derive(require_source=False).code_text(text, "2014-08-20")
    assert {(e.source and e.source.code, e.target and e.target.code, e.code.code)
            for e in events if e.code.code[:2] in ("11", "18", "19")} == expected


@pytest.mark.parametrize("text", [
    "Hezbollah and Iran are in Syria fighting for the Assad regime.",
    "Hezbollah and Iran are fighting alongside Syrian troops.",
])
def test_sides_fighting_for_someone_fight_together(code: CodeFn, text: str) -> None:
    # conjoined sides that fight for or alongside someone are allies, not each other's enemies
    pairs = {(r["source"], r["target"]) for r in code(text, "2013-05-30")}
    assert pairs and not pairs & {("LBNREBHEZ", "IRN"), ("IRN", "LBNREBHEZ")}



def test_a_fight_for_something_with_an_enemy_is_still_mutual(code: CodeFn) -> None:
    rows = code("Syrian rebels have been fighting government forces for control.", "2013-04-27")
    assert {(r["source"], r["target"]) for r in rows} >= {("SYRREB", "---MIL"), ("---MIL", "SYRREB")}


@pytest.mark.parametrize(("text", "expected"), [
    # firing, shooting, hitting or striking back at critics, at claims, with a "that" clause or
    # between politicians is a retort in words
    ("Trump fired back at his critics on Monday.", {("USAGOV", "USAOPP", "111")}),
    ("Sen. Ted Cruz shot back at Democratic claims that the inquiry is political.",
     {("USALEG", "USAPTY", "111")}),
    ("Rep. Elijah Cummings shot back that the committee had leveled false accusations.",
     {("USALEG", None, "111"), (None, None, "112")}),
    ("Trump hit back at Pelosi on Twitter.", {("USAGOV", "USALEG", "111")}),
    # forces shoot back, and a state strikes back at an armed group, in fact
    ("The soldiers shot back at the gunmen.", {("---MIL", "---UAF", "193")}),
    ("China's government hit back with levies on American imports.", {("CHNGOV", "USA", "163")}),
    ("Israel hit back at Hamas with airstrikes.", {("ISR", "PSEREBHMS", "195"), (None, None, "195")}),
])
def test_a_retort_is_one_of_words(coder: Coder, text: str, expected: set) -> None:
    events = coder.derive(require_source=False).code_text(text, "2019-10-20")
    assert {(e.source and e.source.code, e.target and e.target.code, e.code.code)
            for e in events if e.code.code[:2] in ("11", "16", "18", "19")} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Trump accepted a congratulatory phone call from Taiwan's president.",
     {("TWNGOV", "USAELI", "041")}),  # the president-elect
    ("The Justice Department sent a warning to journalists.", {("USAJUD", "---MED", "130")}),
    ("North Korea must comply with UN sanctions.", {("PRK", "IGOUNO", "080")}),
])
def test_calls_accepted_warnings_sent_and_sanctions_in_force(code_unasserted: CodeFn, text: str,
                                                             expected: set) -> None:
    # a call accepted was made by the caller; a warning sent is a warning; sanctions one must
    # comply with are in force, not imposed now
    rows = code_unasserted(text, "2017-01-05")
    assert {(r["source"], r["target"], r["code"]) for r in rows} == expected


@pytest.mark.parametrize(("text", "signed"), [
    ("Direct rule by Beijing comes when the China-U.K. treaty expires in 2047.", False),
    ("The 2015 deal between Iran and world powers limits Iran's nuclear program.", False),
    ("A deal between Israel and Hamas came into force on Friday.", True),
    ("If the cease-fire agreement between Hamas and Israel holds, Egypt gains.", False),
    ("A cease-fire agreement between Hamas and Israel emerged on Friday.", True),
    ("House Democrats were not ready to give their support to this deal with Mexico.", False),
    ("This deal was signed by the U.S. and Mexico in 2018.", True),
    ("Kushner referred to Trump's withdrawal from the flawed Iran deal.", False),
])
def test_an_agreement_in_force_is_no_signing(code_unasserted: CodeFn, text: str,
                                            signed: bool) -> None:
    assert ("057" in {r["code"] for r in code_unasserted(text, "2019-12-03")}) is signed


def test_the_peoples_theatre_is_no_civilians(code: CodeFn) -> None:
    rows = code("Kim Jong Un visited the People's Theatre in Pyongyang.", "2020-04-21")
    assert "PRKCVL" not in {r["target"] for r in rows}


@pytest.mark.parametrize(("text", "date", "code"), [
    # a leader gathering followers is no demonstration, votes delivered no aid, a web domain
    # hosted no visit
    ("The prime minister rallied his right-wing base before the vote.", "2019-09-18", "141"),
    ("Biden rallied allies to stand with Kyiv.", "2019-09-18", "141"),
    ("The governor delivered the votes the president needed.", "2019-09-18", "070"),
    ("The senator's emails sat on a domain hosted by a Russian provider.", "2019-09-18", "043"),
    # a judge in charge of a prison filed no charge
    ("The report was filed by a local judge in charge of the facility.", "2019-08-01", "173"),
    # lives an attack claimed are no claim
    ("The Hamas attacks claimed the lives of four Israelis.", "2013-05-10", "010"),
    # items signed are autographs, no agreement
    ("There is no rule against airmen bringing personal items to be signed by the "
     "President.", "2018-12-28", "057"),
    # one who has support supports no one
    ("Brennan had the support to be confirmed.", "2013-02-12", "051"),
    # an agreement in force is none signed now
    ("The United States and Russia have a standing agreement that should prevent incidents.",
     "2017-06-19", "057"),
    # one who signed up to join an army signed no agreement
    ("A Chinese immigrant and master’s student, Zhang had signed up to join the Army in 2016.",
     "2019-12-04", "057"),
    # decades invested in a programme are no investment
    ("North Korea cherishes a nuclear program it has invested decades in creating.",
     "2019-12-04", "061"),
    # the right call made is a decision, no phone call
    ("The Obama administration made the right call to trade five Taliban detainees.",
     "2014-06-04", "041"),
    # a decree signed is no agreement
    ("Obama has signed an emergency declaration for the state of Massachusetts.",
     "2013-04-18", "057"),
    # a plea in court, a manner of speaking and social media
    ("Michael Flynn pleaded guilty to lying to the FBI.", "2017-12-01", "020"),
    ("But broadly speaking, in the Baltic countries and Poland the fear of Russia never "
     "dissipated.", "2017-12-01", "010"),
    ("Officials cited social media warnings about the protest.", "2017-12-01", "130"),
    # a weakness recognised, a boost delivered, little sign given
    ("So I think the rebels recognize this weakness.", "2016-07-13", "054"),
    ("The vote has delivered a boost to the pound.", "2016-07-13", "070"),
    ("Trump gave little sign he understood the protests.", "2020-06-02", "070"),
    # calling in sick, restricting oneself
    ("The family priest called in sick on Sunday.", "2013-03-13", "041"),
    ("The bishop limited himself to speeches from the pulpit.", "2013-03-13", "1721"),
])
def test_words_that_name_no_such_event(code_unasserted: CodeFn, text: str, date: str,
                                       code: str) -> None:
    assert code not in {r["code"] for r in code_unasserted(text, date)}


@pytest.mark.parametrize(("text", "expected"), [
    # who acts or suffers in clashes, fighting or talks "with" someone took part in them
    ("A rebel fighter reloads his rifle during clashes with Turkish troops in Afrin.",
     {("SYRREB", "TURMIL", "190"), ("TURMIL", "SYRREB", "190")}),  # (Afrin is in Syria)
    ("Four soldiers were killed on Monday in fighting with rebels in Darfur.",
     {("SDNMIL", "SDNREB", "190"), ("SDNREB", "SDNMIL", "190")}),
    ("Dozens of protesters were wounded in clashes with riot police in Caracas.",  # a riot
     {("VENOPP", "VENCOP", "145")}),
    ("The soldier killed in clashes with rebels was buried in Kabul.",
     {("---MIL", "---REB", "190"), ("---REB", "---MIL", "190")}),
    ("Lavrov raised the issue of sanctions during talks with Blinken in Geneva.",
     {("RUSGOV", "USAGOV", "040"), ("USAGOV", "RUSGOV", "040")}),
    ("Serbia is in talks with Hungary over a gas pipeline.",
     {("SRB", "HUN", "040"), ("HUN", "SRB", "040")}),
    ("Kurdish militias are engaged in heavy fighting with the Syrian army.",
     {("---REB", "SYRMIL", "190"), ("SYRMIL", "---REB", "190")}),
    # what only happens beside such a setting has no party to it
    ("Oil prices rose amid clashes with militants in the Niger Delta.", set()),
    ("Austria showed interest in talks with Serbia.", set()),
])
def test_who_acts_or_suffers_in_clashes_or_talks_with_someone_took_part(
        code: CodeFn, text: str, expected: set) -> None:
    rows = code(text, "2021-03-12")
    assert {(r["source"], r["target"], r["code"]) for r in rows
            if r["root_code"] in ("04", "14", "19")} == expected


def test_talks_a_future_act_is_set_in_are_still_to_come(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("Scholz will raise the issue during talks with Macron on Monday.",
                           "2021-03-12")  # a Friday
    assert {(r["source"], r["target"], r["event_date"]) for r in rows
            if r["code"] == "040"} == {("DEUGOV", "FRAGOV", "2021-03-15"),
                                       ("FRAGOV", "DEUGOV", "2021-03-15")}
    rows = code_unasserted("Scholz would raise the issue in talks with Macron if asked.",
                           "2021-03-12")
    assert {r["mode"] for r in rows if r["code"] == "040"} == {"hypothetical"}


@pytest.mark.parametrize(("text", "expected"), [
    # "military", "security", "economic", "humanitarian" before aid or cooperation say what is
    # given or done together, not who does it
    ("Russia's military aid to Syria angered Washington.", {("RUS", "SYR", "072")}),
    ("Japan's economic assistance to Kenya was praised.", {("JPN", "KEN", "071")}),
    ("Military cooperation between Russia and China is growing.",
     {("RUS", "CHN", "062"), ("CHN", "RUS", "062")}),
    ("The senators debated military aid for Ukraine.", set()),
])
def test_the_kind_of_aid_or_cooperation_is_no_one_who_gives_it(code: CodeFn, text: str,
                                                               expected: set) -> None:
    rows = code(text, "2018-09-14")
    assert {(r["source"], r["target"], r["code"]) for r in rows
            if r["root_code"] in ("05", "06", "07")} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what one responds or retaliates with is one's own act, aimed where the response is
    ("Israel responded with airstrikes on Gaza.", ("ISR", "PSE", "195")),
    ("Egypt retaliated against Libya with air strikes on Derna.", ("EGY", "LBY", "195")),
])
def test_what_one_responds_with_is_ones_own_act(code: CodeFn, text: str,
                                                expected: tuple) -> None:
    rows = code(text, "2015-02-16")
    assert expected in {(r["source"], r["target"], r["code"]) for r in rows}
    assert not [r for r in rows if r["target"] and "MIL" in r["target"]]  # the means is no target


@pytest.mark.parametrize("text", [
    "Seoul has responded with tough talk of its own.",
    "Trump's tough talk on China has not worked.",
])
def test_tough_talk_is_words_not_talks(code_unasserted: CodeFn, text: str) -> None:
    assert not [r for r in code_unasserted(text, "2013-03-11") if r["root_code"] == "04"]


def test_the_sidelines_of_a_summit_are_where_the_sides_met(code: CodeFn) -> None:
    rows = code("Canada and Mexico reached a compromise on trade on the sidelines of the G20 "
                "summit.", "2018-12-03")
    pairs = {(r["source"], r["target"]) for r in rows if r["root_code"] == "05"}
    assert {("CAN", "MEX"), ("MEX", "CAN")} <= pairs
    assert not [p for p in pairs if p[0].startswith("IGO")]  # the summit agreed to nothing


@pytest.mark.parametrize(("text", "codes"), [
    # taking position is a posture, no capture; standing with a weapon supports no one
    ("Syrian rebels take position in a house in Idlib.", {"150"}),
    ("The senator has since taken a position against the program.", set()),  # a view
    ("A rebel fighter stands with his rifle in Aleppo.", set()),
    ("Germany stands with Ukraine.", {"052"}),
])
def test_positions_taken_and_weapons_held(code_unasserted: CodeFn, text: str,
                                          codes: set) -> None:
    assert {r["code"] for r in code_unasserted(text, "2014-10-09")} == codes


@pytest.mark.parametrize(("text", "codes"), [
    # a person fired is dismissed, not shot at
    ("Trump fired Comey in May.", set()),
    ("Tillerson was fired by Trump on Tuesday.", set()),
    ("Israeli troops fired at Palestinian protesters.", {"193"}),
])
def test_a_person_fired_is_dismissed_not_shot(code_unasserted: CodeFn, text: str,
                                              codes: set) -> None:
    assert {r["code"] for r in code_unasserted(text, "2018-03-14")
            if r["root_code"] == "19"} == codes


@pytest.mark.parametrize(("text", "codes"), [
    # one who shoots or kills himself hurts no one else; a suicide bomber still attacks
    ("The police guard shot himself but survived.", set()),
    ("The gunman killed himself after the siege.", set()),
    ("A suicide bomber blew himself up at a checkpoint.", {"1831", "183"}),
])
def test_who_shoots_himself_attacks_no_one(code_unasserted: CodeFn, text: str,
                                           codes: set) -> None:
    assert {r["code"] for r in code_unasserted(text, "2014-04-24")} == codes


@pytest.mark.parametrize(("text", "title"), [
    ("U.S. Defense Secretary Chuck Hagel said on NBC’s “Meet the Press” that the U.S. would "
     "not negotiate with terrorists.", "Meet the Press"),
    ('Hillary Clinton won a prize for her book "It Takes a Village" in 1997.', "It Takes a Village"),
    ('The Russian activist wrote "Lies the Government Told You" in 2009.',
     "Lies the Government Told You"),
])
def test_a_quoted_title_is_a_name_not_an_event(code: CodeFn, text: str, title: str) -> None:
    """A show, book or film named in quotes does not meet, take or tell; the sentence's own
    events stay ("would not negotiate" is a refusal)."""
    rows = code(text, "2014-06-01")
    assert not [r for r in rows if r["trigger_text"] in title.split()]
    if "negotiate" in text:
        assert {r["code"] for r in rows} == {"125"}


def test_a_quoted_call_in_capitals_is_still_speech(code: CodeFn) -> None:
    """Quoted words that follow a colon are what was said, not a title."""
    text = "Pakistani general Raheel Sharif told his troops: “Attack The Taliban Now.”"
    assert [r for r in code(text, "2014-06-01") if r["trigger_text"] == "Attack"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Egyptian president received the Saudi foreign minister in Cairo.",
     {("EGY", "SAU", "04")}),
    ("The Egyptian president received death threats in May.", set()),
    ("The Egyptian president received thousands of e-mails in May.", set()),
    ("The Egyptian opposition leader received welfare benefits until last year.", set()),
])
def test_one_receives_a_visitor_not_a_thing(code: CodeFn, text: str,
                                            expected: set[Triple]) -> None:
    """Receiving is hosting only when someone is received."""
    assert _lenient(code(text, "2014-06-01")) == expected


def test_a_call_to_names_the_parser_read_as_a_predicate_reaches_them(code: CodeFn) -> None:
    rows = code("Kerry on Sunday called Israeli Prime Minister Benjamin Netanyahu and Palestinian "
                "President Mahmoud Abbas.", "2013-07-28")
    assert {(r["source"], r["target"], r["code"]) for r in rows} == {
        ("USAGOV", "ISRGOV", "041"), ("USAGOV", "PSEGOV", "041")}


@pytest.mark.parametrize("text", ["Obama called him on Monday.", "The Saudi king received him."])
def test_someone_unknown_called_or_received_is_still_someone(code: CodeFn, text: str) -> None:
    assert [r["target"] for r in code(text, "2013-07-28")] == [None]


@pytest.mark.parametrize(("text", "expected"), [
    ("The UN is trying to raise $1.4 billion to feed 10 million Ethiopians.",
     {("IGO", "ETH", "07")}),
    ("A Lebanese farmer feeds the chickens in the camp.", set()),
    ("Iraq's al-Qaeda branch has fed on Sunni discontent.", set()),
    ("The French government's policies fed the revolt.", set()),
])
def test_feeding_is_aid_only_to_someone_fed(code: CodeFn, text: str,
                                            expected: set[Triple]) -> None:
    assert _lenient(code(text, "2016-01-10")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # who comes to someone's aid helps them
    ("Britain came to America's aid after the attacks.", {("GBR", "USA", "07")}),
    ("France rushed to Mali's aid in 2013.", {("FRA", "MLI", "07")}),
    # a text drafted is written, no one conscripted; balloons launched are no attack
    ("The cable was drafted by two officials from the US embassy.", set()),
    ("Britain drafted a resolution on Syria.", set()),
    ("Senators drafted a measure on Iran.", set()),
    # a relationship struck up, a ritual engaged in, coverage provided: no force, no aid
    ("Putin and Xi struck up a convivial relationship.", set()),
    ("That is just the ritual Washington engages in.", set()),
    ("Chinese state media provided scant coverage of the protests in Hong Kong.", set()),
    ("Iraq and Syria offer unique challenges to the United States.", set()),
    # a deadline seized on is an argument taken up; arriving in office visits no one
    ("The deadline has been seized on by U.S. lawmakers.", set()),
    ("Obama arrived in office determined to end the war in Iraq.", set()),
    # a deal killed is rejected; a quote given is words; service members sent are troops
    ("Iran walked away, killing the agreement with Britain.", {("IRN", "GBR", "12")}),
    ("The quote given by Obama to the New Yorker angered Iran.", set()),
    ("Obama sent 3,000 more service members into Afghanistan.", {("USA", "AFG", "15")}),
    # the concerns of voters captured, aides sent to testify: no arrest, no aid
    ("Sanders and Trump captured the concerns of many American voters.", set()),
    ("The White House sent two aides to the hearing.", set()),
    # politics sent into a tailspin get no aid
    ("Britons voted for Brexit, sending British politics into a tailspin.", set()),
    # one charged with a task is not indicted
    ("As the man charged with safeguarding Windows, he knows the Russians.", set()),
    ("Russian police charged the protesters with rioting.", {("RUS", "---", "17")}),
    # an ovation given is praise
    ("French lawmakers gave Hollande a standing ovation.", {("FRA", "FRA", "05")}),
    ("Ukraine drafted 10,000 men into the army.", {("UKR", "---", "15")}),
    ("South Korean activists launched balloons carrying leaflets into North Korea.", set()),
    # where captives were taken from is no captor (where a rocket was fired from is)
    ("Officials said 21 workers abducted from Sirte were freed.", set()),
    ("Israel said a rocket was fired at it from Syria.", {("ISR", "SYR", "11"), ("SYR", "ISR", "19")}),
    # a regime hanging by a thread is executed by no one; a share captured is no territory
    ("The regime in Caracas is hanging by a thread.", set()),
    ("American workers capture a large portion of the value of the gains.", set()),
    # what one retaliates with is the event; threatened, it is the threat
    ("China retaliated with tariffs on U.S. goods.", {("CHN", "USA", "16")}),
    ("China threatened to retaliate with tariffs on U.S. goods.", {("CHN", "USA", "13")}),
    ("China threatened to retaliate against Japan with sanctions.", {("CHN", "JPN", "13")}),
    # anonymity asked for, an amount, evidence bearing a claim out, a bill sent on, a policy
    # clarified: no appeal, agreement, support, aid or intent
    ("Two Chinese officials, who asked not to be named, confirmed the visit.", {("CHN", None, "01")}),
    ("Senator Grassley said he had a great deal of concern about the trade spat with China.",
     {("USA", None, "01")}),
    ("The American intelligence supported an al Qaeda attack.", {("IMG", None, "19")}),
    ("The US Senate committee will send the package to the White House.", set()),
    ("The Pentagon sought to clarify its policy.", set()),
    ("Obama asked Congress to approve the deal.", {("USA", "USA", "02")}),
    ("The FBI asked the public to help identify two men.", {("USA", "---", "02")}),
    # guidelines met are no meeting; attacks called for have not happened
    ("American students who met several key guidelines can stay.", set()),
    ("Hamas called for attacks on Israel.", {("PSE", None, "02")}),
    ("Trump called for a ban on Muslims entering the US.", {("USA", None, "02")}),
    # a warning delivered, streets hit, a share contributed, student aid, a person's firing
    ("Bolton is to deliver a warning to Turkish President Erdogan.", {("USA", "TUR", "13")}),
    ("Spanish workers contribute nearly 10 percent of Spanish exports.", set()),
    ("More American students are using student aid than ever.", set()),
    ("Government aid reached the refugees.", {("---", None, "07")}),
    # chemicals delivered by a bomb, damage inspected, a level hit: no aid, inquiry or blow
    ("The Syrian government used a barrel bomb to deliver the chemicals.", set()),
    ("Syrian men inspect damage at a house destroyed in an airstrike.", set()),
    ("Chinese exports hit a record high in March.", set()),
    ("Chinese troops hit a record number of targets in Tibet.", {("CHN", "CHN", "19")}),
    # leaders gathered are no crowd; a narrative offered and a button pressed: no offer, no
    # pressure
    ("Thousands of Egyptian protesters gathered in Cairo.", {("EGY", "EGY", "14")}),
    ("President Obama fights the notion that he is now a lame duck.", set()),
    # help that would not come, a fight something could cause: not asserted
    ("Beijing would not come to Pyongyang's aid.", set()),
    ("The question is what could cause the United States to fight China.", set()),
    ("Sanctions forced Iran to negotiate with the US.", {("IRN", "USA", "04"), ("USA", "IRN", "04")}),
    # backing away is a retreat; an executive agreement is made by no business executive
    ("President Obama backed away from a military confrontation with Iran.", {("USA", None, "08")}),
    ("Anything not approved by Congress is a mere executive agreement.", set()),
    # the heart of something struck at, a verdict offered, a tool given to radicals: words
    ("China's new law struck at the heart of Hong Kong's autonomy.", set()),
    ("On Monday, Obama offered his verdict on the Syrian war.", set()),
    ("The Iraqi government gave the radicals a tool they can use to recruit.", set()),
    ("The WHO accepted a narrative offered by the Chinese Communist Party.", {("IGO", "CHN", "08")}),
    ("Hillary Clinton smiled as she pressed a bright red button with Russian Foreign Minister "
     "Lavrov.", set()),
    # ties or a reputation damaged, a surname given: no property damaged, no aid
    ("Trump's hostility to NATO has damaged the alliance's relationship with Washington.", set()),
    ("The scandal damaged the president's credibility in Moscow.", set()),
    ("A woman who gave only her surname, Chan, criticized the protesters.", {("---", "---", "11")}),
    # property damaged still is
    ("Israeli troops damaged several homes in Gaza.", {("ISR", "PSE", "17")}),
    # fighters traded for a soldier are released, no trade; money or votes rounded up are no
    # arrests; a group vowed to be wiped out is threatened with force
    ("The U.S. government traded five Taliban fighters for the soldier's release.",
     {("USA", "AFG", "08")}),
    ("Washington and the IMF rounded up $37 billion in aid for Kiev.", set()),
    ("Obama vowed to wipe out the Islamic State.", {("USA", "IMG", "13")}),
    ("The crisis wiped out Russia's economic gains.", set()),
    # an air base breached is broken into by force; the spread of terror halted cuts no ties
    ("Rebels breached the Kweiras air base in Aleppo Province on Saturday.", {("---", "SYR", "19")}),
    ("Russia's air campaign has halted the spread of terror.", set()),
    # an argument seized on is used, nothing taken; one fired in a relative clause is dismissed
    ("The White House has seized on these conclusions.", set()),
    ("Yates, who was fired by the Trump administration, later said she was concerned.", set()),
    # a perception or "us" reinforced: no troops moved
    ("Klein says it is something that has been reinforced by Israel's policy of separation.",
     set()),
    ("Merkel said the spending was in Germany's interest and that it reinforces us mutually.",
     {("DEU", None, "01")}),
    # one's own aid cut off is aimed at whom it went to
    ("Trump cut off U.S. aid to Guatemala.", {("USA", "GTM", "16")}),
    # a police station captured is ground taken, no one arrested; the fire opened is no target
    ("Iraqi forces rolled into the city Monday, capturing a police station.", {("IRQ", "---", "19")}),
    # the shooting "of" someone is one-sided, though shootings "between" sides are mutual
    ("Anger surged after the shooting of two Palestinians by Israeli soldiers.",
     {("ISR", "PSE", "19")}),
    # responsibilities met are no meeting; arms supplied "to rebel fighters" start no rebellion
    ("We insist that the Iranian government meet its responsibilities under the treaty.", set()),
    ("The United States has started supplying light arms to rebel fighters.",
     {("USA", None, "07")}),  # (the parser reads "to rebel" as an infinitive)
])
def test_aid_come_to_texts_drafted_and_balloons(code: CodeFn, text: str,
                                                expected: set[Triple]) -> None:
    assert _lenient(code(text, "2016-03-26")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what sanctions are "over" is their reason, not their target
    ("Russia is under sanctions from the EU, imposed over its invasion of Ukraine.",
     {("RUS", "UKR", "19")}),
    # goods sent are trade, a video hosted no visit
    ("Chinese goods were sent to the U.S. by China last year.", set()),
    ("The Mexican agency used to host a video on its website.", set()),
    # what one expects to happen is a forecast; whom one expects to act is appealed to
    ("Western officials said they expect that to take six months.", {("---", None, "01")}),
    ("The U.S. expects Iran to comply with the deal.", {("USA", "IRN", "02")}),
])
def test_reasons_trade_and_forecasts(code: CodeFn, text: str, expected: set[Triple]) -> None:
    assert _lenient(code(text, "2018-08-10")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what a thing is described as is a name given, no event
    ("Top Libyan officials characterized the assault as a protest rather than a terrorist attack.",
     set()),
    ("Obama said the fight must not be defined as a war between America and Islam.",
     {("USA", None, "10")}),
    # talking points drafted are written, no one conscripted
    ("White House officials drafted erroneous talking points about the attack.", set()),
])
def test_what_a_thing_is_described_as_is_no_event(code: CodeFn, text: str,
                                                  expected: set[Triple]) -> None:
    assert _lenient(code(text, "2013-05-07")) == expected


def test_what_someone_describes_as_an_attack_is_that_attack(code: CodeFn) -> None:
    rows = code("A Syrian opposition group condemned what it described as Israeli attacks on the "
                "research facility.", "2013-05-05")
    assert "190" in {r["code"] for r in rows}


@pytest.mark.parametrize(("text", "expected"), [
    # comments given are words; plans delivered are kept, no aid; a community rallied
    # demonstrates nowhere
    ("Trump's national security adviser gave his unscripted comments at a forum.",
     {("USA", None, "01")}),
    ("Prime Minister Johnson had instructed British ministers to deliver the plans.", set()),
    ("President Trump tries to rally an international community that is skeptical of him.",
     set()),
])
def test_comments_given_plans_delivered_and_a_community_rallied(code: CodeFn, text: str,
                                                                expected: set[Triple]) -> None:
    assert _lenient(code(text, "2019-10-01")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Trump administration is sending migrants back to Mexico.", {("USA", "---", "17")}),
    ("The FBI Agents Association sent a petition to the White House.", {("USA", "USA", "01")}),
    ("A NATO press release from November shows the figures.", {("IGO", None, "01")}),
    ("Business deals are made in the Russian hotel lobby.", set()),
    ("Europe's populist parties seem ready to seize the moment.", {("---", None, "03")}),
])
def test_migrants_sent_back_petitions_releases_and_deals(code: CodeFn, text: str,
                                                         expected: set[Triple]) -> None:
    assert _lenient(code(text, "2019-12-20")) == expected


@pytest.mark.parametrize("text", [
    "Obama defended his decision to come to Cuba even as Cuban government dissent is punished.",
    "Justice Clarence Thomas of the U.S. Supreme Court wrote in his dissent that the law failed.",
])
def test_dissent_held_or_written_is_no_protest(code: CodeFn, text: str) -> None:
    assert "14" not in {r["root_code"] for r in code(text, "2016-03-21")}


@pytest.mark.parametrize(("text", "expected"), [
    # two people clash in words; forces and crowds still fight
    ("Navy Secretary Richard Spencer clashed with Army Secretary Mark Esper over the budget.",
     {"11"}),
    ("Syrian troops clashed with Kurdish fighters near the border.", {"19"}),
    # a barrage of threats is words; one of rockets is shelling
    ("Pyongyang kept up its barrage of threats against Seoul.", set()),
    ("Hamas fired a barrage of rockets at Israel.", {"19"}),
])
def test_clashes_between_people_and_barrages_of_words(code: CodeFn, text: str,
                                                      expected: set[str]) -> None:
    assert {r["root_code"] for r in code(text, "2018-05-09")} - {"01"} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the forces one deploys or masses are one's own means, not whom the deployment is aimed at
    ("Seoul deployed three destroyers and a radar plane.", {("KOR", None, "15")}),
    ("The Israeli government massed 30,000 troops along the border.", {("ISR", None, "15")}),
    ("The Kremlin has supplied Assad's forces for years.", {("RUS", "SYR", "07")}),
    # what one passes on is no one it is passed to, whoever gathered it
    ("Brennan passed evidence collected by the CIA.", {("USA", None, "06")}),
    ("Israel shared information obtained by the Mossad.", {("ISR", None, "06")}),
    # a crowd massing rallies
    ("Thousands of protesters massed outside the parliament in Kiev.", {("UKR", "UKR", "14")}),
])
def test_forces_deployed_are_no_target_and_crowds_massing_rally(code: CodeFn, text: str,
                                                                expected: set[Triple]) -> None:
    assert _lenient(code(text, "2014-02-20")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a name, a candidacy or a paragraph is no troop
    ("The ambassador withdrew her name from consideration for the post.", set()),
    ("The governor withdrew from the presidential race in June.", set()),
    ("A paragraph drafted by the CIA was later deleted.", set()),
    ("ACLU lawyers helped draft the emergency motion.", set()),
    ("Ms. Lee edited the remarks the president is expected to deliver on Tuesday.",
     {("---", None, "01")}),
    # leaving talks halts them
    ("Iran withdrew from talks with the United States.", {("IRN", "USA", "16")}),
    ("Israel withdrew its troops from Gaza.", {("ISR", "PSE", "08")}),
])
def test_names_withdrawn_texts_drafted_and_talks_left(code: CodeFn, text: str,
                                                      expected: set[Triple]) -> None:
    assert _lenient(code(text, "2013-01-07")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # who is drawn somewhere does what the "to" clause says
    ("The crisis drew the U.S. military back into Iraq to train Iraqi soldiers.",
     {("USA", "IRQ", "06")}),
    # the artillery one fires is one's own, not the target
    ("Russia is firing artillery from inside Russia.", {("RUS", None, "19")}),
    # a summary sent is a message; options or nothing given are no gift
    ("Attorney General William Barr sent Congress a summary of the report.",
     {("USA", "USA", "01")}),
    ("Mexico's plan is about giving migrants options.", set()),
    ("Iraqi officials said the Americans gave them nothing.", {("IRQ", None, "01")}),
])
def test_who_is_drawn_acts_and_what_is_fired_sent_or_given(code: CodeFn, text: str,
                                                          expected: set[Triple]) -> None:
    assert _lenient(code(text, "2019-03-25")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # recognising that something is so recognises no state
    ("North Korea probably recognizes that that is not going to happen.", set()),
    ("Sweden recognized Palestine in 2014.", {("SWE", "PSE", "05")}),
    # relief operations continued are no offensive
    ("The Defense Department continues its relief operations in Puerto Rico.", set()),
    ("Israel continued its offensive in Gaza.", {("ISR", None, "12")}),
    # what two sides agree on is the topic; two officials who clash argue
    ("Russia and China agreed on several issues, particularly Iran.",
     {("RUS", "CHN", "03"), ("CHN", "RUS", "03")}),
    ("Pompeo and Lavrov clashed over Syria.", {("USA", "RUS", "11"), ("RUS", "USA", "11")}),
])
def test_recognising_that_relief_continued_and_topics_agreed(code: CodeFn, text: str,
                                                             expected: set[Triple]) -> None:
    assert _lenient(code(text, "2019-09-11")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a hand in an act is no aid, also when the tagger reads the act as a noun
    ("Iron Dome, which the United States has helped fund, intercepted the rockets.", set()),
    ("The coalition, which the United States helped piece together, met in Doha.", set()),
    # the one helped to act is helped, also when the parser makes it the act's subject
    ("The United States helped Ukraine defend itself.", {("USA", "UKR", "07"),
                                                          ("UKR", None, "05")}),
    # people, police or refugees gathering meet no one
    ("People gather at a makeshift memorial in Boston.", set()),
    ("Boston police gather in front of a store on Friday.", set()),
    ("NATO leaders gathered in Brussels.", {("IGO", "BEL", "04")}),
])
def test_a_hand_in_an_act_the_one_helped_and_people_gathering(code: CodeFn, text: str,
                                                             expected: set[Triple]) -> None:
    assert _lenient(code(text, "2013-04-20")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a cabinet skirmish is words, calls fought are opposed, a sexual assault is no battle
    ("The last major cabinet skirmish, over Bush's nomination of Bolton, drew little notice.",
     set()),
    ("The White House is fighting these calls for more transparency.", {("USA", None, "11")}),
    ("The report documents sexual assault by American soldiers.", {("USA", None, "18")}),
    ("Government troops and rebels fought a skirmish near Aleppo.",
     {("SYR", "SYR", "19")}),
])
def test_skirmishes_and_fights_in_words_and_sexual_assault(code: CodeFn, text: str,
                                                          expected: set[Triple]) -> None:
    assert _lenient(code(text, "2013-02-14")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what one agrees to is no partner who agrees back; sides named together agree together
    ("Obama defended agreeing to the release of five Taliban members.",
     {("USA", None, "03"), ("USA", None, "05")}),
    ("Israel and Hamas agreed to a ceasefire.", {("ISR", "PSE", "03"), ("PSE", "ISR", "03")}),
    # a topic's own phrases are no partner, its "with" phrase is
    ("Trump and Putin discussed the investigation into Russian interference in the election.",
     {("USA", "RUS", "04"), ("RUS", "USA", "04")}),
    ("CIA Director Brennan discussed classified information with reporters.",
     {("USA", "---", "04"), ("---", "USA", "04")}),
])
def test_what_is_agreed_to_or_discussed_is_no_partner(code: CodeFn, text: str,
                                                     expected: set[Triple]) -> None:
    assert _lenient(code(text, "2018-07-17")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an election fought is a vote; a bit of code sent is no aid
    ("This election was fought by the people of India, Modi said.", {("IND", None, "01")}),
    ("Israel sent a bit of computer code into the Natanz plant.", set()),
])
def test_elections_fought_and_bits_of_code_sent(code: CodeFn, text: str,
                                                expected: set[Triple]) -> None:
    assert _lenient(code(text, "2019-05-23")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a pledge not to act renounces the act: restraint, not a threat; a refusal to cooperate
    ("Iran vowed not to attack Israel.", {("IRN", "ISR", "0356")}),
    ("Iran vowed to attack Israel.", {("IRN", "ISR", "138")}),
    ("Morsy vowed that he would not comply with the ultimatum.", {("EGY", None, "120")}),
    # ... and so does a pledge to stop doing it
    ("Israel promised to stop assassinating Hamas leaders.", {("ISR", "PSE", "0356")}),
    ("Russia vowed to stop supporting Assad.", {("RUS", "SYR", "120")}),
    # what one seeks to show, or is determined to find, is no intent and no appeal
    ("Taiwan has sought to demonstrate that its isolation is counterproductive.", set()),
    ("Israeli officials are determined to find him.", set()),
])
def test_pledges_not_to_act_and_aims_to_show(code: CodeFn, text: str,
                                             expected: set[tuple[str, str | None, str]]) -> None:
    rows = code(text, "2013-07-02")
    assert {(r["source"][:3], r["target"] and r["target"][:3], r["code"]) for r in rows} == expected


@pytest.mark.parametrize("text", [
    "Trump said China was destroying American jobs.",
    "The Benghazi affair destroyed that mythology.",
])
def test_jobs_or_myths_destroyed_are_no_property(code: CodeFn, text: str) -> None:
    assert "1712" not in {r["code"] for r in code(text, "2017-01-24")}


@pytest.mark.parametrize(("text", "expected"), [
    # opposition or resistance met is a reception, no meeting; the opposition met is met
    ("Trump's nominees meet fierce opposition from Senate Democrats.", set()),
    ("The plan met stiff resistance in Congress.", set()),
    ("Kerry met Syrian opposition leaders in Geneva.", {("USA", "SYR", "04"), ("SYR", "USA", "04")}),
])
def test_opposition_met_is_no_meeting(code: CodeFn, text: str, expected: set[Triple]) -> None:
    assert _lenient(code(text, "2018-01-09")) == expected


def test_a_proposal_agreed_to_is_its_proposers_who_agrees_to_nothing(code: CodeFn) -> None:
    def dyads(text: str) -> set[tuple[str | None, str | None, str]]:
        return {(r["source"], r["target"], r["code"]) for r in code(text, "2014-07-15")}
    assert dyads("Israel agreed to Egypt's proposal for a ceasefire.") == {("ISR", "EGY", "030")}
    assert dyads("Russia agreed to Washington's demand.") == {("RUS", "USA", "030")}
    # sides that agree to a plan together agree with each other
    assert dyads("Japan and Australia agreed to a plan to expand ties.") == {
        ("JPN", "AUS", "030"), ("AUS", "JPN", "030")}
    # what is agreed to that no one proposed is no partner
    assert not [d for d in dyads("The US agreed to the release of Taliban members.") if d[1]]


def test_a_standing_alliance_is_no_event_and_forming_or_reaffirming_one_is(code: CodeFn) -> None:
    def dyads(text: str) -> set[tuple[str | None, str | None, str]]:
        return {(r["source"], r["target"], r["code"]) for r in code(text, "2013-03-20")}
    assert not dyads("Park's visit underscores the importance of the U.S.-ROK alliance.")
    assert not [d for d in dyads("A Pentagon spokesman said the U.S. and Egypt have an important "
                                 "alliance.") if d[2] == "050"]
    assert ("JPN", "AUS", "050") in dyads("Japan formed an alliance with Australia.")
    # one's own country among the sides is one's side: the other is the partner
    found = dyads("Obama reaffirmed the close partnership between the United States and Egypt.")
    assert ("USAGOV", "EGY", "050") in found and ("USAGOV", "USA", "050") not in found
    assert ("USAGOV", "EGY", "050") in dyads(
        "Obama strengthened ties between the United States and Egypt.")
    # a coalition government formed at home is no tie
    assert not [d for d in dyads("Netanyahu formed a new coalition government.")
                if d[2] == "050"]


def test_a_crowd_counted_by_the_hundred_that_gathers_rallies(code: CodeFn) -> None:
    rows = code("Hundreds of Egyptians gathered in Cairo to denounce the coup.", "2013-07-05")
    assert ("EGY", "141") in {(r["source"], r["code"]) for r in rows}
    assert "044" not in {r["code"] for r in rows}
    # a few soldiers gathering at their base neither meet nor rally
    rows = code("Dozens of Afghan soldiers gathered at the base.", "2013-07-05")
    assert not {r["code"] for r in rows} & {"141", "044"}


def test_a_named_agreement_whose_noun_is_no_event_codes_without_error(code: CodeFn) -> None:
    # "Partnership" names the agreement; its noun pattern is a stop pattern, with no root
    rows = code("The law lays out the conditions for Mr. Obama to complete negotiations on the "
                "Trans-Pacific Partnership and any other trade deals.", "2015-04-20")
    assert "050" not in {r["code"] for r in rows}


def test_streets_hit_are_a_demonstration_and_a_firing_announced_no_shot(code: CodeFn) -> None:
    rows = code("Thousands of South Korean protesters hit the streets of Seoul.", "2017-11-07")
    assert [r["code"] for r in rows] == ["141"]
    rows = code("Trump announced Tillerson's firing barely twelve hours after he had sided with "
                "the British government against the Kremlin.", "2018-03-14")
    assert not [r for r in rows if r["root_code"] == "19"]


def test_leaders_gathered_are_no_demonstration(code: CodeFn) -> None:
    rows = code("Dozens of world leaders gathered in Paris.", "2018-11-11")
    assert not [r for r in rows if r["root_code"] == "14"]


def test_a_civilian_envoy_is_the_governments(code: CodeFn) -> None:
    rows = code("Brett McGurk, the top American civilian envoy to the coalition, resigned.",
                "2016-03-26")
    assert [r["source"] for r in rows] == ["USAGOV"]


@pytest.mark.parametrize(("text", "threat"), [
    # a threat that is only a danger ("the Islamic State threat", "the threat posed by Iran",
    # "a threat to national security") is no one's threat made
    ("Obama said the Islamic State threat was growing.", False),
    ("Netanyahu described the existential threat posed by Iran.", False),
    ("The North Korean threat dominated the summit.", False),
    ("Iran's nuclear program is a threat to Israel.", False),
    # one made is a threat: to do something, of something, against someone
    ("Iran's threat to close the Strait of Hormuz alarmed Washington.", True),
    ("Russia's threats against Ukraine continued.", True),
    ("North Korea issued a threat against South Korea.", True),
    ("Despite his veto threat, Obama signed the bill.", True),
])
def test_a_threat_that_is_a_danger_is_none_made(code: CodeFn, text: str, threat: bool) -> None:
    rows = code(text, "2015-06-20")
    assert any(r["root_code"] == "13" for r in rows) == threat


@pytest.mark.parametrize("text", [
    "Republicans urged the president to take tougher action against ISIS.",
    "Egyptian President Mohamed Mursi urged world powers not to hesitate to enforce a no-fly "
    "zone over Syria.",
])
def test_an_appeal_is_aimed_at_whom_it_asks_known_or_not(code: CodeFn, text: str) -> None:
    """One asked to act against ISIS or over Syria is the appeal's addressee: no appeal to
    ISIS or Syria, even when the addressee is no actor we can name."""
    rows = code(text, "2013-06-15")
    assert rows and all(r["target"] not in ("IMGMOSISI", "SYR") for r in rows
                        if r["root_code"] == "02"), rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Obama spoke out against the military-backed government.", {("USAELI", "---GOV", "111")}),
    ("Obama spoke out on the issue.", {("USAELI", None, "010")}),
    ("Barnier struck a tough stance from the outset.", set()),
    ("Russian warplanes are striking Daesh positions.", {("RUSMIL", "IMGMOSISI", "195")}),
])
def test_speaking_out_against_is_criticism_and_a_stance_struck_no_blow(
        code: CodeFn, text: str, expected: set[tuple[str | None, str | None, str]]) -> None:
    got = {(r["source"], r["target"], r["code"]) for r in code(text, "2017-03-29")}
    assert got == expected, got


def test_a_server_maintained_is_no_statement(code: CodeFn) -> None:
    """"a private server maintained by Hillary Clinton" says nothing; "Clinton maintained that
    she did nothing wrong" does."""
    assert code("Emails passed through a private server maintained by Hillary Clinton.",
                "2015-09-01") == []
    rows = code("Hillary Clinton maintained that she did nothing wrong.", "2015-09-01")
    assert {r["code"] for r in rows} == {"010"}, rows


@pytest.mark.parametrize(("text", "expected"), [
    # people who go to fight as part of a side are on it, not each other's enemies
    ("About 800 Britons and 600 French are believed to have gone to the region to fight as part "
     "of one of the radical groups.", {("GBR", None, "190"), ("FRA", None, "190")}),
    # a statement walked back is no army's retreat
    ("Hillary Clinton later retreated from the comments.", {("USAELI", None, "080")}),
])
def test_fighting_as_part_of_a_side_and_retreating_from_words(
        code: CodeFn, text: str, expected: set[tuple[str | None, str | None, str]]) -> None:
    got = {(r["source"], r["target"], r["code"]) for r in code(text, "2015-11-20")}
    assert got == expected, got


def test_a_trade_battle_waged_is_no_fighting(code: CodeFn) -> None:
    assert code("Trump is still waging a trade battle with the EU.", "2019-12-02") == []
    assert {r["code"] for r in code("Russia waged a battle with Ukraine.", "2019-12-02")} == {
        "190"}


@pytest.mark.parametrize(("text", "expected"), [
    # attacks executed are carried out, no one executed
    ("The gunmen were able to plan and execute attacks on the newspaper Charlie Hebdo.",
     {("---UAF", "---MED", "190")}),
    ("Islamic State militants executed attacks on Iraqi police.",
     {("IMGMOSISI", "IRQCOP", "190")}),
    ("Islamic State militants executed two Iraqi police officers.",
     {("IMGMOSISI", "IRQCOP", "1823")}),
    # sentiment whipped up is stirred, no one whipped
    ("Narendra Modi whipped up anti-Muslim sentiment.", set()),
])
def test_attacks_executed_are_carried_out_and_sentiment_whipped_up_no_blow(
        code: CodeFn, text: str, expected: set[tuple[str | None, str | None, str]]) -> None:
    got = {(r["source"], r["target"], r["code"]) for r in code(text, "2015-01-10")}
    assert got == expected, got


def test_information_guarded_is_no_protection(code: CodeFn) -> None:
    rows = code("Young people can read information that was once carefully guarded by dictators.",
                "2013-01-01")
    assert not [r for r in rows if r["code"] == "074"], rows
    rows = code("Russian troops guarded the airport.", "2013-01-01")
    assert {r["code"] for r in rows} == {"074"}, rows


def test_arrangements_provided_for_are_no_aid(code: CodeFn) -> None:
    rows = code("Britain provided for a transition period in the deal.", "2018-11-15")
    assert not [r for r in rows if r["root_code"] == "07"], rows
    rows = code("Britain provided aid to Yemen.", "2018-11-15")
    assert {r["root_code"] for r in rows} == {"07"}, rows


def test_a_verb_read_as_a_compound_describes_a_noun(code: CodeFn) -> None:
    """"the alleged Saudi hit squad", "the talking points": what the noun is, no hit or talk."""
    rows = code("CCTV shows alleged Saudi hit squad's movements – video In his own remarks to "
                "reporters in Istanbul, Pompeo would not comment on the journalist.", "2018-10-20")
    assert not [r for r in rows if r["root_code"] == "19"], rows


@pytest.mark.parametrize(("text", "expected"), [
    # one fires someone from a post, and fires at someone
    ("Trump fired him because he was not fit for the job.", set()),
    ("Soldiers fired at him.", {("---MIL", "19")}),
    ("Hamas hid rockets near schools and fired them into Israel.", {("PSEREBHMS", "19")}),
    # tariffs cancelled are eased, as lifted ones are
    ("China cancelled tariffs on US soybeans.", {("CHN", "08")}),
    # a platform or a pretext given is no aid
    ("Trump was providing the Russian president a platform.", set()),
])
def test_firing_someone_cancelling_tariffs_and_giving_a_platform(
        code: CodeFn, text: str, expected: set[tuple[str, str]]) -> None:
    got = {(r["source"], r["root_code"]) for r in code(text, "2019-11-07")}
    assert got == expected, got


def test_a_win_given_and_luggage_guarded_are_no_aid_or_protection(code: CodeFn) -> None:
    assert code("The administration is giving American businesses a big win.", "2019-01-01") == []
    assert code("Egyptian soldiers guard the luggage of passengers.", "2015-11-01") == []


def test_an_interest_or_industry_protected_is_no_military_protection(code: CodeFn) -> None:
    rows = code("China will strive to protect the integrity of industrial chains.", "2019-05-10")
    assert not [r for r in rows if r["code"] == "074"], rows
    rows = code("French troops protected the refugees.", "2019-05-10")
    assert {r["code"] for r in rows} == {"074"}, rows


@pytest.mark.parametrize("text", [
    "India and Pakistan blamed one another for the attack.",
    "Tensions rose between India and Pakistan, which accused each other of interference.",
])
def test_each_other_is_each_side_towards_the_other(code: CodeFn, text: str) -> None:
    assert {(s, t) for s, t, _ in _lenient(code(text, "2019-05-01"))} == {
        ("IND", "PAK"), ("PAK", "IND")}


@pytest.mark.parametrize(("text", "expected"), [
    # a deal only named is no signing: it needs its two sides
    ("Obama's New START agreement won 71 votes in the Senate.", set()),
    ("Britain invoked Article 50 of the EU treaty.", set()),
    ("Japan's new security pact with Australia took effect.",
     {("JPN", "AUS", "05"), ("AUS", "JPN", "05")}),
    # ... read as they were before the broker's own events
    ("Israel and Hamas fought again. Egypt brokered a deal between the two sides.",
     {("ISR", "PSE", "05"), ("PSE", "ISR", "05"), ("EGY", "ISR", "04")}),
])
def test_a_deal_named_is_no_signing(code: CodeFn, text: str, expected: set[Triple]) -> None:
    rows = code(text, "2013-07-22")
    assert {t for t in _lenient(rows) if t[2] == "05"} == {t for t in expected if t[2] == "05"}
    assert expected <= _lenient(rows)


@pytest.mark.parametrize("text", [
    "Romney asked Hook whether Iran would benefit from chaos in the region.",
    "Romney asked him if Iran would benefit from chaos in the region.",
])
def test_a_question_asks_nothing_of_whom_it_is_about(code: CodeFn, text: str) -> None:
    rows = code(text, "2019-05-22")
    assert not [r for r in rows if r["target"] == "IRN"], rows


def test_a_rebuttal_offered_is_words_not_an_offer(code: CodeFn) -> None:
    rows = code("European Council President Donald Tusk offered a rebuttal.", "2018-07-11")
    assert {(r["source"], r["code"]) for r in rows} == {("IGOEUREEC", "010")}


def test_soldiers_marching_parade_and_commandos_taking_off_leave(code: CodeFn) -> None:
    rows = code("Iranian armed forces members march during the Army Day parade in Tehran.",
                "2019-09-22")
    assert {r["code"] for r in rows} == {"150"}, rows
    assert code("The American commandos took off from a base in Syria.", "2019-10-27") == []
    rows = code("Assad said his regime had received ample stockpiles of Russian weaponry.",
                "2013-05-30")
    assert "043" not in {r["code"] for r in rows}, rows


def test_two_sides_that_met_have_no_host_from_another_clause(code: CodeFn) -> None:
    rows = code("Obama and Abbas met for more than an hour, following a morning launch of rockets "
                "from Gaza, two of which landed in southern Israel.", "2013-03-21")
    assert {(r["source"], r["target"]) for r in rows} == {("USAGOV", "PSEGOV"),
                                                          ("PSEGOV", "USAGOV")}, rows


@pytest.mark.parametrize(("text", "codes"), [
    # an act that shows something says nothing
    ("Trump's air raid confirms that our leaders don't learn.", {"195"}),
    # a tariff paid is borne by the payer, not imposed
    ("New tariffs are not paid by the Chinese government.", set()),
    # answers delivered are words, no aid
    ("Obama insisted that his Cuban counterpart also deliver answers to pointed queries.",
     {"010"}),
])
def test_acts_that_show_tariffs_paid_and_answers_delivered(code: CodeFn, text: str,
                                                   codes: set[str]) -> None:
    assert {r["code"] for r in code(text, "2017-06-01")} == codes


@pytest.mark.parametrize(("text", "codes"), [
    # a warning that only forecasts is a pessimistic comment
    ("Officials warned that the death toll could rise.", {("---GOV", "012")}),
    ("The UN warned that more than 6 million people are at risk of hunger.",
     {("IGOUNO", "012")}),
    ("Rights activists warned that the vague wording could give him more power.",
     {("---HRI", "012")}),
    ("The ambassador warned of threats to the mission.", {("---GOV", "012")}),
    # (also when a relative pronoun stands for what only forecasts)
    ("Police showed off water cannons, a development which Amnesty International has warned "
     "could lead to serious injuries.", {("NGOHRIAMN", "012")}),
    # ... and one of what the speaker will do, or that war comes, a threat
    ("Police warned: \"Those people should be aware that we will take action.\"",
     {("---COP", "130")}),
    ("Seoul warned that any provocative moves would trigger a strong response.", {("KOR", "130")}),
    ("North Korea warned that war could break out at any moment.", {("PRK", "130")}),
    ("The rebels warned that if such attacks continue, the fighters will take action.",
     {("---REB", "130")}),
    # a warning of what an actor will do, or to someone, is a threat
    ("China warned that the United States would pay a price.", {("CHN", "130")}),
    ("Russia warned it would respond.", {("RUS", "130")}),
    ("Russia warned Ukraine that the harvest could fail.", {("RUS", "130")}),
])
def test_a_warning_that_only_forecasts_is_no_threat(code: CodeFn, text: str,
                                                     codes: set[tuple[str, str]]) -> None:
    assert {(r["source"], r["code"]) for r in code(text, "2024-05-01")} == codes


@pytest.mark.parametrize(("text", "expected"), [
    # a violent deed laid on someone accuses them ...
    ("Zarif said the rebels were responsible for the attack.", {("IRNGOV", "---REB", "112")}),
    ("Russia claimed that Ukraine was behind the shelling.", {("RUS", "UKR", "112")}),
    ("SANA quoted Zarif as saying the rebels must be behind any chemical weapons attack.",
     {("IRNGOV", "---REB", "112")}),
    # ... and laid on the speaker claims it
    ("Hamas said it was behind the bombing.", {("PSEREBHMS", None, "015")}),
    # a deed denied, a duty held or a trailing attribution accuses no one
    ("Israel said Hamas was not behind the attack.", {("ISR", None, "010")}),
    ("Zarif said that Russia was responsible for security.", {("IRNGOV", None, "010")}),
    ("Zarif said Syria must be transparent.", {("IRNGOV", "SYR", "100")}),
    ("Zarif said the attack must be the work of the rebels.", {("IRNGOV", None, "010")}),
])
def test_a_deed_laid_on_someone_accuses_them(code: CodeFn, text: str,
                                              expected: set[tuple]) -> None:
    rows = code(text, "2013-08-22")
    assert {(r["source"], r["target"], r["code"]) for r in rows} == expected, rows


@pytest.mark.parametrize(("text", "expected"), [
    # going to war or on the offensive is fighting, and "would" makes it a threat
    ("Iran went to war with Israel in 2006.", {("IRN", "ISR", "190")}),
    ("Iran said it would go to war with Israel.", {("IRN", "ISR", "138")}),
    ("Obama said the United States would go on the offensive against the militants.",
     {("USA", "---REB", "138")}),
    # an indictment of a policy is a condemnation; one of officials a charge
    ("Putin summarized his indictment of U.S. foreign policy.", {("RUSGOV", "USA", "111")}),
    ("The court announced the indictment of Russian officials.", {("---JUD", "RUSGOV", "173")}),
])
def test_going_to_war_and_indicting_a_policy(code: CodeFn, text: str, expected: set[tuple]) -> None:
    rows = code(text, "2014-09-08")
    assert {(r["source"], r["target"], r["code"]) for r in rows} == expected, rows


@pytest.mark.parametrize(("text", "expected"), [
    # what is done "rather than" another act leaves that act undone
    ("Russia abstained rather than vetoing the resolution.", set()),
    ("The administration chose to abstain from the vote rather than exercise its veto.", set()),
    # whom one cooperates "against" is no partner
    ("Saudi Arabia and Israel cooperated against Iran.",
     {("SAU", "ISR", "050"), ("ISR", "SAU", "050")}),
    # insisting on the air is saying, nothing demanded
    ("Bolton insisted on CNN that Iran is lying.", {("USAGOV", None, "010")}),
    ("Iran insisted on its right to enrich uranium.", {("IRN", None, "100")}),
    # pushing for sanctions relief appeals for their easing
    ("Iran was pushing for sanctions relief up front.", {("IRN", None, "0254")}),
    # speaking with reporters is a statement, no consultation; where one speaks from a place
    ("Trump spoke with reporters in Canada.", {("USAGOV", None, "010")}),
    ("Obama talked to journalists in Paris.", {("USAELI", None, "010")}),
    ("Obama spoke from his hospital bed.", {("USAELI", None, "010")}),
    ("Obama spoke with Merkel.", {("USAELI", "DEUGOV", "040"), ("DEUGOV", "USAELI", "040")}),
    # a deadline imposed is an ultimatum, no sanction
    ("The opposition imposed a deadline on the government.", {("---OPP", "---GOV", "139")}),
    # a diatribe delivered is criticism, no aid
    ("The foreign minister of Iran delivered a 25-minute diatribe against the U.S.",
     {("IRNGOV", "USA", "111")}),
])
def test_acts_forgone_foes_of_cooperation_and_insisting_on_air(
        code: CodeFn, text: str, expected: set[tuple]) -> None:
    rows = code(text, "2018-05-01")
    assert {(r["source"], r["target"], r["code"]) for r in rows} == expected, rows


@pytest.mark.parametrize(("text", "expected"), [
    # "24 days into" an administration is a time, no target
    ("Merkel, who resigned 24 days into the Trump administration, said nothing.",
     {("DEUGOV", None, "0831"), ("DEUGOV", None, "010")}),
    # the marathon a bombing was at killed no one
    ("Police released photos of the bombing Monday at the Boston Marathon that killed three.",
     {("---COP", None, "010")}),
    # nor did the country whose facilities the attacks struck damage anything
    ("September's attacks on Aramco facilities in Saudi Arabia, which badly damaged the "
     "kingdom's oil infrastructure, reinforced the notion.", set()),
    # the places of what two sides discussed are no venue of their talks
    ("Kerry and Hammond said they also discussed conflicts in Yemen, Libya and Ukraine.",
     {("USAELI", "GBRGOV", "040"), ("GBRGOV", "USAELI", "040")}),
    # parties and lawmakers take control of a chamber in a vote, no ground seized
    ("Democrats will take control of the House of Representatives in January.", set()),
    ("Hamas took control of Gaza.", {("PSEREBHMS", "PSE", "192")}),
    # a country targeted while its government is called names is criticised, not struck
    ("Trump also targeted Venezuela, calling its government a corrupt dictatorship.",
     {("USAGOV", "VEN", "111"), ("USAGOV", "VENGOV", "010")}),
    ("Israel targeted Gaza, saying militants fired rockets.",
     {("ISR", "PSE", "190"), ("---REB", None, "195"), ("ISR", "---REB", "112")}),
    # a state's bombing is from the air; a group's a bomb
    ("Russia's bombing of Aleppo continued.", {("RUS", "SYR", "195")}),
    ("NATO's bombing of Libya ended.", {("IGOWSTNAT", "LBY", "195")}),
    ("The Taliban bombing in Kabul killed ten.",
     {("AFGREBTAL", "AFG", "183"), ("AFGREBTAL", "AFG", "190")}),
    # the go-ahead given is approval, no aid
    ("The Senate gave the go-ahead to the deal.", {("---LEG", None, "051")}),
    # a sanctions bill is named for whom its sanctions strike
    ("Congress passed the Russian sanctions bill.", set()),
])
def test_times_into_venues_of_attacks_and_sanctions_bills(code: CodeFn, text: str,
                                                          expected: set[tuple]) -> None:
    rows = code(text, "2017-07-25")
    assert {(r["source"], r["target"], r["code"]) for r in rows} == expected, rows


@pytest.mark.parametrize(("text", "expected"), [
    # whom one warns not to act is threatened; the act warned against is theirs, not the
    # speaker's force
    ("The Assad government has warned the U.S. not to strike ISIS positions.",
     {("SYRGOV", "USA", "130")}),
    ("China warned Japan not to send warships.", {("CHN", "JPN", "130")}),
    ("Iran threatened to attack US ships.", {("IRN", "USA", "138")}),
    ("The military used tear gas and warning shots to disperse the crowd.",
     {("---MIL", None, "175"), ("---MIL", None, "137")}),
    # what sanctions target they strike, with no force
    ("Russian banks were targeted by U.S. sanctions.", {("USA", "RUSBUS", "163")}),
    ("Russian banks were targeted by U.S. troops.", {("USAMIL", "RUSBUS", "190")}),
    # lawmakers' offensive against a decision is waged in words
    ("GOP hawks in Congress have launched an offensive against the Trump administration's "
     "decision.", {("USAPTY", "USAGOV", "111")}),
    ("The army launched an offensive against the rebels.", {("---MIL", "---REB", "190")}),
])
def test_warnings_to_others_sanctions_and_attacks_in_words(code: CodeFn, text: str,
                                                           expected: set[tuple]) -> None:
    rows = code(text, "2017-09-19")
    assert {(r["source"], r["target"], r["code"]) for r in rows} == expected, rows


@pytest.mark.parametrize(("text", "expected"), [
    # forces positioned somewhere are deployed
    ("The Navy positioned two destroyers off the coast of Syria.", {("---MIL", "SYR", "154")}),
    ("He positioned himself as a moderate.", set()),
    # names the parser joined to the verb after its object are more of its objects
    ("The U.S. will defend itself, as well as South Korea and Japan, from any threat.",
     {("USA", "KOR", "032"), ("USA", "JPN", "032")}),
])
def test_forces_positioned_and_objects_joined_to_the_verb(code: CodeFn, text: str,
                                                          expected: set[tuple]) -> None:
    rows = code(text, "2015-04-08")
    assert {(r["source"], r["target"], r["code"]) for r in rows} == expected, rows


@pytest.mark.parametrize(("text", "expected"), [
    # those a plane flies make the trip, not the plane
    ("A helicopter flew Obama to Kabul.", {("USAELI", "AFG", "042")}),
    ("Air Force One flew Trump to Scotland.", {("USAGOV", "GBR", "042")}),
    # a protester's fly-over is a protest, no show of force
    ("A protester in a microlight aircraft flew over the resort.", {("---OPP", None, "141")}),
    ("Russian jets flew over the base.", {("RUS", None, "150")}),
    # an ally one is denied is withheld, no blame denied
    ("Britain's Parliament voted against it, denying Obama a normally reliable ally.",
     {("GBRLEG", None, "120")}),
])
def test_who_travels_what_protesters_fly_and_allies_denied(code: CodeFn, text: str,
                                                           expected: set[tuple]) -> None:
    rows = code(text, "2018-07-13")
    assert {(r["source"], r["target"], r["code"]) for r in rows} == expected, rows


@pytest.mark.parametrize(("text", "expected"), [
    # commitments one is asked to uphold are kept, none made
    ("The U.S. called on the Taliban to stop needless attacks and uphold their commitments.",
     {("USA", "AFGREBTAL", "025")}),
    ("The Taliban upheld their commitments.", set()),
    # a club that would readmit a country admits no guilt
    ("The G7 readmitted Russia.", set()),
    # an attack on an inquiry or the press is made in words
    ("Trump attacked the media.", {("USAGOV", "---MED", "111")}),
    ("Trump stepped up his attacks on the inquiry.", {("USAGOV", None, "111")}),
    # what a tariff or sanctions threaten is a risk, no threat made
    ("President Trump imposed tariffs on China. His tariff on steel threatens to drive the only "
     "American keg-making company out of business.",
     {("USAGOV", "CHN", "163"), ("USAGOV", None, "163")}),
    ("Iran threatened to close the strait.", {("IRN", None, "138")}),
    # a war the noun says is no fighting is none when waged either
    ("America waged a war on drugs.", set()),
    ("Russia waged a war against Ukraine.", {("RUS", "UKR", "190")}),
    # a warning of landslides or floods forecasts
    ("Nepal's government warned of dangerous landslides.", {("NPLGOV", None, "012")}),
    # people who sit down in the road meet no one
    ("Traffic was blocked by some people who sat down in the road.",
     {("---CVL", None, "144")}),
    # a response given is words; a meeting pushed back is put off; goods and firms targeted
    # are struck by trade
    ("Obama gave his reply to The New Yorker.", {("USAELI", None, "010")}),
    ("The summit was pushed back to Friday.", set()),
    ("The Trump administration targeted Chinese firms.", {("USAGOV", "CHNBUS", "163")}),
    # a raid's "by" names its performer, whom an adjective before it does not stand in for
    ("He opposed the Iraqi reactor raid by Menachem Begin in 1981.", set()),
    # the controversy or opposition surrounding a matter besieges nothing
    ("The opposition surrounds East Jerusalem.", set()),
    ("Israeli troops surrounded the town of Jenin.", {("ISRMIL", "PSE", "191")}),
    # what one orders is one's own act; a cleansing is ethnic cleansing only when said so
    ("Obama ordered sanctions on Russian spy agencies.", {("USAELI", "RUSSPY", "163")}),
    ("The White House ordered a cleansing of training materials.", set()),
    # a campaign suspended is politics paused, no ties cut
    ("Political parties have suspended general election campaigning.", set()),
    ("Sanders suspended his presidential campaign.", set()),
    ("Israel suspended its air campaign in Gaza.", {("ISR", None, "087")}),
    # remarks torched are criticised
    ("The president's remarks were torched by Human Rights Watch.",
     {("---GOV", None, "010"), ("NGOHRIHRW", None, "111")}),
    # a war one invites is brought on, no one invited; Brits are British
    ("Trump's tariffs invited a trade war.", {("USAGOV", None, "163")}),
    ("Some Brits hope that the U.S. stays.", {("GBR", None, "013")}),
    # a rank or post given is conferred, no aid
    ("Trump gave McMaster a fourth star.", set()),
    # a charge led is a campaign's front, no one charged
    ("Trump led the denial charge himself.", set()),
    # insisting on what will be is a claim; on what should be, a demand
    ("Trump insisted that Mexico will pay for the wall.", {("USAGOV", None, "010")}),
    ("Trump insisted that Mexico should pay for the wall.", {("USAGOV", "MEX", "100")}),
])
def test_kept_commitments_attacks_in_words_and_risks(code: CodeFn, text: str,
                                                     expected: set[tuple]) -> None:
    rows = code(text, "2018-04-05")
    assert {(r["source"], r["target"], r["code"]) for r in rows} == expected, rows


@pytest.mark.parametrize(("text", "expected"), [
    # the parser may hang a noun event's performer on whom it befell, and whom it befell on
    # the inquiry that did it
    ("The arrest of two Chinese spies by the FBI angered Beijing.",
     {("USACOP", "CHNSPY", "173")}),
    ("They asked about the indictment by the FBI probe of 12 Russian intelligence agents.",
     {("USACOP", "RUSSPY", "173"), ("USACOP", "RUSSPY", "090")}),
    ("The release of a report by Amnesty angered Beijing.", set()),
    ("He was held in an investigation of a plot by mercenaries to overthrow the president.",
     set()),
    # no apposition crosses its noun's verb: the act is the bugaboo, not the senator
    ("Senator Bernie Sanders did vote against the Magnitsky Act in 2012, a notorious Putin "
     "bugaboo.", {("USALEG", None, "120")}),
    # a thumbs up given is approval, nothing given up
    ("The Russian president gave Trump a thumbs up.", {("RUSGOV", "USAGOV", "051")}),
    # a statesman who shoots back answers in words
    ("Obama stopped in the middle of his remarks and shot back.",
     {("USAELI", None, "010"), ("USAELI", None, "111")}),
    ("The soldiers shot back.", {("---MIL", None, "193")}),
    # what represents evidence presents none; a rebuff is a rejection
    ("Beijing's rebuff of the proposal represents evidence of the extent to which China is "
     "controlling the government.", {("CHN", None, "120")}),
    ("Iran reimposed a blockade on the port.", {("IRN", None, "191")}),
    # a participle with a subject but no auxiliary, describing a noun, is a reduced passive
    ("The Pentagon was not able to provide details on specific operations in which any "
     "soldiers killed during that time were involved.", set()),
    ("The town, which Russian forces captured in May, is now quiet.",
     {("RUSMIL", None, "192")}),
    # an agenda that hits the rocks strikes no one; an invitation delivered is no aid
    ("Trump's foreign policy agenda is hitting the diplomatic rocks.", set()),
    ("Kim Yo Jong delivered an invitation to Moon Jae-in.", {("PRKGOV", "KORELI", "036")}),
    # a company named "General ..." is no general; a society's liberalization fought is
    # politics, as is a country "re-nationalized"; a killing claimed as proof is an argument
    ("General Dynamics delivered the U.S. Air Force its first F-16As in 1979.", set()),
    ("Their goal is to re-nationalize their countries at the cost of the EU and to fight the "
     "liberalization of their societies.", set()),
    ("A German politician claimed this killing as a proof that Germany has the right to fear "
     "Muslim culture.", {("DEUELI", None, "010")}),
    ("The Taliban claimed the killing.", {("AFGREBTAL", None, "015")}),
    # the parser may hang whom one meets on how long the meeting lasted
    ("Hillary Clinton conferred for hours with Mr. Morsi.",
     {("USAELI", "EGYELI", "040"), ("EGYELI", "USAELI", "040")}),
    # a past tense the parser read as its object's modifier still acts
    ("Obama called for regime change early on in the conflict and threatened military strikes "
     "against Syrian forces.", {("USAELI", None, "024"), ("USAELI", "SYRMIL", "138")}),
    # one surrounded by family and staffers keeps company, no one besieges him; a cable
    # signed is a statement, no treaty
    ("Trump is surrounded by family members, more pliant staffers, and a sparser West Wing.",
     set()),
    ("51 State Department officials signed the so-called dissent channel cable.",
     {("USAGOV", None, "010")}),
    # where words come from is no one addressed: with no one else named, it is who speaks
    ("Trump's comments from Biarritz were met with skepticism in Beijing.",
     {("USAGOV", None, "010")}),
    ("A statement from the FBI said the agency had investigated.", {("USACOP", None, "010")}),
    # a war on whistleblowers or on poverty is fought with no arms (a war "on" a country is
    # waged by one side, as one "against" it)
    ("The casualty count in Obama's war on whistleblowers is double-digit.", set()),
    ("Russia's war on Ukraine continues.", {("RUS", "UKR", "190")}),
    # a person's name is no town in it ("Ahmad", Kuwait's Al Ahmadi); records provided are
    # no aid (materials for shelter are)
    ("The group's No. 2 leader, Ahmad al-Hayali, was killed by a U.S. airstrike in August.",
     {("USA", "---GOV", "195"), ("USA", None, "195")}),
    ("Trudeau said the State Department is working with Congress to provide relevant "
     "records.", {("USAGOV", "USALEG", "050"), ("USALEG", "USAGOV", "050")}),
    ("The United States provided basic shelter materials to 1.5 million people.",
     {("USA", "---CVL", "073")}),
    # "No 10" is Downing Street, which does speak
    ("No 10 said the bill would contain some significant new aspects.",
     {("GBRGOV", None, "010")}),
    # a Twitter barrage shells no one; a public whipped into a frenzy is stirred, not flogged
    ("Outsiders perceived mounting anxiety in Trump's Twitter barrage.", set()),
    ("The president whips the American public into a war frenzy.", set()),
    # a Trump pal or biographer is not Trump; a title the parser split from its name is the
    # name's
    ("Trump biographer Tim O'Brien told reporters the man is a survivor.", set()),
    ("Trump ally Lindsey Graham said the deal was bad.", {("USALEG", None, "010")}),
    # causes and fitness are no aid or expulsion
    ("Russia has contributed to that.", set()),
    ("Hillary Clinton claims that her experience uniquely equips her for the presidency.",
     {("USAELI", None, "010")}),
    ("Iran's twisted ideology drives people to violence.", set()),
    ("The army drove the villagers from their homes.", {("---MIL", "---CVL", "201")}),
    # a right given eases a restriction (080), as allowing does; a forecast downgraded cuts
    # no ties; a disease beaten back is struck by no one
    ("Tunisia gave women the right to marry outside of the Muslim faith.",
     {("TUN", "---CVL", "080")}),
    ("The IMF downgraded US and UK growth.", set()),
    ("Health officials continue to beat back life-threatening disease.", set()),
    # what one uses a thing others provided for is one's own act
    ("In Yemen, Saudi Arabia used equipment provided by the US and UK to bomb noncombatants.",
     {("USA", None, "072"), ("GBR", None, "072"), ("SAU", "YEM", "195")}),
    # fire and fury one vows to unleash is a threat of force; a pseudonym given is no gift
    ("Trump vowed to unleash fire and fury on North Korea.", {("USAGOV", "PRK", "138")}),
    ("ISIS claimed responsibility for the attack and gave a pseudonym for the shooter.",
     {("IMGMOSISI", None, "015")}),
    # one shielded from a complaint is guarded by no force
    ("The Justice Department is protecting Trump from a whistleblower complaint.", set()),
    ("French troops protected the convoy from attacks.", {("FRAMIL", None, "074")}),
    # a reported attack is an attack, no attack on a report
    ("The U.S. is under pressure after a reported chemical weapons attack by Syrian forces.",
     {("SYRMIL", None, "190")}),
    # "his" in a clause of "who" is the one described
    ("Macron spoke to reporters. Syria presents a major dilemma for Mr. Trump, who just weeks "
     "ago was pressing his foreign policy team for a plan to withdraw the troops.",
     {("FRAELI", None, "010"), ("USAGOV", None, "100")}),
    # those handed arms carry out the purpose, not who sends them (troops sent fight as the
    # sender's)
    ("The UK said it would send a limited amount of arms to Kurds in Iraq to fight the Islamic "
     "State.", {("GBR", None, "033")}),
    ("The U.S. sent troops to Iraq to fight the Islamic State.",
     {("USA", "IRQ", "154"), ("USA", "IMGMOSISI", "190"), ("IMGMOSISI", "USA", "190")}),
    # a sum of tariffs is no money given (a sum in aid is)
    ("Trump has proposed up to $150 billion of tariffs on China.", {("USAGOV", "CHN", "030")}),
    ("Japan pledged $10 million in aid to Nepal.", {("JPN", "NPL", "0331")}),
    # the agreement talks are for is none signed; computers and phones targeted are attacked
    # cybernetically
    ("Negotiations for a free trade agreement between the United Kingdom and the United States "
     "have been postponed.", set()),
    ("Britain and the US signed a trade deal.", {("GBR", "USA", "057"), ("USA", "GBR", "057")}),
    ("Russia targeted American computers and phones.", {("RUS", "USA", "176")}),
    # justice delivered is no aid
    ("The US government should turn to delivering justice for the abuses.", set()),
    # a president known by his surname alone
    ("In a phone call, Trump and Ghani discussed Afghanistan's mineral wealth.",
     {("USAGOV", "AFGGOV", "040"), ("AFGGOV", "USAGOV", "040")}),
])
def test_performers_hung_on_victims_and_surnames(code: CodeFn, text: str,
                                                 expected: set[tuple]) -> None:
    rows = code(text, "2017-03-12")
    assert {(r["source"], r["target"], r["code"]) for r in rows} == expected, rows


def test_an_adjective_hung_on_a_verb_describes_the_noun_before(code: CodeFn) -> None:
    # "willing" read as a clause of "send": the journalists are willing, not the government
    rows = code("The government has stretched this archaic law to send an unmistakable warning "
                "to potential whistleblowers and journalists willing to publish their "
                "information.", "2013-08-21")
    assert {(r["source"], r["code"]) for r in rows} == {("---GOV", "130"), ("---MED", "030")}, rows


@pytest.mark.parametrize(("text", "expected"), [
    # cabinet offices named by their title are the government's, the country from the title
    # or the possessor (a seat that names the office keeps its own code)
    ("U.S. Trade Representative Robert Lighthizer criticized China.",
     {("USAGOV", "CHN", "111")}),
    ("Britain's Health Secretary criticized Russia.", {("GBRGOV", "RUS", "111")}),
    ("U.S. Energy Secretary Rick Perry criticized Russia.", {("USAGOV", "RUS", "111")}),
    ("Homeland Security Secretary Kirstjen Nielsen criticized Mexico.",
     {("USAGOV", "MEX", "111")}),
    # a verb takes an infinitive or a clause, not both: the clause after the infinitive is
    # a sentence of its own, nothing wanted
    ("The deal will make the Chinese economy stronger. China wants to be a more dynamic, "
     "innovation-led economy, so better protection of intellectual property rights will help.",
     set()),
    # a name that owns a small town's name makes it part of a longer name: no University,
    # Florida
    ("Park Ji-won, a professor at Sookmyung Women's University, criticized North Korea.",
     {("---EDU", "PRK", "111")}),
    # a distance maintained is kept, nothing maintained in words
    ("Several Iranian speed boats maintained a safe distance.", set()),
    # trillions of dollars of needs met are needs, as dollars met are: no meeting
    ("China is putting up money to help meet the projected trillions of dollars of "
     "infrastructure needs in Asia.", set()),
    ("The US gave billions of dollars of aid to Egypt.", {("USA", "EGY", "071")}),
    # sanctions relief given eases sanctions, no humanitarian aid
    ("Obama gave Iran sanctions relief.", {("USAELI", "IRN", "085")}),
    # one quoted as saying by the media says it
    ("The country's defence minister, Hossein Dehghan, was quoted as saying by state media.",
     {("IRNMIL", None, "010")}),
    # a deadline set for someone is an ultimatum, one set to reach a deal is a date kept
    ("Iran and the EU have set a 30 June deadline to reach a comprehensive deal.", set()),
    ("Trump set a deadline for Iran to return to talks.", {("USAGOV", "IRN", "139")}),
    ("Saudi Arabia set Qatar a 10-day deadline.", {("SAU", "QAT", "139")}),
    # a state of affairs threatens without threatening anyone
    ("But Yemen's instability always threatened to derail the effort.", set()),
    # pressing ahead with one's own course asks nothing of anyone
    ("Democrats pressed ahead Wednesday with Chuck Hagel's nomination to be secretary of "
     "defense.", set()),
    ("Obama pressed Putin on Ukraine.", {("USAELI", "RUSGOV", "020")}),
    # the US attorneys general, FBI directors and the special counsel by name and date
    ("Attorney General William Barr announced the probe's principal conclusions.",
     {("USAJUD", None, "010")}),
    ("Mueller testified before the committee.", {("USAJUD", None, "010")}),
    # a skeptic of something is no part of it
    ("Longtime skeptics of the Russia probe have made similar claims.", set()),
    # what one sends scrambling is caused to, not sent; a letter sent is still sent
    ("Russia's intervention sent the Obama administration scrambling to adjust its policy.",
     set()),
    ("Senators sent a letter to Obama demanding answers.",
     {("---LEG", "USAELI", "010"), ("---LEG", None, "101")}),
    # a student loan is a household's debt; a budget approved gives no one aid
    ("The average student loan payment in Canada is $300.", set()),
    ("Lawmakers approved the budget.", {("---LEG", None, "051")}),
    # sanctions that will be suspended are eased, none imposed
    ("Under the deal, all U.S. and EU nuclear-related sanctions will be suspended.", set()),
    # whatever positions one takes are views, no ground taken
    ("Pope Francis should have strong foundation for whatever positions he takes that are "
     "representing the Church.", set()),
    # a US party tag makes an American politician, whatever body he belongs to is named after
    ("\"I am surprised,\" said Rep. Louie Gohmert (R-Texas), a member of the Israel Allies "
     "Caucus. Rep. Tim Huelskamp (R-Kan.), who is Catholic, said it is not in his wheelhouse.",
     {("USALEG", None, "010")}),
    # a video, an ad or a satellite launched is no attack
    ("The National Republican Senatorial Committee launched a bio video about its candidate.",
     set()),
    ("North Korea is the 10th nation to join the global space club by launching a satellite.",
     set()),
    # the ruling party of a one-party state acts as its government
    ("The statement from Kim Yang Gon, secretary of the Central Committee of the Workers' Party "
     "of Korea, criticized Seoul.", {("PRKGOV", None, "010")}),
    ("The Communist Party of China criticized Japan.", {("CHNGOV", "JPN", "111")}),
    # language struck from a bill is deleted, no one struck
    ("House Republicans voted to strike language from the defense bill.", set()),
    # a thing called something, even with a clause between, is named, not phoned
    ("Senator Graham called the Democrats' position, which is similar to the one Obama "
     "expressed, a \"shameful abdication of American leadership.\"", {("---LEG", "USAPTY", "010")}),
    ("Obama called Erdogan, a key ally, on Monday.", {("USAELI", "TURGOV", "041")}),
    # investigators sent abroad visit, they bring no aid; incense burnt destroys nothing
    ("Malaysia is sending a team of investigators to Paris.", {("MYS", "FRA", "042")}),
    ("A relative of one of the passengers burns incense in Beijing.", set()),
    # Reunion Island is a place of its own
    ("Reunion Island police officials confirmed the find.", {("REUCOP", None, "010")}),
    # an inquiry advances without an army
    ("Since taking control, Mueller's inquiry has advanced on multiple fronts.",
     {("USAJUD", None, "090")}),
    # a policy that protects people deploys no troops
    ("The Obama-era policy protects hundreds of thousands of young immigrants who were brought "
     "to the U.S. as children from deportation.", set()),
    ("US troops protect the oil fields.", {("USAMIL", None, "074")}),
    # statements and lists provided are told, no aid; political maneuvers move no troops
    ("Brennan provided the list of referrals to Congress.", set()),
    ("Rep. King became suspicious of Mr. Brennan's behind-the-scenes maneuvers.", set()),
    # a missile shot down in a simulation is a test; what strikes to the heart of beliefs
    # strikes no one
    ("In March, the U.S. military for the first time successfully shot down an "
     "intercontinental ballistic missile in a simulation.", set()),
    ("Obama said it strikes to the heart of the nation's beliefs.", {("USAELI", None, "010")}),
    # whatever flies and is shot down is brought down by force; people shot down are shot;
    # charges shot down are rejected
    ("A US Navy F/A-18 Super Hornet shot down a Syrian SU-22 on Sunday.",
     {("USAMIL", "SYR", "190")}),
    ("Police shot down two gunmen.", {("---COP", "---UAF", "193")}),
    ("Republicans shot down Democratic charges that the criticism is couched in racism.",
     {("USAPTY", None, "120")}),
    # evidence destroyed is obstruction, no property attacked
    ("Barr holds that a president is only liable for a criminal obstruction charge if he "
     "engages in blatantly corrupt conduct — e.g., bribing witnesses or destroying evidence.",
     set()),
    # what is damaging to someone harms no property; cooperation provided is no aid
    ("Flynn asked Kislyak to help delay a United Nations vote seen as damaging to Israel.",
     set()),
    ("Trump's former national security adviser Michael Flynn provided substantial cooperation "
     "with the special counsel's probe.", set()),
    # an embargo or boycott launched is imposed, no attack
    ("Saudi Arabia launched a boycott of Qatar.", {("SAU", "QAT", "163")}),
    # a call heeded or ignored is an appeal made, no phone call
    ("Peskov said it was difficult for people in the east to heed Putin's call because of "
     "fighting in the region.", {("RUSGOV", None, "010")}),
    ("Assad ignored Obama's call.", {("SYRGOV", "USAELI", "128")}),
])
def test_offices_by_title_and_clauses_no_verb_takes(code: CodeFn, text: str,
                                                    expected: set[tuple]) -> None:
    rows = code(text, "2019-04-05")
    assert {(r["source"], r["target"], r["code"]) for r in rows} == expected, rows


@pytest.mark.parametrize(("text", "expected"), [
    # justice or an inquiry obstructed is a crime against a process, no road blocked
    ("Comey declined to say whether Trump had obstructed justice.",
     {("USAELI", None, "011")}),
    ("Russia obstructed the investigation into the downing of the plane.", set()),
    ("Protesters obstructed the road to the airport.", {("---OPP", None, "144")}),
    # a joint press conference is speaking together, no joint military act
    ("Trump and Putin held a joint press conference in Helsinki.",
     {("USAGOV", None, "010"), ("RUSGOV", None, "010")}),
    ("China and Russia held joint naval exercises.",
     {("CHN", "RUS", "062"), ("RUS", "CHN", "062")}),
    # others' forces removed are driven out, no retreat; one's own withdrawn are
    ("The army launched an operation to remove rebel forces from the area.",
     {("---MIL", None, "190")}),
    ("Russia removed its troops from the border.", {("RUS", "RUSMIL", "0874")}),
    # "called for X to": X is asked, however the parser hangs it
    ("The U.N. agency also called for each EU member nation to accept 40,000 refugees.",
     {("IGOUNO", "IGOEUREEC", "025")}),
    # "along with" after the object goes with the object, not the subject
    ("Israel also destroyed key symbols of Hamas power along with rocket launching sites and "
     "Gaza police stations.", {("ISR", "PSEREBHMS", "1712")}),
    ("Obama, along with Merkel, condemned Russia.",
     {("USAELI", "RUS", "111"), ("DEUGOV", "RUS", "111")}),
    # attacks between people the dictionary names are made in words
    ("Le Pen renewed her attacks on Macron.", {("FRAOPP", "FRAGOV", "111")}),
    # wrath or anger invited is brought on, no one invited
    ("Boehner invited the wrath of conservatives.", set()),
    # what befalls one "threatens" a consequence, no threat anyone makes
    ("A Huawei executive was arrested in Canada on Dec. 1, threatening to drive a wedge between "
     "the U.S. and China.", set()),
    ("Trump lashed out at China, threatening to impose tariffs.",
     {("USAGOV", "CHN", "111"), ("USAGOV", None, "131")}),
    # documents released are made public; agents freed up are made available, not released
    ("The White House released more than 100 pages of e-mails on Wednesday.",
     {("USAGOV", None, "010")}),
    ("Troops can replace one person on those teams, freeing up Border Patrol agents.", set()),
    # each of a list of acts advocated is argued for, not done
    ("McCain has long advocated arming the rebels and imposing a no-fly zone over parts of "
     "Syria.", {("USAELI", None, "053")}),
    ("Bolton has advocated bombing Iran, attacking North Korea, and carving a new state out of "
     "Iraq and Syria.", {("USAGOV", "IRN", "053")}),
    # what there is no evidence of is not claimed, however the parser hangs the clause
    ("Assad said there is no evidence he mounted a chemical weapons attack.",
     {("SYRGOV", None, "010")}),
    # who paid one accused of being paid is no accuser
    ("Flynn is also accused of being paid $65,000 by companies linked to Russia in 2015.",
     set()),
    ("Russia was accused of meddling by the US.", {("USA", "RUS", "112")}),
    # a demand or condemnation one failed to make was not made; force that failed was used
    ("The US failed to demand stricter inspections.", set()),
    ("Obama failed to condemn the attack.", set()),
    ("The rebels failed to capture the town.", {("---REB", None, "190")}),
    # a warship's name names no country ("USS Philippine Sea" is American)
    ("USS Philippine Sea fired missiles at Syria.", {("USAMIL", "SYR", "195")}),
    # forces that disperse break up no crowd; a hole punched in an argument is no blow;
    # what one avoids has not happened
    ("But as soon as Qadaffi's forces saw that, they dispersed.", set()),
    ("Police dispersed the protesters with tear gas.", {("---COP", "---OPP", "175")}),
    ("The brief punches a big hole in the conspiracy theories.", set()),
    ("They painted the roofs with rebel flags to avoid being targeted by NATO.", set()),
    ("Russia avoided attacking Ukraine.", set()),
    # what groundwork is laid or a way paved for has not happened
    ("Officials worked to lay the groundwork for a trade deal between Trump and Xi.", set()),
    ("The talks paved the way for a peace agreement between Israel and Jordan.", set()),
    # a drone's shooting down is force, no shooting with small arms
    ("Trump was angered by Tehran's shooting down of an unmanned Navy drone.",
     {("IRN", None, "190")}),
    # "targeting assistance" given is help, no attack; votes delivered are no aid
    ("The U.S. is providing intelligence, targeting assistance and logistical support.",
     {("USA", None, "064")}),
    ("Democrats delivered strong bipartisan support for the deal in Congress.", set()),
    # Marines summoned come to help; an ambassador summoned hears a protest
    ("Obama summoned two Marines to shield the two leaders from the rain.", set()),
    ("China summoned the Japanese ambassador.", {("CHN", "JPNGOV", "114")}),
    # warplanes sent are forces deployed, no aid; "the European council" (lower case) is the EU's
    ("Russia sent warplanes to Syria.", {("RUS", "SYR", "154")}),
    ("The European council president praised the marchers.", {("IGOEUREEC", None, "051")}),
    # a deal kicked back to Congress, a policy pulled back and control asserted are no blow,
    # retreat or statement
    ("Trump said he would decertify the deal and kick it back to Congress.",
     {("USAGOV", None, "010")}),
    ("Mr. Obama tried to pull it back by calling on Congress to declare victory.",
     {("USAELI", "USALEG", "020")}),
    ("China asserted its sovereignty over the islands.", set()),
    # a relative the dictionary names is that person, not a civilian of the one related
    ("Gadhafi surrendered his WMD in 2004. His father, Kim Jong Il, tested nuclear weapons.",
     {("LBYGOV", None, "0874"), ("PRKELI", None, "150")}),
    # a body left is relations cut, no troops withdrawn
    ("Britons voted to pull out of the EU.", {("GBR", None, "160")}),
    ("The US withdrew from UNESCO.", {("USA", "IGOUNOEDUSCO", "160")}),
    # a condition is on each act joined in its clause
    ("Trump threatened Iraq with sanctions if Baghdad follows through and expels the U.S. "
     "troops.", {("USAGOV", "IRQ", "1312")}),
    ("Russia attacked Ukraine and killed civilians.",
     {("RUS", "UKR", "190"), ("RUS", "---CVL", "190")}),
    # luxuries one denies oneself are gone without, no blame denied
    ("Bergoglio denied himself the luxuries that previous cardinals enjoyed.", set()),
    # a distance, or out of one's way, says where: no walkout
    ("Nurses and railway workers walked miles out of their way to get to their jobs.", set()),
    ("Teachers walked out on Monday.", {("---EDU", None, "143")}),
    # those implicated in violence are accused by no one named; words may be said in words
    ("Pourmohammadi has been implicated in the government's executions.", set()),
    ("Russia was criticized in a statement by the French foreign ministry.",
     {("FRAGOV", "RUS", "111"), ("FRAGOV", None, "010")}),
    ("Four people were killed in Israeli shelling.",
     {("ISR", "---CVL", "190"), ("ISR", None, "194")}),
    # communications captured are recorded, no one arrested
    ("The NSA captures foreign cellphone and radio communications.", set()),
    # a street named is an address, not the streets; marching on with no one marched on goes on
    ("Johnson left the General Assembly early to return to 10 Downing Street.", set()),
    ("Protesters returned to the streets.", {("---OPP", None, "141")}),
    ("Bolton may be gone, but his soul is marching on.", set()),
    ("Thousands of protesters marched on parliament.", {("---OPP", "---LEG", "141")}),
    # whom an attack is aimed at, hung on who made it
    ("Attacks by Iranian-backed rebels in Yemen on Saudi Arabia have raised fears of war.",
     {("YEMREB", "SAU", "190")}),
    # sanctions that target or block: sanctions, no fighting and no rejection
    ("The new U.S. sanctions block Iran's oil sales and target the Revolutionary Guard.",
     {("USA", "IRN", "163"), ("USA", "IRNMIL", "163")}),
    # a verb joined under another's "would" or "will" is as future as it
    ("Trump said that he would bring the troops home and end the endless wars.",
     {("USAGOV", None, "035")}),
    ("Russia withdrew its troops and ended the war.",
     {("RUS", None, "0874"), ("RUS", None, "087")}),
    # Brexit delivered is no aid
    ("Voters had turned to the Conservatives to deliver Brexit.", set()),
    # an insurgency or campaign by someone acts for them
    ("The insurgency by the Pakistani Taliban has killed over 40,000 civilians.",
     {("PAKREBTTP", "---CVL", "190")}),
    # people who live in a country are hosted by it, no visitors
    ("Spain hosts a large community of British expatriates.", set()),
    ("Turkey hosts 3.6 million Syrian refugees.", set()),
    # public opinion mobilised is support rallied, no forces
    ("The king mobilised public opinion against the war.", {("---GOV", None, "053")}),
    # how one accused of an act did it is no act of the accuser
    ("The premier accused the chancellor of handing power to Corbyn by backing the bill.",
     {("---GOV", None, "112")}),
    # a retaliation made by an act is that act, no force besides
    ("China retaliated by imposing tariffs on American goods.", {("CHN", "USA", "163")}),
    ("Russia retaliated by expelling 60 American diplomats.", {("RUS", "USAGOV", "161")}),
    # Western forces are none of the country they fight in
    ("Western forces killed civilians in Iraq.", {("---MIL", "IRQCVL", "190")}),
    ("Police in western Iraq arrested ten men.", {("IRQCOP", "IRQCVL", "173")}),
    # a truce one tries to negotiate is not in force; one negotiated is
    ("Ross tried to negotiate a truce between Israel and Hamas.", set()),
    ("Egypt negotiated a truce between Israel and Hamas.",
     {("EGY", None, "046"), ("ISR", "PSEREBHMS", "0871"), ("PSEREBHMS", "ISR", "0871")}),
    # help one acts with is given by its "of" phrase
    ("The Iraqi army made gains with the help of American airstrikes.",
     {("USA", "IRQMIL", "070"), ("USA", None, "195")}),
    # a ship captured is property seized, no arrest
    ("Iran captured a British-flagged tanker.", {("IRN", "GBR", "1711")}),
    # a war "against" someone is waged by one side
    ("Obama's air war against the Islamic State expanded.", {("USAELI", "IMGMOSISI", "190")}),
    # drones sent towards a target are fired, no arms supplied
    ("The Houthis sent 10 drones towards Saudi Arabia.", {("YEMREBHTH", "SAU", "195")}),
    # a name before "-free" is absent, no one acted on
    ("Activists gathered to declare a Trump-free zone.",
     {("---OPP", None, "141"), ("---OPP", None, "010")}),
    # one who weighs in comments, whatever the parser makes of "in"
    ("Pope Francis even weighed in, calling on world leaders to let wisdom prevail.",
     {("VATGOV", None, "010"), ("VATGOV", "---GOV", "020")}),
    # what something is said to be, "where" one "would" act, has not happened
    ("A no-deal Brexit is where the UK would cut ties with the European Union overnight.",
     set()),
    # a hack attack is cybernetic; where talks were left off leaves no talks
    ("North Korea's computer hack attack on Sony Pictures angered Obama.",
     {("PRK", None, "176")}),
    ("Xi agreed to resume talks where we left off.", {("CHNGOV", None, "036")}),
    # warplanes, or dozens of them, deployed are one's own forces, no target
    ("Russia has deployed dozens of warplanes and tanks to a new base in Syria.",
     {("RUS", "SYR", "154")}),
    # those emboldened to act do so
    ("Russian airstrikes emboldened Syrian troops to launch an offensive.",
     {("RUS", None, "195"), ("SYRMIL", None, "190")}),
    # talks one could be involved in are as unsure
    ("He could be involved in talks between Iran and the United States.", set()),
    ("Iran participated in talks with the United States.",
     {("IRN", "USA", "040"), ("USA", "IRN", "040")}),
    # what one insists or suggests be done, in the subjunctive, is not done
    ("Russia insisted that Ukraine release the sailors.", {("RUS", None, "010")}),
    ("McCain suggested the U.S. give weapons to the rebels.", {("USAELI", None, "010")}),
    ("Russia insisted that Ukraine had released the sailors.", {("UKR", "---MIL", "0841")}),
    # a strike aborted did not happen; what is launched decides what launching it is
    ("Trump said he aborted a military strike on Iran.", set()),
    ("The Labour Party then launched a leadership challenge.", set()),
    ("Russia launched an offensive against the rebels.", {("RUS", "---REB", "190")}),
    # words one uses are no act; police who respond to a scene say nothing
    ('Obama refused to use the words "radical Islamic terrorism."', {("USAELI", None, "120")}),
    ("Police officers respond to the scene of the shooting.", set()),
    # doctors who fight fight no war; sanctions that hit a sector strike no blow; what one
    # strikes with is no target
    ("Indian doctors fight inside and outside hospitals.", set()),
    ("The Trump administration announced new sanctions on Russian tycoons, hitting the energy "
     "sector.", {("USAGOV", "RUS", "163")}),
    ("Russian troops hit the town with artillery.", {("RUSMIL", None, "194")}),
    # what one ought to do is not done; a call on the phone is a phone call
    ("Obama ought to apologize to Netanyahu.", set()),
    ("Obama called Putin on the phone.", {("USAELI", "RUSGOV", "041")}),
    # why one acts, "in anticipation of" something, is no target
    ("The U.S. deployed thousands of troops to the region in anticipation of Iranian action.",
     {("USA", None, "154")}),
    # one of two acts one is forced to choose between is neither done
    ("The US revoked waivers, forcing Iran to halt enrichment or ignore the limits.",
     {("USA", "IRN", "170")}),
    # good words given are no aid
    ("Iran has given us a lot of good words but not deeds.", set()),
    # a dismissal wanted is no threat of force; relations struck at are no target of force
    ("President Trump wanted to fire Robert Mueller last year.", set()),
    ("Washington once again struck at Russian-American relations.", set()),
    # of "either ... or" neither is said done; police evacuating an area give no aid
    ("Either Britain and Europe strike a narrow trade deal, or Britain crashes out of the "
     "European bloc with no deal at all.", set()),
    ("Police are evacuating the area.", set()),
    ("The UN evacuated 300 civilians from Aleppo.", {("IGOUNO", "SYR", "073")}),
    # what "it" was called is no new act; what one asks it was is not said
    ("The president of Libya announced that it was a terrorist attack.", {("LBYGOV", None, "010")}),
    ("It was an attack by Russia on Ukraine.", {("RUS", "UKR", "190")}),
    # pulling out of a gathering is a boycott; out of a race, a candidacy given up
    ("Many international firms are pulling out of the investment summit.",
     {("---BUS", None, "143")}),
    ("Russia withdrew from the conference.", {("RUS", None, "143")}),
    ("Germany pulled out of the race for the presidency.", set()),
    # money cracked down on is no one repressed
    ("China cracked down on money leaving its borders.", set()),
    # a response one made by an act set off by a comma is that act
    ("Iran retaliated, firing missiles at U.S. bases.", {("IRN", "USA", "195")}),
    ("China retaliated on Monday, expelling three American diplomats.",
     {("CHN", "USAGOV", "161")}),
    ("Trump responded to Putin's statement on Monday, saying the talks had failed.",
     {("USAGOV", "RUSGOV", "010"), ("RUSGOV", None, "010"), ("USAGOV", None, "010")}),
    # a bill that passed and was signed is a law signed, no treaty
    ("The bill passed overnight and was signed by President Trump.", set()),
    # what one is called in an aside is a name, no phone call
    ("Jahar, as his fellow students called him, became a star student.", set()),
    ("As Trump called Putin on Monday, Russia attacked Ukraine.",
     {("USAGOV", "RUSGOV", "041"), ("RUS", "UKR", "190")}),
    # military forces reduced are troops withdrawn, no aid withheld; arms exported are arms
    # handed over; a night of protests gathered for is a protest; an article signed no treaty
    ("The United States reduced its military forces in Afghanistan.", {("USA", None, "087")}),
    ("The United States cut military aid to Egypt.", {("USA", "EGY", "1622")}),
    ("North Korea has cut its last military hotlines with South Korea.", {("PRK", "KOR", "160")}),
    ("Iran exports arms to Hezbollah.", {("IRN", "LBNREBHEZ", "062")}),
    ("Iranians gathered for a second night of protests.", {("IRN", None, "141")}),
    ("The article is signed by all six former U.S. ambassadors to Mexico.", set()),
    # a war "on" someone is waged by one side; facts withheld are no aid cut; a barrage of
    # airstrikes is the airstrikes, no shelling besides
    ("The administration ended up leading a war on ISIS.", {("---GOV", "IMGMOSISI", "190")}),
    ("He believed the Obama administration was withholding key facts about the attacks.", set()),
    ("The U.S. launched a barrage of airstrikes in Syria.", {("USA", "SYR", "195")}),
    # a place a source's name holds before its head hosts nothing it does
    ("The U.S. and South Korean militaries fired missiles on Monday.",
     {("USAMIL", None, "195"), ("KORMIL", None, "195")}),
    # troops one orders withdrawn are no target of the order
    ("Trump ordered a full withdrawal of the 2,000 U.S. troops in Syria.",
     {("USAGOV", None, "0874")}),
    # a deal or body quit is left, no resignation; a crackdown vowed to be strengthened is a
    # threat of repression, no cooperation
    ("The United States quit the U.N. Human Rights Council.", {("USA", "IGOUNOHRI", "160")}),
    ("Egypt's government has vowed to strengthen its crackdown on protesters.",
     {("EGYGOV", "---OPP", "137")}),
    # strikes placed from a town were made by no one from there
    ("Two airstrikes southeast of Irbil destroyed ISIL fighting positions.", set()),
    # a robbery seizes property, and one intended is a threat, no cooperation; a chance
    # robbed is only lost
    ("Gunmen robbed the passengers of their money.", {("---UAF", "---CVL", "171")}),
    ("Iran said it intended to rob the passengers.", {("IRN", "---CVL", "137")}),
    ("The ruling robbed Iran of a choice.", set()),
    # warplanes flown somewhere show force, no visit, and are no target of their own side
    ("The U.S. flew two B-1B bombers over South Korea on Tuesday.", {("USA", "KOR", "150")}),
    ("The U.S. flew bombers from Guam to the Korean Peninsula.", {("USA", None, "150")}),
    # harm to one's own things is no attack on anyone, a weapon of one's own fired still is
    ("The warship damaged its propellers after running aground.", set()),
    ("Syria destroyed its own chemical weapons.", set()),
    ("Hamas fired its rockets at Israel.", {("PSEREBHMS", "ISR", "195")}),
    # criticism, a protest or praise drawn from someone is theirs, at whose act drew it
    ("Japan's plan drew sharp criticism from China.", {("CHN", "JPN", "111")}),
    ("Abe's visit sparked a protest from Beijing.", {("JPNGOV", None, "042"),
                                                     ("CHN", "JPNGOV", "114")}),
    ("The move prompted condemnation from Russia.", {("RUS", None, "111")}),
    # a missile test-fired shows force (the hyphened verb kept one word), a hit back "at"
    # someone is a retort, weight thrown behind one endorses, reaching out consults, and
    # criticism one comes under is the critic's
    ("North Korea test-fired two ballistic missiles.", {("PRK", None, "150")}),
    ("China hit back at the United States over the tariffs.", {("CHN", "USA", "111")}),
    ("Germany threw its weight behind France.", {("DEU", "FRA", "051")}),
    ("India reached out to Pakistan after the attack.", {("IND", "PAK", "040")}),
    ("Israel came under criticism from the UN over the raid.", {("IGOUNO", "ISR", "111")}),
    # aid, money or weapons given "for" someone go to them
    ("The IMF approved a $3 billion loan for Egypt.", {("IGOBUSIMF", "EGY", "071")}),
    # a ceasefire agreed to "with" someone is agreed with them; those evacuated are aided,
    # not the place left; a group designated terrorist is blacklisted
    ("Israel agreed to a temporary ceasefire with Hamas.",
     {("ISR", "PSEREBHMS", "030"), ("PSEREBHMS", "ISR", "030")}),
    ("France evacuated its citizens from Sudan.", {("FRA", "FRACVL", "073")}),
    ("The US designated the Houthis as a terrorist organization.",
     {("USA", "YEMREBHTH", "163")}),
    # what two sides agree to do they agree on with each other (not towards a third side
    # named); weapons pledged "for" someone are pledged to them
    ("Seoul and Tokyo agreed to restore their intelligence-sharing pact.",
     {("KOR", "JPN", "030"), ("JPN", "KOR", "030")}),
    ("Japan and South Korea agreed to impose sanctions on North Korea.",
     {("JPN", "PRK", "131"), ("KOR", "PRK", "131")}),
    ("Berlin pledged more weapons for Ukraine.", {("DEU", "UKR", "0332")}),
    # a thing received "from" somewhere hosts no guest (a delegation from there is one)
    ("Lebanon received a shipment of fuel from Iran.", set()),
    ("Rouhani received a delegation from Iraq.", {("IRNGOV", "IRQGOV", "043")}),
    # fire traded is what the two sides did, whatever weapon fired it, never whom at
    ("North Korea and South Korea traded artillery fire.",
     {("PRK", "KOR", "190"), ("KOR", "PRK", "190")}),
    ("Israel and Hezbollah exchanged tank fire.",
     {("ISR", "LBNREBHEZ", "190"), ("LBNREBHEZ", "ISR", "190")}),
    ("Washington blames Hamas rocket fire for the violence.", {("USA", "PSEREBHMS", "112")}),
    # one pushed into an act does it, as surely as the push; one pushed to act is appealed to
    ("The US pushed Israel into attacking Iran.", {("ISR", "IRN", "190")}),
    ("Cameron was unable to push the British parliament into using force against Syria.",
     set()),
    ("The US pushed Israel to attack Iran.", {("USA", "ISR", "020")}),
    ("The US nudged Iran to resume talks.", {("USA", "IRN", "026")}),
    # a pair of names before an inquiry is what it looks into, no inquirer
    ("The Trump-Russia investigation goes on.", set()),
    ("The Mueller investigation goes on.", {("USAJUD", None, "090")}),
    ("The FBI-led investigation goes on.", {("USACOP", None, "090")}),
    # one under attack or siege is its target, whoever is named "by" or "from" its source
    # (in words when unarmed)
    ("Kobani came under attack from Islamic State fighters.", {("IMGMOSISI", "SYR", "190")}),
    ("The embassy was under attack by militants.", {("---REB", "---GOV", "190")}),
    ("Hamas is under siege from Israel.", {("ISR", "PSEREBHMS", "191")}),
    ("Obama came under attack from Republicans.", {("USAPTY", "USAELI", "111")}),
    ("Pakistan has come under attack by human rights activists.", {("---HRI", "PAK", "111")}),
    # a code drafted is written, no one conscripted; a future threatened is endangered
    ("The American Legion played a key role in drafting the Flag Code.", set()),
    ("Two ministers resigned, threatening the future of the Brexit deal.",
     {("---GOV", None, "0831")}),
    # a law named after a place is no actor
    ("The Hong Kong Human Rights and Democracy Act threatens sanctions on Chinese officials.",
     set()),
])
def test_what_an_act_is_done_to_decides_it(code: CodeFn, text: str,
                                           expected: set[tuple]) -> None:
    rows = code(text, "2019-04-05")
    assert {(r["source"], r["target"], r["code"]) for r in rows} == expected, rows
