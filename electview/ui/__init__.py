"""The Qt layer: models over the core, one module per widget, the main window."""
