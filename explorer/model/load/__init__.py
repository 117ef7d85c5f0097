"""Loading a fact base: the parts and their checks (``records``), the column loader (``fastload``), the
cache, and ``FactBase`` with ``load_fact_base`` on top."""
