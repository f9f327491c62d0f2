"""Load benchmark for `make bench`: see run.py."""
