"""Local simulator of New York's Open Legislation API."""
