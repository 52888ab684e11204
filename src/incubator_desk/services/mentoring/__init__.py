"""Mentoring: mentors and their tenants, sessions, agreed actions, ratings and the calendar.

A mentor or a tenant cannot be in two sessions at once (`conflicts`); an on-site session
books its meeting room through spaces in the same unit of work (`sessions`). Every use case
takes a `Store`: the database (its own transaction) or a caller's unit of work (joining it).
"""

from ...core.vocabularies import MentorKind, ServiceType, SessionMode, SessionStatus
from .actions import OverdueAction, overdue_actions, set_action_done
from .calendar import BookingRow, SessionRow, bookings_between, move_booking, sessions_between
from .conflicts import MAX_SESSION, check_conflicts
from .mentors import (
    AssignmentRow,
    Choice,
    MentorData,
    MentorRow,
    assign_mentor,
    assignments,
    create_mentor,
    end_assignment,
    get_mentor,
    list_mentors,
    room_choices,
    update_mentor,
)
from .ratings import rate_session
from .sessions import (
    ActionData,
    SessionData,
    SessionDetail,
    cancel_session,
    create_session,
    delete_session,
    get_session,
    move_session,
    update_session,
)

__all__ = [
    "MAX_SESSION",
    "ActionData",
    "AssignmentRow",
    "BookingRow",
    "Choice",
    "MentorData",
    "MentorKind",
    "MentorRow",
    "OverdueAction",
    "ServiceType",
    "SessionData",
    "SessionDetail",
    "SessionMode",
    "SessionRow",
    "SessionStatus",
    "assign_mentor",
    "assignments",
    "bookings_between",
    "cancel_session",
    "check_conflicts",
    "create_mentor",
    "create_session",
    "delete_session",
    "end_assignment",
    "get_mentor",
    "get_session",
    "list_mentors",
    "move_booking",
    "move_session",
    "overdue_actions",
    "rate_session",
    "room_choices",
    "sessions_between",
    "set_action_done",
    "update_mentor",
    "update_session",
]
