"""`python -m incubator_desk` and the `incubator-desk` script: the command line.

`--version` alone is answered here, before the command line is loaded: its parser, logging and
commands cost several times Python's own start-up, which is all the answer needs.
"""

from __future__ import annotations

import sys


def main() -> int:
    if sys.argv[1:] == ["--version"]:
        from . import __version__

        print(f"incubator-desk {__version__}")  # as argparse's version action writes it
        return 0
    from .cli import main as command_line

    return command_line()


if __name__ == "__main__":
    sys.exit(main())
