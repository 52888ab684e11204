"""Qt item models adapting plain rows from the services."""
