"""The errors a review screen reports in one line instead of failing."""

from __future__ import annotations

from sqlalchemy.exc import SQLAlchemyError

from factcheck.db import StoreError, store_error
from factcheck.figures.catalog_process import CatalogError
from factcheck.figures.service import FigureError
from factcheck.store.review import ReviewError
from factcheck.view_export import ExportError

#: Errors of reading the store or the figures catalog.
READ_ERRORS = (StoreError, CatalogError, SQLAlchemyError, OSError)
#: Errors of a review action (refused, or not saved).
ACTION_ERRORS = (ReviewError, FigureError, ExportError, ValueError, *READ_ERRORS)


def one_line(exc: BaseException) -> str:
    """The error as one line (database errors named as the store names them)."""
    return str(store_error(exc)) if isinstance(exc, SQLAlchemyError) else str(exc)
