"""Searching the facts: the matcher, and the child process that runs it off the UI thread."""
