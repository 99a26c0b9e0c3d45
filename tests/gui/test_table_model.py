import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from vauhdittamo.ui.widgets.table_model import ROW_ROLE, SORT_ROLE, Column, RowTableModel
from vauhdittamo.ui.widgets.table_view import RowTableView


@dataclass
class Person:
    name: str
    born: dt.date


def _model() -> RowTableModel[Person]:
    return RowTableModel([Column("Name", lambda p: p.name), Column("Born", lambda p: p.born.isoformat(),
                                                                  lambda p: p.born)])


def test_row_table_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = _model()
    model.set_rows([Person("Åberg", dt.date(2001, 5, 31)), Person("Järvinen", dt.date(1952, 10, 13))])
    qtmodeltester.check(model)
    model.set_rows([])
    qtmodeltester.check(model)


def test_roles_give_the_row_and_sort_key() -> None:
    model = _model()
    person = Person("Öhman", dt.date(1990, 1, 1))
    model.set_rows([person])
    assert model.data(model.index(0, 0), ROW_ROLE) is person
    assert model.data(model.index(0, 0)) == "Öhman"
    assert model.data(model.index(0, 0), SORT_ROLE) == "öhman"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Born"


def test_view_sorts_dates_as_dates(qtbot: QtBot) -> None:
    model = _model()
    view = RowTableView(model)
    qtbot.addWidget(view)
    model.set_rows(
        [Person("B", dt.date(2001, 1, 2)), Person("A", dt.date(1999, 12, 31)), Person("C", dt.date(2000, 6, 1))]
    )
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert [view.model().index(r, 0).data() for r in range(3)] == ["A", "C", "B"]
    view.selectRow(0)
    assert view.selected_row().name == "A"
