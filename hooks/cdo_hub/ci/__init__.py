"""Tools for the repository's workflows: the preview of a pull request and proposals from issue forms."""
