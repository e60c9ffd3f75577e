"""The API resources: `client.billing`, `client.settings`, `client.notifications`.

Each method checks its arguments, asks the generated layer (`rplatform_api`) to describe the
request, and hands that description to `Client._request`; the modules here are imported on
first use of the resource, so `import rplatform` does not load the generated package.
"""
