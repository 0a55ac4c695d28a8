"""Everything the build writes: pages from the Jinja templates, the view they show, iCalendar and
Atom feeds, open data, the search index's spellings, the CSP and small HTML repairs."""
