<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>GroupRow</name>
    <message numerus="yes">
        <location filename="../ui/models/grouprow.cpp" line="69"/>
        <source>%n annotated request(s): %1 thumbs up, %2 down; mean rating %3 of %4</source>
        <translation>
            <numerusform>%n annotated request: %1 thumbs up, %2 down; mean rating %3 of %4</numerusform>
            <numerusform>%n annotated requests: %1 thumbs up, %2 down; mean rating %3 of %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/grouprow.cpp" line="73"/>
        <source>%n annotated request(s): %1 thumbs up, %2 down</source>
        <translation>
            <numerusform>%n annotated request: %1 thumbs up, %2 down</numerusform>
            <numerusform>%n annotated requests: %1 thumbs up, %2 down</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/grouprow.cpp" line="76"/>
        <source>%n annotated request(s): mean rating %1 of %2</source>
        <translation>
            <numerusform>%n annotated request: mean rating %1 of %2</numerusform>
            <numerusform>%n annotated requests: mean rating %1 of %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/grouprow.cpp" line="78"/>
        <source>%n annotated request(s)</source>
        <translation>
            <numerusform>%n annotated request</numerusform>
            <numerusform>%n annotated requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>burnrate::ui::BudgetDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/budgetdialog.cpp" line="298"/>
        <source>Preview (%1): the scope matches %n request(s) in %2, %3 so far.</source>
        <translation>
            <numerusform>Preview (%1): the scope matches %n request in %2, %3 so far.</numerusform>
            <numerusform>Preview (%1): the scope matches %n requests in %2, %3 so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/budgetdialog.cpp" line="302"/>
        <source>Last period (%1) it spent %2 over %n request(s).</source>
        <translation>
            <numerusform>Last period (%1) it spent %2 over %n request.</numerusform>
            <numerusform>Last period (%1) it spent %2 over %n requests.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>burnrate::ui::CacheProviderModel</name>
    <message numerus="yes">
        <location filename="../ui/models/cacheprovidermodel.cpp" line="75"/>
        <source>%n context-cache storage cost line(s) of the invoice</source>
        <translation>
            <numerusform>%n context-cache storage cost line of the invoice</numerusform>
            <numerusform>%n context-cache storage cost lines of the invoice</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>burnrate::ui::ImportHistoryDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/importdialogs.cpp" line="241"/>
        <source>%1: %n quarantined row(s), not imported:</source>
        <translation>
            <numerusform>%1: %n quarantined row, not imported:</numerusform>
            <numerusform>%1: %n quarantined rows, not imported:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>burnrate::ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="538"/>
        <source>⚠ %n budget alert(s)</source>
        <translation>
            <numerusform>⚠ %n budget alert</numerusform>
            <numerusform>⚠ %n budget alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="544"/>
        <source>Burnrate: %n unacknowledged budget alert(s)</source>
        <translation>
            <numerusform>Burnrate: %n unacknowledged budget alert</numerusform>
            <numerusform>Burnrate: %n unacknowledged budget alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="631"/>
        <source>⚠ %n sources failing</source>
        <translation>
            <numerusform>⚠ %n source failing</numerusform>
            <numerusform>⚠ %n sources failing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1092"/>
        <source>Demo dataset: %Ln requests</source>
        <translation>
            <numerusform>Demo dataset: %Ln request</numerusform>
            <numerusform>Demo dataset: %Ln requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>burnrate::ui::OverviewPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/overviewpage.cpp" line="418"/>
        <source>Cost leaks (%n open)</source>
        <translation>
            <numerusform>Cost leaks (%n open)</numerusform>
            <numerusform>Cost leaks (%n open)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>burnrate::ui::PricesPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/pricespage.cpp" line="218"/>
        <source>%1: %n request records re-priced.</source>
        <translation>
            <numerusform>%1: %n request record re-priced.</numerusform>
            <numerusform>%1: %n request records re-priced.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/pricespage.cpp" line="232"/>
        <source>%n of them had no price before.</source>
        <translation>
            <numerusform>%n of them had no price before.</numerusform>
            <numerusform>%n of them had no price before.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>burnrate::ui::QualityTableModel</name>
    <message numerus="yes">
        <location filename="../ui/models/qualitytablemodel.cpp" line="172"/>
        <source>%n request(s) without a price are left out</source>
        <translation>
            <numerusform>%n request without a price is left out</numerusform>
            <numerusform>%n requests without a price are left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>burnrate::ui::SavingsPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/savingspage.cpp" line="525"/>
        <source>(%n requests without a price left out)</source>
        <translation>
            <numerusform>(%n request without a price left out)</numerusform>
            <numerusform>(%n requests without a price left out)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>burnrate::ui::SourceBanner</name>
    <message numerus="yes">
        <location filename="../ui/widgets/sourcebanner.cpp" line="69"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/sourcebanner.cpp" line="72"/>
        <source>%n sources failing: %1</source>
        <translation>
            <numerusform>%n source failing: %1</numerusform>
            <numerusform>%n sources failing: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>burnrate::ui::WhatIfStepModel</name>
    <message numerus="yes">
        <location filename="../ui/models/whatifstepmodel.cpp" line="47"/>
        <source>Route %1 to %2, requests of at most %Ln input tokens</source>
        <translation>
            <numerusform>Route %1 to %2, requests of at most %Ln input token</numerusform>
            <numerusform>Route %1 to %2, requests of at most %Ln input tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/whatifstepmodel.cpp" line="57"/>
        <source>Cap %1 at %Ln input tokens</source>
        <translation>
            <numerusform>Cap %1 at %Ln input token</numerusform>
            <numerusform>Cap %1 at %Ln input tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/whatifstepmodel.cpp" line="176"/>
        <source>%1 (and %n more prompts)</source>
        <translation>
            <numerusform>%1 (and %n more prompt)</numerusform>
            <numerusform>%1 (and %n more prompts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>burnrate::ui::chartstyle</name>
    <message numerus="yes">
        <location filename="../ui/charts/chartstyle.cpp" line="227"/>
        <source>%n series: %1</source>
        <translation>
            <numerusform>%n series: %1</numerusform>
            <numerusform>%n series: %1</numerusform>
        </translation>
    </message>
</context>
</TS>
