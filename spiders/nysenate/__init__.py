"""New York: the Senate's Open Legislation API (legislation.nysenate.gov)."""
