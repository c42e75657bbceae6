#pragma once

#include "ui/dashboardstate.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QHBoxLayout;
class QLabel;
class QToolButton;
QT_END_NAMESPACE

namespace burnrate::ui {

// The global time range control and the removable filter chips, bound to the DashboardState.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(DashboardState* state, QWidget* parent = nullptr);
    // Opens the add-filter dialog (Ctrl+F).
    void addFilter();

signals:
    void refreshRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void sync();
    void rangeActivated(int index);

    DashboardState* m_state;
    QComboBox* m_range;
    QComboBox* m_granularity;
    QLabel* m_rangeLabel;
    QHBoxLayout* m_chips;
    QToolButton* m_add;
};

} // namespace burnrate::ui
