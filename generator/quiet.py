"""Silences notices that the reader of a build log can do nothing about, and nothing else.

Material for MkDocs prints an end-of-life banner when its theme is loaded, unless
NO_MKDOCS_2_WARNING is set. The theme is loaded while MkDocs validates `mkdocs.yml`, before any
plugin's code runs, so the only code of ours that runs earlier is a tag that the YAML parser
resolves: `mkdocs.yml` (written by `new`) holds

    extra:
      profile_generator: !!python/name:generator.quiet.NOTICES_OFF

whose value is importing this module. MkDocs' own messages, our plugin's (`profile: ...`),
warnings and errors are untouched.
"""

from __future__ import annotations

import os

# Material's banner (material/templates/__init__.py): the end of life of MkDocs 1 themes, which a
# profile's author cannot act on; the pinned versions are the tested ones.
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

NOTICES_OFF = True
