"""privacy: when an address was suppressed, so it can be forgotten after the retention time

Revision ID: 0005_privacy
Revises: 0003
Create Date: 2026-12-01
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0005_privacy"
down_revision = "0004"
branch_labels = None
depends_on = None

_TS = sqlmodel.sql.sqltypes.UTCDateTime


def upgrade() -> None:
    with op.batch_alter_table("subscriber") as batch:
        batch.add_column(sa.Column("suppressed_at", _TS(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("subscriber") as batch:
        batch.drop_column("suppressed_at")
