"""Every provider fault becomes the right bilingual GigaiError; retries are bounded; the key never leaks."""

from __future__ import annotations

import httpx2 as httpx
import pytest

import gigai
from gigai import errors
from tests.llm.conftest import SECRET, completion_body, error_body, sse_chunks


def _status(code, body=None, headers=None):
    def handler(request):
        return httpx.Response(code, json=body or error_body(code), headers=headers or {})

    return handler


@pytest.mark.parametrize(
    ("status", "body", "exc", "code"),
    [
        (401, error_body(401, "invalid_api_key"), errors.AuthError, "E021"),
        (403, error_body(403, "permission_denied"), errors.AuthError, "E021"),
        (402, error_body(402, "payment_required"), errors.QuotaError, "E022"),
        (
            429,
            error_body(429, "insufficient_quota", "You exceeded your current quota"),
            errors.QuotaError,
            "E022",
        ),
        (429, error_body(429, "rate_limit_exceeded"), errors.RateLimitError, "E023"),
        (500, error_body(500, "server_error"), errors.ServerError, "E026"),
        (503, error_body(503, "overloaded"), errors.ServerError, "E026"),
        (404, error_body(404, "model_not_found", "The model does not exist"), errors.ModelNotFound, "E027"),
    ],
)
def test_http_faults_map_to_errors(fake_model, status, body, exc, code):
    model = fake_model(_status(status, body))
    with pytest.raises(exc) as info:
        model.complete([{"role": "user", "content": "Halo"}])
    err = info.value
    assert err.code == code
    assert err.value == "gemini/" + model.model_id
    assert err.hint  # one concrete next step
    assert " / " in str(err)  # Indonesian / English
    assert SECRET not in str(err) and SECRET not in repr(err)


def test_auth_error_names_the_key_variable(fake_model):
    with pytest.raises(errors.AuthError) as info:
        fake_model(_status(401)).complete([{"role": "user", "content": "x"}])
    assert "GEMINI_API_KEY" in info.value.hint


def test_timeout_maps_to_provider_timeout(fake_model, sleeps):
    def handler(request):
        raise httpx.ReadTimeout("timed out", request=request)

    with pytest.raises(errors.ProviderTimeout) as info:
        fake_model(handler, max_retries=1).complete([{"role": "user", "content": "Halo"}])
    assert len(sleeps) == 1  # retried once, then gave up
    assert SECRET not in str(info.value)


def test_dns_failure_maps_to_connection_failed(fake_model):
    def handler(request):
        raise httpx.ConnectError("[Errno -2] Name or service not known", request=request)

    with pytest.raises(errors.ConnectionFailed) as info:
        fake_model(handler).complete([{"role": "user", "content": "Halo"}])
    msg = str(info.value)
    assert "wifi" in msg and "GIGAI_FALLBACK=offline" in msg


def test_429_retried_then_success(fake_model, sleeps):
    calls = []

    def handler(request):
        calls.append(1)
        if len(calls) < 3:
            return httpx.Response(
                429, json=error_body(429, "rate_limit_exceeded"), headers={"retry-after": "30"}
            )
        return httpx.Response(200, json=completion_body("akhirnya"))

    comp = fake_model(handler, max_wait=2.0).complete([{"role": "user", "content": "Halo"}])
    assert comp.text == "akhirnya" and len(calls) == 3
    assert sleeps == [2.0, 2.0]  # Retry-After honoured but capped


def test_5xx_retries_are_bounded_with_backoff(fake_model, sleeps):
    calls = []

    def handler(request):
        calls.append(1)
        return httpx.Response(502, json=error_body(502))

    with pytest.raises(errors.ServerError):
        fake_model(handler, max_retries=2).complete([{"role": "user", "content": "Halo"}])
    assert len(calls) == 3
    assert sleeps[0] < sleeps[1]  # exponential


def test_auth_and_quota_are_not_retried(fake_model, sleeps):
    for status, code in ((401, "invalid_api_key"), (429, "insufficient_quota")):
        with pytest.raises(errors.ProviderError):
            fake_model(_status(status, error_body(status, code))).complete([{"role": "user", "content": "x"}])
    assert sleeps == []


def test_stream_error_before_first_chunk_is_mapped(fake_model):
    with pytest.raises(errors.AuthError):
        list(fake_model(_status(401)).stream([{"role": "user", "content": "Halo"}]))


def test_key_never_in_repr_or_usage_log(fake_model):
    model = fake_model(lambda r: httpx.Response(200, json=completion_body()))
    assert SECRET not in repr(model)
    model.complete([{"role": "user", "content": "Halo"}])
    from gigai import config

    text = (config.home() / "usage.jsonl").read_text()
    assert "gemini" in text and SECRET not in text
    assert SECRET not in repr(gigai.usage()) and SECRET not in gigai.usage()._repr_markdown_()


def test_authorization_header_is_sent(fake_model):
    seen = {}

    def handler(request):
        seen["auth"] = request.headers.get("authorization")
        seen["body"] = request.read().decode()
        return httpx.Response(200, json=completion_body())

    fake_model(handler).complete([{"role": "user", "content": "Halo"}], max_tokens=20, temperature=0.2)
    assert seen["auth"] == f"Bearer {SECRET}"
    assert '"max_tokens":20' in seen["body"].replace(" ", "")


def test_stream_includes_usage_and_text(fake_model):
    def handler(request):
        assert b"include_usage" in request.read()
        return httpx.Response(
            200,
            headers={"content-type": "text/event-stream"},
            content=b"".join(sse_chunks(["Ha", "lo", "!"])),
        )

    pieces = list(fake_model(handler).stream([{"role": "user", "content": "Halo"}]))
    assert "".join(pieces) == "Halo!"
    rec = gigai.usage().records[-1]
    assert (rec["tokens_in"], rec["tokens_out"], rec["estimated"]) == (11, 7, False)


def test_stream_without_usage_is_estimated(fake_model):
    def handler(request):
        return httpx.Response(
            200,
            headers={"content-type": "text/event-stream"},
            content=b"".join(sse_chunks(["Halo ", "semua"], usage=None)),
        )

    assert "".join(fake_model(handler).stream([{"role": "user", "content": "Halo"}])) == "Halo semua"
    rec = gigai.usage().records[-1]
    assert rec["estimated"] is True and rec["tokens_out"] > 0
