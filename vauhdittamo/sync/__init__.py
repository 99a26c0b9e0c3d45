"""Offline-first synchronisation with a central PostgreSQL hub (no Qt here).

* :mod:`.hlc` — the hybrid logical clock that orders every edit (its counter never wraps);
* :mod:`.outbox` — records each local change in the same transaction as the change;
* :mod:`.rules` — what a synchronised row may hold and which client it belongs to, for hub and laptop;
* :mod:`.hub` and :mod:`.hub_sql` — the hub on PostgreSQL: merged current state, the functions that
  validate and merge pushes, row-level security, logins and scopes (``vauhdittamo hub init``);
* :mod:`.transport` and :mod:`.credentials` — reaching the hub (TLS, time-outs) and its password;
* :mod:`.protocol` — one sync: handshake and checkpoint, push, pull;
* :mod:`.merge` — applying what the hub sends, with the quarantine for what cannot be applied;
* :mod:`.conflicts` — the conflicts a coordinator reviews and settles.
"""
