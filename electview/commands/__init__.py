"""Headless subcommands of the electview command line."""
