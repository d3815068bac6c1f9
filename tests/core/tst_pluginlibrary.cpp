#include "core/import/documentloader.h"
#include "core/import/pluginimporter.h"
#include "core/import/pluginlibrary.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPluginLibrary : public QObject
{
    Q_OBJECT

private slots:
    void resolvesTheBuiltModule()
    {
        QString error;
        void *factory = PluginLibrary::resolve(u"synoptic-pdfimport"_s, "synoptic_create_pdf_importer", &error);
        QVERIFY2(factory, qPrintable(error));
    }

    void missingModuleOrSymbolIsAMessage()
    {
        QString error;
        QVERIFY(!PluginLibrary::resolve(u"synoptic-no-such-module"_s, "anything", &error));
        QCOMPARE(error, u"the module synoptic-no-such-module is not installed"_s);
        QVERIFY(!PluginLibrary::resolve(u"synoptic-pdfimport"_s, "no_such_symbol", &error));
        QVERIFY2(error.contains(u"no_such_symbol"_s), qPrintable(error));
    }

    void importerWithoutItsModuleFailsWithAReason()
    {
        const PluginImporter importer(u"synoptic-no-such-module"_s, "factory");
        const Extraction e = importer.extract("%PDF-1.4", u"a.pdf"_s, {});
        QVERIFY(!e.ok());
        QCOMPARE(e.error, u"support for this format could not be loaded (the module synoptic-no-such-module is "
                          "not installed)"_s);
        // Asked again, the same answer without another search.
        QCOMPARE(importer.extract("%PDF-1.4", u"a.pdf"_s, {}).error, e.error);
    }

    void pdfGoesThroughTheModule()
    {
        const LoadResult r = DocumentLoader().load(QStringLiteral(SYNOPTIC_TEST_DATA "/import/pdf/groff-article.pdf"));
        QVERIFY2(r.ok(), qPrintable(r.failure.message()));
        QCOMPARE(r.document->title, u"Council Approves New Footbridge"_s);
    }
};

QTEST_APPLESS_MAIN(TestPluginLibrary)
#include "tst_pluginlibrary.moc"
