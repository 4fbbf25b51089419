"""Language data: word lists and patterns the stages read, one module per language."""
