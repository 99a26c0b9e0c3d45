"""The partner directory (Kumppanit): organisations and services edited as staff would."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.acting import acting, staff_actor
from vauhdittamo.db import Database
from vauhdittamo.models import PartnerCategory, PartnerOrganisation
from vauhdittamo.services import partner_directory as pd
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.partners.organisation_dialog import OrganisationDialog
from vauhdittamo.ui.partners.page import PartnersWidget
from vauhdittamo.ui.partners.service_dialog import ServiceDialog


@pytest.fixture
def context(finnish_app: QApplication, db: Database, staff_id: str) -> AppContext:
    return AppContext(db=db, actor=staff_actor(db, staff_id), staff_name="Anna Ohjaaja")


@pytest.fixture
def partners(qtbot: QtBot, context: AppContext) -> Iterator[PartnersWidget]:
    widget = PartnersWidget(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.refresh()
    yield widget


def _organisation(db: Database, name: str, category: PartnerCategory = PartnerCategory.YOUTH_SERVICES) -> str:
    with db.transaction(acting(db)) as session:
        return pd.create_organisation(session, pd.OrganisationInput(name=name, category=category.value)).id


def _tr(source: str) -> str:
    """The widget's text as the installed catalogue shows it (English until the catalogue has it)."""
    return QCoreApplication.translate("PartnersWidget", source)


def _poll_modal(act: Callable[[QWidget], None]) -> None:
    dialog = QApplication.activeModalWidget()
    if dialog is None:
        QTimer.singleShot(20, lambda: _poll_modal(act))
        return
    act(dialog)


def when_modal(act: Callable[[QWidget], None]) -> None:
    """Run *act* on the next modal dialog once it is open (exec() blocks the test otherwise)."""
    QTimer.singleShot(0, lambda: _poll_modal(act))


def _names(widget: PartnersWidget) -> list[str]:
    return [widget.organisation_model.row_at(i).name for i in range(widget.organisation_model.rowCount())]


def _select_organisation(widget: PartnersWidget, name: str) -> None:
    row = _names(widget).index(name)
    widget.organisation_view.selectRow(row)
    selected = widget.selected_organisation()
    assert selected is not None and selected.name == name


def test_new_organisation_through_the_dialog(qtbot: QtBot, partners: PartnersWidget, db: Database) -> None:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, OrganisationDialog)
        dialog.edits["name"].setText("Pielisen Karjalan nuorisopalvelut")
        dialog.set_category(PartnerCategory.YOUTH_SERVICES)
        dialog.edits["contact_person"].setText("Päivi Hämäläinen")
        dialog.edits["phone"].setText("040 123 4567")
        dialog.edits["email"].setText("nuoret@lieksa.fi")
        dialog.edits["opening_hours"].setText("ma–pe 9–16")
        dialog.description.setPlainText("Etsivä nuorisotyö ja työpajat alle 30-vuotiaille.")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_modal(fill)
    qtbot.mouseClick(partners.new_organisation_button, Qt.MouseButton.LeftButton)

    with db.session(acting(db)) as session:
        [saved] = [o for o in pd.directory(session) if o.name == "Pielisen Karjalan nuorisopalvelut"]
    assert saved.category == PartnerCategory.YOUTH_SERVICES and saved.contact_person == "Päivi Hämäläinen"
    selected = partners.selected_organisation()
    assert selected is not None and selected.id == saved.id, "the new organisation is chosen"
    row = _names(partners).index(saved.name)
    assert partners.organisation_model.data(partners.organisation_model.index(row, 1)) == "Nuorisopalvelut"
    assert partners.detail_labels["contact_person"].text() == "Päivi Hämäläinen"
    assert partners.detail_labels["address"].text() == "–"


def test_bad_email_is_shown_next_to_its_field_and_nothing_saved(
    qtbot: QtBot, context: AppContext, db: Database
) -> None:
    dialog = OrganisationDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.edits["name"].setText("Kelan palvelupiste")
    dialog.set_category(PartnerCategory.KELA)
    dialog.edits["email"].setText("kela at lieksa")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.organisation_id is None and dialog.isVisible()
    assert dialog.errors["email"].isVisible() and dialog.errors["email"].text()
    assert not dialog.errors["name"].isVisible()
    assert dialog.focusWidget() is dialog.edits["email"]
    with db.session(acting(db)) as session:
        assert session.query(PartnerOrganisation).filter_by(name="Kelan palvelupiste").count() == 0

    dialog.edits["email"].setText("")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.organisation_id is not None and not dialog.errors["email"].isVisible()


def test_duplicate_name_and_bad_response_days(qtbot: QtBot, context: AppContext, db: Database) -> None:
    _organisation(db, "Lieksan työpaja")
    dialog = OrganisationDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.edits["name"].setText("lieksan TYÖPAJA")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["name"].isVisible() and "Lieksan työpaja" in dialog.errors["name"].text()

    with db.session(acting(db)) as session:
        [organisation] = [o for o in pd.directory(session) if o.name == "Lieksan työpaja"]
    service_dialog = ServiceDialog(context, organisation)
    qtbot.addWidget(service_dialog)
    service_dialog.show()
    service_dialog.name.setText("Kuntouttava työtoiminta")
    service_dialog.response_days.setText("400")
    qtbot.mouseClick(service_dialog.save_button, Qt.MouseButton.LeftButton)
    assert service_dialog.service_id is None and service_dialog.errors["response_days"].isVisible()


def test_service_added_then_not_taking_referrals(qtbot: QtBot, partners: PartnersWidget, db: Database) -> None:
    _organisation(db, "Lieksan työpaja")
    partners.refresh()
    _select_organisation(partners, "Lieksan työpaja")
    organisation = partners.selected_organisation()
    assert organisation is not None and not partners.service_empty.isHidden()

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ServiceDialog)
        dialog.name.setText("Työkokeilu")
        dialog.response_days.setText("10")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_modal(fill)
    qtbot.mouseClick(partners.new_service_button, Qt.MouseButton.LeftButton)
    service = partners.selected_service()
    assert service is not None and (service.name, service.response_days) == ("Työkokeilu", 10)
    assert partners.service_model.data(partners.service_model.index(0, 2)) == _tr("Yes")
    with db.session(acting(db)) as session:
        assert service.id in {c.service_id for c in pd.referable_services(session)}

    assert partners.referrals_button.text() == _tr("Not taking referrals now")
    qtbot.mouseClick(partners.referrals_button, Qt.MouseButton.LeftButton)
    service = partners.selected_service()
    assert service is not None and not service.accepts_referrals, "still chosen after the switch"
    assert partners.service_model.data(partners.service_model.index(0, 2)) == _tr("No")
    assert partners.referrals_button.text() == _tr("Taking referrals again")
    with db.session(acting(db)) as session:
        assert service.id not in {c.service_id for c in pd.referable_services(session)}

    qtbot.mouseClick(partners.referrals_button, Qt.MouseButton.LeftButton)
    with db.session(acting(db)) as session:
        assert service.id in {c.service_id for c in pd.referable_services(session)}


def test_inactive_organisation_hidden_unless_asked_for(qtbot: QtBot, partners: PartnersWidget, db: Database) -> None:
    _organisation(db, "Vanha hanke", PartnerCategory.THIRD_SECTOR)
    partners.refresh()
    _select_organisation(partners, "Vanha hanke")
    assert partners.organisation_active_button.text() == _tr("Make inactive")
    qtbot.mouseClick(partners.organisation_active_button, Qt.MouseButton.LeftButton)
    assert "Vanha hanke" not in _names(partners)
    assert partners.selected_organisation() is None and not partners.edit_organisation_button.isEnabled()

    partners.show_inactive.setChecked(True)
    assert "Vanha hanke" in _names(partners)
    _select_organisation(partners, "Vanha hanke")
    assert partners.organisation_active_button.text() == _tr("Make active")
    qtbot.mouseClick(partners.organisation_active_button, Qt.MouseButton.LeftButton)
    partners.show_inactive.setChecked(False)
    assert "Vanha hanke" in _names(partners)


def test_models_pass_the_model_tester(qtmodeltester: ModelTester, partners: PartnersWidget, db: Database) -> None:
    organisation_id = _organisation(db, "Lieksan työpaja")
    with db.transaction(acting(db)) as session:
        pd.create_service(session, organisation_id, pd.ServiceInput(name="Työkokeilu"))
        pd.create_service(session, organisation_id, pd.ServiceInput(name="Ohjaus", response_days="5"))
    partners.refresh()
    _select_organisation(partners, "Lieksan työpaja")
    qtmodeltester.check(partners.organisation_model)
    qtmodeltester.check(partners.service_model)
