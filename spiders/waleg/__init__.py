"""Washington State Legislature web services (wslwebservices.leg.wa.gov): the official source."""
