"""The new-referral form with its consent gate, and the printable referral letter."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.acting import acting, staff_actor
from tests.gui.test_front_desk import when_modal
from vauhdittamo.db import Database
from vauhdittamo.models import ConsentKind, PartnerCategory, Referral, ReferralEvent, ReferralStatus
from vauhdittamo.services import client_card, partner_directory, referrals
from vauhdittamo.services import clients as cs
from vauhdittamo.services.partner_directory import starter_id
from vauhdittamo.timeutil import local_today
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.referrals.referral_dialog import ReferralDialog
from vauhdittamo.ui.referrals.referral_letter import letter_html, load_letter, save_letter_pdf

KELA_REHAB = starter_id("Kela", "Ammatillinen kuntoutus")  # 30 days to respond
OUTREACH = starter_id("Nuorisopalvelut", "Etsivä nuorisotyö")  # 3 days to respond


@pytest.fixture
def context(db: Database, staff_id: str) -> AppContext:
    with db.transaction(acting(db)) as session:
        partner_directory.ensure_starter_directory(session)
    return AppContext(db=db, actor=staff_actor(db, staff_id), staff_name="Anna Ohjaaja")


@pytest.fixture
def client_id(db: Database, context: AppContext) -> str:
    with db.transaction(acting(db)) as session:
        return cs.create_client(session, cs.validate_client(
            cs.ClientInput(first_name="Pekka", last_name="Järvinen", birth_date="13.10.1952"))).id


def _consent(db: Database, client_id: str, staff_id: str, category: PartnerCategory) -> None:
    with db.transaction(acting(db)) as session:
        client_card.add_consent(session, client_id, ConsentKind.SHARE_DATA, category, "")


def _dialog(qtbot: QtBot, context: AppContext, client_id: str, service_id: str = KELA_REHAB) -> ReferralDialog:
    dialog = ReferralDialog(context, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.select_service(service_id)
    return dialog


def _referral(db: Database, referral_id: str) -> tuple[Referral, list[ReferralStatus]]:
    with db.session(acting(db)) as session:
        referral = session.get(Referral, referral_id)
        assert referral is not None
        events = session.scalars(
            select(ReferralEvent).where(ReferralEvent.referral_id == referral_id)
            .order_by(ReferralEvent.occurred_at, ReferralEvent.id)
        ).all()
        return referral, [e.status for e in events]


def test_services_are_grouped_under_their_category(qtbot: QtBot, context: AppContext, client_id: str) -> None:
    dialog = _dialog(qtbot, context, client_id)
    assert dialog.service.currentData() == KELA_REHAB
    assert "Kela – Ammatillinen kuntoutus" in dialog.service.currentText()
    headers = [dialog.service.itemText(i) for i in range(dialog.service.count()) if dialog.service.itemData(i) is None]
    assert len(headers) == len({c.category for c in dialog.choices.values()})
    not_taking = starter_id("Työpajayhdistys ry", "Kierrätyspaja")
    assert dialog.service.findData(not_taking) == -1, "services not taking referrals are not offered"


def test_referral_with_consent_is_sent(qtbot: QtBot, context: AppContext, client_id: str, db: Database,
                                       staff_id: str) -> None:
    _consent(db, client_id, staff_id, PartnerCategory.KELA)
    dialog = _dialog(qtbot, context, client_id)
    assert not dialog.consent_box.isVisible()
    qtbot.keyClicks(dialog.reason, "Tarvitsee ammatillista kuntoutusta.")
    dialog.urgency.setCurrentIndex(dialog.urgency.findData("urgent"))
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.sent
    referral, history = _referral(db, dialog.referral_id or "")
    assert history == [ReferralStatus.DRAFT, ReferralStatus.SENT]
    assert (referral.client_id, referral.partner_service_id, referral.staff_id) == (client_id, KELA_REHAB, staff_id)
    assert referral.reason == "Tarvitsee ammatillista kuntoutusta." and referral.urgency == "urgent"
    assert referral.shares_data and referral.consent_override_at is None
    assert referral.response_due == local_today() + dt.timedelta(days=30)


def test_reason_is_required(qtbot: QtBot, context: AppContext, client_id: str, db: Database) -> None:
    dialog = _dialog(qtbot, context, client_id)
    dialog.shares_data.setChecked(False)
    qtbot.mouseClick(dialog.draft_button, Qt.MouseButton.LeftButton)
    assert dialog.referral_id is None and dialog.errors["reason"].isVisible()
    with db.session(acting(db)) as session:
        assert referrals.referral_list(session) == []


def test_without_consent_an_override_reason_is_needed(qtbot: QtBot, context: AppContext, client_id: str,
                                                      db: Database, staff_id: str) -> None:
    dialog = _dialog(qtbot, context, client_id)
    assert dialog.consent_box.isVisible()
    assert "Pekka Järvinen" in dialog.consent_text.text() and "Kela" in dialog.consent_text.text()
    qtbot.keyClicks(dialog.reason, "Kuntoutustarve.")
    qtbot.mouseClick(dialog.draft_button, Qt.MouseButton.LeftButton)
    assert dialog.referral_id is None, "no saving without consent or a written reason"
    assert dialog.errors["consent_override_reason"].isVisible()
    assert dialog.errors["consent_override_reason"].text()
    with db.session(acting(db)) as session:
        assert referrals.referral_list(session) == []

    qtbot.keyClicks(dialog.override_reason, "Asiakas suostui puhelimessa.")
    qtbot.mouseClick(dialog.draft_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.sent
    referral, history = _referral(db, dialog.referral_id or "")
    assert history == [ReferralStatus.DRAFT]
    assert referral.consent_override_reason == "Asiakas suostui puhelimessa."
    assert referral.consent_override_by_id == staff_id and referral.consent_override_at is not None


def test_not_sharing_data_needs_no_consent(qtbot: QtBot, context: AppContext, client_id: str) -> None:
    dialog = _dialog(qtbot, context, client_id)
    assert dialog.consent_box.isVisible()
    dialog.shares_data.setChecked(False)
    assert not dialog.consent_box.isVisible()


def test_record_consent_now_removes_the_warning(qtbot: QtBot, context: AppContext, client_id: str,
                                                db: Database) -> None:
    dialog = _dialog(qtbot, context, client_id)
    assert dialog.consent_box.isVisible()
    qtbot.mouseClick(dialog.record_consent_button, Qt.MouseButton.LeftButton)
    assert not dialog.consent_box.isVisible()
    with db.session(acting(db)) as session:
        assert referrals.consent_status(session, client_id, PartnerCategory.KELA).has_consent
        assert not referrals.consent_status(session, client_id, PartnerCategory.YOUTH_SERVICES).has_consent
    dialog.select_service(OUTREACH)
    assert dialog.consent_box.isVisible(), "the consent covers one category only"


def test_response_date_follows_the_service(qtbot: QtBot, context: AppContext, client_id: str) -> None:
    dialog = _dialog(qtbot, context, client_id)
    today = local_today()
    assert dialog.response_due.date().toPython() == today + dt.timedelta(days=30)
    dialog.select_service(OUTREACH)
    assert dialog.response_due.date().toPython() == today + dt.timedelta(days=3)


def test_the_form_works_as_a_modal_dialog(qtbot: QtBot, context: AppContext, client_id: str, db: Database,
                                          staff_id: str) -> None:
    _consent(db, client_id, staff_id, PartnerCategory.YOUTH_SERVICES)
    dialog = ReferralDialog(context, client_id)
    qtbot.addWidget(dialog)

    def fill(widget: QWidget) -> None:
        assert isinstance(widget, ReferralDialog)
        widget.select_service(OUTREACH)
        widget.reason.setPlainText("Nuori ilman opiskelupaikkaa.")
        widget.send_button.click()

    when_modal(qtbot, fill)
    assert dialog.exec() == QDialog.DialogCode.Accepted
    assert QApplication.activeModalWidget() is None
    _, history = _referral(db, dialog.referral_id or "")
    assert history[-1] == ReferralStatus.SENT


def _make(db: Database, client_id: str, staff_id: str, *, shares_data: bool, note: str = "") -> str:
    with db.transaction(acting(db)) as session:
        return referrals.create_referral(
            session, client_id=client_id, partner_service_id=KELA_REHAB, staff_id=staff_id,
            reason="Kuntoutus <b>heti</b>", note=note, shares_data=shares_data,
            consent_override_reason="Suullinen suostumus" if shares_data else None, send=True,
        ).id


def test_letter_pdf_is_written(context: AppContext, client_id: str, db: Database, staff_id: str,
                               tmp_path: Path, finnish_app: QApplication) -> None:
    referral_id = _make(db, client_id, staff_id, shares_data=True)
    path = save_letter_pdf(context, referral_id, tmp_path / "lahete.pdf")
    assert path.exists() and path.read_bytes().startswith(b"%PDF")


def test_letter_names_the_client_only_when_data_is_shared(context: AppContext, client_id: str, db: Database,
                                                          staff_id: str, finnish_app: QApplication) -> None:
    shared = _make(db, client_id, staff_id, shares_data=True, note="<script>x</script>")
    private = _make(db, client_id, staff_id, shares_data=False)
    with db.session(acting(db)) as session:
        shared_html = letter_html(load_letter(session, shared))
        private_html = letter_html(load_letter(session, private))
    assert "Pekka Järvinen" in shared_html and "13.10.1952" in shared_html
    assert "Pekka" in private_html
    assert "Järvinen" not in private_html and "13.10.1952" not in private_html
    assert "Kela" in private_html and "Ammatillinen kuntoutus" in private_html
    assert "&lt;b&gt;heti&lt;/b&gt;" in shared_html and "<script>" not in shared_html, "free text stays text"


def test_referral_made_from_the_client_card_shows_on_its_timeline(qtbot: QtBot, context: AppContext,
                                                                  client_id: str, db: Database) -> None:
    from vauhdittamo.services.client_card import TimelineKind
    from vauhdittamo.ui.clients.card import ClientCardDialog

    _consent(db, client_id, context.staff_id, PartnerCategory.KELA)
    card = ClientCardDialog(context, client_id)
    qtbot.addWidget(card)
    card.show()

    def refer(dialog: QWidget) -> None:
        assert isinstance(dialog, ReferralDialog)
        dialog.select_service(KELA_REHAB)
        dialog.reason.setPlainText("Ammatillinen kuntoutus")
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)

    when_modal(qtbot, refer)
    qtbot.mouseClick(card.referral_button, Qt.MouseButton.LeftButton)
    assert card.card is not None
    kinds = [event.kind for event in card.card.timeline]
    assert kinds.count(TimelineKind.REFERRAL_STATUS) == 2  # draft, then sent


def test_enter_in_the_override_reason_sends_and_records_no_consent(
    qtbot: QtBot, context: AppContext, client_id: str, db: Database, staff_id: str
) -> None:
    """Passing the consent button on the way to the reason must not make Enter record a consent."""
    dialog = _dialog(qtbot, context, client_id)
    qtbot.keyClicks(dialog.reason, "Kuntoutustarve.")
    dialog.record_consent_button.setFocus()  # Tab passes through the consent box's button
    dialog.override_reason.setFocus()
    qtbot.keyClicks(dialog.override_reason, "Asiakas suostui puhelimessa.")
    qtbot.keyClick(dialog.override_reason, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.sent
    referral, history = _referral(db, dialog.referral_id or "")
    assert history[-1] == ReferralStatus.SENT
    assert referral.consent_override_reason == "Asiakas suostui puhelimessa."
    with db.session(acting(db)) as session:
        consent = referrals.consent_status(session, client_id, PartnerCategory.KELA)
    assert not consent.has_consent, "no consent the client never gave"
