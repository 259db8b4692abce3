"""Entry point: ``electview`` and ``python -m electview``."""

from electview.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
