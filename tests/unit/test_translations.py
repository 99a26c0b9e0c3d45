"""Every user-visible string has its Finnish translation, and the compiled catalogues are current."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import update_translations as ut  # noqa: E402


def _untranslated(ts: Path) -> list[str]:
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            forms = translation.findall("numerusform")
            texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
            if translation.get("type") == "unfinished" or not all(t.strip() for t in texts):
                missing.append(f"{name}: {message.findtext('source')}")
    return missing


@pytest.fixture(scope="module")
def fresh_finnish_ts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed Finnish .ts, updated with every string the source code has today."""
    target = tmp_path_factory.mktemp("ts") / "vauhdittamo_fi.ts"
    shutil.copy(ut.ts_file("fi"), target)
    ut.lupdate(target, "fi")
    return target


def test_every_user_visible_string_has_a_finnish_translation(fresh_finnish_ts: Path) -> None:
    missing = _untranslated(fresh_finnish_ts)
    assert not missing, "translate these in resources/translations/vauhdittamo_fi.ts:\n" + "\n".join(missing)


def test_every_string_has_its_class_context(fresh_finnish_ts: Path) -> None:
    """self.tr() looks strings up by class name; lupdate loses it after some nested functions."""
    names = [c.findtext("name") for c in ET.parse(fresh_finnish_ts).getroot().iter("context")]
    assert "" not in names, "a class's strings lost their context; move nested functions to module level"


def test_committed_finnish_catalogue_has_no_stale_strings(fresh_finnish_ts: Path) -> None:
    committed = ut.ts_file("fi").read_text(encoding="utf-8")
    assert fresh_finnish_ts.read_text(encoding="utf-8") == committed, (
        "run: uv run python scripts/update_translations.py"
    )


@pytest.mark.parametrize("language", ut.LANGUAGES)
def test_compiled_catalogue_matches_its_source(language: str, tmp_path: Path) -> None:
    built = tmp_path / f"{language}.qm"
    ut.lrelease(ut.ts_file(language), built)
    assert built.read_bytes() == ut.ts_file(language).with_suffix(".qm").read_bytes(), (
        "run: uv run python scripts/update_translations.py --release"
    )


def test_the_interface_comes_up_in_finnish(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication

    from vauhdittamo.ui.i18n import install_translators

    translators = install_translators(qapp, "fi")  # type: ignore[arg-type]
    try:
        assert QCoreApplication.translate("MainWindow", "Clients") == "Asiakkaat"
        assert QCoreApplication.translate("errors", "This field is required.") != "This field is required."
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)


def test_lupdate_is_available() -> None:
    assert subprocess.run([ut.tool("pyside6-lupdate"), "-version"], capture_output=True).returncode == 0
