"""The centre's editable list of visit topics."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vauhdittamo.errors import QT_TRANSLATE_NOOP, AppError, ValidationError
from vauhdittamo.ids import new_id
from vauhdittamo.models import VisitTopic, VisitTopicOption
from vauhdittamo.services import validation as v
from vauhdittamo.services.permissions import Permission, require
from vauhdittamo.services.text import fold

MSG_UNKNOWN_TOPIC = QT_TRANSLATE_NOOP("errors", "Unknown topic: {code}.")
MSG_TOPIC_EXISTS = QT_TRANSLATE_NOOP("errors", "The list already has the topic “{label}”.")
MSG_TOPIC_GONE = QT_TRANSLATE_NOOP("errors", "The topic no longer exists.")


@dataclass(frozen=True)
class Topic:
    code: str
    label: str  # the centre's own name; empty for a built-in topic shown in the user's language
    position: int
    active: bool

    @property
    def builtin(self) -> VisitTopic | None:
        return VisitTopic(self.code) if self.code in VisitTopic._value2member_map_ else None


def topics(session: Session, include_inactive: bool = False) -> list[Topic]:
    """The topic list in its order (the first nine get the digit keys on the front desk)."""
    stmt = select(VisitTopicOption).where(VisitTopicOption.deleted_at.is_(None))
    if not include_inactive:
        stmt = stmt.where(VisitTopicOption.active.is_(True))
    return [
        Topic(o.code, o.label, o.position, o.active)
        for o in session.scalars(stmt.order_by(VisitTopicOption.position, VisitTopicOption.code))
    ]


def check_codes(session: Session, codes: Iterable[str]) -> str:
    """The codes joined for storing, each checked against the list (inactive ones stay valid)."""
    wanted = list(dict.fromkeys(str(c) for c in codes))
    known = set(session.scalars(select(VisitTopicOption.code).where(VisitTopicOption.code.in_(wanted))))
    for code in wanted:
        if code not in known:
            raise ValidationError(MSG_UNKNOWN_TOPIC, field="topics", code=code)
    return ",".join(wanted)


def _option(session: Session, code: str) -> VisitTopicOption:
    option = session.scalar(select(VisitTopicOption).where(VisitTopicOption.code == code))
    if option is None or option.deleted_at is not None:
        raise AppError(MSG_TOPIC_GONE)
    return option


def _check_unique(session: Session, label: str, except_code: str | None = None) -> None:
    for option in session.scalars(select(VisitTopicOption).where(VisitTopicOption.deleted_at.is_(None))):
        if option.code != except_code and option.label and fold(option.label) == fold(label):
            raise ValidationError(MSG_TOPIC_EXISTS, field="label", label=label)


def add_topic(session: Session, label: str) -> Topic:
    """A topic of the centre's own, at the end of the list."""
    require(session, Permission.MANAGE_PARTNERS)
    text = v.required_text(label, "label", 80)
    _check_unique(session, text)
    last = session.scalar(select(func.max(VisitTopicOption.position))) or 0
    option = VisitTopicOption(code=f"custom_{new_id()[-12:]}", label=text, position=last + 1, active=True)
    session.add(option)
    session.flush()
    return Topic(option.code, option.label, option.position, option.active)


def rename_topic(session: Session, code: str, label: str) -> None:
    """Rename a topic; an empty name gives a built-in topic back its translated name."""
    require(session, Permission.MANAGE_PARTNERS)
    option = _option(session, code)
    text = v.limited_text(label, "label", 80)
    if not text and option.code not in VisitTopic._value2member_map_:
        raise ValidationError(v.MSG_REQUIRED, field="label")
    if text:
        _check_unique(session, text, except_code=code)
    option.label = text
    session.flush()


def set_topic_active(session: Session, code: str, active: bool) -> None:
    """Hide a topic from the front desk (old visits keep it) or offer it again."""
    require(session, Permission.MANAGE_PARTNERS)
    _option(session, code).active = active
    session.flush()


def move_topic(session: Session, code: str, step: int) -> None:
    """Move a topic up (negative *step*) or down in the list."""
    require(session, Permission.MANAGE_PARTNERS)
    ordered = list(
        session.scalars(
            select(VisitTopicOption)
            .where(VisitTopicOption.deleted_at.is_(None))
            .order_by(VisitTopicOption.position, VisitTopicOption.code)
        )
    )
    index = next((i for i, o in enumerate(ordered) if o.code == code), None)
    if index is None:
        raise AppError(MSG_TOPIC_GONE)
    target = max(0, min(len(ordered) - 1, index + step))
    ordered.insert(target, ordered.pop(index))
    for position, option in enumerate(ordered, start=1):
        if option.position != position:
            option.position = position
    session.flush()
