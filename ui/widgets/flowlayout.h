#pragma once

#include <QLayout>
#include <QList>

namespace burnrate::ui {

// Lays its items out left to right and wraps onto the next line when the width runs out, so a row of
// controls never holds the window wide (after Qt's Flow Layout example). Items keep their size hints;
// their order is the order they were added in.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget* parent = nullptr, int hSpacing = 8, int vSpacing = 6);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    int count() const override;
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    int doLayout(const QRect& rect, bool testOnly) const;

    QList<QLayoutItem*> m_items;
    int m_hSpace, m_vSpace;
};

} // namespace burnrate::ui
