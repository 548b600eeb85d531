"""``python -m gigai.doctor``: works even when typer/rich are missing."""

from gigai.doctor.checks import main

if __name__ == "__main__":
    raise SystemExit(main())
