"""Content, validation and page generation of the CDO-Zirkel knowledge hub.

The data path is: load (yaml_source, guide_source) -> validate (schema_check, rules)
-> model -> render (pages, ical, open_data). Only hooks/hub_hooks.py imports MkDocs.
"""
