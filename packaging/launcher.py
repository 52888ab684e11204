"""Entry point of the frozen build: the same command line as `python -m incubator_desk`
(`--version` answered before the command line loads, as there)."""

import sys

from incubator_desk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
