"""unattended operation: crawl leases, health incidents, where each crawl ran

Revision ID: 0006_ops
Revises: 0003 (the mail tables)
Create Date: 2026-12-01
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0006_ops"
down_revision = "0005_privacy"
branch_labels = None
depends_on = None

_STR = sqlmodel.sql.sqltypes.AutoString
_TS = sqlmodel.sql.sqltypes.UTCDateTime


def upgrade() -> None:
    op.create_table(
        "crawl_lease",
        sa.Column("source", _STR(), nullable=False),
        sa.Column("holder", _STR(), nullable=False),
        sa.Column("acquired_at", _TS(), nullable=False),
        sa.Column("expires_at", _TS(), nullable=False),
        sa.PrimaryKeyConstraint("source"),
    )
    op.create_table(
        "health_incident",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("kind", _STR(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("opened_at", _TS(), nullable=False),
        sa.Column("closed_at", _TS(), nullable=True),
        sa.Column("notified_at", _TS(), nullable=True),
        sa.ForeignKeyConstraint(["source_id"], ["source.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_health_incident_source_id", "health_incident", ["source_id"])
    op.create_index("ix_health_incident_closed_at", "health_incident", ["closed_at"])
    with op.batch_alter_table("crawlrun") as batch:
        batch.add_column(sa.Column("node", _STR(), nullable=True))
        batch.add_column(sa.Column("scheduled_for", _TS(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("crawlrun") as batch:
        batch.drop_column("scheduled_for")
        batch.drop_column("node")
    op.drop_index("ix_health_incident_closed_at", table_name="health_incident")
    op.drop_index("ix_health_incident_source_id", table_name="health_incident")
    op.drop_table("health_incident")
    op.drop_table("crawl_lease")
