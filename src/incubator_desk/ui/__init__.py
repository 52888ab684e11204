"""The Qt user interface: main window, pages, dialogs, widgets and item models."""
