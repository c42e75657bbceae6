#include "sources/httpclient.h"

#include "model/text.h"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <mutex>
#include <random>
#include <thread>

namespace burnrate {

namespace {

std::once_flag g_curlInit;

constexpr std::size_t kErrorBodyChars = 300;

bool iequalsPrefix(std::string_view text, std::string_view prefix)
{
    if (text.size() < prefix.size())
        return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(text[i])) != std::tolower(static_cast<unsigned char>(prefix[i])))
            return false;
    return true;
}

// scheme://host[:port] of a URL, lower-cased, for same-origin redirect checks.
std::string origin(std::string_view url)
{
    auto p = url.find("://");
    if (p == std::string_view::npos)
        return {};
    auto end = url.find_first_of("/?#", p + 3);
    std::string o(url.substr(0, end));
    std::transform(o.begin(), o.end(), o.begin(), [](unsigned char c) { return std::tolower(c); });
    return o;
}

// The URL without its query: errors name the endpoint, not the (possibly sensitive) parameters.
std::string withoutQuery(std::string_view url)
{
    return std::string(url.substr(0, url.find_first_of("?#")));
}

// Makes a body fit for a one-line error: control characters become spaces, then it is cut.
std::string oneLine(std::string_view body, std::size_t max)
{
    std::string out;
    out.reserve(std::min(body.size(), max) + 3);
    for (char c : body) {
        if (out.size() >= max) {
            out += "...";
            break;
        }
        unsigned char u = static_cast<unsigned char>(c);
        out += (u < 0x20 || u == 0x7f) ? ' ' : c;
    }
    return std::string(trimmed(out));
}

} // namespace

std::string urlEncode(std::string_view text)
{
    static const char* const kHex = "0123456789ABCDEF";
    std::string out;
    out.reserve(text.size() * 3);
    for (char c : text) {
        unsigned char u = static_cast<unsigned char>(c);
        if (std::isalnum(u) || c == '-' || c == '_' || c == '.' || c == '~') {
            out += c;
        } else {
            out += '%';
            out += kHex[u >> 4];
            out += kHex[u & 15];
        }
    }
    return out;
}

std::int64_t backoffDelayMs(const HttpOptions& o, int retry, std::uint64_t seed)
{
    std::int64_t base = std::max<std::int64_t>(o.backoffBaseMs, 0);
    std::int64_t d = base;
    for (int i = 1; i < retry && d < o.backoffMaxMs; ++i)
        d *= 2;
    d = std::min(d, o.backoffMaxMs);
    // +-25% jitter so many clients do not retry in lockstep.
    std::int64_t span = d / 2;
    if (span > 0)
        d = d - span / 2 + static_cast<std::int64_t>(seed % static_cast<std::uint64_t>(span + 1));
    return std::max<std::int64_t>(d, 0);
}

struct HttpClient::Attempt
{
    CURLcode code = CURLE_OK;
    std::string curlError;
    long status = 0;
    std::string body, contentType, redirect;
    bool tooBig = false;
    std::int64_t retryAfterSec = 0;
};

namespace {

struct Transfer
{
    std::string* body;
    std::string* contentType;
    std::size_t max;
    bool* tooBig;
    const std::atomic<bool>* cancel;
};

size_t writeCb(char* data, size_t size, size_t n, void* user)
{
    auto* t = static_cast<Transfer*>(user);
    size_t bytes = size * n;
    // The cap holds for chunked and compressed bodies too (CURLOPT_MAXFILESIZE does not).
    if (t->body->size() + bytes > t->max) {
        *t->tooBig = true;
        return 0;
    }
    t->body->append(data, bytes);
    return bytes;
}

size_t headerCb(char* data, size_t size, size_t n, void* user)
{
    auto* t = static_cast<Transfer*>(user);
    std::string_view line(data, size * n);
    if (iequalsPrefix(line, "HTTP/"))
        t->contentType->clear(); // a new response (after 100-continue or a redirect)
    else if (iequalsPrefix(line, "content-type:"))
        *t->contentType = std::string(trimmed(line.substr(13)));
    return size * n;
}

int progressCb(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    auto* t = static_cast<Transfer*>(user);
    return (t->cancel && t->cancel->load()) ? 1 : 0;
}

} // namespace

HttpClient::HttpClient(HttpOptions options)
    : m_options(std::move(options))
{
    std::call_once(g_curlInit, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    m_curl = curl_easy_init();
    if (m_options.userAgent.empty())
        m_options.userAgent = std::string("burnrate/") + BURNRATE_VERSION;
    std::random_device rd;
    m_jitter = (static_cast<std::uint64_t>(rd()) << 32) ^ rd();
}

HttpClient::~HttpClient()
{
    if (m_curl)
        curl_easy_cleanup(static_cast<CURL*>(m_curl));
}

void HttpClient::addSecret(std::string secret)
{
    if (!secret.empty())
        m_secrets.push_back(std::move(secret));
}

void HttpClient::setDeadline(std::chrono::steady_clock::time_point deadline, std::int64_t limitSeconds)
{
    m_deadline = deadline;
    m_deadlineSeconds = limitSeconds;
    m_gaveUpOnDeadline = false;
}

bool HttpClient::pastDeadline() const
{
    // Once a request gave up on the deadline, the deadline is past even if curl's own clock fired a few
    // milliseconds before ours.
    return m_deadline && (m_gaveUpOnDeadline || std::chrono::steady_clock::now() >= *m_deadline);
}

Error HttpClient::deadlineError(const std::string& lastProblem) const
{
    m_gaveUpOnDeadline = true;
    std::string what = "gave up after " + std::to_string(m_deadlineSeconds) + " s (poll time limit)";
    return makeError(ErrorCode::Network, lastProblem.empty() ? what : lastProblem + " - " + what);
}

void HttpClient::log(const std::string& line) const
{
    if (m_options.log)
        m_options.log(redact(line, m_secrets));
}

void HttpClient::sleepFor(std::chrono::milliseconds ms) const
{
    if (m_options.sleep) {
        m_options.sleep(ms);
        return;
    }
    auto until = std::chrono::steady_clock::now() + ms;
    while (!cancelled()) {
        auto now = std::chrono::steady_clock::now();
        if (now >= until)
            break;
        std::this_thread::sleep_for(
            std::min<std::chrono::steady_clock::duration>(until - now, std::chrono::milliseconds(50)));
    }
}

void HttpClient::setAwsSigning(const std::string& region, const std::string& service, const AwsCredentials& credentials)
{
    m_aws = AwsSigning { "aws:amz:" + region + ":" + service, credentials };
    addSecret(credentials.secretAccessKey);
    addSecret(credentials.sessionToken);
}

namespace {

// An AWS answer that means "slow down": HTTP 400 with a throttling error code in the JSON (__type) or Query
// (<Code>) envelope.
bool isAwsThrottle(long status, std::string_view body)
{
    if (status != 400)
        return false;
    for (std::string_view code : { "Throttling", "ThrottledException", "TooManyRequestsException",
             "RequestLimitExceeded", "LimitExceededException" }) // ThrottledException: the Resource Groups Tagging API
        if (body.substr(0, 4096).find(code) != std::string_view::npos)
            return true;
    return false;
}

} // namespace

HttpClient::Attempt HttpClient::perform(const std::string& url, const HttpHeaders& headers, const std::string* body)
{
    Attempt a;
    CURL* c = static_cast<CURL*>(m_curl);
    curl_easy_reset(c);
    Transfer t { &a.body, &a.contentType, m_options.maxResponseBytes, &a.tooBig, m_cancel };
    char errbuf[CURL_ERROR_SIZE] = { 0 };
    curl_slist* list = nullptr;
    for (const auto& [k, v] : headers)
        list = curl_slist_append(list, (k + ": " + v).c_str());
    if (m_aws && !m_aws->credentials.sessionToken.empty())
        list = curl_slist_append(list, ("X-Amz-Security-Token: " + m_aws->credentials.sessionToken).c_str());
    curl_easy_setopt(c, CURLOPT_URL, url.c_str());
    if (body) {
        // No "Expect: 100-continue" round trip: webhook receivers and proxies answer the body at once.
        list = curl_slist_append(list, "Expect:");
        curl_easy_setopt(c, CURLOPT_POST, 1L);
        curl_easy_setopt(c, CURLOPT_POSTFIELDS, body->data());
        curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body->size()));
    } else {
        curl_easy_setopt(c, CURLOPT_HTTPGET, 1L);
    }
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, list);
    if (m_aws) {
        // curl signs the method, path, query as given, the headers set here, host, x-amz-date and the body.
        curl_easy_setopt(c, CURLOPT_AWS_SIGV4, m_aws->scope.c_str());
        curl_easy_setopt(c, CURLOPT_USERNAME, m_aws->credentials.accessKeyId.c_str());
        curl_easy_setopt(c, CURLOPT_PASSWORD, m_aws->credentials.secretAccessKey.c_str());
    }
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
    curl_easy_setopt(c, CURLOPT_USERAGENT, m_options.userAgent.c_str());
    curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");
    long connectMs = m_options.connectTimeoutMs, totalMs = m_options.totalTimeoutMs;
    if (m_deadline) {
        // No attempt may outlive the caller's deadline.
        auto left
            = std::chrono::duration_cast<std::chrono::milliseconds>(*m_deadline - std::chrono::steady_clock::now())
                  .count();
        long leftMs = static_cast<long>(std::clamp<std::int64_t>(left, 1, 1L << 30));
        connectMs = connectMs > 0 ? std::min(connectMs, leftMs) : leftMs;
        totalMs = totalMs > 0 ? std::min(totalMs, leftMs) : leftMs;
    }
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, connectMs);
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, totalMs);
    curl_easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, m_options.lowSpeedBytesPerSecond);
    curl_easy_setopt(c, CURLOPT_LOW_SPEED_TIME, m_options.lowSpeedSeconds);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!m_options.caBundle.empty())
        curl_easy_setopt(c, CURLOPT_CAINFO, m_options.caBundle.c_str());
    // Redirects are followed by get() itself, same origin only: custom credential headers
    // (x-api-key) must never travel to another host.
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, writeCb);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &t);
    curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, headerCb);
    curl_easy_setopt(c, CURLOPT_HEADERDATA, &t);
    curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, progressCb);
    curl_easy_setopt(c, CURLOPT_XFERINFODATA, &t);
    curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
    a.code = curl_easy_perform(c);
    curl_slist_free_all(list);
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &a.status);
    curl_off_t ra = 0;
    if (curl_easy_getinfo(c, CURLINFO_RETRY_AFTER, &ra) == CURLE_OK && ra > 0)
        a.retryAfterSec = static_cast<std::int64_t>(ra);
    char* redirect = nullptr;
    if (curl_easy_getinfo(c, CURLINFO_REDIRECT_URL, &redirect) == CURLE_OK && redirect)
        a.redirect = redirect;
    a.curlError = errbuf[0] ? errbuf : curl_easy_strerror(a.code);
    // Nothing of this request may outlive it in the handle.
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, nullptr);
    return a;
}

Result<HttpResponse> HttpClient::get(const std::string& url, const HttpHeaders& headers)
{
    return request(url, headers, nullptr);
}

Result<HttpResponse> HttpClient::post(const std::string& url, const std::string& body, const HttpHeaders& headers)
{
    return request(url, headers, &body);
}

Result<HttpResponse> HttpClient::request(const std::string& url, const HttpHeaders& headers, const std::string* body)
{
    m_lastStatus = 0;
    std::vector<std::string> secrets = m_secrets;
    for (const auto& h : headers)
        if (!h.second.empty()
            && (iequalsPrefix(h.first, "authorization") || iequalsPrefix(h.first, "x-api-key")
                || iequalsPrefix(h.first, "x-litellm-api-key"))) {
            // The credential alone: runs of "Bearer <key>" would also match the text around an echoed key.
            secrets.push_back(iequalsPrefix(h.second, "Bearer ") ? h.second.substr(7) : h.second);
        }
    auto red = [&](std::string_view s) {
        return redact(s, secrets);
    };
    if (!m_curl)
        return makeError(ErrorCode::Network, "cannot initialise libcurl");

    const auto started = std::chrono::steady_clock::now();
    auto elapsedMs = [&] {
        return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started)
            .count();
    };
    std::string current = url;
    int redirects = 0;
    std::string lastProblem;
    for (int attempt = 1;; ++attempt) {
        if (cancelled())
            return makeError(ErrorCode::Cancelled, "cancelled");
        if (pastDeadline())
            return deadlineError(lastProblem);
        Attempt a = perform(current, headers, body);
        m_lastStatus = a.status;
        const std::string where = (body ? "POST " : "GET ") + red(withoutQuery(current));
        if (a.code == CURLE_ABORTED_BY_CALLBACK || cancelled())
            return makeError(ErrorCode::Cancelled, "cancelled");
        if (a.tooBig)
            return makeError(ErrorCode::Network,
                where + ": response larger than " + std::to_string(m_options.maxResponseBytes) + " bytes");
        bool retryable = false;
        std::int64_t waitMs = -1;
        if (a.code != CURLE_OK) {
            lastProblem = where + ": " + red(a.curlError);
            log(lastProblem + " (attempt " + std::to_string(attempt) + ")");
            if (pastDeadline())
                return deadlineError(lastProblem);
            switch (a.code) {
            case CURLE_UNSUPPORTED_PROTOCOL:
            case CURLE_URL_MALFORMAT:
            case CURLE_PEER_FAILED_VERIFICATION:
            case CURLE_SSL_CACERT_BADFILE:
            case CURLE_SSL_CERTPROBLEM:
            case CURLE_NOT_BUILT_IN:
                return makeError(ErrorCode::Network, lastProblem);
            default:
                retryable = true;
            }
        } else {
            log(where + " -> HTTP " + std::to_string(a.status) + ", " + std::to_string(a.body.size())
                + " bytes (attempt " + std::to_string(attempt) + ")");
            if (a.status >= 200 && a.status < 300) {
                HttpResponse r;
                r.status = a.status;
                r.body = std::move(a.body);
                r.contentType = std::move(a.contentType);
                r.attempts = attempt;
                return r;
            }
            if (a.status >= 300 && a.status < 400 && !a.redirect.empty() && !body) {
                if (origin(a.redirect) != origin(current) || ++redirects > 5)
                    return makeError(ErrorCode::Http,
                        where + ": HTTP " + std::to_string(a.status) + " redirect to " + red(withoutQuery(a.redirect))
                            + " not followed");
                current = a.redirect;
                --attempt;
                continue;
            }
            lastProblem = where + ": HTTP " + std::to_string(a.status);
            // Only the start of the body is shown: cut it (with room for escapes) before redacting.
            std::string body = oneLine(red(std::string_view(a.body).substr(0, 4 * kErrorBodyChars)), kErrorBodyChars);
            if (!body.empty())
                lastProblem += ": " + body;
            if (a.status == 429 || a.status >= 500 || (m_aws && isAwsThrottle(a.status, a.body))) {
                retryable = true;
                if (a.retryAfterSec > 0) {
                    if (a.retryAfterSec * 1000 > m_options.maxRetryAfterMs)
                        return makeError(ErrorCode::Http,
                            lastProblem + " (Retry-After " + std::to_string(a.retryAfterSec)
                                + " s is longer than allowed)");
                    waitMs = a.retryAfterSec * 1000;
                }
            } else {
                return makeError(ErrorCode::Http, lastProblem);
            }
        }
        if (!retryable || attempt >= m_options.maxAttempts)
            return makeError(a.code != CURLE_OK ? ErrorCode::Network : ErrorCode::Http,
                lastProblem + " (after " + std::to_string(attempt) + " attempts)");
        if (waitMs < 0) {
            m_jitter ^= m_jitter << 13;
            m_jitter ^= m_jitter >> 7;
            m_jitter ^= m_jitter << 17;
            waitMs = backoffDelayMs(m_options, attempt, m_jitter);
        }
        if (m_deadline && std::chrono::steady_clock::now() + std::chrono::milliseconds(waitMs) >= *m_deadline)
            return deadlineError(lastProblem);
        if (elapsedMs() + waitMs > m_options.maxTotalMs)
            return makeError(a.code != CURLE_OK ? ErrorCode::Network : ErrorCode::Http,
                lastProblem + " (gave up after " + std::to_string(attempt) + " attempts: retry time budget spent)");
        log("retrying in " + std::to_string(waitMs) + " ms");
        sleepFor(std::chrono::milliseconds(waitMs));
        if (cancelled())
            return makeError(ErrorCode::Cancelled, "cancelled");
    }
}

} // namespace burnrate
