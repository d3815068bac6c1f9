#pragma once

#include "core/model/textspan.h"
#include "core/present/presentedcomparison.h"

#include <QObject>
#include <QString>

#include <vector>

class ComparisonSession;
class ComparisonView;
class QMenu;

/// Link Passages and Unlink Passages, as in KDiff3's manual alignment: the first Link marks the
/// passage chosen as pending, the second links it with the passage then chosen in another
/// article. Each change is a ManualLinksCommand on the session's undo stack; the engine aligns
/// the rest around it. Also says which manual links the engine left out, and why.
class PassageLinker : public QObject
{
    Q_OBJECT

public:
    PassageLinker(ComparisonSession *session, ComparisonView *view, QObject *parent = nullptr);

    bool isPending() const { return m_pendingDoc >= 0; }
    /// The articles (columns) the chosen passage is linked with, in column order.
    std::vector<int> linkedColumns() const;
    /// Fills `menu` with one "Unlink from" entry per article the chosen passage is linked with.
    void fillUnlinkMenu(QMenu *menu);

public slots:
    /// Marks the chosen passage as pending, or links the pending one with it.
    void link();
    /// Unlinks the chosen passage from its counterpart: the one article it is linked with; with
    /// several, nothing (the caller asks which, see fillUnlinkMenu).
    void unlink();
    /// Unlinks the chosen passage from its counterparts in article `column` only.
    void unlinkFrom(int column);
    /// Forgets the pending passage.
    void cancel();

signals:
    void pendingChanged(bool pending);
    /// A line for the status bar; `timeout` 0 keeps it until the next one.
    void statusMessage(const QString &text, int timeout);
    /// Manual links the engine left out, one line each with the reason.
    void linksRejected(const QString &text);

private:
    void onComparison(const PresentedComparisonPtr &comparison, const std::vector<int> &previousToNew);
    void setPending(int doc, const TextSpan &span);
    /// Indices into the comparison's links that join the chosen passage to article `column`.
    std::vector<int> linksTo(int column) const;

    ComparisonSession *m_session;
    ComparisonView *m_view;
    int m_pendingDoc = -1;
    TextSpan m_pendingSpan; ///< UTF-16 offsets into the pending document's text
    /// The rejections last reported, so a re-alignment for another reason does not repeat them.
    std::vector<QString> m_reported;
};
