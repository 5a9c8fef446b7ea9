"""Symbolic shapes: dimensions (``expr``) and the values that flow between layers (``values``)."""
