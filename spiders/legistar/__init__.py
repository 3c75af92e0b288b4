"""Granicus Legistar Web API (webapi.legistar.com): the spider, its ladder table, its tests."""
