"""Run by test_regeneration.py in a subprocess whose sys.path starts with an rplatform_api
regenerated from a spec where `year` is at most 2099 and `theme` may be "contrast": calls the
unchanged facade and prints, as JSON, what it refused, what it sent and what help() says.

    python rules_probe.py
"""

from __future__ import annotations

import inspect
import json

import httpx
import rplatform
import rplatform_api

PREFERENCES = {
    "notifications": {"in_app": True, "push": True, "email": True},
    "privacy": {"profile_visibility": "public", "show_email": False, "show_location": True},
    "appearance": {"theme": "contrast", "timezone": None, "locale": None},
    "updated_at": "2025-06-01T00:00:00Z",
}


def main() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=PREFERENCES, headers={"x-request-id": "req_1"})

    with (
        httpx.Client(transport=httpx.MockTransport(handler)) as http,
        rplatform.Client("sk_test", base_url="https://api.test", http_client=http) as r,
    ):
        try:
            r.billing.get_usage(organization_id="org_123", year=2100, month=1)
            refused = ""
        except ValueError as error:
            refused = str(error)
        requests_after_refusal = len(sent)
        prefs = r.settings.update_appearance(theme="contrast")
        print(
            json.dumps(
                {
                    "rplatform_api": rplatform_api.__file__,
                    "refused": refused,
                    "requests_after_refusal": requests_after_refusal,
                    "sent": sent[-1].content.decode(),
                    "theme": str(prefs.appearance.theme),
                    "usage_help": inspect.getdoc(r.billing.get_usage),
                    "appearance_help": inspect.getdoc(r.settings.update_appearance),
                }
            )
        )


if __name__ == "__main__":
    main()
