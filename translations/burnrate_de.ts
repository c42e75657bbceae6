<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>GroupRow</name>
    <message>
        <location filename="../ui/models/grouprow.cpp" line="62"/>
        <source>No annotated requests</source>
        <translation>Keine annotierten Anfragen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/grouprow.cpp" line="69"/>
        <source>%n annotated request(s): %1 thumbs up, %2 down; mean rating %3 of %4</source>
        <translation>
            <numerusform>%n annotierte Anfrage: %1 Daumen hoch, %2 runter; mittlere Bewertung %3 von %4</numerusform>
            <numerusform>%n annotierte Anfragen: %1 Daumen hoch, %2 runter; mittlere Bewertung %3 von %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/grouprow.cpp" line="73"/>
        <source>%n annotated request(s): %1 thumbs up, %2 down</source>
        <translation>
            <numerusform>%n annotierte Anfrage: %1 Daumen hoch, %2 runter</numerusform>
            <numerusform>%n annotierte Anfragen: %1 Daumen hoch, %2 runter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/grouprow.cpp" line="76"/>
        <source>%n annotated request(s): mean rating %1 of %2</source>
        <translation>
            <numerusform>%n annotierte Anfrage: mittlere Bewertung %1 von %2</numerusform>
            <numerusform>%n annotierte Anfragen: mittlere Bewertung %1 von %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/grouprow.cpp" line="78"/>
        <source>%n annotated request(s)</source>
        <translation>
            <numerusform>%n annotierte Anfrage</numerusform>
            <numerusform>%n annotierte Anfragen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/gui.cpp" line="209"/>
        <source>Burnrate</source>
        <translation>Burnrate</translation>
    </message>
    <message>
        <location filename="../ui/gui.cpp" line="210"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="932"/>
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="954"/>
        <source>%1: %2 inserted, %3 updated, %4 quarantined</source>
        <translation>%1: %2 eingefügt, %3 aktualisiert, %4 in Quarantäne</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1013"/>
        <source>%1 holds no token prices</source>
        <translation>%1 enthält keine Token-Preise</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1014"/>
        <source>%1 holds no valid token prices (%2 refused; first: %3: %4)</source>
        <translation>%1 enthält keine gültigen Token-Preise (%2 abgelehnt; erster: %3: %4)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1021"/>
        <source>Re-pricing history…</source>
        <translation>Verlauf wird neu bepreist…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1025"/>
        <source>%1 prices imported (%2 skipped, %3 refused as invalid), %4 events re-priced</source>
        <translation>%1 Preise importiert (%2 übersprungen, %3 als ungültig abgelehnt), %4 Ereignisse neu bepreist</translation>
    </message>
    <message>
        <location filename="../ui/pages/charthelpers.cpp" line="17"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location filename="../ui/pages/charthelpers.cpp" line="20"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/pages/charthelpers.cpp" line="132"/>
        <source>week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/charthelpers.cpp" line="149"/>
        <source>Annotated requests</source>
        <translation>Annotierte Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/screenshot.cpp" line="20"/>
        <source>unknown page &quot;%1&quot;</source>
        <translation>unbekannte Seite „%1“</translation>
    </message>
    <message>
        <location filename="../ui/screenshot.cpp" line="39"/>
        <source>the %1 page did not finish its queries within %2 s</source>
        <translation>die Seite %1 hat ihre Abfragen nicht innerhalb von %2 s abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/secrets.cpp" line="76"/>
        <source>the keychain did not answer within %1 s</source>
        <translation>der Schlüsselbund hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <location filename="../ui/sourcesync.cpp" line="23"/>
        <source>no API key (%1): enter the key in the source&apos;s Edit dialog</source>
        <translation>kein API-Schlüssel (%1): Geben Sie den Schlüssel im Bearbeiten-Dialog der Quelle ein</translation>
    </message>
    <message>
        <location filename="../ui/sourcesync.cpp" line="24"/>
        <source>no API key: enter the key in the source&apos;s Edit dialog</source>
        <translation>kein API-Schlüssel: Geben Sie den Schlüssel im Bearbeiten-Dialog der Quelle ein</translation>
    </message>
    <message>
        <location filename="../ui/sourcesync.cpp" line="27"/>
        <source>no AWS credentials: enter ACCESS_KEY_ID:SECRET_ACCESS_KEY in the source&apos;s Edit dialog, set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or give the source a profile</source>
        <translation>keine AWS-Zugangsdaten: Geben Sie ACCESS_KEY_ID:SECRET_ACCESS_KEY im Bearbeiten-Dialog der Quelle ein, setzen Sie AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY oder geben Sie der Quelle ein Profil</translation>
    </message>
    <message>
        <location filename="../ui/sourcesync.cpp" line="30"/>
        <source>the Key variable field</source>
        <translation>das Feld „Schlüsselvariable“</translation>
    </message>
    <message>
        <location filename="../ui/sourcesync.cpp" line="42"/>
        <source>no source named %1</source>
        <translation>keine Quelle namens %1</translation>
    </message>
    <message>
        <location filename="../ui/sourcesync.cpp" line="44"/>
        <source>%1 is a %2 source: its data is imported, it cannot be polled</source>
        <translation>%1 ist eine %2-Quelle: ihre Daten werden importiert, sie kann nicht abgefragt werden</translation>
    </message>
    <message>
        <location filename="../ui/sourcesync.cpp" line="49"/>
        <source>Reading the key of %1…</source>
        <translation>Schlüssel von %1 wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/sourcesync.cpp" line="53"/>
        <source>Syncing %1…</source>
        <translation>%1 wird synchronisiert…</translation>
    </message>
    <message>
        <location filename="../ui/sourcesync.cpp" line="58"/>
        <source>%1: %2 pages, %3 rows</source>
        <translation>%1: %2 Seiten, %3 Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/sourcesync.cpp" line="66"/>
        <source> (keychain: %1)</source>
        <translation> (Schlüsselbund: %1)</translation>
    </message>
    <message>
        <location filename="../ui/sourcesync.cpp" line="69"/>
        <source>%1 synced: %2 pages, %3 new rows, %4 updated</source>
        <translation>%1 synchronisiert: %2 Seiten, %3 neue Zeilen, %4 aktualisiert</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::AddFilterDialog</name>
    <message>
        <location filename="../ui/dialogs/addfilterdialog.cpp" line="34"/>
        <source>Add filter</source>
        <translation>Filter hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/addfilterdialog.cpp" line="49"/>
        <source>Dimension:</source>
        <translation>Dimension:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/addfilterdialog.cpp" line="50"/>
        <source>Tag key:</source>
        <translation>Tag-Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/addfilterdialog.cpp" line="51"/>
        <source>Value:</source>
        <translation>Wert:</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::AlertTableModel</name>
    <message>
        <location filename="../ui/models/alerttablemodel.cpp" line="61"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/models/alerttablemodel.cpp" line="64"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/models/alerttablemodel.cpp" line="71"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../ui/models/alerttablemodel.cpp" line="96"/>
        <source>Fired</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <location filename="../ui/models/alerttablemodel.cpp" line="98"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../ui/models/alerttablemodel.cpp" line="100"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/models/alerttablemodel.cpp" line="102"/>
        <source>Spent</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <location filename="../ui/models/alerttablemodel.cpp" line="104"/>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <location filename="../ui/models/alerttablemodel.cpp" line="106"/>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <location filename="../ui/models/alerttablemodel.cpp" line="108"/>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::AllocationDialog</name>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="58"/>
        <source>%1 requests (%2) and %3 provider buckets (%4 requests, %5)</source>
        <translation>%1 Anfragen (%2) und %3 Anbieter-Posten (%4 Anfragen, %5)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="78"/>
        <source>Cost allocation rules</source>
        <translation>Regeln zur Kostenzuordnung</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="83"/>
        <source>A rule gives spend an owner where its source named none: an API key, project, user, team or tag maps to a tenant, team, project or env. A value the source reported always wins; the first rule by priority, then the most specific match, sets the owner. Adding or removing a rule re-allocates the whole history.</source>
        <translation>Eine Regel gibt Ausgaben einen Eigentümer, wo die Quelle keinen genannt hat: Ein API-Schlüssel, Projekt, Benutzer, Team oder Tag wird einem Mandanten, Team, Projekt oder einer Umgebung zugeordnet. Ein von der Quelle gemeldeter Wert hat immer Vorrang; die erste Regel nach Priorität, dann die spezifischste Übereinstimmung legt den Eigentümer fest. Das Hinzufügen oder Entfernen einer Regel ordnet den gesamten Verlauf neu zu.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="93"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="93"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="93"/>
        <source>Match</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="93"/>
        <source>Set</source>
        <translation>Zuweisung</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="103"/>
        <source>New rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="111"/>
        <source>tag key</source>
        <translation>Tag-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="115"/>
        <source>value (empty: rows without one)</source>
        <translation>Wert (leer: Zeilen ohne Wert)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="119"/>
        <source>&amp;Match:</source>
        <translation>&amp;Bedingung:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="128"/>
        <source>owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="131"/>
        <source>&amp;Set:</source>
        <translation>&amp;Zuweisung:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="136"/>
        <source>Rules with a higher priority are applied first.</source>
        <translation>Regeln mit höherer Priorität werden zuerst angewendet.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="138"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="142"/>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="144"/>
        <source>&amp;Add rule</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="146"/>
        <source>&amp;Remove selected</source>
        <translation>Auswahl &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="155"/>
        <source>Model tiers (blended list price, (3 x input + output) / 4, USD per 1M tokens)</source>
        <translation>Modellklassen (gemischter Listenpreis, (3 × Input + Output) / 4, USD pro 1 Mio. Tokens)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="159"/>
        <source>Premium &amp;from:</source>
        <translation>P&amp;remium ab:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="161"/>
        <source>&amp;Economy below:</source>
        <translation>Economy &amp;unter:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="163"/>
        <source>Save &amp;tiers</source>
        <translation>&amp;Klassen speichern</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="274"/>
        <source>The rules could not be read: %1</source>
        <translation>Die Regeln konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="304"/>
        <source>Name the owner to see what the rule would re-allocate.</source>
        <translation>Nennen Sie den Eigentümer, um zu sehen, was die Regel neu zuordnen würde.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="309"/>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="318"/>
        <source>Names the tier of this model in every query (nothing is rewritten).</source>
        <translation>Benennt die Klasse dieses Modells in jeder Abfrage (nichts wird umgeschrieben).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="319"/>
        <source>Adding it re-allocates %1.</source>
        <translation>Das Hinzufügen ordnet %1 neu zu.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="343"/>
        <source>Adding the rule and re-allocating the history…</source>
        <translation>Regel wird hinzugefügt und Verlauf neu zugeordnet…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="352"/>
        <source>Rule %1 added; re-allocated %2.</source>
        <translation>Regel %1 hinzugefügt; %2 neu zugeordnet.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="366"/>
        <source>Select a rule to remove.</source>
        <translation>Wählen Sie eine Regel zum Entfernen aus.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="371"/>
        <source>Removing rule %1 and re-allocating the history…</source>
        <translation>Regel %1 wird entfernt und Verlauf neu zugeordnet…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="379"/>
        <source>Rule %1 removed; re-allocated %2.</source>
        <translation>Regel %1 entfernt; %2 neu zugeordnet.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="390"/>
        <source>Tier thresholds are prices in USD per 1M tokens, e.g. 10 or 0.75.</source>
        <translation>Klassengrenzen sind Preise in USD pro 1 Mio. Tokens, z. B. 10 oder 0.75.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="401"/>
        <source>Tier thresholds saved.</source>
        <translation>Klassengrenzen gespeichert.</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::AnnotationEditor</name>
    <message>
        <location filename="../ui/widgets/annotationeditor.cpp" line="25"/>
        <source>thumbs up</source>
        <translation>Daumen hoch</translation>
    </message>
    <message>
        <location filename="../ui/widgets/annotationeditor.cpp" line="25"/>
        <source>thumbs down</source>
        <translation>Daumen runter</translation>
    </message>
    <message>
        <location filename="../ui/widgets/annotationeditor.cpp" line="54"/>
        <source>▲ Good</source>
        <translation>▲ Gut</translation>
    </message>
    <message>
        <location filename="../ui/widgets/annotationeditor.cpp" line="54"/>
        <source>Thumbs up (U)</source>
        <translation>Daumen hoch (U)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/annotationeditor.cpp" line="55"/>
        <source>▼ Bad</source>
        <translation>▼ Schlecht</translation>
    </message>
    <message>
        <location filename="../ui/widgets/annotationeditor.cpp" line="55"/>
        <source>Thumbs down (D)</source>
        <translation>Daumen runter (D)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/annotationeditor.cpp" line="56"/>
        <source>Thumbs up</source>
        <translation>Daumen hoch</translation>
    </message>
    <message>
        <location filename="../ui/widgets/annotationeditor.cpp" line="57"/>
        <source>Thumbs down</source>
        <translation>Daumen runter</translation>
    </message>
    <message>
        <location filename="../ui/widgets/annotationeditor.cpp" line="68"/>
        <source>Rating:</source>
        <translation>Bewertung:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/annotationeditor.cpp" line="70"/>
        <source>Rate %1 of 5 (key %1; click again to clear)</source>
        <translation>Mit %1 von 5 bewerten (Taste %1; erneut klicken zum Löschen)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/annotationeditor.cpp" line="79"/>
        <source>Labels:</source>
        <translation>Labels:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/annotationeditor.cpp" line="81"/>
        <source>Edit labels…</source>
        <translation>Labels bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/annotationeditor.cpp" line="92"/>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/annotationeditor.cpp" line="95"/>
        <source>Why (Enter saves)</source>
        <translation>Warum (Eingabe speichert)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/annotationeditor.cpp" line="112"/>
        <source>Delete my annotation</source>
        <translation>Meine Annotation löschen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/annotationeditor.cpp" line="180"/>
        <source>rated %1/5</source>
        <translation>bewertet mit %1/5</translation>
    </message>
    <message>
        <location filename="../ui/widgets/annotationeditor.cpp" line="193"/>
        <source>Other annotators (read-only)</source>
        <translation>Andere Annotatoren (schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/annotationeditor.cpp" line="207"/>
        <source>Select a request to annotate it.</source>
        <translation>Wählen Sie eine Anfrage aus, um sie zu annotieren.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/annotationeditor.cpp" line="209"/>
        <source>Your annotation (you will be asked for your name when you save)</source>
        <translation>Ihre Annotation (beim Speichern werden Sie nach Ihrem Namen gefragt)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/annotationeditor.cpp" line="211"/>
        <source>Your annotation as %1, saved %2</source>
        <translation>Ihre Annotation als %1, gespeichert %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/annotationeditor.cpp" line="213"/>
        <source>Your annotation as %1</source>
        <translation>Ihre Annotation als %1</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::BackgroundTask</name>
    <message>
        <location filename="../ui/backgroundtask.cpp" line="45"/>
        <source>unexpected error</source>
        <translation>unerwarteter Fehler</translation>
    </message>
    <message>
        <location filename="../ui/backgroundtask.cpp" line="48"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::BudgetDialog</name>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="51"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="59"/>
        <source>e.g. Search team, monthly</source>
        <translation>z. B. Suchteam, monatlich</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="60"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="62"/>
        <source>USD, e.g. 2500</source>
        <translation>USD, z. B. 2500</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="63"/>
        <source>&amp;Amount (USD):</source>
        <translation>&amp;Betrag (USD):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="65"/>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="66"/>
        <source>Weekly (Monday to Sunday, UTC)</source>
        <translation>Wöchentlich (Montag bis Sonntag, UTC)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="67"/>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="68"/>
        <source>Quarterly</source>
        <translation>Vierteljährlich</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="69"/>
        <source>Date range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="71"/>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="80"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="82"/>
        <source>&amp;Date range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="87"/>
        <source>everything, or e.g. team=search,env=prod</source>
        <translation>alles, oder z. B. team=search,env=prod</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="88"/>
        <source>Dimension=value pairs separated by commas. Values of one dimension are alternatives; different dimensions must all match. Dimensions: provider, model, tenant, team, project, env, user, api_key, prompt, prompt_version, tag:NAME.</source>
        <translation>Paare aus Dimension=Wert, durch Kommas getrennt. Werte einer Dimension sind Alternativen; verschiedene Dimensionen müssen alle zutreffen. Dimensionen: provider, model, tenant, team, project, env, user, api_key, prompt, prompt_version, tag:NAME.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="92"/>
        <source>Use current filters</source>
        <translation>Aktuelle Filter verwenden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="94"/>
        <source>The filter chips of the dashboard as the scope</source>
        <translation>Die Filter-Chips des Dashboards als Bereich</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="102"/>
        <source>&amp;Scope:</source>
        <translation>Be&amp;reich:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="106"/>
        <source>Automatic (billing where connected, else attribution)</source>
        <translation>Automatisch (Abrechnung, wo verbunden, sonst Zuordnung)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="107"/>
        <source>Billing (provider usage APIs)</source>
        <translation>Abrechnung (Nutzungs-APIs der Anbieter)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="108"/>
        <source>Attribution (proxy logs and imports)</source>
        <translation>Zuordnung (Proxy-Logs und Importe)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="109"/>
        <source>&amp;Lens:</source>
        <translation>&amp;Sicht:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="111"/>
        <source>Percentages of the amount, each optionally with its actions: 60:notify, 85:notify+webhook, 100:notify+webhook+cap. Without actions a tier notifies and calls the webhooks; the highest also trips the circuit breaker when one is chosen.</source>
        <translation>Prozentsätze des Betrags, jeweils optional mit Aktionen: 60:notify, 85:notify+webhook, 100:notify+webhook+cap. Ohne Aktionen benachrichtigt eine Stufe und ruft die Webhooks auf; die höchste löst zudem den Schutzschalter aus, falls einer gewählt ist.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="115"/>
        <source>&amp;Tiers (%):</source>
        <translation>S&amp;tufen (%):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="117"/>
        <source>One URL per line (https; plain http only to this machine)</source>
        <translation>Eine URL pro Zeile (https; einfaches http nur zu diesem Rechner)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="120"/>
        <source>&amp;Webhooks:</source>
        <translation>&amp;Webhooks:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="122"/>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="124"/>
        <source>Block through %1</source>
        <translation>Sperren über %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="125"/>
        <source>At the top tier, block the scope&apos;s LiteLLM team or key through this proxy&apos;s admin API (the scope must name a team or an api_key). Every block is audited and can be lifted on the Budgets page.</source>
        <translation>Auf der höchsten Stufe das LiteLLM-Team oder den Schlüssel des Bereichs über die Admin-API dieses Proxys sperren (der Bereich muss ein Team oder einen api_key nennen). Jede Sperre wird protokolliert und kann auf der Seite „Budgets“ aufgehoben werden.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="128"/>
        <source>&amp;Circuit breaker:</source>
        <translation>S&amp;chutzschalter:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="162"/>
        <source>Edit budget</source>
        <translation>Budget bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="179"/>
        <source>Block through %1 (missing)</source>
        <translation>Sperren über %1 (fehlt)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="225"/>
        <source>Give the budget a name.</source>
        <translation>Geben Sie dem Budget einen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="227"/>
        <source>The amount must be a positive number of US dollars.</source>
        <translation>Der Betrag muss eine positive Zahl in US-Dollar sein.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="265"/>
        <source>Preview: the scope is not valid yet.</source>
        <translation>Vorschau: Der Bereich ist noch nicht gültig.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="293"/>
        <source>Preview: %1</source>
        <translation>Vorschau: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="297"/>
        <source>billing lens</source>
        <translation>Abrechnungssicht</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="297"/>
        <source>attribution lens</source>
        <translation>Zuordnungssicht</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/budgetdialog.cpp" line="298"/>
        <source>Preview (%1): the scope matches %n request(s) in %2, %3 so far.</source>
        <translation>
            <numerusform>Vorschau (%1): Der Bereich trifft auf %n Anfrage in %2 zu, bisher %3.</numerusform>
            <numerusform>Vorschau (%1): Der Bereich trifft auf %n Anfragen in %2 zu, bisher %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/budgetdialog.cpp" line="302"/>
        <source>Last period (%1) it spent %2 over %n request(s).</source>
        <translation>
            <numerusform>In der letzten Periode (%1) wurden %2 für %n Anfrage ausgegeben.</numerusform>
            <numerusform>In der letzten Periode (%1) wurden %2 für %n Anfragen ausgegeben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="309"/>
        <source>That is %1 of this amount.</source>
        <translation>Das sind %1 dieses Betrags.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="311"/>
        <source>Nothing matches yet: check the scope&apos;s spelling.</source>
        <translation>Noch keine Treffer: Prüfen Sie die Schreibweise des Bereichs.</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::BudgetGauge</name>
    <message>
        <location filename="../ui/widgets/budgetgauge.cpp" line="38"/>
        <source>%1
Period: %2
Spent: %3 of %4
Forecast: %5 (90%: %6 to %7), %8</source>
        <translation>%1
Periode: %2
Ausgegeben: %3 von %4
Prognose: %5 (90 %: %6 bis %7), %8</translation>
    </message>
    <message>
        <location filename="../ui/widgets/budgetgauge.cpp" line="44"/>
        <source>
Scope: %1</source>
        <translation>
Bereich: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/budgetgauge.cpp" line="45"/>
        <source>
Tiers: %1</source>
        <translation>
Stufen: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/budgetgauge.cpp" line="101"/>
        <source>%1 of %2 · %3</source>
        <translation>%1 von %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/widgets/budgetgauge.cpp" line="163"/>
        <source> · next tier %1</source>
        <translation> · nächste Stufe %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/budgetgauge.cpp" line="156"/>
        <source>%1 · forecast %2 (%3 to %4)</source>
        <translation>%1 · Prognose %2 (%3–%4)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/budgetgauge.cpp" line="160"/>
        <source> · used up %1</source>
        <translation> · aufgebraucht am %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/budgetgauge.cpp" line="161"/>
        <source> · runs out %1</source>
        <translation> · reicht bis %1</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::BudgetsPage</name>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="55"/>
        <source>&amp;Add budget...</source>
        <translation>Budget &amp;hinzufügen...</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="56"/>
        <source>&amp;Edit...</source>
        <translation>&amp;Bearbeiten...</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="57"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="58"/>
        <source>&amp;Check now</source>
        <translation>Jetzt &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="59"/>
        <source>Evaluate every budget now and act on tiers crossed (notifications, webhooks, circuit breaker). This also happens after every sync and import and every 5 minutes.</source>
        <translation>Alle Budgets jetzt auswerten und auf überschrittene Stufen reagieren (Benachrichtigungen, Webhooks, Schutzschalter). Das geschieht auch nach jeder Synchronisierung und jedem Import sowie alle 5 Minuten.</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="84"/>
        <source>No budgets yet.

Add one to be warned at 60% (notify), 85% (escalate) and 100% (hard cap) of what a team, tenant, model or everything may spend in a day, week, month, quarter or date range.</source>
        <translation>Noch keine Budgets.

Fügen Sie eines hinzu, um bei 60 % (Benachrichtigung), 85 % (Eskalation) und 100 % (harte Obergrenze) dessen gewarnt zu werden, was ein Team, Mandant, Modell oder alles an einem Tag, in einer Woche, einem Monat, Quartal oder Zeitraum ausgeben darf.</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="95"/>
        <location filename="../ui/pages/budgetspage.cpp" line="270"/>
        <source>Burn-down</source>
        <translation>Burn-down</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="113"/>
        <source>Budget alerts</source>
        <translation>Budget-Alarme</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="119"/>
        <source>Ac&amp;knowledge selected</source>
        <translation>Aus&amp;wahl bestätigen</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="120"/>
        <source>Acknowledge &amp;all</source>
        <translation>&amp;Alle bestätigen</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="127"/>
        <source>Alert history</source>
        <translation>Alarmverlauf</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="135"/>
        <source>Blocked since</source>
        <translation>Gesperrt seit</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="135"/>
        <location filename="../ui/pages/budgetspage.cpp" line="282"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="135"/>
        <source>Team or key</source>
        <translation>Team oder Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="135"/>
        <source>Through</source>
        <translation>Über</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="135"/>
        <source>Proxy&apos;s answer</source>
        <translation>Antwort des Proxys</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="143"/>
        <source>&amp;Unblock</source>
        <translation>Ent&amp;sperren</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="144"/>
        <source>Lift the block through the proxy&apos;s admin API (audited)</source>
        <translation>Die Sperre über die Admin-API des Proxys aufheben (protokolliert)</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="149"/>
        <source>Circuit breaker</source>
        <translation>Schutzschalter</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="192"/>
        <source>The budgets could not be loaded: %1</source>
        <translation>Die Budgets konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="208"/>
        <source>Not evaluated: %1</source>
        <translation>Nicht ausgewertet: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="272"/>
        <source>Add a budget to see its burn-down here.</source>
        <translation>Fügen Sie ein Budget hinzu, um hier seinen Burn-down zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="272"/>
        <source>Select a budget.</source>
        <translation>Wählen Sie ein Budget aus.</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="277"/>
        <source>Burn-down: %1, %2</source>
        <translation>Burn-down: %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="281"/>
        <source>Ideal pace</source>
        <translation>Idealverlauf</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="283"/>
        <source>Spent</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="289"/>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="300"/>
        <source>Cumulative spend (%1)</source>
        <translation>Kumulierte Ausgaben (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="346"/>
        <source>Budget &apos;%1&apos; added</source>
        <translation>Budget „%1“ hinzugefügt</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="347"/>
        <source>Budget &apos;%1&apos; saved</source>
        <translation>Budget „%1“ gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="357"/>
        <source>Remove budget</source>
        <translation>Budget entfernen</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="358"/>
        <source>Remove the budget &apos;%1&apos; and its alert history? Blocks its circuit breaker made stay in place (lift them on the Circuit breaker tab).</source>
        <translation>Das Budget „%1“ und seinen Alarmverlauf entfernen? Sperren, die sein Schutzschalter gesetzt hat, bleiben bestehen (heben Sie sie im Tab „Schutzschalter“ auf).</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="369"/>
        <source>Budget &apos;%1&apos; removed</source>
        <translation>Budget „%1“ entfernt</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="382"/>
        <source>Select the alerts to acknowledge first</source>
        <translation>Wählen Sie zuerst die zu bestätigenden Alarme aus</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="397"/>
        <source>Alerts acknowledged</source>
        <translation>Alarme bestätigt</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="404"/>
        <source>Select a blocked team or key first</source>
        <translation>Wählen Sie zuerst ein gesperrtes Team oder einen Schlüssel aus</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="426"/>
        <source>Unblocking %1 %2 failed: %3</source>
        <translation>Entsperren von %1 %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="431"/>
        <source>Unblocked %1 %2</source>
        <translation>%1 %2 entsperrt</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.h" line="37"/>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::CachePage</name>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="85"/>
        <source>Prompt-cache hit rate</source>
        <translation>Prompt-Cache-Trefferquote</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="85"/>
        <source>Cached input tokens / all input tokens</source>
        <translation>Gecachte Input-Tokens / alle Input-Tokens</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="86"/>
        <source>Cache savings</source>
        <translation>Cache-Einsparungen</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="87"/>
        <source>Savings realised from cached pricing: cached tokens x (input price - cached-input price), per request at the price in force</source>
        <translation>Durch Cache-Preise erzielte Einsparungen: gecachte Tokens × (Input-Preis − Preis für gecachten Input), je Anfrage zum jeweils gültigen Preis</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="89"/>
        <source>Cache-write overhead</source>
        <translation>Cache-Schreib-Mehrkosten</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="90"/>
        <source>What cache writes cost above plain input: cache-write tokens x (cache-write price - input price)</source>
        <translation>Was Cache-Schreibvorgänge über normalen Input hinaus kosten: Cache-Schreib-Tokens × (Cache-Schreibpreis − Input-Preis)</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="92"/>
        <source>Net prompt-cache benefit</source>
        <translation>Netto-Nutzen des Prompt-Cache</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="92"/>
        <source>Cache savings - cache-write overhead</source>
        <translation>Cache-Einsparungen − Cache-Schreib-Mehrkosten</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="94"/>
        <source>Response-cache hit rate</source>
        <translation>Antwort-Cache-Trefferquote</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="94"/>
        <source>Requests the proxy answered from its response cache / all requests</source>
        <translation>Vom Proxy aus seinem Antwort-Cache beantwortete Anfragen / alle Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="95"/>
        <source>Cost avoided</source>
        <translation>Vermiedene Kosten</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="96"/>
        <source>What the requests served from the proxy&apos;s response cache would have cost at the model&apos;s price</source>
        <translation>Was die aus dem Antwort-Cache des Proxys bedienten Anfragen zum Preis des Modells gekostet hätten</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="106"/>
        <source>Hit rate = cached input tokens / input tokens, per bucket</source>
        <translation>Trefferquote = gecachte Input-Tokens / Input-Tokens, je Intervall</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="115"/>
        <source>Prompt-cache hit rate by model</source>
        <translation>Prompt-Cache-Trefferquote nach Modell</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="116"/>
        <source>Prompt-cache hit rate by prompt</source>
        <translation>Prompt-Cache-Trefferquote nach Prompt</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="119"/>
        <source>Cache savings by provider (billing: provider usage and invoices)</source>
        <translation>Cache-Einsparungen nach Anbieter (Abrechnung: Nutzungsberichte und Rechnungen der Anbieter)</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="120"/>
        <source>What each provider&apos;s prompt cache saved and cost, from the providers&apos; own usage reports and invoices: cache reads at their discount, cache writes above plain input (Anthropic) and Gemini&apos;s context-cache storage</source>
        <translation>Was der Prompt-Cache jedes Anbieters eingespart und gekostet hat, aus den eigenen Nutzungsberichten und Rechnungen der Anbieter: Cache-Lesezugriffe zum ermäßigten Preis, Cache-Schreibvorgänge über dem normalen Input-Preis (Anthropic) und die Kontext-Cache-Speicherung von Gemini</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="128"/>
        <source>Cache savings by provider</source>
        <translation>Cache-Einsparungen nach Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="144"/>
        <source>Cache by model</source>
        <translation>Cache nach Modell</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="148"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="208"/>
        <source>The cache figures could not be loaded: %1</source>
        <translation>Die Cache-Kennzahlen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="214"/>
        <source>%1 of %2 input tokens</source>
        <translation>%1 von %2 Input-Tokens</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="217"/>
        <source>%1 cache-write tokens</source>
        <translation>%1 Cache-Schreib-Tokens</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="221"/>
        <source>%1 requests</source>
        <translation>%1 Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="228"/>
        <location filename="../ui/pages/cachepage.cpp" line="232"/>
        <source>No input tokens in this range.</source>
        <translation>Keine Input-Tokens in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="230"/>
        <location filename="../ui/pages/cachepage.cpp" line="234"/>
        <source>Hit rate (%)</source>
        <translation>Trefferquote (%)</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="239"/>
        <source>Not shown for this scope: %1</source>
        <translation>Für diesen Ausschnitt nicht angezeigt: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="247"/>
        <source>No prompt caching in the providers&apos; usage reports in this range.</source>
        <translation>Kein Prompt-Caching in den Nutzungsberichten der Anbieter in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="249"/>
        <source>Net saving of all providers: %1 = read savings %2 - write overhead %3 - storage %4.</source>
        <translation>Netto-Einsparung aller Anbieter: %1 = Lese-Einsparungen %2 - Schreib-Mehrkosten %3 - Speicherung %4.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="254"/>
        <source>Cache storage is left out: the invoice&apos;s cost lines cannot be scoped this way.</source>
        <translation>Die Cache-Speicherung ist nicht enthalten: Die Kostenzeilen der Rechnung lassen sich nicht so eingrenzen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.h" line="31"/>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::CacheProviderModel</name>
    <message>
        <location filename="../ui/models/cacheprovidermodel.cpp" line="41"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/cacheprovidermodel.cpp" line="75"/>
        <source>%n context-cache storage cost line(s) of the invoice</source>
        <translation>
            <numerusform>%n Kostenzeile der Rechnung für Kontext-Cache-Speicherung</numerusform>
            <numerusform>%n Kostenzeilen der Rechnung für Kontext-Cache-Speicherung</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/cacheprovidermodel.cpp" line="76"/>
        <source>No cache storage billed: no explicit context caches, or a provider that charges none</source>
        <translation>Keine Cache-Speicherung berechnet: keine expliziten Kontext-Caches oder ein Anbieter, der dafür nichts berechnet</translation>
    </message>
    <message>
        <location filename="../ui/models/cacheprovidermodel.cpp" line="89"/>
        <source>Cached tokens x (input price - cached-input price), at the price in force</source>
        <translation>Gecachte Tokens x (Input-Preis - Preis für gecachten Input), zum jeweils gültigen Preis</translation>
    </message>
    <message>
        <location filename="../ui/models/cacheprovidermodel.cpp" line="91"/>
        <source>Cache-write tokens x (cache-write price - input price)</source>
        <translation>Cache-Schreib-Tokens x (Cache-Schreibpreis - Input-Preis)</translation>
    </message>
    <message>
        <location filename="../ui/models/cacheprovidermodel.cpp" line="93"/>
        <source>What the provider invoiced for keeping context caches (Gemini: the Caching Storage SKUs of the Cloud Billing export, before credits)</source>
        <translation>Was der Anbieter für das Vorhalten von Kontext-Caches berechnet hat (Gemini: die Caching-Storage-SKUs des Cloud-Billing-Exports, vor Gutschriften)</translation>
    </message>
    <message>
        <location filename="../ui/models/cacheprovidermodel.cpp" line="96"/>
        <source>Read savings - write overhead - storage cost</source>
        <translation>Lese-Einsparungen - Schreib-Mehrkosten - Speicherkosten</translation>
    </message>
    <message>
        <location filename="../ui/models/cacheprovidermodel.cpp" line="104"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/models/cacheprovidermodel.cpp" line="106"/>
        <source>Cached tokens</source>
        <translation>Gecachte Tokens</translation>
    </message>
    <message>
        <location filename="../ui/models/cacheprovidermodel.cpp" line="108"/>
        <source>Hit rate</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <location filename="../ui/models/cacheprovidermodel.cpp" line="110"/>
        <source>Read savings</source>
        <translation>Lese-Einsparungen</translation>
    </message>
    <message>
        <location filename="../ui/models/cacheprovidermodel.cpp" line="112"/>
        <source>Write overhead</source>
        <translation>Schreib-Mehrkosten</translation>
    </message>
    <message>
        <location filename="../ui/models/cacheprovidermodel.cpp" line="114"/>
        <source>Storage cost</source>
        <translation>Speicherkosten</translation>
    </message>
    <message>
        <location filename="../ui/models/cacheprovidermodel.cpp" line="116"/>
        <source>Net saving</source>
        <translation>Netto-Einsparung</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::CostsPage</name>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="128"/>
        <source>Spend (%1)</source>
        <translation>Ausgaben (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="130"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="132"/>
        <source>Input tokens</source>
        <translation>Input-Tokens</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="134"/>
        <source>Cached input tokens</source>
        <translation>Gecachte Input-Tokens</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="136"/>
        <source>Cache-write tokens</source>
        <translation>Cache-Schreib-Tokens</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="138"/>
        <source>Output tokens</source>
        <translation>Output-Tokens</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="140"/>
        <source>Cost per request (%1)</source>
        <translation>Kosten pro Anfrage (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="142"/>
        <source>Cost per 1k output tokens (%1)</source>
        <translation>Kosten pro 1k Output-Tokens (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="155"/>
        <source>Breakdown</source>
        <translation>Aufschlüsselung</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="156"/>
        <source>Reconciliation</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="157"/>
        <source>Spend grouped by one or two dimensions, over time or as a ranking</source>
        <translation>Ausgaben nach einer oder zwei Dimensionen gruppiert, im Zeitverlauf oder als Rangliste</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="159"/>
        <source>Billed spend (provider usage APIs) vs attributed spend (proxy logs) per day, provider and model, and computed vs reported cost</source>
        <translation>Abgerechnete Ausgaben (Nutzungs-APIs der Anbieter) vs. zugeordnete Ausgaben (Proxy-Logs) je Tag, Anbieter und Modell sowie berechnete vs. gemeldete Kosten</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="174"/>
        <source>Stacked bars over time</source>
        <translation>Gestapelte Balken im Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="175"/>
        <source>Ranking</source>
        <translation>Rangliste</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="177"/>
        <source>Attribution (proxy logs)</source>
        <translation>Zuordnung (Proxy-Logs)</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="178"/>
        <source>Billing (provider usage)</source>
        <translation>Abrechnung (Anbieter-Nutzung)</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="179"/>
        <source>The two lenses are never summed: billing is everything the providers billed, attribution what passed through the proxy with tenant, team and prompt</source>
        <translation>Die beiden Sichten werden nie addiert: Die Abrechnung ist alles, was die Anbieter berechnet haben, die Zuordnung das, was mit Mandant, Team und Prompt durch den Proxy lief</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="194"/>
        <source>The chart shows the costliest values of each group-by dimension over the whole range (two dimensions: their combinations) and folds the rest into Other</source>
        <translation>Das Diagramm zeigt die teuersten Werte jeder Gruppierungsdimension über den gesamten Zeitraum (bei zwei Dimensionen: deren Kombinationen) und fasst den Rest unter „Sonstige“ zusammen</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="196"/>
        <source>Top</source>
        <translation>Top</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="198"/>
        <source>Group by</source>
        <translation>Gruppieren nach</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="198"/>
        <source>then</source>
        <translation>dann</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="199"/>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="200"/>
        <source>Lens</source>
        <translation>Sicht</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="216"/>
        <source>Export CSV...</source>
        <translation>CSV exportieren...</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="218"/>
        <source>Save chart...</source>
        <translation>Diagramm speichern...</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="219"/>
        <source>The finance CSV (group-by columns, requests, tokens, cost_usd, TOTAL row): of the table, or over time at the chart&apos;s granularity</source>
        <translation>Die Finanz-CSV (Gruppierungsspalten, requests, tokens, cost_usd, TOTAL-Zeile): der Tabelle oder im Zeitverlauf in der Granularität des Diagramms</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="222"/>
        <source>Table: one row per group...</source>
        <translation>Tabelle: eine Zeile pro Gruppe...</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="226"/>
        <source>Over time: one row per %1 and group...</source>
        <translation>Zeitverlauf: eine Zeile pro %1 und Gruppe...</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="253"/>
        <source>Switch to attribution</source>
        <translation>Zur Zuordnung wechseln</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="255"/>
        <source>Show the same question through the attribution lens (proxy logs and imports)</source>
        <translation>Dieselbe Frage in der Zuordnungssicht zeigen (Proxy-Logs und Importe)</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="272"/>
        <source>Double-click a row (or press Enter) to drill down</source>
        <translation>Doppelklicken Sie auf eine Zeile (oder drücken Sie die Eingabetaste), um tiefer einzusteigen</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="273"/>
        <source>Cost breakdown</source>
        <translation>Kostenaufschlüsselung</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="298"/>
        <location filename="../ui/pages/costspage.cpp" line="302"/>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="300"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="302"/>
        <location filename="../ui/pages/costspage.cpp" line="829"/>
        <location filename="../ui/pages/costspage.cpp" line="837"/>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="347"/>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="397"/>
        <source>Reconciliation compares billed spend with attributed spend, and billing data has no %1. Remove the %1 filter to reconcile.</source>
        <translation>Der Abgleich vergleicht abgerechnete mit zugeordneten Ausgaben, und Abrechnungsdaten enthalten keine Dimension „%1“. Entfernen Sie den Filter „%1“, um abzugleichen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="406"/>
        <source>The reconciliation failed: %1</source>
        <translation>Der Abgleich ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="407"/>
        <location filename="../ui/pages/costspage.cpp" line="692"/>
        <location filename="../ui/pages/costspage.cpp" line="693"/>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="484"/>
        <source>tags (%1)</source>
        <translation>Tags (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="486"/>
        <source>The %1 is not available in the billing lens here: it is a per-request dimension of proxy logs and imports, and provider usage gets one only through allocation rules, which gave none in %2.

Switch to the attribution lens (proxy logs and imports) to see spend by %1.</source>
        <translation>„%1“ ist hier in der Abrechnungssicht nicht verfügbar: Es ist eine Dimension je Anfrage aus Proxy-Logs und Importen, und die Anbieter-Nutzung erhält sie nur über Zuordnungsregeln, die im Zeitraum %2 keine ergeben haben.

Wechseln Sie zur Zuordnungssicht (Proxy-Logs und Importe), um Ausgaben nach %1 zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="491"/>
        <source>Billing data has no %1: provider usage APIs report spend by provider, model, project, API key, user and service tier only, so this breakdown or filter cannot be answered from billing.

Switch to the attribution lens (proxy logs and imports) to see it by %2.</source>
        <translation>Abrechnungsdaten enthalten keine Dimension „%1“: Die Nutzungs-APIs der Anbieter melden Ausgaben nur nach Anbieter, Modell, Projekt, API-Schlüssel, Benutzer und Service-Tier, daher kann diese Aufschlüsselung oder dieser Filter nicht aus der Abrechnung beantwortet werden.

Wechseln Sie zur Zuordnungssicht (Proxy-Logs und Importe), um nach %2 aufzuschlüsseln.</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="495"/>
        <source>The %1 lens has no %2. Switch to the attribution lens to see it by %3.</source>
        <translation>Die Sicht „%1“ enthält keine Dimension „%2“. Wechseln Sie zur Zuordnungssicht, um nach %3 aufzuschlüsseln.</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="531"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="594"/>
        <source>Double-click a bar or a row to drill down. ▲ marks days with annotated requests.</source>
        <translation>Doppelklicken Sie auf einen Balken oder eine Zeile, um tiefer einzusteigen. ▲ markiert Tage mit annotierten Anfragen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="603"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="604"/>
        <source>Back to this level (Alt+Left)</source>
        <translation>Zurück zu dieser Ebene (Alt+Links)</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="604"/>
        <source>Back to this level</source>
        <translation>Zurück zu dieser Ebene</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="691"/>
        <location filename="../ui/pages/costspage.cpp" line="822"/>
        <source>The cost query failed: %1</source>
        <translation>Die Kostenabfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="724"/>
        <source>&lt;br&gt;(none): billed spend no allocation rule gives a %1 - per-request %1 values are in the attribution lens.</source>
        <translation>&lt;br&gt;(keine): abgerechnete Ausgaben, denen keine Zuordnungsregel einen Wert für „%1“ gibt – Werte für „%1“ je Anfrage finden sich in der Zuordnungssicht.</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="744"/>
        <source>Total: %1 requests, %2 input tokens (%3 cached), %4 output tokens, &lt;b&gt;%5&lt;/b&gt;, %6 per request</source>
        <translation>Gesamt: %1 Anfragen, %2 Input-Tokens (%3 gecacht), %4 Output-Tokens, &lt;b&gt;%5&lt;/b&gt;, %6 pro Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="765"/>
        <location filename="../ui/pages/costspage.cpp" line="787"/>
        <source>No usage in %1 with these filters and this lens.</source>
        <translation>Keine Nutzung im Zeitraum %1 mit diesen Filtern und dieser Sicht.</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="798"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="798"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="817"/>
        <source>Could not read the database: %1</source>
        <translation>Die Datenbank konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="837"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.h" line="64"/>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::DashboardState</name>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="111"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="113"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="115"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="117"/>
        <source>Month to date</source>
        <translation>Monat bis heute</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="119"/>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="121"/>
        <source>Quarter to date</source>
        <translation>Quartal bis heute</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="123"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="125"/>
        <source>This quarter</source>
        <translation>Dieses Quartal</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="127"/>
        <source>Year to date</source>
        <translation>Jahr bis heute</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="129"/>
        <source>Custom...</source>
        <translation>Benutzerdefiniert...</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="138"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="151"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="187"/>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="189"/>
        <source>Hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="191"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="193"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="195"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="251"/>
        <source>tag %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="253"/>
        <source>provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="254"/>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="255"/>
        <source>model tier</source>
        <translation>Modellklasse</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="256"/>
        <source>tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="257"/>
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="258"/>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="259"/>
        <source>environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="260"/>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="261"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="262"/>
        <source>prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="263"/>
        <source>prompt version</source>
        <translation>Prompt-Version</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="264"/>
        <source>trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="265"/>
        <source>service tier</source>
        <translation>Service-Tier</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="266"/>
        <source>function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="267"/>
        <source>tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="291"/>
        <source>%1 by %2</source>
        <translation>%1 nach %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="291"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="292"/>
        <source>%1 (UTC)</source>
        <translation>%1 (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="293"/>
        <source>per %1</source>
        <translation>pro %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="294"/>
        <source>billing lens</source>
        <translation>Abrechnungssicht</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="294"/>
        <source>attribution lens</source>
        <translation>Zuordnungssicht</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="296"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::FilterBar</name>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="32"/>
        <source>Time range (UTC)</source>
        <translation>Zeitraum (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="41"/>
        <location filename="../ui/widgets/filterbar.cpp" line="131"/>
        <source>Bucket size of the time charts (Auto picks one from the range)</source>
        <translation>Intervallgröße der Zeitdiagramme (Auto wählt eine passend zum Zeitraum)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="50"/>
        <source>+ Filter</source>
        <translation>+ Filter</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="51"/>
        <source>Add a filter (Ctrl+F)</source>
        <translation>Filter hinzufügen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="56"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="57"/>
        <source>Run the queries again (F5)</source>
        <translation>Abfragen erneut ausführen (F5)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="76"/>
        <source>Custom range</source>
        <translation>Benutzerdefinierter Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="87"/>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="88"/>
        <source>To (inclusive):</source>
        <translation>Bis (einschließlich):</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="119"/>
        <source>Choose another custom range</source>
        <translation>Anderen benutzerdefinierten Zeitraum wählen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="125"/>
        <source>Auto (%1)</source>
        <translation>Auto (%1)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="129"/>
        <source>Hours are shown for ranges up to 31 days; this range is shown by %1</source>
        <translation>Stunden werden für Zeiträume bis 31 Tage gezeigt; dieser Zeitraum wird nach %1 gezeigt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="149"/>
        <source>Remove this filter (Space or Delete)</source>
        <translation>Diesen Filter entfernen (Leertaste oder Entf)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="150"/>
        <source>Remove filter %1: %2</source>
        <translation>Filter %1 entfernen: %2</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::FindingTableModel</name>
    <message>
        <location filename="../ui/models/findingtablemodel.cpp" line="41"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../ui/models/findingtablemodel.cpp" line="43"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../ui/models/findingtablemodel.cpp" line="45"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location filename="../ui/models/findingtablemodel.cpp" line="47"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../ui/models/findingtablemodel.cpp" line="56"/>
        <source>Retry storm</source>
        <translation>Wiederholungssturm</translation>
    </message>
    <message>
        <location filename="../ui/models/findingtablemodel.cpp" line="58"/>
        <source>Agent loop</source>
        <translation>Agentenschleife</translation>
    </message>
    <message>
        <location filename="../ui/models/findingtablemodel.cpp" line="60"/>
        <source>Context creep</source>
        <translation>Kontextwachstum</translation>
    </message>
    <message>
        <location filename="../ui/models/findingtablemodel.cpp" line="62"/>
        <source>Model change</source>
        <translation>Modellwechsel</translation>
    </message>
    <message>
        <location filename="../ui/models/findingtablemodel.cpp" line="64"/>
        <source>Cache change</source>
        <translation>Cache-Änderung</translation>
    </message>
    <message>
        <location filename="../ui/models/findingtablemodel.cpp" line="66"/>
        <source>Billed errors</source>
        <translation>Abgerechnete Fehler</translation>
    </message>
    <message>
        <location filename="../ui/models/findingtablemodel.cpp" line="68"/>
        <source>Spend anomaly</source>
        <translation>Ausgabenanomalie</translation>
    </message>
    <message>
        <location filename="../ui/models/findingtablemodel.cpp" line="70"/>
        <source>Unpriced model</source>
        <translation>Modell ohne Preis</translation>
    </message>
    <message>
        <location filename="../ui/models/findingtablemodel.cpp" line="94"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../ui/models/findingtablemodel.cpp" line="106"/>
        <source>Sample requests: %1</source>
        <translation>Beispielanfragen: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/findingtablemodel.cpp" line="127"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/models/findingtablemodel.cpp" line="129"/>
        <source>Leak</source>
        <translation>Leck</translation>
    </message>
    <message>
        <location filename="../ui/models/findingtablemodel.cpp" line="131"/>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../ui/models/findingtablemodel.cpp" line="133"/>
        <source>When (UTC)</source>
        <translation>Zeitraum (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/models/findingtablemodel.cpp" line="135"/>
        <source>At stake</source>
        <translation>Betroffen</translation>
    </message>
    <message>
        <location filename="../ui/models/findingtablemodel.cpp" line="137"/>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::Format</name>
    <message>
        <location filename="../ui/format.cpp" line="67"/>
        <source>MMM d</source>
        <comment>QDateTime format of a day on a chart axis: month abbreviation, day (German: d. MMM). Keep the letters M, d, y; they are not words.</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="74"/>
        <source>MMM d, yyyy</source>
        <comment>QDateTime format of a day with its year (German: d. MMM yyyy). Keep the letters M, d, y; they are not words.</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="148"/>
        <source>%1B</source>
        <comment>compact number: billions (10^9)</comment>
        <translation>%1 Mrd.</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="151"/>
        <source>%1M</source>
        <comment>compact number: millions</comment>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="154"/>
        <source>%1k</source>
        <comment>compact number: thousands</comment>
        <translation>%1 Tsd.</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="198"/>
        <source>week of %1</source>
        <comment>a budget period: its Monday</comment>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="202"/>
        <source>MMMM yyyy</source>
        <comment>QDateTime format of a month budget period (&quot;December 2026&quot;). Keep the letters M and y.</comment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="205"/>
        <source>Q%1 %2</source>
        <comment>a quarter budget period: Q4 2026</comment>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="211"/>
        <source>%1 to %2</source>
        <comment>a budget period: first and last day</comment>
        <translation>%1 bis %2</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::GroupTableModel</name>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="58"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="60"/>
        <source>Input tokens</source>
        <translation>Input-Tokens</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="62"/>
        <source>Cached tokens</source>
        <translation>Gecacht</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="64"/>
        <source>Cache-write tokens</source>
        <translation>Schreib-Tokens</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="66"/>
        <source>Output tokens</source>
        <translation>Output-Tokens</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="68"/>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="70"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="72"/>
        <source>Cost / request</source>
        <translation>Kosten/Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="74"/>
        <source>Cost / 1k output</source>
        <translation>Kosten/1k Output</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="76"/>
        <source>Latency p50 / p95</source>
        <translation>Latenz p50 / p95</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="78"/>
        <source>TTFT p50 / p95</source>
        <translation>TTFT p50 / p95</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="80"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="82"/>
        <source>Prompt-cache hit rate</source>
        <translation>Cache-Quote</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="84"/>
        <source>Cache savings</source>
        <translation>Einsparung</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="86"/>
        <source>Cache-write overhead</source>
        <translation>Schreib-Mehrkosten</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="88"/>
        <source>Response-cache hits</source>
        <translation>Antwort-Cache</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="90"/>
        <source>Cost avoided</source>
        <translation>Vermieden</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="92"/>
        <source>Unpriced requests</source>
        <translation>Anfragen ohne Preis</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="94"/>
        <source>Unpriced tokens</source>
        <translation>Tokens ohne Preis</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="96"/>
        <source>Error cost</source>
        <translation>Fehlerkosten</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="98"/>
        <source>Annotated</source>
        <translation>Annotiert</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="107"/>
        <source>Spend of the row / spend of all rows</source>
        <translation>Ausgaben der Zeile / Ausgaben aller Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="109"/>
        <source>Spend / requests</source>
        <translation>Ausgaben / Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="111"/>
        <source>Spend / output tokens x 1000</source>
        <translation>Ausgaben / Output-Tokens × 1000</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="113"/>
        <source>Request latency, median and 95th percentile (nearest rank: 95% of requests took this long or less), over the requests that report one; attribution lens. Sorts by the median.</source>
        <translation>Latenz der Anfragen, Median und 95. Perzentil (nächster Rang: 95 % der Anfragen dauerten so lange oder kürzer), über die Anfragen, die eine melden; Zuordnungssicht. Sortiert nach dem Median.</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="116"/>
        <source>Time to first token, median and 95th percentile (nearest rank), of the streamed requests whose source reports it. Sorts by the median.</source>
        <translation>Zeit bis zum ersten Token, Median und 95. Perzentil (nächster Rang), der gestreamten Anfragen, deren Quelle sie meldet. Sortiert nach dem Median.</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="119"/>
        <source>Cached input tokens / all input tokens</source>
        <translation>Gecachte Input-Tokens / alle Input-Tokens</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="121"/>
        <source>Cached tokens x (input price - cached-input price)</source>
        <translation>Gecachte Tokens × (Input-Preis − Preis für gecachten Input)</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="123"/>
        <source>Cache-write tokens x (cache-write price - input price)</source>
        <translation>Cache-Schreib-Tokens × (Cache-Schreibpreis − Input-Preis)</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="125"/>
        <source>Requests served from the proxy&apos;s response cache / requests</source>
        <translation>Aus dem Antwort-Cache des Proxys bediente Anfragen / Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="127"/>
        <source>What the requests served from the response cache would have cost</source>
        <translation>Was die aus dem Antwort-Cache bedienten Anfragen gekostet hätten</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="129"/>
        <source>Daily spend over the selected range</source>
        <translation>Tägliche Ausgaben im gewählten Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="131"/>
        <source>Requests an expert annotated (thumbs, rating, labels): read them on the Requests page</source>
        <translation>Von Experten annotierte Anfragen (Daumen, Bewertung, Labels): Sie finden sie auf der Seite „Anfragen“</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="155"/>
        <source>%1 / %2 ms</source>
        <translation>%1 / %2 ms</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="176"/>
        <location filename="../ui/models/grouptablemodel.cpp" line="183"/>
        <source>unpriced</source>
        <translation>ohne Preis</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="232"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="233"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="273"/>
        <source>%1 requests (%2 tokens) have no price: add one on the Prices page</source>
        <translation>%1 Anfragen (%2 Tokens) haben keinen Preis: Fügen Sie auf der Seite „Preise“ einen hinzu</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="277"/>
        <source>Annotations are on requests: the attribution lens has them</source>
        <translation>Annotationen hängen an Anfragen: Die Zuordnungssicht hat sie</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::ImportHistoryDialog</name>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="142"/>
        <source>Import history</source>
        <translation>Importverlauf</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="147"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="147"/>
        <source>Started (UTC)</source>
        <translation>Gestartet (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="147"/>
        <source>Stored</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="147"/>
        <source>Quarantined</source>
        <translation>In Quarantäne</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="155"/>
        <source>Select an import to see its quarantined rows.</source>
        <translation>Wählen Sie einen Import aus, um seine Zeilen in Quarantäne zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="157"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="157"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="157"/>
        <source>Row</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="164"/>
        <source>&amp;Copy rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="165"/>
        <source>Copy the selected quarantined rows (or all) as tab-separated text</source>
        <translation>Die ausgewählten Zeilen in Quarantäne (oder alle) als tabulatorgetrennten Text kopieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="184"/>
        <source>The import history could not be read: %1</source>
        <translation>Der Importverlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="203"/>
        <source>No logs have been imported into this database yet (File &gt; Import logs).</source>
        <translation>In diese Datenbank wurden noch keine Logs importiert (Datei &gt; Logs importieren).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="222"/>
        <source>The quarantined rows could not be read: %1</source>
        <translation>Die Zeilen in Quarantäne konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="240"/>
        <source>%1: no rows were quarantined.</source>
        <translation>%1: Keine Zeilen in Quarantäne.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/importdialogs.cpp" line="241"/>
        <source>%1: %n quarantined row(s), not imported:</source>
        <translation>
            <numerusform>%1: %n Zeile in Quarantäne, nicht importiert:</numerusform>
            <numerusform>%1: %n Zeilen in Quarantäne, nicht importiert:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>burnrate::ui::ImportResultDialog</name>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="73"/>
        <source>Import result</source>
        <translation>Importergebnis</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="79"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 records read: %3 inserted, %4 updated (already stored), %5 quarantined</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 Datensätze gelesen: %3 eingefügt, %4 aktualisiert (bereits gespeichert), %5 in Quarantäne</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="83"/>
        <source>; %1 without a price</source>
        <translation>; %1 ohne Preis</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="95"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="95"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="95"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="108"/>
        <source>No rows were quarantined.</source>
        <translation>Keine Zeilen in Quarantäne.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="109"/>
        <source>Quarantined rows (the first %1 of %2; File &gt; Import history lists them all):</source>
        <translation>Zeilen in Quarantäne (die ersten %1 von %2; Datei &gt; Importverlauf listet alle):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="111"/>
        <source>Quarantined rows (not imported; fix them and import the file again):</source>
        <translation>Zeilen in Quarantäne (nicht importiert; korrigieren Sie sie und importieren Sie die Datei erneut):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="117"/>
        <source>&amp;Copy rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="119"/>
        <source>Copy the selected rows (or all) as tab-separated text</source>
        <translation>Die ausgewählten Zeilen (oder alle) als tabulatorgetrennten Text kopieren</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::LabelsDialog</name>
    <message>
        <location filename="../ui/dialogs/labelsdialog.cpp" line="20"/>
        <source>Annotation labels</source>
        <translation>Annotations-Labels</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/labelsdialog.cpp" line="22"/>
        <source>Labels annotators can attach to a request. Removing a label keeps it on the annotations that already carry it.</source>
        <translation>Labels, die Annotatoren an eine Anfrage anhängen können. Ein entferntes Label bleibt an den Annotationen erhalten, die es bereits tragen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/labelsdialog.cpp" line="28"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/labelsdialog.cpp" line="28"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/labelsdialog.cpp" line="37"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/labelsdialog.cpp" line="38"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="130"/>
        <location filename="../ui/mainwindow.cpp" line="513"/>
        <location filename="../ui/mainwindow.cpp" line="545"/>
        <location filename="../ui/mainwindow.cpp" line="857"/>
        <source>Burnrate</source>
        <translation>Burnrate</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="147"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="347"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="348"/>
        <source>&amp;Open database...</source>
        <translation>Datenbank ö&amp;ffnen...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="350"/>
        <location filename="../ui/mainwindow.cpp" line="691"/>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="350"/>
        <location filename="../ui/mainwindow.cpp" line="357"/>
        <source>Burnrate databases (*.db);;All files (*)</source>
        <translation>Burnrate-Datenbanken (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="354"/>
        <source>&amp;New database...</source>
        <translation>&amp;Neue Datenbank...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="355"/>
        <location filename="../ui/mainwindow.cpp" line="707"/>
        <source>New database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="361"/>
        <source>&amp;Recent databases</source>
        <translation>&amp;Zuletzt verwendete Datenbanken</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="366"/>
        <source>&amp;Import logs...</source>
        <translation>Logs &amp;importieren...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="367"/>
        <source>Import &amp;history...</source>
        <translation>Import&amp;verlauf...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="368"/>
        <source>Import &amp;prices...</source>
        <translation>&amp;Preise importieren...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="370"/>
        <source>&amp;Export CSV...</source>
        <translation>CSV &amp;exportieren...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="370"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="371"/>
        <source>Export CSV over &amp;time...</source>
        <translation>CSV im Zeitverla&amp;uf exportieren...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="371"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="374"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="379"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="389"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="394"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="395"/>
        <source>&amp;Find / add filter...</source>
        <translation>&amp;Suchen / Filter hinzufügen...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="396"/>
        <source>&amp;Saved views</source>
        <translation>&amp;Gespeicherte Ansichten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="400"/>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="403"/>
        <source>Follow the system</source>
        <translation>Systemeinstellung folgen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="404"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="404"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="405"/>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="424"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="425"/>
        <source>&amp;About Burnrate</source>
        <translation>Ü&amp;ber Burnrate</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="426"/>
        <source>About Burnrate</source>
        <translation>Über Burnrate</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="427"/>
        <source>&lt;h3&gt;Burnrate %1&lt;/h3&gt;&lt;p&gt;Where your organisation&apos;s LLM money goes.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;SQLite %3&lt;br&gt;curl %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Burnrate %1&lt;/h3&gt;&lt;p&gt;Wohin das LLM-Geld Ihrer Organisation fließt.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;SQLite %3&lt;br&gt;curl %4&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="432"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="445"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="484"/>
        <source>%1: done</source>
        <translation>%1: erledigt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="488"/>
        <location filename="../ui/mainwindow.cpp" line="495"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="523"/>
        <source>Open Burnrate</source>
        <translation>Burnrate öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="524"/>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="529"/>
        <source>Quit Burnrate</source>
        <translation>Burnrate beenden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="538"/>
        <source>⚠ %n budget alert(s)</source>
        <translation>
            <numerusform>⚠ %n Budget-Alarm</numerusform>
            <numerusform>⚠ %n Budget-Alarme</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="539"/>
        <source>Unacknowledged budget alerts: open the Budgets page</source>
        <translation>Unbestätigte Budget-Alarme: Öffnen Sie die Seite „Budgets“</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="544"/>
        <source>Burnrate: %n unacknowledged budget alert(s)</source>
        <translation>
            <numerusform>Burnrate: %n unbestätigter Budget-Alarm</numerusform>
            <numerusform>Burnrate: %n unbestätigte Budget-Alarme</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="548"/>
        <source>Budget alert</source>
        <translation>Budget-Alarm</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="551"/>
        <source>Budget action failed</source>
        <translation>Budget-Aktion fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="556"/>
        <source>Budget action failed: %1</source>
        <translation>Budget-Aktion fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="600"/>
        <source>%1 (%2 MB)</source>
        <translation>%1 (%2 MB)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="623"/>
        <source>Database error: %1</source>
        <translation>Datenbankfehler: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="630"/>
        <source>⚠ 1 source failing</source>
        <translation>⚠ 1 Quelle fehlerhaft</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="631"/>
        <source>⚠ %n sources failing</source>
        <translation>
            <numerusform>⚠ %n Quelle fehlerhaft</numerusform>
            <numerusform>⚠ %n Quellen fehlerhaft</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="640"/>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="642"/>
        <source>last sync %1</source>
        <translation>letzte Synchronisierung %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="643"/>
        <source>never synced</source>
        <translation>nie synchronisiert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="674"/>
        <source>Sync %1</source>
        <translation>%1 synchronisieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="677"/>
        <location filename="../ui/mainwindow.cpp" line="964"/>
        <location filename="../ui/mainwindow.cpp" line="1033"/>
        <location filename="../ui/mainwindow.cpp" line="1097"/>
        <source>Another task is running: %1</source>
        <translation>Eine andere Aufgabe läuft: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="691"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="708"/>
        <source>%1 already exists. Choose another name, or open it with File &gt; Open database.</source>
        <translation>%1 existiert bereits. Wählen Sie einen anderen Namen oder öffnen Sie die Datei über Datei &gt; Datenbank öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="749"/>
        <source>Opened the view “%1”</source>
        <translation>Ansicht „%1“ geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="759"/>
        <source>Saved the view “%1”</source>
        <translation>Ansicht „%1“ gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="767"/>
        <source>&amp;Save current view...</source>
        <translation>&amp;Aktuelle Ansicht speichern...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="770"/>
        <location filename="../ui/mainwindow.cpp" line="775"/>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="770"/>
        <source>Name of this view:</source>
        <translation>Name dieser Ansicht:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="775"/>
        <source>A view named “%1” exists. Replace it?</source>
        <translation>Eine Ansicht namens „%1“ existiert. Ersetzen?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="780"/>
        <source>&amp;Manage...</source>
        <translation>&amp;Verwalten...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="797"/>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="811"/>
        <source>&amp;Rename...</source>
        <translation>&amp;Umbenennen...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="812"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="826"/>
        <location filename="../ui/mainwindow.cpp" line="830"/>
        <source>Rename view</source>
        <translation>Ansicht umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="826"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="830"/>
        <source>A view named “%1” exists already.</source>
        <translation>Eine Ansicht namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="837"/>
        <source>Delete view</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="837"/>
        <source>Delete the view “%1”?</source>
        <translation>Die Ansicht „%1“ löschen?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="857"/>
        <source>%1 - Burnrate</source>
        <translation>%1 - Burnrate</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="890"/>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="894"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="896"/>
        <source>&amp;Clear list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="907"/>
        <source>Import request logs</source>
        <translation>Anfrage-Logs importieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="907"/>
        <source>Request logs (*.jsonl *.ndjson *.json *.csv);;All files (*)</source>
        <translation>Anfrage-Logs (*.jsonl *.ndjson *.json *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="918"/>
        <source>Import logs</source>
        <translation>Logs importieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="995"/>
        <source>Import a LiteLLM price map</source>
        <translation>LiteLLM-Preisliste importieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="995"/>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1001"/>
        <source>Import prices</source>
        <translation>Preise importieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1077"/>
        <source>Generate the demo dataset</source>
        <translation>Demo-Datensatz erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1088"/>
        <source>Generating demo events</source>
        <translation>Demo-Ereignisse werden erzeugt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1092"/>
        <source>Demo dataset: %Ln requests</source>
        <translation>
            <numerusform>Demo-Datensatz: %Ln Anfrage</numerusform>
            <numerusform>Demo-Datensatz: %Ln Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1118"/>
        <source>Burnrate keeps running</source>
        <translation>Burnrate läuft weiter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1119"/>
        <source>Budget alerts and scheduled polls continue in the tray. Quit from the tray menu or File &gt; Quit.</source>
        <translation>Budget-Alarme und geplante Abfragen laufen im Infobereich weiter. Beenden Sie über das Menü im Infobereich oder Datei &gt; Beenden.</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::OverviewPage</name>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="60"/>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="61"/>
        <source>Spend in the range (billing lens when a provider usage source has data, else attribution), compared with the same length of time just before</source>
        <translation>Ausgaben im Zeitraum (Abrechnungssicht, wenn eine Nutzungsquelle eines Anbieters Daten hat, sonst Zuordnung), verglichen mit dem gleich langen Zeitraum direkt davor</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="63"/>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="64"/>
        <source>The month the range ends in, projected to its end from the daily spend of the last eight weeks (weekday pattern and trend where the history shows them)</source>
        <translation>Der Monat, in dem der Zeitraum endet, bis zu seinem Ende hochgerechnet aus den täglichen Ausgaben der letzten acht Wochen (Wochentagsmuster und Trend, wo der Verlauf sie zeigt)</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="66"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="66"/>
        <source>Requests seen by the proxy or imported logs (attribution lens)</source>
        <translation>Vom Proxy gesehene oder aus Logs importierte Anfragen (Zuordnungssicht)</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="67"/>
        <source>Cost per request</source>
        <translation>Kosten pro Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="67"/>
        <source>Attributed spend / requests</source>
        <translation>Zugeordnete Ausgaben / Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="68"/>
        <source>Prompt-cache hit rate</source>
        <translation>Cache-Trefferquote</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="68"/>
        <source>Cached input tokens / all input tokens</source>
        <translation>Gecachte Input-Tokens / alle Input-Tokens</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="69"/>
        <source>Error cost</source>
        <translation>Fehlerkosten</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="69"/>
        <source>Spend on requests that ended with an error status (&gt;= 400)</source>
        <translation>Ausgaben für Anfragen, die mit einem Fehlerstatus (&gt;= 400) endeten</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="70"/>
        <source>Unattributed spend</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="71"/>
        <source>Billed spend (provider usage APIs) minus attributed spend (proxy logs): money no tenant, team or prompt accounts for</source>
        <translation>Abgerechnete Ausgaben (Nutzungs-APIs der Anbieter) minus zugeordnete Ausgaben (Proxy-Logs): Geld, das kein Mandant, Team oder Prompt erklärt</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="73"/>
        <source>Unpriced tokens</source>
        <translation>Tokens ohne Preis</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="74"/>
        <source>Tokens of models without a known price: counted, never treated as free. Add a price on the Prices page.</source>
        <translation>Tokens von Modellen ohne bekannten Preis: gezählt, nie als kostenlos behandelt. Fügen Sie auf der Seite „Preise“ einen Preis hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="76"/>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="77"/>
        <source>Attributed spend / billed spend on the days each provider&apos;s billing covers: how much of what the providers billed the proxy logs account for (see Costs, Reconciliation)</source>
        <translation>Zugeordnete Ausgaben / abgerechnete Ausgaben an den Tagen, die die Abrechnung jedes Anbieters abdeckt: wie viel des von den Anbietern Berechneten die Proxy-Logs erklären (siehe Kosten, Abgleich)</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="100"/>
        <source>Cost leaks</source>
        <translation>Kostenlecks</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="116"/>
        <source>Show requests or costs</source>
        <translation>Anfragen oder Kosten anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="117"/>
        <source>Open the page that shows this finding, filtered to its scope and range</source>
        <translation>Die Seite öffnen, die diesen Befund zeigt, gefiltert auf seinen Bereich und Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="118"/>
        <source>Dismiss…</source>
        <translation>Verwerfen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="120"/>
        <source>Hide this finding with a reason; it stays dismissed when the detectors run again</source>
        <translation>Diesen Befund mit einer Begründung ausblenden; er bleibt verworfen, wenn die Detektoren erneut laufen</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="148"/>
        <source>Dismiss finding</source>
        <translation>Befund verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="149"/>
        <source>Why is this finding not a leak (for example: a planned load test)?</source>
        <translation>Warum ist dieser Befund kein Leck (zum Beispiel: ein geplanter Lasttest)?</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="155"/>
        <source>Spend over time by model (▲ days with annotated requests)</source>
        <translation>Ausgaben im Zeitverlauf nach Modell (▲ Tage mit annotierten Anfragen)</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="181"/>
        <source>Top tenants</source>
        <translation>Top-Mandanten</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="181"/>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="182"/>
        <source>Top prompts</source>
        <translation>Top-Prompts</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="182"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="184"/>
        <source>* includes requests of models without a price: their cost is unknown, not zero (see Prices)</source>
        <translation>* enthält Anfragen von Modellen ohne Preis: deren Kosten sind unbekannt, nicht null (siehe Preise)</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="237"/>
        <source>The finding could not be dismissed: %1</source>
        <translation>Der Befund konnte nicht verworfen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="318"/>
        <source>The overview could not be loaded: %1</source>
        <translation>Die Übersicht konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="319"/>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="325"/>
        <source>vs previous period</source>
        <translation>ggü. Vorperiode</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="329"/>
        <location filename="../ui/pages/overviewpage.cpp" line="358"/>
        <source>no data in previous period</source>
        <translation>keine Daten in der Vorperiode</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="331"/>
        <source>previous period partly covered: data from %1</source>
        <translation>Vorperiode teilweise abgedeckt: Daten ab %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="342"/>
        <source>%1 total</source>
        <translation>%1 gesamt</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="343"/>
        <source>complete month</source>
        <translation>vollständiger Monat</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="345"/>
        <source>Forecast for %1</source>
        <translation>Prognose für %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="347"/>
        <source>%1 so far · likely %2 to %3</source>
        <translation>bisher %1 · erwartet %2–%3</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="350"/>
        <source>Projection of %1 to its end: %2. The band holds the month&apos;s total about 9 times in 10.</source>
        <translation>Hochrechnung von %1 bis zu seinem Ende: %2. Das Band enthält die Monatssumme etwa 9 von 10 Mal.</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="365"/>
        <source>%1 per 1k output tokens</source>
        <translation>%1 pro 1k Output</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="367"/>
        <source>saved %1</source>
        <translation>%1 eingespart</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="369"/>
        <source>%1 of requests failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="378"/>
        <location filename="../ui/pages/overviewpage.cpp" line="385"/>
        <location filename="../ui/pages/overviewpage.cpp" line="391"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="378"/>
        <source>not available in the billing lens (filtered by %1)</source>
        <translation>in der Abrechnungssicht nicht verfügbar (gefiltert nach %1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="381"/>
        <source>billed %1, attributed %2</source>
        <translation>abgerechnet %1, zugeordnet %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="383"/>
        <source>no billing source connected</source>
        <translation>keine Abrechnungsquelle verbunden</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="385"/>
        <source>billing cannot be filtered this way</source>
        <translation>Abrechnung lässt sich so nicht filtern</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="388"/>
        <source>of billed %1 attributed</source>
        <translation>zugeordnet von %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="391"/>
        <source>nothing billed</source>
        <translation>nichts abgerechnet</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="391"/>
        <source>no billing data to compare</source>
        <translation>keine Abrechnungsdaten zum Vergleich</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="393"/>
        <source>%1 requests</source>
        <translation>%1 Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="398"/>
        <source>No usage in %1 with these filters.</source>
        <translation>Keine Nutzung im Zeitraum %1 mit diesen Filtern.</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="401"/>
        <source>Spend (%1, billing)</source>
        <translation>Abgerechnet (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="402"/>
        <source>Spend (%1)</source>
        <translation>Ausgaben (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/overviewpage.cpp" line="418"/>
        <source>Cost leaks (%n open)</source>
        <translation>
            <numerusform>Kostenlecks (%n offen)</numerusform>
            <numerusform>Kostenlecks (%n offen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.h" line="32"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::Page</name>
    <message>
        <location filename="../ui/pages/page.cpp" line="27"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::PriceDialog</name>
    <message>
        <location filename="../ui/dialogs/pricedialog.cpp" line="35"/>
        <source>Price override</source>
        <translation>Eigener Preis</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/pricedialog.cpp" line="48"/>
        <source>required, e.g. 2.50</source>
        <translation>erforderlich, z. B. 2.50</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/pricedialog.cpp" line="49"/>
        <location filename="../ui/dialogs/pricedialog.cpp" line="50"/>
        <location filename="../ui/dialogs/pricedialog.cpp" line="51"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/pricedialog.cpp" line="52"/>
        <source>required, e.g. 10.00</source>
        <translation>erforderlich, z. B. 10.00</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/pricedialog.cpp" line="57"/>
        <source>Provider:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/pricedialog.cpp" line="58"/>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/pricedialog.cpp" line="59"/>
        <source>Effective from:</source>
        <translation>Gültig ab:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/pricedialog.cpp" line="60"/>
        <source>Input (%1 per 1M):</source>
        <translation>Input (%1 pro 1 Mio.):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/pricedialog.cpp" line="61"/>
        <source>Cached input (%1 per 1M):</source>
        <translation>Gecachter Input (%1 pro 1 Mio.):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/pricedialog.cpp" line="62"/>
        <source>Cache write 5m (%1 per 1M):</source>
        <translation>Cache-Schreiben 5m (%1 pro 1 Mio.):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/pricedialog.cpp" line="63"/>
        <source>Cache write 1h (%1 per 1M):</source>
        <translation>Cache-Schreiben 1h (%1 pro 1 Mio.):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/pricedialog.cpp" line="64"/>
        <source>Output (%1 per 1M):</source>
        <translation>Output (%1 pro 1 Mio.):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/pricedialog.cpp" line="65"/>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/pricedialog.cpp" line="89"/>
        <source>Provider and model are required.</source>
        <translation>Anbieter und Modell sind erforderlich.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/pricedialog.cpp" line="91"/>
        <source>Input and output prices are required, as plain numbers (USD per 1M tokens).</source>
        <translation>Input- und Output-Preise sind erforderlich, als einfache Zahlen (USD pro 1 Mio. Tokens).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/pricedialog.cpp" line="95"/>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::PriceTableModel</name>
    <message>
        <location filename="../ui/models/pricetablemodel.cpp" line="58"/>
        <source>catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../ui/models/pricetablemodel.cpp" line="60"/>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <location filename="../ui/models/pricetablemodel.cpp" line="62"/>
        <source>override</source>
        <translation>eigener Preis</translation>
    </message>
    <message>
        <location filename="../ui/models/pricetablemodel.cpp" line="89"/>
        <source>always</source>
        <translation>immer</translation>
    </message>
    <message>
        <location filename="../ui/models/pricetablemodel.cpp" line="91"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/models/pricetablemodel.cpp" line="124"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/models/pricetablemodel.cpp" line="126"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/models/pricetablemodel.cpp" line="128"/>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../ui/models/pricetablemodel.cpp" line="130"/>
        <source>Effective from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location filename="../ui/models/pricetablemodel.cpp" line="132"/>
        <source>In force</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location filename="../ui/models/pricetablemodel.cpp" line="134"/>
        <source>Input %1/1M</source>
        <translation>Input %1/Mio.</translation>
    </message>
    <message>
        <location filename="../ui/models/pricetablemodel.cpp" line="136"/>
        <source>Cached %1/1M</source>
        <translation>Lesen %1/Mio.</translation>
    </message>
    <message>
        <location filename="../ui/models/pricetablemodel.cpp" line="138"/>
        <source>Write 5m %1/1M</source>
        <translation>Cache 5m %1/Mio.</translation>
    </message>
    <message>
        <location filename="../ui/models/pricetablemodel.cpp" line="140"/>
        <source>Write 1h %1/1M</source>
        <translation>Cache 1h %1/Mio.</translation>
    </message>
    <message>
        <location filename="../ui/models/pricetablemodel.cpp" line="142"/>
        <source>Output %1/1M</source>
        <translation>Output %1/Mio.</translation>
    </message>
    <message>
        <location filename="../ui/models/pricetablemodel.cpp" line="144"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::PricesPage</name>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="50"/>
        <source>Find a model or provider</source>
        <translation>Modell oder Anbieter suchen</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="55"/>
        <source>Add override...</source>
        <translation>Eigenen Preis hinzufügen...</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="56"/>
        <location filename="../ui/pages/pricespage.cpp" line="276"/>
        <location filename="../ui/pages/pricespage.cpp" line="282"/>
        <source>Remove override</source>
        <translation>Eigenen Preis entfernen</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="57"/>
        <source>Import LiteLLM price map...</source>
        <translation>LiteLLM-Preisliste importieren...</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="72"/>
        <source>Prices (USD per 1M tokens; bold: in force now)</source>
        <translation>Preise (USD pro 1 Mio. Tokens; fett: derzeit gültig)</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="85"/>
        <source>Unpriced models in the selected range (counted, never treated as free)</source>
        <translation>Modelle ohne Preis im gewählten Zeitraum (gezählt, nie als kostenlos behandelt)</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="89"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="89"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="95"/>
        <source>Add price for the selected model...</source>
        <translation>Preis für das ausgewählte Modell hinzufügen...</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="185"/>
        <source>The prices could not be loaded: %1</source>
        <translation>Die Preise konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="211"/>
        <source>%1: no stored requests were affected.</source>
        <translation>%1: Keine gespeicherten Anfragen betroffen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="218"/>
        <source>%1: 1 request record re-priced.</source>
        <translation>%1: 1 Anfrage-Datensatz neu bepreist.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/pricespage.cpp" line="218"/>
        <source>%1: %n request records re-priced.</source>
        <translation>
            <numerusform>%1: %n Anfrage-Datensatz neu bepreist.</numerusform>
            <numerusform>%1: %n Anfrage-Datensätze neu bepreist.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="222"/>
        <source>Affected spend %1 → unpriced (no other price covers them).</source>
        <translation>Betroffene Ausgaben %1 → ohne Preis (kein anderer Preis deckt sie ab).</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="224"/>
        <source>Affected spend %1 → %2.</source>
        <translation>Betroffene Ausgaben %1 → %2.</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="226"/>
        <source>Affected spend %1 → %2 (%3).</source>
        <translation>Betroffene Ausgaben %1 → %2 (%3).</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="231"/>
        <source>1 of them had no price before.</source>
        <translation>1 davon hatte vorher keinen Preis.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/pricespage.cpp" line="232"/>
        <source>%n of them had no price before.</source>
        <translation>
            <numerusform>%n davon hatte vorher keinen Preis.</numerusform>
            <numerusform>%n davon hatten vorher keinen Preis.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="247"/>
        <source>Saving the price of %1 and re-pricing its history…</source>
        <translation>Preis von %1 wird gespeichert und sein Verlauf neu bepreist…</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="260"/>
        <source>The price could not be saved: %1</source>
        <translation>Der Preis konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="262"/>
        <source>Price of %1 saved</source>
        <translation>Preis von %1 gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="276"/>
        <source>Select an override row first.</source>
        <translation>Wählen Sie zuerst eine Zeile mit eigenem Preis aus.</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="283"/>
        <source>Remove the price override of %1 from %2?</source>
        <translation>Den eigenen Preis von %1 ab %2 entfernen?</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="284"/>
        <source>Its requests are re-priced with the catalog or imported price in force at their time (or stay unpriced when there is none).</source>
        <translation>Seine Anfragen werden mit dem zu ihrer Zeit gültigen Katalog- oder importierten Preis neu bepreist (oder bleiben ohne Preis, wenn es keinen gibt).</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="289"/>
        <source>Removing the override of %1 and re-pricing its history…</source>
        <translation>Eigener Preis von %1 wird entfernt und sein Verlauf neu bepreist…</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="302"/>
        <source>The override could not be removed: %1</source>
        <translation>Der eigene Preis konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="304"/>
        <source>Override of %1 removed</source>
        <translation>Eigener Preis von %1 entfernt</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.h" line="33"/>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::QualityPage</name>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="84"/>
        <source>%1 points</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="100"/>
        <source>cost per request unknown (no priced requests on one side)</source>
        <translation>Kosten pro Anfrage unbekannt (keine bepreisten Anfragen auf einer Seite)</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="104"/>
        <source>B saves %1% per request</source>
        <translation>B spart %1 % pro Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="106"/>
        <source>B costs %1% more per request</source>
        <translation>B kostet %1 % mehr pro Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="108"/>
        <source>B costs the same per request</source>
        <translation>B kostet pro Anfrage gleich viel</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="111"/>
        <source>%1; not enough judged requests (n=%2)</source>
        <translation>%1; nicht genug beurteilte Anfragen (n=%2)</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="125"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="127"/>
        <source>acceptance %1 vs %2</source>
        <translation>Akzeptanz %1 vs. %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="127"/>
        <source>eval pass rate %1 vs %2</source>
        <translation>Eval-Bestehensquote %1 vs. %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="131"/>
        <source>difference within noise at n=%1</source>
        <translation>Unterschied im Rauschen bei n=%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="134"/>
        <source>quality rises significantly (%1 points, 95% CI %2 to %3) at n=%4</source>
        <translation>Qualität steigt signifikant (%1 Punkte, 95-%-KI %2 bis %3) bei n=%4</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="138"/>
        <source>quality drops significantly (%1 points, 95% CI %2 to %3) at n=%4</source>
        <translation>Qualität sinkt signifikant (%1 Punkte, 95-%-KI %2 bis %3) bei n=%4</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="149"/>
        <source>Group by:</source>
        <translation>Gruppieren nach:</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="159"/>
        <source>Quality:</source>
        <translation>Qualität:</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="161"/>
        <location filename="../ui/pages/qualitypage.cpp" line="398"/>
        <location filename="../ui/pages/qualitypage.cpp" line="548"/>
        <source>Acceptance rate</source>
        <translation>Akzeptanzrate</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="162"/>
        <location filename="../ui/pages/qualitypage.cpp" line="399"/>
        <location filename="../ui/pages/qualitypage.cpp" line="551"/>
        <source>Eval pass rate</source>
        <translation>Eval-Bestehensquote</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="163"/>
        <source>What the scatter plots against cost per request</source>
        <translation>Was das Streudiagramm den Kosten pro Anfrage gegenüberstellt</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="173"/>
        <source>Quality by group</source>
        <translation>Qualität nach Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="183"/>
        <source>Cost per request vs quality</source>
        <translation>Kosten pro Anfrage vs. Qualität</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="185"/>
        <source>Each point is a group. The Pareto frontier joins the groups that no other group beats on both cost and quality.</source>
        <translation>Jeder Punkt ist eine Gruppe. Die Pareto-Front verbindet die Gruppen, die keine andere Gruppe zugleich bei Kosten und Qualität übertrifft.</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="203"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="209"/>
        <source>A:</source>
        <translation>A:</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="214"/>
        <source>B:</source>
        <translation>B:</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="219"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="220"/>
        <source>B against A: cost per request and quality, with 95% intervals</source>
        <translation>B gegenüber A: Kosten pro Anfrage und Qualität, mit 95-%-Intervallen</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="248"/>
        <source>Compare…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="328"/>
        <source>The quality figures could not be loaded: %1</source>
        <translation>Die Qualitätskennzahlen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="353"/>
        <source>Judged requests: %1 · eval results: %2 · annotated requests: %3</source>
        <translation>Beurteilte Anfragen: %1 · Eval-Ergebnisse: %2 · annotierte Anfragen: %3</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="357"/>
        <source>%1 eval results without a request id left out (they group by model and prompt version only)</source>
        <translation>%1 Eval-Ergebnisse ohne Anfrage-ID ausgelassen (sie gruppieren nur nach Modell und Prompt-Version)</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="386"/>
        <source>Acceptance rate (%)</source>
        <translation>Akzeptanzrate (%)</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="386"/>
        <source>Eval pass rate (%)</source>
        <translation>Eval-Bestehensquote (%)</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="388"/>
        <source>No group has both a cost and judged requests in this range.
Annotate requests, or plot the eval pass rate (Quality above).</source>
        <translation>Keine Gruppe hat in diesem Zeitraum sowohl Kosten als auch beurteilte Anfragen.
Annotieren Sie Anfragen oder zeigen Sie die Eval-Bestehensquote (Qualität oben).</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="390"/>
        <source>No group has both a cost and eval verdicts in this range.</source>
        <translation>Keine Gruppe hat in diesem Zeitraum sowohl Kosten als auch Eval-Urteile.</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="392"/>
        <source>Cost per request (%1)</source>
        <translation>Kosten pro Anfrage (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="397"/>
        <location filename="../ui/pages/qualitypage.cpp" line="546"/>
        <source>Cost per request</source>
        <translation>Kosten pro Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="412"/>
        <source>No priced requests in this range.</source>
        <translation>Keine bepreisten Anfragen in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="414"/>
        <source>%1 per request</source>
        <translation>%1 pro Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="422"/>
        <source>%1 %2 in the bucket starting %3</source>
        <translation>%1 %2 im Intervall ab %3</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="428"/>
        <source>No judged requests or eval verdicts in this range.</source>
        <translation>Keine beurteilten Anfragen oder Eval-Urteile in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="429"/>
        <source>Judgements in one time bucket only: %1.</source>
        <translation>Urteile nur in einem Zeitintervall: %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="431"/>
        <source>Quality (%)</source>
        <translation>Qualität (%)</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="449"/>
        <source>Pick two groups and press Compare.</source>
        <translation>Wählen Sie zwei Gruppen und klicken Sie auf „Vergleichen“.</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="450"/>
        <source>Comparing needs at least two groups.</source>
        <translation>Ein Vergleich braucht mindestens zwei Gruppen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="479"/>
        <source>Pick two different groups.</source>
        <translation>Wählen Sie zwei verschiedene Gruppen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="487"/>
        <source>Comparing…</source>
        <translation>Wird verglichen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="505"/>
        <source>The comparison failed: %1</source>
        <translation>Der Vergleich ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="544"/>
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="545"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="547"/>
        <source>Judged requests</source>
        <translation>Beurteilte Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="553"/>
        <source>Eval score</source>
        <translation>Eval-Score</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="555"/>
        <source>Human rating</source>
        <translation>Menschliche Bewertung</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="557"/>
        <source>Cost per accepted</source>
        <translation>Kosten pro akzeptierte Antwort</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="562"/>
        <source>Brackets: 95% intervals (Wilson for rates, Newcombe for their difference, bootstrap for means, delta method for the cost change).</source>
        <translation>Klammern: 95-%-Intervalle (Wilson für Quoten, Newcombe für deren Differenz, Bootstrap für Mittelwerte, Delta-Methode für die Kostenänderung).</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.h" line="37"/>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::QualityTableModel</name>
    <message>
        <location filename="../ui/models/qualitytablemodel.cpp" line="21"/>
        <source>%1 of %2; 95% interval %3 to %4 (Wilson)</source>
        <translation>%1 von %2; 95-%-Intervall %3 bis %4 (Wilson)</translation>
    </message>
    <message>
        <location filename="../ui/models/qualitytablemodel.cpp" line="49"/>
        <location filename="../ui/models/qualitytablemodel.cpp" line="141"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/models/qualitytablemodel.cpp" line="50"/>
        <source>All requests</source>
        <translation>Alle Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/models/qualitytablemodel.cpp" line="67"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/models/qualitytablemodel.cpp" line="69"/>
        <source>Cost / request</source>
        <translation>Kosten / Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/models/qualitytablemodel.cpp" line="71"/>
        <source>Evals</source>
        <translation>Evals</translation>
    </message>
    <message>
        <location filename="../ui/models/qualitytablemodel.cpp" line="73"/>
        <source>Eval score</source>
        <translation>Eval-Score</translation>
    </message>
    <message>
        <location filename="../ui/models/qualitytablemodel.cpp" line="75"/>
        <source>Eval pass</source>
        <translation>Eval bestanden</translation>
    </message>
    <message>
        <location filename="../ui/models/qualitytablemodel.cpp" line="77"/>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location filename="../ui/models/qualitytablemodel.cpp" line="79"/>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../ui/models/qualitytablemodel.cpp" line="81"/>
        <source>Judged</source>
        <translation>Beurteilt</translation>
    </message>
    <message>
        <location filename="../ui/models/qualitytablemodel.cpp" line="83"/>
        <source>Acceptance</source>
        <translation>Akzeptanz</translation>
    </message>
    <message>
        <location filename="../ui/models/qualitytablemodel.cpp" line="85"/>
        <source>Cost / accepted</source>
        <translation>Kosten / akzeptiert</translation>
    </message>
    <message>
        <location filename="../ui/models/qualitytablemodel.cpp" line="87"/>
        <source>Tokens / accepted</source>
        <translation>Tokens / akzeptiert</translation>
    </message>
    <message>
        <location filename="../ui/models/qualitytablemodel.cpp" line="97"/>
        <source>Requests in the range (attribution lens)</source>
        <translation>Anfragen im Zeitraum (Zuordnungssicht)</translation>
    </message>
    <message>
        <location filename="../ui/models/qualitytablemodel.cpp" line="99"/>
        <source>Computed cost of the priced requests / priced requests</source>
        <translation>Berechnete Kosten der bepreisten Anfragen / bepreiste Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/models/qualitytablemodel.cpp" line="101"/>
        <source>Eval results of these requests, and those without a request id of the same model and prompt version</source>
        <translation>Eval-Ergebnisse dieser Anfragen sowie solche ohne Anfrage-ID mit demselben Modell und derselben Prompt-Version</translation>
    </message>
    <message>
        <location filename="../ui/models/qualitytablemodel.cpp" line="104"/>
        <source>Mean eval score</source>
        <translation>Mittlerer Eval-Score</translation>
    </message>
    <message>
        <location filename="../ui/models/qualitytablemodel.cpp" line="106"/>
        <source>Eval results passed / eval results with a pass or fail verdict</source>
        <translation>Bestandene Eval-Ergebnisse / Eval-Ergebnisse mit Urteil „bestanden“ oder „nicht bestanden“</translation>
    </message>
    <message>
        <location filename="../ui/models/qualitytablemodel.cpp" line="108"/>
        <source>Annotations with a 1-5 rating</source>
        <translation>Annotationen mit einer Bewertung von 1–5</translation>
    </message>
    <message>
        <location filename="../ui/models/qualitytablemodel.cpp" line="110"/>
        <source>Mean human rating (1-5)</source>
        <translation>Mittlere menschliche Bewertung (1–5)</translation>
    </message>
    <message>
        <location filename="../ui/models/qualitytablemodel.cpp" line="112"/>
        <source>Requests with any judgement: an eval verdict, a thumb or a rating</source>
        <translation>Anfragen mit irgendeinem Urteil: ein Eval-Urteil, ein Daumen oder eine Bewertung</translation>
    </message>
    <message>
        <location filename="../ui/models/qualitytablemodel.cpp" line="114"/>
        <source>Accepted / judged. Accepted: at least one positive judgement (eval passed, thumb up, rating &gt;= 4) and no negative one (eval failed, thumb down, rating &lt;= 2)</source>
        <translation>Akzeptiert / beurteilt. Akzeptiert: mindestens ein positives Urteil (Eval bestanden, Daumen hoch, Bewertung &gt;= 4) und kein negatives (Eval nicht bestanden, Daumen runter, Bewertung &lt;= 2)</translation>
    </message>
    <message>
        <location filename="../ui/models/qualitytablemodel.cpp" line="117"/>
        <source>Cost of the judged requests / accepted answers</source>
        <translation>Kosten der beurteilten Anfragen / akzeptierte Antworten</translation>
    </message>
    <message>
        <location filename="../ui/models/qualitytablemodel.cpp" line="119"/>
        <source>Input + output tokens of the judged requests / accepted answers</source>
        <translation>Input- + Output-Tokens der beurteilten Anfragen / akzeptierte Antworten</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/qualitytablemodel.cpp" line="172"/>
        <source>%n request(s) without a price are left out</source>
        <translation>
            <numerusform>%n Anfrage ohne Preis ist ausgelassen</numerusform>
            <numerusform>%n Anfragen ohne Preis sind ausgelassen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>burnrate::ui::QueryRunner</name>
    <message>
        <location filename="../ui/queryrunner.h" line="91"/>
        <location filename="../ui/writejob.h" line="39"/>
        <source>unexpected error</source>
        <translation>unerwarteter Fehler</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::RankingChart</name>
    <message>
        <location filename="../ui/charts/rankingchart.cpp" line="79"/>
        <location filename="../ui/charts/rankingchart.cpp" line="156"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::ReconciliationModel</name>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="19"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="71"/>
        <source>all models</source>
        <translation>alle Modelle</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="73"/>
        <source>no billing</source>
        <translation>keine Abrechnung</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="81"/>
        <source>nothing billed</source>
        <translation>nichts abgerechnet</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="81"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="131"/>
        <source>No billing data for %1 on this day: nothing to compare the attributed spend with</source>
        <translation>Keine Abrechnungsdaten für %1 an diesem Tag: nichts, womit die zugeordneten Ausgaben verglichen werden können</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="134"/>
        <source>%1 billed requests have no price: their cost is unknown, not zero (see Prices)</source>
        <translation>%1 abgerechnete Anfragen haben keinen Preis: ihre Kosten sind unbekannt, nicht null (siehe Preise)</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="139"/>
        <source>%1 attributed requests have no price: their cost is unknown, not zero (see Prices)</source>
        <translation>%1 zugeordnete Anfragen haben keinen Preis: ihre Kosten sind unbekannt, nicht null (siehe Preise)</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="144"/>
        <source>Undefined: no billing data for %1 on this day</source>
        <translation>Undefiniert: keine Abrechnungsdaten für %1 an diesem Tag</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="146"/>
        <source>Undefined: nothing was billed</source>
        <translation>Undefiniert: Es wurde nichts abgerechnet</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="147"/>
        <source>Attributed / billed</source>
        <translation>Zugeordnet / abgerechnet</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="152"/>
        <source>No request of this row came with a cost from its source</source>
        <translation>Keine Anfrage dieser Zeile kam mit Kosten von ihrer Quelle</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="153"/>
        <source>No invoiced cost lines for this provider on this day</source>
        <translation>Keine Rechnungsposten für diesen Anbieter an diesem Tag</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="195"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="197"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="199"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="201"/>
        <source>Billed</source>
        <translation>Abgerechnet</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="203"/>
        <source>Attributed</source>
        <translation>Zugeordnet</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="205"/>
        <source>Unattributed</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="207"/>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="209"/>
        <source>Computed (billed)</source>
        <translation>Berechnet (abgerechnet)</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="209"/>
        <source>Computed</source>
        <translation>Berechnet</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="211"/>
        <source>Invoiced</source>
        <translation>In Rechnung</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="211"/>
        <source>Reported</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="213"/>
        <source>Invoiced - computed</source>
        <translation>Rechnung − berechnet</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="213"/>
        <source>Reported - computed</source>
        <translation>Gemeldet − berechnet</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="221"/>
        <source>Spend in the provider usage APIs (billing lens), priced with the prices in force</source>
        <translation>Ausgaben in den Nutzungs-APIs der Anbieter (Abrechnungssicht), bepreist mit den gültigen Preisen</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="223"/>
        <source>Spend of the proxy logs and imports (attribution lens)</source>
        <translation>Ausgaben der Proxy-Logs und Importe (Zuordnungssicht)</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="225"/>
        <source>Billed minus attributed: spend that no tenant, team or prompt accounts for</source>
        <translation>Abgerechnet minus zugeordnet: Ausgaben, die kein Mandant, Team oder Prompt erklärt</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="227"/>
        <source>Attributed / billed; undefined without billing data</source>
        <translation>Zugeordnet / abgerechnet; undefiniert ohne Abrechnungsdaten</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="229"/>
        <source>The billed cost we computed for the provider&apos;s day</source>
        <translation>Die von uns berechneten abgerechneten Kosten für den Tag des Anbieters</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="230"/>
        <source>Our cost of the requests that came with a cost from their source</source>
        <translation>Unsere Kosten der Anfragen, die mit Kosten von ihrer Quelle kamen</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="232"/>
        <source>The provider&apos;s invoiced cost lines (USD)</source>
        <translation>Die Rechnungsposten des Anbieters (USD)</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="233"/>
        <source>The cost the source reported for those requests (e.g. LiteLLM spend)</source>
        <translation>Die von der Quelle für diese Anfragen gemeldeten Kosten (z. B. LiteLLM-Ausgaben)</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="235"/>
        <source>Invoiced minus computed, and its share of the computed cost</source>
        <translation>Rechnung minus berechnet und ihr Anteil an den berechneten Kosten</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="236"/>
        <source>Reported minus computed, and its share of the computed cost</source>
        <translation>Gemeldet minus berechnet und ihr Anteil an den berechneten Kosten</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::ReconciliationPanel</name>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="29"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="36"/>
        <source>nothing computed</source>
        <translation>nichts berechnet</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="55"/>
        <source>Per day, provider and model</source>
        <translation>Pro Tag, Anbieter und Modell</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="56"/>
        <source>Per day and provider (invoices)</source>
        <translation>Pro Tag und Anbieter (Rechnungen)</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="57"/>
        <source>Per model, computed vs reported compares the costs the sources reported per request; per provider, the billed cost we computed vs the provider&apos;s invoiced cost lines</source>
        <translation>Pro Modell vergleicht „berechnet vs. gemeldet“ die Kosten, die die Quellen je Anfrage gemeldet haben; pro Anbieter die von uns berechneten abgerechneten Kosten mit den Rechnungsposten des Anbieters</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="59"/>
        <source>Export CSV...</source>
        <translation>CSV exportieren...</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="60"/>
        <source>The reconcile CSV: per day, provider and model, billed, attributed, unattributed, coverage, computed and reported</source>
        <translation>Die Abgleich-CSV: pro Tag, Anbieter und Modell abgerechnet, zugeordnet, nicht zugeordnet, Abdeckung, berechnet und gemeldet</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="62"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="78"/>
        <source>Largest gaps first; click a header to sort</source>
        <translation>Größte Abweichungen zuerst; zum Sortieren auf einen Spaltenkopf klicken</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="79"/>
        <source>Reconciliation</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="86"/>
        <source>Loading...</source>
        <translation>Wird geladen...</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="148"/>
        <source>Coverage &lt;b&gt;%1&lt;/b&gt; of billed spend attributed (%2 of %3) · unattributed &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>Abdeckung &lt;b&gt;%1&lt;/b&gt; der abgerechneten Ausgaben zugeordnet (%2 von %3) · nicht zugeordnet &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="152"/>
        <source>Coverage undefined: the billing data of this range shows no priced spend</source>
        <translation>Abdeckung undefiniert: Die Abrechnungsdaten dieses Zeitraums zeigen keine bepreisten Ausgaben</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="154"/>
        <source>Coverage undefined: no billing data in this range (connect a provider usage source on the Sources page)</source>
        <translation>Abdeckung undefiniert: keine Abrechnungsdaten in diesem Zeitraum (verbinden Sie auf der Seite „Quellen“ eine Nutzungsquelle eines Anbieters)</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="161"/>
        <source>No billing to compare with: %1 attributed (%2; %3 requests without a price, cost unknown)</source>
        <translation>Keine Abrechnung zum Vergleich: %1 zugeordnet (%2; %3 Anfragen ohne Preis, Kosten unbekannt)</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="165"/>
        <source>No billing to compare with: %1 attributed (%2)</source>
        <translation>Keine Abrechnung zum Vergleich: %1 zugeordnet (%2)</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="169"/>
        <source>Invoices not compared: cost lines carry provider and project only, and a filter selects more</source>
        <translation>Rechnungen nicht verglichen: Rechnungsposten tragen nur Anbieter und Projekt, und ein Filter wählt mehr aus</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="171"/>
        <source>Computed from billed usage %1 vs invoiced %2 (%3)</source>
        <translation>Berechnet aus abgerechneter Nutzung %1 vs. in Rechnung gestellt %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="174"/>
        <source>No invoiced cost lines in this range</source>
        <translation>Keine Rechnungsposten in diesem Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="176"/>
        <source>%1 cost lines in another currency than USD were not compared</source>
        <translation>%1 Rechnungsposten in einer anderen Währung als USD wurden nicht verglichen</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="179"/>
        <source>Computed %1 vs reported by the sources %2 for %3 requests (%4)</source>
        <translation>Berechnet %1 vs. von den Quellen gemeldet %2 für %3 Anfragen (%4)</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="183"/>
        <source>No source reported a cost per request</source>
        <translation>Keine Quelle hat Kosten je Anfrage gemeldet</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="191"/>
        <source>Largest gaps by model: %1; by day: %2</source>
        <translation>Größte Abweichungen nach Modell: %1; nach Tag: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="217"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="217"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="220"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="220"/>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::RequestTableModel</name>
    <message>
        <location filename="../ui/models/requesttablemodel.cpp" line="175"/>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location filename="../ui/models/requesttablemodel.cpp" line="177"/>
        <source>failed</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <location filename="../ui/models/requesttablemodel.cpp" line="178"/>
        <source>%1 passed, %2 failed</source>
        <translation>%1 bestanden, %2 nicht bestanden</translation>
    </message>
    <message>
        <location filename="../ui/models/requesttablemodel.cpp" line="210"/>
        <source>Reported by the source: %1</source>
        <translation>Von der Quelle gemeldet: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/requesttablemodel.cpp" line="212"/>
        <source>%1 of them read from the prompt cache</source>
        <translation>%1 davon aus dem Prompt-Cache gelesen</translation>
    </message>
    <message>
        <location filename="../ui/models/requesttablemodel.cpp" line="255"/>
        <source>unpriced</source>
        <translation>ohne Preis</translation>
    </message>
    <message>
        <location filename="../ui/models/requesttablemodel.cpp" line="257"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/models/requesttablemodel.cpp" line="275"/>
        <source>Click to sort all matching requests by their total tokens (in + out)</source>
        <translation>Klicken, um alle passenden Anfragen nach ihren gesamten Tokens (ein + aus) zu sortieren</translation>
    </message>
    <message>
        <location filename="../ui/models/requesttablemodel.cpp" line="277"/>
        <source>Click to sort all matching requests by this column</source>
        <translation>Klicken, um alle passenden Anfragen nach dieser Spalte zu sortieren</translation>
    </message>
    <message>
        <location filename="../ui/models/requesttablemodel.cpp" line="284"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/models/requesttablemodel.cpp" line="286"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/models/requesttablemodel.cpp" line="288"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/models/requesttablemodel.cpp" line="290"/>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <location filename="../ui/models/requesttablemodel.cpp" line="292"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../ui/models/requesttablemodel.cpp" line="294"/>
        <source>Tokens in</source>
        <translation>Tokens ein</translation>
    </message>
    <message>
        <location filename="../ui/models/requesttablemodel.cpp" line="296"/>
        <source>Tokens out</source>
        <translation>Tokens aus</translation>
    </message>
    <message>
        <location filename="../ui/models/requesttablemodel.cpp" line="298"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../ui/models/requesttablemodel.cpp" line="300"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../ui/models/requesttablemodel.cpp" line="302"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/models/requesttablemodel.cpp" line="304"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../ui/models/requesttablemodel.cpp" line="306"/>
        <source>Eval</source>
        <translation>Eval</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::RequestsPage</name>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="72"/>
        <source>unpriced</source>
        <translation>ohne Preis</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="113"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="114"/>
        <source>Copy the whole %1 to the clipboard</source>
        <translation>Gesamten Inhalt in die Zwischenablage kopieren (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="142"/>
        <source>HTTP status of the request</source>
        <translation>HTTP-Status der Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="142"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="142"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="142"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="143"/>
        <source>Whether part of the input was read from the prompt cache</source>
        <translation>Ob ein Teil des Inputs aus dem Prompt-Cache gelesen wurde</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="144"/>
        <source>Any caching</source>
        <translation>Mit und ohne Cache</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="144"/>
        <source>Cache hit</source>
        <translation>Cache-Treffer</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="144"/>
        <source>No cache hit</source>
        <translation>Kein Cache-Treffer</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="145"/>
        <source>Whether the prompt and response text is stored</source>
        <translation>Ob Prompt- und Antworttext gespeichert sind</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="146"/>
        <source>Any text</source>
        <translation>Mit und ohne Text</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="146"/>
        <source>With text</source>
        <translation>Mit Text</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="146"/>
        <source>No text</source>
        <translation>Ohne Text</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="147"/>
        <source>Whether anyone annotated the request</source>
        <translation>Ob jemand die Anfrage annotiert hat</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="148"/>
        <source>Any annotations</source>
        <translation>Alle Annotationen</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="148"/>
        <source>Annotated</source>
        <translation>Annotiert</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="148"/>
        <source>Not annotated</source>
        <translation>Nicht annotiert</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="149"/>
        <source>Results of automated evals of the request</source>
        <translation>Ergebnisse automatischer Evals der Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="150"/>
        <source>Any evals</source>
        <translation>Alle Evals</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="150"/>
        <source>Eval passed</source>
        <translation>Eval bestanden</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="150"/>
        <source>Eval failed</source>
        <translation>Eval nicht bestanden</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="159"/>
        <source>Search prompts and responses</source>
        <translation>Prompts und Antworten durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="163"/>
        <source>Every word must occur; end a word with * to match its prefix</source>
        <translation>Jedes Wort muss vorkommen; ein Wort mit * am Ende sucht nach seinem Anfang</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="170"/>
        <source>Review…</source>
        <translation>Prüfen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="171"/>
        <source>Review a random sample of the requests shown, by keyboard</source>
        <translation>Eine Zufallsstichprobe der angezeigten Anfragen per Tastatur prüfen</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="183"/>
        <source>End review</source>
        <translation>Prüfung beenden</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="252"/>
        <source>Requests could not be loaded: %1</source>
        <translation>Anfragen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="266"/>
        <source>Monospace</source>
        <translation>Festbreite</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="269"/>
        <source>Show the texts in a fixed-width font (code, tables, JSON)</source>
        <translation>Die Texte in einer Schrift fester Breite zeigen (Code, Tabellen, JSON)</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="273"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="274"/>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="297"/>
        <location filename="../ui/pages/requestspage.cpp" line="602"/>
        <location filename="../ui/pages/requestspage.cpp" line="696"/>
        <source>Annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="300"/>
        <location filename="../ui/pages/requestspage.cpp" line="314"/>
        <location filename="../ui/pages/requestspage.cpp" line="498"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="303"/>
        <source>Dimensions</source>
        <translation>Dimensionen</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="305"/>
        <location filename="../ui/pages/requestspage.cpp" line="570"/>
        <source>Evals</source>
        <translation>Evals</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="314"/>
        <location filename="../ui/pages/requestspage.cpp" line="561"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="314"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="314"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="320"/>
        <source>Click a request to show it</source>
        <translation>Klicken Sie auf eine Anfrage, um sie anzuzeigen</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="326"/>
        <location filename="../ui/pages/requestspage.cpp" line="599"/>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="396"/>
        <source>Loading requests…</source>
        <translation>Anfragen werden geladen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="397"/>
        <source>Loading requests… (sorting by this column reads every request of the range)</source>
        <translation>Anfragen werden geladen… (Sortieren nach dieser Spalte liest jede Anfrage des Zeitraums)</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="399"/>
        <source>No request matches the range and filters.</source>
        <translation>Keine Anfrage passt zu Zeitraum und Filtern.</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="400"/>
        <source>Requests loaded: %1 (all that match).</source>
        <translation>Anfragen geladen: %1 (alle passenden).</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="402"/>
        <source>Requests loaded: %1; more load as you scroll.</source>
        <translation>Anfragen geladen: %1; weitere laden beim Scrollen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="437"/>
        <source>The request could not be read: %1</source>
        <translation>Die Anfrage konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="453"/>
        <source>Select a request to see its text, cost and annotations.</source>
        <translation>Wählen Sie eine Anfrage aus, um Text, Kosten und Annotationen zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="475"/>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="481"/>
        <source>request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="482"/>
        <source> from %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="224"/>
        <location filename="../ui/pages/requestspage.cpp" line="484"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="484"/>
        <source>latency unknown</source>
        <translation>Latenz unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="485"/>
        <source> (first token after %1 ms)</source>
        <translation> (erstes Token nach %1 ms)</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="490"/>
        <source>(no text stored for this request)</source>
        <translation>(für diese Anfrage ist kein Text gespeichert)</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="498"/>
        <source>Part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="498"/>
        <location filename="../ui/pages/requestspage.cpp" line="545"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="498"/>
        <source>Rate per 1M</source>
        <translation>Satz pro 1 Mio.</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="498"/>
        <source>Without the cache</source>
        <translation>Ohne Cache</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="505"/>
        <source>Computed</source>
        <translation>Berechnet</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="509"/>
        <source> (differs by %1)</source>
        <translation> (weicht um %1 ab)</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="511"/>
        <source>Reported by the source</source>
        <translation>Von der Quelle gemeldet</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="515"/>
        <source>batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="515"/>
        <source>not batch</source>
        <translation>kein Batch</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="516"/>
        <source>default service tier</source>
        <translation>Standard-Service-Tier</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="517"/>
        <source>service tier %1</source>
        <translation>Service-Tier %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="519"/>
        <source>long-context rates</source>
        <translation>Long-Context-Tarife</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="521"/>
        <source>served from the proxy&apos;s response cache (no provider charge)</source>
        <translation>aus dem Antwort-Cache des Proxys bedient (keine Anbieterkosten)</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="525"/>
        <source>Priced by the %1 price of %2/%3 in force from %4 (price #%5).</source>
        <translation>Bepreist mit dem Preis (%1) von %2/%3, gültig ab %4 (Preis #%5).</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="530"/>
        <source>No price for this model at the request&apos;s time: unpriced, not free.</source>
        <translation>Kein Preis für dieses Modell zum Zeitpunkt der Anfrage: ohne Preis, nicht kostenlos.</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="532"/>
        <source>Breakdown unavailable: %1</source>
        <translation>Aufschlüsselung nicht verfügbar: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="535"/>
        <source>Recomputed under that price: %1 (the stored cost predates a price change).</source>
        <translation>Neu berechnet mit diesem Preis: %1 (die gespeicherten Kosten stammen von vor einer Preisänderung).</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="546"/>
        <source>%1 in (%2 cache reads, %3 cache writes), %4 out</source>
        <translation>%1 ein (%2 Cache-Lesen, %3 Cache-Schreiben), %4 aus</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="551"/>
        <source>Tag %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="557"/>
        <source>No eval results for this request.</source>
        <translation>Keine Eval-Ergebnisse für diese Anfrage.</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="561"/>
        <source>Eval</source>
        <translation>Eval</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="561"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="561"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="566"/>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="567"/>
        <source>failed</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="570"/>
        <source>Evals (%1)</source>
        <translation>Evals (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="588"/>
        <source>This request has no trace id.</source>
        <translation>Diese Anfrage hat keine Trace-ID.</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="590"/>
        <source>Trace %1 · other requests within a day of this one: %2 · the whole trace cost %3.</source>
        <translation>Trace %1 · andere Anfragen innerhalb eines Tages um diese: %2 · der ganze Trace kostete %3.</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="594"/>
        <source>Unpriced in it: %1.</source>
        <translation>Darin ohne Preis: %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="596"/>
        <source>Only the first %1 are listed.</source>
        <translation>Nur die ersten %1 sind aufgeführt.</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="599"/>
        <source>Trace (%1)</source>
        <translation>Trace (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="602"/>
        <location filename="../ui/pages/requestspage.cpp" line="696"/>
        <source>Annotation (%1)</source>
        <translation>Annotation (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="612"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="613"/>
        <source>Annotations are recorded with the analyst&apos;s name. Your name (also in Settings):</source>
        <translation>Annotationen werden mit dem Namen des Analysten gespeichert. Ihr Name (auch in den Einstellungen):</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="627"/>
        <source>Annotations need your name: set it in Settings (Analyst name).</source>
        <translation>Annotationen brauchen Ihren Namen: Legen Sie ihn in den Einstellungen fest (Name des Analysten).</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="683"/>
        <source>The annotation was not saved: %1</source>
        <translation>Die Annotation wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="729"/>
        <source>The labels were not saved: %1</source>
        <translation>Die Labels wurden nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="750"/>
        <source>Review queue</source>
        <translation>Prüfwarteschlange</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="752"/>
        <source>A random sample of the requests the range, chips and filters select. The same seed and filter give the same requests in the same order.</source>
        <translation>Eine Zufallsstichprobe der Anfragen, die Zeitraum, Chips und Filter auswählen. Derselbe Seed und derselbe Filter ergeben dieselben Anfragen in derselben Reihenfolge.</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="760"/>
        <source>Requests:</source>
        <translation>Anfragen:</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="764"/>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="765"/>
        <source>Only requests with stored prompt and response text</source>
        <translation>Nur Anfragen mit gespeichertem Prompt- und Antworttext</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="770"/>
        <source>Keys: J / K next / previous, 1-5 rating, 0 clears it, U / D thumbs up / down, L labels, E comment, Esc ends the review. Every key saves.</source>
        <translation>Tasten: J / K nächste / vorherige, 1–5 Bewertung, 0 löscht sie, U / D Daumen hoch / runter, L Labels, E Kommentar, Esc beendet die Prüfung. Jede Taste speichert.</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="776"/>
        <source>Start review</source>
        <translation>Prüfung starten</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="798"/>
        <source>The review sample could not be drawn: %1</source>
        <translation>Die Stichprobe konnte nicht gezogen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="803"/>
        <source>No request matches the range and filters: nothing to review.</source>
        <translation>Keine Anfrage passt zu Zeitraum und Filtern: nichts zu prüfen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="833"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="842"/>
        <source>&lt;b&gt;Review %1&lt;/b&gt; &amp;middot; seed %2 &amp;middot; J/K next/previous, 1-5 rating, U/D thumbs, L labels, E comment, Esc ends</source>
        <translation>&lt;b&gt;Prüfung %1&lt;/b&gt; &amp;middot; Seed %2 &amp;middot; J/K nächste/vorherige, 1–5 Bewertung, U/D Daumen, L Labels, E Kommentar, Esc beendet</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="195"/>
        <location filename="../ui/pages/requestspage.h" line="46"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::SavingsBreakdownModel</name>
    <message>
        <location filename="../ui/models/savingsbreakdownmodel.cpp" line="44"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/models/savingsbreakdownmodel.cpp" line="49"/>
        <source>AWS Lambda</source>
        <translation>AWS Lambda</translation>
    </message>
    <message>
        <location filename="../ui/models/savingsbreakdownmodel.cpp" line="51"/>
        <source>function %1</source>
        <translation>Funktion %1</translation>
    </message>
    <message>
        <location filename="../ui/models/savingsbreakdownmodel.cpp" line="93"/>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <location filename="../ui/models/savingsbreakdownmodel.cpp" line="95"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../ui/models/savingsbreakdownmodel.cpp" line="97"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/models/savingsbreakdownmodel.cpp" line="99"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../ui/models/savingsbreakdownmodel.cpp" line="101"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../ui/models/savingsbreakdownmodel.cpp" line="103"/>
        <source>Saving</source>
        <translation>Einsparung</translation>
    </message>
    <message>
        <location filename="../ui/models/savingsbreakdownmodel.cpp" line="105"/>
        <source>Saving %</source>
        <translation>Einsparung %</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::SavingsPage</name>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="75"/>
        <source>Route to another model</source>
        <translation>Auf anderes Modell umleiten</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="77"/>
        <source>Prompt cache hit rate</source>
        <translation>Prompt-Cache-Trefferquote</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="79"/>
        <source>Response cache hit rate</source>
        <translation>Antwort-Cache-Trefferquote</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="81"/>
        <source>Batch prices</source>
        <translation>Batch-Preise</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="83"/>
        <source>Cap input tokens</source>
        <translation>Input-Tokens begrenzen</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="85"/>
        <source>Lambda memory / architecture</source>
        <translation>Lambda-Speicher / -Architektur</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="96"/>
        <source>Saved scenario:</source>
        <translation>Gespeichertes Szenario:</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="101"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="102"/>
        <source>Save the steps (and a recommendation&apos;s scope) under a name</source>
        <translation>Die Schritte (und den Bereich einer Empfehlung) unter einem Namen speichern</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="104"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="107"/>
        <location filename="../ui/pages/savingspage.cpp" line="596"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="110"/>
        <source>Steps (waterfall)…</source>
        <translation>Schritte (Wasserfall)…</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="111"/>
        <source>Breakdown by tenant and prompt…</source>
        <translation>Aufschlüsselung nach Mandant und Prompt…</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="122"/>
        <source>Use the dashboard&apos;s range</source>
        <translation>Zeitraum des Dashboards verwenden</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="123"/>
        <source>Run the steps on the dashboard&apos;s range and filters instead of the recommendation&apos;s</source>
        <translation>Die Schritte auf Zeitraum und Filter des Dashboards anwenden statt auf die der Empfehlung</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="133"/>
        <source>Scenario: steps apply in order</source>
        <translation>Szenario: Schritte gelten der Reihe nach</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="141"/>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="142"/>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="143"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="157"/>
        <source>Add step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="168"/>
        <source>Largest opportunities, last 30 days of data</source>
        <translation>Größte Sparpotenziale, letzte 30 Tage der Daten</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="174"/>
        <source>Double-click (or Enter) opens the scenario that computes the saving</source>
        <translation>Doppelklick (oder Eingabetaste) öffnet das Szenario, das die Einsparung berechnet</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="180"/>
        <source>Each amount is what its scenario saves on those 30 days; open it to see the steps and their quality risk.</source>
        <translation>Jeder Betrag ist das, was sein Szenario in diesen 30 Tagen einspart; öffnen Sie es, um die Schritte und ihr Qualitätsrisiko zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="187"/>
        <source>Saving by step</source>
        <translation>Einsparung je Schritt</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="199"/>
        <source>Steps and their quality risk</source>
        <translation>Schritte und ihr Qualitätsrisiko</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="221"/>
        <source>Breakdown by tenant and prompt</source>
        <translation>Aufschlüsselung nach Mandant und Prompt</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="245"/>
        <location filename="../ui/pages/savingspage.cpp" line="318"/>
        <source>Syntax: %1</source>
        <translation>Syntax: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="264"/>
        <source>Save scenario</source>
        <translation>Szenario speichern</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="264"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="314"/>
        <source>Not added: %1</source>
        <translation>Nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="383"/>
        <location filename="../ui/pages/savingspage.cpp" line="509"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="387"/>
        <source>%1 to %2 (UTC)</source>
        <translation>%1 bis %2 (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="388"/>
        <source>all requests</source>
        <translation>alle Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="389"/>
        <source>Recommendation&apos;s range %1, scope %2</source>
        <translation>Zeitraum der Empfehlung %1, Bereich %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="390"/>
        <source>Range %1, scope %2</source>
        <translation>Zeitraum %1, Bereich %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="431"/>
        <source>No scenario result</source>
        <translation>Kein Szenario-Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="432"/>
        <source>The what-if scenario could not be computed: %1</source>
        <translation>Das Was-wäre-wenn-Szenario konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="458"/>
        <source>Requests without a tenant</source>
        <translation>Anfragen ohne Mandant</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="460"/>
        <source>%1 sends %2% of its %3 requests with at most %4 input tokens: route them to %5</source>
        <translation>%1: %2 % der %3-Anfragen haben höchstens %4 Input-Tokens: auf %5 umleiten</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="466"/>
        <source>Prompt %1 sends %2 input tokens a request but its cache hit rate is %3%: at %4%</source>
        <translation>Prompt %1 sendet %2 Input-Tokens pro Anfrage, aber seine Cache-Trefferquote ist %3 %: auf %4 %</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="471"/>
        <source>Prompt %1 sends %2 input tokens a request: capped at %3 (check that answers keep the context they need)</source>
        <translation>Prompt %1 sendet %2 Input-Tokens pro Anfrage: begrenzt auf %3 (prüfen Sie, ob die Antworten den nötigen Kontext behalten)</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="482"/>
        <source>%1 — %2 in 30 days</source>
        <translation>%1 — %2 in 30 Tagen</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="489"/>
        <source>No opportunity found in the last 30 days of data</source>
        <translation>Kein Sparpotenzial in den letzten 30 Tagen der Daten gefunden</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="498"/>
        <source>Add a step, open an opportunity or a saved scenario</source>
        <translation>Fügen Sie einen Schritt hinzu oder öffnen Sie ein Sparpotenzial oder ein gespeichertes Szenario</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="511"/>
        <source>saves %1</source>
        <translation>spart %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="512"/>
        <source>costs %1 more</source>
        <translation>kostet %1 mehr</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="518"/>
        <source>Baseline</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="518"/>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="521"/>
        <source>Saves %1 of %2 (%3)</source>
        <translation>Spart %1 von %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="522"/>
        <source>Costs %1 more than %2 (%3)</source>
        <translation>Kostet %1 mehr als %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/savingspage.cpp" line="525"/>
        <source>(%n requests without a price left out)</source>
        <translation>
            <numerusform>(%n Anfrage ohne Preis ausgelassen)</numerusform>
            <numerusform>(%n Anfragen ohne Preis ausgelassen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="539"/>
        <source>Saved scenario %1</source>
        <translation>Szenario „%1“ gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="564"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="590"/>
        <source>Nothing to export: the scenario has no result yet</source>
        <translation>Nichts zu exportieren: Das Szenario hat noch kein Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="596"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="599"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="599"/>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.h" line="44"/>
        <source>Savings</source>
        <translation>Einsparungen</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::ScatterChart</name>
    <message>
        <location filename="../ui/charts/scatterchart.cpp" line="79"/>
        <source>%1 against %2</source>
        <translation>%1 gegen %2</translation>
    </message>
    <message>
        <location filename="../ui/charts/scatterchart.cpp" line="113"/>
        <source>%1 per request</source>
        <translation>%1 pro Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/charts/scatterchart.cpp" line="117"/>
        <source>on the Pareto frontier</source>
        <translation>auf der Pareto-Front</translation>
    </message>
    <message>
        <location filename="../ui/charts/scatterchart.cpp" line="160"/>
        <source>log scale</source>
        <translation>logarithmische Skala</translation>
    </message>
    <message>
        <location filename="../ui/charts/scatterchart.cpp" line="183"/>
        <source>Pareto frontier</source>
        <translation>Pareto-Front</translation>
    </message>
    <message>
        <location filename="../ui/charts/scatterchart.cpp" line="195"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location filename="../ui/charts/scatterchart.cpp" line="200"/>
        <source>On the frontier</source>
        <translation>Auf der Front</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::SettingsPage</name>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="26"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="32"/>
        <source>Change...</source>
        <translation>Ändern...</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="35"/>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="39"/>
        <location filename="../ui/pages/settingspage.cpp" line="49"/>
        <source>Follow the system</source>
        <translation>Systemeinstellung folgen</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="40"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="41"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="42"/>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="45"/>
        <source>Theme:</source>
        <translation>Design:</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="55"/>
        <source>The language of menus, pages and dialogs; numbers, dates and amounts are written the way it writes them</source>
        <translation>Die Sprache von Menüs, Seiten und Dialogen; Zahlen, Daten und Beträge werden so geschrieben, wie es in dieser Sprache üblich ist</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="59"/>
        <source>Takes effect when Burnrate is restarted.</source>
        <translation>Wird beim Neustart von Burnrate wirksam.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="64"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="67"/>
        <source>Your name, recorded with your annotations</source>
        <translation>Ihr Name, gespeichert mit Ihren Annotationen</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="68"/>
        <source>Analyst name:</source>
        <translation>Name des Analysten:</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="71"/>
        <source>Attribution (proxy logs: tenant, team, prompt)</source>
        <translation>Zuordnung (Proxy-Logs: Mandant, Team, Prompt)</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="72"/>
        <source>Billing (provider usage APIs: everything billed)</source>
        <translation>Abrechnung (Nutzungs-APIs der Anbieter: alles Abgerechnete)</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="75"/>
        <source>Default lens:</source>
        <translation>Standardsicht:</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="90"/>
        <source>Currency display:</source>
        <translation>Währungsanzeige:</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="92"/>
        <source>Keep running in the system tray when the window is closed</source>
        <translation>Beim Schließen des Fensters im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="94"/>
        <source>Budget alerts and scheduled polls go on; quit from the tray menu or File &gt; Quit</source>
        <translation>Budget-Alarme und geplante Abfragen laufen weiter; beenden über das Menü im Infobereich oder Datei &gt; Beenden</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="96"/>
        <source>Alerts:</source>
        <translation>Alarme:</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="99"/>
        <source>Amounts are stored in USD with nano-dollar precision; the display setting only changes how they are written.</source>
        <translation>Beträge werden in USD mit Nano-Dollar-Genauigkeit gespeichert; die Anzeigeeinstellung ändert nur, wie sie geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="106"/>
        <source>Cost allocation</source>
        <translation>Kostenzuordnung</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="108"/>
        <source>Rules give unowned spend (an API key, project, user or tag without a tenant or team) an owner, in both lenses; model tier thresholds.</source>
        <translation>Regeln geben Ausgaben ohne Eigentümer (ein API-Schlüssel, Projekt, Benutzer oder Tag ohne Mandant oder Team) einen Eigentümer, in beiden Sichten; Grenzen der Modellklassen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="112"/>
        <source>Allocation &amp;rules...</source>
        <translation>Zuordnungs&amp;regeln...</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="127"/>
        <source>Database location</source>
        <translation>Speicherort der Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="128"/>
        <source>Burnrate databases (*.db)</source>
        <translation>Burnrate-Datenbanken (*.db)</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.h" line="26"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::SourceBanner</name>
    <message>
        <location filename="../ui/widgets/sourcebanner.cpp" line="33"/>
        <source>Open Sources</source>
        <translation>Quellen öffnen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sourcebanner.cpp" line="34"/>
        <source>Show the failing sources, their errors and sync logs</source>
        <translation>Die fehlerhaften Quellen, ihre Fehler und Synchronisierungsprotokolle zeigen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sourcebanner.cpp" line="39"/>
        <source>Dismiss until another source fails</source>
        <translation>Verwerfen, bis eine weitere Quelle fehlschlägt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sourcebanner.cpp" line="40"/>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sourcebanner.cpp" line="67"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/sourcebanner.cpp" line="69"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n weitere</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/sourcebanner.cpp" line="72"/>
        <source>1 source failing: %1</source>
        <translation>1 Quelle fehlerhaft: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/sourcebanner.cpp" line="72"/>
        <source>%n sources failing: %1</source>
        <translation>
            <numerusform>%n Quelle fehlerhaft: %1</numerusform>
            <numerusform>%n Quellen fehlerhaft: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>burnrate::ui::SourceDialog</name>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="37"/>
        <source>OpenAI usage and costs (organization admin API)</source>
        <translation>OpenAI-Nutzung und -Kosten (Organisations-Admin-API)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="39"/>
        <source>Anthropic usage and cost reports (admin API)</source>
        <translation>Anthropic-Nutzungs- und -Kostenberichte (Admin-API)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="41"/>
        <source>LiteLLM proxy spend logs</source>
        <translation>LiteLLM-Proxy-Ausgabenlogs</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="43"/>
        <source>LiteLLM proxy Prometheus metrics</source>
        <translation>LiteLLM-Proxy-Prometheus-Metriken</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="45"/>
        <source>Amazon Bedrock token metrics (CloudWatch)</source>
        <translation>Amazon-Bedrock-Token-Metriken (CloudWatch)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="47"/>
        <source>AWS Cost Explorer: Bedrock and Lambda costs</source>
        <translation>AWS Cost Explorer: Bedrock- und Lambda-Kosten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="56"/>
        <source>An OAuth access token with monitoring.read (gcloud auth print-access-token), or the whole JSON key file of a service account with the role Monitoring Viewer: Burnrate signs in with it before each poll.</source>
        <translation>Ein OAuth-Zugriffstoken mit monitoring.read (gcloud auth print-access-token) oder die ganze JSON-Schlüsseldatei eines Dienstkontos mit der Rolle Monitoring-Betrachter: Burnrate meldet sich damit vor jeder Abfrage an.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="67"/>
        <source>Edit source</source>
        <translation>Quelle bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="67"/>
        <source>Add source</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="74"/>
        <source>e.g. us-east-1 (default: AWS_REGION, else us-east-1)</source>
        <translation>z. B. us-east-1 (Standard: AWS_REGION, sonst us-east-1)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="79"/>
        <source>the Google Cloud project id, e.g. acme-prod</source>
        <translation>die Google-Cloud-Projekt-ID, z. B. acme-prod</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="82"/>
        <source>an export file or a folder of them (.csv, .json, .jsonl; .gz too)</source>
        <translation>eine Exportdatei oder ein Ordner damit (.csv, .json, .jsonl; auch .gz)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="83"/>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="91"/>
        <source>Folder of Cloud Billing export files</source>
        <translation>Ordner mit Cloud-Billing-Exportdateien</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="96"/>
        <source>Take the monthly free tier off the cost (1M requests, 400,000 GB-s)</source>
        <translation>Das monatliche Freikontingent von den Kosten abziehen (1 Mio. Anfragen, 400.000 GB-s)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="98"/>
        <source>AWS Lambda&apos;s free tier, shared by all functions and both architectures of the account: leave it off when other functions of the account use it up.</source>
        <translation>Das Freikontingent von AWS Lambda gilt für alle Funktionen und beide Architekturen des Kontos: Lassen Sie es aus, wenn andere Funktionen des Kontos es aufbrauchen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="103"/>
        <source>default for the type, e.g. https://api.openai.com</source>
        <translation>Standard des Typs, z. B. https://api.openai.com</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="108"/>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="235"/>
        <source>e.g. OPENAI_ADMIN_KEY (used when the keychain has no key)</source>
        <translation>z. B. OPENAI_ADMIN_KEY (verwendet, wenn der Schlüsselbund keinen Schlüssel hat)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="111"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="115"/>
        <source>Attribution rules as JSON: how this source&apos;s projects, keys or users map to teams and tenants</source>
        <translation>Zuordnungsregeln als JSON: wie Projekte, Schlüssel oder Benutzer dieser Quelle Teams und Mandanten zugeordnet werden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="128"/>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="129"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="130"/>
        <source>Base URL:</source>
        <translation>Basis-URL:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="131"/>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="132"/>
        <source>Project:</source>
        <translation>Projekt:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="133"/>
        <source>Path:</source>
        <translation>Pfad:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="134"/>
        <source>Free tier:</source>
        <translation>Freikontingent:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="135"/>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="136"/>
        <source>Key variable:</source>
        <translation>Schlüsselvariable:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="137"/>
        <source>Interval:</source>
        <translation>Intervall:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="138"/>
        <source>Attribution rules:</source>
        <translation>Zuordnungsregeln:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="212"/>
        <source>stored in the OS keychain on OK</source>
        <translation>wird bei OK im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="214"/>
        <source>unchanged (a key is stored in the OS keychain)</source>
        <translation>unverändert (ein Schlüssel ist im Schlüsselbund des Systems gespeichert)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="216"/>
        <source>no key stored: enter one</source>
        <translation>kein Schlüssel gespeichert: Geben Sie einen ein</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="217"/>
        <source>no key stored: the key variable is used</source>
        <translation>kein Schlüssel gespeichert: Die Schlüsselvariable wird verwendet</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="219"/>
        <source>the OS keychain cannot be read (%1): enter the key again or use a key variable</source>
        <translation>der Schlüsselbund des Systems kann nicht gelesen werden (%1): Geben Sie den Schlüssel erneut ein oder verwenden Sie eine Schlüsselvariable</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="221"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="223"/>
        <source>no key: the source reads files</source>
        <translation>kein Schlüssel: Die Quelle liest Dateien</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="226"/>
        <source>ACCESS_KEY_ID:SECRET_ACCESS_KEY[:SESSION_TOKEN] - %1</source>
        <translation>ACCESS_KEY_ID:SECRET_ACCESS_KEY[:SESSION_TOKEN] - %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="228"/>
        <source>ID_VAR,SECRET_VAR[,TOKEN_VAR]; empty: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, ~/.aws/credentials</source>
        <translation>ID_VAR,SECRET_VAR[,TOKEN_VAR]; leer: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, ~/.aws/credentials</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="230"/>
        <source>an access token or a service-account JSON key - %1</source>
        <translation>ein Zugriffstoken oder ein JSON-Schlüssel eines Dienstkontos - %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="232"/>
        <source>e.g. GOOGLE_ACCESS_TOKEN, or a variable holding the service-account key&apos;s JSON</source>
        <translation>z. B. GOOGLE_ACCESS_TOKEN oder eine Variable mit dem JSON des Dienstkontoschlüssels</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="241"/>
        <source>default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="251"/>
        <source>A source needs a name.</source>
        <translation>Eine Quelle braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="253"/>
        <source>The base URL must start with https:// (or http:// for a local proxy).</source>
        <translation>Die Basis-URL muss mit https:// beginnen (oder http:// für einen lokalen Proxy).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="258"/>
        <source>A region looks like us-east-1 or eu-central-1.</source>
        <translation>Eine Region sieht aus wie us-east-1 oder eu-central-1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="260"/>
        <source>A Vertex AI source needs the Google Cloud project whose metrics it reads.</source>
        <translation>Eine Vertex-AI-Quelle braucht das Google-Cloud-Projekt, dessen Metriken sie liest.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="265"/>
        <source>A Google Cloud project id has lower-case letters, digits and hyphens.</source>
        <translation>Eine Google-Cloud-Projekt-ID besteht aus Kleinbuchstaben, Ziffern und Bindestrichen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="267"/>
        <source>A Cloud Billing source needs the export file or folder it reads.</source>
        <translation>Eine Cloud-Billing-Quelle braucht die Exportdatei oder den Ordner, den sie liest.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="269"/>
        <source>There is no file or folder at that path.</source>
        <translation>Unter diesem Pfad gibt es keine Datei und keinen Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="274"/>
        <source>Attribution rules must be a JSON object: %1</source>
        <translation>Zuordnungsregeln müssen ein JSON-Objekt sein: %1</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::SourceTableModel</name>
    <message>
        <location filename="../ui/models/sourcetablemodel.cpp" line="58"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/models/sourcetablemodel.cpp" line="60"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/models/sourcetablemodel.cpp" line="63"/>
        <source>Demo data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <location filename="../ui/models/sourcetablemodel.cpp" line="63"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location filename="../ui/models/sourcetablemodel.cpp" line="63"/>
        <source>Kept (not polled)</source>
        <translation>Behalten (nicht abgefragt)</translation>
    </message>
    <message>
        <location filename="../ui/models/sourcetablemodel.cpp" line="64"/>
        <source>Never synced</source>
        <translation>Nie synchronisiert</translation>
    </message>
    <message>
        <location filename="../ui/models/sourcetablemodel.cpp" line="70"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../ui/models/sourcetablemodel.cpp" line="80"/>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <location filename="../ui/models/sourcetablemodel.cpp" line="80"/>
        <source>not polled</source>
        <translation>nicht abgefragt</translation>
    </message>
    <message>
        <location filename="../ui/models/sourcetablemodel.cpp" line="81"/>
        <source>due now</source>
        <translation>jetzt fällig</translation>
    </message>
    <message>
        <location filename="../ui/models/sourcetablemodel.cpp" line="104"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/models/sourcetablemodel.cpp" line="106"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/models/sourcetablemodel.cpp" line="108"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/models/sourcetablemodel.cpp" line="110"/>
        <source>Last success</source>
        <translation>Letzter Erfolg</translation>
    </message>
    <message>
        <location filename="../ui/models/sourcetablemodel.cpp" line="112"/>
        <source>Rows (last run)</source>
        <translation>Zeilen (letzter Lauf)</translation>
    </message>
    <message>
        <location filename="../ui/models/sourcetablemodel.cpp" line="114"/>
        <source>Next run</source>
        <translation>Nächster Lauf</translation>
    </message>
    <message>
        <location filename="../ui/models/sourcetablemodel.cpp" line="116"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::SourcesPage</name>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="34"/>
        <source>Add source...</source>
        <translation>Quelle hinzufügen...</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="35"/>
        <source>Edit...</source>
        <translation>Bearbeiten...</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="36"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="37"/>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="38"/>
        <location filename="../ui/pages/sourcespage.cpp" line="99"/>
        <source>Poll the selected source now; progress and Cancel are in the status bar</source>
        <translation>Die ausgewählte Quelle jetzt abfragen; Fortschritt und „Abbrechen“ stehen in der Statusleiste</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="56"/>
        <location filename="../ui/pages/sourcespage.cpp" line="149"/>
        <source>Select a source to see its sync log.</source>
        <translation>Wählen Sie eine Quelle aus, um ihr Synchronisierungsprotokoll zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="60"/>
        <source>Sync log</source>
        <translation>Synchronisierungsprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="94"/>
        <source>Select a source to poll it now</source>
        <translation>Wählen Sie eine Quelle aus, um sie jetzt abzufragen</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="96"/>
        <source>%1 is a %2 source: its data is imported, it cannot be polled</source>
        <translation>%1 ist eine %2-Quelle: ihre Daten werden importiert, sie kann nicht abgefragt werden</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="129"/>
        <source>The sources could not be loaded: %1</source>
        <translation>Die Quellen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="152"/>
        <source>Sync log of %1</source>
        <translation>Synchronisierungsprotokoll von %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="190"/>
        <source>The source could not be saved: %1</source>
        <translation>Die Quelle konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="197"/>
        <source>%1 saved; its key is stored in the OS keychain</source>
        <translation>%1 gespeichert; der Schlüssel liegt im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="202"/>
        <source>%1 was saved, but its key could not be stored in the OS keychain (%2), so it has no key. Name an environment variable that holds it in the Key variable field (Edit...), or make the keychain available and enter the key again.</source>
        <translation>%1 wurde gespeichert, aber der Schlüssel konnte nicht im Schlüsselbund des Systems abgelegt werden (%2), daher hat die Quelle keinen Schlüssel. Nennen Sie im Feld „Schlüsselvariable“ (Bearbeiten...) eine Umgebungsvariable, die ihn enthält, oder machen Sie den Schlüsselbund verfügbar und geben Sie den Schlüssel erneut ein.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="206"/>
        <source>%1 was saved, but its key could not be stored in the OS keychain (%2). Syncs read the key from the environment variable %3 instead.</source>
        <translation>%1 wurde gespeichert, aber der Schlüssel konnte nicht im Schlüsselbund des Systems abgelegt werden (%2). Synchronisierungen lesen den Schlüssel stattdessen aus der Umgebungsvariable %3.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="224"/>
        <location filename="../ui/pages/sourcespage.cpp" line="270"/>
        <source>The source could not be removed: %1</source>
        <translation>Die Quelle konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="234"/>
        <source>It holds no data.</source>
        <translation>Sie enthält keine Daten.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="238"/>
        <source>Requests: %1 (%2)</source>
        <translation>Anfragen: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="240"/>
        <source>Provider usage buckets: %1 (%2 requests, %3)</source>
        <translation>Nutzungsposten der Anbieter: %1 (%2 Anfragen, %3)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="244"/>
        <source>Cost lines: %1 (%2)</source>
        <translation>Rechnungsposten: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="246"/>
        <source>Annotations: %1</source>
        <translation>Annotationen: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="248"/>
        <source>Sync log entries: %1</source>
        <translation>Einträge im Synchronisierungsprotokoll: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="249"/>
        <source>It holds:</source>
        <translation>Sie enthält:</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="254"/>
        <source>Remove source</source>
        <translation>Quelle entfernen</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="254"/>
        <source>Remove %1 and delete its data?</source>
        <translation>%1 entfernen und ihre Daten löschen?</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="257"/>
        <source>Totals drop by this amount, and adding the source again starts from nothing. Its key is removed from the keychain.</source>
        <translation>Die Summen sinken um diesen Betrag, und ein erneutes Hinzufügen der Quelle beginnt bei null. Ihr Schlüssel wird aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="50"/>
        <location filename="../ui/pages/sourcespage.h" line="33"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::SyncLogModel</name>
    <message>
        <location filename="../ui/models/synclogmodel.cpp" line="44"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../ui/models/synclogmodel.cpp" line="46"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/models/synclogmodel.cpp" line="49"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../ui/models/synclogmodel.cpp" line="77"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../ui/models/synclogmodel.cpp" line="79"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/models/synclogmodel.cpp" line="81"/>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location filename="../ui/models/synclogmodel.cpp" line="83"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../ui/models/synclogmodel.cpp" line="85"/>
        <source>Inserted</source>
        <translation>Eingefügt</translation>
    </message>
    <message>
        <location filename="../ui/models/synclogmodel.cpp" line="87"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location filename="../ui/models/synclogmodel.cpp" line="89"/>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <location filename="../ui/models/synclogmodel.cpp" line="91"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::TimeBarChart</name>
    <message>
        <location filename="../ui/charts/timebarchart.cpp" line="144"/>
        <source>Bucket total: %1</source>
        <translation>Intervallsumme: %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/timebarchart.cpp" line="157"/>
        <source>Total: %1</source>
        <translation>Summe: %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/timebarchart.cpp" line="402"/>
        <source> (%1 of the bucket)</source>
        <translation> (%1 des Intervalls)</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::WaterfallChart</name>
    <message>
        <location filename="../ui/charts/waterfallchart.cpp" line="104"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../ui/charts/waterfallchart.cpp" line="107"/>
        <source>Saving</source>
        <translation>Einsparung</translation>
    </message>
    <message>
        <location filename="../ui/charts/waterfallchart.cpp" line="110"/>
        <source>Increase</source>
        <translation>Mehrkosten</translation>
    </message>
    <message>
        <location filename="../ui/charts/waterfallchart.cpp" line="188"/>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <location filename="../ui/charts/waterfallchart.cpp" line="188"/>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::WelcomePanel</name>
    <message>
        <location filename="../ui/widgets/welcomepanel.cpp" line="26"/>
        <source>Welcome to Burnrate</source>
        <translation>Willkommen bei Burnrate</translation>
    </message>
    <message>
        <location filename="../ui/widgets/welcomepanel.cpp" line="33"/>
        <source>This database is empty. Bring in your LLM usage to see where the money goes: per model, prompt, tenant and team.</source>
        <translation>Diese Datenbank ist leer. Holen Sie Ihre LLM-Nutzung herein, um zu sehen, wohin das Geld fließt: nach Modell, Prompt, Mandant und Team.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/welcomepanel.cpp" line="41"/>
        <source>Connect a source</source>
        <translation>Quelle verbinden</translation>
    </message>
    <message>
        <location filename="../ui/widgets/welcomepanel.cpp" line="42"/>
        <source>OpenAI, Anthropic, LiteLLM, AWS Bedrock and Lambda, Google Cloud Billing or Vertex AI, polled on a schedule.</source>
        <translation>OpenAI, Anthropic, LiteLLM, AWS Bedrock und Lambda, Google Cloud Billing oder Vertex AI, regelmäßig abgefragt.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/welcomepanel.cpp" line="47"/>
        <source>Import logs</source>
        <translation>Logs importieren</translation>
    </message>
    <message>
        <location filename="../ui/widgets/welcomepanel.cpp" line="47"/>
        <source>Request logs as JSON Lines or CSV, Bedrock invocation logs, LiteLLM exports.</source>
        <translation>Anfrage-Logs als JSON Lines oder CSV, Bedrock-Aufruflogs, LiteLLM-Exporte.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/welcomepanel.cpp" line="49"/>
        <source>Explore the demo dataset</source>
        <translation>Demo-Datensatz erkunden</translation>
    </message>
    <message>
        <location filename="../ui/widgets/welcomepanel.cpp" line="50"/>
        <source>Ninety days of realistic traffic in a separate database; your own database stays as it is.</source>
        <translation>Neunzig Tage realistischer Verkehr in einer eigenen Datenbank; Ihre Datenbank bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/welcomepanel.cpp" line="61"/>
        <source>Go to the empty dashboard</source>
        <translation>Zum leeren Dashboard</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::WhatIfStepModel</name>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="21"/>
        <source>(no prompt)</source>
        <translation>(kein Prompt)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/whatifstepmodel.cpp" line="47"/>
        <source>Route %1 to %2, requests of at most %Ln input tokens</source>
        <translation>
            <numerusform>%1 auf %2 umleiten, Anfragen mit höchstens %Ln Input-Token</numerusform>
            <numerusform>%1 auf %2 umleiten, Anfragen mit höchstens %Ln Input-Tokens</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="49"/>
        <source>Route %1 to %2</source>
        <translation>%1 auf %2 umleiten</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="51"/>
        <source>Prompt cache hit rate of %1 at %2</source>
        <translation>Prompt-Cache-Trefferquote von %1 auf %2</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="53"/>
        <source>Response cache hit rate of %1 at %2</source>
        <translation>Antwort-Cache-Trefferquote von %1 auf %2</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="55"/>
        <source>Batch prices for %1 %2</source>
        <translation>Batch-Preise für %1 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/whatifstepmodel.cpp" line="57"/>
        <source>Cap %1 at %Ln input tokens</source>
        <translation>
            <numerusform>%1 auf %Ln Input-Token begrenzen</numerusform>
            <numerusform>%1 auf %Ln Input-Tokens begrenzen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="60"/>
        <source>Lambda %1 at %2 MB on arm64</source>
        <translation>Lambda %1 mit %2 MB auf arm64</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="60"/>
        <source>Lambda %1 at %2 MB on x86_64</source>
        <translation>Lambda %1 mit %2 MB auf x86_64</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="63"/>
        <source>Lambda %1 at %2 MB</source>
        <translation>Lambda %1 mit %2 MB</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="78"/>
        <source>%1 on %2: eval pass rate %3 (95% interval %4 to %5, n=%6), acceptance %7 (%8 to %9, n=%10)</source>
        <translation>%1 für %2: Eval-Bestehensquote %3 (95-%-Intervall %4 bis %5, n=%6), Akzeptanz %7 (%8 bis %9, n=%10)</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="84"/>
        <source>%1 on %2: eval pass rate %3 (95% interval %4 to %5, n=%6), no human judgements</source>
        <translation>%1 für %2: Eval-Bestehensquote %3 (95-%-Intervall %4 bis %5, n=%6), keine menschlichen Urteile</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="88"/>
        <source>%1 on %2: acceptance %3 (95% interval %4 to %5, n=%6), no eval results</source>
        <translation>%1 für %2: Akzeptanz %3 (95-%-Intervall %4 bis %5, n=%6), keine Eval-Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="91"/>
        <source>%1 on %2: no quality evidence for this pairing</source>
        <translation>%1 für %2: keine Qualitätsbelege für diese Kombination</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="106"/>
        <source>No request moved: no quality evidence for this pairing</source>
        <translation>Keine Anfrage umgeleitet: keine Qualitätsbelege für diese Kombination</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="110"/>
        <source>Same model and answers; the prompt may need a stable prefix to reach this hit rate</source>
        <translation>Gleiches Modell, gleiche Antworten; der Prompt braucht evtl. ein stabiles Präfix, um diese Trefferquote zu erreichen</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="112"/>
        <source>Repeated answers: stale for prompts whose answer should change</source>
        <translation>Wiederholte Antworten: veraltet bei Prompts, deren Antwort sich ändern sollte</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="114"/>
        <source>Same model and answers, delivered within 24 hours instead of at once</source>
        <translation>Gleiches Modell, gleiche Antworten, geliefert innerhalb von 24 Stunden statt sofort</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="116"/>
        <source>Answers lose the context that is cut: check the prompt&apos;s evals before capping</source>
        <translation>Antworten verlieren den gekürzten Kontext: Prüfen Sie vor dem Begrenzen die Evals des Prompts</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="118"/>
        <source>Same answers; billed duration held as it was (it may change with memory)</source>
        <translation>Gleiche Antworten; abgerechnete Dauer unverändert angenommen (sie kann sich mit dem Speicher ändern)</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="129"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="133"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/whatifstepmodel.cpp" line="176"/>
        <source>%1 (and %n more prompts)</source>
        <translation>
            <numerusform>%1 (und %n weiterer Prompt)</numerusform>
            <numerusform>%1 (und %n weitere Prompts)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="219"/>
        <source>Requests (or Lambda invocations) whose cost the step changed</source>
        <translation>Anfragen (oder Lambda-Aufrufe), deren Kosten der Schritt geändert hat</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="224"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="226"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="228"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="230"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="232"/>
        <source>Saving</source>
        <translation>Einsparung</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="234"/>
        <source>Saving %</source>
        <translation>Einsparung %</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="236"/>
        <source>Quality risk</source>
        <translation>Qualitätsrisiko</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::chartstyle</name>
    <message>
        <location filename="../ui/charts/chartstyle.cpp" line="205"/>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartstyle.cpp" line="224"/>
        <source>Chart of %1</source>
        <translation>Diagramm: %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartstyle.cpp" line="226"/>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/chartstyle.cpp" line="227"/>
        <source>%n series: %1</source>
        <translation>
            <numerusform>%n Reihe: %1</numerusform>
            <numerusform>%n Reihen: %1</numerusform>
        </translation>
    </message>
</context>
</TS>
