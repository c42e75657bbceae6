#pragma once
// AWS credentials for the AWS source types (bedrock, lambda, aws-costs): an access key id, its secret and,
// for temporary credentials (ASIA...), a session token. Requests are signed by libcurl (CURLOPT_AWS_SIGV4,
// see sources/httpclient.h); nothing here is ever stored in the database, logged or exported.

#include "model/result.h"

#include <functional>
#include <string>
#include <string_view>

namespace burnrate {

struct SourceInfo;

struct AwsCredentials
{
    std::string accessKeyId, secretAccessKey, sessionToken;
    std::string origin; // where they came from, for messages: "environment (AWS_ACCESS_KEY_ID)", ...
};

// Checks the parts: an access key id of 16-128 upper-case letters and digits, a secret of printable ASCII
// without spaces (at most 128 bytes), a session token of printable ASCII (at most 8192 bytes). Line breaks
// anywhere are refused: these values travel in HTTP headers.
Result<void> validateAwsCredentials(const AwsCredentials& c);

// "ACCESS_KEY_ID:SECRET_ACCESS_KEY[:SESSION_TOKEN]", the form a keychain entry or a --key value takes.
Result<AwsCredentials> parseAwsSecret(std::string_view text);

// The static keys of profile `profile` in the text of a shared credentials file (INI: "[name]" sections,
// "key = value" lines, '#' and ';' comments). Profiles that name a role, SSO or a credential process carry
// no keys: they are refused as unsupported rather than reported missing.
Result<AwsCredentials> awsProfileCredentials(std::string_view iniText, std::string_view profile);

// Resolves a source's credentials, first match wins:
// 1. `storedSecret` (the keychain entry, as parseAwsSecret reads it) when not empty;
// 2. the environment: the variables named by the source's key_env ("ID_VAR,SECRET_VAR[,TOKEN_VAR]"), else
//    AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN;
// 3. the profile named by the source config's "profile" (else $AWS_PROFILE, else "default") in
//    $AWS_SHARED_CREDENTIALS_FILE or ~/.aws/credentials, read only.
// `getenv` is the environment (tests pass their own).
Result<AwsCredentials> resolveAwsCredentials(const SourceInfo& source, const std::string& storedSecret,
    const std::function<const char*(const char*)>& getenv = {});

} // namespace burnrate
