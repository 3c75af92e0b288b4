"""Routers of the web app: pages, the JSON API, and the subscribe form."""
