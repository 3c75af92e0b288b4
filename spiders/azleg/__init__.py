"""Arizona Legislature (azleg.gov bill list, apps.azleg.gov bill API): the official source."""
