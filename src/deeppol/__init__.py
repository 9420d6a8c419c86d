"""DeepPol: explainable CAMEO/PLOVER political event coding from news text.

Public API::

    from deeppol import Coder, code_texts, open_store
    events = code_texts(["Japan and Australia signed a defense pact."], date="2022-01-06")
    db = open_store("news.db")      # then deeppol.store.ingest.ingest and deeppol.analysis
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from deeppol.api import code_texts
from deeppol.coding.coder import Coder
from deeppol.config import Settings
from deeppol.nlp.pipeline import load_pipeline
from deeppol.store import open_store
from deeppol.types import ActorRef, Article, Event, EventCode, Evidence, Location, Rejection

try:
    __version__ = version("deeppol")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+local"

__all__ = ["ActorRef", "Article", "Coder", "Event", "EventCode", "Evidence", "Location",
           "Rejection", "Settings", "__version__", "code_texts", "load_pipeline", "open_store"]
