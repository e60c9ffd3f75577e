"""`client.notifications`: push notification tokens."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from rplatform_api.api import notifications as api
from rplatform_api.models import Platform, PushTokenCreate, PushTokenDelete

from .. import _validation as check
from .._types import PostOptions
from ._base import Call, ModeT, Raw, Resource, call, given
from ._endpoint import RawView, endpoint

if TYPE_CHECKING:
    from rplatform_api.models import PushToken


class Notifications(Resource[ModeT]):
    """Notifications: `client.notifications`."""

    with_raw_response: RawView[Notifications[Raw]] = RawView()

    @endpoint
    def register_token(
        self,
        *,
        token: str,
        platform: str | Platform,
        device_id: str | None = None,
        **options: Unpack[PostOptions],
    ) -> Call[PushToken]:
        """Register a push notification token (again: updates its platform and device).

        >>> r.notifications.register_token(
        ...     token="ExponentPushToken[abc123...]",
        ...     platform="expo",
        ...     device_id="unique-device-id",
        ... )
        """
        body = PushTokenCreate(
            token=check.text("token", token),
            platform=check.member("platform", platform, Platform),
            device_id=given(check.optional(check.text, "device_id", device_id)),
        )
        request = api.register_token.request(body=body)
        return call(request, api.register_token.SUCCESS, options)

    @endpoint
    def unregister_token(self, token: str, **options: Unpack[PostOptions]) -> Call[None]:
        """Unregister a push token; call this on sign out. An unknown token is not an error.

        >>> r.notifications.unregister_token("ExponentPushToken[abc123...]")
        """
        body = PushTokenDelete(token=check.text("token", token))
        request = api.unregister_token.request(body=body)
        return call(request, api.unregister_token.SUCCESS, options)
