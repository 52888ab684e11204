"""The newest schema revision in migrations/versions, kept apart so a database's revision can be
compared with it without loading Alembic or SQLAlchemy (a test keeps it in step)."""

HEAD = "0009"
