"""Local simulator of the Illinois General Assembly's legislation folders."""
