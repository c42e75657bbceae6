#pragma once

// Google service-account sign-in (OAuth 2.0 JWT bearer grant, RFC 7523): a service-account JSON key is turned
// into a short-lived access token by signing an RS256 JWT with the key's private key (OpenSSL libcrypto) and
// posting it to the key's token endpoint. Nothing here stores or logs the key, the assertion or the token;
// every error names the problem without quoting them.

#include "model/result.h"
#include "model/timeutil.h"

#include <string>
#include <string_view>
#include <vector>

namespace burnrate {

class HttpClient;

struct ServiceAccountKey
{
    std::string clientEmail;
    std::string privateKeyPem;
    std::string privateKeyId; // "kid" of the JWT header; may be empty
    std::string tokenUri; // the key's token_uri, else https://oauth2.googleapis.com/token
};

// True when `secret` is meant as a JSON key (its first non-blank character is '{'): an OAuth access token
// never is, so such a secret is parsed as a key and refused with a clear error when it is not one.
bool looksLikeJsonKey(std::string_view secret);

// Parses a service-account JSON key. Errors (Invalid) say what is wrong - not JSON, not a service-account
// key (e.g. gcloud's "authorized_user" credentials), no client_email, no private_key, a token_uri that is
// neither https:// nor a loopback http:// URL - and never quote the key.
Result<ServiceAccountKey> parseServiceAccountKey(std::string_view text);

// The strings to redact wherever the key might leak: the private key's base64 lines and its id. (Not the
// whole JSON nor the PEM's "BEGIN PRIVATE KEY" lines: their words would be masked out of every message.)
std::vector<std::string> serviceAccountSecrets(const ServiceAccountKey& key);

// The same for a secret that looks like a JSON key but may not parse: every long base64 run in it (the
// private key's lines, its id), wherever a JSON escape or a quote ends it.
std::vector<std::string> jsonKeySecrets(std::string_view text);

// base64url without padding (RFC 7515 section 2).
std::string base64Url(std::string_view bytes);

// The signed JWT assertion: header {"alg":"RS256","typ":"JWT"[,"kid"]}, claims iss = client_email,
// scope, aud = the token endpoint, iat, exp = iat + 3600. Errors: a private key that does not parse or is
// not RSA (Invalid), a signing failure (Internal).
Result<std::string> serviceAccountAssertion(const ServiceAccountKey& key, const std::string& scope, Epoch iat);

// Reads the token endpoint's answer {"access_token": "...", "token_type": "Bearer", "expires_in": N}.
Result<std::string> parseTokenResponse(std::string_view body);

// Signs in: builds the assertion (iat = the wall clock now), posts it to the token endpoint and returns the
// access token, which the caller uses as the bearer of its requests. The assertion and the token are added
// to `http`'s secrets before they travel.
Result<std::string> fetchServiceAccountToken(HttpClient& http, const ServiceAccountKey& key, const std::string& scope);

} // namespace burnrate
