"""A participant's mistake in any app handler: one log line on the server, a bilingual message, no traceback."""

from __future__ import annotations

import logging

import pytest

gr = pytest.importorskip("gradio", reason="gradio is a core dependency")
gradio_client = pytest.importorskip("gradio_client")

from gigai.apps.quiet import quiet_errors  # noqa: E402
from gigai.errors import InputError  # noqa: E402
from tests.browser import free_port  # noqa: E402


def _app():
    def storyboard(product: str):
        if not product.strip():
            raise gr.Error("Isi nama produk dulu, ya. / Please enter a product name.")
        raise InputError("E081", "Storyboard tidak valid.", "Invalid storyboard.", hint="cek kolom durasi")

    def stream(text: str):
        yield "sebagian"
        raise ValueError(f"participant typed {text!r}")

    with gr.Blocks() as demo:
        box, out = gr.Textbox(), gr.Textbox()
        gr.Button("a").click(storyboard, box, out, api_name="storyboard")
        gr.Button("b").click(stream, box, out, api_name="stream")
    return quiet_errors(demo)


def test_handler_errors_are_one_line_not_a_traceback(capfd, caplog):
    demo = _app()
    port = free_port()
    demo.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True)
    try:
        client = gradio_client.Client(f"http://127.0.0.1:{port}/", verbose=False)
        with caplog.at_level(logging.WARNING, logger="gigai.apps"):
            for endpoint, value, shown in (
                ("/storyboard", "", "Isi nama produk"),
                ("/storyboard", "Kopi", "GIGAI-E081"),
                ("/stream", "halo", "Ada yang gagal"),
            ):
                with pytest.raises(Exception) as exc:  # noqa: PT011 - the client's own AppError type
                    client.predict(value, api_name=endpoint)
                assert shown in str(exc.value) or endpoint == "/stream", str(exc.value)
    finally:
        demo.close()
    err = capfd.readouterr().err
    assert "Traceback" not in err, err[-2000:]
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 3 and all("\n" not in m for m in lines), lines
    assert "ValueError" in lines[2] and "halo" not in lines[2]  # the type, not what the participant typed


def test_every_demo_handler_is_quiet():
    from gigai.apps.demo import build_demo_app

    demo = build_demo_app(providers=["offline"])
    fns = [f for f in demo.fns.values() if f.fn is not None]
    assert fns and all(getattr(f.fn, "_gigai_quiet", False) for f in fns)
