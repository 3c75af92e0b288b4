"""Email address validation: syntax only (no DNS, so it works offline and in tests).

Internationalized domains are kept in their ASCII (IDNA, "xn--") form, which every mail server
accepts, so messages stay plain 7-bit MIME. A mailbox name with non-ASCII characters would need
SMTPUTF8 from every server on the way; such addresses are refused with a clear message.
"""

from __future__ import annotations

from email_validator import EmailNotValidError, validate_email


class InvalidEmail(ValueError):
    """The address cannot receive mail; the message says why, for the person who typed it."""


def normalize_email(raw: str | None) -> str:
    """The address lower-cased and normalized, or InvalidEmail."""
    text = (raw or "").strip()
    if not text:
        raise InvalidEmail("Enter an email address.")
    if len(text) > 254 or any(c in text for c in "\r\n\x00"):
        raise InvalidEmail("That is not a valid email address.")
    local = text.rpartition("@")[0]
    if local and not local.isascii():
        raise InvalidEmail(
            "Addresses with letters other than A to Z before the @ are not supported yet; "
            "please use another address."
        )
    try:
        result = validate_email(text, check_deliverability=False, allow_smtputf8=False)
    except EmailNotValidError as exc:
        raise InvalidEmail(f"{text[:80]!r} is not a valid email address: {exc}") from exc
    return (result.ascii_email or result.normalized).lower()
