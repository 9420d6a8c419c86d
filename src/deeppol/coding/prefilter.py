"""Cheap first: find the sentences that could yield an event before anything is parsed.

Dependency parsing is most of the cost of coding. A sentence can only yield an event when it
holds a trigger candidate (a word form of a verb or noun in the event lexicon, a frame verb, or
"must") and an actor candidate (a dictionary mention, a role word, or a pronoun/noun the article
context may resolve). ``SentenceFilter`` decides this with the tokenizer, a rule-based
sentencizer and the actor phrase matchers only, then blanks the other sentences with spaces, so
character offsets, and therefore every evidence span, stay those of the original text.

Word forms come from the pipeline's own lemmatizer tables, inverted: every form that the rule
lemmatizer maps onto a lexicon lemma (plus its irregular forms) counts as a candidate, so the
filter keeps whatever the full coder could match.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.language import Language
from spacy.lookups import Lookups
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc, Span, Token

from deeppol.coding.actors import ActorMatcher
from deeppol.coding.coref import (
    BOTH_HALVES,
    GROUP_NOUNS,
    PLURAL_NOUNS,
    PLURAL_PRONOUNS,
    SINGULAR_PRONOUNS,
    STATE_STYLES,
)
from deeppol.coding.events import EventLexicon

LEMMA_POS = ("verb", "noun", "adj")
ALWAYS_TRIGGERS = frozenset({"must"})
"""Words that start a trigger without being a lexicon lemma ("X said Y must ..." is a demand)."""
REFERRING_WORDS = (PLURAL_PRONOUNS | SINGULAR_PRONOUNS | PLURAL_NOUNS | GROUP_NOUNS
                   | {"he", "she", "him", "her", "his", "sides", "countries", "nations", "states",
                      "ministers", "leaders", "governments", "parties", "delegations", "groups"}
                   | frozenset(BOTH_HALVES) | STATE_STYLES)
"""Words that may refer to an actor named in an earlier sentence."""
SPEAKING_FORMS = frozenset({"said", "says", "told", "tells", "added", "adds", "noted", "notes",
                            "explained", "explains", "wrote", "writes"})
"""Verb forms whose unknown named subject ("Pinkston said") must be read, though it yields no
event: a later "he" may be that stranger, not the last person the dictionaries know."""
HONORIFICS = frozenset({"mr.", "mrs.", "ms.", "mr", "mrs", "ms", "miss"})
"""Titles before a name that tell a person's sex: a sentence naming someone no dictionary knows
so ("Mrs. Thatcher waited for the vote") must be read too, for a later "she" may be her."""


@dataclass(frozen=True, slots=True)
class Masked:
    """A text with its unpromising sentences blanked, and where every sentence started."""

    text: str
    starts: tuple[int, ...]
    stats: FilterStats


@dataclass(frozen=True, slots=True)
class FilterStats:
    """What the filter kept of one text."""

    sentences: int
    kept: int
    kept_chars: int


class SentenceFilter:
    """Blanks the sentences of a text that cannot yield an event (see module docstring)."""

    def __init__(self, nlp: Language, actors: ActorMatcher, events: EventLexicon) -> None:
        self.nlp = nlp
        self.actors = actors
        self.sentencizer = Sentencizer()
        needs = _lemma_needs(events)
        tables = _lemma_tables(nlp)
        self.lemmas_of = _forms_of(tables, needs)
        """Word form -> the lexicon lemmas it may be an inflection of."""
        self.needs = needs
        """Lemma -> words one of which must also be in the sentence (None: nothing needed)."""
        self.needed_by = _forms_of(tables, {w for n in needs.values() if n for w in n})
        """Word form -> the needed words (objects, particles) it may be an inflection of."""
        self.words = _dictionary_words(nlp)
        """The lemmatizer's known words: a capitalised one is no name."""

    def starts(self, text: str) -> tuple[int, ...]:
        """Where each of the text's sentences starts, as ``keep`` splits them: how sentences
        are numbered, with the filter or without."""
        return tuple(first for _, first in self._sentences(text)[1])

    def _sentences(self, text: str) -> tuple[Doc, list[tuple[Span, int]]]:
        """The text split as the filter splits it, each sentence with the offset of its first
        non-space character (a sentence of only whitespace is none)."""
        doc = self.sentencizer(self.nlp.make_doc(text))
        return doc, [(sent, first) for sent in doc.sents
                     if (first := next((t.idx for t in sent if not t.is_space), None)) is not None]

    def keep(self, text: str, need_actor: bool = True,
             ) -> tuple[list[tuple[int, int]], tuple[int, ...], FilterStats]:
        """Character ranges of the sentences worth parsing, the start of every sentence, counts.

        Args:
            text: the text to scan.
            need_actor: also require an actor candidate (False when events without a source
                are wanted: ``Settings.require_source=False``).
        """
        doc, sentences = self._sentences(text)
        actor_tokens = {i for m in self.actors.find(doc) for i in range(m.start, m.end)}
        ranges: list[tuple[int, int]] = []
        kept = 0
        for sent, _ in sentences:
            if not self._worth_parsing(sent, actor_tokens, need_actor):
                continue
            kept += 1
            start, end = sent.start_char, sent.end_char
            if ranges and ranges[-1][1] >= start - 1:
                start = ranges.pop()[0]
            ranges.append((start, end))
        kept_chars = sum(end - start for start, end in ranges)
        return (ranges, tuple(first for _, first in sentences),
                FilterStats(len(sentences), kept, kept_chars))

    def _worth_parsing(self, sent: Span, actor_tokens: set[int], need_actor: bool) -> bool:
        actor = not need_actor
        lemmas: set[str] = set()
        words: set[str] = set()
        for token in sent:
            lower = token.lower_
            words.add(lower)
            if token.i in actor_tokens:
                actor = True
                continue
            if lower in REFERRING_WORDS:
                actor = True
            found = self.lemmas_of.get(lower)
            if found is None and lower.startswith("re"):
                found = self.lemmas_of.get(lower[2:])  # "reimposed" codes as "impose"
            if found:
                lemmas.update(found)
        if not actor and words & SPEAKING_FORMS and self._names_speaker(sent, actor_tokens):
            return True
        if words & HONORIFICS and _names_stranger(sent, actor_tokens):
            return True
        if not actor or not lemmas:
            return False
        present: set[str] | None = None
        for lemma in lemmas:
            needed = self.needs[lemma]
            if needed is None:
                return True
            if present is None:
                present = {w for form in words for w in self.needed_by.get(form, ())}
            if needed & present:
                return True
        return False

    def _names_speaker(self, sent: Span, actor_tokens: set[int]) -> bool:
        """Whether a speaking verb has a proper name beside it: "Pinkston said", "said Daniel
        Pinkston" (not a common noun opening the sentence: "Analysts said")."""
        for token in sent:
            if token.lower_ not in SPEAKING_FORMS:
                continue
            before = token.i - 1
            while before >= sent.start and _name_word(sent.doc[before], actor_tokens):
                before -= 1
            run = token.i - 1 - before
            if run > 1 or (run == 1 and (before >= sent.start
                                         or not self._common(sent.doc[before + 1].lower_))):
                return True
            after = token.i + 1
            if after < sent.end and _name_word(sent.doc[after], actor_tokens):
                return True
        return False

    def _common(self, word: str) -> bool:
        """A word of the lemmatizer's dictionary, or its plural ("analysts")."""
        return any(form in self.words for form in (word, word[:-1], word[:-2]))

    def mask(self, text: str, need_actor: bool = True) -> Masked:
        """``text`` with every sentence outside ``keep`` replaced by spaces (same length)."""
        ranges, starts, stats = self.keep(text, need_actor)
        if stats.kept == stats.sentences:
            return Masked(text, starts, stats)
        parts: list[str] = []
        cursor = 0
        for start, end in ranges:
            parts.append(_blank(text[cursor:start]))
            parts.append(text[start:end])
            cursor = end
        parts.append(_blank(text[cursor:]))
        return Masked("".join(parts), starts, stats)


def _names_stranger(sent: Span, actor_tokens: set[int]) -> bool:
    """Whether an honorific stands before a name no dictionary knows ("Mrs. Thatcher")."""
    doc = sent.doc
    return any(token.lower_ in HONORIFICS and token.i + 1 < sent.end
               and _name_word(doc[token.i + 1], actor_tokens) for token in sent)


def _name_word(token: Token, actor_tokens: set[int]) -> bool:
    return token.is_title and not token.is_stop and token.i not in actor_tokens


def _blank(text: str) -> str:
    """Spaces in place of ``text``, keeping its line breaks (paragraphs stay paragraphs)."""
    return "".join(ch if ch == "\n" else " " for ch in text)


def _lemma_needs(events: EventLexicon) -> dict[str, frozenset[str] | None]:
    """Each trigger lemma, with the words a pattern needs beside it (objects, else particles).

    None when some pattern or frame fires on the lemma alone.
    """
    needs: dict[str, set[str] | None] = {word: None for word in ALWAYS_TRIGGERS}
    for verb in events.frames:
        needs[verb] = None
    for (_, lemma), patterns in events.patterns.items():
        head = lemma.split()[-1]  # "drone strike" fires on "strike"
        for pattern in patterns:
            if needs.get(head, set()) is None:
                break
            if not pattern.objects and pattern.particle is None:
                needs[head] = None
                break
            wanted = {w.split()[-1] for w in pattern.objects} or {pattern.particle or ""}
            needs.setdefault(head, set()).update(wanted)  # type: ignore[union-attr]
    return {k: (frozenset(v) if v is not None else None) for k, v in needs.items()}


LemmaTables = tuple[dict[str, list[list[str]]], dict[str, frozenset[str]]]
"""The rule lemmatizer's suffix rules per part of speech, and irregular forms per lemma."""


def _lemma_lookups(nlp: Language) -> Lookups | None:
    """The rule lemmatizer's tables, when the pipeline has one."""
    return nlp.get_pipe("lemmatizer").lookups if "lemmatizer" in nlp.pipe_names else None


def _dictionary_words(nlp: Language) -> frozenset[str]:
    lookups = _lemma_lookups(nlp)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    return frozenset(word for pos in (*LEMMA_POS, "adv") for word in index.get(pos, ()))


def _lemma_tables(nlp: Language) -> LemmaTables:
    rules: dict[str, list[list[str]]] = {}
    irregular: dict[str, set[str]] = {}
    lookups = _lemma_lookups(nlp)
    if lookups is not None:
        if lookups.has_table("lemma_rules"):
            table = lookups.get_table("lemma_rules")
            rules = {pos: table.get(pos, []) for pos in LEMMA_POS}
        if lookups.has_table("lemma_exc"):
            exceptions = lookups.get_table("lemma_exc")
            for pos in LEMMA_POS:
                for form, bases in (exceptions.get(pos) or {}).items():
                    for base in bases:
                        irregular.setdefault(base, set()).add(form)
    return rules, {k: frozenset(v) for k, v in irregular.items()}


def _forms_of(tables: LemmaTables, lemmas: Iterable[str]) -> dict[str, frozenset[str]]:
    """Lower-case word form -> the ``lemmas`` the rule lemmatizer may map it onto."""
    rules, irregular = tables
    found: dict[str, set[str]] = {}
    for lemma in lemmas:
        forms = {lemma, *irregular.get(lemma, ())}
        if len(lemma) > 2 and lemma[-1] not in "aeiouwxy":  # "planned", "shelling"
            forms.update({lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"})
        for pos_rules in rules.values():
            for old, new in pos_rules:
                if lemma.endswith(new):
                    forms.add(lemma[: len(lemma) - len(new)] + old)
        for form in forms:
            found.setdefault(form, set()).add(lemma)
    return {form: frozenset(bases) for form, bases in found.items()}
