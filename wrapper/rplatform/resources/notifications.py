"""`client.notifications`: push notification tokens."""

from __future__ import annotations

from typing import Unpack

from rplatform_api.api.notifications import register_token, unregister_token
from rplatform_api.models import Platform, PushToken, PushTokenCreate, PushTokenDelete

from .. import _validation as check
from .._types import PostOptions
from ._base import Resource, given, model, no_content


class Notifications(Resource):
    """Notifications: `client.notifications`."""

    def register_token(
        self,
        *,
        token: str,
        platform: str | Platform,
        device_id: str | None = None,
        **options: Unpack[PostOptions],
    ) -> PushToken:
        """Register a push notification token (again: updates its platform and device).

        `platform` is 'expo', 'fcm' or 'apns'.

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
        return self._call(
            register_token._get_kwargs(body=body), options, model(PushToken.from_dict)
        )

    def unregister_token(self, token: str, **options: Unpack[PostOptions]) -> None:
        """Unregister a push token; call this on sign out. An unknown token is not an error.

        >>> r.notifications.unregister_token("ExponentPushToken[abc123...]")
        """
        body = PushTokenDelete(token=check.text("token", token))
        self._call(unregister_token._get_kwargs(body=body), options, no_content)
