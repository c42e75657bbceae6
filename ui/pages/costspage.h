#pragma once

#include "analytics/costquery.h"
#include "ui/charts/chartseries.h"
#include "ui/pages/page.h"

#include <QHash>

QT_BEGIN_NAMESPACE
class QComboBox;
class QSpinBox;
class QHBoxLayout;
class QImage;
class QPixmap;
class QLabel;
class QStackedWidget;
class QTabBar;
class QTableView;
QT_END_NAMESPACE

namespace burnrate::ui {

class GroupTableModel;
class RankingChart;
class ReconciliationPanel;
class TimeBarChart;

// The cost explorer: group by one or two axes, pick a metric, chart over time or as a ranking,
// drill down by double-click (adds filter chips) and back out through the breadcrumb. A second view
// reconciles billed with attributed spend and computed with reported cost (ReconciliationPanel).
class CostsPage : public Page
{
    Q_OBJECT
public:
    enum class Metric
    {
        Cost,
        Requests,
        InputTokens,
        CachedTokens,
        CacheWriteTokens,
        OutputTokens,
        CostPerRequest,
        CostPer1kOutput
    };
    enum class ChartType
    {
        OverTime,
        Ranking
    };
    enum class View
    {
        Breakdown,
        Reconciliation
    };

    explicit CostsPage(DashboardState* state, QWidget* parent = nullptr);
    QString pageId() const override
    {
        return QStringLiteral("costs");
    }
    QString title() const override
    {
        return tr("Costs");
    }
    void setDark(bool dark) override;

    void setView(View view);
    View view() const;
    ReconciliationPanel* reconciliationPanel() const
    {
        return m_recon;
    }

    // Axis names as the engine spells them ("model", "tag:team"); one or two.
    void setGroupBy(const QStringList& axes);
    QStringList groupBy() const;
    void setMetric(Metric m);
    void setChartType(ChartType t);
    void setLens(burnrate::Lens lens);
    burnrate::Lens lens() const;
    // True while the chosen lens cannot answer the filters or group-by (billing has no tenant, prompt,
    // tags...): the chart area then explains why and offers the switch to attribution.
    bool lensRefused() const
    {
        return m_lensRefused;
    }
    QString lensNotice() const;
    // How many values of each group-by axis the chart shows before "Other" (persisted).
    int topN() const;
    void setTopN(int n);
    void switchToAttribution();
    // Adds a chip per key of the group, moves the group-by on, and records a breadcrumb step.
    void drillDown(const std::vector<std::string>& keys);
    int breadcrumbDepth() const
    {
        return int(m_crumbs.size());
    }
    // Restores the filters and group-by in force before drill step `depth` (0: before any drill).
    void backTo(int depth);
    TimeBarChart* timeChart() const
    {
        return m_timeChart;
    }
    bool canGoBack() const override;
    void goBack() override;
    GroupTableModel* tableModel() const
    {
        return m_model;
    }
    // The finance CSV of the table (one row per group), or over time: one row per bucket of the chart's
    // granularity and group, every group (no top-N, no "Other"), so its TOTAL equals the table's.
    enum class CsvShape
    {
        Table,
        OverTime
    };
    void exportCsv(CsvShape shape);
    void exportCsvTo(const QString& path, CsvShape shape = CsvShape::Table);
    // The chart with its context (range, granularity, lens, filters: chartCaption()) drawn under it.
    bool saveChartPng(const QString& path);
    QString chartCaption() const;

protected:
    void doRefresh() override;

private:
    QImage withCaption(const QPixmap& chart, const QString& caption) const;
    struct Crumb
    {
        QString label;
        QList<FilterChip> chipsBefore;
        QStringList groupByBefore;
    };
    void rebuildBreadcrumb();
    void fillAxisCombos(const QStringList& tagKeys);
    void updateChart();
    void controlsChanged();
    // `unallocated`: the lens carries the axis only through allocation rules and none gave it a value here.
    void showLensNotice(burnrate::Lens lens, const burnrate::Axis& axis, bool unallocated = false);
    void refreshReconciliation();

    QTabBar* m_viewTabs;
    QWidget* m_controls;
    QStackedWidget* m_views;
    ReconciliationPanel* m_recon;
    QComboBox* m_group1;
    QComboBox* m_group2;
    QComboBox* m_metric;
    QComboBox* m_chartType;
    QComboBox* m_lens;
    QSpinBox* m_topN;
    QHBoxLayout* m_crumbBar;
    QStackedWidget* m_charts;
    QWidget* m_lensNotice;
    QLabel* m_lensNoticeText;
    bool m_lensRefused = false;
    TimeBarChart* m_timeChart;
    RankingChart* m_ranking;
    GroupTableModel* m_model;
    QTableView* m_table;
    QLabel* m_totals;
    QList<Crumb> m_crumbs;
    bool m_drilling = false;
    bool m_tagsLoaded = false;
    burnrate::CostQuery m_tableQuery;
    burnrate::QueryResult m_tableResult;
    burnrate::QueryResult m_timeResult;
    std::vector<burnrate::Epoch> m_buckets;
    QList<ChartMarker> m_markers;
    burnrate::Granularity m_granularity = burnrate::Granularity::Day;
};

} // namespace burnrate::ui
