#include "ui/pages/page.h"

#include "ui/queryrunner.h"

#include <QLabel>
#include <QVBoxLayout>

namespace burnrate::ui {

Page::Page(DashboardState* state, QWidget* parent)
    : QWidget(parent)
    , m_state(state)
    , m_runner(new QueryRunner(this))
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(12, 8, 12, 8);
    outer->setSpacing(8);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorBanner"));
    m_error->setWordWrap(true);
    setDark(false);
    m_error->hide();
    outer->addWidget(m_error);
    m_body = new QVBoxLayout;
    m_body->setSpacing(8);
    outer->addLayout(m_body, 1);
    m_busy = new QLabel(tr("Loading\u2026"), this);
    m_busy->setStyleSheet(QStringLiteral("background: palette(highlight); color: palette(highlighted-text);"
                                         " padding: 3px 10px; border-radius: 8px;"));
    m_busy->adjustSize();
    m_busy->hide();
    connect(m_runner, &QueryRunner::busyChanged, this, [this](bool busy) {
        m_busy->setVisible(busy);
        m_busy->raise();
    });
    connect(m_runner, &QueryRunner::idle, this, [this] {
        if (m_refreshed)
            emit idle();
    });
}

void Page::refresh()
{
    m_dirty = false;
    m_refreshed = true;
    clearError();
    m_runner->setDatabasePath(m_state->databasePath());
    doRefresh();
    if (m_runner->isIdle())
        emit idle();
}

bool Page::isIdle() const
{
    return m_refreshed && !m_dirty && m_runner->isIdle();
}

void Page::setDark(bool dark)
{
    m_dark = dark;
    m_error->setStyleSheet(dark ? QStringLiteral("QLabel#errorBanner { background: #4a2226; color: #f5c6c6;"
                                                 " border: 1px solid #8a3a40; padding: 6px; }")
                                : QStringLiteral("QLabel#errorBanner { background: #fbe3e3; color: #8a1f1f;"
                                                 " border: 1px solid #e0a0a0; padding: 6px; }"));
}

void Page::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void Page::clearError()
{
    m_error->hide();
}

void Page::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void Page::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    m_busy->move(width() - m_busy->width() - 16, 8);
}

} // namespace burnrate::ui
