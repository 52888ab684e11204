"""The demo's vocabulary (names, industries, units, funds…), read from the package's data/*.json."""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from importlib import resources
from typing import Any

from ...core.vocabularies import (
    EventKind,
    ExitReason,
    FundKind,
    MentorKind,
    RentBasis,
    ServiceType,
    UnitKind,
)

Words = tuple[tuple[str, str], ...]  # (Chinese, pinyin or English) pairs


@dataclass(frozen=True)
class Industry:
    """An industry as the lookup list names it, how common it is and what space it needs."""

    code: str
    name_zh: str
    name_en: str
    weight: int
    long_incubation: bool  # five years of incubation instead of four
    tech_field: str  # code of its high-tech field
    sector: str  # its section of GB/T 4754 (A-T)
    lab_share: float  # share of its tenants that also rent a lab or workshop


@dataclass(frozen=True)
class Entry:
    """A lookup-list entry (a tech field or registration type) and how common it is."""

    code: str
    name_zh: str
    name_en: str
    weight: int = 0


@dataclass(frozen=True)
class Round:
    """An investment round and the amounts it raises, in yuan."""

    name: str
    low: int
    high: int


@dataclass(frozen=True)
class ExitPath:
    """A reason for leaving, the words the stage history records, how common it is."""

    reason: ExitReason
    text: str
    weight: int


@dataclass(frozen=True)
class GraduationPath:
    """A way to graduate ("hte", "revenue"…), its words, weight and graduation criterion."""

    path: str
    text: str
    weight: int
    criterion: str  # as StageChange.graduation_criteria records it


@dataclass(frozen=True)
class UnitSize:
    """A kind and size class of unit: area range, list rent per basis in yuan, features."""

    kind: UnitKind
    size: str
    min_m2: int
    max_m2: int
    list_rent: int
    rent_basis: RentBasis
    features: tuple[str, ...]


@dataclass(frozen=True)
class FundTerms:
    """A fund: size for 300 tenants and per-deal cap in yuan, a loan's rate and subsidies."""

    name: str
    kind: FundKind
    size: int
    per_deal_cap: int
    interest_rate: Decimal | None
    interest_subsidy_share: Decimal | None
    guarantee_fee_subsidy_share: Decimal | None
    weight: int  # how often tenants apply to it


@dataclass(frozen=True)
class Companies:
    industries: tuple[Industry, ...]
    tech_fields: tuple[Entry, ...]
    registration_types: tuple[Entry, ...]
    descriptors: dict[str, Words]  # industry code -> words of a company name
    trade_syllables: Words  # each with a distinct pinyin, so distinct names stay distinct
    districts: Words
    tags: tuple[str, ...]
    investors: tuple[str, ...]
    rounds: tuple[Round, ...]
    exit_paths: tuple[ExitPath, ...]
    graduation_paths: tuple[GraduationPath, ...]


@dataclass(frozen=True)
class People:
    surnames: Words
    given_name_characters: Words
    mobile_prefixes: tuple[int, ...]  # the carriers' 号段, all matching 1[3-9]


@dataclass(frozen=True)
class Premises:
    site_name: str
    site_address: str
    phases: str  # names a second, third… site: 二, 三…
    unit_sizes: tuple[UnitSize, ...]
    subsidy_policy: str
    subsidy_steps: list[dict[str, int]]
    booking_purposes: tuple[str, ...]


@dataclass(frozen=True)
class Mentoring:
    mentor_kinds: tuple[tuple[MentorKind, int], ...]
    organisations: dict[MentorKind, tuple[str, ...]]
    expertise: tuple[str, ...]
    service_types: tuple[tuple[ServiceType, int], ...]
    topics: dict[ServiceType, tuple[str, ...]]
    notes: tuple[str, ...]
    actions: tuple[str, ...]


@dataclass(frozen=True)
class Training:
    event_kinds: tuple[tuple[EventKind, int], ...]
    titles: dict[EventKind, tuple[str, ...]]


@dataclass(frozen=True)
class Funding:
    funds: tuple[FundTerms, ...]
    reviewers: tuple[str, ...]
    use_of_funds: tuple[str, ...]


@dataclass(frozen=True)
class Vocabulary:
    companies: Companies
    people: People
    premises: Premises
    mentoring: Mentoring
    training: Training
    funding: Funding


def _read(name: str) -> dict[str, Any]:
    text = resources.files(__package__).joinpath("data", f"{name}.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _words(pairs: list[list[str]]) -> Words:
    return tuple((zh, other) for zh, other in pairs)


def _decimal(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def _companies() -> Companies:
    d = _read("companies")
    investors = tuple(d["investors"])
    return Companies(
        industries=tuple(Industry(**x) for x in d["industries"]),
        tech_fields=tuple(Entry(**x) for x in d["tech_fields"]),
        registration_types=tuple(Entry(**x) for x in d["registration_types"]),
        descriptors={code: _words(words) for code, words in d["descriptors"].items()},
        trade_syllables=_words(d["trade_syllables"]),
        districts=_words(d["districts"]),
        tags=tuple(d["tags"]),
        investors=investors,
        rounds=tuple(Round(**x) for x in d["rounds"]),
        exit_paths=tuple(
            ExitPath(ExitReason(x["reason"]), x["text"], x["weight"]) for x in d["exit_reasons"]
        ),
        graduation_paths=tuple(GraduationPath(**x) for x in d["graduation_paths"]),
    )


def _mentoring(investors: tuple[str, ...]) -> Mentoring:
    d = _read("mentoring")
    organisations = {MentorKind(k): tuple(v) for k, v in d["organisations"].items()}
    organisations[MentorKind.INVESTOR] = investors  # the investors tenants raise money from
    return Mentoring(
        mentor_kinds=tuple((MentorKind(x["kind"]), x["weight"]) for x in d["mentor_kinds"]),
        organisations=organisations,
        expertise=tuple(d["expertise"]),
        service_types=tuple((ServiceType(x["type"]), x["weight"]) for x in d["service_types"]),
        topics={ServiceType(k): tuple(v) for k, v in d["topics"].items()},
        notes=tuple(d["notes"]),
        actions=tuple(d["actions"]),
    )


@cache
def vocabulary() -> Vocabulary:
    """Everything the generator picks words and figures from (read once)."""
    companies = _companies()
    people = _read("people")
    spaces = _read("spaces")
    training = _read("training")
    funding = _read("funding")
    return Vocabulary(
        companies=companies,
        people=People(
            surnames=_words(people["surnames"]),
            given_name_characters=_words(people["given_name_characters"]),
            mobile_prefixes=tuple(people["mobile_prefixes"]),
        ),
        premises=Premises(
            site_name=spaces["site"]["name"],
            site_address=spaces["site"]["address"],
            phases=spaces["site"]["phases"],
            unit_sizes=tuple(
                UnitSize(
                    kind=UnitKind(x["kind"]),
                    size=x["size"],
                    min_m2=x["min_m2"],
                    max_m2=x["max_m2"],
                    list_rent=x["list_rent"],
                    rent_basis=RentBasis(x["rent_basis"]),
                    features=tuple(x["features"]),
                )
                for x in spaces["unit_sizes"]
            ),
            subsidy_policy=spaces["subsidy_policy"]["name"],
            subsidy_steps=spaces["subsidy_policy"]["steps"],
            booking_purposes=tuple(spaces["booking_purposes"]),
        ),
        mentoring=_mentoring(companies.investors),
        training=Training(
            event_kinds=tuple((EventKind(x["kind"]), x["weight"]) for x in training["event_kinds"]),
            titles={EventKind(k): tuple(v) for k, v in training["titles"].items()},
        ),
        funding=Funding(
            funds=tuple(
                FundTerms(
                    name=x["name"],
                    kind=FundKind(x["kind"]),
                    size=x["size"],
                    per_deal_cap=x["per_deal_cap"],
                    interest_rate=_decimal(x["interest_rate"]),
                    interest_subsidy_share=_decimal(x["interest_subsidy_share"]),
                    guarantee_fee_subsidy_share=_decimal(x["guarantee_fee_subsidy_share"]),
                    weight=x["weight"],
                )
                for x in funding["funds"]
            ),
            reviewers=tuple(funding["reviewers"]),
            use_of_funds=tuple(funding["use_of_funds"]),
        ),
    )
