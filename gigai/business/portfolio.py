"""A portfolio piece: one finished gig told as problem -> solution -> result, ready for Instagram/LinkedIn.

Used in: Lab 8.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from gigai.errors import InputError

__all__ = ["PortfolioPiece", "portfolio_piece"]


@dataclass(frozen=True)
class PortfolioPiece:
    title: str
    client: str
    problem: str
    solution: str
    result: str
    tools: tuple[str, ...] = ()
    link: str = ""
    tags: tuple[str, ...] = field(default=())

    def to_markdown(self) -> str:
        md = [f"### {self.title}", f"**Klien:** {self.client}", "",
              f"**Masalah:** {self.problem}", "", f"**Solusi:** {self.solution}", "", f"**Hasil:** {self.result}"]
        if self.tools:
            md += ["", "**Alat:** " + ", ".join(self.tools)]
        if self.link:
            md += ["", f"**Lihat:** {self.link}"]
        if self.tags:
            md += ["", " ".join(f"#{t}" for t in self.tags)]
        return "\n".join(md)

    def caption(self) -> str:
        """A short social-media caption (max ~600 characters)."""
        text = (f"{self.title}\n\nMasalah: {self.problem}\nSolusi: {self.solution}\nHasil: {self.result}\n\n"
                "Butuh yang serupa untuk usahamu? DM aku ya!")
        if self.tags:
            text += "\n" + " ".join(f"#{t}" for t in self.tags)
        return text[:600]

    def _repr_markdown_(self) -> str:
        return self.to_markdown()

    def __str__(self) -> str:
        return self.to_markdown()


def portfolio_piece(
    title: str,
    *,
    client: str,
    problem: str,
    solution: str,
    result: str,
    tools: list[str] | tuple[str, ...] = ("gigai", "Python"),
    link: str = "",
    tags: list[str] | tuple[str, ...] = ("freelance", "AI", "UMKM"),
) -> PortfolioPiece:
    """Describe one gig for your portfolio; every part must be filled (clients read problem and result first)."""
    parts = {"title": title, "client": client, "problem": problem, "solution": solution, "result": result}
    empty = [k for k, v in parts.items() if not str(v or "").strip()]
    if empty:
        raise InputError("E180", f"Bagian portofolio masih kosong: {', '.join(empty)}.",
                         f"Portfolio parts are empty: {', '.join(empty)}.",
                         hint="isi masalah, solusi, dan hasil dengan 1 kalimat masing-masing", value=empty)
    return PortfolioPiece(title=title.strip(), client=client.strip(), problem=problem.strip(),
                          solution=solution.strip(), result=result.strip(), tools=tuple(tools), link=link,
                          tags=tuple(t.lstrip("#") for t in tags))
