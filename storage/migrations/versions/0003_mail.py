"""email alerts: subscribers, subscriptions, outbox

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_STR = sqlmodel.sql.sqltypes.AutoString
_TS = sqlmodel.sql.sqltypes.UTCDateTime


def upgrade() -> None:
    op.create_table(
        "subscriber",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email", _STR(), nullable=False),
        sa.Column("status", _STR(), nullable=False),
        sa.Column("suppressed_reason", sa.Text(), nullable=True),
        sa.Column("created_at", _TS(), nullable=False),
        sa.Column("confirmed_at", _TS(), nullable=True),
        sa.Column("unsubscribed_at", _TS(), nullable=True),
        sa.Column("last_confirmation_sent_at", _TS(), nullable=True),
        sa.Column("confirmation_window_started_at", _TS(), nullable=True),
        sa.Column("confirmation_count", sa.Integer(), nullable=False),
        sa.Column("token_version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("email"),
    )
    op.create_index("ix_subscriber_status", "subscriber", ["status"])

    op.create_table(
        "subscription",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("subscriber_id", sa.Integer(), nullable=False),
        sa.Column("states", _STR(), nullable=False),
        sa.Column("jurisdictions", _STR(), nullable=False),
        sa.Column("levels", _STR(), nullable=False),
        sa.Column("topics", _STR(), nullable=False),
        sa.Column("stances", _STR(), nullable=False),
        sa.Column("kinds", _STR(), nullable=False),
        sa.Column("frequency", _STR(), nullable=False),
        sa.Column("timezone", _STR(), nullable=False),
        sa.Column("send_hour", sa.Integer(), nullable=False),
        sa.Column("send_weekday", sa.Integer(), nullable=False),
        sa.Column("confirmed_at", _TS(), nullable=True),
        sa.Column("created_at", _TS(), nullable=False),
        sa.Column("last_event_id", sa.Integer(), nullable=False),
        sa.Column("last_digest_at", _TS(), nullable=True),
        sa.ForeignKeyConstraint(["subscriber_id"], ["subscriber.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_subscription_subscriber_id", "subscription", ["subscriber_id"])

    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("subscriber_id", sa.Integer(), nullable=False),
        sa.Column("kind", _STR(), nullable=False),
        sa.Column("message_id", _STR(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("to", _STR(), nullable=False),
        sa.Column("raw", sa.LargeBinary(), nullable=False),
        sa.Column("covers", sa.Text(), nullable=True),
        sa.Column("high_water", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("status", _STR(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", _TS(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("claimed_by", _STR(), nullable=True),
        sa.Column("claimed_until", _TS(), nullable=True),
        sa.Column("created_at", _TS(), nullable=False),
        sa.Column("sent_at", _TS(), nullable=True),
        sa.ForeignKeyConstraint(["subscriber_id"], ["subscriber.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("message_id"),
    )
    op.create_index("ix_outbox_status_next", "outbox", ["status", "next_attempt_at", "id"])
    op.create_index("ix_outbox_subscriber_id", "outbox", ["subscriber_id"])


def downgrade() -> None:
    op.drop_index("ix_outbox_subscriber_id", table_name="outbox")
    op.drop_index("ix_outbox_status_next", table_name="outbox")
    op.drop_table("outbox")
    op.drop_index("ix_subscription_subscriber_id", table_name="subscription")
    op.drop_table("subscription")
    op.drop_index("ix_subscriber_status", table_name="subscriber")
    op.drop_table("subscriber")
