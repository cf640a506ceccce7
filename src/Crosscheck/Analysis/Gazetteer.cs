using System.Collections.Frozen;
using Crosscheck.Text;

namespace Crosscheck.Analysis;

/// <summary>What a gazetteer name refers to.</summary>
public sealed record GazetteerEntry(string Name, EntityType Type, GazetteerKind Kind);

/// <summary>The kind of a gazetteer entry: it tells a country from a city, an agency from a newspaper.</summary>
public enum GazetteerKind
{
    Country,
    Place,
    Region,
    Organization,
    Outlet,
}

/// <summary>
/// General world knowledge for entity recognition: countries with their demonyms, capitals and major cities,
/// regions, international organisations and major news outlets and agencies, plus the role titles, honorifics
/// and organisation head words that cue a type. Lookups take any surface form (case and accents are folded).
/// </summary>
public sealed class Gazetteer
{
    /// <summary>The built-in gazetteer.</summary>
    public static Gazetteer Default { get; } = new();

    private readonly FrozenDictionary<string, GazetteerEntry> _names;
    private readonly FrozenSet<string> _capitalsOnly;
    private readonly FrozenSet<string> _firstWords;

    /// <summary>Whether some gazetteer name starts with this word: a cheap test before a longest-match scan.</summary>
    public bool StartsName(string word) => _firstWords.Contains(Key(word));

    /// <summary>The longest name in tokens, which bounds a longest-match scan.</summary>
    public int MaxTokens { get; }

    private Gazetteer()
    {
        var names = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        var capitalsOnly = new HashSet<string>(StringComparer.Ordinal);
        var firstWords = new HashSet<string>(StringComparer.Ordinal);
        var maxTokens = 1;
        foreach (var raw in Data.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0) continue;
            var fields = line.Split('|');
            var kind = fields[0] switch
            {
                "C" => GazetteerKind.Country,
                "P" => GazetteerKind.Place,
                "R" => GazetteerKind.Region,
                "O" => GazetteerKind.Organization,
                "M" => GazetteerKind.Outlet,
                _ => throw new InvalidOperationException($"Gazetteer line '{line}' has an unknown kind; use C, P, R, O or M."),
            };
            var type = kind is GazetteerKind.Organization or GazetteerKind.Outlet ? EntityType.Organization : EntityType.Location;
            var entry = new GazetteerEntry(fields[1].Split(';')[0], type, kind);
            for (var f = 1; f < fields.Length; f++)
            {
                foreach (var name in fields[f].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    var key = Key(name);
                    if (names.TryAdd(key, entry) && IsAllCaps(name) && key.Length <= 3) capitalsOnly.Add(key);
                    firstWords.Add(key.Split(' ')[0]);
                    maxTokens = Math.Max(maxTokens, key.Count(c => c == ' ') + 1);
                }
            }
        }
        _names = names.ToFrozenDictionary(StringComparer.Ordinal);
        _capitalsOnly = capitalsOnly.ToFrozenSet(StringComparer.Ordinal);
        _firstWords = firstWords.ToFrozenSet(StringComparer.Ordinal);
        MaxTokens = maxTokens;
    }

    /// <summary>The entry a name, alias, acronym or demonym refers to ("French" → France), or null.</summary>
    /// <remarks>Short acronyms match only when written in capitals, so "Who" is not the WHO (but "Nato" is NATO).</remarks>
    public GazetteerEntry? Find(string name)
    {
        var key = Key(name);
        if (!_names.TryGetValue(key, out var entry)) return null;
        return _capitalsOnly.Contains(key) && !IsAllCaps(name) ? null : entry;
    }

    private static bool IsPlainAscii(string text)
    {
        var previousSpace = true;
        foreach (var ch in text)
        {
            if (ch > 127 || (ch == ' ' && previousSpace) || (char.IsWhiteSpace(ch) && ch != ' ')) return false;
            previousSpace = ch == ' ';
        }
        return !previousSpace || text.Length == 0;
    }

    /// <summary>True when every letter of the text is upper case and there are at least two letters.</summary>
    public static bool IsAllCaps(string text)
    {
        var letters = 0;
        foreach (var ch in text)
        {
            if (!char.IsLetter(ch)) continue;
            if (!char.IsUpper(ch)) return false;
            letters++;
        }
        return letters >= 2;
    }

    /// <summary>The folded lookup key of a surface form: case, accents, dots of initialisms and a leading "the" removed.</summary>
    public static string Key(string name)
    {
        var folded = IsPlainAscii(name) ? name.ToLowerInvariant() : TextFolding.Fold(name);
        folded = folded.Replace(".", "", StringComparison.Ordinal).Replace('\u2019', '\'');
        if (folded.StartsWith("the ", StringComparison.Ordinal)) folded = folded[4..];
        return folded;
    }

    /// <summary>Titles and roles that introduce a person ("Prime Minister Ana Ruiz"). Compound roles are built from modifiers and heads.</summary>
    public static readonly FrozenSet<string> RoleHeads = Words("""
        president minister premier chancellor secretary ambassador envoy spokesman spokeswoman spokesperson
        king queen prince princess pope emperor sultan emir sheikh ayatollah mayor governor senator congressman
        congresswoman representative lawmaker deputy mp mep judge justice prosecutor attorney general admiral
        colonel captain commander lieutenant sergeant major marshal chief ceo cfo coo chairman chairwoman chair
        councillor councilor alderman director executive founder head leader commissioner inspector superintendent officer adviser advisor
        professor dr mr mrs ms sir dame lord lady rabbi bishop archbishop cardinal father rev reverend
        gen col capt lt sgt adm gov sen rep amb prof
        """);

    /// <summary>Words that qualify a role head ("Foreign" in "Foreign Minister", "Deputy" in "Deputy Prime Minister").</summary>
    /// <summary>
    /// Occupations and descriptions that, set beside a name with a comma, make it a person's ("Lidia Ferrante,
    /// treasurer of the union"; "the council's lawyer, Noor Castell").
    /// </summary>
    public static readonly FrozenSet<string> Occupations = Words("""
        treasurer lawyer barrister solicitor engineer manager teacher doctor nurse surgeon physician analyst economist
        researcher scientist student farmer activist campaigner organiser organizer coordinator shopkeeper driver pilot
        firefighter constable detective historian author writer journalist reporter editor artist singer actor coach
        goalkeeper volunteer witness survivor father mother son daughter wife husband widow brother sister neighbour
        neighbor landlord tenant veteran secretary-general vice-president
        """);

    public static readonly FrozenSet<string> RoleModifiers = Words("""
        foreign defense defence prime finance interior home justice health economy economic education energy trade
        culture agriculture environment labour labor transport foreign-affairs state vice deputy acting former
        first chief executive managing general supreme interim junior senior assistant associate press national
        security army military police district attorney-general crown grand lord high armed forces
        """);

    /// <summary>Honorifics that always mark the next name as a person.</summary>
    public static readonly FrozenSet<string> Honorifics = Words("mr mrs ms miss dr sir dame madame monsieur mme mlle herr frau");

    /// <summary>Head words of organisation names ("Ministry", "Council", "Inc").</summary>
    public static readonly FrozenSet<string> OrganizationHeads = Words("""
        ministry council inc incorporated ltd llc plc corp corporation company co authority party agency university
        college school academy institute institution foundation commission committee court tribunal parliament
        assembly senate congress cabinet government administration army navy force forces guard police constabulary gendarmerie department
        office service services association union federation confederation organization organisation fund bank
        board league bureau group holdings industries international conseil systems technologies airlines airways
        motors energy petroleum oil gas media network networks broadcasting press news times post journal herald
        tribune gazette telegraph guardian independent observer chronicle courier daily weekly review monitor ledger
        globe inquirer register dispatch bulletin mirror express standard magazine radio television tv channel
        club hospital clinic church mosque synagogue movement front alliance coalition brigade battalion regiment
        command centre center laboratory laboratories labs studios group sa ag gmbh nv bv spa
        computer computers electric electronics dynamics airplanes aerospace automotive motor pharmaceuticals software
        semiconductor semiconductors communications telecom telecommunications entertainment pictures records partners
        securities investments insurance financial enterprises solutions resources mining steel chemicals foods brands
        corps aviation railway railways plc n.v. s.a. capital ventures cargo freight shipping logistics construction
        engineering tunnelling trust division zoo museum gallery library theatre roofing plumbing printing publishing
        consulting catering haulage builders contractors surveys works maritime salvage utilities
        forum directorate inspectorate secretariat society guild chamber cooperative collective observatory hospice
        rescue registry
        """);

    /// <summary>Lower-case nouns that name an organisation when they precede a name ("carrier Aeroflot", "the firm X").</summary>
    public static readonly FrozenSet<string> OrganizationNouns = Words("""
        company firm corporation carrier airline maker manufacturer automaker carmaker planemaker airframer chipmaker
        giant conglomerate retailer supplier subsidiary startup insurer lender bank operator brand label regulator
        consortium organisation organization charity union
        """);

    /// <summary>Lower-case words that, right after a name, show it is an organisation's ("Boeing spokesman", "Apple's board").</summary>
    public static readonly FrozenSet<string> OrganizationContext = Words("""
        spokesman spokeswoman spokesperson chairman chairwoman ceo cfo coo chief executive executives president
        director directors employees workers staff shareholders shares stock board headquarters subsidiary
        subsidiaries customers profits profit revenue revenues earnings officials
        """);

    /// <summary>
    /// Lower-case words that, right after a name, only a company takes ("Velta's shareholders", "Velta shares"); unlike
    /// <see cref="OrganizationContext"/>, none goes with a person's surname ("Aurell's officials", "Aurell's staff").
    /// </summary>
    public static readonly FrozenSet<string> CompanyOnlyContext = Words("""
        shareholders shares stock board profits profit revenue revenues earnings subsidiary subsidiaries
        headquarters customers executives ceo cfo coo chairman chairwoman factory factories plant brand
        """);

    /// <summary>Last words of the names of public, representative and sporting bodies, which "the company" does not refer to ("the Lirandian Football Federation").</summary>
    public static readonly FrozenSet<string> PublicBodyHeads = Words("""
        federation confederation council ministry union association authority police court university league
        board government party committee commission parliament assembly office department agency service
        """);

    /// <summary>
    /// Head words of news media names, in several languages ("Northcoast Radio News", "Le Courrier d'Orsène"). Not
    /// "agency": an environment or space agency is a body; a news agency has "news" or "press" in its name.
    /// </summary>
    public static readonly FrozenSet<string> MediaWords = new[]
    {
        "news", "radio", "television", "tv", "times", "post", "herald", "gazette", "journal", "tribune", "courier", "daily",
        "press", "wire", "observer", "chronicle", "telegraph", "bulletin", "ledger", "sentinel", "monitor",
        "examiner", "inquirer", "mirror", "dispatch", "broadcaster", "broadcasting",
        "magazine", "weekly", "newspaper", "newswire", "courrier", "presse", "zeitung", "diario", "corriere",
        "gazzetta", "nouvelles", "correo", "dagblad", "tidende", "posten", "avis", "noticias", "notizie",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether a name holds a word of news media anywhere ("Radio Lusterna", "Harbour Gazette").</summary>
    public static bool HasMediaWord(string name) => Tokenizer.FoldedWords(name).Any(MediaWords.Contains);

    /// <summary>
    /// Whether a name is built on a word of news media and ends as a medium's does ("Gannet News Agency", "Harbour
    /// Gazette"), not as a company's ("Kessel Wire Industries").
    /// </summary>
    public static bool NamesMedium(string name)
    {
        var words = Tokenizer.FoldedWords(name).ToList();
        return words.Count > 0 && words.Any(MediaWords.Contains) && (MediaWords.Contains(words[^1]) || words[^1] is "agency" or "service" or "network" or "channel");
    }

    /// <summary>Head words of outlet names, which keep a leading "The" ("The Daily Courier").</summary>
    public static readonly FrozenSet<string> OutletHeads = Words("""
        times post journal herald tribune gazette telegraph guardian independent observer chronicle courier daily
        weekly review monitor globe inquirer register dispatch bulletin mirror express standard magazine news ledger
        economist spectator star sun mail record examiner sentinel leader voice press radio television tv
        """);

    /// <summary>Head words of place names ("Palace", "Province").</summary>
    public static readonly FrozenSet<string> PlaceHeads = Words("""
        palace square street avenue road boulevard bridge river sea ocean gulf bay lake island islands mountains
        mountain valley desert province region oblast county city town village district state territory peninsula
        strait canal airport port harbour harbor border coast beach park castle cathedral hill hills
        """);

    /// <summary>Lower-case nouns that name an outlet when they precede a name ("the French newspaper X").</summary>
    public static readonly FrozenSet<string> OutletNouns = Words("""
        newspaper paper daily outlet agency broadcaster magazine weekly channel website site tabloid publication
        network radio station journal portal
        """);

    /// <summary>Capitalised words that are never an entity on their own: months, weekdays, generic adjectives.</summary>
    public static readonly FrozenSet<string> NonEntities = Words("""
        january february march april may june july august september october november december
        jan feb mar apr jun jul aug sep sept oct nov dec
        monday tuesday wednesday thursday friday saturday sunday
        western eastern northern southern central i ok tv am pm ad bc ce
        gb mb kb tb ghz mhz usd eur gbp jpy chf utc gmt edt pst pdt cet cest bst
        """);

    /// <summary>Words that commonly start a sentence but never a name.</summary>
    public static readonly FrozenSet<string> SentenceStarters = Words("""
        according after although also and as at because before but by despite during earlier even finally first
        following for from furthermore given however if in indeed instead last later meanwhile moreover next
        nevertheless now on once over previously recently since so still subsequently such that the then there
        these this those though thus today tomorrow under unlike until when where whether while with without
        yesterday yet currently additionally separately still speaking talking asked responding read
        """);

    private static FrozenSet<string> Words(string list) =>
        list.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // kind|canonical|aliases and demonyms; folded keys, so accents and case do not matter.
    private const string Data = """
        C|Afghanistan|Afghan;Afghans
        C|Albania|Albanian;Albanians
        C|Algeria|Algerian;Algerians
        C|Andorra|Andorran
        C|Angola|Angolan;Angolans
        C|Argentina|Argentine;Argentinian;Argentines;Argentinians
        C|Armenia|Armenian;Armenians
        C|Australia|Australian;Australians
        C|Austria|Austrian;Austrians
        C|Azerbaijan|Azerbaijani;Azerbaijanis;Azeri
        C|Bahrain|Bahraini
        C|Bangladesh|Bangladeshi;Bangladeshis
        C|Belarus|Belarusian;Belarusians;Belarussian
        C|Belgium|Belgian;Belgians
        C|Benin|Beninese
        C|Bhutan|Bhutanese
        C|Bolivia|Bolivian;Bolivians
        C|Bosnia and Herzegovina|Bosnia;Bosnian;Bosnians
        C|Botswana|Botswanan
        C|Brazil|Brazilian;Brazilians
        C|Bulgaria|Bulgarian;Bulgarians
        C|Burkina Faso|Burkinabe
        C|Cambodia|Cambodian;Cambodians
        C|Cameroon|Cameroonian;Cameroonians
        C|Canada|Canadian;Canadians
        C|Chad|Chadian
        C|Chile|Chilean;Chileans
        C|China|Chinese;People's Republic of China;PRC
        C|Colombia|Colombian;Colombians
        C|Congo|Congolese;Democratic Republic of the Congo;DRC
        C|Costa Rica|Costa Rican
        C|Croatia|Croatian;Croatians;Croat;Croats
        C|Cuba|Cuban;Cubans
        C|Cyprus|Cypriot;Cypriots
        C|Czechia|Czech Republic;Czech;Czechs
        C|Denmark|Danish;Dane;Danes
        C|Dominican Republic|Dominican
        C|Ecuador|Ecuadorian;Ecuadorean
        C|Egypt|Egyptian;Egyptians
        C|El Salvador|Salvadoran
        C|Eritrea|Eritrean;Eritreans
        C|Estonia|Estonian;Estonians
        C|Ethiopia|Ethiopian;Ethiopians
        C|Finland|Finnish;Finn;Finns
        C|France|French;Frenchman;Frenchmen;Frenchwoman
        C|Gabon|Gabonese
        C|Georgia|Georgian;Georgians
        C|Germany|German;Germans
        C|Ghana|Ghanaian;Ghanaians
        C|Greece|Greek;Greeks
        C|Guatemala|Guatemalan
        C|Guinea|Guinean
        C|Haiti|Haitian;Haitians
        C|Honduras|Honduran
        C|Hungary|Hungarian;Hungarians
        C|Iceland|Icelandic;Icelander;Icelanders
        C|India|Indian;Indians
        C|Indonesia|Indonesian;Indonesians
        C|Iran|Iranian;Iranians;Islamic Republic of Iran
        C|Iraq|Iraqi;Iraqis
        C|Ireland|Irish;Republic of Ireland
        C|Israel|Israeli;Israelis
        C|Italy|Italian;Italians
        C|Ivory Coast|Ivorian;Cote d'Ivoire
        C|Jamaica|Jamaican;Jamaicans
        C|Japan|Japanese
        C|Jordan|Jordanian;Jordanians
        C|Kazakhstan|Kazakh;Kazakhs;Kazakhstani
        C|Kenya|Kenyan;Kenyans
        C|Kosovo|Kosovar;Kosovan
        C|Kuwait|Kuwaiti;Kuwaitis
        C|Kyrgyzstan|Kyrgyz
        C|Laos|Laotian;Lao
        C|Latvia|Latvian;Latvians
        C|Lebanon|Lebanese
        C|Libya|Libyan;Libyans
        C|Liechtenstein|Liechtensteiner
        C|Lithuania|Lithuanian;Lithuanians
        C|Luxembourg|Luxembourgish;Luxembourger
        C|Madagascar|Malagasy
        C|Malaysia|Malaysian;Malaysians
        C|Mali|Malian;Malians
        C|Malta|Maltese
        C|Mauritania|Mauritanian
        C|Mexico|Mexican;Mexicans
        C|Moldova|Moldovan;Moldovans
        C|Monaco|Monegasque
        C|Mongolia|Mongolian;Mongolians
        C|Montenegro|Montenegrin
        C|Morocco|Moroccan;Moroccans
        C|Mozambique|Mozambican
        C|Myanmar|Burma;Burmese
        C|Namibia|Namibian
        C|Nepal|Nepalese;Nepali
        C|Netherlands|Dutch;Holland;The Netherlands
        C|New Zealand|New Zealander;New Zealanders
        C|Nicaragua|Nicaraguan
        C|Niger|Nigerien
        C|Nigeria|Nigerian;Nigerians
        C|North Korea|North Korean;North Koreans;DPRK
        C|North Macedonia|Macedonia;Macedonian
        C|Norway|Norwegian;Norwegians
        C|Oman|Omani
        C|Pakistan|Pakistani;Pakistanis
        C|Palestine|Palestinian;Palestinians;Palestinian Territories
        C|Panama|Panamanian
        C|Paraguay|Paraguayan
        C|Peru|Peruvian;Peruvians
        C|Philippines|Filipino;Filipinos;Philippine
        C|Poland|Polish;Pole;Poles
        C|Portugal|Portuguese
        C|Qatar|Qatari;Qataris
        C|Romania|Romanian;Romanians
        C|Russia|Russian;Russians;Russian Federation
        C|Rwanda|Rwandan;Rwandans
        C|Saudi Arabia|Saudi;Saudis;Saudi Arabian
        C|Senegal|Senegalese
        C|Serbia|Serbian;Serbians;Serb;Serbs
        C|Singapore|Singaporean
        C|Slovakia|Slovak;Slovaks;Slovakian
        C|Slovenia|Slovenian;Slovene;Slovenes
        C|Somalia|Somali;Somalis
        C|South Africa|South African;South Africans
        C|South Korea|South Korean;South Koreans;Republic of Korea;Korea;Korean;Koreans
        C|South Sudan|South Sudanese
        C|Spain|Spanish;Spaniard;Spaniards
        C|Sri Lanka|Sri Lankan
        C|Sudan|Sudanese
        C|Sweden|Swedish;Swede;Swedes
        C|Switzerland|Swiss
        C|Syria|Syrian;Syrians
        C|Taiwan|Taiwanese
        C|Tajikistan|Tajik
        C|Tanzania|Tanzanian
        C|Thailand|Thai;Thais
        C|Tunisia|Tunisian;Tunisians
        C|Turkey|Turkish;Turk;Turks;Turkiye;Türkiye
        C|Turkmenistan|Turkmen
        C|Uganda|Ugandan;Ugandans
        C|Ukraine|Ukrainian;Ukrainians;the Ukraine
        C|United Arab Emirates|UAE;Emirati;Emiratis
        C|United Kingdom|UK;U.K.;Britain;Great Britain;British;Briton;Britons
        C|United States|US;U.S.;USA;U.S.A.;United States of America;America;American;Americans
        C|Uruguay|Uruguayan
        C|Uzbekistan|Uzbek;Uzbeks
        C|Vatican|Holy See;Vatican City
        C|Venezuela|Venezuelan;Venezuelans
        C|Vietnam|Vietnamese;Viet Nam
        C|Yemen|Yemeni;Yemenis
        C|Zambia|Zambian
        C|Zimbabwe|Zimbabwean
        C|England|English
        C|Scotland|Scottish;Scot;Scots
        C|Wales|Welsh
        C|Northern Ireland|Northern Irish
        R|Europe|European;Europeans
        R|Asia|Asian;Asians
        R|Africa|African;Africans
        R|Latin America|Latin American
        R|North America|North American
        R|South America|South American
        R|Middle East|Middle Eastern
        R|Balkans|Balkan
        R|Scandinavia|Scandinavian
        R|Baltic States|Baltics;Baltic
        R|Arctic|Arctic
        R|Antarctica|Antarctic
        R|Caucasus|Caucasian
        R|Crimea|Crimean
        R|Donbas|Donbass
        R|Gaza|Gaza Strip;Gazan;Gazans
        R|West Bank
        R|Kashmir|Kashmiri
        R|Siberia|Siberian
        R|Sahel
        R|Black Sea
        R|Mediterranean|Mediterranean Sea
        R|Red Sea
        R|Baltic Sea
        R|Pacific|Pacific Ocean
        R|Atlantic|Atlantic Ocean
        R|Indian Ocean
        R|South China Sea
        R|Persian Gulf|Gulf
        P|Kabul
        P|Tirana
        P|Algiers
        P|Buenos Aires
        P|Yerevan
        P|Canberra
        P|Sydney
        P|Melbourne
        P|Vienna
        P|Baku
        P|Dhaka
        P|Minsk
        P|Brussels
        P|Brasilia;Brasília
        P|Rio de Janeiro
        P|Sao Paulo;São Paulo
        P|Sofia
        P|Phnom Penh
        P|Ottawa
        P|Toronto
        P|Montreal
        P|Vancouver
        P|Santiago
        P|Beijing;Peking
        P|Shanghai
        P|Hong Kong
        P|Bogota;Bogotá
        P|Zagreb
        P|Havana
        P|Nicosia
        P|Prague
        P|Brno
        P|Copenhagen
        P|Cairo
        P|Tallinn
        P|Addis Ababa
        P|Helsinki
        P|Paris
        P|Marseille
        P|Lyon
        P|Strasbourg
        P|Tbilisi
        P|Berlin
        P|Munich
        P|Hamburg
        P|Frankfurt
        P|Bonn
        P|Accra
        P|Athens
        P|Budapest
        P|Reykjavik
        P|New Delhi;Delhi
        P|Mumbai
        P|Jakarta
        P|Tehran
        P|Baghdad
        P|Dublin
        P|Jerusalem
        P|Tel Aviv
        P|Rome
        P|Milan
        P|Tokyo
        P|Amman
        P|Astana
        P|Nairobi
        P|Pristina
        P|Kuwait City
        P|Riga
        P|Beirut
        P|Tripoli
        P|Vilnius
        P|Kuala Lumpur
        P|Valletta
        P|Mexico City
        P|Chisinau;Chișinău
        P|Ulaanbaatar
        P|Podgorica
        P|Rabat
        P|Amsterdam
        P|The Hague
        P|Rotterdam
        P|Wellington
        P|Abuja
        P|Lagos
        P|Pyongyang
        P|Skopje
        P|Oslo
        P|Islamabad
        P|Karachi
        P|Ramallah
        P|Lima
        P|Manila
        P|Warsaw
        P|Krakow;Kraków
        P|Lisbon
        P|Doha
        P|Bucharest
        P|Moscow
        P|St Petersburg;Saint Petersburg;St. Petersburg
        P|Kigali
        P|Riyadh
        P|Dakar
        P|Belgrade
        P|Bratislava
        P|Ljubljana
        P|Mogadishu
        P|Johannesburg
        P|Pretoria
        P|Cape Town
        P|Seoul
        P|Madrid
        P|Barcelona
        P|Colombo
        P|Khartoum
        P|Stockholm
        P|Bern;Berne
        P|Geneva
        P|Zurich;Zürich
        P|Damascus
        P|Taipei
        P|Bangkok
        P|Tunis
        P|Ankara
        P|Istanbul
        P|Kampala
        P|Kyiv;Kiev
        P|Kharkiv;Kharkov
        P|Odesa;Odessa
        P|Lviv
        P|Dnipro
        P|Zaporizhzhia
        P|Kherson
        P|Mariupol
        P|Donetsk
        P|Luhansk
        P|Abu Dhabi
        P|Dubai
        P|London
        P|Manchester
        P|Birmingham
        P|Edinburgh
        P|Glasgow
        P|Washington;Washington D.C.;Washington DC
        P|New York;New York City;NYC
        P|Los Angeles
        P|Chicago
        P|San Francisco
        P|Boston
        P|Miami
        P|Caracas
        P|Hanoi
        P|Ho Chi Minh City
        P|Sanaa
        P|Lusaka
        P|Harare
        O|European Union|EU;E.U.
        O|European Commission
        O|European Parliament
        O|European Council
        O|Council of Europe
        O|European Central Bank|ECB
        O|North Atlantic Treaty Organization|NATO;North Atlantic Treaty Organisation;OTAN
        O|United Nations|UN;U.N.
        O|UN Security Council|United Nations Security Council;UNSC;Security Council
        O|UN General Assembly|United Nations General Assembly;UNGA
        O|World Health Organization|WHO;World Health Organisation
        O|International Monetary Fund|IMF
        O|World Bank
        O|World Trade Organization|WTO;World Trade Organisation
        O|International Criminal Court|ICC
        O|International Court of Justice|ICJ
        O|International Atomic Energy Agency|IAEA
        O|Organization for Security and Co-operation in Europe|OSCE;Organisation for Security and Co-operation in Europe
        O|Organisation for Economic Co-operation and Development|OECD;Organization for Economic Cooperation and Development
        O|Group of Seven|G7;G-7
        O|Group of Twenty|G20;G-20
        O|African Union|AU
        O|Association of Southeast Asian Nations|ASEAN
        O|Arab League
        O|Organization of the Petroleum Exporting Countries|OPEC
        O|UNICEF|United Nations Children's Fund
        O|UNESCO
        O|UNHCR|UN Refugee Agency
        O|International Committee of the Red Cross|ICRC;Red Cross
        O|Amnesty International
        O|Human Rights Watch|HRW
        O|Interpol
        O|Europol
        O|Kremlin
        O|White House
        O|Pentagon
        O|Élysée Palace|Élysée;Elysee;Elysee Palace
        O|Downing Street|10 Downing Street
        O|State Department|US State Department;U.S. State Department
        O|Central Intelligence Agency|CIA
        O|Federal Bureau of Investigation|FBI
        O|Hamas
        O|Hezbollah
        O|Taliban
        O|Islamic State|ISIS;ISIL;Daesh
        M|Reuters
        M|Associated Press|AP
        M|Agence France-Presse|AFP;Agence France Presse
        M|Bloomberg|Bloomberg News
        M|BBC|British Broadcasting Corporation;BBC News
        M|CNN
        M|Le Monde
        M|Le Figaro
        M|Liberation|Libération
        M|Les Echos
        M|Le Parisien
        M|Der Spiegel|Spiegel
        M|Die Zeit
        M|Frankfurter Allgemeine Zeitung|FAZ
        M|Süddeutsche Zeitung|Sueddeutsche Zeitung
        M|Bild
        M|Die Welt
        M|El Pais|El País
        M|El Mundo
        M|Corriere della Sera
        M|La Repubblica
        M|The Guardian
        M|The Times
        M|The Telegraph|Daily Telegraph;The Daily Telegraph
        M|Financial Times|FT
        M|The Economist
        M|The Independent
        M|Daily Mail
        M|Sky News
        M|The New York Times|New York Times;NYT
        M|The Washington Post|Washington Post
        M|The Wall Street Journal|Wall Street Journal;WSJ
        M|Politico
        M|Axios
        M|NBC|NBC News
        M|CBS|CBS News
        M|ABC News
        M|Fox News
        M|NPR|National Public Radio
        M|Al Jazeera
        M|Al Arabiya
        M|TASS
        M|RIA Novosti
        M|Interfax
        M|RT|Russia Today
        M|Ukrinform
        M|Xinhua
        M|Kyodo|Kyodo News
        M|Yonhap
        M|NHK
        M|ANSA
        M|EFE
        M|DPA|Deutsche Presse-Agentur
        M|Deutsche Welle|DW
        M|France 24
        M|Radio Free Europe|RFE/RL;Radio Free Europe/Radio Liberty
        M|Voice of America|VOA
        M|Euronews
        """;
}
