#include "ui/models/alerttablemodel.h"

#include "ui/format.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

namespace burnrate::ui {

AlertTableModel::AlertTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AlertTableModel::setRows(std::vector<BudgetAlert> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const BudgetAlert* AlertTableModel::alertAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

int AlertTableModel::unacknowledged() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const BudgetAlert& a) { return a.acknowledged == 0; }));
}

int AlertTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlertTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BudgetAlert& a = m_rows[std::size_t(index.row())];
    const bool failed = a.outcome.find("FAILED") != std::string::npos;
    if (role == IdRole)
        return qlonglong(a.id);
    const bool sort = role == SortRole;
    if (role == Qt::DisplayRole || sort) {
        switch (index.column()) {
        case Fired:
            return sort ? QVariant(qlonglong(a.fired)) : QVariant(formatDateTime(a.fired));
        case Budget:
            return QString::fromStdString(a.budgetName);
        case Tier:
            return sort ? QVariant(a.tier) : QVariant(tr("%1%").arg(a.tier));
        case Spent:
            return sort ? QVariant(qlonglong(a.spent))
                        : QVariant(tr("%1 of %2").arg(formatMoney(a.spent), formatMoney(a.amount)));
        case Forecast:
            return sort ? QVariant(qlonglong(a.forecast)) : QVariant(formatMoney(a.forecast));
        case Outcome:
            return QString::fromStdString(a.outcome);
        case Acknowledged:
            return sort ? QVariant(qlonglong(a.acknowledged))
                        : QVariant(a.acknowledged ? formatDateTime(a.acknowledged) : tr("no"));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Outcome)
        return QString::fromStdString(a.outcome);
    if (role == Qt::ForegroundRole && index.column() == Outcome && failed)
        return QBrush(QColor(0xd0, 0x30, 0x30));
    if (role == Qt::FontRole && a.acknowledged == 0) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Tier || index.column() == Forecast))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant AlertTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Fired:
        return tr("Fired");
    case Budget:
        return tr("Budget");
    case Tier:
        return tr("Tier");
    case Spent:
        return tr("Spent");
    case Forecast:
        return tr("Forecast");
    case Outcome:
        return tr("What happened");
    case Acknowledged:
        return tr("Acknowledged");
    default:
        return {};
    }
}

} // namespace burnrate::ui
