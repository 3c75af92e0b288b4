"""Property-based test of the JSON API against its own OpenAPI description (schemathesis):
for generated inputs, valid and invalid alike, no 5xx and every response matches the schema.

The schema is loaded from the live app (seeded database) inside the test, then each operation
is driven by Hypothesis with a bounded number of examples.
"""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, given, settings

MAX_EXAMPLES = 40  # per operation: bounded so the suite stays quick


def test_api_conforms_to_its_openapi_description(app, ids):  # noqa: ANN001
    schema = schemathesis.openapi.from_asgi("/openapi.json", app).include(path_regex="^/api/")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {op.label for op in operations} == {
        "GET /api/measures",
        "GET /api/measures/{measure_id}",
        "GET /api/events",
        "GET /api/places",
    }
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=MAX_EXAMPLES,
            deadline=None,
            database=None,
            suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
        )
        def check(case) -> None:  # noqa: ANN001
            case.call_and_validate()

        check()
