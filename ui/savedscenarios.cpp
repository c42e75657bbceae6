#include "ui/savedscenarios.h"

#include <QSettings>
#include <QStringList>

#include <algorithm>

namespace burnrate::ui {

namespace {
const QString kScenarioGroup = QStringLiteral("savingsScenarios");
}

QList<SavedScenario> SavedScenarios::load()
{
    QSettings s;
    QList<SavedScenario> out;
    const int n = s.beginReadArray(kScenarioGroup);
    for (int i = 0; i < n; ++i) {
        s.setArrayIndex(i);
        SavedScenario sc;
        sc.name = s.value(QStringLiteral("name")).toString();
        if (sc.name.isEmpty())
            continue;
        for (const QString& line : s.value(QStringLiteral("steps")).toStringList()) {
            const int space = line.indexOf(QLatin1Char(' '));
            if (space <= 0)
                continue;
            auto kind = stepKindFromName(line.left(space).toStdString());
            if (!kind)
                continue;
            auto step = parseStep(*kind, line.mid(space + 1).toStdString());
            if (step)
                sc.steps.push_back(std::move(*step));
        }
        const std::string scopeText = s.value(QStringLiteral("scope")).toString().toStdString();
        if (!scopeText.empty())
            if (auto scope = parseScope(scopeText))
                sc.scope = std::move(*scope);
        out << sc;
    }
    s.endArray();
    return out;
}

void SavedScenarios::store(const QList<SavedScenario>& scenarios)
{
    QList<SavedScenario> sorted = scenarios;
    std::stable_sort(sorted.begin(), sorted.end(),
        [](const SavedScenario& a, const SavedScenario& b) { return a.name.compare(b.name, Qt::CaseInsensitive) < 0; });
    QSettings s;
    s.remove(kScenarioGroup);
    s.beginWriteArray(kScenarioGroup, int(sorted.size()));
    for (int i = 0; i < sorted.size(); ++i) {
        const SavedScenario& sc = sorted[i];
        s.setArrayIndex(i);
        s.setValue(QStringLiteral("name"), sc.name);
        QStringList steps;
        for (const ScenarioStep& st : sc.steps)
            steps << QString::fromStdString(describeStep(st));
        s.setValue(QStringLiteral("steps"), steps);
        s.setValue(QStringLiteral("scope"), QString::fromStdString(formatScope(sc.scope)));
    }
    s.endArray();
}

void SavedScenarios::put(const SavedScenario& scenario)
{
    QList<SavedScenario> all = load();
    all.removeIf([&](const SavedScenario& s) { return s.name == scenario.name; });
    all << scenario;
    store(all);
}

bool SavedScenarios::remove(const QString& name)
{
    QList<SavedScenario> all = load();
    const auto n = all.removeIf([&](const SavedScenario& s) { return s.name == name; });
    if (n == 0)
        return false;
    store(all);
    return true;
}

std::optional<SavedScenario> SavedScenarios::find(const QString& name)
{
    for (const SavedScenario& s : load())
        if (s.name == name)
            return s;
    return std::nullopt;
}

} // namespace burnrate::ui
