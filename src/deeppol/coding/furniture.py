"""Page furniture that scraped news text carries: photo-gallery and video-player labels.

A news page copied as text keeps the labels of its widgets: "Hide Caption 12 of 22 Photos: Crisis
in Ukraine Crisis in Ukraine – Pro-Russian gunmen take up positions ...", "JUST WATCHED Obama
warns Iran at UN Replay More Videos ... MUST WATCH Obama warns Iran at UN 01:02". Left in, the
label runs into the next sentence's subject ("Crisis in Ukraine ... gunmen" as one actor) and a
video title is coded as a second, undated copy of the story. The coder parses the text with the
furniture blanked (spaces of the same length, so every offset still points into the article);
the caption after a label is kept.
"""

from __future__ import annotations

import re

FURNITURE = re.compile(
    r"Hide Caption \d+ of \d+(?: Photos:[^–\n]{0,200} – | Photos:)?"
    r"|JUST WATCHED (?P<title>[^\n]{1,200}?) Replay More Videos \.\.\. "
    r"MUST WATCH (?P=title) \d{1,2}:\d{2}"
)
"""A gallery label up to the dash before its caption; a video player's label, its title twice
and its running time."""


def blank_furniture(text: str) -> str:
    """``text`` with its page furniture replaced by spaces of the same length."""
    return FURNITURE.sub(lambda match: " " * len(match.group(0)), text)
