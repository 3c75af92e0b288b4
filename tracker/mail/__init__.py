"""Email alerts: double opt-in subscriptions, digests of change events, an outbox for exactly-once
delivery over SMTP (or .eml files), and the confirm / unsubscribe / manage pages.

Entry points: tracker.mail.service (subscription lifecycle, used by the CLI and the web form),
tracker.mail.run (compose and send digests), tracker.mail.routes (the pages).
"""
