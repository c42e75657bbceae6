// Redaction of secrets and URL user-info from text that is shown, logged or stored: the hostile
// echoes of issue 7 (upper-cased, JSON-escaped, truncated, split across an escape) case by case.

#include "sources/redact.h"

#include <QTest>

using namespace burnrate;

namespace {

const QString kSecret = QStringLiteral("sk-admin-S3CR3T-do-not-store-4242");

} // namespace

class TestRedact : public QObject
{
    Q_OBJECT

private slots:
    void secretsAndUserInfoAreMasked_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("expected");
        QTest::addRow("exact") << "Incorrect API key provided: sk-admin-S3CR3T-do-not-store-4242." << kSecret
                               << "Incorrect API key provided: [REDACTED].";
        QTest::addRow("upper-cased") << "Incorrect API key provided: SK-ADMIN-S3CR3T-DO-NOT-STORE-4242." << kSecret
                                     << "Incorrect API key provided: [REDACTED].";
        QTest::addRow("mixed case") << "key Sk-Admin-s3cr3t-Do-Not-Store-4242" << kSecret << "key [REDACTED]";
        QTest::addRow("json \\u002d escapes")
            << R"({"message":"key sk\u002dadmin\u002dS3CR3T\u002ddo\u002dnot\u002dstore\u002d4242 bad"})" << kSecret
            << R"({"message":"key [REDACTED] bad"})";
        QTest::addRow("json escapes, upper-case hex and key")
            << R"(key SK\u002DADMIN\u002DS3CR3T-DO-NOT-STORE-4242)" << kSecret << "key [REDACTED]";
        QTest::addRow("every character escaped")
            << R"(\u0073\u006b\u002d\u0061\u0064\u006d\u0069\u006e\u002d\u0053)" << kSecret << "[REDACTED]";
        QTest::addRow("split across an escape")
            << R"(echo: sk-adm\u0069n-S3CR3T-do-not-store-4242!)" << kSecret << "echo: [REDACTED]!";
        QTest::addRow("escaped twice (JSON inside a JSON string)")
            << R"({\"m\":\"sk\\u002dadmin\\u002dS3CR3T\\u002ddo-not-store-4242\"})" << kSecret
            << R"({\"m\":\"[REDACTED]\"})";
        QTest::addRow("truncated key (last characters missing)")
            << "key sk-admin-S3CR3T-do-not-st... is invalid" << kSecret << "key [REDACTED]... is invalid";
        QTest::addRow("key without its prefix")
            << "key ...S3CR3T-do-not-store-4242 is invalid" << kSecret << "key ...[REDACTED] is invalid";
        QTest::addRow("8-character run") << "key ends in ore-4242" << kSecret << "key ends in [REDACTED]";
        QTest::addRow("7-character run is kept") << "key ends in re-4242" << kSecret << "key ends in re-4242";
        QTest::addRow("percent-encoded") << "GET /x?key=sk-admin-S3CR3T%2Ddo-not-store-4242&a=1" << kSecret
                                         << "GET /x?key=[REDACTED]&a=1";
        QTest::addRow("url-encoded symbols") << "u?k=sk%2Babc%2F1"
                                             << "sk+abc/1"
                                             << "u?k=[REDACTED]";
        QTest::addRow("twice") << "sk-abc123/sk-abc123"
                               << "sk-abc123"
                               << "[REDACTED]/[REDACTED]";
        QTest::addRow("short secret, whole match only") << "token abcd and ABCD and abc"
                                                        << "abcd"
                                                        << "token [REDACTED] and [REDACTED] and abc";
        QTest::addRow("secrets under 4 characters are ignored") << "a b c"
                                                                << "b"
                                                                << "a b c";
        QTest::addRow("user-info with password")
            << "GET http://admin:pw@127.0.0.1:8080/v1/organization/costs: HTTP 401"
            << ""
            << "GET http://[REDACTED]@127.0.0.1:8080/v1/organization/costs: HTTP 401";
        QTest::addRow("user-info without password") << "base http://admin@gateway.local/v1"
                                                    << ""
                                                    << "base http://[REDACTED]@gateway.local/v1";
        QTest::addRow("percent-encoded user-info") << "https://ad%6Din:p%40ss%3Aw0rd@host:4000/x"
                                                   << ""
                                                   << "https://[REDACTED]@host:4000/x";
        QTest::addRow("user-info in an escaped JSON URL") << R"({"url":"http:\/\/admin:pw@host\/v1"})"
                                                          << ""
                                                          << R"({"url":"http:\/\/[REDACTED]@host\/v1"})";
        QTest::addRow("user-info of two URLs") << "http://a:b@h1/ then https://c@h2"
                                               << ""
                                               << "http://[REDACTED]@h1/ then https://[REDACTED]@h2";
        QTest::addRow("@ in the path or query is not user-info") << "http://host/u@x?mail=a@b.c"
                                                                 << ""
                                                                 << "http://host/u@x?mail=a@b.c";
        QTest::addRow("an e-mail address is not a URL") << "ask admin@example.com"
                                                        << ""
                                                        << "ask admin@example.com";
        QTest::addRow("authorization header, unknown secret") << "Authorization: Bearer zzz\r\nAccept: x"
                                                              << ""
                                                              << "Authorization: [REDACTED]\r\nAccept: x";
        QTest::addRow("x-api-key header") << "X-Api-Key: abc"
                                          << ""
                                          << "X-Api-Key: [REDACTED]";
        QTest::addRow("nothing to hide") << "HTTP 500: internal error" << kSecret << "HTTP 500: internal error";
        QTest::addRow("lone backslash and percent") << R"(a\ b% c\u12 d%4)" << kSecret << R"(a\ b% c\u12 d%4)";
    }
    void secretsAndUserInfoAreMasked()
    {
        QFETCH(QString, text);
        QFETCH(QString, secret);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(redact(text.toStdString(), { secret.toStdString() })), expected);
    }

    void passwordOfAUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("password");
        QTest::addRow("none") << "http://host/v1"
                              << "";
        QTest::addRow("user only") << "http://admin@host"
                                   << "";
        QTest::addRow("user and password") << "http://admin:hunter22@host:4000/v1"
                                           << "hunter22";
        QTest::addRow("percent-encoded") << "http://admin:p%40ss%3Aw0rd@host"
                                         << "p@ss:w0rd";
    }
    void passwordOfAUrl()
    {
        QFETCH(QString, url);
        QFETCH(QString, password);
        QCOMPARE(QString::fromStdString(urlPassword(url.toStdString())), password);
    }

    void theRedactedPasswordIsCaughtAlone()
    {
        // A gateway echoing the password of the base URL on its own.
        const std::string url = "http://admin:correct-horse-battery@gw/v1";
        std::string out = redact("login failed for admin / CORRECT-HORSE-BATTERY at " + url, { urlPassword(url) });
        QCOMPARE(QString::fromStdString(out),
            QStringLiteral("login failed for admin / [REDACTED] at http://[REDACTED]@gw/v1"));
    }

    void longTextStaysLinear()
    {
        // A large body with many near-misses must not take quadratic time (bounded "does it finish").
        std::string text;
        for (int i = 0; i < 20000; ++i)
            text += "sk-admin-S3CR3T-x ";
        std::string out = redact(text, { kSecret.toStdString() });
        QVERIFY(out.find("S3CR3T") == std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestRedact)
#include "tst_redact.moc"
