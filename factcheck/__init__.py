"""factcheck: extract, compare and review the figures in news articles."""

__version__ = "0.1.0"
