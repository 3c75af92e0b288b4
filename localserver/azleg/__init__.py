"""The Arizona Legislature's bill list (azleg.gov) and bill API (apps.azleg.gov) on the local
server."""
