#pragma once

#include "ui/dashboardstate.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace burnrate::ui {

// A named dashboard view: the page, time range, granularity, filter chips and the Costs page's grouping and
// lens. Saved views are global (QSettings group "savedViews"), not per database: a view names a way of looking,
// and a chip whose value a database lacks simply matches nothing there.
struct SavedView
{
    QString name;
    QString page;
    DashboardState::Range range = DashboardState::Range::Last30Days;
    burnrate::Epoch customFrom = 0, customTo = 0; // Custom ranges: whole UTC days, customTo exclusive
    burnrate::Granularity granularity = burnrate::Granularity::None;
    QList<FilterChip> chips;
    QStringList groupBy;
    burnrate::Lens lens = burnrate::Lens::Attribution;
    bool operator==(const SavedView&) const = default;
};

// Reads and writes the saved views, ordered by name (case-insensitive).
class SavedViews
{
public:
    static QList<SavedView> load();
    static void store(const QList<SavedView>& views);
    // Replaces a view of the same name, else adds it.
    static void put(const SavedView& view);
    static bool remove(const QString& name);
    // False when `to` is taken by another view or empty.
    static bool rename(const QString& from, const QString& to);
    static std::optional<SavedView> find(const QString& name);
};

} // namespace burnrate::ui
