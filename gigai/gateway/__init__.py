"""The room gateway: one OpenAI-compatible endpoint on the trainer's laptop, short tokens for participants.

Modules: ``tokens`` (issue/revoke/sheet, SQLite store), ``limits`` (rate limit, prices), ``app``
(``create_app``, FastAPI), ``server`` (``serve``, ``BackgroundServer``), ``fake_upstream`` (load-test stub).
Only ``tokens`` is light; the rest import FastAPI/uvicorn/httpx, so nothing is imported here.
"""
