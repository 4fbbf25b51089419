"""Read one seed file safely: no links out of seeds/, no huge or binary files, any encoding."""

from __future__ import annotations

from pathlib import Path

from charset_normalizer import from_bytes


class BadInput(Exception):
    """A file that cannot be used; the message is the reason shown to the user."""


def _is_binary(data: bytes) -> bool:
    # Text files in any of the encodings we read never contain NUL bytes; a few
    # control bytes beyond tab/newline also betray images, archives and the like.
    if b"\x00" in data[:8192]:
        return True
    sample = data[:8192]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > max(8, len(sample) // 100)


def decode(data: bytes) -> tuple[str, str]:
    """Bytes to text and the name of the encoding used; UTF-8 first, then detection."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Windows-1252 first: it is what Western news text that is not UTF-8 almost always is,
    # and detection confuses it with its Central European cousin cp1250 on short texts.
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=["cp1252", "latin_1", "utf_16", "cp1250", "iso8859_15"]).best()
    if best is None:
        raise BadInput("not valid UTF-8 and no other text encoding fits")
    return str(best), best.encoding


def read_text(path: Path, seeds_dir: Path, max_bytes: int) -> tuple[str, str]:
    """Return (text with '\\n' line ends, encoding); raise BadInput with the reason."""
    return decode_text(read_bytes(path, seeds_dir, max_bytes))


def read_bytes(path: Path, seeds_dir: Path, max_bytes: int) -> bytes:
    """The file's bytes, if it is inside seeds/ and within the size limit; else BadInput."""
    if path.is_symlink():
        target = path.resolve()
        if not target.is_relative_to(seeds_dir):
            raise BadInput("is a link to a file outside the seeds folder; not followed")
    size = path.stat().st_size
    if size > max_bytes:
        raise BadInput(f"is {size:,} bytes, over the limit of {max_bytes:,} (profile.max_file_bytes)")
    with path.open("rb") as f:
        data = f.read(max_bytes + 1)  # the file may have grown since stat()
    if len(data) > max_bytes:
        raise BadInput(f"is over the limit of {max_bytes:,} bytes (profile.max_file_bytes)")
    return data


def decode_text(data: bytes) -> tuple[str, str]:
    """Bytes of a seed file to (text with '\\n' line ends, encoding); raise BadInput with the reason."""
    if not data:
        raise BadInput("is empty")
    if not data.strip():
        raise BadInput("holds only white space")
    if _is_binary(data):
        raise BadInput("is a binary file, not text")
    text, encoding = decode(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    if not text.strip():
        raise BadInput("holds only white space")
    return text, encoding
