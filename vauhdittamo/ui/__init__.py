"""The Qt user interface: calls services, never writes SQL."""
