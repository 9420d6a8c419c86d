"""Who did what to whom: argument structure read off the parse, through the Coder.

Assertions are on (source, target, CAMEO root) triples of the coded rows.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from deeppol.coding.coder import Coder

CodeFn = Callable[..., list[dict]]
Triple = tuple[str | None, str | None, str]


def _triples(rows: list[dict]) -> set[Triple]:
    return {(r["source"], r["target"], r["root_code"]) for r in rows}


def _lenient(rows: list[dict]) -> set[Triple]:
    """Actors reduced to their country block."""
    return {((r["source"] or "")[:3] or None, (r["target"] or "")[:3] or None, r["root_code"])
            for r in rows}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Japan and the United States criticized China over its maritime claims.",
                     {("JPN", "CHN", "11"), ("USA", "CHN", "11")}, id="conjoined-subjects"),
        pytest.param("Russia criticized Japan and South Korea.",
                     {("RUS", "JPN", "11"), ("RUS", "KOR", "11")}, id="conjoined-objects"),
        pytest.param("North Korea was criticized by the U.S., Japan and Australia.",
                     {("USA", "PRK", "11"), ("JPN", "PRK", "11"), ("AUS", "PRK", "11")},
                     id="passive-three-agents"),
        pytest.param("The embassy was attacked by Iran.", {("IRN", None, "19")},
                     id="passive-by-agent-source"),
        # the examples a plain noun is given stand for it ("actors like China and Japan")
        pytest.param("Washington slammed foreign actors like China and Japan for cheating.",
                     {("USA", "CHN", "11"), ("USA", "JPN", "11")}, id="examples-like"),
        pytest.param("Obama criticized countries such as China and Russia.",
                     {("USA", "CHN", "11"), ("USA", "RUS", "11")}, id="examples-such-as"),
        pytest.param("Several countries, including Iran and Syria, criticized Israel.",
                     {("IRN", "ISR", "11"), ("SYR", "ISR", "11")}, id="examples-including"),
    ],
)
def test_conjunctions_and_passives(code: CodeFn, text: str, expected: set[Triple]) -> None:
    got = _lenient(code(text))
    if all(t is not None for _, t, _ in expected):
        assert expected <= got, got
    else:  # only sources and roots are fixed
        assert {(s, r) for s, _, r in expected} <= {(s, r) for s, _, r in got}, got


def test_passive_source_is_the_by_phrase(code: CodeFn) -> None:
    got = _lenient(code("Ukrainian troops were attacked by Russian forces near Kharkiv."))
    assert ("RUS", "UKR", "19") in got, got
    assert not any(s == "UKR" for s, _, _ in got), got


@pytest.mark.parametrize(
    ("text", "first", "second", "code_prefix"),
    [
        ("Japan and Australia signed a defense pact.", "JPN", "AUS", "057"),
        ("Japan signed a defense pact with Australia.", "JPN", "AUS", "057"),
        ("The Indian prime minister met Japan's foreign minister in Delhi.", "IND", "JPN", "04"),
    ],
)
def test_symmetric_events_are_coded_both_ways(code: CodeFn, text: str, first: str, second: str,
                                              code_prefix: str) -> None:
    rows = code(text)
    pairs = {((r["source"] or "")[:3], (r["target"] or "")[:3]) for r in rows
             if r["code"].startswith(code_prefix)}
    assert {(first, second), (second, first)} <= pairs, [(r["source"], r["target"], r["code"])
                                                          for r in rows]


def test_symmetric_conjoined_sources_survive_require_target(coder) -> None:
    dyadic = coder.derive(require_target=True)
    events = dyadic.code_text("Japan and Australia signed a defense pact.", date="2022-01-07")
    pairs = {(e.source.code, e.target.code, e.code.code) for e in events if e.source and e.target}
    assert {("JPN", "AUS", "057"), ("AUS", "JPN", "057")} <= pairs, pairs


def test_reported_speech_codes_the_reported_event(code: CodeFn) -> None:
    rows = code("Officials in Kabul said Pakistani troops attacked Afghan villages.")
    got = _lenient(rows)
    assert any(s == "PAK" and t == "AFG" and r in ("18", "19") for s, t, r in got), got
    assert not any(r == "01" for _, _, r in got), got


def test_what_a_mediator_tries_to_broker_is_not_yet_had(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("Morsi is trying to broker a ceasefire between Israel and Hamas.",
                           "2012-11-20")
    assert {(r["code"], r["mode"]) for r in rows} == {("045", "asserted"),
                                                      ("0871", "hypothetical")}, rows


def test_any_before_the_attackers_name_makes_any_attack(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("Zarif warned that any U.S. or Saudi military strike on Iran will "
                           "result in all-out war.", "2019-09-19")
    assert {r["mode"] for r in rows if r["trigger_text"] == "strike"} == {"hypothetical"}, rows
    # so does "a" for the subject of a "would": one that may come, even in a reported clause
    rows = code_unasserted("Cha argued that a preventative attack by the United States on North "
                           "Korea would need congressional approval.", "2017-06-01")
    assert {r["mode"] for r in rows if r["trigger_text"] == "attack"} == {"hypothetical"}, rows


@pytest.mark.parametrize(
    ("text", "mode", "root"),
    [
        ("Iran did not attack the embassy.", "negated", "19"),
        ("Russia never attacked Ukraine.", "negated", "19"),
        ("Russia would retaliate against NATO if it expanded.", "hypothetical", "19"),
        # "in the event that" and "in case" set a condition, as "if" does
        ("In the event that Serbia decides to invade Kosovo, NATO would respond.",
         "hypothetical", "19"),
        ("In the event that Serbia attacks Kosovo, NATO would retaliate against Serbia.",
         "hypothetical", "19"),
        ("In the event of a Croatian attack on Serbia, Belgrade would respond.",
         "hypothetical", "19"),
        # an event noun is in the mode of the verb that says it happens, or whose means it is
        ("The talks between Iran and Oman might take place in Muscat.", "hypothetical", "04"),
        ("The talks between Iran and Oman did not take place.", "negated", "04"),
        ("Turkey could respond with a military strike on Syria.", "hypothetical", "19"),
        ("China could attack Taiwan.", "hypothetical", "19"),
        # one auxiliary over joined bare verbs: "deny" is negated too ("would not confirm or
        # deny" as a whole is declining comment, 011)
        ("Israel would not criticize or deny the Syrian claim.", "negated", "01"),
        ("Russia did not shell or invade Ukraine.", "negated", "19"),
        # a subject that denies anyone did it
        ("Neither the U.S. nor any other big economy can force Germany to pay.", "negated",
         "17"),
        ("No Iraqi soldier has attacked the Iranian border post.", "negated", "19"),
        ("None of the rebels attacked the convoy.", "negated", "19"),
        # what may not be so, and what a plan or call asks for
        ("It is doubtful that Obama will attack Syria before the election.", "hypothetical",
         "19"),
        # an event noun that says it has not happened
        ("Israel is preparing for a possible attack by Iran.", "hypothetical", "19"),
        ("Critics slammed Trump's proposed deal with North Korea.", "hypothetical", "05"),
        ("China confirmed Kerry's upcoming visit to Beijing.", "hypothetical", "04"),
        ("A meeting between Trump and Kim seemed impossible last year.", "hypothetical", "04"),
        ("Any war between Israel and Iran would draw in the United States.", "hypothetical",
         "19"),
        # the means of a condition is conditional too
        ("Pyongyang could disarm if the United States provided guarantees by removing its "
         "troops from South Korea.", "hypothetical", "08"),
        # an event noun a light verb brings about has that verb's mode; one prevented, or
        # one a strategy or someone ready for it aims at, has not happened
        ("Japan did not take part in the naval exercises with India.", "negated", "06"),
        ("Iraqi police worked on preventing ISIS bombings in Baghdad.", "hypothetical", "18"),
        ("Hamas planned an attack by its fighters on the Israeli border post.", "hypothetical",
         "19"),
        ("The land route would require Turkish cooperation with Iraq.", "hypothetical", "05"),
        # an event noun someone wants or hopes for
        ("Kerry dreamt of a peace agreement between Israel and the Palestinians.",
         "hypothetical", "05"),
        ("Stocks rose on hopes for a trade deal between China and the United States.",
         "hypothetical", "05"),
        # what someone dreams of or pushes for doing is not done
        ("Kerry dreamt of securing a peace agreement between Israel and the Palestinians.",
         "hypothetical", "05"),
        ("Saudi princes long yearned for imposing sanctions on Qatar.", "hypothetical", "16"),
        ("Congress will debate the rumored Iran deal with the United States.", "hypothetical",
         "05"),
        # what is allowed, or needed of someone, is not done
        ("Under the new rules, Israeli soldiers are allowed to open fire on protesters.",
         "hypothetical", "19"),
        ("The vote underscores the need for the Greek parliament to accept the compromise.",
         "hypothetical", "03"),
        # an illusion, a guess about the future and so-called attacks are not so
        ("The illusion that China intended to cooperate with Britain is over.", "hypothetical",
         "03"),
        ("Kerry thinks the Iranians will agree to talks with the United States.",
         "hypothetical", "03"),
        ("The so-called attacks on American troops by Russians were never proven.",
         "hypothetical", "19"),
        ("The only way forward is for China to negotiate seriously with the United States.",
         "hypothetical", "04"),
        # what an opening is for, or a prospect of, has not happened
        ("The vote creates an opening for U.N. sanctions against Boko Haram.", "hypothetical",
         "16"),
        # a direct question asserts nothing
        ("Did Russia attack Ukraine?", "hypothetical", "19"),
        # what an idea or a possibility holds is not done
        ("Erdogan raised the possibility of Turkey sending troops to Libya.", "hypothetical",
         "15"),
        ("Some senators are reluctant to impose sanctions on Russia.", "hypothetical", "16"),
        # a purpose is not yet done
        ("Turkey changed the law so that Kurdish parties are banned by the courts.",
         "hypothetical", "17"),
        # what one is not able to do is not done; what one is able to do is only a capacity
        ("Maybe Russia won't be able to help Syria.", "negated", "07"),
        ("Russia was unable to help Syria.", "negated", "07"),
        ("Russia is able to attack Ukraine from Belarus.", "hypothetical", "19"),
        ("Iran is capable of attacking Israel.", "hypothetical", "19"),
        # what one would like to do, or no longer does, or is barred from doing, is not done
        ("Trump would like to sign a trade deal with Japan.", "hypothetical", "05"),
        ("Netanyahu no longer supports a Palestinian state.", "negated", "05"),
        ("The court barred Israel from demolishing Palestinian homes.", "hypothetical", "17"),
        # what one can do is a capacity, what one cannot do is not done
        ("Russia can attack Ukraine from Belarus.", "hypothetical", "19"),
        ("Russia cannot attack Ukraine from Belarus.", "negated", "19"),
        # what it is better to do is not done
        ("It was better for Israel to talk to Hamas.", "hypothetical", "04"),
        # what would be, with no one saying it will, is not done
        ("A nuclear Iran would threaten the elimination of Israel.", "hypothetical", "13"),
        ("Russia would retaliate against NATO.", "hypothetical", "19"),
        ("Iran has generals who would attack Israel.", "hypothetical", "19"),
        # an event noun that "there could be" is no more than possible
        ("There could be a meeting between Obama and Rouhani next week.", "hypothetical",
         "04"),
        ("The question was whether there would be talks between Iran and Oman.",
         "hypothetical", "04"),
        ("There were no clashes between police and protesters in Cairo.", "negated", "19"),
        # what would follow from something is as sure as that something
        ("The crisis could lead to Russia attacking Ukraine.", "hypothetical", "19"),
        # "neither ... nor" denies each side, each act and each object
        ("Neither Russia nor China attacked Ukraine.", "negated", "19"),
        ("Russia attacked neither Ukraine nor Georgia.", "negated", "19"),
        ("Syria neither invited American forces nor welcomed their presence.", "negated", "03"),
        # an act done to nothing was not done
        ("The Pentagon has disclosed none of the contacts.", "negated", "01"),
        ("Russia revealed nothing about the attack.", "negated", "01"),
        # an anticipated assault is yet to come
        ("Gazans talked about the anticipated Israeli assault.", "hypothetical", "19"),
        # what might spur an event might bring it about
        ("The bombings might spur more cooperation between Russia and the United States.",
         "hypothetical", "05"),
        # no guarantee that something would be done is no claim that it will
        ("There is no guarantee that the U.S. president would resort to war.", "hypothetical",
         "19"),
        # each means of what could be done could be done
        ("Terrorists could turn pressure cookers into bombs by packing them with explosives "
         "and detonating them with blasting caps.", "hypothetical", "18"),
        # what one would be better off doing is advice
        ("Trump would be better off working closely with Denmark.", "hypothetical", "05"),
        # what one decides or debates to do is a choice, not done
        ("Attorney General William Barr will decide what to release.",
         "hypothetical", "08"),
        # what one was supposed to do was due, not done
        ("Syria was supposed to give up its entire stockpile of chemical weapons by Wednesday.",
         "hypothetical", "08"),
        # what one did not end up doing was not done ("end up" is no ceasing)
        ("For political reasons, President Bush did not end up deploying troops.", "negated",
         "15"),
        # what a deal prevents, joined to another prevented act, is not done
        ("The deal prevents U.S. and Russian aircraft from colliding with or shooting at each "
         "other.", "hypothetical", "19"),
        # what one means to get or persuade others to do, they have not done yet
        ("Britain wants to get Myanmar to end the offensive.", "hypothetical", "08"),
        ("Diplomats hope to get Myanmar to end the offensive.", "hypothetical", "08"),
        # a participle joined to one under "if ... had" is as conditional
        ("If Congress had moved more quickly and given the president the authorization, things "
         "would look better.", "hypothetical", "07"),
        # what one would follow through with is as sure as the following through
        ("The deal does not include a threat of force should Syria fail to follow through with "
         "giving up its stockpiles.", "hypothetical", "08"),
    ],
)
def test_unasserted_events(code: CodeFn, code_unasserted: CodeFn, text: str, mode: str,
                           root: str) -> None:
    assert code(text) == [], "an unasserted event was output by default"
    rows = code_unasserted(text)
    assert rows, "no event even with include_unasserted"
    assert {r["mode"] for r in rows} == {mode}
    assert root in {r["root_code"] for r in rows}


def test_what_one_lets_others_do_is_only_allowed(code: CodeFn, code_unasserted: CodeFn) -> None:
    text = "Trump said he would let ISIS and the Syrian government fight each other."
    assert {r["root_code"] for r in code(text)} == {"01"}
    assert {(r["root_code"], r["mode"]) for r in code_unasserted(text)} == {
        ("01", "asserted"), ("19", "hypothetical")}
    # ("let free" frees them)
    rows = code("Egypt finally let free the 27-year old Egyptian-American Mohamed Soltan, who "
                "had been held in a military prison in Cairo for almost two years.", "2015-05-31")
    assert {r["root_code"] for r in rows} == {"08"}, rows


def test_what_banned_contracts_would_do_is_not_done(code: CodeFn,
                                                   code_unasserted: CodeFn) -> None:
    text = ("Instead, the EU is going to ban any new contracts to deliver advanced military "
            "hardware to Russia.")
    assert {r["root_code"] for r in code(text)} == {"17"}
    assert ("07", "hypothetical") in {(r["root_code"], r["mode"]) for r in code_unasserted(text)}


def test_what_one_was_able_to_do_was_done(code: CodeFn) -> None:
    rows = code("Russia was able to help Syria.")
    assert [(r["source"], r["target"], r["root_code"], r["mode"]) for r in rows] == [
        ("RUS", "SYR", "07", "asserted")]


def test_asserted_is_the_default_mode(code: CodeFn) -> None:
    rows = code("Iran attacked the embassy.")
    assert rows
    assert {r["mode"] for r in rows} == {"asserted"}


def test_a_would_of_habit_in_times_past_is_asserted(code: CodeFn) -> None:
    rows = code("It goes back many years when U.S. citizens would go and fight for Germany.",
                "2013-02-06")
    assert "19" in {r["root_code"] for r in rows}


def test_a_verb_with_its_own_tense_keeps_its_own_mode(code: CodeFn) -> None:
    rows = code("Russia did not invade Ukraine but shelled Kharkiv.")
    assert {r["root_code"] for r in rows} == {"19"}
    assert {r["trigger_text"] for r in rows} == {"shelled"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Iran refused to meet the American envoy.", ("IRN", "USA", "12"),
                     id="refusal"),
        pytest.param("North Korea threatened to attack South Korea.", ("PRK", "KOR", "13"),
                     id="threat"),
        pytest.param("Japan vowed to strengthen cooperation with India.", ("JPN", "IND", "03"),
                     id="intention"),
        # docs/dictionaries.md: a vow to use force is a threat (138)
        pytest.param("Russia vowed to retaliate against NATO.", ("RUS", "IGO", "13"),
                     id="vow-of-force-is-a-threat"),
        # a phrasal frame verb: what one rules out is refused, not done
        pytest.param("Obama has ruled out sending ground troops to Iraq.", ("USA", "IRQ", "12"),
                     id="ruling-out-is-refusing"),
        pytest.param("Iran ruled out holding talks with the United States.", ("IRN", "USA", "12"),
                     id="ruling-out-talks"),
    ],
)
def test_complement_frames(code: CodeFn, text: str, expected: Triple) -> None:
    rows = code(text)
    got = _lenient(rows)
    assert expected in got, got
    assert {r["mode"] for r in rows} == {"asserted"}


def test_frame_is_one_sided(code: CodeFn) -> None:
    # "met" is symmetric, but a refusal to meet is one side's act
    got = _lenient(code("Iran refused to meet the American envoy."))
    assert not any(s == "USA" for s, _, _ in got), got


def test_no_actor_no_event(code: CodeFn) -> None:
    assert code("Heavy rain fell on the city.") == []


def test_being_opposed_to_is_the_subjects_stance(code) -> None:
    rows = code("Israel is opposed to French mediation.", "2022-03-07")
    assert ("ISR", "FRA", "126") in {(r["source"], r["target"], r["code"]) for r in rows}


def test_an_accident_is_no_agent(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("Forty passengers were killed by the Malaysia Airlines crash.",
                           "2022-03-07")
    assert not [r for r in rows if r["source"]]


def test_a_reduced_passive_names_its_object_and_its_conjunct_subject(code: CodeFn) -> None:
    rows = code("Egypt criticized a statement released by the Israeli embassy in Cairo.",
                "2022-03-07")
    assert "084" not in {r["code"] for r in rows}  # a statement is published, not freed
    rows = code("Israeli forces are fighting Hamas, supported by Qatar, and demonstrating its "
                "strength.", "2022-03-07")
    assert not [r for r in rows if r["source"] == "QAT" and r["root_code"] == "15"]


def test_an_active_verb_joined_to_a_passive_one_is_its_subjects_act(code: CodeFn) -> None:
    # "the gunmen were monitored by French agencies but were able to execute attacks": the
    # gunmen attacked, not the agencies that watched them
    rows = code("Iraqi militants had been monitored by French intelligence agencies but were able "
                "to execute attacks on the newspaper.", "2015-01-10")
    attacks = {(r["source"], r["root_code"]) for r in rows if r["root_code"] == "19"}
    assert attacks == {("IRQREB", "19")}, rows


@pytest.mark.parametrize(("text", "expected"), [
    # a past tense with its own object joined to a passive: the one acted on acts
    ("Obama was criticized by Republicans and condemned Iran.", "USAGOV"),
    # a bare participle shares the passive: the town was looted, by the rebels
    ("The town was attacked by rebels and looted.", "---REB"),
])
def test_a_finite_verb_with_an_object_joined_to_a_passive_is_its_subjects_act(
        code: CodeFn, text: str, expected: str) -> None:
    rows = code(text, "2015-03-07")
    second = {r["source"] for r in rows if r["trigger_text"] in ("condemned", "looted")}
    assert second == {expected}, rows


def test_a_headlines_killed_in_an_attack_is_passive(code: CodeFn) -> None:
    # "Israeli boy killed in Palestinian mortar attack": the boy was killed, he killed no one
    rows = code("Israeli boy killed in Palestinian mortar attack.", "2014-08-22")
    killed = {(r["source"], r["target"]) for r in rows if r["trigger_text"] == "killed"}
    assert killed == {("PSE", "ISRCVL")}, rows


def test_a_participle_joined_to_a_passive_one_is_passive_too(code: CodeFn) -> None:
    def dyads(text: str) -> set[tuple[str | None, str | None, str]]:
        return {(r["source"], r["target"], r["code"]) for r in code(text, "2015-03-07")}
    # the second participle of a reduced passive: Iran armed Hamas, Hamas armed no one
    found = dyads("Hamas, backed by Qatar and armed by Iran, fired rockets.")
    assert ("IRN", "PSEREBHMS", "072") in found
    assert not [d for d in found if d[0] == "PSEREBHMS" and d[2] == "072"]
    assert ("IRN", "---REB", "071") in dyads(
        "The rebels, trained by Russia and funded by Iran, attacked the town.")
    # a shared "by" and a shared subject: the police charged the leaders they arrested
    assert ("ISRCOP", "PSEREBHMS", "173") in dyads(
        "Two Hamas leaders were arrested by Israeli police and charged with murder.")
    # its object is the shared subject: a message intercepted shows no force
    assert "150" not in {d[2] for d in dyads(
        "The message was sent by Al Qaeda leaders and intercepted by the US.")}
    # an -ing participle joined to a reduced passive is still done by its noun
    assert ("PSEREBHMS", None, "150") in dyads(
        "Hamas, backed by Qatar, and showing its might, fired rockets.")
    # a participle with its own "by" is passive even after an active verb: the officials were
    # questioned, they questioned no one
    found = dyads("Iranian officials had discussed the case in public, but only when "
                  "questioned about it by American reporters.")
    assert not [d for d in found if d[0] == "IRNGOV" and d[2] == "110"], found


@pytest.mark.parametrize("text", [
    "Churches have been closed by the authorities, and pastors arrested for subversion.",
    "Dozens of homes were destroyed by the army, and villagers expelled from the area.",
])
def test_a_participle_that_leaves_out_have_been_is_passive(code: CodeFn, text: str) -> None:
    # its subject was acted upon: the pastors and villagers did nothing
    rows = code(text, "2019-10-01")
    assert not [r for r in rows if r["source_text"] in ("pastors", "villagers")], rows


def test_a_counted_participle_in_a_list_is_passive(code_unasserted: CodeFn) -> None:
    # "more than 1,200 protestors arrested": they were arrested, they arrested no one
    rows = code_unasserted("Lam's response comes after 7 lives sacrificed, more than 1,200 "
                           "protestors arrested.", "2019-09-05")
    assert not [r for r in rows if r["source_text"] == "protestors"], rows


@pytest.mark.parametrize("text", [
    "But Panetta, asked Thursday about the implications for the draft, said it was not his call.",
    "Putin, asked about the sanctions, said Russia would respond.",
])
def test_a_participle_between_commas_is_passive(code: CodeFn, text: str) -> None:
    # the one "asked" between commas was asked, by someone unnamed: no appeal of his
    assert "020" not in {r["code"] for r in code(text, "2013-01-25")}


def test_an_ing_phrase_between_commas_leaves_the_subject_to_the_verb_after(code: CodeFn) -> None:
    # "Trump and Xi, looking to revive trade talks, are scheduled to meet": they meet
    rows = code("Mr. Trump and Chinese President Xi Jinping, looking to revive trade talks, are "
                "scheduled to meet for lunch Saturday.", "2019-06-27")
    meetings = {(r["source"], r["target"]) for r in rows if r["code"] == "040"}
    assert meetings == {("USAGOV", "CHNGOV"), ("CHNGOV", "USAGOV")}, rows


def test_a_document_vetoed_speaks_for_others(code: CodeFn) -> None:
    rows = code("Russia vetoed a UN resolution calling for inspectors to investigate the attack.",
                "2017-04-12")
    assert not [r for r in rows if r["source"] == "RUS" and r["root_code"] == "02"]


def test_an_act_held_off_on_is_not_done(code: CodeFn) -> None:
    rows = code("Trump agreed to hold off on pulling troops from Syria.", "2019-10-10")
    assert "0874" not in {r["code"] for r in rows}


def test_a_negation_on_the_auxiliary_negates(code: CodeFn) -> None:
    rows = code("The United States does not, and never will, accept North Korea as a nuclear "
                "state.", "2016-09-09")
    # not accepted: rejected
    assert {r["root_code"] for r in rows if r["source"] == "USA" and r["target"] == "PRK"} == {
        "12"}


def test_the_one_quoted_as_saying_says_it(code: CodeFn) -> None:
    rows = code("Israeli media quoted Prime Minister Netanyahu as telling a meeting that "
                "Israel would strike Iran.", "2015-06-20")
    assert {r["source"] for r in rows if r["trigger_text"] == "telling"} == {"ISRGOV"}


def test_a_target_hung_on_back_is_the_verbs(code: CodeFn) -> None:
    rows = code("A protester throws a tear gas bomb back towards security forces.",
                "2011-12-27")
    assert {r["target"] for r in rows} == {"---COP"}


def test_who_after_an_apposition_is_the_one_named(code: CodeFn) -> None:
    rows = code("Trump spoke with King Salman, the crown prince's 82-year-old father, who denied "
                "having any information about Khashoggi.", "2018-10-16")
    assert {r["source"] for r in rows if r["trigger_text"] == "denied"} == {"SAUGOV"}


def test_a_name_that_opens_a_quote_is_not_the_speaker_named_after_it(code: CodeFn) -> None:
    # (the parser makes both subjects of "said")
    for text in ("Obama \u201cdid like Hagel\u2019s contrarian views on Iran and on defense "
                 "spending,\u201d said Michael Smith of the Cato Institute.",
                 "Putin \u201cdid like Hagel\u2019s contrarian views on Iran and on trade,\u201d "
                 "said John Smith, an analyst."):
        assert not [r for r in code(text, "2013-02-15") if r["trigger_text"] == "said"]


def test_an_ing_clause_says_more_of_what_the_subject_did(code: CodeFn) -> None:
    rows = code("Trump sent a letter to the WHO threatening to cut US funding.", "2020-05-19")
    assert ("USA", "13") in {((r["source"] or "")[:3], r["root_code"]) for r in rows}
    rows = code("Iraq's government has denied land allocation to a Turkish company.",
                "2020-05-19")
    assert {r["code"] for r in rows} == {"120"}


def test_an_awaited_or_expected_event_has_not_happened(code: CodeFn) -> None:
    rows = code("The UN was waiting for the Pakistani military to investigate the incidents.",
                "2020-05-19")
    assert not [r for r in rows if r["root_code"] == "09"]
    rows = code("Analysts expect Russia to attack Ukraine.", "2020-05-19")
    assert not [r for r in rows if r["root_code"] == "19"]


def test_a_wish_that_someone_would_act_is_no_act(code: CodeFn) -> None:
    rows = code("Turkey expressed its wish that the Saudi king would help Qatar.", "2020-05-19")
    assert not [r for r in rows if r["root_code"] == "07"]


@pytest.mark.parametrize(("text", "mode"), [
    ("Officials worry about China attacking Taiwan.", "hypothetical"),
    ("Seoul no longer has to worry about the North attacking it.", "hypothetical"),
    # a belief denied is a denial ("they are not helping", in the speaker's view)
    ("Trump said he does not believe China is helping North Korea.", "negated"),
    ("I don't think Russia attacked Ukraine.", "negated"),
])
def test_what_is_worried_about_or_not_believed_did_not_happen(unasserted_coder: Coder,
                                                              text: str, mode: str) -> None:
    events = unasserted_coder.code_text(text, "2020-05-19")
    assert events and {e.mode for e in events if e.code.root in ("07", "19", "11")} == {mode}


@pytest.mark.parametrize(("text", "source", "target"), [
    ("It was Russia that invaded Ukraine.", "RUS", "UKR"),
    ("It was President George W. Bush who signed the agreement with Iraq.", "USAGOV", "IRQ"),
])
def test_a_cleft_puts_forward_the_one_who_acted(code: CodeFn, text: str, source: str,
                                                target: str) -> None:
    rows = code(text, "2008-12-01")
    assert (source, target) in {(r["source"], r["target"]) for r in rows}


@pytest.mark.parametrize(("text", "date", "roots", "modes"), [
    # what an infinitive would do on a condition still to come
    pytest.param("Kim ordered troops to open fire on the South if a single shell is fired.",
                 "2013-03-04", ("19",), {"hypothetical"}, id="on-a-condition"),
    pytest.param("The general told his men to shell the town unless the rebels surrender.",
                 "2013-03-04", ("19",), {"hypothetical"}, id="unless"),
    # what one is protected from
    pytest.param("Japan hopes its missile defense would protect it from a North Korean first "
                 "strike.", "2013-03-14", ("18", "19"), {"hypothetical"}, id="protected-from"),
    pytest.param("The wall shields Israel from attacks by Hamas.", "2013-03-14", ("18", "19"),
                 {"hypothetical"}, id="shielded-from"),
    # what is put off or beyond one
    pytest.param("Libyan factions are too weak to make concessions.", "2012-11-20",
                 ("04", "08", "11", "19"), {"negated"}, id="too-weak-to"),
    pytest.param("Egypt was too quick to condemn the strike on Gaza.", "2012-11-20",
                 ("04", "08", "11", "19"), {"asserted"}, id="too-quick-to-still-did"),
    pytest.param("Israel said it was holding off on a ground offensive into Gaza.", "2012-11-20",
                 ("04", "08", "11", "19"), {"hypothetical"}, id="holding-off-on"),
    pytest.param("Obama delayed the strike on Syria.", "2012-11-20", ("04", "08", "11", "19"),
                 {"hypothetical"}, id="delayed"),
    pytest.param("The two sides postponed the talks with Iran.", "2012-11-20",
                 ("04", "08", "11", "19"), {"hypothetical"}, id="postponed"),
    # what is demanded or feared
    pytest.param("The UN demanded that Israel withdraw its troops from Gaza.", "2020-01-08",
                 ("08",), {"hypothetical"}, id="demanded-that"),
    pytest.param("Pelosi demanded that Iran cease its attacks on US troops.", "2020-01-08",
                 ("08",), {"hypothetical"}, id="demanded-that-cease"),
    pytest.param("Analysts are afraid that the U.S. will start a war with Iran.", "2020-01-08",
                 ("19",), {"hypothetical"}, id="afraid-that"),
    # what one stopped doing
    pytest.param("Modi stopped funding the groups.", "2020-01-01", ("07",), {"negated"},
                 id="stopped-funding"),
    # what is not said, or joined to a denial by "or"
    pytest.param("Trump never said he shared classified information.", "2017-05-16",
                 ("06", "13", "19"), {"hypothetical"}, id="never-said"),
    pytest.param("Russia did not attack Ukraine or threaten Poland.", "2017-05-16",
                 ("06", "13", "19"), {"negated"}, id="not-or"),
    pytest.param("Russia did not attack Ukraine but threatened Poland.", "2017-05-16",
                 ("06", "13", "19"), {"negated", "asserted"}, id="not-but"),
])
def test_what_is_conditional_put_off_demanded_stopped_or_unsaid_did_not_happen(
        unasserted_coder: Coder, text: str, date: str, roots: tuple[str, ...],
        modes: set[str]) -> None:
    events = unasserted_coder.derive(require_source=False).code_text(text, date)
    assert {e.mode for e in events if e.code.root in roots} == modes


@pytest.mark.parametrize(("text", "source"), [
    ("The US forced Russia to withdraw its troops from the border.", "RUS"),
    ("Obama persuaded Netanyahu to release the Palestinian prisoners.", "ISRGOV"),
])
def test_who_is_made_to_act_is_the_one_who_acts(code: CodeFn, text: str, source: str) -> None:
    rows = code(text, "2014-03-01")
    assert {r["source"] for r in rows if r["root_code"] == "08"} == {source}


def test_what_a_denied_claim_says_is_no_act(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("Iran denied US claims that it had shot down the plane.", "2020-01-10")
    assert {r["root_code"] for r in rows} == {"01"}


def test_a_gerund_after_a_preposition_shares_the_subject(code: CodeFn) -> None:
    rows = code("Jordanian protesters resorted to throwing stones at the police.", "2020-05-19")
    assert [(r["source"], r["code"]) for r in rows] == [("JOROPP", "145")]
    rows = code("A Tunisian court jailed a Nigerian student for helping militants join Hamas.",
                "2020-05-19")
    assert not [r for r in rows if r["source"] == "TUNJUD" and r["root_code"] == "07"]


def test_what_is_easy_or_necessary_to_do_was_not_done(unasserted_coder: Coder) -> None:
    # (no one kills here: the dummy "it" is no source, so sourceless events are kept)
    events = unasserted_coder.derive(require_source=False).code_text(
        "Israel said it is easy to kill people with a truck.", "2017-03-22")
    assert {e.mode for e in events if e.code.root == "19"} == {"hypothetical"}


def test_a_place_is_no_agent_of_a_passive(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("Poland's president spoke. Jo Cox was killed in her constituency in "
                           "England.", "2016-06-16")
    assert not [r for r in rows if r["root_code"] == "19" and r["source"]]


def test_a_main_verb_parsed_as_a_participle_keeps_its_subject(code: CodeFn) -> None:
    # the parser hangs "killed" on "fighters" as if it described them; a participle that
    # describes its noun takes no direct object, so this one is the main verb
    rows = code("Gunmen thought to be Boko Haram fighters killed at least 12 farmers in "
                "northeastern Nigeria, police said.", "2022-03-07")
    assert ("NGAREBBKH", "NGAAGR", "190") in {(r["source"], r["target"], r["code"]) for r in rows}


def test_a_relative_pronoun_after_a_preposition_is_the_noun_it_describes(code: CodeFn) -> None:
    rows = code("Palestinian President Mahmoud Abbas, with whom Obama later met in Ramallah, "
                "criticized the attack.", "2015-03-07")
    assert ("USAGOV", "PSEGOV", "040") in {(r["source"], r["target"], r["code"]) for r in rows}
    rows = code("Iran, to which Russia sold missiles, denied the report.", "2015-03-07")
    assert ("RUS", "IRN", "06") in {(r["source"], r["target"], r["root_code"]) for r in rows}


def test_a_who_hung_on_a_place_is_the_one_from_there(code: CodeFn) -> None:
    rows = code("He met a refugee from the Idlib region of Syria who attacked the police.",
                "2015-06-20")
    assert [r["source_text"][:7] for r in rows if r["root_code"] == "19"] == ["refugee"]
    # "which" can stand for a place's people
    rows = code("Iran backs militias in Iraq, which attacked US troops.", "2015-06-20")
    assert ("IRQREB", "USAMIL") in {(r["source"], r["target"]) for r in rows}


def test_a_relative_clause_with_its_own_subject_acts_on_the_noun_it_describes(
        code: CodeFn) -> None:
    def dyads(text: str) -> set[tuple[str, str, str]]:
        return {(r["source"], r["target"], r["root_code"]) for r in code(text, "2015-03-07")}
    # with no relative pronoun, or with "whom" as its object
    assert ("---REB", "---NGO", "18") in dyads(
        "The rebels released the aid workers they had kidnapped in May.")
    assert ("---REB", "---MED", "18") in dyads(
        "Militants freed the journalists, whom they had abducted in May.")
    assert ("USAGOV", "PSEGOV", "04") in dyads("Abbas, whom Obama met on Monday, criticized the "
                                             "attack.")
    # the clause's pronoun is never the noun it describes
    assert ("---NGO", None, "18") not in {(r["source"], r["target"], r["root_code"]) for r in code(
        "The rebels released the aid workers they had kidnapped in May.", "2015-03-07")}
    # a place where something happened, or the noun that is the clause's subject, is no object
    assert ("RUS", "SYR", "19") not in dyads("Syria, where Russia fights the rebels, is poor.")
    assert ("---REB", "---REB", "19") not in dyads("The rebels who attacked the town fled.")


def test_who_asked_for_an_act_made_the_request_and_is_not_its_target(code: CodeFn) -> None:
    rows = code("The U.N. Security Council will hold an emergency meeting on Sunday to discuss "
                "the launch, at the request of the United States and Japan.", "2016-02-07")
    assert _triples(rows) == {("IGOUNO", None, "04"), ("USA", None, "02"), ("JPN", None, "02")}


def test_the_help_one_acts_with_is_no_partner(code: CodeFn) -> None:
    rows = code("Iraqi troops recaptured the dam with American assistance on Monday.",
                "2014-08-20")
    assert ("IRQMIL", None, "19") in _triples(rows)
    assert not any(r["target"] == "USA" for r in rows)


def test_a_partner_named_but_unknown_is_no_host(code: CodeFn) -> None:
    # talks with an unknown partner in Vienna were not held with Austria ...
    rows = code("The talks between Iran and the six world powers, which began in Vienna last "
                "week, ended without an agreement.", "2015-03-07")
    assert "AUT" not in {r["target"] for r in rows}
    # ... but a meeting with no partner named is hosted where it happened
    rows = code("Obama and Putin will meet in Geneva.", "2015-03-07")
    assert ("USAGOV", "CHE") in {(r["source"], r["target"]) for r in rows}
    # ... and those who met there are its guests, not its own
    rows = code("The foreign ministers met in Geneva on Monday.", "2015-03-07")
    assert {(r["source"], r["target"]) for r in rows} == {("---GOV", "CHE")}


def test_conjoined_modifiers_of_a_noun_event_all_perform_it(code: CodeFn) -> None:
    rows = code("The army agreed to a truce, Saudi and US mediators said.", "2023-05-12")
    mediation = {(r["source"], r["target"]) for r in rows if r["code"] == "045"}
    assert mediation == {("SAU", None), ("USA", None)}  # neither mediates the other


def test_a_noun_saying_what_an_event_was_is_no_second_event(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("Ambassador Susan Rice said on Sunday that the raid was a spontaneous "
                           "protest and not a terrorist attack.", "2012-09-20")
    assert ("USAGOV", "010") in {(r["source"], r["code"]) for r in rows}
    assert {r["root_code"] for r in rows} == {"01"}  # no protest, no terror attack


def test_a_denial_is_the_event_not_what_it_denies(code: CodeFn) -> None:
    rows = code("Russia denied that its jets had bombed the hospital.", "2023-02-20")
    assert {(r["source"], r["code"]) for r in rows} == {("RUS", "016")}
    rows = code("Israel is denying Palestinians their rights.", "2023-02-20")
    assert {(r["source"], r["target"], r["code"]) for r in rows} == {("ISR", "PSE", "1721")}


def test_what_must_be_done_was_not_done(code: CodeFn, code_unasserted: CodeFn) -> None:
    text = "The administration must work with European governments to block luxury exports."
    assert code(text, "2013-03-07") == []
    assert {r["mode"] for r in code_unasserted(text, "2013-03-07")} == {"hypothetical"}


def test_what_one_has_or_needs_to_do_is_not_done_yet(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("Iran needs to stop attacking ships in the Gulf.", "2019-06-20")
    assert {r["mode"] for r in rows} == {"hypothetical"}
    rows = code_unasserted("Russia had to withdraw its troops from the town.", "2019-06-20")
    assert {r["mode"] for r in rows} == {"asserted"}  # what one had to do, one did


def test_a_quoted_no_is_not_the_speakers_denial(code: CodeFn) -> None:
    rows = code('"No denials of support from Washington or from the army," Putin said.',
                "2013-02-01")
    assert {(r["source"], r["code"], r["mode"]) for r in rows} == {("RUSGOV", "010", "asserted")}


def test_a_gerund_as_subject_is_an_idea_not_an_event(coder: Coder) -> None:
    anyone = coder.derive(require_source=False, include_unasserted=True)
    for text in ("Attacking Iran would be a mistake, Obama said.",
                 "US officials said that removing the sanctions on Burma is out of the question."):
        events = anyone.code_text(text, "2013-05-01")
        assert {e.mode for e in events if e.code.root in ("19", "08")} == {"hypothetical"}


def test_what_is_let_happen_happens(coder: Coder) -> None:
    # "let" is no mere permission: "let free" frees ("allowed to open fire" has not fired)
    anyone = coder.derive(require_source=False, include_unasserted=True)
    events = anyone.code_text("Serbian troops let free six French aid workers on Tuesday.",
                              "1995-06-06")
    assert {e.mode for e in events if e.code.root == "08"} == {"asserted"}


def test_what_someone_is_warned_against_has_not_happened(coder: Coder) -> None:
    anyone = coder.derive(require_source=False, include_unasserted=True)
    events = anyone.code_text("Senator Graham has warned Trump against granting pardons.",
                              "2019-11-20")
    assert {e.mode for e in events if e.code.root == "05"} == {"hypothetical"}


def test_an_adjectives_copula_carries_its_marks_and_an_oath_is_no_act(coder: Coder) -> None:
    anyone = coder.derive(require_source=False, include_unasserted=True)
    events = anyone.code_text("Iraqi officials asked if Iran would be willing to withdraw its "
                              "troops.", "2019-11-20")
    assert {e.mode for e in events if e.code.root == "03"} == {"hypothetical"}
    events = anyone.code_text("The soldier swore an oath to protect Afghanistan.", "2019-11-20")
    assert {e.mode for e in events if e.code.root == "07"} == {"hypothetical"}


def test_a_question_asks_and_its_framing_is_said(coder: Coder) -> None:
    anyone = coder.derive(require_source=False, include_unasserted=True)
    events = anyone.code_text("Americans are asking: Who attacked our country?", "2012-09-20")
    assert {(e.code.root, e.mode) for e in events} == {("02", "asserted"),
                                                       ("19", "hypothetical")}


def test_one_barred_from_acting_is_the_one_who_would_act(code_unasserted: CodeFn) -> None:
    rows = code_unasserted("The court barred Israel from demolishing Palestinian homes.")
    assert ("ISR", "PSE", "1712") in {(r["source"], r["target"], r["code"]) for r in rows}


@pytest.mark.parametrize(("text", "trigger"), [
    # plans joined by "and" are all plans; what an authority is for has not happened
    ("Trump announced plans to bomb ISIS and to torture terrorism suspects.", "torture"),
    ("The law gives the Egyptian army the authority to arrest protesters.", "arrest"),
])
def test_what_a_plan_or_an_authority_is_for_has_not_happened(coder: Coder, text: str,
                                                              trigger: str) -> None:
    everything = coder.derive(require_source=False, include_unasserted=True)
    modes = {e.mode for e in everything.code_text(text, "2016-03-01")
             if e.trigger_text == trigger}
    assert modes == {"hypothetical"}


@pytest.mark.parametrize("text", [
    "Russia negotiated instead of attacking Ukraine.",
    "Russia chose to negotiate rather than attacking Ukraine.",
    "Russia negotiated rather than attack Ukraine.",
])
def test_what_is_done_instead_of_an_attack_leaves_it_undone(code_unasserted: CodeFn,
                                                            text: str) -> None:
    modes = {r["root_code"]: r["mode"] for r in code_unasserted(text, "2014-03-01")}
    assert modes == {"04": "asserted", "19": "negated"}


@pytest.mark.parametrize(("text", "root"), [
    ("Obama had no meeting with Putin in Normandy.", "04"),
    ("Israeli troops fired no shots at the protesters.", "19"),
])
def test_no_act_done_is_negated(code_unasserted: CodeFn, text: str, root: str) -> None:
    rows = [r for r in code_unasserted(text, "2014-06-06") if r["root_code"] == root]
    assert rows and {r["mode"] for r in rows} == {"negated"}


def test_what_a_passive_relative_clause_describes_is_acted_on(code: CodeFn) -> None:
    rows = code("The Islamic State, which was rejected by al-Qaeda, now holds Raqqa.", "2015-05-20")
    assert ("IMGMOSALQ", "IMGMOSISI", "120") in {(r["source"], r["target"], r["code"])
                                                 for r in rows}


@pytest.mark.parametrize(("text", "root"), [
    ("The Navy lacked the money to send a second aircraft carrier to the Gulf.", "15"),
    ("The UN has no authority to sanction Israel.", "16"),
])
def test_what_one_lacks_the_means_to_do_is_not_done(coder: Coder, text: str, root: str) -> None:
    events = coder.derive(include_unasserted=True, require_source=False).code_text(
        text, "2014-01-01")
    assert {e.mode for e in events if e.code.root == root} == {"negated"}


@pytest.mark.parametrize("text", [
    "A year later, Russia would invade Ukraine.",  # narrated: it happened
    "White House Press Secretary Jay Carney would say only that the threat goes beyond Yemen.",
    "Iran said it would attack Israel.",  # another's future, reported
])
def test_a_would_that_happened_or_was_said_is_asserted(code: CodeFn, text: str) -> None:
    assert code(text, "2013-08-06")


def test_what_could_not_be_established_is_not_claimed(code_unasserted) -> None:
    rows = code_unasserted("Investigators could not establish that the Trump campaign coordinated "
                           "with the Russian government.", "2019-04-18")
    assert {r["mode"] for r in rows if r["code"] == "060"} == {"hypothetical"}
    rows = code_unasserted("Investigators found that the Trump campaign coordinated with the "
                           "Russian government.", "2019-04-18")
    assert {r["mode"] for r in rows if r["code"] == "060"} == {"asserted"}


@pytest.mark.parametrize(("text", "mode"), [
    ("The special counsel found no evidence that any American coordinated with the Russian "
     "government.", "hypothetical"),
    ("There is no sign that Russia attacked Ukraine.", "hypothetical"),
    ("There is no doubt that Russia attacked Ukraine.", "asserted"),
    ("There is evidence that Russia attacked Ukraine.", "asserted"),
])
def test_no_evidence_that_claims_nothing(code_unasserted, text: str, mode: str) -> None:
    rows = code_unasserted(text, "2019-04-18")
    assert rows and {r["mode"] for r in rows if r["root_code"] in ("06", "19")} == {mode}


def test_the_people_named_before_a_genocide_suffered_it(code: CodeFn) -> None:
    # "the Armenian genocide" was no genocide by Armenia, and recognizing it recognizes no one
    rows = code("The Senate passed a resolution recognizing the Armenian genocide.", "2019-10-29")
    assert not {r["code"] for r in rows} & {"054", "202"}
    assert not code("The Rwandan genocide killed 800,000 people in 1994.", "2019-10-29")
    # who committed one is still its source
    rows = code("Turkey's genocide of Armenians began in 1915.", "2019-10-29")
    assert ("TUR", "ARM", "202") in {(r["source"], r["target"], r["code"]) for r in rows}


def test_a_clause_on_what_an_attack_struck_tells_what_the_attack_did(code: CodeFn) -> None:
    # the airliner and the consulate killed no one
    rows = code("North Korea was implicated in the 1987 bombing of a South Korean airliner that "
                "killed 115 people.", "2017-11-20")
    assert not [r for r in rows if r["source"] == "KOR"]
    rows = code("The attack on the U.S. consulate in Benghazi that killed four Americans was "
                "planned.", "2013-05-09")
    assert not [r for r in rows if (r["source"] or "").startswith("USA")]
    # those a clause describes still act
    rows = code("The rebels who killed 20 soldiers fled.", "2013-05-09")
    assert ("---REB", "---MIL", "190") in {(r["source"], r["target"], r["code"]) for r in rows}


def test_who_carried_out_an_attack_is_named_by_its_by_phrase(code: CodeFn) -> None:
    rows = code("Israel condemned the attack by Hamas.", "2014-07-28")
    assert ("ISR", "PSEREBHMS", "111") in {(r["source"], r["target"], r["code"]) for r in rows}
    rows = code("The attack by Hamas killed three soldiers.", "2014-07-28")
    assert ("PSEREBHMS", "---MIL", "190") in {(r["source"], r["target"], r["code"])
                                             for r in rows}


def test_a_venue_named_before_a_visit_is_where_it_went(code: CodeFn) -> None:
    rows = code("Thatcher waves to journalists after another hospital visit in November 2010.",
                "2013-04-08")
    assert not [r for r in rows if r["source"] == "---HLH"]
    rows = code("The Kerry visit to the embassy went well.", "2013-04-08")
    assert ("USAGOV", "042") in {(r["source"], r["code"]) for r in rows}


def test_what_someone_is_charged_with_doing_is_not_the_chargers_act(code: CodeFn) -> None:
    rows = code("British prosecutors charged the Russian spy with murdering a defector.",
                "2016-01-21")
    assert not [r for r in rows if r["source"] == "GBRJUD" and r["root_code"] != "17"], rows


@pytest.mark.parametrize("text", [
    # who is struck in an attack that others judge is not whom they judge
    "Russia condemned the attack on the embassy in Kabul.",
    "Egypt praised the strike on Libya.",
    "Trump defended the strike on Iran.",
    "The Arab League criticized the bombing of Gaza.",
])
def test_judging_an_attack_is_not_aimed_at_its_victim(code: CodeFn, text: str) -> None:
    rows = code(text, "2019-06-20")
    assert rows and all(r["target"] is None for r in rows)


@pytest.mark.parametrize(("text", "target"), [
    # the attack's own author is still whom its judge judges, and attacking is still aimed
    ("Russia condemned the US strike on Syria.", "USA"),
    ("Israel carried out a strike on Gaza.", "PSE"),
    ("Obama ordered the strike on Syria.", "SYR"),
    ("The US launched an attack on ISIS.", "IMGMOSISI"),
])
def test_an_attacks_author_or_its_own_victim_stays_the_target(code: CodeFn, text: str,
                                                             target: str) -> None:
    assert target in {r["target"] for r in code(text, "2019-06-20")}


@pytest.mark.parametrize(("text", "target"), [
    # stopping an attack, or laying the blame for one, is still aimed where it names
    ("Trump pulled back the strikes on Iran.", "IRN"),
    ("Kerry blamed the attack on Palestinian incitement.", "PSE"),
])
def test_acts_on_an_attack_other_than_judging_keep_its_aim(code: CodeFn, text: str,
                                                           target: str) -> None:
    assert target in {r["target"] for r in code(text, "2019-07-20")}


@pytest.mark.parametrize("text", [
    "The president ruled out a military strike on Iran.",
    "Netanyahu has ruled out a ground offensive in Gaza.",
])
def test_an_attack_ruled_out_has_not_happened(code: CodeFn, text: str) -> None:
    assert not [r for r in code(text, "2019-06-20") if r["root_code"] in ("18", "19", "20")]


@pytest.mark.parametrize(("text", "fights"), [
    # a government or a party fighting for an infinitive's sake strives in politics
    ("The White House has been fighting to prevent the rollout from defining his term.", False),
    ("Republican lawmakers are fighting to repeal the law.", False),
    # forces, or anyone with an enemy named, fight
    ("Iraqi troops fought to retake the city.", True),
    ("Kurdish forces fought the Islamic State to retake the town.", True),
])
def test_fighting_for_an_end_in_politics_is_no_combat(code: CodeFn, text: str,
                                                     fights: bool) -> None:
    rows = code(text, "2013-11-18")
    assert any(r["root_code"] == "19" for r in rows) == fights


def test_a_country_misread_as_an_adverb_is_the_object(code: CodeFn) -> None:
    # the parser reads "Turkey" in "Trump warned Turkey" as an adverb (npadvmod)
    rows = code("Trump warned Turkey.", "2019-10-14")
    assert {(r["source"], r["target"], r["code"]) for r in rows} == {("USAGOV", "TUR", "130")}


def test_the_occasion_a_spokesman_speaks_at_is_no_one_addressed(code: CodeFn) -> None:
    rows = code("“The president thinks very highly of General Allen,” the spokesman, Jay "
                "Carney, said at a White House news briefing.", "2012-11-13")
    assert [r["target"] for r in rows] == [None]


def test_a_name_called_with_a_quoted_predicate_is_named_not_phoned(code: CodeFn) -> None:
    rows = code('Tillerson called Ukraine "single most difficult obstacle to normalizing '
                'relations with Russia," omitting any mention of election interference.',
                "2017-03-01")
    assert {(r["source"], r["target"], r["code"]) for r in rows} == {("USAGOV", "UKR", "010")}


def test_a_nickname_in_quotes_is_what_one_is_called_not_whom(code: CodeFn) -> None:
    rows = code("On Tuesday, Trump once again called Kim “Rocket Man” and said the United States "
                "reserved the right to use force.", "2019-12-04")
    assert {r["code"] for r in rows} == {"010"}


@pytest.mark.parametrize("text", [
    # what one is authorized or empowered to do is only made possible, as what one is allowed to
    "Barak authorized the military to call up 75,000 reservists.",
    "Congress empowered the president to send troops to Iraq.",
])
def test_what_one_is_authorized_to_do_is_not_done(code: CodeFn, text: str) -> None:
    assert not [r for r in code(text, "2012-11-17") if r["root_code"] == "15"]


def test_the_fire_opened_is_no_target(code: CodeFn) -> None:
    # ("artillery" is a role word, but the artillery fire is the Israeli forces' own)
    rows = code("Israeli forces opened artillery fire on Beit Lahiya in northern Gaza.", "2014-07-28")
    assert {(r["source"], r["target"]) for r in rows} == {("ISRMIL", "PSE")}


@pytest.mark.parametrize("text", [
    # what one is committed to or looks forward to doing is not done yet
    "Turkey has committed to protecting civilians in Syria.",
    "Obama looks forward to meeting Putin.",
])
def test_a_gerund_one_commits_to_is_not_done(code: CodeFn, text: str) -> None:
    assert not [r for r in code(text, "2019-10-17") if r["root_code"] in ("04", "07")]


def test_a_singular_relative_clause_describes_the_singular_noun_before_it(code) -> None:
    # the parser hangs "that condemns" on "efforts"; the verb agrees with the Assembly
    rows = code("The U.S. could focus its efforts on passing stronger resolutions in another "
                "committee of the U.N. General Assembly that annually condemns a handful of states.",
                "2018-06-19")
    assert {r["source"] for r in rows if r["code"].startswith("11")} == {"IGOUNO"}


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        pytest.param("Donald Trump blasted Hillary Clinton on Monday.", "2016-08-01",
                     ("USAELI", "USAELI", "11"), id="two-listed-people"),
        pytest.param("Senator John McCain criticized Senator Rand Paul.", "2015-06-20",
                     ("USALEG", "USALEG", "11"), id="two-listed-legislators"),
        pytest.param("Senator John Smith criticized Senator Bob Jones.", "2015-06-20",
                     ("---LEG", "---LEG", "11"), id="two-titled-names"),
        pytest.param("President Obama praised Secretary of State John Kerry.", "2015-06-20",
                     ("USAGOV", "USAGOV", "05"), id="listed-and-titled"),
    ],
)
def test_two_people_of_one_code_are_source_and_target(code: CodeFn, text: str, date: str,
                                                      expected: Triple) -> None:
    """Two different people coded alike are still two sides: a same-code target is dropped only
    when it is the source itself."""
    assert expected in _triples(code(text, date)), code(text, date)


def test_the_source_itself_is_no_target(code: CodeFn) -> None:
    got = _triples(code("Israel said a mortar bomb was fired at it from Gaza.", "2014-09-02"))
    assert not any(s == t for s, t, _ in got), got
    got = _triples(code("Donald Trump praised himself and blasted the media.", "2016-08-01"))
    assert not any(s == t for s, t, _ in got), got


def test_one_with_the_subject_between_commas_is_a_companion(code: CodeFn) -> None:
    """"Obama, with Merkel at his side, made a statement": Merkel keeps him company, no one
    is addressed (though "met with Merkel" meets her)."""
    got = _triples(code("President Barack Obama, with German Chancellor Angela Merkel on "
                        "Monday, makes a statement at the White House.", "2015-06-20"))
    assert got and not any(t and t.startswith("DEU") for _, t, _ in got), got
    got = _triples(code("President Barack Obama met with German Chancellor Angela Merkel.",
                        "2015-06-20"))
    assert ("USAGOV", "DEUGOV", "04") in got, got


def test_a_with_opening_a_clause_of_its_own_is_no_partner(code: CodeFn) -> None:
    """"spoke about the threat, with Dempsey saying ...": a statement, no consultation of the
    place the clause names ("Putin spoke with Erdogan" still is one)."""
    got = _triples(code("Last week, Dempsey and Defense Secretary Chuck Hagel spoke in dire terms "
                        "about the threat posed by the Islamic State, with Dempsey saying the "
                        "organization could not be defeated without some action in Syria.",
                        "2014-08-25"))
    assert not any(root == "04" for _, _, root in got), got
    assert ("RUSGOV", "TURGOV", "04") in _triples(code("Putin spoke with Erdogan on Tuesday.",
                                                       "2014-08-25"))


def test_the_place_named_before_a_summit_hosted_it(code: CodeFn) -> None:
    """"the Vietnam summit" met in Vietnam; "the US-China summit" was between them."""
    got = _triples(code("Mr. Trump had said ahead of the Vietnam summit that he was happy.",
                        "2019-03-01"))
    assert not any(s == "VNM" for s, _, _ in got), got
    got = _triples(code("The US-China summit ended without a deal.", "2019-03-01"))
    assert ("USA", "CHN", "04") in got, got


@pytest.mark.parametrize("text", [
    "Pompeo said in an interview with the broadcaster that Iran attacked the tanker.",
    "Pompeo told reporters on a visit to the region that Iran attacked the tanker.",
])
def test_a_that_clause_hung_on_a_noun_is_still_reported(code: CodeFn, text: str) -> None:
    """The parser may hang "that Iran attacked the tanker" on the last noun as a relative
    clause: no broadcaster or region was attacked, and Pompeo still accuses Iran."""
    got = _triples(code(text, "2019-06-14"))
    assert ("IRN", None, "19") in got and ("USAGOV", "IRN", "11") in got, got
    assert ("IRN", "---MED", "19") in _triples(code("The broadcaster that Iran attacked was "
                                                    "closed.", "2019-06-14"))


def test_one_along_with_the_subject_does_it_too(code: CodeFn) -> None:
    """"Obama, along with Merkel, condemned Russia": both condemned it."""
    got = _triples(code("Obama, along with Merkel, condemned Russia.", "2014-03-20"))
    assert {("USAGOV", "RUS", "11"), ("DEUGOV", "RUS", "11")} <= got, got
    got = _triples(code("Putin traveled to Syria along with Erdogan.", "2014-03-20"))
    assert {("RUSGOV", "SYR", "04"), ("TURGOV", "SYR", "04")} <= got, got


def test_a_second_said_hung_on_the_first_ones_clause_is_the_speakers(code: CodeFn) -> None:
    """"The official said the talks are continuing and said ...": the parser hangs the second
    "said" on the talks; the official said both."""
    rows = code("The White House official said the administration's deliberations over the "
                "refugee ceiling are continuing and said the United States is under strain.",
                "2018-08-20")
    assert {r["source"] for r in rows} == {"USAGOV"}, rows


@pytest.mark.parametrize("text", [
    "Both President Barack Obama and Iran's supreme leader, Ayatollah Ali Khamenei, have hinted "
    "that a deal could be the basis of future talks.",
    "U.S. President Barack Obama and German Chancellor Angela Merkel hinted at a deal.",
])
def test_a_name_a_title_runs_into_has_its_own_conjuncts(code: CodeFn, text: str) -> None:
    """The parser may hang "Barack Obama" on "President" as an apposition, and the next
    conjunct on the name: both act, each spelt by its own words."""
    rows = code(text, "2015-07-14")
    assert len({r["source"] for r in rows}) == 2, rows
    assert all(" and " not in r["source_text"] for r in rows), rows


def test_what_a_speaker_added_after_a_said_clause_is_the_speakers(code: CodeFn) -> None:
    """"Tillerson said Russia's actions had damaged the relationship, but added ...": the parser
    hangs "added" on what was said; Tillerson added it."""
    rows = code("Rex Tillerson said Russia's actions had damaged the relationship, but added it "
                "was not useful to cut everything off.", "2017-08-07")
    assert {(r["source"], r["trigger_text"]) for r in rows} == {("USAGOV", "added")}, rows
    rows = code("Ban Ki-moon expressed concern over the airstrikes but stressed that the U.N. could "
                "not verify them, his spokesman said.", "2013-05-05")
    assert ("IGOUNO", "stressed") in {(r["source"], r["trigger_text"]) for r in rows}, rows


def test_a_description_joined_to_a_name_with_no_and_is_that_name(code: CodeFn) -> None:
    """"A top Republican, Sen. Charles E. Grassley of Iowa, backed Mr. Trump": one person."""
    rows = code("Tariffs rose. A top Republican, Sen. Charles E. Grassley of Iowa, backed Mr. "
                "Trump but warned that stiffer tariffs may harm farmers.", "2019-08-23")
    assert {r["source"] for r in rows} == {"USALEG"}, rows


def test_a_condition_after_joined_orders_holds_for_both(code: CodeFn) -> None:
    """"instructed the Navy to shoot down and destroy gunboats if they harass our ships":
    neither act is done."""
    rows = code("I have instructed the United States Navy to shoot down and destroy any and all "
                "Iranian gunboats if they harass our ships at sea.", "2020-04-22")
    assert not any(r["root_code"] in ("17", "19") for r in rows), rows


def test_what_one_has_the_ability_to_do_is_not_done(code: CodeFn) -> None:
    """"the rocket went a long way, which means it has the ability to threaten its
    neighbors": no threat made (the parser may hang the infinitive on "has")."""
    rows = code("The U.S. military tracked the launch. The rocket went a very long way, which "
                "means it has the ability once again to threaten their neighbors.", "2020-04-22")
    assert not any(r["root_code"] == "13" for r in rows), rows


def test_a_gerunds_by_phrase_names_who_does_it(code: CodeFn) -> None:
    """"what the president knew about hacking by Russia": Russia hacked, not the president."""
    rows = code("The questions address what the president knew about hacking by Russia.",
                "2018-05-01")
    assert {r["source"] for r in rows if r["root_code"] == "17"} == {"RUS"}, rows


def test_those_ordered_to_act_act_even_when_the_infinitive_reads_as_a_purpose(
        code: CodeFn) -> None:
    """"ordered troops there to open fire": the troops fire, not the one ordering."""
    rows = code("Kim Jong Un visited two islands and ordered troops there to open fire.",
                "2013-03-11")
    assert {r["source"] for r in rows if r["root_code"] == "19"} == {"---MIL"}, rows


def test_an_emphatic_pronoun_is_the_one_it_stresses(code: CodeFn) -> None:
    """"Beijing has itself been accused by rights groups": Beijing is accused."""
    rows = code("Beijing has itself frequently been accused by rights groups of rights abuses.",
                "2016-01-03")
    assert {(r["source"], r["target"]) for r in rows} == {("---HRI", "CHN")}, rows


def test_a_verb_joined_to_the_main_one_after_a_relative_clause_may_continue_it(
        code: CodeFn) -> None:
    # "threatens" (present, like "controls") goes on saying what the Islamic State does,
    # though the parser joined it to "has authorized"
    rows = code("Obama has authorized airstrikes in Syria against the Islamic State, which controls "
                "land in that country and neighboring Iraq, and threatens the United States.",
                "2014-09-21")
    assert ("IMGMOSISI", "USA", "130") in {(r["source"], r["target"], r["code"]) for r in rows}
    # (in the main verb's own tense it is the main subject's)
    rows = code("Obama criticized Russia, which annexed Crimea, and praised Ukraine.", "2014-09-21")
    assert ("USAGOV", "UKR", "051") in {(r["source"], r["target"], r["code"]) for r in rows}


def test_a_list_joined_to_the_main_verb_after_a_relative_clause_may_continue_it(
        code: CodeFn) -> None:
    # "has called" (a perfect, like "has encouraged") ends a list of what the group did,
    # though the parser joined the list to "met"
    rows = code("Senator Ted Cruz met with a group that has encouraged violence against Israel, "
                "praised Iran and has called for attacks on Israeli soldiers.", "2019-09-06")
    found = {(r["source"], r["code"]) for r in rows}
    assert ("USALEG", "040") in found
    assert not {("USALEG", "051"), ("USALEG", "020")} & found, found
    # (a list in the main verb's own tense is the main subject's)
    rows = code("Obama met with a group that has criticized Russia, and praised Ukraine.",
                "2014-09-21")
    assert ("USAGOV", "UKR", "051") in {(r["source"], r["target"], r["code"]) for r in rows}


def test_a_name_ending_a_relative_clause_may_name_the_noun_it_describes(code: CodeFn) -> None:
    # the parser set Kerry beside Clinton, but Kerry is the man who replaced her
    rows = code("The man who replaced Clinton, Secretary of State John Kerry, criticized Iran.",
                "2014-09-24")
    assert {(r["source"], r["target"], r["code"]) for r in rows} == {("USAGOV", "IRN", "111")}


def test_a_counterparts_name_the_parser_set_beside_another_name_is_the_counterparts(
        code: CodeFn) -> None:
    rows = code("President Donald Trump and Chinese counterpart Xi Jinping met at the Group of 20 "
                "summit in Japan last month.", "2019-07-23")
    pairs = {(r["source"], r["target"]) for r in rows}
    assert {("USAGOV", "CHNGOV"), ("CHNGOV", "USAGOV")} <= pairs
    assert "CHN" not in {r["source"] for r in rows}


def test_a_participle_the_parser_hung_on_a_name_in_a_nouns_phrase_may_be_the_nouns(
        code: CodeFn) -> None:
    # "a letter to Xi released by the White House": the letter was released, not Xi
    rows = code("In a letter to Xi Jinping released by the White House on Friday, Trump voiced "
                "concern.", "2019-04-05")
    assert [r["code"] for r in rows if r["trigger_text"] == "released"] == ["010"]
