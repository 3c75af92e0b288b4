"""DC Council LIMS (lims.dccouncil.gov): the site's public search and details endpoints."""
