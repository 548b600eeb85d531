"""The room gateway: one OpenAI-compatible endpoint on the trainer's laptop, card tokens for participants.

Modules, one idea each: ``tokens`` (hashed tokens, SQLite store), ``cards`` (printable sheet + QR, the
serving gateway's LAN address), ``wire`` (error bodies, the request normaliser), ``ledger`` (reserve /
settle budgets), ``limits`` (rate limits, failed-login throttle), ``upstreams`` (the ordered list of
upstreams from the catalogue), ``forward`` (one attempt at one upstream, first-byte deadline, failures in
words), ``answer`` (the upstreams in order, then the offline engine; the bill), ``status`` (each upstream's
health, what participants got), ``probe`` (the gateway's own upstream checks on a timer), ``progress``
(exercise progress, grid, CSV), ``usage`` (spend table), ``context`` (what routes share), ``relay``
(participant routes), ``admin`` (the console; page in ``admin.html``), ``app`` (``create_app``),
``server`` (``serve``, banner, ``BackgroundServer``), ``cli`` (``gigai gateway ...``). The test stand-in
upstream lives in ``tests/trainer/gateway/fake_upstream.py``. Only ``tokens``/``cards``/``usage`` are
light; nothing is imported here.
"""
