"""The model: plain typed objects built from the checked content, the values read from it (dates,
zones, recurrence), the occurrences of events, the Kreise and the address of every page."""
