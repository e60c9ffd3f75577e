"""The version of the rplatform distribution."""

__version__ = "0.2.0"
