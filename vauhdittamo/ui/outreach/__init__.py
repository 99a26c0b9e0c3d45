"""Etsivä työ: the outreach screen of the village pilot, with its dialogs."""
