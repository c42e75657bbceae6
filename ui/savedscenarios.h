#pragma once

#include "analytics/whatif.h"

#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace burnrate::ui {

// A named what-if scenario of the Savings page: its steps in order and its own scope (the recommendation it
// came from, or none); the range follows the dashboard. Kept like the saved views (ui/savedviews.h): global
// QSettings (group "savingsScenarios"), each step as the CLI spells it ("route gpt-4o=gpt-4o-mini"), so a
// saved scenario reads the same in the GUI and on the command line.
struct SavedScenario
{
    QString name;
    std::vector<burnrate::ScenarioStep> steps;
    std::vector<burnrate::ScopeTerm> scope;
    bool operator==(const SavedScenario&) const = default;
};

class SavedScenarios
{
public:
    // Ordered by name (case-insensitive); a step that no longer parses is dropped.
    static QList<SavedScenario> load();
    static void store(const QList<SavedScenario>& scenarios);
    // Replaces a scenario of the same name, else adds it.
    static void put(const SavedScenario& scenario);
    static bool remove(const QString& name);
    static std::optional<SavedScenario> find(const QString& name);
};

} // namespace burnrate::ui
