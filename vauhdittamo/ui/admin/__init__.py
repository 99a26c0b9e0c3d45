"""Ylläpito: the administrator's screen (staff, audit trail, retention and a client's own data)."""
