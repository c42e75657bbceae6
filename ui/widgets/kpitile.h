#pragma once

#include <QFrame>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace burnrate::ui {

// A headline figure: caption, value, and a small note (change, formula). Tooltip explains it.
class KpiTile : public QFrame
{
    Q_OBJECT
public:
    enum class Tone
    {
        Neutral,
        Good,
        Bad
    };
    explicit KpiTile(const QString& caption, const QString& tooltip, QWidget* parent = nullptr);
    void setValue(const QString& value, const QString& note = {}, Tone tone = Tone::Neutral);
    QString value() const;
    QString note() const;
    void setCaption(const QString& caption);
    QString caption() const;

private:
    QLabel* m_caption;
    QLabel* m_value;
    QLabel* m_note;
};

} // namespace burnrate::ui
