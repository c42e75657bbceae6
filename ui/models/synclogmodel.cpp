#include "ui/models/synclogmodel.h"

#include "ui/format.h"

#include <QBrush>
#include <QColor>

namespace burnrate::ui {

SyncLogModel::SyncLogModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SyncLogModel::setRows(std::vector<SyncLogEntry> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int SyncLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SyncLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SyncLogEntry& e = m_rows[std::size_t(index.row())];
    const bool sort = role == SortRole;
    if (role == Qt::DisplayRole || sort) {
        switch (index.column()) {
        case Started:
            return sort ? QVariant(qlonglong(e.started)) : QVariant(formatDateTime(e.started));
        case Duration:
            if (!e.finished)
                return sort ? QVariant(qlonglong(-1)) : QVariant(tr("running"));
            return sort ? QVariant(qlonglong(*e.finished - e.started))
                        : QVariant(tr("%1 s").arg(*e.finished - e.started));
        case Window:
            return sort ? QVariant(qlonglong(e.windowFrom))
                        : QVariant(tr("%1 to %2").arg(formatDate(e.windowFrom), formatDate(e.windowTo)));
        case Pages:
            return sort ? QVariant(qlonglong(e.pages)) : QVariant(formatCount(e.pages));
        case Inserted:
            return sort ? QVariant(qlonglong(e.inserted)) : QVariant(formatCount(e.inserted));
        case Updated:
            return sort ? QVariant(qlonglong(e.updated)) : QVariant(formatCount(e.updated));
        case Removed:
            return sort ? QVariant(qlonglong(e.removed)) : QVariant(formatCount(e.removed));
        case Error:
            return QString::fromStdString(e.error);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Error && !e.error.empty())
        return QBrush(QColor(0xd0, 0x30, 0x30));
    if (role == Qt::TextAlignmentRole && index.column() >= Pages && index.column() <= Removed)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant SyncLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Started:
        return tr("Started");
    case Duration:
        return tr("Duration");
    case Window:
        return tr("Window");
    case Pages:
        return tr("Pages");
    case Inserted:
        return tr("Inserted");
    case Updated:
        return tr("Updated");
    case Removed:
        return tr("Removed");
    case Error:
        return tr("Error");
    default:
        return {};
    }
}

} // namespace burnrate::ui
