"""Content, validation and page generation of the CDO-Zirkel knowledge hub.

The sub-packages follow the data path: source (load, with positions) -> check (schema and rules,
German diagnostics) -> model (typed values and plain objects) -> publish (pages, feeds, open data).
`content` runs the path once for the hook, the CLI and the tests; `diagnostics` and `catalogue` are
shared by every stage; `ci` holds the tools of the repository's workflows. Only hooks/hub_hooks.py
imports MkDocs.
"""
