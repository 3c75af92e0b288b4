"""Action-classification rules as plain tables, one module per vocabulary.

Each table is a list of (regular expression, step) tried in order; the first match wins, so the
narrower phrase ("veto overridden") goes before the wider one ("veto"). A step is a ladder status,
an outcome, or one of the tokens PASSAGE / OVERRIDE that the deriver resolves per chamber.
"""
