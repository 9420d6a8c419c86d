"""Article-level memory for resolving "they", "it", "the two sides", "the group" and role words.

One ``ArticleContext`` lives for one article and is passed along; nothing is kept between
articles.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from spacy.tokens import Token

from deeppol.coding.dictionaries import Dictionaries
from deeppol.coding.structure import CLOSING_QUOTES, OPENING_QUOTES
from deeppol.types import ActorRef

PLURAL_PRONOUNS = frozenset({"they", "them", "both", "their"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
SINGULAR_PRONOUNS = frozenset({"it", "its"})
PRONOUN_GENDER = {"he": "he", "him": "he", "his": "he", "she": "she", "her": "she"}
"""Each pronoun for a person, and the sex it tells."""
PERSON_PRONOUNS = frozenset(PRONOUN_GENDER)
TITLE_GENDER = {"mr": "he", "mrs": "she", "ms": "she", "miss": "she", "sir": "he", "lady": "she",
                "king": "he", "queen": "she", "prince": "he", "princess": "she"}
"""Titles that tell a person's sex ("Mrs. Clinton")."""
NOUN_GENDER = {
    **{noun: "he" for noun in ("man", "father", "son", "grandson", "brother", "husband",
                               "boyfriend", "uncle", "nephew", "grandfather", "boy", "king",
                               "prince", "spokesman", "chairman", "congressman", "businessman",
                               "sheikh", "emir", "widower", "stepfather", "stepson")},
    **{noun: "she" for noun in ("woman", "mother", "daughter", "granddaughter", "sister", "wife",
                                "girlfriend", "aunt", "niece", "grandmother", "girl", "queen",
                                "princess", "spokeswoman", "chairwoman", "congresswoman",
                                "businesswoman", "widow", "stepmother", "stepdaughter")}}
"""Nouns that tell the sex of the one they name ("her 23-year-old grandson": no "she")."""
PLURAL_NOUNS = frozenset({"side", "country", "nation", "minister", "leader", "government",
                          "party", "state", "delegation"})
SINGULAR_NOUNS = frozenset({"country", "nation", "state"})
DIVIDES = frozenset({"border", "frontier", "boundary", "river", "line", "fence", "wall", "street",
                     "road", "strait", "channel", "ocean", "atlantic", "pacific", "dmz", "gulf",
                     "mountain", "mountains", "divide", "bridge", "checkpoint", "crossing"})
"""Places whose sides "both sides of" names ("on both sides of the border"): no parties."""
PLURAL_PEOPLE = frozenset({"minister", "leader"})
"""Of those, the ones that are people ("the two leaders")."""
MEN = frozenset({"man", "woman"})
"""People a story names by their sex ("the two men")."""
PERSON_ROLES = frozenset({"minister", "president", "leader", "spokesman", "spokeswoman",
                          "spokesperson", "official", "chief", "secretary", "ambassador", "envoy",
                          "king", "queen", "premier", "general", "commander", "chancellor",
                          "diplomat", "governor", "mayor", "senator", "lawmaker", "head",
                          "adviser", "advisor", "negotiator", "prosecutor", "judge", "officer",
                          "soldier", "man", "woman", "representative", "director", "emir",
                          "sheikh", "prince", "monarch", "counterpart"})
"""Role words naming one person ("he", "she"), not an institution ("it")."""
PARTY_MEMBERS = frozenset({"republican", "democrat"})
"""A party's name for one member ("the Kentucky Republican"): a person named before."""
EXPLETIVE_VERBS = frozenset({"be", "seem", "appear", "remain", "become"})
"""Verbs whose subject "it" may be a dummy for a clause ("it is clear that ...")."""
COSTS = frozenset({"time", "year", "month", "week", "day", "hour", "minute", "while", "effort",
                   "courage", "money", "work", "lot", "decade", "generation", "patience"})
"""What "it takes" to do something when the "it" is a dummy ("it takes years to ...")."""
IMPERSONAL_ADJECTIVES = frozenset({
    "clear", "unclear", "obvious", "right", "wrong", "important", "necessary", "essential",
    "crucial", "vital", "possible", "impossible", "likely", "unlikely", "easy", "hard",
    "difficult", "better", "best", "worth", "accurate", "inaccurate", "true", "false",
    "appropriate", "inappropriate", "fair", "unfair", "incumbent", "up", "early", "late",
    "dangerous", "safe", "enough", "time", "unacceptable", "acceptable", "ironic", "sad"})
"""Adjectives that judge a clause, not a thing: "it is clear that ...", "it's too early to"
("it is prepared to intercept" is someone's readiness)."""
ADVISING_ADJECTIVES = frozenset({
    "helpful", "unhelpful", "useful", "useless", "wise", "unwise", "foolish", "smart", "stupid",
    "pointless", "futile", "premature", "reasonable", "unreasonable", "legitimate", "proper",
    "improper", "counterproductive", "absurd", "ridiculous", "shameful", "outrageous", "legal",
    "illegal", "unthinkable", "inconceivable", "normal", "unusual", "rare", "common", "strange",
    "odd", "surprising", "unsurprising", "imperative", "urgent", "irresponsible", "naive",
    "tough", "tricky", "good", "bad", "fine", "okay"})
"""Adjectives that judge a clause only when it stands beside them: "it was not helpful to fault
the government", but "it was useful" is a thing."""

DIVIDED = ({"north": "PRK", "south": "KOR"}, {"north": "SDN", "south": "SSD"})
"""Countries a story calls "the North" and "the South"."""
BOTH_HALVES = {"koreas": ("PRK", "KOR"), "sudans": ("SDN", "SSD")}
"""Divided countries named together ("the two Koreas", "both Sudans"): North and South."""
GROUP_NOUNS = frozenset({"group", "organization", "organisation", "movement", "militia"})
BANDS = frozenset({"group", "movement", "militia"})
"""Group nouns that never stand for an intergovernmental body."""
CIVIC_WORDS = frozenset({"watchdog", "rights", "aid", "humanitarian", "advocacy", "relief",
                         "charity", "monitoring", "monitor", "environmental", "activist"})
"""Words that make "the group" a non-governmental one ("the watchdog group", "the rights
group"), never an armed group named last."""
NGO = "NGO"
INTERGOVERNMENTAL = "IGO"
PRESS_SECTOR = "MED"
PLACE = "place"
"""The kind of a country remembered only as where something happened ("its march in Iraq"):
"the country" may be it, "it" is not."""


GENDER_PRONOUNS = {"female": "she", "male": "he"}
"""The pronoun of each dictionary ``gender``."""


def given_names(dictionaries: Dictionaries) -> dict[str, str]:
    """Each given name of the ``names`` dictionary, with the pronoun it tells ("Christopher":
    "he"); a name listed for both sexes tells neither."""
    found: dict[str, set[str]] = {}
    for entry in dictionaries["names"]:
        for name in entry["names"]:
            found.setdefault(name, set()).add(GENDER_PRONOUNS[entry["gender"]])
    return {name: next(iter(sexes)) for name, sexes in found.items() if len(sexes) == 1}


STATE_STYLES = frozenset({"kingdom", "sultanate", "principality", "emirate"})
"""Words a state's formal name is styled by ("Kingdom of Saudi Arabia"): "the kingdom" is the
last such state named."""


def state_styles(dictionaries: Dictionaries) -> dict[str, frozenset[str]]:
    """The countries each of ``STATE_STYLES`` styles, by their formal names in the ``countries``
    dictionary ("kingdom": SAU, JOR, ... of "Kingdom of Saudi Arabia", "Hashemite Kingdom of
    Jordan")."""
    found: dict[str, set[str]] = {}
    for entry in dictionaries["countries"]:
        for name in entry["names"]:
            for word in name.lower().split():
                if word in STATE_STYLES:
                    found.setdefault(word, set()).add(entry["code"])
    return {style: frozenset(codes) for style, codes in found.items()}


NAMED_EARLIER = "named:"
"""Evidence entry of a bare name read as the person the article named in full ("named:Sen. John
McCain"): a person, never a local sector."""


def person_key(ref: ActorRef) -> str:
    """One person across mentions: the dictionary entry, else the name as first found (also
    for a bare name read back to it: "Mr. Heseltine" after "Michael Heseltine, a former
    minister")."""
    return next((e for e in ref.entries if e.startswith("people:")), None) or next(
        (e.removeprefix(NAMED_EARLIER) for e in ref.entries if e.startswith(NAMED_EARLIER)),
        ref.text)


@dataclass(slots=True)
class ArticleContext:
    """What earlier sentences of the article established."""

    agent_country: dict[str, str] = field(default_factory=dict)
    recent: list[tuple[str, ActorRef]] = field(default_factory=list)
    last_plural: tuple[ActorRef, ...] = ()
    """The last two or more sides ("the two sides", "both")."""
    last_they: tuple[ActorRef, ...] = ()
    """What "they" refers to: the last sides, or a plural noun named since ("rebels")."""
    titled: dict[str, ActorRef] = field(default_factory=dict)
    """The last person named with each title ("president": President Obama)."""
    names: dict[str, tuple[str, ActorRef]] = field(default_factory=dict)
    """The person each first and last name stood for ("Zhang", "Wei" of "spokesman Zhang
    Wei"): a later bare "Zhang" is that person."""
    stranger: str | None = None
    """Set when a person the dictionaries do not know ("Pinkston said ...") was named as a
    subject after the last known one: a later "he" may be that stranger, so it is no one known.
    ``"he"`` or ``"she"`` when a title told ("Mr. Landis": a later "she" is someone else), else
    ``"?"``."""
    strangers: bool = False
    """Set when a plural subject naming no actor ("the couple was radicalized", "the men")
    came after the last actors named as subjects: a later "they" is those, no one known."""
    genders: dict[str, tuple[str, bool]] = field(default_factory=dict)
    """"he" or "she" for each person, by ``person_key``, and whether that is sure (the
    dictionary or a title: "Mrs. Clinton") or only read off a pronoun ("May said she ..."): a
    later pronoun of the other one passes that person over."""
    given_names: Mapping[str, str] = field(default_factory=dict)
    """Given names that tell a person's sex ("Christopher": "he"), from ``given_names``."""
    styles: Mapping[str, frozenset[str]] = field(default_factory=dict)
    """The countries "the kingdom", "the sultanate" ... may be, from ``state_styles``."""
    main_person: ActorRef | None = None
    """The one person the last sentence's main clause was about: a quote's "he said" right after
    is more likely that person than one the sentence named later ("Obama reiterated that Assad
    must leave. 'It's not going to be easy,' he said": Obama)."""
    main_subject: ActorRef | None = None
    """The institution the last sentence's main clause was about: a main clause's "It said"
    right after is that one, not whatever was named last ("The White House ... called on
    Pyongyang to ...")."""
    sides_read: dict[int, tuple[ActorRef, ...]] = field(default_factory=dict)
    """What each "the two sides" of the current sentence was read as, by token: read once, so
    the sides of "Egypt brokered a deal between the two sides" stay the ones before Egypt's own
    events (cleared by ``begin_sentence``)."""

    def begin_sentence(self) -> None:
        self.sides_read.clear()

    def remember(self, refs: list[tuple[str, ActorRef]], plural: bool = False,
                 performer: bool = True) -> None:
        """Record the actors of one argument (several when conjoined; ``plural`` when its head
        is a plural noun: "rebel fighters claim they shot ..."). A person known who acts
        (``performer``) stands between a later "he" and an unknown one named before; one only
        acted upon does not ("Daniels had an affair with Trump. She ...")."""
        if not refs:
            return
        self.recent.extend(refs)
        del self.recent[:-30]
        self.strangers = False
        if performer and any(kind == "person" for kind, _ in refs):
            self.stranger = None
        codes = {ref.code for _, ref in refs}
        if len(codes) > 1:
            self.last_plural = self.last_they = tuple(ref for _, ref in refs)
        elif plural:
            self.last_they = tuple(ref for _, ref in refs)

    def meet_stranger(self, name: Token) -> None:
        """A person no dictionary knows was the subject of a clause ("Pinkston said ...")."""
        self.stranger = self.sex_told(name) or "?"

    def sex_told(self, name: Token) -> str | None:
        """"he" or "she" as a name's title ("Mrs. Landis") or, failing one, its given name
        ("J. Christopher Stevens") tells, else None."""
        before = [t for t in name.lefts if t.dep_ in ("compound", "flat")]
        told = [TITLE_GENDER[t.lower_.rstrip(".")] for t in before
                if t.lower_.rstrip(".") in TITLE_GENDER]
        told += [self.given_names[t.text] for t in before
                 if t.pos_ == "PROPN" and t.text in self.given_names]
        return told[0] if told else None

    def meet_strangers(self) -> None:
        """Plural subjects naming no actor came last ("the couple was radicalized")."""
        self.strangers = True

    def remember_pair(self, first: ActorRef, second: ActorRef,
                      plural: ActorRef | None = None) -> None:
        """Two actors that just interacted are "the two sides" of what follows, and "they"
        unless the first was just named as a plural subject ("The rebels attacked Aleppo.
        Trump said they would ...": the rebels); ``plural``, the people of a pair with a person
        or a country, is "they" alone ("Morsi called Israelis the aggressors after they
        retaliated")."""
        if first.code != second.code:
            if plural is not None:
                self.last_they = (plural,)
            elif self.last_they != (first,):
                self.last_they = (first, second)
            self.last_plural = (first, second)

    def learn_agent(self, role_text: str, country: str) -> None:
        """"China's foreign ministry" teaches that a later bare "foreign ministry" is China's."""
        self.agent_country[role_text.lower()] = country

    def country_of_role(self, role_text: str) -> str | None:
        return self.agent_country.get(role_text.lower())

    def resolve(self, head: Token, phrase: list[Token]) -> tuple[ActorRef, ...]:
        """Antecedents of an anaphoric argument, or () when it is not one or is unclear."""
        word = head.lower_
        lemma = head.lemma_.lower()
        determiners = {t.lower_ for t in phrase if t.i < head.i}
        if head.pos_ == "PRON":
            if word == "both":
                return self.last_plural or self._last({"country", "org", "group"})
            if word in PLURAL_PRONOUNS:
                if self.strangers:  # "the couple was radicalized before they met": them
                    return ()
                sides = self.last_they or self._last({"country", "org", "group"})
                if _beside_a_person_pronoun(head):  # "they had loaned him money": not him
                    return tuple(ref for ref in sides if not self.someone(ref)) or sides
                return sides
            if word == "it" and is_expletive(head):
                return ()  # "it is not right to ...", "it seems clear that ...": no one
            if (word == "it" and head.dep_ in ("nsubj", "nsubjpass") and head.head.dep_ == "ROOT"
                    and self.main_subject is not None):
                return (self.main_subject,)
            if word in SINGULAR_PRONOUNS:  # "Nigeria's army reiterated its support"
                return self._last({"country", "org", "group"}, institutions=True)
            # "He also argued for the president to ...": a subject is none its clause names
            others = self._named_below(head) if head.dep_ in ("nsubj", "nsubjpass") else set()
            if (word in PERSON_PRONOUNS and self.main_person is not None
                    and (_attributes_quote(head) or _main_clause_subject(head))
                    and self.gender_of(self.main_person) in (None, PRONOUN_GENDER.get(word))
                    and person_key(self.main_person) not in others):
                return (self.main_person,)
            if word in PERSON_PRONOUNS:
                # a stranger speaks of himself as "I": a "he" in a quote is someone else
                if self.stranger in ("?", PRONOUN_GENDER.get(word)) and not quoted(head):
                    return ()
                return self._last({"person"}, gender=PRONOUN_GENDER.get(word), others=others)
            return ()
        if not (determiners & {"the", "both", "these", "those"}
                or {"two", "their"} <= determiners or {"two", "our"} <= determiners):
            return ()  # "met two world leaders: Modi and Putin": new ones, not the last two
            # (but "their two nations" are)
        plural = head.tag_ in PLURAL_TAGS or "both" in determiners or "two" in determiners
        if plural and lemma in MEN and determiners & {"two", "both"}:
            # "Trump met Putin. The two men discussed Syria": the last two sides, when people
            # (not the last two known people: "the Tsarnaev brothers ... the two men")
            sides = self.last_plural
            return sides if (len(sides) == 2 and not self.strangers
                             and all(self.someone(ref) for ref in sides)) else ()
        if plural and lemma == "side" and any(
                c.dep_ == "prep" and c.lower_ == "of" and o.lemma_.lower() in DIVIDES
                for c in head.children for o in c.children if o.dep_ == "pobj"):
            return ()  # "territory on both sides of the border": places, no parties
        if plural and lemma in PLURAL_NOUNS and (_kind_named(head) or "other" in determiners
                                                 or _restricted(head)):
            return ()  # "the three opposition leaders", "the other parties", "the nations
            # involved in TPP talks": others than the last sides
        if plural and lemma in PLURAL_NOUNS:
            if head.i not in self.sides_read:
                self.sides_read[head.i] = self._sides(lemma, determiners)
            return self.sides_read[head.i]
        if not plural and lemma in SINGULAR_NOUNS:  # a country, not "the New York Times"
            return self._last({"country", PLACE}, country_only=True)
        if not plural and lemma in self.styles and "the" in determiners:
            # "the kingdom": the last kingdom, not the last country ("drones launched from
            # Yemen at the kingdom")
            return self._last({"country", PLACE}, country_only=True, among=self.styles[lemma])
        if not plural and lemma in GROUP_NOUNS and any(
                c.i > head.i and c.dep_ in ("appos", "compound") and c.pos_ == "PROPN"
                for c in head.children):
            return ()  # "the militant group Jaish al-Adl": one named now, whom no dictionary
            # knows, not the last group
        if not plural and lemma in GROUP_NOUNS:
            # ("the group" or "the militia" is no intergovernmental body; "the organization"
            # may be the UN)
            # ("the watchdog group", "the rights group": a non-governmental one)
            civic = any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in CIVIC_WORDS
                        for c in head.children)
            return self._last({"group", "org"}, no_states=lemma in BANDS, voices=True,
                              civic=civic)
        if not plural and word in PARTY_MEMBERS and "the" in determiners:
            # "Sen. Mike Rounds urged ... the South Dakota Republican said": the one the last
            # sentence was about
            return (self.main_person,) if self.main_person is not None else ()
        if not plural and lemma in PERSON_ROLES and "the" in determiners:
            return self._titled(head)
        return ()

    def _sides(self, lemma: str, determiners: set[str]) -> tuple[ActorRef, ...]:
        """The last sides, for "the two sides", "the countries", "both nations"."""
        # (the press reporting on two sides is no side: "The New York Times reported on
        # Ukraine and Russia. The two sides have shelled each other")
        sides = tuple(ref for ref in self.last_plural if ref.code[3:6] != PRESS_SECTOR)
        if (lemma in PLURAL_PEOPLE and determiners & {"two", "both"}
                and (len(sides) < 2 or any(not self.someone(ref) for ref in sides))):
            # "the two leaders" are the last two people named, not the last two sides of
            # an attack ("the terrorist attack against the U.S. ally ... el-Sissi"), nor
            # no one when no two sides met ("Seated with Abe, Trump said ...")
            sides = self._last_two_people() or sides
        return sides if len(sides) > 1 else ()

    def learn_title(self, title: str, ref: ActorRef) -> None:
        """"President Obama" teaches that a later "the president" is Obama."""
        self.titled[title.lower()] = ref

    def learn_name(self, parts: list[Token], kind: str, ref: ActorRef) -> None:
        """A person named in full ("Kim Jong Un", "Jay Carney") by ``parts``: a later bare first
        or last name is that person. The first person so named keeps the name ("Kim" stays Kim
        Jong Un after his sister Kim Yo Jong is named)."""
        if len(parts) > 1:
            for part in (parts[0], parts[-1]):
                self.names.setdefault(part.text, (kind, ref))

    def relearn(self, old: ActorRef, new: ActorRef) -> None:
        """What a sentence learned later about a person named in full ("Ohio Rep. Mike Turner"
        is American) holds for the later bare name too."""
        for name, (kind, ref) in list(self.names.items()):
            if ref is old:
                self.names[name] = (kind, new)

    def divided_half(self, side: str) -> str | None:
        """"the North" or "the South" of a divided country the article has named: North Korea
        after Seoul or Pyongyang, Sudan after Juba or Khartoum."""
        seen = {ref.code[:3] for _, ref in self.recent}
        for halves in DIVIDED:
            if seen & set(halves.values()):
                return halves.get(side)
        return None

    def named_person(self, name: Token) -> tuple[str, ActorRef] | None:
        """The person an earlier full name made of ``name`` ("Carney" after "Jay Carney")."""
        return self.names.get(name.text)

    def _titled(self, role_word: Token) -> tuple[ActorRef, ...]:
        """"the president", "the foreign minister": the last person named with the title the
        role word and its modifiers spell."""
        role = [t.lower_ for t in role_word.lefts if t.dep_ in ("compound", "amod")]
        return self._last_titled(" ".join((*role, role_word.lower_)))

    def _last_titled(self, role: str) -> tuple[ActorRef, ...]:
        """"the president" after "President Obama": the last person named with that title."""
        ref = self.titled.get(role)
        return (ref,) if ref is not None else ()

    def learn_gender(self, ref: ActorRef, word: str, sure: bool = False) -> None:
        """``ref`` was referred to as ``word`` ("he", "her", ...; a guess) or titled so ("Mrs.";
        ``sure``, as what the dictionary says is): a guess never overrides a sure one."""
        gender = PRONOUN_GENDER.get(word.lower()) or TITLE_GENDER.get(word.lower().rstrip("."))
        known = self.genders.get(person_key(ref))
        if gender is not None and (known is None or sure or not known[1]):
            self.genders[person_key(ref)] = (gender, sure)

    def gender_of(self, ref: ActorRef) -> str | None:
        known = self.genders.get(person_key(ref))
        if known:
            return known[0]
        words = ref.text.lower().split()
        return NOUN_GENDER.get(words[-1]) if words else None

    def _named_below(self, subject: Token) -> set[str]:
        """The people (``person_key``) a subject's clause names by a name the article taught
        or a title ("the president") after the subject: the subject pronoun is none of them ("He
        urged the president to ...", "He said Obama would ..."; but "According to Erdogan's
        office, he ...")."""
        found: set[str] = set()
        # (a relative clause may name him again: "He started by pushing back on the idea ...,
        # which Obama has called ...")
        aside = {t.i for clause in subject.head.subtree
                 if clause.dep_ in ("relcl", "parataxis") for t in clause.subtree}
        for token in subject.head.subtree:
            if token.i <= subject.right_edge.i or token.i in aside:
                continue
            if token.text[:1].isupper() and (named := self.names.get(token.text)) is not None:
                found.add(person_key(named[1]))
            elif (token.lemma_.lower() in PERSON_ROLES and token.tag_ == "NN"
                  and any(d.lower_ == "the" for d in token.lefts)):
                found.update(person_key(r) for r in self._titled(token))
        return found

    def someone(self, ref: ActorRef) -> bool:
        """Whether ``ref``'s code is that of a person the article named lately."""
        return any(kind == "person" and known.code == ref.code for kind, known in self.recent)

    def _last_two_people(self) -> tuple[ActorRef, ...]:
        """The last two people of different codes the article named."""
        found: list[ActorRef] = []
        for kind, ref in reversed(self.recent):
            if kind == "person" and all(ref.code != other.code for other in found):
                found.append(ref)
                if len(found) == 2:
                    return tuple(reversed(found))
        return ()

    def _last(self, kinds: set[str], institutions: bool = False,
              gender: str | None = None, country_only: bool = False,
              no_states: bool = False, voices: bool = False,
              others: set[str] | frozenset[str] = frozenset(),
              civic: bool = False,
              among: frozenset[str] | None = None) -> tuple[ActorRef, ...]:
        """The last actor of ``kinds``, none of ``others`` (``person_key``); ``voices``: or a
        person who spoke for a group or body ("Mujahid, a Taliban spokesman, said the group
        ...": the Taliban); ``civic``: a non-governmental organisation only; ``among``: of
        those countries only."""
        for kind, ref in reversed(self.recent):
            if among is not None and ref.country not in among:
                continue
            if person_key(ref) in others:
                continue
            if civic and NGO not in (ref.code[:3], ref.code[3:6]):
                continue
            if gender is not None and (self.gender_of(ref) not in (None, gender)
                                       or _named_body(ref)):
                continue  # "she" after "Mr. Landis": not him; "he" is no "National Guard"
            if no_states and ref.code.startswith(INTERGOVERNMENTAL):
                continue
            if not (kind in kinds or (institutions and kind == "person" and institution(ref))
                    or (voices and kind == "person" and _voice_of_body(ref))):
                continue
            if country_only and len(ref.code) != 3:  # "the country" is the country of
                if ref.country.isalpha():               # "China's foreign ministry"
                    return (replace(ref, code=ref.country),)
                continue
            return (ref,)
        return ()


ATTRIBUTING = frozenset({"say", "add", "tell", "note", "explain", "insist", "continue",
                         "argue", "write"})
"""Verbs of a quote's attribution ("'...,' he said")."""


def _attributes_quote(pronoun: Token) -> bool:
    """A pronoun subject of the verb that attributes the quote its sentence opens with
    ("'It's not going to be easy,' he said")."""
    verb, sent = pronoun.head, pronoun.sent
    return (pronoun.dep_ == "nsubj" and verb.dep_ == "ROOT"
            and verb.lemma_.lower() in ATTRIBUTING and sent[0].text in OPENING_QUOTES
            and any(t.text in CLOSING_QUOTES for t in sent[1:pronoun.i - sent.start]))


SPEAKER_PRONOUNS = frozenset({"i", "me", "we", "us"})
"""Who speaks in a quote: its speaker ("'We condemn the attack,' Lavrov said": Russia's).
(Not "our": "we will work with our partners" are others.)"""


def quote_speaker(pronoun: Token) -> Token | None:
    """The subject of the verb that attributes the quote a first-person pronoun stands in
    ("'We condemn the attack,' Lavrov said", "He said: 'I will go'"), else None (also for a
    quote inside the quote: "... quoted as saying 'our leaders don't talk to us'")."""
    if pronoun.lower_ not in SPEAKER_PRONOUNS or pronoun.pos_ != "PRON" or not quoted(pronoun):
        return None
    verb = next((v for v in pronoun.ancestors if v.lemma_.lower() in ATTRIBUTING), None)
    if verb is None or quoted(verb):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and not quoted(c)
                 and c.lower_ not in SPEAKER_PRONOUNS), None)


def _beside_a_person_pronoun(pronoun: Token) -> bool:
    """Whether another argument of the verb ``pronoun`` belongs to is a "him" or "her"."""
    verb = pronoun.head
    arguments = [*verb.children, *(o for p in verb.children if p.dep_ in ("prep", "dative")
                                   for o in p.children if o.dep_ == "pobj")]
    return any(a.i != pronoun.i and a.lower_ in PERSON_PRONOUNS and a.dep_ != "poss"
               for a in arguments)


def _restricted(noun: Token) -> bool:
    """A noun a clause right after it tells which ones ("the nations involved in the talks",
    "the countries that signed"): new ones, not those named before ("the two sides, who met
    ...", with a comma, are)."""
    return any(c.dep_ in ("acl", "relcl") and c.i > noun.i and noun.doc[c.left_edge.i - 1].text != ","
               for c in noun.children)


def _main_clause_subject(pronoun: Token) -> bool:
    """A "he" or "she" subject of its sentence's main verb: most often the one the last
    sentence was about ("Trump floated another meeting with Xi. In a flurry of tweets, he
    defended ...": Trump)."""
    return pronoun.dep_ in ("nsubj", "nsubjpass") and pronoun.head.dep_ == "ROOT"


def _voice_of_body(ref: ActorRef) -> bool:
    """A person coded by the group or body the person speaks for ("a Taliban spokesman") or
    leads (a listed person with a group's own code, "Zabihullah Mujahid": AFGREBTAL)."""
    return len(ref.code) > 6 or (
        any(e.startswith(("groups:", "organizations:")) for e in ref.entries)
        and not any(e.startswith("people:") for e in ref.entries))


def quoted(token: Token) -> bool:
    """Whether ``token`` stands inside a quotation opened earlier in its sentence."""
    curly = straight = 0
    for word in token.sent[: token.i - token.sent.start]:
        if word.text in ("“", "``"):
            curly += 1
        elif word.text in ("”", "''"):
            curly = max(0, curly - 1)
        elif word.text == '"':
            straight += 1
    return curly > 0 or straight % 2 == 1


def is_expletive(it: Token) -> bool:
    """A dummy "it" that stands for a clause later in the sentence: "it is not right to ...",
    "it seems clear that ...", "it is incumbent upon Netanyahu to ..."."""
    verb = it.head
    if it.dep_ == "expl":
        return True
    if it.dep_ == "nsubj" and verb.lemma_ == "take":  # "it takes years to steal secrets"
        return any(c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children)
                   for c in verb.children) and all(
            o.lemma_.lower() in COSTS or any(n.dep_ == "nummod" for n in o.children)
            for o in verb.children if o.dep_ == "dobj")
    if it.dep_ != "nsubj" or verb.lemma_ not in EXPLETIVE_VERBS:
        return False
    clause = any(c.dep_ in ("ccomp", "xcomp", "csubj") for c in verb.children)
    judged = [c for c in verb.children if c.dep_ == "acomp"]
    if judged:  # "it is clear that", not "it became worried that" or "it is prepared to"
        return any(c.lemma_.lower() in IMPERSONAL_ADJECTIVES or (
            c.lemma_.lower() in ADVISING_ADJECTIVES
            and (clause or any(d.dep_ in ("ccomp", "xcomp") for d in c.children)))
            for c in judged)
    return clause


BODIES = frozenset({"office", "ministry", "department", "government", "administration", "army",
                    "navy", "police", "court", "parliament", "council", "committee", "agency",
                    "embassy", "cabinet", "commission", "command", "service", "bureau", "guard",
                    "force", "corps", "party", "senate", "congress", "assembly", "legislature",
                    "military", "regime"})
"""Last words of a capitalised body's name ("the Foreign Office", "the Defense Department")."""


def _kind_named(noun: Token) -> bool:
    """A plural noun of sides that a noun before it says the kind of ("the three opposition
    leaders", "the party leaders"): not the last sides named (but "the two world leaders")."""
    return any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.lower_ != "world"
               for c in noun.lefts)


def _named_body(ref: ActorRef) -> bool:
    """A role phrase ending in a body's word ("the Kentucky National Guard", "the foreign
    ministry"): never a "he" or "she" (but "a Harvard professor" may be)."""
    words = ref.text.split()
    return bool(words) and words[-1].lower() in BODIES


def institution(ref: ActorRef) -> bool:
    """A role phrase naming a body, not a person ("Nigeria's army", "the foreign ministry", "the
    UK Foreign Office"; not "Japan's defence minister" or "Wang Wenbin")."""
    words = ref.text.split()
    return bool(words) and (words[-1].islower() or words[-1].lower() in BODIES) and (
        words[-1].lower().rstrip("s") not in PERSON_ROLES)

