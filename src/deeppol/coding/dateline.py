"""Datelines: the "KABUL, Afghanistan (AP) —" that opens a wire story.

A dateline says where the story was filed; it is no part of the first sentence's grammar. Left
in, the parser reads "KABUL" as the subject of "Taliban fighters attacked ..." and a city
becomes the attacker. The coder therefore parses each text without its datelines (cut off the
start, blanked elsewhere, so every offset still points into the article) and keeps the
dateline's place only as the place of the sentence it opens, when that sentence names none.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from deeppol.coding.places import GeoEntry, Place

DATELINE = re.compile(
    r"(?m)(?:^|(?<=\)[ \t]))[ \t]*(?P<place>[A-Z][A-Za-z'’.\-]*(?:[ /][A-Z][A-Za-z'’.\-]*){0,4})"
    r"(?:,[ \t]*(?P<region>[A-Z][A-Za-z'’.]*(?:[ \t/][A-Z][A-Za-z'’.]*){0,3}))?"
    r"(?:[ \t]*\((?P<agency>[A-Z][A-Za-z.&]*(?: [A-Z][A-Za-z.&]*){0,3})\))?"
    r"[ \t]*(?:(?P<dash>[—–]|--?(?=[ \t]))[ \t]*)?(?=\S)"
)
"""A place at the start of a line, an optional region and agency, then a dash: "WASHINGTON
(Reuters) - ", "SANAA, Yemen (AP) — ", "PALM BEACH, Fla. — "; a place in title case only with
its agency, which may stand for the dash: "Paris, France (CNN) French authorities ...", or
with its region and a dash: "Tehran, Iran — Two rockets ...". A
hyphen is a dash only before a space ("CASUALTIES-WITNESSES" is a word), and a place has at
most five words (a headline in capitals is no dateline). A photo credit may stand before it on
its line, as where a page's caption runs into the story: "(AP Photo/Evan Vucci) WASHINGTON (AP)
— "."""
PHOTO_CREDIT = re.compile(r"\([^()\n]*\bPhoto\b[^()\n]*\)[ \t]*$")
US_STATE_ABBREVIATIONS = frozenset({
    "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.",
    "Kan.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.",
    "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.",
    "S.C.", "S.D.", "Tenn.", "Tex.", "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo.", "D.C."})
"""The press's abbreviations of US states in datelines ("PALM BEACH, Fla.")."""
MASTHEAD = "USA TODAY"
"""The masthead some stories put between their reporter's name and the dateline's place."""
MIN_LETTERS = 3
WIRE_AGENCIES = frozenset({"AP", "Reuters", "AFP", "CNN", "CNNMoney", "Xinhua", "UPI", "Bloomberg",
                           "dpa", "DPA", "Kyodo", "Yonhap", "TASS", "ANSA", "EFE", "BBC", "IANS",
                           "PTI", "ANI", "NHK", "WAFA", "IRNA", "KCNA", "SANA", "Anadolu"})
"""Agencies that sign a dateline whose place is not in capitals ("Paris, France (CNN)")."""


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline at ``start:end`` of a text; ``place`` is where it says the story was filed,
    with the offsets of the name that says so."""

    start: int
    end: int
    place: Place

    def moved(self, by: int) -> Dateline:
        """The same dateline with offsets ``by`` characters further on."""
        return Dateline(self.start + by, self.end + by,
                        replace(self.place, start=self.place.start + by,
                                end=self.place.end + by))


def find_datelines(text: str, lookup: Callable[[str], GeoEntry | None]) -> list[Dateline]:
    """The datelines of ``text``: at its start or a line's (or after a photo credit), with a
    place ``lookup`` knows (an upper-case "NATO — " with no agency is no dateline)."""
    found = []
    for match in DATELINE.finditer(text):
        line = text[text.rfind("\n", 0, match.start()) + 1:match.start()]
        if line.strip() and not PHOTO_CREDIT.search(line):
            continue  # after a parenthesis, only a photo credit's
        name = match["place"]
        if sum(ch.isalpha() for ch in name) < MIN_LETTERS or (match["dash"] is None and (
                match["agency"] is None)):
            continue
        # "Jane Onyanga-Omara USA TODAY LONDON — ": the reporter's name, then the masthead
        byline = name.find(MASTHEAD + " ")
        bylined = (byline > 0 and match["dash"] is not None
                   and name[byline + len(MASTHEAD) + 1:].isupper())
        by_region = not name.isupper() and match["agency"] not in WIRE_AGENCIES and not bylined
        if by_region and not (match["region"] and match["dash"]):
            continue  # "Russia — which denies it —", "Congo (DRC) troops" are sentences
        where = _place(name, match["region"], lookup)
        if where is None:
            continue
        entry, group = where
        if by_region and (group != "place" or entry.kind == "country"
                          or lookup(match["region"]) is None):
            continue  # "Tehran, Iran — " is a dateline, "Iran, Russia — and China —" is not
        named_from = match.start(group) + (byline if bylined and group == "place" else 0)
        found.append(Dateline(match.start(), match.end(), Place(
            entry.name, entry.country, entry.lat, entry.lon, named_from, match.end(group))))
    return found


def without_datelines(text: str, datelines: list[Dateline]) -> tuple[str, int]:
    """``text`` with its datelines out of the parser's way, and how many characters were cut
    from its start: an opening dateline is cut off (a blank there would still be a token and
    sway the parse), a later one is blanked with spaces of its length."""
    cut = datelines[0].end if datelines and not text[:datelines[0].start].strip() else 0
    for line in datelines:
        if line.start >= cut:
            text = text[:line.start] + " " * (line.end - line.start) + text[line.end:]
    return text[cut:], cut


def _place(name: str, region: str | None,
           lookup: Callable[[str], GeoEntry | None]) -> tuple[GeoEntry, str] | None:
    """The dateline's place and the group that names it. A region overrules the town when they
    disagree: "PALM BEACH, Fla." is in Florida, not Australia's Palm Beach. Of several places
    the first is the one ("UNITED NATIONS/WASHINGTON", "MCALLEN, Texas/WASHINGTON"); a
    masthead before the place is skipped ("USA TODAY LONDON")."""
    town = next(filter(None, (lookup(" ".join(words[first:]))
                              for part in name.split("/") if (words := part.split())
                              for first in range(len(words)))), None)
    area = None
    if region is not None:
        region = region.split("/")[0]
        area = (GeoEntry(region, "USA", None, None, "state") if region in US_STATE_ABBREVIATIONS
                else lookup(region))
    if town is not None and (area is None or area.country == town.country):
        return town, "place"
    if area is not None:
        return area, "region"
    return None
