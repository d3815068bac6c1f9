#include "core/text/functionwords.h"

#include <mutex>
#include <unordered_map>

namespace {

// The data: one line per language, words separated by spaces, case-folded. Short on purpose:
// the engine also weighs every word by how many units of the compared articles use it, so a
// function word missing here still weighs little; a content word listed here would be lost.
struct Entry
{
    const char16_t *language;
    const char16_t *words;
};

constexpr Entry data[] = {
    {u"en",
     u"a an the and or but if nor of to in on at by for with from as into onto about than that this these those "
     u"it its it's is are was were be been being am has have had having do does did will would can could may might "
     u"should shall must he she they we you i his her hers their theirs our ours your yours my mine him them us me "
     u"who whom whose which what when where why how there here not no so also more most some such any all both "
     u"each other another over after before up out then said says say told just very while although though "
     u"because between during against through s"},
    {u"pt",
     u"a o as os um uma uns umas de do da dos das em no na nos nas num numa por pelo pela pelos pelas para pra "
     u"com sem sob sobre entre até após ante desde contra e ou mas nem que se como quando onde porque pois "
     u"também já ainda não sim mais menos muito muita muitos muitas pouco todo toda todos todas outro outra "
     u"outros outras mesmo mesma esse essa esses essas este esta estes estas isso isto aquele aquela aqueles "
     u"aquelas aquilo ele ela eles elas eu tu você vocês nós lhe lhes me te nos vos seu sua seus suas meu minha "
     u"nosso nossa dele dela deles delas ao aos à às é são foi foram era eram ser será seria sido está estão "
     u"estava estavam estar esteve tem têm tinha tinham ter teve terá há havia houve qual quais cujo cuja "
     u"quem lá aqui segundo disse afirmou diz"},
    {u"es",
     u"el la los las un una unos unas lo de del al en por para con sin sobre entre hasta desde contra tras "
     u"y e o u pero ni que se como cuando donde porque pues también ya aún no sí más menos muy mucho mucha "
     u"muchos muchas todo toda todos todas otro otra otros otras mismo misma ese esa esos esas este esta estos "
     u"estas eso esto aquel aquella él ella ellos ellas yo tú usted ustedes nosotros le les me te nos su sus "
     u"mi mis es son fue fueron era eran ser será sido está están estaba estar ha han había hay haber tiene "
     u"tienen tenía cual cuales quien quienes dijo según"},
    {u"fr",
     u"le la les l un une des du de d au aux à en dans par pour avec sans sur sous entre vers chez contre "
     u"et ou mais ni que qu qui se s comme quand où parce car aussi déjà encore ne pas plus moins très tout "
     u"toute tous toutes autre autres même ce cet cette ces cela ça il elle ils elles je tu vous nous on lui "
     u"leur leurs me te son sa ses mon ma mes notre nos votre vos est sont était étaient être été sera a ont "
     u"avait avaient avoir eu y dont lequel laquelle selon dit"},
    {u"de",
     u"der die das den dem des ein eine einen einem einer eines und oder aber doch sondern wenn als wie dass "
     u"ob weil da in im an am auf aus bei mit nach von vom zu zum zur für über unter vor hinter zwischen "
     u"durch gegen ohne um bis seit nicht kein keine auch noch schon nur sehr mehr er sie es wir ihr ich du "
     u"man sich ihm ihn ihnen sein seine ihre unser euer mein ist sind war waren sein gewesen wird werden "
     u"wurde wurden hat haben hatte hatten kann können muss soll dieser diese dieses jener welche welcher "
     u"wer was wo hier dort sagte"},
    {u"it",
     u"il lo la i gli le un uno una di del dello della dei degli delle a al allo alla ai agli alle da dal "
     u"dalla dai dalle in nel nello nella nei negli nelle su sul sulla sui sulle con per tra fra e o ma né che "
     u"se come quando dove perché anche già ancora non più meno molto tutto tutta tutti tutte altro altra "
     u"altri stesso questo questa questi queste quello quella egli lui lei loro io tu noi voi si ci vi mi ti "
     u"suo sua suoi sue mio è sono era erano essere stato stata sarà ha hanno aveva avere c cui quale secondo "
     u"detto"},
    {u"nl",
     u"de het een en of maar want dat die dit deze als dan wanneer omdat van in op aan bij met naar uit voor "
     u"door over onder tussen tegen zonder tot sinds niet geen ook nog al wel zeer meer hij zij ze het wij we "
     u"jij je u ik hem haar hen hun zijn mijn ons onze is zijn was waren wordt worden werd werden heeft hebben "
     u"had hadden kan kunnen moet zal zou wie wat waar hier daar er zei"},
};

} // namespace

const QSet<QString> &FunctionWords::of(QStringView language)
{
    // Node-based, so references handed out stay valid when another language is added.
    static std::mutex mutex;
    static std::unordered_map<QString, QSet<QString>> parsed;
    static const QSet<QString> none;
    const qsizetype dash = language.indexOf(u'-');
    const QString primary = (dash < 0 ? language : language.left(dash)).toString().toLower();
    const std::lock_guard lock(mutex);
    if (auto it = parsed.find(primary); it != parsed.end())
        return it->second;
    for (const Entry &e : data) {
        if (primary == QStringView(e.language)) {
            QSet<QString> words;
            for (QStringView w : QStringView(e.words).split(u' ', Qt::SkipEmptyParts))
                words.insert(w.toString());
            return parsed.emplace(primary, std::move(words)).first->second;
        }
    }
    return none;
}
