#include "ui/models/sourcetablemodel.h"

#include "sources/poller.h"
#include "ui/format.h"
#include "ui/sourcesync.h"

#include <QBrush>
#include <QColor>

#include <algorithm>
#include <iterator>

namespace burnrate::ui {

SourceTableModel::SourceTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SourceTableModel::setRows(std::vector<SourceRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const SourceRow* SourceTableModel::rowAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

int SourceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SourceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourceTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SourceRow& r = m_rows[std::size_t(index.row())];
    const SourceInfo& s = r.info;
    const bool failed = !s.lastError.empty();
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (index.column()) {
        case Name:
            return QString::fromStdString(s.name);
        case Type:
            return QString::fromStdString(s.type);
        case Status:
            if (failed)
                return tr("Error");
            if (s.lastSuccess)
                return tr("OK");
            // Imported files and the demo are stored, not synced: "Never synced" would read as a fault.
            if (!canSync(s.type))
                return s.type == "demo" ? tr("Demo data") : s.type == "file" ? tr("Imported") : tr("Kept (not polled)");
            return tr("Never synced");
        case LastSuccess:
            if (sort)
                return qlonglong(s.lastSuccess.value_or(0));
            if (!s.lastSuccess && !canSync(s.type))
                return noValue();
            return s.lastSuccess ? formatDateTime(*s.lastSuccess) : tr("never");
        case Rows: {
            const qlonglong n = r.lastSync ? qlonglong(r.lastSync->inserted + r.lastSync->updated) : 0;
            return sort ? QVariant(n) : QVariant(formatCount(n));
        }
        case NextRun: {
            const auto& n = r.nextDue;
            if (sort)
                return qlonglong(n.value_or(-1));
            if (!n)
                return canSync(s.type) ? tr("manual") : tr("not polled");
            return *n == 0 ? tr("due now") : formatDateTime(*n);
        }
        case LastError:
            return guiSourceError(QString::fromStdString(s.lastError));
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && failed && (index.column() == LastError || index.column() == Status))
        return QBrush(QColor(0xd0, 0x30, 0x30));
    if (role == Qt::ToolTipRole && index.column() == LastError && failed)
        return guiSourceError(QString::fromStdString(s.lastError));
    if (role == Qt::TextAlignmentRole && index.column() == Rows)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant SourceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case Status:
        return tr("Status");
    case LastSuccess:
        return tr("Last success");
    case Rows:
        return tr("Rows (last run)");
    case NextRun:
        return tr("Next run");
    case LastError:
        return tr("Last error");
    default:
        return {};
    }
}

} // namespace burnrate::ui
