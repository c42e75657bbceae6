#pragma once

#include "model/budget.h"
#include "model/money.h"

#include <QLocale>
#include <QString>

#include <cstdint>

namespace burnrate::ui {

// How money is written: "$1,234.50" (symbol) or "1,234.50 USD" (code). Set from Settings.
enum class CurrencyStyle
{
    Symbol,
    Code
};
void setCurrencyStyle(CurrencyStyle style);
CurrencyStyle currencyStyle();
// The unit money is written in, for axis titles and headers: "$" or "USD" ("Spend ($)", "Input USD/1M").
QString currencyUnit();

// The locale numbers, money and dates are written in on screen (set from the UI language at start-up;
// English (United States) until then, which is what tests see). CSV exports and the CLI do not use it.
void setUiLocale(const QLocale& locale);
QLocale uiLocale();
// The QDateTime format of a date on screen: "yyyy-MM-dd" in English, "dd.MM.yyyy" in German, "dd/MM/yyyy" in French.
QString dateDisplayFormat();
// The QDateTime formats of a day on a chart axis or in a compact range ("Nov 4", "Nov 4, 2026"), translatable
// (German "d. MMM").
QString shortDayFormat();
// A capitalised word or caption ("Day", "Prompt") as it reads inside a sentence of the UI language: lower case,
// except in German, where nouns keep their capital.
QString lowerInSentence(const QString& word);
QString shortDayYearFormat();

// Totals: cents. Per-request or per-token amounts: enough digits to show the value.
QString formatMoney(burnrate::Nano nano, int decimals = 2);
QString formatMoneyPrecise(burnrate::Nano nano);
QString formatCount(std::int64_t n);
// 1.2k, 3.4M, 5.6B
QString formatCompact(double n);
QString formatPercent(double ratio, int decimals = 1);
// What a table cell shows for a figure that has no value (no price, no judgement, nothing reported): an em dash.
QString noValue();
QString formatSignedPercent(double ratio);
QString formatDate(std::int64_t epoch);
QString formatDateTime(std::int64_t epoch);
double toUsd(burnrate::Nano nano);
// A budget period as the interface writes it: "December 2026", "week of 2026-11-30", "Q4 2026",
// "2026-11-01 to 2026-12-31" (the core's describePeriod(), translated and in the UI locale).
QString describePeriod(burnrate::BudgetPeriod period, std::int64_t start, std::int64_t end);

} // namespace burnrate::ui
