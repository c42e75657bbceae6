#include "sources/gcpauth.h"

#include "sources/httpclient.h"

#include <nlohmann/json.hpp>

#include <ctime>
#include <memory>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace burnrate {

namespace {

constexpr const char* kDefaultTokenUri = "https://oauth2.googleapis.com/token";

std::string field(const nlohmann::json& j, const char* name)
{
    auto it = j.find(name);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// https:// anywhere, http:// only to this machine (a test server or a local proxy).
bool acceptableTokenUri(const std::string& uri)
{
    if (uri.rfind("https://", 0) == 0)
        return uri.size() > 8;
    for (const char* local : { "http://127.0.0.1:", "http://127.0.0.1/", "http://localhost:", "http://localhost/",
             "http://[::1]:", "http://[::1]/" })
        if (uri.rfind(local, 0) == 0)
            return true;
    return false;
}

std::string openSslReason()
{
    const unsigned long e = ERR_get_error();
    ERR_clear_error();
    const char* r = e ? ERR_reason_error_string(e) : nullptr;
    return r ? std::string(r) : std::string("unknown reason");
}

} // namespace

bool looksLikeJsonKey(std::string_view secret)
{
    const auto at = secret.find_first_not_of(" \t\r\n");
    return at != std::string_view::npos && secret[at] == '{';
}

Result<ServiceAccountKey> parseServiceAccountKey(std::string_view text)
{
    // No parser message: it would quote the text around the error, i.e. a piece of the key.
    auto j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object())
        return makeError(ErrorCode::Invalid,
            "the Google key is not valid JSON (paste the whole service-account key file, or use an access token)");
    const std::string type = field(j, "type");
    if (type != "service_account")
        return makeError(ErrorCode::Invalid,
            type.empty() ? std::string("the Google JSON key has no \"type\": not a service-account key")
                         : "the Google JSON key is of type \"" + type.substr(0, 40)
                    + "\", not \"service_account\" (create a service-account key, or use an access token)");
    ServiceAccountKey key;
    key.clientEmail = field(j, "client_email");
    key.privateKeyPem = field(j, "private_key");
    key.privateKeyId = field(j, "private_key_id");
    key.tokenUri = field(j, "token_uri");
    if (key.clientEmail.empty())
        return makeError(ErrorCode::Invalid, "the service-account key has no client_email");
    if (key.privateKeyPem.empty())
        return makeError(ErrorCode::Invalid, "the service-account key has no private_key");
    if (key.tokenUri.empty())
        key.tokenUri = kDefaultTokenUri;
    if (!acceptableTokenUri(key.tokenUri))
        return makeError(ErrorCode::Invalid,
            "the service-account key's token_uri must be an https:// URL (or http:// on this machine)");
    return key;
}

namespace {

// Every run of at least 32 base64 characters in `text` (JSON escapes such as "\\n" end a run): the private
// key's lines and its id, never words of the text around them.
void base64Runs(std::string_view text, std::vector<std::string>& out)
{
    auto isBase64 = [](char ch) {
        return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '+'
            || ch == '/' || ch == '=';
    };
    std::string run;
    auto flush = [&] {
        if (run.size() >= 32)
            out.push_back(run);
        run.clear();
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size()) {
            flush();
            ++i;
        } else if (isBase64(text[i])) {
            run += text[i];
        } else {
            flush();
        }
    }
    flush();
}

} // namespace

std::vector<std::string> serviceAccountSecrets(const ServiceAccountKey& key)
{
    std::vector<std::string> out;
    base64Runs(key.privateKeyPem, out);
    if (!key.privateKeyId.empty())
        out.push_back(key.privateKeyId);
    return out;
}

std::vector<std::string> jsonKeySecrets(std::string_view text)
{
    std::vector<std::string> out;
    base64Runs(text, out);
    if (auto key = parseServiceAccountKey(text))
        for (std::string& s : serviceAccountSecrets(*key))
            out.push_back(std::move(s));
    return out;
}

std::string base64Url(std::string_view bytes)
{
    static const char* kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 3 <= bytes.size(); i += 3) {
        const unsigned v = (unsigned(static_cast<unsigned char>(bytes[i])) << 16)
            | (unsigned(static_cast<unsigned char>(bytes[i + 1])) << 8) | static_cast<unsigned char>(bytes[i + 2]);
        out += kAlphabet[(v >> 18) & 63];
        out += kAlphabet[(v >> 12) & 63];
        out += kAlphabet[(v >> 6) & 63];
        out += kAlphabet[v & 63];
    }
    if (const std::size_t rest = bytes.size() - i; rest > 0) {
        unsigned v = unsigned(static_cast<unsigned char>(bytes[i])) << 16;
        if (rest == 2)
            v |= unsigned(static_cast<unsigned char>(bytes[i + 1])) << 8;
        out += kAlphabet[(v >> 18) & 63];
        out += kAlphabet[(v >> 12) & 63];
        if (rest == 2)
            out += kAlphabet[(v >> 6) & 63];
    }
    return out;
}

Result<std::string> serviceAccountAssertion(const ServiceAccountKey& key, const std::string& scope, Epoch iat)
{
    nlohmann::json header = { { "alg", "RS256" }, { "typ", "JWT" } };
    if (!key.privateKeyId.empty())
        header["kid"] = key.privateKeyId;
    const nlohmann::json claims = { { "iss", key.clientEmail }, { "scope", scope }, { "aud", key.tokenUri },
        { "iat", iat }, { "exp", iat + 3600 } };
    const std::string signingInput = base64Url(header.dump()) + "." + base64Url(claims.dump());

    // The private key: PKCS#8 PEM ("BEGIN PRIVATE KEY", as Google writes it) or PKCS#1 ("BEGIN RSA ...").
    ERR_clear_error();
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(
        BIO_new_mem_buf(key.privateKeyPem.data(), static_cast<int>(key.privateKeyPem.size())), &BIO_free);
    if (!bio)
        return makeError(ErrorCode::Invalid, "cannot read the service-account private key (out of memory)");
    // An empty passphrase callback: an encrypted PEM fails instead of prompting on the terminal.
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> pkey(
        PEM_read_bio_PrivateKey(
            bio.get(), nullptr, [](char*, int, int, void*) { return 0; }, nullptr),
        &EVP_PKEY_free);
    if (!pkey) {
        ERR_clear_error();
        return makeError(ErrorCode::Invalid,
            "the service-account key's private_key is not a readable PEM private key (copy the key file again)");
    }
    if (EVP_PKEY_get_base_id(pkey.get()) != EVP_PKEY_RSA)
        return makeError(
            ErrorCode::Invalid, "the service-account key's private_key is not an RSA key (RS256 needs one)");
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> md(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    std::size_t length = 0;
    if (!md || EVP_DigestSignInit(md.get(), nullptr, EVP_sha256(), nullptr, pkey.get()) != 1
        || EVP_DigestSign(md.get(), nullptr, &length, reinterpret_cast<const unsigned char*>(signingInput.data()),
               signingInput.size())
            != 1)
        return makeError(ErrorCode::Invalid, "cannot sign the service-account assertion: " + openSslReason());
    std::string signature(length, '\0');
    if (EVP_DigestSign(md.get(), reinterpret_cast<unsigned char*>(signature.data()), &length,
            reinterpret_cast<const unsigned char*>(signingInput.data()), signingInput.size())
        != 1)
        return makeError(ErrorCode::Invalid, "cannot sign the service-account assertion: " + openSslReason());
    signature.resize(length);
    return signingInput + "." + base64Url(signature);
}

Result<std::string> parseTokenResponse(std::string_view body)
{
    auto j = nlohmann::json::parse(body, nullptr, false);
    if (j.is_discarded() || !j.is_object())
        return makeError(ErrorCode::Parse, "the token endpoint's answer is not a JSON object (truncated?)");
    const std::string token = field(j, "access_token");
    if (token.empty())
        return makeError(ErrorCode::Parse, "the token endpoint's answer has no access_token");
    const std::string type = field(j, "token_type");
    if (!type.empty() && type != "Bearer" && type != "bearer")
        return makeError(ErrorCode::Parse, "the token endpoint answered a token that is not a bearer token");
    if (token.find_first_of(" \t\r\n") != std::string::npos || token.size() > 8192)
        return makeError(ErrorCode::Parse, "the token endpoint's access_token is not a token");
    return token;
}

Result<std::string> fetchServiceAccountToken(HttpClient& http, const ServiceAccountKey& key, const std::string& scope)
{
    for (const std::string& s : serviceAccountSecrets(key))
        http.addSecret(s);
    auto assertion = serviceAccountAssertion(key, scope, static_cast<Epoch>(std::time(nullptr)));
    if (!assertion)
        return assertion.error();
    http.addSecret(*assertion);
    const std::string body
        = "grant_type=" + urlEncode("urn:ietf:params:oauth:grant-type:jwt-bearer") + "&assertion=" + *assertion;
    auto resp = http.post(key.tokenUri, body,
        { { "Content-Type", "application/x-www-form-urlencoded" }, { "Accept", "application/json" } });
    if (!resp) {
        // Google's refusals are {"error":"invalid_grant","error_description":"..."}: the HTTP error carries it.
        Error e = resp.error();
        e.detail = "service-account sign-in for " + key.clientEmail + " failed: " + e.detail;
        return e;
    }
    auto token = parseTokenResponse(resp->body);
    if (!token)
        return token.error();
    http.addSecret(*token);
    return token;
}

} // namespace burnrate
