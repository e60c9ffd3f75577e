"""The rplatform sandbox."""
