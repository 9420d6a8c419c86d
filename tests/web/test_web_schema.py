"""Property-based tests of the API against its own OpenAPI schema (schemathesis): whatever the
parameters, no server error, and every answer has a documented status, media type and shape."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from dashboard_data import build_store
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from deeppol.coding.coder import Coder
from deeppol.web import WebSettings, create_app

pytestmark = pytest.mark.slow  # POST /v1/code runs the trained pipeline

EXAMPLES = 25
"""Examples per operation: about 20 operations, so the module runs in well under a minute."""
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_schema_conformance]


@pytest.fixture(scope="module")
def web_schema(tmp_path_factory: pytest.TempPathFactory, coder: Coder) -> Iterator[schemathesis.BaseSchema]:
    path: Path = build_store(tmp_path_factory.mktemp("schema") / "schema.db", None, events=1500)
    # small limits so that generated bodies hit them too; every text is coded by the real coder
    app = create_app(path, settings=WebSettings(max_text_chars=2000, max_texts=3),
                     coder_factory=lambda: coder)
    try:
        yield schemathesis.openapi.from_asgi("/openapi.json", app)
    finally:
        app.state.deeppol.close()


def _fuzz(operation: schemathesis.APIOperation, mode: GenerationMode, checks: list[Any]) -> None:
    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    def run(case: schemathesis.Case) -> None:
        case.call_and_validate(checks=checks)

    run()


# schemathesis' own pytest integration (``from_fixture``) does not run under pytest 9, so the
# operations are fuzzed one by one here, with hypothesis directly.
@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_web_api_conforms_to_its_schema(web_schema: schemathesis.BaseSchema,
                                        mode: GenerationMode) -> None:
    failures: dict[str, str] = {}
    operations = [result.ok() for result in web_schema.get_all_operations()]
    assert len(operations) >= 15
    # invalid requests must still get a documented JSON error, never a server error
    checks = CHECKS if mode is GenerationMode.POSITIVE else [not_a_server_error, content_type_conformance]
    for operation in operations:
        try:
            _fuzz(operation, mode, checks)
        except Unsatisfiable:  # no parameter to get wrong (GET /healthz): nothing negative to send
            assert mode is GenerationMode.NEGATIVE, operation.label
        except Exception as exc:  # collect every operation's failure, then report them all
            failures[operation.label] = f"{type(exc).__name__}: {str(exc)[:1500]}"
    assert not failures, "\n\n".join(f"{label}\n{text}" for label, text in failures.items())
