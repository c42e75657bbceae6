#pragma once

#include "analytics/quality.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace burnrate::ui {

// Quality per group as a table: one column per group-by key, then requests, cost per request, eval results,
// eval score, eval pass rate, ratings, mean rating, judged, acceptance rate, cost and tokens per accepted
// answer. Rates carry their Wilson interval in the tooltip; undefined figures read as a dash and sort last.
class QualityTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Measure
    {
        Requests,
        CostPerRequest,
        EvalResults,
        EvalScoreMean,
        EvalPassRate,
        Ratings,
        RatingMean,
        Judged,
        AcceptanceRate,
        CostPerAccepted,
        TokensPerAccepted,
        MeasureCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        KeysRole, // QStringList of the group's keys
    };

    explicit QualityTableModel(QObject* parent = nullptr);

    void setRows(const QStringList& keyHeaders, std::vector<burnrate::QualityRow> rows);
    const burnrate::QualityRow* rowAt(int row) const;
    int keyColumnCount() const
    {
        return int(m_keyHeaders.size());
    }
    static QString measureName(int measure);
    static QString measureTooltip(int measure);
    // "model / v2" (an empty key reads "(none)").
    static QString groupLabel(const std::vector<std::string>& keys);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_keyHeaders;
    std::vector<burnrate::QualityRow> m_rows;
};

} // namespace burnrate::ui
