"""`python -m entente.cli`."""

from entente.cli import main

main()
