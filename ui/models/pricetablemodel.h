#pragma once

#include "model/price.h"

#include <QAbstractTableModel>

#include <vector>

namespace burnrate::ui {

// A price period as the Prices page shows it: the stored period and whether it is in force now.
struct PriceRow
{
    burnrate::Price price;
    bool inForce = false;
};

// Every price period (catalog, imported, override) with its dates; rates are USD per 1M tokens.
class PriceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Provider,
        Model,
        Origin,
        EffectiveFrom,
        InForce,
        Input,
        CachedInput,
        CacheWrite5m,
        CacheWrite1h,
        Output,
        Note,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1
    };

    explicit PriceTableModel(QObject* parent = nullptr);
    void setRows(std::vector<PriceRow> rows);
    const PriceRow* rowAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<PriceRow> m_rows;
};

} // namespace burnrate::ui
