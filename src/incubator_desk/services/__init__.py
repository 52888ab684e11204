"""Use cases of the application, without Qt: each public call is one unit of work."""
