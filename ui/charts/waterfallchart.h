#pragma once

#include "ui/charts/chartstyle.h"
#include "ui/charts/charttip.h"

#include <QStringList>
#include <QVector>
#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QLabel;
QT_END_NAMESPACE

namespace burnrate::ui {

// A waterfall of money: a first bar (the baseline), one floating bar per step from the amount before it to the
// amount after it (a saving drawn in the saving colour, an increase in the warning colour), and a last bar (the
// result). Stacked bars on an invisible base; a $ axis. Takes plain numbers, knows nothing of scenarios.
class WaterfallChart : public QWidget
{
    Q_OBJECT
public:
    explicit WaterfallChart(QWidget* parent = nullptr);
    ~WaterfallChart() override;

    void setDark(bool dark);
    // `steps[i]` is the amount after step i (USD); `labels` has one entry per step; `tips` (optional) the
    // tooltip text of each step.
    void setData(const QString& startLabel, double start, const QStringList& labels, const QVector<double>& steps,
        const QString& endLabel, const QStringList& tips = {});
    void showMessage(const QString& message);
    bool hasData() const
    {
        return !m_labels.isEmpty() || m_hasStart;
    }
    // For tests: the floating bar of each category (base, height, rising), start and end included.
    struct Bar
    {
        double base = 0, height = 0;
        bool increase = false;
    };
    QVector<Bar> bars() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuild();
    std::optional<ChartTip::Tip> tipAt(const QPoint& viewportPos) const;

    QChart* m_chart = nullptr;
    QChartView* m_view = nullptr;
    QLabel* m_message = nullptr;
    ChartTip* m_tip = nullptr;
    QString m_startLabel, m_endLabel;
    double m_start = 0;
    bool m_hasStart = false;
    QStringList m_labels, m_tips;
    QVector<double> m_steps;
    bool m_dark = false;
};

} // namespace burnrate::ui
