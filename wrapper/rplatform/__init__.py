"""rplatform: the Python SDK."""
