"""many platforms: a measure's sources, each action's vocabulary and vote, API budgets

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

import hashlib
import re

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_STR = sqlmodel.sql.sqltypes.AutoString
_TS = sqlmodel.sql.sqltypes.UTCDateTime


def upgrade() -> None:
    op.create_table(
        "measuresource",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("measure_id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("platform_id", _STR(), nullable=True),
        sa.Column("identifier", _STR(), nullable=False),
        sa.Column("session", _STR(), nullable=False),
        sa.Column("url", _STR(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("precedence", sa.Integer(), nullable=False),
        sa.Column("change_hash", _STR(), nullable=True),
        sa.Column("content_hash", _STR(), nullable=True),
        sa.Column("first_seen_at", _TS(), nullable=False),
        sa.Column("last_seen_at", _TS(), nullable=False),
        sa.ForeignKeyConstraint(["measure_id"], ["measure.id"]),
        sa.ForeignKeyConstraint(["source_id"], ["source.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("measure_id", "source_id", name="uq_measure_source"),
    )
    op.create_index("ix_measuresource_measure_id", "measuresource", ["measure_id"])
    op.create_index("ix_measure_source_platform", "measuresource", ["source_id", "platform_id"])
    op.create_table(
        "apiusage",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("budget", _STR(), nullable=False),
        sa.Column("window", _STR(), nullable=False),
        sa.Column("starts", _TS(), nullable=False),
        sa.Column("used", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("budget", "window", "starts", name="uq_api_usage"),
    )
    with op.batch_alter_table("action") as batch:
        batch.add_column(sa.Column("source_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("vocabulary", _STR(), nullable=True))
        batch.add_column(sa.Column("vote", sa.Text(), nullable=True))
        batch.create_foreign_key("fk_action_source_id", "source", ["source_id"], ["id"])
    # Every measure stored so far came from its one source (Measure.source_id).
    op.execute(
        "INSERT INTO measuresource (measure_id, source_id, platform_id, identifier, session, url,"
        " title, precedence, change_hash, content_hash, first_seen_at, last_seen_at)"
        " SELECT id, source_id, platform_id, identifier, session, url, title, 100, NULL,"
        " content_hash,"
        " first_seen_at, updated_at FROM measure WHERE source_id IS NOT NULL"
    )
    op.execute(
        "UPDATE action SET source_id = (SELECT source_id FROM measure"
        " WHERE measure.id = action.measure_id)"
    )
    _rekey_actions()


# Action keys now compare the chamber and the description without case or punctuation, so that
# two sources reporting one action agree; existing keys are recomputed with the rule as it stood
# at this revision (frozen here), so a re-crawl does not see old actions as new.
_CHAMBERS = (
    (r"^(h|a|lower)$|^(house|assembly)\b|house of (representatives|delegates)", "lower"),
    (r"^(s|upper)$|^senate\b", "upper"),
    (r"^(governor|executive)\b", "executive"),
)


def _basis(day: object, actor: str | None, description: str) -> tuple[str, str, str]:
    text = (actor or "").strip()
    chamber = text.lower()
    for pattern, name in _CHAMBERS:
        if re.search(pattern, text, re.I):
            chamber = name
            break
    words = re.sub(r"[\W_]+", " ", description.lower()).strip()
    return str(day)[:10], chamber, words


def _rekey_actions() -> None:
    conn = op.get_bind()
    rows = conn.execute(
        sa.text(
            "SELECT id, measure_id, date, actor, description FROM action"
            " ORDER BY measure_id, position"
        )
    ).fetchall()
    seen: dict[tuple, int] = {}
    updates = []
    for row in rows:
        basis = (row.measure_id, *_basis(row.date, row.actor, row.description))
        seen[basis] = seen.get(basis, 0) + 1
        key_text = "\x1f".join([*basis[1:], str(seen[basis])])
        updates.append({"k": hashlib.sha1(key_text.encode()).hexdigest()[:20], "i": row.id})
    # Two passes keep (measure_id, key) unique while keys move.
    for update in updates:
        conn.execute(
            sa.text("UPDATE action SET key = :t WHERE id = :i"),
            {"t": f"~{update['i']}", "i": update["i"]},
        )
    for update in updates:
        conn.execute(sa.text("UPDATE action SET key = :k WHERE id = :i"), update)


def downgrade() -> None:
    with op.batch_alter_table("action") as batch:
        batch.drop_constraint("fk_action_source_id", type_="foreignkey")
        batch.drop_column("vote")
        batch.drop_column("vocabulary")
        batch.drop_column("source_id")
    op.drop_table("apiusage")
    op.drop_index("ix_measure_source_platform", table_name="measuresource")
    op.drop_index("ix_measuresource_measure_id", table_name="measuresource")
    op.drop_table("measuresource")
