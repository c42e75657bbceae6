<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>GroupRow</name>
    <message>
        <location filename="../ui/models/grouprow.cpp" line="62"/>
        <source>No annotated requests</source>
        <translation>Aucune requête annotée</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/grouprow.cpp" line="69"/>
        <source>%n annotated request(s): %1 thumbs up, %2 down; mean rating %3 of %4</source>
        <translation>
            <numerusform>%n requête annotée&#xa0;: %1 pouces levés, %2 baissés&#xa0;; note moyenne %3 sur %4</numerusform>
            <numerusform>%n requêtes annotées&#xa0;: %1 pouces levés, %2 baissés&#xa0;; note moyenne %3 sur %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/grouprow.cpp" line="73"/>
        <source>%n annotated request(s): %1 thumbs up, %2 down</source>
        <translation>
            <numerusform>%n requête annotée&#xa0;: %1 pouces levés, %2 baissés</numerusform>
            <numerusform>%n requêtes annotées&#xa0;: %1 pouces levés, %2 baissés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/grouprow.cpp" line="76"/>
        <source>%n annotated request(s): mean rating %1 of %2</source>
        <translation>
            <numerusform>%n requête annotée&#xa0;: note moyenne %1 sur %2</numerusform>
            <numerusform>%n requêtes annotées&#xa0;: note moyenne %1 sur %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/grouprow.cpp" line="78"/>
        <source>%n annotated request(s)</source>
        <translation>
            <numerusform>%n requête annotée</numerusform>
            <numerusform>%n requêtes annotées</numerusform>
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
        <translation>Impossible d&apos;ouvrir la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="932"/>
        <source>Importing %1</source>
        <translation>Import de %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="954"/>
        <source>%1: %2 inserted, %3 updated, %4 quarantined</source>
        <translation>%1&#xa0;: %2 insérés, %3 mis à jour, %4 en quarantaine</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1013"/>
        <source>%1 holds no token prices</source>
        <translation>%1 ne contient aucun prix de jeton</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1014"/>
        <source>%1 holds no valid token prices (%2 refused; first: %3: %4)</source>
        <translation>%1 ne contient aucun prix de jeton valide (%2 refusés&#xa0;; premier&#xa0;: %3&#xa0;: %4)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1021"/>
        <source>Re-pricing history…</source>
        <translation>Recalcul des prix de l&apos;historique…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1025"/>
        <source>%1 prices imported (%2 skipped, %3 refused as invalid), %4 events re-priced</source>
        <translation>%1 prix importés (%2 ignorés, %3 refusés car invalides), %4 événements recalculés</translation>
    </message>
    <message>
        <location filename="../ui/pages/charthelpers.cpp" line="17"/>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <location filename="../ui/pages/charthelpers.cpp" line="20"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../ui/pages/charthelpers.cpp" line="132"/>
        <source>week of %1</source>
        <translation>semaine du %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/charthelpers.cpp" line="149"/>
        <source>Annotated requests</source>
        <translation>Requêtes annotées</translation>
    </message>
    <message>
        <location filename="../ui/screenshot.cpp" line="20"/>
        <source>unknown page &quot;%1&quot;</source>
        <translation>page inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/screenshot.cpp" line="39"/>
        <source>the %1 page did not finish its queries within %2 s</source>
        <translation>la page %1 n&apos;a pas terminé ses requêtes en %2 s</translation>
    </message>
    <message>
        <location filename="../ui/secrets.cpp" line="76"/>
        <source>the keychain did not answer within %1 s</source>
        <translation>le trousseau n&apos;a pas répondu en %1 s</translation>
    </message>
    <message>
        <location filename="../ui/sourcesync.cpp" line="23"/>
        <source>no API key (%1): enter the key in the source&apos;s Edit dialog</source>
        <translation>pas de clé API (%1)&#xa0;: saisissez la clé dans la boîte Modifier de la source</translation>
    </message>
    <message>
        <location filename="../ui/sourcesync.cpp" line="24"/>
        <source>no API key: enter the key in the source&apos;s Edit dialog</source>
        <translation>pas de clé API&#xa0;: saisissez la clé dans la boîte Modifier de la source</translation>
    </message>
    <message>
        <location filename="../ui/sourcesync.cpp" line="27"/>
        <source>no AWS credentials: enter ACCESS_KEY_ID:SECRET_ACCESS_KEY in the source&apos;s Edit dialog, set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or give the source a profile</source>
        <translation>pas d&apos;identifiants AWS&#xa0;: saisissez ACCESS_KEY_ID:SECRET_ACCESS_KEY dans la boîte Modifier de la source, définissez AWS_ACCESS_KEY_ID et AWS_SECRET_ACCESS_KEY, ou donnez un profil à la source</translation>
    </message>
    <message>
        <location filename="../ui/sourcesync.cpp" line="30"/>
        <source>the Key variable field</source>
        <translation>le champ Variable de la clé</translation>
    </message>
    <message>
        <location filename="../ui/sourcesync.cpp" line="42"/>
        <source>no source named %1</source>
        <translation>aucune source nommée %1</translation>
    </message>
    <message>
        <location filename="../ui/sourcesync.cpp" line="44"/>
        <source>%1 is a %2 source: its data is imported, it cannot be polled</source>
        <translation>%1 est une source %2&#xa0;: ses données sont importées, elle ne peut pas être interrogée</translation>
    </message>
    <message>
        <location filename="../ui/sourcesync.cpp" line="49"/>
        <source>Reading the key of %1…</source>
        <translation>Lecture de la clé de %1…</translation>
    </message>
    <message>
        <location filename="../ui/sourcesync.cpp" line="53"/>
        <source>Syncing %1…</source>
        <translation>Synchronisation de %1…</translation>
    </message>
    <message>
        <location filename="../ui/sourcesync.cpp" line="58"/>
        <source>%1: %2 pages, %3 rows</source>
        <translation>%1&#xa0;: %2 pages, %3 lignes</translation>
    </message>
    <message>
        <location filename="../ui/sourcesync.cpp" line="66"/>
        <source> (keychain: %1)</source>
        <translation> (trousseau&#xa0;: %1)</translation>
    </message>
    <message>
        <location filename="../ui/sourcesync.cpp" line="69"/>
        <source>%1 synced: %2 pages, %3 new rows, %4 updated</source>
        <translation>%1 synchronisée&#xa0;: %2 pages, %3 nouvelles lignes, %4 mises à jour</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::AddFilterDialog</name>
    <message>
        <location filename="../ui/dialogs/addfilterdialog.cpp" line="34"/>
        <source>Add filter</source>
        <translation>Ajouter un filtre</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/addfilterdialog.cpp" line="49"/>
        <source>Dimension:</source>
        <translation>Dimension&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/addfilterdialog.cpp" line="50"/>
        <source>Tag key:</source>
        <translation>Clé de tag&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/addfilterdialog.cpp" line="51"/>
        <source>Value:</source>
        <translation>Valeur&#xa0;:</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::AlertTableModel</name>
    <message>
        <location filename="../ui/models/alerttablemodel.cpp" line="61"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../ui/models/alerttablemodel.cpp" line="64"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/models/alerttablemodel.cpp" line="71"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../ui/models/alerttablemodel.cpp" line="96"/>
        <source>Fired</source>
        <translation>Déclenchée</translation>
    </message>
    <message>
        <location filename="../ui/models/alerttablemodel.cpp" line="98"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../ui/models/alerttablemodel.cpp" line="100"/>
        <source>Tier</source>
        <translation>Palier</translation>
    </message>
    <message>
        <location filename="../ui/models/alerttablemodel.cpp" line="102"/>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
    <message>
        <location filename="../ui/models/alerttablemodel.cpp" line="104"/>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <location filename="../ui/models/alerttablemodel.cpp" line="106"/>
        <source>What happened</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../ui/models/alerttablemodel.cpp" line="108"/>
        <source>Acknowledged</source>
        <translation>Acquittée</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::AllocationDialog</name>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="58"/>
        <source>%1 requests (%2) and %3 provider buckets (%4 requests, %5)</source>
        <translation>%1 requêtes (%2) et %3 lots fournisseur (%4 requêtes, %5)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="78"/>
        <source>Cost allocation rules</source>
        <translation>Règles d&apos;imputation des coûts</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="83"/>
        <source>A rule gives spend an owner where its source named none: an API key, project, user, team or tag maps to a tenant, team, project or env. A value the source reported always wins; the first rule by priority, then the most specific match, sets the owner. Adding or removing a rule re-allocates the whole history.</source>
        <translation>Une règle donne un propriétaire aux dépenses dont la source n&apos;en indique aucun&#xa0;: une clé API, un projet, un utilisateur, une équipe ou un tag est associé à un client, une équipe, un projet ou un env. Une valeur fournie par la source l&apos;emporte toujours&#xa0;; la première règle par priorité, puis la correspondance la plus précise, fixe le propriétaire. Ajouter ou supprimer une règle réimpute tout l&apos;historique.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="93"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="93"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="93"/>
        <source>Match</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="93"/>
        <source>Set</source>
        <translation>Affectation</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="103"/>
        <source>New rule</source>
        <translation>Nouvelle règle</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="111"/>
        <source>tag key</source>
        <translation>clé de tag</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="115"/>
        <source>value (empty: rows without one)</source>
        <translation>valeur (vide&#xa0;: lignes sans valeur)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="119"/>
        <source>&amp;Match:</source>
        <translation>&amp;Correspondance&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="128"/>
        <source>owner</source>
        <translation>propriétaire</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="131"/>
        <source>&amp;Set:</source>
        <translation>&amp;Affecter&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="136"/>
        <source>Rules with a higher priority are applied first.</source>
        <translation>Les règles de priorité plus élevée s&apos;appliquent en premier.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="138"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="142"/>
        <source>Preview:</source>
        <translation>Aperçu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="144"/>
        <source>&amp;Add rule</source>
        <translation>Ajouter la &amp;règle</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="146"/>
        <source>&amp;Remove selected</source>
        <translation>&amp;Supprimer la sélection</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="155"/>
        <source>Model tiers (blended list price, (3 x input + output) / 4, USD per 1M tokens)</source>
        <translation>Gammes de modèles (prix catalogue pondéré, (3 x entrée + sortie) / 4, USD par million de jetons)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="159"/>
        <source>Premium &amp;from:</source>
        <translation>Premi&amp;um à partir de&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="161"/>
        <source>&amp;Economy below:</source>
        <translation>Économique en &amp;dessous de&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="163"/>
        <source>Save &amp;tiers</source>
        <translation>Enregistrer les &amp;gammes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="274"/>
        <source>The rules could not be read: %1</source>
        <translation>Impossible de lire les règles&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="304"/>
        <source>Name the owner to see what the rule would re-allocate.</source>
        <translation>Indiquez le propriétaire pour voir ce que la règle réimputerait.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="309"/>
        <source>Counting…</source>
        <translation>Décompte…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="318"/>
        <source>Names the tier of this model in every query (nothing is rewritten).</source>
        <translation>Nomme la gamme de ce modèle dans chaque requête (rien n&apos;est réécrit).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="319"/>
        <source>Adding it re-allocates %1.</source>
        <translation>L&apos;ajouter réimpute %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="343"/>
        <source>Adding the rule and re-allocating the history…</source>
        <translation>Ajout de la règle et réimputation de l&apos;historique…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="352"/>
        <source>Rule %1 added; re-allocated %2.</source>
        <translation>Règle %1 ajoutée&#xa0;; réimputation&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="366"/>
        <source>Select a rule to remove.</source>
        <translation>Sélectionnez une règle à supprimer.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="371"/>
        <source>Removing rule %1 and re-allocating the history…</source>
        <translation>Suppression de la règle %1 et réimputation de l&apos;historique…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="379"/>
        <source>Rule %1 removed; re-allocated %2.</source>
        <translation>Règle %1 supprimée&#xa0;; réimputation&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="390"/>
        <source>Tier thresholds are prices in USD per 1M tokens, e.g. 10 or 0.75.</source>
        <translation>Les seuils de gamme sont des prix en USD par million de jetons, p. ex. 10 ou 0.75.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/allocationdialog.cpp" line="401"/>
        <source>Tier thresholds saved.</source>
        <translation>Seuils de gamme enregistrés.</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::AnnotationEditor</name>
    <message>
        <location filename="../ui/widgets/annotationeditor.cpp" line="25"/>
        <source>thumbs up</source>
        <translation>pouce levé</translation>
    </message>
    <message>
        <location filename="../ui/widgets/annotationeditor.cpp" line="25"/>
        <source>thumbs down</source>
        <translation>pouce baissé</translation>
    </message>
    <message>
        <location filename="../ui/widgets/annotationeditor.cpp" line="54"/>
        <source>▲ Good</source>
        <translation>▲ Bon</translation>
    </message>
    <message>
        <location filename="../ui/widgets/annotationeditor.cpp" line="54"/>
        <source>Thumbs up (U)</source>
        <translation>Pouce levé (U)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/annotationeditor.cpp" line="55"/>
        <source>▼ Bad</source>
        <translation>▼ Mauvais</translation>
    </message>
    <message>
        <location filename="../ui/widgets/annotationeditor.cpp" line="55"/>
        <source>Thumbs down (D)</source>
        <translation>Pouce baissé (D)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/annotationeditor.cpp" line="56"/>
        <source>Thumbs up</source>
        <translation>Pouce levé</translation>
    </message>
    <message>
        <location filename="../ui/widgets/annotationeditor.cpp" line="57"/>
        <source>Thumbs down</source>
        <translation>Pouce baissé</translation>
    </message>
    <message>
        <location filename="../ui/widgets/annotationeditor.cpp" line="68"/>
        <source>Rating:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/annotationeditor.cpp" line="70"/>
        <source>Rate %1 of 5 (key %1; click again to clear)</source>
        <translation>Noter %1 sur 5 (touche %1&#xa0;; recliquer pour effacer)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/annotationeditor.cpp" line="79"/>
        <source>Labels:</source>
        <translation>Étiquettes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/annotationeditor.cpp" line="81"/>
        <source>Edit labels…</source>
        <translation>Modifier les étiquettes…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/annotationeditor.cpp" line="92"/>
        <source>Comment:</source>
        <translation>Commentaire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/annotationeditor.cpp" line="95"/>
        <source>Why (Enter saves)</source>
        <translation>Pourquoi (Entrée enregistre)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/annotationeditor.cpp" line="112"/>
        <source>Delete my annotation</source>
        <translation>Supprimer mon annotation</translation>
    </message>
    <message>
        <location filename="../ui/widgets/annotationeditor.cpp" line="180"/>
        <source>rated %1/5</source>
        <translation>noté %1/5</translation>
    </message>
    <message>
        <location filename="../ui/widgets/annotationeditor.cpp" line="193"/>
        <source>Other annotators (read-only)</source>
        <translation>Autres annotateurs (lecture seule)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/annotationeditor.cpp" line="207"/>
        <source>Select a request to annotate it.</source>
        <translation>Sélectionnez une requête pour l&apos;annoter.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/annotationeditor.cpp" line="209"/>
        <source>Your annotation (you will be asked for your name when you save)</source>
        <translation>Votre annotation (votre nom vous sera demandé à l&apos;enregistrement)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/annotationeditor.cpp" line="211"/>
        <source>Your annotation as %1, saved %2</source>
        <translation>Votre annotation en tant que %1, enregistrée le %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/annotationeditor.cpp" line="213"/>
        <source>Your annotation as %1</source>
        <translation>Votre annotation en tant que %1</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::BackgroundTask</name>
    <message>
        <location filename="../ui/backgroundtask.cpp" line="45"/>
        <source>unexpected error</source>
        <translation>erreur inattendue</translation>
    </message>
    <message>
        <location filename="../ui/backgroundtask.cpp" line="48"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
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
        <translation>p. ex. Équipe Search, mensuel</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="60"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="62"/>
        <source>USD, e.g. 2500</source>
        <translation>USD, p. ex. 2500</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="63"/>
        <source>&amp;Amount (USD):</source>
        <translation>&amp;Montant (USD)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="65"/>
        <source>Daily</source>
        <translation>Quotidien</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="66"/>
        <source>Weekly (Monday to Sunday, UTC)</source>
        <translation>Hebdomadaire (lundi à dimanche, UTC)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="67"/>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="68"/>
        <source>Quarterly</source>
        <translation>Trimestriel</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="69"/>
        <source>Date range</source>
        <translation>Plage de dates</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="71"/>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="80"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="82"/>
        <source>&amp;Date range:</source>
        <translation>Plage de &amp;dates&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="87"/>
        <source>everything, or e.g. team=search,env=prod</source>
        <translation>tout, ou p. ex. team=search,env=prod</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="88"/>
        <source>Dimension=value pairs separated by commas. Values of one dimension are alternatives; different dimensions must all match. Dimensions: provider, model, tenant, team, project, env, user, api_key, prompt, prompt_version, tag:NAME.</source>
        <translation>Paires dimension=valeur séparées par des virgules. Les valeurs d&apos;une même dimension sont des alternatives&#xa0;; des dimensions différentes doivent toutes correspondre. Dimensions&#xa0;: provider, model, tenant, team, project, env, user, api_key, prompt, prompt_version, tag:NAME.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="92"/>
        <source>Use current filters</source>
        <translation>Utiliser les filtres actuels</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="94"/>
        <source>The filter chips of the dashboard as the scope</source>
        <translation>Les filtres du tableau de bord comme périmètre</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="102"/>
        <source>&amp;Scope:</source>
        <translation>Périmè&amp;tre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="106"/>
        <source>Automatic (billing where connected, else attribution)</source>
        <translation>Automatique (facturation si connectée, sinon attribution)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="107"/>
        <source>Billing (provider usage APIs)</source>
        <translation>Facturation (API d&apos;usage des fournisseurs)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="108"/>
        <source>Attribution (proxy logs and imports)</source>
        <translation>Attribution (journaux du proxy et imports)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="109"/>
        <source>&amp;Lens:</source>
        <translation>&amp;Vue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="111"/>
        <source>Percentages of the amount, each optionally with its actions: 60:notify, 85:notify+webhook, 100:notify+webhook+cap. Without actions a tier notifies and calls the webhooks; the highest also trips the circuit breaker when one is chosen.</source>
        <translation>Pourcentages du montant, chacun avec ses actions facultatives&#xa0;: 60:notify, 85:notify+webhook, 100:notify+webhook+cap. Sans actions, un palier notifie et appelle les webhooks&#xa0;; le plus haut déclenche aussi le disjoncteur s&apos;il est choisi.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="115"/>
        <source>&amp;Tiers (%):</source>
        <translation>Pa&amp;liers (%)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="117"/>
        <source>One URL per line (https; plain http only to this machine)</source>
        <translation>Une URL par ligne (https&#xa0;; http simple seulement vers cette machine)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="120"/>
        <source>&amp;Webhooks:</source>
        <translation>&amp;Webhooks&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="122"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="124"/>
        <source>Block through %1</source>
        <translation>Bloquer via %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="125"/>
        <source>At the top tier, block the scope&apos;s LiteLLM team or key through this proxy&apos;s admin API (the scope must name a team or an api_key). Every block is audited and can be lifted on the Budgets page.</source>
        <translation>Au palier le plus haut, bloque l&apos;équipe ou la clé LiteLLM du périmètre via l&apos;API d&apos;administration de ce proxy (le périmètre doit nommer une team ou une api_key). Chaque blocage est audité et peut être levé sur la page Budgets.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="128"/>
        <source>&amp;Circuit breaker:</source>
        <translation>Dis&amp;joncteur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="162"/>
        <source>Edit budget</source>
        <translation>Modifier le budget</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="179"/>
        <source>Block through %1 (missing)</source>
        <translation>Bloquer via %1 (manquant)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="225"/>
        <source>Give the budget a name.</source>
        <translation>Donnez un nom au budget.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="227"/>
        <source>The amount must be a positive number of US dollars.</source>
        <translation>Le montant doit être un nombre positif de dollars US.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="265"/>
        <source>Preview: the scope is not valid yet.</source>
        <translation>Aperçu&#xa0;: le périmètre n&apos;est pas encore valide.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="293"/>
        <source>Preview: %1</source>
        <translation>Aperçu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="297"/>
        <source>billing lens</source>
        <translation>vue facturation</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="297"/>
        <source>attribution lens</source>
        <translation>vue attribution</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/budgetdialog.cpp" line="298"/>
        <source>Preview (%1): the scope matches %n request(s) in %2, %3 so far.</source>
        <translation>
            <numerusform>Aperçu (%1)&#xa0;: le périmètre correspond à %n requête sur %2, %3 à ce jour.</numerusform>
            <numerusform>Aperçu (%1)&#xa0;: le périmètre correspond à %n requêtes sur %2, %3 à ce jour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/budgetdialog.cpp" line="302"/>
        <source>Last period (%1) it spent %2 over %n request(s).</source>
        <translation>
            <numerusform>Période précédente (%1)&#xa0;: %2 dépensés sur %n requête.</numerusform>
            <numerusform>Période précédente (%1)&#xa0;: %2 dépensés sur %n requêtes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="309"/>
        <source>That is %1 of this amount.</source>
        <translation>Soit %1 de ce montant.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/budgetdialog.cpp" line="311"/>
        <source>Nothing matches yet: check the scope&apos;s spelling.</source>
        <translation>Aucune correspondance pour l&apos;instant&#xa0;: vérifiez l&apos;orthographe du périmètre.</translation>
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
Période&#xa0;: %2
Dépensé&#xa0;: %3 sur %4
Prévision&#xa0;: %5 (90&#xa0;%&#xa0;: %6 à %7), %8</translation>
    </message>
    <message>
        <location filename="../ui/widgets/budgetgauge.cpp" line="44"/>
        <source>
Scope: %1</source>
        <translation>
Périmètre&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/budgetgauge.cpp" line="45"/>
        <source>
Tiers: %1</source>
        <translation>
Paliers&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/budgetgauge.cpp" line="101"/>
        <source>%1 of %2 · %3</source>
        <translation>%1 sur %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/widgets/budgetgauge.cpp" line="163"/>
        <source> · next tier %1</source>
        <translation> · prochain palier %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/budgetgauge.cpp" line="156"/>
        <source>%1 · forecast %2 (%3 to %4)</source>
        <translation>%1 · prévision %2 (%3 à %4)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/budgetgauge.cpp" line="160"/>
        <source> · used up %1</source>
        <translation> · épuisé le %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/budgetgauge.cpp" line="161"/>
        <source> · runs out %1</source>
        <translation> · épuisé vers le %1</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::BudgetsPage</name>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="55"/>
        <source>&amp;Add budget...</source>
        <translation>&amp;Ajouter un budget...</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="56"/>
        <source>&amp;Edit...</source>
        <translation>&amp;Modifier...</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="57"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="58"/>
        <source>&amp;Check now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="59"/>
        <source>Evaluate every budget now and act on tiers crossed (notifications, webhooks, circuit breaker). This also happens after every sync and import and every 5 minutes.</source>
        <translation>Évaluer tous les budgets maintenant et agir sur les paliers franchis (notifications, webhooks, disjoncteur). Cela a aussi lieu après chaque synchronisation et import, et toutes les 5 minutes.</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="84"/>
        <source>No budgets yet.

Add one to be warned at 60% (notify), 85% (escalate) and 100% (hard cap) of what a team, tenant, model or everything may spend in a day, week, month, quarter or date range.</source>
        <translation>Aucun budget pour l&apos;instant.

Ajoutez-en un pour être averti à 60&#xa0;% (notification), 85&#xa0;% (escalade) et 100&#xa0;% (plafond strict) de ce qu&apos;une équipe, un client, un modèle ou l&apos;ensemble peut dépenser par jour, semaine, mois, trimestre ou plage de dates.</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="95"/>
        <location filename="../ui/pages/budgetspage.cpp" line="270"/>
        <source>Burn-down</source>
        <translation>Consommation</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="113"/>
        <source>Budget alerts</source>
        <translation>Alertes budgétaires</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="119"/>
        <source>Ac&amp;knowledge selected</source>
        <translation>A&amp;cquitter la sélection</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="120"/>
        <source>Acknowledge &amp;all</source>
        <translation>Acquitter &amp;tout</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="127"/>
        <source>Alert history</source>
        <translation>Historique des alertes</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="135"/>
        <source>Blocked since</source>
        <translation>Bloqué depuis</translation>
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
        <translation>Équipe ou clé</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="135"/>
        <source>Through</source>
        <translation>Via</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="135"/>
        <source>Proxy&apos;s answer</source>
        <translation>Réponse du proxy</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="143"/>
        <source>&amp;Unblock</source>
        <translation>&amp;Débloquer</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="144"/>
        <source>Lift the block through the proxy&apos;s admin API (audited)</source>
        <translation>Lever le blocage via l&apos;API d&apos;administration du proxy (audité)</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="149"/>
        <source>Circuit breaker</source>
        <translation>Disjoncteur</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="192"/>
        <source>The budgets could not be loaded: %1</source>
        <translation>Impossible de charger les budgets&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="208"/>
        <source>Not evaluated: %1</source>
        <translation>Non évalué&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="272"/>
        <source>Add a budget to see its burn-down here.</source>
        <translation>Ajoutez un budget pour voir ici sa consommation.</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="272"/>
        <source>Select a budget.</source>
        <translation>Sélectionnez un budget.</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="277"/>
        <source>Burn-down: %1, %2</source>
        <translation>Consommation&#xa0;: %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="281"/>
        <source>Ideal pace</source>
        <translation>Rythme idéal</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="283"/>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="289"/>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="300"/>
        <source>Cumulative spend (%1)</source>
        <translation>Dépenses cumulées (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="346"/>
        <source>Budget &apos;%1&apos; added</source>
        <translation>Budget «&#xa0;%1&#xa0;» ajouté</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="347"/>
        <source>Budget &apos;%1&apos; saved</source>
        <translation>Budget «&#xa0;%1&#xa0;» enregistré</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="357"/>
        <source>Remove budget</source>
        <translation>Supprimer le budget</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="358"/>
        <source>Remove the budget &apos;%1&apos; and its alert history? Blocks its circuit breaker made stay in place (lift them on the Circuit breaker tab).</source>
        <translation>Supprimer le budget «&#xa0;%1&#xa0;» et son historique d&apos;alertes&#xa0;? Les blocages posés par son disjoncteur restent en place (levez-les dans l&apos;onglet Disjoncteur).</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="369"/>
        <source>Budget &apos;%1&apos; removed</source>
        <translation>Budget «&#xa0;%1&#xa0;» supprimé</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="382"/>
        <source>Select the alerts to acknowledge first</source>
        <translation>Sélectionnez d&apos;abord les alertes à acquitter</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="397"/>
        <source>Alerts acknowledged</source>
        <translation>Alertes acquittées</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="404"/>
        <source>Select a blocked team or key first</source>
        <translation>Sélectionnez d&apos;abord une équipe ou une clé bloquée</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="426"/>
        <source>Unblocking %1 %2 failed: %3</source>
        <translation>Échec du déblocage de %1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../ui/pages/budgetspage.cpp" line="431"/>
        <source>Unblocked %1 %2</source>
        <translation>%1 %2 débloqué</translation>
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
        <translation>Succès du cache (prompts)</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="85"/>
        <source>Cached input tokens / all input tokens</source>
        <translation>Jetons d&apos;entrée en cache / tous les jetons d&apos;entrée</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="86"/>
        <source>Cache savings</source>
        <translation>Économies</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="87"/>
        <source>Savings realised from cached pricing: cached tokens x (input price - cached-input price), per request at the price in force</source>
        <translation>Économies réalisées grâce au prix en cache&#xa0;: jetons en cache x (prix d&apos;entrée - prix d&apos;entrée en cache), par requête au prix en vigueur</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="89"/>
        <source>Cache-write overhead</source>
        <translation>Surcoût d&apos;écriture du cache</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="90"/>
        <source>What cache writes cost above plain input: cache-write tokens x (cache-write price - input price)</source>
        <translation>Ce que les écritures en cache coûtent en plus de l&apos;entrée simple&#xa0;: jetons d&apos;écriture en cache x (prix d&apos;écriture en cache - prix d&apos;entrée)</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="92"/>
        <source>Net prompt-cache benefit</source>
        <translation>Gain net du cache</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="92"/>
        <source>Cache savings - cache-write overhead</source>
        <translation>Économies de cache - surcoût d&apos;écriture du cache</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="94"/>
        <source>Response-cache hit rate</source>
        <translation>Succès du cache (réponses)</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="94"/>
        <source>Requests the proxy answered from its response cache / all requests</source>
        <translation>Requêtes servies par le cache de réponses du proxy / toutes les requêtes</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="95"/>
        <source>Cost avoided</source>
        <translation>Coût évité</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="96"/>
        <source>What the requests served from the proxy&apos;s response cache would have cost at the model&apos;s price</source>
        <translation>Ce qu&apos;auraient coûté, au prix du modèle, les requêtes servies par le cache de réponses du proxy</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="106"/>
        <source>Hit rate = cached input tokens / input tokens, per bucket</source>
        <translation>Taux de succès = jetons d&apos;entrée en cache / jetons d&apos;entrée, par intervalle</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="115"/>
        <source>Prompt-cache hit rate by model</source>
        <translation>Taux de succès du cache de prompts par modèle</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="116"/>
        <source>Prompt-cache hit rate by prompt</source>
        <translation>Taux de succès du cache de prompts par prompt</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="119"/>
        <source>Cache savings by provider (billing: provider usage and invoices)</source>
        <translation>Économies du cache par fournisseur (facturation&#xa0;: usage et factures des fournisseurs)</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="120"/>
        <source>What each provider&apos;s prompt cache saved and cost, from the providers&apos; own usage reports and invoices: cache reads at their discount, cache writes above plain input (Anthropic) and Gemini&apos;s context-cache storage</source>
        <translation>Ce que le cache de prompts de chaque fournisseur a fait économiser et a coûté, d&apos;après leurs propres rapports d&apos;usage et factures&#xa0;: lectures du cache au prix réduit, écritures du cache au-delà de l&apos;entrée simple (Anthropic) et stockage du cache de contexte de Gemini</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="128"/>
        <source>Cache savings by provider</source>
        <translation>Économies du cache par fournisseur</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="144"/>
        <source>Cache by model</source>
        <translation>Cache par modèle</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="148"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="208"/>
        <source>The cache figures could not be loaded: %1</source>
        <translation>Impossible de charger les chiffres du cache&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="214"/>
        <source>%1 of %2 input tokens</source>
        <translation>%1 sur %2 jetons d&apos;entrée</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="217"/>
        <source>%1 cache-write tokens</source>
        <translation>%1 jetons d&apos;écriture en cache</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="221"/>
        <source>%1 requests</source>
        <translation>%1 requêtes</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="228"/>
        <location filename="../ui/pages/cachepage.cpp" line="232"/>
        <source>No input tokens in this range.</source>
        <translation>Aucun jeton d&apos;entrée sur cette période.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="230"/>
        <location filename="../ui/pages/cachepage.cpp" line="234"/>
        <source>Hit rate (%)</source>
        <translation>Taux de succès (%)</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="239"/>
        <source>Not shown for this scope: %1</source>
        <translation>Non affiché pour ce périmètre&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="247"/>
        <source>No prompt caching in the providers&apos; usage reports in this range.</source>
        <translation>Aucune mise en cache de prompts dans les rapports d&apos;usage des fournisseurs sur cette période.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="249"/>
        <source>Net saving of all providers: %1 = read savings %2 - write overhead %3 - storage %4.</source>
        <translation>Économie nette de tous les fournisseurs&#xa0;: %1 = économies de lecture %2 - surcoût d&apos;écriture %3 - stockage %4.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cachepage.cpp" line="254"/>
        <source>Cache storage is left out: the invoice&apos;s cost lines cannot be scoped this way.</source>
        <translation>Le stockage du cache n&apos;est pas compté&#xa0;: les lignes de coût de la facture ne peuvent pas être restreintes ainsi.</translation>
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
        <translation>(aucun)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/cacheprovidermodel.cpp" line="75"/>
        <source>%n context-cache storage cost line(s) of the invoice</source>
        <translation>
            <numerusform>%n ligne de coût de stockage du cache de contexte sur la facture</numerusform>
            <numerusform>%n lignes de coût de stockage du cache de contexte sur la facture</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/cacheprovidermodel.cpp" line="76"/>
        <source>No cache storage billed: no explicit context caches, or a provider that charges none</source>
        <translation>Aucun stockage de cache facturé&#xa0;: pas de cache de contexte explicite, ou un fournisseur qui ne le facture pas</translation>
    </message>
    <message>
        <location filename="../ui/models/cacheprovidermodel.cpp" line="89"/>
        <source>Cached tokens x (input price - cached-input price), at the price in force</source>
        <translation>Jetons en cache x (prix d&apos;entrée - prix de l&apos;entrée en cache), au prix en vigueur</translation>
    </message>
    <message>
        <location filename="../ui/models/cacheprovidermodel.cpp" line="91"/>
        <source>Cache-write tokens x (cache-write price - input price)</source>
        <translation>Jetons écrits en cache x (prix d&apos;écriture du cache - prix d&apos;entrée)</translation>
    </message>
    <message>
        <location filename="../ui/models/cacheprovidermodel.cpp" line="93"/>
        <source>What the provider invoiced for keeping context caches (Gemini: the Caching Storage SKUs of the Cloud Billing export, before credits)</source>
        <translation>Ce que le fournisseur a facturé pour conserver les caches de contexte (Gemini&#xa0;: les SKU Caching Storage de l&apos;export Cloud Billing, avant crédits)</translation>
    </message>
    <message>
        <location filename="../ui/models/cacheprovidermodel.cpp" line="96"/>
        <source>Read savings - write overhead - storage cost</source>
        <translation>Économies de lecture - surcoût d&apos;écriture - coût de stockage</translation>
    </message>
    <message>
        <location filename="../ui/models/cacheprovidermodel.cpp" line="104"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../ui/models/cacheprovidermodel.cpp" line="106"/>
        <source>Cached tokens</source>
        <translation>Jetons en cache</translation>
    </message>
    <message>
        <location filename="../ui/models/cacheprovidermodel.cpp" line="108"/>
        <source>Hit rate</source>
        <translation>Taux de succès</translation>
    </message>
    <message>
        <location filename="../ui/models/cacheprovidermodel.cpp" line="110"/>
        <source>Read savings</source>
        <translation>Économies de lecture</translation>
    </message>
    <message>
        <location filename="../ui/models/cacheprovidermodel.cpp" line="112"/>
        <source>Write overhead</source>
        <translation>Surcoût d&apos;écriture</translation>
    </message>
    <message>
        <location filename="../ui/models/cacheprovidermodel.cpp" line="114"/>
        <source>Storage cost</source>
        <translation>Coût de stockage</translation>
    </message>
    <message>
        <location filename="../ui/models/cacheprovidermodel.cpp" line="116"/>
        <source>Net saving</source>
        <translation>Économie nette</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::CostsPage</name>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="128"/>
        <source>Spend (%1)</source>
        <translation>Dépenses (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="130"/>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="132"/>
        <source>Input tokens</source>
        <translation>Jetons d&apos;entrée</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="134"/>
        <source>Cached input tokens</source>
        <translation>Jetons d&apos;entrée en cache</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="136"/>
        <source>Cache-write tokens</source>
        <translation>Jetons d&apos;écriture en cache</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="138"/>
        <source>Output tokens</source>
        <translation>Jetons de sortie</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="140"/>
        <source>Cost per request (%1)</source>
        <translation>Coût par requête (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="142"/>
        <source>Cost per 1k output tokens (%1)</source>
        <translation>Coût / 1k jetons de sortie (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="155"/>
        <source>Breakdown</source>
        <translation>Ventilation</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="156"/>
        <source>Reconciliation</source>
        <translation>Rapprochement</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="157"/>
        <source>Spend grouped by one or two dimensions, over time or as a ranking</source>
        <translation>Dépenses groupées par une ou deux dimensions, dans le temps ou en classement</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="159"/>
        <source>Billed spend (provider usage APIs) vs attributed spend (proxy logs) per day, provider and model, and computed vs reported cost</source>
        <translation>Dépenses facturées (API d&apos;usage des fournisseurs) vs dépenses attribuées (journaux du proxy) par jour, fournisseur et modèle, et coût calculé vs déclaré</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="174"/>
        <source>Stacked bars over time</source>
        <translation>Barres empilées</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="175"/>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="177"/>
        <source>Attribution (proxy logs)</source>
        <translation>Attribution (proxy)</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="178"/>
        <source>Billing (provider usage)</source>
        <translation>Facturation (fournisseurs)</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="179"/>
        <source>The two lenses are never summed: billing is everything the providers billed, attribution what passed through the proxy with tenant, team and prompt</source>
        <translation>Les deux vues ne s&apos;additionnent jamais&#xa0;: la facturation est tout ce que les fournisseurs ont facturé, l&apos;attribution ce qui est passé par le proxy avec client, équipe et prompt</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="194"/>
        <source>The chart shows the costliest values of each group-by dimension over the whole range (two dimensions: their combinations) and folds the rest into Other</source>
        <translation>Le graphique montre les valeurs les plus coûteuses de chaque dimension de regroupement sur toute la période (deux dimensions&#xa0;: leurs combinaisons) et regroupe le reste dans Autres</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="196"/>
        <source>Top</source>
        <translation>Top</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="198"/>
        <source>Group by</source>
        <translation>Grouper par</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="198"/>
        <source>then</source>
        <translation>puis</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="199"/>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="200"/>
        <source>Lens</source>
        <translation>Vue</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="216"/>
        <source>Export CSV...</source>
        <translation>Exporter en CSV...</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="218"/>
        <source>Save chart...</source>
        <translation>Enregistrer le graphique...</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="219"/>
        <source>The finance CSV (group-by columns, requests, tokens, cost_usd, TOTAL row): of the table, or over time at the chart&apos;s granularity</source>
        <translation>Le CSV financier (colonnes de regroupement, requêtes, jetons, cost_usd, ligne TOTAL)&#xa0;: du tableau, ou dans le temps à la granularité du graphique</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="222"/>
        <source>Table: one row per group...</source>
        <translation>Tableau&#xa0;: une ligne par groupe...</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="226"/>
        <source>Over time: one row per %1 and group...</source>
        <translation>Dans le temps&#xa0;: une ligne par %1 et groupe...</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="253"/>
        <source>Switch to attribution</source>
        <translation>Passer à l&apos;attribution</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="255"/>
        <source>Show the same question through the attribution lens (proxy logs and imports)</source>
        <translation>Afficher la même question dans la vue attribution (journaux du proxy et imports)</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="272"/>
        <source>Double-click a row (or press Enter) to drill down</source>
        <translation>Double-cliquez sur une ligne (ou appuyez sur Entrée) pour détailler</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="273"/>
        <source>Cost breakdown</source>
        <translation>Ventilation des coûts</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="298"/>
        <location filename="../ui/pages/costspage.cpp" line="302"/>
        <source>Save chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="300"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="302"/>
        <location filename="../ui/pages/costspage.cpp" line="829"/>
        <location filename="../ui/pages/costspage.cpp" line="837"/>
        <source>Could not write %1</source>
        <translation>Impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="347"/>
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="397"/>
        <source>Reconciliation compares billed spend with attributed spend, and billing data has no %1. Remove the %1 filter to reconcile.</source>
        <translation>Le rapprochement compare les dépenses facturées aux dépenses attribuées, et les données de facturation n&apos;ont pas de %1. Retirez le filtre %1 pour rapprocher.</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="406"/>
        <source>The reconciliation failed: %1</source>
        <translation>Le rapprochement a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="407"/>
        <location filename="../ui/pages/costspage.cpp" line="692"/>
        <location filename="../ui/pages/costspage.cpp" line="693"/>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="484"/>
        <source>tags (%1)</source>
        <translation>tags (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="486"/>
        <source>The %1 is not available in the billing lens here: it is a per-request dimension of proxy logs and imports, and provider usage gets one only through allocation rules, which gave none in %2.

Switch to the attribution lens (proxy logs and imports) to see spend by %1.</source>
        <translation>La dimension %1 n&apos;est pas disponible ici dans la vue facturation&#xa0;: c&apos;est une dimension par requête des journaux du proxy et des imports, et l&apos;usage fournisseur n&apos;en reçoit une que par les règles d&apos;imputation, qui n&apos;en ont donné aucune sur %2.

Passez à la vue attribution (journaux du proxy et imports) pour voir les dépenses par %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="491"/>
        <source>Billing data has no %1: provider usage APIs report spend by provider, model, project, API key, user and service tier only, so this breakdown or filter cannot be answered from billing.

Switch to the attribution lens (proxy logs and imports) to see it by %2.</source>
        <translation>Les données de facturation n&apos;ont pas de %1&#xa0;: les API d&apos;usage des fournisseurs ne donnent les dépenses que par fournisseur, modèle, projet, clé API, utilisateur et niveau de service&#xa0;; cette ventilation ou ce filtre ne peut donc pas venir de la facturation.

Passez à la vue attribution (journaux du proxy et imports) pour la voir par %2.</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="495"/>
        <source>The %1 lens has no %2. Switch to the attribution lens to see it by %3.</source>
        <translation>La vue %1 n&apos;a pas de %2. Passez à la vue attribution pour la voir par %3.</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="531"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="594"/>
        <source>Double-click a bar or a row to drill down. ▲ marks days with annotated requests.</source>
        <translation>Double-cliquez sur une barre ou une ligne pour détailler. ▲ marque les jours avec des requêtes annotées.</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="603"/>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="604"/>
        <source>Back to this level (Alt+Left)</source>
        <translation>Revenir à ce niveau (Alt+Gauche)</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="604"/>
        <source>Back to this level</source>
        <translation>Revenir à ce niveau</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="691"/>
        <location filename="../ui/pages/costspage.cpp" line="822"/>
        <source>The cost query failed: %1</source>
        <translation>La requête de coûts a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="724"/>
        <source>&lt;br&gt;(none): billed spend no allocation rule gives a %1 - per-request %1 values are in the attribution lens.</source>
        <translation>&lt;br&gt;(aucun)&#xa0;: dépenses facturées auxquelles aucune règle d&apos;imputation ne donne de %1 - les valeurs %1 par requête sont dans la vue attribution.</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="744"/>
        <source>Total: %1 requests, %2 input tokens (%3 cached), %4 output tokens, &lt;b&gt;%5&lt;/b&gt;, %6 per request</source>
        <translation>Total&#xa0;: %1 requêtes, %2 jetons d&apos;entrée (%3 en cache), %4 jetons de sortie, &lt;b&gt;%5&lt;/b&gt;, %6 par requête</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="765"/>
        <location filename="../ui/pages/costspage.cpp" line="787"/>
        <source>No usage in %1 with these filters and this lens.</source>
        <translation>Aucun usage sur %1 avec ces filtres et cette vue.</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="798"/>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="798"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="817"/>
        <source>Could not read the database: %1</source>
        <translation>Impossible de lire la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.cpp" line="837"/>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <location filename="../ui/pages/costspage.h" line="64"/>
        <source>Costs</source>
        <translation>Coûts</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::DashboardState</name>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="111"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="113"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="115"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="117"/>
        <source>Month to date</source>
        <translation>Mois en cours</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="119"/>
        <source>Last month</source>
        <translation>Mois dernier</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="121"/>
        <source>Quarter to date</source>
        <translation>Trimestre en cours</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="123"/>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="125"/>
        <source>This quarter</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="127"/>
        <source>Year to date</source>
        <translation>Année en cours</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="129"/>
        <source>Custom...</source>
        <translation>Personnalisée...</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="138"/>
        <source>%1 to %2</source>
        <translation>%1 au %2</translation>
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
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="191"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="193"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="195"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="251"/>
        <source>tag %1</source>
        <translation>tag %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="253"/>
        <source>provider</source>
        <translation>fournisseur</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="254"/>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="255"/>
        <source>model tier</source>
        <translation>gamme de modèle</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="256"/>
        <source>tenant</source>
        <translation>client</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="257"/>
        <source>team</source>
        <translation>équipe</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="258"/>
        <source>project</source>
        <translation>projet</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="259"/>
        <source>environment</source>
        <translation>environnement</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="260"/>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="261"/>
        <source>API key</source>
        <translation>clé API</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="262"/>
        <source>prompt</source>
        <translation>prompt</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="263"/>
        <source>prompt version</source>
        <translation>version de prompt</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="264"/>
        <source>trace</source>
        <translation>trace</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="265"/>
        <source>service tier</source>
        <translation>niveau de service</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="266"/>
        <source>function</source>
        <translation>fonction</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="267"/>
        <source>tag</source>
        <translation>tag</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="291"/>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="291"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="292"/>
        <source>%1 (UTC)</source>
        <translation>%1 (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="293"/>
        <source>per %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="294"/>
        <source>billing lens</source>
        <translation>vue facturation</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="294"/>
        <source>attribution lens</source>
        <translation>vue attribution</translation>
    </message>
    <message>
        <location filename="../ui/dashboardstate.cpp" line="296"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::FilterBar</name>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="32"/>
        <source>Time range (UTC)</source>
        <translation>Période (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="41"/>
        <location filename="../ui/widgets/filterbar.cpp" line="131"/>
        <source>Bucket size of the time charts (Auto picks one from the range)</source>
        <translation>Taille des intervalles des graphiques temporels (Auto la choisit selon la période)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="50"/>
        <source>+ Filter</source>
        <translation>+ Filtre</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="51"/>
        <source>Add a filter (Ctrl+F)</source>
        <translation>Ajouter un filtre (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="56"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="57"/>
        <source>Run the queries again (F5)</source>
        <translation>Relancer les requêtes (F5)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="76"/>
        <source>Custom range</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="87"/>
        <source>From:</source>
        <translation>Du&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="88"/>
        <source>To (inclusive):</source>
        <translation>Au (inclus)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="119"/>
        <source>Choose another custom range</source>
        <translation>Choisir une autre période personnalisée</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="125"/>
        <source>Auto (%1)</source>
        <translation>Auto (%1)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="129"/>
        <source>Hours are shown for ranges up to 31 days; this range is shown by %1</source>
        <translation>Les heures sont affichées pour les périodes jusqu&apos;à 31 jours&#xa0;; cette période est affichée par %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="149"/>
        <source>Remove this filter (Space or Delete)</source>
        <translation>Retirer ce filtre (Espace ou Suppr)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="150"/>
        <source>Remove filter %1: %2</source>
        <translation>Retirer le filtre %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::FindingTableModel</name>
    <message>
        <location filename="../ui/models/findingtablemodel.cpp" line="41"/>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <location filename="../ui/models/findingtablemodel.cpp" line="43"/>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../ui/models/findingtablemodel.cpp" line="45"/>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../ui/models/findingtablemodel.cpp" line="47"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../ui/models/findingtablemodel.cpp" line="56"/>
        <source>Retry storm</source>
        <translation>Tempête de relances</translation>
    </message>
    <message>
        <location filename="../ui/models/findingtablemodel.cpp" line="58"/>
        <source>Agent loop</source>
        <translation>Boucle d&apos;agent</translation>
    </message>
    <message>
        <location filename="../ui/models/findingtablemodel.cpp" line="60"/>
        <source>Context creep</source>
        <translation>Dérive du contexte</translation>
    </message>
    <message>
        <location filename="../ui/models/findingtablemodel.cpp" line="62"/>
        <source>Model change</source>
        <translation>Changement de modèle</translation>
    </message>
    <message>
        <location filename="../ui/models/findingtablemodel.cpp" line="64"/>
        <source>Cache change</source>
        <translation>Changement du cache</translation>
    </message>
    <message>
        <location filename="../ui/models/findingtablemodel.cpp" line="66"/>
        <source>Billed errors</source>
        <translation>Erreurs facturées</translation>
    </message>
    <message>
        <location filename="../ui/models/findingtablemodel.cpp" line="68"/>
        <source>Spend anomaly</source>
        <translation>Anomalie de dépenses</translation>
    </message>
    <message>
        <location filename="../ui/models/findingtablemodel.cpp" line="70"/>
        <source>Unpriced model</source>
        <translation>Modèle sans prix</translation>
    </message>
    <message>
        <location filename="../ui/models/findingtablemodel.cpp" line="94"/>
        <source>%1 to %2</source>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <location filename="../ui/models/findingtablemodel.cpp" line="106"/>
        <source>Sample requests: %1</source>
        <translation>Exemples de requêtes&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/findingtablemodel.cpp" line="127"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../ui/models/findingtablemodel.cpp" line="129"/>
        <source>Leak</source>
        <translation>Fuite</translation>
    </message>
    <message>
        <location filename="../ui/models/findingtablemodel.cpp" line="131"/>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <location filename="../ui/models/findingtablemodel.cpp" line="133"/>
        <source>When (UTC)</source>
        <translation>Période (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/models/findingtablemodel.cpp" line="135"/>
        <source>At stake</source>
        <translation>En jeu</translation>
    </message>
    <message>
        <location filename="../ui/models/findingtablemodel.cpp" line="137"/>
        <source>Evidence</source>
        <translation>Indices</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::Format</name>
    <message>
        <location filename="../ui/format.cpp" line="67"/>
        <source>MMM d</source>
        <comment>QDateTime format of a day on a chart axis: month abbreviation, day (German: d. MMM). Keep the letters M, d, y; they are not words.</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="74"/>
        <source>MMM d, yyyy</source>
        <comment>QDateTime format of a day with its year (German: d. MMM yyyy). Keep the letters M, d, y; they are not words.</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="148"/>
        <source>%1B</source>
        <comment>compact number: billions (10^9)</comment>
        <translation>%1 Md</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="151"/>
        <source>%1M</source>
        <comment>compact number: millions</comment>
        <translation>%1 M</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="154"/>
        <source>%1k</source>
        <comment>compact number: thousands</comment>
        <translation>%1 k</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="198"/>
        <source>week of %1</source>
        <comment>a budget period: its Monday</comment>
        <translation>semaine du %1</translation>
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
        <translation>T%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/format.cpp" line="211"/>
        <source>%1 to %2</source>
        <comment>a budget period: first and last day</comment>
        <translation>%1 au %2</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::GroupTableModel</name>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="58"/>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="60"/>
        <source>Input tokens</source>
        <translation>Jetons entrée</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="62"/>
        <source>Cached tokens</source>
        <translation>Jetons cache</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="64"/>
        <source>Cache-write tokens</source>
        <translation>Écriture cache</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="66"/>
        <source>Output tokens</source>
        <translation>Jetons sortie</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="68"/>
        <source>Spend</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="70"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="72"/>
        <source>Cost / request</source>
        <translation>Coût / requête</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="74"/>
        <source>Cost / 1k output</source>
        <translation>Coût / 1k sortie</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="76"/>
        <source>Latency p50 / p95</source>
        <translation>Latence p50 / p95</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="78"/>
        <source>TTFT p50 / p95</source>
        <translation>TTFT p50 / p95</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="80"/>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="82"/>
        <source>Prompt-cache hit rate</source>
        <translation>Succès cache prompts</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="84"/>
        <source>Cache savings</source>
        <translation>Économies de cache</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="86"/>
        <source>Cache-write overhead</source>
        <translation>Surcoût écriture cache</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="88"/>
        <source>Response-cache hits</source>
        <translation>Succès cache réponses</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="90"/>
        <source>Cost avoided</source>
        <translation>Coût évité</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="92"/>
        <source>Unpriced requests</source>
        <translation>Requêtes sans prix</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="94"/>
        <source>Unpriced tokens</source>
        <translation>Jetons sans prix</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="96"/>
        <source>Error cost</source>
        <translation>Coût des erreurs</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="98"/>
        <source>Annotated</source>
        <translation>Annotées</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="107"/>
        <source>Spend of the row / spend of all rows</source>
        <translation>Dépenses de la ligne / dépenses de toutes les lignes</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="109"/>
        <source>Spend / requests</source>
        <translation>Dépenses / requêtes</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="111"/>
        <source>Spend / output tokens x 1000</source>
        <translation>Dépenses / jetons de sortie x 1000</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="113"/>
        <source>Request latency, median and 95th percentile (nearest rank: 95% of requests took this long or less), over the requests that report one; attribution lens. Sorts by the median.</source>
        <translation>Latence des requêtes, médiane et 95e centile (rang le plus proche&#xa0;: 95&#xa0;% des requêtes ont pris ce temps ou moins), sur les requêtes qui l&apos;indiquent&#xa0;; vue attribution. Trie par la médiane.</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="116"/>
        <source>Time to first token, median and 95th percentile (nearest rank), of the streamed requests whose source reports it. Sorts by the median.</source>
        <translation>Délai jusqu&apos;au premier jeton, médiane et 95e centile (rang le plus proche), des requêtes en streaming dont la source l&apos;indique. Trie par la médiane.</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="119"/>
        <source>Cached input tokens / all input tokens</source>
        <translation>Jetons d&apos;entrée en cache / tous les jetons d&apos;entrée</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="121"/>
        <source>Cached tokens x (input price - cached-input price)</source>
        <translation>Jetons en cache x (prix d&apos;entrée - prix d&apos;entrée en cache)</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="123"/>
        <source>Cache-write tokens x (cache-write price - input price)</source>
        <translation>Jetons d&apos;écriture en cache x (prix d&apos;écriture en cache - prix d&apos;entrée)</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="125"/>
        <source>Requests served from the proxy&apos;s response cache / requests</source>
        <translation>Requêtes servies par le cache de réponses du proxy / requêtes</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="127"/>
        <source>What the requests served from the response cache would have cost</source>
        <translation>Ce qu&apos;auraient coûté les requêtes servies par le cache de réponses</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="129"/>
        <source>Daily spend over the selected range</source>
        <translation>Dépenses quotidiennes sur la période sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="131"/>
        <source>Requests an expert annotated (thumbs, rating, labels): read them on the Requests page</source>
        <translation>Requêtes annotées par un expert (pouces, note, étiquettes)&#xa0;: consultez-les sur la page Requêtes</translation>
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
        <translation>sans prix</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="232"/>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="233"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="273"/>
        <source>%1 requests (%2 tokens) have no price: add one on the Prices page</source>
        <translation>%1 requêtes (%2 jetons) n&apos;ont pas de prix&#xa0;: ajoutez-en un sur la page Prix</translation>
    </message>
    <message>
        <location filename="../ui/models/grouptablemodel.cpp" line="277"/>
        <source>Annotations are on requests: the attribution lens has them</source>
        <translation>Les annotations portent sur les requêtes&#xa0;: la vue attribution les contient</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::ImportHistoryDialog</name>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="142"/>
        <source>Import history</source>
        <translation>Historique des imports</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="147"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="147"/>
        <source>Started (UTC)</source>
        <translation>Début (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="147"/>
        <source>Stored</source>
        <translation>Stockées</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="147"/>
        <source>Quarantined</source>
        <translation>En quarantaine</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="155"/>
        <source>Select an import to see its quarantined rows.</source>
        <translation>Sélectionnez un import pour voir ses lignes en quarantaine.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="157"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="157"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="157"/>
        <source>Row</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="164"/>
        <source>&amp;Copy rows</source>
        <translation>&amp;Copier les lignes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="165"/>
        <source>Copy the selected quarantined rows (or all) as tab-separated text</source>
        <translation>Copier les lignes en quarantaine sélectionnées (ou toutes) en texte séparé par des tabulations</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="184"/>
        <source>The import history could not be read: %1</source>
        <translation>Impossible de lire l&apos;historique des imports&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="203"/>
        <source>No logs have been imported into this database yet (File &gt; Import logs).</source>
        <translation>Aucun journal n&apos;a encore été importé dans cette base (Fichier &gt; Importer des journaux).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="222"/>
        <source>The quarantined rows could not be read: %1</source>
        <translation>Impossible de lire les lignes en quarantaine&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="240"/>
        <source>%1: no rows were quarantined.</source>
        <translation>%1&#xa0;: aucune ligne mise en quarantaine.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/importdialogs.cpp" line="241"/>
        <source>%1: %n quarantined row(s), not imported:</source>
        <translation>
            <numerusform>%1&#xa0;: %n ligne en quarantaine, non importée&#xa0;:</numerusform>
            <numerusform>%1&#xa0;: %n lignes en quarantaine, non importées&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>burnrate::ui::ImportResultDialog</name>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="73"/>
        <source>Import result</source>
        <translation>Résultat de l&apos;import</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="79"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 records read: %3 inserted, %4 updated (already stored), %5 quarantined</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: %2 enregistrements lus&#xa0;: %3 insérés, %4 mis à jour (déjà stockés), %5 en quarantaine</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="83"/>
        <source>; %1 without a price</source>
        <translation>&#xa0;; %1 sans prix</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="95"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="95"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="95"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="108"/>
        <source>No rows were quarantined.</source>
        <translation>Aucune ligne mise en quarantaine.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="109"/>
        <source>Quarantined rows (the first %1 of %2; File &gt; Import history lists them all):</source>
        <translation>Lignes en quarantaine (les %1 premières sur %2&#xa0;; Fichier &gt; Historique des imports les liste toutes)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="111"/>
        <source>Quarantined rows (not imported; fix them and import the file again):</source>
        <translation>Lignes en quarantaine (non importées&#xa0;; corrigez-les et réimportez le fichier)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="117"/>
        <source>&amp;Copy rows</source>
        <translation>&amp;Copier les lignes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialogs.cpp" line="119"/>
        <source>Copy the selected rows (or all) as tab-separated text</source>
        <translation>Copier les lignes sélectionnées (ou toutes) en texte séparé par des tabulations</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::LabelsDialog</name>
    <message>
        <location filename="../ui/dialogs/labelsdialog.cpp" line="20"/>
        <source>Annotation labels</source>
        <translation>Étiquettes d&apos;annotation</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/labelsdialog.cpp" line="22"/>
        <source>Labels annotators can attach to a request. Removing a label keeps it on the annotations that already carry it.</source>
        <translation>Étiquettes que les annotateurs peuvent attacher à une requête. Supprimer une étiquette la conserve sur les annotations qui la portent déjà.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/labelsdialog.cpp" line="28"/>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/labelsdialog.cpp" line="28"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/labelsdialog.cpp" line="37"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/labelsdialog.cpp" line="38"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
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
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="347"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="348"/>
        <source>&amp;Open database...</source>
        <translation>&amp;Ouvrir une base de données...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="350"/>
        <location filename="../ui/mainwindow.cpp" line="691"/>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="350"/>
        <location filename="../ui/mainwindow.cpp" line="357"/>
        <source>Burnrate databases (*.db);;All files (*)</source>
        <translation>Bases de données Burnrate (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="354"/>
        <source>&amp;New database...</source>
        <translation>&amp;Nouvelle base de données...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="355"/>
        <location filename="../ui/mainwindow.cpp" line="707"/>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="361"/>
        <source>&amp;Recent databases</source>
        <translation>Bases &amp;récentes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="366"/>
        <source>&amp;Import logs...</source>
        <translation>&amp;Importer des journaux...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="367"/>
        <source>Import &amp;history...</source>
        <translation>&amp;Historique des imports...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="368"/>
        <source>Import &amp;prices...</source>
        <translation>Importer des &amp;prix...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="370"/>
        <source>&amp;Export CSV...</source>
        <translation>&amp;Exporter en CSV...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="370"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="371"/>
        <source>Export CSV over &amp;time...</source>
        <translation>Exporter en CSV par pério&amp;de...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="371"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="374"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="379"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="389"/>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="394"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="395"/>
        <source>&amp;Find / add filter...</source>
        <translation>Rec&amp;hercher / ajouter un filtre...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="396"/>
        <source>&amp;Saved views</source>
        <translation>&amp;Vues enregistrées</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="400"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="403"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="404"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="404"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="405"/>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="424"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="425"/>
        <source>&amp;About Burnrate</source>
        <translation>À &amp;propos de Burnrate</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="426"/>
        <source>About Burnrate</source>
        <translation>À propos de Burnrate</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="427"/>
        <source>&lt;h3&gt;Burnrate %1&lt;/h3&gt;&lt;p&gt;Where your organisation&apos;s LLM money goes.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;SQLite %3&lt;br&gt;curl %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Burnrate %1&lt;/h3&gt;&lt;p&gt;Où va l&apos;argent LLM de votre organisation.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;SQLite %3&lt;br&gt;curl %4&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="432"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="445"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="484"/>
        <source>%1: done</source>
        <translation>%1&#xa0;: terminé</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="488"/>
        <location filename="../ui/mainwindow.cpp" line="495"/>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="523"/>
        <source>Open Burnrate</source>
        <translation>Ouvrir Burnrate</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="524"/>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="529"/>
        <source>Quit Burnrate</source>
        <translation>Quitter Burnrate</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="538"/>
        <source>⚠ %n budget alert(s)</source>
        <translation>
            <numerusform>⚠ %n alerte budgétaire</numerusform>
            <numerusform>⚠ %n alertes budgétaires</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="539"/>
        <source>Unacknowledged budget alerts: open the Budgets page</source>
        <translation>Alertes budgétaires non acquittées&#xa0;: ouvrez la page Budgets</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="544"/>
        <source>Burnrate: %n unacknowledged budget alert(s)</source>
        <translation>
            <numerusform>Burnrate&#xa0;: %n alerte budgétaire non acquittée</numerusform>
            <numerusform>Burnrate&#xa0;: %n alertes budgétaires non acquittées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="548"/>
        <source>Budget alert</source>
        <translation>Alerte budgétaire</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="551"/>
        <source>Budget action failed</source>
        <translation>Échec de l&apos;action budgétaire</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="556"/>
        <source>Budget action failed: %1</source>
        <translation>Échec de l&apos;action budgétaire&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="600"/>
        <source>%1 (%2 MB)</source>
        <translation>%1 (%2 Mo)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="623"/>
        <source>Database error: %1</source>
        <translation>Erreur de base de données&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="630"/>
        <source>⚠ 1 source failing</source>
        <translation>⚠ 1 source en échec</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="631"/>
        <source>⚠ %n sources failing</source>
        <translation>
            <numerusform>⚠ %n source en échec</numerusform>
            <numerusform>⚠ %n sources en échec</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="640"/>
        <source>%1 events</source>
        <translation>%1 événements</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="642"/>
        <source>last sync %1</source>
        <translation>dernière synchronisation le %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="643"/>
        <source>never synced</source>
        <translation>jamais synchronisée</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="674"/>
        <source>Sync %1</source>
        <translation>Synchroniser %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="677"/>
        <location filename="../ui/mainwindow.cpp" line="964"/>
        <location filename="../ui/mainwindow.cpp" line="1033"/>
        <location filename="../ui/mainwindow.cpp" line="1097"/>
        <source>Another task is running: %1</source>
        <translation>Une autre tâche est en cours&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="691"/>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="708"/>
        <source>%1 already exists. Choose another name, or open it with File &gt; Open database.</source>
        <translation>%1 existe déjà. Choisissez un autre nom, ou ouvrez-le avec Fichier &gt; Ouvrir une base de données.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="749"/>
        <source>Opened the view “%1”</source>
        <translation>Vue «&#xa0;%1&#xa0;» ouverte</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="759"/>
        <source>Saved the view “%1”</source>
        <translation>Vue «&#xa0;%1&#xa0;» enregistrée</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="767"/>
        <source>&amp;Save current view...</source>
        <translation>&amp;Enregistrer la vue actuelle...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="770"/>
        <location filename="../ui/mainwindow.cpp" line="775"/>
        <source>Save view</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="770"/>
        <source>Name of this view:</source>
        <translation>Nom de cette vue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="775"/>
        <source>A view named “%1” exists. Replace it?</source>
        <translation>Une vue nommée «&#xa0;%1&#xa0;» existe. La remplacer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="780"/>
        <source>&amp;Manage...</source>
        <translation>&amp;Gérer...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="797"/>
        <source>Saved views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="811"/>
        <source>&amp;Rename...</source>
        <translation>&amp;Renommer...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="812"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="826"/>
        <location filename="../ui/mainwindow.cpp" line="830"/>
        <source>Rename view</source>
        <translation>Renommer la vue</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="826"/>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="830"/>
        <source>A view named “%1” exists already.</source>
        <translation>Une vue nommée «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="837"/>
        <source>Delete view</source>
        <translation>Supprimer la vue</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="837"/>
        <source>Delete the view “%1”?</source>
        <translation>Supprimer la vue «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="857"/>
        <source>%1 - Burnrate</source>
        <translation>%1 - Burnrate</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="890"/>
        <source>%1 (missing)</source>
        <translation>%1 (manquant)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="894"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="896"/>
        <source>&amp;Clear list</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="907"/>
        <source>Import request logs</source>
        <translation>Importer des journaux de requêtes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="907"/>
        <source>Request logs (*.jsonl *.ndjson *.json *.csv);;All files (*)</source>
        <translation>Journaux de requêtes (*.jsonl *.ndjson *.json *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="918"/>
        <source>Import logs</source>
        <translation>Importer des journaux</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="995"/>
        <source>Import a LiteLLM price map</source>
        <translation>Importer une table de prix LiteLLM</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="995"/>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1001"/>
        <source>Import prices</source>
        <translation>Importer des prix</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1077"/>
        <source>Generate the demo dataset</source>
        <translation>Générer le jeu de données de démo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1088"/>
        <source>Generating demo events</source>
        <translation>Génération des événements de démo</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1092"/>
        <source>Demo dataset: %Ln requests</source>
        <translation>
            <numerusform>Jeu de démo&#xa0;: %Ln requête</numerusform>
            <numerusform>Jeu de démo&#xa0;: %Ln requêtes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1118"/>
        <source>Burnrate keeps running</source>
        <translation>Burnrate reste actif</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1119"/>
        <source>Budget alerts and scheduled polls continue in the tray. Quit from the tray menu or File &gt; Quit.</source>
        <translation>Les alertes budgétaires et les synchronisations planifiées continuent dans la zone de notification. Quittez depuis son menu ou par Fichier &gt; Quitter.</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::OverviewPage</name>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="60"/>
        <source>Spend</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="61"/>
        <source>Spend in the range (billing lens when a provider usage source has data, else attribution), compared with the same length of time just before</source>
        <translation>Dépenses de la période (vue facturation si une source d&apos;usage fournisseur a des données, sinon attribution), comparées à la même durée juste avant</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="63"/>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="64"/>
        <source>The month the range ends in, projected to its end from the daily spend of the last eight weeks (weekday pattern and trend where the history shows them)</source>
        <translation>Le mois où se termine la période, projeté jusqu&apos;à sa fin d&apos;après les dépenses quotidiennes des huit dernières semaines (profil hebdomadaire et tendance si l&apos;historique les montre)</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="66"/>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="66"/>
        <source>Requests seen by the proxy or imported logs (attribution lens)</source>
        <translation>Requêtes vues par le proxy ou les journaux importés (vue attribution)</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="67"/>
        <source>Cost per request</source>
        <translation>Coût par requête</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="67"/>
        <source>Attributed spend / requests</source>
        <translation>Dépenses attribuées / requêtes</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="68"/>
        <source>Prompt-cache hit rate</source>
        <translation>Succès du cache (prompts)</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="68"/>
        <source>Cached input tokens / all input tokens</source>
        <translation>Jetons d&apos;entrée en cache / tous les jetons d&apos;entrée</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="69"/>
        <source>Error cost</source>
        <translation>Coût des erreurs</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="69"/>
        <source>Spend on requests that ended with an error status (&gt;= 400)</source>
        <translation>Dépenses des requêtes terminées par un statut d&apos;erreur (&gt;= 400)</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="70"/>
        <source>Unattributed spend</source>
        <translation>Dépenses non attribuées</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="71"/>
        <source>Billed spend (provider usage APIs) minus attributed spend (proxy logs): money no tenant, team or prompt accounts for</source>
        <translation>Dépenses facturées (API d&apos;usage des fournisseurs) moins dépenses attribuées (journaux du proxy)&#xa0;: l&apos;argent qu&apos;aucun client, équipe ou prompt n&apos;explique</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="73"/>
        <source>Unpriced tokens</source>
        <translation>Jetons sans prix</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="74"/>
        <source>Tokens of models without a known price: counted, never treated as free. Add a price on the Prices page.</source>
        <translation>Jetons de modèles sans prix connu&#xa0;: comptés, jamais considérés comme gratuits. Ajoutez un prix sur la page Prix.</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="76"/>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="77"/>
        <source>Attributed spend / billed spend on the days each provider&apos;s billing covers: how much of what the providers billed the proxy logs account for (see Costs, Reconciliation)</source>
        <translation>Dépenses attribuées / dépenses facturées sur les jours couverts par la facturation de chaque fournisseur&#xa0;: la part de ce que les fournisseurs ont facturé qu&apos;expliquent les journaux du proxy (voir Coûts, Rapprochement)</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="100"/>
        <source>Cost leaks</source>
        <translation>Fuites de coûts</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="116"/>
        <source>Show requests or costs</source>
        <translation>Afficher requêtes ou coûts</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="117"/>
        <source>Open the page that shows this finding, filtered to its scope and range</source>
        <translation>Ouvrir la page qui montre ce constat, filtrée sur son périmètre et sa période</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="118"/>
        <source>Dismiss…</source>
        <translation>Ignorer…</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="120"/>
        <source>Hide this finding with a reason; it stays dismissed when the detectors run again</source>
        <translation>Masquer ce constat avec un motif&#xa0;; il reste ignoré quand les détecteurs sont relancés</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="148"/>
        <source>Dismiss finding</source>
        <translation>Ignorer le constat</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="149"/>
        <source>Why is this finding not a leak (for example: a planned load test)?</source>
        <translation>Pourquoi ce constat n&apos;est-il pas une fuite (par exemple&#xa0;: un test de charge prévu)&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="155"/>
        <source>Spend over time by model (▲ days with annotated requests)</source>
        <translation>Dépenses dans le temps par modèle (▲ jours avec requêtes annotées)</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="181"/>
        <source>Top tenants</source>
        <translation>Principaux clients</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="181"/>
        <source>Tenant</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="182"/>
        <source>Top prompts</source>
        <translation>Principaux prompts</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="182"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="184"/>
        <source>* includes requests of models without a price: their cost is unknown, not zero (see Prices)</source>
        <translation>* inclut des requêtes de modèles sans prix&#xa0;: leur coût est inconnu, pas nul (voir Prix)</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="237"/>
        <source>The finding could not be dismissed: %1</source>
        <translation>Impossible d&apos;ignorer le constat&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="318"/>
        <source>The overview could not be loaded: %1</source>
        <translation>Impossible de charger l&apos;aperçu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="319"/>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="325"/>
        <source>vs previous period</source>
        <translation>vs période préc.</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="329"/>
        <location filename="../ui/pages/overviewpage.cpp" line="358"/>
        <source>no data in previous period</source>
        <translation>aucune donnée antérieure</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="331"/>
        <source>previous period partly covered: data from %1</source>
        <translation>période précédente partiellement couverte&#xa0;: données depuis %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="342"/>
        <source>%1 total</source>
        <translation>%1 au total</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="343"/>
        <source>complete month</source>
        <translation>mois complet</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="345"/>
        <source>Forecast for %1</source>
        <translation>Prévision pour %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="347"/>
        <source>%1 so far · likely %2 to %3</source>
        <translation>%1 à ce jour · prob. %2 à %3</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="350"/>
        <source>Projection of %1 to its end: %2. The band holds the month&apos;s total about 9 times in 10.</source>
        <translation>Projection de %1 jusqu&apos;à sa fin&#xa0;: %2. La fourchette contient le total du mois environ 9 fois sur 10.</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="365"/>
        <source>%1 per 1k output tokens</source>
        <translation>%1 / 1k jetons de sortie</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="367"/>
        <source>saved %1</source>
        <translation>%1 économisés</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="369"/>
        <source>%1 of requests failed</source>
        <translation>%1 d&apos;échecs</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="378"/>
        <location filename="../ui/pages/overviewpage.cpp" line="385"/>
        <location filename="../ui/pages/overviewpage.cpp" line="391"/>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="378"/>
        <source>not available in the billing lens (filtered by %1)</source>
        <translation>indisponible dans la vue facturation (filtré par %1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="381"/>
        <source>billed %1, attributed %2</source>
        <translation>facturé %1, attribué %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="383"/>
        <source>no billing source connected</source>
        <translation>aucune source de facturation</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="385"/>
        <source>billing cannot be filtered this way</source>
        <translation>la facturation ne peut pas être filtrée ainsi</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="388"/>
        <source>of billed %1 attributed</source>
        <translation>sur %1 facturés</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="391"/>
        <source>nothing billed</source>
        <translation>rien de facturé</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="391"/>
        <source>no billing data to compare</source>
        <translation>aucune facturation à comparer</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="393"/>
        <source>%1 requests</source>
        <translation>%1 requêtes</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="398"/>
        <source>No usage in %1 with these filters.</source>
        <translation>Aucun usage sur %1 avec ces filtres.</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="401"/>
        <source>Spend (%1, billing)</source>
        <translation>Dépenses (%1, fact.)</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="402"/>
        <source>Spend (%1)</source>
        <translation>Dépenses (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/overviewpage.cpp" line="418"/>
        <source>Cost leaks (%n open)</source>
        <translation>
            <numerusform>Fuites de coûts (%n ouverte)</numerusform>
            <numerusform>Fuites de coûts (%n ouvertes)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.h" line="32"/>
        <source>Overview</source>
        <translation>Aperçu</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::Page</name>
    <message>
        <location filename="../ui/pages/page.cpp" line="27"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::PriceDialog</name>
    <message>
        <location filename="../ui/dialogs/pricedialog.cpp" line="35"/>
        <source>Price override</source>
        <translation>Prix personnalisé</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/pricedialog.cpp" line="48"/>
        <source>required, e.g. 2.50</source>
        <translation>obligatoire, p. ex. 2.50</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/pricedialog.cpp" line="49"/>
        <location filename="../ui/dialogs/pricedialog.cpp" line="50"/>
        <location filename="../ui/dialogs/pricedialog.cpp" line="51"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/pricedialog.cpp" line="52"/>
        <source>required, e.g. 10.00</source>
        <translation>obligatoire, p. ex. 10.00</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/pricedialog.cpp" line="57"/>
        <source>Provider:</source>
        <translation>Fournisseur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/pricedialog.cpp" line="58"/>
        <source>Model:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/pricedialog.cpp" line="59"/>
        <source>Effective from:</source>
        <translation>En vigueur à partir du&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/pricedialog.cpp" line="60"/>
        <source>Input (%1 per 1M):</source>
        <translation>Entrée (%1 par million)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/pricedialog.cpp" line="61"/>
        <source>Cached input (%1 per 1M):</source>
        <translation>Entrée en cache (%1 par million)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/pricedialog.cpp" line="62"/>
        <source>Cache write 5m (%1 per 1M):</source>
        <translation>Écriture cache 5m (%1 par million)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/pricedialog.cpp" line="63"/>
        <source>Cache write 1h (%1 per 1M):</source>
        <translation>Écriture cache 1h (%1 par million)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/pricedialog.cpp" line="64"/>
        <source>Output (%1 per 1M):</source>
        <translation>Sortie (%1 par million)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/pricedialog.cpp" line="65"/>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/pricedialog.cpp" line="89"/>
        <source>Provider and model are required.</source>
        <translation>Le fournisseur et le modèle sont obligatoires.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/pricedialog.cpp" line="91"/>
        <source>Input and output prices are required, as plain numbers (USD per 1M tokens).</source>
        <translation>Les prix d&apos;entrée et de sortie sont obligatoires, en nombres simples (USD par million de jetons).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/pricedialog.cpp" line="95"/>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre.</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::PriceTableModel</name>
    <message>
        <location filename="../ui/models/pricetablemodel.cpp" line="58"/>
        <source>catalog</source>
        <translation>catalogue</translation>
    </message>
    <message>
        <location filename="../ui/models/pricetablemodel.cpp" line="60"/>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <location filename="../ui/models/pricetablemodel.cpp" line="62"/>
        <source>override</source>
        <translation>personnalisé</translation>
    </message>
    <message>
        <location filename="../ui/models/pricetablemodel.cpp" line="89"/>
        <source>always</source>
        <translation>toujours</translation>
    </message>
    <message>
        <location filename="../ui/models/pricetablemodel.cpp" line="91"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../ui/models/pricetablemodel.cpp" line="124"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../ui/models/pricetablemodel.cpp" line="126"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../ui/models/pricetablemodel.cpp" line="128"/>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../ui/models/pricetablemodel.cpp" line="130"/>
        <source>Effective from</source>
        <translation>Date d&apos;effet</translation>
    </message>
    <message>
        <location filename="../ui/models/pricetablemodel.cpp" line="132"/>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <location filename="../ui/models/pricetablemodel.cpp" line="134"/>
        <source>Input %1/1M</source>
        <translation>Entrée %1/1M</translation>
    </message>
    <message>
        <location filename="../ui/models/pricetablemodel.cpp" line="136"/>
        <source>Cached %1/1M</source>
        <translation>Cache %1/1M</translation>
    </message>
    <message>
        <location filename="../ui/models/pricetablemodel.cpp" line="138"/>
        <source>Write 5m %1/1M</source>
        <translation>Écr. 5m %1/1M</translation>
    </message>
    <message>
        <location filename="../ui/models/pricetablemodel.cpp" line="140"/>
        <source>Write 1h %1/1M</source>
        <translation>Écr. 1h %1/1M</translation>
    </message>
    <message>
        <location filename="../ui/models/pricetablemodel.cpp" line="142"/>
        <source>Output %1/1M</source>
        <translation>Sortie %1/1M</translation>
    </message>
    <message>
        <location filename="../ui/models/pricetablemodel.cpp" line="144"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::PricesPage</name>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="50"/>
        <source>Find a model or provider</source>
        <translation>Rechercher un modèle ou un fournisseur</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="55"/>
        <source>Add override...</source>
        <translation>Ajouter un prix personnalisé...</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="56"/>
        <location filename="../ui/pages/pricespage.cpp" line="276"/>
        <location filename="../ui/pages/pricespage.cpp" line="282"/>
        <source>Remove override</source>
        <translation>Supprimer le prix personnalisé</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="57"/>
        <source>Import LiteLLM price map...</source>
        <translation>Importer une table de prix LiteLLM...</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="72"/>
        <source>Prices (USD per 1M tokens; bold: in force now)</source>
        <translation>Prix (USD par million de jetons&#xa0;; en gras&#xa0;: en vigueur)</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="85"/>
        <source>Unpriced models in the selected range (counted, never treated as free)</source>
        <translation>Modèles sans prix sur la période sélectionnée (comptés, jamais considérés comme gratuits)</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="89"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="89"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="95"/>
        <source>Add price for the selected model...</source>
        <translation>Ajouter un prix pour le modèle sélectionné...</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="185"/>
        <source>The prices could not be loaded: %1</source>
        <translation>Impossible de charger les prix&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="211"/>
        <source>%1: no stored requests were affected.</source>
        <translation>%1&#xa0;: aucune requête stockée n&apos;est concernée.</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="218"/>
        <source>%1: 1 request record re-priced.</source>
        <translation>%1&#xa0;: 1 enregistrement de requête recalculé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/pricespage.cpp" line="218"/>
        <source>%1: %n request records re-priced.</source>
        <translation>
            <numerusform>%1&#xa0;: %n enregistrement de requête recalculé.</numerusform>
            <numerusform>%1&#xa0;: %n enregistrements de requête recalculés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="222"/>
        <source>Affected spend %1 → unpriced (no other price covers them).</source>
        <translation>Dépenses concernées %1 → sans prix (aucun autre prix ne les couvre).</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="224"/>
        <source>Affected spend %1 → %2.</source>
        <translation>Dépenses concernées %1 → %2.</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="226"/>
        <source>Affected spend %1 → %2 (%3).</source>
        <translation>Dépenses concernées %1 → %2 (%3).</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="231"/>
        <source>1 of them had no price before.</source>
        <translation>1 d&apos;entre elles n&apos;avait pas de prix auparavant.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/pricespage.cpp" line="232"/>
        <source>%n of them had no price before.</source>
        <translation>
            <numerusform>%n d&apos;entre elles n&apos;avait pas de prix auparavant.</numerusform>
            <numerusform>%n d&apos;entre elles n&apos;avaient pas de prix auparavant.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="247"/>
        <source>Saving the price of %1 and re-pricing its history…</source>
        <translation>Enregistrement du prix de %1 et recalcul de son historique…</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="260"/>
        <source>The price could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer le prix&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="262"/>
        <source>Price of %1 saved</source>
        <translation>Prix de %1 enregistré</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="276"/>
        <source>Select an override row first.</source>
        <translation>Sélectionnez d&apos;abord une ligne de prix personnalisé.</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="283"/>
        <source>Remove the price override of %1 from %2?</source>
        <translation>Supprimer le prix personnalisé de %1 à partir du %2&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="284"/>
        <source>Its requests are re-priced with the catalog or imported price in force at their time (or stay unpriced when there is none).</source>
        <translation>Ses requêtes sont recalculées avec le prix du catalogue ou importé en vigueur à leur date (ou restent sans prix s&apos;il n&apos;y en a pas).</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="289"/>
        <source>Removing the override of %1 and re-pricing its history…</source>
        <translation>Suppression du prix personnalisé de %1 et recalcul de son historique…</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="302"/>
        <source>The override could not be removed: %1</source>
        <translation>Impossible de supprimer le prix personnalisé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.cpp" line="304"/>
        <source>Override of %1 removed</source>
        <translation>Prix personnalisé de %1 supprimé</translation>
    </message>
    <message>
        <location filename="../ui/pages/pricespage.h" line="33"/>
        <source>Prices</source>
        <translation>Prix</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::QualityPage</name>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="84"/>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="100"/>
        <source>cost per request unknown (no priced requests on one side)</source>
        <translation>coût par requête inconnu (aucune requête avec prix d&apos;un côté)</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="104"/>
        <source>B saves %1% per request</source>
        <translation>B économise %1&#xa0;% par requête</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="106"/>
        <source>B costs %1% more per request</source>
        <translation>B coûte %1&#xa0;% de plus par requête</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="108"/>
        <source>B costs the same per request</source>
        <translation>B coûte autant par requête</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="111"/>
        <source>%1; not enough judged requests (n=%2)</source>
        <translation>%1&#xa0;; pas assez de requêtes jugées (n=%2)</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="125"/>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="127"/>
        <source>acceptance %1 vs %2</source>
        <translation>acceptation %1 vs %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="127"/>
        <source>eval pass rate %1 vs %2</source>
        <translation>taux de réussite des évaluations %1 vs %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="131"/>
        <source>difference within noise at n=%1</source>
        <translation>écart dans le bruit à n=%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="134"/>
        <source>quality rises significantly (%1 points, 95% CI %2 to %3) at n=%4</source>
        <translation>la qualité augmente significativement (%1 points, IC 95&#xa0;% %2 à %3) à n=%4</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="138"/>
        <source>quality drops significantly (%1 points, 95% CI %2 to %3) at n=%4</source>
        <translation>la qualité baisse significativement (%1 points, IC 95&#xa0;% %2 à %3) à n=%4</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="149"/>
        <source>Group by:</source>
        <translation>Grouper par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="159"/>
        <source>Quality:</source>
        <translation>Qualité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="161"/>
        <location filename="../ui/pages/qualitypage.cpp" line="398"/>
        <location filename="../ui/pages/qualitypage.cpp" line="548"/>
        <source>Acceptance rate</source>
        <translation>Taux d&apos;acceptation</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="162"/>
        <location filename="../ui/pages/qualitypage.cpp" line="399"/>
        <location filename="../ui/pages/qualitypage.cpp" line="551"/>
        <source>Eval pass rate</source>
        <translation>Taux de réussite des évaluations</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="163"/>
        <source>What the scatter plots against cost per request</source>
        <translation>Ce que le nuage de points compare au coût par requête</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="173"/>
        <source>Quality by group</source>
        <translation>Qualité par groupe</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="183"/>
        <source>Cost per request vs quality</source>
        <translation>Coût par requête vs qualité</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="185"/>
        <source>Each point is a group. The Pareto frontier joins the groups that no other group beats on both cost and quality.</source>
        <translation>Chaque point est un groupe. La frontière de Pareto relie les groupes qu&apos;aucun autre ne bat à la fois sur le coût et la qualité.</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="203"/>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="209"/>
        <source>A:</source>
        <translation>A&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="214"/>
        <source>B:</source>
        <translation>B&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="219"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="220"/>
        <source>B against A: cost per request and quality, with 95% intervals</source>
        <translation>B par rapport à A&#xa0;: coût par requête et qualité, avec intervalles à 95&#xa0;%</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="248"/>
        <source>Compare…</source>
        <translation>Comparer…</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="328"/>
        <source>The quality figures could not be loaded: %1</source>
        <translation>Impossible de charger les chiffres de qualité&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="353"/>
        <source>Judged requests: %1 · eval results: %2 · annotated requests: %3</source>
        <translation>Requêtes jugées&#xa0;: %1 · résultats d&apos;évaluation&#xa0;: %2 · requêtes annotées&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="357"/>
        <source>%1 eval results without a request id left out (they group by model and prompt version only)</source>
        <translation>%1 résultats d&apos;évaluation sans identifiant de requête exclus (ils se regroupent seulement par modèle et version de prompt)</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="386"/>
        <source>Acceptance rate (%)</source>
        <translation>Taux d&apos;acceptation (%)</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="386"/>
        <source>Eval pass rate (%)</source>
        <translation>Taux de réussite des évaluations (%)</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="388"/>
        <source>No group has both a cost and judged requests in this range.
Annotate requests, or plot the eval pass rate (Quality above).</source>
        <translation>Aucun groupe n&apos;a à la fois un coût et des requêtes jugées sur cette période.
Annotez des requêtes, ou tracez le taux de réussite des évaluations (Qualité ci-dessus).</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="390"/>
        <source>No group has both a cost and eval verdicts in this range.</source>
        <translation>Aucun groupe n&apos;a à la fois un coût et des verdicts d&apos;évaluation sur cette période.</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="392"/>
        <source>Cost per request (%1)</source>
        <translation>Coût par requête (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="397"/>
        <location filename="../ui/pages/qualitypage.cpp" line="546"/>
        <source>Cost per request</source>
        <translation>Coût par requête</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="412"/>
        <source>No priced requests in this range.</source>
        <translation>Aucune requête avec prix sur cette période.</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="414"/>
        <source>%1 per request</source>
        <translation>%1 par requête</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="422"/>
        <source>%1 %2 in the bucket starting %3</source>
        <translation>%1 %2 dans l&apos;intervalle débutant le %3</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="428"/>
        <source>No judged requests or eval verdicts in this range.</source>
        <translation>Aucune requête jugée ni verdict d&apos;évaluation sur cette période.</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="429"/>
        <source>Judgements in one time bucket only: %1.</source>
        <translation>Jugements dans un seul intervalle de temps&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="431"/>
        <source>Quality (%)</source>
        <translation>Qualité (%)</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="449"/>
        <source>Pick two groups and press Compare.</source>
        <translation>Choisissez deux groupes et cliquez sur Comparer.</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="450"/>
        <source>Comparing needs at least two groups.</source>
        <translation>La comparaison nécessite au moins deux groupes.</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="479"/>
        <source>Pick two different groups.</source>
        <translation>Choisissez deux groupes différents.</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="487"/>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="505"/>
        <source>The comparison failed: %1</source>
        <translation>La comparaison a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="544"/>
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="545"/>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="547"/>
        <source>Judged requests</source>
        <translation>Requêtes jugées</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="553"/>
        <source>Eval score</source>
        <translation>Score d&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="555"/>
        <source>Human rating</source>
        <translation>Note humaine</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="557"/>
        <source>Cost per accepted</source>
        <translation>Coût par réponse acceptée</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.cpp" line="562"/>
        <source>Brackets: 95% intervals (Wilson for rates, Newcombe for their difference, bootstrap for means, delta method for the cost change).</source>
        <translation>Crochets&#xa0;: intervalles à 95&#xa0;% (Wilson pour les taux, Newcombe pour leur différence, bootstrap pour les moyennes, méthode delta pour la variation de coût).</translation>
    </message>
    <message>
        <location filename="../ui/pages/qualitypage.h" line="37"/>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::QualityTableModel</name>
    <message>
        <location filename="../ui/models/qualitytablemodel.cpp" line="21"/>
        <source>%1 of %2; 95% interval %3 to %4 (Wilson)</source>
        <translation>%1 sur %2&#xa0;; intervalle à 95&#xa0;% %3 à %4 (Wilson)</translation>
    </message>
    <message>
        <location filename="../ui/models/qualitytablemodel.cpp" line="49"/>
        <location filename="../ui/models/qualitytablemodel.cpp" line="141"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../ui/models/qualitytablemodel.cpp" line="50"/>
        <source>All requests</source>
        <translation>Toutes les requêtes</translation>
    </message>
    <message>
        <location filename="../ui/models/qualitytablemodel.cpp" line="67"/>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <location filename="../ui/models/qualitytablemodel.cpp" line="69"/>
        <source>Cost / request</source>
        <translation>Coût / requête</translation>
    </message>
    <message>
        <location filename="../ui/models/qualitytablemodel.cpp" line="71"/>
        <source>Evals</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location filename="../ui/models/qualitytablemodel.cpp" line="73"/>
        <source>Eval score</source>
        <translation>Score d&apos;éval.</translation>
    </message>
    <message>
        <location filename="../ui/models/qualitytablemodel.cpp" line="75"/>
        <source>Eval pass</source>
        <translation>Réussite éval.</translation>
    </message>
    <message>
        <location filename="../ui/models/qualitytablemodel.cpp" line="77"/>
        <source>Ratings</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../ui/models/qualitytablemodel.cpp" line="79"/>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../ui/models/qualitytablemodel.cpp" line="81"/>
        <source>Judged</source>
        <translation>Jugées</translation>
    </message>
    <message>
        <location filename="../ui/models/qualitytablemodel.cpp" line="83"/>
        <source>Acceptance</source>
        <translation>Acceptation</translation>
    </message>
    <message>
        <location filename="../ui/models/qualitytablemodel.cpp" line="85"/>
        <source>Cost / accepted</source>
        <translation>Coût / acceptée</translation>
    </message>
    <message>
        <location filename="../ui/models/qualitytablemodel.cpp" line="87"/>
        <source>Tokens / accepted</source>
        <translation>Jetons / acceptée</translation>
    </message>
    <message>
        <location filename="../ui/models/qualitytablemodel.cpp" line="97"/>
        <source>Requests in the range (attribution lens)</source>
        <translation>Requêtes de la période (vue attribution)</translation>
    </message>
    <message>
        <location filename="../ui/models/qualitytablemodel.cpp" line="99"/>
        <source>Computed cost of the priced requests / priced requests</source>
        <translation>Coût calculé des requêtes avec prix / requêtes avec prix</translation>
    </message>
    <message>
        <location filename="../ui/models/qualitytablemodel.cpp" line="101"/>
        <source>Eval results of these requests, and those without a request id of the same model and prompt version</source>
        <translation>Résultats d&apos;évaluation de ces requêtes, et ceux sans identifiant de requête du même modèle et de la même version de prompt</translation>
    </message>
    <message>
        <location filename="../ui/models/qualitytablemodel.cpp" line="104"/>
        <source>Mean eval score</source>
        <translation>Score moyen d&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../ui/models/qualitytablemodel.cpp" line="106"/>
        <source>Eval results passed / eval results with a pass or fail verdict</source>
        <translation>Évaluations réussies / évaluations avec un verdict réussi ou échoué</translation>
    </message>
    <message>
        <location filename="../ui/models/qualitytablemodel.cpp" line="108"/>
        <source>Annotations with a 1-5 rating</source>
        <translation>Annotations avec une note de 1 à 5</translation>
    </message>
    <message>
        <location filename="../ui/models/qualitytablemodel.cpp" line="110"/>
        <source>Mean human rating (1-5)</source>
        <translation>Note humaine moyenne (1-5)</translation>
    </message>
    <message>
        <location filename="../ui/models/qualitytablemodel.cpp" line="112"/>
        <source>Requests with any judgement: an eval verdict, a thumb or a rating</source>
        <translation>Requêtes avec au moins un jugement&#xa0;: un verdict d&apos;évaluation, un pouce ou une note</translation>
    </message>
    <message>
        <location filename="../ui/models/qualitytablemodel.cpp" line="114"/>
        <source>Accepted / judged. Accepted: at least one positive judgement (eval passed, thumb up, rating &gt;= 4) and no negative one (eval failed, thumb down, rating &lt;= 2)</source>
        <translation>Acceptées / jugées. Acceptée&#xa0;: au moins un jugement positif (évaluation réussie, pouce levé, note &gt;= 4) et aucun négatif (évaluation échouée, pouce baissé, note &lt;= 2)</translation>
    </message>
    <message>
        <location filename="../ui/models/qualitytablemodel.cpp" line="117"/>
        <source>Cost of the judged requests / accepted answers</source>
        <translation>Coût des requêtes jugées / réponses acceptées</translation>
    </message>
    <message>
        <location filename="../ui/models/qualitytablemodel.cpp" line="119"/>
        <source>Input + output tokens of the judged requests / accepted answers</source>
        <translation>Jetons d&apos;entrée + sortie des requêtes jugées / réponses acceptées</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/qualitytablemodel.cpp" line="172"/>
        <source>%n request(s) without a price are left out</source>
        <translation>
            <numerusform>%n requête sans prix est exclue</numerusform>
            <numerusform>%n requêtes sans prix sont exclues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>burnrate::ui::QueryRunner</name>
    <message>
        <location filename="../ui/queryrunner.h" line="91"/>
        <location filename="../ui/writejob.h" line="39"/>
        <source>unexpected error</source>
        <translation>erreur inattendue</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::RankingChart</name>
    <message>
        <location filename="../ui/charts/rankingchart.cpp" line="79"/>
        <location filename="../ui/charts/rankingchart.cpp" line="156"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::ReconciliationModel</name>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="19"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="71"/>
        <source>all models</source>
        <translation>tous les modèles</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="73"/>
        <source>no billing</source>
        <translation>pas de facturation</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="81"/>
        <source>nothing billed</source>
        <translation>rien de facturé</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="81"/>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="131"/>
        <source>No billing data for %1 on this day: nothing to compare the attributed spend with</source>
        <translation>Aucune donnée de facturation pour %1 ce jour-là&#xa0;: rien à comparer aux dépenses attribuées</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="134"/>
        <source>%1 billed requests have no price: their cost is unknown, not zero (see Prices)</source>
        <translation>%1 requêtes facturées n&apos;ont pas de prix&#xa0;: leur coût est inconnu, pas nul (voir Prix)</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="139"/>
        <source>%1 attributed requests have no price: their cost is unknown, not zero (see Prices)</source>
        <translation>%1 requêtes attribuées n&apos;ont pas de prix&#xa0;: leur coût est inconnu, pas nul (voir Prix)</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="144"/>
        <source>Undefined: no billing data for %1 on this day</source>
        <translation>Indéfini&#xa0;: aucune donnée de facturation pour %1 ce jour-là</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="146"/>
        <source>Undefined: nothing was billed</source>
        <translation>Indéfini&#xa0;: rien n&apos;a été facturé</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="147"/>
        <source>Attributed / billed</source>
        <translation>Attribué / facturé</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="152"/>
        <source>No request of this row came with a cost from its source</source>
        <translation>Aucune requête de cette ligne n&apos;est venue avec un coût de sa source</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="153"/>
        <source>No invoiced cost lines for this provider on this day</source>
        <translation>Aucune ligne de coût facturée pour ce fournisseur ce jour-là</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="195"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="197"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="199"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="201"/>
        <source>Billed</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="203"/>
        <source>Attributed</source>
        <translation>Attribué</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="205"/>
        <source>Unattributed</source>
        <translation>Non attribué</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="207"/>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="209"/>
        <source>Computed (billed)</source>
        <translation>Calculé (facturé)</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="209"/>
        <source>Computed</source>
        <translation>Calculé</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="211"/>
        <source>Invoiced</source>
        <translation>Facturé (factures)</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="211"/>
        <source>Reported</source>
        <translation>Déclaré</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="213"/>
        <source>Invoiced - computed</source>
        <translation>Facturé - calculé</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="213"/>
        <source>Reported - computed</source>
        <translation>Déclaré - calculé</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="221"/>
        <source>Spend in the provider usage APIs (billing lens), priced with the prices in force</source>
        <translation>Dépenses des API d&apos;usage des fournisseurs (vue facturation), valorisées aux prix en vigueur</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="223"/>
        <source>Spend of the proxy logs and imports (attribution lens)</source>
        <translation>Dépenses des journaux du proxy et des imports (vue attribution)</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="225"/>
        <source>Billed minus attributed: spend that no tenant, team or prompt accounts for</source>
        <translation>Facturé moins attribué&#xa0;: dépenses qu&apos;aucun client, équipe ou prompt n&apos;explique</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="227"/>
        <source>Attributed / billed; undefined without billing data</source>
        <translation>Attribué / facturé&#xa0;; indéfini sans données de facturation</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="229"/>
        <source>The billed cost we computed for the provider&apos;s day</source>
        <translation>Le coût facturé que nous avons calculé pour la journée du fournisseur</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="230"/>
        <source>Our cost of the requests that came with a cost from their source</source>
        <translation>Notre coût des requêtes venues avec un coût de leur source</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="232"/>
        <source>The provider&apos;s invoiced cost lines (USD)</source>
        <translation>Les lignes de coût facturées par le fournisseur (USD)</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="233"/>
        <source>The cost the source reported for those requests (e.g. LiteLLM spend)</source>
        <translation>Le coût déclaré par la source pour ces requêtes (p. ex. dépenses LiteLLM)</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="235"/>
        <source>Invoiced minus computed, and its share of the computed cost</source>
        <translation>Facturé moins calculé, et sa part du coût calculé</translation>
    </message>
    <message>
        <location filename="../ui/models/reconciliationmodel.cpp" line="236"/>
        <source>Reported minus computed, and its share of the computed cost</source>
        <translation>Déclaré moins calculé, et sa part du coût calculé</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::ReconciliationPanel</name>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="29"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="36"/>
        <source>nothing computed</source>
        <translation>rien de calculé</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="55"/>
        <source>Per day, provider and model</source>
        <translation>Par jour, fournisseur et modèle</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="56"/>
        <source>Per day and provider (invoices)</source>
        <translation>Par jour et fournisseur (factures)</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="57"/>
        <source>Per model, computed vs reported compares the costs the sources reported per request; per provider, the billed cost we computed vs the provider&apos;s invoiced cost lines</source>
        <translation>Par modèle, calculé vs déclaré compare les coûts déclarés par les sources par requête&#xa0;; par fournisseur, le coût facturé que nous avons calculé vs les lignes de coût facturées par le fournisseur</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="59"/>
        <source>Export CSV...</source>
        <translation>Exporter en CSV...</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="60"/>
        <source>The reconcile CSV: per day, provider and model, billed, attributed, unattributed, coverage, computed and reported</source>
        <translation>Le CSV de rapprochement&#xa0;: par jour, fournisseur et modèle, facturé, attribué, non attribué, couverture, calculé et déclaré</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="62"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="78"/>
        <source>Largest gaps first; click a header to sort</source>
        <translation>Plus grands écarts d&apos;abord&#xa0;; cliquez sur un en-tête pour trier</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="79"/>
        <source>Reconciliation</source>
        <translation>Rapprochement</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="86"/>
        <source>Loading...</source>
        <translation>Chargement...</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="148"/>
        <source>Coverage &lt;b&gt;%1&lt;/b&gt; of billed spend attributed (%2 of %3) · unattributed &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>Couverture &lt;b&gt;%1&lt;/b&gt; des dépenses facturées attribuée (%2 sur %3) · non attribué &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="152"/>
        <source>Coverage undefined: the billing data of this range shows no priced spend</source>
        <translation>Couverture indéfinie&#xa0;: les données de facturation de cette période n&apos;ont aucune dépense avec prix</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="154"/>
        <source>Coverage undefined: no billing data in this range (connect a provider usage source on the Sources page)</source>
        <translation>Couverture indéfinie&#xa0;: aucune donnée de facturation sur cette période (connectez une source d&apos;usage fournisseur sur la page Sources)</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="161"/>
        <source>No billing to compare with: %1 attributed (%2; %3 requests without a price, cost unknown)</source>
        <translation>Pas de facturation à comparer&#xa0;: %1 attribué (%2&#xa0;; %3 requêtes sans prix, coût inconnu)</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="165"/>
        <source>No billing to compare with: %1 attributed (%2)</source>
        <translation>Pas de facturation à comparer&#xa0;: %1 attribué (%2)</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="169"/>
        <source>Invoices not compared: cost lines carry provider and project only, and a filter selects more</source>
        <translation>Factures non comparées&#xa0;: les lignes de coût ne portent que le fournisseur et le projet, et un filtre sélectionne davantage</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="171"/>
        <source>Computed from billed usage %1 vs invoiced %2 (%3)</source>
        <translation>Calculé d&apos;après l&apos;usage facturé %1 vs facturé %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="174"/>
        <source>No invoiced cost lines in this range</source>
        <translation>Aucune ligne de coût facturée sur cette période</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="176"/>
        <source>%1 cost lines in another currency than USD were not compared</source>
        <translation>%1 lignes de coût dans une autre devise que USD n&apos;ont pas été comparées</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="179"/>
        <source>Computed %1 vs reported by the sources %2 for %3 requests (%4)</source>
        <translation>Calculé %1 vs déclaré par les sources %2 pour %3 requêtes (%4)</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="183"/>
        <source>No source reported a cost per request</source>
        <translation>Aucune source n&apos;a déclaré de coût par requête</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="191"/>
        <source>Largest gaps by model: %1; by day: %2</source>
        <translation>Plus grands écarts par modèle&#xa0;: %1&#xa0;; par jour&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="217"/>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="217"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="220"/>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <location filename="../ui/pages/reconciliationpanel.cpp" line="220"/>
        <source>Could not write %1</source>
        <translation>Impossible d&apos;écrire %1</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::RequestTableModel</name>
    <message>
        <location filename="../ui/models/requesttablemodel.cpp" line="175"/>
        <source>passed</source>
        <translation>réussie</translation>
    </message>
    <message>
        <location filename="../ui/models/requesttablemodel.cpp" line="177"/>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <location filename="../ui/models/requesttablemodel.cpp" line="178"/>
        <source>%1 passed, %2 failed</source>
        <translation>%1 réussies, %2 échouées</translation>
    </message>
    <message>
        <location filename="../ui/models/requesttablemodel.cpp" line="210"/>
        <source>Reported by the source: %1</source>
        <translation>Déclaré par la source&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/requesttablemodel.cpp" line="212"/>
        <source>%1 of them read from the prompt cache</source>
        <translation>dont %1 lus depuis le cache de prompts</translation>
    </message>
    <message>
        <location filename="../ui/models/requesttablemodel.cpp" line="255"/>
        <source>unpriced</source>
        <translation>sans prix</translation>
    </message>
    <message>
        <location filename="../ui/models/requesttablemodel.cpp" line="257"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/models/requesttablemodel.cpp" line="275"/>
        <source>Click to sort all matching requests by their total tokens (in + out)</source>
        <translation>Cliquez pour trier toutes les requêtes correspondantes par total de jetons (entrée + sortie)</translation>
    </message>
    <message>
        <location filename="../ui/models/requesttablemodel.cpp" line="277"/>
        <source>Click to sort all matching requests by this column</source>
        <translation>Cliquez pour trier toutes les requêtes correspondantes par cette colonne</translation>
    </message>
    <message>
        <location filename="../ui/models/requesttablemodel.cpp" line="284"/>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/models/requesttablemodel.cpp" line="286"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../ui/models/requesttablemodel.cpp" line="288"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../ui/models/requesttablemodel.cpp" line="290"/>
        <source>Tenant</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/models/requesttablemodel.cpp" line="292"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../ui/models/requesttablemodel.cpp" line="294"/>
        <source>Tokens in</source>
        <translation>Jetons entrée</translation>
    </message>
    <message>
        <location filename="../ui/models/requesttablemodel.cpp" line="296"/>
        <source>Tokens out</source>
        <translation>Jetons sortie</translation>
    </message>
    <message>
        <location filename="../ui/models/requesttablemodel.cpp" line="298"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../ui/models/requesttablemodel.cpp" line="300"/>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <location filename="../ui/models/requesttablemodel.cpp" line="302"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/models/requesttablemodel.cpp" line="304"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../ui/models/requesttablemodel.cpp" line="306"/>
        <source>Eval</source>
        <translation>Éval.</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::RequestsPage</name>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="72"/>
        <source>unpriced</source>
        <translation>sans prix</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="113"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="114"/>
        <source>Copy the whole %1 to the clipboard</source>
        <translation>Copier le texte complet (%1) dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="142"/>
        <source>HTTP status of the request</source>
        <translation>Statut HTTP de la requête</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="142"/>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="142"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="142"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="143"/>
        <source>Whether part of the input was read from the prompt cache</source>
        <translation>Si une partie de l&apos;entrée a été lue depuis le cache de prompts</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="144"/>
        <source>Any caching</source>
        <translation>Tout cache</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="144"/>
        <source>Cache hit</source>
        <translation>Succès du cache</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="144"/>
        <source>No cache hit</source>
        <translation>Sans succès du cache</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="145"/>
        <source>Whether the prompt and response text is stored</source>
        <translation>Si le texte du prompt et de la réponse est stocké</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="146"/>
        <source>Any text</source>
        <translation>Tout texte</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="146"/>
        <source>With text</source>
        <translation>Avec texte</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="146"/>
        <source>No text</source>
        <translation>Sans texte</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="147"/>
        <source>Whether anyone annotated the request</source>
        <translation>Si quelqu&apos;un a annoté la requête</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="148"/>
        <source>Any annotations</source>
        <translation>Toutes annotations</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="148"/>
        <source>Annotated</source>
        <translation>Annotées</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="148"/>
        <source>Not annotated</source>
        <translation>Non annotées</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="149"/>
        <source>Results of automated evals of the request</source>
        <translation>Résultats des évaluations automatiques de la requête</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="150"/>
        <source>Any evals</source>
        <translation>Toutes évaluations</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="150"/>
        <source>Eval passed</source>
        <translation>Évaluation réussie</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="150"/>
        <source>Eval failed</source>
        <translation>Évaluation échouée</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="159"/>
        <source>Search prompts and responses</source>
        <translation>Rechercher dans les prompts et réponses</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="163"/>
        <source>Every word must occur; end a word with * to match its prefix</source>
        <translation>Chaque mot doit apparaître&#xa0;; terminez un mot par * pour rechercher son préfixe</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="170"/>
        <source>Review…</source>
        <translation>Revue…</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="171"/>
        <source>Review a random sample of the requests shown, by keyboard</source>
        <translation>Passer en revue au clavier un échantillon aléatoire des requêtes affichées</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="183"/>
        <source>End review</source>
        <translation>Terminer la revue</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="252"/>
        <source>Requests could not be loaded: %1</source>
        <translation>Impossible de charger les requêtes&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="266"/>
        <source>Monospace</source>
        <translation>Chasse fixe</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="269"/>
        <source>Show the texts in a fixed-width font (code, tables, JSON)</source>
        <translation>Afficher les textes en police à chasse fixe (code, tableaux, JSON)</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="273"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="274"/>
        <source>Response</source>
        <translation>Réponse</translation>
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
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="303"/>
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="305"/>
        <location filename="../ui/pages/requestspage.cpp" line="570"/>
        <source>Evals</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="314"/>
        <location filename="../ui/pages/requestspage.cpp" line="561"/>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="314"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="314"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="320"/>
        <source>Click a request to show it</source>
        <translation>Cliquez sur une requête pour l&apos;afficher</translation>
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
        <translation>Chargement des requêtes…</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="397"/>
        <source>Loading requests… (sorting by this column reads every request of the range)</source>
        <translation>Chargement des requêtes… (trier par cette colonne lit toutes les requêtes de la période)</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="399"/>
        <source>No request matches the range and filters.</source>
        <translation>Aucune requête ne correspond à la période et aux filtres.</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="400"/>
        <source>Requests loaded: %1 (all that match).</source>
        <translation>Requêtes chargées&#xa0;: %1 (toutes celles qui correspondent).</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="402"/>
        <source>Requests loaded: %1; more load as you scroll.</source>
        <translation>Requêtes chargées&#xa0;: %1&#xa0;; la suite se charge au défilement.</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="437"/>
        <source>The request could not be read: %1</source>
        <translation>Impossible de lire la requête&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="453"/>
        <source>Select a request to see its text, cost and annotations.</source>
        <translation>Sélectionnez une requête pour voir son texte, son coût et ses annotations.</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="475"/>
        <source>status %1</source>
        <translation>statut %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="481"/>
        <source>request</source>
        <translation>requête</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="482"/>
        <source> from %1</source>
        <translation> de %1</translation>
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
        <translation>latence inconnue</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="485"/>
        <source> (first token after %1 ms)</source>
        <translation> (premier jeton après %1 ms)</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="490"/>
        <source>(no text stored for this request)</source>
        <translation>(aucun texte stocké pour cette requête)</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="498"/>
        <source>Part</source>
        <translation>Partie</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="498"/>
        <location filename="../ui/pages/requestspage.cpp" line="545"/>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="498"/>
        <source>Rate per 1M</source>
        <translation>Prix par million</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="498"/>
        <source>Without the cache</source>
        <translation>Sans le cache</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="505"/>
        <source>Computed</source>
        <translation>Calculé</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="509"/>
        <source> (differs by %1)</source>
        <translation> (écart de %1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="511"/>
        <source>Reported by the source</source>
        <translation>Déclaré par la source</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="515"/>
        <source>batch</source>
        <translation>batch</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="515"/>
        <source>not batch</source>
        <translation>hors batch</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="516"/>
        <source>default service tier</source>
        <translation>niveau de service par défaut</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="517"/>
        <source>service tier %1</source>
        <translation>niveau de service %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="519"/>
        <source>long-context rates</source>
        <translation>tarifs contexte long</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="521"/>
        <source>served from the proxy&apos;s response cache (no provider charge)</source>
        <translation>servie par le cache de réponses du proxy (non facturée par le fournisseur)</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="525"/>
        <source>Priced by the %1 price of %2/%3 in force from %4 (price #%5).</source>
        <translation>Valorisée au prix %1 de %2/%3 en vigueur depuis le %4 (prix n° %5).</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="530"/>
        <source>No price for this model at the request&apos;s time: unpriced, not free.</source>
        <translation>Aucun prix pour ce modèle à la date de la requête&#xa0;: sans prix, pas gratuite.</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="532"/>
        <source>Breakdown unavailable: %1</source>
        <translation>Détail indisponible&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="535"/>
        <source>Recomputed under that price: %1 (the stored cost predates a price change).</source>
        <translation>Recalculé à ce prix&#xa0;: %1 (le coût stocké précède un changement de prix).</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="546"/>
        <source>%1 in (%2 cache reads, %3 cache writes), %4 out</source>
        <translation>%1 en entrée (%2 lectures cache, %3 écritures cache), %4 en sortie</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="551"/>
        <source>Tag %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="557"/>
        <source>No eval results for this request.</source>
        <translation>Aucun résultat d&apos;évaluation pour cette requête.</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="561"/>
        <source>Eval</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="561"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="561"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="566"/>
        <source>passed</source>
        <translation>réussie</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="567"/>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="570"/>
        <source>Evals (%1)</source>
        <translation>Évaluations (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="588"/>
        <source>This request has no trace id.</source>
        <translation>Cette requête n&apos;a pas d&apos;identifiant de trace.</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="590"/>
        <source>Trace %1 · other requests within a day of this one: %2 · the whole trace cost %3.</source>
        <translation>Trace %1 · autres requêtes à moins d&apos;un jour de celle-ci&#xa0;: %2 · la trace entière a coûté %3.</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="594"/>
        <source>Unpriced in it: %1.</source>
        <translation>Sans prix dans la trace&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="596"/>
        <source>Only the first %1 are listed.</source>
        <translation>Seules les %1 premières sont listées.</translation>
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
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="613"/>
        <source>Annotations are recorded with the analyst&apos;s name. Your name (also in Settings):</source>
        <translation>Les annotations sont enregistrées avec le nom de l&apos;analyste. Votre nom (aussi dans Paramètres)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="627"/>
        <source>Annotations need your name: set it in Settings (Analyst name).</source>
        <translation>Les annotations nécessitent votre nom&#xa0;: indiquez-le dans Paramètres (Nom de l&apos;analyste).</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="683"/>
        <source>The annotation was not saved: %1</source>
        <translation>L&apos;annotation n&apos;a pas été enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="729"/>
        <source>The labels were not saved: %1</source>
        <translation>Les étiquettes n&apos;ont pas été enregistrées&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="750"/>
        <source>Review queue</source>
        <translation>File de revue</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="752"/>
        <source>A random sample of the requests the range, chips and filters select. The same seed and filter give the same requests in the same order.</source>
        <translation>Un échantillon aléatoire des requêtes sélectionnées par la période, les puces et les filtres. La même graine et le même filtre donnent les mêmes requêtes dans le même ordre.</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="760"/>
        <source>Requests:</source>
        <translation>Requêtes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="764"/>
        <source>Seed:</source>
        <translation>Graine&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="765"/>
        <source>Only requests with stored prompt and response text</source>
        <translation>Seulement les requêtes avec texte de prompt et de réponse stocké</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="770"/>
        <source>Keys: J / K next / previous, 1-5 rating, 0 clears it, U / D thumbs up / down, L labels, E comment, Esc ends the review. Every key saves.</source>
        <translation>Touches&#xa0;: J / K suivante / précédente, 1-5 note, 0 l&apos;efface, U / D pouce levé / baissé, L étiquettes, E commentaire, Échap termine la revue. Chaque touche enregistre.</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="776"/>
        <source>Start review</source>
        <translation>Commencer la revue</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="798"/>
        <source>The review sample could not be drawn: %1</source>
        <translation>Impossible de tirer l&apos;échantillon de revue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="803"/>
        <source>No request matches the range and filters: nothing to review.</source>
        <translation>Aucune requête ne correspond à la période et aux filtres&#xa0;: rien à passer en revue.</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="833"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="842"/>
        <source>&lt;b&gt;Review %1&lt;/b&gt; &amp;middot; seed %2 &amp;middot; J/K next/previous, 1-5 rating, U/D thumbs, L labels, E comment, Esc ends</source>
        <translation>&lt;b&gt;Revue %1&lt;/b&gt; &amp;middot; graine %2 &amp;middot; J/K suivante/précédente, 1-5 note, U/D pouces, L étiquettes, E commentaire, Échap termine</translation>
    </message>
    <message>
        <location filename="../ui/pages/requestspage.cpp" line="195"/>
        <location filename="../ui/pages/requestspage.h" line="46"/>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::SavingsBreakdownModel</name>
    <message>
        <location filename="../ui/models/savingsbreakdownmodel.cpp" line="44"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../ui/models/savingsbreakdownmodel.cpp" line="49"/>
        <source>AWS Lambda</source>
        <translation>AWS Lambda</translation>
    </message>
    <message>
        <location filename="../ui/models/savingsbreakdownmodel.cpp" line="51"/>
        <source>function %1</source>
        <translation>fonction %1</translation>
    </message>
    <message>
        <location filename="../ui/models/savingsbreakdownmodel.cpp" line="93"/>
        <source>Tenant</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/models/savingsbreakdownmodel.cpp" line="95"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../ui/models/savingsbreakdownmodel.cpp" line="97"/>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <location filename="../ui/models/savingsbreakdownmodel.cpp" line="99"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../ui/models/savingsbreakdownmodel.cpp" line="101"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../ui/models/savingsbreakdownmodel.cpp" line="103"/>
        <source>Saving</source>
        <translation>Économie</translation>
    </message>
    <message>
        <location filename="../ui/models/savingsbreakdownmodel.cpp" line="105"/>
        <source>Saving %</source>
        <translation>Économie %</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::SavingsPage</name>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="75"/>
        <source>Route to another model</source>
        <translation>Router vers un autre modèle</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="77"/>
        <source>Prompt cache hit rate</source>
        <translation>Taux de succès du cache de prompts</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="79"/>
        <source>Response cache hit rate</source>
        <translation>Taux de succès du cache de réponses</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="81"/>
        <source>Batch prices</source>
        <translation>Prix batch</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="83"/>
        <source>Cap input tokens</source>
        <translation>Plafonner les jetons d&apos;entrée</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="85"/>
        <source>Lambda memory / architecture</source>
        <translation>Mémoire / architecture Lambda</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="96"/>
        <source>Saved scenario:</source>
        <translation>Scénario enregistré&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="101"/>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="102"/>
        <source>Save the steps (and a recommendation&apos;s scope) under a name</source>
        <translation>Enregistrer les étapes (et le périmètre d&apos;une recommandation) sous un nom</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="104"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="107"/>
        <location filename="../ui/pages/savingspage.cpp" line="596"/>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="110"/>
        <source>Steps (waterfall)…</source>
        <translation>Étapes (cascade)…</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="111"/>
        <source>Breakdown by tenant and prompt…</source>
        <translation>Ventilation par client et prompt…</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="122"/>
        <source>Use the dashboard&apos;s range</source>
        <translation>Utiliser la période du tableau de bord</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="123"/>
        <source>Run the steps on the dashboard&apos;s range and filters instead of the recommendation&apos;s</source>
        <translation>Appliquer les étapes à la période et aux filtres du tableau de bord plutôt qu&apos;à ceux de la recommandation</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="133"/>
        <source>Scenario: steps apply in order</source>
        <translation>Scénario&#xa0;: étapes appliquées dans l&apos;ordre</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="141"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="142"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="143"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="157"/>
        <source>Add step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="168"/>
        <source>Largest opportunities, last 30 days of data</source>
        <translation>Opportunités, 30 derniers jours de données</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="174"/>
        <source>Double-click (or Enter) opens the scenario that computes the saving</source>
        <translation>Double-clic (ou Entrée) ouvre le scénario qui calcule l&apos;économie</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="180"/>
        <source>Each amount is what its scenario saves on those 30 days; open it to see the steps and their quality risk.</source>
        <translation>Chaque montant est ce que son scénario économise sur ces 30 jours&#xa0;; ouvrez-le pour voir les étapes et leur risque qualité.</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="187"/>
        <source>Saving by step</source>
        <translation>Économie par étape</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="199"/>
        <source>Steps and their quality risk</source>
        <translation>Étapes et risque qualité</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="221"/>
        <source>Breakdown by tenant and prompt</source>
        <translation>Ventilation par client et prompt</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="245"/>
        <location filename="../ui/pages/savingspage.cpp" line="318"/>
        <source>Syntax: %1</source>
        <translation>Syntaxe&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="264"/>
        <source>Save scenario</source>
        <translation>Enregistrer le scénario</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="264"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="314"/>
        <source>Not added: %1</source>
        <translation>Non ajoutée&#xa0;: %1</translation>
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
        <translation>%1 au %2 (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="388"/>
        <source>all requests</source>
        <translation>toutes les requêtes</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="389"/>
        <source>Recommendation&apos;s range %1, scope %2</source>
        <translation>Période de la recommandation %1, périmètre %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="390"/>
        <source>Range %1, scope %2</source>
        <translation>Période %1, périmètre %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="431"/>
        <source>No scenario result</source>
        <translation>Aucun résultat de scénario</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="432"/>
        <source>The what-if scenario could not be computed: %1</source>
        <translation>Impossible de calculer le scénario de simulation&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="458"/>
        <source>Requests without a tenant</source>
        <translation>Requêtes sans client</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="460"/>
        <source>%1 sends %2% of its %3 requests with at most %4 input tokens: route them to %5</source>
        <translation>%1 envoie %2&#xa0;% de ses requêtes %3 d&apos;au plus %4 jetons d&apos;entrée&#xa0;: routez-les vers %5</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="466"/>
        <source>Prompt %1 sends %2 input tokens a request but its cache hit rate is %3%: at %4%</source>
        <translation>Le prompt %1 envoie %2 jetons d&apos;entrée par requête mais son taux de succès du cache est de %3&#xa0;%&#xa0;: à %4&#xa0;%</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="471"/>
        <source>Prompt %1 sends %2 input tokens a request: capped at %3 (check that answers keep the context they need)</source>
        <translation>Le prompt %1 envoie %2 jetons d&apos;entrée par requête&#xa0;: plafonné à %3 (vérifiez que les réponses gardent le contexte nécessaire)</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="482"/>
        <source>%1 — %2 in 30 days</source>
        <translation>%1 — %2 en 30 jours</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="489"/>
        <source>No opportunity found in the last 30 days of data</source>
        <translation>Aucune opportunité sur les 30 derniers jours de données</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="498"/>
        <source>Add a step, open an opportunity or a saved scenario</source>
        <translation>Ajoutez une étape, ouvrez une opportunité ou un scénario enregistré</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="511"/>
        <source>saves %1</source>
        <translation>économise %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="512"/>
        <source>costs %1 more</source>
        <translation>coûte %1 de plus</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="518"/>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="518"/>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="521"/>
        <source>Saves %1 of %2 (%3)</source>
        <translation>Économise %1 sur %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="522"/>
        <source>Costs %1 more than %2 (%3)</source>
        <translation>Coûte %1 de plus que %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/savingspage.cpp" line="525"/>
        <source>(%n requests without a price left out)</source>
        <translation>
            <numerusform>(%n requête sans prix exclue)</numerusform>
            <numerusform>(%n requêtes sans prix exclues)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="539"/>
        <source>Saved scenario %1</source>
        <translation>Scénario %1 enregistré</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="564"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="590"/>
        <source>Nothing to export: the scenario has no result yet</source>
        <translation>Rien à exporter&#xa0;: le scénario n&apos;a pas encore de résultat</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="596"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="599"/>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.cpp" line="599"/>
        <source>Could not write %1</source>
        <translation>Impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/savingspage.h" line="44"/>
        <source>Savings</source>
        <translation>Économies</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::ScatterChart</name>
    <message>
        <location filename="../ui/charts/scatterchart.cpp" line="79"/>
        <source>%1 against %2</source>
        <translation>%1 en fonction de %2</translation>
    </message>
    <message>
        <location filename="../ui/charts/scatterchart.cpp" line="113"/>
        <source>%1 per request</source>
        <translation>%1 par requête</translation>
    </message>
    <message>
        <location filename="../ui/charts/scatterchart.cpp" line="117"/>
        <source>on the Pareto frontier</source>
        <translation>sur la frontière de Pareto</translation>
    </message>
    <message>
        <location filename="../ui/charts/scatterchart.cpp" line="160"/>
        <source>log scale</source>
        <translation>échelle log</translation>
    </message>
    <message>
        <location filename="../ui/charts/scatterchart.cpp" line="183"/>
        <source>Pareto frontier</source>
        <translation>Frontière de Pareto</translation>
    </message>
    <message>
        <location filename="../ui/charts/scatterchart.cpp" line="195"/>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location filename="../ui/charts/scatterchart.cpp" line="200"/>
        <source>On the frontier</source>
        <translation>Sur la frontière</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::SettingsPage</name>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="26"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="32"/>
        <source>Change...</source>
        <translation>Changer...</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="35"/>
        <source>Database:</source>
        <translation>Base de données&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="39"/>
        <location filename="../ui/pages/settingspage.cpp" line="49"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="40"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="41"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="42"/>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="45"/>
        <source>Theme:</source>
        <translation>Thème&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="55"/>
        <source>The language of menus, pages and dialogs; numbers, dates and amounts are written the way it writes them</source>
        <translation>La langue des menus, pages et boîtes de dialogue&#xa0;; les nombres, dates et montants s&apos;écrivent à sa manière</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="59"/>
        <source>Takes effect when Burnrate is restarted.</source>
        <translation>Prend effet au redémarrage de Burnrate.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="64"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="67"/>
        <source>Your name, recorded with your annotations</source>
        <translation>Votre nom, enregistré avec vos annotations</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="68"/>
        <source>Analyst name:</source>
        <translation>Nom de l&apos;analyste&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="71"/>
        <source>Attribution (proxy logs: tenant, team, prompt)</source>
        <translation>Attribution (journaux du proxy&#xa0;: client, équipe, prompt)</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="72"/>
        <source>Billing (provider usage APIs: everything billed)</source>
        <translation>Facturation (API d&apos;usage des fournisseurs&#xa0;: tout ce qui est facturé)</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="75"/>
        <source>Default lens:</source>
        <translation>Vue par défaut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="90"/>
        <source>Currency display:</source>
        <translation>Affichage de la devise&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="92"/>
        <source>Keep running in the system tray when the window is closed</source>
        <translation>Rester actif dans la zone de notification quand la fenêtre est fermée</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="94"/>
        <source>Budget alerts and scheduled polls go on; quit from the tray menu or File &gt; Quit</source>
        <translation>Les alertes budgétaires et les synchronisations planifiées continuent&#xa0;; quittez depuis le menu de la zone de notification ou Fichier &gt; Quitter</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="96"/>
        <source>Alerts:</source>
        <translation>Alertes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="99"/>
        <source>Amounts are stored in USD with nano-dollar precision; the display setting only changes how they are written.</source>
        <translation>Les montants sont stockés en USD avec une précision au nanodollar&#xa0;; ce réglage ne change que leur affichage.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="106"/>
        <source>Cost allocation</source>
        <translation>Imputation des coûts</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="108"/>
        <source>Rules give unowned spend (an API key, project, user or tag without a tenant or team) an owner, in both lenses; model tier thresholds.</source>
        <translation>Les règles donnent un propriétaire aux dépenses sans propriétaire (une clé API, un projet, un utilisateur ou un tag sans client ni équipe), dans les deux vues&#xa0;; seuils des gammes de modèles.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="112"/>
        <source>Allocation &amp;rules...</source>
        <translation>&amp;Règles d&apos;imputation...</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="127"/>
        <source>Database location</source>
        <translation>Emplacement de la base de données</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="128"/>
        <source>Burnrate databases (*.db)</source>
        <translation>Bases de données Burnrate (*.db)</translation>
    </message>
    <message>
        <location filename="../ui/pages/settingspage.h" line="26"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::SourceBanner</name>
    <message>
        <location filename="../ui/widgets/sourcebanner.cpp" line="33"/>
        <source>Open Sources</source>
        <translation>Ouvrir Sources</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sourcebanner.cpp" line="34"/>
        <source>Show the failing sources, their errors and sync logs</source>
        <translation>Afficher les sources en échec, leurs erreurs et journaux de synchronisation</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sourcebanner.cpp" line="39"/>
        <source>Dismiss until another source fails</source>
        <translation>Ignorer jusqu&apos;à l&apos;échec d&apos;une autre source</translation>
    </message>
    <message>
        <location filename="../ui/widgets/sourcebanner.cpp" line="40"/>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
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
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/sourcebanner.cpp" line="72"/>
        <source>1 source failing: %1</source>
        <translation>1 source en échec&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/sourcebanner.cpp" line="72"/>
        <source>%n sources failing: %1</source>
        <translation>
            <numerusform>%n source en échec&#xa0;: %1</numerusform>
            <numerusform>%n sources en échec&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>burnrate::ui::SourceDialog</name>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="37"/>
        <source>OpenAI usage and costs (organization admin API)</source>
        <translation>Usage et coûts OpenAI (API d&apos;administration de l&apos;organisation)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="39"/>
        <source>Anthropic usage and cost reports (admin API)</source>
        <translation>Rapports d&apos;usage et de coûts Anthropic (API d&apos;administration)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="41"/>
        <source>LiteLLM proxy spend logs</source>
        <translation>Journaux de dépenses du proxy LiteLLM</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="43"/>
        <source>LiteLLM proxy Prometheus metrics</source>
        <translation>Métriques Prometheus du proxy LiteLLM</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="45"/>
        <source>Amazon Bedrock token metrics (CloudWatch)</source>
        <translation>Métriques de jetons Amazon Bedrock (CloudWatch)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="47"/>
        <source>AWS Cost Explorer: Bedrock and Lambda costs</source>
        <translation>AWS Cost Explorer&#xa0;: coûts Bedrock et Lambda</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="56"/>
        <source>An OAuth access token with monitoring.read (gcloud auth print-access-token), or the whole JSON key file of a service account with the role Monitoring Viewer: Burnrate signs in with it before each poll.</source>
        <translation>Un jeton d&apos;accès OAuth avec monitoring.read (gcloud auth print-access-token), ou le fichier de clé JSON complet d&apos;un compte de service ayant le rôle Lecteur Monitoring&#xa0;: Burnrate s&apos;en sert pour se connecter avant chaque interrogation.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="67"/>
        <source>Edit source</source>
        <translation>Modifier la source</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="67"/>
        <source>Add source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="74"/>
        <source>e.g. us-east-1 (default: AWS_REGION, else us-east-1)</source>
        <translation>p. ex. us-east-1 (par défaut&#xa0;: AWS_REGION, sinon us-east-1)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="79"/>
        <source>the Google Cloud project id, e.g. acme-prod</source>
        <translation>l&apos;identifiant du projet Google Cloud, p. ex. acme-prod</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="82"/>
        <source>an export file or a folder of them (.csv, .json, .jsonl; .gz too)</source>
        <translation>un fichier d&apos;export ou un dossier de fichiers (.csv, .json, .jsonl&#xa0;; .gz aussi)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="83"/>
        <source>Browse...</source>
        <translation>Parcourir...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="91"/>
        <source>Folder of Cloud Billing export files</source>
        <translation>Dossier des fichiers d&apos;export Cloud Billing</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="96"/>
        <source>Take the monthly free tier off the cost (1M requests, 400,000 GB-s)</source>
        <translation>Déduire l&apos;offre gratuite mensuelle du coût (1&#xa0;M de requêtes, 400&#xa0;000&#xa0;Go-s)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="98"/>
        <source>AWS Lambda&apos;s free tier, shared by all functions and both architectures of the account: leave it off when other functions of the account use it up.</source>
        <translation>L&apos;offre gratuite d&apos;AWS Lambda est partagée par toutes les fonctions et les deux architectures du compte&#xa0;: laissez-la désactivée si d&apos;autres fonctions du compte l&apos;épuisent.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="103"/>
        <source>default for the type, e.g. https://api.openai.com</source>
        <translation>valeur par défaut du type, p. ex. https://api.openai.com</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="108"/>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="235"/>
        <source>e.g. OPENAI_ADMIN_KEY (used when the keychain has no key)</source>
        <translation>p. ex. OPENAI_ADMIN_KEY (utilisée si le trousseau n&apos;a pas de clé)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="111"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="115"/>
        <source>Attribution rules as JSON: how this source&apos;s projects, keys or users map to teams and tenants</source>
        <translation>Règles d&apos;attribution en JSON&#xa0;: comment les projets, clés ou utilisateurs de cette source correspondent aux équipes et clients</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="128"/>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="129"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="130"/>
        <source>Base URL:</source>
        <translation>URL de base&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="131"/>
        <source>Region:</source>
        <translation>Région&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="132"/>
        <source>Project:</source>
        <translation>Projet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="133"/>
        <source>Path:</source>
        <translation>Chemin&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="134"/>
        <source>Free tier:</source>
        <translation>Offre gratuite&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="135"/>
        <source>API key:</source>
        <translation>Clé API&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="136"/>
        <source>Key variable:</source>
        <translation>Variable de la clé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="137"/>
        <source>Interval:</source>
        <translation>Intervalle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="138"/>
        <source>Attribution rules:</source>
        <translation>Règles d&apos;attribution&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="212"/>
        <source>stored in the OS keychain on OK</source>
        <translation>stockée dans le trousseau du système à la validation</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="214"/>
        <source>unchanged (a key is stored in the OS keychain)</source>
        <translation>inchangée (une clé est stockée dans le trousseau du système)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="216"/>
        <source>no key stored: enter one</source>
        <translation>aucune clé stockée&#xa0;: saisissez-en une</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="217"/>
        <source>no key stored: the key variable is used</source>
        <translation>aucune clé stockée&#xa0;: la variable de la clé est utilisée</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="219"/>
        <source>the OS keychain cannot be read (%1): enter the key again or use a key variable</source>
        <translation>le trousseau du système est illisible (%1)&#xa0;: saisissez à nouveau la clé ou utilisez une variable de clé</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="221"/>
        <source>unchanged</source>
        <translation>inchangée</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="223"/>
        <source>no key: the source reads files</source>
        <translation>pas de clé&#xa0;: la source lit des fichiers</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="226"/>
        <source>ACCESS_KEY_ID:SECRET_ACCESS_KEY[:SESSION_TOKEN] - %1</source>
        <translation>ACCESS_KEY_ID:SECRET_ACCESS_KEY[:SESSION_TOKEN] - %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="228"/>
        <source>ID_VAR,SECRET_VAR[,TOKEN_VAR]; empty: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, ~/.aws/credentials</source>
        <translation>ID_VAR,SECRET_VAR[,TOKEN_VAR]&#xa0;; vide&#xa0;: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, ~/.aws/credentials</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="230"/>
        <source>an access token or a service-account JSON key - %1</source>
        <translation>un jeton d&apos;accès ou une clé JSON de compte de service - %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="232"/>
        <source>e.g. GOOGLE_ACCESS_TOKEN, or a variable holding the service-account key&apos;s JSON</source>
        <translation>p. ex. GOOGLE_ACCESS_TOKEN, ou une variable contenant le JSON de la clé du compte de service</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="241"/>
        <source>default: %1</source>
        <translation>par défaut&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="251"/>
        <source>A source needs a name.</source>
        <translation>Une source doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="253"/>
        <source>The base URL must start with https:// (or http:// for a local proxy).</source>
        <translation>L&apos;URL de base doit commencer par https:// (ou http:// pour un proxy local).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="258"/>
        <source>A region looks like us-east-1 or eu-central-1.</source>
        <translation>Une région ressemble à us-east-1 ou eu-central-1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="260"/>
        <source>A Vertex AI source needs the Google Cloud project whose metrics it reads.</source>
        <translation>Une source Vertex AI nécessite le projet Google Cloud dont elle lit les métriques.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="265"/>
        <source>A Google Cloud project id has lower-case letters, digits and hyphens.</source>
        <translation>Un identifiant de projet Google Cloud comporte des minuscules, des chiffres et des traits d&apos;union.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="267"/>
        <source>A Cloud Billing source needs the export file or folder it reads.</source>
        <translation>Une source Cloud Billing nécessite le fichier ou dossier d&apos;export qu&apos;elle lit.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="269"/>
        <source>There is no file or folder at that path.</source>
        <translation>Aucun fichier ni dossier à cet emplacement.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sourcedialog.cpp" line="274"/>
        <source>Attribution rules must be a JSON object: %1</source>
        <translation>Les règles d&apos;attribution doivent être un objet JSON&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::SourceTableModel</name>
    <message>
        <location filename="../ui/models/sourcetablemodel.cpp" line="58"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../ui/models/sourcetablemodel.cpp" line="60"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/models/sourcetablemodel.cpp" line="63"/>
        <source>Demo data</source>
        <translation>Données de démo</translation>
    </message>
    <message>
        <location filename="../ui/models/sourcetablemodel.cpp" line="63"/>
        <source>Imported</source>
        <translation>Importée</translation>
    </message>
    <message>
        <location filename="../ui/models/sourcetablemodel.cpp" line="63"/>
        <source>Kept (not polled)</source>
        <translation>Conservée (non interrogée)</translation>
    </message>
    <message>
        <location filename="../ui/models/sourcetablemodel.cpp" line="64"/>
        <source>Never synced</source>
        <translation>Jamais synchronisée</translation>
    </message>
    <message>
        <location filename="../ui/models/sourcetablemodel.cpp" line="70"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../ui/models/sourcetablemodel.cpp" line="80"/>
        <source>manual</source>
        <translation>manuel</translation>
    </message>
    <message>
        <location filename="../ui/models/sourcetablemodel.cpp" line="80"/>
        <source>not polled</source>
        <translation>non interrogée</translation>
    </message>
    <message>
        <location filename="../ui/models/sourcetablemodel.cpp" line="81"/>
        <source>due now</source>
        <translation>à faire</translation>
    </message>
    <message>
        <location filename="../ui/models/sourcetablemodel.cpp" line="104"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/models/sourcetablemodel.cpp" line="106"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/models/sourcetablemodel.cpp" line="108"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/models/sourcetablemodel.cpp" line="110"/>
        <source>Last success</source>
        <translation>Dernier succès</translation>
    </message>
    <message>
        <location filename="../ui/models/sourcetablemodel.cpp" line="112"/>
        <source>Rows (last run)</source>
        <translation>Lignes (dernière)</translation>
    </message>
    <message>
        <location filename="../ui/models/sourcetablemodel.cpp" line="114"/>
        <source>Next run</source>
        <translation>Prochaine</translation>
    </message>
    <message>
        <location filename="../ui/models/sourcetablemodel.cpp" line="116"/>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::SourcesPage</name>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="34"/>
        <source>Add source...</source>
        <translation>Ajouter une source...</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="35"/>
        <source>Edit...</source>
        <translation>Modifier...</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="36"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="37"/>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="38"/>
        <location filename="../ui/pages/sourcespage.cpp" line="99"/>
        <source>Poll the selected source now; progress and Cancel are in the status bar</source>
        <translation>Interroger maintenant la source sélectionnée&#xa0;; progression et Annuler dans la barre d&apos;état</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="56"/>
        <location filename="../ui/pages/sourcespage.cpp" line="149"/>
        <source>Select a source to see its sync log.</source>
        <translation>Sélectionnez une source pour voir son journal de synchronisation.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="60"/>
        <source>Sync log</source>
        <translation>Journal de synchronisation</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="94"/>
        <source>Select a source to poll it now</source>
        <translation>Sélectionnez une source pour l&apos;interroger maintenant</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="96"/>
        <source>%1 is a %2 source: its data is imported, it cannot be polled</source>
        <translation>%1 est une source %2&#xa0;: ses données sont importées, elle ne peut pas être interrogée</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="129"/>
        <source>The sources could not be loaded: %1</source>
        <translation>Impossible de charger les sources&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="152"/>
        <source>Sync log of %1</source>
        <translation>Journal de synchronisation de %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="190"/>
        <source>The source could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer la source&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="197"/>
        <source>%1 saved; its key is stored in the OS keychain</source>
        <translation>%1 enregistrée&#xa0;; sa clé est stockée dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="202"/>
        <source>%1 was saved, but its key could not be stored in the OS keychain (%2), so it has no key. Name an environment variable that holds it in the Key variable field (Edit...), or make the keychain available and enter the key again.</source>
        <translation>%1 a été enregistrée, mais sa clé n&apos;a pas pu être stockée dans le trousseau du système (%2)&#xa0;: elle n&apos;a donc pas de clé. Indiquez une variable d&apos;environnement qui la contient dans le champ Variable de la clé (Modifier...), ou rendez le trousseau disponible et saisissez à nouveau la clé.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="206"/>
        <source>%1 was saved, but its key could not be stored in the OS keychain (%2). Syncs read the key from the environment variable %3 instead.</source>
        <translation>%1 a été enregistrée, mais sa clé n&apos;a pas pu être stockée dans le trousseau du système (%2). Les synchronisations lisent plutôt la clé dans la variable d&apos;environnement %3.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="224"/>
        <location filename="../ui/pages/sourcespage.cpp" line="270"/>
        <source>The source could not be removed: %1</source>
        <translation>Impossible de supprimer la source&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="234"/>
        <source>It holds no data.</source>
        <translation>Elle ne contient aucune donnée.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="238"/>
        <source>Requests: %1 (%2)</source>
        <translation>Requêtes&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="240"/>
        <source>Provider usage buckets: %1 (%2 requests, %3)</source>
        <translation>Lots d&apos;usage fournisseur&#xa0;: %1 (%2 requêtes, %3)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="244"/>
        <source>Cost lines: %1 (%2)</source>
        <translation>Lignes de coût&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="246"/>
        <source>Annotations: %1</source>
        <translation>Annotations&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="248"/>
        <source>Sync log entries: %1</source>
        <translation>Entrées du journal de synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="249"/>
        <source>It holds:</source>
        <translation>Elle contient&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="254"/>
        <source>Remove source</source>
        <translation>Supprimer la source</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="254"/>
        <source>Remove %1 and delete its data?</source>
        <translation>Supprimer %1 et effacer ses données&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="257"/>
        <source>Totals drop by this amount, and adding the source again starts from nothing. Its key is removed from the keychain.</source>
        <translation>Les totaux baissent de ce montant, et ajouter à nouveau la source repart de zéro. Sa clé est retirée du trousseau.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sourcespage.cpp" line="50"/>
        <location filename="../ui/pages/sourcespage.h" line="33"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::SyncLogModel</name>
    <message>
        <location filename="../ui/models/synclogmodel.cpp" line="44"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../ui/models/synclogmodel.cpp" line="46"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/models/synclogmodel.cpp" line="49"/>
        <source>%1 to %2</source>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <location filename="../ui/models/synclogmodel.cpp" line="77"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../ui/models/synclogmodel.cpp" line="79"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../ui/models/synclogmodel.cpp" line="81"/>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <location filename="../ui/models/synclogmodel.cpp" line="83"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../ui/models/synclogmodel.cpp" line="85"/>
        <source>Inserted</source>
        <translation>Insérées</translation>
    </message>
    <message>
        <location filename="../ui/models/synclogmodel.cpp" line="87"/>
        <source>Updated</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <location filename="../ui/models/synclogmodel.cpp" line="89"/>
        <source>Removed</source>
        <translation>Supprimées</translation>
    </message>
    <message>
        <location filename="../ui/models/synclogmodel.cpp" line="91"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::TimeBarChart</name>
    <message>
        <location filename="../ui/charts/timebarchart.cpp" line="144"/>
        <source>Bucket total: %1</source>
        <translation>Total de l&apos;intervalle&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/timebarchart.cpp" line="157"/>
        <source>Total: %1</source>
        <translation>Total&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/timebarchart.cpp" line="402"/>
        <source> (%1 of the bucket)</source>
        <translation> (%1 de l&apos;intervalle)</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::WaterfallChart</name>
    <message>
        <location filename="../ui/charts/waterfallchart.cpp" line="104"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../ui/charts/waterfallchart.cpp" line="107"/>
        <source>Saving</source>
        <translation>Économie</translation>
    </message>
    <message>
        <location filename="../ui/charts/waterfallchart.cpp" line="110"/>
        <source>Increase</source>
        <translation>Hausse</translation>
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
        <translation>Bienvenue dans Burnrate</translation>
    </message>
    <message>
        <location filename="../ui/widgets/welcomepanel.cpp" line="33"/>
        <source>This database is empty. Bring in your LLM usage to see where the money goes: per model, prompt, tenant and team.</source>
        <translation>Cette base de données est vide. Importez votre usage LLM pour voir où va l&apos;argent&#xa0;: par modèle, prompt, client et équipe.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/welcomepanel.cpp" line="41"/>
        <source>Connect a source</source>
        <translation>Connecter une source</translation>
    </message>
    <message>
        <location filename="../ui/widgets/welcomepanel.cpp" line="42"/>
        <source>OpenAI, Anthropic, LiteLLM, AWS Bedrock and Lambda, Google Cloud Billing or Vertex AI, polled on a schedule.</source>
        <translation>OpenAI, Anthropic, LiteLLM, AWS Bedrock et Lambda, Google Cloud Billing ou Vertex AI, interrogés selon un planning.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/welcomepanel.cpp" line="47"/>
        <source>Import logs</source>
        <translation>Importer des journaux</translation>
    </message>
    <message>
        <location filename="../ui/widgets/welcomepanel.cpp" line="47"/>
        <source>Request logs as JSON Lines or CSV, Bedrock invocation logs, LiteLLM exports.</source>
        <translation>Journaux de requêtes en JSON Lines ou CSV, journaux d&apos;invocation Bedrock, exports LiteLLM.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/welcomepanel.cpp" line="49"/>
        <source>Explore the demo dataset</source>
        <translation>Explorer le jeu de démo</translation>
    </message>
    <message>
        <location filename="../ui/widgets/welcomepanel.cpp" line="50"/>
        <source>Ninety days of realistic traffic in a separate database; your own database stays as it is.</source>
        <translation>Quatre-vingt-dix jours de trafic réaliste dans une base séparée&#xa0;; votre propre base reste inchangée.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/welcomepanel.cpp" line="61"/>
        <source>Go to the empty dashboard</source>
        <translation>Aller au tableau de bord vide</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::WhatIfStepModel</name>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="21"/>
        <source>(no prompt)</source>
        <translation>(sans prompt)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/whatifstepmodel.cpp" line="47"/>
        <source>Route %1 to %2, requests of at most %Ln input tokens</source>
        <translation>
            <numerusform>Router %1 vers %2, requêtes d&apos;au plus %Ln jeton d&apos;entrée</numerusform>
            <numerusform>Router %1 vers %2, requêtes d&apos;au plus %Ln jetons d&apos;entrée</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="49"/>
        <source>Route %1 to %2</source>
        <translation>Router %1 vers %2</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="51"/>
        <source>Prompt cache hit rate of %1 at %2</source>
        <translation>Taux de succès du cache de prompts de %1 à %2</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="53"/>
        <source>Response cache hit rate of %1 at %2</source>
        <translation>Taux de succès du cache de réponses de %1 à %2</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="55"/>
        <source>Batch prices for %1 %2</source>
        <translation>Prix batch pour %1 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/whatifstepmodel.cpp" line="57"/>
        <source>Cap %1 at %Ln input tokens</source>
        <translation>
            <numerusform>Plafonner %1 à %Ln jeton d&apos;entrée</numerusform>
            <numerusform>Plafonner %1 à %Ln jetons d&apos;entrée</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="60"/>
        <source>Lambda %1 at %2 MB on arm64</source>
        <translation>Lambda %1 à %2 Mo sur arm64</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="60"/>
        <source>Lambda %1 at %2 MB on x86_64</source>
        <translation>Lambda %1 à %2 Mo sur x86_64</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="63"/>
        <source>Lambda %1 at %2 MB</source>
        <translation>Lambda %1 à %2 Mo</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="78"/>
        <source>%1 on %2: eval pass rate %3 (95% interval %4 to %5, n=%6), acceptance %7 (%8 to %9, n=%10)</source>
        <translation>%1 sur %2&#xa0;: taux de réussite des évaluations %3 (intervalle à 95&#xa0;% %4 à %5, n=%6), acceptation %7 (%8 à %9, n=%10)</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="84"/>
        <source>%1 on %2: eval pass rate %3 (95% interval %4 to %5, n=%6), no human judgements</source>
        <translation>%1 sur %2&#xa0;: taux de réussite des évaluations %3 (intervalle à 95&#xa0;% %4 à %5, n=%6), aucun jugement humain</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="88"/>
        <source>%1 on %2: acceptance %3 (95% interval %4 to %5, n=%6), no eval results</source>
        <translation>%1 sur %2&#xa0;: acceptation %3 (intervalle à 95&#xa0;% %4 à %5, n=%6), aucun résultat d&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="91"/>
        <source>%1 on %2: no quality evidence for this pairing</source>
        <translation>%1 sur %2&#xa0;: aucune donnée de qualité pour cette association</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="106"/>
        <source>No request moved: no quality evidence for this pairing</source>
        <translation>Aucune requête déplacée&#xa0;: aucune donnée de qualité pour cette association</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="110"/>
        <source>Same model and answers; the prompt may need a stable prefix to reach this hit rate</source>
        <translation>Même modèle, mêmes réponses&#xa0;; le prompt peut nécessiter un préfixe stable pour atteindre ce taux de succès</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="112"/>
        <source>Repeated answers: stale for prompts whose answer should change</source>
        <translation>Réponses répétées&#xa0;: obsolètes pour les prompts dont la réponse doit changer</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="114"/>
        <source>Same model and answers, delivered within 24 hours instead of at once</source>
        <translation>Même modèle, mêmes réponses, livrées sous 24 heures au lieu d&apos;immédiatement</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="116"/>
        <source>Answers lose the context that is cut: check the prompt&apos;s evals before capping</source>
        <translation>Les réponses perdent le contexte coupé&#xa0;: vérifiez les évaluations du prompt avant de plafonner</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="118"/>
        <source>Same answers; billed duration held as it was (it may change with memory)</source>
        <translation>Mêmes réponses&#xa0;; durée facturée inchangée (elle peut varier avec la mémoire)</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="129"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="133"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/whatifstepmodel.cpp" line="176"/>
        <source>%1 (and %n more prompts)</source>
        <translation>
            <numerusform>%1 (et %n autre prompt)</numerusform>
            <numerusform>%1 (et %n autres prompts)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="219"/>
        <source>Requests (or Lambda invocations) whose cost the step changed</source>
        <translation>Requêtes (ou invocations Lambda) dont l&apos;étape a modifié le coût</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="224"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="226"/>
        <source>Changed</source>
        <translation>Modifiées</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="228"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="230"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="232"/>
        <source>Saving</source>
        <translation>Économie</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="234"/>
        <source>Saving %</source>
        <translation>Économie %</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifstepmodel.cpp" line="236"/>
        <source>Quality risk</source>
        <translation>Risque qualité</translation>
    </message>
</context>
<context>
    <name>burnrate::ui::chartstyle</name>
    <message>
        <location filename="../ui/charts/chartstyle.cpp" line="205"/>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartstyle.cpp" line="224"/>
        <source>Chart of %1</source>
        <translation>Graphique de %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartstyle.cpp" line="226"/>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/chartstyle.cpp" line="227"/>
        <source>%n series: %1</source>
        <translation>
            <numerusform>%n série&#xa0;: %1</numerusform>
            <numerusform>%n séries&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
</TS>
