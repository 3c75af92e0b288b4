"""California: the Legislative Counsel's PUBINFO database extracts
(downloads.leginfo.legislature.ca.gov)."""
