#pragma once

#include "analytics/costquery.h"

#include <QList>
#include <QObject>
#include <QString>

namespace burnrate::ui {

// A removable filter chip: an axis name as the engine spells it ("model", "tag:team") and a value.
struct FilterChip
{
    QString axis;
    QString value;
    bool operator==(const FilterChip&) const = default;
};

// The state every page honours: database, time range and filter chips. Lives on the GUI thread;
// pages copy what they need into a query before dispatching it to a worker.
class DashboardState : public QObject
{
    Q_OBJECT
public:
    enum class Range
    {
        Today,
        Last7Days,
        Last30Days,
        MonthToDate,
        LastMonth,
        QuarterToDate,
        Custom
    };
    Q_ENUM(Range)

    explicit DashboardState(QObject* parent = nullptr);

    QString databasePath() const
    {
        return m_dbPath;
    }
    void setDatabasePath(const QString& path);

    Range range() const
    {
        return m_range;
    }
    void setRange(Range range);
    // Custom range: whole UTC days, `lastDay` inclusive.
    void setCustomRange(burnrate::Epoch firstDay, burnrate::Epoch lastDay);
    burnrate::Epoch from() const;
    burnrate::Epoch to() const; // exclusive
    QString rangeLabel() const;
    // The range in a few characters for the range box: "Nov 3 - Nov 20" (years shown when not the current one).
    QString compactRangeLabel() const;
    static QString rangeName(Range r);
    // Bucket size that keeps a chart readable for the current range.
    burnrate::Granularity granularity() const;

    // "now" is injectable so tests and screenshots are deterministic.
    void setNow(burnrate::Epoch now);
    burnrate::Epoch now() const;

    const QList<FilterChip>& chips() const
    {
        return m_chips;
    }
    void addChip(const FilterChip& chip);
    void removeChip(int index);
    void setChips(const QList<FilterChip>& chips);
    std::vector<burnrate::Filter> filters() const;
    static QString axisLabel(const QString& axis);
    // Capitalised, for column headers ("Model", "Tag team").
    static QString axisTitle(const QString& axis);

    burnrate::Lens defaultLens() const
    {
        return m_lens;
    }
    void setDefaultLens(burnrate::Lens lens)
    {
        if (lens == m_lens)
            return;
        m_lens = lens;
        emit defaultLensChanged(lens);
    }

    void load();
    void save() const;

signals:
    void changed();
    void databaseChanged();
    void defaultLensChanged(burnrate::Lens lens);

private:
    QString m_dbPath;
    Range m_range = Range::Last30Days;
    burnrate::Epoch m_customFrom = 0, m_customTo = 0;
    burnrate::Epoch m_now = 0;
    QList<FilterChip> m_chips;
    burnrate::Lens m_lens = burnrate::Lens::Attribution;
};

} // namespace burnrate::ui
