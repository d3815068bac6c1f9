#include "core/align/aligner.h"
#include "tests/common/testdocuments.h"
#include "tests/common/testprinters.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The changed facts of two one-paragraph articles read in `language`, through the whole
// engine (segmentation, alignment, word diff, fact stage), as "kind aText|bText".
QStringList changedFacts(const QString &language, const QString &a, const QString &b)
{
    AlignOptions options;
    options.language = language;
    const std::optional<Comparison> c
        = Aligner::align({TestDocuments::fromParagraphs({a}, u"a.txt"_s), TestDocuments::fromParagraphs({b}, u"b.txt"_s)},
                         options);
    if (!c)
        qFatal("alignment cancelled");
    QStringList out;
    for (const Link &l : c->links) {
        for (const FactChange &f : l.facts) {
            out << nameOf(f.kind) + u' ' + c->documents[size_t(l.ends[0].doc)].slice(f.spans[0]).toString() + u'|'
                    + c->documents[size_t(l.ends[1].doc)].slice(f.spans[1]).toString();
        }
    }
    return out;
}

} // namespace

// Issue 11's languages: numbers with what they count, spelled-out numbers (ICU's spell-out rules
// of the language), dates and weekdays, each once changed (flagged) and once written otherwise
// (no flag), in short news sentences.
class TestFactLanguages : public QObject
{
    Q_OBJECT

private slots:
    void facts_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("en count changed") << u"en"_s << u"The quake killed 12 people and injured 40 in the city, officials said."_s
                                          << u"The quake killed 15 people and injured 40 in the city, officials said."_s
                                          << QStringList{u"number 12|15"_s};
        QTest::newRow("en spelled changed") << u"en"_s << u"Rescuers found three survivors under the rubble of the school."_s
                                            << u"Rescuers found five survivors under the rubble of the school."_s
                                            << QStringList{u"number three|five"_s};
        QTest::newRow("en spelled and digits") << u"en"_s << u"Rescuers found three survivors under the rubble of the school."_s
                                               << u"Rescuers found 3 survivors under the rubble of the school."_s << QStringList();
        QTest::newRow("en date changed") << u"en"_s << u"The summit will open on March 8 in Geneva, the ministry said."_s
                                         << u"The summit will open on March 9 in Geneva, the ministry said."_s
                                         << QStringList{u"date March 8|March 9"_s};
        QTest::newRow("en date order") << u"en"_s << u"The summit will open on March 8 in Geneva, the ministry said."_s
                                       << u"The summit will open on 8 March in Geneva, the ministry said."_s << QStringList();

        QTest::newRow("pt count changed") << u"pt"_s << u"O terremoto deixou 12 mortos e 40 feridos na cidade, segundo a Defesa Civil."_s
                                          << u"O terremoto deixou 15 mortos e 40 feridos na cidade, segundo a Defesa Civil."_s
                                          << QStringList{u"number 12|15"_s};
        QTest::newRow("pt spelled changed") << u"pt"_s << u"Os bombeiros resgataram três sobreviventes dos escombros da escola."_s
                                            << u"Os bombeiros resgataram cinco sobreviventes dos escombros da escola."_s
                                            << QStringList{u"number três|cinco"_s};
        QTest::newRow("pt spelled and digits") << u"pt"_s << u"Os bombeiros resgataram três sobreviventes dos escombros da escola."_s
                                               << u"Os bombeiros resgataram 3 sobreviventes dos escombros da escola."_s
                                               << QStringList();
        QTest::newRow("pt date changed") << u"pt"_s << u"A cúpula começa em 8 de março em Genebra, informou o ministério."_s
                                         << u"A cúpula começa em 9 de março em Genebra, informou o ministério."_s
                                         << QStringList{u"date 8 de março|9 de março"_s};
        QTest::newRow("pt weekday changed") << u"pt"_s << u"A votação no Senado ficou marcada para terça-feira, disse o relator."_s
                                            << u"A votação no Senado ficou marcada para quarta-feira, disse o relator."_s
                                            << QStringList{u"date terça-feira|quarta-feira"_s};

        QTest::newRow("de count changed") << u"de"_s << u"Bei dem Erdbeben kamen 12 Menschen ums Leben, 40 wurden verletzt."_s
                                          << u"Bei dem Erdbeben kamen 15 Menschen ums Leben, 40 wurden verletzt."_s
                                          << QStringList{u"number 12|15"_s};
        QTest::newRow("de spelled changed") << u"de"_s << u"Die Feuerwehr rettete drei Überlebende aus den Trümmern der Schule."_s
                                            << u"Die Feuerwehr rettete fünf Überlebende aus den Trümmern der Schule."_s
                                            << QStringList{u"number drei|fünf"_s};
        QTest::newRow("de spelled and digits") << u"de"_s << u"Die Feuerwehr rettete drei Überlebende aus den Trümmern der Schule."_s
                                               << u"Die Feuerwehr rettete 3 Überlebende aus den Trümmern der Schule."_s
                                               << QStringList();
        QTest::newRow("de approximate") << u"de"_s << u"Die Polizei nahm 1.200 Demonstranten in der Innenstadt fest."_s
                                        << u"Die Polizei nahm rund 1.000 Demonstranten in der Innenstadt fest."_s
                                        << QStringList{u"number 1.200|rund 1.000"_s};
        QTest::newRow("de month changed") << u"de"_s << u"Der Gipfel soll im März 2025 in Genf stattfinden, teilte das Ministerium mit."_s
                                          << u"Der Gipfel soll im April 2025 in Genf stattfinden, teilte das Ministerium mit."_s
                                          << QStringList{u"date März 2025|April 2025"_s};
        // "am 8. März" is one date, not a sentence ending in "8." (the segmenter keeps it whole).
        QTest::newRow("de day changed") << u"de"_s << u"Der Gipfel beginnt am 8. März in Genf, teilte das Ministerium mit."_s
                                        << u"Der Gipfel beginnt am 9. März in Genf, teilte das Ministerium mit."_s
                                        << QStringList{u"date 8. März|9. März"_s};
        QTest::newRow("de weekday changed") << u"de"_s << u"Die Abstimmung im Bundestag ist für Dienstag angesetzt, sagte ein Sprecher."_s
                                            << u"Die Abstimmung im Bundestag ist für Mittwoch angesetzt, sagte ein Sprecher."_s
                                            << QStringList{u"date Dienstag|Mittwoch"_s};

        QTest::newRow("ja count changed") << u"ja"_s << u"警察によると、地震で12人が死亡し、40人が負傷した。"_s
                                          << u"警察によると、地震で15人が死亡し、40人が負傷した。"_s
                                          << QStringList{u"number 12|15"_s};
        QTest::newRow("ja numeral changed") << u"ja"_s << u"警察によると、地震で三人が死亡し、40人が負傷した。"_s
                                            << u"警察によると、地震で五人が死亡し、40人が負傷した。"_s
                                            << QStringList{u"number 三|五"_s};
        QTest::newRow("ja numeral and digits") << u"ja"_s << u"警察によると、地震で三人が死亡し、40人が負傷した。"_s
                                               << u"警察によると、地震で3人が死亡し、40人が負傷した。"_s << QStringList();
        QTest::newRow("ja myriads") << u"ja"_s << u"国防省は、兵士1万2000人を前線に派遣したと発表した。"_s
                                    << u"国防省は、兵士1万人を前線に派遣したと発表した。"_s
                                    << QStringList{u"number 1万2000|1万"_s};
        QTest::newRow("ja myriads written otherwise") << u"ja"_s << u"国防省は、兵士1万2000人を前線に派遣したと発表した。"_s
                                                      << u"国防省は、兵士一万二千人を前線に派遣したと発表した。"_s
                                                      << QStringList();
        QTest::newRow("ja date changed") << u"ja"_s << u"首相は3月8日に東京で記者会見を開いた。"_s
                                         << u"首相は3月9日に東京で記者会見を開いた。"_s
                                         << QStringList{u"date 3月8日|3月9日"_s};
        QTest::newRow("ja date spaced") << u"ja"_s << u"首相は2025年3月8日に東京で記者会見を開いた。"_s
                                        << u"首相は2025年3月 8日に東京で記者会見を開いた。"_s << QStringList();
        QTest::newRow("ja date in numerals") << u"ja"_s << u"首相は3月8日に東京で記者会見を開いた。"_s
                                             << u"首相は三月八日に東京で記者会見を開いた。"_s << QStringList();
        QTest::newRow("ja weekday changed") << u"ja"_s << u"政府は、首脳会談が火曜日に東京で開かれると発表した。"_s
                                            << u"政府は、首脳会談が水曜日に東京で開かれると発表した。"_s
                                            << QStringList{u"date 火曜日|水曜日"_s};
        QTest::newRow("ja numeral inside a word") << u"ja"_s << u"政府は統一見解を閣議で決定した。"_s
                                                  << u"政府は一般見解を閣議で決定した。"_s << QStringList();

        QTest::newRow("zh numeral changed") << u"zh"_s << u"据新华社报道，地震造成三人死亡，四十人受伤。"_s
                                            << u"据新华社报道，地震造成五人死亡，四十人受伤。"_s
                                            << QStringList{u"number 三|五"_s};
        QTest::newRow("zh numeral and digits") << u"zh"_s << u"据新华社报道，地震造成三人死亡，十二人受伤。"_s
                                               << u"据新华社报道，地震造成3人死亡，12人受伤。"_s << QStringList();
        QTest::newRow("zh date changed") << u"zh"_s << u"国务院总理于3月8日在北京举行记者会。"_s
                                         << u"国务院总理于3月9日在北京举行记者会。"_s
                                         << QStringList{u"date 3月8日|3月9日"_s};
        QTest::newRow("zh date in numerals") << u"zh"_s << u"国务院总理于三月八日在北京举行记者会。"_s
                                             << u"国务院总理于3月8日在北京举行记者会。"_s << QStringList();
        QTest::newRow("zh weekday changed") << u"zh"_s << u"政府宣布，首脑会议将于星期二在北京举行。"_s
                                            << u"政府宣布，首脑会议将于星期三在北京举行。"_s
                                            << QStringList{u"date 星期二|星期三"_s};
    }

    void facts()
    {
        QFETCH(QString, language);
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(QStringList, expected);
        QCOMPARE(changedFacts(language, a, b), expected);
    }
};

QTEST_APPLESS_MAIN(TestFactLanguages)
#include "tst_factlanguages.moc"
