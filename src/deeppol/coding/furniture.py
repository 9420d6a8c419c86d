"""Page furniture that scraped news text carries: photo-gallery and video-player labels, media
players, slideshows and image credits, embedded tweets.

A news page copied as text keeps the labels of its widgets: "Hide Caption 12 of 22 Photos: Crisis
in Ukraine Crisis in Ukraine – Pro-Russian gunmen take up positions ...", "JUST WATCHED Obama
warns Iran at UN Replay More Videos ... MUST WATCH Obama warns Iran at UN 01:02". Left in, the
label runs into the next sentence's subject ("Crisis in Ukraine ... gunmen" as one actor) and a
video title is coded as a second, undated copy of the story. The coder parses the text with the
furniture blanked (spaces of the same length, so every offset still points into the article);
the caption after a label is kept. BBC pages say "Media playback is unsupported on your device
Media caption ..." and "Image copyright Getty Images Image caption ..."; an embedded tweet ends
with its link and signature ("pic.twitter.com/5DHQ — Boston Police Dept. (@bostonpolice) April
19, 2013"), whose date would otherwise date the next sentence and whose author would become its
subject.

Sites also promote their other stories inline: "SEE ALSO: Russia threatens sanctions on Ukraine
over gas debts The talks lasted four hours." The headline has no full stop, so it would be parsed
(and coded, with this article's date) as part of the next sentence. It is blanked from its label
to where that sentence visibly opens: a word that opens sentences ("The", "In", "But", "He", ...)
or an opening quote after a word, a "?" or "!" that ends the headline, the next label or a
bullet. A Title Case headline only ends at such a word followed by a lower-case one. Where no
such point comes before a full stop ("SEE ALSO: Syria rejects plan Kerry said ..."), the next
sentence may start with the headline's last words, so only the label is blanked and the sentence
is kept. A labelled aside in parentheses ("( PHOTOS: ...)", "( Also on POLITICO: ...)", "(Photo:
AP)") is blanked to its closing parenthesis.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

FURNITURE = re.compile(
    r"Hide Caption \d+ of \d+(?: Photos:[^–\n]{0,200} – | Photos:)?"
    r"|JUST WATCHED (?P<title>[^\n]{1,200}?) Replay More Videos \.\.\. "
    r"MUST WATCH (?P=title) \d{1,2}:\d{2}"
    r"|Media playback is unsupported on your device|Media caption"
    r"|Image copyright [^\n]{1,60}? Image caption|Image caption"
    r"|Slideshow \(\d+ Images?\)|Play Video \d{1,2}:\d{2}"
    r"|Enlarge this image toggle caption (?P<credit>[^\n]{1,80}?) (?P=credit)(?= |\Z)"
    r"|toggle caption (?:(?:[^\s/]+ ){0,4}?[^\s/]+/\S+(?: Images)?(?: /Landov)?"
    r"|(?:[^\s/]+ ){1,4}?(?:for NPR|via AP))(?= )"
    r"|(?:https?://)?(?:pic\.twitter\.com|t\.co)/\w+"
    r"|— [^—\n()]{1,80} \(@\w{1,30}\) [A-Z][a-z]{2,8} \d{1,2}, \d{4}"
    r"|Contributing: ?[^\n]{0,200}?(?:[Tt]he )?Associated Press|Contributing: ?[^\n]{0,120}?USA TODAY"
    r"|Contributing: ?[^\n]{0,160}?(?=\s*(?:\Z|(?:More|MORE|READ MORE|Read more|Related|RELATED) ?:"
    r"|Read or Share)|(?<=[a-z])\.\s)"
    r"|(?:—|--) ?With assistance (?:by|from) [^\n.]{0,240}"
    r"|Read or Share this story: (?:https?://)?usat\.ly/\w+"
    r"|(?:\A|(?<=\n))[ \t]*(?:[A-Z][\w'’.\-]*(?:, | and | )){1,12}?(?:Special for )?USA TODAY(?= )"
    r"|\A[ \t]*\d{1,2} (?:years?|months?|weeks?|days?|hours?|minutes?) ago(?= (?:[A-Z][a-z]+ )?\()"
    r"|(?:Get the Monitor Stories you care about delivered to your inbox\. )?"
    r"By signing up, you agree to our Privacy Policy"
    r"|(?:Email Sign Up )?By signing up,? you agree to receive email newsletters or alerts from "
    r"[A-Z]{2,20}\. You can unsubscribe at any time\."
    r"|This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply\."
)
"""A gallery label up to the dash before its caption; a video player's label, its title twice
and its running time; a media player's, a slideshow's, a video's ("Play Video 2:55") and an
image's labels with the image's credit (NPR prints the credit twice, or once after "toggle
caption": "Carolyn Kaster/AP", "Ellen Krosney for NPR"); a tweet's link and its
signature (author, handle and date); a reporting credit ("Contributing: Doug Stanglin, USA
TODAY; The Associated Press", "Contributing: Calum MacLeod in Beijing" at the end of the text or
before a promoted headline, "— With assistance by Justin Sink"), a share link, and a byline
opening the text or a line ("Olga Rudenko and Jabeen Bhatti Special for USA TODAY", before the
dateline it would otherwise hide), and the page's age before the dateline opening the text ("6
years ago Washington (CNN) - ...": as old as the page was when it was saved, no date of the
story's), and a newsletter's sign-up box ("Get the Monitor Stories you care about delivered to
your inbox. By signing up, you agree to our Privacy Policy", with no full stop before the next
sentence)."""


PROMO_LABEL = re.compile(
    r"(?<![\w-])(?:SEE ALSO|SEE RELATED|See Also|RELATED|Related|READ MORE|Read [Mm]ore|MORE|More"
    r"|ALSO|Also|Timeline|Opinion|Watch|WATCH|VIDEO|PHOTOS) ?:"
    r"|(?<![\w-])(?:Analysis|Read|Report|Earlier|Response):(?=[^\s\d])")
"""The label before a promoted headline ("SEE ALSO:", "More:"; USA TODAY's "Analysis:Trump's
U.N. trip ..." without a space)."""

ASIDE = re.compile(
    r"\( ?(?:SEE ALSO|See also|RELATED|Related|READ MORE|MORE|ALSO|Also on [A-Z][A-Za-z]+|TIMELINE"
    r"|Timeline|Opinion|Watch|WATCH|VIDEO|Video|PHOTOS|Photos|Photo|PHOTO|Reuters photo|Credit"
    r"|GRAPHIC|Graphic) ?:[^()\n]{0,200}\)")
"""A labelled aside in parentheses, to its closing one: "( Also on POLITICO: Obama: Sexual
assault 'undermines' the military)", "( PHOTOS: Obama in Israel)", "(Photo: AP)"."""

OPENERS = frozenset([
    "The", "A", "An", "In", "On", "At", "But", "And", "As", "After", "Before", "Since", "When",
    "While", "With", "Without", "If", "Although", "Though", "It", "He", "She", "They", "We",
    "I", "You", "His", "Her", "Their", "Its", "Our", "This", "That", "These", "Those", "There",
    "Here", "Meanwhile", "Moreover", "However", "Still", "Yet", "So", "Some", "Many", "Most",
    "Several", "One", "Two", "Three", "Last", "Earlier", "Later", "Now", "Today", "Yesterday",
    "Under", "By", "From", "During", "Despite", "According",
])
"""Words that open a sentence and, capitalised, rarely stand inside a sentence-case headline."""

SPEECH = frozenset([
    "said", "says", "told", "asked", "added", "wrote", "stated", "declared", "warned",
    "tweeted", "saying", "reads",
])
"""Words after which an opening quote is the speaker's words, not a new sentence."""

ABBREVIATIONS = frozenset([
    "Mr.", "Mrs.", "Ms.", "Dr.", "Sen.", "Rep.", "Gov.", "Gen.", "Lt.", "St.", "Jr.", "Sr.",
    "Col.", "Capt.", "Sgt.", "Adm.", "Maj.", "No.",
])
CLOSING = "”’\"')"
HEADLINE_CHARS = 130
"""How far after its label a headline may end."""

WORD = re.compile(r"\S+")


GALLERY_TITLE = re.compile(r"Photos: (?:Photos: )?(?P<title>[^\n]{5,120}?) Photos: (?:Photos: )?"
                           r"(?P=title) ")
"""A photo gallery's title, which its first label gives twice ("Photos: Kim Jong Un and North
Korea's military Photos: Kim Jong Un and North Korea's military North Korean leader ...")."""


GALLERY_LABEL = re.compile(r"(?:Photos: )+(?= )")
"""A gallery label left before a blanked title."""


def blank_furniture(text: str) -> str:
    """``text`` with its page furniture replaced by spaces of the same length."""
    titles = list(dict.fromkeys(m.group("title") for m in GALLERY_TITLE.finditer(text)))
    for title in titles:
        # each caption opens with the gallery's label and title: "Hide Caption 2 of 55 Photos:
        # Kim Jong Un and North Korea's military Kim stands on ..." (the title would be the
        # caption's subject); the labels go with the other furniture
        name = re.escape(title)
        text = re.sub(rf"(?<=Photos: ){name}(?:\s+{name}(?=\s))?(?:\s+–(?=\s))?",
                      lambda match: " " * len(match.group(0)), text)
    text = FURNITURE.sub(lambda match: " " * len(match.group(0)), text)
    if titles:
        text = GALLERY_LABEL.sub(lambda match: " " * len(match.group(0)), text)
    for start, end in reversed(list(_promotions(text))):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _promotions(text: str) -> Iterator[tuple[int, int]]:
    """The spans of promoted headlines with their labels (only the label where the headline's
    end is unclear), and of labelled asides in parentheses."""
    asides = [(m.start(), m.end()) for m in ASIDE.finditer(text)]
    for label in PROMO_LABEL.finditer(text):
        if not any(start <= label.start() < end for start, end in asides):
            yield label.start(), _headline_end(text, label.end()) or label.end()
    yield from asides


def _headline_end(text: str, start: int) -> int | None:
    """Where the headline from ``start`` ends, or None if no clear end comes first."""
    limit = min(len(text), start + HEADLINE_CHARS)
    words = [(m.start(), m.group(0)) for m in WORD.finditer(text, start, limit)]
    for i in range(1, len(words)):
        at, word = words[i]
        before = words[i - 1][1]
        if PROMO_LABEL.match(text, at):
            return at
        if word == "•":  # a bullet before the next item goes with the headline
            return at + 1
        if before.rstrip(CLOSING)[-1:] in "?!":
            return at
        if _full_stop(before):
            return None  # the headline ran into a sentence
        if _opens_sentence(word, before, words[i + 1][1] if i + 1 < len(words) else "",
                           _title_case(w for _, w in words[:i])):
            return at
    ends_text = limit == len(text) and words and not _full_stop(words[-1][1])
    return len(text) if ends_text else None


def _full_stop(word: str) -> bool:
    """Whether ``word`` ends a sentence with a full stop (not "Mr." or "U.S.")."""
    bare = word.rstrip(CLOSING)
    return bare.endswith(".") and bare not in ABBREVIATIONS and "." not in bare[:-1]


def _opens_sentence(word: str, before: str, after: str, title_case: bool) -> bool:
    """Whether ``word`` (between ``before`` and ``after``) visibly opens a sentence."""
    if not (before[-1].isalnum() or before[-1] in "’'”\")"):
        return False
    if word[0] in "“\"" and word[1:2].isupper():
        return before.lower() not in SPEECH
    return word.rstrip(",;") in OPENERS and (not title_case or after[:1].islower())


def _title_case(words: Iterable[str]) -> bool:
    """Whether a headline's words so far are in Title Case (three or more long words, all
    capitalised)."""
    long_words = [w for w in words if len(w) > 3 and w[0].isalpha()]
    return len(long_words) >= 3 and all(w[0].isupper() for w in long_words)
