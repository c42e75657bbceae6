#pragma once

#include "store/annotationstore.h"

#include <QDialog>

#include <string>
#include <vector>

QT_BEGIN_NAMESPACE
class QTableWidget;
QT_END_NAMESPACE

namespace burnrate::ui {

// Edits the annotation label taxonomy: add, remove and describe labels. Annotations that carry a removed
// label keep it.
class LabelsDialog : public QDialog
{
    Q_OBJECT
public:
    LabelsDialog(const std::vector<burnrate::AnnotationLabel>& labels, QWidget* parent = nullptr);

    // What to store and what to remove to get from the labels given to the ones edited.
    std::vector<burnrate::AnnotationLabel> toSave() const;
    std::vector<std::string> toRemove() const;
    // The edited labels in order (empty names dropped, the first of duplicate names kept).
    std::vector<burnrate::AnnotationLabel> edited() const;

private:
    void addRow(const QString& name, const QString& description);
    std::vector<burnrate::AnnotationLabel> m_original;
    QTableWidget* m_table;
};

} // namespace burnrate::ui
