#pragma once

#include "analytics/budgets.h"
#include "store/budgetstore.h"
#include "ui/pages/page.h"

#include <vector>

QT_BEGIN_NAMESPACE
class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;
class QVBoxLayout;
QT_END_NAMESPACE

namespace burnrate::ui {

class AlertTableModel;
class BudgetGauge;
class LineChart;

// Budgets: each as a gauge (spent, forecast and its band, tiers), the selected one's burn-down against
// the ideal line, the alert history (acknowledge), and the circuit breaker's blocks (unblock).
class BudgetsPage : public Page
{
    Q_OBJECT
public:
    explicit BudgetsPage(DashboardState* state, QWidget* parent = nullptr);
    QString pageId() const override
    {
        return QStringLiteral("budgets");
    }
    QString title() const override
    {
        return tr("Budgets");
    }
    void setDark(bool dark) override;
    AlertTableModel* alertsModel() const
    {
        return m_alerts;
    }
    int budgetCount() const
    {
        return int(m_statuses.size());
    }
    LineChart* burnDown() const
    {
        return m_chart;
    }

public slots:
    void addBudget();
    void editSelected();

signals:
    // Budgets or alerts changed here: the main window re-checks them (tray, notifications).
    void checkRequested();

protected:
    void doRefresh() override;

private:
    void select(int index);
    void showBurnDown();
    void removeSelected();
    void acknowledge(bool all);
    void unblockSelected();
    void openDialog(const burnrate::Budget* existing);
    void write(std::function<QString(burnrate::Database&)> job, const QString& done);

    std::vector<burnrate::BudgetStatus> m_statuses;
    std::vector<burnrate::AuditEntry> m_blocked;
    QStringList m_capSources;
    int m_selected = -1;
    QWidget* m_gaugeBox;
    QVBoxLayout* m_gauges;
    QList<BudgetGauge*> m_gaugeWidgets;
    QLabel* m_empty;
    QLabel* m_problems;
    QGroupBox* m_chartBox;
    LineChart* m_chart;
    QPushButton *m_edit, *m_remove, *m_ack, *m_ackAll, *m_unblock;
    AlertTableModel* m_alerts;
    QTableView* m_alertView;
    QTableWidget* m_blockedView;
};

} // namespace burnrate::ui
