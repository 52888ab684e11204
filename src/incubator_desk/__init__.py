"""Incubator Desk: tenant register, spaces, mentoring, training, funding and reports."""

# Written here, not read with importlib.metadata: that import alone costs more than the rest of
# `incubator-desk --version`. tests/unit/test_version.py keeps it equal to pyproject.toml's.
__version__ = "0.1.0"

APP_NAME = "Incubator Desk"
APP_ID = "incubator-desk"
ORG_NAME = "IncubatorDesk"
