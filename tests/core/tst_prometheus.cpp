// The Prometheus 0.0.4 text parser and the LiteLLM metric extraction, with hostile input.

#include "sources/litellmmetrics.h"
#include "sources/prometheus.h"
#include "support/testsupport.h"

#include <QTest>

#include <cmath>
#include <fstream>
#include <limits>
#include <sstream>

using namespace burnrate;

namespace {

std::string readFile(const std::string& path)
{
    std::ifstream f(path, std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

const PromFamily* family(const PromParseResult& r, const std::string& name)
{
    for (const auto& f : r.families)
        if (f.name == name)
            return &f;
    return nullptr;
}

} // namespace

class TestPrometheus : public QObject
{
    Q_OBJECT

private slots:
    void values_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("expected"); // NaN checked separately
        QTest::addColumn<bool>("valid");
        QTest::addRow("integer") << "42" << 42.0 << true;
        QTest::addRow("decimal") << "3.8164" << 3.8164 << true;
        QTest::addRow("exponent") << "1.786e+09" << 1.786e9 << true;
        QTest::addRow("negative exponent") << "2.5E-06" << 2.5e-6 << true;
        QTest::addRow("+Inf") << "+Inf" << std::numeric_limits<double>::infinity() << true;
        QTest::addRow("-Inf") << "-Inf" << -std::numeric_limits<double>::infinity() << true;
        QTest::addRow("Inf") << "Inf" << std::numeric_limits<double>::infinity() << true;
        QTest::addRow("NaN") << "NaN" << 0.0 << true;
        QTest::addRow("leading plus") << "+1.5" << 1.5 << true;
        QTest::addRow("negative") << "-2.5" << -2.5 << true;
        QTest::addRow("overflow saturates") << "1e999" << std::numeric_limits<double>::infinity() << true;
        QTest::addRow("empty") << "" << 0.0 << false;
        QTest::addRow("word") << "abc" << 0.0 << false;
        QTest::addRow("double sign") << "+-1" << 0.0 << false;
        QTest::addRow("hex") << "0x10" << 0.0 << false;
        QTest::addRow("trailing junk") << "1.0abc" << 0.0 << false;
    }
    void values()
    {
        QFETCH(QString, text);
        QFETCH(double, expected);
        QFETCH(bool, valid);
        auto v = parsePromValue(text.toStdString());
        QCOMPARE(v.has_value(), valid);
        if (!valid)
            return;
        if (text == QLatin1String("NaN"))
            QVERIFY(std::isnan(*v));
        else
            QCOMPARE(*v, expected);
    }

    void escapesTimestampsAndOddWhitespace()
    {
        auto r = parsePrometheusText(readFile(burnrate::test::testData("prometheus/escapes.txt")));
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().detail.c_str());
        QCOMPARE(r->badLines, std::int64_t(0));
        const PromFamily* f = family(*r, "weird_metric");
        QVERIFY(f);
        QCOMPARE(f->type, PromType::Gauge);
        QCOMPARE(f->help, std::string("A \\ backslash and a \n newline"));
        QCOMPARE(f->samples.size(), std::size_t(3));
        const PromSample& s = f->samples[0];
        QCOMPARE(s.label("path"), std::string("C:\\dir\\"));
        QCOMPARE(s.label("quote"), std::string("say \"hi\""));
        QCOMPARE(s.label("multi"), std::string("a\nb"));
        QCOMPARE(s.label("brace"), std::string("{}"));
        QCOMPARE(s.label("comma"), std::string("a,b"));
        QCOMPARE(s.value, 1.786e9);
        QVERIFY(s.timestampMs);
        QCOMPARE(*s.timestampMs, std::int64_t(1786000000000));
        QCOMPARE(f->samples[1].value, -std::numeric_limits<double>::infinity());
        QVERIFY(std::isnan(f->samples[2].value));
        const PromFamily* u = family(*r, "no_type_metric");
        QVERIFY(u);
        QCOMPARE(u->type, PromType::Untyped);
        QCOMPARE(*u->samples[0].timestampMs, std::int64_t(-5));
    }

    void hostileLinesAreSkippedNotFatal()
    {
        auto r = parsePrometheusText(readFile(burnrate::test::testData("prometheus/hostile.txt")));
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().detail.c_str());
        // Only the last line is valid.
        std::size_t samples = 0;
        for (const auto& f : r->families)
            samples += f.samples.size();
        QCOMPARE(samples, std::size_t(1));
        QCOMPARE(r->badLines, std::int64_t(11));
        const PromFamily* f = family(*r, "metric");
        QVERIFY(f);
        QCOMPARE(f->samples[0].label("a"), std::string("ok"));
        QCOMPARE(f->samples[0].value, 7.0);
        QVERIFY(!r->problems.empty());
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addRow("html") << QByteArray("<html><body>Login</body></html>\n");
        QTest::addRow("json") << QByteArray("{\"error\":\"nope\"}");
        QTest::addRow("binary") << QByteArray("\x1f\x8b\x08\x00\x00\x00", 6);
        QTest::addRow("only bad samples") << QByteArray("a{b=\"c\"} x\nd{ 1\n");
    }
    void rejects()
    {
        QFETCH(QByteArray, input);
        auto r = parsePrometheusText(std::string_view(input.constData(), input.size()));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Parse);
    }

    void emptyAndCommentOnlyAreFine()
    {
        QVERIFY(parsePrometheusText("").ok());
        QVERIFY(parsePrometheusText("# just a comment\n\n").ok());
        auto r = parsePrometheusText("# TYPE x counter\n");
        QVERIFY(r.ok());
        QCOMPARE(r->families.size(), std::size_t(1));
    }

    void histogramAndSummarySamplesJoinTheirFamily()
    {
        auto r = parsePrometheusText("# TYPE h histogram\nh_bucket{le=\"1\"} 1\nh_bucket{le=\"+Inf\"} 2\nh_sum 3\n"
                                     "h_count 2\nh_created 1.7e9\n# TYPE s summary\ns{quantile=\"0.5\"} 1\ns_sum 2\n"
                                     "s_count 3\n# TYPE c_total counter\nc_total 5\nc_created 1.7e9\n");
        QVERIFY(r.ok());
        QCOMPARE(family(*r, "h")->samples.size(), std::size_t(5));
        QCOMPARE(family(*r, "h")->type, PromType::Histogram);
        QCOMPARE(family(*r, "s")->samples.size(), std::size_t(3));
        QCOMPARE(family(*r, "c_total")->samples.size(), std::size_t(2));
    }

    void typeAfterSamplesIsRejected()
    {
        auto r = parsePrometheusText("x 1\n# TYPE x counter\nx 2\n");
        QVERIFY(r.ok());
        QCOMPARE(r->badLines, std::int64_t(1));
        QCOMPARE(family(*r, "x")->type, PromType::Untyped);
    }

    void hugeAndDeepInputsStayBounded()
    {
        std::string many;
        for (int i = 0; i < 20000; ++i)
            many += "m{i=\"" + std::to_string(i) + "\"} " + std::to_string(i) + "\n";
        auto r = parsePrometheusText(many);
        QVERIFY(r.ok());
        QCOMPARE(family(*r, "m")->samples.size(), std::size_t(20000));
        std::string longLabel = "m{a=\"" + std::string(1 << 20, '\\') + "\"} 1\n"; // even count: valid
        auto r2 = parsePrometheusText(longLabel);
        QVERIFY(r2.ok());
        QCOMPARE(r2->families[0].samples[0].label("a").size(), std::size_t(1 << 19));
        std::string braces(100000, '{');
        QVERIFY(!parsePrometheusText(braces).ok());
    }

    void metricNameAliases_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("counter"); // -1 none
        QTest::addRow("spend 2026") << "litellm_spend_metric_total" << int(ProxyCounter::Spend);
        QTest::addRow("spend bare") << "litellm_spend_metric" << int(ProxyCounter::Spend);
        QTest::addRow("spend created ignored") << "litellm_spend_metric_created" << -1;
        QTest::addRow("total tokens v1.80") << "litellm_total_tokens_metric_total" << int(ProxyCounter::TotalTokens);
        QTest::addRow("total tokens mid-2025") << "litellm_total_tokens_total" << int(ProxyCounter::TotalTokens);
        QTest::addRow("total tokens bare") << "litellm_total_tokens" << int(ProxyCounter::TotalTokens);
        QTest::addRow("input tokens") << "litellm_input_tokens_metric_total" << int(ProxyCounter::InputTokens);
        QTest::addRow("input tokens mid-2025") << "litellm_input_tokens_total" << int(ProxyCounter::InputTokens);
        QTest::addRow("output tokens") << "litellm_output_tokens_metric_total" << int(ProxyCounter::OutputTokens);
        QTest::addRow("proxy requests") << "litellm_proxy_total_requests_metric_total" << int(ProxyCounter::Requests);
        QTest::addRow("deprecated requests") << "litellm_requests_metric_total" << int(ProxyCounter::Requests);
        QTest::addRow("latency histogram") << "litellm_llm_api_latency_metric_bucket" << -1;
        QTest::addRow("unrelated") << "process_cpu_seconds_total" << -1;
    }
    void metricNameAliases()
    {
        QFETCH(QString, name);
        QFETCH(int, counter);
        auto c = proxyCounterFor(name.toStdString());
        QCOMPARE(c ? int(*c) : -1, counter);
    }

    void extractsLiteLLMCountersAndBudgets()
    {
        auto r = parsePrometheusText(readFile(burnrate::test::testData("prometheus/litellm_2026.txt")));
        QVERIFY(r.ok());
        QCOMPARE(r->badLines, std::int64_t(0));
        auto counters = extractProxyCounters(*r);
        // 2 spend + 2 input + 2 output + 1 total + 1 requests; _created and histograms ignored.
        QCOMPARE(counters.size(), std::size_t(8));
        double spend = 0;
        for (const auto& c : counters)
            if (c.counter == ProxyCounter::Spend)
                spend += c.value;
        QCOMPARE(spend, 3.8164 + 0.25);
        const ProxyCounterSample& first = counters[0];
        QCOMPARE(first.dims.team, std::string("Research"));
        QCOMPARE(first.dims.apiKey, std::string("research-notebooks"));
        QCOMPARE(first.dims.provider, std::string("anthropic"));
        QCOMPARE(first.dims.user, std::string()); // "None" is no value
        QCOMPARE(counters[1].dims.team, std::string());
        QCOMPARE(counters[1].dims.apiKey, std::string("aa11"));
        // Token and request counters lack api_provider / model: completed from the other series.
        for (const auto& c : counters) {
            if (c.dims.apiKey != "research-notebooks")
                continue;
            QCOMPARE(c.dims.provider, std::string("anthropic"));
            QCOMPARE(c.dims.model, std::string("claude-sonnet-4-5-20250929"));
        }

        auto gauges = extractBudgetGauges(*r);
        QCOMPARE(gauges.size(), std::size_t(3));
        for (const auto& g : gauges) {
            if (g.scope == "api_key" && g.name == "research-notebooks") {
                QCOMPARE(*g.remaining, Nano(46'183'600'000));
                QCOMPARE(*g.maxBudget, Nano(50'000'000'000));
            } else if (g.scope == "api_key") {
                QCOMPARE(g.name, std::string("aa11bb22"));
                QVERIFY(g.hasRemaining);
                QVERIFY(!g.remaining); // +Inf: no budget
                QVERIFY(!g.hasMax);
            } else {
                QCOMPARE(g.scope, std::string("team"));
                QCOMPARE(g.name, std::string("Research"));
                QCOMPARE(*g.remaining, Nano(-2'500'000'000)); // over budget
            }
        }
    }

    void olderLiteLLMNamesAndDeprecatedRequests()
    {
        auto r = parsePrometheusText(readFile(burnrate::test::testData("prometheus/litellm_mid2025.txt")));
        QVERIFY(r.ok());
        auto counters = extractProxyCounters(*r);
        QCOMPARE(counters.size(), std::size_t(4));
        bool sawRequests = false;
        for (const auto& c : counters)
            if (c.counter == ProxyCounter::Requests) {
                sawRequests = true;
                QCOMPARE(c.value, 10.0);
            }
        QVERIFY(sawRequests);
        auto gauges = extractBudgetGauges(*r);
        QCOMPARE(gauges.size(), std::size_t(1));
        QCOMPARE(gauges[0].name, std::string("t1")); // 2024-style team_id label
    }
};

QTEST_GUILESS_MAIN(TestPrometheus)
#include "tst_prometheus.moc"
