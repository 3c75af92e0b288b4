"""Granicus Legistar Web API v1: matters, histories, texts, events, as the live API answers."""
