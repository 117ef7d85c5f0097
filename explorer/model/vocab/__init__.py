"""Vocabularies kept as data, not code: the units table and the metrics table of a data folder.

A data folder may hold its own ``units.csv`` and ``metrics.csv``; one without them uses the
tables bundled with the app (``data/`` of the checkout, ``explorer/_bundled/data`` in a wheel).
Submodules: ``units`` (no pandas: ``numbers`` imports it at start-up), ``metrics``, ``aliases``,
and ``vocabulary`` (``Vocabulary`` and ``load_vocabulary``: both tables of a folder together).
"""
