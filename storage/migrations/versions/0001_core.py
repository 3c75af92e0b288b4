"""core tables

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "jurisdiction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("level", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("state", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("slug", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("slug"),
    )
    with op.batch_alter_table("jurisdiction", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_jurisdiction_level"), ["level"], unique=False)
        batch_op.create_index(batch_op.f("ix_jurisdiction_name"), ["name"], unique=True)
        batch_op.create_index(batch_op.f("ix_jurisdiction_state"), ["state"], unique=False)

    op.create_table(
        "source",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("spider", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("jurisdiction_id", sa.Integer(), nullable=False),
        sa.Column("cursor", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("retry_state", sa.Text(), nullable=True),
        sa.Column("last_success_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("last_error_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["jurisdiction_id"],
            ["jurisdiction.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("source", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_source_jurisdiction_id"), ["jurisdiction_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_source_name"), ["name"], unique=True)

    op.create_table(
        "crawlrun",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("started_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("finished_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("outcome", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("items_seen", sa.Integer(), nullable=False),
        sa.Column("relevant", sa.Integer(), nullable=False),
        sa.Column("new", sa.Integer(), nullable=False),
        sa.Column("changed", sa.Integer(), nullable=False),
        sa.Column("events", sa.Integer(), nullable=False),
        sa.Column("errors", sa.Integer(), nullable=False),
        sa.Column("cursor_before", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("cursor_after", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("message", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["source.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("crawlrun", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_crawlrun_source_id"), ["source_id"], unique=False)

    op.create_table(
        "measure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("jurisdiction_id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("session", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("identifier", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("platform_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("url", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("text_url", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("measure_type", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("full_text", sa.Text(), nullable=True),
        sa.Column("raw_status", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("status_date", sa.Date(), nullable=True),
        sa.Column("introduced_date", sa.Date(), nullable=True),
        sa.Column("latest_action_date", sa.Date(), nullable=True),
        sa.Column("relevant", sa.Boolean(), nullable=False),
        sa.Column("category", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("topics", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("stance", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=True),
        sa.Column("why", sa.Text(), nullable=True),
        sa.Column("provisions", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("classifier_version", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("content_hash", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("first_seen_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["jurisdiction_id"],
            ["jurisdiction.id"],
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["source.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("jurisdiction_id", "session", "identifier", name="uq_measure_identity"),
        sa.UniqueConstraint("uid"),
    )
    with op.batch_alter_table("measure", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_measure_identifier"), ["identifier"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_measure_jurisdiction_id"), ["jurisdiction_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_measure_latest_action_date"), ["latest_action_date"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_measure_relevant"), ["relevant"], unique=False)
        batch_op.create_index(
            "ix_measure_platform", ["jurisdiction_id", "platform_id"], unique=False
        )
        batch_op.create_index(
            "ix_measure_relevant_latest", ["relevant", "latest_action_date"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_measure_stance"), ["stance"], unique=False)
        batch_op.create_index(batch_op.f("ix_measure_status"), ["status"], unique=False)

    op.create_table(
        "action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("measure_id", sa.Integer(), nullable=False),
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("occurred_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("actor", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("classification", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("ladder_step", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("first_seen_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["measure_id"],
            ["measure.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("measure_id", "key", name="uq_action_key"),
    )
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_measure_id"), ["measure_id"], unique=False)

    op.create_table(
        "hearing",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("measure_id", sa.Integer(), nullable=False),
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("starts_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("body", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("location", sa.Text(), nullable=True),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("first_seen_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["measure_id"],
            ["measure.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("measure_id", "key", name="uq_hearing_key"),
    )
    with op.batch_alter_table("hearing", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_hearing_measure_id"), ["measure_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_hearing_starts_at"), ["starts_at"], unique=False)

    op.create_table(
        "event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("measure_id", sa.Integer(), nullable=False),
        sa.Column("jurisdiction_id", sa.Integer(), nullable=False),
        sa.Column("state", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("level", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=True),
        sa.Column("status_from", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("status_to", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("occurred_on", sa.Date(), nullable=True),
        sa.Column("seen_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["action.id"],
        ),
        sa.ForeignKeyConstraint(
            ["jurisdiction_id"],
            ["jurisdiction.id"],
        ),
        sa.ForeignKeyConstraint(
            ["measure_id"],
            ["measure.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uid"),
    )
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.create_index("ix_event_jurisdiction_id", ["jurisdiction_id", "id"], unique=False)
        batch_op.create_index("ix_event_kind_id", ["kind", "id"], unique=False)
        batch_op.create_index("ix_event_measure_id", ["measure_id", "id"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_seen_at"), ["seen_at"], unique=False)
        batch_op.create_index("ix_event_state_id", ["state", "id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_index("ix_event_state_id")
        batch_op.drop_index(batch_op.f("ix_event_seen_at"))
        batch_op.drop_index("ix_event_measure_id")
        batch_op.drop_index("ix_event_kind_id")
        batch_op.drop_index("ix_event_jurisdiction_id")

    op.drop_table("event")
    with op.batch_alter_table("hearing", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_hearing_starts_at"))
        batch_op.drop_index(batch_op.f("ix_hearing_measure_id"))

    op.drop_table("hearing")
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_measure_id"))

    op.drop_table("action")
    with op.batch_alter_table("measure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_measure_status"))
        batch_op.drop_index(batch_op.f("ix_measure_stance"))
        batch_op.drop_index("ix_measure_relevant_latest")
        batch_op.drop_index("ix_measure_platform")
        batch_op.drop_index(batch_op.f("ix_measure_relevant"))
        batch_op.drop_index(batch_op.f("ix_measure_latest_action_date"))
        batch_op.drop_index(batch_op.f("ix_measure_jurisdiction_id"))
        batch_op.drop_index(batch_op.f("ix_measure_identifier"))

    op.drop_table("measure")
    with op.batch_alter_table("crawlrun", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_crawlrun_source_id"))

    op.drop_table("crawlrun")
    with op.batch_alter_table("source", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_source_name"))
        batch_op.drop_index(batch_op.f("ix_source_jurisdiction_id"))

    op.drop_table("source")
    with op.batch_alter_table("jurisdiction", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_jurisdiction_state"))
        batch_op.drop_index(batch_op.f("ix_jurisdiction_name"))
        batch_op.drop_index(batch_op.f("ix_jurisdiction_level"))

    op.drop_table("jurisdiction")
