"""Scrapy spiders, one module per platform. A spider fetches and parses into the normalized item
(tracker/items.py); it never classifies, writes the database or sends anything."""
