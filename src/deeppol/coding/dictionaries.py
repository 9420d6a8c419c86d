"""Loading, validating and merging the YAML dictionaries (ours, then the user's).

Each packaged file ``lexicons/<kind>.yaml`` holds a list of entries with an ``id``. A user file is
a mapping ``{kind: [entries]}``; its entries replace ours with the same id and add new ones.
Validation happens here, at load, and names the file and entry of every problem.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from deeppol.coding.ontology import Ontology
from deeppol.errors import LexiconError

LEXICON_PACKAGE = "deeppol.coding.lexicons"
GENDERS = ("female", "male")
DEFAULT_GENDER = "male"
"""A person's ``gender``, one of ``GENDERS``: a later "she" passes over the men named since."""
KINDS = ("countries", "organizations", "groups", "agents", "people", "names", "events", "frames")
NO_EVENT = "none"
"""The code of a pattern that says a phrase is no event ("meet the deadline" is no meeting)."""
SAME_CODE = "same"
"""In a frame's ``codes``: emit the complement's own code ("preparing to attend the Games" is
the visit, announced)."""
CODE_RE = re.compile(r"^(?:[A-Z]{3}|---)(?:[A-Z0-9]{3})*$")
_BOOL_WORDS = {True: "on", False: "off"}

_FIELDS: dict[str, dict[str, type | tuple[type, ...]]] = {
    "countries": {"id": str, "code": str, "names": list, "adjectives": list, "capitals": list,
                  "seats": dict, "cities": list},
    "organizations": {"id": str, "code": str, "kind": str, "names": list, "country": (str, type(None))},
    "groups": {"id": str, "code": str, "kind": str, "names": list, "country": (str, type(None))},
    "agents": {"id": str, "code": str, "words": list},
    "people": {"id": str, "names": list, "roles": list, "default": (str, type(None)),
               "gender": str},
    "names": {"id": str, "gender": str, "names": list},
    "events": {"id": str, "code": str, "verb": str, "noun": str, "adjective": str,
               "particle": (str, type(None)),
               "objects": list, "subjects": list, "target": list, "source": list,
               "symmetric": bool, "plover": str, "predicate": bool, "joint": str,
               "passive_target": bool, "needs_target": bool,
               "confidence": (float, int)},
    "frames": {"id": str, "verbs": list, "default": str, "codes": dict, "target": str,
               "object": (bool, type(None)), "complement": str, "silent": list,
               "participle": bool, "bare": str},
}
_REQUIRED = {
    "countries": ("id", "code", "names"),
    "organizations": ("id", "code", "names"),
    "groups": ("id", "code", "names"),
    "agents": ("id", "code", "words"),
    "people": ("id", "names", "roles"),
    "names": ("id", "gender", "names"),
    "events": ("id", "code"),
    "frames": ("id", "verbs", "default"),
}


@dataclass(frozen=True, slots=True)
class Dictionaries:
    """All dictionary entries by kind, validated and merged; immutable once built."""

    entries: Mapping[str, tuple[Mapping[str, Any], ...]]
    sources: tuple[str, ...]
    digest: str

    def __getitem__(self, kind: str) -> tuple[Mapping[str, Any], ...]:
        return self.entries.get(kind, ())

    @property
    def version(self) -> str:
        """A short name for what produced the codes, recorded with every run."""
        return f"deeppol-dictionaries@{self.digest[:12]}"


def load_dictionaries(user_files: Iterable[str | Path] = ()) -> Dictionaries:
    """Load the packaged dictionaries and merge user files over them, by entry id.

    Raises:
        LexiconError: a file cannot be read or an entry is invalid (the message names both).
    """
    merged: dict[str, dict[str, dict[str, Any]]] = {kind: {} for kind in KINDS}
    sources: list[str] = []
    package = resources.files(LEXICON_PACKAGE)
    for kind in KINDS:
        resource = package.joinpath(f"{kind}.yaml")
        if not resource.is_file():
            continue
        data = _parse_yaml(resource.read_text(encoding="utf-8"), f"{kind}.yaml")
        _merge(merged[kind], kind, data, f"{kind}.yaml")
        sources.append(f"{kind}.yaml")
    for path in user_files:
        name = str(path)
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise LexiconError(f"[E303] cannot read dictionary {name}: {exc}") from exc
        data = _parse_yaml(text, name)
        if not isinstance(data, dict):
            raise LexiconError(f"[E304] {name}: expected a mapping of {', '.join(KINDS)}")
        for kind, items in data.items():
            if kind not in KINDS:
                raise LexiconError(f"[E305] {name}: unknown section {kind!r} (use {', '.join(KINDS)})")
            _merge(merged[kind], kind, items, name)
        sources.append(name)
    frozen = {kind: tuple(values.values()) for kind, values in merged.items()}
    digest = hashlib.sha256(
        json.dumps(frozen, sort_keys=True, default=str).encode("utf-8")
    ).hexdigest()
    return Dictionaries(frozen, tuple(sources), digest)


def _parse_yaml(text: str, name: str) -> Any:
    try:
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        raise LexiconError(f"[E306] {name}: not valid YAML: {exc}") from exc


def _merge(target: dict[str, dict[str, Any]], kind: str, items: Any, name: str) -> None:
    if items is None:
        return
    if not isinstance(items, list):
        raise LexiconError(f"[E307] {name}: section {kind!r} must be a list of entries")
    seen: set[str] = set()
    for position, entry in enumerate(items, start=1):
        where = f"{name}: {kind} entry #{position}"
        if not isinstance(entry, dict):
            raise LexiconError(f"[E308] {where}: expected a mapping, got {type(entry).__name__}")
        _validate(kind, entry, where)
        key = str(entry["id"])
        if key in seen:  # a later file overrides an id; one file saying it twice is a slip
            raise LexiconError(f"[E321] {where}: id {key!r} appears twice in this file")
        seen.add(key)
        target[key] = entry


def _unboolean(entry: dict[str, Any]) -> None:
    """YAML 1.1 reads bare ``on``/``off`` as booleans; in word fields they are words."""
    for key in ("particle", "target", "source", "objects", "subjects", "words", "verbs"):
        value = entry.get(key)
        if isinstance(value, bool):
            entry[key] = _BOOL_WORDS[value]
        elif isinstance(value, list):
            entry[key] = [_BOOL_WORDS[v] if isinstance(v, bool) else v for v in value]


def _validate(kind: str, entry: dict[str, Any], where: str) -> None:
    _unboolean(entry)
    fields = _FIELDS[kind]
    where = f"{where} (id {entry.get('id')!r})"
    for key in _REQUIRED[kind]:
        if entry.get(key) in (None, "", []):
            raise LexiconError(f"[E309] {where}: missing {key!r}")
    for key, value in entry.items():
        if key not in fields:
            raise LexiconError(f"[E310] {where}: unknown field {key!r}")
        if value is not None and not isinstance(value, fields[key]):
            raise LexiconError(f"[E311] {where}: {key!r} has the wrong type ({type(value).__name__})")
    if kind == "events":
        _validate_event(entry, where)
    elif kind == "people":
        _validate_roles(entry, where)
    elif kind == "names":
        if entry["gender"] not in GENDERS:
            raise LexiconError(f"[E319] {where}: 'gender' is 'female' or 'male'")
        if not all(isinstance(name, str) and name[:1].isupper() for name in entry["names"]):
            raise LexiconError(f"[E323] {where}: each name is a capitalised word")
    elif kind == "frames":
        if entry.get("complement", "infinitive") not in ("infinitive", "clause"):
            raise LexiconError(f"[E311] {where}: 'complement' is 'infinitive' or 'clause'")
        # a complement root may keep the complement's code ("same"); the default cannot
        codes = (entry.get("codes") or {}).values()
        for code in [entry["default"], *(c for c in codes if c != SAME_CODE)]:
            if not _codes_or_none(code):
                raise LexiconError(f"[E312] {where}: {code!r} is not a CAMEO event code")
    elif kind == "agents":
        if not re.match(r"^[A-Z]{3}$", entry["code"]):
            raise LexiconError(f"[E313] {where}: agent code must be 3 letters, got {entry['code']!r}")
    elif not CODE_RE.match(entry["code"]):
        raise LexiconError(f"[E313] {where}: bad actor code {entry['code']!r}")
    if kind == "countries":
        if not _is_country_code(entry["code"]):
            raise LexiconError(f"[E320] {where}: {entry['code']!r} is not an ISO 3166-1 alpha-3 code")
        for seat, code in (entry.get("seats") or {}).items():
            if not isinstance(code, str) or not CODE_RE.match(code):
                raise LexiconError(f"[E313] {where}: bad code {code!r} for seat {seat!r}")


def _validate_event(entry: dict[str, Any], where: str) -> None:
    if sum(key in entry for key in ("verb", "noun", "adjective")) != 1:
        raise LexiconError(f"[E314] {where}: give exactly one of 'verb', 'noun' or 'adjective'")
    if not _codes_or_none(entry["code"]):
        raise LexiconError(f"[E312] {where}: {entry['code']!r} is not a CAMEO event code"
                           f" (or {NO_EVENT!r})")
    if entry.get("joint") is not None and str(entry["joint"]) not in _reference().codes:
        raise LexiconError(f"[E312] {where}: joint {entry['joint']!r} is not a CAMEO event code")
    plover = entry.get("plover")
    if plover is not None and not _reference().knows_plover(plover):
        raise LexiconError(f"[E319] {where}: {plover!r} is not a PLOVER type or type/mode")
    confidence = entry.get("confidence")
    if confidence is not None and not 0 <= confidence <= 1:
        raise LexiconError(f"[E315] {where}: confidence must be in [0, 1]")
    for place in entry.get("target") or ():
        if not isinstance(place, str) or not place.lstrip("-").isalpha():
            raise LexiconError(f"[E322] {where}: target place {place!r} is not a dependency or "
                               "preposition (e.g. dobj, with, -dobj)")


NON_ISO_STATES = frozenset({"KOS", "ROM", "TMP", "IMY", "MTN", "ANT"})
"""Codes CAMEO/PLOVER use that ISO 3166-1 does not list: Kosovo and CAMEO's legacy codes."""


@functools.cache
def _is_country_code(code: str) -> bool:
    """An ISO 3166-1 alpha-3 code, checked against pycountry's copy of the standard."""
    import pycountry

    return (code in NON_ISO_STATES or pycountry.countries.get(alpha_3=code) is not None
            or pycountry.historic_countries.get(alpha_3=code) is not None)  # SUN, DDR, YUG


@functools.cache
def _reference() -> Ontology:
    """The packaged CAMEO and PLOVER tables codes are checked against (read once)."""
    return Ontology.load()


def _codes_or_none(code: object) -> bool:
    """A CAMEO event code of the packaged table, or ``none`` (a stop pattern)."""
    return str(code) in _reference().codes or str(code) == NO_EVENT


def _validate_roles(entry: dict[str, Any], where: str) -> None:
    if entry.get("gender", DEFAULT_GENDER) not in GENDERS:
        raise LexiconError(f"[E319] {where}: 'gender' is 'female' or 'male'")
    for role in entry["roles"]:
        if not isinstance(role, dict) or "code" not in role or "start" not in role:
            raise LexiconError(f"[E316] {where}: each role needs 'code' and 'start'")
        if not CODE_RE.match(str(role["code"])):
            raise LexiconError(f"[E313] {where}: bad role code {role['code']!r}")
        for key in ("start", "end"):
            value = role.get(key)
            if value is not None and not isinstance(value, dt.date):
                raise LexiconError(f"[E317] {where}: role {key} must be a date (YYYY-MM-DD)")
        if role.get("end") is not None and role["end"] < role["start"]:
            raise LexiconError(f"[E318] {where}: role ends before it starts")
