#include "ui/models/pricetablemodel.h"

#include "ui/format.h"

#include <QBrush>
#include <QFont>

namespace burnrate::ui {

PriceTableModel::PriceTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void PriceTableModel::setRows(std::vector<PriceRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const PriceRow* PriceTableModel::rowAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

int PriceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PriceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {
// USD per 1M tokens: at least cents, up to 4 decimals without trailing zeros ("$0.075", "$3.00").
QString formatRate(Nano n)
{
    const QString s = formatMoney(n, 4);
    const int dot = int(s.lastIndexOf(QLatin1Char('.')));
    if (dot < 0)
        return s;
    int digitsEnd = dot + 1;
    while (digitsEnd < s.size() && s[digitsEnd].isDigit())
        ++digitsEnd;
    int end = digitsEnd;
    while (end > dot + 3 && s[end - 1] == QLatin1Char('0'))
        --end;
    return s.left(end) + s.mid(digitsEnd);
}

QString originText(PriceOrigin o)
{
    switch (o) {
    case PriceOrigin::Catalog:
        return PriceTableModel::tr("catalog");
    case PriceOrigin::Imported:
        return PriceTableModel::tr("imported");
    case PriceOrigin::Override:
        return PriceTableModel::tr("override");
    }
    return {};
}
} // namespace

QVariant PriceTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PriceRow& r = m_rows[std::size_t(index.row())];
    const Price& p = r.price;
    auto rate = [&](const std::optional<Nano>& v) -> QVariant {
        if (role == SortRole)
            return v ? QVariant(qlonglong(*v)) : QVariant(qlonglong(-1));
        return v ? QVariant(formatRate(*v)) : QVariant(QStringLiteral("-"));
    };
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case Provider:
            return QString::fromStdString(p.provider);
        case Model:
            return QString::fromStdString(p.model);
        case Origin:
            return role == SortRole ? QVariant(int(p.origin)) : QVariant(originText(p.origin));
        case EffectiveFrom:
            return role == SortRole ? QVariant(qlonglong(p.effectiveFrom))
                                    : QVariant(p.effectiveFrom > 0 ? formatDate(p.effectiveFrom) : tr("always"));
        case InForce:
            return role == SortRole ? QVariant(r.inForce) : QVariant(r.inForce ? tr("yes") : QString());
        case Input:
            return rate(p.base.input);
        case CachedInput:
            return rate(p.base.cachedInput);
        case CacheWrite5m:
            return rate(p.base.cacheWrite5m);
        case CacheWrite1h:
            return rate(p.base.cacheWrite1h);
        case Output:
            return rate(p.base.output);
        case Note:
            return QString::fromStdString(p.note);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Input && index.column() <= Output)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && r.inForce) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return {};
}

QVariant PriceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Provider:
        return tr("Provider");
    case Model:
        return tr("Model");
    case Origin:
        return tr("Origin");
    case EffectiveFrom:
        return tr("Effective from");
    case InForce:
        return tr("In force");
    case Input:
        return tr("Input %1/1M").arg(currencyUnit());
    case CachedInput:
        return tr("Cached %1/1M").arg(currencyUnit());
    case CacheWrite5m:
        return tr("Write 5m %1/1M").arg(currencyUnit());
    case CacheWrite1h:
        return tr("Write 1h %1/1M").arg(currencyUnit());
    case Output:
        return tr("Output %1/1M").arg(currencyUnit());
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace burnrate::ui
