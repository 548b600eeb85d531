"""Day two: turn the skills into a gig business. Rates, packages, API and hosting costs, canvas, platforms
and tax facts; proposals, invoices and a simple service agreement (Markdown and PDF).

    from gigai.business import rate_calculator, package_tiers, draft_canvas, draft_proposal, quote, rupiah
    from gigai.business import invoice_for, draft_contract, pdf_preview, tax_facts, platform_fees

Names load lazily (PEP 562), so ``import gigai.business`` stays light; pydantic loads only for the canvas
and proposal models. Used in: Lab 8, Lab 9.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_EXPORTS: dict[str, str] = {
    "rupiah": "money",
    "parse_rupiah": "money",
    "angka": "formats",
    "persen": "formats",
    "tanggal": "formats",
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
    "running_cost": "hosting",
    "RunningCost": "hosting",
    "HOSTING": "hosting",
    "Canvas": "canvas",
    "BLOCKS": "canvas",
    "draft_canvas": "canvas",
    "template_canvas": "canvas",
    "Quote": "quotes",
    "QuoteLine": "quotes",
    "quote": "quotes",
    "PPN_EFFECTIVE": "quotes",
    "Proposal": "proposal",
    "Milestone": "proposal",
    "Payment": "proposal",
    "payment_schedule": "proposal",
    "draft_proposal": "drafting",
    "invoice_for": "invoice",
    "Invoice": "invoice",
    "draft_contract": "contract",
    "Contract": "contract",
    "pdf_preview": "preview",
    "tax_facts": "tax",
    "umkm_tax": "tax",
    "income_tax_nppn": "tax",
    "platform_fees": "platforms",
    "net_after_fee": "platforms",
    "PLATFORMS": "platforms",
    "portfolio_piece": "portfolio",
    "PortfolioPiece": "portfolio",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:  # pragma: no cover
    from gigai.business.api_cost import ApiCost, api_cost_estimate  # noqa: F401
    from gigai.business.canvas import BLOCKS, Canvas, draft_canvas, template_canvas  # noqa: F401
    from gigai.business.contract import Contract, draft_contract  # noqa: F401
    from gigai.business.drafting import draft_proposal  # noqa: F401
    from gigai.business.formats import angka, persen, tanggal  # noqa: F401
    from gigai.business.hosting import HOSTING, RunningCost, running_cost  # noqa: F401
    from gigai.business.invoice import Invoice, invoice_for  # noqa: F401
    from gigai.business.money import parse_rupiah, rupiah  # noqa: F401
    from gigai.business.platforms import PLATFORMS, net_after_fee, platform_fees  # noqa: F401
    from gigai.business.portfolio import PortfolioPiece, portfolio_piece  # noqa: F401
    from gigai.business.preview import pdf_preview  # noqa: F401
    from gigai.business.proposal import Milestone, Payment, Proposal, payment_schedule  # noqa: F401
    from gigai.business.quotes import PPN_EFFECTIVE, Quote, QuoteLine, quote  # noqa: F401
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
    from gigai.business.tax import income_tax_nppn, tax_facts, umkm_tax  # noqa: F401

def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'gigai.business' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"gigai.business.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
