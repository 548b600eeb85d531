"""The customer-service Chatbot: persona + knowledge + guardrails + bounded memory over any gigai Model.

    bot = Chatbot.from_business("kopi-kita")
    ans = bot.ask("Jam buka hari Minggu?")     # Answer: a str with .sources, .declined, .handoff
    for chunk in bot.stream("Harga americano?"): print(chunk, end="")

``respond(message, history)`` is the stateless core the Gradio app uses: it never touches ``bot.history``,
so one Chatbot can serve many browser sessions. ``ask``/``stream`` keep the bot's own history.

Who decides what depends on the model:

- a real model (any provider but offline/replay) is in charge: it gets the business's WHOLE public knowledge
  with its ``[sumber: ...]`` tags when it fits ``knowledge_tokens`` (else the passages that retrieval ranks
  best, as many as fit), and the persona's rules tell it to answer only from that, to say it does not know and
  give the admin's contact, to decline other topics, to reply in the customer's language and to name sources.
  In front of it stay only what a model cannot do for itself: size limits, injection screening, rate limits
  and repeat screening (``gigai.chatbot.limits``: per visitor ``user=``, per bot, tokens per day; see
  ``bot.stats()``), internal-note removal, and the output filter;
- the offline engine (and replay) keeps its gate: retrieval decides what is on topic, the top passages go in;
  a question for nothing but the admin's contact gets the persona's contact.

When the provider fails and fallback is on (``GIGAI_FALLBACK=offline``, default in the apps, channels and the
exported bot), the same bot answers through the offline engine (``with_provider("offline")``) with one notice;
a stream that dies midway is replaced (``gigai.chatbot.fallback``).

Internal notes (knowledge, ``internal.md``, the persona's ``internal:``) never reach a prompt, and an answer
that repeats one is held back, whoever wrote it.

Used in: Lab 3 (chatbot UMKM), Lab 5 (app, deploy).
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gigai.chatbot import fallback
from gigai.chatbot import guardrails as g
from gigai.chatbot.answer import Answer
from gigai.chatbot.finish import Finishing
from gigai.chatbot.knowledge import Knowledge, Passage
from gigai.chatbot.limits import Limiter, Limits, Verdict, reader_language
from gigai.chatbot.memory import clean_history, count_tokens, trim_history
from gigai.chatbot.persona import Persona
from gigai.chatbot.samples import businesses, businesses_dir
from gigai.errors import AppError, InputError
from gigai.offline import notes, parts
from gigai.offline.retrieval import business_words

if TYPE_CHECKING:
    from gigai.llm.base import Model

# Characters held back while streaming so a leak is caught before its words reach the screen.
_STREAM_STEP = 32  # characters
_STREAM_LAG = 120
# Knowledge up to this size goes to a real model whole (a small business's facts are 1-3 KB: ~300-900 tokens).
KNOWLEDGE_TOKENS = 3000


class Chatbot(Finishing):
    """A grounded customer-service bot for one business. See the module docstring for an example."""

    def __init__(
        self,
        persona: Persona | Mapping[str, Any] | None = None,
        knowledge: Knowledge | Mapping[str, Any] | str | Path | None = None,
        *,
        provider: str | None = None,
        model: str | Model | None = None,
        memory_tokens: int = 2000,
        top_k: int = 3,
        max_chars: int = g.MAX_CHARS,
        min_score: float = 0.0,
        min_coverage: float = 0.5,
        knowledge_tokens: int = KNOWLEDGE_TOKENS,
        limits: Limits | Limiter | Mapping[str, Any] | bool | None = None,
    ) -> None:
        if (
            isinstance(knowledge_tokens, bool)
            or not isinstance(knowledge_tokens, int)
            or knowledge_tokens < 1
        ):
            raise InputError(
                "E200",
                "knowledge_tokens harus bilangan bulat positif.",
                "knowledge_tokens must be a positive whole number.",
                hint="Chatbot(..., knowledge_tokens=3000)",
                value=knowledge_tokens,
            )
        self.knowledge_tokens = knowledge_tokens
        self.persona = persona if isinstance(persona, Persona) else Persona.from_dict(persona or {})
        if isinstance(knowledge, Knowledge):
            self.knowledge = knowledge
        elif isinstance(knowledge, Mapping):
            self.knowledge = Knowledge.from_dict(knowledge)
        elif knowledge is not None:
            self.knowledge = Knowledge.from_folder(knowledge)
        else:
            self.knowledge = Knowledge()
        if self.persona.internal:  # the persona's own staff notes: held back like notes in the knowledge
            self.knowledge = self.knowledge + Knowledge(internal=self.persona.internal)
        self.provider = provider
        self._model_obj = None if isinstance(model, (str, type(None))) else model
        self._model_id = model if isinstance(model, str) else None
        self.memory_tokens, self.top_k, self.max_chars = memory_tokens, top_k, max_chars
        self.min_score, self.min_coverage = min_score, min_coverage
        self._history: list[dict[str, str]] = []
        self.last_answer: Answer | None = None
        self._guard_key: tuple[int, int] | None = None
        self._guard_obj: tuple[list[str], notes.NoteGuard] | None = None
        # What a real model may be asked (None: the CHAT_* settings; False: no limits); the offline engine is free.
        self.limiter = limits if isinstance(limits, Limiter) else Limiter(Limits.of(limits))

    @classmethod
    def from_business(cls, slug: str | Path, **kwargs: Any) -> Chatbot:
        """A bot for a sample business (``"kopi-kita"``) or any folder with persona.yaml + knowledge files."""
        folder = Path(slug)
        if not (folder / "persona.yaml").is_file() and not Path(str(slug)).is_absolute():
            folder = businesses_dir() / str(slug)
        if not (folder / "persona.yaml").is_file():
            raise AppError(
                "E055",
                "Bisnis tidak ditemukan.",
                "Business not found.",
                hint="Pilih salah satu: " + ", ".join(businesses()),
                value=str(slug),
            )
        return cls(Persona.from_yaml(folder / "persona.yaml"), Knowledge.from_folder(folder), **kwargs)

    # ----- model --------------------------------------------------------------------------------------
    @property
    def model(self) -> Model:
        """The resolved gigai Model (``registry.resolve``: fallback, recording, usage included), made on first use."""
        if self._model_obj is None:
            from gigai.llm import registry

            self._model_obj = registry.resolve(self.provider, self._model_id)
        return self._model_obj

    # ----- prompt -------------------------------------------------------------------------------------
    @property
    def system_prompt(self) -> str:
        """The system prompt without knowledge; each question adds its own ``### Pengetahuan`` block."""
        return self.persona.system_prompt()

    @property
    def history(self) -> list[dict[str, str]]:
        """A copy of the conversation kept by ask()/stream()."""
        return [dict(m) for m in self._history]

    def with_provider(self, provider: str) -> Chatbot:
        """The same bot (persona, knowledge, limits) answered through another provider, with no conversation:
        ``bot.with_provider("offline")`` (the messaging channels' fallback when the provider fails)."""
        from gigai.llm import registry

        twin = copy.copy(self)
        twin.provider, twin._model_obj, twin._model_id = provider, None, None
        if provider == "offline":  # GIGAI_MODEL names the failed provider's model, not the offline engine's
            twin._model_id = registry.presets()["offline"].get("default_model")
        twin._history, twin.last_answer = [], None
        return twin

    def reset(self) -> None:
        """Forget the conversation (the persona and knowledge stay)."""
        self._history = []
        self.last_answer = None

    @property
    def _generic(self) -> tuple[str, ...]:
        p = self.persona
        return tuple(business_words(p.business, p.name, p.kind))

    @property
    def in_charge(self) -> bool:
        """True when a real model answers (not the offline engine or replay): it then gets the whole knowledge
        and decides itself what is on topic, unknown or needs two facts."""
        return not getattr(self.model, "is_offline", False)

    def knowledge_budget(self) -> int:
        """Tokens of knowledge a real model gets: ``knowledge_tokens``, at most half its context window."""
        window = int(getattr(self.model, "context_window", 0) or 0)
        return min(self.knowledge_tokens, window // 2) if window > 0 else self.knowledge_tokens

    def context(self, message: str) -> list[Passage]:
        """The passages a real model gets for ``message``: all of them when they fit the budget, else the
        ones retrieval ranks best (then the rest, in order), as many as fit; in the knowledge's own order."""
        passages = list(self.knowledge.passages)
        budget = self.knowledge_budget()
        cost = [count_tokens(str(p)) + 1 for p in passages]
        if sum(cost) <= budget:
            return passages
        where = {(q.source, q.text): i for i, q in enumerate(passages)}
        found = self.knowledge.search(message, len(passages), generic=self._generic)
        ranked = [where[(h.source, h.text)] for h in found]
        chosen, used = set(), 0
        for n, i in enumerate([*dict.fromkeys(ranked), *range(len(passages))]):
            if i not in chosen and (used + cost[i] <= budget or n == 0):  # the best one always goes in
                chosen.add(i)
                used += cost[i]
        return [passages[i] for i in sorted(chosen)]

    def plan(
        self, message: str, history: Any = None
    ) -> tuple[list[dict[str, str]] | None, list[Passage], Answer | None]:
        """Guardrails + knowledge: (messages for the model, passages, None) or (None, [], a canned Answer).

        A real model gets the whole knowledge (see ``context``); the offline engine the top retrieved passages
        after the topic gate, for each part of a multi-part question (``gigai.offline.parts``)."""
        p = self.persona
        lang = g.language_of(message or "")
        in_charge = self.in_charge
        # In front of a real model only what it cannot do itself: size, injection (a request for a human is
        # the model's to answer, with the admin contact from its rules).
        verdict = g.check_input(
            message, max_chars=self.max_chars, admin_contact=p.admin_contact, handoff=not in_charge
        )
        if not verdict.ok:
            return None, [], self._canned(verdict)
        # Client-sent history is capped and screened like the message itself (it can be forged).
        past = trim_history(g.screen_history(history), self.memory_tokens)
        if in_charge:
            given = self.context(message)
            return (
                self._messages(p.system_prompt(given, reply_language=lang, for_model=True), past, message),
                given,
                None,
            )
        if p.admin_contact and g.asks_contact(message):  # the persona's own fact, not the knowledge's
            text = g.msg_contact(p.admin_contact, p.business, lang)
            return None, [], self._canned(g.Verdict(False, "contact", text, handoff=True))
        generic = self._generic
        hits = self.knowledge.search(message, self.top_k, generic=generic)
        coverage = self.knowledge.coverage(message, hits, generic=generic)
        if self.knowledge and not self._grounded(hits, coverage):
            # A follow-up ("kalau yang dingin?") borrows the previous question's words for retrieval.
            # Only when the new words are known to the knowledge, so "cara bikin bom?" stays off topic.
            prev = next((m["content"] for m in reversed(past) if m["role"] == "user"), "")
            if (
                prev
                and self.knowledge.coverage(message, generic=generic) >= self.min_coverage
                and len(message.split()) <= 6
            ):
                more = self.knowledge.search(f"{prev} {message}", self.top_k, generic=generic)
                if self._grounded(more, self.knowledge.coverage(f"{prev} {message}", more, generic=generic)):
                    hits, coverage = more, 1.0
        if self.knowledge:
            verdict = g.topic_gate(
                message,
                best_score=hits[0].score if hits else 0.0,
                coverage=coverage,
                topics=p.topics,
                business=p.business,
                admin_contact=p.admin_contact,
                min_score=self.min_score,
                min_coverage=self.min_coverage,
                vocabulary=self.knowledge.vocabulary,
                generic=generic,
            )
            if not verdict.ok:
                return None, [], self._canned(verdict)
            if verdict.reason == "greeting" and not self._grounded(hits, coverage):  # "Halo, jam buka?" asks
                hits = []
            elif asked := parts.queries(message):  # each part's own passages, best first, then the whole's
                found = [self.knowledge.search(q, self.top_k, generic=generic) for q in asked]
                hits = parts.merge([*found, hits], key=lambda h: (h.source, h.text))
        return self._messages(p.system_prompt(hits, reply_language=lang), past, message), hits, None

    def _messages(self, system: str, past: list[dict[str, str]], message: str) -> list[dict[str, str]]:
        budget = max(0, self.memory_tokens - count_tokens(message))
        return [
            {"role": "system", "content": system},
            *trim_history(past, budget),
            {"role": "user", "content": message},
        ]

    def _grounded(self, hits: list[Passage], coverage: float) -> bool:
        return bool(hits) and hits[0].score > self.min_score and coverage >= self.min_coverage

    def _canned(self, verdict: g.Verdict) -> Answer:
        return Answer(
            verdict.message,
            provider="gigai-guardrail",
            model="-",
            reason=verdict.reason,
            declined=not verdict.handoff,
            handoff=verdict.handoff,
        )

    # ----- limits -------------------------------------------------------------------------------------
    def _admit(self, message: str, messages: list[dict[str, str]], history: Any, user: str | None) -> Verdict:
        """Count a question that would reach a real model (see gigai.chatbot.limits); the offline engine is free."""
        if not self.in_charge:
            return Verdict(True)
        past = clean_history(g.screen_history(history))
        context = next((m["content"] for m in reversed(past) if m["role"] == "assistant"), "")
        return self.limiter.admit(
            None if user is None else str(user),
            message,
            context=context,
            tokens=sum(count_tokens(m["content"]) for m in messages),
            lang=reader_language(message),
            contact=self.persona.admin_contact,
        )

    def _limited(self, verdict: Verdict) -> Answer:
        if isinstance(verdict.answer, Answer):  # the same question again: the answer already given
            return verdict.answer
        return Answer(verdict.message, provider="gigai-limits", model="-", reason=f"limit:{verdict.reason}")

    def stats(self) -> dict[str, Any]:
        """Today's questions to the real model, their tokens, and how many were limited (by reason)."""
        return self.limiter.stats()

    # ----- stateless core -----------------------------------------------------------------------------
    def reply(self, message: str, history: Any = None, *, user: str | None = None, **params: Any) -> Answer:
        """One whole answer for ``message`` given ``history`` (not stored anywhere). ``user`` names the visitor
        (an address, a chat id) for the per-visitor limits; None is the owner (only the bot's daily caps)."""
        messages, hits, canned = self.plan(message, history)
        if canned is not None:
            return canned
        ticket = self._admit(message, messages, history, user)
        if not ticket.ok:
            return self._limited(ticket)
        call, catches = fallback.direct(self.model)
        answer = None
        try:
            try:
                done = call.complete(messages, **params)
            except fallback.FAILURES as err:
                if not catches(err):
                    raise
                return fallback.reply(self, err, message, history, **params)  # settled as not answered
            # The Completion says who answered: after a fallback that is the offline engine, not the primary.
            answer = self._finish(
                done.text, hits, notice=getattr(done, "notice", None), by=done, question=message
            )
        finally:
            self.limiter.settle(ticket, answer, tokens=count_tokens(answer.text) if answer is not None else 0)
        return answer

    def respond(self, message: str, history: Any = None, *, user: str | None = None) -> Iterator[Answer]:
        """Stream partial Answers (growing ``text``, ``done=False``), then the final Answer (``done=True``)."""
        messages, hits, canned = self.plan(message, history)
        if canned is not None:
            yield canned
            return
        ticket = self._admit(message, messages, history, user)
        if not ticket.ok:
            yield self._limited(ticket)
            return
        call, catches = fallback.direct(self.model)
        final = None
        try:
            try:
                for part in self._streamed(call, messages, hits, message):
                    final = part if part.done else final  # known before the caller may stop reading
                    yield part
            except fallback.FAILURES as err:
                if not catches(err):
                    raise
                final = None  # the real model did not answer: the offline one does, uncounted
                yield from fallback.respond(self, err, message, history)
        finally:
            self.limiter.settle(ticket, final, tokens=count_tokens(final.text) if final is not None else 0)

    def _streamed(self, model: Model, messages: list[dict[str, str]], hits: list[Passage], message: str):
        buf, shown, done = "", 0, None
        events = model.events(messages) if hasattr(model, "events") else model.stream(messages)
        for chunk in events:
            if not isinstance(chunk, str):  # the final Completion: who answered, the notice
                done = chunk
                continue
            buf += chunk
            if self._leaky(buf):
                break
            safe = len(buf) - _STREAM_LAG
            # Every yield re-sends the whole growing text to the browser: update in steps of a few words,
            # not per token (30 offline sessions at once spent most of their time on tiny updates).
            if safe - shown >= _STREAM_STEP or (safe > 0 and shown == 0):
                shown = safe
                yield Answer(buf[:safe], provider=model.provider, model=model.model_id, done=False)
        yield self._finish(buf, hits, notice=getattr(done, "notice", None), by=done, question=message)

    # ----- conversational API (keeps bot.history) -----------------------------------------------------
    def _remember(self, message: str, answer: Answer) -> Answer:
        self._history = [
            *self._history,
            {"role": "user", "content": message},
            {"role": "assistant", "content": answer.text},
        ]
        self._history = trim_history(self._history, self.memory_tokens * 2)
        self.last_answer = answer
        return answer

    def ask(self, message: str, **params: Any) -> Answer:
        """Ask a question; the answer joins ``bot.history``. ``print(bot.ask("Jam buka?"))``."""
        return self._remember(message, self.reply(message, self._history, **params))

    def stream(self, message: str) -> Iterator[str]:
        """Yield text chunks of the answer; afterwards ``bot.last_answer`` holds the full Answer."""
        shown = ""
        final = None
        for part in self.respond(message, self._history):
            if part.reason == fallback.REASON and not part.done:  # the provider failed: an answer afresh
                yield ("\n\n" if shown else "") + f"{part.notice}\n\n"
                shown = ""
                continue
            if part.done:
                final = part
                break
            yield part.text[len(shown) :]
            shown = part.text
        assert final is not None
        if final.text.startswith(shown):
            rest = final.text[len(shown) :]
        else:  # the end was blocked by the leak filter: say so instead of finishing the sentence
            rest = " … " + final.text
        if rest:
            yield rest
        self._remember(message, final)

    def messages_for(self, message: str) -> list[dict[str, str]]:
        """The exact messages the model would get for ``message`` now (for the curious participant)."""
        messages, _, canned = self.plan(message, self._history)
        return messages if messages is not None else [{"role": "assistant", "content": canned.text}]

    def __repr__(self) -> str:
        return (
            f"<Chatbot {self.persona.name!r} for {self.persona.business!r}, {len(self.knowledge)} passages>"
        )

    def _repr_markdown_(self) -> str:
        return f"### 🤖 {self.persona.name}\n\n{self.persona._repr_markdown_()}\n\n{self.knowledge._repr_markdown_()}"


__all__ = ["Answer", "Chatbot", "businesses", "businesses_dir", "clean_history"]
