"""The site's Content Security Policy: only the site's own scripts, styles and pictures.

GitHub Pages cannot send headers, so the policy is a `<meta>` tag that the theme
override (generator/theme/main.html) puts at the top of `<head>`. Material's pages
carry a few inline `<script>` blocks whose text varies by page (the base path); each
is allowed by the SHA-256 hash of its exact text, computed from the finished page,
never by 'unsafe-inline'.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import re
from collections.abc import Callable, Iterable
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
        source = _sha256(m.group(2))
        if source not in out:
            out.append(source)
    return out


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


# Material's offline search loads its Worker through the iframe-worker shim, which writes
# one inline script into a hidden frame at run time: postMessage=<function c>;importScripts=
# <function d>;... with the Worker's address. Its text is known from the shim file and the
# address in the page's __config, so it is allowed by hash like the others.
_SHIM_TEMPLATE = re.compile(r"document\.write\(`<html><body><script>(postMessage=\$\{(\w+)\};"
                            r"importScripts=\$\{(\w+)\};[^`]*?)<\\/script>")
_WORKER_URL = re.compile(r'"search"\s*:\s*"([^"]+)"')


def _function_source(js: str, name: str) -> str | None:
    """The text of `function name(...){...}` as the browser's Function.toString gives it."""
    start = js.find(f"function {name}(")
    depth, i = 0, js.find("{", start) if start >= 0 else -1
    while 0 <= i < len(js):
        depth += {"{": 1, "}": -1}.get(js[i], 0)
        if depth == 0:
            return js[start:i + 1]
        i += 1
    return None


def worker_shim_hash(html: str, shim_js: str) -> str | None:
    """The hash of the script the iframe-worker shim `shim_js` writes for this page, if any."""
    template, worker = _SHIM_TEMPLATE.search(shim_js), _WORKER_URL.search(html)
    if template is None or worker is None:
        return None
    post, imports = (_function_source(shim_js, template.group(n)) for n in (2, 3))
    if post is None or imports is None:
        return None
    text = (template.group(1).replace("${" + template.group(2) + "}", post)
            .replace("${" + template.group(3) + "}", imports).replace("${e}", worker.group(1)))
    return _sha256(text)


# Zensical's bundle draws its search in a shadow root holding one <style> element whose text is a
# string constant of the bundle (`C("style",{},Tc.toString())`, `var Tc='...'`). Its text is known
# from the script file, so it is allowed by hash too (Material's bundle has none).
_STYLE_ELEMENT = re.compile(r"""\w+\("style",\{\},([\w$]+)(?:\.toString\(\))?\)""")


@functools.lru_cache(maxsize=8)
def injected_style_hashes(js: str) -> tuple[str, ...]:
    """The hashes of the <style> elements that the script `js` adds with a constant text."""
    out: list[str] = []
    for m in _STYLE_ELEMENT.finditer(js):
        constant = re.search(r"(?<![\w$.])" + re.escape(m.group(1)) + r"""=('[^'\\]*'|"[^"\\]*")""", js)
        if constant is not None:  # (a text with escapes is not read: the browser would report it)
            out.append(_sha256(constant.group(1)[1:-1]))
    return tuple(dict.fromkeys(out))


def script_sources(html: str) -> list[str]:
    """The `src` of each external script of the page."""
    out = []
    for m in _SCRIPT.finditer(html):
        for a in _SRC_OR_TYPE.finditer(" " + m.group(1)):
            if a.group(1).lower() == "src":
                out.append(next(g for g in a.groups()[1:] if g is not None))
    return out


def policy(html: str, extra_hashes: Iterable[str] = (), style_hashes: Iterable[str] = ()) -> str:
    """The policy for one finished page."""
    hashes = [*inline_script_hashes(html), *(h for h in extra_hashes if h)]
    base = BASE_POLICY
    styles = " ".join(dict.fromkeys(h for h in style_hashes if h))
    if styles:
        base = base.replace("style-src 'self';", f"style-src 'self' {styles};", 1)
    return f"script-src 'self' {' '.join(dict.fromkeys(hashes))}; {base}".replace("  ", " ")


def apply(html: str, read_script: Callable[[str], str | None] = lambda _src: None) -> str:
    """The page with the placeholder replaced by its policy; unchanged if it has none.
    `read_script` gives the text of one of the page's script files (by its src), or None."""
    if PLACEHOLDER not in html:
        return html
    scripts = [js for js in map(read_script, script_sources(html)) if js]
    shims = [worker_shim_hash(html, js) for js in scripts]
    styles = [h for js in scripts for h in injected_style_hashes(js)]
    return html.replace(PLACEHOLDER, policy(html, [h for h in shims if h], styles), 1)
