"""Rule-based named entities: the dates and places the coder reads, without the NER model.

The coder reads three kinds of entity: dates (the event date, and "agreed on Wednesday" is no
particle), places (where an event happened, and towns that stand for their country), and
people's names (which are never places). In ``en_core_web_sm`` the statistical NER component
has its own embedding layer and costs about as much as everything else in the pipeline put
together, yet the coder needs none of its other labels. ``RuleEntities`` sets the same
annotations from what the pipeline and the coder already have:

- ``DATE``: the date expressions the date resolver reads (``timex.date_expressions``);
- ``GPE`` / ``LOC``: runs of proper nouns ("New Delhi", "the Gaza Strip", "Republic of Korea"),
  or a country name that starts them ("U.S." of "U.S. Embassy"), that the offline gazetteer
  knows (``LOC`` for regions);
- ``PERSON``: a single proper noun that ended a longer name earlier in the text ("Jackson"
  after "Michael Jackson"), or follows a title ("Mr.", "President"), so a surname that is
  also a town is not read as a place.

``Settings.entities = "model"`` keeps spaCy's NER instead.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from deeppol.coding.places import Gazetteer
from deeppol.coding.structure import first_conjunct
from deeppol.coding.timex import date_expressions

NAME_LINKS = frozenset({"of", "the", "-", "and"})
"""Words that may join the parts of one place name ("Republic of the Congo", "Bosnia and
Herzegovina", "Guinea-Bissau") when proper nouns follow them."""
NAME_PARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "az", "bin", "ibn", "bint",
                            "abu", "ben", "ould"})
"""Lower-case particles inside Arabic names, before a hyphen ("Ahmad al-Hayali", "Deir
al-Zour"): the name runs on through them."""
TITLES = frozenset({
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sen", "sen.", "rep", "rep.", "gen",
    "gen.", "president", "minister", "secretary", "senator", "governor", "mayor", "general",
    "chancellor", "king", "queen", "prince", "princess", "sheikh", "emir", "ayatollah", "pope",
    "spokesman", "spokeswoman", "spokesperson", "premier", "envoy", "ambassador", "judge",
    "lawmaker", "commander", "chief", "leader", "colonel", "lieutenant", "admiral", "director",
})
"""Words before a name that make it a person's name ("President Lincoln", "Mr. Jackson")."""
REGION_KINDS = frozenset({"region"})
SMALL_TOWN = 100_000
"""Towns below this population that act as a sentence's subject are read as people's names."""
ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "poss"})
"""Where a small town's name is a person's: as a verb's subject or object, or an owner."""
PERSON_RELATIVES = frozenset({"who", "whom", "whose"})
MAX_PLACE_TOKENS = 6
"""The longest place name looked up ("Democratic Republic of the Congo")."""


class RuleEntities:
    """Sets ``doc.ents`` from date expressions and gazetteer places (see module docstring)."""

    def __init__(self, gazetteer: Gazetteer, names: frozenset[str] = frozenset()) -> None:
        """``names``: proper names that are never places (organisations, groups, people of the
        actor dictionaries: "Hamas" is no misspelt "Hamm")."""
        self.gazetteer = gazetteer
        self.names = names

    def __call__(self, doc: Doc) -> Doc:
        doc.set_ents(filter_spans(self._dates(doc) + self._names(doc)), default="outside")
        return doc

    @staticmethod
    def _dates(doc: Doc) -> list[Span]:
        found = []
        for start, end in date_expressions(doc.text):
            span = doc.char_span(start, end, label="DATE", alignment_mode="expand")
            if span is not None:
                found.append(span)
        return found

    def _names(self, doc: Doc) -> list[Span]:
        found: list[Span] = []
        surnames: set[str] = set()
        for start, end in self._runs(doc):
            titled = start > 0 and doc[start - 1].lower_ in TITLES
            if end - start == 1 and (titled or doc[start].text in surnames):
                found.append(Span(doc, start, end, label="PERSON"))
                continue
            if doc[start:end].text in self.names:
                continue
            place = self._place_prefix(doc, start, end)
            if place is not None and (self._small_town_acting(place) or self._titled_partner(place)):
                found.append(Span(doc, start, end, label="PERSON"))  # "Kim visited", "Ali said"
            elif place is not None:
                found.append(place)
            elif end - start > 1 and doc[end - 1].is_title:
                surnames.add(doc[end - 1].text)  # "Michael Jackson": a later "Jackson" is him
        return found

    def _runs(self, doc: Doc) -> Iterator[tuple[int, int]]:
        """Proper-noun runs; one joined by "and" is split ("Japan and Australia") unless the
        whole names a place ("Bosnia and Herzegovina")."""
        for start, end in _proper_noun_runs(doc):
            joints = [i for i in range(start + 1, end - 1) if doc[i].lower_ == "and"]
            if not joints or self.gazetteer.lookup(doc[start:end].text) is not None:
                yield start, end
                continue
            yield from zip([start, *(j + 1 for j in joints)], [*joints, end], strict=True)

    def _small_town_acting(self, place: Span) -> bool:
        """A one-word small town as a party to a verb, or described by a "who" clause, is far
        likelier a person ("Kim visited the palace", "Trump and Kim exchanged insults", "calling
        Kim 'rocket man'", "a summit with Kim, who ...": no town of 18,000 in India)."""
        if len(place) != 1:
            return False
        token = place[0].head if place[0].dep_ == "conj" else place[0]
        partner = place[0].dep_ == "conj" and token.text in self.names  # "Trump and Kim"
        if token.dep_ not in ACTING_DEPS and not partner and not _described_as_someone(place[0]):
            return False
        entry = self.gazetteer.lookup(place.text)
        return entry is not None and entry.kind == "city" and entry.population < SMALL_TOWN

    def _titled_partner(self, place: Span) -> bool:
        """A one-word town joined to a titled name is a person's name too ("Presidents
        Eisenhower, Kennedy and Johnson": no Kennedy, Colombia); a country stays a country
        ("President Obama and France")."""
        if len(place) != 1 or place[0].dep_ != "conj":
            return False
        first = first_conjunct(place[0])
        entry = self.gazetteer.lookup(place.text)
        return (entry is not None and entry.kind == "city" and first.i > 0
                and _title_word(first.doc[first.i - 1]))

    def _place_prefix(self, doc: Doc, start: int, end: int) -> Span | None:
        """The longest start of the run that names a place: the whole of "New Delhi", "U.S."
        of "U.S. Secretary of State Hillary Clinton" (a part only when it names a country, so
        "the Washington Institute" is no place); never a later part, so "Jackson" of
        "Michael Jackson" stays a name."""
        # "Arab Spring", "Prague Spring": a capitalised word before the run makes it part of a
        # longer name, where a town ("Spring, Texas") is no place; countries and regions stay
        named = start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ == "ADJ"
        # so does a name that owns it and is no place, where the place would be a small town:
        # "Sungshin Women's University" is no University, Florida ("Syria's Aleppo" is
        # Aleppo, "Congress' Benghazi inquiry" Benghazi)
        owned = (start > 1 and doc[start - 1].tag_ == "POS" and doc[start - 2].pos_ == "PROPN"
                 and self.gazetteer.lookup(doc[start - 2].text) is None)
        for stop in range(min(end, start + MAX_PLACE_TOKENS), start, -1):
            if doc[stop - 1].lower_ in NAME_LINKS:
                continue
            entry = self.gazetteer.lookup(doc[start:stop].text)
            if entry is not None and named and entry.kind not in ("country", *REGION_KINDS):
                return None
            if entry is not None and owned and entry.kind == "city" and entry.population < SMALL_TOWN:
                return None
            if entry is not None and (stop == end or entry.kind == "country"):
                label = "LOC" if entry.kind in REGION_KINDS else "GPE"
                return Span(doc, start, stop, label=label)
        return None


def _title_word(token: Token) -> bool:
    """"President", "Mr.", also in the plural ("Presidents Bush and Obama")."""
    word = token.lower_
    return word in TITLES or (word.endswith("s") and word[:-1] in TITLES)


def _described_as_someone(token: Token) -> bool:
    """A name a "who" clause describes is a person's: "a summit with Kim, who invited ..."."""
    return any(child.dep_ == "relcl" and any(t.lower_ in PERSON_RELATIVES for t in child.children)
               for child in token.children)


def _proper_noun_runs(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token ranges of capitalised proper-noun runs, linked by ``NAME_LINKS``."""
    runs: list[tuple[int, int]] = []
    size = len(doc)
    i = 0
    while i < size:
        if not _is_name_token(doc, i):
            i += 1
            continue
        end = i + 1
        while end < size:
            if _is_name_token(doc, end):
                end += 1
            elif (doc[end].lower_ in NAME_LINKS and end + 1 < size
                  and _is_name_token(doc, end + 1)
                  and (doc[end].lower_ != "-" or not doc[end - 1].whitespace_)):
                end += 2
            elif (doc[end].lower_ in NAME_PARTICLES and doc[end].pos_ == "PROPN"
                  and end + 2 < size and doc[end + 1].text == "-"
                  and _is_name_token(doc, end + 2)):
                end += 3  # "Ahmad al-Hayali": one name, whose first word is no town
            else:
                break
        runs.append((i, end))
        i = end
    return runs


def _is_name_token(doc: Doc, i: int) -> bool:
    token = doc[i]
    return token.pos_ == "PROPN" and token.text[:1].isupper()
