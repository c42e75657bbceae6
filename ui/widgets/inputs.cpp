#include "ui/widgets/inputs.h"

#include <QDateEdit>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QTimer>

namespace burnrate::ui {

namespace {
// On focus, puts the cursor in the first section with the text selected (queued: QAbstractSpinBox places
// its own cursor when it handles the focus event).
class DateFocusFilter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        auto* edit = static_cast<QDateEdit*>(watched);
        if (event->type() == QEvent::KeyPress) {
            // A full year or month moves on by itself; the "-" typed after it then must not skip a section.
            const QString text = static_cast<QKeyEvent*>(event)->text();
            auto* line = edit->findChild<QLineEdit*>();
            const int idx = edit->currentSectionIndex();
            static const int kStarts[] = { 0, 5, 8 }; // yyyy-MM-dd
            if ((text == QLatin1String("-") || text == QLatin1String("/") || text == QLatin1String(".")) && line
                && idx > 0 && idx < 3
                && (line->hasSelectedText() ? line->selectionStart() : line->cursorPosition()) == kStarts[idx])
                return true;
        }
        if (event->type() == QEvent::FocusIn) {
            QTimer::singleShot(0, edit, [edit] {
                edit->setCurrentSectionIndex(0);
                edit->setSelectedSection(edit->sectionAt(0)); // typing replaces the year, then moves on
            });
        }
        return QObject::eventFilter(watched, event);
    }
};
} // namespace

void fitPlaceholder(QLineEdit* edit)
{
    const QFontMetrics fm = edit->fontMetrics();
    const QMargins m = edit->textMargins();
    int w = fm.horizontalAdvance(edit->placeholderText()) + m.left() + m.right() + 2 * fm.averageCharWidth();
    if (edit->isClearButtonEnabled())
        w += fm.height() + 4;
    QStyleOptionFrame opt;
    opt.initFrom(edit);
    opt.lineWidth = edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &opt, edit) : 0;
    const QSize size = edit->style()->sizeFromContents(QStyle::CT_LineEdit, &opt, QSize(w, fm.height()), edit);
    edit->setMinimumWidth(size.width());
    if (edit->maximumWidth() < size.width())
        edit->setMaximumWidth(size.width());
}

void makeDateTypable(QDateEdit* edit)
{
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->installEventFilter(new DateFocusFilter(edit));
}

} // namespace burnrate::ui
