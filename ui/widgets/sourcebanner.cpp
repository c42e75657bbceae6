#include "ui/widgets/sourcebanner.h"

#include "ui/theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace burnrate::ui {

namespace {
QString shortError(const QString& e)
{
    const QString one = e.simplified();
    return one.size() > 70 ? one.left(67) + QStringLiteral("...") : one;
}
} // namespace

SourceBanner::SourceBanner(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("sourceBanner"));
    setFrameShape(QFrame::NoFrame);
    auto* h = new QHBoxLayout(this);
    h->setContentsMargins(10, 4, 6, 4);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("sourceBannerText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    h->addWidget(m_text, 1);
    m_open = new QToolButton(this);
    m_open->setText(tr("Open Sources"));
    m_open->setToolTip(tr("Show the failing sources, their errors and sync logs"));
    h->addWidget(m_open);
    m_close = new QToolButton(this);
    m_close->setText(QStringLiteral("\u2715"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss until another source fails"));
    m_close->setAccessibleName(tr("Dismiss"));
    h->addWidget(m_close);
    connect(m_open, &QToolButton::clicked, this, &SourceBanner::openSourcesRequested);
    connect(m_close, &QToolButton::clicked, this, &SourceBanner::dismiss);
    restyle();
    hide();
}

void SourceBanner::setFailures(const QList<Failure>& failures)
{
    m_failures = failures;
    if (m_failures.isEmpty())
        m_dismissed.clear();
    m_text->setText(text());
    QStringList tip;
    for (const Failure& f : m_failures)
        tip << f.first + QStringLiteral(": ") + f.second;
    m_text->setToolTip(tip.join(QLatin1Char('\n')));
    setVisible(!m_failures.isEmpty() && m_failures != m_dismissed);
}

QString SourceBanner::text() const
{
    if (m_failures.isEmpty())
        return {};
    QStringList parts;
    for (int i = 0; i < m_failures.size() && i < 3; ++i)
        parts << tr("%1 (%2)").arg(m_failures[i].first, shortError(m_failures[i].second));
    if (m_failures.size() > 3)
        parts << tr("%n more", "", int(m_failures.size()) - 3);
    // Two strings, not "(s)": there is no English translation file to resolve plural forms.
    const int n = int(m_failures.size());
    return (n == 1 ? tr("1 source failing: %1") : tr("%n sources failing: %1", "", n))
        .arg(parts.join(QStringLiteral(", ")));
}

void SourceBanner::dismiss()
{
    m_dismissed = m_failures;
    hide();
}

void SourceBanner::restyle()
{
    // Warm warning colours that read in both themes (set explicitly: a style sheet would not follow a live
    // theme change).
    const bool dark = isDarkTheme();
    QPalette p = palette();
    p.setColor(QPalette::Window, dark ? QColor(0x4a, 0x3a, 0x12) : QColor(0xfd, 0xf0, 0xc8));
    p.setColor(QPalette::WindowText, dark ? QColor(0xf5, 0xe2, 0xb0) : QColor(0x5c, 0x43, 0x00));
    p.setColor(QPalette::ButtonText, p.color(QPalette::WindowText));
    setPalette(p);
    setAutoFillBackground(true);
}

} // namespace burnrate::ui
