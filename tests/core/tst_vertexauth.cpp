// The vertex source signed in with a Google service-account JSON key: the RS256 JWT assertion is checked by
// a fake token endpoint on 127.0.0.1 against the public half of a test-only key (tests/data/gcp/
// test-only-service-account-key.pem, made with `openssl genpkey -algorithm RSA`; it protects nothing),
// the minted token must then be the bearer of the Cloud Monitoring calls, and hostile keys and token
// answers fail with errors that name the problem and never carry the key, the assertion or a token.
#include "sources/gcpauth.h"
#include "sources/poller.h"
#include "store/database.h"
#include "store/sqlite.h"
#include "support/fakeserver.h"
#include "support/testsupport.h"

#include <QTest>

#include <nlohmann/json.hpp>

#include <ctime>
#include <fstream>
#include <mutex>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <sstream>

using namespace burnrate;
using burnrate::test::FakeRequest;
using burnrate::test::FakeResponse;
using burnrate::test::FakeServer;
using nlohmann::json;

namespace {

constexpr Epoch kD0 = 1793491200; // 2026-11-01 00:00 UTC
const std::string kMinted = "ya29.c.minted-access-token-0123456789abcdef";
const std::string kEmail = "burnrate-reader@acme-prod.iam.gserviceaccount.com";

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string pem()
{
    return readFile(test::testData("gcp/test-only-service-account-key.pem"));
}

json keyJson(const std::string& tokenUri)
{
    return { { "type", "service_account" }, { "project_id", "acme-prod" },
        { "private_key_id", "3f1c9a7e5b2d4f6081a9c3e5d7f9b1a3c5e7d9f1" }, { "private_key", pem() },
        { "client_email", kEmail }, { "client_id", "104729384756102938475" },
        { "auth_uri", "https://accounts.google.com/o/oauth2/auth" }, { "token_uri", tokenUri } };
}

std::string unbase64Url(std::string in)
{
    for (char& ch : in)
        ch = ch == '-' ? '+' : ch == '_' ? '/' : ch;
    while (in.size() % 4)
        in += '=';
    std::string out(in.size(), '\0');
    const int n = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(out.data()),
        reinterpret_cast<const unsigned char*>(in.data()), int(in.size()));
    if (n < 0)
        return {};
    out.resize(std::size_t(n) - (in.size() - in.find_last_not_of('=') - 1));
    return out;
}

// Checks a JWT bearer grant the way Google's token endpoint does; "" when it is good, else what is wrong.
std::string checkGrant(const FakeRequest& r, const std::string& aud)
{
    if (r.method != "POST" || r.header("content-type") != "application/x-www-form-urlencoded")
        return "not a form POST";
    std::map<std::string, std::string> form;
    std::stringstream in(r.body);
    for (std::string kv; std::getline(in, kv, '&');)
        form[test::urlDecode(kv.substr(0, kv.find('=')))] = test::urlDecode(kv.substr(kv.find('=') + 1));
    if (form["grant_type"] != "urn:ietf:params:oauth:grant-type:jwt-bearer")
        return "grant_type";
    const std::string jwt = form["assertion"];
    const auto dot1 = jwt.find('.'), dot2 = jwt.rfind('.');
    if (dot1 == std::string::npos || dot1 == dot2)
        return "not a JWT";
    const json header = json::parse(unbase64Url(jwt.substr(0, dot1)), nullptr, false);
    const json claims = json::parse(unbase64Url(jwt.substr(dot1 + 1, dot2 - dot1 - 1)), nullptr, false);
    if (header.value("alg", "") != "RS256" || header.value("typ", "") != "JWT"
        || header.value("kid", "") != "3f1c9a7e5b2d4f6081a9c3e5d7f9b1a3c5e7d9f1")
        return "header " + header.dump();
    const Epoch now = std::time(nullptr);
    if (claims.value("iss", "") != kEmail || claims.value("aud", "") != aud
        || claims.value("scope", "") != "https://www.googleapis.com/auth/monitoring.read")
        return "claims " + claims.dump();
    const Epoch iat = claims.value("iat", Epoch(0)), exp = claims.value("exp", Epoch(0));
    if (iat < now - 300 || iat > now + 5 || exp != iat + 3600)
        return "times " + claims.dump();
    // The signature, verified with the public half of the test key.
    const std::string key = pem();
    BIO* bio = BIO_new_mem_buf(key.data(), int(key.size()));
    EVP_PKEY* pkey = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    EVP_MD_CTX* md = EVP_MD_CTX_new();
    const std::string input = jwt.substr(0, dot2), sig = unbase64Url(jwt.substr(dot2 + 1));
    const bool good = pkey && EVP_DigestVerifyInit(md, nullptr, EVP_sha256(), nullptr, pkey) == 1
        && EVP_DigestVerify(md, reinterpret_cast<const unsigned char*>(sig.data()), sig.size(),
               reinterpret_cast<const unsigned char*>(input.data()), input.size())
            == 1;
    EVP_MD_CTX_free(md);
    EVP_PKEY_free(pkey);
    return good ? std::string() : "bad signature";
}

std::int64_t scalar(Database& db, const std::string& sql, std::int64_t bind)
{
    Statement s = db.prepare(sql);
    s.bind(1, bind);
    return s.step() ? s.int64(0) : -1;
}

// The fake Google: a token endpoint at /token and Cloud Monitoring's timeSeries for project acme-prod.
struct FakeGoogle
{
    std::mutex m;
    std::vector<std::string> grantProblems, bearers;
    int tokenCalls = 0;
    std::function<std::optional<FakeResponse>(const FakeRequest&)> tokenFault;
    std::string tokenUri;

    FakeResponse handle(const FakeRequest& r)
    {
        std::lock_guard<std::mutex> l(m);
        if (r.path == "/token") {
            ++tokenCalls;
            if (auto problem = checkGrant(r, tokenUri); !problem.empty())
                grantProblems.push_back(problem);
            if (tokenFault)
                if (auto f = tokenFault(r))
                    return *f;
            return { 200, "application/json",
                json({ { "access_token", kMinted }, { "expires_in", 3599 }, { "token_type", "Bearer" } }).dump() };
        }
        bearers.push_back(r.header("authorization"));
        if (r.header("authorization") != "Bearer " + kMinted)
            return { 401, "application/json", R"({"error":{"code":401,"status":"UNAUTHENTICATED"}})" };
        const Epoch from = *parseTimestamp(r.param("interval.startTime"));
        const Epoch to = *parseTimestamp(r.param("interval.endTime"));
        const Epoch period = std::stoll(r.param("aggregation.alignmentPeriod"));
        const bool tokens = r.param("filter").find("token_count") != std::string::npos;
        json points = json::array();
        for (Epoch s = from; s < to; s += period)
            points.push_back({ { "interval", { { "endTime", formatTimestamp(s + period) } } },
                { "value", { { "int64Value", tokens ? "500" : "1" } } } });
        json series
            = { { "resource", { { "labels", { { "model_user_id", "gemini-2.5-flash" } } } } }, { "points", points } };
        if (tokens)
            series["metric"] = { { "labels", { { "type", "input" } } } };
        return { 200, "application/json", json({ { "timeSeries", json::array({ series }) } }).dump() };
    }
};

} // namespace

class TestVertexAuth : public QObject
{
    Q_OBJECT

    SourceInfo addVertex(test::TempDb& t, const std::string& url)
    {
        SourceInfo s;
        s.name = "vertex-sa";
        s.type = "vertex";
        s.baseUrl = url;
        s.configJson = R"({"project":"acme-prod"})";
        if (auto r = t.db->addSource(s); !r)
            qFatal("addSource: %s", r.error().detail.c_str());
        return *t.db->source(s.name);
    }

    PollOptions options(const std::string& secret, std::vector<std::string>* log)
    {
        PollOptions o;
        o.secret = secret;
        o.now = kD0 + 3 * 86400;
        o.from = kD0;
        o.http.backoffBaseMs = 1;
        o.http.backoffMaxMs = 4;
        o.http.maxAttempts = 2;
        o.http.totalTimeoutMs = 3000;
        o.http.sleep = [](std::chrono::milliseconds) {
        };
        o.log = [log](const std::string& line) {
            log->push_back(line);
        };
        return o;
    }

    // Nothing secret in `text`: no line of the private key, not the key id, not the minted token, no JWT.
    static void verifyClean(const std::string& text)
    {
        const std::string key = pem();
        std::stringstream lines(key);
        for (std::string line; std::getline(lines, line);)
            if (line.rfind("-----", 0) != 0)
                QVERIFY2(text.find(line.substr(0, 16)) == std::string::npos, text.c_str());
        QVERIFY2(text.find("3f1c9a7e5b2d4f60") == std::string::npos, text.c_str());
        QVERIFY2(text.find(kMinted) == std::string::npos, text.c_str());
        QVERIFY2(text.find("eyJhbGciOiJSUzI1NiIs") == std::string::npos, text.c_str()); // a JWT header
    }

private slots:
    void base64UrlHasNoPadding_data()
    {
        QTest::addColumn<QByteArray>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("one") << QByteArray("f") << QStringLiteral("Zg");
        QTest::newRow("two") << QByteArray("fo") << QStringLiteral("Zm8");
        QTest::newRow("three") << QByteArray("foo") << QStringLiteral("Zm9v");
        QTest::newRow("url alphabet") << QByteArray("\xfb\xff\xbf", 3) << QStringLiteral("-_-_");
    }
    void base64UrlHasNoPadding()
    {
        QFETCH(QByteArray, in);
        QFETCH(QString, out);
        QCOMPARE(QString::fromStdString(base64Url(std::string_view(in.constData(), std::size_t(in.size())))), out);
    }

    void signsInAndUsesTheTokenForThePoll()
    {
        test::TempDb t;
        FakeGoogle google;
        FakeServer server([&](const FakeRequest& r) { return google.handle(r); });
        google.tokenUri = server.url() + "/token";
        SourceInfo src = addVertex(t, server.url());
        std::vector<std::string> log;
        // Pretty-printed as Google writes the file; read from the key variable like a user would set it.
        qputenv("BURNRATE_TEST_GOOGLE_KEY", QByteArray::fromStdString(keyJson(google.tokenUri).dump(2)));
        src.keyEnv = "BURNRATE_TEST_GOOGLE_KEY";
        QVERIFY(t.db->updateSource(src).ok());
        PollOutcome out = pollSource(*t.db, t.prices, *t.db->source(src.name), options("", &log));
        qunsetenv("BURNRATE_TEST_GOOGLE_KEY");
        QVERIFY2(out.ok, out.error.c_str());
        QVERIFY2(
            google.grantProblems.empty(), google.grantProblems.empty() ? "" : google.grantProblems.front().c_str());
        QCOMPARE(google.tokenCalls, 1); // one sign-in per poll, reused by every call
        QVERIFY(google.bearers.size() >= 4); // two ranges x two metrics
        for (const auto& b : google.bearers)
            QCOMPARE(b, "Bearer " + kMinted);
        // Day 1 daily + 48 hours: 49 buckets of 500 input tokens and one call.
        QCOMPARE(scalar(*t.db, "SELECT count(*) FROM buckets WHERE source_id = ?1", src.id), qint64(49));
        QCOMPARE(scalar(*t.db, "SELECT SUM(input) FROM buckets WHERE source_id = ?1", src.id), qint64(49 * 500));
        for (const auto& line : log)
            verifyClean(line);
        // Neither the key nor the token is in the database file.
        const std::string file = readFile(t.path());
        verifyClean(file);
        QVERIFY(file.find("PRIVATE KEY") == std::string::npos);
    }

    void hostileKeysAndTokenAnswersFailClearly_data()
    {
        QTest::addColumn<QString>("key"); // "good", or a replacement for the whole secret
        QTest::addColumn<int>("status"); // the token endpoint's status (0: it answers a token)
        QTest::addColumn<QString>("body");
        QTest::addColumn<bool>("truncate");
        QTest::addColumn<QString>("expected"); // a part of the error
        QTest::addColumn<int>("tokenCalls");
        const QString good = QStringLiteral("good");
        QTest::newRow("malformed key JSON") << QStringLiteral(
            "{\"type\": \"service_account\", \"client_email\": \"a@b\", \"private_key\": \"-----BEGIN")
                                            << 0 << QString() << false << QStringLiteral("not valid JSON") << 0;
        QTest::newRow("not a service account")
            << QStringLiteral(R"({"type":"authorized_user","client_id":"x","refresh_token":"1.0g-refresh"})") << 0
            << QString() << false << QStringLiteral("\"authorized_user\"") << 0;
        QTest::newRow("no private_key") << QStringLiteral("no-private-key") << 0 << QString() << false
                                        << QStringLiteral("no private_key") << 0;
        QTest::newRow("no client_email") << QStringLiteral("no-client-email") << 0 << QString() << false
                                         << QStringLiteral("no client_email") << 0;
        QTest::newRow("PEM does not parse") << QStringLiteral("bad-pem") << 0 << QString() << false
                                            << QStringLiteral("not a readable PEM private key") << 0;
        QTest::newRow("not an RSA key") << QStringLiteral("ec-key") << 0 << QString() << false
                                        << QStringLiteral("not an RSA key") << 0;
        QTest::newRow("plain http token_uri") << QStringLiteral("http-token-uri") << 0 << QString() << false
                                              << QStringLiteral("token_uri must be an https://") << 0;
        QTest::newRow("invalid_grant")
            << good << 400
            << QStringLiteral(R"({"error":"invalid_grant","error_description":"Invalid JWT Signature."})") << false
            << QStringLiteral("invalid_grant") << 1;
        QTest::newRow("assertion echoed")
            << good << 400 << QStringLiteral(R"({"error":"invalid_grant","error_description":"ECHO"})") << false
            << QStringLiteral("HTTP 400") << 1;
        QTest::newRow("500") << good << 500 << QStringLiteral(R"({"error":"internal_failure"})") << false
                             << QStringLiteral("HTTP 500") << 2; // retried once, then given up
        QTest::newRow("no access_token") << good << 200
                                         << QStringLiteral(R"({"expires_in":3599,"token_type":"Bearer"})") << false
                                         << QStringLiteral("no access_token") << 1;
        QTest::newRow("not a bearer token")
            << good << 200 << QStringLiteral(R"({"access_token":"x-minted-0123456789","token_type":"MAC"})") << false
            << QStringLiteral("not a bearer token") << 1;
        QTest::newRow("truncated body")
            << good << 200
            << QString::fromStdString(
                   json({ { "access_token", kMinted }, { "expires_in", 3599 }, { "token_type", "Bearer" } }).dump())
            << true << QStringLiteral("sign-in for") << 2; // a transport error: retried
    }
    void hostileKeysAndTokenAnswersFailClearly()
    {
        QFETCH(QString, key);
        QFETCH(int, status);
        QFETCH(QString, body);
        QFETCH(bool, truncate);
        QFETCH(QString, expected);
        QFETCH(int, tokenCalls);
        test::TempDb t;
        FakeGoogle google;
        FakeServer server([&](const FakeRequest& r) { return google.handle(r); });
        google.tokenUri = server.url() + "/token";
        google.tokenFault = [&](const FakeRequest& r) -> std::optional<FakeResponse> {
            if (status == 0)
                return std::nullopt;
            FakeResponse f { status, "application/json", body.toStdString() };
            if (auto at = f.body.find("ECHO"); at != std::string::npos)
                f.body.replace(at, 4, "bad assertion in " + r.body);
            f.truncate = truncate;
            return f;
        };
        json k = keyJson(google.tokenUri);
        std::string secret = k.dump();
        if (key == QLatin1String("no-private-key")) {
            k.erase("private_key");
            secret = k.dump();
        } else if (key == QLatin1String("no-client-email")) {
            k.erase("client_email");
            secret = k.dump();
        } else if (key == QLatin1String("bad-pem")) {
            std::string p = pem();
            p.replace(p.find("MII"), 40, "this is not base64 at all!!! nor DER ...");
            k["private_key"] = p;
            secret = k.dump();
        } else if (key == QLatin1String("ec-key")) {
            k["private_key"] = readFile(test::testData("gcp/test-only-ec-key.pem"));
            secret = k.dump();
        } else if (key == QLatin1String("http-token-uri")) {
            k["token_uri"] = "http://oauth2.example.com/token";
            secret = k.dump();
        } else if (key != QLatin1String("good")) {
            secret = key.toStdString();
        }
        SourceInfo src = addVertex(t, server.url());
        std::vector<std::string> log;
        PollOutcome out = pollSource(*t.db, t.prices, src, options(secret, &log));
        QVERIFY(!out.ok);
        QVERIFY2(out.error.find(expected.toStdString()) != std::string::npos, out.error.c_str());
        QCOMPARE(google.tokenCalls, tokenCalls);
        QVERIFY(google.bearers.empty()); // no Cloud Monitoring call without a token
        verifyClean(out.error);
        for (const auto& line : log)
            verifyClean(line);
        const SourceInfo after = *t.db->source(src.name);
        verifyClean(after.lastError);
        QCOMPARE(after.cursor, Epoch(0)); // the cursor stays
    }
};

QTEST_MAIN(TestVertexAuth)
#include "tst_vertexauth.moc"
