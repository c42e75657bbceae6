#include "export/financecsv.h"

#include <QTest>

#include <sstream>

using namespace burnrate;

namespace {

ResultRow row(Epoch bucket, std::vector<std::string> keys, std::int64_t requests, Nano cost)
{
    ResultRow r;
    r.bucket = bucket;
    r.keys = std::move(keys);
    r.totals.requests = requests;
    r.totals.input = requests * 100;
    r.totals.cached = requests * 10;
    r.totals.cw5m = requests;
    r.totals.cw1h = requests;
    r.totals.output = requests * 20;
    r.totals.cost = cost;
    return r;
}

// Splits RFC 4180 text into records of fields (quotes and embedded newlines handled).
std::vector<std::vector<std::string>> parseCsv(const std::string& text)
{
    std::vector<std::vector<std::string>> out(1);
    std::string field;
    bool quoted = false;
    out.back().clear();
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            out.back().push_back(field);
            field.clear();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            out.back().push_back(field);
            field.clear();
            out.emplace_back();
            ++i;
        } else {
            field += c;
        }
    }
    if (out.back().empty())
        out.pop_back();
    return out;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT
private slots:
    void neutralisesAndQuotes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cell");
        QTest::addRow("plain") << "acme"
                               << "acme";
        QTest::addRow("formula") << "=HYPERLINK(\"x\")"
                                 << "\"'=HYPERLINK(\"\"x\"\")\"";
        QTest::addRow("plus") << "+1"
                              << "'+1";
        QTest::addRow("minus") << "-2+3"
                               << "'-2+3";
        QTest::addRow("at") << "@SUM(A1)"
                            << "'@SUM(A1)";
        QTest::addRow("tab") << "\tx"
                             << "'\tx";
        QTest::addRow("carriage return") << "\rx"
                                         << "\"'\rx\"";
        QTest::addRow("comma") << "a,b"
                               << "\"a,b\"";
        QTest::addRow("quote") << "say \"hi\""
                               << "\"say \"\"hi\"\"\"";
        QTest::addRow("newline") << "l1\nl2"
                                 << "\"l1\nl2\"";
        QTest::addRow("unicode") << QStringLiteral("caf\u00e9") << QStringLiteral("caf\u00e9");
        QTest::addRow("empty") << ""
                               << "";
    }
    void neutralisesAndQuotes()
    {
        QFETCH(QString, text);
        QFETCH(QString, cell);
        QCOMPARE(QString::fromStdString(csvField(text.toStdString())), cell);
    }

    void negativeNumbersAreNotNeutralised()
    {
        QCOMPARE(QString::fromStdString(csvNumber(formatDecimal(-1'500'000'000, 2))), QStringLiteral("-1.50"));
    }

    void totalEqualsTheSumOfPrintedRows_data()
    {
        QTest::addColumn<int>("decimals");
        QTest::addRow("default 6") << 6;
        QTest::addRow("cents") << 2;
        QTest::addRow("whole dollars") << 0;
        QTest::addRow("nano") << 9;
    }
    void totalEqualsTheSumOfPrintedRows()
    {
        QFETCH(int, decimals);
        CostQuery q;
        q.granularity = Granularity::Day;
        q.groupBy = { Axis { Dim::Model, {} }, Axis::tag("team") };
        QueryResult r;
        // Costs chosen so that per-row rounding differs from rounding the exact sum.
        for (int i = 0; i < 50; ++i)
            r.rows.push_back(row(1788220800 + (i % 5) * 86400, { "m" + std::to_string(i % 3), "=cmd" }, i + 1,
                1'234'567 + i * 3'333'333'333LL / 7));
        for (const auto& x : r.rows)
            r.total += x.totals;
        std::ostringstream out;
        CsvExportOptions o;
        o.decimals = decimals;
        o.totalRow = true;
        o.timeColumnIndex = 1;
        writeFinanceCsv(out, q, r, o);
        auto recs = parseCsv(out.str());
        QCOMPARE(recs.size(), r.rows.size() + 2);
        QCOMPARE(recs[0],
            (std::vector<std::string> { "model", "day", "tag:team", "requests", "input_tokens", "cached_input_tokens",
                "cache_write_tokens", "output_tokens", "cost_usd", "unpriced_tokens" }));
        QCOMPARE(QString::fromStdString(recs[1][1]), QStringLiteral("2026-09-01"));
        QCOMPARE(QString::fromStdString(recs[1][2]), QStringLiteral("'=cmd"));
        Nano sum = 0;
        std::int64_t requests = 0;
        for (std::size_t i = 1; i + 1 < recs.size(); ++i) {
            QCOMPARE(recs[i].size(), recs[0].size());
            auto c = parseDecimalNano(recs[i][8]);
            QVERIFY(c);
            auto dot = recs[i][8].find('.');
            QCOMPARE(dot == std::string::npos ? 0 : int(recs[i][8].size() - dot - 1), decimals);
            sum += *c;
            requests += std::stoll(recs[i][3]);
        }
        const auto& total = recs.back();
        QCOMPARE(QString::fromStdString(total[0]), QStringLiteral("TOTAL"));
        QCOMPARE(*parseDecimalNano(total[8]), sum);
        QCOMPARE(std::stoll(total[3]), requests);
        QCOMPARE(std::stoll(total[6]), r.total.cw5m + r.total.cw1h);
    }

    void monthAndNoTimeColumns()
    {
        CostQuery q;
        q.granularity = Granularity::Month;
        q.groupBy = { Axis { Dim::Tenant, {} } };
        QueryResult r;
        r.rows.push_back(row(1788220800, { "acme" }, 1, 1'000'000));
        std::ostringstream out;
        writeFinanceCsv(out, q, r, CsvExportOptions {});
        auto recs = parseCsv(out.str());
        QCOMPARE(QString::fromStdString(recs[0][0]), QStringLiteral("month"));
        QCOMPARE(QString::fromStdString(recs[1][0]), QStringLiteral("2026-09"));
        QCOMPARE(QString::fromStdString(recs[1][7]), QStringLiteral("0.001000"));
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
