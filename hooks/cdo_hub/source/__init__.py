"""Reading what contributors wrote: YAML with the position of every value, guide files (front matter and
Markdown), and the Markdown as the site will render it."""
