"""The rule coder: parsed article -> events with evidence.

``Coder`` owns the pipeline and the lexicons (loaded once, passed in, never global). For each
sentence it finds triggers (verb and noun patterns, complement frames), reads source and target
off the parse, resolves them to actor codes, decides modality, date and place, and emits
``Event`` records whose evidence points back into the article text.
"""

from __future__ import annotations

import copy
import datetime as dt
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from deeppol.coding.actors import ActorLexicon, ActorMatcher, Mention
from deeppol.coding.coref import ArticleContext
from deeppol.coding.dictionaries import Dictionaries, load_dictionaries
from deeppol.coding.events import EventLexicon, Match, Pattern
from deeppol.coding.ontology import Ontology
from deeppol.coding.places import Gazetteer, PlaceResolver
from deeppol.coding.resolve import resolve_actors
from deeppol.coding.structure import (
    is_light_verb,
    is_passive,
    modality,
    prep_objects,
    subject_heads,
    target_heads,
    with_conjuncts,
)
from deeppol.coding.timex import DateResolver
from deeppol.config import Settings
from deeppol.errors import ConfigError
from deeppol.nlp.pipeline import load_pipeline
from deeppol.types import ASSERTED, NEGATED, ActorRef, Article, Event, Evidence, Location, Rejection

log = logging.getLogger(__name__)
CODER_NAME = "deeppol.RuleCoder.v1"
SPEECH_ROOT = "01"
NOMINAL_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass"})
"""A verb form in a noun's place ("killed in shelling") takes its actors like a noun."""
REPORTED_DEPS = frozenset({"ccomp", "parataxis", "xcomp"})
COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
REFUSAL_AUX = frozenset({"will", "would", "wo", "shall"})
FUTURE_AUX = frozenset({"will", "shall", "'ll"})
PROMISABLE_ROOTS = frozenset({"05", "06", "07", "08"})
"""A meeting announced for later is still coded as a meeting (04); promises of support,
cooperation, aid or concessions are intents (03x)."""
LOCATIVE_TARGET_ROOTS = frozenset({"04", "14", "15", "18", "19", "20"})
"""Meetings, protests and shows of force with no other target are aimed at the host country
("met in Zurich" -> CHE, "protested in Beijing" -> CHN, "struck targets in Gaza" -> PSE),
as PETRARCH-style CAMEO coders do."""


@dataclass(frozen=True, slots=True)
class Trigger:
    """A pattern (or frame) that fired, with where to look for its arguments."""

    token: Token
    code: str
    pattern_id: str
    confidence: float
    symmetric: bool
    sources: list[Token]
    targets: list[Token]
    reciprocal: bool = True
    """Symmetric events with a target are also coded target -> source ("X met Y")."""
    fallback_targets: tuple[Token, ...] = ()
    """Targets used only when ``targets`` yield no actor (the host of a meeting)."""


class Coder:
    """Codes articles into CAMEO/PLOVER events. Build once, reuse for many articles.

    Example:
        >>> coder = Coder()
        >>> events = coder.code_text("Japan and Australia signed a defense pact.", date="2022-01-06")
    """

    def __init__(self, settings: Settings | None = None, nlp: Language | None = None) -> None:
        self.settings = settings or Settings()
        self.nlp = nlp if nlp is not None else load_pipeline(self.settings.model)
        self.dictionaries: Dictionaries = load_dictionaries(self.settings.dictionaries)
        self.ontology = Ontology.load()
        self.actor_lexicon = ActorLexicon.from_dictionaries(self.dictionaries)
        self.actors = ActorMatcher(self.nlp, self.actor_lexicon)
        self.events = EventLexicon.from_dictionaries(self.dictionaries, self.ontology)
        self.dates = DateResolver()
        self.gazetteer = Gazetteer()
        self.places = PlaceResolver(self.gazetteer)

    def derive(self, **changes: object) -> Coder:
        """A coder sharing this one's pipeline and lexicons, with some output settings changed.

        Only settings that filter or format output may change (not ``dictionaries``/``model``).
        """
        for key in ("dictionaries", "model"):
            if key in changes and changes[key] != getattr(self.settings, key):
                raise ConfigError(f"[E004] {key} cannot change on a derived coder; build a new one")
        twin = copy.copy(self)
        twin.settings = self.settings.replace(**changes)
        return twin

    @property
    def version(self) -> str:
        """Coder name plus dictionary digest: what produced a set of events."""
        return f"{CODER_NAME}+{self.dictionaries.version}"

    # -- entry points -------------------------------------------------------------------------

    def code_text(self, text: str, date: dt.date | str | None = None,
                  doc_id: str = "text") -> list[Event]:
        """Code one text; ``date`` is the publication date (``date`` or ISO string)."""
        day = dt.date.fromisoformat(date) if isinstance(date, str) else date
        return next(self.code_articles([Article(doc_id, text, day)]))[1]

    def code_articles(
        self, articles: Iterable[Article],
        on_rejection: Callable[[Rejection], None] | None = None,
    ) -> Iterator[tuple[Article, list[Event]]]:
        """Code a stream of articles lazily, in order, batching the parsing with ``nlp.pipe``.

        Args:
            articles: the articles; long ones are parsed in paragraph-aligned chunks.
            on_rejection: called with a ``Rejection`` when coding one article fails; the run goes
                on without it. When None, the exception propagates.
        """
        chunks = self._chunks(articles)
        current: Article | None = None
        failed = False
        context = ArticleContext()
        events: list[Event] = []
        sentence_base = 0
        for doc, (article, offset, last) in self.nlp.pipe(
            chunks, as_tuples=True, batch_size=self.settings.batch_size
        ):
            if article is not current:
                current, context, events, sentence_base = article, ArticleContext(), [], 0
                failed = False
            if not failed:
                try:
                    sentence_base = self._code_doc(doc, article, offset, sentence_base, context,
                                                   events)
                except Exception as exc:  # one article must not abort a corpus run
                    if on_rejection is None:
                        raise
                    log.exception("coding %s failed", article.id)
                    on_rejection(Rejection(article.id, "coding", "error",
                                           f"{type(exc).__name__}: {exc}"))
                    failed = True
            if last and not failed:
                yield article, events

    def _chunks(self, articles: Iterable[Article]) -> Iterator[tuple[str, tuple[Article, int, bool]]]:
        limit = self.settings.max_chunk_chars
        for article in articles:
            text = article.text
            if len(text) <= limit:
                yield text, (article, 0, True)
                continue
            start = 0
            while start < len(text):
                end = min(len(text), start + limit)
                if end < len(text):
                    cut = max(text.rfind("\n", start, end), text.rfind(". ", start, end))
                    end = cut + 1 if cut > start else end
                yield text[start:end], (article, start, end >= len(text))
                start = end

    # -- one parsed chunk ---------------------------------------------------------------------

    def _code_doc(self, doc: Doc, article: Article, offset: int, sentence_base: int,
                  context: ArticleContext, out: list[Event]) -> int:
        by_token: dict[int, Mention] = {}
        for mention in self.actors.find(doc):
            for i in range(mention.start, mention.end):
                by_token[i] = mention
        index = sentence_base
        for index, sent in enumerate(doc.sents, start=sentence_base):
            triggers = self._triggers(sent)
            first = min((t.token.i for t in triggers), default=sent.end)
            # subjects before the first trigger ("Obama said he would ...") are antecedents
            self._remember_subjects(sent[: first - sent.start], by_token, article.date, context,
                                    offset)
            if triggers:
                out.extend(self._events(sent, index, triggers, by_token, article, offset, context))
        return index + 1

    def _remember_subjects(self, sent: Span, by_token: dict[int, Mention], day: dt.date | None,
                           context: ArticleContext, offset: int) -> None:
        for token in sent:
            if token.dep_ in ("nsubj", "nsubjpass") and token.i in by_token:
                context.remember(resolve_actors(token, by_token, day, context, offset))

    def _triggers(self, sent: Span) -> list[Trigger]:
        found: list[Trigger] = []
        consumed: set[int] = set()
        for token in sent:
            if token.i in consumed or token.pos_ not in ("VERB", "AUX", "NOUN", "PROPN", "ADJ"):
                continue
            trigger = self._frame(token, consumed) if token.pos_ in ("VERB", "ADJ") else None
            if token.pos_ == "ADJ" and trigger is None:
                continue
            if trigger is None:
                match = self.events.match(token)
                if match is None:
                    continue
                if match.object_token is not None:
                    consumed.add(match.object_token.i)
                trigger = self._plain(match)
            if trigger is not None:
                found.append(trigger)
        return _drop_reporting(self._demands(sent, found, consumed))

    def _demands(self, sent: Span, found: list[Trigger], consumed: set[int]) -> list[Trigger]:
        """"X said Y must do Z" is X's demand on Y (CAMEO 10x), whatever Z is."""
        frames = self.events.frames.get("demand")
        if not frames:
            return found
        by_token = {t.token.i: t for t in found}
        result = list(found)
        for token in sent:
            if token.dep_ != "ccomp" or token.head.pos_ != "VERB" or token.i in consumed:
                continue
            if not any(c.dep_ == "aux" and c.lower_ == "must" for c in token.children):
                continue
            inner = by_token.get(token.i)
            if inner is not None:
                result.remove(inner)
            root = self.ontology.get(inner.code).root if inner else None
            targets = subject_heads(token) + (inner.targets if inner else [])
            pattern_id = "frame:demand-must" + (f"+{inner.pattern_id}" if inner else "")
            result.append(Trigger(token.head, frames[0].code_for(root), pattern_id, 0.6, False,
                                  subject_heads(token.head), targets, reciprocal=False))
        return result

    def _frame(self, token: Token, consumed: set[int]) -> Trigger | None:
        if token.lemma_.lower() not in self.events.frames:
            return None
        complement = next((c for c in token.children if c.pos_ == "VERB" and (
            c.dep_ == "xcomp" or (c.dep_ in ("advcl", "ccomp") and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children)))), None)
        if complement is None:
            return None
        # the one acted on: "urged Iran to", or the infinitive's own subject ("wants Putin to")
        own = [c for c in token.children if c.dep_ in ("dobj", "dative")] + [
            c for c in complement.children if c.dep_ == "nsubj"]
        frame = self.events.frame(token, has_object=bool(own))
        if frame is None:
            return None
        inner = self.events.match(complement)
        root = self.ontology.get(inner.pattern.code).root if inner else None
        consumed.add(complement.i)
        if inner and inner.object_token is not None:
            consumed.add(inner.object_token.i)
        # "Syria is willing to withdraw": the adjective's subject is the copula's
        subjects = subject_heads(token.head if token.pos_ == "ADJ" else token)
        inner_targets = (target_heads(complement, inner.pattern.target, inner.object_token,
                                      inner.pattern.passive_target) if inner
                         else target_heads(complement, (), None, True))
        targets = (with_conjuncts(own) + inner_targets if frame.target == "object"
                   else inner_targets + with_conjuncts(own))
        pattern_id = f"frame:{frame.id}" + (f"+{inner.pattern.id}" if inner else "")
        confidence = 0.85 * (inner.pattern.confidence if inner else 0.7)
        # "X vowed to meet Y" is X's act alone; "X and Y agreed to meet" is mutual
        return Trigger(token, frame.code_for(root), pattern_id, confidence,
                       bool(inner and inner.pattern.symmetric), subjects, targets,
                       reciprocal=False)

    def _plain(self, match: Match) -> Trigger:
        pattern: Pattern = match.pattern
        token = match.token
        if pattern.pos == "noun" or token.dep_ in NOMINAL_DEPS:  # "in Israeli shelling"
            sources = _noun_sources(token)
        else:
            sources = subject_heads(token) or _agentless_passive_sources(token)
        targets = target_heads(token, pattern.target, match.object_token, pattern.passive_target)
        if pattern.source:  # "Y received aid from X": the giver is the source
            anchors = [token] + ([match.object_token] if match.object_token is not None else [])
            givers = [t for place in pattern.source for a in anchors for t in prep_objects(a, place)]
            sources, targets = givers, sources
        fallback: tuple[Token, ...] = ()
        if self.ontology.get(pattern.code).root in LOCATIVE_TARGET_ROOTS:
            fallback = tuple(_locative_heads(token, match.object_token))
        if pattern.pos == "noun" and pattern.symmetric:
            between = prep_objects(token, "between")
            if len(between) >= 2 and not sources:
                sources, targets = between[:1], between[1:]
        return Trigger(token, pattern.code, pattern.id, pattern.confidence, pattern.symmetric,
                       sources, targets, fallback_targets=fallback)

    # -- events -------------------------------------------------------------------------------

    def _events(self, sent: Span, index: int, triggers: list[Trigger],
                by_token: dict[int, Mention], article: Article, offset: int,
                context: ArticleContext) -> Iterator[Event]:
        day = article.date
        settings = self.settings
        when = None
        where: Location | None = None
        for trigger in triggers:
            mode = modality(trigger.token)
            if mode == NEGATED:
                trigger, mode = self._as_refusal(trigger, mode)
            elif mode == ASSERTED:
                trigger = self._as_intent(trigger)
            sources = self._actors(trigger.sources, by_token, day, context, offset)
            targets = self._actors(trigger.targets, by_token, day, context, offset)
            reciprocal = trigger.reciprocal
            if not targets and trigger.fallback_targets:
                targets = self._actors(list(trigger.fallback_targets), by_token, day, context,
                                       offset)
                reciprocal = False
            source_codes = {s.code for s in sources}
            targets = [t for t in targets if t.code not in source_codes]
            paired = bool(targets) or (trigger.symmetric and len(sources) > 1)
            if not sources and settings.require_source:
                continue
            if not paired and settings.require_target:
                continue
            if mode != ASSERTED and not settings.include_unasserted:
                continue
            if when is None:
                when = self.dates.resolve(sent, day)
                place = self.places.resolve(sent)
                where = (Location(place.name, place.country, place.lat, place.lon,
                                  place.start + offset, place.end + offset) if place else None)
            confidence = (trigger.confidence * (1.0 if paired else 0.85)
                          * (1.0 if sources else 0.5) * _prominence(trigger.token))
            if confidence < settings.min_confidence:
                continue
            for source, target in _dyads(sources, targets, trigger.symmetric, reciprocal):
                if source is not None and target is not None:
                    context.remember_pair(source, target)
                yield self._event(sent, index, trigger, source, target, mode, when, where,
                                  confidence, article, offset)

    def _as_refusal(self, trigger: Trigger, mode: str) -> tuple[Trigger, str]:
        """"X will not / would not give aid to Y" is a refusal (12x), as CAMEO codes it."""
        refuse = self.events.frames.get("refuse")
        root = self.ontology.get(trigger.code).root
        token = trigger.token
        future = any(c.dep_ == "aux" and c.lower_ in REFUSAL_AUX for c in token.children)
        if not refuse or not future or root not in COOPERATIVE_ROOTS:
            return trigger, mode
        code = refuse[0].code_for(root)
        return replace(trigger, code=code, pattern_id=f"{trigger.pattern_id}+refusal"), ASSERTED

    def _as_intent(self, trigger: Trigger) -> Trigger:
        """"X will send aid to Y" is a promise (03x), as CAMEO and PLOVER (AGREE) code it."""
        intend = self.events.frames.get("vow")
        root = self.ontology.get(trigger.code).root
        token = trigger.token
        # "would" is the future of reported speech: "Israel announced it would free prisoners"
        future = FUTURE_AUX | ({"would"} if token.dep_ == "ccomp" else set())
        if (not intend or root not in PROMISABLE_ROOTS or trigger.pattern_id.startswith("frame:")
                or not any(c.dep_ == "aux" and c.lower_ in future for c in token.children)):
            return trigger
        return replace(trigger, code=intend[0].code_for(root),
                       pattern_id=f"{trigger.pattern_id}+future")

    def _actors(self, heads: list[Token], by_token: dict[int, Mention], day: dt.date | None,
                context: ArticleContext, offset: int) -> list[ActorRef]:
        refs: list[ActorRef] = []
        for head in heads:
            found = resolve_actors(head, by_token, day, context, offset) or self._place_actor(
                head, offset)
            if not found:  # "praised China's assistance": the possessor acts
                for owner in (c for c in head.children if c.dep_ == "poss"):
                    found = resolve_actors(owner, by_token, day, context, offset)
            context.remember(found)
            for _, ref in found:
                if all(ref.code != r.code for r in refs):
                    refs.append(ref)
            if refs and head.dep_ not in ("conj",) and not head.conjuncts:
                break
        return refs

    def _place_actor(self, head: Token, offset: int) -> list[tuple[str, ActorRef]]:
        """A town or region missing from the actor dictionaries stands for its country
        ("shelled Kharkiv" -> UKR), found in the offline gazetteer."""
        doc = head.doc
        if head.ent_type_ in ("GPE", "LOC"):
            span = next((e for e in doc.ents if e.start <= head.i < e.end), None)
        elif head.pos_ == "PROPN" and not head.ent_type_:  # a place the tagger missed
            span = doc[min([head.i] + [c.i for c in head.lefts if c.dep_ == "compound"]):head.i + 1]
        else:
            return []
        entry = self.gazetteer.lookup(span.text) if span is not None else None
        if span is None or entry is None or not entry.country:
            return []
        ref = ActorRef(entry.country, span.text, span.start_char + offset, span.end_char + offset,
                       (f"gazetteer:{entry.name}",))
        return [("country", ref)]

    def _event(self, sent: Span, index: int, trigger: Trigger, source: ActorRef | None,
               target: ActorRef | None, mode: str, when, where: Location | None,
               confidence: float, article: Article, offset: int) -> Event:
        token = trigger.token
        code = self.ontology.get(trigger.code)
        entries = (*(source.entries if source else ()), *(target.entries if target else ()))
        evidence = Evidence(
            sentence=sent.text,
            start=sent.start_char + offset,
            end=sent.end_char + offset,
            trigger=(token.idx + offset, token.idx + len(token) + offset),
            pattern=trigger.pattern_id,
            source=(source.start, source.end) if source else None,
            target=(target.start, target.end) if target else None,
            entries=tuple(dict.fromkeys(entries)),
        )
        return Event(
            doc_id=article.id,
            sentence_index=index,
            source=source,
            target=target,
            code=code,
            mode=mode,
            event_date=when.value,
            date_precision=when.precision,
            location=where,
            trigger_text=token.text,
            evidence=evidence,
            confidence=round(min(1.0, confidence), 3),
            date_text=when.text,
            coder=CODER_NAME,
        )


def _agentless_passive_sources(verb: Token) -> list[Token]:
    """"Four were killed in Israeli shelling": who did it is said by the event noun."""
    if not is_passive(verb):
        return []
    return [m for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "during", "by")
            for g in c.children if g.dep_ == "pobj"
            for m in (*(x for x in g.children if x.dep_ == "poss"),
                      *(x for x in g.lefts if x.dep_ in ("amod", "compound", "nmod")))]


def _noun_sources(noun: Token) -> list[Token]:
    """Who performs a noun event: its possessor, an actor modifier, or a light verb's subject."""
    possessors = [c for c in noun.children if c.dep_ == "poss"]
    if possessors:
        return with_conjuncts(possessors)
    modifiers = [c for c in noun.lefts if c.dep_ in ("amod", "compound", "nmod")]
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and is_light_verb(head):
        subjects = subject_heads(head)
        if subjects:
            return subjects
    if noun.dep_ == "pobj" and head.head.pos_ == "VERB" and is_light_verb(head.head):
        return subject_heads(head.head) + modifiers
    by = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children
          if g.dep_ == "pobj"]
    return with_conjuncts(by) + modifiers


def _locative_heads(trigger: Token, object_token: Token | None) -> list[Token]:
    """Objects of "in"/"at" on the trigger, its object, or the light verb governing a noun."""
    anchors = [trigger]
    if object_token is not None:
        anchors.append(object_token)
    if trigger.pos_ in ("NOUN", "PROPN") and is_light_verb(trigger.head):
        anchors.append(trigger.head)
    places: list[Token] = []
    for head in (h for anchor in anchors for place in ("in", "at") for h in prep_objects(anchor, place)):
        if _is_place_name(head):
            places.append(head)
        else:  # "in the east of the Gaza Strip"
            places.extend(g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                          for g in c.children if g.dep_ == "pobj" and _is_place_name(g))
    return places


def _is_place_name(token: Token) -> bool:
    return token.pos_ == "PROPN" or token.ent_type_ in ("GPE", "LOC", "FAC")


def _prominence(token: Token) -> float:
    """Main-clause triggers outrank embedded ones: 0.8 per dependency level below the root."""
    depth = 0
    while token.head.i != token.i and depth < 4:
        if token.dep_ not in ("conj", "xcomp"):
            depth += 1
        token = token.head
    return 0.8**depth


def _drop_reporting(triggers: list[Trigger]) -> list[Trigger]:
    """Reported speech: in "X said Y attacked Z" (or "Y attacked Z, X said") the event is
    Y->Z, not X's statement. Statements about a noun ("expressed sorrow for the shootings")
    stay."""
    if len(triggers) < 2:
        return triggers
    positions = {t.token.i for t in triggers}
    kept: list[Trigger] = []
    for trigger in triggers:
        token = trigger.token
        if trigger.code.startswith(SPEECH_ROOT) and token.pos_ in ("VERB", "AUX"):
            reported = {t.i for c in token.children if c.dep_ in REPORTED_DEPS
                        for t in c.subtree}
            if reported & positions or (token.dep_ in REPORTED_DEPS
                                        and any(a.i in positions for a in token.ancestors)):
                continue
        kept.append(trigger)
    return kept


def _dyads(sources: list[ActorRef], targets: list[ActorRef], symmetric: bool,
           reciprocal: bool) -> Iterator[tuple[ActorRef | None, ActorRef | None]]:
    if not sources:
        for target in targets or [None]:
            yield None, target
        return
    if symmetric and not targets and len(sources) > 1:
        # "Japan and Australia signed a pact": each side towards the other
        for source in sources:
            for other in sources:
                if other.code != source.code:
                    yield source, other
        return
    for source in sources:
        if not targets:
            yield source, None
        for target in targets:
            yield source, target
            if symmetric and reciprocal:
                yield target, source




__all__ = ["CODER_NAME", "Coder"]
