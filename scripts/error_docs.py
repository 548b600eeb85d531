"""Write docs/ERRORS.md and the class tree in gigai/errors.py's docstring from gigai/errors.json.

    python scripts/error_docs.py          # rewrite both (tests/test_error_codes.py checks they are current)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gigai import errors  # noqa: E402


def main() -> int:
    (ROOT / "docs" / "ERRORS.md").write_text(errors.render_markdown(), encoding="utf-8")
    path = ROOT / "gigai" / "errors.py"
    text = path.read_text(encoding="utf-8")
    new = re.sub(
        r"(<!-- error-tree:start -->\n).*?(<!-- error-tree:end -->)",
        lambda m: m.group(1) + errors.render_tree() + "\n" + m.group(2),
        text,
        count=1,
        flags=re.S,
    )
    path.write_text(new, encoding="utf-8")
    print("wrote docs/ERRORS.md and the tree in gigai/errors.py")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
