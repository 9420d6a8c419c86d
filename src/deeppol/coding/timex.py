"""Event date resolution: pick the temporal expression of a sentence and anchor it.

Candidates are the ``DATE`` entities inside the sentence plus the date expressions of
``date_expressions`` ("on Thursday", "Jan. 6", "two days ago", ...; with the rule entities
of ``deeppol.coding.entities`` these are the ``DATE`` entities themselves).  The
first resolvable candidate wins; relative expressions are resolved against the
article's publication date with :mod:`dateparser`.  News reports past events, so a
resolved date never lies after the publication date (weekday forms move back one
week, month and day-month forms one year; explicit years are kept as written), except
for an event the sentence puts in the future ("will meet next week", "will visit Japan
in March", "talks on Thursday" after "will hold"): then forward forms ("tomorrow",
"next month") count and bare weekdays and months are the next ones.
Without any usable expression the publication date is returned as a fallback.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from dateparser.date import DateDataParser
from spacy.tokens import Span

__all__ = ["DateResolver", "ResolvedDate", "date_expressions"]

_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|"
    r"July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|"
    r"Dec(?:ember|\.)?)"
)
_MONTH_FULL = (
    r"(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)"
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"
_NUM = (
    r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|several|a\s+few|few|many|some|a\s+couple\s+of|"
    r"a\s+number\s+of|dozens\s+of|hundreds\s+of)"
)
_UNIT = r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies))"

_NOT_A_DEADLINE = r"(?<!\bby\s)(?<!\bby\sthe\s)(?<!\buntil\s)(?<!\buntil\sthe\s)"
"""A month or year after "by" or "until" is a deadline ("approved by mid-April", "expire by the
end of May"): when something is due, not when it happened."""
_NOT_A_NAME = r"(?!\s+(?:revolution|uprising|war|offensive|movement)\b)"
"""A month that names an event ("the January revolution", "the October war") dates nothing."""

# Each alternative captures the date part (without a leading preposition) in group "d".
_CANDIDATE_RE = re.compile(
    "|".join(
        (
            # Jan. 6 / January 6th, 2021 / Friday, September 14
            rf"\b(?P<d1>(?:{_WEEKDAY},?\s+)?{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}}\b)?)",
            # 6 January (2021)
            rf"\b(?P<d2>\d{{1,2}}\s+{_MONTH_FULL}(?:\s+\d{{4}})?)\b",
            # in October / October 2020 / early May
            rf"{_NOT_A_DEADLINE}(?:\b(?:(?:[Ii]n|[Dd]uring|[Ss]ince|[Ee]arly|[Ll]ate|[Mm]id|[Ll]ast"
            rf"|[Tt]his|(?:[Ee]nd|[Bb]eginning|[Ss]tart|[Mm]iddle)\s+of)\s+|[Mm]id-))"
            rf"(?P<d3>{_MONTH_FULL}(?:\s+\d{{4}})?)\b{_NOT_A_NAME}",
            rf"\b(?P<d4>{_MONTH_FULL}\s+\d{{4}})\b",
            # on Thursday / last Friday night
            rf"\b(?P<d5>(?:[Ll]ast\s+|[Tt]his\s+past\s+)?{_WEEKDAY}{_PART_OF_DAY})\b",
            # two days ago / yesterday / last month / earlier this week
            rf"(?i:\b(?P<d6>{_NUM}\s+{_UNIT}\s+ago|yesterday|today|tonight|"
            r"(?:earlier\s+|later\s+)?this\s+(?:week|month|year|weekend|morning|afternoon|evening)|"
            r"(?:earlier|later)\s+today|"
            r"(?:(?:early|late)\s+)?last\s+(?:week|month|year|weekend|night)|"
            r"(?:over|during|on)\s+the\s+weekend|this\s+past\s+weekend|"
            # (future events only) tomorrow / next week / next Monday
            rf"tomorrow|(?:next|this\s+coming)\s+(?:week|month|year|weekend|{_WEEKDAY}))\b)",
            # in 2019
            rf"{_NOT_A_DEADLINE}(?:\b(?:(?:[Ii]n|[Dd]uring|[Ss]ince|[Bb]y|[Ee]arly|[Ll]ate|[Mm]id"
            r"|(?:[Ee]nd|[Bb]eginning|[Ss]tart|[Mm]iddle)\s+of)\s+|[Mm]id-))"
            r"(?P<d7>(?:19|20)\d{2})\b(?!s)",
        )
    )
)

_LEADING_RE = re.compile(
    r"^(?:(?:on|in|at|by|during|the\s+(?:end|beginning|start|middle)\s+of|the|early|late|"
    r"mid-?|earlier|later)\s+)+",
    re.IGNORECASE,
)
_REJECT_RE = re.compile(
    r"\b(?:old|aged?|every|each|daily|weekly|monthly|annual(?:ly)?|per|recent|"
    r"decades?|centur(?:y|ies)|lifetime|period|season)\b|-year-old|\b\d{2,4}'?s\b|^\d{1,2}$"
    rf"|^(?:the\s+)?{_UNIT}$",
    re.IGNORECASE,
)
_FORWARD_RE = re.compile(r"\b(?:tomorrow|next|coming|upcoming|later\s+this)\b", re.IGNORECASE)
"""Forms that point after the publication date: read only for a future event."""
_DURATION_RE = re.compile(
    r"^(?:(?:for|about|nearly|almost|around|over|more\s+than|less\s+than|up\s+to|"
    r"at\s+least)\s+)?"
    rf"(?:the\s+(?:past|last|previous|first|next|coming)\s+(?:{_NUM}\s+)?"
    rf"|(?:past|last|previous)\s+{_NUM}\s+|(?:the\s+)?{_NUM}\s+)"
    rf"(?:full\s+|straight\s+|consecutive\s+)?{_UNIT}\b(?!\s+ago)",
    re.IGNORECASE,
)
_WEEKDAY_EXPR_RE = re.compile(
    rf"^(?P<last>last\s+|this\s+past\s+)?(?P<next>next\s+|this\s+coming\s+)?"
    rf"(?P<wd>{_WEEKDAY}){_PART_OF_DAY}$",
    re.IGNORECASE,
)
_WEEKEND_RE = re.compile(
    r"^(?:over\s+(?:the\s+)?)?(?P<which>last\s+|this\s+coming\s+|this\s+|next\s+)?weekend$",
    re.IGNORECASE,
)
"""A weekend ("over the weekend", "last weekend", "this weekend"): dated by its Saturday."""
SATURDAY = 5
_YEAR_RE = re.compile(r"\b(?:1[89]|20)\d{2}\b")
_YEAR_SPAN_RE = re.compile(r"^((?:1[89]|20)\d{2})\s*[-–—/]\s*(?:\d{2}|(?:1[89]|20)\d{2})$")
_MONTH_NAME_RE = re.compile(rf"\b{_MONTH}(?!\w)", re.IGNORECASE)

_PRECISIONS: Mapping[str, str] = MappingProxyType(
    {"day": "day", "week": "day", "time": "day", "month": "month", "year": "year"}
)
_BASE_SETTINGS: Mapping[str, Any] = MappingProxyType(
    {
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PREFER_DAY_OF_MONTH": "first",
    }
)
_MAX_CACHE = 50_000
_MAX_PARSERS = 512


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    """A sentence's event date.

    ``value`` is None only when nothing is known; ``text``/``start``/``end`` are the
    temporal expression used (offsets into ``doc.text``), None for the fallback.
    """

    value: datetime.date | None
    precision: str  # "day" | "month" | "year" | "unknown"
    text: str | None
    start: int | None
    end: int | None


@dataclass(frozen=True, slots=True)
class _Candidate:
    text: str
    start: int
    end: int


def _normalise(expr: str) -> str:
    expr = " ".join(expr.split())
    expr = re.sub(r"^this\s+past\s+", "last ", expr, flags=re.IGNORECASE)
    expr = _LEADING_RE.sub("", expr)
    expr = re.sub(r"^mid-", "", expr, flags=re.IGNORECASE).strip(" ,;")  # "in mid-2014"
    return _YEAR_SPAN_RE.sub(r"\1", expr)  # "in 2017-18": from 2017 (no June 18, 2017)


def _is_non_date(expr: str, future: bool) -> bool:
    return bool(_REJECT_RE.search(expr) or _DURATION_RE.match(expr)
                or (not future and _FORWARD_RE.search(expr)))


def _weekend(published: datetime.date, which: str, future: bool
             ) -> tuple[datetime.date, str] | None:
    """The Saturday of the weekend meant: for a past event the last one up to the publication
    day (the one before that for "last weekend" said on a weekend), for a future one the
    next; day precision, as a weekend is two days."""
    weekend_now = published.weekday() >= SATURDAY
    if future or which.startswith("next") or "coming" in which:
        if not future:
            return None  # "next weekend" of a past event: no date
        ahead = (SATURDAY - published.weekday()) % 7
        if which.startswith("next") and weekend_now:
            ahead += 7
        return published + datetime.timedelta(days=ahead), "day"
    back = (published.weekday() - SATURDAY) % 7
    if which == "last" and weekend_now:
        back += 7
    return published - datetime.timedelta(days=back), "day"


def _minus_years(value: datetime.date, years: int = 1) -> datetime.date:
    try:
        return value.replace(year=value.year - years)
    except ValueError:  # 29 February
        return value.replace(year=value.year - years, day=28)



def date_expressions(text: str) -> Iterator[tuple[int, int]]:
    """Character ranges of the date expressions in ``text`` that the resolver reads ("Jan. 6",
    "on Thursday", "two days ago", "in 2019"), without their leading prepositions."""
    for match in _CANDIDATE_RE.finditer(text):
        group = match.lastgroup
        if group is not None:
            yield match.start(group), match.end(group)


class DateResolver:
    """Resolves the event date of a sentence; one per worker, not thread-safe."""

    def __init__(self) -> None:
        self._parser = DateDataParser(languages=["en"], settings=dict(_BASE_SETTINGS))
        # The first parse loads dateparser's language data (~100 ms): pay it here.
        self._parser.get_date_data("1 January 2000")
        # dateparser fixes RELATIVE_BASE when a parser is built, so parsers anchored
        # on a publication date are built lazily and kept per date.
        self._anchored: dict[tuple[datetime.date, bool], DateDataParser] = {}
        self._cache: dict[tuple[str, datetime.date | None, bool],
                          tuple[datetime.date, str] | None] = {}

    # -- public -------------------------------------------------------------
    def resolve(self, sent: Span, published: datetime.date | None,
                ents: Sequence[Span] | None = None) -> ResolvedDate:
        """The event date of ``sent``; ``ents``: its entities when the caller has them already
        (``Span.ents`` scans the whole document)."""
        return self.choose(self.candidates(sent, ents), published)

    def candidates(self, sent: Span, ents: Sequence[Span] | None = None) -> list[_Candidate]:
        """The date expressions of ``sent`` in document order, for ``choose``."""
        return self._candidates(sent, sent.ents if ents is None else ents)

    def choose(self, candidates: Sequence[_Candidate], published: datetime.date | None,
               rank: Callable[[int], int | None] | None = None,
               future: bool = False) -> ResolvedDate:
        """The first of ``candidates`` that resolves, by ``rank`` of its start offset when one
        is given (lower first; None leaves it out), else the publication date. ``future``: the
        event is still to come ("will meet next week"), so dates may lie ahead."""
        if isinstance(published, datetime.datetime):
            published = published.date()
        if rank is not None:
            ranked = [(r, cand) for cand in candidates if (r := rank(cand.start)) is not None]
            candidates = [cand for _, cand in sorted(ranked, key=lambda rc: rc[0])]
        for cand in candidates:
            resolved = self._resolve_expression(cand.text, published, future)
            if resolved is not None:
                value, precision = resolved
                return ResolvedDate(value, precision, cand.text, cand.start, cand.end)
        if published is None:
            return ResolvedDate(None, "unknown", None, None, None)
        return ResolvedDate(published, "day", None, None, None)

    # -- candidates ---------------------------------------------------------
    @staticmethod
    def _candidates(sent: Span, ents: Sequence[Span]) -> list[_Candidate]:
        found: list[_Candidate] = [
            _Candidate(ent.text, ent.start_char, ent.end_char)
            for ent in ents
            if ent.label_ == "DATE"
        ]
        offset = sent.start_char
        text = sent.text
        found += [_Candidate(text[start:end], offset + start, offset + end)
                  for start, end in date_expressions(text)]
        if len(found) < 2:
            return found
        # Document order; on overlap keep the earliest, then the longest.
        found.sort(key=lambda c: (c.start, c.start - c.end))
        kept: list[_Candidate] = []
        for cand in found:
            if kept and cand.start < kept[-1].end:
                continue
            kept.append(cand)
        return kept

    # -- resolution ---------------------------------------------------------
    def _resolve_expression(
        self, text: str, published: datetime.date | None, future: bool = False
    ) -> tuple[datetime.date, str] | None:
        key = (text, published, future)
        if key in self._cache:
            return self._cache[key]
        result = self._compute(text, published, future)
        if len(self._cache) >= _MAX_CACHE:
            self._cache.clear()
        self._cache[key] = result
        return result

    def _compute(
        self, text: str, published: datetime.date | None, future: bool = False
    ) -> tuple[datetime.date, str] | None:
        expr = _normalise(text)
        if not expr or _is_non_date(expr, future):
            return None
        explicit_year = _YEAR_RE.search(expr) is not None
        if published is None:
            if not explicit_year:
                return None
            return self._parse(self._parser, expr)

        weekend = _WEEKEND_RE.match(expr)
        if weekend is not None:
            return _weekend(published, (weekend.group("which") or "").strip().lower(), future)

        weekday = _WEEKDAY_EXPR_RE.match(expr)
        if weekday is not None:
            target = _WEEKDAYS.index(weekday.group("wd").lower())
            if future and not weekday.group("last"):  # "will meet on Thursday": the next one
                ahead = (target - published.weekday()) % 7
                if ahead == 0 and weekday.group("next"):
                    ahead = 7
                return published + datetime.timedelta(days=ahead), "day"
            if weekday.group("next"):
                return None
            back = (published.weekday() - target) % 7
            if back == 0 and weekday.group("last"):
                back = 7
            return published - datetime.timedelta(days=back), "day"

        parsed = self._parse(self._anchored_parser(published, future), expr)
        if parsed is None:
            return None
        value, precision = parsed
        if future:  # the anchored parser prefers the future: "in March", said in May, is next March
            return value, precision
        if value > published and explicit_year and precision == "year":
            return None  # "criticized Russia in 2016", said in 2013, names no time of a past
            # act ("run for president in 2016"; a later day or month named is trusted over the
            # publication date: "a vigil on April 21, 2013" in a gallery updated since)
        if value > published and not explicit_year:
            if precision == "month" or _MONTH_NAME_RE.search(expr):
                value = _minus_years(value)
            else:  # a future relative expression ("next week"): not a past event
                return None
        return value, precision

    def _anchored_parser(self, published: datetime.date, future: bool = False
                         ) -> DateDataParser:
        parser = self._anchored.get((published, future))
        if parser is None:
            if len(self._anchored) >= _MAX_PARSERS:
                self._anchored.clear()
            base = datetime.datetime.combine(published, datetime.time())
            settings = {**_BASE_SETTINGS, "RELATIVE_BASE": base}
            if future:
                settings["PREFER_DATES_FROM"] = "future"
            parser = DateDataParser(languages=["en"], settings=settings)
            self._anchored[(published, future)] = parser
        return parser

    @staticmethod
    def _parse(parser: DateDataParser, expr: str) -> tuple[datetime.date, str] | None:
        try:
            data = parser.get_date_data(expr)
        except (ValueError, OverflowError):
            return None
        if data.date_obj is None:
            return None
        precision = _PRECISIONS.get(data.period or "day", "day")
        value = data.date_obj.date()
        if precision == "month":
            value = value.replace(day=1)
        elif precision == "year":
            value = value.replace(month=1, day=1)
        return value, precision
