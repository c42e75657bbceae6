#pragma once

#include "store/database.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace burnrate::ui {

struct SourceRow
{
    burnrate::SourceInfo info;
    std::optional<burnrate::SyncLogEntry> lastSync;
    // When the scheduler polls it next (sources/sourcetypes.h nextPollDue): nullopt = never (manual).
    std::optional<burnrate::Epoch> nextDue;
};

// Configured sources with their status: last success, last error (red), rows of the last run, next run.
class SourceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Type,
        Status,
        LastSuccess,
        Rows,
        NextRun,
        LastError,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1
    };

    explicit SourceTableModel(QObject* parent = nullptr);
    void setRows(std::vector<SourceRow> rows);
    const SourceRow* rowAt(int row) const;
    // File imports have no schedule; connectors run every interval after their last success.

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<SourceRow> m_rows;
};

} // namespace burnrate::ui
