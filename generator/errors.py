"""The few errors the generator raises; bad inputs are warnings, not errors."""


class ProfileError(Exception):
    """Base class for errors that stop a build."""


class ConfigError(ProfileError):
    """A configuration value is wrong: the message names the key, value and expectation."""
