"""Following results as they change: watched files, polled feeds, and the history of every version."""
