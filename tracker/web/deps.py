"""FastAPI dependencies every router uses, so no router builds its own engine or config."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.engine import Engine

from tracker.config import Config


def get_config(request: Request) -> Config:
    """The app's configuration, fixed when create_app ran."""
    return request.app.state.config


def get_engine(request: Request) -> Engine:
    """The app's shared, migrated engine."""
    return request.app.state.engine


# Annotated forms for route signatures (no call in argument defaults).
ConfigDep = Annotated[Config, Depends(get_config)]
EngineDep = Annotated[Engine, Depends(get_engine)]
