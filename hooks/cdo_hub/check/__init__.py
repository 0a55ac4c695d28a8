"""Checking the content: the JSON Schema contract, the rules beyond it, references, markup and files.
Every problem becomes a German diagnostic with its position, code and hint."""
