"""Demo data generator: a realistic incubator with years of history, one builder per area."""

from __future__ import annotations

from .generate import generate_demo
from .names import company_name
from .run import Progress
from .summary import DemoSummary

__all__ = ["DemoSummary", "Progress", "company_name", "generate_demo"]
