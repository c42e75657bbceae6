#pragma once

#include "store/database.h"

#include <QAbstractTableModel>

#include <vector>

namespace burnrate::ui {

// The sync log of one source, newest first.
class SyncLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Started,
        Duration,
        Window,
        Pages,
        Inserted,
        Updated,
        Removed,
        Error,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1
    };

    explicit SyncLogModel(QObject* parent = nullptr);
    void setRows(std::vector<burnrate::SyncLogEntry> rows);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<burnrate::SyncLogEntry> m_rows;
};

} // namespace burnrate::ui
