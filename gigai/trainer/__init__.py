"""Trainer tools: the room gateway and console (gateway/), the offline pack (pack/), day-before recording.

Participant areas never import this package (tests/test_import_graph.py).
"""
