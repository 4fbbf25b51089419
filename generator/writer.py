"""Write generated files atomically, only when their content changed, and never over a
page that someone wrote by hand."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

from .errors import ProfileError

# What every generated page carries, so that a page without it is known to be someone
# else's: the "Generated page" admonition (templates/_macros.j2). Only pages are guarded:
# data and asset files (profile.json, scripts) have names that only the generator uses.
GENERATED_MARKS = {".md": '!!! info "Generated page"'}


class HandWrittenPage(ProfileError):
    """A generated page would replace a file that the generator did not write."""


def is_generated(path: Path, content: bytes) -> bool:
    """False for a page that lacks the mark the generator puts in every page it writes."""
    mark = GENERATED_MARKS.get(path.suffix.lower())
    return mark is None or mark.encode("utf-8") in content


def _check_not_hand_written(path: Path, old: bytes) -> None:
    if not is_generated(path, old):
        raise HandWrittenPage(f"{path}: exists and was not written by the generator; not overwritten "
                              f"(move it, or rename it, and build again)")


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def _temp_copy(path: Path, data: bytes) -> Path:
    """`data` in a synced temporary file beside `path`; removed again if writing fails."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def _sync_dir(folder: Path) -> None:
    """Make the renames in `folder` durable (where the platform allows opening a folder)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_files(outputs: Mapping[Path, str]) -> list[Path]:
    """Write every changed file of `outputs` or none: each is checked and written to a
    temporary file first, and only when all are ready are they renamed into place.
    Returns the paths that changed, in the order given."""
    pending: list[tuple[Path, Path]] = []
    try:
        for path, content in outputs.items():
            data = content.encode("utf-8")
            old = _read(path)
            if old == data:
                continue
            if old is not None:
                _check_not_hand_written(path, old)
            pending.append((path, _temp_copy(path, data)))
    except BaseException:
        for _path, tmp in pending:
            tmp.unlink(missing_ok=True)
        raise
    for path, tmp in pending:
        os.replace(tmp, path)
    for folder in sorted({path.parent for path, _tmp in pending}):
        _sync_dir(folder)
    return [path for path, _tmp in pending]


def write_if_changed(path: Path, content: str) -> bool:
    """Write `content` to `path` through a temporary file and a rename; False if unchanged."""
    return bool(write_files({path: content}))


def remove_generated(paths: Sequence[Path]) -> list[Path]:
    """Delete those of `paths` that the generator wrote (a page without its mark is left
    alone); returns the paths removed."""
    removed = []
    for path in paths:
        old = _read(path)
        if old is not None and is_generated(path, old) and GENERATED_MARKS.get(path.suffix.lower()):
            path.unlink()
            removed.append(path)
    if removed:
        for folder in sorted({path.parent for path in removed}):
            _sync_dir(folder)
    return removed
