"""clients screen."""
