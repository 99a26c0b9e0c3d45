"""The coordinator's period reports: figures over any period, as a screen, a workbook and JSON.

* :mod:`.period` — the period (month, quarter, year, project to date, any range) and the filters;
* :mod:`.figures` — what a report holds (plain dataclasses, no database);
* :mod:`.indicators` — the ESF+ common indicators (Regulation (EU) 2021/1057, Annex I);
* :mod:`.queries` — the figures, computed in SQL as distinct counts over the period;
* :mod:`.workbook` — the same figures as an Excel workbook with native charts and a EURA sheet.
"""
