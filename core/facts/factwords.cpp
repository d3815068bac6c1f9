#include "core/facts/factwords.h"

quint16 FactWords::classify(const QString &norm)
{
    unsigned c = Classified;
    c |= relativeDay(norm) ? unsigned(RelativeDayWord) : 0u;
    c |= isPeriodWord(norm) ? unsigned(PeriodWord) : 0u;
    c |= vagueQuantity(norm) != 0 ? unsigned(VagueQuantityWord) : 0u;
    c |= inSet(norm, {u"second", u"segundo", u"segunda", u"primeiro", u"primeira"}) ? unsigned(OrdinalWord) : 0u;
    c |= isAttributionVerb(norm) ? unsigned(AttributionVerb) : 0u;
    return quint16(c);
}

bool FactWords::isPeriodWord(const QString &w)
{
    return inSet(w,
        {u"week", u"weekend", u"month", u"year", u"night", u"morning", u"afternoon", u"evening", u"decade", u"century",
            u"weeks", u"months", u"years", u"days", u"hours", u"minutes", u"semana", u"semanas", u"mês", u"meses",
            u"ano", u"anos", u"dias", u"woche", u"wochen", u"monat", u"jahr"});
}

// "earlier", "later", "recent" are left out: "his earlier years" is no date.
bool FactWords::isPeriodLead(const QString &w)
{
    return inSet(w,
        {u"this", u"last", u"next", u"past", u"coming", u"several", u"few", u"nesta", u"neste", u"próxima", u"próximo",
            u"última", u"último", u"diese", u"letzte", u"nächste"});
}

// Relative dates, kept as such: their offset in days is the value.
std::optional<int> FactWords::relativeDay(const QString &w)
{
    if (inSet(w, {u"today", u"hoje", u"heute"}))
        return 0;
    if (inSet(w, {u"yesterday", u"ontem", u"gestern"}))
        return -1;
    if (inSet(w, {u"tomorrow", u"amanhã", u"morgen"}))
        return 1;
    return std::nullopt;
}

bool FactWords::isApproximator(const QString &w)
{
    return inSet(w,
        {u"about", u"around", u"nearly", u"almost", u"some", u"over", u"above", u"roughly", u"approximately",
            u"estimated", u"under", u"up", u"least", u"more", u"fewer", u"less", u"than", u"at", u"to", u"cerca", u"quase", u"mais",
            u"menos", u"pelo", u"aproximadamente", u"de", u"etwa", u"rund", u"fast", u"über", u"mehr", u"als", u"knapp",
            u"ungefähr"});
}

// The others only as part of "more than", "at least", "up to", "cerca de", "pelo menos",
// "mehr als".
bool FactWords::isLeadingApproximator(const QString &w)
{
    return inSet(w,
        {u"about", u"around", u"nearly", u"almost", u"some", u"over", u"above", u"roughly", u"approximately",
            u"estimated", u"under", u"than", u"least", u"cerca", u"quase", u"menos", u"aproximadamente", u"etwa", u"rund", u"fast",
            u"über", u"als", u"knapp", u"ungefähr"});
}

double FactWords::scaleOf(const QString &w)
{
    if (inSet(w, {u"hundred"}))
        return 1e2;
    if (inSet(w, {u"thousand", u"mil"}))
        return 1e3;
    if (inSet(w, {u"million", u"millions", u"mn", u"m", u"milhão", u"milhões", u"mi", u"millionen", u"million"}))
        return 1e6;
    if (inSet(w, {u"billion", u"billions", u"bn", u"bilhão", u"bilhões", u"bi", u"milliarden"}))
        return 1e9;
    return 0;
}

// "thousands of troops".
double FactWords::vagueQuantity(const QString &w)
{
    // Tens and dozens are one vague size: "dezenas" / "dúzias" of objects is no changed count.
    // Spanish "miles" is left out: it is the English unit too.
    if (inSet(w, {u"dozens", u"dezenas", u"dúzias", u"dutzende", u"decenas", u"docenas", u"dizaines", u"douzaines",
            u"decine", u"dozzine"}))
        return 10;
    if (inSet(w, {u"hundreds", u"centenas", u"hunderte", u"centenares", u"cientos", u"centaines", u"centinaia"}))
        return 100;
    if (inSet(w, {u"thousands", u"milhares", u"tausende", u"milliers", u"migliaia"}))
        return 1000;
    if (inSet(w, {u"millions"}))
        return 1e6;
    return 0;
}

// Words that introduce a name in quote marks: called "Wikipedia Day", apelidada de "planemos",
// known as "the Old Lady" (the caller skips the "de" / "as").
bool FactWords::isNamingWord(const QString &w)
{
    return inSet(w,
        {u"called", u"named", u"dubbed", u"nicknamed", u"titled", u"entitled", u"termed", u"chamado", u"chamada",
            u"chamados", u"chamadas", u"denominado", u"denominada", u"apelidado", u"apelidada", u"apelidados",
            u"intitulado", u"intitulada", u"llamado", u"llamada", u"denominado", u"appelé", u"appelée", u"nommé",
            u"nommée", u"intitulé", u"genannt", u"namens", u"betitelt", u"known", u"conhecido", u"conhecida",
            u"conhecidos", u"conhecidas", u"conocido", u"conocida", u"connu", u"connue", u"bekannt"});
}

bool FactWords::isFunctionWord(const QString &w)
{
    return inSet(w,
        {u"of", u"who", u"whom", u"that", u"which", u"and", u"or", u"but", u"nor", u"to", u"in", u"on", u"at", u"by",
            u"for", u"with", u"from", u"is", u"was", u"are", u"were", u"be", u"had", u"has", u"have", u"would",
            u"could", u"should", u"will", u"may", u"might", u"must", u"can", u"another", u"other", u"else", u"more",
            u"than", u"as", u"so", u"if", u"then", u"the", u"a", u"an", u"de", u"que", u"e", u"o", u"a", u"da", u"do",
            u"der", u"die", u"das", u"und"});
}

// Spelled-out "one" is first an article or a pronoun ("almost any one", "is one shrouded in
// mystery", "one of those"); a quantity "one" is rare and seldom what changed.
bool FactWords::isOneWord(const QString &w)
{
    return inSet(w, {u"one", u"um", u"uma", u"ein", u"eine", u"einer", u"eins"});
}

bool FactWords::isAttributionVerb(const QString &w)
{
    return inSet(w,
        {u"said", u"says", u"say", u"told", u"tells", u"according", u"stated", u"added", u"claimed", u"reported",
            u"reports", u"announced", u"confirmed", u"noted", u"wrote", u"explained", u"insisted", u"warned",
            u"asserted", u"disse", u"afirmou", u"informou", u"declarou", u"segundo", u"sagte", u"erklärte", u"laut"});
}

// "police said", "state media reports".
bool FactWords::isSpeakerNoun(const QString &w)
{
    return inSet(w,
        {u"police", u"officials", u"official", u"media", u"ministry", u"spokesman", u"spokeswoman", u"spokesperson",
            u"government", u"military", u"army", u"authorities", u"witnesses", u"sources", u"analysts", u"experts",
            u"doctors", u"polícia", u"governo", u"polizei", u"regierung"});
}

// A capitalised word after one of these ("Minister Park", "President Yoon") is a name too.
bool FactWords::isTitle(const QString &w)
{
    return inSet(w,
        {u"minister", u"president", u"mr", u"mrs", u"ms", u"dr", u"general", u"senator", u"governor", u"mayor",
            u"judge", u"king", u"queen", u"pope", u"presidente", u"ministro", u"ministra"});
}
