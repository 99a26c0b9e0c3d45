"""The Referrals screen: the detail dialog's status buttons, the list's filters and the no-outcome report."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.acting import act_as, acting, staff_actor
from vauhdittamo.db import Database
from vauhdittamo.models import (
    AssessmentResult,
    AuditAction,
    AuditEntry,
    ConsentKind,
    PartnerCategory,
    Referral,
    ReferralEvent,
    ReferralStatus,
    StaffRole,
)
from vauhdittamo.services import client_card, referrals
from vauhdittamo.services import clients as cs
from vauhdittamo.services.partner_directory import ensure_starter_directory, starter_id
from vauhdittamo.services.staff import add_staff_member
from vauhdittamo.timeutil import format_local, local_today, to_local, utcnow
from vauhdittamo.ui import tasks
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.referrals import page as page_module
from vauhdittamo.ui.referrals.page import ALL, ReferralsPage
from vauhdittamo.ui.referrals.referral_detail_dialog import ReferralDetailDialog
from vauhdittamo.ui.referrals.referral_letter import save_letter_pdf

S = ReferralStatus
TE = ("TE-palvelut / Työllisyysalue", "Työnhakijan palvelut")
KELA = ("Kela", "Etuusneuvonta")
WORK_CAPACITY = ("Työ- ja toimintakyvyn selvitys", "Lääkärin työkykyarvio")


@pytest.fixture(autouse=True)
def synchronous_tasks(monkeypatch: pytest.MonkeyPatch) -> None:
    """The screens' background reads run at once, so that each step sees its result."""
    monkeypatch.setattr(tasks, "RUN_IN_BACKGROUND", False)


@pytest.fixture
def context(finnish_app: QApplication, db: Database, staff_id: str) -> AppContext:
    with db.transaction(acting(db)) as session:
        ensure_starter_directory(session)
    return AppContext(db=db, actor=staff_actor(db, staff_id), staff_name="Anna Ohjaaja")


def _client(db: Database, first: str, last: str, *categories: PartnerCategory) -> str:
    with db.transaction(acting(db)) as session:
        client_id = cs.create_client(
            session, cs.validate_client(cs.ClientInput(first_name=first, last_name=last, birth_date="1.1.1990"))
        ).id
        for category in categories:
            client_card.add_consent(session, client_id, ConsentKind.SHARE_DATA, category, "")
    return client_id


def _referral(
    db: Database, staff_id: str, client_id: str, service: tuple[str, str], *, send: bool = False, days_ago: int = 0
) -> str:
    now = utcnow() - dt.timedelta(days=days_ago, hours=1)
    with db.transaction(acting(db)) as session:
        return referrals.create_referral(
            session,
            client_id=client_id,
            partner_service_id=starter_id(*service),
            staff_id=staff_id,
            reason="Tarvitsee apua",
            send=send,
            now=now,
            today=to_local(now).date(),
        ).id


def _events(db: Database, referral_id: str) -> list[tuple[ReferralStatus, str, str | None]]:
    with db.session(acting(db)) as session:
        rows = session.scalars(
            select(ReferralEvent)
            .where(ReferralEvent.referral_id == referral_id)
            .order_by(ReferralEvent.occurred_at, ReferralEvent.id)
        )
        return [(e.status, e.note, e.staff_id) for e in rows]


def _dialog(qtbot: QtBot, context: AppContext, referral_id: str) -> ReferralDetailDialog:
    dialog = ReferralDetailDialog(context, referral_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _change(qtbot: QtBot, dialog: ReferralDetailDialog, status: ReferralStatus, note: str = "") -> None:
    qtbot.mouseClick(dialog.status_buttons[status], Qt.MouseButton.LeftButton)
    assert dialog.note_panel.isVisible()
    qtbot.keyClicks(dialog.note_edit, note)
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)


def test_the_detail_shows_the_reason_when_it_was_sent_and_who_referred(
    qtbot: QtBot, context: AppContext, db: Database, staff_id: str
) -> None:
    client_id = _client(db, "Aino", "Virtanen", PartnerCategory.TE_SERVICES, PartnerCategory.KELA)
    draft_id = _referral(db, staff_id, client_id, TE)
    dialog = _dialog(qtbot, context, draft_id)
    assert dialog.reason_label.isVisible() and dialog.reason_label.text() == "Tarvitsee apua"
    assert dialog.staff_label.text() == "Anna Ohjaaja"
    assert dialog.summary is not None and dialog.summary.sent_at is None
    assert format_local(dialog.summary.created_at) in dialog.sent_label.text(), "a draft: not sent, made then"
    sent_id = _referral(db, staff_id, client_id, KELA, send=True, days_ago=3)
    with db.session(acting(db)) as session:
        [summary] = [s for s in referrals.referral_list(session) if s.referral_id == sent_id]
    sent = _dialog(qtbot, context, sent_id)
    assert summary.sent_at is not None
    assert sent.sent_label.text() == format_local(summary.sent_at)
    assert sent.staff_label.text() == "Anna Ohjaaja"


def test_the_filters_are_named_by_their_labels(qtbot: QtBot, context: AppContext) -> None:
    from PySide6.QtWidgets import QLabel

    from vauhdittamo.ui.referrals.page import ReferralsPage

    page = ReferralsPage(context)
    qtbot.addWidget(page)
    buddies = {label.buddy(): label.text() for label in page.findChildren(QLabel) if label.buddy() is not None}
    for box in (page.status_filter, page.partner_filter, page.staff_filter):
        assert box in buddies, "Alt+letter of the label goes to the box"
        assert box.accessibleName() and box.accessibleName() in buddies[box].replace("&", "")
    assert page.client_filter.accessibleName()


def test_walks_a_referral_from_draft_to_completed(
    qtbot: QtBot, context: AppContext, db: Database, staff_id: str
) -> None:
    client_id = _client(db, "Aino", "Virtanen", PartnerCategory.TE_SERVICES)
    referral_id = _referral(db, staff_id, client_id, TE)
    dialog = _dialog(qtbot, context, referral_id)
    assert "Aino Virtanen" in dialog.heading.text()
    assert "Työnhakijan palvelut" in dialog.partner_label.text()
    assert set(dialog.status_buttons) == {S.SENT, S.CANCELLED}
    assert not dialog.assessment_panel.isVisible()

    _change(qtbot, dialog, S.SENT)
    assert set(dialog.status_buttons) == {S.ACCEPTED, S.DECLINED, S.CANCELLED}
    _change(qtbot, dialog, S.ACCEPTED, "Aika sovittu")
    assert set(dialog.status_buttons) == {S.STARTED, S.NO_SHOW, S.CANCELLED}
    _change(qtbot, dialog, S.STARTED)
    assert set(dialog.status_buttons) == {S.COMPLETED, S.CANCELLED}
    _change(qtbot, dialog, S.COMPLETED, "Valmis")

    assert dialog.changed
    assert not dialog.message.isVisible()
    assert _events(db, referral_id) == [
        (S.DRAFT, "", staff_id),
        (S.SENT, "", staff_id),
        (S.ACCEPTED, "Aika sovittu", staff_id),
        (S.STARTED, "", staff_id),
        (S.COMPLETED, "Valmis", staff_id),
    ]
    assert dialog.history_model.rowCount() == 5
    assert dialog.status_buttons == {} and dialog.final_hint.isVisible()


def test_declined_without_a_reason_is_refused(qtbot: QtBot, context: AppContext, db: Database, staff_id: str) -> None:
    client_id = _client(db, "Eino", "Mäkelä", PartnerCategory.KELA)
    referral_id = _referral(db, staff_id, client_id, KELA, send=True)
    dialog = _dialog(qtbot, context, referral_id)
    _change(qtbot, dialog, S.DECLINED)
    assert dialog.message.isVisible() and dialog.message.text()
    assert not dialog.changed
    assert [status for status, _note, _who in _events(db, referral_id)] == [S.DRAFT, S.SENT]
    assert dialog.note_panel.isVisible(), "the reason can still be written"

    qtbot.keyClicks(dialog.note_edit, "Ei paikkoja")
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)
    assert dialog.changed and not dialog.message.isVisible()
    assert _events(db, referral_id)[-1][:2] == (S.DECLINED, "Ei paikkoja")


def test_a_final_referral_has_no_status_buttons(qtbot: QtBot, context: AppContext, db: Database, staff_id: str) -> None:
    client_id = _client(db, "Liisa", "Laine", PartnerCategory.KELA)
    referral_id = _referral(db, staff_id, client_id, KELA)
    with db.transaction(acting(db)) as session:
        referrals.change_status(session, referral_id, S.CANCELLED, "Ei tarvetta")
    dialog = _dialog(qtbot, context, referral_id)
    assert dialog.status_buttons == {}
    assert not dialog.change_title.isVisible() and dialog.final_hint.isVisible()


def test_a_transition_refused_by_the_service_is_shown(
    qtbot: QtBot, context: AppContext, db: Database, staff_id: str
) -> None:
    client_id = _client(db, "Olli", "Oja", PartnerCategory.KELA)
    referral_id = _referral(db, staff_id, client_id, KELA)
    dialog = _dialog(qtbot, context, referral_id)
    # Someone else cancels the referral while the dialog is open.
    with db.transaction(acting(db)) as session:
        referrals.change_status(session, referral_id, S.CANCELLED)
    _change(qtbot, dialog, S.SENT)
    assert dialog.message.isVisible() and dialog.message.text()
    assert not dialog.changed
    assert [status for status, _note, _who in _events(db, referral_id)] == [S.DRAFT, S.CANCELLED]


def test_assessment_result_of_a_work_capacity_referral(
    qtbot: QtBot, context: AppContext, db: Database, staff_id: str
) -> None:
    client_id = _client(db, "Pekka", "Järvinen", PartnerCategory.WORK_CAPACITY)
    referral_id = _referral(db, staff_id, client_id, WORK_CAPACITY, send=True)
    dialog = _dialog(qtbot, context, referral_id)
    assert dialog.assessment_panel.isVisible()
    dialog.assessment_combo.setCurrentIndex(dialog.assessment_combo.findData(AssessmentResult.FIT_FOR_WORK.value))
    qtbot.mouseClick(dialog.assessment_save, Qt.MouseButton.LeftButton)
    assert dialog.changed and not dialog.message.isVisible()
    with db.session(acting(db)) as session:
        referral = session.get(Referral, referral_id)
        assert referral is not None and referral.assessment_result == AssessmentResult.FIT_FOR_WORK


def _signed_in_as(db: Database, role: StaffRole, name: str) -> AppContext:
    """A context (and the database's actor) of a new staff member of *role*."""
    with db.transaction(acting(db)) as session:
        member_id = add_staff_member(session, name, role).id
    act_as(db, member_id)
    return AppContext(db=db, actor=staff_actor(db, member_id), staff_name=name)


@pytest.mark.parametrize(
    ("role", "made_it", "sees", "records"),
    [
        (StaffRole.FRONT_DESK, False, False, False),
        (StaffRole.FRONT_DESK, True, True, False),  # the referrer sees, but the role records no results
        (StaffRole.COORDINATOR, False, False, False),
        (StaffRole.COACH, False, True, True),  # the client's personal coach
    ],
    ids=["front_desk", "front_desk_referrer", "coordinator", "own_coach"],
)
def test_health_details_and_the_assessment_result_only_where_allowed(
    qtbot: QtBot, context: AppContext, db: Database, staff_id: str, role: StaffRole, made_it: bool, sees: bool,
    records: bool,
) -> None:
    client_id = _client(db, "Pekka", "Järvinen", PartnerCategory.WORK_CAPACITY)
    other = _signed_in_as(db, role, "Toinen Työntekijä")
    act_as(db, staff_id)
    referral_id = _referral(db, other.staff_id if made_it else staff_id, client_id, WORK_CAPACITY, send=True)
    with db.transaction(acting(db)) as session:
        referrals.record_assessment_result(session, referral_id, AssessmentResult.NEEDS_REHABILITATION)
    act_as(db, other.staff_id)
    if role == StaffRole.COACH:
        act_as(db, staff_id)
        with db.transaction(acting(db)) as session:
            client_card.set_personal_coach(session, client_id, other.staff_id)
        act_as(db, other.staff_id)
    dialog = _dialog(qtbot, other, referral_id)
    assert dialog.restricted_label.isVisible() == (not sees)
    assert dialog.reason_label.isVisible(), "the reason's place shows, its text only where allowed"
    assert (dialog.reason_label.text() == "Tarvitsee apua") == sees
    assert sees or "Tarvitsee" not in dialog.reason_label.text()
    assert dialog.staff_label.text() and dialog.sent_label.text()
    assert dialog.print_button.isEnabled() == sees
    assert dialog.assessment_panel.isVisible() == sees
    if sees:
        assert dialog.assessment_combo.currentData() == AssessmentResult.NEEDS_REHABILITATION.value
        assert dialog.assessment_combo.isEnabled() == records and dialog.assessment_save.isVisible() == records


def test_saving_the_letter_is_recorded(context: AppContext, db: Database, staff_id: str, tmp_path: Path) -> None:
    client_id = _client(db, "Pekka", "Järvinen", PartnerCategory.KELA)
    referral_id = _referral(db, staff_id, client_id, KELA, send=True)
    assert save_letter_pdf(context, referral_id, tmp_path / "lahete.pdf").stat().st_size > 0
    with db.session(acting(db)) as session:
        [entry] = session.scalars(select(AuditEntry).where(AuditEntry.action == AuditAction.REFERRAL_LETTER))
    assert (entry.staff_id, entry.entity_id, entry.detail) == (staff_id, referral_id, "letter=saved category=kela")


@pytest.fixture
def page(qtbot: QtBot, context: AppContext) -> ReferralsPage:
    screen = ReferralsPage(context)
    qtbot.addWidget(screen)
    screen.show()
    screen.refresh()
    return screen


def _names(page: ReferralsPage) -> list[str]:
    return [r.client_name for r in page.model.rows()]


def _typing_paused(qtbot: QtBot, page: ReferralsPage) -> None:
    """Wait for the client filter's pause to pass (the list is then read)."""
    qtbot.waitUntil(lambda: not page._filter_timer.isActive())


def _count_loads(monkeypatch: pytest.MonkeyPatch) -> list[page_module.ReferralFilters]:
    """Every background read of the list, by its filters."""
    asked: list[page_module.ReferralFilters] = []
    real = page_module.load_list

    def counted(db: Database, actor: object, filters: page_module.ReferralFilters, *rest: object) -> object:
        asked.append(filters)
        return real(db, actor, filters, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(page_module, "load_list", counted)
    return asked


def test_typing_in_the_client_filter_reads_the_list_once_the_typing_pauses(
    qtbot: QtBot, page: ReferralsPage, db: Database, staff_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _referral(db, staff_id, _client(db, "Aino", "Virtanen", PartnerCategory.KELA), KELA)
    _referral(db, staff_id, _client(db, "Eino", "Mäkelä", PartnerCategory.KELA), KELA)
    page.refresh()
    asked = _count_loads(monkeypatch)
    qtbot.keyClicks(page.client_filter, "virta")
    assert asked == [], "nothing is read while the keys come"
    _typing_paused(qtbot, page)
    assert [f.client_query for f in asked] == ["virta"], "one read for the burst of keys"
    assert _names(page) == ["Aino Virtanen"]
    assert not page.busy_label.isVisible()


def test_only_the_newest_read_reaches_the_list(
    qtbot: QtBot, context: AppContext, db: Database, staff_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    _referral(db, staff_id, _client(db, "Aino", "Virtanen", PartnerCategory.KELA), KELA)
    _referral(db, staff_id, _client(db, "Eino", "Mäkelä", PartnerCategory.KELA), KELA)
    monkeypatch.setattr(tasks, "RUN_IN_BACKGROUND", True)
    screen = ReferralsPage(context)
    qtbot.addWidget(screen)
    release = threading.Event()
    real = page_module.load_list

    def slow_for_aino(db: Database, actor: object, filters: page_module.ReferralFilters, *rest: object) -> object:
        if filters.client_query == "aino":
            release.wait(10)  # the older read finishes last
        return real(db, actor, filters, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(page_module, "load_list", slow_for_aino)
    shown: list[list[str]] = []
    screen.model.modelReset.connect(lambda: shown.append(_names(screen)))
    screen.client_filter.setText("aino")
    screen.load_list()
    screen.client_filter.setText("eino")
    screen.load_list()
    qtbot.waitUntil(lambda: shown == [["Eino Mäkelä"]])
    release.set()
    qtbot.waitUntil(lambda: tasks.running_jobs() == 0)
    QApplication.processEvents()  # the older outcome, posted before its job ended, arrives (and is dropped)
    assert shown == [["Eino Mäkelä"]], "the older read's rows never replace the newer ones"
    assert _names(screen) == ["Eino Mäkelä"]


def test_a_long_list_shows_its_first_rows_and_more_on_request(
    qtbot: QtBot, page: ReferralsPage, db: Database, staff_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(referrals, "DEFAULT_PAGE_SIZE", 2)
    client_id = _client(db, "Aino", "Virtanen", PartnerCategory.KELA, PartnerCategory.TE_SERVICES)
    chosen = _referral(db, staff_id, client_id, KELA)
    _referral(db, staff_id, client_id, TE)
    _referral(db, staff_id, client_id, KELA)
    page.status_filter.setCurrentIndex(page.status_filter.findData(ALL))
    assert page.model.rowCount() == 2 and page.more_button.isVisible()
    assert "2" in page.shown_label.text() and "3" in page.shown_label.text()
    page.view.selectRow(next(i for i, r in enumerate(page.model.rows()) if r.referral_id != chosen))
    kept = page.view.selected_row().referral_id
    page.more_button.click()
    assert page.model.rowCount() == 3 and not page.more_button.isVisible()
    assert page.view.selected_row() is not None and page.view.selected_row().referral_id == kept


def test_list_filters_by_status_partner_staff_and_client(
    qtbot: QtBot, context: AppContext, page: ReferralsPage, db: Database, staff_id: str
) -> None:
    aino = _client(db, "Aino", "Virtanen", PartnerCategory.TE_SERVICES, PartnerCategory.KELA)
    eino = _client(db, "Eino", "Mäkelä", PartnerCategory.KELA)
    _referral(db, staff_id, aino, TE, send=True)
    _referral(db, staff_id, eino, KELA)
    closed = _referral(db, staff_id, aino, KELA)
    with db.transaction(acting(db)) as session:
        referrals.change_status(session, closed, S.CANCELLED)
    page.refresh()
    assert sorted(_names(page)) == ["Aino Virtanen", "Eino Mäkelä"], "open ones by default"
    assert page.open_card.value_label.text() == "2"

    page.status_filter.setCurrentIndex(page.status_filter.findData(ALL))
    assert len(_names(page)) == 3
    page.status_filter.setCurrentIndex(page.status_filter.findData(S.CANCELLED.value))
    assert [(r.client_name, r.status) for r in page.model.rows()] == [("Aino Virtanen", S.CANCELLED)]
    page.status_filter.setCurrentIndex(page.status_filter.findData(S.SENT.value))
    assert [r.organisation_name for r in page.model.rows()] == [TE[0]]

    page.status_filter.setCurrentIndex(page.status_filter.findData(ALL))
    page.partner_filter.setCurrentIndex(page.partner_filter.findData(starter_id(KELA[0])))
    assert sorted(_names(page)) == ["Aino Virtanen", "Eino Mäkelä"]
    assert {r.organisation_name for r in page.model.rows()} == {"Kela"}

    page.client_filter.setText("MÄKE")
    _typing_paused(qtbot, page)
    assert _names(page) == ["Eino Mäkelä"]
    page.client_filter.clear()
    _typing_paused(qtbot, page)
    page.partner_filter.setCurrentIndex(0)
    page.staff_filter.setCurrentIndex(page.staff_filter.findData(staff_id))
    assert len(_names(page)) == 3
    assert page.staff_filter.findData(staff_id) > 0


def test_enter_opens_the_dialog_and_the_list_follows_its_changes(
    qtbot: QtBot, page: ReferralsPage, db: Database, staff_id: str
) -> None:
    from tests.gui.test_front_desk import when_modal

    client_id = _client(db, "Aino", "Virtanen", PartnerCategory.KELA)
    referral_id = _referral(db, staff_id, client_id, KELA)
    page.refresh()
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(0, 0))
    seen: list[str] = []

    def act(dialog: object) -> None:
        assert isinstance(dialog, ReferralDetailDialog)
        seen.append(dialog.referral_id)
        dialog.status_buttons[S.CANCELLED].click()
        dialog.note_edit.setText("Ei enää tarvetta")
        dialog.confirm_button.click()
        dialog.reject()

    when_modal(qtbot, act)
    page.view.activated.emit(page.model.index(0, 0))
    assert seen == [referral_id]
    assert _names(page) == [], "cancelled: no longer open"
    assert page.open_card.value_label.text() == "0"


def test_backlog_shows_a_partner_with_an_old_open_referral(
    qtbot: QtBot, page: ReferralsPage, db: Database, staff_id: str
) -> None:
    aino = _client(db, "Aino", "Virtanen", PartnerCategory.TE_SERVICES, PartnerCategory.KELA)
    _referral(db, staff_id, aino, TE, send=True, days_ago=45)
    _referral(db, staff_id, aino, KELA, send=True, days_ago=5)
    page.tabs.setCurrentWidget(page.backlog)
    backlog = page.backlog
    assert page.tabs.widget(2) is backlog
    assert page.tabs.tabText(2) in {"Tulos puuttuu", "No outcome yet"}, "Finnish once the catalogue is updated"
    assert backlog.days.value() == 30
    rows = backlog.model.rows()
    assert [(b.organisation_name, b.open_count) for b in rows] == [(TE[0], 1)]
    assert rows[0].by_status == {S.SENT: 1}
    assert rows[0].oldest_sent_on is not None and rows[0].oldest_sent_on <= local_today() - dt.timedelta(days=44)
    assert not backlog.empty.isVisible()
    backlog.days.setValue(3)
    assert {b.organisation_name for b in backlog.model.rows()} == {TE[0], "Kela"}
    backlog.days.setValue(100)
    assert backlog.model.rows() == [] and backlog.empty.isVisible()


def test_models_pass_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, page: ReferralsPage, context: AppContext, db: Database, staff_id: str
) -> None:
    client_id = _client(db, "Aino", "Virtanen", PartnerCategory.TE_SERVICES, PartnerCategory.WORK_CAPACITY)
    referral_id = _referral(db, staff_id, client_id, TE, send=True, days_ago=40)
    _referral(db, staff_id, client_id, WORK_CAPACITY)
    page.refresh()
    qtmodeltester.check(page.model)
    page.tabs.setCurrentWidget(page.backlog)
    qtmodeltester.check(page.backlog.model)
    dialog = _dialog(qtbot, context, referral_id)
    qtmodeltester.check(dialog.history_model)
