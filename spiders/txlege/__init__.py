"""Texas: the Legislature's bill-history XML on its FTP site (ftp.legis.state.tx.us)."""
