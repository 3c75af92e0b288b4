"""RSS 2.0 and Atom 1.0 feeds of change events: build, serve (with conditional GET), export."""
