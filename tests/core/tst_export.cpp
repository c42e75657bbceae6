#include "export/financecsv.h"
#include "export/terminal.h"

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

    // A NUL or another control character inside a value never reaches a cell raw; invalid UTF-8 does
    // not either (the file is UTF-8).
    void controlCharactersAreEscapedInCells_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("cell");
        QTest::addRow("nul") << QByteArray("ac\0me", 5) << QByteArray("ac\\x00me");
        QTest::addRow("escape sequence") << QByteArray("\x1b[31mred") << QByteArray("\\x1b[31mred");
        QTest::addRow("bell and backspace") << QByteArray("a\x07\x08"
                                                          "b")
                                            << QByteArray("a\\x07\\x08b");
        QTest::addRow("delete") << QByteArray("a\x7f") << QByteArray("a\\x7f");
        QTest::addRow("leading nul is not a formula") << QByteArray("\0=1", 3) << QByteArray("\\x00=1");
        QTest::addRow("tab inside is kept") << QByteArray("a\tb") << QByteArray("a\tb");
        QTest::addRow("newline is quoted") << QByteArray("a\nb") << QByteArray("\"a\nb\"");
        QTest::addRow("invalid utf-8") << QByteArray("caf\xe9") << QByteArray("caf\xef\xbf\xbd");
        QTest::addRow("valid utf-8") << QByteArray("caf\xc3\xa9") << QByteArray("caf\xc3\xa9");
    }
    void controlCharactersAreEscapedInCells()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, cell);
        const std::string out = csvField(std::string_view(text.constData(), std::size_t(text.size())));
        QCOMPARE(QByteArray::fromStdString(out), cell);
        QVERIFY(out.find('\0') == std::string::npos);
    }

    // One function makes every value printable on a terminal.
    void terminalSafe_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("shown");
        QTest::addRow("plain") << QByteArray("acme-prod_1") << QByteArray("acme-prod_1");
        QTest::addRow("unicode kept") << QByteArray("caf\xc3\xa9 \xe6\x97\xa5\xf0\x9f\x94\xa5")
                                      << QByteArray("caf\xc3\xa9 \xe6\x97\xa5\xf0\x9f\x94\xa5");
        QTest::addRow("colour") << QByteArray("\x1b[31mred\x1b[0m") << QByteArray("\\x1b[31mred\\x1b[0m");
        QTest::addRow("osc title") << QByteArray("\x1b]0;pwned\x07x") << QByteArray("\\x1b]0;pwned\\x07x");
        QTest::addRow("osc title, st") << QByteArray("\x1b]2;t\x1b\\") << QByteArray("\\x1b]2;t\\x1b\\");
        QTest::addRow("carriage return") << QByteArray("$0.00\rTOTAL") << QByteArray("$0.00\\rTOTAL");
        QTest::addRow("newline and tab") << QByteArray("a\nb\tc") << QByteArray("a\\nb\\tc");
        QTest::addRow("nul") << QByteArray("a\0b", 3) << QByteArray("a\\x00b");
        QTest::addRow("other c0") << QByteArray("\x01\x08\x0b\x0c\x1f") << QByteArray("\\x01\\x08\\x0b\\x0c\\x1f");
        QTest::addRow("delete") << QByteArray("a\x7f") << QByteArray("a\\x7f");
        QTest::addRow("c1 csi (utf-8)") << QByteArray("\xc2\x9b"
                                                      "31m")
                                        << QByteArray("\\u009b31m");
        QTest::addRow("c1 raw byte") << QByteArray("\x9b"
                                                   "31m")
                                     << QByteArray("\xef\xbf\xbd"
                                                   "31m");
        QTest::addRow("bidi override") << QByteArray("abc\xe2\x80\xae"
                                                     "def")
                                       << QByteArray("abc\\u202edef");
        QTest::addRow("bidi isolate") << QByteArray("\xe2\x81\xa6x") << QByteArray("\\u2066x");
        QTest::addRow("line separator") << QByteArray("a\xe2\x80\xa8") << QByteArray("a\\u2028");
        QTest::addRow("truncated sequence") << QByteArray("ab\xe6\x97") << QByteArray("ab\xef\xbf\xbd\xef\xbf\xbd");
        QTest::addRow("overlong slash") << QByteArray("\xc0\xaf") << QByteArray("\xef\xbf\xbd\xef\xbf\xbd");
        QTest::addRow("surrogate") << QByteArray("\xed\xa0\x80") << QByteArray("\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");
        QTest::addRow("backslash kept") << QByteArray("C:\\x") << QByteArray("C:\\x");
        QTest::addRow("empty") << QByteArray("") << QByteArray("");
    }
    void terminalSafe()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, shown);
        const std::string out = burnrate::terminalSafe(std::string_view(text.constData(), std::size_t(text.size())));
        QCOMPARE(QByteArray::fromStdString(out), shown);
        for (unsigned char c : out)
            QVERIFY(c >= 0x20 && c != 0x7f);
    }

    // A tenant (or model...) named TOTAL cannot pass for the total row: only the last row says TOTAL.
    void aValueNamedTotalIsNotTheTotalRow_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("cell");
        QTest::addRow("TOTAL") << "TOTAL"
                               << "'TOTAL";
        QTest::addRow("lower case") << "total"
                                    << "'total";
        QTest::addRow("blanks") << " TOTAL "
                                << "\"' TOTAL \"";
        QTest::addRow("longer is fine") << "TOTALS"
                                        << "TOTALS";
    }
    void aValueNamedTotalIsNotTheTotalRow()
    {
        QFETCH(QString, value);
        QFETCH(QString, cell);
        CostQuery q;
        q.groupBy = { Axis { Dim::Tenant, {} } };
        QueryResult r;
        r.rows.push_back(row(0, { value.toStdString() }, 3, 5'000'000'000));
        r.rows.push_back(row(0, { "acme" }, 1, 1'000'000'000));
        std::ostringstream out;
        CsvExportOptions o;
        o.totalRow = true;
        writeFinanceCsv(out, q, r, o);
        const std::string text = out.str();
        QVERIFY(text.find("\r\n" + cell.toStdString() + ",3,") != std::string::npos);
        auto recs = parseCsv(text);
        QCOMPARE(recs.size(), std::size_t(4));
        int totals = 0;
        for (const auto& rec : recs)
            totals += rec[0] == "TOTAL";
        QCOMPARE(totals, 1);
        QCOMPARE(recs.back()[0], std::string("TOTAL"));
        QCOMPARE(recs.back()[1], std::string("4"));
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
