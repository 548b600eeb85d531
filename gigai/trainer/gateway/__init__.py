"""The room gateway: one OpenAI-compatible endpoint on the trainer's laptop, card tokens for participants.

Modules, one idea each: ``tokens`` (hashed tokens, SQLite store), ``cards`` (printable sheet + QR),
``wire`` (error bodies, the request normaliser), ``ledger`` (reserve / settle budgets), ``limits`` (rate
limits, failed-login throttle), ``status`` (upstream health), ``progress`` (exercise progress, grid, CSV),
``usage`` (spend table), ``context`` (what routes share), ``relay`` (participant routes), ``admin`` (the
console; page in ``admin.html``), ``app`` (``create_app``), ``server`` (``serve``, ``BackgroundServer``),
``fake_upstream`` (test stub). Only ``tokens``/``cards``/``usage`` are light; nothing is imported here.
"""
