import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTreeWidgetItem, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.acting import act_as, acting, staff_actor
from vauhdittamo.db import Database
from vauhdittamo.models import (
    AttendanceMark,
    AttendanceStatus,
    Client,
    CompetenceCertificate,
    Consent,
    ConsentKind,
    ExitOutcome,
    GuidanceVisit,
    Language,
    PartnerCategory,
    PartnerOrganisation,
    PartnerService,
    PathGoal,
    PathState,
    PathStep,
    Referral,
    ReferralEvent,
    ReferralStatus,
    StaffMember,
    StaffRole,
    VisitTopic,
    Workshop,
    WorkshopSession,
)
from vauhdittamo.services import client_card as cc
from vauhdittamo.services import clients as cs
from vauhdittamo.services import topics
from vauhdittamo.services.client_card import TimelineKind
from vauhdittamo.services.staff import add_staff_member
from vauhdittamo.timeutil import format_date, local_today, utcnow
from vauhdittamo.ui.clients.card import ClientCardDialog
from vauhdittamo.ui.clients.card.card_tab import CardTab
from vauhdittamo.ui.clients.card.details_form import DetailsForm
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.labels import label


def _add_client(db: Database, **fields: str) -> str:
    with db.transaction(acting(db)) as session:
        return cs.create_client(session, cs.validate_client(cs.ClientInput(**fields))).id


@pytest.fixture
def client_id(db: Database, staff_id: str) -> str:
    return _add_client(db, first_name="Pekka", last_name="Järvinen", personal_id="131052-308T",
                       municipality="Lieksa", village="Koli", phone="040 123 4567")


@pytest.fixture
def card(qtbot: QtBot, finnish_app: QApplication, db: Database, staff_id: str, client_id: str
         ) -> Iterator[ClientCardDialog]:
    dialog = ClientCardDialog(AppContext(db=db, actor=staff_actor(db, staff_id), staff_name="Anna Ohjaaja"), client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog


def _client(db: Database, client_id: str) -> Client:
    with db.session(acting(db)) as session:
        client = session.get(Client, client_id)
        assert client is not None
        return client


def _click(qtbot: QtBot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _edit(qtbot: QtBot, card: ClientCardDialog) -> DetailsForm:
    """Press "Edit details" and return the form it opens."""
    _click(qtbot, card.details_tab.edit_button)
    form = card.details_tab.form
    assert form is not None
    return form


def _tree_item(card: ClientCardDialog, goal: int, step: int | None = None) -> QTreeWidgetItem:
    item = card.path_tab.path_tree.topLevelItem(goal)
    if step is not None and item is not None:
        item = item.child(step)
    assert item is not None
    return item


def test_card_shows_the_client_with_the_personal_id_masked(qtbot: QtBot, card: ClientCardDialog) -> None:
    assert card.windowTitle() == "Pekka Järvinen"
    assert card.name_label.text() == "Pekka Järvinen"
    assert "Lieksa, Koli" in card.facts_label.text()
    assert "Anna Ohjaaja" not in card.facts_label.text(), "no coach yet"
    assert card.badge.property("state") == "active"
    details = card.details_tab
    assert details.personal_id_label.text() == "131052-****"
    assert "308T" not in details.value_labels["name"].text()
    _click(qtbot, details.reveal_button)
    assert details.personal_id_label.text() == "131052-308T"
    _click(qtbot, details.reveal_button)
    assert details.personal_id_label.text() == "131052-****"
    assert card.tabs.count() == 6


def test_only_the_details_tab_is_made_on_opening(card: ClientCardDialog) -> None:
    holders = [card.tabs.widget(i) for i in range(card.tabs.count())]
    made = [bool(holder.findChildren(CardTab)) for holder in holders]
    assert made == [True, False, False, False, False, False]
    assert card.details_tab.form is None, "the edit form is made on the first edit"
    card.tabs.setCurrentIndex(card.TAB_PATH)
    assert holders[card.TAB_PATH].findChildren(CardTab) == [card.path_tab]


def test_editing_details_saves_them(qtbot: QtBot, card: ClientCardDialog, db: Database, client_id: str) -> None:
    form = _edit(qtbot, card)
    assert card.details_tab.is_editing
    assert not card.details_tab.stat_row.isVisible(), "the form gets the room"
    assert form.edits["first_name"].text() == "Pekka"
    assert form.edits["first_name"].hasFocus()
    form.edits["first_name"].clear()
    qtbot.keyClicks(form.edits["first_name"], "Pertti")
    form.edits["phone"].clear()
    qtbot.keyClicks(form.edits["phone"], "050 765 4321")
    form.edits["village"].setText("Ahmovaara")  # keyClicks cannot type lowercase ä in this Qt
    with qtbot.waitSignal(card.client_changed) as changed:
        _click(qtbot, form.save_button)
    assert changed.args == [client_id]
    assert not card.details_tab.is_editing and card.details_tab.stat_row.isVisible()
    client = _client(db, client_id)
    assert (client.first_name, client.phone, client.village, client.personal_id) == (
        "Pertti", "050 765 4321", "Ahmovaara", "131052-308T")
    assert card.windowTitle() == "Pertti Järvinen"
    assert card.details_tab.value_labels["village"].text() == "Ahmovaara"


def test_invalid_details_are_shown_next_to_their_fields(
    qtbot: QtBot, card: ClientCardDialog, db: Database, client_id: str
) -> None:
    form = _edit(qtbot, card)
    form.edits["email"].setText("not an address")
    form.edits["last_name"].clear()
    with qtbot.assertNotEmitted(card.client_changed):
        _click(qtbot, form.save_button)
    assert card.details_tab.is_editing
    assert form.field_errors["email"].isVisible() and form.field_errors["last_name"].isVisible()
    assert form.field_errors["email"].text() not in ("", "This does not look like an email address.")
    assert not form.field_errors["phone"].isVisible()
    assert form.edits["last_name"].hasFocus() or form.edits["email"].hasFocus()
    assert _client(db, client_id).email == ""


def test_a_possible_duplicate_is_confirmed_before_saving(
    qtbot: QtBot, card: ClientCardDialog, db: Database, client_id: str
) -> None:
    _add_client(db, first_name="Matti", last_name="Meikäläinen", birth_date="13.10.1952")
    form = _edit(qtbot, card)
    form.edits["first_name"].setText("Matti")
    form.edits["last_name"].setText("Meikäläinen")
    form.edits["personal_id"].clear()
    _click(qtbot, form.save_button)
    assert form.duplicate_label.isVisible()
    assert "Matti Meikäläinen (13.10.1952)" in form.duplicate_label.text()
    assert _client(db, client_id).first_name == "Pekka", "nothing saved before the confirmation"
    with qtbot.waitSignal(card.client_changed):
        _click(qtbot, form.save_button)
    assert _client(db, client_id).first_name == "Matti"


def test_escape_leaves_the_form_first_then_closes(qtbot: QtBot, card: ClientCardDialog) -> None:
    card.activateWindow()
    form = _edit(qtbot, card)
    form.edits["first_name"].setText("Changed")
    qtbot.keyClick(form.edits["first_name"], Qt.Key.Key_Escape)
    assert not card.details_tab.is_editing and card.isVisible()
    assert card.details_tab.value_labels["name"].text() == "Pekka Järvinen"
    qtbot.keyClick(card.details_tab.edit_button, Qt.Key.Key_Escape)
    assert not card.isVisible()


def test_ctrl_e_opens_the_form_and_the_cancel_button_leaves_it(qtbot: QtBot, card: ClientCardDialog) -> None:
    card.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is card)
    qtbot.keyClick(card, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: card.details_tab.is_editing)  # a button's shortcut clicks it after a moment
    form = card.details_tab.form
    assert form is not None
    assert form.edits["first_name"].hasFocus()
    _click(qtbot, form.cancel_button)
    assert not card.details_tab.is_editing
    assert card.details_tab.edit_button.hasFocus()


def test_ctrl_number_switches_tabs(qtbot: QtBot, card: ClientCardDialog) -> None:
    card.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is card)
    qtbot.keyClick(card, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert card.tabs.currentIndex() == card.TAB_TIMELINE
    assert card.timeline_tab.timeline_view.hasFocus()
    qtbot.keyClick(card, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert card.tabs.currentIndex() == card.TAB_CONSENTS
    assert card.consents_tab.consent_view.hasFocus()
    qtbot.keyClick(card, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert card.path_tab.path_title_edit.hasFocus(), "no goals yet: the title field"
    qtbot.keyClick(card, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert card.exit_tab.exit_date_edit.hasFocus()
    qtbot.keyClick(card, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert card.details_tab.edit_button.hasFocus()


def test_personal_coach_is_assigned_from_the_combo(
    qtbot: QtBot, card: ClientCardDialog, db: Database, staff_id: str, client_id: str
) -> None:
    coach_combo = card.details_tab.coach_combo
    with qtbot.waitSignal(card.client_changed):
        coach_combo.setCurrentIndex(coach_combo.findData(staff_id))
    assert _client(db, client_id).personal_coach_id == staff_id
    assert "Anna Ohjaaja" in card.facts_label.text()
    coach_combo.setCurrentIndex(0)
    assert _client(db, client_id).personal_coach_id is None


@pytest.mark.parametrize("role", [StaffRole.FRONT_DESK, StaffRole.COACH])
def test_only_coordinators_and_administrators_may_choose_the_coach(
    qtbot: QtBot, finnish_app: QApplication, db: Database, staff_id: str, client_id: str, role: StaffRole
) -> None:
    with db.transaction(acting(db)) as session:
        member_id = add_staff_member(session, "Kaisa Valmentaja", role).id
    act_as(db, member_id)
    context = AppContext(db=db, actor=staff_actor(db, member_id), staff_name="Kaisa Valmentaja")
    dialog = ClientCardDialog(context, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    combo = dialog.details_tab.coach_combo
    assert not combo.isEnabled() and combo.toolTip()
    # The details form still saves the other details (the coach kept as it is).
    form = _edit(qtbot, dialog)
    form.edits["village"].setText("Ahmovaara")
    with qtbot.waitSignal(dialog.client_changed):
        form.save()
    assert _client(db, client_id).village == "Ahmovaara"
    assert _client(db, client_id).personal_coach_id is None


def test_health_related_referral_notes_are_hidden_on_the_timeline(
    qtbot: QtBot, finnish_app: QApplication, db: Database, staff_id: str, client_id: str
) -> None:
    with db.transaction(acting(db)) as session:
        organisation = PartnerOrganisation(name="Terveysasema", category=PartnerCategory.HEALTH_SERVICES)
        session.add(organisation)
        session.flush()
        service = PartnerService(organisation_id=organisation.id, name="Lääkäri")
        session.add(service)
        session.flush()
        referral = Referral(client_id=client_id, partner_service_id=service.id, staff_id=staff_id, reason="Syy")
        session.add(referral)
        session.flush()
        session.add(ReferralEvent(referral_id=referral.id, status=ReferralStatus.SENT, occurred_at=utcnow(),
                                  staff_id=staff_id, note="Unettomuus"))
        member_id = add_staff_member(session, "Tiina Vastaanotto", StaffRole.FRONT_DESK).id
    act_as(db, member_id)
    context = AppContext(db=db, actor=staff_actor(db, member_id), staff_name="Tiina Vastaanotto")
    dialog = ClientCardDialog(context, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    tab = dialog.timeline_tab
    [event] = [e for e in tab.timeline_model.rows() if e.kind == TimelineKind.REFERRAL_STATUS]
    assert event.restricted and event.detail == ""
    assert "Unettomuus" not in tab.event_detail(event) and tab.event_detail(event).endswith("piilotettu")


def test_consent_is_recorded_and_withdrawn(
    qtbot: QtBot, card: ClientCardDialog, db: Database, staff_id: str, client_id: str
) -> None:
    card.tabs.setCurrentIndex(card.TAB_CONSENTS)
    tab = card.consents_tab
    assert tab.consents_empty.isVisible()
    tab.consent_kind_combo.setCurrentIndex(tab.consent_kind_combo.findData(ConsentKind.CONTACT_SMS.value))
    assert not tab.consent_category_combo.isEnabled()
    tab.consent_kind_combo.setCurrentIndex(tab.consent_kind_combo.findData(ConsentKind.SHARE_DATA.value))
    assert tab.consent_category_combo.isEnabled()
    tab.consent_category_combo.setCurrentIndex(tab.consent_category_combo.findData(PartnerCategory.KELA.value))
    qtbot.keyClicks(tab.consent_note_edit, "Signed form")
    with qtbot.waitSignal(card.client_changed):
        _click(qtbot, tab.add_consent_button)
    assert tab.consent_model.rowCount() == 1
    assert tab.consent_note_edit.text() == ""
    row = tab.consent_model.row_at(0)
    assert tab.consent_model.index(0, 1).data() == label(PartnerCategory.KELA)
    assert (row.kind, row.partner_category, row.note, row.given_by_name) == (
        ConsentKind.SHARE_DATA, PartnerCategory.KELA, "Signed form", "Anna Ohjaaja")

    _click(qtbot, tab.add_consent_button)  # the same again is refused with a message
    assert tab.consent_error.isVisible() and tab.consent_error.text()
    assert tab.consent_model.rowCount() == 1

    assert not tab.withdraw_button.isEnabled()
    tab.consent_view.selectRow(0)
    assert tab.withdraw_button.isEnabled()
    with qtbot.waitSignal(card.client_changed):
        _click(qtbot, tab.withdraw_button)
    with db.session(acting(db)) as session:
        [consent] = session.query(Consent).all()
        assert consent.withdrawn_at is not None and consent.withdrawn_by_id == staff_id
    assert not tab.consent_model.row_at(0).active
    assert not tab.withdraw_button.isEnabled()


def test_goal_and_step_are_added_and_the_step_done(
    qtbot: QtBot, card: ClientCardDialog, db: Database, client_id: str
) -> None:
    card.tabs.setCurrentIndex(card.TAB_PATH)
    tab = card.path_tab
    assert not tab.add_step_button.isEnabled()
    qtbot.keyClicks(tab.path_title_edit, "Vocational school")
    tab.path_date_edit.setText("31.5.2027")
    with qtbot.waitSignal(card.client_changed):
        _click(qtbot, tab.add_goal_button)
    assert tab.path_tree.topLevelItemCount() == 1
    goal_item = _tree_item(card, 0)
    assert (goal_item.text(0), goal_item.text(1)) == ("Vocational school", "31.5.2027")
    assert tab.path_title_edit.text() == ""

    tab.path_tree.setCurrentItem(goal_item)
    assert tab.add_step_button.isEnabled()
    qtbot.keyClicks(tab.path_title_edit, "Meet the study counsellor")
    tab.path_date_edit.setText("not a date")
    _click(qtbot, tab.add_step_button)
    assert tab.path_error.isVisible()
    tab.path_date_edit.setText("1.12.2026")
    _click(qtbot, tab.add_step_button)
    assert not tab.path_error.isVisible()
    assert _tree_item(card, 0).childCount() == 1
    step_item = _tree_item(card, 0, 0)
    tab.path_tree.setCurrentItem(step_item)
    assert tab.state_combo.currentData() == PathState.PLANNED.value
    with qtbot.waitSignal(card.client_changed):
        tab.state_combo.setCurrentIndex(tab.state_combo.findData(PathState.DONE.value))
    with db.session(acting(db)) as session:
        [step] = session.query(PathStep).all()
        [goal] = session.query(PathGoal).all()
        assert (step.title, step.target_date, step.state, step.done_on) == (
            "Meet the study counsellor", dt.date(2026, 12, 1), PathState.DONE, local_today())
        assert (goal.title, goal.target_date, goal.state) == ("Vocational school", dt.date(2027, 5, 31),
                                                              PathState.PLANNED)
    step_item = _tree_item(card, 0, 0)
    assert tab.path_tree.currentItem() is step_item, "the selection survives the reload"
    assert step_item.text(3) == format_date(local_today())


def test_exit_is_set_and_cleared(qtbot: QtBot, card: ClientCardDialog, db: Database, client_id: str) -> None:
    card.tabs.setCurrentIndex(card.TAB_EXIT)
    tab = card.exit_tab
    assert not tab.clear_exit_button.isEnabled()
    tomorrow = local_today() + dt.timedelta(days=1)
    tab.exit_date_edit.setText(format_date(tomorrow))
    _click(qtbot, tab.set_exit_button)
    assert tab.exit_error.isVisible()
    assert _client(db, client_id).exit_date is None
    tab.exit_date_edit.setText(format_date(local_today()))
    tab.exit_outcome_combo.setCurrentIndex(tab.exit_outcome_combo.findData(ExitOutcome.EDUCATION.value))
    asked: list[str] = []
    tab.confirm_exit = lambda day, outcome: asked.append(day) or True  # type: ignore[method-assign]
    with qtbot.waitSignal(card.client_changed):
        _click(qtbot, tab.set_exit_button)
    assert asked, "ending the path is asked about"
    assert not tab.exit_error.isVisible()
    client = _client(db, client_id)
    assert (client.exit_date, client.exit_outcome) == (local_today(), ExitOutcome.EDUCATION)
    assert card.badge.property("state") == "ended"
    assert format_date(local_today()) in card.badge.text()
    assert tab.clear_exit_button.isEnabled()
    card.tabs.setCurrentIndex(card.TAB_TIMELINE)  # made now, it shows the card as it is
    assert card.timeline_tab.timeline_model.row_at(0).kind == TimelineKind.EXIT
    card.tabs.setCurrentIndex(card.TAB_EXIT)
    with qtbot.waitSignal(card.client_changed):
        _click(qtbot, tab.clear_exit_button)
    assert _client(db, client_id).exit_date is None
    assert card.badge.property("state") == "active"


def test_note_is_added_with_ctrl_enter_and_the_filter_shows_one_kind(
    qtbot: QtBot, card: ClientCardDialog, db: Database, client_id: str
) -> None:
    with db.transaction(acting(db)) as session:
        session.add(GuidanceVisit(client_id=client_id, visited_at=utcnow() - dt.timedelta(hours=1),
                                  topics="job_search,cv", duration_minutes=20, note="First visit"))
    card.reload()
    card.tabs.setCurrentIndex(card.TAB_TIMELINE)
    card.activateWindow()
    tab = card.timeline_tab
    model = tab.timeline_model
    assert model.rowCount() == 1
    assert not tab.add_note_button.isEnabled()
    tab.note_edit.setFocus()
    qtbot.keyClicks(tab.note_edit, "Called about the course")
    assert tab.add_note_button.isEnabled()
    with qtbot.waitSignal(card.client_changed):
        qtbot.keyClick(tab.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert tab.note_edit.toPlainText() == ""
    assert model.rowCount() == 2
    newest = model.row_at(0)
    assert (newest.kind, newest.detail, newest.staff_name) == (TimelineKind.NOTE, "Called about the course",
                                                               "Anna Ohjaaja")
    assert model.index(0, 2).data() == "Called about the course"
    visit_title = model.index(1, 2).data()
    assert visit_title == ", ".join(label(t) for t in model.row_at(1).topics)
    assert "20 min" in model.index(1, 3).data()

    tab.kind_filter.setCurrentIndex(tab.kind_filter.findData(TimelineKind.VISIT.value))
    assert [e.kind for e in model.rows()] == [TimelineKind.VISIT]
    assert tab.timeline_count.text().startswith("1 ") and "{" not in tab.timeline_count.text()
    tab.kind_filter.setCurrentIndex(0)
    assert model.rowCount() == 2


def test_visit_topics_show_by_the_centres_topic_list(
    card: ClientCardDialog, db: Database, client_id: str
) -> None:
    with db.transaction(acting(db)) as session:
        own = topics.add_topic(session, "Driving licence")
        topics.rename_topic(session, VisitTopic.CV.value, "CV workshop")
        session.add(GuidanceVisit(client_id=client_id, visited_at=utcnow() - dt.timedelta(hours=1),
                                  topics=f"{own.code},cv,housing"))
    card.reload()
    card.tabs.setCurrentIndex(card.TAB_TIMELINE)
    model = card.timeline_tab.timeline_model
    assert model.index(0, 2).data() == f"Driving licence, CV workshop, {label(VisitTopic.HOUSING)}"

    with db.transaction(acting(db)) as session:  # a hidden topic keeps its name on old visits
        topics.rename_topic(session, own.code, "Driving licence (B)")
        topics.set_topic_active(session, own.code, False)
    card.reload()
    assert model.index(0, 2).data().startswith("Driving licence (B), CV workshop")
    assert "custom_" not in model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)


def test_a_too_long_note_is_explained(qtbot: QtBot, card: ClientCardDialog) -> None:
    card.tabs.setCurrentIndex(card.TAB_TIMELINE)
    tab = card.timeline_tab
    tab.note_edit.setPlainText("x" * 4001)
    assert tab.note_counter.text() == "4001/4000"
    with qtbot.assertNotEmitted(card.client_changed):
        _click(qtbot, tab.add_note_button)
    assert tab.note_error.isVisible()
    assert tab.note_edit.toPlainText() == "x" * 4001, "the text is kept for shortening"


def _history(db: Database, client_id: str, staff_id: str) -> None:
    now = utcnow()
    with db.transaction(acting(db)) as s:
        org = PartnerOrganisation(name="Kela Lieksa", category=PartnerCategory.KELA)
        workshop = Workshop(name="START-paja", start_date=dt.date(2026, 1, 1))
        s.add_all([org, workshop, StaffMember(display_name="Ville Valmentaja")])
        s.flush()
        service = PartnerService(organisation_id=org.id, name="Kuntoutus")
        session_ = WorkshopSession(workshop_id=workshop.id, session_date=local_today() - dt.timedelta(days=3),
                                   start_time=dt.time(9), end_time=dt.time(12))
        s.add_all([service, session_])
        s.flush()
        referral = Referral(client_id=client_id, partner_service_id=service.id)
        s.add(referral)
        s.flush()
        s.add_all([
            ReferralEvent(referral_id=referral.id, status=ReferralStatus.SENT, occurred_at=now - dt.timedelta(days=5),
                          staff_id=staff_id),
            ReferralEvent(referral_id=referral.id, status=ReferralStatus.ACCEPTED,
                          occurred_at=now - dt.timedelta(days=4), note="Alkaa joulukuussa"),
            AttendanceMark(session_id=session_.id, client_id=client_id, status=AttendanceStatus.PRESENT),
            CompetenceCertificate(client_id=client_id, competence_area="Kiinteistönhoito",
                                  awarded_on=local_today() - dt.timedelta(days=2)),
            GuidanceVisit(client_id=client_id, visited_at=now - dt.timedelta(days=6), topics="housing",
                          next_step="Call Kela", next_step_date=local_today()),
        ])
    with db.transaction(acting(db)) as s:
        cc.add_consent(s, client_id, ConsentKind.CONTACT_EMAIL, None, "")
        goal = cc.add_goal(s, client_id, "Työ", None)
        step = cc.add_step(s, goal.id, "CV", None)
        cc.set_step_state(s, step.id, PathState.DONE)
        cc.add_note(s, client_id, "Line one\nline two")
        cc.set_exit(s, client_id, local_today(), ExitOutcome.EMPLOYMENT)


def test_timeline_model_passes_the_model_tester(
    qtmodeltester: ModelTester, card: ClientCardDialog, db: Database, client_id: str, staff_id: str
) -> None:
    _history(db, client_id, staff_id)
    card.reload()
    card.tabs.setCurrentIndex(card.TAB_TIMELINE)
    card.tabs.setCurrentIndex(card.TAB_CONSENTS)
    model = card.timeline_tab.timeline_model
    assert {e.kind for e in model.rows()} == set(TimelineKind)
    qtmodeltester.check(model)
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            assert isinstance(model.index(row, column).data(), str)
    kind_filter = card.timeline_tab.kind_filter
    kind_filter.setCurrentIndex(kind_filter.findData(TimelineKind.CONSENT.value))
    qtmodeltester.check(model)
    qtmodeltester.check(card.consents_tab.consent_model)


def test_timeline_texts_use_translated_labels(
    card: ClientCardDialog, db: Database, client_id: str, staff_id: str
) -> None:
    card.tabs.setCurrentIndex(card.TAB_TIMELINE)
    _history(db, client_id, staff_id)
    card.reload()
    tab = card.timeline_tab
    model = tab.timeline_model
    # The newest event of each kind.
    texts = {e.kind: (tab.event_title(e), tab.event_detail(e)) for e in reversed(model.rows())}
    assert texts[TimelineKind.REFERRAL_STATUS][0] == "Kuntoutus – Kela Lieksa"
    assert label(ReferralStatus.ACCEPTED) in texts[TimelineKind.REFERRAL_STATUS][1]
    assert texts[TimelineKind.CERTIFICATE][0] == "Kiinteistönhoito"
    assert texts[TimelineKind.ATTENDANCE][0] == "START-paja"
    assert "9.00–12.00" in texts[TimelineKind.ATTENDANCE][1]
    assert label(ExitOutcome.EMPLOYMENT) in texts[TimelineKind.EXIT][0]
    assert "Työ" in texts[TimelineKind.GOAL][1] or "Työ" in texts[TimelineKind.GOAL][0]
    assert texts[TimelineKind.NOTE][0] == "Line one line two"
    row = next(i for i, e in enumerate(model.rows()) if e.kind == TimelineKind.NOTE)
    tooltip = model.data(model.index(row, 2), Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "Line one\nline two"


def test_every_code_the_card_shows_has_a_label() -> None:
    for enum_class in (ConsentKind, PathState, ExitOutcome, AttendanceStatus, Language, TimelineKind):
        for value in enum_class:
            assert label(value) != value.value, value
    assert label(None) == ""
    assert label("unknown_code") == "unknown_code"
    assert Language.OTHER.value == ExitOutcome.OTHER.value, "equal codes of different kinds ..."
    assert label(Language.OTHER) != label(ExitOutcome.OTHER), "... keep their own names"


def test_saying_no_to_the_exit_question_keeps_the_client_active(
    qtbot: QtBot, card: ClientCardDialog, db: Database, client_id: str
) -> None:
    card.tabs.setCurrentIndex(card.TAB_EXIT)
    tab = card.exit_tab
    assert tab.exit_outcome_combo.currentData() is None, "no outcome is chosen for the user"
    assert tab.set_exit_button.objectName() != "primary"
    tab.exit_outcome_combo.setCurrentIndex(tab.exit_outcome_combo.findData(ExitOutcome.EMPLOYMENT.value))
    tab.confirm_exit = lambda day, outcome: False  # type: ignore[method-assign]
    _click(qtbot, tab.set_exit_button)
    assert _client(db, client_id).exit_date is None
