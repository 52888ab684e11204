"""What every layer may use: errors, the translation marker, vocabularies, periods and money.

Nothing here imports anything else of ours, nor Qt, nor SQLAlchemy.
"""
