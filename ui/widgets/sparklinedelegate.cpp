#include "ui/widgets/sparklinedelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace burnrate::ui {

SparklineDelegate::SparklineDelegate(int role, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_role(role)
{
}

void SparklineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    const QVariantList values = index.data(m_role).toList();
    if (values.size() < 2)
        return;
    double maxV = 0;
    for (const QVariant& v : values)
        maxV = std::max(maxV, v.toDouble());
    if (maxV <= 0)
        return;
    const QRectF r = QRectF(option.rect).adjusted(4, 4, -4, -4);
    QPainterPath path;
    for (int i = 0; i < values.size(); ++i) {
        const double x = r.left() + r.width() * i / double(values.size() - 1);
        const double y = r.bottom() - r.height() * values[i].toDouble() / maxV;
        if (i == 0)
            path.moveTo(x, y);
        else
            path.lineTo(x, y);
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option.state & QStyle::State_Selected;
    QPen pen(selected ? option.palette.color(QPalette::HighlightedText) : QColor(0x4e, 0x79, 0xa7));
    pen.setWidthF(1.5);
    painter->setPen(pen);
    painter->drawPath(path);
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    return QSize(std::max(s.width(), 110), s.height());
}

} // namespace burnrate::ui
