#pragma once

#include <QFrame>
#include <QList>
#include <QPair>
#include <QString>

QT_BEGIN_NAMESPACE
class QLabel;
class QToolButton;
QT_END_NAMESPACE

namespace burnrate::ui {

// One non-modal bar at the top of the main window for sources whose last background sync failed:
// "2 sources failing: openai-prod (HTTP 401 ...) - Open Sources". Dismissing hides it until the set of
// failing sources (or one of their errors) changes. Never a dialog: a failure in the background must not
// block the window.
class SourceBanner : public QFrame
{
    Q_OBJECT
public:
    using Failure = QPair<QString, QString>; // source name, its last error

    explicit SourceBanner(QWidget* parent = nullptr);
    // The failing sources now (empty hides the banner).
    void setFailures(const QList<Failure>& failures);
    int failureCount() const
    {
        return int(m_failures.size());
    }
    QString text() const;
    void dismiss();
    // Follows a live theme change (MainWindow::setDark).
    void restyle();

signals:
    void openSourcesRequested();

private:
    QLabel* m_text;
    QToolButton* m_open;
    QToolButton* m_close;
    QList<Failure> m_failures;
    QList<Failure> m_dismissed;
};

} // namespace burnrate::ui
