"""The API resources: `client.billing`, `client.settings`, `client.notifications`.

Each method (declared once with `@endpoint`, see `_endpoint.py`) checks its arguments, asks its
generated operation module for the request (`api.get_status.request(...)`) and returns it with
the operation's `SUCCESS` as a `Call`, which `Client._request` sends. The modules here are
imported on first use of the resource, and each operation module on its method's first call, so
`import rplatform` does not load the generated package.
"""
