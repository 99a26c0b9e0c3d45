"""The projects (hanke) the centre reports to: the list with each one's participants so far, and its form.

Coordinators and administrators add, change and remove projects; anyone else sees the list only.
Opened from the Reports page: ``ProjectsDialog(context, parent).exec()``; ``changed`` tells afterwards
whether anything was saved.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from vauhdittamo.errors import AppError, ValidationError
from vauhdittamo.services import projects as pj
from vauhdittamo.services import validation
from vauhdittamo.services.permissions import Permission
from vauhdittamo.services.projects import ProjectRow
from vauhdittamo.ui.clients.card.widgets import button, button_row, error_label
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.format import format_date
from vauhdittamo.ui.permissions import can
from vauhdittamo.ui.widgets.forms import confirm
from vauhdittamo.ui.widgets.page import EmptyHint
from vauhdittamo.ui.widgets.table_model import Column, RowTableModel
from vauhdittamo.ui.widgets.table_view import RowTableView

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LINE_FIELDS = ("name", "code", "funder", "start_date", "end_date", "participant_target")


def _period(row: ProjectRow) -> str:
    return f"{format_date(row.start_date)}–{format_date(row.end_date)}"


class ProjectsDialog(QDialog):
    """The list of projects and a form for the selected one (or a new one)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.may_manage = can(context, Permission.MANAGE_PROJECTS)
        self.editing_id: str | None = None
        self.changed = False
        self.setWindowTitle(self.tr("Projects"))
        self.setMinimumSize(860, 560)
        self.resize(980, 680)

        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Projects"))
        title.setObjectName("dialogTitle")
        layout.addWidget(title)
        hint = QLabel(self.tr("The funded projects (hanke) clients take part in. A client joins a project on "
                              "the Projects tab of the client card."))
        hint.setObjectName("mutedLabel")
        hint.setWordWrap(True)
        layout.addWidget(hint)

        self.model: RowTableModel[ProjectRow] = RowTableModel(
            [
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Funder"), lambda r: r.funder),
                Column(self.tr("Period"), _period, lambda r: r.start_date),
                Column(self.tr("Target"), lambda r: "" if r.participant_target is None else str(r.participant_target),
                       lambda r: r.participant_target, RIGHT),
                Column(self.tr("Participants"), lambda r: str(r.participants), lambda r: r.participants, RIGHT),
            ]
        )
        self.view = RowTableView(self.model)
        self.view.setObjectName("projectsTable")
        self.view.set_column_widths(300, 240, 190, 80, 120)
        self.view.stretch_column(0)
        self.view.selectionModel().selectionChanged.connect(self._selected)
        layout.addWidget(self.view, 1)
        self.empty = EmptyHint(self.tr("No projects yet."))
        layout.addWidget(self.empty)

        layout.addWidget(self._build_form())
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.close_button = button(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)

        self.reload()
        self.new_project()
        (self.edits["name"] if self.may_manage else self.view).setFocus()

    def _build_form(self) -> QGroupBox:
        self.form_group = QGroupBox(self.tr("New project"))
        outer = QVBoxLayout(self.form_group)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        outer.addLayout(columns)
        captions = {
            "name": self.tr("Name"),
            "code": self.tr("Funder's code"),
            "funder": self.tr("Funder"),
            "start_date": self.tr("Starts"),
            "end_date": self.tr("Ends"),
            "participant_target": self.tr("Participant target"),
        }
        placeholders = {
            "code": self.tr("e.g. S30123 (EURA 2021)"),
            "funder": self.tr("e.g. Pohjois-Karjalan ELY-keskus"),
            "start_date": self.tr("e.g. 1.1.2026"),
            "end_date": self.tr("empty: open"),
            "participant_target": self.tr("e.g. 530 (optional)"),
        }
        limits = {"name": pj.NAME_LIMIT, "code": pj.CODE_LIMIT, "funder": pj.FUNDER_LIMIT, "start_date": 10,
                  "end_date": 10, "participant_target": 9}
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        forms = (QFormLayout(), QFormLayout())
        for form in forms:
            form.setVerticalSpacing(4)
            columns.addLayout(form, 1)
        for index, name in enumerate(LINE_FIELDS):
            edit = QLineEdit()
            edit.setObjectName(f"field_{name}")
            edit.setMaxLength(limits[name])
            edit.setPlaceholderText(placeholders.get(name, ""))
            edit.returnPressed.connect(self.save)
            self.edits[name] = edit
            caption = QLabel(captions[name])
            caption.setBuddy(edit)
            form = forms[0 if index < 3 else 1]
            form.addRow(caption, edit)
            self.errors[name] = error_label()
            form.addRow(self.errors[name])  # across the form: a hidden error takes no room
        self.description = QPlainTextEdit()
        self.description.setObjectName("field_description")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(56)
        description_caption = QLabel(self.tr("Description"))
        description_caption.setBuddy(self.description)
        description_form = QFormLayout()
        description_form.addRow(description_caption, self.description)
        self.errors["description"] = error_label()
        description_form.addRow(self.errors["description"])
        outer.addLayout(description_form)
        self.form_error = error_label()
        outer.addWidget(self.form_error)
        self.save_button = button(self.tr("Save"), primary=True)
        self.save_button.clicked.connect(self.save)
        self.new_button = button(self.tr("New project"))
        self.new_button.clicked.connect(self.new_project)
        self.remove_button = button(self.tr("Remove…"))
        self.remove_button.setToolTip(self.tr("Only a project nobody takes part in can be removed"))
        self.remove_button.clicked.connect(self.remove_project)
        outer.addLayout(button_row(self.save_button, self.new_button, self.remove_button))
        if not self.may_manage:
            note = QLabel(self.tr("Only coordinators and administrators add or change projects."))
            note.setObjectName("mutedLabel")
            outer.addWidget(note)
            for widget in (*self.edits.values(), self.description, self.save_button, self.new_button,
                           self.remove_button):
                widget.setEnabled(False)
        return self.form_group

    # ------------------------------------------------------------------ showing

    def reload(self, select_id: str | None = None) -> None:
        with self.context.session() as session:
            rows = pj.list_projects(session)
        self.model.set_rows(rows)
        self.view.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        if select_id is not None:
            for index, row in enumerate(self.model.rows()):
                if row.project_id == select_id:
                    self.view.selectRow(index)

    def selected_row(self) -> ProjectRow | None:
        row = self.view.selected_row()
        return row if isinstance(row, ProjectRow) else None

    def _selected(self, *_args: object) -> None:
        row = self.selected_row()
        if row is not None:
            self.show_project(row)

    def show_project(self, row: ProjectRow) -> None:
        self.editing_id = row.project_id
        self.form_group.setTitle(self.tr("Project: {name}").format(name=row.name))
        values = {
            "name": row.name,
            "code": row.code,
            "funder": row.funder,
            "start_date": format_date(row.start_date),
            "end_date": format_date(row.end_date),
            "participant_target": "" if row.participant_target is None else str(row.participant_target),
        }
        for name, edit in self.edits.items():
            edit.setText(values[name])
        self.description.setPlainText(row.description)
        self.remove_button.setEnabled(self.may_manage and row.participants == 0)
        self._clear_errors()

    def new_project(self) -> None:
        """Empty the form for a new project."""
        self.editing_id = None
        self.view.clearSelection()
        self.form_group.setTitle(self.tr("New project"))
        for edit in self.edits.values():
            edit.clear()
        self.description.clear()
        self.remove_button.setEnabled(False)
        self._clear_errors()
        if self.may_manage and self.isVisible():
            self.edits["name"].setFocus()

    def _clear_errors(self) -> None:
        for error in (*self.errors.values(), self.form_error):
            error.setVisible(False)

    # ------------------------------------------------------------------ changing

    def _date(self, name: str) -> str:
        return self.edits[name].text().strip()

    def project_input(self) -> pj.ProjectInput:
        """The form as the service takes it (a badly written date raises :class:`ValidationError`)."""
        start, end = self._date("start_date"), self._date("end_date")
        return pj.ProjectInput(
            name=self.edits["name"].text(),
            code=self.edits["code"].text(),
            funder=self.edits["funder"].text(),
            start_date=validation.parse_date(start, "start_date") if start else None,
            end_date=validation.parse_date(end, "end_date") if end else None,
            participant_target=self.edits["participant_target"].text(),
            description=self.description.toPlainText(),
        )

    def _show_error(self, exc: AppError) -> None:
        field = exc.field if isinstance(exc, ValidationError) else None
        target = self.errors.get(field or "", self.form_error)
        target.setText(exc.translated(QCoreApplication.translate))
        target.setVisible(True)

    def save(self) -> None:
        if not self.may_manage:
            return
        self._clear_errors()
        try:
            data = self.project_input()
            with self.context.transaction() as session:
                if self.editing_id is None:
                    project_id = pj.add_project(session, data).id
                else:
                    project_id = pj.change_project(session, self.editing_id, data).id
        except AppError as exc:
            self._show_error(exc)
            return
        self.changed = True
        self.reload(select_id=project_id)

    def remove_project(self) -> None:
        row = self.selected_row()
        if row is None or not self.may_manage:
            return
        if not confirm(self, self.tr("Remove project"), self.tr("Remove the project {name}?").format(name=row.name)):
            return
        try:
            with self.context.transaction() as session:
                pj.delete_project(session, row.project_id)
        except AppError as exc:
            self._show_error(exc)
            return
        self.changed = True
        self.reload()
        self.new_project()
