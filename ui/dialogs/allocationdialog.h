#pragma once

#include "store/allocation.h"

#include <QDialog>
#include <QTimer>

#include <vector>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
QT_END_NAMESPACE

namespace burnrate::ui {

class QueryRunner;

// The cost allocation rules editor (store/allocation.h): the rules in the order they apply, a new rule with
// a live preview of what it would re-allocate, removal, and the model tier thresholds. Every change runs on
// a worker with its own connection and re-allocates the history before the list shows it.
class AllocationDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AllocationDialog(const QString& databasePath, QWidget* parent = nullptr);

    // The rule the form describes, or the reason it is not one.
    burnrate::Result<burnrate::AllocationRule> formRule() const;
    int ruleCount() const;
    QString previewText() const;
    QString statusText() const;
    bool busy() const
    {
        return m_writing;
    }

signals:
    // Rules or thresholds changed: every page's numbers may have moved.
    void allocationChanged();

private:
    void reload();
    void loadCompletions();
    void schedulePreview();
    void preview();
    void addRule();
    void removeSelected();
    void saveThresholds();
    void finishWrite(const QString& error, const QString& done);

    QString m_path;
    QueryRunner* m_rules;
    QueryRunner* m_preview;
    QueryRunner* m_completions;
    QTimer m_debounce;
    std::vector<burnrate::AllocationRule> m_shown;
    bool m_writing = false;
    QTableWidget* m_table;
    QComboBox* m_matchAxis;
    QLineEdit* m_tagKey;
    QLineEdit* m_matchValue;
    QComboBox* m_target;
    QLineEdit* m_targetValue;
    QSpinBox* m_priority;
    QLabel* m_previewLabel;
    QLabel* m_status;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLineEdit* m_premium;
    QLineEdit* m_economy;
};

} // namespace burnrate::ui
