"""sign in screen."""
