#pragma once

#include "ui/pages/page.h"

QT_BEGIN_NAMESPACE
class QTableView;
QT_END_NAMESPACE

namespace burnrate::ui {

class GroupTableModel;
class KpiTile;
class LineChart;

// Prompt-cache hit rate over time per model and per prompt, savings, cache-write overhead and the
// proxy's response cache; every figure states its formula in a tooltip.
class CachePage : public Page
{
    Q_OBJECT
public:
    explicit CachePage(DashboardState* state, QWidget* parent = nullptr);
    QString pageId() const override
    {
        return QStringLiteral("cache");
    }
    QString title() const override
    {
        return tr("Cache");
    }
    void setDark(bool dark) override;
    GroupTableModel* tableModel() const
    {
        return m_model;
    }

protected:
    void doRefresh() override;

private:
    KpiTile *m_hitRate, *m_savings, *m_overhead, *m_net, *m_responseHits, *m_avoided;
    LineChart* m_byModel;
    LineChart* m_byPrompt;
    GroupTableModel* m_model;
    QTableView* m_table;
};

} // namespace burnrate::ui
