#pragma once

#include "core/model/alignoptions.h"
#include "core/model/comparisonnote.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <array>
#include <optional>
#include <vector>

/// One article of a saved comparison: where it came from and which bytes were compared.
struct SessionArticle
{
    /// Absolute path of the file it was imported from; empty for text that had no file (pasted,
    /// standard input), which then lives only in `embedded`.
    QString path;
    /// Column title (the document's title when it was saved).
    QString displayName;
    /// MIME type it was imported as ("text/html"), so an embedded copy imports the same way.
    QString format;
    /// SHA-256 of the bytes imported, lower-case hex (64 characters). Opening the session
    /// compares it with the file, so a changed article is never aligned silently.
    QString sha256;
    /// Those very bytes, when the session carries its own copy (so it travels, and survives an
    /// edited or deleted source). Their hash is `sha256`. Absent: only the file is referred to.
    std::optional<QByteArray> embedded;
    /// Language (BCP-47) the user chose to read this article in, over the one identified on
    /// import; empty (default) keeps the identified one. Loaded into AlignOptions::languages.
    QString language;

    friend bool operator==(const SessionArticle &, const SessionArticle &) = default;
};

/// A place in one article: a half-open range [start, end) of code points (not UTF-16 units, so the
/// file means the same to any reader) in the text of Session::articles[article].
struct SessionAnchor
{
    int article = -1; ///< index into Session::articles (not a column)
    qint64 start = 0;
    qint64 end = 0;

    friend bool operator==(const SessionAnchor &, const SessionAnchor &) = default;
};

/// A link the user asserts (or forbids) between two passages. Session::alignOptions() hands them to
/// the engine as AlignOptions::manualLinks (LinkConstraint, counted by column).
struct ManualLink
{
    std::array<SessionAnchor, 2> ends;
    /// true: "these passages correspond"; false: "never link these two".
    bool linked = true;

    friend bool operator==(const ManualLink &, const ManualLink &) = default;
};

/// A fact-checker's note as a session keeps it, its places counted by article (SessionAnchor). The
/// text is kept verbatim, markup and control characters included: it is plain text, never to be
/// interpreted as HTML by whatever shows it.
using SessionNote = NoteOn<SessionAnchor>;

/// A saved comparison, the content of a `.synoptic` file (resources/schema/session.schema.json).
/// A plain value: SessionFile reads and writes it, SessionLoader turns its articles back into
/// documents.
struct Session
{
    /// The format version this build writes and the newest it reads.
    static constexpr int CurrentVersion = 1;

    int version = CurrentVersion;
    /// Every article once; manual links and notes refer to these indices, which do not change
    /// when columns are moved.
    std::vector<SessionArticle> articles;
    /// Article indices from the leftmost column to the rightmost: a permutation of
    /// 0..articles.size()-1.
    std::vector<int> columnOrder;
    /// Article the synoptic rows follow, or -1 (default) to let the engine choose the one most
    /// similar to all others. Loaded into AlignOptions::reference (as a column).
    int reference = -1;
    /// The options but the per-document ones: `reference` and SessionArticle::language stand
    /// for options.reference and options.languages, which stay at their defaults here.
    AlignOptions options;
    std::vector<ManualLink> manualLinks;
    std::vector<SessionNote> notes;

    /// The options to align with: `options` with the reference, each article's language and the
    /// manual links' articles turned into their columns (their places in columnOrder), since the
    /// engine counts documents from the leftmost column. An article in no column becomes -1,
    /// which the engine rejects.
    AlignOptions alignOptions() const
    {
        AlignOptions o = options;
        o.reference = reference >= 0 ? columnOf(reference) : -1;
        o.languages.clear();
        for (size_t column = 0; column < columnOrder.size(); ++column) {
            const size_t article = size_t(columnOrder[column]);
            if (article < articles.size() && !articles[article].language.isEmpty()) {
                o.languages.resize(columnOrder.size());
                o.languages[column] = articles[article].language;
            }
        }
        o.manualLinks.clear();
        for (const ManualLink &l : manualLinks) {
            LinkConstraint c;
            c.linked = l.linked;
            for (size_t side = 0; side < 2; ++side)
                c.ends[side] = {columnOf(l.ends[side].article), l.ends[side].start, l.ends[side].end};
            o.manualLinks.push_back(c);
        }
        return o;
    }

    /// The notes as the exporters and views read them, in list order: each anchor's article turned
    /// into its column, as alignOptions() turns the manual links'. An article in no column becomes
    /// -1, which NotePlacer reports as a note it cannot place.
    std::vector<ComparisonNote> comparisonNotes() const
    {
        std::vector<ComparisonNote> out;
        out.reserve(notes.size());
        for (const SessionNote &n : notes) {
            out.push_back(n.withAnchors<TextAnchor>(
                [this](const SessionAnchor &a) { return TextAnchor{columnOf(a.article), a.start, a.end}; }));
        }
        return out;
    }

    /// The column (place in columnOrder) of an article, -1 when it is in none.
    int columnOf(int article) const
    {
        for (size_t column = 0; column < columnOrder.size(); ++column) {
            if (columnOrder[column] == article)
                return int(column);
        }
        return -1;
    }

    friend bool operator==(const Session &, const Session &) = default;
};
