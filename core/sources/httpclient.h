#pragma once

#include "model/result.h"
#include "sources/awscredentials.h"
#include "sources/redact.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace burnrate {

// Tuning of one HTTP client. Defaults suit a desktop poller; tests shrink the waits.
struct HttpOptions
{
    long connectTimeoutMs = 10'000;
    long totalTimeoutMs = 120'000; // per attempt
    // Abort an attempt slower than this for lowSpeedSeconds: a server dripping a few bytes a second
    // fails in seconds instead of holding the poll for the whole total timeout.
    long lowSpeedBytesPerSecond = 100;
    long lowSpeedSeconds = 20;
    std::size_t maxResponseBytes = 64u << 20;
    std::string caBundle; // optional PEM file; verification is always on
    int maxAttempts = 5;
    std::int64_t backoffBaseMs = 500; // first retry waits ~base, then x2 each attempt (+ jitter)
    std::int64_t backoffMaxMs = 30'000; // cap of one computed backoff
    std::int64_t maxRetryAfterMs = 300'000; // a longer Retry-After gives up instead of waiting
    std::int64_t maxTotalMs = 600'000; // all attempts and waits of one request together
    std::string userAgent; // default "burnrate/<version>"
    // Waits between attempts; default sleeps in short slices and returns early when cancelled.
    std::function<void(std::chrono::milliseconds)> sleep;
    // Debug log sink; every line passes through redact() first.
    std::function<void(const std::string&)> log;
};

struct HttpResponse
{
    long status = 0;
    std::string body;
    std::string contentType;
    int attempts = 0;
};

using HttpHeaders = std::vector<std::pair<std::string, std::string>>;

// Percent-encodes a query component (RFC 3986 unreserved characters stay).
std::string urlEncode(std::string_view text);

// Backoff before retry number `retry` (1-based): min(cap, base * 2^(retry-1)) with +-25% jitter.
std::int64_t backoffDelayMs(const HttpOptions& o, int retry, std::uint64_t jitterSeed);

// A blocking libcurl client (one easy handle reused for keep-alive). Not thread-safe; `cancel`
// may be set from another thread and stops transfers and waits promptly.
class HttpClient
{
public:
    explicit HttpClient(HttpOptions options = {});
    ~HttpClient();
    HttpClient(const HttpClient&) = delete;
    HttpClient& operator=(const HttpClient&) = delete;

    void setCancel(const std::atomic<bool>* cancel)
    {
        m_cancel = cancel;
    }
    // Secrets to redact from logs and errors (in addition to the per-request ones).
    void addSecret(std::string secret);
    // Ends every later request at `deadline` (attempts, retries and waits alike; the caller's whole
    // budget, e.g. one source's poll). Errors then say "gave up after <limitSeconds> s (poll time limit)".
    void setDeadline(std::chrono::steady_clock::time_point deadline, std::int64_t limitSeconds);
    // True once the deadline set with setDeadline() has passed.
    bool pastDeadline() const;
    // The error for a request stopped by the deadline; `lastProblem` (may be empty) says what was happening.
    Error deadlineError(const std::string& lastProblem) const;

    // Signs every later request with AWS Signature Version 4 (libcurl's CURLOPT_AWS_SIGV4) for `region` and
    // `service` (the signing name: "monitoring", "bedrock", "lambda", "tagging", "ce"); a session token
    // travels, signed, in X-Amz-Security-Token. AWS throttling answers (HTTP 400 with a Throttling,
    // ThrottlingException, ThrottledException, TooManyRequestsException, RequestLimitExceeded or
    // LimitExceededException code) are retried like 429. Callers must not set an Authorization header
    // themselves (curl would then not sign). The credentials are redacted from every log line and error.
    void setAwsSigning(const std::string& region, const std::string& service, const AwsCredentials& credentials);

    // GET with retries. Ok only for a 2xx final response. Errors: Network (transport, size cap,
    // timeouts), Http ("HTTP <status> ...: <truncated body>"), Cancelled. lastStatus() gives the
    // final status (0 without a response).
    Result<HttpResponse> get(const std::string& url, const HttpHeaders& headers = {});
    // POST of `body` (give the Content-Type in `headers`), with the same retries on 429/5xx and transport
    // errors (callers post idempotent requests only); redirects are not followed.
    Result<HttpResponse> post(const std::string& url, const std::string& body, const HttpHeaders& headers = {});
    long lastStatus() const
    {
        return m_lastStatus;
    }
    const HttpOptions& options() const
    {
        return m_options;
    }

private:
    struct Attempt;
    Result<HttpResponse> request(const std::string& url, const HttpHeaders& headers, const std::string* body);
    Attempt perform(const std::string& url, const HttpHeaders& headers, const std::string* body);
    bool cancelled() const
    {
        return m_cancel && m_cancel->load();
    }
    void log(const std::string& line) const;
    void sleepFor(std::chrono::milliseconds ms) const;

    HttpOptions m_options;
    void* m_curl = nullptr;
    const std::atomic<bool>* m_cancel = nullptr;
    std::vector<std::string> m_secrets;
    long m_lastStatus = 0;
    std::uint64_t m_jitter;
    std::optional<std::chrono::steady_clock::time_point> m_deadline;
    struct AwsSigning
    {
        std::string scope; // "aws:amz:REGION:SERVICE"
        AwsCredentials credentials;
    };
    std::optional<AwsSigning> m_aws;
    std::int64_t m_deadlineSeconds = 0;
    mutable bool m_gaveUpOnDeadline = false; // set by deadlineError()
};

} // namespace burnrate
