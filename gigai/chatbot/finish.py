"""What a model wrote, made into the Answer a customer sees: the output filter holds back an answer that
repeats the rules or an internal note, an unsure answer gets the admin's contact, and the sources named are
the passages the answer drew on. A part of Chatbot (``class Chatbot(Finishing)``), one idea per module.
"""

from __future__ import annotations

from typing import Any

from gigai.chatbot import guardrails as g
from gigai.chatbot.answer import Answer, _Answerer, _cited_sources
from gigai.chatbot.knowledge import Passage
from gigai.offline import notes


class Finishing:
    """Chatbot's answer finishing; needs ``persona``, ``knowledge``, ``model``, ``in_charge``, ``_generic``,
    ``min_coverage`` from the Chatbot."""

    _guard_key: tuple[int, int] | None = None
    _guard_obj: tuple[list[str], notes.NoteGuard] | None = None

    def _secrets(self) -> tuple[list[str], notes.NoteGuard]:
        """The rules' lines and the internal notes' guard (rebuilt when the persona or knowledge is replaced)."""
        key = (id(self.persona), id(self.knowledge))
        if self._guard_obj is None or self._guard_key != key:
            rules = []
            public_names = [n for n in (self.persona.admin_contact, self.persona.business) if n]
            for for_model in (False, True):
                prompt = self.persona.system_prompt(for_model=for_model).split("Aturan:", 1)[-1]
                for name in public_names:  # an answer that gives the admin's contact repeats no secret
                    prompt = prompt.replace(name, " ")
                rules += [line for line in prompt.splitlines() if len(line.split()) >= 6]
            public = "\n".join(
                [self.persona.system_prompt(for_model=True), *(str(p) for p in self.knowledge)]
            )
            self._guard_obj = (rules, notes.NoteGuard(self.knowledge.internal, public))
            self._guard_key = key
        return self._guard_obj

    def _leaky(self, text: str) -> bool:
        """True when ``text`` repeats the rules or anything of an internal note (words, amounts, names)."""
        rules, guard = self._secrets()
        return g.leaks(text, secrets=rules) or bool(guard.leaks(text))

    def _finish(
        self, text: str, hits: list[Passage], *, notice: str | None = None, by: Any = None, question: str = ""
    ) -> Answer:
        model = _Answerer(
            getattr(by, "provider", None) or self.model.provider,
            getattr(by, "model", None) or self.model.model_id,
        )
        if notice and all(n in text for n in notice.splitlines() if n):
            notice = None  # a streamed fallback already says it in the text: shown once, not twice
        if (
            not text.strip()
        ):  # a model that says nothing (small local models do) must not leave a blank bubble
            return Answer(
                g.msg_handoff(self.persona.admin_contact),
                provider=model.provider,
                model=model.model_id,
                notice=notice,
                handoff=True,
                reason="empty",
            )
        if self._leaky(text):
            lang = g.language_of(text)
            return Answer(
                g.msg_refuse_prompt(lang),
                provider=model.provider,
                model=model.model_id,
                declined=True,
                reason="leak_blocked",
            )
        if g.sounds_unsure(text):
            # The model does not know: no sources to show, and the admin's contact must be there.
            contact = self.persona.admin_contact
            if contact and contact not in text:
                text = f"{text}\n\n{g.msg_handoff(contact, g.language_of(text))}"
            return Answer(
                text,
                provider=model.provider,
                model=model.model_id,
                notice=notice,
                handoff=True,
                reason="unsure",
            )
        sources = tuple(dict.fromkeys(h.source for h in hits))
        cited = _cited_sources(text, sources, inline=True)
        if not cited and hits and self.in_charge:  # name the given passages the answer used
            asked = self._used(question, hits)
            if self.knowledge.coverage(question, asked, generic=self._generic) < self.min_coverage:
                asked = []  # the question matches nothing well enough to name a source
            hits = self._used(text, hits) or asked
            sources = tuple(dict.fromkeys(h.source for h in hits))
        return Answer(
            text,
            sources=cited or sources,
            passages=[h for h in hits if h.source in cited] if cited else hits,
            provider=model.provider,
            model=model.model_id,
            notice=notice,
        )

    def _used(self, text: str, given: list[Passage]) -> list[Passage]:
        """The given passages an answer draws on: the best matches for the answer's own words (or, when they
        match none, for the question's)."""
        allowed = {(p.source, p.text) for p in given}
        # The business's own name ("Kopi Kita") alone names no passage.
        found = [
            h for h in self.knowledge.search(text, 3, generic=self._generic) if (h.source, h.text) in allowed
        ]
        return found[:2] if found else []
