"""Every result type of the API: the generated models, re-exported from one public module.

    from rplatform.models import BillingStatus, SubscriptionStatus

Each model is an attrs class with the documented field names, `to_dict()`, and unknown fields
kept in `additional_properties` (also reachable as `model["field"]`). Enum-valued fields hold
the enum member, or the plain string when the server sends a value newer than this SDK.
"""

from rplatform_api.models import *  # noqa: F403  (the generated package defines __all__)
from rplatform_api.models import __all__ as __all__
