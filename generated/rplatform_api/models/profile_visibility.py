from enum import StrEnum


class ProfileVisibility(StrEnum):
    NETWORK = "network"
    PRIVATE = "private"
    PUBLIC = "public"

    def __str__(self) -> str:
        return str(self.value)

    def __repr__(self) -> str:
        return repr(self.value)


ProfileVisibility.__module__ = "rplatform.models"
