"""Illinois: the General Assembly's bill-status XML (ilga.gov/ftp/legislation)."""
