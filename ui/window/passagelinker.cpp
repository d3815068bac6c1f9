#include "ui/window/passagelinker.h"

#include "ui/session/comparisonsession.h"
#include "ui/session/linkedits.h"
#include "ui/session/manuallinkscommand.h"
#include "ui/views/comparisonview.h"

#include <QFileInfo>
#include <QMenu>
#include <QUndoStack>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int StatusTimeout = 5000;

QString articleName(const Document &d)
{
    return d.path.isEmpty() ? d.title : QFileInfo(d.path).fileName();
}

} // namespace

PassageLinker::PassageLinker(ComparisonSession *session, ComparisonView *view, QObject *parent)
    : QObject(parent), m_session(session), m_view(view)
{
    connect(session, &ComparisonSession::comparisonReady, this, &PassageLinker::onComparison);
    connect(session, &ComparisonSession::comparisonCleared, this, [this] {
        cancel();
        m_reported.clear();
    });
}

void PassageLinker::link()
{
    const PresentedComparisonPtr presented = m_session->presented();
    if (!presented)
        return;
    const auto [doc, span] = m_view->selectedPassage();
    if (doc < 0) {
        emit statusMessage(tr("Click a passage first, then press Ctrl+L."), StatusTimeout);
        return;
    }
    if (m_pendingDoc < 0 || doc == m_pendingDoc) {
        setPending(doc, span);
        emit statusMessage(tr("Select the passage to link it with in another article, then press Ctrl+L; Esc cancels"), 0);
        return;
    }
    const Comparison &c = presented->comparison();
    const TextAnchor from = LinkEdits::anchor(c, m_pendingDoc, m_pendingSpan);
    const TextAnchor to = LinkEdits::anchor(c, doc, span);
    setPending(-1, {});
    emit statusMessage(tr("Linked: aligning again around the link."), StatusTimeout);
    const std::vector<LinkConstraint> before = m_session->options().manualLinks;
    m_session->undoStack()->push(
        new ManualLinksCommand(m_session, before, LinkEdits::withLink(before, from, to), tr("Link Passages")));
}

std::vector<int> PassageLinker::linksTo(int column) const
{
    std::vector<int> out;
    const PresentedComparisonPtr presented = m_session->presented();
    const auto [doc, span] = m_view->selectedPassage();
    if (!presented || doc < 0)
        return out;
    const Comparison &c = presented->comparison();
    const std::vector<UnitInfo> &units = c.units[size_t(doc)];
    for (const UnitInfo &u : units) {
        if (!u.span.overlaps(span))
            continue;
        for (int k : u.links) {
            if (column < 0 || c.links[size_t(k)].other(doc) == column)
                out.push_back(k);
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::vector<int> PassageLinker::linkedColumns() const
{
    std::vector<int> columns;
    const PresentedComparisonPtr presented = m_session->presented();
    const int doc = m_view->selectedPassage().first;
    for (int k : linksTo(-1))
        columns.push_back(presented->comparison().links[size_t(k)].other(doc));
    std::sort(columns.begin(), columns.end());
    columns.erase(std::unique(columns.begin(), columns.end()), columns.end());
    return columns;
}

void PassageLinker::fillUnlinkMenu(QMenu *menu)
{
    menu->clear();
    const PresentedComparisonPtr presented = m_session->presented();
    const std::vector<int> columns = presented ? linkedColumns() : std::vector<int>{};
    for (int column : columns) {
        const QString name = articleName(presented->comparison().documents[size_t(column)]);
        menu->addAction(u"&%1  %2"_s.arg(column + 1).arg(name), this, [this, column] { unlinkFrom(column); });
    }
    if (columns.empty())
        menu->addAction(tr("The passage chosen is not linked"))->setEnabled(false);
}

void PassageLinker::unlink()
{
    const std::vector<int> columns = m_session->presented() ? linkedColumns() : std::vector<int>{};
    if (columns.empty())
        emit statusMessage(tr("The passage chosen is not linked to another article."), StatusTimeout);
    else if (columns.size() == 1)
        unlinkFrom(columns.front());
    else
        emit statusMessage(tr("The passage is linked with several articles: choose one under Edit ▸ Unlink From."),
                           StatusTimeout);
}

void PassageLinker::unlinkFrom(int column)
{
    const std::vector<int> links = linksTo(column);
    if (links.empty())
        return;
    const Comparison &c = m_session->presented()->comparison();
    const std::vector<LinkConstraint> before = m_session->options().manualLinks;
    std::vector<LinkConstraint> after = before;
    for (int k : links)
        after = LinkEdits::withoutLink(std::move(after), c, k);
    emit statusMessage(tr("Unlinked: aligning again without the link."), StatusTimeout);
    m_session->undoStack()->push(new ManualLinksCommand(m_session, before, std::move(after), tr("Unlink Passages")));
}

void PassageLinker::cancel()
{
    if (m_pendingDoc < 0)
        return;
    setPending(-1, {});
    emit statusMessage(tr("Linking cancelled."), StatusTimeout);
}

void PassageLinker::setPending(int doc, const TextSpan &span)
{
    const bool was = isPending();
    m_pendingDoc = doc;
    m_pendingSpan = doc >= 0 ? span : TextSpan{};
    m_view->setPendingPassage(doc, m_pendingSpan);
    if (was != isPending())
        emit pendingChanged(isPending());
}

void PassageLinker::onComparison(const PresentedComparisonPtr &comparison, const std::vector<int> &previousToNew)
{
    // The pending passage stays through a re-alignment of the same texts (an option changed);
    // when its article moved, closed or changed, its offsets mean something else.
    if (m_pendingDoc >= 0
        && (m_pendingDoc >= int(previousToNew.size()) || previousToNew[size_t(m_pendingDoc)] != m_pendingDoc))
        cancel();
    const Comparison &c = comparison->comparison();
    std::vector<QString> reasons;
    for (const RejectedConstraint &r : c.rejectedLinks)
        reasons.push_back(r.reason);
    if (reasons == m_reported)
        return;
    m_reported = reasons;
    if (reasons.empty())
        return;
    QStringList lines;
    for (const QString &reason : reasons)
        lines << tr("A link you made was left out: %1.").arg(reason);
    emit linksRejected(lines.join(u'\n'));
}
