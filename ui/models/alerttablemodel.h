#pragma once

#include "store/budgetstore.h"

#include <QAbstractTableModel>

#include <vector>

namespace burnrate::ui {

// The alert history of every budget, newest first: when, which budget and tier, spent of amount, what the
// tier's actions did and whether someone acknowledged it.
class AlertTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Fired,
        Budget,
        Tier,
        Spent,
        Forecast,
        Outcome,
        Acknowledged,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        IdRole
    };

    explicit AlertTableModel(QObject* parent = nullptr);
    void setRows(std::vector<burnrate::BudgetAlert> rows);
    const burnrate::BudgetAlert* alertAt(int row) const;
    int unacknowledged() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<burnrate::BudgetAlert> m_rows;
};

} // namespace burnrate::ui
