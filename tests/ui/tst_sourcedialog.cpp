// The source dialog offers every type of the registry, and the settings a type needs: a region for the AWS
// types, a project for Vertex AI; what it returns carries them in the source's config.
#include "ui/dialogs/sourcedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace burnrate;
using namespace burnrate::ui;

class TestSourceDialog : public QObject
{
    Q_OBJECT
private slots:
    void offersWhatEachTypeNeeds_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("project");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("config");
        QTest::newRow("openai") << "openai"
                                << ""
                                << "" << true << "{}";
        QTest::newRow("bedrock with region") << "bedrock"
                                             << "eu-central-1"
                                             << "" << true << R"({"region":"eu-central-1"})";
        QTest::newRow("bedrock default region") << "bedrock"
                                                << ""
                                                << "" << true << "{}";
        QTest::newRow("bedrock bad region") << "bedrock"
                                            << "Frankfurt"
                                            << "" << false << "";
        QTest::newRow("vertex with project") << "vertex"
                                             << ""
                                             << "acme-prod" << true << R"({"project":"acme-prod"})";
        QTest::newRow("vertex without project") << "vertex"
                                                << ""
                                                << "" << false << "";
        QTest::newRow("vertex bad project") << "vertex"
                                            << ""
                                            << "Acme Prod!" << false << "";
        QTest::newRow("aws-costs (global)") << "aws-costs"
                                            << ""
                                            << "" << true << "{}";
    }
    // gcp-billing reads files: a path (that exists) instead of a key, a base URL or a key variable.
    void gcpBillingWantsAPath()
    {
        SourceDialog dlg(nullptr);
        auto* types = dlg.findChild<QComboBox*>(QStringLiteral("sourceType"));
        auto* name = dlg.findChild<QLineEdit*>(QStringLiteral("sourceName"));
        auto* path = dlg.findChild<QLineEdit*>(QStringLiteral("sourcePath"));
        auto* problem = dlg.findChild<QLabel*>(QStringLiteral("sourceProblem"));
        QVERIFY(types && name && path && problem);
        QVERIFY(!path->isEnabled()); // openai first
        types->setCurrentIndex(types->findData(QStringLiteral("gcp-billing")));
        QVERIFY(types->currentIndex() >= 0);
        QVERIFY(path->isEnabled());
        name->setText(QStringLiteral("invoice"));
        QVERIFY(!problem->text().isEmpty()); // no path yet
        path->setText(QStringLiteral("/nonexistent/exports"));
        QVERIFY(!problem->text().isEmpty());
        QTemporaryDir dir;
        path->setText(dir.path());
        QVERIFY2(problem->text().isEmpty(), qPrintable(problem->text()));
        const SourceInfo s = dlg.source();
        QCOMPARE(QString::fromStdString(s.type), QStringLiteral("gcp-billing"));
        QCOMPARE(QJsonDocument::fromJson(QByteArray::fromStdString(s.configJson))
                     .object()
                     .value(QStringLiteral("path"))
                     .toString(),
            QFileInfo(dir.path()).absoluteFilePath());
        QVERIFY(dlg.secret().isEmpty());
        QVERIFY(s.keyEnv.empty());
    }

    // lambda: the free-tier checkbox (only for lambda) becomes "free_tier": true in the config, is shown again
    // when the source is edited, and unticking it removes the setting.
    void lambdaOffersTheFreeTier()
    {
        SourceDialog dlg(nullptr);
        auto* types = dlg.findChild<QComboBox*>(QStringLiteral("sourceType"));
        auto* name = dlg.findChild<QLineEdit*>(QStringLiteral("sourceName"));
        auto* freeTier = dlg.findChild<QCheckBox*>(QStringLiteral("sourceFreeTier"));
        QVERIFY(types && name && freeTier);
        QVERIFY(!freeTier->isEnabled()); // openai first
        types->setCurrentIndex(types->findData(QStringLiteral("bedrock")));
        QVERIFY(!freeTier->isEnabled());
        types->setCurrentIndex(types->findData(QStringLiteral("lambda")));
        QVERIFY(freeTier->isEnabled());
        name->setText(QStringLiteral("fn"));
        freeTier->setChecked(true);
        SourceInfo s = dlg.source();
        QCOMPARE(QString::fromStdString(s.configJson), QStringLiteral(R"({"free_tier":true})"));
        s.name = "fn";
        SourceDialog edit(&s);
        auto* again = edit.findChild<QCheckBox*>(QStringLiteral("sourceFreeTier"));
        QVERIFY(again && again->isEnabled() && again->isChecked());
        again->setChecked(false);
        QCOMPARE(QString::fromStdString(edit.source().configJson), QStringLiteral("{}"));
        // Another type never carries it, even if the rules text had it.
        types->setCurrentIndex(types->findData(QStringLiteral("bedrock")));
        QVERIFY(QString::fromStdString(dlg.source().configJson).indexOf(QLatin1String("free_tier")) < 0);
    }

    // A service-account key file pasted into the key field (several lines, as Google writes it) reaches the
    // keychain as JSON that still parses, with its private key intact.
    void keepsAPastedServiceAccountKey()
    {
        SourceDialog dlg(nullptr);
        auto* types = dlg.findChild<QComboBox*>(QStringLiteral("sourceType"));
        auto* key = dlg.findChild<QLineEdit*>(QStringLiteral("sourceKey"));
        QVERIFY(types && key);
        types->setCurrentIndex(types->findData(QStringLiteral("vertex")));
        const QString file = QStringLiteral(
            "{\n  \"type\": \"service_account\",\n  \"client_email\": \"r@p.iam.gserviceaccount.com\",\n"
            "  \"private_key\": \"-----BEGIN PRIVATE KEY-----\\nMIIEv\\n-----END PRIVATE KEY-----\\n\"\n}\n");
        key->insert(file);
        const QJsonObject o = QJsonDocument::fromJson(dlg.secret().toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("service_account"));
        QCOMPARE(o.value(QStringLiteral("private_key")).toString(),
            QStringLiteral("-----BEGIN PRIVATE KEY-----\nMIIEv\n-----END PRIVATE KEY-----\n"));
    }

    void offersWhatEachTypeNeeds()
    {
        QFETCH(QString, type);
        QFETCH(QString, region);
        QFETCH(QString, project);
        QFETCH(bool, ok);
        QFETCH(QString, config);
        SourceDialog dlg(nullptr);
        QVERIFY(SourceDialog::sourceTypes().contains(QStringLiteral("bedrock")));
        QVERIFY(SourceDialog::sourceTypes().contains(QStringLiteral("lambda")));
        auto* types = dlg.findChild<QComboBox*>(QStringLiteral("sourceType"));
        auto* name = dlg.findChild<QLineEdit*>(QStringLiteral("sourceName"));
        auto* regionEdit = dlg.findChild<QLineEdit*>(QStringLiteral("sourceRegion"));
        auto* projectEdit = dlg.findChild<QLineEdit*>(QStringLiteral("sourceProject"));
        auto* problem = dlg.findChild<QLabel*>(QStringLiteral("sourceProblem"));
        QVERIFY(types && name && regionEdit && projectEdit && problem);
        types->setCurrentIndex(types->findData(type));
        QCOMPARE(types->currentData().toString(), type);
        QCOMPARE(regionEdit->isEnabled(), type == QLatin1String("bedrock") || type == QLatin1String("lambda"));
        QCOMPARE(projectEdit->isEnabled(), type == QLatin1String("vertex"));
        name->setText(QStringLiteral("src"));
        if (regionEdit->isEnabled())
            regionEdit->setText(region);
        if (projectEdit->isEnabled())
            projectEdit->setText(project);
        QCOMPARE(problem->text().isEmpty(), ok);
        if (ok) {
            const SourceInfo s = dlg.source();
            QCOMPARE(QString::fromStdString(s.type), type);
            QCOMPARE(QString::fromStdString(s.configJson), config);
        }
    }
};

QTEST_MAIN(TestSourceDialog)
#include "tst_sourcedialog.moc"
