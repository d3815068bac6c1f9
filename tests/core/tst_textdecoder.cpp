#include "core/import/textdecoder.h"
#include "tests/common/testfiles.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestTextDecoder : public QObject
{
    Q_OBJECT

private:
    static QByteArray read(const QString &name) { return TestFiles::readFixture(u"import/encodings/"_s + name); }

private slots:
    void decodesRealFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("encodings"); // any of these names is right

        QTest::newRow("utf-8") << u"utf8.txt"_s << u"source-en.txt"_s << QStringList{u"UTF-8"_s};
        QTest::newRow("utf-8 bom") << u"utf8-bom.txt"_s << u"source-en.txt"_s << QStringList{u"UTF-8"_s};
        QTest::newRow("utf-16le bom") << u"utf16le-bom.txt"_s << u"source-en.txt"_s << QStringList{u"UTF-16LE"_s};
        QTest::newRow("utf-16be bom") << u"utf16be-bom.txt"_s << u"source-en.txt"_s << QStringList{u"UTF-16BE"_s};
        QTest::newRow("utf-16le no bom") << u"utf16le-nobom.txt"_s << u"source-en.txt"_s << QStringList{u"UTF-16LE"_s};
        QTest::newRow("windows-1252") << u"windows-1252.txt"_s << u"source-en.txt"_s << QStringList{u"windows-1252"_s};
        QTest::newRow("iso-8859-2") << u"iso-8859-2.txt"_s << u"source-pl.txt"_s << QStringList{u"ISO-8859-2"_s};
        QTest::newRow("koi8-r") << u"koi8-r.txt"_s << u"source-ru.txt"_s << QStringList{u"KOI8-R"_s};
        QTest::newRow("windows-1251") << u"windows-1251.txt"_s << u"source-ru.txt"_s << QStringList{u"windows-1251"_s};
        QTest::newRow("shift_jis") << u"shift_jis.txt"_s << u"source-ja.txt"_s << QStringList{u"Shift_JIS"_s};
        QTest::newRow("euc-jp") << u"euc-jp.txt"_s << u"source-ja.txt"_s << QStringList{u"EUC-JP"_s};
        QTest::newRow("euc-kr") << u"euc-kr.txt"_s << u"source-ko.txt"_s << QStringList{u"EUC-KR"_s};
        QTest::newRow("gb18030") << u"gb18030.txt"_s << u"source-zh.txt"_s << QStringList{u"GB18030"_s};
    }

    void decodesRealFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, source);
        QFETCH(QStringList, encodings);
        const TextDecoder::Result r = TextDecoder::decode(read(file));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.text, QString::fromUtf8(read(source)));
        QVERIFY2(encodings.contains(r.encoding, Qt::CaseInsensitive), qPrintable(r.encoding));
    }

    void bomWinsOverContent()
    {
        // Bytes that are valid UTF-8 after a UTF-16 BOM are still read as UTF-16.
        const QByteArray bytes = QByteArray("\xFF\xFE", 2) + QByteArray("h\0i\0", 4);
        const TextDecoder::Result r = TextDecoder::decode(bytes);
        QCOMPARE(r.text, u"hi"_s);
        QCOMPARE(r.encoding, u"UTF-16LE"_s);
    }

    void declaredEncodingUsedWhenNotUtf8()
    {
        const QByteArray latin = "caf\xE9 cr\xE8me";
        const TextDecoder::Result r = TextDecoder::decode(latin, u"ISO-8859-15"_s);
        QCOMPARE(r.text, u"café crème"_s);
        QCOMPARE(r.encoding, u"ISO-8859-15"_s);
    }

    void binaryIsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("nul bytes") << QByteArray("text\0\0\0\x01\x02more", 14);
        QTest::newRow("elf header") << QByteArray("\x7F" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0", 20);
        QTest::newRow("control bytes") << QByteArray(200, '\x01');
    }

    void binaryIsRefused()
    {
        QFETCH(QByteArray, bytes);
        const TextDecoder::Result r = TextDecoder::decode(bytes);
        QVERIFY(!r.ok());
        QVERIFY(r.text.isEmpty());
        QVERIFY(r.error.contains(u"binary"_s));
    }

    void invalidUtf8AfterBomIsAnError()
    {
        const TextDecoder::Result r = TextDecoder::decode(QByteArray("\xEF\xBB\xBFok \xC3\x28 bad", 12));
        QVERIFY(!r.ok());
        QVERIFY(r.error.contains(u"UTF-8"_s));
    }
};

QTEST_APPLESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
