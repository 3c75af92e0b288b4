"""Persistence: SQLModel tables, the engine, migrations and the queries the tracker uses.

SQL lives here and nowhere else; callers get plain model objects back.
"""
