"""Entry point: parse the command line; without a command start the desktop application."""

from __future__ import annotations

import argparse
import ctypes
import os
import sys

from vauhdittamo import APP_NAME

# The libraries Qt's X11 platform plugin (xcb) loads beyond those of Qt itself, and the Debian/Ubuntu
# packages that have them. Without one of them Qt aborts the process (rc 134) with a long message.
QT_XCB_LIBRARIES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}


def _uses_xcb(environ: dict[str, str] | os._Environ[str]) -> bool:
    """Will Qt pick its X11 platform plugin? (Linux, no other platform chosen, not a Wayland session.)"""
    if not sys.platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").strip().lower()
    if chosen:
        return chosen.split(";")[0].split(":")[0] == "xcb"
    return not (environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE", "").lower() == "wayland")


def missing_qt_libraries(environ: dict[str, str] | os._Environ[str] | None = None) -> list[str]:
    """The system libraries Qt would need here and cannot load (sonames); empty when all are there."""
    if not _uses_xcb(os.environ if environ is None else environ):
        return []
    missing = []
    for soname in QT_XCB_LIBRARIES:
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing.append(soname)
    return missing


def qt_libraries_hint(missing: list[str]) -> str:
    """One line: what is missing and what to install."""
    packages = " ".join(QT_XCB_LIBRARIES[soname] for soname in missing)
    return (
        f"{APP_NAME}: error: the desktop app cannot start: the system libraries Qt needs are missing "
        f"({', '.join(missing)}); on Debian or Ubuntu install them with: sudo apt install {packages}"
    )


def gui_start_problem(environ: dict[str, str] | os._Environ[str] | None = None) -> str | None:
    """Why the desktop app cannot start here, in one line, before Qt would abort the process; else ``None``."""
    environ = os.environ if environ is None else environ
    missing = missing_qt_libraries(environ)
    if missing:
        return qt_libraries_hint(missing)
    if not _uses_xcb(environ):
        return None
    display = environ.get("DISPLAY", "")
    if not display and not environ.get("WAYLAND_DISPLAY"):
        return (
            f"{APP_NAME}: error: the desktop app needs a graphical display and there is none here (DISPLAY is "
            f"not set); the commands work without one (see {APP_NAME} --help)"
        )
    if display and not display_reachable(display):
        return (
            f"{APP_NAME}: error: the desktop app cannot open the display {display} (is it running, and may this "
            f"user use it?); the commands work without one (see {APP_NAME} --help)"
        )
    return None


def display_reachable(display: str) -> bool:
    """Can this process connect to the X display *display*? (Asked through libxcb, as Qt would.)

    ``True`` when it cannot be told (libxcb not loadable): Qt then says what it says.
    """
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
        xcb.xcb_connect.restype = ctypes.c_void_p
        xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
        xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
        xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
        connection = xcb.xcb_connect(display.encode(), None)
    except (OSError, AttributeError):
        return True
    try:
        return connection is not None and xcb.xcb_connection_has_error(connection) == 0
    finally:
        if connection is not None:
            xcb.xcb_disconnect(connection)


def _launch_gui(args: argparse.Namespace) -> int:
    problem = gui_start_problem()
    if problem is not None:
        print(problem, file=sys.stderr)
        return 1
    from vauhdittamo.app import run_gui

    return run_gui(db_path=args.db, language=args.lang)


def main() -> None:
    from vauhdittamo.cli import main as cli_main

    sys.exit(cli_main(sys.argv[1:], launch_gui=_launch_gui))


if __name__ == "__main__":
    main()
