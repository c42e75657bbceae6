#include "ui/widgets/filterbar.h"

#include "model/timeutil.h"
#include "ui/dialogs/addfilterdialog.h"
#include "ui/format.h"
#include "ui/widgets/inputs.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QToolButton>

namespace burnrate::ui {

FilterBar::FilterBar(DashboardState* state, QWidget* parent)
    : QWidget(parent)
    , m_state(state)
{
    auto* lay = new QHBoxLayout(this);
    lay->setContentsMargins(8, 6, 8, 6);
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("timeRange"));
    using R = DashboardState::Range;
    for (R r : { R::Today, R::Last7Days, R::Last30Days, R::Last90Days, R::MonthToDate, R::LastMonth, R::QuarterToDate,
             R::ThisQuarter, R::YearToDate, R::Custom })
        m_range->addItem(DashboardState::rangeName(r), int(r));
    m_range->setToolTip(tr("Time range (UTC)"));
    m_rangeLabel = new QLabel(this);
    m_rangeLabel->setForegroundRole(QPalette::PlaceholderText);
    m_granularity = new QComboBox(this);
    m_granularity->setObjectName(QStringLiteral("granularity"));
    for (Granularity g :
        { Granularity::None, Granularity::Hour, Granularity::Day, Granularity::Week, Granularity::Month })
        m_granularity->addItem(DashboardState::granularityName(g), int(g));
    m_granularity->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_granularity->setToolTip(tr("Bucket size of the time charts (Auto picks one from the range)"));
    lay->addWidget(m_range);
    lay->addWidget(m_granularity);
    lay->addWidget(m_rangeLabel);
    lay->addSpacing(12);
    m_chips = new QHBoxLayout;
    m_chips->setSpacing(4);
    lay->addLayout(m_chips);
    m_add = new QToolButton(this);
    m_add->setText(tr("+ Filter"));
    m_add->setToolTip(tr("Add a filter (Ctrl+F)"));
    m_add->setAutoRaise(true);
    lay->addWidget(m_add);
    lay->addStretch(1);
    auto* refresh = new QToolButton(this);
    refresh->setText(tr("Refresh"));
    refresh->setToolTip(tr("Run the queries again (F5)"));
    lay->addWidget(refresh);
    connect(refresh, &QToolButton::clicked, this, &FilterBar::refreshRequested);
    connect(m_add, &QToolButton::clicked, this, &FilterBar::addFilter);
    connect(m_range, &QComboBox::activated, this, &FilterBar::rangeActivated);
    connect(m_granularity, &QComboBox::activated, this,
        [this](int index) { m_state->setGranularityChoice(Granularity(m_granularity->itemData(index).toInt())); });
    connect(m_state, &DashboardState::changed, this, &FilterBar::sync);
    sync();
}

void FilterBar::rangeActivated(int index)
{
    const auto r = DashboardState::Range(m_range->itemData(index).toInt());
    if (r != DashboardState::Range::Custom) {
        m_state->setRange(r);
        return;
    }
    QDialog dlg(this);
    dlg.setWindowTitle(tr("Custom range"));
    auto* form = new QFormLayout(&dlg);
    auto* from = new QDateEdit(&dlg);
    auto* to = new QDateEdit(&dlg);
    for (QDateEdit* e : { from, to }) {
        e->setCalendarPopup(true);
        makeDateTypable(e);
        e->setTimeSpec(Qt::UTC);
    }
    from->setDate(QDateTime::fromSecsSinceEpoch(m_state->from(), Qt::UTC).date());
    to->setDate(QDateTime::fromSecsSinceEpoch(m_state->to() - 1, Qt::UTC).date());
    form->addRow(tr("From:"), from);
    form->addRow(tr("To (inclusive):"), to);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dlg);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dlg, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dlg, &QDialog::reject);
    if (dlg.exec() == QDialog::Accepted) {
        const Epoch a = QDateTime(from->date(), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        const Epoch b = QDateTime(to->date(), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        m_state->setCustomRange(std::min(a, b), std::max(a, b));
    }
    sync();
}

void FilterBar::addFilter()
{
    AddFilterDialog dlg(m_state->databasePath(), this);
    if (dlg.exec() != QDialog::Accepted)
        return;
    const FilterChip c = dlg.chip();
    if (!c.value.isEmpty() && c.axis != QLatin1String("tag:"))
        m_state->addChip(c);
}

void FilterBar::sync()
{
    // An applied custom range shows itself ("Nov 3 - Nov 20") in place of "Custom...".
    const int custom = m_range->findData(int(DashboardState::Range::Custom));
    m_range->setItemText(custom,
        m_state->range() == DashboardState::Range::Custom ? m_state->compactRangeLabel()
                                                          : DashboardState::rangeName(DashboardState::Range::Custom));
    m_range->setItemData(custom,
        m_state->range() == DashboardState::Range::Custom ? tr("Choose another custom range") : QVariant(),
        Qt::ToolTipRole);
    m_range->setCurrentIndex(m_range->findData(int(m_state->range())));
    m_granularity->setCurrentIndex(m_granularity->findData(int(m_state->granularityChoice())));
    // Auto names what it chose, so the user knows what the bars are.
    m_granularity->setItemText(
        0, tr("Auto (%1)").arg(lowerInSentence(DashboardState::granularityName(m_state->granularity()))));
    // A choice the range cannot honour (hours over more than 31 days) says what is shown instead.
    const bool fellBack
        = m_state->granularityChoice() != Granularity::None && m_state->granularityChoice() != m_state->granularity();
    m_granularity->setToolTip(fellBack ? tr("Hours are shown for ranges up to 31 days; this range is shown by %1")
                                             .arg(DashboardState::granularityName(m_state->granularity()).toLower())
                                       : tr("Bucket size of the time charts (Auto picks one from the range)"));
    m_rangeLabel->setText(m_state->rangeLabel());
    while (QLayoutItem* item = m_chips->takeAt(0)) {
        // deleteLater: the clicked chip or crumb may be the sender of the signal that got us here.
        if (QWidget* w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    const auto& chips = m_state->chips();
    // Chips join the Tab chain right after the range (new widgets would otherwise come last in the window's
    // chain, behind every page control); Space, Enter or Delete removes the focused one.
    QWidget* previous = m_range;
    for (int i = 0; i < chips.size(); ++i) {
        auto* b = new QToolButton(this);
        b->setObjectName(QStringLiteral("filterChip"));
        b->setText(QStringLiteral("%1: %2  \u2715").arg(DashboardState::axisLabel(chips[i].axis), chips[i].value));
        b->setToolTip(tr("Remove this filter (Space or Delete)"));
        b->setAccessibleName(tr("Remove filter %1: %2").arg(DashboardState::axisLabel(chips[i].axis), chips[i].value));
        b->setFocusPolicy(Qt::StrongFocus);
        b->installEventFilter(this);
        setTabOrder(previous, b);
        previous = b;
        b->setStyleSheet(QStringLiteral("QToolButton#filterChip { border: 1px solid palette(mid); border-radius: 10px;"
                                        " padding: 2px 8px; background: palette(alternate-base); }"));
        connect(b, &QToolButton::clicked, this, [this, i] { m_state->removeChip(i); });
        m_chips->addWidget(b);
    }
    setTabOrder(previous, m_add);
}

bool FilterBar::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress && watched->objectName() == QLatin1String("filterChip")) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Delete || key == Qt::Key_Backspace || key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (auto* b = qobject_cast<QToolButton*>(watched)) {
                const bool hadFocus = b->hasFocus();
                b->click();
                // Keep the keyboard in the bar: the next chip, else the + Filter button.
                if (hadFocus)
                    QMetaObject::invokeMethod(
                        this,
                        [this] {
                            for (auto* chip : findChildren<QToolButton*>(QStringLiteral("filterChip")))
                                if (!chip->isHidden()) { // the removed chips are hidden, awaiting deletion
                                    chip->setFocus(Qt::TabFocusReason);
                                    return;
                                }
                            m_add->setFocus(Qt::TabFocusReason);
                        },
                        Qt::QueuedConnection);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace burnrate::ui
