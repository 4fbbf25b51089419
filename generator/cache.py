"""A cache of per-article work, so that a rebuild only processes the articles that changed.

Entries live in `.cache/profile-generator/<salt>/` next to `mkdocs.yml` (git-ignored). The
salt is a hash of the generator's own code, the versions of Python and pysbd, and the
configuration: a change of any of them starts a fresh folder, and the old ones are removed.
Within it, an entry's key is a hash of everything its stage reads (an article's id and
body, or its sentences), so a hit returns exactly what the stage would compute.

Entries are pickles of the model's frozen records, kept in packs (`<stage>/<first hex digit of
the key>.pickle`: sixteen files per stage, not one per article) written atomically (a temporary
file, then a rename). An entry that cannot be read, or does not hold what is expected, is
treated as missing and written again: the cache can make a build faster, never different.
"""

from __future__ import annotations

import copyreg
import dataclasses
import hashlib
import io
import os
import pickle
import platform
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import fields
from importlib import metadata
from operator import attrgetter
from pathlib import Path
from typing import Any, TypeVar

from . import model
from .config import ProfileConfig

PACKAGE = Path(__file__).resolve().parent
FOLDER = ".cache/profile-generator"
PACK = "pack"  # the first item of a pack's file (a table's is its stage)
_HEX = frozenset("0123456789abcdef")
T = TypeVar("T")


def code_version() -> str:
    """A hash of every module of the generator and of the libraries whose output is cached."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*.py")):
        digest.update(path.relative_to(PACKAGE).as_posix().encode())
        digest.update(path.read_bytes())
    for dist in ("pysbd",):
        try:
            digest.update(f"{dist}=={metadata.version(dist)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{dist} missing".encode())
    digest.update(platform.python_version().encode())
    return digest.hexdigest()


def config_version(config: ProfileConfig) -> str:
    """A hash of the configuration, without the absolute paths (a moved folder keeps its cache)."""
    options = {f.name: getattr(config, f.name) for f in fields(config) if not isinstance(getattr(config, f.name), Path)}
    options["seeds"] = config.seeds_dir.name
    return hashlib.sha256(repr(sorted(options.items())).encode()).hexdigest()


def key_of(*parts: object) -> str:
    """A cache key: the hash of the parts' reprs (frozen records have a stable repr)."""
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()


def _rebuild(cls: type[T], values: tuple[object, ...]) -> T:
    """A record from its field values, in order, through its own __init__ (see _Pickler)."""
    return cls(*values)


Reducer = Callable[[Any], tuple[Callable[..., Any], tuple[Any, ...]]]


def _reducer(cls: type) -> Reducer | None:
    """How _Pickler pickles a record of `cls`: a dataclass with slots whose every field is an __init__
    argument (the frozen records of generator/model.py); None for any other class."""
    if not (dataclasses.is_dataclass(cls) and "__slots__" in cls.__dict__):
        return None
    found = dataclasses.fields(cls)
    if not found or not all(f.init for f in found):
        return None
    values = attrgetter(*(f.name for f in found)) if len(found) > 1 else (lambda o, _n=found[0].name: (getattr(o, _n),))
    return lambda obj: (_rebuild, (cls, values(obj)))


def _dispatch_table() -> dict[type, Reducer]:
    table: dict[type, Reducer] = dict(copyreg.dispatch_table)  # type: ignore[arg-type]
    for cls in vars(model).values():
        reducer = _reducer(cls) if isinstance(cls, type) and cls.__module__ == model.__name__ else None
        if reducer is not None:
            table[cls] = reducer
    return table


class _Pickler(pickle.Pickler):
    """Pickles the model's frozen records as their class and field values: reading one back calls the
    class, a third quicker than the dataclasses module's own __setstate__ (which looks the fields up
    again for every record), and writing it costs less too."""

    dispatch_table = _dispatch_table()


def dumps(value: object) -> bytes:
    """The bytes of a value as the cache writes it (_Pickler)."""
    buffer = io.BytesIO()
    _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return buffer.getvalue()


def entry(key: str, compute: Callable[[], object]) -> bytes:
    """A cache entry of `key` holding compute()'s value, as bytes (`Cache.store_entry` keeps it)."""
    return dumps((key, compute()))


def _load(path: Path) -> object:
    """The unpickled entry, or None when it is missing or unreadable (whatever the error)."""
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)
    except Exception:  # noqa: BLE001 - a truncated, corrupt or foreign file is a miss, never a failure
        return None


class Table:
    """A cache for a corpus-wide stage's work on each item (a sentence's traits, a text's stems): one
    file per stage holding a dict of key -> value, read once, written once at the end of a build if
    anything was added or went unused. A build keeps only the entries it used, so the file follows
    the corpus instead of growing. Keys are strings (use `key_of` for anything else); values must
    pickle. A file that cannot be read is an empty table."""

    def __init__(self, path: Path):
        self.path = path
        stored = _load(path)
        ok = isinstance(stored, tuple) and len(stored) == 2 and stored[0] == path.stem and isinstance(stored[1], dict)
        self._stored: dict[str, object] = stored[1] if ok else {}  # type: ignore[index]
        self._used: dict[str, object] = {}
        self.hits = self.misses = 0

    def get_or_compute(self, key: str, compute: Callable[[], T]) -> T:
        """The stored value for `key`, or compute and keep it (the caller checks nothing: keys must
        name everything the value depends on)."""
        if key in self._used:
            self.hits += 1
            return self._used[key]  # type: ignore[return-value]
        if key in self._stored:
            self.hits += 1
            value = self._used[key] = self._stored[key]
            return value  # type: ignore[return-value]
        self.misses += 1
        value = self._used[key] = compute()
        return value

    def __contains__(self, key: str) -> bool:
        return key in self._used or key in self._stored

    def put(self, key: str, value: object) -> None:
        """Keep a value worked out elsewhere (in a worker process: generator/parallel.py) for a key
        the table lacks, as get_or_compute would have computed it."""
        self.misses += 1
        self._used[key] = value

    def save(self) -> None:
        """Write the entries used by this build, if they differ from what was read."""
        if self.misses or len(self._used) != len(self._stored):
            Cache._write(self.path, (self.path.stem, self._used))


class _Pack:
    """The entries of one stage whose keys begin with one hex digit, in one file: a dict of key -> the
    entry's bytes (unpickled only when looked up). Written again, atomically, when an entry was added
    or went unused (`save`): a build that adds one article rewrites one pack of each stage, not a file
    per article and stage (thousands of files created in a cold build)."""

    def __init__(self, path: Path):
        self.path = path
        stored = _load(path)
        ok = isinstance(stored, tuple) and len(stored) == 2 and stored[0] == PACK and isinstance(stored[1], dict)
        self._stored: dict[str, bytes] = stored[1] if ok else {}  # type: ignore[index]
        self._used: dict[str, bytes] = {}
        self._added = False

    def get(self, key: str) -> bytes | None:
        data = self._used.get(key)
        if data is None:
            data = self._stored.get(key)
            if data is not None:
                self._used[key] = data
        return data

    def put(self, key: str, data: bytes) -> None:
        self._used[key] = data
        self._added = True

    def save(self) -> None:
        if self._added or len(self._used) != len(self._stored):
            Cache._write(self.path, (PACK, self._used))


class Cache:
    """Entries of one code version and configuration; `used` remembers what this build read or wrote."""

    def __init__(self, folder: Path, salt: str):
        self.root = folder
        self.folder = folder / salt[:32]
        self.used: set[Path] = set()
        self.hits: Counter[str] = Counter()  # per stage
        self.misses: Counter[str] = Counter()
        self.tables: dict[str, Table] = {}
        self.packs: dict[tuple[str, str], _Pack] = {}

    def table(self, stage: str) -> Table:
        """The per-item table of a corpus-wide stage (`.cache/.../tables/<stage>.pickle`); saved by `prune`."""
        if stage not in self.tables:
            path = self.folder / "tables" / f"{stage}.pickle"
            self.used.add(path)
            self.tables[stage] = Table(path)
        return self.tables[stage]

    @classmethod
    def for_config(cls, config: ProfileConfig, version: str | None = None) -> Cache:
        """The cache of a profile folder: `.cache/` next to mkdocs.yml."""
        salt = key_of(version or code_version(), config_version(config))
        return cls(config.root / FOLDER, salt)

    def _pack(self, stage: str, key: str) -> _Pack:
        """The pack that holds (stage, key): `.cache/.../<stage>/<first hex digit of key>.pickle`."""
        shard = key[:1] if key[:1] in _HEX else "_"
        pack = self.packs.get((stage, shard))
        if pack is None:
            path = self.folder / stage / f"{shard}.pickle"
            self.used.add(path)
            pack = self.packs[stage, shard] = _Pack(path)
        return pack

    def get_or_compute(self, stage: str, key: str, expected: type[T], compute: Callable[[], T]) -> T:
        """The stored value for (stage, key) if it is readable and of the expected type; else compute and store it."""
        found = self.lookup(stage, key, expected)
        if found is not None:
            return found
        value = compute()
        self.store(stage, key, value)
        return value

    def lookup(self, stage: str, key: str, expected: type[T]) -> T | None:
        """The stored value for (stage, key) if it is readable and of the expected type, else None
        (counted as a miss: the caller computes it and stores it)."""
        data = self._pack(stage, key).get(key)
        try:
            stored = None if data is None else pickle.loads(data)
        except Exception:  # noqa: BLE001 - a corrupt entry is a miss, never a failure
            stored = None
        # An entry holds its own key: an entry copied into place is not taken for another.
        if isinstance(stored, tuple) and len(stored) == 2 and stored[0] == key and isinstance(stored[1], expected):
            self.hits[stage] += 1
            return stored[1]
        self.misses[stage] += 1
        return None

    def store(self, stage: str, key: str, value: object) -> None:
        """Keep a value computed for (stage, key) (written with its pack: `save_packs`)."""
        self._pack(stage, key).put(key, dumps((key, value)))

    def store_entry(self, stage: str, key: str, data: bytes) -> object:
        """Keep an entry made by `entry(key, ...)` (in a worker process: generator/parallel.py) as it
        is, and return its value."""
        stored = pickle.loads(data)
        assert isinstance(stored, tuple) and stored[0] == key, f"{stage}: an entry of another key"
        self._pack(stage, key).put(key, data)
        return stored[1]

    def save_packs(self, stage: str | None = None) -> None:
        """Write the packs of `stage` (of every stage: None) that changed, and let go of them: the
        stage is done, and the rest of the build needs the memory."""
        for name in [n for n in self.packs if stage is None or n[0] == stage]:
            self.packs.pop(name).save()

    @staticmethod
    def _write(path: Path, value: object) -> None:
        """Atomically: a reader sees the old entry, the new one, or none; never half of one."""
        data = dumps(value)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".pickle")
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(data)
                os.replace(tmp, path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError:
            pass  # a read-only or full disk costs speed, not the build

    def save_tables(self) -> None:
        """Save the tables used so far and let go of what they hold (a stage that needs one again reads it
        again): the corpus-wide stage that used them is done, and the rest of the build needs the memory."""
        for table in self.tables.values():
            table.save()
        self.tables.clear()
        self.save_packs()

    def prune(self) -> None:
        """Save the tables; remove entries this build did not use, and the folders of other code versions or
        configurations."""
        self.save_tables()
        try:
            if self.root.is_dir():
                for other in self.root.iterdir():
                    if other != self.folder and other.is_dir():
                        shutil.rmtree(other, ignore_errors=True)
            if self.folder.is_dir():
                for path in self.folder.glob("*/*.pickle"):
                    if path not in self.used:
                        path.unlink(missing_ok=True)
        except OSError:
            pass
