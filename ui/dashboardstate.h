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
        Custom,
        // Appended after Custom: the persisted state stores the enum's value.
        Last90Days,
        ThisQuarter,
        YearToDate
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
    // The bucket size of every time chart: the user's choice, or (Auto, Granularity::None) the one that keeps
    // a chart readable for the range: up to 2 days hours, up to 62 days days, up to a year weeks, else months.
    // Hours are honoured up to 31 days (744 bars); a longer range falls back to days.
    burnrate::Granularity granularity() const;
    static burnrate::Granularity autoGranularity(burnrate::Epoch from, burnrate::Epoch to);
    // None means Auto.
    burnrate::Granularity granularityChoice() const
    {
        return m_granularity;
    }
    void setGranularityChoice(burnrate::Granularity g);
    static QString granularityName(burnrate::Granularity g); // None: "Auto"

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

    // The context of an export in words, for a saved chart's caption: "Costs by model, 2026-11-01 to 2026-11-30
    // (UTC), per day, attribution lens, tenant: acme".
    QString contextCaption(const QString& pageTitle, const QStringList& groupBy, burnrate::Lens lens) const;
    // The same as a filesystem-safe default file name:
    // "costs_by-model_2026-11-01_2026-11-30_attribution_tenant-acme.csv" (lower case, [a-z0-9._-] only).
    QString exportFileName(
        const QString& pageId, const QStringList& groupBy, burnrate::Lens lens, const QString& extension) const;

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
    burnrate::Granularity m_granularity = burnrate::Granularity::None;
    burnrate::Lens m_lens = burnrate::Lens::Attribution;
};

} // namespace burnrate::ui
