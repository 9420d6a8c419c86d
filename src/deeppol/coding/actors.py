"""Actor dictionaries as an immutable lexicon, and finding actor mentions in a parsed doc.

Named actors (states and their capitals, seats of power, cities, organisations, armed groups and
people) are matched case-sensitively; role words of agents ("foreign ministry", "warships") in
lower case, plural forms generated. Which code a mention stands for may depend on the article date
(people hold roles for a time), so ``ActorEntry.code_on(day)`` decides that.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token

from deeppol.coding.dictionaries import DEFAULT_GENDER, Dictionaries
from deeppol.coding.entities import TITLES

COUNTRY_KINDS = frozenset({"country", "adjective", "capital", "city"})
OFFICES_GENERAL = frozenset({"inspector", "director", "attorney", "secretary", "consul", "surgeon",
                             "solicitor", "auditor", "comptroller", "governor", "postmaster",
                             "accountant", "registrar", "procurator", "advocate", "-"})
"""Offices that end in "General" without being military ranks ("Inspector General")."""
BODIES_GENERAL = frozenset({"department", "directorate", "assembly", "secretariat", "prosecutor",
                            "administration", "authority", "office", "council", "conference",
                            "electric", "motors", "hospital", "intelligence", "security",
                            "command", "customs", "court", "dynamics", "atomics", "mills",
                            "services", "accounting", "federation"})
"""Bodies named "General ..." that are no general ("the General Department of ...")."""


@dataclass(frozen=True, slots=True)
class Role:
    """A code held by a person between two dates (``end`` None: still held)."""

    code: str
    start: dt.date
    end: dt.date | None
    title: str | None = None


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One dictionary entry as the matcher sees it."""

    id: str
    kind: str
    code: str
    roles: tuple[Role, ...] = ()
    default: str | None = None
    gender: str | None = None
    """People: ``female`` or ``male``."""

    def code_on(self, day: dt.date | None, titled: frozenset[str] = frozenset()) -> str | None:
        """The code this entry stands for on ``day`` (people: the role held then). With no
        date, the role whose title shares most of the words ``titled`` the person in the text
        ("European Council President Donald Tusk"), else the latest role."""
        if self.kind != "person":
            return self.code
        if day is None:
            if not self.roles:
                return self.default
            return max(enumerate(self.roles), key=lambda pair: (
                len(titled & _title_words(pair[1].title)), pair[0]))[1].code
        role = self.role_on(day)
        return role.code if role is not None else self.default

    def role_on(self, day: dt.date | None) -> Role | None:
        """The role a person holds on ``day`` (None with no date or none held)."""
        if day is None:
            return None
        return next((role for role in self.roles
                     if role.start <= day and (role.end is None or day <= role.end)), None)


def _title_words(title: str | None) -> frozenset[str]:
    """The words of a role's title that can tell it from another ("president", "european",
    "council"; no "of" or "the")."""
    return frozenset(w for w in (title or "").lower().split() if w not in TITLE_FILLERS)


TITLE_FILLERS = frozenset({"of", "the", "for", "and", "to", "in"})


@dataclass(frozen=True, slots=True)
class Mention:
    """A dictionary match over tokens ``start:end`` of a doc."""

    start: int
    end: int
    entry: ActorEntry


def plural_forms(word: str) -> tuple[str, ...]:
    """The singular and a regular English plural of the last word of a role phrase."""
    head, _, last = word.rpartition(" ")
    prefix = f"{head} " if head else ""
    if last.endswith("man"):
        plural = last[:-3] + "men"
    elif last.endswith(("s", "x", "ch", "sh")):
        plural = last + "es"
    elif last.endswith("y") and last[-2:-1] not in ("a", "e", "o", "u"):
        plural = last[:-1] + "ies"
    else:
        plural = last + "s"
    return (word, prefix + plural)


PLACE_KINDS = frozenset({"country", "adjective", "capital", "city", "seat"})
"""Kinds of country dictionary entry (a country's names, adjectives, cities and seats)."""
TOWN_KINDS = frozenset({"capital", "city", "seat"})
PLACE_PREFIXES = frozenset({"new", "north", "south", "east", "west", "northern", "southern",
                            "eastern", "western", "central", "greater", "upper", "lower", "old",
                            "port", "fort", "saint", "st.", "san", "santa", "los", "las", "el",
                            "al", "la", "le", "mount", "lake", "cape", "downtown", "metro"})
"""Words that begin a place's name, not a person's ("New Delhi", "East Jerusalem")."""
NAME_ARTICLES = frozenset({"al", "el", "ad", "as", "ash", "an", "ar", "at", "az"})
"""Arabic articles hyphened to a surname ("al-Badawi"), after the given name."""


@dataclass(frozen=True, slots=True)
class ActorLexicon:
    """Surface form -> entries, built once from the dictionaries."""

    named: dict[str, tuple[ActorEntry, ...]]
    agents: dict[str, ActorEntry]

    @classmethod
    def from_dictionaries(cls, dicts: Dictionaries) -> ActorLexicon:
        """Flatten countries, organisations, groups, people and agents into lookup tables."""
        named: dict[str, list[ActorEntry]] = {}

        def add(surface: str, entry: ActorEntry) -> None:
            for form in _variants(surface):
                bucket = named.setdefault(form, [])
                if entry not in bucket:
                    bucket.append(entry)

        for item in dicts["countries"]:
            code = item["code"]
            for kind, key in (("country", "names"), ("adjective", "adjectives"),
                              ("capital", "capitals"), ("city", "cities")):
                for surface in item.get(key) or ():
                    add(surface, ActorEntry(f"countries:{item['id']}", kind, code))
            for surface, seat_code in (item.get("seats") or {}).items():
                add(surface, ActorEntry(f"countries:{item['id']}", "seat", seat_code))
        for section in ("organizations", "groups"):
            for item in dicts[section]:
                entry = ActorEntry(f"{section}:{item['id']}", item.get("kind") or section, item["code"])
                for surface in item["names"]:
                    add(surface, entry)
        for item in dicts["people"]:
            roles = tuple(
                sorted(
                    (Role(r["code"], r["start"], r.get("end"), r.get("title")) for r in item["roles"]),
                    key=lambda r: r.start,
                )
            )
            entry = ActorEntry(f"people:{item['id']}", "person", roles[-1].code, roles,
                               item.get("default"), item.get("gender") or DEFAULT_GENDER)
            for surface in item["names"]:
                add(surface, entry)
                if "-" in surface:  # "Ban Ki-moon" is also written "Ban Ki-Moon"
                    add("-".join(part[:1].upper() + part[1:] for part in surface.split("-")),
                        entry)
        agents: dict[str, ActorEntry] = {}
        for item in dicts["agents"]:
            entry = ActorEntry(f"agents:{item['id']}", "agent", item["code"])
            for word in item["words"]:
                for form in plural_forms(str(word).lower()):
                    agents.setdefault(form, entry)
        return cls({k: tuple(v) for k, v in named.items()}, agents)

    def non_place_names(self) -> frozenset[str]:
        """Surface forms that name organisations, armed groups or people and no place
        ("Hamas", "Petraeus"): never read as a town that happens to share the name."""
        places = {surface for surface, entries in self.named.items()
                  if any(e.kind in PLACE_KINDS for e in entries)}
        names = {surface for surface, entries in self.named.items()
                 if all(e.kind not in PLACE_KINDS for e in entries)}
        # and the surnames of listed people ("the Bush administration" is not in Būsh, Egypt)
        surnames = {surface.split()[-1] for surface, entries in self.named.items()
                    if " " in surface and any(e.kind == "person" for e in entries)}
        return frozenset(names | {s for s in surnames if s not in places and s[:1].isupper()})


CONTINENT_PARTS = frozenset({"latin", "south", "central", "north", "pan", "meso"})
"""Words before "American" that make it a continent's or a region's ("Latin American leaders",
"a North American trade agreement"), not the United States'."""


def _continental(doc: Doc, start: int, entries: tuple[ActorEntry, ...]) -> bool:
    """"American" of "Latin American", "South American", "Pan-American" ("Central Americans"):
    no American."""
    if doc[start].lower_ not in ("american", "americans") or entries[0].kind != "adjective":
        return False
    before = start - 1
    if before >= 1 and doc[before].text == "-":
        before -= 1
    return before >= 0 and doc[before].lower_ in CONTINENT_PARTS


def _variants(surface: str) -> Iterator[str]:
    surface = str(surface).strip()
    yield surface
    if surface.startswith("the "):
        yield surface[4:]
    if "’" in surface:
        yield surface.replace("’", "'")
    article = surface.split("-", 1)[0]
    if "-" in surface and article in NAME_ARTICLES and article.islower():
        yield surface[0].upper() + surface[1:]  # "Al-Bashir" opening a sentence


CASELESS_MIN_CHARS = 5
"""People's names and nationality adjectives are also matched in any case ("president obama",
"tunisian rioters") when long enough; other names stay case-sensitive ("us" is not "US")."""
CASE_SENSITIVE_WORDS = frozenset({"polish", "turkey", "china", "jordan", "chad", "guinea",
                                  "georgia", "niger", "french", "swiss", "dutch", "german"})
"""Lower-case words that are ordinary English (or too often capitalised wrongly to trust)."""


def _caseless_kind(surface: str, entries: tuple[ActorEntry, ...]) -> str | None:
    """"person" or "adjective" when ``surface`` may also be matched in lower case."""
    kinds = {e.kind for e in entries}
    if surface.lower() in CASE_SENSITIVE_WORDS or "-" in surface or len(kinds) != 1:
        return None
    kind = kinds.pop()
    if kind == "person" and (" " in surface or len(surface) >= CASELESS_MIN_CHARS):
        return kind
    if kind == "adjective" and len(surface) >= CASELESS_MIN_CHARS and " " not in surface:
        return kind
    return None


class ActorMatcher:
    """Finds dictionary mentions in docs with spaCy ``PhraseMatcher``s."""

    def __init__(self, nlp: Language, lexicon: ActorLexicon) -> None:
        self.lexicon = lexicon
        self._named = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._people = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._adjectives = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._agents = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._entries: dict[int, tuple[ActorEntry, ...]] = {}
        # initials of the first names people are listed with ("Giorgio Napolitano": G)
        self._initials: dict[str, set[str]] = {}
        # the people listed by a first name and a surname, to find them with a middle
        # initial between ("Susan E. Rice")
        self._first_and_last: dict[tuple[str, str], tuple[ActorEntry, ...]] = {}
        strings = nlp.vocab.strings
        for surface, entries in lexicon.named.items():
            if " " in surface and surface[:1].isupper():
                for entry in entries:
                    if entry.kind == "person":
                        self._initials.setdefault(entry.id, set()).add(surface[0])
                parts = surface.split()
                if len(parts) == 2 and all(e.kind == "person" for e in entries):
                    self._first_and_last[(parts[0], parts[1])] = entries
            key = f"deeppol.named:{surface}"
            self._entries[strings.add(key)] = entries
            self._named.add(key, [nlp.make_doc(surface)])
            caseless = _caseless_kind(surface, entries)
            if caseless == "person":
                self._people.add(key, [nlp.make_doc(surface)])
            elif caseless == "adjective":
                self._adjectives.add(key, [nlp.make_doc(surface)])
        for surface, entry in lexicon.agents.items():
            key = f"deeppol.agent:{surface}"
            self._entries[strings.add(key)] = (entry,)
            self._agents.add(key, [_phrase(nlp, surface)])

    def find(self, doc: Doc) -> list[Mention]:
        """Non-overlapping mentions, longest first; named actors win ties over role words."""
        found = [(s, e, self._entries[k], 1) for k, s, e in self._named(doc)]
        # a lower-case name counts after a capitalised word ("President obama"), not in prose
        found += [(s, e, self._entries[k], 1) for k, s, e in self._people(doc)
                  if not doc[s].is_lower or s == 0 or not doc[s - 1].is_lower]
        found += [(s, e, self._entries[k], 1) for k, s, e in self._adjectives(doc)]
        found += [(s, e, self._entries[k], 0) for k, s, e in self._agents(doc)]
        found += self._with_middle_initial(doc, {(s, e) for s, e, _, _ in found})
        # "Donald Trump Jr." is of Donald Trump's country, in none of his offices
        found = [(s, e, _namesakes(entries) if _next_generation(doc, e, entries) else entries, n)
                 for s, e, entries, n in found]
        named_first = _first_uses(doc, found)
        surnames = {doc[s].text for s, e, entries, _ in found if _role_as_surname(doc, s, e, entries)}
        # "Rep. Jim Jordan ... Jordan asked": a country's name first written as a surname is
        # that surname after it, too
        named_as = {doc[s].text: s for s, e, entries, _ in reversed(found)
                    if entries[0].kind == "country" and _surname(doc, s, e, entries)}
        known = {i for s, e, entries, named in found if named and entries[0].kind != "party"
                 for i in range(s, e)}
        mentioned = {i for s, e, entries, _ in found if entries[0].kind != "party" for i in range(s, e)}
        found = [m for m in found if not _first_name(doc, m[0], m[1], m[2])
                 and not _inside_party_name(doc, m[0], m[1], m[2], known)
                 and not _party_word_in_other_name(doc, m[0], m[1], m[2], mentioned)
                 and not _ordinary_party_word(doc, m[0], m[1], m[2])
                 and not _new_namesake(doc, m[0], m[2])
                 and not _named_building(doc, m[1], m[2]) and not _ship_name(doc, m[0])
                 and not _counted_parties(doc, m[0], m[2])
                 and not _named_document(doc, m[0], m[1], m[2])
                 and not _no_such_role(doc, m[0], m[1], m[2])
                 and not _surname(doc, m[0], m[1], m[2]) and not _general_of_office(doc, m[0], m[1])
                 and not (m[1] - m[0] == 1 and m[0] > named_as.get(doc[m[0]].text, len(doc))
                          and m[2][0].kind == "country")
                 and not _continental(doc, m[0], m[2])
                 and not _other_town(doc, m[1], m[2], found)
                 and not _role_surname(doc, m[0], m[1], m[2], surnames)
                 and not _surname_role(doc, m[0], m[1], m[2], mentioned)
                 and not self._namesake(doc, m[0], m[1], m[2], named_first)]
        found.sort(key=lambda m: (-(m[1] - m[0]), -m[3], m[0]))
        taken: set[int] = set()
        mentions: list[Mention] = []
        for start, end, entries, _ in found:
            if taken.intersection(range(start, end)):
                continue
            taken.update(range(start, end))
            mentions.append(Mention(start, end, entries[0]))
        mentions.sort(key=lambda m: m.start)
        return mentions

    def _with_middle_initial(self, doc: Doc, matched: set[tuple[int, int]]
                             ) -> list[tuple[int, int, tuple[ActorEntry, ...], int]]:
        """Listed people written with a middle initial ("Susan E. Rice", "Robert M. Gates")
        that no listed name matched whole."""
        found = []
        for token in doc[1:-1]:
            if _middle_initial(token) and (token.i - 1, token.i + 2) not in matched:
                entries = self._first_and_last.get((doc[token.i - 1].text, doc[token.i + 1].text))
                if entries is not None:
                    found.append((token.i - 1, token.i + 2, entries, 1))
        return found

    def _namesake(self, doc: Doc, start: int, end: int, entries: tuple[ActorEntry, ...],
                  named_first: dict[str, int]) -> bool:
        """A listed surname after another first name is someone else: "Janet Napolitano" is
        not Giorgio Napolitano ("Sergei Lavrov" still is Sergey Lavrov); so is the bare surname
        of a person the article first named that way ("Jay Carney ... Carney said")."""
        if end - start != 1 or entries[0].kind != "person":
            return False
        initials = self._initials.get(entries[0].id)
        if not initials:
            return False
        first = named_first.get(doc[start].text, start)
        before = first - 1
        # "Sayyed al-Badawi" is not Abdullah Badawi: the article is part of the surname
        if (before >= 2 and doc[before].text == "-" and not doc[before - 1].whitespace_
                and doc[before - 1].lower_ in NAME_ARTICLES):
            before -= 2
        if before >= 1 and _middle_initial(doc[before]) and given_name(doc[before - 1]):
            before -= 1  # "Leon E. Panetta" is Leon Panetta
        return before >= 0 and given_name(doc[before]) and doc[before].text[0] not in initials


def _phrase(nlp: Language, surface: str) -> Doc:
    """The tokens of a dictionary phrase; an abbreviation ("sen.") stays one token, as the
    tokenizer reads it in running text ("Sen. John McCain")."""
    if surface.endswith(".") and " " not in surface:
        return Doc(nlp.vocab, words=[surface])
    return nlp.make_doc(surface)


def _general_of_office(doc: Doc, start: int, end: int) -> bool:
    """"General" that is no military rank: part of an office ("Inspector General of Police",
    "Attorney General") or of a body's name ("the General Department of Atomic Energy"), or an
    adjective ("a general strike")."""
    if end - start != 1 or doc[start].lower_ != "general":
        return False
    if doc[start].is_lower and doc[start].dep_ == "amod":
        return True  # "a general strike", "the general prosecutor's office"
    before = doc[start - 1].lower_ if start > 0 else ""
    after = doc[end] if end < len(doc) else None
    return before in OFFICES_GENERAL or (
        after is not None and after.is_title and after.lemma_.lower() in BODIES_GENERAL)


OTHER_PARTIES = frozenset({"third", "birthday", "dinner", "search", "working", "garden", "house",
                           "pool", "christmas", "holiday", "launch", "costume", "farewell",
                           "wedding", "engagement", "cocktail", "tea", "victory", "watch",
                           "warring", "contracting", "negotiating", "injured", "aggrieved",
                           "interested", "guilty", "responsible", "concerned"})
"""Words before "party" that make it no political party: "a third-party provider", "a birthday
party", "the warring parties" (the sides of a war are actors, but not parties)."""


def _no_such_role(doc: Doc, start: int, end: int, entries: tuple[ActorEntry, ...]) -> bool:
    """A "party" that is a gathering, a side of a conflict or of a contract, not a political
    party; so is "a party to the conflict". Nor is the "Union" of the State of the Union a
    trade union, nor social media the press, nor the People's Theatre civilians, nor "public"
    before a noun ("public support") the public."""
    if entries[0].kind != "agent":
        return False
    if doc[start].text == "Union" and start >= 3 and [
            t.text for t in doc[start - 3:start]] == ["State", "of", "the"]:
        return True  # "the State of the Union address": no trade union
    if doc[start].lower_ == "media" and start >= 1 and doc[start - 1].lower_ == "social":
        return True  # "social media warnings": posts, not the press
    if (doc[start].text == "People" and end + 1 < len(doc) and doc[end].text in ("'s", "’s")
            and doc[end + 1].is_title):
        return True  # "the People's Theatre", "the People's Daily": a name, not civilians
    if doc[end - 1].lower_ == "public" and (doc[end - 1].pos_ != "NOUN" or (
            end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN"))):
        return True  # "public support", "public remarks": no one ("the public" is)
    if entries[0].code != "PTY" or doc[end - 1].lemma_ != "party":
        return False
    before = start - 1
    if before >= 1 and doc[before].text == "-":
        before -= 1
    if before >= 0 and doc[before].lower_ in OTHER_PARTIES:
        return True
    return any(c.dep_ == "prep" and c.lower_ == "to" for c in doc[end - 1].children)


def _first_uses(doc: Doc, found: list[tuple[int, int, tuple[ActorEntry, ...], int]],
                ) -> dict[str, int]:
    """Where each one-word listed person's name first occurs in ``doc`` (the matcher found
    every occurrence, so the earliest match is the first use)."""
    first: dict[str, int] = {}
    for start, end, entries, _ in sorted(found, key=lambda m: m[0]):
        if end - start == 1 and entries[0].kind == "person":
            first.setdefault(doc[start].text, start)
    return first


def given_name(token: Token) -> bool:
    """A capitalised proper noun that is no title: what may be a first name before a surname."""
    return token.pos_ == "PROPN" and token.is_title and token.lower_ not in TITLES


def _middle_initial(token: Token) -> bool:
    """A middle name's initial between a first name and a surname: the "E." of "Leon E.
    Panetta"."""
    return len(token.text) == 2 and token.text[0].isupper() and token.text[1] == "."


def _surname(doc: Doc, start: int, end: int, entries: tuple[ActorEntry, ...]) -> bool:
    """A one-word town or seat after a first name is a surname: "Robert Amsterdam", "Denzel
    Washington" (not "New York", "North Jakarta", "on Tuesday Washington said"); so is a
    country's name after a title and a first name ("Rep. Jim Jordan")."""
    if end - start != 1 or start == 0:
        return False
    before = doc[start - 1]
    if entries[0].kind == "country":
        return doc[start].is_title and _after_title_and_first_name(doc, start)
    if entries[0].kind not in TOWN_KINDS:
        return False
    if before.text == "-" and start >= 2 and not doc[start - 2].whitespace_:
        return given_name(doc[start - 2])  # "Josue Fuentes-Ponce": no town in Puerto Rico
    return (given_name(before) and not before.ent_type_
            and before.lower_ not in PLACE_PREFIXES
            and (start < 2 or doc[start - 2].lower_ not in PLACE_PREFIXES))


PERSONAL_TITLES = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sen", "sen.",
                             "rep", "rep.", "gov", "gov.", "senator", "representative",
                             "congressman", "congresswoman"})
"""Titles before a person's full name: what a role word after "Rep. Peter" is the surname in."""


HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr."})
"""Titles that only ever stand before a surname ("Mr. King")."""


NAME_SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})
"""What may follow a surname ("Martin Luther King Jr.")."""


def _role_as_surname(doc: Doc, start: int, end: int, entries: tuple[ActorEntry, ...]) -> bool:
    """A capitalised role word after a title and a first name, or right after "Mr." or "Dr.",
    is a surname: "Rep. Peter King", "Sen. Angus King", "Mr. King" (not "King Salman", "the
    Health Minister")."""
    return (end - start == 1 and entries[0].kind == "agent" and doc[start].is_title
            and (_after_title_and_first_name(doc, start)
                 or (start >= 1 and doc[start - 1].lower_ in HONORIFICS))
            and not _before_a_name(doc, end))


SURNAME_ROLES = frozenset({"King", "Prince", "Bishop"})
"""Role words that are also common surnames."""
TITLE_PARTS = frozenset({"Crown", "Grand", "Supreme", "Prime", "Vice", "Deputy", "Prince"})
"""Capitalised words that begin a longer title ("Crown Prince"), not a first name."""


def _surname_role(doc: Doc, start: int, end: int, entries: tuple[ActorEntry, ...],
                  mentioned: set[int]) -> bool:
    """A role word that is a common surname, after a first name no dictionary knows and before
    no name: "CNN's John King", "Martin Luther King Jr.", "Erik Prince" (not "the Saudi King",
    "Crown Prince Mohammed", "King Abdullah")."""
    before = start - 1
    return (end - start == 1 and entries[0].kind == "agent" and doc[start].text in SURNAME_ROLES
            and before >= 0 and before not in mentioned and given_name(doc[before])
            and doc[before].text not in TITLE_PARTS and not doc[before].is_sent_start
            and not _before_a_name(doc, end))


def _before_a_name(doc: Doc, end: int) -> bool:
    """Whether a name follows (a title's: "King Abdullah"), not a suffix ("King Jr.")."""
    return end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text not in NAME_SUFFIXES


def _after_title_and_first_name(doc: Doc, start: int) -> bool:
    """Whether the word at ``start`` follows a personal title and a first name ("Rep. Peter
    _King_"): the place of a surname."""
    return start >= 2 and doc[start - 2].lower_ in PERSONAL_TITLES and given_name(doc[start - 1])


def _role_surname(doc: Doc, start: int, end: int, entries: tuple[ActorEntry, ...],
                  surnames: set[str]) -> bool:
    """A role word that is a surname in this article ("Rep. Peter King ... King questioned
    whether"), unless it stands as a title before a name ("King Abdullah")."""
    return (end - start == 1 and entries[0].kind == "agent" and doc[start].text in surnames
            and not _before_a_name(doc, end))


def _inside_party_name(doc: Doc, start: int, end: int, entries: tuple[ActorEntry, ...],
                       known: set[int]) -> bool:
    """A listed party's name inside a longer one is another party: "Japan's Liberal Democratic
    Party", "the People's Democratic Party", "the Democratic Party of Japan" are not the
    American Democrats (a word the dictionaries know may precede: "the U.S. Democratic
    Party", "Trump's Republican Party")."""
    if entries[0].kind != "party" or doc[end - 1].lower_ != "party":
        return False
    before = start - 1
    if before >= 1 and doc[before].text in ("'s", "’s"):
        before -= 1
    if (before >= 0 and before not in known and not doc[before].is_sent_start
            and (doc[before].is_title or doc[before].is_upper) and doc[before].is_alpha
            and doc[before].lower_ not in TITLES):
        return True
    return (end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].ent_type_ == "GPE")


PARTY_NAME_NEIGHBOURS = frozenset({"house", "senate", "congressional", "caucus", "whip",
                                   "congressman", "congresswoman", "representative", "gov.",
                                   "gov", "presidential"})
"""Capitalised words beside a party's adjective that keep it the party's: "House Democratic
leader", "Democratic Senate candidate" (not "the Democratic National Convention")."""
PARTY_WORD_HEADS = TITLES | PERSONAL_TITLES | PARTY_NAME_NEIGHBOURS
"""Capitalised words after a party's adjective that keep it the party's: titles and those."""


def _party_word_in_other_name(doc: Doc, start: int, end: int, entries: tuple[ActorEntry, ...],
                              mentioned: set[int]) -> bool:
    """A party's name that is only an adjective ("Democratic", never a noun as "Republican" or
    "Democrat" are) inside another capitalised name is no party: "the Democratic Alliance",
    "the Christian Democratic Union", "the Democratic Forces for the Liberation of Rwanda".
    Before a role or a legislator's title it stays one ("Democratic lawmakers", "Democratic
    Sen. Chris Murphy", "House Democratic leader Nancy Pelosi")."""
    token = doc[start]
    if end - start != 1 or entries[0].kind != "party" or not token.lower_.endswith("ic"):
        return False
    after = doc[end] if end < len(doc) else None
    if (after is not None and after.is_title and after.is_alpha
            and after.lower_ not in PARTY_WORD_HEADS):
        return True
    before = doc[start - 1] if start > 0 else None
    return (before is not None and before.is_title and before.is_alpha and not before.is_sent_start
            and start - 1 not in mentioned and before.lower_ not in PARTY_NAME_NEIGHBOURS)


ORDINARY_PARTY_WORDS = frozenset({"conservative", "conservatives", "liberal", "liberals",
                                  "green", "greens"})
"""Parties' names that are also ordinary political words: the plural opening a sentence
("Conservatives in Congress oppose it") and the adjective before other words than
``PARLIAMENTARY_WORDS`` ("Conservative groups") are those words, no British party."""


PARLIAMENTARY_WORDS = frozenset({"mp", "mps", "party", "leader", "leadership", "government",
                                 "governments", "minister", "ministers", "peer", "peers",
                                 "councillor", "councillors", "backbencher", "backbenchers",
                                 "whip", "legislators", "rebels", "association", "conference",
                                 "candidate", "members", "member"})
"""Words after a party's ordinary adjective that keep it the party: "Conservative MPs rejected
the deal" (not "Conservative critics say")."""


def _ordinary_party_word(doc: Doc, start: int, end: int, entries: tuple[ActorEntry, ...]) -> bool:
    """A party's name that is an ordinary word: a plural opening a sentence ("Conservatives
    oppose it"), an adjective before anything but a party's member or body ("Conservative
    groups object"; not "Conservative MPs", "the Conservative government")."""
    word = doc[start].lower_
    if end - start != 1 or entries[0].kind != "party" or word not in ORDINARY_PARTY_WORDS:
        return False
    if word.endswith("s"):
        return doc[start].is_sent_start
    return not (end < len(doc) and doc[end].lower_ in PARLIAMENTARY_WORDS)


BUILDINGS = frozenset({"Tower", "Towers", "Center", "Centre", "Hotel", "Building", "Plaza",
                       "Airport", "Library", "Stadium", "Hall", "Bridge", "Street", "Avenue",
                       "Boulevard", "Square", "Park", "Museum", "Memorial", "University",
                       "School", "Foundation", "Institute", "Organization", "Doctrine", "Prize"})
"""Words after a person's name that make it the name of a place or body: "Trump Tower", "the
Kennedy Center", "the Clinton Foundation"."""


SHIP_PREFIXES = frozenset({"USS", "USNS", "HMS", "HMCS", "HMAS", "HMNZS", "INS"})
"""What opens a warship's name ("USS Philippine Sea", "HMS Queen Elizabeth")."""


def _ship_name(doc: Doc, start: int) -> bool:
    """A word of a warship's name: "Philippine" of "USS Philippine Sea" is no country (the
    prefix itself names the navy)."""
    for i in range(start - 1, max(-1, start - 4), -1):
        if doc[i].text in SHIP_PREFIXES:
            return True
        if not doc[i].is_title:
            return False
    return False


def _named_building(doc: Doc, end: int, entries: tuple[ActorEntry, ...]) -> bool:
    """A person's name that names a building or body ("the Trump Tower meeting") is no
    person."""
    return entries[0].kind == "person" and end < len(doc) and doc[end].text in BUILDINGS


DOCUMENT_NAMES = frozenset({"Agreement", "Agreements", "Accord", "Accords", "Treaty", "Treaties",
                            "Pact", "Convention", "Conventions", "Protocol", "Declaration",
                            "Charter", "Memorandum", "Communique", "Consensus", "Act", "Deal",
                            "Initiative", "Order", "Orders"})
"""The last word of a document's or programme's name: "the Paris Agreement", "the Oslo
Accords", "the Taiwan Relations Act", "Executive Order 11905"."""


def _counted_parties(doc: Doc, start: int, entries: tuple[ActorEntry, ...]) -> bool:
    """"six-party talks", "a third-party candidate", "multi-party elections": sides counted,
    no political party."""
    return (entries[0].kind == "agent" and doc[start].lemma_.lower() == "party" and start >= 2
            and doc[start - 1].text == "-" and not doc[start - 2].whitespace_
            and (doc[start - 2].like_num or doc[start - 2].lower_ in COUNTING_WORDS))


COUNTING_WORDS = frozenset({"multi", "third", "all", "cross", "single"})
"""Words besides numbers that count parties before a hyphen ("multi-party", "cross-party")."""


def _namesakes(entries: tuple[ActorEntry, ...]) -> tuple[ActorEntry, ...]:
    """Someone of a listed person's name and country who holds none of the person's roles."""
    return tuple(replace(e, id=f"{e.id}/namesake", roles=(), default=(e.default or e.code)[:3])
                 for e in entries)


def _next_generation(doc: Doc, end: int, entries: tuple[ActorEntry, ...]) -> bool:
    """A listed person's name with a generational suffix is a namesake: "Donald Trump Jr." is
    not Donald Trump."""
    if entries[0].kind != "person":
        return False
    following = [t.text for t in doc[end:end + 2]]
    if following[:1] == [","]:
        following = following[1:]
    return bool(following) and following[0] in GENERATIONS


GENERATIONS = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})
"""Suffixes that tell a son or father from the one of the same name."""


def _named_document(doc: Doc, start: int, end: int, entries: tuple[ActorEntry, ...]) -> bool:
    """A place or person a document is named after is no party to what is done with it: "China
    joined the Paris Agreement", "signed the U.S.-Mexico-Canada Agreement", "the Treaty of
    Moscow"; so is a role word in its name ("the Intermediate-range Nuclear Forces Treaty")."""
    if entries[0].kind not in PLACE_KINDS | {"person", "agent"}:
        return False
    if (start >= 2 and doc[start - 1].lower_ in ("of", "on") and doc[start - 2].text in DOCUMENT_NAMES
            and not doc[start - 2].is_sent_start):
        return True
    i = end
    while i < len(doc) and (doc[i].is_title or doc[i].is_upper or doc[i].text == "-") and (
            doc[i].is_alpha or doc[i].text in ("-", ".")):
        if doc[i].text in DOCUMENT_NAMES:
            return True
        i += 1
    return _town_of_accord(doc, end, entries)


ACCORDS = frozenset({"agreement", "agreements", "accord", "accords", "deal", "treaty", "pact",
                     "protocol", "convention", "conventions"})
ACCORD_KINDS = frozenset({"climate", "peace", "ceasefire", "truce"})
"""What an accord named after a capital is about ("the Paris climate agreement"; "the Tehran
deal" is Iran's)."""


def _town_of_accord(doc: Doc, end: int, entries: tuple[ActorEntry, ...]) -> bool:
    """A town an accord is named after, in lower case: "the Paris climate agreement", "the
    Minsk peace deal", "the Kyoto protocol" (no party to it)."""
    if entries[0].kind not in ("city", "capital"):
        return False
    words = [t for t in doc[end:end + 3] if t.is_lower or t.text == "-"]
    for n, token in enumerate(words):
        if token.i != end + n:
            return False
        if token.lower_ in ACCORDS:
            return entries[0].kind == "city" or any(t.lower_ in ACCORD_KINDS for t in words[:n])
    return False


def _other_town(doc: Doc, end: int, entries: tuple[ActorEntry, ...],
                found: list[tuple[int, int, tuple[ActorEntry, ...], int]]) -> bool:
    """A listed town followed by the name of a state or country that is not its own is
    another town: "Oxford, Mississippi", "Paris, Texas", "London, Ontario" (not "Oxford,
    England" when the dictionaries know England as Britain's, nor "Paris, France")."""
    if entries[0].kind not in TOWN_KINDS or end + 1 >= len(doc) or doc[end].text != ",":
        return False
    after = doc[end + 1]
    if after.pos_ != "PROPN" or not after.is_title or after.ent_type_ not in ("GPE", "LOC"):
        return False
    return not any(s == end + 1 and other[0].code[:3] == entries[0].code[:3]
                   for s, _, other, _ in found)


def _new_namesake(doc: Doc, start: int, entries: tuple[ActorEntry, ...]) -> bool:
    """A country's name after "New" is another place: "New Mexico", "New Jersey" (a listed
    "New Zealand" is matched whole)."""
    return entries[0].kind == "country" and start > 0 and doc[start - 1].text == "New"


NAMED_AFTER = frozenset({"administration", "government", "campaign", "regime", "foundation",
                         "tower", "doctrine", "presidency", "era", "team", "library", "center",
                         "centre", "institute", "white", "house", "cabinet", "family"})
"""Capitalised words after a person's name that make a thing of theirs, no second name."""


def _first_name(doc: Doc, start: int, end: int, entries: tuple[ActorEntry, ...]) -> bool:
    """A one-word place after a title and before a surname is a first name: "Homeland
    Security Secretary Chad Wolf", "Foreign Minister Israel Katz" (not Chad or Israel); so is a
    listed person's one-word name there: "Dr. Xi Li" is no Xi Jinping."""
    return (end - start == 1 and start > 0 and end < len(doc)
            and (entries[0].kind in PLACE_KINDS or (
                entries[0].kind == "person" and doc[end].text not in NAME_SUFFIXES))
            and doc[start - 1].lower_ in TITLES  # (which hold "Mr." and "Dr.")
            and doc[end].pos_ == "PROPN" and doc[end].is_title
            and doc[end].ent_type_ != "DATE"  # ("President Obama Thursday criticized")
            and doc[end].lower_ not in NAMED_AFTER)  # ("President Obama Administration")

