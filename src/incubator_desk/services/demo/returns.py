"""What the demo tenants report for the statistics return beyond their quarterly figures.

Drawn from a generator of each tenant's own (seeded by the run's seed and the tenant), so
adding these figures leaves every other demo record as it was.
"""

from __future__ import annotations

import random

from ...core.vocabularies import FounderType, Sex, TaxpayerType

# Plausible classes of GB/T 4754-2017 for each demo industry.
INDUSTRY_CLASSES: dict[str, tuple[str, ...]] = {
    "it": ("6513", "6511", "6550", "6450"),
    "ic_design": ("6520",),
    "biomedicine": ("2761", "2720", "7340"),
    "medical_devices": ("3581", "3589"),
    "new_energy": ("3841", "3825"),
    "new_materials": ("3985", "2661"),
    "manufacturing": ("3491", "3562"),
    "agriculture": ("0190",),
    "digital_creative": ("6572", "6579"),
    "fintech": ("6513", "6450"),
    "environment": ("7721", "7723"),
    "aerospace": ("3741",),
}


def side_rng(seed: int, tenant_id: int, salt: int = 0) -> random.Random:
    return random.Random(seed * 1_000_003 + tenant_id * 7 + salt)


def tenant_profile(seed: int, tenant_id: int, industry: str) -> tuple[TaxpayerType, str]:
    """The tenant's taxpayer type and GB/T 4754 class."""
    rng = side_rng(seed, tenant_id)
    taxpayer = TaxpayerType.GENERAL if rng.random() < 0.55 else TaxpayerType.SMALL_SCALE
    classes = INDUSTRY_CLASSES.get(industry, ("7320",))
    return taxpayer, classes[int(rng.random() * len(classes))]


def founder_profile(
    seed: int, tenant_id: int, student: bool, returnee: bool, serial: bool
) -> tuple[FounderType, Sex]:
    """The main founder's type (consistent with their flags) and sex."""
    rng = side_rng(seed, tenant_id, 1)
    sex = Sex.FEMALE if rng.random() < 0.3 else Sex.MALE
    x = rng.random()
    if student:
        kind = FounderType.STUDENT
    elif returnee:
        kind = FounderType.RETURNEE
    elif serial:
        kind = FounderType.SERIAL
    elif x < 0.45:
        kind = FounderType.RESEARCHER
    elif x < 0.6:
        kind = FounderType.EXECUTIVE
    else:
        kind = FounderType.OTHER
    return kind, sex
