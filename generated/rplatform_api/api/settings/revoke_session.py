"""DELETE /v1/settings/sessions/{session_id}: Revoke a session.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit.
"""

from typing import Final
from urllib.parse import quote

from .. import NoBody, RequestDescription

SUCCESS: Final = NoBody((204,))


def request(
    session_id: str,
) -> RequestDescription:
    """Revoke a session.

    Its token is refused from then on. Another user's session is not found. The calling
    session cannot revoke itself (409 `current-session`: the key making the call would stop
    working); `revokeAllSessions` revokes every session but the calling one.

    Args:
        session_id: The id of the session to revoke; not the calling one (a 409).

    Success (204): The session was revoked.

    Errors: 400, 401, 404, 409, 422, 429, 500, 503.
    """

    return RequestDescription(
        method="DELETE",
        path="/v1/settings/sessions/{session_id}".format(
            session_id=quote(str(session_id), safe=""),
        ),
        query={},
        json=None,
        headers={},
    )
