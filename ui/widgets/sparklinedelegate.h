#pragma once

#include <QStyledItemDelegate>

namespace burnrate::ui {

// Paints the list of numbers under `role` as a small line, scaled to the row's own maximum.
class SparklineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    SparklineDelegate(int role, QObject* parent = nullptr);
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_role;
};

} // namespace burnrate::ui
