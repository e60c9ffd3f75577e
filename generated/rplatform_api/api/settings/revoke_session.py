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

    Its token is refused from then on. Another user's session is not found.
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
