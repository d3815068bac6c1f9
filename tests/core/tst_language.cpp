// Language identification, Snowball stemming and function words per language.

#include "core/text/functionwords.h"
#include "core/text/languageidentifier.h"
#include "core/text/languagenames.h"
#include "core/text/stemmer.h"

#include "tests/common/testfiles.h"

#include <QDirIterator>
#include <QTest>

#include <algorithm>
#include <memory>

#include <textcat.h>

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

    // LanguageIdentifier compares a text only with the models of its scripts, the language found
    // last first: the answer must stay textcat_Classify's own. Every text of the test data (all
    // formats' sources, English, Portuguese, the encodings' samples, hostile input) in slices of
    // several lengths and places, and sentences in other scripts and languages, in turn, so
    // that "the language found last" changes all the time.
    void sameAnswerAsTheLibrary()
    {
        const std::unique_ptr<void, void (*)(void *)> library(
            special_textcat_Init(SYNOPTIC_TEXTCAT_DIR "/fpdb.conf", SYNOPTIC_TEXTCAT_DIR "/"), textcat_Done);
        QVERIFY(library);
        textcat_SetProperty(library.get(), TCPROP_MINIMUM_DOCUMENT_SIZE, 40);
        const auto reference = [&library](QStringView text) {
            const QByteArray sample = text.left(4000).toUtf8();
            const QByteArray result = textcat_Classify(library.get(), sample.constData(), size_t(sample.size()));
            if (!result.startsWith('['))
                return QString();
            QList<QByteArray> parts = result.mid(1, result.indexOf(']') - 1).split('-');
            if (parts.size() > 1)
                parts.removeLast();
            while (!parts.isEmpty() && parts.last().isEmpty())
                parts.removeLast();
            return QString::fromLatin1(parts.join('-'));
        };
        QStringList texts{
            u"Совет утвердил бюджет во вторник после долгих споров о школах, дорогах и новой больнице."_s,
            u"Το συμβούλιο ενέκρινε τον προϋπολογισμό την Τρίτη μετά από μακρά συζήτηση για τα σχολεία."_s,
            u"وافق المجلس على الميزانية يوم الثلاثاء بعد نقاش طويل حول المدارس والطرق والمستشفى الجديد."_s,
            u"市议会在经过关于学校、道路和新医院的长时间辩论后，于星期二批准了预算。"_s,
            u"市議会は火曜日、学校や道路、新しい病院についての長い議論の末に予算を承認しました。"_s,
            u"시의회는 학교와 도로, 새 병원에 대한 긴 논쟁 끝에 화요일에 예산을 승인했다."_s,
            u"नगर परिषद ने स्कूलों, सड़कों और नए अस्पताल पर लंबी बहस के बाद मंगलवार को बजट को मंजूरी दी।"_s,
            u"Le conseil a approuvé le budget mardi après un long débat sur les écoles, les routes et l'hôpital."_s,
            u"El consejo aprobó el presupuesto el martes tras un largo debate sobre escuelas, carreteras y el hospital."_s,
            u"Il consiglio ha approvato il bilancio martedì dopo un lungo dibattito su scuole, strade e ospedale."_s,
            u"De gemeenteraad keurde dinsdag de begroting goed na een lang debat over scholen, wegen en het ziekenhuis."_s,
            u"Rada miasta zatwierdziła we wtorek budżet po długiej debacie o szkołach, drogach i nowym szpitalu."_s,
            u"Belediye meclisi okullar, yollar ve yeni hastane hakkında uzun bir tartışmanın ardından bütçeyi onayladı."_s,
            u"The council (Совет) approved the budget, 市议会 said, after a debate on schools and roads."_s,
        };
        QDirIterator files(TestFiles::fixture(QString()), {u"*.txt"_s, u"*.md"_s, u"*.html"_s}, QDir::Files,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            texts << QString::fromUtf8(f.read(200000));
        }
        int compared = 0, named = 0;
        for (int round = 0; round < 2; ++round) {
            for (const QString &text : texts) {
                for (const qsizetype length : {qsizetype(60), qsizetype(200), qsizetype(900), qsizetype(4000)}) {
                    for (const qsizetype from : {qsizetype(0), text.size() / 3, text.size() * 2 / 3}) {
                        const QStringView slice = QStringView(text).mid(from, length);
                        const QString expected = reference(slice);
                        QCOMPARE(LanguageIdentifier::identify(slice), expected);
                        ++compared;
                        named += !expected.isEmpty();
                    }
                }
            }
        }
        QVERIFY2(compared > 500 && named > compared / 2, qPrintable(u"%1 of %2"_s.arg(named).arg(compared)));
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
