"""Photo-gallery and video-player labels in scraped text are no part of any sentence."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from deeppol.coding.furniture import blank_furniture

CodeFn = Callable[..., list[dict]]
CAPTION = ("Hide Caption 107 of 168 Photos: Photos: Crisis in Ukraine Crisis in Ukraine – "
           "Armed pro-Russian activists occupy a police station in Slovyansk on April 12.")
VIDEO = ("JUST WATCHED Obama warns Iran at UN Replay More Videos ... MUST WATCH Obama warns "
         "Iran at UN 01:02 Ban Ki-moon spoke next.")


def test_labels_are_blanked_and_offsets_kept() -> None:
    for text in (CAPTION, VIDEO):
        blanked = blank_furniture(text)
        assert len(blanked) == len(text)
    assert blank_furniture(CAPTION).lstrip().startswith("Armed pro-Russian activists")
    assert blank_furniture(VIDEO).lstrip() == "Ban Ki-moon spoke next."
    # a label with no caption dash loses the label only
    assert blank_furniture("Hide Caption 3 of 9 Photos: no dash here").strip() == "no dash here"


def test_a_caption_is_coded_without_its_gallery_title(code: CodeFn) -> None:
    rows = code(CAPTION, "2014-04-21")
    assert rows
    assert {r["source_text"] for r in rows} == {"activists"}
    assert all(r["evidence"]["sentence"].startswith("Armed") for r in rows)


def test_a_video_title_is_no_event(code: CodeFn) -> None:
    rows = code(VIDEO, "2012-09-25")  # only the sentence after the player: Ban spoke
    assert {(r["source"], r["root_code"]) for r in rows} == {("IGOUNO", "01")}


PLAYER = ("Media playback is unsupported on your device Media caption Denmark's prime minister "
          "called the idea absurd. Image copyright Getty Images Image caption Trump had planned "
          "a state visit.")
TWEET = ("Police seek a grey car. pic.twitter.com/11eRTJdtaZ — Boston Police Dept. "
         "(@bostonpolice) April 19, 2013 Police arrested the suspect in Watertown. "
         "https://t.co/9ndjlMjscR")


def test_media_player_image_credits_and_embedded_tweets_are_blanked() -> None:
    blanked = blank_furniture(PLAYER)
    assert len(blanked) == len(PLAYER)
    assert " ".join(blanked.split()) == ("Denmark's prime minister called the idea absurd. "
                                         "Trump had planned a state visit.")
    blanked = blank_furniture(TWEET)
    assert len(blanked) == len(TWEET)
    assert " ".join(blanked.split()) == ("Police seek a grey car. "
                                         "Police arrested the suspect in Watertown.")


def test_a_tweet_signature_neither_acts_nor_dates_the_next_sentence(code: CodeFn) -> None:
    rows = code(TWEET, "2013-04-22")
    arrests = [r for r in rows if r["root_code"] == "17"]
    assert [r["evidence"]["sentence"] for r in arrests] == [
        "Police arrested the suspect in Watertown."]
    assert arrests[0]["event_date"] == "2013-04-22"


def test_slideshow_and_npr_photo_credits_are_blanked() -> None:
    text = ("Enlarge this image toggle caption Manu Brabo/AP Manu Brabo/AP Rebels shelled the "
            "town. Slideshow (12 Images) China's regulator demanded answers. Play Video 2:55 "
            "Iran denied it.")
    blanked = blank_furniture(text)
    assert len(blanked) == len(text)
    assert " ".join(blanked.split()) == ("Rebels shelled the town. China's regulator demanded "
                                         "answers. Iran denied it.")


def test_a_credit_line_and_share_link_are_blanked(code: CodeFn) -> None:
    text = ("Kerry met Lavrov in Geneva. Contributing: Doug Stanglin, USA TODAY; The Associated "
            "Press Read or Share this story: http://usat.ly/136njtQ")
    blanked = blank_furniture(text)
    assert len(blanked) == len(text)
    assert blanked.strip() == "Kerry met Lavrov in Geneva."
    # the credited newspaper supplies nothing to anyone
    rows = code("U.S. bombers flew off the coast. Contributing: Doug Stanglin, USA TODAY; The "
                "Associated Press", "2017-09-23")
    assert not [r for r in rows if r["code"] == "070"], rows


@pytest.mark.parametrize(("text", "kept"), [
    ("Doug Stanglin USA TODAY Chinese hackers attacked U.S. firms.",
     "Chinese hackers attacked U.S. firms."),
    ("Olga Rudenko, Charles McPhedran and Jabeen Bhatti Special for USA TODAY KIEV, Ukraine — "
     "Kiev was calm.", "KIEV, Ukraine — Kiev was calm."),
    # a sentence that mentions the newspaper is no byline
    ("Host Carly Mallenbaum talks with USA TODAY World Editor William Dermody.",
     "Host Carly Mallenbaum talks with USA TODAY World Editor William Dermody."),
])
def test_an_opening_byline_is_blanked(text: str, kept: str) -> None:
    assert _kept(text) == kept


def test_the_dateline_after_a_byline_is_no_actor(code: CodeFn) -> None:
    rows = code("Tonny Onyulo Special for USA TODAY NAIROBI, Kenya — Armed terrorists stormed a "
                "university in northern Kenya on Thursday.", "2015-04-02")
    assert rows and not [r for r in rows if r["source"] == "KEN"], rows


def _kept(text: str) -> str:
    blanked = blank_furniture(text)
    assert len(blanked) == len(text)
    return " ".join(blanked.split())


def test_a_promoted_headline_is_blanked_up_to_the_next_sentence() -> None:
    # the headline runs, unpunctuated, into the next sentence; it ends where a sentence opens
    assert _kept("Kerry met Lavrov in Geneva. SEE ALSO: Russia threatens sanctions on Ukraine over "
                 "gas debts The talks lasted four hours.") == (
        "Kerry met Lavrov in Geneva. The talks lasted four hours.")
    assert _kept("Seoul protested. More:Pakistan summons envoy over border raid More:Afghan troops "
                 "clash with militants") == "Seoul protested."
    assert _kept("The ministry said. Related: Iran seizes British tanker “We will not be "
                 "intimidated,” he said.") == "The ministry said. “We will not be intimidated,” he said."
    assert _kept("He left. Opinion: Can sanctions stop Iran? Germany said it would keep trading.") == (
        "He left. Germany said it would keep trading.")
    assert _kept("Talks ended. ( PHOTOS: Protesters storm the embassy) Police fired tear gas.") == (
        "Talks ended. Police fired tear gas.")
    assert _kept("Talks ended. ( Also on POLITICO: Obama: Sexual assault 'undermines' the "
                 "military) Reports rose. (Photo: AP) He left.") == "Talks ended. Reports rose. He left."
    assert _kept("He left. SEE ALSO: Syria rejects plan • When asked, she declined.") == (
        "He left. When asked, she declined.")


def test_a_title_case_headline_does_not_end_at_its_own_small_words() -> None:
    assert _kept("Read More: Iran Warns Britain Over Seized Tanker In Gulf Waters The foreign "
                 "ministry said it would respond.") == "The foreign ministry said it would respond."


def test_where_a_headline_ends_is_unclear_only_the_label_goes() -> None:
    # a sentence that opens with a name, or a label before a sentence of the story itself
    for text, kept in (
            ("SEE ALSO: Syria rejects UN plan Kerry said talks would go on.",
             "Syria rejects UN plan Kerry said talks would go on."),
            ("More: The army said troops killed two militants in a raid on Monday.",
             "The army said troops killed two militants in a raid on Monday."),
            ("More: Officials said “The talks failed.”", "Officials said “The talks failed.”")):
        assert _kept(text) == kept


def test_a_promoted_headline_is_no_event(code: CodeFn) -> None:
    rows = code("Kerry met Lavrov in Geneva on Monday. SEE ALSO: Russia threatens sanctions on "
                "Ukraine over gas debts The talks lasted four hours.", "2014-04-21")
    assert {(r["source"], r["target"]) for r in rows} == {("USAGOV", "RUSGOV"), ("RUSGOV", "USAGOV")}


def test_credits_without_a_wire_name_are_blanked() -> None:
    assert _kept("Kerry met Lavrov. Contributing: Calum MacLeod in Beijing") == "Kerry met Lavrov."
    assert _kept("Kerry met Lavrov. Contributing: Jane Doe in London. READ MORE: Iran warns Britain") == (
        "Kerry met Lavrov. .")
    assert _kept("Kerry met Lavrov. — With assistance by Justin Sink, and Jane Doe") == "Kerry met Lavrov."


def test_a_label_without_a_space_is_one_only_before_its_headline() -> None:
    assert _kept("Talks ended. Analysis:Trump trip sets up showdown with Iran The envoy left.") == (
        "Talks ended. The envoy left.")
    assert _kept("Report: the envoy left.") == "Report: the envoy left."


def test_a_photo_credit_given_once_is_blanked() -> None:
    for credit in ("Carolyn Kaster/AP", "Esam Omran Al-Fetori/Reuters /Landov",
                   "Christopher Furlong/Getty Images", "Ellen Krosney for NPR",
                   "Metropolitan Police via AP"):
        assert _kept(f"Talks ended. toggle caption {credit} Rep. Jim Himes voted no.") == (
            "Talks ended. Rep. Jim Himes voted no.")
    assert _kept("Talks ended. Enlarge this image toggle caption Cheng Min/Xinhua Cheng Min/Xinhua") == (
        "Talks ended.")


def test_the_pages_age_before_the_opening_dateline_is_no_date(code: CodeFn) -> None:
    # "6 years ago" is how old the page was when saved: the story is of its own day
    text = ("6 years ago Washington (CNN) – Republican Rep. Mike Rogers argued Sunday that the "
            "United States lost its leverage.")
    assert blank_furniture(text).lstrip().startswith("Washington (CNN)")
    rows = code(text, "2013-09-15")
    assert {(r["source"], r["event_date"]) for r in rows} == {("USALEG", "2013-09-15")}, rows
    # (ages in a sentence are dates: "two years ago Russia annexed Crimea")
    assert blank_furniture("Two years ago (in 2014) Russia annexed Crimea.").startswith("Two")


def test_a_newsletter_sign_up_box_is_blanked() -> None:
    # it has no full stop, so it would open the next sentence
    text = ("Get the Monitor Stories you care about delivered to your inbox. By signing up, you "
            "agree to our Privacy Policy Obama, he says, can make it clear.")
    assert blank_furniture(text).lstrip() == "Obama, he says, can make it clear."
    text = ("Email Sign Up By signing up you agree to receive email newsletters or alerts from "
            "POLITICO. You can unsubscribe at any time. This site is protected by reCAPTCHA and "
            "the Google Privacy Policy and Terms of Service apply. Putin spoke.")
    assert blank_furniture(text).lstrip() == "Putin spoke."


def test_a_photo_gallerys_title_before_each_caption_is_blanked(code: CodeFn) -> None:
    # the title the first label gives twice opens every caption: it would be their subject
    text = ("Photos: Kim Jong Un and North Korea's military Photos: Kim Jong Un and North "
            "Korea's military North Korean leader Kim Jong Un meets with pilots on Monday. "
            "Hide Caption 1 of 55 Photos: Kim Jong Un and North Korea's military North Korean "
            "soldiers march during a military parade in Pyongyang.")
    blanked = blank_furniture(text)
    assert len(blanked) == len(text)
    assert " ".join(blanked.split()) == (
        "North Korean leader Kim Jong Un meets with pilots on Monday. North Korean soldiers "
        "march during a military parade in Pyongyang.")
    rows = code(text, "2015-06-22")
    assert "PRKGOV" not in {r["source"] for r in rows if r["sentence_index"] == 1}, rows
