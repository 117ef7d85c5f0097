"""Fact Explorer: figures of economic articles, each traceable to its source words."""

__version__ = "0.1.0"
