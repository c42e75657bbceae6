#pragma once

#include "store/pricestore.h"
#include "ui/pages/page.h"

#include <QHash>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QLabel;
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
    // The day of the first unpriced request of a model (midnight UTC), if it has any (tests).
    std::optional<burnrate::Epoch> firstUnpriced(const QString& provider, const QString& model) const;
    // The line under the buttons with the last re-pricing's outcome (tests).
    QString repriceSummary() const;
    // What a re-pricing did, for the status bar and the info line.
    static QString describeReprice(const QString& what, const burnrate::RepriceReport& report);

signals:
    void importRequested();

protected:
    void doRefresh() override;

private:
    void addOverride(const QString& provider, const QString& model, std::optional<burnrate::Epoch> from = {});
    void removeOverride();

    PriceTableModel* m_prices;
    GroupTableModel* m_unpriced;
    QTableView* m_priceView;
    QTableView* m_unpricedView;
    QLineEdit* m_search;
    QLabel* m_result;
    QHash<QString, burnrate::Epoch> m_firstUnpriced; // "provider\nmodel" -> day
    QTimer m_debounce;
};

} // namespace burnrate::ui
