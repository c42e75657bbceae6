#pragma once

#include <string>
#include <string_view>

namespace burnrate {

// The only form in which an API key (the api_key dimension, from any source) is stored:
// "sha256:" + the first 16 hex digits of SHA-256(kApiKeySalt + key), then "..." + the key's last 4
// characters when the key is at least 16 printable ASCII characters long (shorter values, such as
// aliases, would give too much of themselves away). The salt is a fixed application constant, so one
// key has one fingerprint in every database: re-imports dedupe, fingerprints can be compared across
// databases and a user holding a key can recognise it. Idempotent: a fingerprint maps to itself.
std::string apiKeyFingerprint(std::string_view value);
// True for a value already in fingerprint form.
bool isApiKeyFingerprint(std::string_view value);

// A JSON text (e.g. a quarantined record kept for the analyst) with the string value of every member
// whose name ends in "api_key" replaced by its fingerprint; a value cut off by truncation is dropped.
std::string maskApiKeysInJson(std::string_view json);

inline constexpr std::string_view kApiKeySalt = "burnrate api_key fingerprint v1\n";

} // namespace burnrate
