"""Fact-checked profile generator: news articles in, a footnoted MkDocs site out."""

__version__ = "0.1.0"
