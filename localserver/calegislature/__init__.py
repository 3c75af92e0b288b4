"""Local simulator of the Legislative Counsel's PUBINFO downloads folder."""
