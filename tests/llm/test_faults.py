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
    assert err.id in str(err) and err.en not in str(err)  # the reader's language (Indonesian by default)
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


def _resolved(handler, provider="gemini", base_url="https://fake.invalid/v1", key=SECRET):
    from gigai.llm import registry

    return registry.resolve(
        provider, api_key=key, base_url=base_url, max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )  # fmt: skip


def _refused(exc):
    def handler(request):
        raise exc(request)

    return handler


@pytest.mark.parametrize("status", [400, 401, 402, 404, 409, 500])
def test_no_hint_sends_people_to_the_doctor(status):
    with pytest.raises(errors.GigaiError) as info:
        _resolved(_status(status)).complete([{"role": "user", "content": "Halo"}])
    assert info.value.hint and "doctor" not in info.value.hint


def test_refused_key_names_its_variable_and_where_to_get_one():
    with pytest.raises(errors.AuthError) as info:
        _resolved(_status(401), provider="groq").complete([{"role": "user", "content": "Halo"}])
    hint = info.value.hint
    assert "GROQ_API_KEY" in hint and "https://console.groq.com/keys" in hint and SECRET not in hint


def test_connection_hints_name_the_url_or_the_local_server():
    def down(request):
        raise httpx.ConnectError("[Errno 111] Connection refused", request=request)

    with pytest.raises(errors.ConnectionFailed) as info:
        _resolved(down, provider="ollama", base_url="http://localhost:11434/v1").complete(
            [{"role": "user", "content": "Halo"}]
        )
    assert "jalankan server" in info.value.hint and "start the local server" in info.value.hint
    assert "ollama" in info.value.hint and "doctor" not in info.value.hint
    with pytest.raises(errors.ConnectionFailed) as info:
        _resolved(down, provider="openrouter", base_url="https://proxy.kantor.example/v1?t=abc").complete(
            [{"role": "user", "content": "Halo"}]
        )
    assert "https://proxy.kantor.example/v1" in info.value.hint and "t=abc" not in info.value.hint


def test_model_not_found_on_a_base_url_without_v1_says_add_v1():
    with pytest.raises(errors.ModelNotFound) as info:
        _resolved(_status(404), provider="llamacpp", base_url="http://192.168.1.20:8080").complete(
            [{"role": "user", "content": "Halo"}]
        )
    assert info.value.hint.startswith("GIGAI_BASE_URL=http://192.168.1.20:8080/v1 ")
    with pytest.raises(errors.ModelNotFound) as info:  # with /v1 the model name itself is the suspect
        _resolved(_status(404), provider="groq", base_url="https://api.groq.com/openai/v1").complete(
            [{"role": "user", "content": "Halo"}]
        )
    assert info.value.hint.startswith("GIGAI_MODEL=") and "llama-3.1-8b-instant" in info.value.hint


@pytest.mark.parametrize("how", ["option", "env"])
def test_pacing_spaces_every_request_and_retry(monkeypatch, how):
    """rpm=30 (or GIGAI_RPM=30): one request every 2 s, a retried 429 included, without patching privates."""
    from gigai.llm import pacing, registry

    waits: list[float] = []
    monkeypatch.setattr(pacing, "_sleep", waits.append)
    calls = []

    def handler(request):
        calls.append(1)
        if len(calls) == 2:
            return httpx.Response(429, json=error_body(429, "rate_limit_exceeded"))
        return httpx.Response(200, json=completion_body("ok"))

    kw = {"rpm": 30} if how == "option" else {}
    if how == "env":
        monkeypatch.setenv("GIGAI_RPM", "30")
    model = registry.resolve(
        "groq", api_key=SECRET, base_url=f"https://{how}.invalid/v1", max_retries=2,
        http_client=httpx.Client(transport=httpx.MockTransport(handler)), **kw,
    )  # fmt: skip
    for _ in range(3):
        model.complete([{"role": "user", "content": "Halo"}])
    assert len(calls) == 4  # three questions, one 429 retried
    # the fake sleep does not move the clock: the k-th start waits 2 s more than the one before it
    assert len(waits) == 3 and all(2.0 * k - 0.5 < w <= 2.0 * k for k, w in enumerate(waits, 1)), waits


def test_bad_rpm_is_refused_bilingually(monkeypatch):
    from gigai.llm import registry

    monkeypatch.setenv("GROQ_API_KEY", "gsk_test")
    monkeypatch.setenv("GIGAI_RPM", "sepuluh")
    with pytest.raises(errors.ConfigError) as info:
        registry.resolve("groq", base_url="https://x.invalid/v1")
    assert info.value.code == "E019" and "sepuluh" in str(info.value) and "GIGAI_RPM=10" in info.value.hint
