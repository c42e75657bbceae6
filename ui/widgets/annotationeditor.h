#pragma once

#include "store/annotationstore.h"

#include <QWidget>

#include <vector>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
QT_END_NAMESPACE

namespace burnrate::ui {

// The analyst's own annotation of one request: thumbs up/down, a 1-5 rating, labels from the taxonomy and
// a comment. Every change is reported at once (annotationEdited) so the page saves it; an emptied annotation
// is a deletion. Other authors' annotations are shown apart, read-only.
class AnnotationEditor : public QWidget
{
    Q_OBJECT
public:
    explicit AnnotationEditor(QWidget* parent = nullptr);

    void setTaxonomy(const std::vector<burnrate::AnnotationLabel>& labels);
    // The request's annotations; the one by `author` is editable, the others are listed read-only.
    void setAnnotations(std::int64_t eventId, const QString& author, const std::vector<burnrate::Annotation>& all);
    void clear();
    // What the editor holds now (eventId 0 when no request is shown).
    burnrate::Annotation current() const
    {
        return m_mine;
    }
    std::int64_t eventId() const
    {
        return m_mine.eventId;
    }

    // The same edits as the buttons, for the review queue's keys.
    void setRating(int rating); // 0 clears
    void toggleThumb(burnrate::Thumb thumb);
    void toggleLabel(const QString& name);
    void focusComment();
    // Pops up the labels as a checkable menu below the label grid.
    void popupLabels();
    QStringList taxonomyNames() const;

signals:
    // The analyst changed their annotation (a.empty(): they cleared it; delete it).
    void annotationEdited(const burnrate::Annotation& a);
    void deleteRequested(std::int64_t eventId);
    void editLabelsRequested();
    // Enter in the comment field: the review queue takes the keys back.
    void commentDone();

private:
    void showMine();
    void emitEdit();

    burnrate::Annotation m_mine;
    bool m_hasSaved = false;
    std::vector<burnrate::AnnotationLabel> m_taxonomy;
    QLabel* m_author;
    QToolButton* m_up;
    QToolButton* m_down;
    QList<QToolButton*> m_stars;
    QGridLayout* m_labelGrid;
    QWidget* m_labelBox;
    QList<QCheckBox*> m_labelChecks;
    QLineEdit* m_comment;
    QPushButton* m_delete;
    QLabel* m_others;
};

} // namespace burnrate::ui
