"""The MkDocs plugin: thin glue that runs the generator before MkDocs reads docs/.

The only module that imports MkDocs. Pages are written only when their content
changes, so `mkdocs serve` rebuilds once per edit instead of looping.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin

from . import config as profile_config
from .errors import ProfileError
from .pipeline import build

log = logging.getLogger("mkdocs.plugins.profile")


class ProfileOptions(Config):
    subject = c.Optional(c.Type(str))
    seeds = c.Type(str, default="seeds")
    sections = c.Optional(c.Type(list))
    people = c.Optional(c.Type(list))
    max_file_bytes = c.Optional(c.Type(int))


class ProfilePlugin(BasePlugin[ProfileOptions]):
    """Runs `pipeline.build()` on every build; watches seeds/ under `mkdocs serve`."""

    def on_config(self, config: Any) -> Any:
        root = Path(config.config_file_path).resolve().parent
        options = {k: v for k, v in self.config.items() if v is not None}
        try:
            self.profile = profile_config.from_options(root, options, config.docs_dir, config.site_name)
        except ProfileError as exc:
            raise PluginError(str(exc)) from exc
        return config

    def on_pre_build(self, config: Any) -> None:
        try:
            result = build(self.profile)
        except ProfileError as exc:
            raise PluginError(str(exc)) from exc
        for warning in result.warnings:
            log.info("profile: %s", warning)  # info: a bad article must not fail --strict
        log.info("profile: %d statements from %d articles",
                 sum(len(s.statements) for s in result.profile.sections), len(result.profile.sources))

    def on_serve(self, server: Any, config: Any, builder: Any) -> Any:
        server.watch(str(self.profile.seeds_dir))
        return server
