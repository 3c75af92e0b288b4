"""Scrapy spiders, one package per platform: `spiders/<platform>/` holds the spider, the table
that maps the platform's action and status words onto the ladder (`ladder.py`, registered by
import), and its tests. A spider fetches and parses into the normalized item (tracker/items.py);
it never classifies, writes the database or sends anything."""
