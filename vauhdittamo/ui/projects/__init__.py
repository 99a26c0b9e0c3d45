"""Projects (hanke): the coordinator's projects dialog and the forms of a client's participation."""
