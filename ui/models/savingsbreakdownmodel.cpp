#include "ui/models/savingsbreakdownmodel.h"

#include "ui/format.h"

#include <QVariant>

namespace burnrate::ui {

SavingsBreakdownModel::SavingsBreakdownModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SavingsBreakdownModel::setGroups(std::vector<GroupSaving> groups)
{
    beginResetModel();
    m_groups = std::move(groups);
    endResetModel();
}

const GroupSaving* SavingsBreakdownModel::groupAt(int row) const
{
    return row >= 0 && row < int(m_groups.size()) ? &m_groups[std::size_t(row)] : nullptr;
}

int SavingsBreakdownModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int SavingsBreakdownModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SavingsBreakdownModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_groups.size()) || index.column() >= ColumnCount)
        return {};
    const GroupSaving& g = m_groups[std::size_t(index.row())];
    const bool lambda = !g.function.empty();
    const double pct = g.baseline ? double(g.saving()) / double(g.baseline) : 0.0;
    auto text = [](const std::string& s) {
        return s.empty() ? tr("(none)") : QString::fromStdString(s);
    };
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Tenant:
            return lambda ? tr("AWS Lambda") : text(g.tenant);
        case Prompt:
            return lambda ? tr("function %1").arg(QString::fromStdString(g.function)) : text(g.prompt);
        case Requests:
            return formatCount(g.requests);
        case Before:
            return formatMoney(g.baseline);
        case After:
            return formatMoney(g.scenario);
        case Saving:
            return formatMoney(g.saving());
        case SavingPercent:
            return formatPercent(pct);
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Tenant:
            return QString::fromStdString(lambda ? std::string() : g.tenant);
        case Prompt:
            return QString::fromStdString(lambda ? g.function : g.prompt);
        case Requests:
            return qlonglong(g.requests);
        case Before:
            return qlonglong(g.baseline);
        case After:
            return qlonglong(g.scenario);
        case Saving:
            return qlonglong(g.saving());
        case SavingPercent:
            return pct;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Requests)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant SavingsBreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Tenant:
        return tr("Tenant");
    case Prompt:
        return tr("Prompt");
    case Requests:
        return tr("Requests");
    case Before:
        return tr("Before");
    case After:
        return tr("After");
    case Saving:
        return tr("Saving");
    case SavingPercent:
        return tr("Saving %");
    }
    return {};
}

} // namespace burnrate::ui
