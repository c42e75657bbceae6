#pragma once

#include "analytics/reconciliation.h"
#include "ui/models/reconciliationmodel.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
QT_END_NAMESPACE

namespace burnrate::ui {

// The Costs page's Reconciliation view: coverage, unattributed spend and computed vs reported/invoiced cost
// over the range, and the sortable rows (largest gaps first) per day, provider and model or per day and
// provider. It only shows what the page's runner delivered; it runs no query itself.
class ReconciliationPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ReconciliationPanel(QWidget* parent = nullptr);

    void setReconciliation(burnrate::Reconciliation r);
    // In place of the rows: why there is nothing to show (a filter billing cannot answer, an error).
    void showNotice(const QString& text);
    void setGrain(ReconciliationModel::Grain grain);
    ReconciliationModel::Grain grain() const;
    ReconciliationModel* model() const
    {
        return m_model;
    }
    QTableView* view() const
    {
        return m_table;
    }
    QString summaryText() const;
    QString noticeText() const;
    // The reconcile CSV (per day, provider and model) of what is shown; false when nothing is or it failed.
    bool exportCsvTo(const QString& path);

    // The rows of one grain in the order the table opens with: rows with billing, largest |gap| first, then
    // the rest (no billing to compare) by day, provider, model.
    static std::vector<burnrate::ReconRow> gapOrder(std::vector<burnrate::ReconRow> rows);

signals:
    void statusMessage(const QString& message);

private:
    void showRows();
    void exportCsv();

    QLabel* m_summary;
    QLabel* m_notice;
    QComboBox* m_grain;
    QPushButton* m_export;
    QTableView* m_table;
    ReconciliationModel* m_model;
    burnrate::Reconciliation m_data;
    bool m_hasData = false;
};

} // namespace burnrate::ui
