#include "ui/models/cacheprovidermodel.h"

#include "ui/format.h"

#include <QVariant>

namespace burnrate::ui {

CacheProviderModel::CacheProviderModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CacheProviderModel::setRows(std::vector<ProviderCacheRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int CacheProviderModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CacheProviderModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CacheProviderModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()) || index.column() >= ColumnCount)
        return {};
    const ProviderCacheRow& r = m_rows[std::size_t(index.row())];
    const double hitRate = r.input ? double(r.cached) / double(r.input) : 0.0;
    const bool storage = r.storageLines > 0;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Provider:
            return r.provider.empty() ? tr("(none)") : QString::fromStdString(r.provider);
        case CachedTokens:
            return formatCompact(double(r.cached));
        case HitRate:
            return r.input ? formatPercent(hitRate) : noValue();
        case ReadSavings:
            return formatMoney(r.readSavings);
        case WriteOverhead:
            return formatMoney(r.writeOverhead);
        case StorageCost:
            return storage ? formatMoney(r.storageCost) : noValue();
        case NetSaving:
            return formatMoney(r.net);
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Provider:
            return QString::fromStdString(r.provider);
        case CachedTokens:
            return qlonglong(r.cached);
        case HitRate:
            return hitRate;
        case ReadSavings:
            return qlonglong(r.readSavings);
        case WriteOverhead:
            return qlonglong(r.writeOverhead);
        case StorageCost:
            return qlonglong(r.storageCost);
        case NetSaving:
            return qlonglong(r.net);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == StorageCost)
        return storage ? tr("%n context-cache storage cost line(s) of the invoice", nullptr, int(r.storageLines))
                       : tr("No cache storage billed: no explicit context caches, or a provider that charges none");
    if (role == Qt::TextAlignmentRole && index.column() != Provider)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant CacheProviderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ReadSavings:
            return tr("Cached tokens x (input price - cached-input price), at the price in force");
        case WriteOverhead:
            return tr("Cache-write tokens x (cache-write price - input price)");
        case StorageCost:
            return tr("What the provider invoiced for keeping context caches (Gemini: the Caching Storage SKUs of "
                      "the Cloud Billing export, before credits)");
        case NetSaving:
            return tr("Read savings - write overhead - storage cost");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Provider:
        return tr("Provider");
    case CachedTokens:
        return tr("Cached tokens");
    case HitRate:
        return tr("Hit rate");
    case ReadSavings:
        return tr("Read savings");
    case WriteOverhead:
        return tr("Write overhead");
    case StorageCost:
        return tr("Storage cost");
    case NetSaving:
        return tr("Net saving");
    }
    return {};
}

} // namespace burnrate::ui
