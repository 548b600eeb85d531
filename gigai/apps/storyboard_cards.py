"""The Studio's storyboard editor as cards: one card per scene, fields stacked, readable on a 412 px phone.

    cards = SceneCards(gr)                    # inside a Blocks/Tab: builds MAX_SCENES hidden cards
    button.click(fn, ..., cards.outputs)      # fn returns cards.fill(storyboard.table())
    rows = cards.rows(*values)                # the edited rows, ready for Storyboard.from_table()

A 7-column table wrapped its headers letter by letter on a phone; cards keep every label on one line and
wrap onto a grid of several cards per row on a laptop. The rows use the same keys as
``Storyboard.table()`` / ``from_table()``, so the notebook table and the Studio edit the same thing.
Used in: the Video Studio (Lab 7) and the trainer's demo.
"""

from __future__ import annotations

from typing import Any

from gigai.lang import say

FIELDS = ("narasi", "teks_layar", "visual", "file_atau_prompt", "durasi", "suara")
KINDS = ("card", "image", "video", "ai")

# Plain CSS, shipped inside the Studio (a <style> in an HTML block), so it applies standalone and in the demo.
STYLE = """<style>
#storyboard {display:grid !important; grid-template-columns:repeat(auto-fill, minmax(300px, 1fr)); gap:10px}
#storyboard > .gigai-scene {min-width:0 !important; border:1px solid var(--border-color-primary);
  border-radius:10px; padding:6px 8px !important; gap:4px !important}
#storyboard .gigai-scene-title {padding:2px 4px !important; border:none !important; min-height:0}
#storyboard .gigai-scene .row {gap:6px; flex-wrap:nowrap}
#storyboard .gigai-scene .row > * {min-width:0 !important}
#storyboard label span {white-space:nowrap; overflow:hidden; text-overflow:ellipsis}
#storyboard .gigai-scene .form, #storyboard .gigai-scene .block {border:none; box-shadow:none}
#storyboard .gigai-scene .block {padding:2px 4px !important}
#storyboard .gigai-scene [data-testid=block-info] {margin-bottom:2px; font-size:.85em}
#storyboard .gigai-scene textarea, #storyboard .gigai-scene input {padding-top:4px; padding-bottom:4px}
@media (max-width: 480px) {
  #storyboard {grid-template-columns:1fr}
  #video video {max-height:60vh}
}
</style>"""


def kind_choices() -> list[tuple[str, str]]:
    """(label, value) pairs for the visual dropdown; the value is what ``from_table`` reads."""
    labels = {
        "card": say("kartu teks", "text card"),
        "image": say("foto", "photo"),
        "video": say("klip video", "video clip"),
        "ai": say("gambar AI", "AI image"),
    }
    return [(labels[k], k) for k in KINDS]


class SceneCards:
    """MAX_SCENES cards (hidden until filled); ``outputs`` for a handler that fills them, ``inputs`` to read."""

    def __init__(self, gr: Any, max_scenes: int | None = None):
        from gigai.video.storyboard import MAX_SCENES

        self.gr = gr
        self.max = int(max_scenes or MAX_SCENES)
        self.cards: list[Any] = []
        self.fields: list[tuple[Any, ...]] = []
        gr.HTML(STYLE, padding=False, container=False)
        with gr.Row(elem_id="storyboard", equal_height=False):
            for i in range(self.max):
                with gr.Column(visible=False, elem_classes=["gigai-scene"], min_width=0) as card:
                    gr.HTML(f"<b>Scene {i + 1}</b>", elem_classes=["gigai-scene-title"], padding=False)
                    narasi = gr.Textbox(label=say("Narasi (yang diucapkan)", "Narration (spoken)"), lines=2,
                                        max_lines=6, elem_classes=["gigai-narasi"])  # fmt: skip
                    with gr.Row():
                        teks = gr.Textbox(label=say("Teks di layar", "On-screen text"), max_lines=2, min_width=0,
                                          scale=3, elem_classes=["gigai-teks"])  # fmt: skip
                        durasi = gr.Number(label=say("Detik", "Seconds"), minimum=0.5, maximum=60, step=0.5,
                                           min_width=0, scale=1)  # fmt: skip
                    with gr.Row():
                        visual = gr.Dropdown(
                            kind_choices(), value="card", label="Visual", min_width=0, scale=4
                        )
                        ref = gr.Textbox(label=say("File / prompt", "File / prompt"), min_width=0, scale=4)
                        suara = gr.Textbox(label=say("Suara sendiri", "Own voice"), min_width=0, scale=3,
                                           placeholder=say("file", "file"))  # fmt: skip
                self.cards.append(card)
                self.fields.append((narasi, teks, visual, ref, durasi, suara))

    @property
    def inputs(self) -> list[Any]:
        """Every field of every card, card by card, in FIELDS order."""
        return [f for card in self.fields for f in card]

    @property
    def outputs(self) -> list[Any]:
        """For each card: the card (visibility), then its fields."""
        out: list[Any] = []
        for card, fields in zip(self.cards, self.fields):
            out += [card, *fields]
        return out

    def fill(self, rows: list[dict[str, Any]]) -> list[Any]:
        """Updates for ``outputs`` from ``Storyboard.table()`` rows; cards past the last row are hidden."""
        gr = self.gr
        updates: list[Any] = []
        for i in range(self.max):
            if i < len(rows):
                r = rows[i]
                kind = str(r.get("visual") or "card")
                updates += [
                    gr.update(visible=True),
                    r.get("narasi") or "",
                    r.get("teks_layar") or "",
                    kind if kind in KINDS else "card",
                    r.get("file_atau_prompt") or "",
                    float(r.get("durasi") or 0) or None,
                    r.get("suara") or "",
                ]
            else:
                updates += [gr.update(visible=False), "", "", "card", "", None, ""]
        return updates

    def rows(self, count: int, values: list[Any]) -> list[dict[str, Any]]:
        """The first ``count`` cards as ``from_table`` rows (``no`` is the scene's place)."""
        n = len(FIELDS)
        out = []
        for i in range(min(int(count or 0), self.max)):
            row = dict(zip(FIELDS, values[i * n : (i + 1) * n]))
            row["no"] = i + 1
            out.append(row)
        return out


__all__ = ["SceneCards", "FIELDS", "KINDS", "STYLE"]
