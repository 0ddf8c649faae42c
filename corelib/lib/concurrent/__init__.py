"""Packages of concurrency tools (concurrent.futures)."""
