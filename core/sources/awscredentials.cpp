#include "sources/awscredentials.h"

#include "model/text.h"
#include "store/database.h"

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace burnrate {

namespace {

bool printableAscii(std::string_view s, bool spaces)
{
    for (unsigned char ch : s)
        if (ch < 0x21 || ch > 0x7e)
            if (!(spaces && ch == ' '))
                return false;
    return true;
}

std::string configString(const std::string& configJson, const char* key)
{
    auto j = nlohmann::json::parse(configJson, nullptr, false);
    if (!j.is_object())
        return {};
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

} // namespace

Result<void> validateAwsCredentials(const AwsCredentials& c)
{
    if (c.accessKeyId.size() < 16 || c.accessKeyId.size() > 128)
        return makeError(ErrorCode::Invalid, "an AWS access key id has 16 to 128 characters (AKIA... or ASIA...)");
    for (char ch : c.accessKeyId)
        if (!((ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')))
            return makeError(ErrorCode::Invalid, "an AWS access key id has upper-case letters and digits only");
    if (c.secretAccessKey.empty() || c.secretAccessKey.size() > 128 || !printableAscii(c.secretAccessKey, false))
        return makeError(ErrorCode::Invalid, "the AWS secret access key is empty, too long or not printable text");
    if (c.sessionToken.size() > 8192 || !printableAscii(c.sessionToken, false))
        return makeError(ErrorCode::Invalid, "the AWS session token is too long or not printable text");
    return {};
}

Result<AwsCredentials> parseAwsSecret(std::string_view text)
{
    AwsCredentials c;
    const auto first = text.find(':');
    if (first == std::string_view::npos)
        return makeError(ErrorCode::Invalid, "AWS credentials are ACCESS_KEY_ID:SECRET_ACCESS_KEY[:SESSION_TOKEN]");
    c.accessKeyId = std::string(text.substr(0, first));
    std::string_view rest = text.substr(first + 1);
    // Secrets are base64-like and never hold ':'; a session token may (it is opaque), so split once more only.
    const auto second = rest.find(':');
    c.secretAccessKey = std::string(rest.substr(0, second));
    if (second != std::string_view::npos)
        c.sessionToken = std::string(rest.substr(second + 1));
    c.origin = "the stored credentials";
    if (auto v = validateAwsCredentials(c); !v)
        return v.error();
    return c;
}

Result<AwsCredentials> awsProfileCredentials(std::string_view ini, std::string_view profile)
{
    if (ini.size() > (1u << 20))
        return makeError(ErrorCode::Invalid, "the AWS credentials file is larger than 1 MB");
    AwsCredentials c;
    bool inProfile = false, found = false;
    std::string unsupported;
    std::size_t lineNo = 0;
    while (!ini.empty()) {
        const auto nl = ini.find('\n');
        std::string_view line = trimmed(ini.substr(0, nl), " \t\r");
        ini = nl == std::string_view::npos ? std::string_view() : ini.substr(nl + 1);
        ++lineNo;
        if (line.empty() || line.front() == '#' || line.front() == ';')
            continue;
        if (line.front() == '[') {
            if (line.back() != ']')
                return makeError(ErrorCode::Parse,
                    "AWS credentials file line " + std::to_string(lineNo) + ": a section without ']'");
            std::string_view name = trimmed(line.substr(1, line.size() - 2), " \t\r");
            if (name.starts_with("profile "))
                name = trimmed(name.substr(8), " \t\r"); // the config file's spelling, tolerated here
            inProfile = name == profile;
            found = found || inProfile;
            continue;
        }
        if (!inProfile)
            continue;
        const auto eq = line.find('=');
        if (eq == std::string_view::npos)
            continue;
        const std::string_view key = trimmed(line.substr(0, eq), " \t\r"),
                               value = trimmed(line.substr(eq + 1), " \t\r");
        if (key == "aws_access_key_id")
            c.accessKeyId = std::string(value);
        else if (key == "aws_secret_access_key")
            c.secretAccessKey = std::string(value);
        else if (key == "aws_session_token" || key == "aws_security_token")
            c.sessionToken = std::string(value);
        else if (key == "role_arn" || key == "credential_process" || key == "web_identity_token_file"
            || key.starts_with("sso_"))
            unsupported = std::string(key);
    }
    const std::string name(profile);
    if (!found)
        return makeError(ErrorCode::NotFound, "no profile [" + name + "] in the AWS credentials file");
    if (c.accessKeyId.empty() && !unsupported.empty())
        return makeError(ErrorCode::Invalid,
            "profile [" + name + "] uses " + unsupported
                + ", which Burnrate cannot sign with (unsupported profile type); give it static read-only keys");
    if (c.accessKeyId.empty() || c.secretAccessKey.empty())
        return makeError(
            ErrorCode::Invalid, "profile [" + name + "] has no aws_access_key_id and aws_secret_access_key");
    c.origin = "profile [" + name + "] of the AWS credentials file";
    if (auto v = validateAwsCredentials(c); !v)
        return makeError(ErrorCode::Invalid, "profile [" + name + "]: " + v.error().detail);
    return c;
}

Result<AwsCredentials> resolveAwsCredentials(
    const SourceInfo& source, const std::string& storedSecret, const std::function<const char*(const char*)>& getenvFn)
{
    auto env = [&](const std::string& name) -> std::string {
        const char* v = getenvFn ? getenvFn(name.c_str()) : std::getenv(name.c_str());
        return v ? std::string(v) : std::string();
    };
    if (!storedSecret.empty())
        return parseAwsSecret(storedSecret);

    std::string idVar = "AWS_ACCESS_KEY_ID", secretVar = "AWS_SECRET_ACCESS_KEY", tokenVar = "AWS_SESSION_TOKEN";
    if (!source.keyEnv.empty()) {
        std::vector<std::string> names;
        std::stringstream in(source.keyEnv);
        for (std::string part; std::getline(in, part, ',');)
            names.emplace_back(trimmed(part, " \t\r"));
        if (names.size() < 2 || names.size() > 3 || names[0].empty() || names[1].empty())
            return makeError(ErrorCode::Invalid,
                "for an AWS source, --key-env names the variables ID_VAR,SECRET_VAR[,TOKEN_VAR] (got '" + source.keyEnv
                    + "')");
        idVar = names[0];
        secretVar = names[1];
        tokenVar = names.size() == 3 ? names[2] : std::string();
    }
    AwsCredentials c;
    c.accessKeyId = env(idVar);
    c.secretAccessKey = env(secretVar);
    if (!tokenVar.empty())
        c.sessionToken = env(tokenVar);
    if (!c.accessKeyId.empty() || !c.secretAccessKey.empty()) {
        if (c.accessKeyId.empty() || c.secretAccessKey.empty())
            return makeError(ErrorCode::Invalid,
                "environment variable " + (c.accessKeyId.empty() ? idVar : secretVar) + " is not set (" + idVar
                    + " and " + secretVar + " go together)");
        c.origin = "the environment (" + idVar + ")";
        if (auto v = validateAwsCredentials(c); !v)
            return makeError(
                ErrorCode::Invalid, "environment variable " + idVar + " / " + secretVar + ": " + v.error().detail);
        return c;
    }

    std::string profile = configString(source.configJson, "profile");
    if (profile.empty())
        profile = env("AWS_PROFILE");
    if (profile.empty())
        profile = "default";
    std::string file = env("AWS_SHARED_CREDENTIALS_FILE");
    if (file.empty()) {
        const std::string home = env("HOME");
        if (!home.empty())
            file = home + "/.aws/credentials";
    }
    std::ifstream f(file, std::ios::binary);
    if (file.empty() || !f)
        return makeError(ErrorCode::NotFound,
            "no AWS credentials: set " + idVar + " and " + secretVar + " (or name other variables with --key-env "
                + "ID_VAR,SECRET_VAR), store them in the keychain, or give the source a profile of "
                + (file.empty() ? std::string("~/.aws/credentials") : file));
    std::string text((1u << 20) + 1, '\0'); // one byte past the limit, so a larger file is refused, not cut
    f.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(f.gcount()));
    auto p = awsProfileCredentials(text, profile);
    if (!p)
        return makeError(p.error().code, file + ": " + p.error().detail);
    return p;
}

} // namespace burnrate
