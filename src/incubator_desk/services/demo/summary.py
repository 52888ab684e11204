"""How many records of each kind one run of the demo generator created."""

from __future__ import annotations

from dataclasses import dataclass, fields

# Summary field -> the table its rows went into, where the names differ.
_TABLES = {"investments": "investments_received"}


@dataclass(frozen=True)
class DemoSummary:
    """How many records of each kind one run of the generator created."""

    tenants: int = 0
    people: int = 0
    stage_changes: int = 0
    kpi_snapshots: int = 0
    investments: int = 0
    tenant_tags: int = 0
    lookup_items: int = 0
    buildings: int = 0
    floors: int = 0
    units: int = 0
    allocations: int = 0
    bookings: int = 0
    mentors: int = 0
    mentor_assignments: int = 0
    mentoring_sessions: int = 0
    session_actions: int = 0
    training_events: int = 0
    event_registrations: int = 0
    funds: int = 0
    fund_applications: int = 0
    application_moves: int = 0
    reviews: int = 0
    committee_decisions: int = 0
    disbursements: int = 0

    @classmethod
    def from_counts(cls, counts: dict[str, int]) -> DemoSummary:
        """From rows written per table name."""
        return cls(**{f.name: counts.get(_TABLES.get(f.name, f.name), 0) for f in fields(cls)})

    @property
    def total_rows(self) -> int:
        return sum(getattr(self, f.name) for f in fields(self))

    def as_rows(self) -> list[tuple[str, int]]:
        """(what, how many) for printing: "Tenants", 300…"""
        return [
            (f.name.replace("_", " ").capitalize(), getattr(self, f.name)) for f in fields(self)
        ]

    def describe(self) -> str:
        return ", ".join(f"{getattr(self, f.name)} {f.name}" for f in fields(self))
