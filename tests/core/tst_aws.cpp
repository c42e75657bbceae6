// The AWS source types: credentials, libcurl's SigV4 signature checked against one computed here, the
// CloudWatch / Bedrock / Cost Explorer parsers on documented, malformed, truncated and hostile bodies, and
// the bedrock and aws-costs connectors against a fake AWS on 127.0.0.1 that also throttles, fails, expires
// credentials, pages forever and lies.
#include "ingest/requestlog.h"
#include "model/sha256.h"
#include "pricing/infraprices.h"
#include "pricing/pricebook.h"
#include "sources/aws.h"
#include "sources/awscredentials.h"
#include "sources/poller.h"
#include "sources/sourcetypes.h"
#include "sources/vertex.h"
#include "store/database.h"
#include "store/sqlite.h"
#include "support/fakeserver.h"
#include "support/testsupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <fstream>
#include <mutex>

using namespace burnrate;
using burnrate::test::FakeRequest;
using burnrate::test::FakeResponse;
using burnrate::test::FakeServer;
using nlohmann::json;

namespace {

const std::string kKeyId = "AKIAEXAMPLE7QK3ZP2XQ";
const std::string kSecretKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
const std::string kToken = "IQoJb3JpZ2luX2VjEXAMPLEsessiontoken0123456789";
constexpr Epoch kDay = 86400;
constexpr Epoch kD0 = 1793491200; // 2026-11-01 00:00 UTC

// ---- an independent SigV4 (RFC 2104 HMAC over FIPS 180-4 SHA-256) ----

std::string hmac(const std::string& key, const std::string& msg)
{
    std::string k = key.size() > 64 ? [&] {
        auto d = sha256(key);
        return std::string(d.begin(), d.end());
    }()
                                     : key;
    k.resize(64, '\0');
    std::string inner(64, '\0'), outer(64, '\0');
    for (int i = 0; i < 64; ++i) {
        inner[i] = char(k[i] ^ 0x36);
        outer[i] = char(k[i] ^ 0x5c);
    }
    auto ih = sha256(inner + msg);
    auto oh = sha256(outer + std::string(ih.begin(), ih.end()));
    return std::string(oh.begin(), oh.end());
}

std::string hex(const std::string& bytes)
{
    static const char* d = "0123456789abcdef";
    std::string out;
    for (unsigned char c : bytes) {
        out += d[c >> 4];
        out += d[c & 15];
    }
    return out;
}

std::string collapse(std::string v)
{
    std::string out;
    for (char c : v)
        if (!(c == ' ' && (out.empty() || out.back() == ' ')))
            out += c;
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out;
}

// The signature AWS would expect for request `r`, given the credential scope and signed headers the
// Authorization header names; "" when the header is not a SigV4 one.
std::string expectedSignature(const FakeRequest& r, const std::string& secret, std::string* scopeOut = nullptr)
{
    const std::string auth = r.header("authorization");
    const std::string prefix = "AWS4-HMAC-SHA256 Credential=";
    if (auth.rfind(prefix, 0) != 0)
        return {};
    const auto comma = auth.find(',');
    const std::string credential = auth.substr(prefix.size(), comma - prefix.size());
    const auto sh = auth.find("SignedHeaders=");
    const std::string signedHeaders = auth.substr(sh + 14, auth.find(',', sh) - sh - 14);
    // Credential = KEYID/DATE/REGION/SERVICE/aws4_request
    std::vector<std::string> parts;
    std::stringstream in(credential);
    for (std::string p; std::getline(in, p, '/');)
        parts.push_back(p);
    if (parts.size() != 5)
        return {};
    if (scopeOut)
        *scopeOut = parts[2] + "/" + parts[3];
    std::string canonicalHeaders;
    std::stringstream hs(signedHeaders);
    for (std::string h; std::getline(hs, h, ';');)
        canonicalHeaders += h + ":" + collapse(r.header(h)) + "\n";
    const std::string canonical = r.method + "\n" + r.path + "\n" + r.rawQuery + "\n" + canonicalHeaders + "\n"
        + signedHeaders + "\n" + sha256Hex(r.body);
    const std::string amzDate = r.header("x-amz-date");
    const std::string stringToSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + parts[1] + "/" + parts[2] + "/" + parts[3]
        + "/aws4_request\n" + sha256Hex(canonical);
    std::string key = hmac("AWS4" + secret, parts[1]);
    key = hmac(key, parts[2]);
    key = hmac(key, parts[3]);
    key = hmac(key, "aws4_request");
    return hex(hmac(key, stringToSign));
}

std::string signatureOf(const FakeRequest& r)
{
    const std::string auth = r.header("authorization");
    const auto at = auth.find("Signature=");
    return at == std::string::npos ? std::string() : auth.substr(at + 10);
}

// ---- a fake AWS account: CloudWatch, the Bedrock control plane and Cost Explorer on one URL ----

struct FakeAws
{
    // ModelId -> hour -> (invocations, input, output, cache read, cache write)
    std::map<std::string, std::map<Epoch, std::array<double, 5>>> usage;
    std::function<std::optional<FakeResponse>(const FakeRequest&, int n)> fault; // n: requests so far
    int points = 0; // per GetMetricData page before NextToken (0: all)
    std::vector<std::string> signatureProblems;
    std::mutex mutex;
    int n = 0;

    FakeResponse handle(const FakeRequest& r)
    {
        std::lock_guard<std::mutex> l(mutex);
        ++n;
        if (fault)
            if (auto f = fault(r, n))
                return *f;
        std::string scope;
        const std::string want = expectedSignature(r, kSecretKey, &scope);
        if (want.empty() || want != signatureOf(r))
            signatureProblems.push_back(r.method + " " + r.path + ": " + r.header("authorization"));
        const std::string target = r.header("x-amz-target");
        if (target == "GraniteServiceVersion20100801.ListMetrics")
            return listMetrics(json::parse(r.body));
        if (target == "GraniteServiceVersion20100801.GetMetricData")
            return getMetricData(json::parse(r.body));
        if (r.path == "/inference-profiles")
            return { 200, "application/json",
                R"({"inferenceProfileSummaries":[{"inferenceProfileName":"tenant-acme-sonnet",
              "inferenceProfileArn":"arn:aws:bedrock:us-east-1:111122223333:application-inference-profile/k3v9q2m7x1ab",
              "models":[{"modelArn":"arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-sonnet-4-5-20250929-v1:0"}],
              "inferenceProfileId":"k3v9q2m7x1ab","status":"ACTIVE","type":"APPLICATION"}],"nextToken":null})" };
        if (r.path == "/listTagsForResource")
            return {
                200, "application/json",
                R"({"tags":[{"key":"tenantId","value":"acme"},{"key":"team","value":"support"},{"key":"cost-center","value":"CC-4410"}]})"
            };
        if (target == "AWSInsightsIndexService.GetDimensionValues")
            return {
                200, "application/x-amz-json-1.1",
                R"js({"DimensionValues":[{"Value":"Amazon Bedrock","Attributes":{}},{"Value":"Claude Sonnet 4.5 (Amazon Bedrock Edition)","Attributes":{}}],"ReturnSize":2,"TotalSize":2})js"
            };
        if (target == "AWSInsightsIndexService.GetCostAndUsage")
            return costAndUsage(json::parse(r.body));
        return { 400, "application/json", R"({"__type":"UnknownOperationException"})" };
    }

    FakeResponse listMetrics(const json& body)
    {
        json metrics = json::array();
        for (const auto& [id, hours] : usage)
            metrics.push_back({ { "Namespace", "AWS/Bedrock" }, { "MetricName", body["MetricName"] },
                { "Dimensions", json::array({ { { "Name", "ModelId" }, { "Value", id } } }) } });
        // The dimensionless aggregate is listed too and must be ignored.
        metrics.push_back(
            { { "Namespace", "AWS/Bedrock" }, { "MetricName", body["MetricName"] }, { "Dimensions", json::array() } });
        return { 200, "application/x-amz-json-1.0", json({ { "Metrics", metrics } }).dump() };
    }

    FakeResponse getMetricData(const json& body)
    {
        const Epoch start = body["StartTime"].get<Epoch>(), end = body["EndTime"].get<Epoch>();
        const std::size_t skip = body.contains("NextToken") ? std::stoul(body["NextToken"].get<std::string>()) : 0;
        static const std::map<std::string, int> kIndex = { { "Invocations", 0 }, { "InputTokenCount", 1 },
            { "OutputTokenCount", 2 }, { "CacheReadInputTokenCount", 3 }, { "CacheWriteInputTokenCount", 4 } };
        // Every point of every query in order; a page is a slice of `points` of them.
        struct Point
        {
            std::size_t query;
            Epoch t;
            double v;
        };
        std::vector<Point> all;
        const json& queries = body["MetricDataQueries"];
        for (std::size_t qi = 0; qi < queries.size(); ++qi) {
            const json& stat = queries[qi]["MetricStat"];
            const std::string metric = stat["Metric"]["MetricName"];
            const std::string id = stat["Metric"]["Dimensions"][0]["Value"];
            const Epoch period = stat["Period"].get<Epoch>();
            auto k = kIndex.find(metric);
            if (k == kIndex.end() || !usage.count(id))
                continue;
            std::map<Epoch, double> sums;
            for (const auto& [hour, v] : usage[id])
                if (hour >= start && hour < end)
                    sums[start + (hour - start) / period * period] += v[std::size_t(k->second)];
            for (const auto& [t, v] : sums)
                all.push_back({ qi, t, v });
        }
        const std::size_t stop = points > 0 ? std::min(all.size(), skip + std::size_t(points)) : all.size();
        std::vector<json> ts(queries.size(), json::array()), vs(queries.size(), json::array());
        for (std::size_t i = skip; i < stop; ++i) {
            ts[all[i].query].push_back(all[i].t);
            vs[all[i].query].push_back(all[i].v);
        }
        json results = json::array();
        for (std::size_t qi = 0; qi < queries.size(); ++qi)
            results.push_back({ { "Id", queries[qi]["Id"] }, { "Label", "x" }, { "Timestamps", ts[qi] },
                { "Values", vs[qi] }, { "StatusCode", stop < all.size() ? "PartialData" : "Complete" } });
        json out = { { "MetricDataResults", results }, { "Messages", json::array() } };
        if (stop < all.size())
            out["NextToken"] = std::to_string(stop);
        return { 200, "application/x-amz-json-1.0", out.dump() };
    }

    FakeResponse costAndUsage(const json& body)
    {
        const bool second = body.contains("NextPageToken");
        json results = json::array();
        const std::string day0 = formatDate(kD0), day1 = formatDate(kD0 + kDay), day2 = formatDate(kD0 + 2 * kDay);
        // SERVICE comes first in the GroupBy the connector sends: keys are [service, usage type].
        json g1 = json::array(), g2 = json::array();
        if (!second) {
            g1.push_back(
                { { "Keys", { "Claude Sonnet 4.5 (Amazon Bedrock Edition)", "USE1-MP:USE1_InputTokenCount-Units" } },
                    { "Metrics",
                        { { "UnblendedCost", { { "Amount", "1.446315" }, { "Unit", "USD" } } },
                            { "UsageQuantity", { { "Amount", "482105" }, { "Unit", "N/A" } } } } } });
            g1.push_back({ { "Keys", { "AWS Lambda", "Lambda-GB-Second-ARM" } },
                { "Metrics", { { "UnblendedCost", { { "Amount", "0.0000300172" }, { "Unit", "USD" } } } } } });
            results.push_back({ { "TimePeriod", { { "Start", day0 }, { "End", day1 } } }, { "Total", json::object() },
                { "Groups", g1 }, { "Estimated", false } });
        } else {
            g2.push_back(
                { { "Keys", { "Claude Sonnet 4.5 (Amazon Bedrock Edition)", "USE1-MP:USE1_OutputTokenCount-Units" } },
                    { "Metrics", { { "UnblendedCost", { { "Amount", "0.13725" }, { "Unit", "USD" } } } } } });
            results.push_back({ { "TimePeriod", { { "Start", day1 }, { "End", day2 } } }, { "Total", json::object() },
                { "Groups", g2 }, { "Estimated", true } });
        }
        json out = { { "GroupDefinitions", json::array() }, { "ResultsByTime", results } };
        if (!second)
            out["NextPageToken"] = "AAMA-page-2";
        return { 200, "application/x-amz-json-1.1", out.dump() };
    }
};

std::int64_t scalar(Database& db, const std::string& sql, std::int64_t bind = 0)
{
    Statement s = db.prepare(sql);
    if (bind)
        s.bind(1, bind);
    return s.step() ? s.int64(0) : -1;
}

} // namespace

class TestAws : public QObject
{
    Q_OBJECT

    test::TempDb* m_db = nullptr;

    SourceInfo addSource(test::TempDb& t, const std::string& type, const std::string& url)
    {
        SourceInfo s;
        s.name = type + "-test";
        s.type = type;
        s.baseUrl = url;
        s.configJson = R"({"region":"us-east-1"})";
        if (auto r = t.db->addSource(s); !r)
            qFatal("addSource: %s", r.error().detail.c_str());
        return *t.db->source(s.name);
    }

    PollOptions options(Epoch now, bool token = false)
    {
        PollOptions o;
        o.secret = kKeyId + ":" + kSecretKey + (token ? ":" + kToken : std::string());
        o.now = now;
        o.http.backoffBaseMs = 1;
        o.http.backoffMaxMs = 4;
        o.http.maxAttempts = 3;
        o.http.totalTimeoutMs = 3000;
        o.http.sleep = [](std::chrono::milliseconds) {
        };
        return o;
    }

private slots:
    void parsesSecrets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("token");
        QTest::newRow("id and secret") << QString::fromStdString(kKeyId + ":" + kSecretKey) << true << "";
        QTest::newRow("with session token") << QString::fromStdString(kKeyId + ":" + kSecretKey + ":" + kToken) << true
                                            << QString::fromStdString(kToken);
        QTest::newRow("token with colons")
            << QString::fromStdString(kKeyId + ":" + kSecretKey + ":a:b") << true << "a:b";
        QTest::newRow("no colon") << QString::fromStdString(kKeyId) << false << "";
        QTest::newRow("lower-case id") << QStringLiteral("akiaexample7qk3zp2xq:secret") << false << "";
        QTest::newRow("short id") << QStringLiteral("AKIA1:secret") << false << "";
        QTest::newRow("empty secret") << QString::fromStdString(kKeyId + ":") << false << "";
        QTest::newRow("header injection in secret")
            << QString::fromStdString(kKeyId + ":abc\r\nX-Evil: 1") << false << "";
        QTest::newRow("header injection in token")
            << QString::fromStdString(kKeyId + ":" + kSecretKey + ":tok\nX-Evil: 1") << false << "";
        QTest::newRow("huge token") << QString::fromStdString(kKeyId + ":" + kSecretKey + ":" + std::string(9000, 'A'))
                                    << false << "";
    }
    void parsesSecrets()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, token);
        auto c = parseAwsSecret(text.toStdString());
        QCOMPARE(c.ok(), ok);
        if (ok) {
            QCOMPARE(c->accessKeyId, kKeyId);
            QCOMPARE(c->secretAccessKey, kSecretKey);
            QCOMPARE(QString::fromStdString(c->sessionToken), token);
        }
    }

    void readsProfiles_data()
    {
        QTest::addColumn<QString>("ini");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("expect"); // key id, or "!" + a part of the error
        const QString file
            = QStringLiteral("# comment\n[default]\naws_access_key_id = AKIAEXAMPLE7QK3ZP2XQ\n"
                             "aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\r\n\n"
                             "[finops]\n; another\naws_access_key_id = ASIAEXAMPLEM4TQ7ZLKD\n"
                             "aws_secret_access_key = 9drTJvcXLB89EXAMPLEKEY\naws_session_token = IQoJ\n"
                             "[profile spaced]\naws_access_key_id=AKIASPACEDPROFILE00\n"
                             "aws_secret_access_key=x\n[sso]\nsso_start_url = https://x\n"
                             "sso_role_name = Viewer\n[broken]\naws_access_key_id = AKIABROKEN000000000\n");
        QTest::newRow("default") << file << "default"
                                 << "AKIAEXAMPLE7QK3ZP2XQ";
        QTest::newRow("named with token") << file << "finops"
                                          << "ASIAEXAMPLEM4TQ7ZLKD";
        QTest::newRow("config spelling") << file << "spaced"
                                         << "AKIASPACEDPROFILE00";
        QTest::newRow("missing") << file << "nope"
                                 << "!no profile [nope]";
        QTest::newRow("sso unsupported") << file << "sso"
                                         << "!unsupported profile type";
        QTest::newRow("no secret") << file << "broken"
                                   << "!no aws_access_key_id and aws_secret_access_key";
        QTest::newRow("unclosed section") << QStringLiteral("[default\nx=y\n") << "default"
                                          << "!without ']'";
        QTest::newRow("empty file") << QString() << "default"
                                    << "!no profile";
        QTest::newRow("huge") << QString(1 << 20, QLatin1Char('#')) + QStringLiteral("x") << "default"
                              << "!larger than 1 MB";
    }
    void readsProfiles()
    {
        QFETCH(QString, ini);
        QFETCH(QString, profile);
        QFETCH(QString, expect);
        auto c = awsProfileCredentials(ini.toStdString(), profile.toStdString());
        if (expect.startsWith(QLatin1Char('!'))) {
            QVERIFY(!c.ok());
            QVERIFY2(c.error().detail.find(expect.mid(1).toStdString()) != std::string::npos, c.error().detail.c_str());
        } else {
            QVERIFY2(c.ok(), c.ok() ? "" : c.error().detail.c_str());
            QCOMPARE(QString::fromStdString(c->accessKeyId), expect);
        }
    }

    void resolvesCredentialsInOrder()
    {
        QTemporaryDir dir;
        const std::string file = (dir.path() + QStringLiteral("/credentials")).toStdString();
        std::ofstream(file) << "[ro]\naws_access_key_id = AKIAPROFILEKEY000000\naws_secret_access_key = psecret\n";
        std::map<std::string, std::string> env = { { "AWS_SHARED_CREDENTIALS_FILE", file } };
        auto getenv = [&](const char* name) -> const char* {
            auto it = env.find(name);
            return it == env.end() ? nullptr : it->second.c_str();
        };
        SourceInfo s;
        s.type = "bedrock";
        s.configJson = R"({"profile":"ro"})";
        // The profile when nothing else is set.
        auto c = resolveAwsCredentials(s, "", getenv);
        QVERIFY2(c.ok(), c.ok() ? "" : c.error().detail.c_str());
        QCOMPARE(c->accessKeyId, std::string("AKIAPROFILEKEY000000"));
        // The standard variables win over the profile.
        env["AWS_ACCESS_KEY_ID"] = "AKIAENVIRONMENT00000";
        env["AWS_SECRET_ACCESS_KEY"] = "esecret";
        env["AWS_SESSION_TOKEN"] = "etoken";
        c = resolveAwsCredentials(s, "", getenv);
        QCOMPARE(c->accessKeyId, std::string("AKIAENVIRONMENT00000"));
        QCOMPARE(c->sessionToken, std::string("etoken"));
        // Named variables (--key-env ID,SECRET) replace the standard ones.
        s.keyEnv = "FINOPS_ID, FINOPS_SECRET";
        env["FINOPS_ID"] = "AKIANAMEDVARIABLE000";
        c = resolveAwsCredentials(s, "", getenv);
        QVERIFY(!c.ok()); // FINOPS_SECRET missing: said, not silently replaced
        QVERIFY(c.error().detail.find("FINOPS_SECRET") != std::string::npos);
        env["FINOPS_SECRET"] = "nsecret";
        c = resolveAwsCredentials(s, "", getenv);
        QCOMPARE(c->accessKeyId, std::string("AKIANAMEDVARIABLE000"));
        QVERIFY(c->sessionToken.empty());
        // The keychain entry wins over everything.
        c = resolveAwsCredentials(s, kKeyId + ":" + kSecretKey, getenv);
        QCOMPARE(c->accessKeyId, kKeyId);
        s.keyEnv = "ONLY_ONE";
        QVERIFY(!resolveAwsCredentials(s, "", getenv).ok());
        s.keyEnv.clear();
        env.clear();
        env["HOME"] = dir.path().toStdString() + "/nowhere";
        c = resolveAwsCredentials(s, "", getenv);
        QVERIFY(!c.ok());
        QVERIFY(c.error().detail.find("no AWS credentials") != std::string::npos);
    }

    void parsesMetricData_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("series"); // -1: an error
        QTest::addColumn<int>("points");
        QTest::newRow("documented") << QStringLiteral(
            R"({"MetricDataResults":[{"Id":"in_m1","Label":"InputTokenCount","Timestamps":[1794268800,1794272400],
            "Values":[48210.0,9115.0],"StatusCode":"Complete"},{"Id":"out_m1","Label":"x","Timestamps":[1.7942688E9],
            "Values":[9150.0],"StatusCode":"Complete"}],"Messages":[]})")
                                    << 2 << 3;
        QTest::newRow("iso timestamps") << QStringLiteral(
            R"({"MetricDataResults":[{"Id":"a","Timestamps":["2026-11-10T00:00:00Z"],"Values":[1]}]})")
                                        << 1 << 1;
        QTest::newRow("no data") << QStringLiteral(R"({"MetricDataResults":[{"Id":"a","Timestamps":[],"Values":[]}]})")
                                 << 1 << 0;
        QTest::newRow("lengths differ") << QStringLiteral(
            R"({"MetricDataResults":[{"Id":"a","Timestamps":[1,2],"Values":[1]}]})")
                                        << -1 << 0;
        QTest::newRow("value is text") << QStringLiteral(
            R"({"MetricDataResults":[{"Id":"a","Timestamps":[1],"Values":["1"]}]})")
                                       << -1 << 0;
        QTest::newRow("no id") << QStringLiteral(R"({"MetricDataResults":[{"Timestamps":[],"Values":[]}]})") << -1 << 0;
        QTest::newRow("no results") << QStringLiteral(R"({"Messages":[]})") << -1 << 0;
        QTest::newRow("truncated") << QStringLiteral("{\"MetricDataResults\":[{\"Id\":\"a\",\"Timestamps\":[1") << -1
                                   << 0;
        QTest::newRow("html") << QStringLiteral("<html>502 Bad Gateway</html>") << -1 << 0;
        QTest::newRow("array") << QStringLiteral("[]") << -1 << 0;
        QTest::newRow("year 10000") << QStringLiteral(
            R"({"MetricDataResults":[{"Id":"a","Timestamps":[253402300800],"Values":[1]}]})")
                                    << -1 << 0;
    }
    void parsesMetricData()
    {
        QFETCH(QString, body);
        QFETCH(int, series);
        QFETCH(int, points);
        auto p = parseGetMetricData(body.toStdString());
        QCOMPARE(p.ok(), series >= 0);
        if (!p)
            return;
        QCOMPARE(int(p->series.size()), series);
        int n = 0;
        for (const auto& s : p->series)
            n += int(s.points.size());
        QCOMPARE(n, points);
    }

    void metricCountsAreRangeChecked_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<qint64>("expect"); // -1: an error
        QTest::newRow("whole") << 48210.0 << qint64(48210);
        QTest::newRow("rounded") << 2.9999999 << qint64(3);
        QTest::newRow("zero") << 0.0 << qint64(0);
        QTest::newRow("2^53") << 9007199254740992.0 << qint64(9007199254740992);
        QTest::newRow("above 2^53") << 1e17 << qint64(-1);
        QTest::newRow("negative") << -1.0 << qint64(-1);
        QTest::newRow("infinite") << std::numeric_limits<double>::infinity() << qint64(-1);
        QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << qint64(-1);
    }
    void metricCountsAreRangeChecked()
    {
        QFETCH(double, value);
        QFETCH(qint64, expect);
        auto n = metricCount(value, "x");
        QCOMPARE(n.ok(), expect >= 0);
        if (n)
            QCOMPARE(qint64(*n), expect);
    }

    void parsesControlPlaneAndCosts()
    {
        auto profiles = parseInferenceProfiles(
            R"({"inferenceProfileSummaries":[{"inferenceProfileName":"p","inferenceProfileArn":"arn:aws:bedrock:us-east-1:1:application-inference-profile/abc",
            "models":[{"modelArn":"arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-micro-v1:0"}],"inferenceProfileId":"abc","type":"APPLICATION"}],"nextToken":"t2"})");
        QVERIFY(profiles.ok());
        QCOMPARE(profiles->profiles.front().modelId(), std::string("amazon.nova-micro-v1:0"));
        QCOMPARE(profiles->nextToken, std::string("t2"));
        const char* json1 = R"({"inferenceProfileSummaries":[{"inferenceProfileName":"p"}]})";
        QVERIFY(!parseInferenceProfiles(json1).ok());
        auto tags = parseBedrockTags(R"({"tags":[{"key":"tenant","value":"acme"},{"key":"","value":"x"}]})");
        QCOMPARE(int(tags->size()), 1);
        auto fns
            = parseLambdaFunctions(R"({"Functions":[{"FunctionName":"f","MemorySize":1024,"Architectures":["arm64"]},
            {"FunctionName":"g"}],"NextMarker":"m"})");
        QVERIFY(fns.ok());
        QCOMPARE(fns->functions[0].architecture, std::string("arm64"));
        QCOMPARE(fns->functions[1].memoryMb, std::int64_t(128));
        const char* json2 = R"({"Functions":[{"FunctionName":"f","MemorySize":-5}]})";
        QVERIFY(!parseLambdaFunctions(json2).ok());
        const char* json3 = R"({"Functions":[{"FunctionName":"f","Architectures":["sparc"]}]})";
        QVERIFY(!parseLambdaFunctions(json3).ok());
        auto costs = parseCostAndUsage(R"({"ResultsByTime":[{"TimePeriod":{"Start":"2026-11-01","End":"2026-11-02"},
            "Groups":[{"Keys":["Amazon Bedrock","USE1-x"],"Metrics":{"UnblendedCost":{"Amount":"0.0000300172","Unit":"USD"}}}],"Estimated":true}]})");
        QVERIFY(costs.ok());
        QCOMPARE(costs->groups.front().cost, Nano(30017)); // $0.0000300172, to the nano-dollar (cut, not rounded up)
        QVERIFY(costs->groups.front().estimated);
        const char* json4 = R"({"ResultsByTime":[{"TimePeriod":{"Start":"2026-11-01","End":"2026-11-02"},
            "Groups":[{"Keys":["a"],"Metrics":{"UnblendedCost":{"Amount":"12","Unit":"EUR"}}}]}]})";
        QVERIFY(!parseCostAndUsage(json4).ok());
        const char* json5
            = R"({"ResultsByTime":[{"TimePeriod":{"Start":"2026-11-02","End":"2026-11-01"},"Groups":[]}]})";
        QVERIFY(!parseCostAndUsage(json5).ok());
        const char* json6 = R"({"ResultsByTime":[{"TimePeriod":{"Start":"2026-11-01","End":"2026-11-02"},
            "Groups":[{"Keys":["a"],"Metrics":{"UnblendedCost":{"Amount":"1e999","Unit":"USD"}}}]}]})";
        QVERIFY(!parseCostAndUsage(json6).ok());
        const char* json7 = R"({"__type":"com.amazonaws.cloudwatch#ThrottlingException:http://x","message":"Rate"})";
        QCOMPARE(awsErrorCode(json7), std::string("ThrottlingException"));
        QCOMPARE(awsErrorCode("<ErrorResponse><Error><Code>Throttling</Code></Error></ErrorResponse>"),
            std::string("Throttling"));
    }

    // libcurl's CURLOPT_AWS_SIGV4 signature equals the one computed here from what the server received,
    // with and without a session token; a wrong secret is caught by the same check.
    void signsRequests_data()
    {
        QTest::addColumn<bool>("token");
        QTest::newRow("long-term keys") << false;
        QTest::newRow("session token") << true;
    }
    void signsRequests()
    {
        QFETCH(bool, token);
        std::vector<FakeRequest> got;
        std::mutex m;
        FakeServer server([&](const FakeRequest& r) {
            std::lock_guard<std::mutex> l(m);
            got.push_back(r);
            return FakeResponse { 200, "application/json", "{}" };
        });
        HttpClient http;
        AwsCredentials c { kKeyId, kSecretKey, token ? kToken : "", "test" };
        http.setAwsSigning("eu-west-1", "monitoring", c);
        auto r = http.post(server.url() + "/", R"({"Namespace":"AWS/Bedrock"})",
            { { "Content-Type", "application/x-amz-json-1.0" },
                { "X-Amz-Target", "GraniteServiceVersion20100801.ListMetrics" } });
        QVERIFY(r.ok());
        http.setAwsSigning("eu-west-1", "bedrock", c);
        QVERIFY(http.get(server.url() + "/inference-profiles?maxResults=1000&type=APPLICATION").ok());
        QCOMPARE(int(got.size()), 2);
        for (const FakeRequest& req : got) {
            std::string scope;
            const std::string want = expectedSignature(req, kSecretKey, &scope);
            QVERIFY2(!want.empty(), req.header("authorization").c_str());
            QCOMPARE(signatureOf(req), want);
            QVERIFY(expectedSignature(req, kSecretKey + "x") != signatureOf(req));
            QCOMPARE(req.header("x-amz-security-token"), token ? kToken : std::string());
            if (token)
                QVERIFY(req.header("authorization").find("x-amz-security-token") != std::string::npos);
        }
        QCOMPARE(got[0].header("authorization").find("/eu-west-1/monitoring/aws4_request") != std::string::npos, true);
        QCOMPARE(got[1].header("authorization").find("/eu-west-1/bedrock/aws4_request") != std::string::npos, true);
    }

    void bedrockPollStoresPricedBucketsWithTenants()
    {
        test::TempDb t;
        FakeAws aws;
        // An application profile (tenant acme) and a system cross-region profile, over three days.
        const std::string app = "arn:aws:bedrock:us-east-1:111122223333:application-inference-profile/k3v9q2m7x1ab";
        const std::string sys = "us.amazon.nova-micro-v1:0";
        for (int h = 0; h < 72; ++h) {
            aws.usage[app][kD0 + h * 3600] = { 10, 20000, 4000, 30000, 1000 };
            aws.usage[sys][kD0 + h * 3600] = { 5, 1000, 100, 0, 0 };
        }
        aws.points = 40; // force NextToken pages
        FakeServer server([&](const FakeRequest& r) { return aws.handle(r); });
        SourceInfo src = addSource(t, "bedrock", server.url());
        const Epoch now = kD0 + 3 * kDay;
        PollOptions o = options(now, true);
        o.from = kD0;
        o.to = now;
        PollOutcome out = pollSource(*t.db, t.prices, src, o);
        QVERIFY2(out.ok, out.error.c_str());
        QVERIFY2(aws.signatureProblems.empty(), aws.signatureProblems.empty() ? "" : aws.signatureProblems[0].c_str());
        QCOMPARE(scalar(*t.db, "SELECT SUM(requests) FROM buckets WHERE source_id = ?1", src.id), qint64(72 * 15));
        // Input counts every prompt token: InputTokenCount + cache reads + cache writes.
        QCOMPARE(scalar(*t.db, "SELECT SUM(input) FROM buckets WHERE source_id = ?1", src.id),
            qint64(72 * (20000 + 30000 + 1000 + 1000)));
        QCOMPARE(scalar(*t.db, "SELECT SUM(cached) FROM buckets WHERE source_id = ?1", src.id), qint64(72 * 30000));
        // The application profile's spend belongs to its tagged tenant and team, priced as Claude Sonnet 4.5.
        QCOMPARE(scalar(*t.db,
                     "SELECT SUM(b.requests) FROM buckets b JOIN dims d ON d.id = b.tenant WHERE d.value = 'acme' "
                     "AND b.source_id = ?1",
                     src.id),
            qint64(72 * 10));
        QCOMPARE(scalar(*t.db,
                     "SELECT count(*) FROM buckets b JOIN dims d ON d.id = b.model WHERE d.value = "
                     "'anthropic.claude-sonnet-4-5-20250929-v1:0' AND b.cost > 0 AND b.source_id = ?1",
                     src.id)
                > 0,
            true);
        QCOMPARE(
            scalar(*t.db, "SELECT count(*) FROM buckets WHERE cost IS NULL AND source_id = ?1", src.id), qint64(0));
        const std::int64_t total = scalar(*t.db, "SELECT SUM(cost) FROM buckets WHERE source_id = ?1", src.id);
        // Polling again (overlap, new writer) replaces, never adds.
        PollOutcome again = pollSource(*t.db, t.prices, *t.db->source(src.name), o);
        QVERIFY2(again.ok, again.error.c_str());
        QCOMPARE(scalar(*t.db, "SELECT SUM(cost) FROM buckets WHERE source_id = ?1", src.id), total);
        QCOMPARE(scalar(*t.db, "SELECT SUM(requests) FROM buckets WHERE source_id = ?1", src.id), qint64(72 * 15));
        // Nothing secret on disk.
        for (const char* suffix : { "", "-wal" }) {
            std::ifstream f(t.path() + suffix, std::ios::binary);
            std::string bytes((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
            QVERIFY(bytes.find(kSecretKey) == std::string::npos);
            QVERIFY(bytes.find(kToken) == std::string::npos);
        }
    }

    void bedrockPollSurvivesAndReportsHostileAnswers_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("error");
        QTest::newRow("throttled once") << "throttle" << true << "";
        QTest::newRow("500 once") << "500once" << true << "";
        QTest::newRow("500 always") << "500" << false << "HTTP 500";
        QTest::newRow("expired token") << "expired" << false << "ExpiredToken";
        QTest::newRow("truncated") << "truncated" << false << "not JSON";
        QTest::newRow("next token repeats") << "loop" << false << "repeats";
        QTest::newRow("answers a query not asked") << "liar" << false << "not asked";
        QTest::newRow("negative tokens") << "negative" << false << "not a count";
        QTest::newRow("profiles denied") << "denied" << true << "";
        QTest::newRow("slow body") << "slow" << true << "";
    }
    void bedrockPollSurvivesAndReportsHostileAnswers()
    {
        QFETCH(QString, how);
        QFETCH(bool, ok);
        QFETCH(QString, error);
        test::TempDb t;
        FakeAws aws;
        aws.usage["amazon.nova-micro-v1:0"][kD0 + 3600] = { 5, 1000, 100, 0, 0 };
        const std::string h = how.toStdString();
        int dataCalls = 0;
        aws.fault = [h, &dataCalls](const FakeRequest& r, int n) -> std::optional<FakeResponse> {
            const bool data = r.header("x-amz-target") == "GraniteServiceVersion20100801.GetMetricData";
            dataCalls += data ? 1 : 0;
            if (h == "throttle" && data && dataCalls <= 2)
                return FakeResponse { 400, "application/x-amz-json-1.0",
                    "{\"__type\":\"com.amazonaws.cloudwatch#ThrottlingException\",\"message\":\"Rate exceeded\"}" };
            if (h == "500once" && n == 1)
                return FakeResponse { 500, "application/json", "{}" };
            if (h == "500" && data)
                return FakeResponse { 500, "application/json", R"({"__type":"InternalServiceFault"})" };
            if (h == "expired")
                return FakeResponse {
                    403, "application/x-amz-json-1.0",
                    R"({"__type":"ExpiredTokenException","message":"The security token included in the request is expired"})"
                };
            if (h == "truncated" && data)
                return FakeResponse { 200, "application/json",
                    "{\"MetricDataResults\":[{\"Id\":\"m0_0\",\"Timestamps\":[17" };
            if (h == "loop" && data)
                return FakeResponse { 200, "application/json",
                    R"({"MetricDataResults":[{"Id":"m0_0","Timestamps":[],"Values":[]}],"NextToken":"again"})" };
            if (h == "liar" && data)
                return FakeResponse { 200, "application/json",
                    R"({"MetricDataResults":[{"Id":"zz_9","Timestamps":[],"Values":[]}]})" };
            if (h == "negative" && data)
                return FakeResponse { 200, "application/json",
                    std::string("{\"MetricDataResults\":[{\"Id\":\"m0_1\",\"Timestamps\":[")
                        + std::to_string(kD0 + 3600) + "],\"Values\":[-5]}]}" };
            if (h == "denied" && r.path == "/inference-profiles")
                return FakeResponse { 403, "application/json", R"({"message":"not authorized"})" };
            if (h == "slow" && data) {
                FakeResponse slow { 200, "application/json",
                    std::string("{\"MetricDataResults\":[{\"Id\":\"m0_0\",\"Timestamps\":[")
                        + std::to_string(kD0 + 3600) + "],\"Values\":[5]}]}" };
                slow.chunked = true;
                slow.chunkSize = 16;
                slow.delayMsPerChunk = 5;
                return slow;
            }
            return std::nullopt;
        };
        FakeServer server([&](const FakeRequest& r) { return aws.handle(r); });
        SourceInfo src = addSource(t, "bedrock", server.url());
        PollOptions o = options(kD0 + 3 * kDay);
        o.from = kD0;
        PollOutcome out = pollSource(*t.db, t.prices, src, o);
        QVERIFY2(out.ok == ok, out.error.c_str());
        SourceInfo after = *t.db->source(src.name);
        if (ok) {
            QCOMPARE(after.cursor, kD0 + 3 * kDay);
            if (h == "denied")
                QVERIFY(!out.warnings.empty());
        } else {
            QVERIFY2(out.error.find(error.toStdString()) != std::string::npos, out.error.c_str());
            QCOMPARE(after.cursor, Epoch(0)); // kept for the next run
            QVERIFY(out.error.find(kSecretKey) == std::string::npos);
            QVERIFY(!after.lastError.empty());
        }
    }

    void awsCostsPollStoresCostLines()
    {
        test::TempDb t;
        FakeAws aws;
        FakeServer server([&](const FakeRequest& r) { return aws.handle(r); });
        SourceInfo src = addSource(t, "aws-costs", server.url());
        PollOptions o = options(kD0 + 3 * kDay);
        o.from = kD0;
        PollOutcome out = pollSource(*t.db, t.prices, src, o);
        QVERIFY2(out.ok, out.error.c_str());
        QVERIFY(aws.signatureProblems.empty());
        // $1.446315 + $0.0000300172 + $0.13725 = 1.5835950172 -> 1,583,595,017 nano-USD.
        QCOMPARE(scalar(*t.db, "SELECT SUM(amount) FROM cost_lines WHERE source_id = ?1", src.id), qint64(1583595017));
        QCOMPARE(
            scalar(*t.db, "SELECT count(*) FROM cost_lines WHERE provider = 'aws-lambda' AND source_id = ?1", src.id),
            qint64(1));
        QCOMPARE(scalar(*t.db, "SELECT count(*) FROM cost_lines WHERE provider = 'bedrock' AND source_id = ?1", src.id),
            qint64(2));
        QVERIFY(!out.warnings.empty()); // one estimated day
        // Every page repeats the first request, plus the token; the Marketplace service is asked for.
        bool sawMarketplace = false;
        for (const FakeRequest& r : server.requests())
            if (r.header("x-amz-target") == "AWSInsightsIndexService.GetCostAndUsage")
                sawMarketplace
                    = sawMarketplace || r.body.find("Claude Sonnet 4.5 (Amazon Bedrock Edition)") != std::string::npos;
        QVERIFY(sawMarketplace);
        // Again: replaced, not added.
        QVERIFY(pollSource(*t.db, t.prices, *t.db->source(src.name), o).ok);
        QCOMPARE(scalar(*t.db, "SELECT SUM(amount) FROM cost_lines WHERE source_id = ?1", src.id), qint64(1583595017));
    }

    // Bedrock model invocation logs import as requests: tokens with cache reads and writes (TTL split from the
    // logged body), the caller, requestMetadata as owners and tags, errors as statuses, the texts; plain or
    // gzip-compressed as S3 writes them; bad records are quarantined, a truncated archive is an error.
    void importsBedrockInvocationLogs_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("inserted"); // -1: the import fails
        QTest::addColumn<int>("quarantined");
        QTest::newRow("jsonl with bad records") << "invocations.jsonl" << 3 << 5;
        QTest::newRow("gzip (S3)") << "invocations.json.gz" << 3 << 0;
        QTest::newRow("truncated gzip") << "truncated.json.gz" << -1 << 0;
    }
    void importsBedrockInvocationLogs()
    {
        QFETCH(QString, file);
        QFETCH(int, inserted);
        QFETCH(int, quarantined);
        test::TempDb t;
        RequestLogImporter imp(*t.db, t.prices, "bedrock-logs");
        auto sum = imp.importFile(test::testData("bedrock/") + file.toStdString());
        if (inserted < 0) {
            QVERIFY(!sum.ok());
            QVERIFY2(sum.error().detail.find("gzip") != std::string::npos, sum.error().detail.c_str());
            return;
        }
        QVERIFY2(sum.ok(), sum.ok() ? "" : sum.error().detail.c_str());
        QCOMPARE(int(sum->inserted), inserted);
        QCOMPARE(int(sum->quarantined), quarantined);
        auto one = [&](const std::string& sql) {
            return scalar(*t.db, sql);
        };
        const std::string ev = "(SELECT id FROM events WHERE ext_id = '0f6c2a91-7d3e-4b1a-9e4d-6c2f8a0b5d13')";
        QCOMPARE(one("SELECT input FROM events WHERE id = " + ev), qint64(214 + 3072));
        QCOMPARE(one("SELECT cached FROM events WHERE id = " + ev), qint64(3072));
        QCOMPARE(one("SELECT output FROM events WHERE id = " + ev), qint64(187));
        QCOMPARE(
            one("SELECT count(*) FROM events e JOIN dims d ON d.id = e.tenant WHERE d.value = 'acme' AND e.id = " + ev),
            qint64(1));
        QCOMPARE(one("SELECT count(*) FROM events e JOIN dims d ON d.id = e.model WHERE d.value = "
                     "'anthropic.claude-sonnet-4-5-20250929-v1:0' AND e.cost > 0 AND e.id = "
                     + ev),
            qint64(1));
        QCOMPARE(one("SELECT count(*) FROM event_tags WHERE event_id = " + ev), qint64(4)); // feature, region x2, op
        QCOMPARE(one("SELECT count(*) FROM event_text_fts WHERE event_text_fts MATCH 'ticket' AND rowid = " + ev),
            qint64(1));
        const std::string ev2 = "(SELECT id FROM events WHERE ext_id = '7a1e0c55-0b1d-4e8f-a3c2-51d9e0f7aa02')";
        QCOMPARE(one("SELECT cw1h FROM events WHERE id = " + ev2), qint64(3000));
        QCOMPARE(one("SELECT cw5m FROM events WHERE id = " + ev2), qint64(1000));
        QCOMPARE(one("SELECT input FROM events WHERE id = " + ev2), qint64(5200));
        QCOMPARE(one("SELECT count(*) FROM events e JOIN dims d ON d.id = e.team WHERE d.value = 'search' AND e.id = "
                     + ev2),
            qint64(1));
        QCOMPARE(one("SELECT status FROM events WHERE ext_id = 'c0ffee00-0000-4000-8000-000000000003'"), qint64(429));
        if (quarantined > 0) {
            Statement q = t.db->prepare("SELECT reason FROM quarantine ORDER BY line");
            std::vector<std::string> reasons;
            while (q.step())
                reasons.push_back(q.text(0));
            QCOMPARE(int(reasons.size()), 5);
            QVERIFY2(reasons[0].find("requestId") != std::string::npos, reasons[0].c_str());
            QVERIFY2(reasons[1].find("not a token count") != std::string::npos, reasons[1].c_str());
            QVERIFY2(reasons[2].find("not a token count") != std::string::npos, reasons[2].c_str());
            QVERIFY2(reasons[3].find("requestMetadata") != std::string::npos, reasons[3].c_str());
        }
        // Re-importing the same file updates, never doubles.
        auto again = imp.importFile(test::testData("bedrock/") + file.toStdString());
        QVERIFY(again.ok());
        QCOMPARE(int(again->inserted), 0);
        QCOMPARE(one("SELECT count(*) FROM events"), qint64(3));
    }

    void pricesLambda_data()
    {
        QTest::addColumn<qint64>("invocations");
        QTest::addColumn<qint64>("durationMs");
        QTest::addColumn<qint64>("memoryMb");
        QTest::addColumn<bool>("arm");
        QTest::addColumn<qint64>("nano");
        // The reference's worked example: 2M invocations, 1,024 MB, 250,000,000 ms = 250,000 GB-s.
        QTest::newRow("x86 example") << qint64(2000000) << qint64(250000000) << qint64(1024) << false
                                     << qint64(400000000 + 4166675000);
        QTest::newRow("arm64 example") << qint64(2000000) << qint64(250000000) << qint64(1024) << true
                                       << qint64(400000000 + 3333350000);
        QTest::newRow("one tiny call") << qint64(1) << qint64(1) << qint64(128) << false << qint64(200 + 2);
        QTest::newRow("nothing") << qint64(0) << qint64(0) << qint64(128) << false << qint64(0);
        QTest::newRow("overflow") << qint64(INT64_MAX) << qint64(INT64_MAX) << qint64(10240) << false << qint64(-1);
        QTest::newRow("no memory") << qint64(1) << qint64(1) << qint64(0) << false << qint64(-1);
    }
    void pricesLambda()
    {
        QFETCH(qint64, invocations);
        QFETCH(qint64, durationMs);
        QFETCH(qint64, memoryMb);
        QFETCH(bool, arm);
        QFETCH(qint64, nano);
        const LambdaRates* rates = lambdaRatesFor("eu-west-1", kD0);
        QVERIFY(rates);
        QVERIFY(!lambdaRatesFor("us-east-1", 1500000000)); // before the catalog starts
        auto c = lambdaCost(*rates, invocations, durationMs, memoryMb, arm);
        QCOMPARE(c.ok(), nano >= 0);
        if (c)
            QCOMPARE(qint64(*c), nano);
    }

    // The monthly free tier (1M requests + 400,000 GB-s, shared by both architectures) used up in time order,
    // in integers. Usage: "DAY[+HOURS]:FUNCTION:INVOCATIONS:DURATION_MS:MEMORY_MB:ARCH;..." (DAY counted
    // from 2026-11-01); costs in nano-USD in the same order, hand-computed: $0.20 per 1M requests = 200 each,
    // 1 GB-s = 1,024,000 MB-ms at $0.0000166667 (x86) / $0.0000133334 (arm64).
    void pricesLambdaFreeTier_data()
    {
        QTest::addColumn<QString>("usage");
        QTest::addColumn<bool>("freeTier");
        QTest::addColumn<QString>("costs"); // "-" for an error
        QTest::newRow("inside the allowance")
            << QStringLiteral("0:f:500000:100000000:1024:x86_64") << true << QStringLiteral("0");
        QTest::newRow("without the free tier") << QStringLiteral("0:f:500000:100000000:1024:x86_64") << false
                                               << QStringLiteral("1766670000"); // 100,000,000 + 100,000 GB-s
        // 900k requests and 300,000 GB-s are free; the next bucket crosses both thresholds: 100k requests and
        // 100,000 GB-s beyond them are charged (20,000,000 + 1,666,670,000); the one after pays in full.
        QTest::newRow("crossing bucket") << QStringLiteral(
            "0:f:900000:300000000:1024:x86_64;1:f:200000:200000000:1024:x86_64;"
            "2:f:1000:1000000:1024:x86_64")
                                         << true << QStringLiteral("0,1686670000,16866700");
        // Shared by architectures: arm64 uses 350,000 GB-s and 600k requests; the x86 bucket (512 MB, 100,000
        // GB-s, 600k requests) pays for 50,000 GB-s (833,335,000) and 200k requests (40,000,000); the last arm64
        // bucket pays 10,000 GB-s (133,334,000) and 1,000 requests (200,000).
        QTest::newRow("arm64 and x86 in one month") << QStringLiteral(
            "0:a:600000:350000000:1024:arm64;1:x:600000:200000000:512:x86_64;"
            "2:a:1000:10000000:1024:arm64") << true << QStringLiteral("0,873335000,133534000");
        // Each month has its own allowance: 1.5M requests and 500,000 GB-s pay 500k requests (100,000,000) and
        // 100,000 GB-s (1,666,670,000) on November 30 and again on December 1.
        QTest::newRow("two months") << QStringLiteral("29:f:1500000:500000000:1024:x86_64;"
                                                      "30:f:1500000:500000000:1024:x86_64")
                                    << true << QStringLiteral("1766670000,1766670000");
        // Given in any order: time order decides, then the function name; the hours count.
        QTest::newRow("same start, by function name")
            << QStringLiteral("3:b:1000000:0:128:x86_64;3:a:1000000:0:128:x86_64;2+23:c:0:0:128:x86_64") << true
            << QStringLiteral("200000000,0,0");
        QTest::newRow("later bucket listed first") << QStringLiteral("5:f:600000:0:128:x86_64;4:f:600000:0:128:x86_64")
                                                   << true << QStringLiteral("40000000,0");
        // Exact to the MB-ms: 1,024 MB-ms are left (1024 MB x 399,999,999 ms used), so 11,776 of the next
        // 12,800 MB-ms are charged: 11,776 x 16,666,700,000 / 1,024,000,000,000 = 191.67 -> 192 nano.
        QTest::newRow("crossing inside a millisecond")
            << QStringLiteral("0:f:1:399999999:1024:x86_64;0+1:f:0:100:128:x86_64") << true << QStringLiteral("0,192");
        QTest::newRow("negative usage") << QStringLiteral("0:f:-1:0:128:x86_64") << true << QStringLiteral("-");
    }
    void pricesLambdaFreeTier()
    {
        QFETCH(QString, usage);
        QFETCH(bool, freeTier);
        QFETCH(QString, costs);
        std::vector<LambdaUsage> in;
        for (const QString& item : usage.split(QLatin1Char(';'))) {
            const QStringList f = item.split(QLatin1Char(':'));
            QCOMPARE(f.size(), 6);
            const QStringList when = f[0].split(QLatin1Char('+'));
            LambdaUsage u;
            u.start = kD0 + when[0].toLongLong() * kDay + (when.size() > 1 ? when[1].toLongLong() * 3600 : 0);
            u.function = f[1].toStdString();
            u.invocations = f[2].toLongLong();
            u.durationMs = f[3].toLongLong();
            u.memoryMb = f[4].toLongLong();
            u.arm = f[5] == QLatin1String("arm64");
            in.push_back(u);
        }
        auto out = lambdaCosts(in, "us-east-1", freeTier);
        QCOMPARE(out.ok(), costs != QLatin1String("-"));
        if (!out)
            return;
        QStringList got;
        for (const auto& c : *out)
            got << (c ? QString::number(*c) : QStringLiteral("none"));
        QCOMPARE(got.join(QLatin1Char(',')), costs);
    }

    // The lambda source with {"free_tier": true}: the free tier runs over the whole month whatever part of it
    // a poll asks for, so a later poll with a window in the middle of the month stores the same costs.
    void lambdaFreeTierIsTheSameOnEveryPoll()
    {
        test::TempDb t;
        std::mutex m;
        // Usage of one x86 function (1024 MB) at three times: (invocations, duration ms).
        const std::map<Epoch, std::pair<double, double>> points = { { kD0, { 800000, 300000000 } },
            { kD0 + kDay, { 400000, 200000000 } }, { kD0 + 3 * kDay + 10 * 3600, { 100000, 10000000 } } };
        FakeServer server([&](const FakeRequest& r) {
            std::lock_guard<std::mutex> l(m);
            if (r.path == "/2015-03-31/functions/")
                return FakeResponse { 200, "application/json",
                    R"({"Functions":[{"FunctionName":"summarise","MemorySize":1024,"Architectures":["x86_64"]}]})" };
            if (r.header("x-amz-target") == "ResourceGroupsTaggingAPI_20170126.GetResources")
                return FakeResponse { 200, "application/x-amz-json-1.1", R"({"ResourceTagMappingList":[]})" };
            const json body = json::parse(r.body);
            const Epoch from = body["StartTime"], to = body["EndTime"];
            json results = json::array();
            for (const json& q : body["MetricDataQueries"]) {
                const std::string metric = q["MetricStat"]["Metric"]["MetricName"];
                json ts = json::array(), vs = json::array();
                for (const auto& [at, v] : points)
                    if (at >= from && at < to && (metric == "Invocations" || metric == "Duration")) {
                        ts.push_back(at);
                        vs.push_back(metric == "Invocations" ? v.first : v.second);
                    }
                results.push_back({ { "Id", q["Id"] }, { "Timestamps", ts }, { "Values", vs } });
            }
            return FakeResponse { 200, "application/x-amz-json-1.0",
                json({ { "MetricDataResults", results } }).dump() };
        });
        auto total = [&](const SourceInfo& s) {
            return scalar(*t.db, "SELECT SUM(cost) FROM buckets WHERE source_id = ?1", s.id);
        };
        SourceInfo src = addSource(t, "lambda", server.url());
        src.configJson = R"({"region":"us-east-1","free_tier":true})";
        QVERIFY(t.db->updateSource(src).ok());
        PollOptions o = options(kD0 + 4 * kDay);
        o.from = kD0;
        PollOutcome first = pollSource(*t.db, t.prices, *t.db->source(src.name), o);
        QVERIFY2(first.ok, first.error.c_str());
        // November 1 is free (800k requests, 300,000 GB-s); November 2 crosses both thresholds and pays for 200k
        // requests and 100,000 GB-s (40,000,000 + 1,666,670,000); November 4 pays in full (20,000,000 + 166,667,000).
        const std::int64_t expected = 1706670000 + 186667000;
        QCOMPARE(total(src), qint64(expected));
        QCOMPARE(scalar(*t.db, "SELECT count(*) FROM buckets WHERE source_id = ?1", src.id), qint64(3));
        // A day later, from the cursor less the overlap (November 3): the same month, the same costs.
        PollOptions later = options(kD0 + 5 * kDay);
        PollOutcome second = pollSource(*t.db, t.prices, *t.db->source(src.name), later);
        QVERIFY2(second.ok, second.error.c_str());
        QVERIFY(second.windowFrom > kD0 + kDay);
        QCOMPARE(total(src), qint64(expected));
        // Without the free tier the same usage costs 8,760,017,000.
        src = *t.db->source(src.name);
        src.configJson = R"({"region":"us-east-1"})";
        QVERIFY(t.db->updateSource(src).ok());
        QVERIFY(pollSource(*t.db, t.prices, *t.db->source(src.name), o).ok);
        QCOMPARE(total(src), qint64(8760017000));
    }

    // The lambda source: functions (memory, architecture) from ListFunctions, paged by NextMarker;
    // invocations and duration from CloudWatch AWS/Lambda; infrastructure cost beside token cost.
    void lambdaPollStoresInfrastructureCost()
    {
        test::TempDb t;
        std::vector<std::string> problems;
        std::mutex m;
        FakeServer server([&](const FakeRequest& r) {
            std::lock_guard<std::mutex> l(m);
            if (expectedSignature(r, kSecretKey) != signatureOf(r))
                problems.push_back(r.path);
            if (r.path == "/2015-03-31/functions/") {
                if (r.param("Marker").empty())
                    return FakeResponse {
                        200, "application/json",
                        R"({"Functions":[{"FunctionName":"summarise-ticket","MemorySize":1024,"Architectures":["arm64"]}],"NextMarker":"p2"})"
                    };
                return FakeResponse { 200, "application/json",
                    R"({"Functions":[{"FunctionName":"route-request","MemorySize":512}],"NextMarker":null})" };
            }
            if (r.header("x-amz-target") == "ResourceGroupsTaggingAPI_20170126.GetResources")
                return FakeResponse { 200, "application/x-amz-json-1.1", R"({"ResourceTagMappingList":[]})" };
            const json body = json::parse(r.body);
            json results = json::array();
            for (const json& q : body["MetricDataQueries"]) {
                const std::string fn = q["MetricStat"]["Metric"]["Dimensions"][0]["Value"];
                const std::string metric = q["MetricStat"]["Metric"]["MetricName"];
                const Epoch start = body["StartTime"];
                // One point per range: 1,000 invocations of 100 ms each.
                double v = metric == "Invocations" ? 1000 : metric == "Duration" ? 100000 : metric == "Errors" ? 3 : 0;
                if (fn == "route-request" && metric == "Invocations")
                    v = 10;
                results.push_back({ { "Id", q["Id"] }, { "Timestamps", { start } }, { "Values", { v } } });
            }
            return FakeResponse { 200, "application/x-amz-json-1.0",
                json({ { "MetricDataResults", results } }).dump() };
        });
        SourceInfo src = addSource(t, "lambda", server.url());
        PollOptions o = options(kD0 + 3 * kDay);
        o.from = kD0;
        PollOutcome out = pollSource(*t.db, t.prices, src, o);
        QVERIFY2(out.ok, out.error.c_str());
        QVERIFY(problems.empty());
        // Two ranges (daily, hourly) x one point each per function.
        QCOMPARE(scalar(*t.db, "SELECT SUM(requests) FROM buckets WHERE source_id = ?1", src.id), qint64(2 * 1010));
        // summarise-ticket per range: 1000 x $0.0000002 + 100 s x 1 GB x $0.0000133334 = $0.00153334.
        const std::int64_t arm = 200000 + 1333340;
        // route-request: 10 x $0.0000002 + 100 s x 0.5 GB x $0.0000166667 = $0.000835335.
        const std::int64_t x86 = 2000 + 833335;
        QCOMPARE(scalar(*t.db, "SELECT SUM(cost) FROM buckets WHERE source_id = ?1", src.id), qint64(2 * (arm + x86)));
        QCOMPARE(scalar(*t.db,
                     "SELECT count(*) FROM buckets b JOIN dims d ON d.id = b.provider WHERE d.value = 'aws-lambda' "
                     "AND b.source_id = ?1",
                     src.id),
            qint64(4));
        QVERIFY(!out.warnings.empty()); // the function errors are reported
        QVERIFY(pollSource(*t.db, t.prices, *t.db->source(src.name), o).ok);
        QCOMPARE(scalar(*t.db, "SELECT SUM(cost) FROM buckets WHERE source_id = ?1", src.id), qint64(2 * (arm + x86)));
    }

    void namesFunctionsOfArns_data()
    {
        QTest::addColumn<QString>("arn");
        QTest::addColumn<QString>("name");
        QTest::newRow("function") << QStringLiteral("arn:aws:lambda:us-east-1:111122223333:function:summarise-ticket")
                                  << QStringLiteral("summarise-ticket");
        QTest::newRow("alias") << QStringLiteral("arn:aws:lambda:eu-west-1:111122223333:function:route:prod")
                               << QStringLiteral("route");
        QTest::newRow("GovCloud") << QStringLiteral("arn:aws-us-gov:lambda:us-gov-west-1:111122223333:function:f")
                                  << QStringLiteral("f");
        QTest::newRow("layer") << QStringLiteral("arn:aws:lambda:us-east-1:111122223333:layer:deps:3") << QString();
        QTest::newRow("not an ARN") << QStringLiteral("function:x") << QString();
    }
    void namesFunctionsOfArns()
    {
        QFETCH(QString, arn);
        QFETCH(QString, name);
        QCOMPARE(QString::fromStdString(lambdaFunctionNameOfArn(arn.toStdString())), name);
    }

    // Function tags file the infrastructure cost under tenant, team, project and env (the owner-tag rules of
    // Bedrock's application profiles), read from the Resource Groups Tagging API in pages; without the
    // permission the cost is stored untagged with one warning, other failures fail the poll.
    void lambdaTagsFileCostUnderTenants_data()
    {
        QTest::addColumn<QString>("fault"); // "", "denied", "denied400", "throttled", "500", "malformed", "loop"
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("tagged");
        QTest::addColumn<QString>("message"); // a part of the warning or the error
        QTest::newRow("tags in two pages") << QString() << true << true << QString();
        QTest::newRow("throttled, then tags") << QStringLiteral("throttled") << true << true << QString();
        QTest::newRow("403 AccessDenied")
            << QStringLiteral("denied") << true << false << QStringLiteral("lack tag:GetResources");
        QTest::newRow("400 AccessDeniedException")
            << QStringLiteral("denied400") << true << false << QStringLiteral("lack tag:GetResources");
        QTest::newRow("500 fails the poll") << QStringLiteral("500") << false << false << QStringLiteral("HTTP 500");
        QTest::newRow("malformed fails the poll")
            << QStringLiteral("malformed") << false << false << QStringLiteral("GetResources");
        QTest::newRow("token loop fails the poll")
            << QStringLiteral("loop") << false << false << QStringLiteral("PaginationToken repeats");
    }
    void lambdaTagsFileCostUnderTenants()
    {
        QFETCH(QString, fault);
        QFETCH(bool, ok);
        QFETCH(bool, tagged);
        QFETCH(QString, message);
        test::TempDb t;
        std::vector<std::string> problems;
        std::mutex m;
        int tagCalls = 0;
        FakeServer server([&](const FakeRequest& r) {
            std::lock_guard<std::mutex> l(m);
            if (expectedSignature(r, kSecretKey) != signatureOf(r))
                problems.push_back(r.path);
            if (r.path == "/2015-03-31/functions/")
                return FakeResponse {
                    200, "application/json",
                    R"({"Functions":[{"FunctionName":"summarise-ticket","FunctionArn":"arn:aws:lambda:us-east-1:111122223333:function:summarise-ticket","MemorySize":1024,"Architectures":["arm64"]},
                        {"FunctionName":"route-request","FunctionArn":"arn:aws:lambda:us-east-1:111122223333:function:route-request","MemorySize":512}]})"
                };
            if (r.header("x-amz-target") == "ResourceGroupsTaggingAPI_20170126.GetResources") {
                ++tagCalls;
                if (r.header("authorization").find("/us-east-1/tagging/aws4_request") == std::string::npos)
                    problems.push_back("tagging scope: " + r.header("authorization"));
                const json body = json::parse(r.body);
                if (body["ResourceTypeFilters"] != json::array({ "lambda:function" }))
                    problems.push_back("filter: " + r.body);
                if (fault == QLatin1String("denied"))
                    return FakeResponse {
                        403, "application/x-amz-json-1.1",
                        R"({"__type":"AccessDeniedException","Message":"User: arn:aws:iam::111122223333:user/burnrate is not authorized to perform: tag:GetResources"})"
                    };
                if (fault == QLatin1String("denied400"))
                    return FakeResponse {
                        400, "application/x-amz-json-1.1",
                        R"({"__type":"AccessDeniedException","Message":"not authorized to perform: tag:GetResources"})"
                    };
                if (fault == QLatin1String("throttled") && tagCalls == 1)
                    return FakeResponse { 400, "application/x-amz-json-1.1",
                        R"({"__type":"ThrottledException","Message":"Rate exceeded"})" };
                if (fault == QLatin1String("500"))
                    return FakeResponse { 500, "application/json", R"({"__type":"InternalServiceException"})" };
                if (fault == QLatin1String("malformed"))
                    return FakeResponse { 200, "application/x-amz-json-1.1",
                        R"({"ResourceTagMappingList":[{"Tags":[]}]})" };
                if (fault == QLatin1String("loop"))
                    return FakeResponse { 200, "application/x-amz-json-1.1",
                        R"({"PaginationToken":"again","ResourceTagMappingList":[]})" };
                if (!body.contains("PaginationToken"))
                    return FakeResponse {
                        200, "application/x-amz-json-1.1",
                        R"({"PaginationToken":"p2","ResourceTagMappingList":[{"ResourceARN":"arn:aws:lambda:us-east-1:111122223333:function:summarise-ticket",
                            "Tags":[{"Key":"tenantId","Value":"acme"},{"Key":"Team","Value":"support"},{"Key":"environment","Value":"prod"},{"Key":"cost-center","Value":"CC-1"}]}]})"
                    };
                if (body["PaginationToken"] != "p2")
                    problems.push_back("token: " + r.body);
                return FakeResponse { 200, "application/x-amz-json-1.1",
                    R"({"PaginationToken":"","ResourceTagMappingList":[{"ResourceARN":"arn:aws:lambda:us-east-1:111122223333:function:route-request",
                        "Tags":[{"Key":"tenant","Value":"globex"},{"Key":"project","Value":"routing"}]},
                        {"ResourceARN":"arn:aws:s3:::not-a-function","Tags":[{"Key":"tenant","Value":"nobody"}]}]})" };
            }
            const json body = json::parse(r.body);
            json results = json::array();
            for (const json& q : body["MetricDataQueries"]) {
                const std::string metric = q["MetricStat"]["Metric"]["MetricName"];
                double v = metric == "Invocations" ? 1000 : metric == "Duration" ? 100000 : 0;
                results.push_back({ { "Id", q["Id"] }, { "Timestamps", { body["StartTime"] } }, { "Values", { v } } });
            }
            return FakeResponse { 200, "application/x-amz-json-1.0",
                json({ { "MetricDataResults", results } }).dump() };
        });
        SourceInfo src = addSource(t, "lambda", server.url());
        PollOptions o = options(kD0 + 3 * kDay);
        o.from = kD0;
        PollOutcome out = pollSource(*t.db, t.prices, src, o);
        QVERIFY2(problems.empty(), problems.empty() ? "" : problems.front().c_str());
        QCOMPARE(out.ok, ok);
        auto has = [&](const std::string& text) {
            if (out.error.find(text) != std::string::npos)
                return true;
            for (const auto& w : out.warnings)
                if (w.find(text) != std::string::npos)
                    return true;
            return false;
        };
        if (!message.isEmpty())
            QVERIFY2(has(message.toStdString()),
                (out.error + " | " + (out.warnings.empty() ? "" : out.warnings.front())).c_str());
        if (!ok) {
            QCOMPARE(scalar(*t.db, "SELECT count(*) FROM buckets WHERE source_id = ?1", src.id), qint64(0));
            QCOMPARE(t.db->source(src.name)->cursor, Epoch(0));
            return;
        }
        // Two ranges x two functions.
        QCOMPARE(scalar(*t.db, "SELECT count(*) FROM buckets WHERE source_id = ?1", src.id), qint64(4));
        auto owned = [&](const char* column, const char* value) {
            return scalar(*t.db,
                std::string("SELECT count(*) FROM buckets b JOIN dims d ON d.id = b.") + column + " WHERE d.value = '"
                    + value + "' AND b.source_id = ?1",
                src.id);
        };
        QCOMPARE(owned("tenant", "acme"), qint64(tagged ? 2 : 0));
        QCOMPARE(owned("team", "support"), qint64(tagged ? 2 : 0));
        QCOMPARE(owned("env", "prod"), qint64(tagged ? 2 : 0));
        QCOMPARE(owned("tenant", "globex"), qint64(tagged ? 2 : 0));
        QCOMPARE(owned("project", "routing"), qint64(tagged ? 2 : 0));
        QCOMPARE(owned("tenant", "nobody"), qint64(0));
        // Denied: one warning, naming the permission.
        int denied = 0;
        for (const auto& w : out.warnings)
            denied += w.find("tag:GetResources") != std::string::npos;
        QCOMPARE(denied, tagged ? 0 : 1);
    }

    void parsesTimeSeries_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("points"); // -1: an error
        const QString ok = QStringLiteral(
            R"({"timeSeries":[{"metric":{"labels":{"type":"input"}},"resource":{"labels":{"model_user_id":"gemini-2.5-flash"}},
            "points":[{"interval":{"startTime":"2026-11-10T01:00:00Z","endTime":"2026-11-10T02:00:00Z"},"value":{"int64Value":"1204771"}}]}],"nextPageToken":""})");
        QTest::newRow("documented") << ok << 1;
        QTest::newRow("empty") << QStringLiteral("{}") << 0;
        QTest::newRow("negative") << QString(ok).replace(QStringLiteral("1204771"), QStringLiteral("-5")) << -1;
        QTest::newRow("not a number") << QString(ok).replace(QStringLiteral("1204771"), QStringLiteral("12a")) << -1;
        QTest::newRow("huge") << QString(ok).replace(QStringLiteral("1204771"), QStringLiteral("99999999999999999999"))
                              << -1;
        QTest::newRow("no end time") << QString(ok).replace(QStringLiteral("endTime"), QStringLiteral("end")) << -1;
        QTest::newRow("truncated") << ok.left(80) << -1;
        QTest::newRow("series not a list") << QStringLiteral(R"({"timeSeries":{}})") << -1;
    }
    void parsesTimeSeries()
    {
        QFETCH(QString, body);
        QFETCH(int, points);
        auto p = parseTimeSeriesPage(body.toStdString());
        QCOMPARE(p.ok(), points >= 0);
        if (!p)
            return;
        int n = 0;
        for (const auto& s : p->series)
            n += int(s.points.size());
        QCOMPARE(n, points);
    }

    // The vertex source: Cloud Monitoring token and invocation counts per publisher model, aligned per hour
    // or day (a point stamps the end of its period), with a bearer token; paged; priced as Gemini.
    void vertexPollStoresPricedBuckets()
    {
        test::TempDb t;
        std::mutex m;
        std::vector<std::string> auths;
        int throttled = 0;
        FakeServer server([&](const FakeRequest& r) {
            std::lock_guard<std::mutex> l(m);
            auths.push_back(r.header("authorization"));
            if (r.path != "/v3/projects/acme-prod/timeSeries")
                return FakeResponse { 404, "application/json", R"({"error":{"code":404,"status":"NOT_FOUND"}})" };
            if (throttled++ == 0)
                return FakeResponse { 429, "application/json",
                    R"({"error":{"code":429,"status":"RESOURCE_EXHAUSTED"}})" };
            const Epoch from = *parseTimestamp(r.param("interval.startTime"));
            const Epoch to = *parseTimestamp(r.param("interval.endTime"));
            const Epoch period = std::stoll(r.param("aggregation.alignmentPeriod"));
            const bool tokens = r.param("filter").find("token_count") != std::string::npos;
            const bool second = !r.param("pageToken").empty();
            json series = json::array();
            auto points = [&](std::int64_t v) {
                json ps = json::array();
                for (Epoch s = from; s < to; s += period) // newest first, as Google sends them
                    ps.insert(ps.begin(),
                        json {
                            { "interval",
                                { { "startTime", formatTimestamp(s) }, { "endTime", formatTimestamp(s + period) } } },
                            { "value", { { "int64Value", std::to_string(v) } } } });
                return ps;
            };
            if (tokens && !second)
                series.push_back({ { "metric", { { "labels", { { "type", "input" } } } } },
                    { "resource",
                        { { "labels", { { "model_user_id", "publishers/google/models/gemini-2.5-flash" } } } } },
                    { "points", points(1000) } });
            if (tokens && second)
                series.push_back({ { "metric", { { "labels", { { "type", "output" } } } } },
                    { "resource", { { "labels", { { "model_user_id", "gemini-2.5-flash" } } } } },
                    { "points", points(100) } });
            if (!tokens)
                series.push_back({ { "resource", { { "labels", { { "model_user_id", "gemini-2.5-flash" } } } } },
                    { "points", points(2) } });
            json out = { { "timeSeries", series } };
            if (tokens && !second)
                out["nextPageToken"] = "p2";
            return FakeResponse { 200, "application/json", out.dump() };
        });
        SourceInfo s;
        s.name = "vertex-test";
        s.type = "vertex";
        s.baseUrl = server.url();
        s.configJson = R"({"project":"acme-prod"})";
        QVERIFY(t.db->addSource(s).ok());
        s = *t.db->source(s.name);
        PollOptions o = options(kD0 + 3 * kDay);
        o.secret = "ya29.google-access-token-123";
        o.from = kD0;
        PollOutcome out = pollSource(*t.db, t.prices, s, o);
        QVERIFY2(out.ok, out.error.c_str());
        for (const auto& a : auths)
            QCOMPARE(a, std::string("Bearer ya29.google-access-token-123"));
        // Day 1 as one daily bucket, days 2-3 as 48 hourly ones: 49 buckets of 1000 in, 100 out, 2 calls.
        QCOMPARE(scalar(*t.db, "SELECT count(*) FROM buckets WHERE source_id = ?1", s.id), qint64(49));
        QCOMPARE(scalar(*t.db, "SELECT SUM(input) FROM buckets WHERE source_id = ?1", s.id), qint64(49 * 1000));
        QCOMPARE(scalar(*t.db, "SELECT SUM(output) FROM buckets WHERE source_id = ?1", s.id), qint64(49 * 100));
        QCOMPARE(scalar(*t.db, "SELECT SUM(requests) FROM buckets WHERE source_id = ?1", s.id), qint64(49 * 2));
        QCOMPARE(scalar(*t.db, "SELECT count(*) FROM buckets WHERE cost IS NULL AND source_id = ?1", s.id), qint64(0));
        QCOMPARE(scalar(*t.db, "SELECT min(start) FROM buckets WHERE source_id = ?1", s.id), qint64(kD0));
        // No project: a clear error.
        SourceInfo bare = s;
        bare.name = "vertex-bare";
        bare.configJson = "{}";
        QVERIFY(t.db->addSource(bare).ok());
        PollOutcome noProject = pollSource(*t.db, t.prices, *t.db->source("vertex-bare"), o);
        QVERIFY(!noProject.ok);
        QVERIFY(noProject.error.find("--project") != std::string::npos);
    }

    void registryDrivesScheduling()
    {
        test::TempDb t;
        QVERIFY(findSourceType("bedrock"));
        QVERIFY(!findSourceType("file"));
        QCOMPARE(findSourceType("aws-costs")->defaultIntervalMinutes, 360);
        SourceInfo s;
        s.name = "b";
        s.type = "bedrock";
        s.configJson = R"({"region":"eu-central-1"})";
        QCOMPARE(effectiveBaseUrl(s), std::string("https://monitoring.eu-central-1.amazonaws.com"));
        QVERIFY(t.db->addSource(s).ok());
        s = *t.db->source("b");
        QCOMPARE(nextPollDue(*t.db, s).value(), Epoch(0)); // never polled: due now
        // Failing runs back off: 1, 2, 4 minutes after the last attempt, never longer than the interval.
        s.lastError = "HTTP 403";
        QVERIFY(t.db->updateSource(s).ok());
        for (int i = 1; i <= 8; ++i) {
            auto id = t.db->beginSync(s.id, 0, 1);
            SyncLogEntry e;
            e.id = *id;
            e.sourceId = s.id;
            e.error = "HTTP 403";
            QVERIFY(t.db->finishSync(e).ok());
            const Epoch started = scalar(*t.db, "SELECT max(started) FROM sync_log WHERE source_id = ?1", s.id);
            const Epoch backoff = std::min<Epoch>(60 << (i - 1), 3600);
            QCOMPARE(nextPollDue(*t.db, s).value(), started + backoff);
        }
        SourceInfo file;
        file.type = "file";
        QVERIFY(!nextPollDue(*t.db, file));
    }
};

QTEST_MAIN(TestAws)
#include "tst_aws.moc"
