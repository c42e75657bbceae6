#pragma once

#include "ui/models/grouprow.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace burnrate::ui {

// Groups of a cost query as a table: one column per group-by key, then the chosen measures.
class GroupTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Measure
    {
        Requests,
        InputTokens,
        CachedTokens,
        CacheWriteTokens,
        OutputTokens,
        Cost,
        Share,
        CostPerRequest,
        CostPer1kOutput,
        Trend,
        PromptCacheHitRate,
        CacheSavings,
        CacheWriteOverhead,
        ResponseCacheHitRate,
        CacheAvoided,
        UnpricedRequests,
        UnpricedTokens,
        ErrorCost,
        Annotated, // requests with a human annotation (rows without counts show a dash)
        // "p50 / p95" in one column (sorted by the median; P95Role gives the p95): GroupRow::latency, the
        // nearest-rank percentiles of the requests' latency_ms, and GroupRow::ttft, of their time to first token.
        Latency,
        Ttft,
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        TrendRole,
        KeysRole,
        OtherRole,
        P95Role, // Latency and Ttft: the 95th percentile, ms (-1: none)
    };

    explicit GroupTableModel(QObject* parent = nullptr);

    void setColumns(const QStringList& keyHeaders, const QList<Measure>& measures);
    void setRows(std::vector<GroupRow> rows, const burnrate::Totals& total);
    const GroupRow* rowAt(int row) const;
    const burnrate::Totals& total() const
    {
        return m_total;
    }
    int keyColumnCount() const
    {
        return int(m_keyHeaders.size());
    }
    Measure measureAt(int column) const;
    static QString measureName(Measure m);
    static QString measureTooltip(Measure m);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant measureValue(const GroupRow& r, Measure m, bool display) const;

    QStringList m_keyHeaders;
    QList<Measure> m_measures;
    std::vector<GroupRow> m_rows;
    burnrate::Totals m_total;
};

} // namespace burnrate::ui
