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
"""

from __future__ import annotations

import re

FURNITURE = re.compile(
    r"Hide Caption \d+ of \d+(?: Photos:[^–\n]{0,200} – | Photos:)?"
    r"|JUST WATCHED (?P<title>[^\n]{1,200}?) Replay More Videos \.\.\. "
    r"MUST WATCH (?P=title) \d{1,2}:\d{2}"
    r"|Media playback is unsupported on your device|Media caption"
    r"|Image copyright [^\n]{1,60}? Image caption|Image caption"
    r"|Slideshow \(\d+ Images?\)|Play Video \d{1,2}:\d{2}"
    r"|Enlarge this image toggle caption (?P<credit>[^\n]{1,80}?) (?P=credit)(?= )"
    r"|(?:https?://)?(?:pic\.twitter\.com|t\.co)/\w+"
    r"|— [^—\n()]{1,80} \(@\w{1,30}\) [A-Z][a-z]{2,8} \d{1,2}, \d{4}"
    r"|Contributing: [^\n]{0,200}?(?:[Tt]he )?Associated Press|Contributing: [^\n]{0,120}?USA TODAY"
    r"|Read or Share this story: (?:https?://)?usat\.ly/\w+"
)
"""A gallery label up to the dash before its caption; a video player's label, its title twice
and its running time; a media player's, a slideshow's, a video's ("Play Video 2:55") and an
image's labels with the image's credit (NPR prints the credit twice); a tweet's link and its
signature (author, handle and date); a reporting credit ("Contributing: Doug Stanglin, USA
TODAY; The Associated Press") and a share link."""


def blank_furniture(text: str) -> str:
    """``text`` with its page furniture replaced by spaces of the same length."""
    return FURNITURE.sub(lambda match: " " * len(match.group(0)), text)
