#include "ui/charts/charttip.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QToolTip>
#include <QtCharts/QChartView>

namespace burnrate::ui {

namespace {
// Long enough to read a point at leisure; the tip goes when the pointer leaves the point.
constexpr int kShowMs = 10 * 60 * 1000;
} // namespace

ChartTip::ChartTip(QChartView* view, Finder find)
    : QObject(view)
    , m_viewport(view->viewport())
    , m_find(std::move(find))
{
    m_viewport->setMouseTracking(true);
    m_viewport->installEventFilter(this);
}

void ChartTip::show(const Tip& tip, const QPoint& globalPos)
{
    m_shown = true;
    m_key = tip.key;
    m_text = tip.text;
    QToolTip::showText(globalPos, tip.text, m_viewport, tip.area, kShowMs);
}

bool ChartTip::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_viewport)
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::ToolTip: {
        auto* help = static_cast<QHelpEvent*>(event);
        const auto tip = m_find(help->pos());
        if (!tip) {
            m_shown = false;
            return false; // not over a point: the scene or a parent's help text may answer
        }
        show(*tip, help->globalPos());
        return true;
    }
    case QEvent::MouseMove: {
        if (!m_shown)
            break;
        auto* move = static_cast<QMouseEvent*>(event);
        const QPoint pos = move->position().toPoint();
        const auto tip = m_find(pos);
        if (!tip) {
            m_shown = false;
            QToolTip::hideText();
        } else if (tip->key != m_key || tip->text != m_text) {
            show(*tip, m_viewport->mapToGlobal(pos));
        }
        break;
    }
    case QEvent::Leave:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
        m_shown = false;
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace burnrate::ui
