"""Open States API v3: every state, DC and Puerto Rico."""
