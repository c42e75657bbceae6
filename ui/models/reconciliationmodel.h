#pragma once

#include "analytics/reconciliation.h"

#include <QAbstractTableModel>

#include <vector>

namespace burnrate::ui {

// Rows of a reconciliation as a table: billed vs attributed spend with the unattributed remainder and the
// coverage, then computed vs reported cost. Per day, provider and model (request-level reported costs), or per
// day and provider (the provider's invoiced cost lines vs the billed cost we computed).
class ReconciliationModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Day,
        Provider,
        Model,
        Billed,
        Attributed,
        Unattributed,
        Coverage,
        Computed,
        Reported,
        ReportedDiff,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1
    };
    enum class Grain
    {
        Model, // per day, provider and model; Computed/Reported: request-level reported costs
        Provider // per day and provider; Computed/Reported: the billed cost vs the invoiced cost lines
    };

    explicit ReconciliationModel(QObject* parent = nullptr);

    void setRows(std::vector<burnrate::ReconRow> rows, Grain grain);
    void clear();
    Grain grain() const
    {
        return m_grain;
    }
    const burnrate::ReconRow* rowAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const burnrate::ReportedCheck& check(const burnrate::ReconRow& r) const
    {
        return m_grain == Grain::Model ? r.reported : r.invoiced;
    }
    QVariant display(const burnrate::ReconRow& r, int column) const;
    QVariant sortValue(const burnrate::ReconRow& r, int column) const;
    QVariant toolTip(const burnrate::ReconRow& r, int column) const;

    std::vector<burnrate::ReconRow> m_rows;
    Grain m_grain = Grain::Model;
};

} // namespace burnrate::ui
