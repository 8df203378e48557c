"""`eventwatch serve`: the HTTP API and the dashboard over the store."""
