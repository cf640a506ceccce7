using System.Text.RegularExpressions;

namespace Crosscheck.Extraction;

/// <summary>
/// The lexicon of page furniture: phrases and shapes that news sites print around an article and that
/// article prose does not use. Patterns are general (by kind of furniture), never strings of one site.
/// Short-block patterns apply only to blocks of a few words; phrase patterns apply to blocks of any length.
/// </summary>
internal static partial class FurniturePatterns
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>Whole-block labels that end the article when they follow it (lists of other stories come next).</summary>
    [GeneratedRegex(@"^\W*(read more|show more|load more|see more|view more|more stories|more news|more articles|read also|see also|also read|related( posts| articles| stories| news| content| coverage| reading| topics)?|recommended( for you| stories| articles| reading)?|you (may|might) (also )?(like|be interested in|have missed)|most (read|popular|viewed|shared)( \p{L}+)?|самые (популярные|читаемые|обсуждаемые)( \p{L}+)?|popular( now| stories)?|trending( now| stories)?|continue reading|back|go back|back to top|next (article|story)|previous (article|story)|more on this( story| topic)?|more from [\p{L}\s.]{2,40}|latest( news| stories| articles)?|top stories|editor'?s picks|in other news|don'?t miss|what to read next|keep reading|other stories|news feed|other news|more in [\p{L}\s]{2,30}|about the author|author|comments?|\d+ comments?|discussion|(a )?lire (aussi|[eé]galement)|voir aussi|sur le m[eê]me (sujet|th[eè]me)|articles? (similaires|li[eé]s)|les plus lus|lee tambi[eé]n|leer m[aá]s|ver tambi[eé]n|te puede interesar|(noticias|art[ií]culos) relacionad[oa]s|lo m[aá]s le[ií]do|leia (tamb[eé]m|mais)|veja (tamb[eé]m|mais)|voc[eê] (tamb[eé]m )?pode gostar|(not[ií]cias|artigos|posts) relacionad[oa]s|mais lid[ao]s|leggi anche|potrebbe interessarti|articoli correlati|i pi[uù] letti|lesen sie auch|mehr zum thema|das k[oö]nnte sie auch interessieren|weitere artikel|meistgelesen|[aä]hnliche artikel|lees ook|meer nieuws|czytaj (tak[zż]e|te[zż])|zobacz (tak[zż]e|te[zż])|читайте также|смотрите также|похожие (статьи|записи|новости)|другие новости|популярное|комментарии)\W*$", Options)]
    public static partial Regex EndOfArticleLabel();

    /// <summary>"Read also: headline", "READ MORE: headline", "Related: headline" inside the article.</summary>
    [GeneratedRegex(@"^\W*(read (more|also)|also read|see also|related( article| story)?|more|watch|listen|recommended|opinion|analysis|explainer|(à )?lire (aussi|également)|lesen sie auch|leer también|leggi anche)\s*[:|»>\-–—/]\s*\S", Options)]
    public static partial Regex InlineLink();

    /// <summary>
    /// The label of a news ticker's or an alert's item: "TICKER: Eruption at … — flights grounded", "BREAKING: …",
    /// "Breaking news | …", "JUST IN — …", "News alert: …". The item is another line than the article's headline.
    /// </summary>
    [GeneratedRegex(@"^\W*(ticker|breaking( news)?|news ?alert|alert|just in|news ?flash|flash|urgent|developing( story)?)\s*[:|\-–—]\s*\S", Options)]
    public static partial Regex TickerLabel();

    /// <summary>An outlet's name and slogan on a line of its own: "The Harlow Register. Reporting the valley since 1887."</summary>
    [GeneratedRegex(@"^\W*\p{Lu}[^.!?]{2,50}\.\s+(reporting|serving|covering|informing|bringing you|telling)\b[^.!?]{0,60}\bsince\s+(1[6-9]|20)\d\d\W*$", Options)]
    public static partial Regex OutletTagline();

    [GeneratedRegex(@"(^|\W)(\d+|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]*(min(ute)?s?|mins?)[\s-]*(read|reading|lecture|lesen)\b|\breading time\b|\btime to read\b|\bread(ing)? time\s*:?\s*\d", Options)]
    public static partial Regex ReadingTime();

    [GeneratedRegex(@"\b(listen to (this|the) (article|story)|audio\s*:?\s*\d{1,2}:\d{2}|play (audio|video)|watch (the )?video|\d+\s*(views|reads)\b|views?\s*:?\s*\d)", Options)]
    public static partial Regex MediaAndCounters();

    [GeneratedRegex(@"©|\(c\)\s*(\d{4}|\p{Lu}[^()]{0,60}?\b(19|20)\d{2}\b)|\bcopyright\b|all rights reserved|(published|reproduced|republished) (here )?(under|with) (a )?(licen[cs]e|permission)|reproduction (is |of [\w\s]{1,40}|without [\w\s]{1,30})?(prohibited|forbidden|not permitted)|may not be (re)?(published|reproduced|distributed|copied)|written permission|prior permission|active hyperlink|(link|hyperlink) to the (original|source)|\breprint(s|ed|ing)?\b|\bterms (of|and) (use|service|conditions)\b|\bprivacy (policy|notice|settings|statement)\b|\bcookie(s)? (policy|settings|preferences|notice)\b|privacy and cookie|\bnot investment advice\b|\bnot affiliated with\b", Options)]
    public static partial Regex Legal();

    [GeneratedRegex(@"\bwe use cookies\b|\buses cookies\b|\bcookies? (to|help|on this)\b|\baccept (all|cookies)\b|\breject all\b|\bmanage (cookies|preferences|consent|settings)\b|\bconsent (to|preferences)\b", Options)]
    public static partial Regex Cookies();

    [GeneratedRegex(@"\bsign up (for|to)\b|\bsubscribe (to|for|now|today|here)\b|\bnewsletters?\b|\bin your inbox\b|\binbox (every|each)\b|\bfree articles?\b|\barticles? (left|remaining)\b|\balready (a )?(subscriber|member)\b|\bbecome a (member|subscriber|patron|supporter)\b|\bsubscribers? only\b|\bunlock (this|full|unlimited)\b|\bsupport (independent|our|us|quality|free|local)\b|\bdonat(e|ion|ing)\b|\bpatreon\b|\bpatrons?!|\bhelp us (produce|keep|continue|grow|deliver|fund)\b|\bcup of coffee\b|\bad[ -]?blockers?\b|\bdisabl(e|ing) your ad\b|\brel(y|ies) (solely |entirely )?on (advertising|readers|donations|our readers)\b|\breader[- ](funded|supported)\b|\b(funded|supported|paid for) by (our )?(readers|members|subscribers)\b|\bchip in\b|\bjoin our (community|mailing)\b|\bfollow us on\b|\bdownload (our|the) app\b|\bfor (as little as|only) [$€£]?\d|\byou are receiving (this|[\p{Lu}])|\bforward (this |it )?to a (friend|colleague)\b|\bavailable in print\b|\bsubscribe (at|online)\b|\bbring you more on this\b|\bin our \d{1,2}\s?(am|pm|o'clock) (bulletin|news)\b", Options)]
    public static partial Regex Appeal();

    [GeneratedRegex(@"\bspotted (an? )?(error|mistake|typo)\b|\bfound (an? )?(mistake|error|typo)\b|\bsuggest a correction\b|\bcorrections? (or|and) clarifications?\b|\bhighlight (it|the text|the error)\b|\bctrl\s*\+\s*enter\b|\breport (an|a) (error|mistake|typo)\b|\bleave your (suggestions|corrections)\b|\bsend (us )?a (tip|correction)\b|\bwrite to us\b|\bknow more about this (story|issue)\b|\bcontact (our|the) newsroom\b", Options)]
    public static partial Regex CorrectionAppeal();

    [GeneratedRegex(@"^\W*(share( this| on| via| the)?( article| story| page)?|share (on|via|to) [\p{L}+]+|tweet|email|print|copy link|whatsapp|facebook|twitter|x|telegram|linkedin|reddit|pinterest|messenger|leave a (comment|reply)|join the (conversation|discussion)|comments?\s*\(?\d*\)?|\d+\s*(comments?|shares?|likes?)|add (a )?comment|post a comment|click to share|save( article)?|bookmark|gift (this )?article|listen|follow)\W*$", Options)]
    public static partial Regex ShareLabel();

    [GeneratedRegex(@"\b(share (this|on|via)|leave a (comment|reply)|join the (conversation|discussion)|click to share|be the first to comment|comments are (closed|moderated)|(log|sign) in to comment|add your comment)", Options)]
    public static partial Regex SharePhrase();

    [GeneratedRegex(@"^\W*(advertisement|advert|sponsored( content| post)?|ad|paid (content|partner|post)|promoted( content)?|partner content|skip (to )?(main )?(content|navigation)|skip ad|scroll to continue( with content)?|close|menu|search|home|sign in|log ?in|log ?out|register|subscribe|my account|open menu|toggle navigation)\W*$", Options)]
    public static partial Regex AdvertOrChrome();

    [GeneratedRegex(@"^\W*(tags?|topics?|filed under|categories|category|keywords|themes?|section|more about|related topics)\s*[:|]", Options)]
    public static partial Regex Tags();

    /// <summary>Credits and caption shapes: "(Photo: …)", "Credit: …", "/ Getty Images", "© Name".</summary>
    [GeneratedRegex(@"\((photo|photos|image|picture|video|credit|illustration|file|archive|pool)\b[^)]{0,80}\)|\([^()]{0,60}/\s*(getty|reuters|afp|ap|epa|anadolu|sipa|shutterstock|alamy|istock|xinhua|tass|dpa|bloomberg)[^()]{0,40}\)|^\W*(photo|photograph|image|picture|credit|credits|illustration|video|source|caption|file photo|photo credit|pictured|main image|top image|header image)s?\s*(:|\||by\b)|\b(photo|image|credit|photograph|picture|pic|foto|illustration|graphic|footage)s?\s*:\s*\S|\s[|/]\s*(getty images|reuters|afp|ap photo|associated press|epa|shutterstock|alamy|istock)\b|\(\s*\p{Lu}[\p{L}.'’\-]+(\s+\p{Lu}[\p{L}.'’\-]+){0,3}\s*/\s*[^()]{2,50}\)\s*$|\b(getty images|ap photo|afp photo|reuters/|epa-efe|shutterstock)\b", Options)]
    public static partial Regex Credit();

    [GeneratedRegex(@"^\s*(\d+\s*(/|of)\s*\d+)\s*$", Options)]
    public static partial Regex GalleryCounter();

    /// <summary>A role printed on its own line under an author's name.</summary>
    [GeneratedRegex(@"^\W*([\p{L}'’\-&]+\s+){0,3}(reporter|correspondent|journalist|writer|editor|columnist|contributor|author|analyst|producer|photographer|editor-in-chief|intern|staff|bureau chief|news desk|desk)(\s+(at|for|of)\s+[\p{L}\s.]{2,40})?\W*$", Options)]
    public static partial Regex RoleLine();

    /// <summary>
    /// "By Jane Doe", "Words by Jane Doe", "Words: Jane Doe", "Author: Jane Doe", "byJane Doe" (glued), "Reporting: Jane Doe,
    /// Valley Radio", "Report: Jane Doe, Ashby — 12.03.2026". Co-authors are a list that closes with "and" or "&" ("By Jane
    /// Doe, Omar Reyes and Li Wei"); a name after a comma alone is where the author works or writes from ("Valley Radio",
    /// "Ashby"), not a second author. "Report:" also opens headlines ("Report: Ferry Crews Were Warned"), so the report labels
    /// name an author only when the name is all the line holds or a field follows it.
    /// </summary>
    [GeneratedRegex(@"^\W*(?i:by|words by|written by|text by|story by|reporting by|reported by|author|authors|posted by|published by|von|par|(?:words|text|reporter|writer)(?=\s*:)|(?<report>reporting|report)(?=\s*:))(?:\b|(?<=[a-z])(?=\p{Lu}))\s*[:\-–—]?\s*(?<name>\p{Lu}[\p{L}'’.\-]+(\s+(\p{Lu}[\p{L}'’.\-]+|(van|von|der|den|del|de|da|di|du|la|le|al|bin|ibn|el|dos|das|y)\b)){0,4}((\s*,\s*\p{Lu}[\p{L}'’.\-]+(\s+\p{Lu}[\p{L}'’.\-]+){0,3})*(\s*,?\s+and\s+|\s*&\s*)\p{Lu}[\p{L}'’.\-]+(\s+\p{Lu}[\p{L}'’.\-]+){0,3})?)(?(report)(?=\s*($|[,|·•—–/(-])))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex Byline();

    /// <summary>A wire's credit line: "(Reporting by Tobias Quell in Skelby; additional reporting by …; editing by …)".</summary>
    [GeneratedRegex(@"^\s*\(\s*(?i:reporting|writing|reported|written)\s+by\s+(?<name>\p{Lu}[\p{L}'’.\-]+(?:\s+\p{Lu}[\p{L}'’.\-]+){0,3}(?:\s+(?:and|&)\s+\p{Lu}[\p{L}'’.\-]+(?:\s+\p{Lu}[\p{L}'’.\-]+){0,3})?)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex WireCredit();

    /// <summary>
    /// The fields of a line of site furniture, split where a bar, a bullet, a middle dot, a dash or a double slash
    /// stands between spaces: "Gregor Pym, Chief Reporter | 14 May 2026", "STRUCTURE WEEKLY  //  civil engineering news".
    /// </summary>
    [GeneratedRegex(@"\s+(?:\||•|·|—|–|//)\s+", RegexOptions.CultureInvariant)]
    public static partial Regex FieldSeparator();

    /// <summary>
    /// Where a masthead's name ends and its tagline begins: a field separator, a hyphen or a double colon between spaces
    /// ("THE VALLEY HERALD - news for the valley since 1923", "CourtWire :: courts and prisons").
    /// </summary>
    [GeneratedRegex(@"\s+(?:\||•|·|—|–|//|-|::)\s+", RegexOptions.CultureInvariant)]
    public static partial Regex MastheadSeparator();

    /// <summary>"Jane Doe | Staff writer", "Jane Doe, Senior Reporter", "Jane Doe - Correspondent".</summary>
    [GeneratedRegex(@"^\s*(?<name>\p{Lu}[\p{L}'’.\-]+(\s+(\p{Lu}[\p{L}'’.\-]+|(van|von|der|den|del|de|da|di|du|la|le|al|bin|el)\b)){1,3})\s*(,|\||-|–|—)\s*(?<role>[\p{L}\s\-]{3,60})$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex NameWithRole();

    /// <summary>"Jane Doe is a correspondent for …", "Jane Doe has covered … since 2019."</summary>
    [GeneratedRegex(@"^\s*(?<name>\p{Lu}[\p{L}'’.\-]+(\s+(\p{Lu}[\p{L}'’.\-]+|(van|von|der|den|del|de|da|di|du|la|le|al|bin|el)\b)){1,3})\s+((is|was|has been)\s+(an?\s+|the\s+)?([\p{L}'’\-]+\s+){0,6}(?i:reporter|correspondent|journalist|writer|editor|columnist|contributor|author|analyst|producer|photographer|intern)\b|(covers|writes about|writes on|writes for|reports on|reports for|reports from|has covered|has reported|has written|has worked|joined)\b)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex AuthorBio();

    /// <summary>A person's name alone on a line: two to four capitalised words, a surname double-barrelled or not ("Weber-Lind").</summary>
    [GeneratedRegex(@"^\s*\p{Lu}[\p{Ll}'’\-]+(\s+(\p{Lu}\.|\p{Lu}[\p{Ll}'’\-]+(-\p{Lu}[\p{Ll}'’]+)?|(van|von|der|den|del|de|da|di|du|la|le|al|bin|el)\b)){1,3}\s*$", RegexOptions.CultureInvariant)]
    public static partial Regex NameOnly();

    [GeneratedRegex(@"^\s*(avatar|author (photo|image|avatar)|profile (photo|picture)|photo of the author|headshot)\s*$", Options)]
    public static partial Regex AvatarLabel();

    [GeneratedRegex(@"^\W*(updated|published|posted|last (updated|modified)|modified|first published|date|created|released|issued|am|on)\b", Options)]
    public static partial Regex DateLabel();

    /// <summary>Language names and codes as printed by a language switcher.</summary>
    [GeneratedRegex(@"^\W*((en|eng|english|fr|fra|fre|français|francais|french|de|deu|ger|deutsch|german|es|esp|spa|español|espanol|spanish|it|ita|italiano|pt|por|português|ru|rus|русский|uk|ua|ukr|українська|pl|pol|polski|nl|nederlands|ar|عربي|zh|中文|ja|日本語|tr|türkçe|cs|čeština|ro|română|hu|magyar|sv|svenska)\b\W*){1,8}$", Options)]
    public static partial Regex LanguageSwitch();

    /// <summary>"Home > Europe > Politics", "News / Regions / North", "World · Europe".</summary>
    [GeneratedRegex(@"^\s*[\p{L}\s&]{2,30}(\s*(>|»|›|/|·|\||→)\s*[\p{L}\s&]{2,30}){1,6}\s*$", RegexOptions.CultureInvariant)]
    public static partial Regex Breadcrumb();

    /// <summary>A lower-case letter or digit fused with a capitalised word: where furniture was glued to a sentence.</summary>
    [GeneratedRegex(@"(?<=[\p{Ll}\d|•:)])(?=\p{Lu}\p{Ll}+[\s,'’])", RegexOptions.CultureInvariant)]
    public static partial Regex GlueBoundary();

    /// <summary>A label glued after the last sentence of a paragraph: "…next month.Read more".</summary>
    [GeneratedRegex(@"(?<=[.!?…""”’)])(?<label>\p{Lu}[^.!?]{1,40})$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex TrailingLabel();

    /// <summary>A clock time or a relative time ("16:12", "3 hours ago", "Updated"): evidence that a glued head is furniture.</summary>
    [GeneratedRegex(@"\d{1,2}:\d{2}|\b(ago|updated|today|yesterday)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex ClockOrRelativeTime();

    /// <summary>Inline CSS that hides an element.</summary>
    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex HiddenStyle();

    /// <summary>A glued "byJane Doe".</summary>
    [GeneratedRegex(@"^(?<by>by)(?=\p{Lu}\p{Ll})", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex GluedBy();

    /// <summary>Ends like a sentence: terminal punctuation, maybe followed by closing quotes or brackets.</summary>
    [GeneratedRegex(@"[.!?…:;][""'”’»)\]]*\s*$|[""”»]\s*$", RegexOptions.CultureInvariant)]
    public static partial Regex SentenceEnd();
}
