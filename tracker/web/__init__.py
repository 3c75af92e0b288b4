"""The web app: server-rendered pages, the JSON API and the subscription forms (`tracker serve`)."""
