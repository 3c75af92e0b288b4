"""Open States API v3 (v3.openstates.org): bills of every state, DC and Puerto Rico."""
