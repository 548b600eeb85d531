"""Narration: speech with word timings in the storyboard's language (Indonesian or English), offline first.

Voices: ``"offline"`` (espeak-ng through espeakng-loader, robotic but always there, exact word timings from
its WORD events), ``"edge"`` / ``"edge:id-ID-ArdiNeural"`` (edge-tts, WordBoundary timings), ``"openai"`` /
``"openai:nova"`` (OpenAI TTS; timings estimated from text length). Every online voice falls back to the
offline one on any failure, with a notice. Loudness is normalised to about -16 dBFS RMS.

``language`` ("id" or "en", a storyboard's ``language``) picks how numbers are read (gigai.video.normalize or
normalize_en) and the voice (:func:`voice_for`): "offline" speaks English as ``offline:en-us`` (espeak's English
voice), "edge" as ``edge:en-US-JennyNeural``; a named voice of the other language is swapped for its counterpart.

    >>> sp = speak("Cuma Rp 18.000!")
    >>> [w.text for w in sp.words]
    ['Cuma', 'Rp 18.000!']

Used in: Lab 6, Lab 7 (video), Lab 9 (pitch).
"""

from __future__ import annotations

import ctypes
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gigai.video.media import SAMPLE_RATE, decode_audio, read_wav, write_wav
from gigai.video.normalize import drawable, normalize_id
from gigai.video.normalize_en import normalize_en

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

TARGET_RMS_DB = -16.0
PEAK_LIMIT = 0.89  # about -1 dBFS


@dataclass
class Word:
    """One caption token as WRITTEN (e.g. 'Rp 18.000'), with the time it is spoken, in seconds."""

    text: str
    start: float
    end: float


@dataclass
class Speech:
    """Mono float32 samples at ``SAMPLE_RATE`` plus word timings and which voice really spoke."""

    samples: Any  # numpy float32 array
    words: list[Word] = field(default_factory=list)
    voice: str = "offline"
    notice: str | None = None

    @property
    def duration(self) -> float:
        return len(self.samples) / SAMPLE_RATE


# ---------------------------------------------------------------- written tokens -> spoken text

_JOIN_NEXT = re.compile(r"^(Rp\.?|IDR)$", re.IGNORECASE)
_RANGE = re.compile(r"^(-|–|s/d|s\.d\.?)$", re.IGNORECASE)
_JOIN_PREV = re.compile(r"^(WIB|WITA|WIT|%|rb|ribu|jt|juta|k)[.,!?]*$", re.IGNORECASE)


def _joins_after(prev: str, tok: str) -> bool:
    """'50% off' and a phone written in groups ('0821 3344 5566') are said as one unit."""
    if re.search(r"%$", prev) and re.match(r"(?i)off\b", tok):
        return True
    if re.fullmatch(r"(?i)@|@(?:Rp\.?|IDR)", prev) and re.match(r"(?i)(?:rp|idr|\d)", tok):  # "@ Rp3.000": each
        return True
    return bool(re.fullmatch(r"(?:\+?62|0\d{2,4})(?:[ -]\d{2,5})*", prev) and re.fullmatch(r"\d{2,5}(?:-\d{2,5})*[.,!?]*", tok))


def caption_tokens(text: str) -> list[str]:
    """Split written text into caption tokens, keeping 'Rp 18.000' and '19.00 WIB' together; no emoji."""
    raw = drawable(text).split()
    out: list[str] = []
    for tok in raw:
        # "Senin - Sabtu", "08.00 - 17.00": a range is one token, so the voice says "sampai"
        if out and (_JOIN_NEXT.match(out[-1]) or _JOIN_PREV.match(tok) or _RANGE.match(tok)
                    or _RANGE.match(out[-1].split()[-1]) or _joins_after(out[-1], tok)):  # fmt: skip
            out[-1] = f"{out[-1]} {tok}"
        else:
            out.append(tok)
    return [t for t in out if re.search(r"\w", t)] or []


def spoken_segments(text: str, *, language: str = "id") -> list[tuple[str, str]]:
    """(written token, spoken words) pairs: what is shown and what the voice says for it (``language``: id, en)."""
    toks = caption_tokens(text)
    norm = normalize_en if language == "en" else normalize_id
    pairs = [(tok, norm(tok, before=" ".join(toks[max(0, i - 3) : i]), after=" ".join(toks[i + 1 : i + 2])))
             for i, tok in enumerate(toks)]
    for i in range(1, len(pairs)):  # "jam 19.00" -> "jam sembilan belas", not "jam pukul sembilan belas"
        if pairs[i - 1][1].lower() in ("jam", "pukul") and pairs[i][1].startswith("pukul "):
            pairs[i] = (pairs[i][0], pairs[i][1][len("pukul ") :])
        if pairs[i - 1][1].lower().endswith("diskon") and pairs[i][1].startswith("diskon "):  # "Diskon 30% off"
            pairs[i] = (pairs[i][0], pairs[i][1][len("diskon ") :])
    return pairs


# ---------------------------------------------------------------- loudness and resampling


def normalize_loudness(samples: np.ndarray) -> np.ndarray:
    """Scale to about -16 dBFS RMS (speech parts), never above -1 dBFS peak."""
    import numpy as np

    x = np.asarray(samples, dtype=np.float32)
    if x.size == 0:
        return x
    voiced = x[np.abs(x) > 0.01]
    rms = float(np.sqrt(np.mean(voiced**2))) if voiced.size else 0.0
    if rms < 1e-5:
        return x
    gain = 10 ** (TARGET_RMS_DB / 20) / rms
    peak = float(np.max(np.abs(x))) * gain
    if peak > PEAK_LIMIT:
        gain *= PEAK_LIMIT / peak
    return (x * gain).astype(np.float32)


def resample(samples: np.ndarray, sr_from: int, sr_to: int = SAMPLE_RATE) -> np.ndarray:
    """Linear resampling (good enough for speech beds; ffmpeg resamples the final mix to 44.1 kHz)."""
    import numpy as np

    if sr_from == sr_to or len(samples) == 0:
        return np.asarray(samples, dtype=np.float32)
    n = int(round(len(samples) * sr_to / sr_from))
    t_new = np.arange(n) * (sr_from / sr_to)
    return np.interp(t_new, np.arange(len(samples)), samples).astype(np.float32)


# ---------------------------------------------------------------- offline: espeak-ng via ctypes


class _Event(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("unique_identifier", ctypes.c_uint),
        ("text_position", ctypes.c_int),
        ("length", ctypes.c_int),
        ("audio_position", ctypes.c_int),
        ("sample", ctypes.c_int),
        ("user_data", ctypes.c_void_p),
        ("id", ctypes.c_char * 8),
    ]


_CALLBACK = ctypes.CFUNCTYPE(
    ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.POINTER(_Event)
)
_ESPEAK: dict[str, Any] = {}
_LOCK = threading.Lock()
_EV_WORD, _EV_LIST_TERMINATED = 1, 0


def _espeak() -> dict[str, Any]:
    """Load libespeak-ng once (retrieval mode: audio comes back to us, nothing plays)."""
    if _ESPEAK:
        return _ESPEAK
    from gigai._deps import require

    loader = require("espeakng_loader")
    lib = ctypes.CDLL(loader.get_library_path(), mode=getattr(ctypes, "RTLD_GLOBAL", 0))
    data_parent = str(Path(loader.get_data_path()).parent).encode()
    lib.espeak_Initialize.restype = ctypes.c_int
    sr = lib.espeak_Initialize(1, 0, ctypes.c_char_p(data_parent), 0x8000)  # RETRIEVAL, DONT_EXIT
    if sr <= 0:
        from gigai.errors import VideoError

        raise VideoError(
            "E041", "Suara offline (espeak-ng) gagal dimulai.", "The offline voice (espeak-ng) failed to start.",
            hint="pip install --force-reinstall espeakng-loader", value=sr,
        )  # fmt: skip
    state: dict[str, Any] = {"chunks": [], "events": []}

    def _cb(wav, n, events):  # called from inside espeak_Synth
        if n > 0 and wav:
            state["chunks"].append(ctypes.string_at(wav, n * 2))
        i = 0
        while events[i].type != _EV_LIST_TERMINATED:
            ev = events[i]
            if ev.type == _EV_WORD:
                state["events"].append((ev.text_position, ev.length, ev.audio_position))
            i += 1
        return 0

    cb = _CALLBACK(_cb)
    lib.espeak_SetSynthCallback(cb)
    lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
    lib.espeak_Synth.argtypes = [
        ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint, ctypes.c_int, ctypes.c_uint, ctypes.c_uint,
        ctypes.c_void_p, ctypes.c_void_p,
    ]  # fmt: skip
    _ESPEAK.update(lib=lib, sr=sr, cb=cb, state=state, voice=None)
    return _ESPEAK


def _espeak_synth(text: str, *, voice: str = "id", rate: int = 175) -> tuple[np.ndarray, int, list]:
    import numpy as np

    with _LOCK:
        es = _espeak()
        lib, state = es["lib"], es["state"]
        if es["voice"] != voice:
            if lib.espeak_SetVoiceByName(voice.encode()) != 0:
                lib.espeak_SetVoiceByName(b"id")
            es["voice"] = voice
        lib.espeak_SetParameter(1, int(rate), 0)  # espeakRATE, words per minute
        state["chunks"], state["events"] = [], []
        data = text.encode("utf-8")
        lib.espeak_Synth(data, len(data) + 1, 0, 1, 0, 1, None, None)  # POS_CHARACTER, espeakCHARS_UTF8
        lib.espeak_Synchronize()
        pcm = b"".join(state["chunks"])
        events = list(state["events"])
    samples = np.frombuffer(pcm, dtype=np.int16).astype(np.float32) / 32768.0
    return samples, es["sr"], events


def _assign_words(segments: list[tuple[str, str]], starts: list[float], total: float) -> list[Word]:
    """Give each written token the start of its first spoken word; it ends where the next one starts."""
    words = []
    for (written, _), start in zip(segments, starts):
        if start is None:
            continue
        words.append(Word(written, round(start, 3), 0.0))
    for i, w in enumerate(words):
        w.end = round(words[i + 1].start if i + 1 < len(words) else total, 3)
    return words


def _speak_offline(text: str, *, rate: int = 175, language: str = "id") -> Speech:
    segments = spoken_segments(text, language=language)
    name = ESPEAK_VOICES.get(language, "id")
    spoken, offsets = "", []
    for _, say in segments:
        offsets.append(len(spoken) + 1)  # espeak counts characters from 1
        spoken += say + " "
    if not spoken.strip():
        import numpy as np

        return Speech(np.zeros(0, dtype=np.float32), [], voice_for("offline", language))
    samples, sr, events = _espeak_synth(spoken.strip(), voice=name, rate=rate)
    samples = resample(_trim_silence(samples), sr)
    duration = len(samples) / SAMPLE_RATE
    starts: list[float | None] = []
    for k, off in enumerate(offsets):
        nxt = offsets[k + 1] if k + 1 < len(offsets) else 10**9
        hits = [ev[2] / 1000 for ev in events if off <= ev[0] < nxt]
        starts.append(min(hits) if hits else None)
    if starts and starts[0] is not None:
        starts[0] = 0.0
    return Speech(normalize_loudness(samples), _assign_words(segments, starts, duration), voice_for("offline", language))


def _trim_silence(x: np.ndarray) -> np.ndarray:
    """Drop espeak's trailing silence (keeps word offsets, which count from the start)."""
    import numpy as np

    idx = np.nonzero(np.abs(x) > 0.005)[0]
    return x[: idx[-1] + 1] if idx.size else x


# ---------------------------------------------------------------- online voices (fall back offline)


def _decode(audio: bytes, suffix: str = ".mp3") -> np.ndarray:
    """Decode mp3/wav bytes to mono float32 with ffmpeg (moviepy's AudioFileClip misreads the last frame)."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"tts{suffix}"
        path.write_bytes(audio)
        return decode_audio(path)


def _by_word_count(segments: list[tuple[str, str]], word_starts: list[float], total: float) -> list[Word]:
    """Map spoken-word timings (in order) back onto written tokens by counting spoken words per token."""
    starts, k = [], 0
    for _, say in segments:
        n = len(say.split())
        starts.append(word_starts[k] if n and k < len(word_starts) else None)
        k += n
    return _assign_words(segments, starts, total)


def _speak_edge(text: str, voice: str, rate: int = 175, language: str = "id") -> Speech:
    import asyncio

    from gigai._deps import require

    edge_tts = require("edge_tts")
    segments = spoken_segments(text, language=language)
    spoken = " ".join(say for _, say in segments)

    async def run() -> tuple[bytes, list[float]]:
        audio, starts = b"", []
        pct = round((rate / 175 - 1) * 100)  # the same speech-rate setting as the offline voice
        comm = edge_tts.Communicate(spoken, voice, rate=f"{pct:+d}%", boundary="WordBoundary")
        async for chunk in comm.stream():
            if chunk["type"] == "audio":
                audio += chunk["data"]
            elif chunk["type"] == "WordBoundary":
                starts.append(chunk["offset"] / 1e7)
        return audio, starts

    audio, starts = asyncio.run(run())
    if not audio:
        raise RuntimeError("edge-tts returned no audio")
    samples = _decode(audio)
    words = _by_word_count(segments, starts, len(samples) / SAMPLE_RATE)
    return Speech(normalize_loudness(samples), words, f"edge:{voice}")


def _speak_openai(text: str, voice: str, language: str = "id") -> Speech:
    from gigai._deps import require

    openai = require("openai")
    segments = spoken_segments(text, language=language)
    spoken = " ".join(say for _, say in segments)
    client = openai.OpenAI(max_retries=0, timeout=30)
    resp = client.audio.speech.create(
        model="gpt-4o-mini-tts", voice=voice, input=spoken, response_format="mp3"
    )
    samples = _decode(resp.read() if hasattr(resp, "read") else resp.content)
    total = len(samples) / SAMPLE_RATE
    # No timings from this API: spread tokens by spoken length (an estimate, said in the notice).
    weights = [max(1, len(say)) for _, say in segments]
    acc, starts = 0.0, []
    for w in weights:
        starts.append(total * acc / sum(weights))
        acc += w
    words = _assign_words(segments, starts, total)
    return Speech(normalize_loudness(samples), words, f"openai:{voice}", notice="Waktu kata diperkirakan.")


def from_recording(path: str | Path, text: str) -> Speech:
    """The participant's own voice (WAV/M4A from a phone) for ``text``; caption times follow the recording.

    Word times: the written tokens are spread over the voiced part of the recording in proportion to how
    long each one takes to say (syllables), which holds well for a read-aloud script.
    """
    import numpy as np

    x = decode_audio(path, what="suara")
    if x.size == 0:
        return Speech(np.zeros(0, np.float32), [], "rekaman")
    env = np.abs(x)
    loud = np.nonzero(env > max(0.02, 0.1 * float(np.max(env))))[0]
    a, b = (int(loud[0]), int(loud[-1]) + 1) if loud.size else (0, len(x))
    pad = int(0.05 * SAMPLE_RATE)
    a, b = max(0, a - pad), min(len(x), b + pad)
    x = x[a:b]
    total = len(x) / SAMPLE_RATE
    segments = spoken_segments(text)
    weights = [max(1, len(re.findall(r"[aiueo]+", say.lower()))) for _, say in segments]
    acc, starts = 0, []
    for w in weights:
        starts.append(total * acc / max(1, sum(weights)))
        acc += w
    return Speech(normalize_loudness(x), _assign_words(segments, starts, total), "rekaman")


ESPEAK_VOICES = {"id": "id", "en": "en-us"}  # espeak-ng voice names in espeakng-loader's data
EDGE_VOICES = {"id": "id-ID-GadisNeural", "en": "en-US-JennyNeural"}
_EDGE_COUNTERPART = {"id-ID-GadisNeural": "en-US-JennyNeural", "id-ID-ArdiNeural": "en-US-GuyNeural"}
_EDGE_COUNTERPART.update({v: k for k, v in list(_EDGE_COUNTERPART.items())})


def language_of(voice: str) -> str:
    """The language a voice name speaks: 'offline:en-us' / 'edge:en-GB-SoniaNeural' -> 'en', else 'id'."""
    variant = voice.partition(":")[2]
    return "en" if variant.lower().startswith("en") else "id"


def voice_for(voice: str, language: str) -> str:
    """The voice that speaks ``language`` ("id"/"en"), from the one asked for: 'offline' + 'en' -> 'offline:en-us',
    'edge' + 'en' -> 'edge:en-US-JennyNeural', 'edge:id-ID-ArdiNeural' + 'en' -> 'edge:en-US-GuyNeural'.
    A voice already of that language is kept; OpenAI voices speak both and are kept."""
    language = "en" if language == "en" else "id"
    name, _, variant = voice.partition(":")
    if name in ("offline", "espeak", ""):
        if variant and language_of(voice) == language:
            return f"offline:{variant}"
        return "offline" if language == "id" else f"offline:{ESPEAK_VOICES['en']}"
    if name == "edge":
        if variant and variant[:2].lower() == language:
            return voice
        return f"edge:{_EDGE_COUNTERPART.get(variant) or EDGE_VOICES[language]}"
    return voice


def speak(text: str, *, voice: str = "offline", rate: int = 175, language: str | None = None) -> Speech:
    """Say ``text`` with ``voice`` in ``language`` ("id", "en"; by default the voice's own, else Indonesian).

    Online voices fall back to the offline voice of the same language on any failure."""
    language = language or language_of(voice)
    voice = voice_for(voice, language)
    name, _, variant = voice.partition(":")
    if name in ("offline", "espeak", ""):
        return _speak_offline(text, rate=rate, language=language)
    try:
        if name == "edge":
            return _speak_edge(text, variant, rate, language)
        if name == "openai":
            return _speak_openai(text, variant or "nova", language)
        raise ValueError(f"unknown voice {voice!r}")
    except Exception as exc:  # noqa: BLE001 - any online failure (403, no network, no key) -> offline
        sp = _speak_offline(text, rate=rate, language=language)
        sp.notice = (
            f"[mode offline] Suara '{voice}' gagal, pakai suara offline. / "
            f"Voice '{voice}' failed, using the offline voice ({type(exc).__name__})."
        )
        return sp


__all__ = [
    "Word",
    "Speech",
    "speak",
    "caption_tokens",
    "spoken_segments",
    "normalize_loudness",
    "SAMPLE_RATE",
    "from_recording",
    "voice_for",
    "language_of",
    "read_wav",
    "write_wav",
]
