import importlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from vauhdittamo import paths


def test_everything_below_the_override(isolated_home: Path) -> None:
    assert paths.data_dir() == isolated_home / "data"
    assert paths.log_dir() == isolated_home / "logs"
    assert paths.config_dir() == isolated_home / "config"
    assert paths.default_database_path() == isolated_home / "data" / "vauhdittamo.sqlite3"


def test_platform_folders_have_no_vendor_level(monkeypatch: pytest.MonkeyPatch) -> None:
    paths.set_base_dir(None)
    monkeypatch.delenv(paths.HOME_ENV)
    data = paths.data_dir()
    assert data.name == "vauhdittamo"
    assert "vauhdittamo" not in data.parent.name.lower()


def test_importing_the_app_creates_no_folders(tmp_path: Path) -> None:
    home = tmp_path / "fresh-home"
    env = {**os.environ, paths.HOME_ENV: str(home), "HOME": str(tmp_path / "user"), "XDG_DATA_HOME": "",
           "XDG_CONFIG_HOME": "", "XDG_STATE_HOME": ""}
    code = "import vauhdittamo.paths, vauhdittamo.db, vauhdittamo.cli, vauhdittamo.app"
    subprocess.run([sys.executable, "-c", code], env=env, check=True)
    assert not home.exists()
    assert not (tmp_path / "user").exists()


def test_resources_folder_has_the_translations_and_style() -> None:
    importlib.reload(paths)
    resources = paths.resources_dir()
    assert (resources / "style.qss").is_file()
    assert (resources / "translations" / "vauhdittamo_fi.qm").is_file()
