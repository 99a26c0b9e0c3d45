"""front desk screen."""
