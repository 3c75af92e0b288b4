"""The tracker: configuration, pipelines, status ladder, classification, events and outputs."""

__version__ = "0.1.0"
