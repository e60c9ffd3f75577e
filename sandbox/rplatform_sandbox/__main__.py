"""Entry point of `python -m rplatform_sandbox`."""

from .cli import main

main()
