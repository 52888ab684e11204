"""Entry point of the frozen build: the same command line as `python -m incubator_desk`."""

import sys

from incubator_desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
