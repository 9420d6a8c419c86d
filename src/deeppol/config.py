"""Settings: everything that changes what the coder outputs, in one frozen, validated record."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from deeppol.errors import ConfigError

ENTITY_SOURCES = ("rules", "model")


@dataclass(frozen=True, slots=True)
class Settings:
    """Coder settings; build with keywords and derive variants with ``replace``."""

    include_unasserted: bool = False
    """Keep negated and hypothetical events (flagged in ``mode``)."""
    require_source: bool = True
    """Drop events whose source actor cannot be resolved."""
    require_target: bool = False
    """Drop events without a target actor."""
    min_confidence: float = 0.0
    """Drop events below this confidence."""
    dictionaries: tuple[str, ...] = field(default_factory=tuple)
    """User dictionary files (YAML) merged over the packaged ones."""
    model: str | None = None
    """spaCy pipeline package or path; default: the installed ``en_core_web_sm``."""
    batch_size: int = 16
    """Articles per ``nlp.pipe`` batch."""
    prefilter: bool = True
    """Parse only sentences with a trigger and an actor candidate (found by the tokenizer and the
    phrase matchers); the others are blanked, so offsets do not change."""
    entities: str = "rules"
    """Where the dates, places and names the coder reads come from: ``"rules"`` (date
    expressions and gazetteer places, see ``deeppol.coding.entities``) or ``"model"`` (spaCy's
    statistical NER, which costs about as much as the rest of the pipeline)."""
    max_chunk_chars: int = 100_000
    """Long articles are parsed in chunks of at most this many characters (split at paragraphs)."""

    def __post_init__(self) -> None:
        if not 0.0 <= self.min_confidence <= 1.0:
            raise ConfigError("[E001] min_confidence must be in [0, 1]")
        if self.batch_size < 1:
            raise ConfigError("[E002] batch_size must be at least 1")
        if self.entities not in ENTITY_SOURCES:
            raise ConfigError(f"[E008] entities must be one of {', '.join(ENTITY_SOURCES)}")
        if self.max_chunk_chars < 1000:
            raise ConfigError("[E003] max_chunk_chars must be at least 1000")

    def replace(self, **changes: Any) -> Settings:
        """A copy with some fields changed (validated again)."""
        return dataclasses.replace(self, **changes)
