"""Entry point of the frozen application (PyInstaller)."""

from vauhdittamo.__main__ import main

if __name__ == "__main__":
    main()
