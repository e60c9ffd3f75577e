from enum import StrEnum


class OwnerType(StrEnum):
    ORGANIZATION = "organization"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)

    def __repr__(self) -> str:
        return repr(self.value)


OwnerType.__module__ = "rplatform.models"
