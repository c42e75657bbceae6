#include "ui/widgets/annotationeditor.h"

#include "ui/format.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace burnrate::ui {

namespace {

QString thumbText(std::optional<burnrate::Thumb> t)
{
    if (!t)
        return {};
    return *t == burnrate::Thumb::Up ? AnnotationEditor::tr("thumbs up") : AnnotationEditor::tr("thumbs down");
}

} // namespace

AnnotationEditor::AnnotationEditor(QWidget* parent)
    : QWidget(parent)
{
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    // A chosen thumb or rating must read at a glance, in both themes.
    setStyleSheet(
        QStringLiteral("QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);"
                       " border: 1px solid palette(highlight); border-radius: 3px; padding: 2px 6px; }"));
    m_author = new QLabel(this);
    m_author->setWordWrap(true);
    v->addWidget(m_author);

    auto* row = new QHBoxLayout;
    auto makeButton = [this](const QString& text, const QString& tip) {
        auto* b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setCheckable(true);
        b->setFocusPolicy(Qt::NoFocus);
        b->setAutoRaise(false);
        b->setMinimumWidth(32);
        return b;
    };
    m_up = makeButton(tr("\u25B2 Good"), tr("Thumbs up (U)"));
    m_down = makeButton(tr("\u25BC Bad"), tr("Thumbs down (D)"));
    m_up->setAccessibleName(tr("Thumbs up"));
    m_down->setAccessibleName(tr("Thumbs down"));
    connect(m_up, &QToolButton::clicked, this, [this] { toggleThumb(burnrate::Thumb::Up); });
    connect(m_down, &QToolButton::clicked, this, [this] { toggleThumb(burnrate::Thumb::Down); });
    // Thumbs never shrink below their text; the rating gets its own row when the pane is narrow.
    for (QToolButton* b : { m_up, m_down })
        b->setMinimumWidth(b->sizeHint().width());
    row->addWidget(m_up);
    row->addWidget(m_down);
    row->addStretch(1);
    v->addLayout(row);
    row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Rating:"), this));
    for (int i = 1; i <= 5; ++i) {
        auto* b = makeButton(QString::number(i), tr("Rate %1 of 5 (key %1; click again to clear)").arg(i));
        connect(b, &QToolButton::clicked, this, [this, i] { setRating(m_mine.rating == i ? 0 : i); });
        m_stars << b;
        row->addWidget(b);
    }
    row->addStretch(1);
    v->addLayout(row);

    auto* labelsHead = new QHBoxLayout;
    labelsHead->addWidget(new QLabel(tr("Labels:"), this));
    labelsHead->addStretch(1);
    auto* editLabels = new QPushButton(tr("Edit labels\u2026"), this);
    editLabels->setFocusPolicy(Qt::NoFocus);
    connect(editLabels, &QPushButton::clicked, this, &AnnotationEditor::editLabelsRequested);
    labelsHead->addWidget(editLabels);
    v->addLayout(labelsHead);
    m_labelBox = new QWidget(this);
    m_labelGrid = new QGridLayout(m_labelBox);
    m_labelGrid->setContentsMargins(0, 0, 0, 0);
    v->addWidget(m_labelBox);

    auto* commentRow = new QHBoxLayout;
    auto* commentLabel = new QLabel(tr("Comment:"), this);
    m_comment = new QLineEdit(this);
    m_comment->setObjectName(QStringLiteral("comment"));
    m_comment->setPlaceholderText(tr("Why (Enter saves)"));
    m_comment->setMaxLength(10000);
    commentLabel->setBuddy(m_comment);
    connect(m_comment, &QLineEdit::editingFinished, this, [this] {
        const std::string text = m_comment->text().trimmed().toStdString();
        if (m_mine.eventId == 0 || text == m_mine.comment)
            return;
        m_mine.comment = text;
        emitEdit();
    });
    connect(m_comment, &QLineEdit::returnPressed, this, &AnnotationEditor::commentDone);
    commentRow->addWidget(commentLabel);
    commentRow->addWidget(m_comment, 1);
    v->addLayout(commentRow);

    auto* actions = new QHBoxLayout;
    actions->addStretch(1);
    m_delete = new QPushButton(tr("Delete my annotation"), this);
    m_delete->setObjectName(QStringLiteral("deleteAnnotation"));
    m_delete->setFocusPolicy(Qt::NoFocus);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (m_mine.eventId == 0)
            return;
        const std::int64_t id = m_mine.eventId;
        const std::string author = m_mine.author;
        m_mine = {};
        m_mine.eventId = id;
        m_mine.author = author;
        m_hasSaved = false;
        showMine();
        emit deleteRequested(id);
    });
    actions->addWidget(m_delete);
    v->addLayout(actions);

    m_others = new QLabel(this);
    m_others->setObjectName(QStringLiteral("otherAnnotations"));
    m_others->setWordWrap(true);
    m_others->setTextFormat(Qt::RichText);
    m_others->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_others);
    clear();
}

QStringList AnnotationEditor::taxonomyNames() const
{
    QStringList out;
    for (const auto& l : m_taxonomy)
        out << QString::fromStdString(l.name);
    return out;
}

void AnnotationEditor::setTaxonomy(const std::vector<burnrate::AnnotationLabel>& labels)
{
    m_taxonomy = labels;
    showMine();
}

void AnnotationEditor::clear()
{
    m_mine = {};
    m_hasSaved = false;
    m_others->clear();
    m_others->hide();
    showMine();
}

void AnnotationEditor::setAnnotations(
    std::int64_t eventId, const QString& author, const std::vector<burnrate::Annotation>& all)
{
    m_mine = {};
    m_mine.eventId = eventId;
    m_mine.author = author.toStdString();
    m_hasSaved = false;
    QString others;
    for (const auto& a : all) {
        if (a.author == m_mine.author) {
            m_mine = a;
            m_hasSaved = true;
            continue;
        }
        QStringList parts;
        if (a.thumb)
            parts << thumbText(a.thumb);
        if (a.rating)
            parts << tr("rated %1/5").arg(*a.rating);
        for (const auto& l : a.labels)
            parts << QString::fromStdString(l).toHtmlEscaped();
        others += QStringLiteral("<p><b>%1</b> <span style='color:gray'>%2</span><br>%3%4</p>")
                      .arg(QString::fromStdString(a.author).toHtmlEscaped(), formatDateTime(a.ts),
                          parts.join(QStringLiteral(", ")),
                          a.comment.empty()
                              ? QString()
                              : QStringLiteral("<br><i>%1</i>").arg(QString::fromStdString(a.comment).toHtmlEscaped()));
    }
    if (others.isEmpty()) {
        m_others->hide();
    } else {
        m_others->setText(QStringLiteral("<b>%1</b>").arg(tr("Other annotators (read-only)")) + others);
        m_others->show();
    }
    showMine();
}

void AnnotationEditor::showMine()
{
    const bool on = m_mine.eventId != 0;
    for (QWidget* w : std::initializer_list<QWidget*> { m_up, m_down, m_comment, m_labelBox })
        w->setEnabled(on);
    for (auto* b : m_stars)
        b->setEnabled(on);
    if (!on)
        m_author->setText(tr("Select a request to annotate it."));
    else if (m_mine.author.empty())
        m_author->setText(tr("Your annotation (you will be asked for your name when you save)"));
    else
        m_author->setText(m_hasSaved ? tr("Your annotation as %1, saved %2")
                                           .arg(QString::fromStdString(m_mine.author), formatDateTime(m_mine.ts))
                                     : tr("Your annotation as %1").arg(QString::fromStdString(m_mine.author)));
    m_up->setChecked(m_mine.thumb == burnrate::Thumb::Up);
    m_down->setChecked(m_mine.thumb == burnrate::Thumb::Down);
    for (int i = 0; i < m_stars.size(); ++i)
        m_stars[i]->setChecked(m_mine.rating && *m_mine.rating >= i + 1);
    // The taxonomy, then any label of this annotation that has since left it (kept, not silently dropped).
    QStringList names = taxonomyNames();
    for (const auto& l : m_mine.labels)
        if (!names.contains(QString::fromStdString(l)))
            names << QString::fromStdString(l);
    while (m_labelChecks.size() > names.size())
        delete m_labelChecks.takeLast();
    for (int i = 0; i < names.size(); ++i) {
        if (i >= m_labelChecks.size()) {
            auto* c = new QCheckBox(m_labelBox);
            c->setFocusPolicy(Qt::NoFocus);
            connect(c, &QCheckBox::clicked, this, [this, c] { toggleLabel(c->property("label").toString()); });
            m_labelChecks << c;
            m_labelGrid->addWidget(c, i / 3, i % 3);
        }
        QCheckBox* c = m_labelChecks[i];
        c->setText(QString(names[i]).replace(QLatin1Char('&'), QStringLiteral("&&")));
        c->setProperty("label", names[i]);
        QString desc;
        for (const auto& l : m_taxonomy)
            if (QString::fromStdString(l.name) == names[i])
                desc = QString::fromStdString(l.description);
        c->setToolTip(desc);
        const std::string n = names[i].toStdString();
        c->setChecked(std::find(m_mine.labels.begin(), m_mine.labels.end(), n) != m_mine.labels.end());
    }
    if (!m_comment->hasFocus() || !on)
        m_comment->setText(QString::fromStdString(m_mine.comment));
    m_delete->setEnabled(on && m_hasSaved);
}

void AnnotationEditor::emitEdit()
{
    showMine();
    emit annotationEdited(m_mine);
}

void AnnotationEditor::setRating(int rating)
{
    if (m_mine.eventId == 0 || rating < 0 || rating > 5)
        return;
    if (rating == 0)
        m_mine.rating.reset();
    else
        m_mine.rating = rating;
    emitEdit();
}

void AnnotationEditor::toggleThumb(burnrate::Thumb thumb)
{
    if (m_mine.eventId == 0)
        return;
    if (m_mine.thumb == thumb)
        m_mine.thumb.reset();
    else
        m_mine.thumb = thumb;
    emitEdit();
}

void AnnotationEditor::toggleLabel(const QString& name)
{
    if (m_mine.eventId == 0)
        return;
    const std::string n = name.toStdString();
    auto it = std::find(m_mine.labels.begin(), m_mine.labels.end(), n);
    if (it == m_mine.labels.end())
        m_mine.labels.push_back(n);
    else
        m_mine.labels.erase(it);
    emitEdit();
}

void AnnotationEditor::focusComment()
{
    if (m_mine.eventId == 0)
        return;
    m_comment->setFocus(Qt::ShortcutFocusReason);
    m_comment->selectAll();
}

void AnnotationEditor::popupLabels()
{
    if (m_mine.eventId == 0)
        return;
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("labelMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (int i = 0; i < m_labelChecks.size(); ++i) {
        const QString name = m_labelChecks[i]->property("label").toString();
        const QString shown = QString(name).replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction* a = menu->addAction(i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(shown) : shown);
        a->setCheckable(true);
        a->setChecked(m_labelChecks[i]->isChecked());
        connect(a, &QAction::triggered, this, [this, name] { toggleLabel(name); });
    }
    menu->popup(m_labelBox->mapToGlobal(QPoint(0, m_labelBox->height())));
}

} // namespace burnrate::ui
