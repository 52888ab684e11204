"""`python -m incubator_desk` runs the same command line as the `incubator-desk` script."""

import sys

from incubator_desk.cli import main

sys.exit(main())
