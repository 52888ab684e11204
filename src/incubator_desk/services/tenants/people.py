"""The people of a tenant: founders, contacts and the primary contact."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

from sqlalchemy import select

from ...core.errors import ConflictError, ValidationError
from ...core.i18n import Translator
from ...core.vocabularies import FounderType, PersonRole, Sex
from ...db import Database
from ...models import Person, Tenant, utcnow
from ..access import Action, requires
from .checks import ARCHIVED, BAD_EMAIL, BAD_PHONE, REQUIRED, text_problem
from .search import invalidate_search

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9][0-9 \-()]{5,24}$")

_t = Translator("errors")


@dataclass(slots=True)
class PersonInput:
    name: str = ""
    role: PersonRole = PersonRole.CONTACT
    phone: str = ""
    email: str = ""
    is_primary_contact: bool = False
    student_founder: bool = False
    returnee: bool = False
    serial_entrepreneur: bool = False
    talent_programme: bool = False
    founder_type: FounderType | None = None  # what the statistics return asks of a founder
    sex: Sex | None = None


PERSON_FIELDS = tuple(f.name for f in fields(PersonInput))


@dataclass(frozen=True)
class PersonRow:
    id: int
    version: int
    data: PersonInput


def validate_person(p: PersonInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    p.name, p.phone, p.email = p.name.strip(), p.phone.strip(), p.email.strip()
    if not p.name:
        errors["name"] = _t(REQUIRED)
    elif problem := text_problem(p.name, 120, name=True):
        errors["name"] = problem
    if p.phone and not _PHONE.match(p.phone):
        errors["phone"] = _t(BAD_PHONE, value=p.phone[:40])
    if p.email and (len(p.email) > 200 or not _EMAIL.match(p.email)):
        errors["email"] = _t(BAD_EMAIL, value=p.email[:60])
    return errors


def people(db: Database, tenant_id: int) -> list[PersonRow]:
    stmt = (
        select(Person)
        .where(Person.tenant_id == tenant_id, Person.archived_at.is_(None))
        .order_by(Person.is_primary_contact.desc(), Person.id)
    )
    with db.read() as s:
        return [
            PersonRow(p.id, p.version, PersonInput(**{k: getattr(p, k) for k in PERSON_FIELDS}))
            for p in s.scalars(stmt)
        ]


@requires(Action.EDIT_TENANTS)
def save_person(
    db: Database,
    tenant_id: int,
    data: PersonInput,
    person_id: int | None = None,
    expected_version: int | None = None,
) -> int:
    errors = validate_person(data)
    if errors:
        raise ValidationError(errors)
    with db.uow(summary=f"person {data.name}") as uow:
        s = uow.session
        tenant = uow.get(Tenant, tenant_id)
        if tenant.archived_at is not None:
            raise ConflictError(ARCHIVED)
        if person_id is None:
            person = Person(tenant_id=tenant_id)
            s.add(person)
        else:
            person = uow.get(Person, person_id, expected_version)
        for key in PERSON_FIELDS:
            setattr(person, key, getattr(data, key))
        if data.is_primary_contact:
            for other in s.scalars(
                select(Person).where(
                    Person.tenant_id == tenant_id,
                    Person.is_primary_contact.is_(True),
                    Person.id != (person_id or -1),
                )
            ):
                other.is_primary_contact = False
        uow.commit()
        invalidate_search(db)
        return person.id


@requires(Action.EDIT_TENANTS)
def archive_person(db: Database, person_id: int, expected_version: int) -> None:
    with db.uow(summary="remove person") as uow:
        person = uow.get(Person, person_id, expected_version)
        person.archived_at = utcnow()
        uow.commit()
        invalidate_search(db)
