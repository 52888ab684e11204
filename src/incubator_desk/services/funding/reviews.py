"""Reviews: the rubric (a setting), each reviewer's scores, their weighted mean and the
reviewers with a conflict of interest, who are left out of it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select

from ...core.clock import now
from ...core.errors import ConflictError, ValidationError
from ...core.i18n import QT_TRANSLATE_NOOP, Translator
from ...core.labels import label
from ...db import Store
from ...models import FundApplication, Review
from .. import settings as settings_service
from ..access import Action, current, requires
from .assignments import check_review
from .pipeline import ENDED

_t = Translator("funding")


RUBRIC_KEY = "review_rubric"


@dataclass(frozen=True)
class Criterion:
    key: str
    name_en: str
    name_zh: str
    weight: Decimal

    def display(self, language: str = "en") -> str:
        return self.name_zh if language.startswith("zh") and self.name_zh else self.name_en


@dataclass(frozen=True)
class Rubric:
    criteria: tuple[Criterion, ...]
    scale_min: int = 1
    scale_max: int = 5

    def as_setting(self) -> dict[str, Any]:
        return {
            "scale_min": self.scale_min,
            "scale_max": self.scale_max,
            "criteria": [
                {"key": c.key, "en": c.name_en, "zh": c.name_zh, "weight": str(c.weight)}
                for c in self.criteria
            ],
        }


DEFAULT_RUBRIC = Rubric(
    (
        Criterion("team", "Team", "团队", Decimal(30)),
        Criterion("technology", "Technology", "技术", Decimal(25)),
        Criterion("market", "Market", "市场", Decimal(20)),
        Criterion("traction", "Traction", "进展", Decimal(15)),
        Criterion("fit", "Fit with the incubator", "与孵化器契合度", Decimal(10)),
    )
)
settings_service.DEFAULTS.setdefault(RUBRIC_KEY, DEFAULT_RUBRIC.as_setting())


def _rubric_from(value: Any) -> Rubric:
    try:
        crit = tuple(
            Criterion(str(c["key"]), str(c.get("en", c["key"])), str(c.get("zh", "")),
                      Decimal(str(c.get("weight", 1))))
            for c in value["criteria"]
        )  # fmt: skip
        return Rubric(crit, int(value.get("scale_min", 1)), int(value.get("scale_max", 5)))
    except (KeyError, TypeError, ValueError, InvalidOperation):
        return DEFAULT_RUBRIC


def rubric(db: Store) -> tuple[Rubric, int | None]:
    """The review rubric and the setting's version (None: the default applies)."""
    v = settings_service.get(db, RUBRIC_KEY)
    return _rubric_from(v.value), v.version


def save_rubric(db: Store, value: Rubric, expected_version: int | None) -> int:
    """Save the rubric; refused if it has no criteria, unnamed or duplicate ones, a weight
    that is not positive, or a scale that runs backwards."""
    errors: dict[str, str] = {}
    keys = [c.key.strip() for c in value.criteria]
    if not value.criteria:
        errors["criteria"] = _t(
            QT_TRANSLATE_NOOP("funding", "The rubric needs at least one criterion.")
        )
    elif any(not k for k in keys) or any(not c.name_en.strip() and not c.name_zh.strip()
                                         for c in value.criteria):  # fmt: skip
        errors["criteria"] = _t(QT_TRANSLATE_NOOP("funding", "Every criterion needs a name."))
    elif len(set(keys)) != len(keys):
        errors["criteria"] = _t(QT_TRANSLATE_NOOP("funding", "Two criteria have the same name."))
    elif any(c.weight <= 0 for c in value.criteria):
        errors["weights"] = _t(QT_TRANSLATE_NOOP("funding", "Every weight must be more than zero."))
    if not 0 <= value.scale_min < value.scale_max <= 100:
        errors["scale"] = _t(
            QT_TRANSLATE_NOOP("funding", "The scale's lowest score must be below its highest.")
        )
    if errors:
        raise ValidationError(errors)
    return settings_service.put(db, RUBRIC_KEY, value.as_setting(), expected_version)


def criterion_score(scores: Mapping[str, Any], c: Criterion) -> Decimal | None:
    """A review's score on one criterion, found by key or by either name."""
    for k in (c.key, c.name_en, c.name_zh):
        if k and k in scores and scores[k] is not None:
            try:
                return Decimal(str(scores[k]))
            except InvalidOperation:
                return None
    return None


def weighted_raw(r: Rubric, scores: Mapping[str, Any]) -> Decimal | None:
    """A review's score, unrounded: the weighted mean over the rubric's criteria it scores
    (by key or by name, so scores recorded under an older rubric still count)."""
    num = den = Decimal(0)
    for c in r.criteria:
        v = criterion_score(scores, c)
        if v is not None:
            num += v * c.weight
            den += c.weight
    return num / den if den else None


def round_score(value: float | Decimal) -> Decimal:
    """Scores are shown to 0.01, half up (through 6 places first, so SQL's float sums and
    Python's exact ones round the same way)."""
    return Decimal(str(round(float(value), 6))).quantize(Decimal("0.01"), ROUND_HALF_UP)


def weighted_score(r: Rubric, scores: Mapping[str, Any]) -> Decimal | None:
    raw = weighted_raw(r, scores)
    return None if raw is None else round_score(raw)


@dataclass(frozen=True)
class ReviewRow:
    id: int
    version: int
    reviewer: str
    conflict_of_interest: bool
    scores: dict[str, Any]
    comment: str
    submitted_at: dt.datetime | None
    weighted: Decimal | None
    raw: Decimal | None = None  # unrounded, for the average
    unscored: int = 0  # criteria of the rubric this review gives no score for

    @property
    def incomplete(self) -> bool:
        """Scored, but not on every criterion: the weighted score is over fewer criteria."""
        return self.weighted is not None and self.unscored > 0


@dataclass(frozen=True)
class ReviewSummary:
    """The reviewers' weighted scores, conflicted reviewers left out of average and spread."""

    average: Decimal | None
    spread: Decimal | None
    counted: int
    conflicted: int
    incomplete: int = 0  # counted reviews that leave some criteria unscored


def summarise(reviews: Sequence[ReviewRow]) -> ReviewSummary:
    counted = [
        r.raw if r.raw is not None else r.weighted
        for r in reviews
        if not r.conflict_of_interest and r.weighted is not None
    ]
    conflicted = sum(1 for r in reviews if r.conflict_of_interest)
    if not counted:
        return ReviewSummary(None, None, 0, conflicted)
    values = [x for x in counted if x is not None]
    avg = round_score(sum(values, Decimal(0)) / len(values))
    incomplete = sum(1 for r in reviews if not r.conflict_of_interest and r.incomplete)
    spread = round_score(max(values)) - round_score(min(values))
    return ReviewSummary(avg, spread, len(values), conflicted, incomplete)


def unscored(r: Rubric, scores: Mapping[str, Any]) -> int:
    """How many of the rubric's criteria a review gives no score for."""
    return sum(1 for c in r.criteria if criterion_score(scores, c) is None)


def _require_not_ended(app: FundApplication) -> None:
    if app.status in ENDED:
        raise ConflictError(
            QT_TRANSLATE_NOOP("errors", "The application is {status}; nothing more can be added."),
            status=label(app.status),
        )


@requires(Action.REVIEW)
def save_review(
    db: Store,
    app_id: int,
    reviewer: str,
    scores: Mapping[str, Any],
    conflict_of_interest: bool = False,
    comment: str = "",
    review_id: int | None = None,
    expected_version: int | None = None,
) -> int:
    """Record (or change) one reviewer's scores; a conflicted reviewer needs no scores."""
    r, _v = rubric(db)
    reviewer = reviewer.strip()
    errors: dict[str, str] = {}
    clean: dict[str, Any] = {}
    if not reviewer:
        errors["reviewer"] = _t(QT_TRANSLATE_NOOP("funding", "Give the reviewer's name."))
    for c in r.criteria:
        raw = scores.get(c.key)
        if raw is None or raw == "":
            if not conflict_of_interest:
                errors[f"score:{c.key}"] = _t(
                    QT_TRANSLATE_NOOP("funding", "Give a score for {criterion}."),
                    criterion=c.name_en or c.name_zh,
                )
            continue
        try:
            value = Decimal(str(raw))
        except InvalidOperation:
            value = Decimal(-(10**6))
        if not r.scale_min <= value <= r.scale_max:
            errors[f"score:{c.key}"] = _t(
                QT_TRANSLATE_NOOP(
                    "funding", "The score for {criterion} must be from {lo} to {hi}."
                ),
                criterion=c.name_en or c.name_zh,
                lo=r.scale_min,
                hi=r.scale_max,
            )
            continue
        clean[c.key] = int(value) if value == value.to_integral_value() else float(value)
    if errors:
        raise ValidationError(errors)
    who = current(db)
    with db.uow(summary=f"review of application {app_id}") as uow:
        app = uow.get(FundApplication, app_id)
        own = None if review_id is None else uow.get(Review, review_id, expected_version)
        reviewer = check_review(uow.session, who, app_id, reviewer, own)
        _require_not_ended(app)
        same = uow.session.scalar(
            select(Review.id).where(Review.application_id == app_id, Review.reviewer == reviewer)
        )
        if same is not None and same != review_id:
            raise ConflictError(
                QT_TRANSLATE_NOOP("errors", "{reviewer} has already reviewed this application."),
                reviewer=reviewer,
            )
        if review_id is None:
            rev = Review(application_id=app_id, reviewer=reviewer)
            uow.session.add(rev)
        else:
            rev = uow.get(Review, review_id, expected_version)
            rev.reviewer = reviewer
        rev.scores = clean
        rev.conflict_of_interest = conflict_of_interest
        rev.comment = comment.strip()
        rev.submitted_at = now()
        uow.commit()
        return rev.id


@requires(Action.REVIEW)
def delete_review(db: Store, review_id: int, expected_version: int | None = None) -> None:
    who = current(db)
    with db.uow(summary="delete review") as uow:
        review = uow.get(Review, review_id, expected_version)
        check_review(uow.session, who, review.application_id, review.reviewer, review)
        uow.session.delete(review)
        uow.commit()
