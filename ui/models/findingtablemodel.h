#pragma once

#include "store/findingstore.h"

#include <QAbstractTableModel>

#include <vector>

namespace burnrate::ui {

// Cost-leak findings (store/findingstore.h), most severe first: severity, detector, dollars at stake (before the
// wide columns, so a narrow window still shows them), scope, range and the evidence line.
class FindingTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Severity,
        Detector,
        AtStake,
        Scope,
        Range,
        Evidence,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        IdRole
    };

    explicit FindingTableModel(QObject* parent = nullptr);
    void setRows(std::vector<burnrate::StoredFinding> rows);
    const burnrate::StoredFinding* findingAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString severityLabel(burnrate::Severity s);
    static QString detectorLabel(burnrate::LeakDetector d);

private:
    std::vector<burnrate::StoredFinding> m_rows;
};

} // namespace burnrate::ui
