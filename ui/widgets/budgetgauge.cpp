#include "ui/widgets/budgetgauge.h"

#include "ui/format.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace burnrate::ui {

namespace {

QColor stateColor(const BudgetStatus& s)
{
    if (s.highestCrossed() >= 100)
        return QColor(0xd0, 0x30, 0x30);
    if (s.highestCrossed() > 0)
        return QColor(0xe0, 0x90, 0x10);
    return QColor(0x2e, 0x9e, 0x5b);
}

} // namespace

BudgetGauge::BudgetGauge(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setCursor(Qt::PointingHandCursor);
}

void BudgetGauge::setStatus(const BudgetStatus& status)
{
    m_status = status;
    const Budget& b = status.budget;
    QString tip
        = tr("%1\nPeriod: %2\nSpent: %3 of %4\nForecast: %5 (90%: %6 to %7), %8")
              .arg(QString::fromStdString(b.name), ui::describePeriod(b.period, status.periodStart, status.periodEnd),
                  formatMoney(status.spent()), formatMoney(b.amount), formatMoney(status.forecast.projected),
                  formatMoney(status.forecast.low), formatMoney(status.forecast.high),
                  QString::fromStdString(status.forecast.method));
    if (!b.scope.empty())
        tip += tr("\nScope: %1").arg(QString::fromStdString(formatScope(b.scope)));
    tip += tr("\nTiers: %1").arg(QString::fromStdString(formatTiers(b.tiers)));
    setToolTip(tip);
    update();
}

void BudgetGauge::setSelected(bool selected)
{
    m_selected = selected;
    update();
}

QSize BudgetGauge::sizeHint() const
{
    const int line = fontMetrics().height();
    return { 420, line * 3 + 34 };
}

QSize BudgetGauge::minimumSizeHint() const
{
    return { 260, sizeHint().height() };
}

void BudgetGauge::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        emit clicked();
    QWidget::mousePressEvent(event);
}

void BudgetGauge::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        emit doubleClicked();
    QWidget::mouseDoubleClickEvent(event);
}

void BudgetGauge::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QRect r = rect().adjusted(1, 1, -1, -1);
    p.setPen(QPen(m_selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), m_selected ? 2 : 1));
    p.setBrush(pal.color(QPalette::Base));
    p.drawRoundedRect(r, 6, 6);

    const BudgetStatus& s = m_status;
    const Budget& b = s.budget;
    const int pad = 10, line = fontMetrics().height();
    QRect text = r.adjusted(pad, 6, -pad, 0);
    text.setHeight(line);
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(pal.color(QPalette::Text));
    const QString figures
        = tr("%1 of %2 \u00b7 %3").arg(formatMoney(s.spent()), formatMoney(b.amount), formatPercent(s.used()));
    // The figures win the space; the name is elided into what is left.
    const QFontMetrics bm(bold);
    const QString shownFigures = bm.elidedText(figures, Qt::ElideLeft, text.width() * 2 / 3);
    const int figuresWidth = bm.horizontalAdvance(shownFigures);
    p.drawText(text, Qt::AlignRight | Qt::AlignVCenter, shownFigures);
    p.drawText(text.adjusted(0, 0, -figuresWidth - 12, 0), Qt::AlignLeft | Qt::AlignVCenter,
        bm.elidedText(QString::fromStdString(b.name), Qt::ElideRight, std::max(0, text.width() - figuresWidth - 12)));
    p.setFont(font());

    // The bar spans the budget and any overshoot of spend or forecast, so a breach stays visible.
    const double scale = std::max({ double(b.amount) * 1.1, double(s.forecast.high), double(s.spent()), 1.0 });
    QRectF bar(text.left(), text.bottom() + 6, text.width(), 12);
    auto xAt = [&](double v) {
        return bar.left() + bar.width() * std::clamp(v / scale, 0.0, 1.0);
    };
    p.setPen(Qt::NoPen);
    p.setBrush(pal.color(QPalette::AlternateBase).darker(pal.color(QPalette::Base).lightness() > 128 ? 108 : 80));
    p.drawRoundedRect(bar, 4, 4);
    const QColor c = stateColor(s);
    QColor projected = tierReached(s.forecast.projected, b.amount, 100) ? QColor(0xd0, 0x30, 0x30) : c;
    projected.setAlpha(90);
    p.setBrush(projected);
    p.drawRoundedRect(
        QRectF(bar.left(), bar.top(), xAt(double(s.forecast.projected)) - bar.left(), bar.height()), 4, 4);
    p.setBrush(c);
    p.drawRoundedRect(QRectF(bar.left(), bar.top(), xAt(double(s.spent())) - bar.left(), bar.height()), 4, 4);
    // The forecast's band: a whisker above the bar.
    p.setPen(QPen(pal.color(QPalette::Text), 1));
    const double lo = xAt(double(s.forecast.low)), hi = xAt(double(s.forecast.high)), y = bar.top() - 3;
    if (hi - lo > 2) {
        p.drawLine(QPointF(lo, y), QPointF(hi, y));
        p.drawLine(QPointF(lo, y - 2), QPointF(lo, y + 2));
        p.drawLine(QPointF(hi, y - 2), QPointF(hi, y + 2));
    }
    // Tier ticks, labelled under the bar.
    QFont small = font();
    small.setPointSizeF(std::max(7.0, font().pointSizeF() * 0.85));
    p.setFont(small);
    const QFontMetrics sm(small);
    double lastLabelRight = -1e9;
    for (const auto& t : b.tiers) {
        const double x = xAt(double(b.amount) * t.percent / 100.0);
        p.setPen(QPen(pal.color(QPalette::Text), t.percent == 100 ? 2 : 1));
        p.drawLine(QPointF(x, bar.top() - 1), QPointF(x, bar.bottom() + 3));
        const QString label = formatPercent(t.percent / 100.0, 0);
        const double w = sm.horizontalAdvance(label);
        if (x - w / 2 > lastLabelRight + 2) {
            p.setPen(pal.color(QPalette::PlaceholderText));
            p.drawText(QRectF(x - w / 2, bar.bottom() + 3, w, sm.height()), Qt::AlignCenter, label);
            lastLabelRight = x + w / 2;
        }
    }
    // Where it is heading.
    QString detail
        = tr("%1 \u00b7 forecast %2 (%3 to %4)")
              .arg(ui::describePeriod(b.period, s.periodStart, s.periodEnd), formatMoney(s.forecast.projected),
                  formatMoney(s.forecast.low), formatMoney(s.forecast.high));
    if (s.breach)
        detail += s.highestCrossed() >= 100 ? tr(" \u00b7 used up %1").arg(formatDate(*s.breach))
                                            : tr(" \u00b7 runs out %1").arg(formatDate(*s.breach));
    else if (auto next = s.nextTier())
        detail += tr(" \u00b7 next tier %1").arg(formatPercent(next->percent / 100.0, 0));
    p.setFont(font());
    p.setPen(pal.color(QPalette::PlaceholderText));
    QRect d(text.left(), int(bar.bottom()) + 4 + sm.height(), text.width(), line);
    p.drawText(d, Qt::AlignLeft | Qt::AlignVCenter, fontMetrics().elidedText(detail, Qt::ElideRight, d.width()));
}

} // namespace burnrate::ui
