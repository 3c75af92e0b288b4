"""Settings from the environment, with defaults that work on one machine."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

# The bundled registry: one TOML file per platform, read in name order.
BUNDLED_SOURCES = Path(__file__).with_name("data") / "sources"


@dataclass(frozen=True)
class Config:
    data_dir: Path
    database_url: str
    sources_path: Path
    public_url: str
    secret_key: str | None
    smtp_url: str | None
    outbox_dir: Path
    user_agent: str


def load_config(env: dict[str, str] | None = None) -> Config:
    """Read TRACKER_* variables; every call re-reads, so tests and the CLI can change them."""
    env = dict(os.environ if env is None else env)
    data_dir = Path(env.get("TRACKER_DATA_DIR", "data")).expanduser()
    db_url = env.get("TRACKER_DATABASE_URL") or f"sqlite:///{(data_dir / 'tracker.db').resolve()}"
    return Config(
        data_dir=data_dir,
        database_url=db_url,
        sources_path=Path(env.get("TRACKER_SOURCES") or BUNDLED_SOURCES),
        public_url=(env.get("TRACKER_PUBLIC_URL") or "http://127.0.0.1:8000").rstrip("/"),
        secret_key=env.get("TRACKER_SECRET_KEY") or None,
        smtp_url=env.get("TRACKER_SMTP_URL") or None,
        outbox_dir=Path(env.get("TRACKER_OUTBOX_DIR") or data_dir / "outbox"),
        user_agent=env.get(
            "TRACKER_USER_AGENT",
            "sanctuary-tracker/0.1 (+https://github.com/sanctuary-tracker/sanctuary-tracker)",
        ),
    )


def engine(config: Config | None = None):  # noqa: ANN201 - sqlalchemy Engine
    """The shared engine for the configured database, migrated to the newest schema."""
    from storage.db import get_engine

    return get_engine((config or load_config()).database_url)
