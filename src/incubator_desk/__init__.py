"""Incubator Desk: tenant register, spaces, mentoring, training, funding and reports."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("incubator-desk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "Incubator Desk"
APP_ID = "incubator-desk"
ORG_NAME = "IncubatorDesk"
