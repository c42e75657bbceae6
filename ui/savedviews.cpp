#include "ui/savedviews.h"

#include <QSettings>

#include <algorithm>

namespace burnrate::ui {

namespace {
const QString kViewGroup = QStringLiteral("savedViews");
}

QList<SavedView> SavedViews::load()
{
    QSettings s;
    QList<SavedView> out;
    const int n = s.beginReadArray(kViewGroup);
    for (int i = 0; i < n; ++i) {
        s.setArrayIndex(i);
        SavedView v;
        v.name = s.value(QStringLiteral("name")).toString();
        if (v.name.isEmpty())
            continue;
        v.page = s.value(QStringLiteral("page")).toString();
        const int r = s.value(QStringLiteral("range"), int(DashboardState::Range::Last30Days)).toInt();
        v.range = (r >= 0 && r <= int(DashboardState::Range::YearToDate)) ? DashboardState::Range(r)
                                                                          : DashboardState::Range::Last30Days;
        v.customFrom = s.value(QStringLiteral("customFrom"), 0).toLongLong();
        v.customTo = s.value(QStringLiteral("customTo"), 0).toLongLong();
        v.granularity = granularityFromName(s.value(QStringLiteral("granularity")).toString().toStdString())
                            .value_or(Granularity::None);
        for (const QString& c : s.value(QStringLiteral("chips")).toStringList()) {
            const int eq = c.indexOf(QLatin1Char('='));
            if (eq > 0)
                v.chips.append({ c.left(eq), c.mid(eq + 1) });
        }
        v.groupBy = s.value(QStringLiteral("groupBy")).toStringList();
        v.lens = s.value(QStringLiteral("lens")).toString() == QLatin1String("billing") ? Lens::Billing
                                                                                        : Lens::Attribution;
        out << v;
    }
    s.endArray();
    return out;
}

void SavedViews::store(const QList<SavedView>& views)
{
    QList<SavedView> sorted = views;
    std::stable_sort(sorted.begin(), sorted.end(),
        [](const SavedView& a, const SavedView& b) { return a.name.compare(b.name, Qt::CaseInsensitive) < 0; });
    QSettings s;
    s.remove(kViewGroup);
    s.beginWriteArray(kViewGroup, int(sorted.size()));
    for (int i = 0; i < sorted.size(); ++i) {
        const SavedView& v = sorted[i];
        s.setArrayIndex(i);
        s.setValue(QStringLiteral("name"), v.name);
        s.setValue(QStringLiteral("page"), v.page);
        s.setValue(QStringLiteral("range"), int(v.range));
        s.setValue(QStringLiteral("customFrom"), static_cast<qlonglong>(v.customFrom));
        s.setValue(QStringLiteral("customTo"), static_cast<qlonglong>(v.customTo));
        s.setValue(QStringLiteral("granularity"), QString::fromLatin1(burnrate::granularityName(v.granularity)));
        QStringList chips;
        for (const FilterChip& c : v.chips)
            chips << c.axis + QLatin1Char('=') + c.value;
        s.setValue(QStringLiteral("chips"), chips);
        s.setValue(QStringLiteral("groupBy"), v.groupBy);
        s.setValue(QStringLiteral("lens"),
            v.lens == Lens::Billing ? QStringLiteral("billing") : QStringLiteral("attribution"));
    }
    s.endArray();
}

void SavedViews::put(const SavedView& view)
{
    QList<SavedView> views = load();
    views.removeIf([&](const SavedView& v) { return v.name == view.name; });
    views << view;
    store(views);
}

bool SavedViews::remove(const QString& name)
{
    QList<SavedView> views = load();
    if (!views.removeIf([&](const SavedView& v) { return v.name == name; }))
        return false;
    store(views);
    return true;
}

bool SavedViews::rename(const QString& from, const QString& to)
{
    const QString name = to.trimmed();
    if (name.isEmpty())
        return false;
    QList<SavedView> views = load();
    if (name != from && std::any_of(views.begin(), views.end(), [&](const SavedView& v) { return v.name == name; }))
        return false;
    bool found = false;
    for (SavedView& v : views)
        if (v.name == from) {
            v.name = name;
            found = true;
        }
    if (found)
        store(views);
    return found;
}

std::optional<SavedView> SavedViews::find(const QString& name)
{
    for (const SavedView& v : load())
        if (v.name == name)
            return v;
    return std::nullopt;
}

} // namespace burnrate::ui
