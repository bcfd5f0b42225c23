"""Find article files and read them as text, with clear one-line problems."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

#: Control characters that plain text does not hold (tab, newline, form feed, CR are fine).
_DROP_CONTROL = dict.fromkeys([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20)])


class ArticleError(Exception):
    """A path that cannot be read as an article; ``str()`` is a one-line message."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{path}: {problem}")


@dataclass(frozen=True, slots=True)
class Article:
    """One article file decoded to text."""

    path: Path
    text: str
    raw: bytes
    encoding: str

    @property
    def warning(self) -> str | None:
        """A note when the file was not UTF-8 and a fallback decoding was used."""
        if self.encoding in ("utf-8", "utf-8-sig"):
            return None
        return f"{self.path}: not UTF-8, read as {self.encoding}"


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path | ArticleError]:
    """Expand files and folders (recursively, hidden entries skipped) in a stable order.

    Missing paths are yielded as ``ArticleError`` so callers can report them and go on.
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found: list[Path] = []
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found.extend(Path(root) / f for f in files if not f.startswith("."))
            yield from sorted(found)
        elif path.exists():
            yield path
        else:
            yield ArticleError(path, "no such file or folder")


def decode(raw: bytes, path: Path | str = "<bytes>") -> tuple[str, str]:
    """Decode article bytes: UTF-8 first, then cp1252, then latin-1.

    Raises ``ArticleError`` for empty or binary content.
    """
    if not raw.strip():
        raise ArticleError(path, "empty file")
    if b"\x00" in raw[:8192]:
        raise ArticleError(path, "binary file, not text")
    for encoding in ("utf-8-sig" if raw.startswith(b"\xef\xbb\xbf") else "utf-8", "cp1252"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        encoding = "latin-1"
        text = raw.decode(encoding)
    sample = text[:8192]
    controls = len(sample) - len(sample.translate(_DROP_CONTROL))
    if controls > max(8, min(len(text), 8192) // 50):
        raise ArticleError(path, "binary file, not text")
    return text, encoding


def read_article(path: Path | str) -> Article:
    """Read one article file; raises ``ArticleError`` with a one-line problem."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except IsADirectoryError:
        raise ArticleError(path, "is a folder") from None
    except PermissionError:
        raise ArticleError(path, "permission denied") from None
    except FileNotFoundError:
        raise ArticleError(path, "no such file or folder") from None
    except OSError as exc:
        raise ArticleError(path, f"cannot read: {exc.strerror or exc}") from None
    text, encoding = decode(raw, path)
    return Article(path=path, text=text, raw=raw, encoding=encoding)
