"""Text columns as integer codes, exactly as ``pd.factorize`` makes them, without hashing every row's string.

A loaded frame's columns of few distinct values hold one shared string object per value (``fastload``, the
cache entry, the derived figures' columns taken from them), and the derived figures and the claims number
those columns a dozen times per load. Rows that hold the same object hold the same value: they are numbered
by the objects' addresses (integers, hashed in C without a call into Python per row), then the few distinct
objects by value, so two equal strings that are different objects still get one code.
"""

from __future__ import annotations

import ctypes
from typing import cast

import numpy as np
import pandas as pd

_MIN_ROWS = 1 << 12  # below this pandas alone is as fast
_MOSTLY_DISTINCT = 4  # more distinct objects than rows / this: the rows are numbered by value directly


def factorize_text(values: np.ndarray, use_na_sentinel: bool = True) -> tuple[np.ndarray, np.ndarray]:
    """``pd.factorize(values, use_na_sentinel=...)`` of an object array: the same codes (in order of first
    appearance) and the same uniques."""
    if not isinstance(values, np.ndarray) or values.dtype != object or values.ndim != 1 or len(values) < _MIN_ROWS:
        return _factorized(values, use_na_sentinel)
    rows = np.ascontiguousarray(values)
    n = len(rows)
    # The array's slots as the addresses they hold: a view, while ``rows`` keeps the objects alive (signed: pandas
    # hashes int64 faster than uint64, and only equality matters).
    address = np.frombuffer(memoryview((ctypes.c_void_p * n).from_address(rows.ctypes.data)), dtype=np.intp)
    if len(np.unique(address[:_MIN_ROWS])) * _MOSTLY_DISTINCT > _MIN_ROWS:  # ids, quotes: no gain to be had
        del address
        return _factorized(rows, use_na_sentinel)
    object_codes = np.asarray(pd.factorize(address)[0], dtype=np.intp)
    del address
    # Numbered in order of first appearance: an object's first row is where its code first exceeds all before.
    first = np.flatnonzero(object_codes > np.maximum.accumulate(np.r_[np.int64(-1), object_codes[:-1]]))
    if len(first) * _MOSTLY_DISTINCT > n:
        return _factorized(rows, use_na_sentinel)
    value_codes, uniques = pd.factorize(rows[first], use_na_sentinel=use_na_sentinel)
    codes: np.ndarray = np.asarray(value_codes)[object_codes]
    return codes, uniques


def _factorized(values: np.ndarray, use_na_sentinel: bool) -> tuple[np.ndarray, np.ndarray]:
    """``pd.factorize`` itself, unchanged; typed for mypy (pandas' stubs give its result as Any)."""
    return cast("tuple[np.ndarray, np.ndarray]", pd.factorize(values, use_na_sentinel=use_na_sentinel))
