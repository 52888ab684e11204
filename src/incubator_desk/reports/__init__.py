"""PDF reports and the Torch statistics export (ReportLab, openpyxl; no Qt).

graduation.py, progress.py and portfolio.py write PDFs from the dataclasses of
services/reporting/; bills.py, statements.py and reminders.py the billing documents, and
finance.py the finance export (.xlsx), from services/billing/; torch.py writes the annual
Torch return as .xlsx; fonts.py finds the TrueType CJK font every PDF embeds; charts.py draws
vector charts. Each takes plain data:
dispatch.py is the one place that fetches a report's data from the services and writes it,
for the window and the command line alike.
"""
