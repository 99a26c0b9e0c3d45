"""The Windows version resource of the executables, made from the package's version.

PyInstaller's ``EXE(version=...)`` takes a text file in the ``VSVersionInfo`` form; Explorer's *Details*
tab, software inventories and the Inno Setup script (``GetFileProductVersionString``) read it. The spec
writes it at every build, so the version has one source: ``version`` in pyproject.toml.
"""

from __future__ import annotations

import re
from pathlib import Path

COMPANY = "Vauhdittamo desk team"
PRODUCT = "Vauhdittamo desk"
DESCRIPTION = "Vauhdittamo desk: walk-in guidance, referrals and workshop attendance"
LICENCE = "EUPL-1.2"


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """The four numbers Windows keeps of *version* ("1.2.3rc1" → (1, 2, 3, 0)); missing parts are 0."""
    numbers = [int(n) for n in re.findall(r"\d+", version.split("+")[0])[:3]]
    if not re.match(r"^\d+(\.\d+)*", version):
        raise ValueError(f"not a version: {version!r}")
    numbers += [0] * (4 - len(numbers))
    return (numbers[0], numbers[1], numbers[2], numbers[3])


def version_resource(version: str, internal_name: str = "vauhdittamo") -> str:
    """The ``VSVersionInfo`` text of an executable of this *version*."""
    numbers = version_tuple(version)
    strings = {
        "CompanyName": COMPANY,
        "FileDescription": DESCRIPTION,
        "FileVersion": version,
        "InternalName": internal_name,
        "LegalCopyright": f"{COMPANY}, licensed under the {LICENCE}",
        "OriginalFilename": f"{internal_name}.exe",
        "ProductName": PRODUCT,
        "ProductVersion": version,
    }
    table = ",\n".join(f"          StringStruct({key!r}, {value!r})" for key, value in strings.items())
    return f"""# UTF-8
# Made by installer/version_info.py from the package version {version}; not edited by hand.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '040904B0',
        [
{table}
        ])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def write_version_file(path: Path, version: str, internal_name: str = "vauhdittamo") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(version_resource(version, internal_name), encoding="utf-8")
    return path
