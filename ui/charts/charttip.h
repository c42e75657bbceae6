#pragma once

#include <QObject>
#include <QPoint>
#include <QRect>
#include <QString>

#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QChartView;
class QWidget;
QT_END_NAMESPACE

namespace burnrate::ui {

// The tooltip of a chart, owned by the chart instead of Qt Charts' hover signals: on a resting mouse (the
// ToolTip event) it asks `find` what is under the pointer - the nearest real data point, never an
// interpolated spot of a line - and shows it until the pointer leaves that point's area. Moving within the
// area keeps the tip as it is; moving to another point updates it at once. The scene's own answer (which hides
// any tip, as its items have none) and a parent's generic help tooltip never replace it over the plot.
class ChartTip : public QObject
{
    Q_OBJECT
public:
    struct Tip
    {
        QString text;
        QRect area; // viewport coordinates: the tip stays while the pointer is inside
        qint64 key = 0; // which point: the same key keeps the shown tip
    };
    // `find` gets a viewport position; nullopt: nothing there (a parent's tooltip may answer).
    using Finder = std::function<std::optional<Tip>(const QPoint& viewportPos)>;

    ChartTip(QChartView* view, Finder find);
    // The text last shown, empty when hidden by the pointer leaving (tests).
    QString shownText() const
    {
        return m_shown ? m_text : QString();
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void show(const Tip& tip, const QPoint& globalPos);

    QWidget* m_viewport; // kept: during the view's destruction viewport() is no longer callable
    Finder m_find;
    bool m_shown = false;
    qint64 m_key = 0;
    QString m_text;
};

} // namespace burnrate::ui
