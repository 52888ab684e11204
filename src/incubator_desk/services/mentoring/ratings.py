"""The tenants' ratings of the sessions they took part in."""

from __future__ import annotations

from ...core.errors import NotFound, ValidationError
from ...core.i18n import QT_TRANSLATE_NOOP, Translator
from ...db import Store
from ...models import SessionTenant
from ..access import Action, requires

_t = Translator("errors")

RATING_RANGE = QT_TRANSLATE_NOOP("errors", "A rating is from 1 to 5.")


def valid_rating(rating: int | None) -> bool:
    return rating is None or 1 <= rating <= 5


@requires(Action.MENTORING)
def rate_session(db: Store, session_id: int, tenant_id: int, rating: int | None) -> None:
    """The tenant's rating of a session, 1 (poor) to 5 (excellent), or None to clear it."""
    if not valid_rating(rating):
        raise ValidationError({"rating": _t(RATING_RANGE)})
    with db.uow(summary="rate mentoring session") as uow:
        row = uow.session.get(SessionTenant, (session_id, tenant_id))
        if row is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("errors", "This tenant did not take part in the session.")
            )
        row.rating = rating
        uow.commit()
