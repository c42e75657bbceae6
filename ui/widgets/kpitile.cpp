#include "ui/widgets/kpitile.h"

#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QVBoxLayout>

namespace burnrate::ui {

namespace {

// A one-line label that ends in "..." when its tile is narrower than the text (a cut word is misread);
// text() stays whole, and the tile's tooltip says the rest.
class ElidedLabel : public QLabel
{
public:
    using QLabel::QLabel;

    QSize minimumSizeHint() const override
    {
        return { fontMetrics().horizontalAdvance(QStringLiteral("...")), QLabel::minimumSizeHint().height() };
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter p(this);
        const QRect r = contentsRect();
        const QString shown = fontMetrics().elidedText(text(), Qt::ElideRight, r.width());
        style()->drawItemText(&p, r, int(alignment()), palette(), isEnabled(), shown, foregroundRole());
    }
};

} // namespace

KpiTile::KpiTile(const QString& caption, const QString& tooltip, QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("kpiTile"));
    setFrameShape(QFrame::StyledPanel);
    setToolTip(tooltip);
    auto* lay = new QVBoxLayout(this);
    lay->setContentsMargins(10, 8, 10, 8);
    lay->setSpacing(2);
    m_caption = new ElidedLabel(caption, this);
    QFont cf = m_caption->font();
    cf.setPointSizeF(cf.pointSizeF() * 0.9);
    m_caption->setFont(cf);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_value = new QLabel(QStringLiteral("-"), this);
    QFont vf = m_value->font();
    vf.setPointSizeF(vf.pointSizeF() * 1.6);
    vf.setBold(true);
    m_value->setFont(vf);
    m_note = new ElidedLabel(this);
    m_note->setFont(cf);
    lay->addWidget(m_caption);
    lay->addWidget(m_value);
    lay->addWidget(m_note);
    setMinimumWidth(130);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void KpiTile::setValue(const QString& value, const QString& note, Tone tone)
{
    m_value->setText(value);
    m_note->setText(note.isEmpty() ? QStringLiteral(" ") : note);
    QPalette p = palette();
    switch (tone) {
    case Tone::Good:
        m_note->setStyleSheet(QStringLiteral("color: #2e9e4f;"));
        break;
    case Tone::Bad:
        m_note->setStyleSheet(QStringLiteral("color: #d03030;"));
        break;
    case Tone::Neutral:
        m_note->setStyleSheet(QString());
        break;
    }
}

QString KpiTile::value() const
{
    return m_value->text();
}

QString KpiTile::note() const
{
    return m_note->text();
}

void KpiTile::setCaption(const QString& caption)
{
    m_caption->setText(caption);
}

QString KpiTile::caption() const
{
    return m_caption->text();
}

} // namespace burnrate::ui
