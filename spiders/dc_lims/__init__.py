"""DC Council LIMS: the legislative record of the Council of the District of Columbia."""
