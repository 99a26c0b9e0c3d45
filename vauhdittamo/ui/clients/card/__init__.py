"""Asiakaskortti: one client at a glance, with tabs for details, consents, path, timeline and exit.

The card reads a :class:`~vauhdittamo.services.client_card.ClientCard` snapshot and changes the
client only through the services; after each change it reads the snapshot again (a few queries).
"""

from vauhdittamo.ui.clients.card.dialog import ClientCardDialog

__all__ = ["ClientCardDialog"]
