#include "ui/views/redlinetext.h"

#include <QTextBlockFormat>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {

using Kind = RedlineRun::Kind;

struct Formats
{
    QTextCharFormat plain, deleted, inserted, movedAway, movedHere, tag;
};

Formats formatsFor(const ViewPalette &palette)
{
    Formats f;
    f.deleted.setBackground(palette.background(HighlightRole::Unique));
    f.deleted.setFontStrikeOut(true);
    Highlight inserted;
    inserted.role = HighlightRole::Inserted;
    f.inserted = palette.format(inserted);
    f.inserted.setUnderlineStyle(QTextCharFormat::SingleUnderline);
    f.movedAway.setFontStrikeOut(true);
    f.movedAway.setUnderlineStyle(QTextCharFormat::DotLine);
    f.movedAway.setUnderlineColor(palette.moved());
    f.movedHere.setUnderlineStyle(QTextCharFormat::DashUnderline);
    f.movedHere.setUnderlineColor(palette.moved());
    // Dark text on the moved green in both schemes (the dark scheme's green is light).
    f.tag.setBackground(palette.moved());
    f.tag.setForeground(palette.isDark() ? QColor(Qt::black) : palette.text());
    f.tag.setFontWeight(QFont::DemiBold);
    f.tag.setAnchor(true);
    return f;
}

} // namespace

void RedlineText::fill(QTextDocument *document, const Comparison &c, const RedlinePlan &plan, const ViewPalette &palette)
{
    document->clear();
    const Formats f = formatsFor(palette);
    QTextCursor cursor(document);
    QTextBlockFormat block;
    block.setBottomMargin(10);
    cursor.setBlockFormat(block);
    const Document &ref = c.documents[size_t(plan.reference)];
    const Document &other = c.documents[size_t(plan.other)];
    bool first = true;
    for (const RedlineRun &run : plan.runs) {
        if (run.paragraphStart && !first)
            cursor.insertBlock(block);
        else if (run.spaceBefore)
            cursor.insertText(u" "_s, f.plain);
        first = false;
        QTextCharFormat format;
        QString text;
        switch (run.kind) {
        case Kind::Equal:
            format = f.plain;
            text = ref.slice(run.reference).toString();
            break;
        case Kind::Deleted:
            format = f.deleted;
            text = ref.slice(run.reference).toString();
            break;
        case Kind::Inserted:
            format = f.inserted;
            text = other.slice(run.other).toString();
            break;
        case Kind::MovedAway:
        case Kind::MovedHere: {
            const bool away = run.kind == Kind::MovedAway;
            format = away ? f.movedAway : f.movedHere;
            text = away ? ref.slice(run.reference).toString() : other.slice(run.other).toString();
            QTextCharFormat tag = f.tag;
            tag.setAnchorHref((away ? u"#to-%1"_s : u"#from-%1"_s).arg(run.link));
            tag.setAnchorNames({(away ? u"from-%1"_s : u"to-%1"_s).arg(run.link)});
            tag.setToolTip(away ? QObject::tr("The other article has this passage in another place: go there")
                                : QObject::tr("The reference has this passage in another place: go there"));
            cursor.insertText(away ? QObject::tr("\u00a0moved \u2193\u00a0") : QObject::tr("\u00a0moved \u2191\u00a0"), tag);
            cursor.insertText(u" "_s, f.plain);
            break;
        }
        }
        if (run.furniture) {
            format.setForeground(palette.dimmedText());
            format.setFontItalic(true);
        }
        // Paragraph breaks inside a passage (a merged pair) stay line breaks within the block.
        cursor.insertText(text.replace(u'\n', QChar::LineSeparator), format);
    }
}
