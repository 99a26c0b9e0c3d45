"""The front desk driven as staff would: keys first."""

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.acting import acting
from vauhdittamo.db import Database
from vauhdittamo.models import AgeGroup, Client, GuidanceVisit, VisitChannel, VisitTopic
from vauhdittamo.services import clients as cs
from vauhdittamo.services import visits as vs
from vauhdittamo.timeutil import local_today
from vauhdittamo.ui.clients.new_client_dialog import NewClientDialog
from vauhdittamo.ui.front_desk.page import FrontDeskPage
from vauhdittamo.ui.main_window import MainWindow


def _client(db: Database, first: str, last: str, birth: str) -> str:
    with db.transaction(acting(db)) as session:
        return cs.create_client(session, cs.validate_client(
            cs.ClientInput(first_name=first, last_name=last, birth_date=birth))).id


def _visits(db: Database) -> list[GuidanceVisit]:
    with db.session(acting(db)) as session:
        return vs.visits_on(session)


@pytest.fixture
def desk(window: MainWindow) -> FrontDeskPage:
    page = window.current_page()
    assert isinstance(page, FrontDeskPage)
    window.activateWindow()
    page.search.field.setFocus()
    return page


def when_modal(qtbot: QtBot, act: Callable[[QWidget], None]) -> None:
    """Run *act* on the next modal dialog once it is open (exec() blocks the test otherwise)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
            return
        act(dialog)

    QTimer.singleShot(0, poll)


def test_known_client_logged_in_three_keys_after_the_name(qtbot: QtBot, desk: FrontDeskPage, db: Database,
                                                          staff_id: str) -> None:
    client_id = _client(db, "Pekka", "Järvinen", "13.10.1952")
    _client(db, "Maija", "Mäkelä", "1.2.1990")
    qtbot.keyClicks(desk.search.field, "jarvinen")
    qtbot.waitUntil(lambda: desk.search.model.rowCount() == 1)
    keys = [(desk.search.field, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
            (desk.form.topics, Qt.Key.Key_1, Qt.KeyboardModifier.NoModifier),
            (desk.form.topics, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)]
    qtbot.keyClick(*keys[0])
    assert desk.stack.currentIndex() == 1 and desk.form.topics.hasFocus()
    assert desk.who_label.text().startswith("Pekka Järvinen")
    assert desk.who_label.text().endswith("30 vuotta täyttänyt"), "one person's age group, in the singular"
    qtbot.keyClick(*keys[1])
    qtbot.keyClick(*keys[2])
    [visit] = _visits(db)
    assert (visit.client_id, visit.staff_id, visit.topics, visit.channel) == (
        client_id, staff_id, "job_search", VisitChannel.WALK_IN)
    assert visit.age_group == AgeGroup.AGE_30_PLUS
    assert desk.stack.currentIndex() == 0 and desk.search.field.text() == ""
    assert desk.search.field.hasFocus(), "the next person can be searched at once"
    assert desk.visits_card.value_label.text() == "1"
    assert "Pekka Järvinen" in desk.saved_label.text()


def test_arrow_keys_choose_among_results(qtbot: QtBot, desk: FrontDeskPage, db: Database) -> None:
    _client(db, "Aino", "Virtanen", "1.1.2000")
    second = _client(db, "Eino", "Virtanen", "1.1.1999")
    qtbot.keyClicks(desk.search.field, "virtanen")
    qtbot.waitUntil(lambda: desk.search.model.rowCount() == 2)
    qtbot.keyClick(desk.search.field, Qt.Key.Key_Down)
    qtbot.keyClick(desk.search.field, Qt.Key.Key_Return)
    assert desk.client_id == second


def test_keys_typed_before_the_background_search_is_in_act_on_its_results(
    qtbot: QtBot, desk: FrontDeskPage, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The search runs off the UI thread: a quick typist's ↓ and Enter wait for the results of what was typed."""
    from vauhdittamo.ui.widgets import client_search

    _client(db, "Aino", "Virtanen", "1.1.2000")
    second = _client(db, "Eino", "Virtanen", "1.1.1999")
    search = client_search.ClientSearch(desk.context, background=True)
    qtbot.addWidget(search)
    chosen: list[str] = []
    search.client_chosen.connect(chosen.append)
    qtbot.keyClicks(search.field, "virtanen")
    qtbot.keyClick(search.field, Qt.Key.Key_Down)  # the typing pause has not even begun the search
    qtbot.keyClick(search.field, Qt.Key.Key_Return)
    assert chosen == [] and search.model.rowCount() == 0
    qtbot.waitUntil(lambda: chosen == [second], timeout=5000)
    assert search.results.selected_row().client_id == second

    search.reset()  # Esc: what was asked and not yet answered is forgotten
    qtbot.keyClicks(search.field, "aino")
    search.reset()
    qtbot.wait(300)
    assert chosen == [second] and search.model.rowCount() == 0


def test_anonymous_visitor_with_one_key(qtbot: QtBot, desk: FrontDeskPage, db: Database) -> None:
    qtbot.keyClick(desk.search.field, Qt.Key.Key_F2)
    assert desk.stack.currentIndex() == 1 and desk.who_label.text() == "Anonyymi asiakas"
    qtbot.keyClick(desk.form.topics, Qt.Key.Key_3)
    qtbot.keyClick(desk.form.topics, Qt.Key.Key_5)
    desk.form.age_group.setCurrentIndex(desk.form.age_group.findData(AgeGroup.UNDER_30.value))
    desk.form.channel.setCurrentIndex(desk.form.channel.findData(VisitChannel.OUTREACH.value))
    qtbot.keyClick(desk.form.topics, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    [visit] = _visits(db)
    assert visit.client_id is None and visit.age_group == AgeGroup.UNDER_30
    assert visit.topic_list == [VisitTopic.BENEFITS.value, VisitTopic.HEALTH.value]
    assert desk.anonymous_card.value_label.text() == "1" and desk.under_30_card.value_label.text() == "1"
    qtbot.keyClick(desk.search.field, Qt.Key.Key_F2)
    assert desk.form.channel.currentData() == VisitChannel.OUTREACH.value, "the desk's channel is remembered"


def test_escape_goes_back_without_saving(qtbot: QtBot, desk: FrontDeskPage, db: Database) -> None:
    qtbot.keyClick(desk.search.field, Qt.Key.Key_F2)
    qtbot.keyClick(desk.form.topics, Qt.Key.Key_Escape)
    assert desk.stack.currentIndex() == 0
    assert _visits(db) == []


def test_new_client_from_the_search_then_the_visit(qtbot: QtBot, desk: FrontDeskPage, db: Database) -> None:
    qtbot.keyClicks(desk.search.field, "Ville Virtanen")

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, NewClientDialog)
        assert dialog.edits["first_name"].text() == "Ville" and dialog.edits["last_name"].text() == "Virtanen"
        dialog.edits["birth_date"].setText("5.6.2003")
        dialog.edits["municipality"].setText("Lieksa")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_modal(qtbot, fill)
    qtbot.keyClick(desk.search.field, Qt.Key.Key_F3)
    assert desk.stack.currentIndex() == 1
    with db.session(acting(db)) as session:
        client = session.get(Client, desk.client_id)
        assert client is not None and (client.first_name, client.municipality) == ("Ville", "Lieksa")
    qtbot.keyClick(desk.form.topics, Qt.Key.Key_2)
    qtbot.keyClick(desk.form.topics, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    [visit] = _visits(db)
    assert visit.client_id == client.id and visit.age_group == AgeGroup.UNDER_30


def test_mistaken_visit_corrected_then_removed(qtbot: QtBot, desk: FrontDeskPage, db: Database, staff_id: str,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    with db.transaction(acting(db)) as session:
        vs.log_visit(session, client_id=None, staff_id=staff_id, duration_minutes=10)
    desk.refresh()
    desk.visits_view.selectRow(0)

    def correct(dialog: QWidget) -> None:
        dialog.form.duration.setValue(40)  # type: ignore[attr-defined]
        dialog.form.toggle_topic(7)  # type: ignore[attr-defined]
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]

    when_modal(qtbot, correct)
    qtbot.keyClick(desk.visits_view, Qt.Key.Key_Return)
    [visit] = _visits(db)
    assert (visit.duration_minutes, visit.topics) == (40, "cv")

    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    when_modal(qtbot, lambda dialog: qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton))
    desk.visits_view.selectRow(0)
    desk.edit_selected_visit()
    assert _visits(db) == []
    assert desk.visits_card.value_label.text() == "0"


def test_anonymous_visit_attached_to_a_client(qtbot: QtBot, desk: FrontDeskPage, db: Database,
                                              staff_id: str) -> None:
    client_id = _client(db, "Saara", "Öhman", "3.3.2001")
    with db.transaction(acting(db)) as session:
        vs.log_visit(session, client_id=None, staff_id=staff_id)
    desk.refresh()
    desk.visits_view.selectRow(0)

    def pick(picker: QWidget) -> None:
        picker.search.field.setText("ohman")  # type: ignore[attr-defined]
        picker.search.search_now()  # type: ignore[attr-defined]
        qtbot.keyClick(picker.search.field, Qt.Key.Key_Return)  # type: ignore[attr-defined]

    def attach(dialog: QWidget) -> None:
        when_modal_after(dialog, pick)
        qtbot.mouseClick(dialog.attach_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]

    def when_modal_after(current: QWidget, act: Callable[[QWidget], None]) -> None:
        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None or dialog is current:
                QTimer.singleShot(20, poll)
                return
            act(dialog)

        QTimer.singleShot(0, poll)

    when_modal(qtbot, attach)
    desk.edit_selected_visit()
    [visit] = _visits(db)
    assert visit.client_id == client_id
    assert desk.visits_model.row_at(0).client_name == "Saara Öhman"


def test_follow_up_marked_done(qtbot: QtBot, desk: FrontDeskPage, db: Database, staff_id: str) -> None:
    client_id = _client(db, "Ilona", "Aalto", "1.1.1995")
    with db.transaction(acting(db)) as session:
        vs.log_visit(session, client_id=client_id, staff_id=staff_id, next_step="Työkokeilu",
                     next_step_date=local_today())
    desk.refresh()
    assert desk.follow_model.rowCount() == 1
    desk.follow_view.selectRow(0)
    qtbot.mouseClick(desk.done_button, Qt.MouseButton.LeftButton)
    assert desk.follow_model.rowCount() == 0


def test_the_centre_edits_its_topic_list(qtbot: QtBot, desk: FrontDeskPage, db: Database,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    from vauhdittamo.ui.front_desk.topics_dialog import TopicsDialog

    monkeypatch.setattr(QInputDialog, "getText", lambda *_args, **_kw: ("Ajokortti", True))

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, TopicsDialog)
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
        dialog.list.setCurrentRow(dialog.list.count() - 1)  # "Muu"
        qtbot.mouseClick(dialog.hide_button, Qt.MouseButton.LeftButton)
        assert dialog.list.item(dialog.list.count() - 1).text() == "Muu (piilotettu)"
        dialog.reject()

    when_modal(qtbot, edit)
    desk.edit_topics()
    texts = [desk.form.topics.item(i).text() for i in range(desk.form.topics.count())]
    assert texts[-1] == "9  Ajokortti" and "Muu" not in " ".join(texts)
    qtbot.keyClick(desk.search.field, Qt.Key.Key_F2)
    qtbot.keyClick(desk.form.topics, Qt.Key.Key_9)
    qtbot.keyClick(desk.form.topics, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    [visit] = _visits(db)
    assert visit.topics.startswith("custom_")
    assert desk.visits_model.data(desk.visits_model.index(0, 2)) == "Ajokortti"


def test_earlier_anonymous_visit_attached_when_the_person_comes_back(qtbot: QtBot, desk: FrontDeskPage,
                                                                     db: Database, staff_id: str) -> None:
    import datetime as dt

    from vauhdittamo.timeutil import utcnow
    from vauhdittamo.ui.front_desk.anonymous_visits_dialog import AnonymousVisitsDialog

    client_id = _client(db, "Leo", "Laine", "1.1.1999")
    with db.transaction(acting(db)) as session:
        visit_id = vs.log_visit(session, client_id=None, staff_id=staff_id,
                                visited_at=utcnow() - dt.timedelta(days=5)).id

    def pick(picker: QWidget) -> None:
        picker.search.field.setText("laine")  # type: ignore[attr-defined]
        picker.search.search_now()  # type: ignore[attr-defined]
        qtbot.keyClick(picker.search.field, Qt.Key.Key_Return)  # type: ignore[attr-defined]

    def attach(dialog: QWidget) -> None:
        assert isinstance(dialog, AnonymousVisitsDialog)
        assert dialog.model.rowCount() == 1

        def poll() -> None:
            picker = QApplication.activeModalWidget()
            if picker is None or picker is dialog:
                QTimer.singleShot(20, poll)
                return
            pick(picker)
            QTimer.singleShot(50, dialog.reject)

        QTimer.singleShot(0, poll)
        qtbot.keyClick(dialog.view, Qt.Key.Key_Return)

    when_modal(qtbot, attach)
    qtbot.mouseClick(desk.earlier_button, Qt.MouseButton.LeftButton)
    with db.session(acting(db)) as session:
        assert session.get(GuidanceVisit, visit_id).client_id == client_id  # type: ignore[union-attr]


def test_referrals_without_a_response_show_on_today(qtbot: QtBot, desk: FrontDeskPage, db: Database,
                                                    staff_id: str) -> None:
    import datetime as dt

    from vauhdittamo.models import ConsentKind, PartnerCategory
    from vauhdittamo.services import client_card, referrals
    from vauhdittamo.services.partner_directory import ensure_starter_directory, referable_services
    from vauhdittamo.timeutil import utcnow

    client_id = _client(db, "Veera", "Vuori", "1.1.2000")
    with db.transaction(acting(db)) as session:
        ensure_starter_directory(session)
        service = referable_services(session, PartnerCategory.KELA)[0]
        client_card.add_consent(session, client_id, ConsentKind.SHARE_DATA, PartnerCategory.KELA, "")
        referral = referrals.create_referral(
            session, client_id=client_id, partner_service_id=service.service_id, staff_id=staff_id,
            reason="Kuntoutusraha", urgency=referrals.ReferralUrgency.NORMAL, send=True,
            today=local_today() - dt.timedelta(days=40), now=utcnow() - dt.timedelta(days=40),
        )
        assert referral.response_due is not None and referral.response_due < local_today()
    desk.refresh()
    assert desk.overdue_model.rowCount() == 1
    assert desk.overdue_model.row_at(0).client_name == "Veera Vuori"
    opened: list[str] = []
    desk.open_client_requested.connect(opened.append)
    desk.overdue_view.selectRow(0)
    qtbot.keyClick(desk.overdue_view, Qt.Key.Key_Return)
    assert opened == [client_id]


def test_referral_from_the_front_desk(qtbot: QtBot, desk: FrontDeskPage, db: Database, staff_id: str) -> None:
    from vauhdittamo.models import ConsentKind, PartnerCategory, Referral
    from vauhdittamo.services import client_card
    from vauhdittamo.services.partner_directory import ensure_starter_directory, referable_services
    from vauhdittamo.ui.referrals.referral_dialog import ReferralDialog

    client_id = _client(db, "Oona", "Oja", "1.1.2002")
    with db.transaction(acting(db)) as session:
        ensure_starter_directory(session)
        service = referable_services(session, PartnerCategory.YOUTH_SERVICES)[0].service_id
        client_card.add_consent(session, client_id, ConsentKind.SHARE_DATA, PartnerCategory.YOUTH_SERVICES, "")
    desk.start_visit(client_id)
    assert desk.referral_button.isVisible()

    def refer(dialog: QWidget) -> None:
        assert isinstance(dialog, ReferralDialog)
        dialog.select_service(service)
        dialog.reason.setPlainText("Nuorten ohjaus")
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)

    when_modal(qtbot, refer)
    qtbot.mouseClick(desk.referral_button, Qt.MouseButton.LeftButton)
    with db.session(acting(db)) as session:
        [referral] = session.query(Referral).all()
        assert referral.client_id == client_id and referral.status.value == "sent"
    assert desk.stack.currentIndex() == 1, "the visit can still be logged after the referral"


def test_follow_ups_read_whole_at_the_smallest_window(qtbot: QtBot, desk: FrontDeskPage, window: MainWindow,
                                                      db: Database, staff_id: str) -> None:
    """At 1000×640 the follow-up list shows its date, name and next step side by side, with no sideways
    scrolling, and the links under the search show their whole text."""
    client_id = _client(db, "Ilona", "Aalto", "1.1.1995")
    with db.transaction(acting(db)) as session:
        vs.log_visit(session, client_id=client_id, staff_id=staff_id, next_step="Työkokeilu",
                     next_step_date=local_today())
    window.resize(1000, 640)
    desk.refresh()
    for _ in range(5):
        QApplication.processEvents()
    view = desk.follow_view
    assert view.isVisible()
    assert not view.horizontalScrollBar().isVisible()
    assert view.horizontalHeader().length() <= view.viewport().width()
    metrics = view.fontMetrics()
    assert view.columnWidth(0) >= metrics.horizontalAdvance(desk.follow_model.index(0, 0).data())
    for link in (desk.earlier_button, desk.topics_button):
        assert link.width() >= link.sizeHint().width(), link.text()
