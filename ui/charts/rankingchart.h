#pragma once

#include "ui/charts/chartstyle.h"
#include "ui/charts/charttip.h"

#include <QStringList>
#include <QVector>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QLabel;
QT_END_NAMESPACE

namespace burnrate::ui {

// A horizontal ranking: the largest value on top. Takes labels and values, nothing else.
class RankingChart : public QWidget
{
    Q_OBJECT
public:
    explicit RankingChart(QWidget* parent = nullptr);
    ~RankingChart() override;

    void setDark(bool dark);
    // `drillable[i]` false for entries that cannot be drilled into (e.g. "Other").
    void setData(const QStringList& labels, const QVector<double>& values, ValueKind kind, const QString& valueTitle,
        const QVector<bool>& drillable = {});
    void showMessage(const QString& message);
    bool hasData() const
    {
        return !m_labels.isEmpty();
    }

signals:
    void labelDoubleClicked(const QString& label);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuild();

    QChart* m_chart = nullptr;
    QChartView* m_view = nullptr;
    QLabel* m_message = nullptr;
    // The tooltip at a viewport position: the bar (row) under the pointer.
    std::optional<ChartTip::Tip> tipAt(const QPoint& viewportPos) const;
    ChartTip* m_tip = nullptr;
    int m_shownBars = 0;
    QStringList m_labels;
    QVector<double> m_values;
    QVector<bool> m_drillable;
    ValueKind m_kind = ValueKind::Money;
    QString m_title;
    bool m_dark = false;
};

} // namespace burnrate::ui
