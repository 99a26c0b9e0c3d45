"""partner directory screen (Kumppanit)."""
