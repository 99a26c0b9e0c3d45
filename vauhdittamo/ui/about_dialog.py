"""The About window: the app's version, the database (schema version, file) and the bundled libraries' licences."""

from __future__ import annotations

import logging

import PySide6
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vauhdittamo import APP_DISPLAY_NAME
from vauhdittamo.errors import AppError
from vauhdittamo.services import about
from vauhdittamo.ui.context import AppContext

log = logging.getLogger(__name__)

QT_SOURCE_URL = "https://download.qt.io"
PYSIDE_SOURCE_URL = "https://pypi.org/project/PySide6/"


class AboutDialog(QDialog):
    """Version, database and licences; the list of libraries shows the chosen one's licence text."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("About {app}").format(app=APP_DISPLAY_NAME))
        self.setMinimumSize(760, 560)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        heading = QLabel(APP_DISPLAY_NAME)
        heading.setObjectName("dialogTitle")
        layout.addWidget(heading)
        self.version_label = QLabel(self.tr("Version {version}").format(version=about.app_version()))
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.version_label)
        own = QLabel(self.tr("Licensed under the European Union Public Licence (EUPL) version 1.2."))
        own.setObjectName("mutedLabel")
        layout.addWidget(own)

        form = QFormLayout()
        self.path_label = QLabel()
        self.path_label.setWordWrap(True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.schema_label = QLabel()
        self.schema_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Database file"), self.path_label)
        form.addRow(self.tr("Schema version"), self.schema_label)
        layout.addLayout(form)
        self._load_database()

        self.qt_label = QLabel(
            self.tr(
                "This app uses Qt {qt} and PySide6 {pyside} under the GNU Lesser General Public License "
                "version 3 (LGPL-3.0). Their source code is available at <a href=\"{qt_url}\">{qt_url}</a> and "
                "<a href=\"{pyside_url}\">{pyside_url}</a>. The app is installed as a folder, so the Qt "
                "libraries in it are separate files: you may replace them with your own build of the same "
                "Qt version."
            ).format(qt=qVersion(), pyside=PySide6.__version__, qt_url=QT_SOURCE_URL, pyside_url=PYSIDE_SOURCE_URL)
        )
        self.qt_label.setWordWrap(True)
        self.qt_label.setTextFormat(Qt.TextFormat.RichText)
        self.qt_label.setOpenExternalLinks(True)
        layout.addWidget(self.qt_label)

        layout.addWidget(QLabel(self.tr("Libraries included in the app and their licences")))
        row = QHBoxLayout()
        self.components = about.bundled_components()
        self.component_list = QListWidget()
        self.component_list.setAccessibleName(self.tr("Libraries"))
        for component in self.components:
            text = f"{component.name} {component.version}".strip() + f" — {component.license}"
            item = QListWidgetItem(text)
            item.setToolTip(component.url)
            self.component_list.addItem(item)
        self.license_view = QPlainTextEdit()
        self.license_view.setReadOnly(True)
        self.license_view.setAccessibleName(self.tr("Licence text"))
        self.license_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        row.addWidget(self.component_list, 2)
        row.addWidget(self.license_view, 3)
        layout.addLayout(row, 1)
        self.component_list.currentRowChanged.connect(self._show_license)
        if not self.components:
            self.license_view.setPlainText(
                self.tr("The licence files are missing from this installation ({folder}).").format(
                    folder=str(about.licenses_dir())
                )
            )

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.folder_button = QPushButton(self.tr("Show the licence files"))
        self.folder_button.setAutoDefault(False)
        self.folder_button.clicked.connect(self._open_folder)
        self.folder_button.setEnabled(about.licenses_dir().is_dir())
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if self.components:
            self.component_list.setCurrentRow(0)

    def _load_database(self) -> None:
        self.path_label.setText(str(self.context.db.path))
        try:
            with self.context.session() as session:
                info = about.database_info(session, self.context.db.path)
        except AppError as exc:
            log.warning("cannot read the schema version: %s", exc.message)
            self.schema_label.setText(self.tr("unknown"))
            return
        found = info.schema_version or self.tr("unknown")
        if info.schema_version == info.expected_schema:
            self.schema_label.setText(found)
        else:
            self.schema_label.setText(
                self.tr("{found} (this version of the app works with {expected})").format(
                    found=found, expected=info.expected_schema
                )
            )

    def _show_license(self, row: int) -> None:
        if not 0 <= row < len(self.components):
            self.license_view.clear()
            return
        component = self.components[row]
        parts = [f"{component.name} {component.version}".strip(), component.license]
        if component.note:
            parts.append(component.note)
        if component.url:
            parts.append(component.url)
        self.license_view.setPlainText("\n".join(parts) + "\n\n" + about.license_text(component))
        self.license_view.moveCursor(self.license_view.textCursor().MoveOperation.Start)

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(about.licenses_dir())))
