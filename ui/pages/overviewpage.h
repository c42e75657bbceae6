#pragma once

#include "ui/pages/page.h"

QT_BEGIN_NAMESPACE
class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;
QT_END_NAMESPACE

namespace burnrate::ui {

class BudgetGauge;
class FindingTableModel;
class GroupTableModel;
class KpiTile;
class TimeBarChart;

// Headline KPIs, cost-leak findings, spend over time by model, top tenants and prompts.
class OverviewPage : public Page
{
    Q_OBJECT
public:
    explicit OverviewPage(DashboardState* state, QWidget* parent = nullptr);
    QString pageId() const override
    {
        return QStringLiteral("overview");
    }
    QString title() const override
    {
        return tr("Overview");
    }
    void setDark(bool dark) override;
    KpiTile* spendTile() const
    {
        return m_spend;
    }
    KpiTile* coverageTile() const
    {
        return m_coverage;
    }
    KpiTile* unattributedTile() const
    {
        return m_unattributed;
    }
    KpiTile* requestsTile() const
    {
        return m_requests;
    }
    GroupTableModel* tenantsModel() const
    {
        return m_tenants;
    }
    FindingTableModel* findingsModel() const
    {
        return m_findings;
    }
    QTableView* findingsView() const
    {
        return m_findingsView;
    }
    // Shows the finding of `row` where it can be seen: the range and the scope as filter chips, then
    // findingOpened() names the page (Requests or Costs).
    void openFinding(int row);
    // Dismisses the finding of `row` with a reason (stored with the analyst's name; kept on every re-run).
    void dismissFinding(int row, const QString& reason);

signals:
    // A budget gauge was clicked: show the Budgets page.
    void budgetsRequested();
    // A finding asks to be shown on page `pageId` (the filters are already set).
    void findingOpened(const QString& pageId);

protected:
    void doRefresh() override;

private:
    KpiTile *m_spend, *m_forecast, *m_requests, *m_perRequest, *m_cacheHit, *m_errorCost, *m_unattributed, *m_unpriced;
    KpiTile* m_coverage; // attributed / billed (analytics/reconciliation.h)
    TimeBarChart* m_chart;
    GroupTableModel* m_tenants;
    GroupTableModel* m_prompts;
    QTableView* m_tenantsView;
    QTableView* m_promptsView;
    QLabel* m_unpricedNote;
    QWidget* m_budgetRow;
    QGroupBox* m_findingsBox;
    FindingTableModel* m_findings;
    QTableView* m_findingsView;
    QPushButton* m_openFinding;
    QPushButton* m_dismissFinding;
    QList<BudgetGauge*> m_budgetGauges;
};

} // namespace burnrate::ui
