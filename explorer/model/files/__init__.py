"""The data folder: where it is, and reading and writing its files safely (contained, bounded, atomic, locked)."""
