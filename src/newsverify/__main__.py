"""`python -m newsverify` runs the `verify` command."""

from .cli import run

run()
