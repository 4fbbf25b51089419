"""`profile-generator csp`: the Content Security Policy and the page check for a site that was
built without the `profile` plugin (Zensical runs no MkDocs plugins).

Under MkDocs and ProperDocs the plugin adds the policy to every page as it is built
(generator/plugin.py, generator/csp.py) and refuses to publish a generated page that holds
active markup (generator/pagecheck.py). A builder that runs no plugin gets neither; this pass
gives a finished site the same two things afterwards: each HTML page gets the `<meta>` policy
as the first element of its `<head>` (or has the theme override's placeholder filled in), with
the hashes of its own inline scripts, and a page made from a generated Markdown page of
`docs/` is checked. A page that already carries a policy is left as it is, so running it twice,
or on a site that MkDocs built, changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from . import csp, pagecheck
from .errors import ProfileError
from .writer import is_generated, write_files

_HEAD = re.compile(r"<head\b[^>]*>(\s*<meta\s+charset\s*=[^>]*>)?", re.IGNORECASE)
_HEAD_END = re.compile(r"</head\s*>", re.IGNORECASE)
_POLICY_META = re.compile(r"<meta\b[^>]*http-equiv\s*=\s*[\"']?Content-Security-Policy", re.IGNORECASE)
_META_TAG = f'<meta http-equiv="Content-Security-Policy" content="{csp.PLACEHOLDER}">'


def with_policy(html: str, read_script: Callable[[str], str | None]) -> str:
    """The page with its policy: the placeholder filled in, or a policy put first in `<head>`
    (after `<meta charset>`); unchanged if its head has a policy already or it has no head."""
    if csp.PLACEHOLDER not in html:
        head = _HEAD.search(html)
        end = _HEAD_END.search(html)
        if head is None or (end is not None and _POLICY_META.search(html, head.end(), end.start())):
            return html
        html = html[:head.end()] + _META_TAG + html[head.end():]
    return csp.apply(html, read_script)


def _script_reader(site: Path, page: Path) -> Callable[[str], str | None]:
    """Reads a script the page loads (by its `src`) from the site; None for another host's."""
    root = site.resolve()

    def read(src: str) -> str | None:
        if "://" in src or src.startswith("//"):
            return None
        address = src.split("?")[0].split("#")[0]
        if address.startswith("/"):  # from the site's root (the 404 page), under site_url's path if any
            parts = address.strip("/").split("/")
            candidates = [root.joinpath(*parts[i:]) for i in range(len(parts))]
        else:
            candidates = [page.parent / address]
        for candidate in candidates:
            path = candidate.resolve()
            if path.is_relative_to(root) and path.is_file():
                return path.read_text(encoding="utf-8", errors="replace")
        return None
    return read


def secure_site(site: Path, docs: Path) -> list[Path]:
    """Check and give a policy to every HTML page of the built `site` whose Markdown is in `docs`;
    the pages changed. Raises ProfileError, writing nothing, if a generated page holds active markup."""
    if not site.is_dir():
        raise ProfileError(f"{site}: no built site there (build it first, e.g. `zensical build`)")
    pages = sorted(p for p in site.rglob("*.html") if p.is_file())
    for page in pages:
        source = docs / page.relative_to(site).with_suffix(".md")
        if source.is_file() and is_generated(source, source.read_bytes()):
            found = pagecheck.active_markup(page.read_text(encoding="utf-8", errors="replace"))
            if found:
                raise ProfileError(f"{page}: article text reached the page as markup ({'; '.join(found[:5])}); "
                                   f"remove the site before publishing it, and please report this as a bug.")
    return write_files({page: with_policy(page.read_text(encoding="utf-8"), _script_reader(site, page))
                        for page in pages})
