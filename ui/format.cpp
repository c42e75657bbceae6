#include "ui/format.h"

#include "model/timeutil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <cmath>
#include <cstdlib>

namespace burnrate::ui {

namespace {
CurrencyStyle g_style = CurrencyStyle::Symbol;

QLocale& uiLocaleRef()
{
    static QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

bool englishNumbers()
{
    return uiLocaleRef().language() == QLocale::English;
}

// "1,234.50" (the core's formatting, digits exact from the integer) rewritten with the UI locale's
// separators: "1.234,50" in German, "1 234,50" in French.
QString localiseDecimal(const QString& plain)
{
    if (englishNumbers())
        return plain;
    const QLocale& loc = uiLocaleRef();
    QString out;
    for (const QChar c : plain) {
        if (c == QLatin1Char(','))
            out += loc.groupSeparator();
        else if (c == QLatin1Char('.'))
            out += loc.decimalPoint();
        else if (c == QLatin1Char('-'))
            out += loc.negativeSign();
        else
            out += c;
    }
    return out;
}

QString dateFormatFor()
{
    if (englishNumbers())
        return QStringLiteral("yyyy-MM-dd");
    QString f = uiLocaleRef().dateFormat(QLocale::ShortFormat);
    if (!f.contains(QLatin1String("yyyy")))
        f.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return f;
}
} // namespace

QString dateDisplayFormat()
{
    return dateFormatFor();
}

QString shortDayFormat()
{
    return QCoreApplication::translate("burnrate::ui::Format", "MMM d",
        "QDateTime format of a day on a chart axis: month abbreviation, day (German: d. MMM). Keep the letters "
        "M, d, y; they are not words.");
}

QString shortDayYearFormat()
{
    return QCoreApplication::translate("burnrate::ui::Format", "MMM d, yyyy",
        "QDateTime format of a day with its year (German: d. MMM yyyy). Keep the letters M, d, y; they are not "
        "words.");
}

QString lowerInSentence(const QString& word)
{
    return uiLocale().language() == QLocale::German ? word : word.toLower();
}

void setUiLocale(const QLocale& locale)
{
    uiLocaleRef() = locale;
}

QLocale uiLocale()
{
    return uiLocaleRef();
}

void setCurrencyStyle(CurrencyStyle style)
{
    g_style = style;
}

CurrencyStyle currencyStyle()
{
    return g_style;
}

QString currencyUnit()
{
    return g_style == CurrencyStyle::Code ? QStringLiteral("USD") : QStringLiteral("$");
}

QString formatMoney(Nano nano, int decimals)
{
    QString s = QString::fromStdString(formatUsd(nano, decimals));
    if (englishNumbers()) {
        if (g_style == CurrencyStyle::Code) {
            s.remove(QLatin1Char('$'));
            s += QStringLiteral(" USD");
        }
        return s;
    }
    // German and French write the unit after the amount: "1.234,50 $", "1 234,50 USD".
    s.remove(QLatin1Char('$'));
    return localiseDecimal(s) + QChar(0x00A0) + currencyUnit();
}

QString formatMoneyPrecise(Nano nano)
{
    const Nano a = std::llabs(nano);
    int decimals = 2;
    if (a == 0)
        decimals = 2;
    else if (a < kNanoPerUsd / 100) // under a cent
        decimals = 6;
    else if (a < kNanoPerUsd)
        decimals = 4;
    return formatMoney(nano, decimals);
}

QString formatCount(std::int64_t n)
{
    return uiLocaleRef().toString(static_cast<qlonglong>(n));
}

QString formatCompact(double n)
{
    const double a = std::fabs(n);
    const QLocale& loc = uiLocaleRef();
    // The suffixes are translatable (a German axis may prefer "Mrd." to "B").
    if (a >= 1e9)
        return QCoreApplication::translate("burnrate::ui::Format", "%1B", "compact number: billions (10^9)")
            .arg(loc.toString(n / 1e9, 'f', 1));
    if (a >= 1e6)
        return QCoreApplication::translate("burnrate::ui::Format", "%1M", "compact number: millions")
            .arg(loc.toString(n / 1e6, 'f', 1));
    if (a >= 1e4)
        return QCoreApplication::translate("burnrate::ui::Format", "%1k", "compact number: thousands")
            .arg(loc.toString(n / 1e3, 'f', 1));
    return loc.toString(n, 'f', 0);
}

QString noValue()
{
    return QStringLiteral("\u2014");
}

QString formatPercent(double ratio, int decimals)
{
    if (englishNumbers())
        return QString::number(ratio * 100.0, 'f', decimals) + QLatin1Char('%');
    // "12,5 %": German and French put a no-break space before the sign.
    return uiLocaleRef().toString(ratio * 100.0, 'f', decimals) + QChar(0x00A0) + QLatin1Char('%');
}

QString formatSignedPercent(double ratio)
{
    const QString s = formatPercent(ratio, 1);
    return ratio > 0 ? QLatin1Char('+') + s : s;
}

QString formatDate(std::int64_t epoch)
{
    if (englishNumbers())
        return QString::fromStdString(burnrate::formatDate(epoch));
    return QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC).date().toString(dateFormatFor());
}

QString formatDateTime(std::int64_t epoch)
{
    return uiLocaleRef().toString(
        QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC), dateFormatFor() + QStringLiteral(" HH:mm 'UTC'"));
}

QString describePeriod(BudgetPeriod period, std::int64_t start, std::int64_t end)
{
    const QDate first = QDateTime::fromSecsSinceEpoch(start, Qt::UTC).date();
    switch (period) {
    case BudgetPeriod::Daily:
        return formatDate(start);
    case BudgetPeriod::Weekly:
        return QCoreApplication::translate("burnrate::ui::Format", "week of %1", "a budget period: its Monday")
            .arg(formatDate(start));
    case BudgetPeriod::Monthly:
        return uiLocale().toString(first,
            QCoreApplication::translate("burnrate::ui::Format", "MMMM yyyy",
                "QDateTime format of a month budget period (\"December 2026\"). Keep the letters M and y."));
    case BudgetPeriod::Quarterly:
        return QCoreApplication::translate("burnrate::ui::Format", "Q%1 %2", "a quarter budget period: Q4 2026")
            .arg((first.month() - 1) / 3 + 1)
            .arg(first.year());
    case BudgetPeriod::Range:
        break;
    }
    return QCoreApplication::translate("burnrate::ui::Format", "%1 to %2", "a budget period: first and last day")
        .arg(formatDate(start), formatDate(end - kSecondsPerDay));
}

double toUsd(Nano nano)
{
    return static_cast<double>(nano) / static_cast<double>(kNanoPerUsd);
}

} // namespace burnrate::ui
