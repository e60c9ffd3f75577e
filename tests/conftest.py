"""The root of the test folders: its being here puts tests/ on sys.path (pytest's default
`prepend` import mode), so that every folder imports the shared helpers as `_support`."""
