"""One stored article: its text and the evidence spans of every event coded in it."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Request
from starlette.responses import Response

from deeppol.web.errors import ApiError
from deeppol.web.queries import get_article
from deeppol.web.routes.common import NO_NUL, app_state, json_response
from deeppol.web.schemas import INVALID, ArticleOut, ErrorOut

router = APIRouter(prefix="/v1", tags=["articles"], responses=INVALID)


@router.get("/articles/{article_id}", response_model=ArticleOut,
            responses={404: {"model": ErrorOut, "description": "No article has this id."}})
def article(request: Request,
            article_id: Annotated[str, Path(min_length=1, max_length=200, pattern=NO_NUL)]) -> Response:
    """The article's text, metadata and evidence sentences, and every event mention coded in it
    with the character offsets (in the text) of its trigger, source and target."""
    with app_state(request).reader() as db:
        found = get_article(db, article_id)
    if found is None:
        raise ApiError(404, "not_found", f"no article with id {article_id!r}")
    return json_response(found)
