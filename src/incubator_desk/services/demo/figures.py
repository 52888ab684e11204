"""A demo tenant's quarterly figures (staff, revenue, patents…) and the investment it raised."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ...core.periods import Period, last_complete_quarter, quarter_of
from ...core.vocabularies import ExitReason
from .run import DemoRun, date_of
from .tenant_lives import TenantLife

# Quarters are numbered year * 4 + quarter - 1, so the next quarter is one more.


def _quarter_index(day: dt.date) -> int:
    year, quarter = quarter_of(day)
    return year * 4 + quarter - 1


def _quarter_start(index: int) -> int:
    year, q = divmod(index, 4)
    return Period(year, q + 1).start.toordinal()


class Figures:
    """Adds the rows of each tenant's quarterly figures and investments, tenant by tenant."""

    def __init__(self, run: DemoRun) -> None:
        self.run = run
        year, quarter = last_complete_quarter(run.today_date)
        self.last_quarter = year * 4 + quarter - 1

    def add(self, t: TenantLife, krows: list[Any], irows: list[Any]) -> None:
        """Quarterly figures from entry to the last completed quarter (or leaving)."""
        run = self.run
        rnd = run.rng.random
        q0 = _quarter_index(dt.date.fromordinal(t.entry))
        q1 = self.last_quarter
        if t.end is not None:
            q1 = min(q1, _quarter_index(dt.date.fromordinal(t.end)))
        if q1 < q0:
            return
        failing = t.exit_reason is ExitReason.FAILED
        path = t.path
        strong = path in ("revenue", "acquired", "quoted")
        industry = t.industry.code
        ic = industry == "ic_design"
        staff0 = 2 + rnd() * 6
        growth = (-0.01 + rnd() * 0.04) if failing else (0.03 + rnd() * 0.08)
        per_staff = (15_000 + rnd() * 45_000) * (3.0 if strong else 1.0)
        ramp_q = 2 + rnd() * 6
        rd_cost = 25_000 + rnd() * 20_000
        phd, master, bachelor = rnd() * 0.1, 0.15 + rnd() * 0.2, 0.35 + rnd() * 0.2
        ret_share = (0.1 + rnd() * 0.2) if t.returnee else rnd() * 0.05
        rd_share = 0.4 + rnd() * 0.3
        export_share = (0.1 + rnd() * 0.3) if rnd() < 0.15 else 0.0
        tax_rate = 0.03 + rnd() * 0.04
        college_extra = rnd() * 0.15
        ip_rate = 0.1 + rnd() * 0.4 if industry not in ("digital_creative", "fintech") else 0.05
        sw_rate = 0.6 if industry in ("it", "digital_creative", "fintech", "ic_design") else 0.15
        valid_patents = 0
        pending = 0
        base = len(krows)
        for k in range(q1 - q0 + 1):
            q = q0 + k
            noise = 0.85 + rnd() * 0.3
            staff = max(1, int(staff0 * (1 + growth) ** k * noise + 0.5))
            staff_rd = max(1, int(staff * rd_share))
            ramp = min(1.0, (k + 0.3) / ramp_q)
            revenue = int(staff * per_staff * ramp * noise * (0.4 if failing else 1.0))
            rd = int(staff_rd * rd_cost * noise)
            profit = revenue - int(staff * 32_000 * noise) - rd // 3
            n_phd = int(staff * phd)
            n_master = int(staff * master)
            n_bachelor = int(staff * bachelor)
            college = min(staff, n_phd + n_master + n_bachelor + int(staff * college_extra))
            apps = 1 if rnd() < ip_rate else 0
            pending += apps
            grants = 0
            if pending and k >= 4 and rnd() < 0.25:
                grants, pending = 1, pending - 1
                valid_patents += 1
            u = rnd()  # one draw shared by the rarer counts
            contracts = 1 + int(u * 30) if u < 0.1 else 0
            krows.append((
                len(krows), t.id, q // 4, q % 4 + 1, staff, staff_rd, n_phd, n_master, n_bachelor,
                college, int(staff * ret_share), int(staff * 0.25 * noise) if q % 4 == 2 else 0,
                revenue * 100, profit * 100, int(revenue * export_share) * 100,
                rd * 100, int(revenue * tax_rate) * 100,
                apps, grants, 1 if u > 0.8 else 0, 1 if u > 0.95 else 0,
                1 + (u > 0.5) if u * sw_rate > 0.1 else 0, valid_patents,
                1 if ic and u < 0.1 else 0,
                contracts, int(contracts * 900_000 * noise) * 100,
                "", "",
            ))  # fmt: skip
        if path == "revenue":
            self._meet_revenue_rule(krows, base)
        # Outside investment, placed in quarters the tenant reported; investment graduates raise
        # more than the ¥5 M the graduation rule asks for.
        count = q1 - q0 + 1
        wants = path == "investment" or rnd() < 0.22
        if not wants:
            return
        rounds = 1 + int(rnd() * min(3, count))
        picks = sorted(run.rng.sample(range(count), rounds))
        total = 0
        ladder = run.words.companies.rounds
        for r_idx, k in enumerate(picks):
            step = ladder[min(r_idx + int(rnd() * 2), len(ladder) - 1)]
            amount = (step.low + int(rnd() * (step.high - step.low))) // 10_000 * 10_000
            if path == "investment" and r_idx == rounds - 1 and total + amount <= 5_000_000:
                amount = 5_000_000 - total + 1_000_000
            total += amount
            qs = _quarter_start(q0 + k)
            day = min(max(qs + int(rnd() * 85), t.entry), t.end or run.today, run.today)
            year, q_idx = divmod(q0 + k, 4)
            irows.append(
                (
                    t.id,
                    year,
                    q_idx + 1,
                    run.choice(run.words.companies.investors),
                    amount * 100,
                    step.name,
                    date_of(day),
                )
            )

    @staticmethod
    def _meet_revenue_rule(krows: list[Any], base: int) -> None:
        """Scale a revenue graduate's figures so its last eight quarters pass ¥10 M."""
        last = krows[max(base, len(krows) - 8) :]
        revenue = sum(r[12] for r in last)
        target = 1_100_000_000  # fen: ¥11 M, comfortably above the rule
        if revenue >= target:
            return
        factor = target / max(revenue, 1)
        for i in range(base, len(krows)):
            r = krows[i]
            extra = int(r[12] * (factor - 1)) // 100 * 100
            krows[i] = (
                *r[:12], r[12] + extra, r[13] + extra, int(r[14] * factor) // 100 * 100,
                r[15], int(r[16] * factor) // 100 * 100, *r[17:],
            )  # fmt: skip
