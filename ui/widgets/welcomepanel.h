#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QCommandLinkButton;
QT_END_NAMESPACE

namespace burnrate::ui {

// The first run: an empty database offers the three ways in - connect a source, import logs, or explore
// the demo dataset - instead of a dashboard of zeros. The dashboard is one click away.
class WelcomePanel : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePanel(QWidget* parent = nullptr);

    QCommandLinkButton* connectButton() const
    {
        return m_connect;
    }
    QCommandLinkButton* importButton() const
    {
        return m_import;
    }
    QCommandLinkButton* demoButton() const
    {
        return m_demo;
    }

signals:
    void connectSourceRequested();
    void importLogsRequested();
    void demoRequested();
    void dashboardRequested();

private:
    QCommandLinkButton* m_connect;
    QCommandLinkButton* m_import;
    QCommandLinkButton* m_demo;
};

} // namespace burnrate::ui
