from enum import StrEnum


class OwnerType(StrEnum):
    ORGANIZATION = "organization"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)


OwnerType.__module__ = "rplatform.models"
