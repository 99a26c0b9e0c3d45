"""The key of the benchmarks' throwaway databases.

Benchmark databases hold only artificial data and are deleted afterwards, so they use one fixed key
instead of the keyring: the benchmarks then run on machines without a keyring (CI, servers) and in
child processes, and never touch the developer's real keyring. Never use this key for real data.
"""

from __future__ import annotations

import hashlib

from vauhdittamo.dbkey import DatabaseKey

THROWAWAY_KEY = DatabaseKey(hashlib.sha256(b"vauhdittamo benchmark data, artificial only").digest())
