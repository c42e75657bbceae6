// The libcurl client against a real loopback server: retries, Retry-After, caps, timeouts,
// cancellation, redaction.

#include "sources/httpclient.h"
#include "support/fakeserver.h"

#include <QTest>

#include <atomic>
#include <chrono>
#include <ctime>
#include <thread>

using namespace burnrate;
using namespace burnrate::test;

namespace {

const std::string kSecret = "sk-admin-TESTSECRET-0123456789";

// A client that records its waits instead of sleeping.
struct Recorder
{
    std::vector<std::int64_t> waits;
    std::vector<std::string> logs;
    HttpOptions options()
    {
        HttpOptions o;
        o.backoffBaseMs = 100;
        o.backoffMaxMs = 400;
        o.maxAttempts = 4;
        o.connectTimeoutMs = 2000;
        o.totalTimeoutMs = 5000;
        o.sleep = [this](std::chrono::milliseconds ms) {
            waits.push_back(ms.count());
        };
        o.log = [this](const std::string& l) {
            logs.push_back(l);
        };
        return o;
    }
};

std::string httpDate(std::time_t t)
{
    char buf[64];
    std::tm tm {};
    gmtime_r(&t, &tm);
    std::strftime(buf, sizeof buf, "%a, %d %b %Y %H:%M:%S GMT", &tm);
    return buf;
}

// gzip framing around qCompress's zlib stream (RFC 1952), to serve Content-Encoding: gzip.
std::string gzip(const std::string& data)
{
    QByteArray z = qCompress(QByteArray::fromStdString(data), 9);
    QByteArray deflate = z.mid(4 + 2, z.size() - 4 - 2 - 4); // drop Qt's length, zlib header, adler32
    std::uint32_t crc = 0xffffffffu;
    for (unsigned char c : data) {
        crc ^= c;
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    crc ^= 0xffffffffu;
    std::string out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10);
    out.append(deflate.constData(), deflate.size());
    auto le32 = [&](std::uint32_t v) {
        for (int i = 0; i < 4; ++i)
            out += static_cast<char>((v >> (8 * i)) & 0xff);
    };
    le32(crc);
    le32(static_cast<std::uint32_t>(data.size()));
    return out;
}

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT

private slots:
    void sendsUserAgentAndHeaders()
    {
        FakeServer server([](const FakeRequest&) {
            return FakeResponse { 200, "application/json", R"({"ok":true})" };
        });
        Recorder rec;
        HttpClient client(rec.options());
        auto r = client.get(server.url() + "/v1/x?a=1", { { "Authorization", "Bearer " + kSecret } });
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().detail.c_str());
        QCOMPARE(r->status, 200L);
        QCOMPARE(r->body, std::string(R"({"ok":true})"));
        QCOMPARE(r->contentType, std::string("application/json"));
        auto reqs = server.requests();
        QCOMPARE(reqs.size(), std::size_t(1));
        QCOMPARE(reqs[0].header("user-agent"), std::string("burnrate/") + BURNRATE_VERSION);
        QCOMPARE(reqs[0].header("authorization"), "Bearer " + kSecret);
        QCOMPARE(reqs[0].param("a"), std::string("1"));
        for (const auto& l : rec.logs)
            QVERIFY(l.find(kSecret) == std::string::npos);
    }

    void gzipBodiesAreDecodedAndCappedAfterDecoding()
    {
        const std::string json = R"({"data":[)" + std::string(5000, ' ') + "]}";
        const std::string bomb(8 << 20, '0'); // 8 MB of zeros, a few KB compressed
        FakeServer server([&](const FakeRequest& req) {
            FakeResponse f { 200, "application/json", gzip(req.path == "/bomb" ? bomb : json) };
            f.headers.emplace_back("Content-Encoding", "gzip");
            return f;
        });
        Recorder rec;
        HttpOptions o = rec.options();
        o.maxResponseBytes = 1 << 20;
        HttpClient client(o);
        auto r = client.get(server.url() + "/ok");
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().detail.c_str());
        QCOMPARE(r->body, json);
        QVERIFY(server.requests()[0].header("accept-encoding").find("gzip") != std::string::npos);
        auto b = client.get(server.url() + "/bomb");
        QVERIFY(!b.ok());
        QVERIFY2(b.error().detail.find("larger than") != std::string::npos, b.error().detail.c_str());
    }

    void retriesTransientFailures_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("retryAfter"); // "" none, "N" seconds, "date+N" HTTP-date
        QTest::addColumn<bool>("truncate");
        QTest::addColumn<int>("minWaitMs");
        QTest::addColumn<int>("maxWaitMs");
        QTest::addRow("429 Retry-After seconds") << 429 << "2" << false << 2000 << 2000;
        QTest::addRow("429 Retry-After HTTP-date") << 429 << "date+3" << false << 1000 << 4000;
        QTest::addRow("429 without Retry-After backs off") << 429 << "" << false << 75 << 125;
        QTest::addRow("500 backs off") << 500 << "" << false << 75 << 125;
        QTest::addRow("503 Retry-After") << 503 << "1" << false << 1000 << 1000;
        QTest::addRow("truncated body is a transport error") << 200 << "" << true << 75 << 125;
    }
    void retriesTransientFailures()
    {
        QFETCH(int, status);
        QFETCH(QString, retryAfter);
        QFETCH(bool, truncate);
        QFETCH(int, minWaitMs);
        QFETCH(int, maxWaitMs);
        std::atomic<int> calls { 0 };
        FakeServer server([&](const FakeRequest&) {
            if (calls++ == 0) {
                FakeResponse f { status, "application/json", R"({"error":{"message":"slow down"}})" };
                if (retryAfter.startsWith(QLatin1String("date+")))
                    f.headers.emplace_back("Retry-After", httpDate(std::time(nullptr) + retryAfter.mid(5).toInt()));
                else if (!retryAfter.isEmpty())
                    f.headers.emplace_back("Retry-After", retryAfter.toStdString());
                if (truncate) {
                    f.body = std::string(1000, 'x');
                    f.truncate = true;
                }
                return f;
            }
            return FakeResponse { 200, "application/json", "{}" };
        });
        Recorder rec;
        HttpClient client(rec.options());
        auto r = client.get(server.url() + "/x");
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().detail.c_str());
        QCOMPARE(r->attempts, 2);
        QCOMPARE(rec.waits.size(), std::size_t(1));
        QVERIFY2(rec.waits[0] >= minWaitMs && rec.waits[0] <= maxWaitMs, std::to_string(rec.waits[0]).c_str());
    }

    void clientErrorsAreNotRetriedAndReportTheBody_data()
    {
        QTest::addColumn<int>("status");
        QTest::addRow("400") << 400;
        QTest::addRow("401") << 401;
        QTest::addRow("403") << 403;
        QTest::addRow("404") << 404;
        QTest::addRow("422") << 422;
    }
    void clientErrorsAreNotRetriedAndReportTheBody()
    {
        QFETCH(int, status);
        // A server that echoes the key back in its error must not leak it into our message.
        FakeServer server([&](const FakeRequest& req) {
            return FakeResponse { status, "application/json",
                R"({"error":{"message":"Incorrect API key provided: )" + req.header("x-api-key")
                    + R"(","type":"invalid_request_error"}})" };
        });
        Recorder rec;
        HttpClient client(rec.options());
        auto r = client.get(server.url() + "/v1/organization/usage?key=" + kSecret, { { "x-api-key", kSecret } });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Http);
        QCOMPARE(client.lastStatus(), long(status));
        QCOMPARE(server.requests().size(), std::size_t(1));
        QVERIFY(rec.waits.empty());
        const std::string& d = r.error().detail;
        QVERIFY2(d.find("HTTP " + std::to_string(status)) != std::string::npos, d.c_str());
        QVERIFY2(d.find("Incorrect API key provided") != std::string::npos, d.c_str());
        QVERIFY2(d.find(kSecret) == std::string::npos, d.c_str());
        QVERIFY2(d.find("/v1/organization/usage") != std::string::npos, d.c_str());
        for (const auto& l : rec.logs)
            QVERIFY2(l.find(kSecret) == std::string::npos, l.c_str());
    }

    void givesUpAfterMaxAttempts()
    {
        FakeServer server([](const FakeRequest&) { return FakeResponse { 503, "text/plain", "overloaded" }; });
        Recorder rec;
        HttpClient client(rec.options());
        auto r = client.get(server.url() + "/x");
        QVERIFY(!r.ok());
        QCOMPARE(server.requests().size(), std::size_t(4));
        QCOMPARE(rec.waits.size(), std::size_t(3));
        // Exponential backoff with +-25% jitter, capped.
        QVERIFY(rec.waits[0] >= 75 && rec.waits[0] <= 125);
        QVERIFY(rec.waits[1] >= 150 && rec.waits[1] <= 250);
        QVERIFY(rec.waits[2] >= 300 && rec.waits[2] <= 500);
        QVERIFY2(r.error().detail.find("after 4 attempts") != std::string::npos, r.error().detail.c_str());
        QVERIFY2(r.error().detail.find("overloaded") != std::string::npos, r.error().detail.c_str());
    }

    void retryTimeBudgetIsHonoured()
    {
        FakeServer server([](const FakeRequest&) {
            FakeResponse f { 429, "application/json", "{}" };
            f.headers.emplace_back("Retry-After", "30");
            return f;
        });
        Recorder rec;
        HttpOptions o = rec.options();
        o.maxTotalMs = 5000;
        HttpClient client(o);
        auto r = client.get(server.url() + "/x");
        QVERIFY(!r.ok());
        QCOMPARE(server.requests().size(), std::size_t(1));
        QVERIFY(rec.waits.empty());
        QVERIFY2(r.error().detail.find("429") != std::string::npos, r.error().detail.c_str());
    }

    void responseSizeCapStopsChunkedBodies()
    {
        FakeServer server([](const FakeRequest&) {
            FakeResponse f { 200, "application/json", std::string(64 * 1024, ' ') };
            f.chunked = true;
            f.chunkSize = 16 * 1024;
            f.repeatBody = 512; // 32 MB announced nowhere
            return f;
        });
        Recorder rec;
        HttpOptions o = rec.options();
        o.maxResponseBytes = 1 << 20;
        HttpClient client(o);
        auto r = client.get(server.url() + "/huge");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Network);
        QVERIFY2(r.error().detail.find("larger than") != std::string::npos, r.error().detail.c_str());
        QCOMPARE(server.requests().size(), std::size_t(1)); // not retried
    }

    void slowBodyTimesOut()
    {
        FakeServer server([](const FakeRequest&) {
            FakeResponse f { 200, "application/json", std::string(100, ' ') };
            f.chunkSize = 10;
            f.delayMsPerChunk = 150;
            return f;
        });
        Recorder rec;
        HttpOptions o = rec.options();
        o.totalTimeoutMs = 300;
        o.maxAttempts = 2;
        HttpClient client(o);
        auto t0 = std::chrono::steady_clock::now();
        auto r = client.get(server.url() + "/slow");
        auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0).count();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Network);
        QCOMPARE(server.requests().size(), std::size_t(2));
        QVERIFY2(ms < 2000, std::to_string(ms).c_str());
    }

    // A body dripping 2 bytes/s fails on the low-speed limit, long before the total timeout.
    void dripFailsOnTheLowSpeedLimit()
    {
        QVERIFY(HttpOptions {}.lowSpeedBytesPerSecond > 2); // the defaults catch a 2 bytes/s drip
        FakeServer server([](const FakeRequest&) {
            FakeResponse f { 200, "application/json", std::string(400, ' ') };
            f.chunkSize = 1;
            f.delayMsPerChunk = 500;
            return f;
        });
        Recorder rec;
        HttpOptions o = rec.options();
        o.totalTimeoutMs = 120'000;
        o.lowSpeedBytesPerSecond = 100;
        o.lowSpeedSeconds = 1;
        o.maxAttempts = 1;
        HttpClient client(o);
        auto r = client.get(server.url() + "/drip");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Network);
        QVERIFY2(r.error().detail.find("too slow") != std::string::npos, r.error().detail.c_str());
    }

    // The caller's deadline ends an attempt, the retries and the waits, and says so.
    void deadlineEndsEverything_data()
    {
        QTest::addColumn<bool>("drip"); // else: 503 with Retry-After (waits)
        QTest::addRow("dripping body") << true;
        QTest::addRow("retries with long waits") << false;
    }
    void deadlineEndsEverything()
    {
        QFETCH(bool, drip);
        FakeServer server([&](const FakeRequest&) {
            if (!drip) {
                FakeResponse f { 503, "application/json", R"({"error":"busy"})" };
                f.headers.emplace_back("Retry-After", "30");
                return f;
            }
            FakeResponse f { 200, "application/json", std::string(400, ' ') };
            f.chunkSize = 1;
            f.delayMsPerChunk = 500;
            return f;
        });
        Recorder rec;
        HttpOptions o = rec.options();
        o.totalTimeoutMs = 120'000;
        o.lowSpeedBytesPerSecond = 0; // only the deadline
        o.maxAttempts = 5;
        HttpClient client(o);
        client.setDeadline(std::chrono::steady_clock::now() + std::chrono::seconds(1), 1);
        auto r = client.get(server.url() + "/x");
        QVERIFY(!r.ok());
        QVERIFY2(r.error().detail.find("gave up after 1 s (poll time limit)") != std::string::npos,
            r.error().detail.c_str());
        QVERIFY(rec.waits.empty()); // a wait past the deadline is not even started
        QVERIFY(client.pastDeadline() || !drip);
        QCOMPARE(server.requests().size(), std::size_t(1));
    }

    void cancelStopsATransferFromAnotherThread()
    {
        FakeServer server([](const FakeRequest&) {
            FakeResponse f { 200, "application/json", std::string(100, ' ') };
            f.chunkSize = 5;
            f.delayMsPerChunk = 100; // 2 s in all
            return f;
        });
        std::atomic<bool> cancel { false };
        HttpOptions o;
        HttpClient client(o);
        client.setCancel(&cancel);
        std::thread t([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(150));
            cancel = true;
        });
        auto t0 = std::chrono::steady_clock::now();
        auto r = client.get(server.url() + "/slow");
        auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0).count();
        t.join();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        QVERIFY2(ms < 1500, std::to_string(ms).c_str());
    }

    void cancelInterruptsABackoffWait()
    {
        FakeServer server([](const FakeRequest&) {
            FakeResponse f { 429, "application/json", "{}" };
            f.headers.emplace_back("Retry-After", "20");
            return f;
        });
        std::atomic<bool> cancel { false };
        HttpClient client; // real sleeping
        client.setCancel(&cancel);
        std::thread t([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            cancel = true;
        });
        auto t0 = std::chrono::steady_clock::now();
        auto r = client.get(server.url() + "/x");
        auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0).count();
        t.join();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        QVERIFY2(ms < 1500, std::to_string(ms).c_str());
    }

    void redirectsFollowSameOriginOnly()
    {
        FakeServer other([](const FakeRequest&) { return FakeResponse { 200, "text/plain", "other" }; });
        std::string otherUrl = other.url();
        FakeServer server([&](const FakeRequest& req) {
            if (req.path == "/metrics") {
                FakeResponse f { 307, "", "" };
                f.headers.emplace_back("Location", "/metrics/");
                return f;
            }
            if (req.path == "/away") {
                FakeResponse f { 302, "", "" };
                f.headers.emplace_back("Location", otherUrl + "/steal");
                return f;
            }
            return FakeResponse { 200, "text/plain", "metrics " + req.header("x-api-key") };
        });
        HttpClient client;
        auto r = client.get(server.url() + "/metrics", { { "x-api-key", kSecret } });
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().detail.c_str());
        QCOMPARE(r->body, "metrics " + kSecret);
        auto away = client.get(server.url() + "/away", { { "x-api-key", kSecret } });
        QVERIFY(!away.ok());
        QVERIFY(other.requests().empty());
    }

    void connectionRefusedIsANetworkError()
    {
        int port;
        {
            FakeServer s([](const FakeRequest&) { return FakeResponse {}; });
            port = s.port();
        }
        Recorder rec;
        HttpOptions o = rec.options();
        o.maxAttempts = 2;
        HttpClient client(o);
        auto r = client.get("http://127.0.0.1:" + std::to_string(port) + "/x");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Network);
        QCOMPARE(rec.waits.size(), std::size_t(1));
    }

    void redactRemovesSecrets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("expected");
        QTest::addRow("plain") << "key sk-abc123 failed"
                               << "sk-abc123"
                               << "key [REDACTED] failed";
        QTest::addRow("twice") << "sk-abc123/sk-abc123"
                               << "sk-abc123"
                               << "[REDACTED]/[REDACTED]";
        QTest::addRow("url-encoded") << "u?k=sk%2Babc%2F1"
                                     << "sk+abc/1"
                                     << "u?k=[REDACTED]";
        QTest::addRow("authorization header, unknown secret") << "Authorization: Bearer zzz\r\nAccept: x"
                                                              << ""
                                                              << "Authorization: [REDACTED]\r\nAccept: x";
        QTest::addRow("x-api-key header") << "X-Api-Key: abc"
                                          << ""
                                          << "X-Api-Key: [REDACTED]";
        QTest::addRow("short secrets are not redacted") << "a b c"
                                                        << "b"
                                                        << "a b c";
        QTest::addRow("upper-cased echo") << "key SK-ABC12345 bad"
                                          << "sk-abc12345"
                                          << "key [REDACTED] bad";
        QTest::addRow("url user-info") << "GET http://u:p@h/x"
                                       << ""
                                       << "GET http://[REDACTED]@h/x";
    }
    void redactRemovesSecrets()
    {
        QFETCH(QString, text);
        QFETCH(QString, secret);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(redact(text.toStdString(), { secret.toStdString() })), expected);
    }

    void backoffGrowsAndIsCapped()
    {
        HttpOptions o;
        o.backoffBaseMs = 1000;
        o.backoffMaxMs = 8000;
        for (std::uint64_t seed : { 0ULL, 1ULL, 777ULL, ~0ULL }) {
            QVERIFY(backoffDelayMs(o, 1, seed) >= 750 && backoffDelayMs(o, 1, seed) <= 1250);
            QVERIFY(backoffDelayMs(o, 3, seed) >= 3000 && backoffDelayMs(o, 3, seed) <= 5000);
            QVERIFY(backoffDelayMs(o, 30, seed) >= 6000 && backoffDelayMs(o, 30, seed) <= 10000);
        }
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
