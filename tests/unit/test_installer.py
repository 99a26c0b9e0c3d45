"""The installer's files, checked where they can be on Linux (Inno Setup's compiler, iscc, runs only on Windows).

The Inno Setup script is parsed into its sections and the settings a municipality's roll-out relies on are
asserted: a per-user install without administrator rights, a Start-menu entry, the version from the build,
and an uninstaller that keeps the user's data unless asked. The PyInstaller spec's version resource and Qt
exclusions, and the licence collection, are checked too. installer/smoke_test.py tests the built app itself.
"""

from __future__ import annotations

import ast
import json
import re
import sys
from pathlib import Path

import pytest

from vauhdittamo import APP_NAME, __version__

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
ISS = INSTALLER / "vauhdittamo.iss"
SPEC = INSTALLER / "vauhdittamo.spec"

sys.path.insert(0, str(INSTALLER))
import collect_licenses  # noqa: E402
import version_info  # noqa: E402


def iss_sections() -> dict[str, list[str]]:
    """The script's sections: their lines without comments, blank lines and preprocessor directives."""
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in ISS.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if current != "Code" and (not line or line.startswith((";", "#"))):
            continue
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            current = header.group(1)
            assert current not in sections, f"section [{current}] twice"
            sections[current] = []
            continue
        sections.setdefault(current, []).append(line)
    return sections


def setup_directives() -> dict[str, str]:
    directives: dict[str, str] = {}
    for line in iss_sections()["Setup"]:
        key, _, value = line.partition("=")
        assert key not in directives, f"[Setup] {key} twice"
        directives[key.strip()] = value.strip()
    return directives


def entries(section: str) -> list[dict[str, str]]:
    """A section's entries as ``Name: value;`` parameters."""
    result = []
    for line in iss_sections()[section]:
        params = {}
        for part in re.findall(r'(\w+):\s*("[^"]*"|[^;]+)', line):
            params[part[0]] = part[1].strip().strip('"')
        result.append(params)
    return result


def test_installs_for_the_current_user_without_administrator_rights() -> None:
    setup = setup_directives()
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["PrivilegesRequiredOverridesAllowed"] == "dialog"  # an administrator may pick all users
    assert setup["DefaultDirName"].startswith("{autopf}\\")  # %LOCALAPPDATA%\Programs per user
    # Nothing written where a standard user may not write: no HKLM keys, no {commonpf}, no service.
    text = ISS.read_text(encoding="utf-8")
    for forbidden in ("HKLM", "{commonpf}", "{pf}", "{commonprograms}", "{sys}", "{win}"):
        assert forbidden not in text, forbidden


def test_keeps_its_identity_and_takes_the_version_from_the_build() -> None:
    setup = setup_directives()
    assert setup["AppId"] == "{{6E0C7A52-2B7B-4C7E-9B53-5E9D3B8E7A11}"  # never change: upgrades find it
    assert setup["AppVersion"] == "{#AppVersion}"
    text = ISS.read_text(encoding="utf-8")
    assert 'GetFileProductVersionString(AddBackslash(SourcePath) + BuildDir + "\\" + AppExe)' in text
    assert '#define BuildDir "..\\dist\\vauhdittamo"' in text
    assert text.count("#if") == text.count("#endif")
    (files,) = entries("Files")
    assert files["Source"] == "{#BuildDir}\\*" and "recursesubdirs" in files["Flags"]


def test_puts_the_app_in_the_start_menu() -> None:
    icons = entries("Icons")
    start_menu = [icon for icon in icons if icon["Name"].startswith("{group}\\")]
    assert start_menu and start_menu[0]["Filename"] == "{app}\\{#AppExe}"
    desktop = [icon for icon in icons if icon["Name"].startswith("{autodesktop}")]
    assert all(icon.get("Tasks") == "desktopicon" for icon in desktop)  # the desktop icon only when chosen
    assert '#define AppExe "vauhdittamo.exe"' in ISS.read_text(encoding="utf-8")


def test_the_languages_are_finnish_swedish_and_english_and_every_message_is_in_each() -> None:
    languages = [entry["Name"] for entry in entries("Languages")]
    assert languages == ["fi", "sv", "en"]
    messages = [line.split("=", 1)[0] for line in iss_sections()["CustomMessages"]]
    names = {m.split(".", 1)[1] for m in messages}
    assert {f"{lang}.{name}" for lang in languages for name in names} == set(messages)


def test_uninstalling_keeps_the_data_unless_the_user_asks(monkeypatch: pytest.MonkeyPatch) -> None:
    code = "\n".join(iss_sections()["Code"])
    assert "procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);" in code
    assert "MB_DEFBUTTON2" in code  # "No" is the default answer
    assert "Remove := CommandLineHas('/REMOVEDATA')" in code  # a silent uninstall keeps the data
    # The only deletion is of the data folder, and only after a yes.
    assert code.count("DelTree(") == 1 and re.search(r"if Remove then\s+DelTree\(DataDir", code)
    # The folder is the one platformdirs gives on Windows for the app's data, logs and settings.
    folder = re.search(r"ExpandConstant\('\{localappdata\}\\(\w+)'\)", code)
    assert folder is not None and folder.group(1) == APP_NAME
    import platformdirs.windows

    local = "C:\\Users\\anna\\AppData\\Local"
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", lambda csidl: local + "|" + csidl)
    windows = platformdirs.windows.Windows(APP_NAME, appauthor=False, roaming=False)  # as vauhdittamo/paths.py
    data = f"{local}|CSIDL_LOCAL_APPDATA"
    for path in (windows.user_data_dir, windows.user_config_dir, windows.user_log_dir):
        assert path.replace("\\", "/").startswith(f"{data}/{APP_NAME}".replace("\\", "/")), path


def test_the_paths_module_uses_the_folders_the_uninstaller_removes() -> None:
    source = (ROOT / "vauhdittamo" / "paths.py").read_text(encoding="utf-8")
    assert "PlatformDirs(APP_NAME, appauthor=False, roaming=False)" in source


def _spec_list(name: str) -> list[str]:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            value = ast.literal_eval(node.value)
            assert isinstance(value, list)
            return [str(v) for v in value]
    raise AssertionError(f"{name} not in the spec")


def test_the_spec_leaves_out_only_qt_modules_the_app_never_imports() -> None:
    used = set()
    for path in (ROOT / "vauhdittamo").rglob("*.py"):
        used |= set(re.findall(r"(?:from|import) PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    unused = set(_spec_list("UNUSED_QT_MODULES"))
    assert not used & unused, used & unused
    # What QtCharts needs stays in.
    assert not {"QtOpenGL", "QtOpenGLWidgets", "QtDBus"} & unused
    assert {"QtWebEngineCore", "Qt3DCore", "QtQuick", "QtQml", "QtMultimedia", "QtBluetooth", "QtNetwork"} <= unused


def test_the_version_resource_carries_the_package_version() -> None:
    text = version_info.version_resource(__version__)
    names = ["VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct", "VarFileInfo",
             "VarStruct"]
    namespace = {name: (lambda *args, _name=name, **kwargs: (_name, args, kwargs)) for name in names}
    kind, _, fields = eval(text, namespace)  # noqa: S307 - our own generated text, with stand-in constructors
    assert kind == "VSVersionInfo"
    assert fields["ffi"][2]["filevers"] == version_info.version_tuple(__version__)
    strings = {s[1][0]: s[1][1] for s in fields["kids"][0][1][0][0][1][1]}
    assert strings["ProductVersion"] == __version__ and strings["ProductName"] == "Vauhdittamo desk"
    assert strings["OriginalFilename"] == "vauhdittamo.exe"


@pytest.mark.parametrize(
    ("version", "numbers"),
    [("0.1.0", (0, 1, 0, 0)), ("1.2.3rc1", (1, 2, 3, 0)), ("2", (2, 0, 0, 0)), ("1.4.0.dev2+g1234", (1, 4, 0, 0))],
)
def test_windows_version_numbers(version: str, numbers: tuple[int, int, int, int]) -> None:
    assert version_info.version_tuple(version) == numbers


def test_the_licences_are_collected_from_the_installed_packages(tmp_path: Path) -> None:
    components = collect_licenses.collect(tmp_path)
    index = json.loads((tmp_path / "index.json").read_text(encoding="utf-8"))
    assert [c["name"] for c in index["components"]] == [c.name for c in components]
    by_name = {c.name: c for c in components}
    for name in ("SQLAlchemy", "alembic", "platformdirs", "keyring", "openpyxl", "psycopg", "SQLCipher", "Python"):
        assert name in by_name, name
    qt = next(c for c in components if c.name.startswith("Qt"))
    assert qt.license == "LGPL-3.0-only" and qt.version
    for component in components:
        assert component.files, component.name
        for file in component.files:
            assert (tmp_path / file).read_text(encoding="utf-8").strip(), file
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (tmp_path / "Qt-LGPL-3.0.txt").read_text(encoding="utf-8")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the repository's copy is collected on Linux")
def test_the_repository_copy_of_the_licences_lists_the_same_components(tmp_path: Path) -> None:
    """resources/licenses/ is current: run installer/collect_licenses.py after changing a dependency."""
    fresh = {c.name for c in collect_licenses.collect(tmp_path)}
    stored = json.loads((ROOT / "resources" / "licenses" / "index.json").read_text(encoding="utf-8"))
    assert {c["name"] for c in stored["components"]} == fresh
