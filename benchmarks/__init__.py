"""Benchmark helpers for kg: a synthetic data generator (generate.py) and the scripts that use it."""
