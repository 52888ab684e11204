"""Names the demo makes up: companies (Chinese and English), people, mobile numbers."""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable, Sequence

from .vocabulary import People, vocabulary


def company_name(
    rnd: Callable[[], float],
    descriptors: Sequence[tuple[str, str]],
    trade: Sequence[tuple[str, str]],
    used: set[str],
) -> tuple[str, str, str]:
    """A company name not in `used` (Chinese, English, trade-name pinyin); adds it to `used`.

    A trade name of two syllables and an industry word, e.g. 深圳云帆智能科技有限公司 /
    Shenzhen Yunfan Intelligent Technology Co., Ltd. After a few taken names a district, and
    then a number, tells it apart.
    """
    n = len(trade)
    for _attempt in range(5):
        first = int(rnd() * n)
        a, b = trade[first], trade[(first + 1 + int(rnd() * (n - 1))) % n]
        desc = descriptors[int(rnd() * len(descriptors))]
        # Pinyin marks a syllable boundary before a, o or e with an apostrophe (Jia'an).
        pinyin = a[1].capitalize() + ("'" if b[1][0] in "aoe" else "") + b[1]
        zh = f"深圳{a[0]}{b[0]}{desc[0]}有限公司"
        en = f"Shenzhen {pinyin} {desc[1]} Co., Ltd."
        if zh not in used and en not in used:
            break
    else:
        districts = vocabulary().companies.districts
        for k in itertools.count():
            dz, de = districts[k % len(districts)]
            number = k // len(districts)
            if number:
                dz, de = f"{dz}{number + 1}", f"{de} {number + 1}"
            zh = f"深圳{a[0]}{b[0]}{desc[0]}（{dz}）有限公司"
            en = f"Shenzhen {pinyin} {desc[1]} ({de}) Co., Ltd."
            if zh not in used and en not in used:
                break
    used.add(zh)
    used.add(en)
    return zh, en, a[1] + b[1]


class PersonNames:
    """People's names and mobile numbers, drawn from the run's random generator."""

    def __init__(self, rng: random.Random, people: People) -> None:
        self._rnd = rng.random
        self._surnames = people.surnames
        self._given = people.given_name_characters
        self._prefixes = people.mobile_prefixes

    def _pick(self, seq: Sequence[tuple[str, str]]) -> tuple[str, str]:
        return seq[int(self._rnd() * len(seq))]

    def name(self) -> tuple[str, str, str]:
        """(name, given-name pinyin, surname pinyin)."""
        sur = self._pick(self._surnames)
        given = [self._pick(self._given) for _ in range(1 if self._rnd() < 0.3 else 2)]
        return (
            sur[0] + "".join(g[0] for g in given),
            "".join(g[1] for g in given),
            sur[1],
        )

    def mobile(self) -> str:
        prefix = self._prefixes[int(self._rnd() * len(self._prefixes))]
        return f"{prefix}{int(self._rnd() * 100_000_000):08d}"
