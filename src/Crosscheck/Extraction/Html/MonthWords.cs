using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Crosscheck.Extraction.Html;

/// <summary>
/// Month names as pages print them, in the forms a date uses (nominative, genitive, common abbreviations) in
/// some forty languages of Latin, Cyrillic, Greek, Armenian and Arabic script. Words are compared without case
/// and diacritics. A word two languages read as different months (Croatian "listopad" is October, Polish and
/// Czech November) takes the more widespread reading.
/// </summary>
public static class MonthWords
{
    private static readonly string[][] NamesByMonth =
    [
        [
            "january", "jan", "janvier", "janv", "januar", "jänner", "jän", "enero", "ene", "gennaio", "gen", "janeiro", "januari", "jaanuar",
            "stycznia", "styczeń", "ledna", "leden", "januára", "január", "ocak", "tammikuuta", "tammikuu", "ianuarie", "ian", "gener", "gen", "sausio",
            "siječnja", "siječanj", "janar", "januaro", "enero", "yanvar", "eanáir",
            "января", "январь", "янв", "січня", "січень", "січ", "януари", "јануар", "јануари", "қаңтар",
            "ιανουαρίου", "ιανουάριος", "ιαν", "հունվարի", "հունվար",
            "يناير", "كانون الثاني", "ينايِر", "ژانویه",
            "ianuarie", "jannar", "ionawr",
        ],
        [
            "february", "feb", "février", "févr", "fevr", "februar", "febrero", "febbraio", "fevereiro", "fev", "februari", "veebruar",
            "lutego", "luty", "února", "únor", "februára", "február", "febr", "şubat", "helmikuuta", "helmikuu", "februarie", "febrer", "vasario",
            "veljače", "veljača", "shkurt", "pebrero", "fevral", "feabhra",
            "февраля", "февраль", "фев", "февр", "лютого", "лютий", "лют", "февруари", "фебруар", "февруари", "ақпан",
            "φεβρουαρίου", "φεβρουάριος", "φεβ", "փետրվարի", "փետրվար",
            "فبراير", "شباط", "فوریه",
            "frar", "chwefror",
        ],
        [
            "march", "mar", "mars", "märz", "mär", "marz", "maerz", "marzo", "março", "marco", "maart", "mrt", "märts",
            "marca", "marzec", "března", "březen", "marca", "március", "márc", "mart", "maaliskuuta", "maaliskuu", "martie", "març", "kovo",
            "ožujka", "ožujak", "marso", "marts", "márta", "marec", "mac", "maret",
            "марта", "март", "мар", "березня", "березень", "бер", "наурыз",
            "μαρτίου", "μάρτιος", "μαρ", "մարտի", "մարտ",
            "مارس", "آذار",
            "mawrth",
        ],
        [
            "april", "apr", "avril", "avr", "abril", "abr", "aprile", "aprill",
            "kwietnia", "kwiecień", "dubna", "duben", "apríla", "április", "ápr", "nisan", "huhtikuuta", "huhtikuu", "aprilie", "balandžio",
            "travnja", "travanj", "prill", "aprel", "aibreán", "aprīlis",
            "апреля", "апрель", "апр", "квітня", "квітень", "квіт", "април", "сәуір",
            "απριλίου", "απρίλιος", "απρ", "ապրիլի", "ապրիլ",
            "أبريل", "ابريل", "إبريل", "نيسان", "آوریل",
            "ebrill",
        ],
        [
            "may", "mai", "mayo", "maggio", "mag", "maio", "mei", "maj",
            "maja", "května", "květen", "mája", "május", "máj", "mayıs", "toukokuuta", "toukokuu", "maig", "gegužės",
            "svibnja", "svibanj", "bealtaine", "maijs",
            "мая", "май", "травня", "травень", "трав", "мај", "мамыр",
            "μαΐου", "μάιος", "μαι", "մայիսի", "մայիս",
            "مايو", "أيار", "ايار",
            "mehefin",
        ],
        [
            "june", "jun", "juin", "juni", "junio", "giugno", "giu", "junho", "juuni",
            "czerwca", "czerwiec", "června", "červen", "júna", "június", "jún", "haziran", "kesäkuuta", "kesäkuu", "iunie", "juny", "birželio",
            "lipnja", "lipanj", "qershor", "hunyo", "iyun", "meitheamh", "jūnijs", "junij",
            "июня", "июнь", "июн", "червня", "червень", "черв", "юни", "јун", "јуни", "маусым",
            "ιουνίου", "ιούνιος", "ιουν", "հունիսի", "հունիս",
            "يونيو", "يونيه", "حزيران", "ژوئن",
        ],
        [
            "july", "jul", "juillet", "juil", "juli", "julio", "luglio", "lug", "julho", "juuli",
            "lipca", "lipiec", "července", "červenec", "júla", "július", "júl", "temmuz", "heinäkuuta", "heinäkuu", "iulie", "juliol", "liepos",
            "srpnja", "srpanj", "korrik", "hulyo", "iyul", "iúil", "jūlijs", "julij", "julai",
            "июля", "июль", "июл", "липня", "липень", "лип", "юли", "јул", "јули", "шілде",
            "ιουλίου", "ιούλιος", "ιουλ", "հուլիսի", "հուլիս",
            "يوليو", "يوليه", "تموز", "ژوئیه", "جولای",
            "gorffennaf",
        ],
        [
            "august", "aug", "août", "aout", "agosto", "ago", "augustus", "augusti",
            "sierpnia", "sierpień", "srpna", "srpen", "augusta", "augusztus", "ağustos", "elokuuta", "elokuu", "agost", "rugpjūčio",
            "kolovoza", "kolovoz", "gusht", "avqust", "lúnasa", "augusts", "avgust", "ogos", "agustus",
            "августа", "август", "авг", "серпня", "серпень", "серп", "тамыз", "avgusta",
            "αυγούστου", "αύγουστος", "αυγ", "օգոստոսի", "օգոստոս",
            "أغسطس", "اغسطس", "آب", "اوت", "آگوست",
            "awst",
        ],
        [
            "september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "set", "setembro", "septembri",
            "września", "wrzesień", "září", "septembra", "szeptember", "szept", "eylül", "syyskuuta", "syyskuu", "septembrie", "setembre", "rugsėjo",
            "rujna", "rujan", "shtator", "setyembre", "sentyabr", "meán fómhair", "septembris", "septembar",
            "сентября", "сентябрь", "сен", "сент", "вересня", "вересень", "вер", "септември", "септембар", "қыркүйек",
            "σεπτεμβρίου", "σεπτέμβριος", "σεπ", "σεπτ", "սեպտեմբերի", "սեպտեմբեր",
            "سبتمبر", "أيلول", "ايلول", "سپتامبر",
            "medi",
        ],
        [
            "october", "oct", "octobre", "oktober", "okt", "octubre", "ottobre", "ott", "outubro", "out", "oktoober",
            "października", "październik", "října", "říjen", "októbra", "október", "ekim", "lokakuuta", "lokakuu", "octombrie", "spalio",
            "tetor", "oktubre", "oktyabr", "deireadh fómhair", "oktobris", "oktobar",
            "октября", "октябрь", "окт", "жовтня", "жовтень", "жовт", "октомври", "октобар", "қазан",
            "οκτωβρίου", "οκτώβριος", "οκτ", "հոկտեմբերի", "հոկտեմբեր",
            "أكتوبر", "اكتوبر", "اکتبر",
            "hydref",
        ],
        [
            "november", "nov", "novembre", "noviembre", "novembro", "novembri",
            "listopada", "listopad", "listopadu", "novembra", "kasım", "marraskuuta", "marraskuu", "noiembrie", "lapkričio",
            "studenoga", "studenog", "studeni", "nëntor", "nobyembre", "noyabr", "samhain", "novembris", "novembar",
            "ноября", "ноябрь", "ноя", "нояб", "листопада", "листопад", "лист", "ноември", "новембар", "қараша",
            "νοεμβρίου", "νοέμβριος", "νοε", "նոյեմբերի", "նոյեմբեր",
            "نوفمبر", "تشرين الثاني", "نوامبر",
            "tachwedd",
        ],
        [
            "december", "dec", "décembre", "déc", "dezember", "dez", "diciembre", "dic", "dicembre", "dezembro", "detsember", "desember", "decembri",
            "grudnia", "grudzień", "prosince", "prosinec", "decembra", "aralık", "joulukuuta", "joulukuu", "decembrie", "desembre", "gruodžio",
            "prosinca", "prosinac", "dhjetor", "disyembre", "dekabr", "nollaig", "decembris", "decembar", "disember",
            "декабря", "декабрь", "дек", "грудня", "грудень", "груд", "декември", "децембар", "желтоқсан",
            "δεκεμβρίου", "δεκέμβριος", "δεκ", "դեկտեմբերի", "դեկտեմբեր",
            "ديسمبر", "كانون الأول", "دسامبر",
            "rhagfyr",
        ],
    ];

    private static readonly FrozenDictionary<string, int> Numbers = Build();

    /// <summary>The month (1–12) a word names, or null. A trailing full stop (an abbreviation's) is ignored.</summary>
    public static int? Number(ReadOnlySpan<char> word)
    {
        word = word.TrimEnd('.');
        if (word.Length < 3 || word.Length > 24) return null;
        return Numbers.TryGetValue(Key(word), out var month) ? month : null;
    }

    /// <summary>Lower case, no diacritics, final sigma as sigma: the form the table is keyed by.</summary>
    private static string Key(ReadOnlySpan<char> word)
    {
        var decomposed = word.ToString().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            var lower = char.ToLowerInvariant(ch);
            sb.Append(lower == 'ς' ? 'σ' : lower);
        }
        return sb.ToString();
    }

    private static FrozenDictionary<string, int> Build()
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var month = 1; month <= 12; month++)
        {
            foreach (var name in NamesByMonth[month - 1])
            {
                // First reading wins: the lists are ordered so that a shared word keeps its commoner month.
                numbers.TryAdd(Key(name), month);
            }
        }
        return numbers.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
