"""The low-level layer of the rplatform SDK, generated from openapi.yaml: do not edit.

`api` describes each operation's request and what its success parses into; `models` holds the
typed models; `types` what they share. Nothing here sends a request: the `rplatform` package
(the facade users import) owns the HTTP client, retries and errors, so openapi-python-client's
own `client.py` and `errors.py` are not generated (generator-config.yml's post-hooks).
"""
