#pragma once

#include "analytics/whatif.h"

#include <QAbstractTableModel>

#include <vector>

namespace burnrate::ui {

// Where a what-if scenario saves: one row per tenant x prompt (and per AWS Lambda function), with requests,
// the cost before and after and the saving. DisplayRole is formatted text, SortRole the raw number.
class SavingsBreakdownModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Tenant,
        Prompt,
        Requests,
        Before,
        After,
        Saving,
        SavingPercent,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
    };

    explicit SavingsBreakdownModel(QObject* parent = nullptr);

    void setGroups(std::vector<burnrate::GroupSaving> groups);
    const burnrate::GroupSaving* groupAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<burnrate::GroupSaving> m_groups;
};

} // namespace burnrate::ui
