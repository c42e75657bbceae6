#pragma once

#include "analytics/whatif.h"
#include "ui/pages/page.h"

#include <QList>

#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;
class QToolButton;
QT_END_NAMESPACE

namespace burnrate::ui {

class QueryRunner;
class SavingsBreakdownModel;
class WaterfallChart;
class WhatIfStepModel;

// What-if savings: a scenario builder (steps in order: route, prompt cache, response cache, batch, input cap,
// Lambda memory), the waterfall of each step's marginal saving with its quality risk beside it, the breakdown by
// tenant and prompt, saved scenarios and CSV export; and the five largest opportunities of the last 30 days,
// each opening the scenario that computes it. The range and filter chips are the dashboard's, unless a
// recommendation pins its own 30 days and scope.
class SavingsPage : public Page
{
    Q_OBJECT
public:
    explicit SavingsPage(DashboardState* state, QWidget* parent = nullptr);
    QString pageId() const override
    {
        return QStringLiteral("savings");
    }
    QString title() const override
    {
        return tr("Savings");
    }
    void setDark(bool dark) override;

    // The scenario as it will run (range, scope and steps).
    burnrate::Scenario scenario() const;
    const std::vector<burnrate::ScenarioStep>& steps() const
    {
        return m_steps;
    }
    // Adds a step from the CLI's syntax ("gpt-4o=gpt-4o-mini:max-input=500"); false (and the reason shown under
    // the builder) when it does not parse.
    bool addStep(burnrate::StepKind kind, const QString& argument);
    void removeStep(int index);
    void moveStep(int index, int delta);
    void setSteps(std::vector<burnrate::ScenarioStep> steps, std::vector<burnrate::ScopeTerm> scope = {});
    // Opens recommendation `index` (its steps, scope and 30 days).
    void openRecommendation(int index);
    // Back to the dashboard's range and chips.
    void unpin();
    bool isPinned() const
    {
        return m_pin.has_value();
    }
    const std::vector<burnrate::Recommendation>& recommendations() const
    {
        return m_recs;
    }
    // The last result shown (none before the first run or without steps).
    const std::optional<burnrate::WhatIfResult>& result() const
    {
        return m_result;
    }
    // Saved scenarios (ui/savedscenarios.h).
    void saveScenario(const QString& name);
    bool loadScenario(const QString& name);
    QStringList savedScenarioNames() const;

    enum class CsvShape
    {
        Steps, // the CLI's whatif CSV
        Breakdown // per tenant x prompt
    };
    bool exportCsvTo(const QString& path, CsvShape shape) const;
    QString stepError() const;
    // A recommendation's title in the user's language (the engine's own is English).
    static QString recommendationText(const burnrate::Recommendation& r);

    // For tests and the screenshot tool.
    WaterfallChart* waterfall() const
    {
        return m_waterfall;
    }
    WhatIfStepModel* stepModel() const
    {
        return m_stepModel;
    }
    SavingsBreakdownModel* breakdownModel() const
    {
        return m_breakdown;
    }

protected:
    void doRefresh() override;

private:
    void stepsChanged();
    void showSteps();
    void showResult();
    void showRecommendations();
    void fillSaved();
    void exportCsv(CsvShape shape);

    QComboBox* m_saved;
    QPushButton* m_save;
    QPushButton* m_delete;
    QToolButton* m_export;
    QLabel* m_context;
    QPushButton* m_unpin;
    QListWidget* m_stepList;
    QPushButton* m_up;
    QPushButton* m_down;
    QPushButton* m_remove;
    QComboBox* m_kind;
    QLineEdit* m_argument;
    QPushButton* m_add;
    QLabel* m_stepHint;
    QListWidget* m_recList;
    QLabel* m_recNote;
    QLabel* m_summary;
    WaterfallChart* m_waterfall;
    WhatIfStepModel* m_stepModel;
    QTableView* m_stepTable;
    SavingsBreakdownModel* m_breakdown;
    QTableView* m_breakdownTable;

    std::vector<burnrate::ScenarioStep> m_steps;
    std::vector<burnrate::ScopeTerm> m_scope; // the scenario's own scope (pinned recommendations)
    std::optional<std::pair<burnrate::Epoch, burnrate::Epoch>> m_pin; // a recommendation's range
    std::vector<burnrate::Recommendation> m_recs;
    bool m_recsStale = true;
    bool m_autoOpened = false; // the first load opens the largest opportunity when there is no scenario yet
    std::optional<burnrate::WhatIfResult> m_result;
    burnrate::Scenario m_resultScenario; // what m_result answers
};

} // namespace burnrate::ui
