"""The MkDocs plugin: thin glue that runs the generator before MkDocs reads docs/.

The only module that imports MkDocs. Pages are written only when their content
changes, and under `mkdocs serve` the generator's own writes to docs/ set off no build of
their own, so an edit of an article rebuilds the site once.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, ClassVar

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority

from . import config as profile_config
from . import csp, pagecheck
from .errors import ProfileError
from .pipeline import build
from .writer import is_generated

log = logging.getLogger("mkdocs.plugins.profile")


class ProfileOptions(Config):  # type: ignore[no-untyped-call]
    subject = c.Optional(c.Type(str))
    seeds = c.Type(str, default="seeds")
    sections = c.Optional(c.Type(list))
    people = c.Optional(c.Type(list))
    max_file_bytes = c.Optional(c.Type(int))
    max_article_chars = c.Optional(c.Type(int))


class ProfilePlugin(BasePlugin[ProfileOptions]):  # type: ignore[no-untyped-call]
    """Runs `pipeline.build()` on every build; watches seeds/ under `mkdocs serve`."""

    def on_config(self, config: Any) -> Any:
        root = Path(config.config_file_path).resolve().parent
        options = {k: v for k, v in self.config.items() if v is not None}
        try:
            self.profile = profile_config.from_options(root, options, config.docs_dir, config.site_name)
        except ProfileError as exc:
            raise PluginError(str(exc)) from exc
        self._own = OwnWrites.of(config.docs_dir)
        self._add_theme_override(config)
        return config

    @staticmethod
    def _add_theme_override(config: Any) -> None:
        """Put generator/theme (the CSP <meta>) before the theme's own templates and after
        the project's `custom_dir`, so that every project gets it without editing mkdocs.yml."""
        dirs = config.theme.dirs
        if csp.THEME_DIR.as_posix() in (Path(d).as_posix() for d in dirs):
            return
        custom = config.theme.custom_dir
        at = 1 if custom and dirs and Path(dirs[0]).resolve() == Path(custom).resolve() else 0
        dirs.insert(at, str(csp.THEME_DIR))

    @event_priority(-100)  # last, once every other plugin has changed the page
    def on_post_page(self, output: str, page: Any, config: Any) -> str:
        src = Path(page.file.src_uri)
        if src.suffix == ".md" and is_generated(src, (page.markdown or "").encode("utf-8")):
            found = pagecheck.active_markup(output)
            if found:
                raise PluginError(f"{page.file.src_uri}: article text reached the page as markup "
                                  f"({'; '.join(found[:5])}); not published. Please report this as a bug.")
        if csp.PLACEHOLDER not in output:
            log.warning("profile: %s: no Content Security Policy (a custom main.html replaces the "
                        "profile theme's; extend it from the site_meta block)", page.file.src_uri)
        return csp.apply(output, self._script_reader(config, page.file.dest_uri))

    @event_priority(-100)
    def on_post_template(self, output_content: str, template_name: str, config: Any) -> str:
        return csp.apply(output_content, self._script_reader(config, template_name))

    @staticmethod
    def _script_reader(config: Any, dest_uri: str) -> Callable[[str], str | None]:
        """Reads a script the page at `dest_uri` loads, from site/ (or docs/, not yet copied)."""
        def read(src: str) -> str | None:
            if "://" in src or src.startswith("//"):
                return None
            for root in (Path(config.site_dir), Path(config.docs_dir)):
                path = (root / Path(dest_uri).parent / src.split("?")[0]).resolve()
                if path.is_relative_to(root.resolve()) and path.is_file():
                    return path.read_text(encoding="utf-8", errors="replace")
            return None
        return read

    def on_pre_build(self, config: Any) -> None:
        with self._own.generating():
            try:
                result = build(self.profile)
            except ProfileError as exc:
                raise PluginError(str(exc)) from exc
            self._own.remember(result.changed)
        for warning in result.warnings:
            log.info("profile: %s", warning)  # info: a bad article must not fail --strict
        log.info("profile: %d statements from %d articles",
                 sum(len(s.statements) for s in result.profile.sections), len(result.profile.sources))

    def on_serve(self, server: Any, config: Any, builder: Any) -> Any:
        server.watch(str(self.profile.seeds_dir))
        self._ignore_own_writes(server, config.docs_dir)
        return server

    def _ignore_own_writes(self, server: Any, docs_dir: str) -> None:
        """Let MkDocs' watch of docs/ pass on only the changes that the generator did not make:
        a page it has just written (same content) or its temporary file sets off no second build.
        Reaches into MkDocs' server (1.6) and watchdog's observer; where they differ, each edit
        just builds twice, as before."""
        try:
            watch = server._watch_refs[os.path.abspath(docs_dir)]
            handlers = list(server.observer._handlers[watch])
        except (AttributeError, KeyError, TypeError):
            log.debug("profile: cannot filter the docs/ watch of this MkDocs version")
            return
        for handler in handlers:
            handler.on_any_event = self._own.filter(handler.on_any_event)


class OwnWrites:
    """What the generator last wrote in one docs/ folder (absolute path -> SHA-256, None once
    removed), so that `mkdocs serve` can tell its own writes from an author's edit. One per
    folder for the whole process: MkDocs makes a new plugin object for every rebuild."""

    _folders: ClassVar[dict[str, OwnWrites]] = {}

    def __init__(self) -> None:
        self._written: dict[str, str | None] = {}
        self._lock = threading.Lock()
        self._busy = False
        self._deferred: list[tuple[Any, Callable[[Any], None]]] = []

    @classmethod
    def of(cls, docs_dir: str) -> OwnWrites:
        return cls._folders.setdefault(os.path.abspath(docs_dir), cls())

    @contextmanager
    def generating(self) -> Iterator[None]:
        """While the generator writes, hold back the events seen; then pass on those it did not cause."""
        with self._lock:
            self._busy = True
        try:
            yield
        finally:
            with self._lock:
                self._busy = False
                deferred, self._deferred = self._deferred, []
            for event, forward in deferred:
                if not self.caused(event):
                    forward(event)

    def remember(self, paths: Iterable[Path]) -> None:
        with self._lock:
            self._written.update((os.path.abspath(p), _digest(p)) for p in paths)

    def filter(self, forward: Callable[[Any], None]) -> Callable[[Any], None]:
        """A watchdog callback that passes on to `forward` only the events the generator did not cause."""
        def on_any_event(event: Any) -> None:
            with self._lock:
                if self._busy:
                    self._deferred.append((event, forward))
                    return
            if not self.caused(event):
                forward(event)
        return on_any_event

    def caused(self, event: Any) -> bool:
        """True if every path of the watchdog `event` is a file as the generator last left it."""
        paths = [os.fsdecode(p) for p in (getattr(event, "src_path", ""), getattr(event, "dest_path", "")) if p]
        return bool(paths) and all(self._is_own(path) for path in paths)

    def _is_own(self, path: str) -> bool:
        name = os.path.basename(path)
        if name.startswith(".") and name.endswith(".tmp"):  # generator/writer.py's temporary files
            return True
        key = os.path.abspath(path)
        with self._lock:
            if key not in self._written:
                return False
            expected = self._written[key]
        return _digest(Path(key)) == expected


def _digest(path: Path) -> str | None:
    """SHA-256 of the file's bytes; None if it is not there."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None
