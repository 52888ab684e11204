"""Values not in their lists: what an import does with each (add it, map it, reject its rows)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ...core.text import fold
from ...core.vocabularies import LookupCategory


class Unknown(StrEnum):
    """What an import does with a value that is not in its list."""

    ADD = "add"  # add it to the list (the command line without --strict)
    REJECT = "reject"  # reject the rows that have it (--strict)


# An entry's id (the value means that entry, remembered as its other name), or ADD / REJECT.
ListChoice = int | Unknown
ValueKey = tuple[LookupCategory, str]  # a list and a value folded (core.text.fold)


@dataclass
class UnknownValue:
    """A value of a list column that no entry of the list has as code, name or other name."""

    category: LookupCategory
    value: str  # as the file first writes it
    column: str  # the header of its column
    rows: int  # how many rows have it
    choice: ListChoice

    @property
    def key(self) -> ValueKey:
        return (self.category, fold(self.value))


@dataclass(frozen=True)
class PendingEntry:
    """A value the import adds to its list before writing the rows that use it."""

    category: LookupCategory
    key: str
