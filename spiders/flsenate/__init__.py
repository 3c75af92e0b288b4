"""Florida Senate bill pages (flsenate.gov): the official source for Florida's bills."""
