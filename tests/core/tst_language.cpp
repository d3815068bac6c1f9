// Language identification, Snowball stemming and function words per language.

#include "core/text/functionwords.h"
#include "core/text/languageidentifier.h"
#include "core/text/languagenames.h"
#include "core/text/stemmer.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void identify_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::newRow("English")
            << u"The council approved the budget on Tuesday after a long debate about schools, roads "
               u"and the new hospital that the city has been planning for years."_s
            << u"en"_s;
        QTest::newRow("Portuguese") << u"Nove pessoas morreram e outras 25 ficaram feridas nesta segunda-feira em uma "
                                       u"explosão ocorrida em um mercado de Moscou, informou a polícia."_s
                                    << u"pt"_s;
        QTest::newRow("German")
            << u"Der Stadtrat hat am Dienstag nach einer langen Debatte über Schulen, Straßen und das "
               u"neue Krankenhaus den Haushalt beschlossen."_s
            << u"de"_s;
        QTest::newRow("too short") << u"Yes."_s << QString();
        QTest::newRow("one short headline") << u"Castro celebrates 86th birthday"_s << QString();
    }

    void identify()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QCOMPARE(LanguageIdentifier::identify(text), language);
    }

    void stem_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("en inflection") << u"en"_s << u"struggling"_s << u"struggle"_s << true;
        QTest::newRow("en different words") << u"en"_s << u"bombing"_s << u"bomber"_s << false;
        QTest::newRow("pt plural") << u"pt"_s << u"mortos"_s << u"morto"_s << true;
        QTest::newRow("pt gender") << u"pt"_s << u"feridos"_s << u"ferida"_s << true;
        QTest::newRow("de umlaut plural") << u"de"_s << u"häuser"_s << u"haus"_s << true;
        QTest::newRow("region subtag") << u"pt-BR"_s << u"feridas"_s << u"feridos"_s << true;
        QTest::newRow("no algorithm: unchanged") << u"xx"_s << u"walking"_s << u"walk"_s << false;
    }

    void stem()
    {
        QFETCH(QString, language);
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        const Stemmer stemmer(language);
        QCOMPARE(stemmer.stem(a) == stemmer.stem(b), same);
    }

    void functionWords()
    {
        QVERIFY(FunctionWords::of(u"pt").contains(u"de"_s));
        QVERIFY(FunctionWords::of(u"pt-BR").contains(u"não"_s));
        QVERIFY(!FunctionWords::of(u"pt").contains(u"explosão"_s));
        QVERIFY(FunctionWords::of(u"en").contains(u"the"_s));
        QVERIFY(!FunctionWords::of(u"en").contains(u"de"_s));
        QVERIFY(FunctionWords::of(u"xx").isEmpty());
        // The same list each time: parsed once, kept for the process.
        QCOMPARE(&FunctionWords::of(u"de"), &FunctionWords::of(u"de-AT"));
    }

    // What the window offers to read an article in: every code the stemmer accepts, no more.
    void readableLanguages()
    {
        const QStringList &codes = LanguageNames::readable();
        for (const QString &code : {u"de"_s, u"en"_s, u"es"_s, u"fr"_s, u"pt"_s, u"ru"_s})
            QVERIFY2(codes.contains(code), qPrintable(code));
        QVERIFY(!codes.contains(u"ja"_s)); // Snowball has no Japanese
        QVERIFY(std::is_sorted(codes.begin(), codes.end()));
        for (const QString &code : codes)
            QVERIFY2(Stemmer(code).isAvailable(), qPrintable(code));
    }

    void displayNames_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("name");
        QTest::newRow("English") << u"pt"_s << u"en"_s << u"Portuguese"_s;
        QTest::newRow("German") << u"en"_s << u"de"_s << u"Englisch"_s;
        QTest::newRow("Portuguese, capitalised") << u"en"_s << u"pt"_s << u"Inglês"_s;
        QTest::newRow("region") << u"pt-BR"_s << u"en"_s << u"Portuguese (Brazil)"_s;
        QTest::newRow("empty") << QString() << u"en"_s << QString();
        QTest::newRow("unknown") << u"qq"_s << u"en"_s << QString();
    }

    void displayNames()
    {
        QFETCH(QString, code);
        QFETCH(QString, in);
        QFETCH(QString, name);
        QCOMPARE(LanguageNames::displayName(code, in), name);
    }
};

QTEST_APPLESS_MAIN(TestLanguage)
#include "tst_language.moc"
