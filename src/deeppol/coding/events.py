"""The event-pattern lexicon (verbs, nouns, complement frames) and matching it on tokens."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from deeppol.coding.dictionaries import NO_EVENT, Dictionaries
from deeppol.coding.structure import (
    DEFAULT_TARGETS,
    QUESTION_WORDS,
    RELATIVE_PRONOUNS,
    TIME_PREPOSITIONS,
    conjoined_passive,
    emphasized,
    first_conjunct,
    has_aux,
    is_passive,
    misread_complementizer,
    misread_modifier,
    passive_subject,
    reduced_passive,
    relative_passive,
    subject_heads,
)

OBJECT_DEPS = frozenset({"dobj", "attr", "oprd"})
CONDITIONS = frozenset({"state"})
"""Heads whose "of" phrase is what they are: "a state of emergency", "a state of siege"."""
PARTITIVES = frozenset({"dozen", "hundred", "thousand", "million", "billion", "trillion",
                        "number", "part", "team",
                        "swath", "swathe", "chunk", "stretch", "tract", "portion",
                        "worth", "amount", "lot", "batch", "shipment", "consignment", "ton",
                        "tonne", "set", "pair", "group", "couple", "series", "kind", "type",
                        "some", "all", "most", "many", "several", "day", "week", "month",
                        "half", "third", "quarter", "majority", "rest", "remainder", "bulk",
                        "hour", "year", "round", "days", "weeks", "months", "hours", "years", "night",
                        "nights", "evening", "weekend",
                        "rounds", "array", "raft", "slew", "range", "package", "wave", "host",
                        "list", "string", "spate", "barrage", "flurry", "volley", "salvo",
                        "torrent", "trove", "cache", "ten", "score", "crowd", "throng",
                        "ounce", "bit", "shred", "iota", "scrap", "sliver", "modicum"})
"""Quantity words whose "of" phrase holds the real object."""
UNITS = frozenset({"deployment", "contingent", "detachment", "unit", "battalion"})
"""Words for a body of troops whose "of" phrase says who they are."""
TIME_ENTITIES = frozenset({"DATE", "TIME"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
TRIAL_NOUNS = frozenset({"test", "exercise", "drill", "trial", "simulation", "rehearsal"})
"""Nouns whose modifier is what is tried, not what is done to anyone: "carried out a nuclear bomb
test" is no bombing, "a missile drill" fires no missile at anyone (a "joint exercise" is still
joint)."""
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
"""CAMEO roots of violence: unconventional, conventional and mass violence."""
ROUTE_PREPOSITIONS = frozenset({"around", "across", "through", "throughout", "along", "via",
                                "near", "past"})
"""Where a verb with its own object goes or happens, never what it acts on ("took the bus
around the city")."""
NOUN_OBJECT_PREPOSITIONS = frozenset({"of", "against", "on"})
"""A noun's objects: "the signing of a deal"; "the battle against the epidemic" and "the war on
drugs" for stop patterns only."""
PLACE_WORDS = frozenset({"town", "city", "territory"})
"""Object words a place's own name stands in for ("captured Aleppo" as "captured the town") ..."""
TERRITORIAL = frozenset({"capture", "seize", "overrun", "retake", "recapture", "regain",
                         "reclaim", "assault", "storm", "liberate"})
"""... after these verbs of taking or holding ground ("take Iran to court", "returning to Egypt"
take and return no town)."""
PREFIXES = frozenset({"post", "pre", "anti", "non", "counter", "ex"})
NUMBER_PARTICLES = frozenset({"over", "back", "out", "off", "up", "down"})
"""Particles the parser may hang on a following number ("handed over 30 vehicles")."""


@dataclass(frozen=True, slots=True)
class Pattern:
    """One verb or noun pattern of ``events.yaml``."""

    id: str
    code: str
    pos: str  # "verb" | "noun" | "adjective" ("is skeptical of")
    lemma: str
    particle: str | None
    objects: frozenset[str]
    target: tuple[str, ...]
    symmetric: bool
    passive_target: bool
    confidence: float
    source: tuple[str, ...] = ()
    """Where the source is found instead of the subject ("receive aid from X": ``[from]``);
    the subject then becomes the target."""
    subjects: frozenset[str] = frozenset()
    """Lemmas the subject's head (or a modifier of it) must have: "peacekeepers arrived"."""
    plover: str | None = None
    """The pattern's own PLOVER type or type/mode ("RETREAT/resign"), else the CAMEO map's."""
    joint: str | None = None
    """The code when several countries do it together ("French and Egyptian warships held
    exercises", "drills with China": joint exercises are military cooperation, 062)."""
    predicate: bool = False
    """Fires only when the verb says what its object is ("called the attack an act of
    barbarism", "branded them traitors"): naming, not calling."""
    needs_target: bool = False
    """Fires only when one of its target places holds a phrase that names an actor ("called
    Morsy on Monday" is a phone call, "what it calls" and "called that unacceptable" are none;
    "received the Saudi minister" hosts him, "received threats" no one)."""

    @property
    def specificity(self) -> int:
        """Particle or predicate, then the object and subject constraints a pattern sets."""
        return 3 * (self.particle is not None or self.predicate) + bool(self.objects) + bool(
            self.subjects)


@dataclass(frozen=True, slots=True)
class Frame:
    """A verb whose infinitive complement decides the code (``vowed to attack`` -> 138)."""

    id: str
    verbs: frozenset[str]
    default: str
    codes: dict[str, str]
    target: str  # "object": the frame verb's object first ("urged Iran to ..."); "complement"
    object: bool | None = None
    """True: only when the frame verb has an object ("wants Putin to attack" is an appeal);
    False: only without one ("wants to attack" is an intention); None: either way."""
    silent: frozenset[str] = frozenset()
    """Complement lemmas that make no event of the frame: what one wants to know or see is no
    intent to cooperate."""
    participle: bool = True
    """False: a bare participle clause of the verb is no event ("captured the villages,
    allowing them to cut supply lines" says what the capture made possible)."""
    bare: str | None = None
    """The code when the complement is no event, where it differs from ``default`` ("expects
    that to take months" is no appeal, though "expects Iran to stop its attacks" is)."""

    def applies(self, has_object: bool) -> bool:
        return self.object is None or self.object == has_object

    def code_for(self, complement_root: str | None) -> str:
        if complement_root is None:
            return self.default if self.bare is None else self.bare
        return self.codes.get(complement_root, self.default)


@dataclass(frozen=True, slots=True)
class Match:
    """A pattern that fired on a token, with the object lemma that made it specific."""

    pattern: Pattern
    token: Token
    object_token: Token | None


@dataclass(frozen=True, slots=True)
class EventLexicon:
    """Patterns indexed by (part of speech, lemma), most specific first, and frames by verb."""

    patterns: dict[tuple[str, str], tuple[Pattern, ...]]
    frames: dict[str, tuple[Frame, ...]]
    frames_by_id: dict[str, Frame]

    @classmethod
    def from_dictionaries(cls, dicts: Dictionaries) -> EventLexicon:
        """Build the index (codes were checked against the CAMEO table when the dictionaries
        were loaded)."""
        index: dict[tuple[str, str], list[Pattern]] = {}
        for item in dicts["events"]:
            code = str(item["code"])
            pos = next(key for key in ("verb", "noun", "adjective") if key in item)
            pattern = Pattern(
                id=str(item["id"]),
                code=code,
                pos=pos,
                lemma=str(item[pos]).lower(),
                particle=(str(item["particle"]).lower() if item.get("particle") else None),
                objects=frozenset(str(o).lower() for o in item.get("objects") or ()),
                target=tuple(str(t).lower() for t in item.get("target") or DEFAULT_TARGETS),
                symmetric=bool(item.get("symmetric", False)),
                passive_target=bool(item.get("passive_target", True)),
                confidence=float(item.get("confidence", 0.8 if pos == "verb" else 0.6)),
                source=tuple(str(t).lower() for t in item.get("source") or ()),
                subjects=frozenset(str(o).lower() for o in item.get("subjects") or ()),
                plover=item.get("plover"),
                predicate=bool(item.get("predicate", False)),
                needs_target=bool(item.get("needs_target", False)),
                joint=str(item["joint"]) if item.get("joint") else None,
            )
            index.setdefault((pos, pattern.lemma), []).append(pattern)
        frames: dict[str, list[Frame]] = {}
        by_id: dict[str, Frame] = {}
        for item in dicts["frames"]:
            codes = {str(k).zfill(2): str(v) for k, v in (item.get("codes") or {}).items()}
            frame = Frame(str(item["id"]), frozenset(v.lower() for v in item["verbs"]),
                          str(item["default"]), codes, str(item.get("target") or "object"),
                          item.get("object"),
                          frozenset(str(v).lower() for v in item.get("silent") or ()),
                          bool(item.get("participle", True)),
                          str(item["bare"]) if item.get("bare") is not None else None)
            by_id[frame.id] = frame
            if item.get("complement") == "clause":
                continue  # read off "that" clauses by id (``report``), never an infinitive
            for verb in frame.verbs:
                frames.setdefault(verb, []).append(frame)
        ordered = {
            key: tuple(sorted(items, key=lambda p: -p.specificity)) for key, items in index.items()
        }
        # frames with an object constraint are tried before the unconstrained ones
        by_verb = {verb: tuple(sorted(items, key=lambda f: f.object is None))
                   for verb, items in frames.items()}
        return cls(ordered, by_verb, by_id)

    def frame_verb(self, verb: Token) -> str:
        """The verb as the frames list it: its lemma, or with its particle where the frames
        list the phrasal verb ("ruled out sending troops" is "rule out")."""
        lemma = verb.lemma_.lower()
        for particle in (c for c in verb.children if c.dep_ == "prt"):
            if f"{lemma} {particle.lower_}" in self.frames:
                return f"{lemma} {particle.lower_}"
        return lemma

    def frame(self, verb: Token, has_object: bool) -> Frame | None:
        """The frame for a verb, chosen by whether it acts on someone ("wants Putin to")."""
        candidates = self.frames.get(self.frame_verb(verb))
        if not candidates:
            return None
        return next((f for f in candidates if f.applies(has_object)), None)

    def candidates(self, token: Token) -> tuple[str, tuple[Pattern, ...]]:
        """Patterns that may fire on ``token`` (a multiword noun lemma is tried first)."""
        pos = ("verb" if token.pos_ in ("VERB", "AUX") or _verb_tagged_noun(token)
               else "noun" if token.pos_ in ("NOUN", "PROPN")
               else "adjective" if token.pos_ == "ADJ" and token.dep_ == "acomp" else "")
        if not pos or token.ent_type_ in TIME_ENTITIES:  # "on March 4" is no march
            return "", ()
        lemma = token.lemma_.lower()
        if pos == "verb" and lemma == "take" and any(
                c.dep_ == "dobj" and c.lower_ == "part" for c in token.children):
            lemma = "participate"  # "took part in a rally", "take part in peacekeeping"
        if pos == "noun":
            for child in token.lefts:
                if child.dep_ == "compound":
                    found = self.patterns.get((pos, f"{child.lemma_.lower()} {lemma}"))
                    if found:
                        return pos, found
        found = self.patterns.get((pos, lemma), ())
        if not found and pos == "verb" and _repeats(lemma):
            found = self.patterns.get((pos, lemma[2:]), ())  # "reimpose" as "impose"
        return pos, found

    def match(self, token: Token) -> Match | None:
        """The best event pattern for ``token`` (``best_match`` less stop patterns)."""
        found = self.best_match(token)
        return None if found is None or found.pattern.code == NO_EVENT else found

    def best_match(self, token: Token) -> Match | None:
        """The best pattern whose particle and object constraints hold on ``token``, a stop
        pattern (``code: none``) included.

        Ranked by specificity (particle, objects), then by how the object word matched (a
        modifier, "drone strike", beats the head word), then by where it stands (the direct
        object or the particle's phrase before other phrases), then by the pattern's confidence.
        """
        pos, patterns = self.candidates(token)
        found = self._best(token, pos, patterns) if patterns else None
        lemma = token.lemma_.lower()
        if found is None and pos == "verb" and _repeats(lemma):
            # "reimposed a blockade" as "imposed" when "reimpose" has no pattern of its own,
            # by a specific pattern only ("recalled his youth" is no phone call)
            base = tuple(p for p in self.patterns.get((pos, lemma[2:]), ())
                         if p.objects or p.particle) if patterns else ()
            found = self._best(token, pos, base) if base else None
        return found

    @staticmethod
    def _best(token: Token, pos: str, patterns: tuple[Pattern, ...]) -> Match | None:
        particles = {c.lower_ for c in token.children if (
            c.dep_ in ("prt", "prep", "agent") and not _is_time_phrase(c)
            and not _fronted(c, token) and not _absolute(c) and not _a_way_off(c)) or (
            c.pos_ == "ADJ" and c.dep_ in ("ccomp", "xcomp", "oprd", "acomp", "advmod")) or (
            c.dep_ == "advmod" and c.lower_ in ("away", "ahead", "back", "in") and (
                c.i == token.i + 1 or (c.i == token.i + 2 and token.nbor(1).pos_ == "PRON")))}
        # ("backed away", "pressed ahead", "kick it back to Congress", "weighed in")
        # a noun's infinitive says what it is for, as "for" does: "his call to close
        # Guantanamo" is a call for its closing, no phone call
        if pos == "noun" and any(c.dep_ == "acl" and has_aux(c, {"to"}) for c in token.children):
            particles.add("for")
        # an adjective completing the verb counts as its particle: "let free", "set loose", also
        # when the parser hangs it on the object ("set free two sailors")
        following = token.nbor(1) if token.i + 1 < len(token.doc) else None
        if (following is not None and following.pos_ == "ADJ" and following.dep_ == "amod"
                and following.head.head == token):
            particles.add(following.lower_)
        # "hand over 30 vehicles": a particle the parser read as the number's modifier, or as
        # the verb's adverb ("shot down 20 of the rockets")
        if (following is not None and following.lower_ in NUMBER_PARTICLES and (
                (following.dep_ == "quantmod" and token in following.ancestors)
                or (following.dep_ == "advmod" and following.head.i == token.i))
                and not _up_to(following)):  # ("fired up to 30 rockets": as many as 30)
            particles.add(following.lower_)
        # "pushed for Congress to act": "for" marks the clause, not an object; "that" is the
        # particle of a verb with a "that" clause ("demonstrated that ...")
        particles.update(m.lower_ for c in token.children if c.dep_ in ("advcl", "ccomp", "xcomp")
                         for m in c.children if m.dep_ == "mark" and (
                             m.lower_ == "for" or (m.lower_ == "that" and c.dep_ == "ccomp")))
        # a question word opens such a clause as "that" does ("appreciate what might happen"),
        # and so does nothing before a finite clause ("conceded the plan had failed")
        if any(c.dep_ == "ccomp" and c.left_edge.i > token.i and (
                c.left_edge.lower_ in QUESTION_WORDS or (
                    c.tag_ not in ("VBG", "VB") and not any(m.dep_ == "mark" for m in c.children)
                    and any(n.dep_ in ("nsubj", "nsubjpass") for n in c.children)))
               for c in token.children):
            particles.add("that")
        objects = object_tokens(token, pos)
        if pos == "noun":
            objects.append(token)
        best: tuple[tuple[int, int, int, float], Match] | None = None
        subjects: list[Token] | None = None  # read once, for the patterns that need them
        # (read only for the verbs that have a naming pattern: it walks the object phrases)
        predicate = any(p.predicate for p in patterns) and _says_what_object_is(token)
        # the preposition of what the verb makes counts as the verb's ("made a call for calm")
        held = {c.lower_ for o in objects if o is not token for c in o.children
                if c.dep_ == "prep"} if pos == "verb" else set()
        for pattern in patterns:
            if pattern.particle is not None and pattern.particle not in particles and not (
                    pattern.objects and pattern.particle in held):
                continue
            if pattern.predicate and not predicate:
                continue
            if pattern.subjects:
                subjects = _subject_words(token) if subjects is None else subjects
                if not any(_object_quality(s, pattern.subjects) for s in subjects):
                    continue
            if not pattern.objects:
                rank = (pattern.specificity, 0, 0, pattern.confidence)
                if best is None or rank > best[0]:
                    best = (rank, Match(pattern, token, None))
                continue
            for obj in objects:
                if pattern.code != NO_EVENT and _sum_of_other(obj):
                    continue  # "proposed $150 billion of tariffs on China": a sum of tariffs,
                    # no money given
                preposition = _preposition(obj, token)
                if pattern.particle is not None and preposition not in (None, pattern.particle):
                    continue  # "called for sanctions over rights abuses": sanctions only
                if (pattern.particle is None and preposition in ROUTE_PREPOSITIONS
                        and pos == "verb" and any(c.dep_ == "dobj" for c in token.children)):
                    continue  # "took the bus around the city": the bus, no city
                if pos == "noun" and preposition in ("against", "on") and (
                        pattern.code != NO_EVENT):
                    continue  # what a noun is against or on only stops it ("the war on drugs")
                if (pattern.code == NO_EVENT and pattern.particle is None and preposition
                        and not (pos == "noun" and preposition in NOUN_OBJECT_PREPOSITIONS)):
                    continue  # "demonstrated its commitment" is no protest, "demonstrated
                    # against the commitment of troops" is ("a war of words", "the battle
                    # against the epidemic" are no war)
                quality = _object_quality(obj, pattern.objects,
                                          pattern.code[:2] in VIOLENT_ROOTS,
                                          participles=obj is not token) or int(
                    bool(pattern.objects & PLACE_WORDS) and _named_place(obj, token))
                if quality:
                    # the direct object first: "rejected a request on the charge of rebellion"
                    direct = int(preposition is None or preposition == pattern.particle)
                    rank = (pattern.specificity, quality, direct, pattern.confidence)
                    if best is None or rank > best[0]:
                        best = (rank, Match(pattern, token, None if obj is token else obj))
        return None if best is None else best[1]


def _says_what_object_is(token: Token) -> bool:
    """Whether the verb says what its object is: "called the attack an act of barbarism", "is
    considered a threat", "consider him to be a risk"."""
    return (any(c.dep_ == "oprd" for c in token.children) and any(
        c.dep_ in ("dobj", "nsubjpass") for c in token.children)) or any(
        (c.dep_ in ("ccomp", "xcomp") and c.lemma_ == "be" and any(
            g.dep_ == "aux" and g.lower_ == "to" for g in c.children))
        or (c.dep_ == "ccomp" and c.pos_ == "ADJ")  # "considers it successful"
        or (c.dep_ == "ccomp" and c.pos_ == "NOUN" and any(  # "considers himself a
            g.dep_ == "nsubj" for g in c.children))  # master dealmaker"
        or (c.dep_ == "dobj" and any(  # "called the accusations \"entirely baseless\"":
            g.dep_ == "amod" and g.i > c.i  # a quoted adjective after the object
            and any(q.is_quote for q in token.doc[c.i + 1:g.i]) for g in c.children))
        or (c.dep_ == "dobj" and c.pos_ == "NOUN" and any(  # "called the Democrats'
            g.dep_ == "appos" and any(d.dep_ == "det" and d.lower_ in ("a", "an")
                                      for d in g.children)  # position, which ..., a
            for g in c.subtree))  # shameful abdication": no thing is phoned
        for c in token.children) or sum(
        c.dep_ == "dobj" for c in token.children) > 1 or sum(  # "called ISIS a threat"
        c.dep_ == "oprd" for c in token.children) > 1  # "called Ukraine \"an obstacle\""


def _verb_tagged_noun(token: Token) -> bool:
    """A headline's present tense the tagger read as a noun ("EU and UN hand over supplies"):
    the sentence's root, with a subject of its own."""
    return token.pos_ == "NOUN" and token.dep_ == "ROOT" and any(
        c.dep_ == "nsubj" for c in token.children)


def in_charge(token: Token) -> bool:
    """The "charge" of "in charge (of)": a post held, no charge ("a judge in charge of the
    facility")."""
    return token.lemma_.lower() == "charge" and token.dep_ == "pobj" and token.head.lower_ == "in"


def object_tokens(token: Token, pos: str) -> list[Token]:
    """Heads of the phrases that count as the trigger's object.

    Verbs: direct object (or the passive subject), and objects of particles/prepositions
    ("call for talks"). Nouns: the object of "of" ("the signing of a deal"), "against" and
    "on", and compounds.
    """
    found: list[Token] = []
    described: Token | None = None
    for child in token.children:
        if pos == "verb" and (child.dep_ in OBJECT_DEPS or child.dep_ == "nsubjpass" or (
                child.dep_ == "nsubj" and relative_passive(token))):
            # ("something that has been reinforced", "the town that was captured": the noun
            # the passive relative clause describes)
            found.append(token.head if child.dep_ == "nsubjpass" and token.dep_ == "relcl"
                         and child.lower_ in RELATIVE_PRONOUNS else emphasized(child))
        elif pos == "verb" and child.dep_ == "dative":  # "deny kidnappers the benefits": the
            found.extend(g for g in child.children if g.dep_ == "dobj")  # object the parser
            # hung on the one it goes to
        elif child.dep_ in ("prep", "agent") and (
                pos == "verb" or child.lower_ in NOUN_OBJECT_PREPOSITIONS) and (
                child.lower_ not in TIME_PREPOSITIONS):  # "ordered ... following the attack"
            found.extend(g for g in child.children if (g.dep_ == "pobj" and not in_charge(g))
                         or (g.dep_ == "pcomp" and g.tag_ == "VBG" and child.lower_ == "with"))
            if pos == "verb" and child.lower_ in ("out", "away"):  # "pulled out of the deal"
                found.extend(o for p in child.children if p.dep_ == "prep"
                             for o in p.children if o.dep_ == "pobj")
        elif (pos == "verb" and child.dep_ in ("xcomp", "ccomp") and child.pos_ in ("NOUN", "PROPN")
              and not any(g.dep_ == "mark" for g in child.children)):
            found.append(child)  # (not a clause's subject misread: "claimed that the attack")
        elif (pos == "verb" and child.dep_ == "ccomp" and child.i > token.i
              and has_aux(child, {"to"})):
            # "rallied allies to stand with Kyiv": the parser reads the object as the
            # infinitive's subject
            found.extend(g for g in child.children if g.dep_ == "nsubj" and g.i > token.i)
    if pos == "verb" and conjoined_passive(token):  # "a message sent by X and intercepted by
        found.extend(passive_subject(token))  # the US": the message was intercepted
    elif pos == "verb" and token.dep_ == "conj" and is_passive(token) and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        found.extend(passive_subject(token))  # "the bill passed and was signed by Trump"
    if pos == "verb" and ((token.dep_ == "acl" and (token.tag_ == "VBN" or reduced_passive(token)))
                          or misread_modifier(token)):
        found.append(token.head)  # "a statement released by the embassy", "called for change
        # and threatened strikes" (read as "threatened strikes", strikes joined to "called")
        named = token.head
        if (named.pos_ == "PROPN" and named.dep_ == "pobj" and named.head.dep_ == "prep"
                and named.head.head.pos_ == "NOUN"):
            found.append(named.head.head)  # "a letter to Kim released by the White House":
            # the parser hangs the participle on the name nearest, the letter was released
    elif pos == "verb" and (clause := _relative_clause(token)) is not None and (
            that := misread_complementizer(clause)) is not None:
        found = [f for f in found if f is not that]  # "said ... with the broadcaster that Iran
        # attacked the tanker": the tanker, no broadcaster
    elif pos == "verb" and clause is not None and not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE_PRONOUNS
            for c in clause.children):
        # "the images (that) they released", "the aid that Burundi received from the US", "the
        # remarks he is expected to deliver": the described noun is the object, before any
        # phrase the clause has of its own
        relatives = [f for f in found if f.lower_ in RELATIVE_PRONOUNS and f.dep_ in OBJECT_DEPS]
        if relatives or not any(f.dep_ in OBJECT_DEPS for f in found):
            described = clause.head
            found = [f for f in found if f not in relatives]
    for obj in list(found):
        found.extend(obj.conjuncts)
    if described is not None:  # not its conjuncts: "the position and the actions they took"
        found.insert(0, described)
    for obj in found:  # "returned dozens of artifacts", "$4 million worth of equipment",
        # "lifted the state of emergency", "meet trillions of dollars of needs" (the list grows
        # as it is read)
        if (obj.lemma_.lower() in PARTITIVES or obj.lemma_.lower() in CONDITIONS or obj.like_num
                or obj.tag_ == "$"):
            found.extend(g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj")
    return found


def _up_to(word: Token) -> bool:
    """The "up" of "up to 30": a bound on a number, no particle."""
    return (word.lower_ == "up" and word.i + 1 < len(word.doc)
            and word.nbor(1).lower_ == "to")


def _relative_clause(verb: Token) -> Token | None:
    """The relative clause the verb is, or whose infinitive it is ("the remarks he is expected
    to deliver"), else None."""
    if verb.dep_ == "relcl":
        return verb
    if verb.dep_ == "xcomp" and verb.head.dep_ == "relcl":
        return verb.head
    return None


def _after_prefix(modifier: Token) -> bool:
    """A word after "post-", "pre-" or "anti-" dates or opposes the object, it is not its kind:
    "post-Cold War spending cuts" are no war, "anti-war protests" no war either."""
    doc = modifier.doc
    first, last = modifier.left_edge.i, modifier.right_edge.i  # its phrase, without a set
    return any(doc[i].text == "-" and i > 0 and doc[i - 1].lower_ in PREFIXES
               and first <= i + 1 <= last for i in range(max(first - 1, 0), modifier.i))


def _preposition(obj: Token, verb: Token) -> str | None:
    """The preposition of ``verb`` an object phrase hangs on ("for" of "called for talks"),
    else None ("handed over $4 million worth of equipment": a quantity's "of")."""
    obj = first_conjunct(obj)
    return obj.head.lower_ if obj.dep_ == "pobj" and obj.head.head == verb else None


def _subject_words(verb: Token) -> list[Token]:
    """The verb's subject heads, with what a quantity or unit word holds ("the first
    deployment of NATO peacekeepers arrived", "tens of thousands of opponents gathered")."""
    found = subject_heads(verb)
    for _ in range(2):  # "tens of thousands of opponents"
        found += [g for s in found if s.lemma_.lower() in PARTITIVES | UNITS
                  for c in s.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj" and g not in found]
    return found


def _fronted(preposition: Token, verb: Token) -> bool:
    """A phrase before the verb sets the scene ("On the eve of his trip, Obama insisted that
    ..."): no particle, unless it brings a relative pronoun ("the terms on which they
    insisted")."""
    return preposition.i < verb.i and not any(
        g.lower_ in RELATIVE_PRONOUNS for g in preposition.children if g.dep_ == "pobj")


def _absolute(preposition: Token) -> bool:
    """"spoke about the threat, with Dempsey saying ...": a "with" opening a clause of its own
    adds a circumstance, no partner."""
    return preposition.lower_ in ("with", "without") and not any(
        g.dep_ == "pobj" for g in preposition.children) and any(
        g.dep_ == "pcomp" and any(s.dep_ in ("nsubj", "nsubjpass") for s in g.children)
        for g in preposition.children)


def _a_way_off(preposition: Token) -> bool:
    """"walked miles out of their way", "stopped two kilometres from the border": a phrase
    measured by a distance, or out of one's way, says where, no particle ("walked out of the
    talks" is one)."""
    return any(g.dep_ == "npadvmod" for g in preposition.children) or (
        preposition.lower_ == "out" and any(
            w.lemma_.lower() == "way" for p in preposition.children if p.lower_ == "of"
            for w in p.children if w.dep_ == "pobj"))


def _is_time_phrase(preposition: Token) -> bool:
    """"agreed on Wednesday": a preposition whose object is a date is no particle."""
    return any(g.ent_type_ in TIME_ENTITIES for g in preposition.children if g.dep_ == "pobj")


def _object_quality(token: Token, wanted: frozenset[str], violent: bool = False,
                    participles: bool = True) -> int:
    """3 when modifier and head together are a wanted phrase ("war game"), 2 when a modifier
    of ``token`` is a wanted word ("drone strike"; for a ``violent`` pattern not the modifier of
    a test or drill), 1 for the head word. Without ``participles``, a participle modifier
    counts for nothing: of an event noun itself it says how the event is known ("a reported
    attack" is no attack on a report)."""
    head = token.lemma_.lower()
    if head == "street" and token.pos_ == "PROPN":
        return 0  # "return to 10 Downing Street", "Wall Street": an address, not the streets
    best = 0
    # a verb parsed as the object ("in a strike complaining of ...") has no noun modifiers
    for child in (token.lefts if token.pos_ != "VERB" else ()):
        if not participles and child.tag_ in ("VBN", "VBD") and child.lower_ != child.lemma_:
            continue
        if child.dep_ in MODIFIER_DEPS and not _after_prefix(child):
            modifier = child.lemma_.lower()
            if f"{modifier} {head}" in wanted:
                return 3
            if modifier in wanted and not (violent and head in TRIAL_NOUNS):
                best = 2
    return best or (1 if head in wanted or token.lower_ in wanted else 0)


def _named_place(obj: Token, verb: Token) -> bool:
    """A place's name as what a verb of taking or holding ground takes: its object ("rebels captured
    Aleppo") or the noun its relative clause describes ("Raqqa, which the group captured")."""
    won_back = verb.lemma_.lower() == "win" and any(c.lower_ == "back" for c in verb.children)
    return ((verb.lemma_.lower() in TERRITORIAL or won_back) and obj.ent_type_ in ("GPE", "LOC")
            and ((obj.dep_ in ("dobj", "nsubjpass") and obj.head.i == verb.i)
                 or (verb.dep_ == "relcl" and verb.head.i == obj.i)))


UNREPEATED = frozenset({"represent", "research", "resign", "reserve", "resolve", "resort",
                        "restrain", "repose", "recover", "reform", "remark", "repair", "report",
                        "return", "review", "recall", "recount", "retreat", "relay", "refuse",
                        "reflect", "regard", "relieve", "remain", "remind", "request", "require",
                        "resemble", "resent", "reside", "resist", "respect", "respond", "retire",
                        "reveal", "rebel", "refer", "refrain", "release", "remove", "repeat",
                        "replace", "reply", "reprove", "resound", "retain"})
"""Verbs that begin with "re" but do not do another verb again ("represents evidence" presents
none; "reimpose" and "readmit" do)."""


def _repeats(lemma: str) -> bool:
    """Whether a verb may be "re" + another verb ("reimposed a blockade" as "imposed")."""
    return lemma.startswith("re") and len(lemma) > 5 and lemma not in UNREPEATED


SUMS = frozenset({"million", "billion", "trillion", "dollar", "euro", "pound", "yen", "yuan"})
"""Words of a sum of money (besides the "$" sign, which the tagger tags as such)."""
NOT_GIVEN = frozenset({"tariff", "sanction", "duty", "levy", "tax", "import", "export", "good",
                       "product", "trade", "purchase", "sale", "loss", "damage", "debt",
                       "deficit", "bond", "asset", "cost"})
"""What a sum may be of that is no money handed over ("$150 billion of tariffs", "$200
billion in Chinese goods")."""


def _sum_of_other(obj: Token) -> bool:
    """A sum counted in something that is no money handed over."""
    return (obj.lemma_.lower() in SUMS or obj.tag_ == "$") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in NOT_GIVEN for p in obj.children
        if p.dep_ == "prep" and p.lower_ in ("of", "in") for g in p.children)
