"""Domain operations as plain Python over a SQLAlchemy session. No Qt widgets here."""
