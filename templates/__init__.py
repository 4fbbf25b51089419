"""The page templates, the files `new` writes and the vendored assets: installed as the package
`generator.templates` (see pyproject.toml), read through `generator.resources`."""
