#pragma once

#include "ui/dashboardstate.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QComboBox;
QT_END_NAMESPACE

namespace burnrate::ui {

class QueryRunner;

// Picks an axis and a value for a new filter chip; values are loaded off the GUI thread.
class AddFilterDialog : public QDialog
{
    Q_OBJECT
public:
    AddFilterDialog(const QString& databasePath, QWidget* parent = nullptr);
    FilterChip chip() const;
    static QStringList axes(); // provider, model, tenant, team, project, env, prompt, tag

private:
    void loadValues();

    QComboBox* m_axis;
    QComboBox* m_tagKey;
    QComboBox* m_value;
    QueryRunner* m_runner;
};

} // namespace burnrate::ui
