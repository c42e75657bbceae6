#pragma once

#include "analytics/cacheeconomics.h"

#include <QAbstractTableModel>

#include <vector>

namespace burnrate::ui {

// The Cache page's providers: what each provider's prompt cache saved (cache reads at their discount), what it
// cost (cache writes above plain input, Gemini's context-cache storage) and the net saving
// (analytics/cacheeconomics.h). DisplayRole is formatted text, SortRole the raw number.
class CacheProviderModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Provider,
        CachedTokens,
        HitRate,
        ReadSavings,
        WriteOverhead,
        StorageCost,
        NetSaving,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
    };

    explicit CacheProviderModel(QObject* parent = nullptr);

    void setRows(std::vector<burnrate::ProviderCacheRow> rows);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<burnrate::ProviderCacheRow> m_rows;
};

} // namespace burnrate::ui
