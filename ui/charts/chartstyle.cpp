#include "ui/charts/chartstyle.h"

#include "ui/format.h"

#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QPalette>
#include <QVBoxLayout>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegend>

#include <cmath>

namespace burnrate::ui {

QString formatValue(double value, ValueKind kind)
{
    switch (kind) {
    case ValueKind::Money:
        return formatMoney(static_cast<Nano>(std::llround(value * 1e9)), 2);
    case ValueKind::MoneyPrecise:
        return formatMoneyPrecise(static_cast<Nano>(std::llround(value * 1e9)));
    case ValueKind::Count:
    case ValueKind::Tokens:
        return formatCount(static_cast<std::int64_t>(std::llround(value)));
    case ValueKind::Percent:
        return QString::number(value, 'f', 1) + QLatin1Char('%');
    }
    return QString::number(value);
}

QString moneyAxisFormat(const QString& numberFormat)
{
    return currencyStyle() == CurrencyStyle::Symbol ? QLatin1Char('$') + numberFormat
                                                    : numberFormat + QStringLiteral(" USD");
}

QColor seriesColor(int index, bool dark)
{
    // Tableau 10: distinct in both themes and for the common colour-vision deficiencies.
    static const QRgb light[]
        = { 0x4e79a7, 0xf28e2b, 0x59a14f, 0xe15759, 0x76b7b2, 0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0x86bcb6 };
    static const QRgb darkc[]
        = { 0x6f9fd8, 0xffa64d, 0x7cc36f, 0xff7b7d, 0x8fd3ce, 0xf6d860, 0xc99bc0, 0xffb6be, 0xc09a82, 0xa6d8d2 };
    const int i = index % 10;
    return QColor(dark ? darkc[i] : light[i]);
}

QColor otherColor(bool dark)
{
    return dark ? QColor(0x80, 0x80, 0x88) : QColor(0xb0, 0xb0, 0xb8);
}

namespace chartstyle {

void apply(QChart* chart, bool dark)
{
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    const QPalette pal = QApplication::palette();
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setTitleBrush(pal.color(QPalette::Text));
    chart->setAnimationOptions(QChart::NoAnimation);
    QFont f = QApplication::font();
    chart->setTitleFont(f);
}

QChart* replaceChart(QChartView* view, bool dark, Qt::Alignment legend)
{
    auto* chart = new QChart;
    apply(chart, dark);
    chart->legend()->setAlignment(legend);
    QChart* old = view->chart();
    view->setChart(chart); // releases, does not delete, the previous chart
    delete old;
    return chart;
}

QChartView* createView(QWidget* owner, QChart* chart, QLabel*& message)
{
    auto* view = new QChartView(chart, owner);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    auto* lay = new QVBoxLayout(owner);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->addWidget(view);
    message = new QLabel(owner);
    message->setAlignment(Qt::AlignCenter);
    message->hide();
    return view;
}

} // namespace chartstyle

} // namespace burnrate::ui
