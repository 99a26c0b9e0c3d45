"""Outreach (etsivä työ, tavoittaminen) in the village pilot: the lists of people to reach, and who was reached.

* :mod:`.lists` — making, changing and closing a list (a coordinator's work), and the lists with their counts;
* :mod:`.entries` — the people on a list: reading them (an outreach worker sees their own), adding existing
  clients, assigning workers, and each entry's status (derived from its attempts);
* :mod:`.attempts` — recording a contact attempt, and "became a client" (a new or an existing client linked);
* :mod:`.importing` — filling a list from a CSV or Excel file, with the client import's strict reading;
* :mod:`.progress` — the figures per village, per worker and per channel;
* :mod:`.workbook` — the same figures as an Excel workbook in Finnish;
* :mod:`.purge` — erasing what reaching people needed once a list is closed or its retention period ends.

Who may do what: reading the lists and recording attempts needs
:attr:`~vauhdittamo.services.permissions.Permission.RECORD_OUTREACH` (outreach workers, coaches,
coordinators, administrators), and an attempt only on an entry assigned to oneself unless one also holds
:attr:`~vauhdittamo.services.permissions.Permission.MANAGE_OUTREACH` (coordinators, administrators), which
making, filling, assigning and closing lists needs. Without it a worker sees only their own entries; the
counts (no names) are everyone's.
"""
