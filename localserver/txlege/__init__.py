"""Local simulator of the Texas Legislature's FTP site (bill-history XML)."""
