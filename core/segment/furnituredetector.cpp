#include "core/segment/furnituredetector.h"

#include <QRegularExpression>
#include <QString>

namespace {

using namespace Qt::StringLiterals;

// Whole-block patterns, matched case-insensitively after trimming. Kept short: every entry is
// something a news site prints around an article, never a sentence of the article.
const QRegularExpression &furniturePattern()
{
    static const QRegularExpression re(
        uR"re(^(?:top (?:news|stories)|next (?:story|article)|previous (?:story|article)|related(?: (?:n)re"
        uR"re(ews|stories|articles))?|latest(?: news)?|trending(?: now)?|most (?:read|popular)|breaking()re"
        uR"re(?: news)?|advertisement|sponsored(?: content)?|send push|push notifications?|read (?:more|)re"
        uR"re(next|also)|see (?:also|more)|more on this(?: story)?|image|images|photo|photos|video|watch)re"
        uR"re(|gallery|listen(?: to (?:this|the) article)?|(?:share|tweet|email|print)(?: (?:this|on \w+)re"
        uR"re())?|share (?:this )?(?:article|story)|comments?|(?:subscribe|sign up|log ?in|sign in|regis)re"
        uR"re(ter)(?: (?:now|today|here|for free|to .{0,40}))?|follow us(?: on .{0,30})?|click here.{0,4)re"
        uR"re(0}|(?:.{0,40}\? )?download (?:the|our) app(?: now| today)?|get the app|open in app|skip to)re"
        uR"re( (?:main )?content|back to top|menu|home|copyright.{0,80}|©.{0,80}|all rights reserved\.?|)re"
        uR"re((?:loving|enjoying|like) \w+\?.{0,40})[\s:.!»›>|-]*$)re"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// Words in s, counting no further than `limit` (only small counts are ever asked about).
int countWords(QStringView s, int limit)
{
    int n = 0;
    bool inWord = false;
    for (QChar c : s) {
        const bool w = c.isLetterOrNumber();
        if (w && !inWord && ++n >= limit)
            return n;
        inWord = w;
    }
    return n;
}

// Unlike the importers' endsSentence, ':' does not count: a short label such as "Tags:" is furniture.
bool endsLikeSentence(QStringView s)
{
    s = s.trimmed();
    while (!s.isEmpty() && (s.back() == u'"' || s.back() == u'\'' || s.back() == u'\u201D' || s.back() == u'\u2019' || s.back() == u')'))
        s.chop(1);
    return !s.isEmpty() && (s.back() == u'.' || s.back() == u'!' || s.back() == u'?');
}

} // namespace

bool FurnitureDetector::isFurnitureLine(QStringView block)
{
    const QStringView t = block.trimmed();
    if (t.isEmpty())
        return false;
    if (t.size() > 160)
        return false;
    return furniturePattern().match(t).hasMatch();
}

std::vector<bool> FurnitureDetector::detect(const std::vector<QStringView> &paragraphs) const
{
    std::vector<bool> flags(paragraphs.size(), false);
    // Short bylines ("Newszop", "By Reuters") only count as furniture in article-like text:
    // in a list of headlines every block is short and none is furniture.
    int longBlocks = 0;
    for (QStringView p : paragraphs) {
        longBlocks += countWords(p, 20) >= 20;
    }
    const bool articleLike = longBlocks >= 2 && longBlocks * 4 >= int(paragraphs.size());
    for (size_t i = 0; i < paragraphs.size(); ++i) {
        const QStringView p = paragraphs[i].trimmed();
        if (isFurnitureLine(p)) {
            flags[i] = true;
            continue;
        }
        if (articleLike && countWords(p, 3) <= 2 && !endsLikeSentence(p)) {
            // An all-caps dateline ("WASHINGTON") is part of the story, not furniture.
            const bool allCaps = p.toString().toUpper() == p.toString() && p.size() > 3;
            flags[i] = !allCaps;
        }
    }
    return flags;
}
