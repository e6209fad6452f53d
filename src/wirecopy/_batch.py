"""Parse many articles: in order, streaming, optionally over worker processes."""

from __future__ import annotations

import collections
import datetime
import itertools
from collections.abc import Iterable, Iterator
from functools import partial

from wirecopy._article import parse
from wirecopy._model import Article
from wirecopy.errors import check_reference_date

__all__ = ["parse_many"]


def parse_many(
    texts: Iterable[str],
    *,
    reference_date: datetime.date | None = None,
    jobs: int = 1,
    chunk_size: int = 64,
) -> Iterator[Article]:
    """Parse each text and yield its :class:`~wirecopy.Article`, in input order.

    Memory stays constant for any number of inputs: texts are read lazily and at
    most ``2 * jobs * chunk_size`` of them are in flight at once.

    Args:
        texts: Any iterable of ``str`` (a list, a generator reading files, ...).
        reference_date: Passed to :func:`wirecopy.parse` for every text.
        jobs: Worker processes; ``1`` parses in this process.
        chunk_size: Texts sent to a worker at a time when ``jobs > 1``.

    Raises:
        TypeError: An argument has the wrong type (a non-``str`` item raises when it
            is reached).
        ValueError: ``jobs`` or ``chunk_size`` is less than 1.

    Example:
        >>> import wirecopy
        >>> articles = wirecopy.parse_many(["LONDON (Reuters) - A.", "(AP) - B."])
        >>> [a.dateline.agency for a in articles]
        ['Reuters', 'AP']
    """
    # Arguments are checked here, when parse_many is called, not at the first next().
    reference_date = check_reference_date(reference_date, "parse_many")
    if isinstance(texts, (str, bytes)):
        raise TypeError(
            "parse_many() takes an iterable of texts, not a single "
            f"{type(texts).__name__}; use wirecopy.parse() for one article"
        )
    if not isinstance(jobs, int) or isinstance(jobs, bool) or jobs < 1:
        raise ValueError(f"parse_many() needs jobs >= 1, got {jobs!r}")
    if not isinstance(chunk_size, int) or isinstance(chunk_size, bool) or chunk_size < 1:
        raise ValueError(f"parse_many() needs chunk_size >= 1, got {chunk_size!r}")
    one = partial(parse, reference_date=reference_date)
    if jobs == 1:
        return map(one, texts)
    return _in_processes(one, iter(texts), jobs, chunk_size)


def _in_processes(
    one: partial[Article], texts: Iterator[str], jobs: int, chunk_size: int
) -> Iterator[Article]:
    from concurrent.futures import Future, ProcessPoolExecutor  # only when processes are asked for

    chunks = iter(lambda: list(itertools.islice(texts, chunk_size)), [])
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        # Two chunks per worker in flight: a worker never waits for the others to
        # finish a window, and memory stays bounded (2 * jobs * chunk_size texts).
        pending: collections.deque[Future[list[Article]]] = collections.deque(
            pool.submit(_parse_chunk, one, chunk) for chunk in itertools.islice(chunks, 2 * jobs)
        )
        while pending:
            parsed = pending.popleft().result()
            following = next(chunks, None)
            if following is not None:
                pending.append(pool.submit(_parse_chunk, one, following))
            yield from parsed


def _parse_chunk(one: partial[Article], chunk: list[str]) -> list[Article]:
    """Parse a chunk in a worker (top level, so it pickles)."""
    return [one(text) for text in chunk]
