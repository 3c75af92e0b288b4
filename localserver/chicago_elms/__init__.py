"""Chicago City Clerk eLMS API (api.chicityclerkelms.chicago.gov): matters and meetings."""
