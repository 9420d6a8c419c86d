"""Event date resolution against the publication date."""

from __future__ import annotations

import datetime
from collections.abc import Callable

import pytest
from spacy.language import Language

from deeppol.coding.coder import Coder
from deeppol.coding.timex import DateResolver, ResolvedDate

CodeFn = Callable[..., list[dict]]


@pytest.fixture(scope="module")
def resolver() -> DateResolver:
    return DateResolver()


def _resolve(nlp: Language, resolver: DateResolver, text: str, pub: str | None) -> ResolvedDate:
    doc = nlp(text)
    published = datetime.date.fromisoformat(pub) if pub else None
    return resolver.resolve(doc[:], published)


@pytest.mark.parametrize(
    ("text", "pub", "value", "precision", "expr"),
    [
        # 2022-01-07 is a Friday
        ("A suicide bomber struck a market on Thursday.", "2022-01-07", "2022-01-06", "day",
         "Thursday"),
        ("Police raided the office on Friday.", "2022-01-07", "2022-01-07", "day", "Friday"),
        ("Police raided the office on Saturday.", "2022-01-07", "2022-01-01", "day", "Saturday"),
        ("Food prices rose sharply last month.", "2022-01-07", "2021-12-01", "month",
         "last month"),
        ("Protests began in October.", "2021-11-15", "2021-10-01", "month", "October"),
        ("Protests began in October.", "2021-10-20", "2021-10-01", "month", "October"),
        ("Protests began in December.", "2021-11-15", "2020-12-01", "month", "December"),
        ("Rioters stormed the Capitol on Jan. 6.", "2022-01-08", "2022-01-06", "day", "Jan. 6"),
        ("Rioters stormed the Capitol on Jan. 6.", "2021-12-30", "2021-01-06", "day", "Jan. 6"),
        ("Two soldiers were killed two days ago.", "2022-01-07", "2022-01-05", "day",
         "two days ago"),
        ("Fighting resumed yesterday.", "2022-01-07", "2022-01-06", "day", "yesterday"),
        ("Talks resumed last week.", "2022-01-07", "2021-12-31", "day", "last week"),
        ("The summit ended this week.", "2022-01-07", "2022-01-07", "day", "this week"),
        ("Clashes erupted earlier this month.", "2022-01-20", "2022-01-01", "month",
         "earlier this month"),
        ("Russia annexed the region in 2019.", "2022-01-07", "2019-01-01", "year", "2019"),
        # a part of a year is of that year
        ("The last troops left at the end of 2011.", "2014-08-08", "2011-01-01", "year",
         "the end of 2011"),
        ("The embassy reopened at the start of 2016.", "2018-02-01", "2016-01-01", "year",
         "the start of 2016"),
        ("The blockade was lifted by the middle of March.", "2018-06-01", "2018-03-01", "month",
         "the middle of March"),
        ("Fighting flared in mid-June.", "2015-06-25", "2015-06-01", "month", "mid-June"),
        ("Fighting flared in mid-2014.", "2015-06-25", "2014-01-01", "year", "mid-2014"),
        ("Fighting flared at the end of May.", "2015-06-25", "2015-05-01", "month",
         "the end of May"),
        ("The talks were held on March 3, 2021 in Geneva.", "2022-01-07", "2021-03-03", "day",
         "March 3, 2021"),
        ("The talks were held on March 3, 2021 in Geneva.", None, "2021-03-03", "day",
         "March 3, 2021"),
        # 2012-09-14 is a Friday: the weekday goes with the date, not a week earlier
        ("Protesters stormed the embassy on Friday, September 14.", "2012-09-20", "2012-09-14",
         "day", "Friday, September 14"),
    ],
)
def test_resolves_expressions(
    nlp: Language,
    resolver: DateResolver,
    text: str,
    pub: str | None,
    value: str,
    precision: str,
    expr: str,
) -> None:
    got = _resolve(nlp, resolver, text, pub)
    assert got.value == datetime.date.fromisoformat(value)
    assert got.precision == precision
    assert got.text == expr
    assert got.start is not None and got.end is not None
    assert text[got.start : got.end] == expr


@pytest.mark.parametrize(
    "text",
    [
        "The government resigned after weeks of protests.",
        "The minister, 65 years old, has served for three years.",
        "Rebels have fought every day for a decade.",
        "Troops withdrew within 24 hours.",
        "Talks will resume next week.",
    ],
)
def test_falls_back_to_publication_date(nlp: Language, resolver: DateResolver, text: str) -> None:
    got = _resolve(nlp, resolver, text, "2022-01-07")
    assert got == ResolvedDate(datetime.date(2022, 1, 7), "day", None, None, None)


def test_unknown_publication_date(nlp: Language, resolver: DateResolver) -> None:
    got = _resolve(nlp, resolver, "The government resigned on Thursday.", None)
    assert got == ResolvedDate(None, "unknown", None, None, None)


def test_offsets_are_document_offsets(nlp: Language, resolver: DateResolver) -> None:
    doc = nlp("The ministry issued a statement. Troops shelled the town on Thursday.")
    sent = list(doc.sents)[-1]
    got = resolver.resolve(sent, datetime.date(2022, 1, 7))
    assert got.value == datetime.date(2022, 1, 6)
    assert got.start is not None and got.end is not None
    assert doc.text[got.start : got.end] == "Thursday"


def test_never_after_publication(nlp: Language, resolver: DateResolver) -> None:
    for text in ("It happened on Dec. 31.", "It happened in December.", "It happened Sunday."):
        got = _resolve(nlp, resolver, text, "2021-12-30")
        assert got.value is not None and got.value <= datetime.date(2021, 12, 30)


def test_cache_reuses_results(nlp: Language) -> None:
    resolver = DateResolver()
    first = _resolve(nlp, resolver, "Protests began in October.", "2021-11-15")
    second = _resolve(nlp, resolver, "Strikes spread in October.", "2021-11-15")
    assert first.value == second.value == datetime.date(2021, 10, 1)


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # a date in a clause that describes something else does not date the event
    ("Trump blamed the pact, which entered into force in 1994, for the loss of jobs.", "blamed",
     "2019-08-20"),
    ("Japan protested to China after the treaty expired in 2011.", "protested", "2019-08-20"),
    # the trigger's own date beats the sentence's other dates
    ("Obama, who was elected in 2008, met Merkel on Monday.", "met", "2019-08-19"),
    # a date on the reporting verb dates what it reports
    ("On Monday, Japan said Chinese warships attacked its coast guard.", "attacked", "2019-08-19"),
    ("When Petraeus returned to Iraq in 2007, he criticized Iran.", "criticized", "2007-01-01"),
    # a clause describing the event that is the subject dates it
    ("The Hamas attack, which came in October 2018, killed dozens of soldiers.", "killed",
     "2018-10-01"),
])
def test_each_event_takes_its_own_clauses_date(code_unasserted: CodeFn, text: str,
                                               trigger: str, expected: str) -> None:
    rows = code_unasserted(text, "2019-08-20")
    assert {r["event_date"] for r in rows if r["trigger_text"] == trigger} == {expected}


@pytest.mark.parametrize(("text", "value", "precision"), [
    ("Talks will resume next week.", "2023-05-19", "day"),
    ("Talks will resume tomorrow.", "2023-05-13", "day"),
    ("Talks will resume on Thursday.", "2023-05-18", "day"),
    ("Talks will resume next Friday.", "2023-05-19", "day"),
    ("Talks will resume in March.", "2024-03-01", "month"),
    ("Talks will resume in 2022.", "2022-01-01", "year"),  # a year as written
])
def test_a_future_event_is_dated_ahead(nlp: Language, resolver: DateResolver, text: str,
                                       value: str, precision: str) -> None:
    sent = nlp(text)[:]  # published on Friday 12 May 2023
    got = resolver.choose(resolver.candidates(sent), datetime.date(2023, 5, 12), future=True)
    assert (got.value, got.precision) == (datetime.date.fromisoformat(value), precision)


@pytest.mark.parametrize(("text", "pub", "value"), [
    # a Monday's "over the weekend" is the Saturday before, not the Monday
    ("Militants attacked the base over the weekend.", "2015-06-22", "2015-06-20"),
    ("Militants attacked the base on the weekend.", "2015-06-25", "2015-06-20"),
    ("Militants attacked the base this past weekend.", "2015-06-22", "2015-06-20"),
    ("Militants attacked the base last weekend.", "2015-06-22", "2015-06-20"),
    # said on a weekend, "last weekend" is the one before
    ("Militants attacked the base last weekend.", "2015-06-21", "2015-06-13"),
    ("Militants attacked the base this weekend.", "2015-06-21", "2015-06-20"),
])
def test_a_weekend_is_dated_by_its_saturday(nlp: Language, resolver: DateResolver, text: str,
                                            pub: str, value: str) -> None:
    got = _resolve(nlp, resolver, text, pub)
    assert (got.value, got.precision) == (datetime.date.fromisoformat(value), "day")


def test_a_future_weekend_is_the_next_one(nlp: Language, resolver: DateResolver) -> None:
    sent = nlp("Talks will resume this weekend.")[:]  # published on Friday 12 May 2023
    got = resolver.choose(resolver.candidates(sent), datetime.date(2023, 5, 12), future=True)
    assert got.value == datetime.date(2023, 5, 13)
    assert _resolve(nlp, resolver, "Talks resumed next weekend.", "2023-05-12").text is None


def test_a_past_event_never_reads_forward_forms(nlp: Language, resolver: DateResolver) -> None:
    for text in ("Talks resumed next week.", "Talks resumed next Friday."):
        got = _resolve(nlp, resolver, text, "2023-05-12")
        assert got.value == datetime.date(2023, 5, 12) and got.text is None


@pytest.mark.parametrize(("text", "cameo", "expected"), [
    ("The Security Council will meet next week.", "040", "2023-05-19"),
    ("Japan's prime minister will visit Beijing in March.", "042", "2024-03-01"),
    # a promise is made when reported; what it promises is dated later
    ("Japan will send aid to Turkey next week.", "033", "2023-05-12"),
    ("On Tuesday, Japan said it will send aid to Turkey next week.", "033", "2023-05-09"),
    # what one is set, due or expected to do is still to come, as with "will"
    ("Kerry is set to meet Lavrov on Monday.", "040", "2023-05-15"),
    ("Japan is expected to send aid to Turkey.", "033", "2023-05-12"),
    # the present of a clause that times a future act is future too
    ("When Obama and Putin meet Monday, the agenda will be full of sticky issues.", "040",
     "2023-05-15"),
    ("Turkey expected to learn more when Pompeo arrives in Turkey on Wednesday.", "042",
     "2023-05-17"),
])
def test_future_events_are_dated_when_they_happen(code: CodeFn, text: str, cameo: str,
                                                  expected: str) -> None:
    rows = code(text, "2023-05-12")
    assert {r["event_date"] for r in rows if r["code"] == cameo} == {expected}


@pytest.mark.parametrize(("text", "year"), [
    ("Israel's settlements have grown since the 1967 Arab-Israeli war.", 1967),
    ("Israel captured East Jerusalem in the 1967 war.", 1967),
    ("Troops were killed during the 2003 invasion.", 2003),
])
def test_an_event_named_by_its_year_is_dated_then(coder: Coder, text: str, year: int) -> None:
    events = coder.derive(require_source=False).code_text(text, "2016-12-26")
    assert events and {(e.event_date.year, e.date_precision) for e in events} == {(year, "year")}


@pytest.mark.parametrize(("text", "cameo", "expected"), [
    # what is going on now is dated now, whatever year it is about
    ("Mueller, who is investigating Russian interference in the 2016 election, met Trump.",
     "090", "2018-01-24"),
    ("China is investing heavily in oil fields around the world, $12 billion in 2011.", "061",
     "2018-01-24"),
    # a month it is going on in lies ahead
    ("Mueller, who is stepping down from his post in September, met Trump.", "0831",
     "2018-09-01"),
    ("Lawmakers are calling for an inquiry into the Sept. 11 attack.", "020", "2018-01-24"),
    # a deadline is when something is due, not when it is planned
    ("Syria plans to meet the June 30 deadline to destroy its chemical weapons.", "030",
     "2018-01-24"),
    ("Lawmakers are celebrating what the ruling does not do: solve Brexit by the impending "
     "deadline of October 31.", "017", "2018-01-24"),
    # a date of the report dates what it says is going on
    ("In January 2017, Israel said the Syrian army is using chemical weapons against rebels.",
     "2041", "2017-01-01"),
])
def test_what_is_going_on_is_dated_now(code: CodeFn, text: str, cameo: str, expected: str,
                                       ) -> None:
    rows = code(text, "2018-01-24")
    assert {r["event_date"] for r in rows if r["code"] == cameo} == {expected}, rows


@pytest.mark.parametrize(("text", "value", "precision"), [
    # a later year names no time of a past act ("run for president in 2016", said in 2013)
    ("Democrats criticized Republicans for hurting her chances to run in 2016.",
     datetime.date(2013, 5, 8), "day"),
    # a later day named is trusted over the publication date (a gallery updated since)
    ("Obama observes a moment of silence on April 22, 2016.", datetime.date(2016, 4, 22), "day"),
])
def test_a_later_year_alone_is_no_date_of_a_past_act(nlp: Language, resolver: DateResolver,
                                                    text: str, value: datetime.date,
                                                    precision: str) -> None:
    got = _resolve(nlp, resolver, text, "2013-05-08")
    assert (got.value, got.precision) == (value, precision)


@pytest.mark.parametrize("text", ["In 2017–18, Trump struck Syria.", "In 2017-2018, Trump struck Syria."])
def test_a_span_of_years_is_dated_by_its_first(nlp: Language, resolver: DateResolver,
                                              text: str) -> None:
    got = _resolve(nlp, resolver, text, "2020-06-01")
    assert (got.value, got.precision) == (datetime.date(2017, 1, 1), "year")  # no June 18
