"""Day two: turn the skills into a gig business. Rates, packages, API costs, canvas, proposals.

    from gigai.business import rate_calculator, package_tiers, draft_canvas, draft_proposal, quote, rupiah

Names load lazily (PEP 562), so ``import gigai.business`` stays light; pydantic loads only for the canvas
and proposal models. Used in: Lab 8, Lab 9.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_EXPORTS: dict[str, str] = {
    "rupiah": "money",
    "parse_rupiah": "money",
    "rate_calculator": "rates",
    "RateResult": "rates",
    "package_tiers": "rates",
    "Packages": "rates",
    "PackageTier": "rates",
    "DEFAULT_TIERS": "rates",
    "compare_pricing": "rates",
    "PricingComparison": "rates",
    "EXAMPLE_MONTHLY_COSTS": "rates",
    "api_cost_estimate": "api_cost",
    "ApiCost": "api_cost",
    "Canvas": "canvas",
    "BLOCKS": "canvas",
    "draft_canvas": "canvas",
    "template_canvas": "canvas",
    "Proposal": "proposal",
    "Quote": "proposal",
    "QuoteLine": "proposal",
    "Milestone": "proposal",
    "quote": "proposal",
    "draft_proposal": "proposal",
    "PPN_EFFECTIVE": "proposal",
    "portfolio_piece": "portfolio",
    "PortfolioPiece": "portfolio",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:  # pragma: no cover
    from gigai.business.api_cost import ApiCost, api_cost_estimate  # noqa: F401
    from gigai.business.canvas import BLOCKS, Canvas, draft_canvas, template_canvas  # noqa: F401
    from gigai.business.money import parse_rupiah, rupiah  # noqa: F401
    from gigai.business.portfolio import PortfolioPiece, portfolio_piece  # noqa: F401
    from gigai.business.proposal import (  # noqa: F401
        PPN_EFFECTIVE,
        Milestone,
        Proposal,
        Quote,
        QuoteLine,
        draft_proposal,
        quote,
    )
    from gigai.business.rates import (  # noqa: F401
        DEFAULT_TIERS,
        EXAMPLE_MONTHLY_COSTS,
        Packages,
        PackageTier,
        PricingComparison,
        RateResult,
        compare_pricing,
        package_tiers,
        rate_calculator,
    )


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'gigai.business' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"gigai.business.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
