#include "ui/models/findingtablemodel.h"

#include "ui/format.h"

#include <QBrush>
#include <QColor>

namespace burnrate::ui {

FindingTableModel::FindingTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void FindingTableModel::setRows(std::vector<StoredFinding> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const StoredFinding* FindingTableModel::findingAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

int FindingTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FindingTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FindingTableModel::severityLabel(burnrate::Severity s)
{
    switch (s) {
    case burnrate::Severity::High:
        return tr("High");
    case burnrate::Severity::Medium:
        return tr("Medium");
    case burnrate::Severity::Low:
        return tr("Low");
    case burnrate::Severity::Info:
        return tr("Info");
    }
    return {};
}

QString FindingTableModel::detectorLabel(LeakDetector d)
{
    switch (d) {
    case LeakDetector::RetryStorm:
        return tr("Retry storm");
    case LeakDetector::AgentLoop:
        return tr("Agent loop");
    case LeakDetector::ContextCreep:
        return tr("Context creep");
    case LeakDetector::ModelChange:
        return tr("Model change");
    case LeakDetector::CacheDrop:
        return tr("Cache change");
    case LeakDetector::ErrorSpike:
        return tr("Billed errors");
    case LeakDetector::SpendAnomaly:
        return tr("Spend anomaly");
    case LeakDetector::UnpricedModel:
        return tr("Unpriced model");
    }
    return {};
}

QVariant FindingTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StoredFinding& s = m_rows[std::size_t(index.row())];
    const Finding& f = s.finding;
    if (role == IdRole)
        return qlonglong(s.id);
    const bool sort = role == SortRole;
    if (role == Qt::DisplayRole || sort) {
        switch (index.column()) {
        case Severity:
            return sort ? QVariant(int(f.severity)) : QVariant(severityLabel(f.severity));
        case Detector:
            return detectorLabel(f.detector);
        case Scope:
            return QString::fromStdString(scopeText(f.scope));
        case Range:
            return sort ? QVariant(qlonglong(f.from))
                        : QVariant(tr("%1 to %2").arg(formatDateTime(f.from), formatDateTime(f.to)));
        case AtStake:
            return sort ? QVariant(qlonglong(f.usdAtStake)) : QVariant(formatMoney(f.usdAtStake));
        case Evidence:
            return QString::fromStdString(f.evidence);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        QString tip = QString::fromStdString(f.evidence);
        if (!f.samples.empty())
            tip += QLatin1Char('\n') + tr("Sample requests: %1").arg(QString::fromStdString([&] {
                std::string out;
                for (const auto& id : f.samples)
                    out += (out.empty() ? "" : ", ") + id;
                return out;
            }()));
        return tip;
    }
    if (role == Qt::ForegroundRole && index.column() == Severity && f.severity == burnrate::Severity::High)
        return QBrush(QColor(0xd0, 0x30, 0x30));
    if (role == Qt::TextAlignmentRole && index.column() == AtStake)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant FindingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Severity:
        return tr("Severity");
    case Detector:
        return tr("Leak");
    case Scope:
        return tr("Scope");
    case Range:
        return tr("When (UTC)");
    case AtStake:
        return tr("At stake");
    case Evidence:
        return tr("Evidence");
    default:
        return {};
    }
}

} // namespace burnrate::ui
