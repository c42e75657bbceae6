#include "ui/queryrunner.h"

namespace burnrate::ui {

QueryRunner::QueryRunner(QObject* parent)
    : QObject(parent)
{
    m_busyTimer.setSingleShot(true);
    m_busyTimer.setInterval(150);
    connect(&m_busyTimer, &QTimer::timeout, this, [this] {
        if (m_inFlight > 0 && !m_busyShown) {
            m_busyShown = true;
            emit busyChanged(true);
        }
    });
}

QueryRunner::~QueryRunner() = default;

void QueryRunner::begin()
{
    if (m_inFlight++ == 0)
        m_busyTimer.start();
}

void QueryRunner::end()
{
    if (--m_inFlight > 0)
        return;
    m_inFlight = 0;
    m_busyTimer.stop();
    if (m_busyShown) {
        m_busyShown = false;
        emit busyChanged(false);
    }
    emit idle();
}

} // namespace burnrate::ui
