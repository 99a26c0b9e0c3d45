"""workshops screen."""
