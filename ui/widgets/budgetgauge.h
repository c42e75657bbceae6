#pragma once

#include "analytics/budgets.h"

#include <QWidget>

namespace burnrate::ui {

// One budget at a glance: spent so far as a filled bar, the forecast to the period's end as a lighter
// extension with its 90% band, a tick at every tier, and the numbers beside. Amber once a tier is crossed,
// red at 100% (or when the forecast breaks the budget).
class BudgetGauge : public QWidget
{
    Q_OBJECT
public:
    explicit BudgetGauge(QWidget* parent = nullptr);
    void setStatus(const burnrate::BudgetStatus& status);
    void setSelected(bool selected);
    const burnrate::BudgetStatus& status() const
    {
        return m_status;
    }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void clicked();
    void doubleClicked();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    burnrate::BudgetStatus m_status;
    bool m_selected = false;
};

} // namespace burnrate::ui
