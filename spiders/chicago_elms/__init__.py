"""Chicago City Clerk eLMS: the City Council's legislation since 2023."""
