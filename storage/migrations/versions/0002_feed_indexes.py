"""feed indexes

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

The enacted-measures feed reads the newest events whose status_to is 'enacted'; with the first
index it walks only those instead of scanning every event backwards. The second lets a feed
filtered by place and topic/stance list the matching measures of those places from the index alone
(no reads of measure rows, which carry the full text).
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_event_status_to_id", "event", ["status_to", "id"], unique=False)
    op.create_index(
        "ix_measure_feed_filter", "measure", ["jurisdiction_id", "stance", "topics"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_measure_feed_filter", table_name="measure")
    op.drop_index("ix_event_status_to_id", table_name="event")
