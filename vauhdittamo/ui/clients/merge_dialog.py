"""Merging two records of one person: which record is kept, which value of each differing field, what moves.

The preview (:func:`vauhdittamo.services.merging.merge_preview`) is read in the background. Each field whose
values differ is a choice between the kept record's value and the other's, chosen at first as the service
suggests (the other's value where the kept record has none). "Keep the other record instead" swaps the two.
The merge itself needs a tick in "These two records are the same person" and runs in one transaction
(:func:`vauhdittamo.services.merging.merge_clients`); it cannot be undone.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from vauhdittamo.db import Database
from vauhdittamo.errors import QT_TRANSLATE_NOOP, AppError
from vauhdittamo.models import Language
from vauhdittamo.services.merging import MergeField, MergePreview, merge_clients, merge_preview
from vauhdittamo.services.permissions import StaffActor
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.labels import label
from vauhdittamo.ui.partners.organisation_dialog import error_label
from vauhdittamo.ui.tasks import Outcome, TaskRunner
from vauhdittamo.ui.widgets.busy import BusyLabel

# The client's fields as the merge dialog names them.
FIELD_LABELS = {
    "first_name": QT_TRANSLATE_NOOP("MergeDialog", "First name"),
    "last_name": QT_TRANSLATE_NOOP("MergeDialog", "Last name"),
    "birth_date": QT_TRANSLATE_NOOP("MergeDialog", "Birth date"),
    "personal_id": QT_TRANSLATE_NOOP("MergeDialog", "Personal identity code"),
    "municipality": QT_TRANSLATE_NOOP("MergeDialog", "Home municipality"),
    "village": QT_TRANSLATE_NOOP("MergeDialog", "Village"),
    "language": QT_TRANSLATE_NOOP("MergeDialog", "Language"),
    "phone": QT_TRANSLATE_NOOP("MergeDialog", "Phone"),
    "email": QT_TRANSLATE_NOOP("MergeDialog", "Email"),
    "address": QT_TRANSLATE_NOOP("MergeDialog", "Address"),
    "personal_coach_id": QT_TRANSLATE_NOOP("MergeDialog", "Personal coach"),
}


def load_preview(db: Database, actor: StaffActor, kept_id: str, other_id: str) -> MergePreview:
    """The background job: what merging *other_id* into *kept_id* would do."""
    with db.session(actor) as session:
        return merge_preview(session, kept_id, other_id)


def _shown(field: MergeField, text: str) -> str:
    if not text:
        return "—"
    if field.name == "language" and text in {m.value for m in Language}:
        return label(Language(text))
    return text


class MergeDialog(QDialog):
    """After ``accept()``: ``merged`` is true, ``kept_id`` the record kept and ``other_id`` the one merged into it."""

    def __init__(
        self,
        context: AppContext,
        kept_id: str,
        other_id: str,
        parent: QWidget | None = None,
        *,
        background: bool | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.kept_id, self.other_id = kept_id, other_id
        self.merged = False
        self.preview: MergePreview | None = None
        self.choices: dict[str, QButtonGroup] = {}
        self.setWindowTitle(self.tr("Merge two client records"))
        self.resize(760, 600)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Merge two client records"))
        title.setObjectName("dialogTitle")
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "Everything recorded about the other record moves to the kept record. The other record is then "
                "hidden everywhere and points to the kept one, on every computer after syncing. A merge cannot be "
                "undone."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        who = QHBoxLayout()
        self.kept_label = QLabel()
        self.kept_label.setObjectName("sectionTitle")
        self.kept_label.setWordWrap(True)
        self.swap_button = QPushButton(self.tr("Keep the other record instead"))
        self.swap_button.setAutoDefault(False)
        self.swap_button.clicked.connect(self.swap)
        who.addWidget(self.kept_label, 1)
        who.addWidget(self.swap_button)
        layout.addLayout(who)
        self.other_label = QLabel()
        self.other_label.setWordWrap(True)
        layout.addWidget(self.other_label)

        self.fields_caption = QLabel()
        self.fields_caption.setWordWrap(True)
        layout.addWidget(self.fields_caption)
        self.fields = QFrame()
        self.fields.setObjectName("panel")
        self.grid = QGridLayout(self.fields)
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(4)
        layout.addWidget(self.fields)
        layout.addStretch(1)

        self.moves_label = QLabel()
        self.moves_label.setWordWrap(True)
        layout.addWidget(self.moves_label)
        self.confirm = QCheckBox(self.tr("I have checked that these two records are the same person"))
        self.confirm.toggled.connect(lambda _on: self._update_buttons())
        layout.addWidget(self.confirm)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.busy_label = BusyLabel()
        buttons.addWidget(self.busy_label)
        buttons.addStretch(1)
        self.merge_button = QPushButton(self.tr("Merge the records"))
        self.merge_button.setObjectName("primary")
        self.merge_button.clicked.connect(self.merge)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(cancel)
        layout.addLayout(buttons)

        self.loader = TaskRunner(self, background)
        self._update_buttons()
        self.reload()

    # ------------------------------------------------------------------ the preview

    def move_text(self, kind: str, count: int) -> str:  # noqa: C901 - one short case per kind
        """*count* records of *kind* in words, as "3 visits" (kinds: merging.moves.KINDS)."""
        if kind == "visits":
            return self.tr("%n visit(s)", "", count)
        if kind == "referrals":
            return self.tr("%n referral(s)", "", count)
        if kind == "workshop_marks":
            return self.tr("%n workshop attendance mark(s)", "", count)
        if kind == "enrolments":
            return self.tr("%n workshop enrolment(s)", "", count)
        if kind == "certificates":
            return self.tr("%n competence certificate(s)", "", count)
        if kind == "consents":
            return self.tr("%n consent(s)", "", count)
        if kind == "path_goals":
            return self.tr("%n path goal(s)", "", count)
        if kind == "notes":
            return self.tr("%n note(s)", "", count)
        if kind == "participations":
            return self.tr("%n project participation(s)", "", count)
        if kind == "outreach_entries":
            return self.tr("%n outreach list entry(-ies)", "", count)
        return f"{kind}: {count}"

    def reload(self) -> None:
        self.busy_label.set_busy(True)
        self.swap_button.setEnabled(False)
        job = functools.partial(load_preview, self.context.db, self.context.actor, self.kept_id, self.other_id)
        self.loader.run(job, self._loaded)

    def _loaded(self, outcome: Outcome) -> None:
        self.busy_label.set_busy(False)
        self.swap_button.setEnabled(True)
        if outcome.cancelled:
            return
        if outcome.error is not None:
            if isinstance(outcome.error, AppError):
                self.preview = None
                self._say(outcome.error.translated(QCoreApplication.translate))
                self._update_buttons()
                return
            raise outcome.error
        self._show(outcome.result)

    def _show(self, preview: MergePreview) -> None:
        self.preview = preview
        self._say("")
        self.kept_label.setText(self.tr("Kept: {name}").format(name=preview.kept_name))
        self.other_label.setText(self.tr("Merged into it and then hidden: {name}").format(name=preview.other_name))
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for group in self.choices.values():
            group.deleteLater()
        self.choices = {}
        if preview.fields:
            self.fields_caption.setText(self.tr("These details differ. Choose the value the kept record is to have:"))
            for column, heading in ((1, self.tr("Kept record")), (2, self.tr("Other record"))):
                caption = QLabel(heading)
                caption.setObjectName("mutedLabel")
                self.grid.addWidget(caption, 0, column)
        else:
            self.fields_caption.setText(self.tr("The two records hold the same details."))
        self.fields.setVisible(bool(preview.fields))
        for row, field in enumerate(preview.fields, start=1):
            name = QLabel(QCoreApplication.translate("MergeDialog", FIELD_LABELS.get(field.name, field.name)))
            group = QButtonGroup(self)
            kept = QRadioButton(_shown(field, field.kept_text))
            other = QRadioButton(_shown(field, field.other_text))
            for index, button in enumerate((kept, other)):
                button.setObjectName(f"{field.name}_{'other' if index else 'kept'}")
                group.addButton(button, index)
            (other if field.take_other else kept).setChecked(True)
            name.setBuddy(kept)
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(kept, row, 1)
            self.grid.addWidget(other, row, 2)
            self.choices[field.name] = group
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.grid.setRowStretch(len(preview.fields) + 1, 1)
        moves = [
            self.move_text(kind, count)
            for kind, count in preview.moves.items()
            if count
        ]
        self.moves_label.setText(
            self.tr("Moves to the kept record: {what}.").format(what=", ".join(moves))
            if moves
            else self.tr("Nothing else is recorded about the other record.")
        )
        self._update_buttons()

    def taken_from_other(self) -> list[str]:
        """The fields whose value is taken from the other record, as chosen."""
        return [name for name, group in self.choices.items() if group.checkedId() == 1]

    def choose(self, field: str, take_other: bool) -> None:
        """Choose the kept record's value of *field* (``False``) or the other's (``True``)."""
        self.choices[field].button(1 if take_other else 0).setChecked(True)

    # ------------------------------------------------------------------ actions

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _update_buttons(self) -> None:
        self.merge_button.setEnabled(self.preview is not None and self.confirm.isChecked())

    def swap(self) -> None:
        """Keep the other record instead (the choices start again from the suggestions)."""
        self.kept_id, self.other_id = self.other_id, self.kept_id
        self.confirm.setChecked(False)
        self.reload()

    def merge(self) -> None:
        if self.preview is None or not self.confirm.isChecked():
            return
        self._say("")
        try:
            with self.context.transaction() as session:
                merge_clients(session, self.kept_id, self.other_id, self.taken_from_other())
        except AppError as exc:
            self._say(exc.translated(QCoreApplication.translate))
            return
        self.merged = True
        self.accept()
