"""The rule coder: parsed article -> events with evidence.

``Coder`` owns the pipeline and the lexicons (loaded once, passed in, never global). For each
sentence it finds triggers (verb and noun patterns, complement frames), reads source and target
off the parse, resolves them to actor codes, decides modality, date and place, and emits
``Event`` records whose evidence points back into the article text.
"""

from __future__ import annotations

import bisect
import copy
import datetime as dt
import functools
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from deeppol.coding.actors import ActorLexicon, ActorMatcher, Mention, given_name
from deeppol.coding.coref import (
    NAMED_EARLIER,
    PERSON_PRONOUNS,
    PERSON_ROLES,
    PLACE,
    PLURAL_TAGS,
    ArticleContext,
    given_names,
    person_key,
    quote_speaker,
    quoted,
    state_styles,
)
from deeppol.coding.dateline import Dateline, find_datelines, without_datelines
from deeppol.coding.dictionaries import Dictionaries, load_dictionaries
from deeppol.coding.entities import RuleEntities
from deeppol.coding.events import EventLexicon
from deeppol.coding.furniture import blank_furniture
from deeppol.coding.ontology import GENERIC_BLOCKS, Ontology
from deeppol.coding.places import (
    BIG_CITY,
    SUBNATIONAL,
    Gazetteer,
    GeoEntry,
    Place,
    PlaceResolver,
    in_waters,
)
from deeppol.coding.prefilter import SentenceFilter
from deeppol.coding.resolve import (
    CIVILIANS,
    EARLIER_COUNTRY,
    OTHERS_OF,
    PERSONAL_TIES,
    UNKNOWN_COUNTRY,
    VENUE_KINDS,
    from_elsewhere,
    resolve_actors,
)
from deeppol.coding.structure import (
    PERSONAL_OBJECTS,
    RELATIVE_PRONOUNS,
    SETTINGS,
    TIME_PREPOSITIONS,
    VIOLENT_NOUNS,
    announcing_verb,
    companions,
    first_conjunct,
    has_aux,
    is_light_verb,
    issuing_verb,
    misread_finite,
    modality,
    modifies_violence,
    name_conjuncts,
    phrase_tokens,
    prep_objects,
    with_conjuncts,
)
from deeppol.coding.timex import DateResolver, ResolvedDate
from deeppol.coding.triggers import (
    CONSULT_ROOT,
    DEMONSTRATIVES,
    SPEECH_ROOT,
    SUFFERED,
    TOPIC_PREPOSITIONS,
    VISIT,
    Trigger,
    TriggerFinder,
    is_future,
)
from deeppol.config import Settings
from deeppol.errors import ConfigError
from deeppol.nlp.pipeline import load_pipeline
from deeppol.types import ASSERTED, ActorRef, Article, Event, Evidence, Location, Rejection

log = logging.getLogger(__name__)
CODER_NAME = "deeppol.RuleCoder.v1"
WARM_UP_TEXT = "Japan and Australia signed a defense pact in Canberra on Thursday."
COUNTERPARTS = frozenset({"counterpart", "counterparts"})
BACKGROUND_MARKS = frozenset({"after", "before", "since", "following", "as", "when", "while",
                              "because"})
"""Subordinate clauses that give the time or cause of the main event rank below it."""
OTHER_TIME_MARKS = BACKGROUND_MARKS - {"as", "when", "while"} | {"until"}
"""Subordinate clauses whose time is not the main event's ("after the war ended in 1975");
"when", "as" and "while" share it."""
PARTNER_PREPOSITIONS = frozenset({"with", "alongside"})
"""A target after these acts together with the source ("held drills with China")."""
MEETING_PREPOSITIONS = PARTNER_PREPOSITIONS | {"between"}
"""A meeting's partner follows these ("talks with Iran", "talks between Iran and ...")."""
YEARS_NAMED = (1900, 2100)
"""Numbers that name an event's year when they modify its noun ("the 1967 war")."""
FRAME = "frame:"
"""Pattern id prefix of a frame's event ("frame:appeal": "urged Obama to act")."""
VENUE_PREPOSITIONS = frozenset({"at", "in"})
"""Where the sides of a meeting met, not whom they met ("held talks at the UN")."""
SIDELINES = frozenset({"sideline", "sidelines", "margin", "margins", "side"})
"""Nouns of "on the sidelines of the G20": where the sides met, too."""
CLASH = "clash"
CONTESTS = frozenset({"beat", "crush", "trounce", "thrash", "rout"})
"""Verbs of force that between parties are a vote won ("the Tories beating Labour")."""
PARTY = "PTY"
PARTY_KIND = "party"
SEIZING = frozenset({"192"})
"""Codes of taking ground by force, which parties and lawmakers only win in votes."""
ELECTED_SECTORS = frozenset({"PTY", "LEG"})
"""Sectors that take control of a chamber by election ("Democrats will take control of the
House")."""
DISAPPROVE = "110"
THREATEN = "130"
BOMBING = "183"
AERIAL = "195"
STATE_FORCES = frozenset({"", "MIL", "GOV"})
"""Sectors (none: the country itself) whose bombings are air strikes."""
PESSIMISM = "012"
FOREBODING = frozenset({"warn", "caution"})
"""Verbs of a threat that, with only a forecast about no one, are a pessimistic comment."""
IMPERSONAL_PRONOUNS = DEMONSTRATIVES | {"there", "what", "something", "nothing", "everything",
                                        "anything", "much", "more", "little"}
"""Pronouns that name no actor ("warned that this is a critical time")."""
ADDRESSED_PRONOUNS = frozenset({"we", "us", "you"})
"""Pronouns in a warning's clause that make it the speaker's threat to the hearer."""
WARLIKE = VIOLENT_NOUNS | {"war", "conflict", "retaliation", "response", "consequence"}
"""Nouns whose coming, foretold, is a threat ("warned that war could break out")."""
STEPS = frozenset({"action", "measure", "step", "countermeasure"})
"""Objects of "take" that, foretold in a warning, threaten ("will take action")."""
BYSTANDERS = frozenset({"CVL", "REF"})
"""Agents who, as the subject of a warning's clause, suffer what is foretold ("warned that
millions of people are at risk of hunger")."""
VERBAL_SECTORS = frozenset({"GOV", "LEG", "ELI", "PTY", "JUD", "MED", "BUS", "EDU", "NGO"})
"""Sectors whose clashes are arguments, not fights."""
ATTACKS = frozenset({"attack", "offensive", "assault", "onslaught", "broadside"})
"""Nouns and verbs of attack that may be made in words ("launched an offensive against the
administration's decision")."""
FIGHT_ROOT = "19"
STRIVING = frozenset({"fight", "battle", "struggle"})
"""Verbs of fighting that, with an infinitive and no enemy, may only be striving ("fought to
keep the law")."""
CRITICIZE = "111"
POLITICAL_FIGHTS = frozenset({"fight", "battle", "feud", "war"})
"""Words of a fight that is politics when lawmakers or parties wage it with officials."""
UNARMED_SECTORS = frozenset({"LEG", "PTY", "MED", "NGO", "HRI"})
"""Sectors that attack only in words: lawmakers, parties, the press, NGOs and rights groups
("GOP attacks on Obama", "Republicans have been attacking Rice"); a government commands
forces."""
WORDY_ATTACKS = frozenset({"partisan", "scathing", "verbal", "verbally", "personal", "political",
                           "politically", "rhetorical", "blistering", "withering", "vitriolic",
                           "ad", "hominem", "racist", "sexist", "smear", "twitter", "online"})
"""Words that make an attack one of words ("his scathing attacks on Islam")."""
SPOKEN_AGAINST = frozenset({"integrity", "credibility", "legitimacy", "character", "reputation",
                            "honesty", "patriotism", "motive", "record", "policy", "decision",
                            "freedom", "independence", "democracy", "truth", "science", "value",
                            "constitution", "rule", "idea", "plan", "proposal", "statement",
                            "remark", "comment", "claim", "report", "deal", "agreement",
                            "handling", "response", "approach", "stance", "position",
                            "inquiry", "investigation", "probe", "media", "press", "ruling",
                            "verdict"})
"""What an attack can be aimed at only in words ("an attack on the integrity of ...")."""
FORCE_ROOTS = ("18", "19")
"""Roots of assault and fighting: what an attack in words is read off (not "hit back with
levies", a sanction)."""
ALLIED_PREPOSITIONS = frozenset({"for", "alongside", "beside"})
"""Prepositions of the side one fights on ("fighting for the regime", "alongside the army")."""
MEMBERSHIP = frozenset({"part", "member", "members", "ally", "allies"})
"""What one fights "as" on a side ("as part of the radical groups", "as members of ISIS")."""
SPELLS = frozenset({"day", "week", "month", "year", "hour", "minute", "decade", "time", "while",
                    "night", "moment", "generation", "century"})
"""How long a fight lasted ("fought for 13 days"), no side it was fought for."""
GROUND = frozenset({"area", "territory", "control", "city", "town", "village", "region", "land",
                    "ground", "position", "base", "stronghold", "province", "district", "hill",
                    "airport", "road", "neighborhood", "neighbourhood", "street", "border"})
"""What is fought over by arms ("continues to fight for isolated areas"), no cause or side."""
RETORTS = frozenset({"fire", "shoot", "hit", "strike"})
"""Verbs that, with "back", may answer in words ("fired back at his critics")."""
RETORTED = frozenset({"critic", "criticism", "accusation", "allegation", "charge", "question",
                      "suggestion", "attack", "detractor", "opponent", "skeptic", "sceptic"})
"""What only a retort in words answers ("hit back at critics", "shot back at the charges")."""
CALLED_PERSONS = PERSON_PRONOUNS | {"me", "us"}
"""Targets that are someone, though no one known ("Obama called him", "they called me"): enough
for a pattern that ``needs_target``."""
PERSON_ENTRY = "people:"
GOVERNMENT = "GOV"
AWAY_ROOTS = frozenset({"04", "09"})
"""Meetings and investigations are aimed at their host only abroad."""
PRESS = UNKNOWN_COUNTRY + "MED"
"""Reporters or journalists of no named country: whom one talks to, not who is talked to."""
NOT_TOWNS = frozenset({"PERSON", "DATE"})
"""Entity labels that rule out a town among an attack's targets."""
FOREIGN_ROLES = frozenset({"counterpart", "ally", "allies", "partner", "colleague", "foreigner",
                           "visitor", "guest", "delegation"})
"""Role words naming people from elsewhere: never localised to where the event happened."""
CROWDS = frozenset({"CVL", "OPP", "REF", "LAB", "EDU"})
"""Sectors of the population, found where the events are, not where the article began."""
DEADLINES = frozenset({"deadline", "target", "timetable", "timeline", "cutoff", "ultimatum"})
"""Nouns a date names the end of ("the June 30 deadline")."""
DUE_DATES = frozenset({"deadline", "cutoff", "ultimatum"})
"""Deadlines whose "of" or "on" phrase names when something is due ("the deadline of
October 31")."""
PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re", "'m", "’s", "’re", "’m"})
"""Forms of "be" that make a progressive present ("is investigating")."""
STRIKING_ROOTS = frozenset({"17", "18", "19", "20"})
"""Coercion and violence: aimed at a town, they happened there."""
ChunkInfo = tuple[Article, int, bool, tuple[int, ...], tuple[Dateline, ...]]


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
        self.given_names = given_names(self.dictionaries)
        self.styles = state_styles(self.dictionaries)
        self.actors = ActorMatcher(self.nlp, self.actor_lexicon)
        self.events = EventLexicon.from_dictionaries(self.dictionaries)
        self.triggers = TriggerFinder(self.events, self.ontology)
        self.dates = DateResolver()
        self.gazetteer = Gazetteer()
        self.non_places = self.actor_lexicon.non_place_names()
        self.places = PlaceResolver(self.gazetteer)
        self.prefilter = SentenceFilter(self.nlp, self.actors, self.events)
        self.entities = self._entity_rules()

    def _entity_rules(self) -> RuleEntities | None:
        """The rule entities, or None when spaCy's NER is wanted (``Settings.entities``)."""
        if self.settings.entities == "rules":
            return RuleEntities(self.gazetteer, self.non_places)
        if "ner" not in self.nlp.pipe_names:
            raise ConfigError("[E009] entities='model' needs a spaCy pipeline with an 'ner' "
                              "component")
        return None

    def derive(self, **changes: object) -> Coder:
        """A coder sharing this one's pipeline and lexicons, with some output settings changed.

        Only settings that filter or format output may change (not ``dictionaries``/``model``).
        """
        for key in ("dictionaries", "model"):
            if key in changes and changes[key] != getattr(self.settings, key):
                raise ConfigError(f"[E004] {key} cannot change on a derived coder; build a new one")
        twin = copy.copy(self)
        twin.settings = self.settings.replace(**changes)
        if twin.settings.entities != self.settings.entities:
            twin.entities = twin._entity_rules()
        return twin

    @property
    def version(self) -> str:
        """Coder name plus dictionary digest: what produced a set of events."""
        return f"{CODER_NAME}+{self.dictionaries.version}"

    # -- entry points -------------------------------------------------------------------------

    def warm_up(self) -> None:
        """Code one sentence, so that parts built lazily on first use (the date parser's
        language data, spaCy's caches) are ready before timed or real work arrives."""
        self.code_text(WARM_UP_TEXT, "2022-01-07")

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
        context = ArticleContext(given_names=self.given_names, styles=self.styles)
        events: list[Event] = []
        sentence_base = 0
        skip = ["ner"] if self.entities is not None and "ner" in self.nlp.pipe_names else []
        for doc, (article, offset, last, starts, datelines) in self.nlp.pipe(
            chunks, as_tuples=True, batch_size=self.settings.batch_size, disable=skip
        ):
            if self.entities is not None:
                self.entities(doc)
            if article is not current:
                current, context, events, sentence_base = (
                    article, ArticleContext(given_names=self.given_names, styles=self.styles), [], 0)
                failed = False
            if not failed:
                try:
                    sentence_base = self._code_doc(doc, article, offset, sentence_base, context,
                                                   events, starts, datelines)
                except Exception as exc:  # one article must not abort a corpus run
                    if on_rejection is None:
                        raise
                    log.exception("coding %s failed", article.id)
                    on_rejection(Rejection(article.id, "coding", "error",
                                           f"{type(exc).__name__}: {exc}"))
                    failed = True
            if last and not failed:
                yield article, events

    def _chunks(self, articles: Iterable[Article]) -> Iterator[tuple[str, ChunkInfo]]:
        """Texts to parse, without page furniture and datelines, with (article, offset, last
        chunk?, sentence starts of the pre-filter, datelines)."""
        need_actor = self.settings.require_source
        for text, (article, offset, last) in self._split(articles):
            text = blank_furniture(text)
            found = find_datelines(text, self.gazetteer.lookup)
            text, cut = without_datelines(text, found)
            offset += cut
            datelines = tuple(d.moved(-cut) for d in found)
            if not self.settings.prefilter:
                yield text, (article, offset, last, self.prefilter.starts(text), datelines)
                continue
            masked = self.prefilter.mask(text, need_actor)
            yield masked.text, (article, offset, last, masked.starts, datelines)

    def _split(self, articles: Iterable[Article]) -> Iterator[tuple[str, tuple[Article, int, bool]]]:
        """Article texts, long ones cut into paragraph-aligned chunks, with (article, offset, last)."""
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
                  context: ArticleContext, out: list[Event],
                  starts: tuple[int, ...], datelines: tuple[Dateline, ...] = ()) -> int:
        """Code one parsed chunk; returns the sentence index the next chunk starts at.

        Sentences are numbered as the pre-filter's splitter splits the original text
        (``starts``), with the filter or without, so blanked sentences still count. Each
        sentence the parser finds has a number of its own: where it splits one of the
        splitter's sentences in two, the second part takes the next number and the sentences
        after it move up one until the splitter next joins two of the parser's (so the same
        sentence may be numbered one apart with and without the filter, rarely).
        A dateline's place is the place of the sentence it opens, when that one names none.
        """
        by_token: dict[int, Mention] = {}
        for mention in self.actors.find(doc):
            for i in range(mention.start, mention.end):
                by_token[i] = mention
        entities = list(doc.ents)  # once per doc: Span.ents would scan the doc per sentence
        index = sentence_base - 1
        for sent in doc.sents:
            if all(t.is_space for t in sent):  # what the pre-filter blanked: no sentence
                continue
            index = max(index + 1, sentence_base + _sentence_number(sent, starts))
            context.begin_sentence()
            triggers = sorted((t for t in self.triggers.find(sent)
                               if not _inside_name(t.token, by_token)),
                              key=lambda t: max(t.token.i, t.after))
            if triggers:
                ents = [e for e in entities if sent.start <= e.start and e.end <= sent.end]
                filed = next((d.place for d in datelines
                              if sent.start_char <= d.end < sent.end_char), None)
                events = self._events(sent, ents, index, triggers, by_token, article, offset,
                                      context, filed)
                out.extend(_strongest(events))
            else:
                self._remember_subjects(sent, by_token, article.date, context, offset)
            context.main_subject, context.main_person = self._main_subjects(
                sent, by_token, article.date, context, offset)
        return max(index + 1, sentence_base + len(starts))

    def _main_subjects(self, sent: Span, by_token: dict[int, Mention], day: dt.date | None,
                       context: ArticleContext, offset: int
                       ) -> tuple[ActorRef | None, ActorRef | None]:
        """The one institution the sentence's main clause is about ("The White House condemned
        the launch and called on Pyongyang ..."), for a later "It said ...", and the one person
        it is about, for a later quote's "he said" (either None)."""
        subjects = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if (len(subjects) == 1 and subjects[0].pos_ == "PRON" and quoted(subjects[0])
                and subjects[0].lower_ not in ("he", "she")):
            # "'They are our allies.'": the one quoted goes on speaking
            return context.main_subject, context.main_person
        if len(subjects) == 1 and subjects[0].lower_ in ("he", "she"):
            # "'...,' he said. '...,' he added": the one quoted goes on being quoted
            # (unless someone unknown was named since: "Thatcher ... she")
            found = self._resolve(subjects[0], by_token, day, context, offset)
            return None, (found[0][1] if len(found) == 1 and context.someone(found[0][1])
                          and context.stranger is None else None)
        if (len(subjects) != 1 or subjects[0].conjuncts or subjects[0].pos_ == "PRON"
                or not any(t.i in by_token for t in subjects[0].subtree)):
            return None, None
        found = self._resolve(subjects[0], by_token, day, context, offset)
        if len(found) != 1:
            return None, None
        kind, ref = found[0]
        # ("the South Dakota Republican", "the president": a person named before, unless
        # quoted: "'The president clearly stated ...' He called for ...": the one quoted)
        person = kind == "person" or (kind == "anaphor" and context.someone(ref)
                                      and not quoted(subjects[0]))
        return (ref if kind in ("country", "org", "group") else None, ref if person else None)

    def _remember_subjects(self, sent: Span, by_token: dict[int, Mention], day: dt.date | None,
                           context: ArticleContext, offset: int) -> None:
        for token in sent:
            # "China's foreign ministry", "the Ukrainian prosecutor's office" said it ...
            # ("Mujahid, a Taliban spokesman, said ...": the apposition names him)
            if token.dep_ in ("nsubj", "nsubjpass") and (token.i in by_token or (
                    token.pos_ == "NOUN" and any(t.i in by_token for c in token.lefts
                                                 for t in c.subtree)) or (
                    token.pos_ == "PROPN" and any(c.dep_ == "appos" and any(
                        t.i in by_token for t in c.subtree) for c in token.children))):
                group = [token, *token.conjuncts]  # "Obama and Putin said they ..."
                context.remember([found for member in group
                                  for found in self._resolve(member, by_token, day, context,
                                                             offset)],
                                 plural=token.tag_ in PLURAL_TAGS)
            elif token.dep_ in ("nsubj", "nsubjpass") and _stranger(token, by_token):
                # a bare name the article gave in full is that person ("Brennan said")
                known = self._resolve(token, by_token, day, context, offset)
                if known:
                    context.remember(known)
                else:
                    context.meet_stranger(token)
            elif token.dep_ in ("nsubj", "nsubjpass") and _unknown_group(token, by_token):
                context.meet_strangers()  # "the couple was radicalized before they met"

    def _events(self, sent: Span, ents: list[Span], index: int, triggers: list[Trigger],
                by_token: dict[int, Mention], article: Article, offset: int,
                context: ArticleContext, filed: Place | None = None) -> Iterator[Event]:
        settings = self.settings
        day = article.date
        dates = self.dates.candidates(sent, ents)
        sentence_place = functools.cache(lambda: self.places.resolve(sent, ents))  # at most once
        cursor = sent.start
        struck: dict[int, Location] = {}  # attacks on a town, by trigger token
        pronouns: dict[int, list[tuple[str, ActorRef]]] = {}  # subject pronouns, as read
        for trigger in triggers:
            mode = modality(trigger.token)
            recoded, mode = self.triggers.recode(trigger, mode)
            # "will meet next week" is dated next week; "will send aid next week" is a promise
            # (recoded), made when reported: the date in its own clause is the act's, but "said
            # on Monday it will send aid" dates the saying
            future = is_future(trigger.token, nominal=True)
            promised = future and recoded is not trigger
            trigger = recoded
            rank = _date_rank(trigger.token, self._names_event)
            if future and not promised:  # only its own clause's dates lie ahead: "during his
                # visit on Friday, Kerry said the US would talk to North Korea"
                when = self.dates.choose(dates, article.date, _own_clause(rank), future=True)
                if when.text is None:
                    when = self.dates.choose(dates, article.date, _outside_clause(rank))
            else:
                when = self.dates.choose(dates, article.date,
                                         _outside_clause(rank) if promised else rank)
            when = _year_named(trigger.token, article.date) or when
            if (_ongoing(trigger.token) and _long_past(when, article.date)
                    and when.start is not None and rank(when.start) == 0):
                # "who is stepping down in September": the next one; "who is investigating
                # interference in the 2016 election", "is talking about September 11th": now,
                # whatever it is about
                if when.precision != "day":
                    when = self.dates.choose(dates, article.date, _own_clause(rank), future=True)
                if when.precision == "day" or _long_past(when, article.date):
                    when = self.dates.choose((), article.date)
            day = _role_day(when, article.date)
            # subjects read so far are antecedents ("Israel announced it would free ...")
            self._remember_subjects(sent.doc[cursor:trigger.token.i], by_token, day, context,
                                    offset)
            cursor = max(cursor, trigger.token.i)
            # both sides are read against what came before, then remembered together, so
            # "it" in "a bomb was fired at it from Gaza" cannot be this event's own source
            seen: list[list[tuple[str, ActorRef]]] = []
            performer_heads = _performers(trigger, by_token)
            sources = self._actors(performer_heads, by_token, day, context, offset, seen,
                                   pronouns=pronouns)
            is_source = _one_of(sources, [*performer_heads, *trigger.targets], by_token,
                                offset)
            performers = len(seen)
            # things of the sources' own country are passed over, but a statement on one's own
            # country's position is aimed at no one, not at its topic
            owning = (frozenset() if trigger.code.startswith(SPEECH_ROOT)
                      else frozenset(s.country for s in sources))
            # a phrase naming only the sources is passed over: "offered his condolences to
            # France" is aimed at France
            targets = self._actors(trigger.targets, by_token, day, context, offset, seen,
                                   is_source, owning)
            spans = {(s.start, s.end) for s in sources}
            # "State Department personnel will withdraw from the country": "the country" read
            # back to the personnel's own is no target
            targets = [t for t in targets if (t.start, t.end) not in spans]
            victims = _named_victims(trigger.token, sources, offset)
            if victims:  # "the Soleimani strike": Soleimani was struck, he struck no one
                sources = [s for s in sources if s not in victims]
                targets = victims + [t for t in targets if t not in victims]
            # "received threats" hosts no guest ("called him" calls someone, though unknown)
            unaimed = trigger.needs_target and not targets and not any(
                t.lower_ in CALLED_PERSONS for t in trigger.targets) and not (
                trigger.symmetric and len(sources) > 1)  # "a deal between the two sides"
            partnered = any(t.head.lower_ in PARTNER_PREPOSITIONS for t in trigger.targets)
            named = not any(t.pos_ == "PRON" for t in trigger.sources)  # not an unclear "they"
            if trigger.joint and _together(sources if named else sources[:1],
                                           targets if partnered else []):
                # "French and Egyptian warships held drills", "held drills with China"
                trigger = replace(trigger, code=trigger.joint, symmetric=True, reciprocal=True,
                                  hosted=False, plover=None,
                                  pattern_id=f"{trigger.pattern_id}+joint")
            if _argued(trigger.token, sources, targets, sent.doc, by_token, offset):
                trigger = replace(trigger, code=DISAPPROVE, plover=None, hosted=False,
                                  pattern_id=f"{trigger.pattern_id}+words")
            if (trigger.code == BOMBING and trigger.token.lemma_.lower() == "bombing" and sources
                    and all(_state_force(ref) for ref in sources)):
                # "Russian bombings killed civilians in Aleppo", "mistaken U.S. bombings": a
                # state's bombing is from the air, no terrorist's bomb
                trigger = replace(trigger, code=AERIAL, plover=None,
                                  pattern_id=f"{trigger.pattern_id}+state")
            if (trigger.code == THREATEN and not trigger.pattern_id.startswith(FRAME)
                    and _foreboding(trigger.token, by_token)):
                trigger = replace(trigger, code=PESSIMISM, plover=None,
                                  pattern_id=f"{trigger.pattern_id}+forecast")
            attack = _attack(trigger.token)
            back = _retort(trigger.token) if attack is None else None
            name_calling = _aimed_in_speech(trigger.token)
            if ((attack is not None or back is not None or name_calling)
                    and trigger.code.startswith(FORCE_ROOTS)
                    and (name_calling or _in_words(attack or trigger.token, sources, targets, back))):
                # "Republicans have been attacking Rice", "his scathing attacks on Islam",
                # "launched an attack on Obama", "Obama fired back at his critics"
                trigger = replace(trigger, code=CRITICIZE, plover=None, hosted=False,
                                  pattern_id=f"{trigger.pattern_id}+words")
            if (trigger.token.lemma_.lower() in CONTESTS and sources
                    and all(ref.code[3:6] == PARTY for ref in sources)
                    and any(t.i in by_token and by_token[t.i].entry.kind == PARTY_KIND
                            for t in trigger.targets)):
                unaimed = True  # "the Tories beating Labour": a vote won, no one beaten
            if (sources and all(ref.code[3:6] in ELECTED_SECTORS for ref in sources)
                    and (matched := self.events.match(trigger.token)) is not None
                    and matched.pattern.code in SEIZING):
                unaimed = True  # "Democrats will take control of the House": an election won
            root = self.ontology.get(trigger.code).root
            # "fighting for the Assad regime", "for free elections": a side or a cause
            fighting_for = root == FIGHT_ROOT and _fighting_for(trigger.token)
            if (root == FIGHT_ROOT and not targets and sources
                    and (_striving(trigger.token) or fighting_for)
                    and all(_in_words_only(s) for s in sources)):
                # "the White House has been fighting to prevent ...", "students will keep
                # fighting for free elections": a struggle in politics
                unaimed = True
            home = {s.country for s in sources}  # the sources' countries (counterparts keep them)
            reciprocal = trigger.reciprocal
            hosted = False  # the target is only the place it happened ("met in Zurich")
            where: Location | None = None
            # "talks between Iran and six world powers in Vienna": a partner named but not
            # known is no host, though "the attack on a mall in Kenya's capital" is aimed there
            named_partner = root in AWAY_ROOTS and any(
                first_conjunct(t).head.lower_ in MEETING_PREPOSITIONS for t in trigger.targets)
            # "he was shot by police in Manhattan": the one shot is no one known, and no
            # attack on the town
            singled_out = any(t.lower_ in PERSON_PRONOUNS for t in trigger.targets)
            if not targets and trigger.hosted and not named_partner and not singled_out:
                named_before = len(seen)
                targets = self._actors(list(trigger.fallback_targets), by_token, day, context,
                                       offset, seen)
                if not targets and not (trigger.symmetric and len(sources) > 1):
                    # "claimed the attack on a mall in Kenya's capital" (but two sides that
                    # met have each other: "Obama and Abbas met ..., following a launch of
                    # rockets, two of which landed in southern Israel" is hosted by no one)
                    # (a claim's host is where the attack it claims was)
                    where = self._place(ents, trigger.token, sentence_place, offset,
                                        spoken_of=False)
                    # (not a place that a source's own name holds before its head: "the U.S.
                    # and South Korean militaries fired missiles" struck no United States;
                    # "fired by security forces in Damascus" still is where it happened)
                    # (nor its owner: "drones launched by Yemen's Houthi rebels" struck no
                    # Yemen)
                    targets = [_host(where)] if where is not None and where.country and not any(
                        (s.start <= where.start and where.end < s.end)
                        or _owns(where, s, trigger.token.doc, offset) for s in sources) else []
                if root in AWAY_ROOTS:
                    # a meeting, visit or inquiry at home has no host: "Obama met his advisers
                    # in Washington" is no consultation of the United States
                    targets = [t for t in targets if t.country not in home]
                reciprocal = False
                hosted = bool(targets)
                if hosted:  # where it happened is a place, no later "it": "ISIS continued
                    # its march in Iraq, and in June it declared ..." (but "the country")
                    seen[named_before:] = [[(PLACE, ref) for _, ref in found]
                                           for found in seen[named_before:]]
            for position, found in enumerate(seen):
                context.remember(found, performer=position < performers)
            if unaimed:
                continue
            # ("Trump and his Russian counterpart met": the other sources' role too)
            sources, targets = (_counterparts(sources, targets + sources),
                                _counterparts(targets, sources + targets))
            # "Trump blasted Clinton": two people coded alike are two sides; a target with a
            # source's code is otherwise that source itself ("fired at it")
            targets = [t for t in targets if not is_source(t)]
            if trigger.symmetric and len({t.country for t in targets}) > 1:
                # "Obama reaffirmed the partnership between the United States and Egypt": his
                # own country is his side, the other one the partner
                targets = [t for t in targets if t.country not in home] or targets
            if (not hosted and root == SPEECH_ROOT) or trigger.code == VISIT:
                # "Xi repeated China's long-standing position": a statement about one's own
                # country as a whole is aimed at no one, and so is a trip home or around it
                # ("arriving back in the US", "Obama visited Texas")
                targets = [t for t in targets if not (t.code == t.country and t.code in home)]
                if not hosted and root == SPEECH_ROOT:  # "told reporters in Geneva": the press
                    # (nor is the occasion one speaks at, when it is the speaker's own or the
                    # speaker's country is unknown: "the spokesman said at a White House news
                    # briefing")
                    own = {s.code for s in sources}
                    unplaced = UNKNOWN_COUNTRY in home
                    targets = [t for t in targets if t.code != PRESS and not (
                        (unplaced or t.code in own) and _occasion(t, sent.doc, offset))]
            if (trigger.symmetric and targets and len({s.code for s in sources}) > 1
                    and _only_venues(trigger.targets, by_token)):
                hosted = True  # "Obama and Putin held talks at the G20 summit": each other
            paired = bool(targets) or (trigger.symmetric and len(sources) > 1)
            if not sources and settings.require_source:
                continue
            if not paired and settings.require_target:
                continue
            if mode != ASSERTED and not settings.include_unasserted:
                continue
            if where is None:
                where = self._place(ents, trigger.token, sentence_place, offset, filed)
            # "shelled Aleppo, killing eight people": both happened in Aleppo, where the
            # victims are, not the attackers
            struck_before = next((struck[a.i] for a in _governors(trigger.token)
                                  if a.i in struck), None) if root in STRIKING_ROOTS else None
            aimed = False
            if where is None and root in STRIKING_ROOTS:
                where = self._struck_town(trigger.targets, ents, offset) or struck_before
                aimed = where is not None
            if where is not None:  # "police arrested protesters in Jerusalem": Israeli police
                # but "militants fired rockets at Israel": the place is the target, not theirs
                aimed = (aimed or (struck_before is not None
                                   and struck_before.start == where.start)
                         or (not hosted and any(t.start <= where.start < t.end
                                                and len(t.code) == 3 for t in targets)))
                if aimed and root in STRIKING_ROOTS:
                    struck[trigger.token.i] = where
                # "lawmakers urged Obama to act in Syria": the lawmakers are not Syria's
                doc = trigger.token.doc
                # (nor are the officials who met in Geneva, its guests, Swiss; but "a police
                # officer talks to a driver in Watertown" serves there)
                guests = hosted and root == CONSULT_ROOT and all(
                    s.code[3:6] == GOVERNMENT for s in sources)
                sources = sources if aimed or guests or (
                    trigger.pattern_id.startswith(FRAME)
                    and _in_complement(trigger.token, where, offset)) else _localised(
                        sources, where, doc, offset)
                targets = _localised(targets, where, doc, offset)
            if trigger.others_only and not _others(sources, targets):
                continue  # "Russia said its forces struck": no accusation
            confidence = (trigger.confidence * (1.0 if paired else 0.85)
                          * (1.0 if sources else 0.5) * _prominence(trigger.token))
            if confidence < settings.min_confidence:
                continue
            # "Hezbollah and Iran are fighting for the Assad regime": allies, not enemies
            # (with an enemy named, the fight is still mutual: "fighting government forces for
            # control")
            symmetric = trigger.symmetric and not (fighting_for and (hosted or not targets))
            for source, target in _dyads(sources, targets, symmetric, reciprocal, hosted):
                if source is not None and target is not None and not hosted:
                    context.remember_pair(  # the host is no "side" later
                        source, target, _plural_of_pair(source, target, sent.doc, by_token,
                                                        offset, symmetric))
                yield self._event(sent, index, trigger, source, target, mode, when, where,
                                  confidence, article, offset)
        self._remember_subjects(sent.doc[cursor:sent.end], by_token, day, context, offset)

    def _names_event(self, token: Token) -> bool:
        """Whether ``token`` is a word the event lexicon codes ("attack", "visit")."""
        return bool(self.events.candidates(token)[1])

    def _place(self, ents: list[Span], trigger: Token,
               sentence_place: Callable[[], Place | None], offset: int,
               filed: Place | None = None, spoken_of: bool = True) -> Location | None:
        """Where the trigger's clause happened; a clause joined by "and" to another one does
        not borrow that one's place ("Qatar pledged aid, and Jordan's king met Abbas in Amman").

        Where the story was ``filed`` places what the sentence does not, though not what it
        reports was said ("SEOUL - X said Y fired ..."); it hosts nothing, so the caller passes
        it only once the targets are read ("SEOUL - North Korea fired a missile": not at Seoul).
        An attack the trigger only speaks of has its own place (``_spoken_of``), unless
        ``spoken_of`` is false: a claim of an attack is hosted where the attack was.
        """
        clause = _clause(trigger)
        background = (_background_tokens(trigger, purposes=True)
                      | (_spoken_of(trigger) if spoken_of else set()))
        inside = [e for e in ents if clause.start <= e.start and e.end <= clause.end
                  and e.start not in background]
        place = self.places.resolve(clause, inside)
        coordinated = trigger.dep_ == "conj" or any(c.dep_ == "conj" for c in trigger.children)
        reported = trigger.dep_ in ("ccomp", "parataxis")  # "speaking in Singapore, X said ..."
        if place is None and not coordinated and not reported and trigger.pos_ in ("VERB", "AUX"):
            place = sentence_place()
            # "urged Trump to go slow after he shocked leaders in Canada": not in Canada
            span = None if place is None else trigger.doc.char_span(
                place.start, place.end, alignment_mode="expand")
            if span is not None and span.start in background:
                place = None
        if place is None and not reported:
            place = filed
        if place is None:
            return None
        return Location(place.name, place.country, place.lat, place.lon, place.start + offset,
                        place.end + offset)

    def _struck_town(self, heads: list[Token], ents: list[Span], offset: int) -> Location | None:
        """The town or region an attack is aimed at, as its location ("shelled Kharkiv",
        "bombarded a part of Syria's second city Aleppo")."""
        inside = {t.i for h in heads for t in h.subtree}
        if not inside:
            return None
        doc = heads[0].doc
        # names, whatever the tagger called them ("Aleppo overnight" as a time): the gazetteer
        # decides
        # (nor is the name of a person: "the group's No. 2 leader, Ahmad al-Hayali" is no
        # Kuwaiti Al Ahmadi)
        names = [_name_span(t) for t in (doc[i] for i in sorted(inside))
                 if t.pos_ == "PROPN" and t.dep_ != "compound" and not in_waters(t)
                 and t.ent_type_ not in NOT_TOWNS  # "on March 11" is no town in England
                 and not (t.dep_ == "appos" and t.head.lemma_.lower() in PERSON_ROLES)]
        for span in (*(e for e in ents if e.start in inside and e.label_ not in NOT_TOWNS
                       and not in_waters(e.root)), *names):
            entry = self.places.place_named_in(span, self._gazetteer_entry(span))
            if entry is not None and entry.kind in SUBNATIONAL:
                return Location(entry.name, entry.country, entry.lat, entry.lon,
                                span.start_char + offset, span.end_char + offset)
        return None

    def _actors(self, heads: list[Token], by_token: dict[int, Mention], day: dt.date | None,
                context: ArticleContext, offset: int, seen: list[list[tuple[str, ActorRef]]],
                skip: Callable[[ActorRef], bool] | None = None,
                home: frozenset[str] = frozenset(),
                pronouns: dict[int, list[tuple[str, ActorRef]]] | None = None,
                ) -> list[ActorRef]:
        """Actors of the first argument phrase that names any (any ``skip`` does not pass
        over; no possessor that is one of the ``home`` countries: "lifted the United States'
        embargo against Vietnam"); what was read goes to ``seen``. ``pronouns``: what each
        pronoun of the sentence was read as, so that one shared by joined verbs stands for the
        same actor in each ("as it hacked the emails of Democrats and released ...")."""
        refs: list[ActorRef] = []
        weak: list[ActorRef] = []  # "troops", "its troops": used only if nothing better follows
        for position, head in enumerate(heads):
            if pronouns is not None and head.i in pronouns:
                found = pronouns[head.i]
            else:
                found = self._resolve(head, by_token, day, context, offset) or (
                    [] if _town_of_attack(head) else self._place_actor(head, offset, by_token))
                if pronouns is not None and head.pos_ == "PRON":
                    pronouns[head.i] = found
            if not found and head.lemma_.lower() not in OTHERS_OF:
                # "praised China's assistance": the possessor acts ("Trump's critics" do not);
                # "the diplomat's wife", "the men's mother" are civilians of the possessor's
                # country (a group's "brethren" are its own)
                kin = head.lemma_.lower() in PERSONAL_TIES
                for owner in (c for c in head.children if c.dep_ == "poss"):
                    found = [(kind, replace(ref, code=ref.country + CIVILIANS)
                              if kin and ref.country not in GENERIC_BLOCKS else ref)
                             for kind, ref in self._resolve(owner, by_token, day, context, offset)]
            seen.append(found)
            # (a thing of the sources' own country is aimed elsewhere: "lifted the United
            # States' embargo against Vietnam")
            new = [ref for _, ref in found if all(ref.code != r.code for r in refs + weak)
                   and (skip is None or not skip(ref))
                   and not (ref.code in home and _owner_of_thing(ref, head, by_token, offset))]
            if new and not refs and all(kind == "owned" or ref.code.startswith(UNKNOWN_COUNTRY)
                                        for kind, ref in found):
                weak.extend(new)
                continue
            refs.extend(new)
            following = heads[position + 1] if position + 1 < len(heads) else None
            joined = {t.i for t in (*head.conjuncts, *name_conjuncts(head),
                                    *companions(head.head, head))}
            if refs and (following is None or following.i not in joined):
                break  # the first phrase (with its conjuncts and companions: "along with
                # Merkel") that names an actor wins
        return refs or weak

    def _resolve(self, head: Token, by_token: dict[int, Mention], day: dt.date | None,
                 context: ArticleContext, offset: int) -> list[tuple[str, ActorRef]]:
        """``resolve_actors``, with the country a place the gazetteer knows gives someone of no
        known country (``_of_place``). A first-person pronoun in a quote is its speaker."""
        speaker = quote_speaker(head)
        if speaker is not None:
            head = speaker
        return [(kind, self._of_place(head, ref, offset, context))
                for kind, ref in resolve_actors(head, by_token, day, context, offset)]

    def _of_place(self, head: Token, ref: ActorRef, offset: int,
                  context: ArticleContext) -> ActorRef:
        """Someone of no known country "of" a place the gazetteer knows is of its country:
        "Sen. Rand Paul of Kentucky" is American, "the mayor of Aleppo" Syrian; so is one whose
        title the place's name comes before ("Ohio Rep. Mike Turner", "Helmand Governor X")."""
        if (not ref.code.startswith(UNKNOWN_COUNTRY) or len(ref.code) <= 3
                or not ref.start <= head.idx + offset < ref.end):
            return ref  # (the one named, not "a photo of Kim and his generals")
        for place in (*prep_objects(head, "of"), *_place_before_title(head, ref.start - offset)):
            span = _place_span(place)
            entry = self._gazetteer_entry(span) if span is not None else None
            if entry is not None and entry.country and (
                    entry.kind != "city" or entry.population >= BIG_CITY):
                placed = replace(ref, code=entry.country + ref.code[3:],
                                 entries=(*ref.entries, f"place:{entry.name}"))
                context.relearn(ref, placed)  # (a later "Mr. Richardson" is of it too)
                return placed
        return ref

    def _gazetteer_entry(self, span: Span) -> GeoEntry | None:
        """The gazetteer's place for a name; a listed name is never a town ("Bush invaded
        Iraq" is not Būsh, Egypt)."""
        return None if span.text in self.non_places else self.gazetteer.lookup(span.text)

    def _place_actor(self, head: Token, offset: int,
                     by_token: dict[int, Mention]) -> list[tuple[str, ActorRef]]:
        """A town or region missing from the actor dictionaries stands for its country
        ("shelled Kharkiv" -> UKR), found in the offline gazetteer."""
        span = _place_span(head)
        if span is None:
            return []
        # ("Oxford, Mississippi" is no English town)
        entry = self.places.place_named_in(span, self._gazetteer_entry(span))
        if entry is None or not entry.country or (
                entry.kind == "city" and _first_name_here(span, by_token)):
            return []
        ref = ActorRef(entry.country, span.text, span.start_char + offset, span.end_char + offset,
                       (f"gazetteer:{entry.name}",))
        return [("country", ref)]

    def _event(self, sent: Span, index: int, trigger: Trigger, source: ActorRef | None,
               target: ActorRef | None, mode: str, when: ResolvedDate, where: Location | None,
               confidence: float, article: Article, offset: int) -> Event:
        token = trigger.token
        code = self.ontology.with_plover(trigger.code, trigger.plover)
        entries = (*(source.entries if source else ()), *(target.entries if target else ()))
        text = sent.text  # may begin or end with text the pre-filter blanked: trim, then quote
        start = sent.start_char + len(text) - len(text.lstrip()) + offset
        end = sent.start_char + len(text.rstrip()) + offset
        evidence = Evidence(
            sentence=article.text[start:end],
            start=start,
            end=end,
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


def _counterparts(refs: list[ActorRef], others: list[ActorRef]) -> list[ActorRef]:
    """"his Chinese counterpart" holds the other side's role: "the Indian prime minister held
    talks with his Chinese counterpart" -> CHNGOV."""
    roles = {o.code[3:6] for o in others if len(o.code) >= 6 and o.code[3:6].isalpha()}
    if len(roles) != 1:
        return refs
    role = roles.pop()
    return [replace(ref, code=ref.code + role, entries=(*ref.entries, "counterpart"))
            if len(ref.code) == 3 and ref.text.lower().rsplit(maxsplit=1)[-1] in COUNTERPARTS
            else ref for ref in refs]


def _others(sources: list[ActorRef], targets: list[ActorRef]) -> bool:
    """Whether named speakers speak of others only: no target of their own country (nor one
    fighting beside it: "U.S. and Libyan guards battled the attackers")."""
    countries = {s.country for s in sources}
    return bool(sources and targets) and UNKNOWN_COUNTRY not in countries and not any(
        t.country in countries for t in targets)


def _together(sources: list[ActorRef], partners: list[ActorRef]) -> bool:
    """Whether several countries act together: two source countries, or a partner."""
    countries = {s.country for s in sources if s.country != UNKNOWN_COUNTRY}
    return len(countries) > 1 or bool(countries and any(
        p.country not in countries and p.country != UNKNOWN_COUNTRY for p in partners))


def _owns(where: Location, ref: ActorRef, doc: Doc, offset: int) -> bool:
    """Whether the place is the possessor of an actor's mention ("Yemen's Houthi rebels")."""
    span = _span_of(ref, doc, offset)
    if span is None or where.start < offset:
        return False
    place = doc.char_span(where.start - offset, where.end - offset, alignment_mode="expand")
    return place is not None and place.root.dep_ in ("poss", "nmod") and place.root.head == span.root


def _host(where: Location) -> ActorRef:
    """The country where an event happened, as its target."""
    return ActorRef(where.country, where.name, where.start, where.end, (f"place:{where.name}",))


UNNAMED_PEOPLE = frozenset({
    "man", "woman", "people", "person", "couple", "pair", "duo", "trio", "family", "brother",
    "sister", "son", "daughter", "parent", "child", "kid", "teenager", "teen", "boy", "girl",
    "relative", "friend", "neighbor", "neighbour", "suspect", "attacker", "assailant", "gunman",
    "shooter", "bomber", "hijacker", "kidnapper", "victim", "passenger", "driver", "resident",
    "villager", "survivor", "witness", "husband", "wife", "grandparent", "cousin", "stranger"})
"""Nouns of people no dictionary names ("the couple", "the two men", "their parents"): a later
"they" is them when they were the last subject."""
COLLECTIVES = frozenset({"couple", "pair", "duo", "trio", "family"})
"""Of those, the singular nouns that are several people ("the couple ... they met")."""


def _unknown_group(subject: Token, by_token: dict[int, Mention]) -> bool:
    """A subject naming several people who are no actor ("the couple", "the two men")."""
    lemma = subject.lemma_.lower()
    return (subject.pos_ == "NOUN" and lemma in UNNAMED_PEOPLE
            and (subject.tag_ == "NNS" or lemma in COLLECTIVES)
            and not any(t.i in by_token for t in (subject, *(g for c in subject.lefts
                                                            for g in c.subtree))))


def _stranger(subject: Token, by_token: dict[int, Mention]) -> bool:
    """A subject naming someone no dictionary knows, likely a person ("Pinkston said", "Kim
    Heung-kyu says"): a proper name with nothing of it listed and no place, acronym or title."""
    if (subject.pos_ != "PROPN" or subject.ent_type_ in ("GPE", "LOC", "FAC", "NORP")
            or not subject.is_title):
        return False
    name = [t for t in subject.subtree if t.dep_ in ("compound", "flat") or t.i == subject.i]
    # (what a relative clause says of the person is no title: "Hicks, who became the top
    # diplomat in Libya after Ambassador Stevens was killed")
    said = {t.i for c in subject.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
    return not any(t.i in by_token for t in subject.subtree if t.i not in said) and all(
        t.is_title for t in name)


def _inside_name(token: Token, by_token: dict[int, Mention]) -> bool:
    """A noun inside an actor's name is no event ("Amnesty International", "Islamic Jihad")."""
    mention = by_token.get(token.i)
    return (mention is not None and token.pos_ in ("NOUN", "PROPN")
            and mention.entry.kind != "agent" and mention.end - mention.start > 1)


def _entity_span(token: Token) -> Span:
    """The named-entity span around ``token`` (read from the IOB tags, without doc.ents)."""
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def _clause(token: Token) -> Span:
    """The trigger with everything it governs except clauses conjoined to it."""
    doc = token.doc
    parts = [token, *(t for c in token.children if c.dep_ not in ("conj", "cc")
                      for t in c.subtree)]
    return doc[min(t.i for t in parts):max(t.i for t in parts) + 1]


TARGETED_KILLINGS = frozenset({"strike", "airstrike", "raid", "attack", "operation"})
"""Nouns whose person named before them is their target unless that person governs ("the
Soleimani strike", "the bin Laden raid"; "the Trump strike on Syria" is Trump's)."""


def _named_victims(noun: Token, sources: list[ActorRef], offset: int) -> list[ActorRef]:
    """People named before a noun of what is done to someone ("the Khashoggi murder", "the
    Soleimani strike"): those it was done to, not those who did it."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or (lemma not in SUFFERED and lemma not in TARGETED_KILLINGS):
        return []
    spans = [(c.left_edge.idx + offset, c.idx + len(c) + offset) for c in noun.lefts
             if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return [ref for ref in sources
            if any(start <= ref.start < end for start, end in spans)
            and _listed_person(ref)
            and (lemma in SUFFERED or not ref.code.endswith(GOVERNMENT))]


def _listed_person(ref: ActorRef) -> bool:
    """Whether a dictionary person produced the actor."""
    return any(entry.startswith(PERSON_ENTRY) for entry in ref.entries)


def _plural_of_pair(first: ActorRef, second: ActorRef, doc: Doc, by_token: dict[int, Mention],
                    offset: int, symmetric: bool) -> ActorRef | None:
    """Of a person and a plural noun or people ("Morsi", "Israelis"), the plural one: a later
    "they"; so too of a country and such a noun in a one-sided event ("Mexico deported
    migrants after they tried ...", not "Obama met Afghan leaders. They agreed ...")."""
    for one, other in ((first, second), (second, first)):
        span = _span_of(other, doc, offset)
        if span is None or not (span.root.tag_ in PLURAL_TAGS or (  # ("Israelis" is NNP)
                span.root.i in by_token and by_token[span.root.i].entry.kind == "adjective"
                and span.root.lower_.endswith("s"))):
            continue
        if _individual(one, doc, by_token, offset):
            return other
        own = _span_of(one, doc, offset)
        if (not symmetric and len(one.code) == 3 and own is not None
                and own.root.tag_ not in PLURAL_TAGS):
            return other
    return None


def _span_of(ref: ActorRef, doc: Doc, offset: int) -> Span | None:
    """The tokens of an actor's mention in ``doc`` (None when it lies in an earlier part of the
    text, whose offsets come before ``offset``)."""
    if ref.start < offset:
        return None
    return doc.char_span(ref.start - offset, ref.end - offset, alignment_mode="expand")


def _town_of_attack(token: Token) -> bool:
    """A town the dictionaries do not list named before an attack: where it happened ("the
    Salisbury nerve agent attack"), no attacker."""
    return token.pos_ == "PROPN" and modifies_violence(token)


def _owner_of_thing(ref: ActorRef, head: Token, by_token: dict[int, Mention],
                   offset: int) -> bool:
    """An actor named only as the owner of a thing ("the United States' embargo", "U.S.
    sanctions")."""
    return head.i not in by_token and head.pos_ == "NOUN" and any(
        c.left_edge.idx + offset <= ref.start < c.idx + len(c) + offset
        for c in head.children if c.dep_ in ("poss", "compound", "nmod", "amod") and c.i < head.i)


def _one_of(sources: list[ActorRef], arguments: list[Token], by_token: dict[int, Mention],
            offset: int) -> Callable[[ActorRef], bool]:
    """Whether an actor is one of ``sources`` (see ``_same_side``)."""
    def is_source(ref: ActorRef) -> bool:
        return any(_same_side(ref, source, arguments, by_token, offset) for source in sources)
    return is_source


def _same_side(first: ActorRef, second: ActorRef, arguments: list[Token],
               by_token: dict[int, Mention], offset: int) -> bool:
    """Coded alike and not two different people, each a listed or titled person named in the
    argument phrases (not through a pronoun), by different entries or names: "fired at it" is
    aimed at no one else, "Trump blasted Clinton" is."""
    if first.code != second.code:
        return False
    if (person_key(first) != person_key(second) and _listed_person(first)
            and _listed_person(second) and any(
                t.lower_ in PERSONAL_OBJECTS and t.dep_ in ("dobj", "dative", "pobj")
                for h in arguments for t in h.subtree)):
        return False  # an object "him" is never its own clause's subject: "Singh called Modi
        # to congratulate him" (a "his" read back to another person may be a misreading)
    return person_key(first) == person_key(second) or not all(
        _individual(ref, arguments[0].doc, by_token, offset)  # (sources came from arguments)
        and any(ref.start <= t.idx + offset < ref.end for h in arguments for t in h.subtree)
        for ref in (first, second))


def _argued(token: Token, sources: list[ActorRef], targets: list[ActorRef], doc: Doc,
            by_token: dict[int, Mention], offset: int) -> bool:
    """A clash or fight that is an argument (110): officials clash in words, and so do any two
    people ("Trump clashed with Merkel over trade", "Pompeo and Lavrov clashed", "the general
    clashed with the Air Force Secretary"); a fight or battle between officials and lawmakers
    or parties is politics ("a long-running battle between the Obama administration and
    Republicans", "Republicans fought the administration over the budget"), and so is one a
    country's lawmakers or parties wage against no one known."""
    lemma = token.lemma_.lower()
    sides = (*sources, *targets)
    if lemma == CLASH:
        return bool(sources) and (bool(targets) or len(sources) > 1) and all(
            _in_words_only(ref) or _individual(ref, doc, by_token, offset) for ref in sides)
    if lemma in POLITICAL_FIGHTS and sources and not targets:  # "Republicans are battling a
        # veteran opponent" (but "parties" of no known country may be a civil war's)
        return all(ref.code[3:6] in UNARMED_SECTORS and not ref.code.startswith(UNKNOWN_COUNTRY)
                   for ref in sources)
    return (lemma in POLITICAL_FIGHTS and bool(sources) and bool(targets)
            and all(_in_words_only(ref) for ref in sides)
            and any(ref.code[3:6] in UNARMED_SECTORS for ref in sides))


def _state_force(ref: ActorRef) -> bool:
    """A country, its government or forces, or an alliance ("NATO bombing")."""
    return ref.code.startswith("IGO") or (
        not ref.code.startswith(UNKNOWN_COUNTRY) and ref.code[3:6] in STATE_FORCES
        and len(ref.code) <= 6)


def _foreboding(token: Token, by_token: dict[int, Mention]) -> bool:
    """A warning that only forecasts what no one will do: "officials warned that the death toll
    could rise", "warned that millions are at risk of hunger" (012); a warning of what an actor
    will do stays a threat ("warned that Beijing would be firm", "warned it would respond"), and
    so does one given to someone ("warned Americans to avoid travel")."""
    if token.lemma_.lower() not in FOREBODING or any(
            c.dep_ in ("dobj", "dative", "iobj") for c in token.children):
        return False
    clauses = [c for c in token.children if c.dep_ == "ccomp"]
    # a relative pronoun stands for what the warning's clause describes: "a development which
    # Amnesty has warned could lead to injuries"
    described = token.head if token.dep_ == "relcl" else None
    subjects = [described if described is not None and s.lower_ in RELATIVE_PRONOUNS else s
                for c in clauses for s in with_conjuncts(
                    [x for x in c.children if x.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")])]
    warning = {t.i for t in token.subtree} if described is not None else set()
    if not clauses or len(subjects) < len(clauses) or any(
            t.lower_ in ADDRESSED_PRONOUNS for c in clauses for t in c.subtree):
        return False  # "should be aware that we will take action": the speaker will act
    if any(c.lemma_.lower() == "take" and any(o.dep_ == "dobj" and o.lemma_.lower() in STEPS
                                              for o in c.children) for c in clauses):
        return False  # "warned that the fighters will take action": a threat
    return not any(
        (s.i in by_token and not (by_token[s.i].entry.kind == "agent"
                                  and by_token[s.i].entry.code in BYSTANDERS))
        or s.pos_ == "PROPN" or (s.pos_ == "PRON" and s.lower_ not in IMPERSONAL_PRONOUNS)
        or any(d.lower_ == "any" for d in s.children)  # "any move would trigger a response"
        or any(t.lemma_.lower() in WARLIKE for t in s.subtree  # "the moment of explosion"
               if t.i not in warning)
        for s in subjects)


def _in_words_only(ref: ActorRef) -> bool:
    """An actor that fights with words: officials, lawmakers, parties, courts, the press,
    international organisations (not a country as a whole, its forces or its crowds)."""
    return ref.code.startswith("IGO") or ref.code[3:6] in VERBAL_SECTORS


def _individual(ref: ActorRef, doc: Doc, by_token: dict[int, Mention], offset: int) -> bool:
    """One person: someone the dictionary lists, or a name after a title ("Air Force Secretary
    Heather Wilson"), not a group, a force or a country."""
    if _listed_person(ref):
        return True
    span = _span_of(ref, doc, offset)
    if span is None:
        return False
    head = span.root
    return head.tag_ == "NNP" and head.i not in by_token and any(
        t.i in by_token and by_token[t.i].entry.kind == "agent" for t in span if t.i < head.i)


def _fighting_for(token: Token) -> bool:
    """A fight for or alongside someone ("fighting for the Assad regime", "alongside Syrian
    troops", "as part of one of the radical groups"): whoever fight it together are on one
    side."""
    return token.lemma_.lower() in STRIVING and any(
        c.dep_ == "prep" and (c.lower_ in ALLIED_PREPOSITIONS or c.lower_ == "as")
        and any(g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")
                and g.lemma_.lower() not in SPELLS | GROUND
                and (c.lower_ != "as" or g.lemma_.lower() in MEMBERSHIP) for g in c.children)
        for c in token.children)


def _striving(token: Token) -> bool:
    """A verb of fighting for an infinitive's sake: "has been fighting to prevent the rollout"."""
    return token.lemma_.lower() in STRIVING and any(
        c.dep_ in ("xcomp", "advcl") and has_aux(c, {"to"}) for c in token.children)


def _attack(token: Token) -> Token | None:
    """The attack a trigger is or makes: "attacked", "an attack", "launched an attack"."""
    if token.lemma_.lower() in ATTACKS:
        return token
    return next((c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in ATTACKS),
                None)


def _aimed_in_speech(token: Token) -> bool:
    """A verb of aiming or attacking whose own participle calls names: in words ("targeted
    Venezuela, calling its government a corrupt dictatorship")."""
    return token.lemma_.lower() in AIMING and any(
        c.dep_ in ("advcl", "conj", "xcomp") and c.tag_ == "VBG" and c.i > token.i
        and c.lemma_.lower() in SPEAKING for c in token.children)


AIMING = frozenset({"target", "attack", "slam", "blast", "lash", "savage"})
"""Verbs of force that a participle of name-calling makes words."""
SPEAKING = frozenset({"call", "describe", "label", "brand", "dub", "deride", "mock", "denounce",
                      "ridicule", "liken", "compare"})
"""Participles of name-calling ("..., calling its government a dictatorship"; not "saying it
targeted Hamas", which explains a strike)."""


def _retort(token: Token) -> Token | None:
    """The "back" of a verb of shooting or striking back ("fired back", "hit back"; a particle
    or an adverb, which may own the "at"): a retort when aimed at words or critics, or said in
    a "that" clause (see ``_in_words``)."""
    if token.lemma_.lower() not in RETORTS:
        return None
    return next((c for c in token.children if c.dep_ in ("prt", "advmod") and c.lower_ == "back"),
                None)


def _in_words(token: Token, sources: list[ActorRef], targets: list[ActorRef],
              back: Token | None = None) -> bool:
    """An attack made in words: called so by its modifier ("a partisan attack"), by unarmed
    sources ("GOP attacks"), or between officials and politicians who argue ("Obama attacked
    Romney"; not "NATO attacked Libya's government"); a retort (``back``: the "back" of
    ``token``, from ``_retort``) also when it says something ("shot back that ...") or answers
    critics ("fired back at his critics") or comes from someone the dictionary names ("Obama
    shot back")."""
    if any(c.lower_ in WORDY_ATTACKS for c in token.children if c.dep_ in ("amod", "advmod",
                                                                           "compound")):
        return True
    if back is not None and any(c.dep_ == "ccomp" for c in token.children):
        return True  # "Cummings shot back that ..."
    if back is not None and sources and all(_listed_person(ref) for ref in sources):
        return True  # "Obama stopped in the middle of his remarks and shot back": a
        # statesman known by name answers, fires no gun
    spoken = SPOKEN_AGAINST | RETORTED if back is not None else SPOKEN_AGAINST
    heads = [*token.children, *(back.children if back is not None else ())]
    if back is not None and any(c.dep_ == "prep" and c.lower_ == "over" for c in heads):
        return True  # "China hit back at the United States over the tariffs": a dispute
    aimed_at = [c for c in token.children if c.dep_ == "dobj"] + [
        o for p in heads if p.dep_ == "prep" and p.lower_ in ("on", "against", "at")
        for o in p.children if o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")]
    # (but "attacking their positions" is a military assault)
    if aimed_at and all(o.lemma_.lower() in spoken and o.lower_ != "positions"
                        for o in aimed_at):
        return True  # "an attack on the integrity of law enforcement", "attacked the legitimacy
        # of the elections", "shot back at Democratic claims"
    sides = (*sources, *targets)
    if not sources or any(ref.code.startswith("IGO") for ref in sides):
        return False
    if all(ref.code[3:6] in UNARMED_SECTORS for ref in sources):
        return True
    # (also between people the dictionary names: "Le Pen renewed her attacks on Macron", the
    # leader of the opposition)
    return bool(targets) and (all(_in_words_only(ref) for ref in sides)
                              or all(_listed_person(ref) for ref in sides))


OCCASIONS = frozenset({"briefing", "conference", "meeting", "summit", "rally", "hearing",
                       "event", "ceremony", "forum", "session", "dinner", "reception", "gathering",
                       "luncheon", "breakfast", "interview", "appearance", "speech", "address"})
"""Occasions one speaks at ("said at a White House news briefing"): one's own is no one
addressed."""


def _occasion(ref: ActorRef, doc: Doc, offset: int) -> bool:
    """Whether ``ref`` names only the occasion something was said at or during."""
    span = _span_of(ref, doc, offset)
    if span is None:
        return False
    head = span.root
    return (head.lemma_.lower() in OCCASIONS and head.dep_ == "pobj"
            and head.head.lower_ in ("at", "during"))


def _only_venues(heads: list[Token], by_token: dict[int, Mention]) -> bool:
    """Whether the target phrases that name an actor all stand after "at" or "in", or "on the
    sidelines of" (where the sides met, not whom they met)."""
    named = [first_conjunct(t) for t in heads if any(x.i in by_token for x in phrase_tokens(t))]
    return bool(named) and all(t.dep_ == "pobj" and (t.head.lower_ in VENUE_PREPOSITIONS or (
        t.head.lower_ == "on" and t.lemma_.lower() in SIDELINES)) for t in named)


DIVISION_WORDS = frozenset({"province", "county", "city", "region", "district", "governorate",
                            "state", "oblast", "prefecture", "island", "islands", "valley",
                            "airport", "port", "bay", "river", "street", "square", "council",
                            "university", "college", "school", "institute", "hospital"})
"""Capitalised words that follow a place's name in a longer name ("Aleppo Province")."""


def _first_name_here(span: Span, by_token: dict[int, Mention]) -> bool:
    """A one-word town name the text also uses as someone's first name ("George Papadopoulos
    ... George's offer", "Kim Jong Un ... a summit between Kim and Trump"): that person's (not
    "Cambridge Police", "Cambridge City Council")."""
    if len(span) != 1:
        return False
    name = span[0].text
    return any(t.text == name and t.whitespace_ and t.i + 1 < len(t.doc)
               and given_name(t.doc[t.i + 1]) and t.doc[t.i + 1].lower_ not in DIVISION_WORDS
               and t.i + 1 not in by_token for t in span.doc if t.i != span.start)


def _in_complement(trigger: Token, where: Location, offset: int) -> bool:
    """Whether the place is named only in what a frame's trigger asks or means to be done (its
    infinitive), not where the trigger itself happened (a "that" clause's place still tells:
    "a Tunisian spokesman said the man was held in Tunis", and a purpose: "protesters gather to
    demonstrate outside the embassy")."""
    start = where.start - offset
    return any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")
               and c.left_edge.idx <= start < c.right_edge.idx + len(c.right_edge)
               for c in trigger.children)


def _background_tokens(trigger: Token, marks: frozenset[str] = BACKGROUND_MARKS,
                       purposes: bool = False) -> set[int]:
    """Token indexes of the time and cause clauses ("after ...", "because ...", by ``marks``)
    in the trigger's sentence that do not contain the trigger: their places are not its place
    (nor, for ``OTHER_TIME_MARKS``, their dates its date). With ``purposes``, also the purpose
    infinitives: where a goal is to be reached is not where the act is ("will host a meeting to
    find a way to end the offensive in Rakhine state" is hosted nowhere in Myanmar)."""
    own = {trigger.i, *(a.i for a in trigger.ancestors)}
    return {t.i for clause in trigger.sent if clause.dep_ in ("advcl", "acl")
            and clause.i not in own and (
                (clause.dep_ == "advcl"
                 and any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children))
                # "rallied to protest, and were doused with tear gas made in Pennsylvania":
                # where a thing comes from is no place of the act
                or (clause.tag_ == "VBN" and clause.lemma_.lower() in ORIGINS)
                or (purposes and clause.dep_ == "advcl" and clause.tag_ == "VB"
                    and clause.i > clause.head.i and has_aux(clause, {"to"})))
            for t in clause.subtree}


ORIGINS = frozenset({"make", "manufacture", "produce", "build", "bear", "grow", "raise",
                     "design", "develop", "assemble", "print", "brew", "mint"})
"""Participles that tell where a thing or person comes from ("tear gas made in Pennsylvania",
"a cleric born in Egypt"), not where anything happens."""
SETTING_NOUNS = frozenset({"wake", "aftermath", "course", "midst"})
"""Nouns whose "of" attack is the setting of an act ("in the wake of the massacre")."""
CONTENT_NOUNS = frozenset({"speculation", "fear", "concern", "worry", "rumor", "rumour",
                           "report", "suggestion", "expectation", "hope", "claim", "allegation",
                           "prospect", "possibility", "sign", "indication", "belief", "view"})
"""Nouns whose clause says what is thought or said, not where the act is ("demanded a vote,
amid speculation the campaign might expand into Syria")."""


def _spoken_of(trigger: Token) -> set[int]:
    """Token indexes of what a thought or a report below the trigger says, and of an attack
    the trigger's object or a preposition of its topic names
    ("condemned the bombing in Kabul", "faulted them for linking it to the attack in
    Benghazi"): its place is the attack's, not the trigger's (but "launched an attack in
    Aleppo", "a drone strike in Yemen killed him" and "were killed in an attack in Quetta"
    happened there, as did what was done "after" or "in the wake of" one; and an attack's own
    examples are its own)."""
    # (a thought's clause: "amid speculation the campaign might expand into Syria")
    found = {t.i for noun in trigger.subtree if noun.lemma_.lower() in CONTENT_NOUNS
             and noun.i != trigger.i for clause in noun.children
             if clause.dep_ in ("acl", "ccomp") for t in clause.subtree}
    if trigger.lemma_.lower() in VIOLENT_NOUNS:
        return found
    for noun in trigger.subtree:
        if noun.i == trigger.i or noun.pos_ != "NOUN" or noun.lemma_.lower() not in VIOLENT_NOUNS:
            continue
        path = []
        for above in (noun, *noun.ancestors):
            if above.i == trigger.i:
                break
            path.append(above)
        below = path[-1]
        if ((below.i == noun.i and is_light_verb(trigger))
                or below.dep_ in ("nsubj", "nsubjpass", "csubj", "agent")
                or any(t.lower_ in TIME_PREPOSITIONS or t.lemma_.lower() in SETTING_NOUNS or (
                    t.dep_ == "prep" and t.lower_ in SETTINGS and t.head.pos_ in ("VERB", "AUX"))
                       for t in path)):
            continue
        found.update(t.i for t in noun.subtree)
    return found


def _localised(refs: list[ActorRef], where: Location, doc: Doc, offset: int) -> list[ActorRef]:
    """Country-less sectors ("police", "government forces") take the country where the
    sentence places the event; a titled name ("Governor Romney") is no local sector. So do
    crowds the article placed elsewhere before ("Egyptian protesters ... In Athens, protesters
    clashed": Greek protesters)."""
    return [replace(ref, code=where.country + ref.code[3:],
                    entries=(*(e for e in ref.entries if not e.startswith(EARLIER_COUNTRY)),
                             f"place:{where.name}"))
            if len(ref.code) > 3 and not _titled_name(ref.text)
            and not any(e.startswith(NAMED_EARLIER) for e in ref.entries)
            and not _abroad(ref, doc, offset) and (
                ref.code.startswith(UNKNOWN_COUNTRY)
                or (ref.code[3:] in CROWDS and any(e.startswith(EARLIER_COUNTRY)
                                                   for e in ref.entries)))
            else ref
            for ref in refs]


def _abroad(ref: ActorRef, doc: Doc, offset: int) -> bool:
    """A role that is someone else's by its meaning: "his defense minister counterparts" met in
    Brussels are not Belgian, nor are "international forces" fighting in Afghanistan."""
    words = [word.lower() for word in ref.text.split()]
    if any(word in FOREIGN_ROLES or word.rstrip("s") in FOREIGN_ROLES for word in words):
        return True
    span = _span_of(ref, doc, offset)
    return span is not None and from_elsewhere(span.root)


PARTY_WORDS = frozenset({"democratic", "democrat", "republican", "gop", "independent"})
"""Party words the American press puts between a state and a title ("Missouri Democratic Sen.
Claire McCaskill")."""


def _place_before_title(head: Token, title_start: int) -> list[Token]:
    """The name right before the title of ``head``'s phrase (which starts at character
    ``title_start``), party words aside: "Ohio Rep. Mike Turner", "Missouri Democratic Sen.
    Claire McCaskill" (not "Vietnam War veteran Sen. X", not the stance in "Anti-U.S.
    protesters")."""
    doc = head.doc
    title = next((t for t in doc[head.left_edge.i:head.i] if t.idx == title_start), None)
    if title is None:
        return []
    i = title.i - 1
    while i >= head.left_edge.i and doc[i].lower_ in PARTY_WORDS:
        i -= 1
    if i < head.left_edge.i or doc[i].pos_ != "PROPN" or doc[i].dep_ != "compound":
        return []
    span = _name_span(doc[i])
    if span.start > 0 and doc[span.start - 1].text in ("-", "anti", "pro", "Anti", "Pro"):
        return []
    return [doc[i]]


def _place_span(token: Token) -> Span | None:
    """The name a token may be a place by: its place entity, or its proper-noun name when the
    tagger missed one; None for anything else."""
    if token.ent_type_ in ("GPE", "LOC"):
        return _entity_span(token)
    if token.pos_ == "PROPN" and not token.ent_type_:
        return _name_span(token)
    return None


def _name_span(token: Token) -> Span:
    """A proper noun with the compound words before it ("Gaza City", "Homs")."""
    start = min([token.i] + [c.i for c in token.lefts if c.dep_ == "compound"])
    return token.doc[start:token.i + 1]


def _governors(token: Token) -> list[Token]:
    """The verbs a participle or infinitive clause hangs on ("shelled Aleppo, killing ...")."""
    found = []
    while token.dep_ in ("advcl", "xcomp", "conj") and token.head.i != token.i:
        token = token.head
        found.append(token)
    return found


def _titled_name(text: str) -> bool:
    words = text.split()
    return len(words) > 1 and words[-1][:1].isupper() and words[0][:1].isupper()


def _strongest(events: Iterable[Event]) -> list[Event]:
    """One event per dyad and code in a sentence ("held talks" and "talks" are one meeting):
    the most confident, in the order of first mention."""
    best: dict[tuple[str | None, str | None, str], Event] = {}
    for event in events:
        key = (event.source.code if event.source else None,
               event.target.code if event.target else None, event.code.code)
        if key not in best or event.confidence > best[key].confidence:
            best[key] = event
    return list(best.values())


def _performers(trigger: Trigger, by_token: dict[int, Mention]) -> list[Token]:
    """The trigger's source phrases, less a town named only as a noun event's modifier: "the
    Benghazi attack" happened in Benghazi, no one from there carried it out, and "the Astana
    talks" were held in the capital (a seat of power, "the Kremlin statement", still stands for
    its government); so did "the Libya attack" in Libya, when it names no one attacked."""
    noun = trigger.token
    if noun.pos_ not in ("NOUN", "PROPN"):  # a headline's "Benghazi Attack" too
        return trigger.sources
    return [h for h in trigger.sources
            if not (h.dep_ == "compound" and h.head.i == noun.i and h.pos_ == "PROPN"
                    and (_named_only_as(h, by_token, VENUE_KINDS)
                         or (_country_name(h) and _unaimed_violence(noun)
                             and _named_only_as(h, by_token, COUNTRY_ONLY))))]


COUNTRY_ONLY = frozenset({"country"})


def _named_only_as(modifier: Token, by_token: dict[int, Mention], kinds: frozenset[str]) -> bool:
    """Whether every actor the modifier names is one of ``kinds`` (true of a town only the
    gazetteer knows, "the Waltham murders")."""
    return all(by_token[t.i].entry.kind in kinds for t in modifier.subtree if t.i in by_token)


def _country_name(token: Token) -> bool:
    """A country's written name ("Libya"), not its abbreviation ("U.S.", "UK"), which the press
    puts before the strikes a country makes."""
    return "." not in token.text and not token.is_upper


def _unaimed_violence(noun: Token) -> bool:
    """A violent noun that names no one struck ("the Libya attack"; not "the Iran attack on
    the tanker")."""
    return noun.lemma_.lower() in VIOLENT_NOUNS and not any(
        c.dep_ == "prep" and c.lower_ in ("on", "against") for c in noun.children)


def _own_clause(rank: Callable[[int], int | None]) -> Callable[[int], int | None]:
    """``rank`` of the trigger's own clause only (rank 0)."""
    def own(char: int) -> int | None:
        return 0 if rank(char) == 0 else None
    return own


def _outside_clause(rank: Callable[[int], int | None]) -> Callable[[int], int | None]:
    """``rank`` without the trigger's own clause (rank 0)."""
    def outside(char: int) -> int | None:
        value = rank(char)
        return None if value == 0 else value
    return outside


def _date_rank(trigger: Token, names_event: Callable[[Token], bool],
               ) -> Callable[[int], int | None]:
    """Where a date expression (by its start offset) stands for the trigger: 0 in the trigger's
    own clause, 1 elsewhere in the sentence ("On Monday, X said Y attacked Z"), None in a clause
    that dates something else ("blamed the pact, which entered into force in 1994", "since the
    war ended in 1975"). A clause describing the trigger, or the event that is its subject, dates
    it ("the attack, which came in October, killed hundreds")."""
    doc = trigger.doc
    clause = _clause(trigger)
    own = {trigger.i, *(a.i for a in trigger.ancestors)}
    aside = _background_tokens(trigger, OTHER_TIME_MARKS) | {
        t.i for c in trigger.sent if c.i not in own and c.dep_ in ("relcl", "acl")
        and not _dates_trigger(c.head, trigger, names_event) for t in c.subtree}
    if trigger.tag_ not in ("VBD", "VBN"):  # "plans to meet the June 30 deadline": when it is
        # due, not when one plans it (but "missed the June 30 deadline" then), also when
        # named after it ("the impending deadline of October 31")
        aside |= {t.i for c in trigger.sent if c.lemma_.lower() in DEADLINES
                  for m in c.children if (m.i < c.i and m.dep_ in (
                      "compound", "nummod", "nmod", "npadvmod")) or (
                      m.i > c.i and m.dep_ == "prep" and m.lower_ in ("of", "on")
                      and c.lemma_.lower() in DUE_DATES)  # (not "the target of an attack")
                  for t in m.subtree}

    def rank(char: int) -> int | None:
        span = doc.char_span(char, char + 1, alignment_mode="expand")
        if span is None:
            return 1
        if span.start in aside:
            return None
        return 0 if clause.start <= span.start < clause.end else 1

    return rank


def _dates_trigger(noun: Token, trigger: Token, names_event: Callable[[Token], bool]) -> bool:
    return noun.i == trigger.i or (noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == trigger.i
                                   and names_event(noun))


def _year_named(trigger: Token, published: dt.date | None) -> ResolvedDate | None:
    """The year an event noun is named by ("the 1967 Arab-Israeli war", "the 2003 invasion"),
    or the one a verb happened in or during ("captured East Jerusalem in the 1967 war")."""
    if trigger.pos_ in ("VERB", "AUX"):
        during = [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("in", "during")
                  for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
        return next(filter(None, (_year_named(g, published) for g in during)), None)
    if trigger.pos_ != "NOUN":
        return None
    for child in trigger.lefts:
        if (child.dep_ in ("nummod", "compound", "amod") and len(child.text) == 4
                and child.text.isdigit() and YEARS_NAMED[0] <= int(child.text) <= (
                    published.year if published else YEARS_NAMED[1])):
            return ResolvedDate(dt.date(int(child.text), 1, 1), "year", child.text, child.idx,
                                child.idx + 4)
    return None


def _ongoing(verb: Token) -> bool:
    """A verb in the present progressive ("is investigating", "are fighting")."""
    return verb.tag_ == "VBG" and has_aux(verb, PRESENT_BE)


def _long_past(when: ResolvedDate, published: dt.date | None) -> bool:
    """A year or month named that ended before the publication's, or a day a month or more
    before it."""
    if when.text is None or when.value is None or published is None:
        return False
    if when.precision == "year":
        return when.value.year < published.year
    if when.precision == "day":
        return when.value < published - dt.timedelta(days=31)
    return when.precision == "month" and (when.value.year, when.value.month) < (
        published.year, published.month)


def _role_day(when: ResolvedDate, published: dt.date | None) -> dt.date | None:
    """The day people's roles are read on: the sentence's own past date ("Bush hosted Putin in
    2003": the president then; the middle of a month or year named), else the publication date."""
    if when.text is None or when.value is None:
        return published
    day = (when.value.replace(month=7, day=1) if when.precision == "year"
           else when.value.replace(day=15) if when.precision == "month" else when.value)
    return day if published is None or day < published else published


def _prominence(token: Token) -> float:
    """Main-clause triggers outrank embedded ones: 0.8 per dependency level below the root;
    what a document does ranks as the act of issuing it ("passed a bill lifting the law"), an
    announced event as the announcing ("announced a suspension of flights")."""
    issuer = issuing_verb(token) or announcing_verb(token)
    if issuer is not None:
        token = issuer
    # "fishermen, held captive, were freed" (not "gunmen believed to be rebels killed 20")
    depth = 2 if token.dep_ == "acl" and not misread_finite(token) else 0
    if (token.dep_ == "pobj" and token.head.lower_ in TOPIC_PREPOSITIONS
            and token.head.head.pos_ in ("VERB", "AUX") and not is_light_verb(token.head.head)):
        depth += 1  # "declined to comment on the allegations": what is talked about
    while token.head.i != token.i and depth < 4:
        if token.dep_ not in ("conj", "xcomp"):
            depth += 1
        if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS
                                         for c in token.children):
            depth += 1  # "..., one day after a jet shot down a helicopter": what came before
        token = token.head
    return 0.8**depth


def _dyads(sources: list[ActorRef], targets: list[ActorRef], symmetric: bool,
           reciprocal: bool, hosted: bool = False,
           ) -> Iterator[tuple[ActorRef | None, ActorRef | None]]:
    if not sources:
        for target in targets or [None]:
            yield None, target
        return
    if symmetric and (not targets or hosted) and len(sources) > 1:
        # "Japan and Australia signed a pact": each side towards the other; "Obama and Putin
        # met in Zurich": each other, and each its host, unless one of them is at home
        at_home = {source.country for source in sources}
        for source in sources:
            for other in sources:
                if other.code != source.code:
                    yield source, other
            for host in targets:
                if host.country not in at_home:
                    yield source, host
        return
    for source in sources:
        if not targets:
            yield source, None
        for target in targets:
            yield source, target
            if symmetric and reciprocal:
                yield target, source


__all__ = ["CODER_NAME", "Coder"]


def _sentence_number(sent: Span, starts: tuple[int, ...]) -> int:
    """Which of the pre-filter's sentences (by start offset) ``sent`` begins in.

    Read at its first word: the filter's splitter leaves an opening quote or bracket on the
    sentence before ('... on Monday. "Japan attacked ...').
    """
    first = next((t.idx for t in sent if not t.is_space and not t.is_punct),
                 next((t.idx for t in sent if not t.is_space), sent.start_char))
    return max(0, bisect.bisect_right(starts, first) - 1)
