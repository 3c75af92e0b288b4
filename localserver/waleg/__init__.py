"""The Washington State Legislature's web services (LegislationService.asmx) on the local server."""
