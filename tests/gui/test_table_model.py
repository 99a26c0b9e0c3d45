import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QModelRoleData, Qt
from PySide6.QtGui import QColor
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from vauhdittamo.ui.widgets.table_model import ROW_ROLE, SORT_ROLE, Column, Index, RowTableModel
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


ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole,
         Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.CheckStateRole, SORT_ROLE, ROW_ROLE)


def _answers(model: RowTableModel[Person], row: int, column: int) -> list[object]:
    """What one multiData call (as a cell's painter makes it) gives for each of ROLES."""
    answers = []
    for role in ROLES:
        slot = QModelRoleData(int(role))
        model.multiData(model.index(row, column), slot)
        answers.append(slot.data())
    return answers


def test_a_cells_painter_gets_every_role_in_one_call_as_data_gives_them() -> None:
    model = RowTableModel([
        Column("Name", lambda p: p.name, colour=lambda p: "#b3261e" if p.name == "Öhman" else None),
        Column("Born", lambda p: p.born.isoformat(), lambda p: p.born, alignment=Qt.AlignmentFlag.AlignRight),
    ])
    people = [Person("Öhman", dt.date(1990, 1, 1)), Person("Åberg", dt.date(2001, 5, 31))]
    model.set_rows(people)
    for row in range(2):
        for column in range(2):
            assert _answers(model, row, column) == [model.data(model.index(row, column), role) for role in ROLES]
    assert _answers(model, 0, 0)[:3] == ["Öhman", int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                                         QColor("#b3261e")]
    assert _answers(model, 1, 0)[2] is None


def test_a_model_answering_a_role_itself_is_asked_for_it_in_the_one_call_too() -> None:
    class Checked(RowTableModel[Person]):
        def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked
            return super().data(index, role)

    model = Checked([Column("Name", lambda p: p.name)])
    model.set_rows([Person("Öhman", dt.date(1990, 1, 1))])
    answers = dict(zip(ROLES, _answers(model, 0, 0), strict=True))  # type: ignore[arg-type]
    assert answers[Qt.ItemDataRole.CheckStateRole] == Qt.CheckState.Checked
    assert answers[Qt.ItemDataRole.DisplayRole] == "Öhman"
