"""`client.settings`: preferences, sessions, password, email change, deletion, login history."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from rplatform_api.api import settings as api
from rplatform_api.models import (
    AppearancePreferencesUpdate,
    DeletionCreate,
    EmailChangeCreate,
    EmailChangeVerify,
    NotificationPreferencesUpdate,
    PasswordChange,
    PrivacyPreferencesUpdate,
    ProfileVisibility,
    Theme,
)
from rplatform_api.types import UNSET, Unset

from .. import _validation as check
from .._pages import paging
from .._types import NOT_GIVEN, NotGiven, PostOptions, RequestOptions
from ._base import Call, ModeT, Raw, Resource, call, given, paged
from ._endpoint import RawView, endpoint

if TYPE_CHECKING:
    from rplatform_api.models import (
        DeletionStatus,
        EmailChangeRequested,
        EmailChangeVerified,
        LoginHistoryEntry,
        Preferences,
        RevokedSessions,
        Session,
    )

    from .._list_result import ListResult


class Settings(Resource[ModeT]):
    """Settings: `client.settings`."""

    with_raw_response: RawView[Settings[Raw]] = RawView()

    @endpoint
    def get_preferences(self, **options: Unpack[RequestOptions]) -> Call[Preferences]:
        """Get the caller's preferences.

        >>> prefs = r.settings.get_preferences()
        >>> prefs.notifications  # in_app, push, email
        >>> prefs.privacy  # profile_visibility, show_email, show_location
        >>> prefs.appearance  # theme, timezone, locale
        """
        return call(api.get_preferences.request(), api.get_preferences.SUCCESS, options)

    @endpoint
    def update_notifications(
        self,
        *,
        in_app: bool | None = None,
        push: bool | None = None,
        email: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[Preferences]:
        """Update notification channels; channels left out keep their value.

        >>> r.settings.update_notifications(push=True, email=False)
        """
        body = NotificationPreferencesUpdate(
            in_app=given(check.optional(check.boolean, "in_app", in_app)),
            push=given(check.optional(check.boolean, "push", push)),
            email=given(check.optional(check.boolean, "email", email)),
        )
        request = api.update_notifications.request(body=body)
        return call(request, api.update_notifications.SUCCESS, options)

    @endpoint
    def update_privacy(
        self,
        *,
        profile_visibility: str | ProfileVisibility | None = None,
        show_email: bool | None = None,
        show_location: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[Preferences]:
        """Update privacy settings; settings left out keep their value.

        >>> r.settings.update_privacy(profile_visibility="network", show_email=False)
        """
        visibility = check.optional(
            check.member, "profile_visibility", profile_visibility, enum=ProfileVisibility
        )
        body = PrivacyPreferencesUpdate(
            profile_visibility=given(visibility),
            show_email=given(check.optional(check.boolean, "show_email", show_email)),
            show_location=given(check.optional(check.boolean, "show_location", show_location)),
        )
        request = api.update_privacy.request(body=body)
        return call(request, api.update_privacy.SUCCESS, options)

    @endpoint
    def update_appearance(
        self,
        *,
        theme: str | Theme | None = None,
        timezone: str | NotGiven | None = NOT_GIVEN,
        locale: str | NotGiven | None = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Call[Preferences]:
        """Update appearance settings; settings left out keep their value.

        None clears `timezone` or `locale`.

        >>> r.settings.update_appearance(theme="dark", timezone="America/New_York")
        """
        body = AppearancePreferencesUpdate(
            theme=given(check.optional(check.member, "theme", theme, enum=Theme)),
            timezone=_clearable("timezone", timezone),
            locale=_clearable("locale", locale),
        )
        request = api.update_appearance.request(body=body)
        return call(request, api.update_appearance.SUCCESS, options)

    @endpoint
    def list_sessions(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[ListResult[Session]]:
        """List the caller's active sessions, the current one first, then newest first.

        >>> for s in r.settings.list_sessions():
        ...     print(f"{s.user_agent} - {s.ip_address}")
        ...     print(f" Current: {s.is_current} - Expires: {s.expires_at}")
        """
        asked = paging(api.list_sessions.OPERATION, limit, page_size, cursor)
        request = api.list_sessions.request(
            limit=given(asked.per_page(0)), cursor=given(asked.cursor)
        )
        return paged(self._client, request, api.list_sessions.SUCCESS, asked, options)

    @endpoint
    def revoke_session(self, session_id: str, **options: Unpack[RequestOptions]) -> Call[None]:
        """Revoke one session; its token is refused from then on.

        >>> r.settings.revoke_session("session_123")
        >>> # The calling session is refused: ConflictError, code "current-session" (revoking
        >>> # it would lock this API key out); r.settings.revoke_all_sessions() revokes the others.
        """
        request = api.revoke_session.request(check.identifier("session_id", session_id))
        return call(request, api.revoke_session.SUCCESS, options)

    @endpoint
    def revoke_all_sessions(self, **options: Unpack[PostOptions]) -> Call[RevokedSessions]:
        """Revoke every session of the caller except the calling one.

        >>> r.settings.revoke_all_sessions().revoked_count
        """
        return call(api.revoke_all_sessions.request(), api.revoke_all_sessions.SUCCESS, options)

    @endpoint
    def change_password(
        self, *, current_password: str, new_password: str, **options: Unpack[PostOptions]
    ) -> Call[None]:
        """Change the password; the new one must meet the password policy.

        >>> r.settings.change_password(
        ...     current_password="oldPassword123", new_password="newSecurePassword456"
        ... )
        """
        body = PasswordChange(
            current_password=check.text("current_password", current_password),
            new_password=check.text("new_password", new_password),
        )
        request = api.change_password.request(body=body)
        return call(request, api.change_password.SUCCESS, options)

    @endpoint
    def request_email_change(
        self, *, new_email: str, password: str, **options: Unpack[PostOptions]
    ) -> Call[EmailChangeRequested]:
        """Request an email change: a verification token is sent to the new address.

        >>> result = r.settings.request_email_change(
        ...     new_email="newemail@example.com", password="currentPassword123"
        ... )
        >>> result.message
        """
        body = EmailChangeCreate(
            new_email=check.text("new_email", new_email),
            password=check.text("password", password),
        )
        request = api.request_email_change.request(body=body)
        return call(request, api.request_email_change.SUCCESS, options)

    @endpoint
    def verify_email_change(
        self, token: str, **options: Unpack[PostOptions]
    ) -> Call[EmailChangeVerified]:
        """Verify an email change with the token from the email (sent in the body, not the URL).

        >>> r.settings.verify_email_change("verification_token_from_email")
        """
        body = EmailChangeVerify(token=check.text("token", token))
        request = api.verify_email_change.request(body=body)
        return call(request, api.verify_email_change.SUCCESS, options)

    @endpoint
    def request_deletion(
        self,
        *,
        password: str,
        confirm_text: str,
        reason: str | None = None,
        **options: Unpack[PostOptions],
    ) -> Call[DeletionStatus]:
        """Request account deletion after a 30-day grace period.

        >>> deletion = r.settings.request_deletion(
        ...     password="currentPassword123",
        ...     confirm_text="DELETE MY ACCOUNT",
        ...     reason="No longer using the service",
        ... )
        >>> print(f"Scheduled for: {deletion.scheduled_at}")
        """
        body = DeletionCreate(
            password=check.text("password", password),
            confirm_text=check.text("confirm_text", confirm_text),
            reason=given(check.optional(check.text, "reason", reason)),
        )
        request = api.request_deletion.request(body=body)
        return call(request, api.request_deletion.SUCCESS, options)

    @endpoint
    def cancel_deletion(self, **options: Unpack[RequestOptions]) -> Call[DeletionStatus]:
        """Cancel a pending account deletion within its grace period.

        >>> r.settings.cancel_deletion()
        """
        return call(api.cancel_deletion.request(), api.cancel_deletion.SUCCESS, options)

    @endpoint
    def get_deletion_status(self, **options: Unpack[RequestOptions]) -> Call[DeletionStatus]:
        """Get whether account deletion is pending.

        >>> status = r.settings.get_deletion_status()
        >>> print(f"Requested: {status.requested}")
        >>> print(f"Grace period ends: {status.grace_period_ends}")
        """
        request = api.get_deletion_status.request()
        return call(request, api.get_deletion_status.SUCCESS, options)

    @endpoint
    def get_login_history(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[ListResult[LoginHistoryEntry]]:
        """Get the caller's sign-in attempts, newest first.

        >>> for entry in r.settings.get_login_history(limit=10):
        ...     ok = "OK" if entry.success else "FAILED"
        ...     print(f"{entry.created_at} - {entry.ip_address} - {ok}")
        >>> everything = r.settings.get_login_history().to_list()  # every page
        """
        asked = paging(api.get_login_history.OPERATION, limit, page_size, cursor)
        request = api.get_login_history.request(
            limit=given(asked.per_page(0)), cursor=given(asked.cursor)
        )
        return paged(self._client, request, api.get_login_history.SUCCESS, asked, options)


def _clearable(name: str, value: str | NotGiven | None) -> str | Unset | None:
    """A setting where None means "clear it" and NOT_GIVEN means "leave it"."""
    if isinstance(value, NotGiven):
        return UNSET
    return check.optional(check.text, name, value)
