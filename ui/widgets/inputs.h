#pragma once

#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QDateEdit;
class QLineEdit;
QT_END_NAMESPACE

namespace burnrate::ui {

// Gives a line edit at least the width its placeholder needs (with the frame, the text margins and a
// clear button), so the hint is never cut off ("Find a model or p..."). Call after setPlaceholderText().
void fitPlaceholder(QLineEdit* edit);
// Makes typing a date work as people type it: yyyy-MM-dd, and on focus the year is selected, so "2026-11-03"
// typed over it lands in year, month and day in turn.
void makeDateTypable(QDateEdit* edit);

} // namespace burnrate::ui
