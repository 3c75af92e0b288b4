"""The offline demo: a local Legistar Web API mirror, the corpus it serves, and `tracker demo`."""

from typing import Any


def __getattr__(name: str) -> Any:
    # `run_demo` is imported on first use, so that importing the mirror or the corpus (tests,
    # benchmarks) does not load the demo runner and its configuration.
    if name == "run_demo":
        from tracker.demo.run import run_demo

        return run_demo
    raise AttributeError(f"module 'tracker.demo' has no attribute {name!r}")
