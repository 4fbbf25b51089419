"""The site's Content Security Policy: only the site's own scripts, styles and pictures.

GitHub Pages cannot send headers, so the policy is a `<meta>` tag that the theme
override (generator/theme/main.html) puts at the top of `<head>`. Material's pages
carry a few inline `<script>` blocks whose text varies by page (the base path); each
is allowed by the SHA-256 hash of its exact text, computed from the finished page,
never by 'unsafe-inline'.
"""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

THEME_DIR = Path(__file__).resolve().parent / "theme"
PLACEHOLDER = "profile-csp-placeholder"
_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL)
_SRC_OR_TYPE = re.compile(r"""\s(src|type)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)
_SCRIPT_TYPES = {"", "module", "text/javascript", "application/javascript", "text/ecmascript"}
# Everything from the site itself; pictures may also be data: URLs (Material's icons are
# data: SVGs inside its own stylesheet). No plugins, no frames, no foreign form targets.
BASE_POLICY = ("default-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
               "connect-src 'self'; worker-src 'self'; object-src 'none'; frame-src 'none'; "
               "base-uri 'self'; form-action 'self'")


def inline_script_hashes(html: str) -> list[str]:
    """CSP hash sources ('sha256-...') of the page's inline scripts, in page order, once each."""
    out: list[str] = []
    for m in _SCRIPT.finditer(html):
        attrs = {a.group(1).lower(): next(g for g in a.groups()[1:] if g is not None)
                 for a in _SRC_OR_TYPE.finditer(" " + m.group(1))}
        if "src" in attrs or attrs.get("type", "").strip().lower() not in _SCRIPT_TYPES:
            continue  # a file of the site, or data (JSON) that is never run
        digest = base64.b64encode(hashlib.sha256(m.group(2).encode("utf-8")).digest()).decode("ascii")
        source = f"'sha256-{digest}'"
        if source not in out:
            out.append(source)
    return out


def policy(html: str) -> str:
    """The policy for one finished page."""
    return f"script-src 'self' {' '.join(inline_script_hashes(html))}; {BASE_POLICY}".replace("  ", " ")


def apply(html: str) -> str:
    """The page with the placeholder replaced by its policy; unchanged if it has none."""
    if PLACEHOLDER not in html:
        return html
    return html.replace(PLACEHOLDER, policy(html), 1)
