"""Reporters: the same findings as text for people and JSON for editors and scripts."""
