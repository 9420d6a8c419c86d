"""Content-hash ids for what the store keeps, so that storing the same thing twice stores it once.

- ``content_hash(text)``: the normalised text only; exact duplicates (syndicated copies) share it.
- ``article_id(article)``: the content hash plus the article's identity (its URL, else its source
  and input id), so the same story published at two addresses is two linked articles, and the
  same record read twice is one.
- ``rejection_id(rejection)``: input, line, stage, reason and detail, so re-runs do not repeat it.
- ``run_id(...)``: coder version, dictionary hash and settings (see ``deeppol.store.runs``).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import urlsplit, urlunsplit

from deeppol.types import Article, Rejection

HASH_CHARS = 32
"""Hex characters kept from the SHA-256 digest (128 bits)."""
_SEP = "\x1f"  # unit separator: cannot occur in the normalised parts
_SPACE = re.compile(r"\s+")


def digest(*parts: str) -> str:
    """A short SHA-256 hex digest of ``parts`` joined unambiguously."""
    joined = _SEP.join(part.replace(_SEP, " ") for part in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:HASH_CHARS]


def normalise_text(text: str) -> str:
    """Unicode NFKC with every run of whitespace collapsed to one space, trimmed."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip()


def normalise_url(url: str) -> str:
    """Trim, lower-case scheme and host, drop the fragment (``#...``)."""
    text = url.strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        return text
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path, parts.query, ""))


def content_hash(text: str) -> str:
    """Hash of the normalised text alone: equal for exact duplicates."""
    return digest("text", normalise_text(text))


def article_identity(article: Article) -> str:
    """Where the article comes from: its URL, else its source and input id."""
    if article.url and article.url.strip():
        return f"url:{normalise_url(article.url)}"
    return f"doc:{(article.source or '').strip()}{_SEP}{article.id}"


def article_id(article: Article, text_hash: str | None = None) -> str:
    """The stored id of ``article``: its content hash and identity (``text_hash`` if known)."""
    return digest("article", text_hash or content_hash(article.text), article_identity(article))


def rejection_id(rejection: Rejection) -> str:
    """Stable id of a rejection: the same bad record rejected twice is stored once."""
    line = "" if rejection.line is None else str(rejection.line)
    return digest("rejection", rejection.input, line, rejection.stage, rejection.reason,
                  rejection.detail)


__all__ = ["HASH_CHARS", "article_id", "article_identity", "content_hash", "digest",
           "normalise_text", "normalise_url", "rejection_id"]
