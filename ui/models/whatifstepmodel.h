#pragma once

#include "analytics/whatif.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace burnrate::ui {

// The steps of a what-if result as a table, in the scenario's order, then a Total row: the step in words,
// the requests it changed, the cost before and after it, its saving and share, and its quality risk (for a
// routing step the evidence for the target model on the prompts it moves, else the risk of that kind of step).
// Not sortable: the order is the waterfall's.
class WhatIfStepModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Step,
        Requests,
        Before,
        After,
        Saving,
        SavingPercent,
        Risk,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
    };

    explicit WhatIfStepModel(QObject* parent = nullptr);

    void setResult(const burnrate::WhatIfResult& result);
    void clear();

    // The step in the user's language ("Route gpt-4o to gpt-4o-mini, at most 500 input tokens").
    static QString stepText(const burnrate::ScenarioStep& step);
    // The quality risk of step `index` of `result`, one line per prompt for a routing step.
    static QStringList riskLines(const burnrate::WhatIfResult& result, std::size_t index);
    // One routing evidence line in the user's language.
    static QString evidenceText(const burnrate::RouteEvidence& e, const burnrate::ScenarioStep& step);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString step;
        std::int64_t requests = 0;
        burnrate::Nano before = 0, after = 0;
        QStringList risk;
        bool total = false;
    };
    std::vector<Row> m_rows;
};

} // namespace burnrate::ui
