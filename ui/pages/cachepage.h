#pragma once

#include "ui/pages/page.h"

QT_BEGIN_NAMESPACE
class QLabel;
class QTableView;
QT_END_NAMESPACE

namespace burnrate::ui {

class CacheProviderModel;
class GroupTableModel;
class KpiTile;
class LineChart;

// Prompt-cache hit rate over time per model and per prompt, savings, cache-write overhead and the
// proxy's response cache; per provider (billing lens), what the cache saved, what it cost - writes and
// Gemini's context-cache storage - and the net saving. Every figure states its formula in a tooltip.
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
    CacheProviderModel* providerModel() const
    {
        return m_providerModel;
    }

protected:
    void doRefresh() override;

private:
    KpiTile *m_hitRate, *m_savings, *m_overhead, *m_net, *m_responseHits, *m_avoided;
    LineChart* m_byModel;
    LineChart* m_byPrompt;
    GroupTableModel* m_model;
    QTableView* m_table;
    CacheProviderModel* m_providerModel;
    QTableView* m_providerTable;
    QLabel* m_providerNote;
};

} // namespace burnrate::ui
