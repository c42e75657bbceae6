#pragma once

// Redaction of secrets from text that may be shown, logged or stored (errors, sync log, last_error).
// Qt-free and pure, so it can be tested case by case.

#include <string>
#include <string_view>
#include <vector>

namespace burnrate {

// Returns `text` with every trace of the secrets replaced by "[REDACTED]":
//  - any run of 8 or more characters of a secret (the whole secret when it is shorter; secrets
//    under 4 characters are ignored), matched case-insensitively after decoding JSON string
//    escapes (\uXXXX, \", \\, \/ ...) and URL percent-encoding, so an echo that upper-cases,
//    escapes or truncates the key is still caught (the escaped text itself is replaced);
//  - the user-info of any URL ("scheme://user:password@host" -> "scheme://[REDACTED]@host");
//  - the values of credential headers (Authorization, x-api-key, ...), even for unknown secrets.
std::string redact(std::string_view text, const std::vector<std::string>& secrets);

// Only the URL user-info part of redact(): for showing a configured base URL.
std::string redactUrlUserInfo(std::string_view text);

// The password of a URL's user-info, percent-decoded ("" when there is none), so it can be
// redacted where it appears on its own.
std::string urlPassword(std::string_view url);

} // namespace burnrate
