#include "ui/format.h"

#include "model/timeutil.h"

#include <QDateTime>
#include <QLocale>

#include <cmath>
#include <cstdlib>

namespace burnrate::ui {

namespace {
CurrencyStyle g_style = CurrencyStyle::Symbol;
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
    if (g_style == CurrencyStyle::Code) {
        s.remove(QLatin1Char('$'));
        s += QStringLiteral(" USD");
    }
    return s;
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
    return QLocale(QLocale::English).toString(static_cast<qlonglong>(n));
}

QString formatCompact(double n)
{
    const double a = std::fabs(n);
    if (a >= 1e9)
        return QString::number(n / 1e9, 'f', 1) + QLatin1Char('B');
    if (a >= 1e6)
        return QString::number(n / 1e6, 'f', 1) + QLatin1Char('M');
    if (a >= 1e4)
        return QString::number(n / 1e3, 'f', 1) + QLatin1Char('k');
    return QLocale(QLocale::English).toString(n, 'f', 0);
}

QString formatPercent(double ratio, int decimals)
{
    return QString::number(ratio * 100.0, 'f', decimals) + QLatin1Char('%');
}

QString formatSignedPercent(double ratio)
{
    const QString s = QString::number(ratio * 100.0, 'f', 1) + QLatin1Char('%');
    return ratio > 0 ? QLatin1Char('+') + s : s;
}

QString formatDate(std::int64_t epoch)
{
    return QString::fromStdString(burnrate::formatDate(epoch));
}

QString formatDateTime(std::int64_t epoch)
{
    return QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

double toUsd(Nano nano)
{
    return static_cast<double>(nano) / static_cast<double>(kNanoPerUsd);
}

} // namespace burnrate::ui
