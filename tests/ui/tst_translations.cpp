// The translations: each embedded .qm loads and translates, each translations/*.ts is complete (no unfinished,
// obsolete or vanished message), every context is one the code looks up at run time, and numbers and money
// follow the chosen language.
#include "ui/format.h"
#include "ui/i18n.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace burnrate;
using namespace burnrate::ui;

namespace {

struct TsMessage
{
    QString context, source, comment, type;
    bool numerus = false;
    int forms = 0; // numerusform elements with text
    int line = 0;
};

// The messages of a .ts file; `error` is set when it does not parse.
QList<TsMessage> readTs(const QString& path, QString* error)
{
    QList<TsMessage> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1").arg(path);
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    TsMessage m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("context")) {
            context.clear();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = TsMessage {};
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            m.line = int(xml.lineNumber());
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            m.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!m.numerus) {
                if (xml.readElementText(QXmlStreamReader::IncludeChildElements).isEmpty() && m.type.isEmpty())
                    m.type = QStringLiteral("empty");
                out << m;
            } else {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform") && !xml.readElementText().isEmpty())
                        ++m.forms;
                    else
                        xml.skipCurrentElement();
                }
                if (m.forms == 0 && m.type.isEmpty())
                    m.type = QStringLiteral("empty");
                out << m;
            }
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return out;
}

QString tsPath(const QString& lang)
{
    return QStringLiteral(BURNRATE_TRANSLATIONS_DIR "/burnrate_%1.ts").arg(lang);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        applyLanguage(QStringLiteral("en"));
        setCurrencyStyle(CurrencyStyle::Symbol);
    }

    void qmLoads_data()
    {
        QTest::addColumn<QString>("lang");
        for (const QString& l : shippedLanguages())
            QTest::newRow(qPrintable(l)) << l;
    }
    void qmLoads()
    {
        QFETCH(QString, lang);
        QTranslator t;
        QVERIFY2(t.load(QStringLiteral(":/i18n/burnrate_%1.qm").arg(lang)),
            qPrintable(QStringLiteral(":/i18n/burnrate_%1.qm is not embedded or does not load").arg(lang)));
    }

    // The English .qm carries the plural forms of the source texts.
    void englishPlurals()
    {
        QVERIFY(applyLanguage(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("GroupRow", "%n annotated request(s)", nullptr, 1),
            QStringLiteral("1 annotated request"));
        QCOMPARE(QCoreApplication::translate("GroupRow", "%n annotated request(s)", nullptr, 3),
            QStringLiteral("3 annotated requests"));
    }

    void translatesKnownString_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
    }
    void translatesKnownString()
    {
#ifndef BURNRATE_REQUIRE_COMPLETE_TRANSLATIONS
        QSKIP("BURNRATE_REQUIRE_COMPLETE_TRANSLATIONS is OFF");
#endif
        QFETCH(QString, lang);
        QTranslator qm;
        QVERIFY(qm.load(QStringLiteral(":/i18n/burnrate_%1.qm").arg(lang)));
        QVERIFY2(!qm.isEmpty(), "the .qm holds no finished translation");
        QVERIFY(applyLanguage(lang));
        // Page titles come from classes inside namespace burnrate::ui: the context lupdate gives them must be
        // the one tr() looks up at run time.
        for (const char* page : { "Overview", "Costs", "Settings" }) {
            const char* ctx = page == QByteArray("Overview") ? "burnrate::ui::OverviewPage"
                : page == QByteArray("Costs")                ? "burnrate::ui::CostsPage"
                                                             : "burnrate::ui::SettingsPage";
            const QString t = QCoreApplication::translate(ctx, page);
            QVERIFY2(!t.isEmpty() && t != QLatin1String(page),
                qPrintable(QStringLiteral("%1: \"%2\" in %3 is not translated")
                               .arg(lang, QLatin1String(page), QLatin1String(ctx))));
        }
    }

    void tsComplete_data()
    {
        QTest::addColumn<QString>("lang");
        for (const QString& l : shippedLanguages())
            QTest::newRow(qPrintable(l)) << l;
    }
    void tsComplete()
    {
        QFETCH(QString, lang);
        QString error;
        const QList<TsMessage> msgs = readTs(tsPath(lang), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!msgs.isEmpty());
        QStringList bad;
        QSet<QString> contexts;
        for (const TsMessage& m : msgs) {
            contexts.insert(m.context);
            if (!m.type.isEmpty())
                bad << QStringLiteral("  line %1: %2 [%3] \"%4\"").arg(m.line).arg(m.type, m.context, m.source);
            else if (m.numerus && m.forms < 2)
                bad << QStringLiteral("  line %1: plural [%2] \"%3\" has %4 form(s)")
                           .arg(m.line)
                           .arg(m.context, m.source)
                           .arg(m.forms);
        }
        // A class inside namespace burnrate::ui that lupdate could not resolve lands under its bare name
        // ("MainWindow"), which tr() never looks up: every context is qualified, or a translate() context.
        for (const QString& c : contexts)
            QVERIFY2(c.startsWith(QLatin1String("burnrate::ui::")) || c == QLatin1String("QObject")
                    || c == QLatin1String("GroupRow"),
                qPrintable(QStringLiteral("unexpected context \"%1\" in %2").arg(c, tsPath(lang))));
#ifndef BURNRATE_REQUIRE_COMPLETE_TRANSLATIONS
        if (!bad.isEmpty())
            QSKIP(
                qPrintable(QStringLiteral("%1 incomplete (%2 messages); BURNRATE_REQUIRE_COMPLETE_TRANSLATIONS is OFF")
                               .arg(tsPath(lang))
                               .arg(bad.size())));
#endif
        if (bad.size() > 40)
            bad = bad.mid(0, 40) << QStringLiteral("  ... and %1 more").arg(bad.size() - 40);
        QVERIFY2(bad.isEmpty(),
            qPrintable(QStringLiteral("%1 has unfinished or obsolete messages "
                                      "(tools/ts-status.py list %1):\n%2")
                           .arg(tsPath(lang), bad.join(QLatin1Char('\n')))));
    }

    void localeFormatting_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("money");
        QTest::addColumn<QString>("moneyCode");
        QTest::addColumn<QString>("count");
        QTest::addColumn<QString>("percent");
        QTest::addColumn<QString>("date");
        const QString nbsp(QChar(0x00A0)), nnbsp(QChar(0x202F));
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("$1,234.56") << QStringLiteral("1,234.56 USD")
                            << QStringLiteral("1,234,567") << QStringLiteral("12.5%") << QStringLiteral("2026-03-01");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("1.234,56") + nbsp + QStringLiteral("$")
                            << QStringLiteral("1.234,56") + nbsp + QStringLiteral("USD") << QStringLiteral("1.234.567")
                            << QStringLiteral("12,5") + nbsp + QStringLiteral("%") << QStringLiteral("01.03.2026");
        QTest::newRow("fr") << QStringLiteral("fr")
                            << QStringLiteral("1") + nnbsp + QStringLiteral("234,56") + nbsp + QStringLiteral("$")
                            << QStringLiteral("1") + nnbsp + QStringLiteral("234,56") + nbsp + QStringLiteral("USD")
                            << QStringLiteral("1") + nnbsp + QStringLiteral("234") + nnbsp + QStringLiteral("567")
                            << QStringLiteral("12,5") + nbsp + QStringLiteral("%") << QStringLiteral("01/03/2026");
    }
    void localeFormatting()
    {
        QFETCH(QString, lang);
        QVERIFY(applyLanguage(lang));
        const Nano amount = 1234 * kNanoPerUsd + 56 * (kNanoPerUsd / 100);
        QTEST(formatMoney(amount), "money");
        QTEST(formatMoney(-amount).remove(QLatin1Char('-')), "money");
        QVERIFY(formatMoney(-amount).startsWith(QLatin1Char('-')));
        setCurrencyStyle(CurrencyStyle::Code);
        QTEST(formatMoney(amount), "moneyCode");
        setCurrencyStyle(CurrencyStyle::Symbol);
        QTEST(formatCount(1234567), "count");
        QTEST(formatPercent(0.125), "percent");
        QTEST(ui::formatDate(1772323200), "date"); // 2026-03-01 00:00 UTC
    }

    void unknownLanguageRefused()
    {
        QVERIFY(!applyLanguage(QStringLiteral("xx")));
        QVERIFY(applyLanguage(QStringLiteral("system")));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
