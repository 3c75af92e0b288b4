"""Florida Senate bill pages (flsenate.gov) on the local server."""
