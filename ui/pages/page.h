#pragma once

#include "ui/dashboardstate.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QVBoxLayout;
QT_END_NAMESPACE

namespace burnrate::ui {

class QueryRunner;

// A dashboard page: runs its queries through its own QueryRunner when the state changes while
// it is visible (or when it is shown after a change), shows a busy hint after 150 ms and errors
// in a banner. New pages (Requests, Quality, Budgets) derive from it and register in MainWindow.
class Page : public QWidget
{
    Q_OBJECT
public:
    Page(DashboardState* state, QWidget* parent = nullptr);

    virtual QString pageId() const = 0; // "overview": the --page name
    virtual QString title() const = 0;
    // Follows a live theme change (the error banner's colours; charts in the pages that have them).
    virtual void setDark(bool dark);

    // Queries again now (F5, state change while visible).
    void refresh();
    // The state changed while hidden: refresh when shown.
    void markDirty()
    {
        m_dirty = true;
    }
    bool isDirty() const
    {
        return m_dirty;
    }
    // True once the last refresh delivered every result.
    bool isIdle() const;
    QueryRunner* runner() const
    {
        return m_runner;
    }
    // A page with a history of its own (the Costs drill-down): View > Back / Alt+Left steps out.
    virtual bool canGoBack() const
    {
        return false;
    }
    virtual void goBack() { }

signals:
    void idle();
    void statusMessage(const QString& message);
    // canGoBack() may have changed.
    void backChanged();

protected:
    virtual void doRefresh() = 0;
    void showError(const QString& message);
    void clearError();
    QVBoxLayout* body() const
    {
        return m_body;
    }
    DashboardState* state() const
    {
        return m_state;
    }
    bool dark() const
    {
        return m_dark;
    }
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    DashboardState* m_state;
    QueryRunner* m_runner;
    QLabel* m_error;
    QLabel* m_busy;
    QVBoxLayout* m_body;
    bool m_dirty = true;
    bool m_refreshed = false;
    bool m_dark = false;
};

} // namespace burnrate::ui
