#include "model/money.h"
#include "model/timeutil.h"

#include <QTest>

using namespace burnrate;

class TestMoney : public QObject
{
    Q_OBJECT
private slots:
    void parsesDecimalsExactly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("scale");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("nano");
        QTest::addRow("integer") << "12" << 0 << true << qint64(12'000'000'000);
        QTest::addRow("decimal") << "1.25" << 0 << true << qint64(1'250'000'000);
        QTest::addRow("negative") << "-0.000001" << 0 << true << qint64(-1000);
        QTest::addRow("plus sign") << "+3" << 0 << true << qint64(3'000'000'000);
        QTest::addRow("exponent per token -> per M") << "2.5e-06" << 6 << true << qint64(2'500'000'000);
        QTest::addRow("non-canonical exponent") << "0.2e-06" << 6 << true << qint64(200'000'000);
        QTest::addRow("10e-06") << "10e-06" << 6 << true << qint64(10'000'000'000);
        QTest::addRow("anthropic cents") << "123.78912" << -2 << true << qint64(1'237'891'200);
        QTest::addRow("rounds half up at nano") << "0.0000000015" << 0 << true << qint64(2);
        QTest::addRow("rounds down") << "0.0000000014" << 0 << true << qint64(1);
        QTest::addRow("leading dot") << ".5" << 0 << true << qint64(500'000'000);
        QTest::addRow("trailing dot") << "5." << 0 << true << qint64(5'000'000'000);
        QTest::addRow("spaces trimmed") << "  7 " << 0 << true << qint64(7'000'000'000);
        QTest::addRow("many digits") << "0.12345678901234567890123" << 0 << true << qint64(123'456'789);
        QTest::addRow("empty") << "" << 0 << false << qint64(0);
        QTest::addRow("letters") << "abc" << 0 << false << qint64(0);
        QTest::addRow("two dots") << "1.2.3" << 0 << false << qint64(0);
        QTest::addRow("dangling exponent") << "1e" << 0 << false << qint64(0);
        QTest::addRow("overflow") << "99999999999999999999" << 0 << false << qint64(0);
        QTest::addRow("huge exponent") << "1e999999" << 0 << false << qint64(0);
        QTest::addRow("tiny exponent") << "1e-500" << 0 << true << qint64(0);
        QTest::addRow("nan") << "NaN" << 0 << false << qint64(0);
        QTest::addRow("inf") << "Infinity" << 0 << false << qint64(0);
        QTest::addRow("hex") << "0x10" << 0 << false << qint64(0);
        // Every number at its limit (issue 7): INT64_MAX nano-USD parses, one more does not.
        QTest::addRow("INT64_MAX nano") << "9223372036.854775807" << 0 << true << qint64(INT64_MAX);
        QTest::addRow("INT64_MAX + 1 nano") << "9223372036.854775808" << 0 << false << qint64(0);
        QTest::addRow("rounds up past INT64_MAX") << "9223372036.8547758075" << 0 << false << qint64(0);
        QTest::addRow("-INT64_MAX nano") << "-9223372036.854775807" << 0 << true << qint64(-INT64_MAX);
        QTest::addRow("integer at scale -9") << "9223372036854775807" << -9 << true << qint64(INT64_MAX);
        QTest::addRow("beyond int64 at scale -9") << "9223372036854775808" << -9 << false << qint64(0);
        QTest::addRow("epoch exponent at scale -9") << "1.7908488e9" << -9 << true << qint64(1790848800);
        QTest::addRow("epoch milliseconds at scale 0 overflow") << "1790848800123" << 0 << false << qint64(0);
        QTest::addRow("per-token 1e300 at scale 6") << "1e300" << 6 << false << qint64(0);
        QTest::addRow("price ceiling per token") << "1" << 6 << true << qint64(1'000'000'000'000'000);
        QTest::addRow("64 characters") << QString(64, QLatin1Char('1')).replace(0, 2, QStringLiteral("0.")) << 0 << true
                                       << qint64(111'111'111);
        QTest::addRow("65 characters") << QString(65, QLatin1Char('0')) << 0 << false << qint64(0);
    }
    void parsesDecimalsExactly()
    {
        QFETCH(QString, text);
        QFETCH(int, scale);
        QFETCH(bool, ok);
        QFETCH(qint64, nano);
        auto v = parseDecimalNano(text.toStdString(), scale);
        QCOMPARE(v.has_value(), ok);
        if (ok)
            QCOMPARE(*v, nano);
    }

    void formatsDecimals_data()
    {
        QTest::addColumn<qint64>("nano");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("plain");
        QTest::addColumn<QString>("usd");
        QTest::addRow("zero") << qint64(0) << 2 << "0.00"
                              << "$0.00";
        QTest::addRow("cents") << qint64(1'234'567'890'123) << 2 << "1234.57"
                               << "$1,234.57";
        QTest::addRow("six places") << qint64(1'500) << 6 << "0.000002"
                                    << "$0.000002";
        QTest::addRow("negative") << qint64(-2'500'000'000) << 2 << "-2.50"
                                  << "-$2.50";
        QTest::addRow("no decimals") << qint64(1'499'999'999) << 0 << "1"
                                     << "$1";
        QTest::addRow("millions") << qint64(1'234'567'000'000'000) << 2 << "1234567.00"
                                  << "$1,234,567.00";
        QTest::addRow("nine places") << qint64(1) << 9 << "0.000000001"
                                     << "$0.000000001";
    }
    void formatsDecimals()
    {
        QFETCH(qint64, nano);
        QFETCH(int, decimals);
        QFETCH(QString, plain);
        QFETCH(QString, usd);
        QCOMPARE(QString::fromStdString(formatDecimal(nano, decimals)), plain);
        QCOMPARE(QString::fromStdString(formatUsd(nano, decimals)), usd);
    }

    void roundedValuesSumExactly()
    {
        // Sums of rounded values are exact integers: no drift however many rows.
        Nano sum = 0;
        for (int i = 0; i < 1000; ++i)
            sum += roundNano(333'333, 6);
        QCOMPARE(sum, Nano(333'000'000));
    }

    void parsesTimestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("epoch");
        QTest::addRow("zulu") << "2026-08-06T14:30:00Z" << true << qint64(1786026600);
        QTest::addRow("offset +00:00") << "2026-08-06T14:30:00+00:00" << true << qint64(1786026600);
        QTest::addRow("microseconds") << "2026-08-06T14:30:00.123456+00:00" << true << qint64(1786026600);
        QTest::addRow("offset +02:00") << "2026-08-06T16:30:00+02:00" << true << qint64(1786026600);
        QTest::addRow("offset -05:30") << "2026-08-06T09:00:00-05:30" << true << qint64(1786026600);
        QTest::addRow("space separator") << "2026-08-06 14:30:00" << true << qint64(1786026600);
        QTest::addRow("no seconds") << "2026-08-06T14:30Z" << true << qint64(1786026600);
        QTest::addRow("date only") << "2026-08-06" << true << qint64(1785974400);
        QTest::addRow("leap day") << "2028-02-29T00:00:00Z" << true << qint64(1835395200);
        QTest::addRow("not a leap day") << "2026-02-29T00:00:00Z" << false << qint64(0);
        QTest::addRow("month 13") << "2026-13-01T00:00:00Z" << false << qint64(0);
        QTest::addRow("hour 24") << "2026-08-06T24:00:00Z" << false << qint64(0);
        QTest::addRow("garbage suffix") << "2026-08-06T14:30:00Zjunk" << false << qint64(0);
        QTest::addRow("truncated") << "2026-08-0" << false << qint64(0);
        QTest::addRow("empty") << "" << false << qint64(0);
        QTest::addRow("ten fraction digits") << "2026-08-06T14:30:00.1234567890Z" << false << qint64(0);
    }
    void parsesTimestamps()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(qint64, epoch);
        auto t = parseTimestamp(text.toStdString());
        QCOMPARE(t.has_value(), ok);
        if (ok)
            QCOMPARE(*t, epoch);
    }

    void floorsCalendarPeriods()
    {
        Epoch t = *parseTimestamp("2026-11-26T15:45:10Z"); // a Thursday
        QCOMPARE(QString::fromStdString(formatTimestamp(floorHour(t))), QStringLiteral("2026-11-26T15:00:00Z"));
        QCOMPARE(QString::fromStdString(formatDate(floorWeek(t))), QStringLiteral("2026-11-23"));
        QCOMPARE(QString::fromStdString(formatDate(floorMonth(t))), QStringLiteral("2026-11-01"));
        QCOMPARE(QString::fromStdString(formatDate(floorQuarter(t))), QStringLiteral("2026-10-01"));
        QCOMPARE(QString::fromStdString(formatDate(addMonths(floorMonth(t), 2))), QStringLiteral("2027-01-01"));
        QCOMPARE(QString::fromStdString(formatDate(addMonths(floorMonth(t), -11))), QStringLiteral("2025-12-01"));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
