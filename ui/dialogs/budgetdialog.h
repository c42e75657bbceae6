#pragma once

#include "model/budget.h"

#include <QDialog>
#include <QList>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimer;
QT_END_NAMESPACE

namespace burnrate::ui {

class QueryRunner;
struct FilterChip;

// Adds or edits a budget. As the scope, period or lens change, a live preview says what the scope
// matches and what it spent in the current and in the previous period; OK stays disabled while
// anything is invalid, with the reason shown.
class BudgetDialog : public QDialog
{
    Q_OBJECT
public:
    // `capSources`: the LiteLLM sources a circuit breaker may block through. `chips`: the dashboard's
    // current filters, offered as the scope.
    BudgetDialog(const QString& databasePath, const QStringList& capSources, const QList<FilterChip>& chips,
        burnrate::Epoch now, QWidget* parent = nullptr);
    void setBudget(const burnrate::Budget& b);
    // The budget as entered (valid once accepted).
    burnrate::Budget budget() const;
    // The preview's text (tests).
    QString previewText() const;

private:
    bool validate(QString* why) const;
    void changed();
    void runPreview();

    QueryRunner* m_runner;
    QTimer* m_debounce;
    burnrate::Epoch m_now;
    std::int64_t m_id = 0;
    burnrate::Epoch m_created = 0;
    QLineEdit* m_name;
    QLineEdit* m_amount;
    QComboBox* m_period;
    QDateEdit *m_from, *m_to;
    QLineEdit* m_scope;
    QComboBox* m_lens;
    QLineEdit* m_tiers;
    QPlainTextEdit* m_webhooks;
    QComboBox* m_cap;
    QLabel* m_preview;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace burnrate::ui
