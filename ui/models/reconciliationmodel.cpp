#include "ui/models/reconciliationmodel.h"

#include "ui/format.h"

#include <QFont>
#include <QVariant>

#include <climits>

namespace burnrate::ui {

namespace {

// Sorts below every amount: a missing value (no billing, nothing reported) is not $0.
constexpr qlonglong kMissing = LLONG_MIN;

QString name(const std::string& v)
{
    return v.empty() ? ReconciliationModel::tr("(none)") : QString::fromStdString(v);
}

} // namespace

ReconciliationModel::ReconciliationModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ReconciliationModel::setRows(std::vector<ReconRow> rows, Grain grain)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_grain = grain;
    endResetModel();
}

void ReconciliationModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

const ReconRow* ReconciliationModel::rowAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

int ReconciliationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReconciliationModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReconciliationModel::display(const ReconRow& r, int column) const
{
    const ReportedCheck& c = check(r);
    auto withUnpriced = [](Nano n, std::int64_t unpriced) {
        return unpriced > 0 ? formatMoney(n) + QStringLiteral(" *") : formatMoney(n);
    };
    switch (column) {
    case Day:
        return formatDate(r.day);
    case Provider:
        return name(r.provider);
    case Model:
        return m_grain == Grain::Provider ? tr("all models") : name(r.model);
    case Billed:
        return r.hasBilling ? withUnpriced(r.billed, r.billedUnpriced) : tr("no billing");
    case Attributed:
        return withUnpriced(r.attributed, r.attributedUnpriced);
    case Unattributed:
        return r.hasBilling ? formatMoney(r.billed - r.attributed) : noValue();
    case Coverage:
        if (auto v = r.coverage())
            return formatPercent(*v);
        return r.hasBilling ? tr("nothing billed") : tr("n/a");
    case Computed:
        return c.present ? formatMoney(c.computed) : noValue();
    case Reported:
        return c.present ? formatMoney(c.reported) : noValue();
    case ReportedDiff:
        if (!c.present)
            return noValue();
        if (auto ratio = c.diffRatio())
            return QStringLiteral("%1 (%2)").arg(formatMoney(c.diff()), formatSignedPercent(*ratio));
        return formatMoney(c.diff());
    default:
        return {};
    }
}

QVariant ReconciliationModel::sortValue(const ReconRow& r, int column) const
{
    const ReportedCheck& c = check(r);
    switch (column) {
    case Day:
        return qlonglong(r.day);
    case Provider:
        return QString::fromStdString(r.provider);
    case Model:
        return QString::fromStdString(r.model);
    case Billed:
        return r.hasBilling ? qlonglong(r.billed) : kMissing;
    case Attributed:
        return qlonglong(r.attributed);
    case Unattributed:
        return r.hasBilling ? qlonglong(r.billed - r.attributed) : kMissing;
    case Coverage:
        return r.coverage().value_or(-1.0);
    case Computed:
        return c.present ? qlonglong(c.computed) : kMissing;
    case Reported:
        return c.present ? qlonglong(c.reported) : kMissing;
    case ReportedDiff:
        return c.present ? qlonglong(c.diff()) : kMissing;
    default:
        return {};
    }
}

QVariant ReconciliationModel::toolTip(const ReconRow& r, int column) const
{
    switch (column) {
    case Billed:
        if (!r.hasBilling)
            return tr("No billing data for %1 on this day: nothing to compare the attributed spend with")
                .arg(name(r.provider));
        if (r.billedUnpriced > 0)
            return tr("%1 billed requests have no price: their cost is unknown, not zero (see Prices)")
                .arg(formatCount(r.billedUnpriced));
        return {};
    case Attributed:
        if (r.attributedUnpriced > 0)
            return tr("%1 attributed requests have no price: their cost is unknown, not zero (see Prices)")
                .arg(formatCount(r.attributedUnpriced));
        return {};
    case Coverage:
        if (!r.hasBilling)
            return tr("Undefined: no billing data for %1 on this day").arg(name(r.provider));
        if (r.billed == 0)
            return tr("Undefined: nothing was billed");
        return tr("Attributed / billed");
    case Computed:
    case Reported:
    case ReportedDiff:
        if (!check(r).present)
            return m_grain == Grain::Model ? tr("No request of this row came with a cost from its source")
                                           : tr("No invoiced cost lines for this provider on this day");
        return {};
    default:
        return {};
    }
}

QVariant ReconciliationModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReconRow& r = m_rows[std::size_t(index.row())];
    const int col = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(r, col);
    case SortRole:
        return sortValue(r, col);
    case Qt::ToolTipRole:
        return toolTip(r, col);
    case Qt::TextAlignmentRole:
        return col >= Billed ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (((col == Billed || col == Unattributed) && !r.hasBilling) || (col == Coverage && !r.coverage())) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    default:
        return {};
    }
}

QVariant ReconciliationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool invoices = m_grain == Grain::Provider;
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Day:
            return tr("Day");
        case Provider:
            return tr("Provider");
        case Model:
            return tr("Model");
        case Billed:
            return tr("Billed");
        case Attributed:
            return tr("Attributed");
        case Unattributed:
            return tr("Unattributed");
        case Coverage:
            return tr("Coverage");
        case Computed:
            return invoices ? tr("Computed (billed)") : tr("Computed");
        case Reported:
            return invoices ? tr("Invoiced") : tr("Reported");
        case ReportedDiff:
            return invoices ? tr("Invoiced - computed") : tr("Reported - computed");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Billed:
            return tr("Spend in the provider usage APIs (billing lens), priced with the prices in force");
        case Attributed:
            return tr("Spend of the proxy logs and imports (attribution lens)");
        case Unattributed:
            return tr("Billed minus attributed: spend that no tenant, team or prompt accounts for");
        case Coverage:
            return tr("Attributed / billed; undefined without billing data");
        case Computed:
            return invoices ? tr("The billed cost we computed for the provider's day")
                            : tr("Our cost of the requests that came with a cost from their source");
        case Reported:
            return invoices ? tr("The provider's invoiced cost lines (USD)")
                            : tr("The cost the source reported for those requests (e.g. LiteLLM spend)");
        case ReportedDiff:
            return invoices ? tr("Invoiced minus computed, and its share of the computed cost")
                            : tr("Reported minus computed, and its share of the computed cost");
        default:
            return {};
        }
    }
    return {};
}

} // namespace burnrate::ui
