"""The Qt layer: item models over the fact base, widgets and the main window."""
