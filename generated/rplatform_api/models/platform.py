from enum import StrEnum


class Platform(StrEnum):
    APNS = "apns"
    EXPO = "expo"
    FCM = "fcm"

    def __str__(self) -> str:
        return str(self.value)

    def __repr__(self) -> str:
        return repr(self.value)


Platform.__module__ = "rplatform.models"
