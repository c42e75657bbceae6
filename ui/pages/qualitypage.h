#pragma once

#include "analytics/quality.h"
#include "ui/pages/page.h"

#include <QList>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTabWidget;
QT_END_NAMESPACE

namespace burnrate::ui {

class LineChart;
class QualityTableModel;
class QueryRunner;
class ScatterChart;

// Quality beside cost: per group (model x prompt version by default) the requests, cost per request, eval
// results, ratings, acceptance and cost per accepted answer; a scatter of cost per request against quality with
// the Pareto frontier; the weekly trend of both; and a comparison of two groups with intervals and a verdict.
class QualityPage : public Page
{
    Q_OBJECT
public:
    explicit QualityPage(DashboardState* state, QWidget* parent = nullptr);
    QString pageId() const override
    {
        return QStringLiteral("quality");
    }
    QString title() const override
    {
        return tr("Quality");
    }
    void setDark(bool dark) override;

    enum class QualityMeasure
    {
        Acceptance,
        EvalPassRate
    };

    // For tests and the screenshot tool.
    QualityTableModel* tableModel() const
    {
        return m_model;
    }
    ScatterChart* scatter() const
    {
        return m_scatter;
    }
    // The group-by presets by name ("model,prompt_version").
    QStringList groupByChoices() const;
    void setGroupBy(const QString& axes);
    void setQualityMeasure(QualityMeasure m);
    // Picks groups A and B (indices into the table's rows, in the model's order) and compares them.
    void compare(int rowA, int rowB);
    QString verdict() const;
    // The verdict of analytics/quality.h in the user's language (the engine's own text is English).
    static QString verdictText(const burnrate::Comparison& c);
    bool isComparing() const;
    QTabWidget* tabs() const
    {
        return m_tabs;
    }

signals:
    void compared();

protected:
    void doRefresh() override;

private:
    std::vector<burnrate::Axis> groupBy() const;
    void showScatter();
    void showTrend();
    void fillCompareChoices();
    void startCompare();
    void showComparison(const burnrate::Comparison& c, const burnrate::QualityCounts& ca,
        const burnrate::QualityCounts& cb, const QString& a, const QString& b);

    QComboBox* m_groupBy;
    QComboBox* m_measure;
    QLabel* m_note;
    QualityTableModel* m_model;
    QTableView* m_table;
    ScatterChart* m_scatter;
    QTabWidget* m_tabs;
    LineChart* m_costTrend;
    LineChart* m_qualityTrend;
    QComboBox* m_a;
    QComboBox* m_b;
    QPushButton* m_compare;
    QLabel* m_figures;
    QLabel* m_footnote;
    QLabel* m_verdict;
    QueryRunner* m_compareRunner;
    burnrate::QualityResult m_groups, m_trend;
    burnrate::Granularity m_trendGranularity = burnrate::Granularity::Week;
    burnrate::QualityQuery m_query; // what m_groups answers
    int m_sortedKeys = -1; // key columns of the grouping the table's sort was chosen for
};

} // namespace burnrate::ui
