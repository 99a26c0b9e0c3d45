"""reports screen."""
