#include "ui/charts/lttb.h"

#include <QTest>

#include <cmath>

using burnrate::ui::lttb;

class TestLttb : public QObject
{
    Q_OBJECT

private:
    static QVector<QPointF> sine(int n)
    {
        QVector<QPointF> v;
        v.reserve(n);
        for (int i = 0; i < n; ++i)
            v.append(QPointF(i, std::sin(i / 50.0) * 100.0));
        return v;
    }

private slots:
    void keepsShortSeriesUnchanged_data()
    {
        QTest::addColumn<int>("points");
        QTest::addColumn<int>("threshold");
        QTest::addRow("empty") << 0 << 10;
        QTest::addRow("fewer points than threshold") << 5 << 10;
        QTest::addRow("exactly threshold") << 10 << 10;
        QTest::addRow("threshold below 3 disables") << 100 << 2;
        QTest::addRow("threshold zero disables") << 100 << 0;
    }
    void keepsShortSeriesUnchanged()
    {
        QFETCH(int, points);
        QFETCH(int, threshold);
        const auto in = sine(points);
        QCOMPARE(lttb(in, threshold), in);
    }

    void reducesToThreshold_data()
    {
        QTest::addColumn<int>("points");
        QTest::addColumn<int>("threshold");
        QTest::addRow("100 -> 3") << 100 << 3;
        QTest::addRow("1000 -> 100") << 1000 << 100;
        QTest::addRow("1M -> 2000") << 1000000 << 2000;
        QTest::addRow("threshold one below size") << 500 << 499;
    }
    void reducesToThreshold()
    {
        QFETCH(int, points);
        QFETCH(int, threshold);
        const auto in = sine(points);
        const auto out = lttb(in, threshold);
        QCOMPARE(out.size(), threshold);
        QCOMPARE(out.first(), in.first());
        QCOMPARE(out.last(), in.last());
        for (int i = 1; i < out.size(); ++i)
            QVERIFY2(out[i].x() > out[i - 1].x(), "x must stay strictly increasing");
    }

    void keepsASpike()
    {
        QVector<QPointF> in;
        for (int i = 0; i < 10000; ++i)
            in.append(QPointF(i, i == 4321 ? 1000.0 : 1.0));
        const auto out = lttb(in, 100);
        bool found = false;
        for (const QPointF& p : out)
            found = found || (p.x() == 4321 && p.y() == 1000.0);
        QVERIFY2(found, "the one outlier must survive downsampling");
    }

    void everyOutputPointComesFromTheInput()
    {
        const auto in = sine(5000);
        const auto out = lttb(in, 250);
        for (const QPointF& p : out) {
            const int i = int(p.x());
            QCOMPARE(in[i], p);
        }
    }
};

QTEST_APPLESS_MAIN(TestLttb)
#include "tst_lttb.moc"
