"""Offline-first synchronisation with a central PostgreSQL hub (no Qt here).

* :mod:`.hlc` — the hybrid logical clock that orders every edit;
* :mod:`.outbox` — records each local change in the same transaction as the change;
* :mod:`.hub` — the hub's schema on PostgreSQL (``vauhdittamo hub init``);
* :mod:`.protocol` — push, then pull, with field-by-field merging;
* :mod:`.conflicts` — the conflicts a coordinator reviews and settles.
"""
