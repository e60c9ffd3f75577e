from enum import StrEnum


class ProfileVisibility(StrEnum):
    NETWORK = "network"
    PRIVATE = "private"
    PUBLIC = "public"

    def __str__(self) -> str:
        return str(self.value)


ProfileVisibility.__module__ = "rplatform.models"
