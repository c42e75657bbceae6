#pragma once

#include "ui/pages/page.h"

#include <QTimer>

QT_BEGIN_NAMESPACE
class QLineEdit;
class QTableView;
QT_END_NAMESPACE

namespace burnrate::ui {

class GroupTableModel;
class PriceTableModel;

// Effective prices (catalog / imported / override with dates), overrides, LiteLLM import, and the
// models without a price with their token volume and a one-click "Add price".
class PricesPage : public Page
{
    Q_OBJECT
public:
    explicit PricesPage(DashboardState* state, QWidget* parent = nullptr);
    QString pageId() const override
    {
        return QStringLiteral("prices");
    }
    QString title() const override
    {
        return tr("Prices");
    }
    PriceTableModel* pricesModel() const
    {
        return m_prices;
    }
    GroupTableModel* unpricedModel() const
    {
        return m_unpriced;
    }

signals:
    void importRequested();

protected:
    void doRefresh() override;

private:
    void addOverride(const QString& provider, const QString& model);
    void removeOverride();

    PriceTableModel* m_prices;
    GroupTableModel* m_unpriced;
    QTableView* m_priceView;
    QTableView* m_unpricedView;
    QLineEdit* m_search;
    QTimer m_debounce;
};

} // namespace burnrate::ui
