#include "core/align/aligner.h"
#include "core/align/factdetector.h"
#include "core/import/documentloader.h"
#include "core/align/unittable.h"
#include "core/align/worddiffer.h"
#include "tests/common/testdocuments.h"
#include "tests/common/testfiles.h"
#include "tests/common/testprinters.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Two one-paragraph documents linked whole, as the aligner links a divergent pair: the word
// diff of the two passages, then the facts found in it.
struct Linked
{
    std::vector<Document> docs;
    Link link;
};

Linked linkTexts(const QString &a, const QString &b, LinkKind kind = LinkKind::Divergent)
{
    Linked l;
    l.docs = {TestDocuments::fromParagraphs({a}), TestDocuments::fromParagraphs({b})};
    const UnitTable table(l.docs, AlignOptions{}, Granularity::Sentence);
    for (size_t side = 0; side < 2; ++side) {
        const Document &d = l.docs[side];
        l.link.ends[side] = {int(side), {0, int(d.sentences.size())}, {0, d.text.size()}};
    }
    l.link.kind = kind;
    l.link.similarity = 0.5; // above FactDetector::minSimilarity, as a confident link
    l.link.edits = WordDiffer(table).diff(l.docs, 0, l.link.ends[0].units, 1, l.link.ends[1].units);
    return l;
}

// "number 12,000|10,000" per fact, so that a failure names kinds and words.
QStringList describe(const Linked &l, const std::vector<FactChange> &facts)
{
    QStringList out;
    for (const FactChange &f : facts)
        out << nameOf(f.kind) + u' ' + l.docs[0].slice(f.spans[0]).toString() + u'|' + l.docs[1].slice(f.spans[1]).toString();
    return out;
}

} // namespace

class TestFactDetector : public QObject
{
    Q_OBJECT

private slots:
    void facts_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("identical") << u"Police said 12,000 people attended the rally on Sunday."_s
                                   << u"Police said 12,000 people attended the rally on Sunday."_s << QStringList();
        QTest::newRow("number changed") << u"Police said 12,000 people attended the rally on Sunday."_s
                                        << u"Police said 10,000 people attended the rally on Sunday."_s
                                        << QStringList{u"number 12,000|10,000"_s};
        QTest::newRow("number dropped") << u"The storm destroyed 300 homes along the coast."_s
                                        << u"The storm destroyed homes along the coast."_s
                                        << QStringList{u"number 300|"_s};
        QTest::newRow("date changed") << u"The talks will resume on Tuesday in Geneva."_s
                                      << u"The talks will resume on Friday in Geneva."_s
                                      << QStringList{u"date Tuesday|Friday"_s};
        QTest::newRow("name changed") << u"The delegation was led by Minister Park on the first day."_s
                                      << u"The delegation was led by Minister Choi on the first day."_s
                                      << QStringList{u"name Park|Choi"_s};
        QTest::newRow("quotation dropped")
            << u"The mayor said \"we will not close a single library\" at the meeting."_s
            << u"The mayor said the libraries would stay open at the meeting."_s
            << QStringList{u"quote \"we will not close a single library\"|"_s};
        // A text that never marks speech (the King James Bible) has its speech unmarked: no
        // quotation of the other is missing there. "The LORD" is no name against "Yahweh".
        QTest::newRow("quotation against a text that marks none")
            << u"And, behold, Boaz came from Beth-lehem, and said unto the reapers, The LORD be with you. And they said unto him, The LORD bless thee."_s
            << u"Behold, Boaz came from Bethlehem, and said to the reapers, \u201CMay Yahweh be with you.\u201D They said to him, \u201CMay Yahweh bless you.\u201D"_s
            << QStringList();
        QTest::newRow("hyphenated name in parts")
            << u"And a certain man of Beth-lehem-judah went to sojourn in the country of Moab."_s
            << u"A certain man of Bethlehem Judah went to live in the country of Moab."_s << QStringList();
        QTest::newRow("hyphenated name changed")
            << u"And the ark came to Kirjath-jearim and stayed there twenty years."_s
            << u"And the ark came to Capernaum and stayed there twenty years."_s
            << QStringList{u"name Kirjath-jearim|Capernaum"_s};
        QTest::newRow("compound number word") << u"Nineveh had more than one hundred twenty thousand people."_s
                                              << u"Nineveh had more than 120,000 people."_s << QStringList();
        QTest::newRow("compound number word changed")
            << u"Nineveh had more than one hundred twenty thousand people."_s
            << u"Nineveh had more than 100,000 people."_s
            << QStringList{u"number more than one hundred twenty thousand|more than 100,000"_s};
        QTest::newRow("they two, they both") << u"So they two went until they came to Bethlehem."_s
                                             << u"So they both went until they came to Bethlehem."_s << QStringList();
        QTest::newRow("ligature") << u"Render to C\u00E6sar the things that are C\u00E6sar\u2019s."_s
                                  << u"Render to Caesar the things that are Caesar\u2019s."_s << QStringList();
        QTest::newRow("tonight") << u"All ye shall be offended because of me this night."_s
                                 << u"All of you will stumble because of me tonight."_s << QStringList();
        QTest::newRow("to night") << u"Behold, he winnoweth barley to night in the threshingfloor."_s
                                  << u"Behold, he will be winnowing barley tonight on the threshing floor."_s
                                  << QStringList();
        QTest::newRow("on the morrow") << u"And on the morrow, when they were come from Bethany, he was hungry."_s
                                       << u"The next day, when they had come out from Bethany, he was hungry."_s
                                       << QStringList();
        QTest::newRow("an hundredfold") << u"But he shall receive an hundredfold now in this time."_s
                                        << u"But he will receive one hundred times more now in this time."_s
                                        << QStringList();
        QTest::newRow("thrice") << u"Before the cock crow twice, thou shalt deny me thrice."_s
                                << u"Before the rooster crows twice, you will deny me three times."_s << QStringList();
        QTest::newRow("numbers in the old order")
            << u"He reigned over an hundred and seven and twenty provinces, and we were two hundred threescore and sixteen souls."_s
            << u"He reigned over one hundred twenty-seven provinces, and we were two hundred seventy-six souls."_s
            << QStringList();
        QTest::newRow("numbers in the old order changed")
            << u"He reigned over an hundred and seven and twenty provinces."_s
            << u"He reigned over one hundred twenty-eight provinces."_s
            << QStringList{u"number over an hundred and seven and twenty|over one hundred twenty-eight"_s};
        QTest::newRow("one and two is no three") << u"The trip takes between one and two hours by road."_s
                                                 << u"The trip takes three hours by road."_s
                                                 << QStringList{u"number two|three"_s};
        QTest::newRow("to morrow") << u"And I will do to morrow as the king hath said."_s
                                   << u"And I will do tomorrow as the king has said."_s << QStringList();
        QTest::newRow("the day following") << u"We came the day following unto Rhodes."_s
                                           << u"We came the next day to Rhodes."_s << QStringList();
        QTest::newRow("above forty") << u"For the man was above forty years old."_s
                                     << u"For the man was more than forty years old."_s << QStringList();
        QTest::newRow("number word before a stop") << u"The herd ran into the sea (they were about two thousand;)."_s
                                                   << u"The herd of about two thousand ran into the sea."_s
                                                   << QStringList();
        // Issue 11's noise classes: none of these is a changed fact.
        QTest::newRow("quote marks added") << u"He asked, Who are you? and left the room."_s
                                           << u"He asked, \u201CWho are you?\u201D and left the room."_s << QStringList();
        QTest::newRow("one as pronoun") << u"It was almost any one of the guests who saw it."_s
                                        << u"It was almost anyone of the guests who saw it."_s << QStringList();
        QTest::newRow("speaker order") << u"Then said Anna that the harvest had failed."_s
                                       << u"Then Anna said that the harvest had failed."_s << QStringList();
        QTest::newRow("date order") << u"The ceasefire began on March 8 in the north."_s
                                    << u"The ceasefire began on 8 March in the north."_s << QStringList();
        QTest::newRow("spelled and digits") << u"Gunman kills 6 people at a Sikh temple in Wisconsin."_s
                                            << u"Gunman kills six people at a Sikh temple in Wisconsin."_s << QStringList();
        QTest::newRow("modal may") << u"May the court decide soon, the lawyer wrote."_s
                                   << u"Might the court decide soon, the lawyer wrote."_s << QStringList();
        QTest::newRow("name spelling variant") << u"The memory of Westmoreland stayed with him all his life."_s
                                               << u"The memory of Westmorland stayed with him all his life."_s << QStringList();
        QTest::newRow("a term in quote marks") << u"The missionaries wrote the glottal stop as a \"taw\" at first."_s
                                               << u"The missionaries wrote the glottal stop as an apostrophe at first."_s
                                               << QStringList();
        QTest::newRow("a name a naming word brings") << u"It launched on January 15."_s
                                                     << u"It launched on January 15 (now called \"Wikipedia Day\" by some)."_s
                                                     << QStringList();
        QTest::newRow("a name after chamada de") << u"Os astrônomos anunciaram a descoberta."_s
                                                 << u"Os astrônomos anunciaram a descoberta, chamada de \"par gêmeo\"."_s
                                                 << QStringList();
        QTest::newRow("quotation respelled, not at the passage start")
            << u"Soon after, when he was alone with me, he said, \u201CI have, doubtless, excited your curiosity, as "
               u"well as that of these good people; but you are too considerate to make inquiries.\u201D"_s
            << u"Soon after, when he was alone with me, he said,\u2014\u201CI have, doubtless, excited your curiosity, "
               u"as well as that of these good people; but you are too considerate to make enquiries.\u201D"_s
            << QStringList();
        QTest::newRow("transliteration q and k") << u"Mob kills man for burning Quran in Pakistan"_s
                                                 << u"Pakistani mob kills man for burning Koran"_s << QStringList();
        QTest::newRow("transliterated name") << u"And the LORD spake by the mouth of Esaias the prophet unto the people."_s
                                             << u"And Yahweh spoke by the mouth of Isaiah the prophet to the people."_s
                                             << QStringList();
        QTest::newRow("transliterated place") << u"The decree was given in Shushan the palace that day."_s
                                              << u"The decree was given in Susa the palace that day."_s << QStringList();
        // Speech opens with a capital: "Rabbi" after an opening quote mark, in every sentence,
        // is no evidence of a name (the dictionary knows "rabbi"); the quotations did change.
        QTest::newRow("a word opening speech") << u"Peter said, \u201CRabbi, it is good for us to be here.\u201D Then they "
                                                  u"cried, \u201CRabbi, have mercy on us.\u201D"_s
                                               << u"Peter said, \u201CTeacher, it is good for us to be here.\u201D Then they "
                                                  u"cried, \u201CTeacher, have mercy on us.\u201D"_s
                                               << QStringList{u"quote \u201CRabbi, it is good for us to be here.\u201D|"
                                                              u"\u201CTeacher, it is good for us to be here.\u201D"_s,
                                                              u"quote \u201CRabbi, have mercy on us.\u201D|"
                                                              u"\u201CTeacher, have mercy on us.\u201D"_s};
        QTest::newRow("a name opening speech") << u"Peter said, \u201CZebedee, it is good for us to be here.\u201D Then "
                                                  u"they cried, \u201CZebedee, have mercy on us.\u201D"_s
                                               << u"Peter said, \u201CTeacher, it is good for us to be here.\u201D Then "
                                                  u"they cried, \u201CTeacher, have mercy on us.\u201D"_s
                                               << QStringList{u"name Zebedee|"_s, u"name Zebedee|"_s,
                                                              u"quote \u201CZebedee, it is good for us to be here.\u201D|"
                                                              u"\u201CTeacher, it is good for us to be here.\u201D"_s,
                                                              u"quote \u201CZebedee, have mercy on us.\u201D|"
                                                              u"\u201CTeacher, have mercy on us.\u201D"_s};
        QTest::newRow("a count its list states") << u"It began in a talk between two old friends, Larry Sanger, an editor, and Ben Kovitz, a programmer."_s
                                                 << u"It began in a talk between Sanger and the programmer Ben Kovitz."_s
                                                 << QStringList();
        QTest::newRow("a count the other side drops") << u"It began in a talk between two old friends, Larry Sanger and Ben Kovitz."_s
                                                      << u"It began in a talk between old friends of the founders."_s
                                                      << QStringList{u"number two|"_s};
        QTest::newRow("speech told unmarked in a short text")
            << u"One of themselves, even a prophet of their own, said, The Cretians are alway liars, evil beasts, slow bellies."_s
            << u"One of them, a prophet of their own, said, \u201CCretans are always liars, evil beasts, and idle gluttons.\u201D"_s
            << QStringList();
        QTest::newRow("another name, not a transliteration")
            << u"The letter was read to Lucas in the morning."_s << u"The letter was read to Lucia in the morning."_s
            << QStringList{u"name Lucas|Lucia"_s};
        QTest::newRow("designation with a roman numeral")
            << u"A operação chegou ao Cindacta-1, em Brasília, e a Cumbica."_s
            << u"A operação chegou ao Cindacta I, em Brasília, e a Cumbica."_s << QStringList();
        QTest::newRow("designation changed") << u"A operação chegou ao Cindacta-1, em Brasília."_s
                                             << u"A operação chegou ao Cindacta II, em Brasília."_s
                                             << QStringList{u"number 1|"_s};
        QTest::newRow("people and place") << u"Gazans fire 2 rockets into Israel; no injuries"_s
                                          << u"2 Gaza rockets hit Israel; no injuries"_s << QStringList();
        QTest::newRow("misspelled demonym") << u"Mohamed Morsi sworn in as Eygptian president"_s
                                            << u"Mohamed Morsi sworn in as Egypt's President"_s << QStringList();
        QTest::newRow("acronym spelled out") << u"6.6 quake rocks Indonesia's Papua: USGS"_s
                                             << u"6.6 quake rocks Indonesia's Papua: US Geological Survey"_s
                                             << QStringList();
        QTest::newRow("acronym with particle") << u"O senador foi internado no InCor em abril."_s
                                               << u"O senador foi internado no Instituto do Coração em abril."_s
                                               << QStringList();
        QTest::newRow("acronym of a longer name") << u"Salvador Dali painting snatched from New York gallery"_s
                                                  << u"Salvador Dali painting snatched in NYC"_s << QStringList();
        QTest::newRow("number word counting nothing") << u"Gunman kills 6 in shooting at Wisconsin Sikh temple"_s
                                                      << u"Gunman kills six in shooting at Sikh temple in Wisconsin"_s
                                                      << QStringList();
        QTest::newRow("weekday abbreviation as a word")
            << u"O lateral, que Qua havia entrado no intervalo, marcou o gol."_s
            << u"O lateral, que havia entrado no intervalo, marcou o gol."_s << QStringList();
        QTest::newRow("interjection the document writes in lower case")
            << u"We shall all be out of countenance.\u2014Aye, aye,\u201D continued he, observing my face."_s
            << u"We shall all be out of countenance.\u2014Ay, ay,\u201D continued he, observing my face."_s
            << QStringList();
        QTest::newRow("next morning, following day")
            << u"It was agreed that we should pass the night at Evian, and return to Cologny the next morning."_s
            << u"It was agreed that we should sleep that night at Evian, continuing our voyage on the following day."_s
            << QStringList();
        // The day counted from the paper's date against a weekday: the same day, written the
        // way each outlet writes it (the dates the articles were written on are unknown).
        QTest::newRow("today, this Friday") << u"O senador morreu às 11h40 de hoje, em São Paulo."_s
                                            << u"O senador morreu às 11h40 desta sexta-feira, em São Paulo."_s << QStringList();
        QTest::newRow("yesterday, on Monday") << u"The minister resigned yesterday after the vote."_s
                                              << u"The minister resigned on Monday after the vote."_s << QStringList();
        QTest::newRow("next month, February") << u"The next month, the combined article count reached 500,000."_s
                                              << u"In February 2004, the combined article count reached 500,000."_s
                                              << QStringList();
        QTest::newRow("a year, a date in it") << u"In 2004, the site passed the 200,000 article milestone."_s
                                              << u"In January 2004, the site passed the 200,000 article milestone."_s
                                              << QStringList();
        QTest::newRow("character reference") << u"The okina is written with the unicode value &#x2018; in most fonts."_s
                                             << u"The okina is written with the unicode value &#x2018; (decimal &#8216;) in most fonts."_s
                                             << QStringList();
        // A number inside a name is the name's, not a quantity: no flag where the other passage
        // names it without the number or not at all; the same date more or less precise.
        QTest::newRow("name with a number added") << u"O presidente propôs uma nova conferência no Brasil em 2012."_s
                                                  << u"O presidente propôs uma nova conferência, a Rio +20, em 2012."_s << QStringList();
        QTest::newRow("name without its number") << u"O Brasil manteve a invencibilidade na Liga Mundial."_s
                                                 << u"O Brasil manteve a invencibilidade na Liga Mundial-06."_s << QStringList();
        QTest::newRow("year of a name's two digits") << u"O Brasil venceu pela Liga Mundial de vôlei 2006 em Tampere."_s
                                                     << u"O Brasil venceu em Tampere pela Liga Mundial-06."_s << QStringList();
        QTest::newRow("tens and dozens") << u"Astrônomos identificaram algumas dezenas de objetos livres."_s
                                         << u"Astrônomos identificaram algumas dúzias de objetos livres."_s << QStringList();
        QTest::newRow("a code is no number") << u"Um encontro nos moldes da conferência de 1992."_s
                                             << u"Um encontro nos moldes da EC0 de 1992."_s << QStringList();
        QTest::newRow("date more precise") << u"Niigata foi atingida em outubro de 2004 por um tremor de magnitude 6,8."_s
                                           << u"Niigata foi atingida no dia 23 de outubro de 2004 por um tremor de magnitude 6,8."_s
                                           << QStringList();
        // Real changes.
        QTest::newRow("year of another edition") << u"O Brasil venceu pela Liga Mundial de vôlei 2007 em Tampere."_s
                                                 << u"O Brasil venceu em Tampere pela Liga Mundial-06."_s
                                                 << QStringList{u"date 2007|"_s};
        QTest::newRow("dozens against hundreds") << u"Astrônomos identificaram algumas dezenas de objetos livres."_s
                                                 << u"Astrônomos identificaram algumas centenas de objetos livres."_s
                                                 << QStringList{u"number dezenas|centenas"_s};
        QTest::newRow("a short quotation is still one") << u"She said the plan was \"less than half\" done."_s
                                                        << u"She said the plan was nearly done."_s
                                                        << QStringList{u"quote \"less than half\"|"_s};
        QTest::newRow("one word of dialogue") << u"\u201CNever!\u201D he cried, and left the room."_s
                                              << u"He cried out, and left the room."_s
                                              << QStringList{u"quote \u201CNever!\u201D|"_s};
        QTest::newRow("a year, a date in another") << u"In 2003, the site passed the 200,000 article milestone."_s
                                                   << u"In January 2004, the site passed the 200,000 article milestone."_s
                                                   << QStringList{u"date 2003|January 2004"_s};
        QTest::newRow("name's number changed") << u"Um encontro nos moldes da ECO-92, no Rio."_s
                                               << u"Um encontro nos moldes da ECO-93, no Rio."_s << QStringList{u"number 92|93"_s};
        QTest::newRow("date of another day") << u"Niigata foi atingida no dia 23 de outubro de 2004 por um tremor."_s
                                             << u"Niigata foi atingida no dia 25 de outubro de 2004 por um tremor."_s
                                             << QStringList{u"date 23 de outubro de 2004|25 de outubro de 2004"_s};
        QTest::newRow("today, yesterday") << u"The minister resigned today after the vote."_s
                                          << u"The minister resigned yesterday after the vote."_s
                                          << QStringList{u"date today|yesterday"_s};
        // LoneFact: one side's fact with nothing in the other to compare it with.
        QTest::newRow("today alone") << u"Os equipamentos passam hoje por um sucateamento grave, disse o MPF."_s
                                     << u"Os equipamentos passam por um sucateamento grave, disse o MPF."_s
                                     << QStringList();
        QTest::newRow("yesterday alone") << u"The minister resigned yesterday after the vote."_s
                                         << u"The minister resigned after the vote."_s
                                         << QStringList{u"date yesterday|"_s};
        QTest::newRow("the two teams") << u"Os dois times voltam a se enfrentar às 12h30 deste sábado."_s
                                       << u"Os times voltam a se enfrentar às 12h30 deste sábado."_s << QStringList();
        QTest::newRow("two houses") << u"The rockets hit two houses near the border on Sunday."_s
                                    << u"The rockets hit houses near the border on Sunday."_s
                                    << QStringList{u"number two|"_s};
        QTest::newRow("a month later") << u"In July 2003, the Wikibooks project was set up."_s
                                       << u"A month later, the Wikibooks project was set up."_s << QStringList();
        QTest::newRow("hours after something else")
            << u"In July 2003, hours after the vote, the Wikibooks project was set up."_s
            << u"Hours after the vote, the Wikibooks project was set up."_s << QStringList{u"date July 2003|"_s};
        // "Lula" is a name by the last two sentences, where it stands capitalised inside a sentence.
        QTest::newRow("speaker described")
            << u"O presidente afirmou que o etanol evitou 644 milhões de toneladas de CO2."_s
            << u"Lula disse que o etanol evitou 644 milhões de toneladas de CO2. Em Bruxelas, Lula falou aos "
               u"jornalistas. O discurso de Lula durou uma hora."_s
            << QStringList();
        QTest::newRow("speaker named otherwise")
            << u"South Korea's National Intelligence Service has confirmed the two sides are struggling with Russian "
               u"terminology."_s
            << u"The spy agency has confirmed the two sides are struggling with Russian terminology, Yoon said."_s
            << QStringList{u"attribution |Yoon said"_s};
        QTest::newRow("speaker added to the same verb")
            << u"The agency has confirmed the two sides are struggling with Russian terminology."_s
            << u"The spy agency has confirmed the two sides are struggling with Russian terminology, Yoon said."_s
            << QStringList{u"attribution |Yoon said"_s};
        // "Defesa" is a name by the second sentence, where it stands capitalised inside a sentence.
        QTest::newRow("title without its portfolio")
            << u"O ministro da Defesa, Nelson Jobim, anunciou a reforma da pista principal. Segundo nota do Ministério "
               u"da Defesa, a obra será longa."_s
            << u"O ministro Nelson Jobim anunciou a reforma da pista principal."_s << QStringList();
        QTest::newRow("not a title's portfolio")
            << u"O diretor da Infraero, Nelson Jobim, anunciou a reforma da pista principal."_s
            << u"O diretor Nelson Jobim anunciou a reforma da pista principal."_s << QStringList{u"name Infraero|"_s};
        // Labels that number a code's sections and clauses, not quantities.
        QTest::newRow("section label") << u"§ 597. Every action must be prosecuted in the name of the real party."_s
                                       << u"§ 4. Every action shall be prosecuted in the name of the real party."_s
                                       << QStringList();
        QTest::newRow("section cited") << u"Every action is prosecuted as otherwise provided in § 599 of the code."_s
                                       << u"Every action is prosecuted as otherwise provided in § 12 of the code."_s
                                       << QStringList{u"number 599|12"_s};
        QTest::newRow("numbered clause") << u"2. When the infant is defendant, he must apply within twenty days."_s
                                         << u"When the infant is defendant, he must apply within twenty days."_s
                                         << QStringList();
        QTest::newRow("numbered clause's time limit")
            << u"2. When the infant is defendant, he must apply within twenty days."_s
            << u"2. When the infant is defendant, he must apply within ten days."_s << QStringList{u"number twenty|ten"_s};
        QTest::newRow("one change in two edits") << u"Suicide bomber kills 12 in Nigeria church"_s
                                                 << u"Nigeria church blast kills at least 12"_s
                                                 << QStringList{u"number 12|at least 12"_s};
        QTest::newRow("day after dropped") << u"The following day we returned to Geneva."_s
                                           << u"I took no rest, but returned immediately to Geneva."_s
                                           << QStringList{u"date following day|"_s};
        QTest::newRow("within days")
            << u"They are expected to reach the frontline in Kursk, many of them within days."_s
            << u"They are expected to reach the frontline in Kursk, many of them within the next several weeks."_s
            << QStringList{u"date within days|several weeks"_s};
        QTest::newRow("quase três dias") << u"A busca pelos desaparecidos durou quase três dias na serra."_s
                                         << u"A busca pelos desaparecidos durou três dias na serra."_s
                                         << QStringList{u"number quase três|três"_s};
        QTest::newRow("approximate number") << u"The Pentagon said the North has sent 12,000 troops to Russia."_s
                                            << u"The Pentagon said the North has sent about 10,000 troops to Russia."_s
                                            << QStringList{u"number 12,000|about 10,000"_s};
        QTest::newRow("two or more") << u"There are two distinct breeds of the dog in the valley."_s
                                     << u"There are two or more breeds of the dog in the valley."_s
                                     << QStringList{u"number two|two or more"_s};
        QTest::newRow("almost three days") << u"The storm lasted almost three days along the coast."_s
                                           << u"The storm lasted three days along the coast."_s
                                           << QStringList{u"number almost three|three"_s};
        QTest::newRow("japanese weekday") << u"会議は火曜日に東京で開かれると政府が発表した。"_s
                                          << u"会議は水曜日に東京で開かれると政府が発表した。"_s
                                          << QStringList{u"date 火曜日|水曜日"_s};
        QTest::newRow("chinese weekday") << u"政府宣布会议将于星期二在北京举行。"_s << u"政府宣布会议将于星期三在北京举行。"_s
                                         << QStringList{u"date 星期二|星期三"_s};
        QTest::newRow("name with particles") << u"The statement was signed by Ursula von der Leyen in Brussels."_s
                                             << u"The statement was signed by Roberta Metsola in Brussels."_s
                                             << QStringList{u"name Ursula von der Leyen|Roberta Metsola"_s};
        QTest::newRow("score changed") << u"O Brasil venceu o Equador por 1 a 0 no domingo, em Quito."_s
                                       << u"O Brasil venceu o Equador por 2 a 0 no domingo, em Quito."_s
                                       << QStringList{u"number 1 a 0|2 a 0"_s};
        QTest::newRow("score written otherwise") << u"O Brasil venceu o Equador por 1 a 0 no domingo, em Quito."_s
                                                 << u"O Brasil venceu o Equador por 1 x 0 no domingo, em Quito."_s
                                                 << QStringList();
        // Where a report was filed from is not a claim of the story.
        QTest::newRow("dateline") << u"MOSCOU (Rússia) - Uma explosão matou 10 pessoas em um mercado."_s
                                  << u"Uma explosão matou 10 pessoas em um mercado."_s << QStringList();
        QTest::newRow("english dateline") << u"WASHINGTON — The Senate passed the bill on Tuesday."_s
                                          << u"The Senate passed the bill on Tuesday."_s << QStringList();
        QTest::newRow("paraphrase without facts") << u"The council approved the budget after a long debate."_s
                                                  << u"The council passed the budget after a long debate."_s
                                                  << QStringList();
    }

    void facts()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(QStringList, expected);
        const Linked l = linkTexts(a, b);
        QCOMPARE(describe(l, FactDetector::detect(l.docs[0], l.docs[1], l.link)), expected);
    }

    void numberSpansPointAtTheNumbers()
    {
        const Linked l = linkTexts(u"Police said 12,000 people attended the rally on Sunday."_s,
                                   u"Police said 10,000 people attended the rally on Sunday."_s);
        const std::vector<FactChange> facts = FactDetector::detect(l.docs[0], l.docs[1], l.link);
        QCOMPARE(facts.size(), size_t(1));
        QCOMPARE(facts[0].kind, FactChange::Kind::Number);
        const qsizetype at = l.docs[0].text.indexOf(u"12,000"_s);
        QCOMPARE(facts[0].spans[0], (TextSpan{at, at + 6}));
        QCOMPARE(facts[0].spans[1], (TextSpan{at, at + 6}));
    }

    void approximateFlag()
    {
        const Linked l = linkTexts(u"The Pentagon said the North has sent 12,000 troops to Russia."_s,
                                   u"The Pentagon said the North has sent about 10,000 troops to Russia."_s);
        const std::vector<FactChange> facts = FactDetector::detect(l.docs[0], l.docs[1], l.link);
        QCOMPARE(facts.size(), size_t(1));
        QCOMPARE(facts[0].values, (std::array<QString, 2>{u"12000"_s, u"~10000"_s}));
        QCOMPARE(facts[0].approximate, (std::array<bool, 2>{false, true}));
    }

    void weakLinksHaveNoFacts()
    {
        Linked l = linkTexts(u"Police said 12,000 people attended."_s, u"Police said 10,000 people attended."_s);
        l.link.similarity = FactDetector::minSimilarity / 2;
        QVERIFY(FactDetector::detect(l.docs[0], l.docs[1], l.link).empty());
    }

    void matchesHaveNoFacts()
    {
        // A link the aligner calls a match is never searched, whatever its edits say.
        const Linked l = linkTexts(u"Police said 12,000 people attended."_s, u"Police said 10,000 people attended."_s,
                                   LinkKind::Match);
        QVERIFY(FactDetector::detect(l.docs[0], l.docs[1], l.link).empty());
    }

    // Two translations of Mark (KJV, World English Bible) split verses at different places and
    // write one prophet's name two ways throughout. A name the link's passage lacks but the
    // sentence next to it states is not dropped ("thou Jesus of Nazareth?" / "Ha!" + "… Jesus,
    // you Nazarene?"); "Elias" / "Elijah" (six passages) is reported at its first passage only.
    void translationsSplitAndRenamed()
    {
        std::vector<Document> docs;
        for (const QString &f : {u"bible/mark-kjv.txt"_s, u"bible/mark-web.txt"_s})
            docs.push_back(DocumentLoader().load(TestFiles::fixture(f)).document.value());
        const Comparison c = Aligner::align(std::move(docs), AlignOptions{}).value();
        int elias = 0;
        QStringList names, numbers;
        for (const Link &l : c.links) {
            for (const FactChange &f : l.facts) {
                if (f.kind == FactChange::Kind::Number)
                    numbers << c.documents[0].slice(f.spans[0]).toString() + u'|' + c.documents[1].slice(f.spans[1]).toString();
                if (f.kind != FactChange::Kind::Name)
                    continue;
                names << f.values[0] + u'|' + f.values[1];
                elias += f.values[0] == u"elias"_s || f.values[1] == u"elijah"_s;
            }
        }
        // Elias (KJV, from the Greek) and Elijah (WEB, from the Hebrew) are one prophet.
        QCOMPARE(elias, 0);
        QVERIFY2(!names.contains(u"nazareth|"_s) && !names.contains(u"jesus|ha"_s), qPrintable(names.join(u", "_s)));
        QVERIFY2(numbers.contains(u"about five thousand|five thousand"_s), qPrintable(numbers.join(u", "_s)));
    }

    // A number the other translation states in the sentence next to the linked one, counting
    // the same thing, is no dropped number: "and seven maidens, which were meet to be given her"
    // (one KJV verse) / "… with the seven choice maidens who were to be given her …. He moved her
    // and her maidens to the best place" (two WEB sentences, the link on the second).
    void numberStatedNextDoor()
    {
        std::vector<Document> docs;
        for (const QString &f : {u"bible/esther-kjv.txt"_s, u"bible/esther-web.txt"_s})
            docs.push_back(DocumentLoader().load(TestFiles::fixture(f)).document.value());
        const Comparison c = Aligner::align(std::move(docs), AlignOptions{}).value();
        QStringList numbers;
        for (const Link &l : c.links) {
            for (const FactChange &f : l.facts) {
                if (f.kind == FactChange::Kind::Number)
                    numbers << c.documents[0].slice(f.spans[0]).toString() + u'|' + c.documents[1].slice(f.spans[1]).toString();
            }
        }
        QVERIFY2(!numbers.contains(u"seven|"_s), qPrintable(numbers.join(u", "_s)));
    }
};

QTEST_APPLESS_MAIN(TestFactDetector)
#include "tst_factdetector.moc"
